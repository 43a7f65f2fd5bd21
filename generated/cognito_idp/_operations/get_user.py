# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUser: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import mfa_option_type as _shapes_mfa_option_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.mfa_option_type import MFAOptionType


@_dc.dataclass(kw_only=True)
class GetUserRequest(Boto3Dicts):
    """Represents the request to get information about the user."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_GetUserRequest(v: GetUserRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_GetUserRequest(v: GetUserRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_GetUserRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, GetUserRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class GetUserResponse(Boto3Dicts):
    """Represents the response from the server from the request to get information about the
    user."""

    username: str = _dc.field(repr=False)
    """The name of the user that you requested."""

    user_attributes: list[AttributeType]
    """An array of name-value pairs representing user attributes.

    Custom attributes are prepended with the `custom:` prefix."""

    mfa_options: list[MFAOptionType] | None = None
    """This response parameter is no longer supported. It provides information only about SMS MFA
    configurations. It doesn't provide information about time-based one-time password (TOTP)
    software token MFA configurations. To look up information about either type of MFA
    configuration, use UserMFASettingList instead."""

    preferred_mfa_setting: str | None = None
    """The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA."""

    user_mfa_setting_list: list[str] | None = None
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""


def parse_GetUserResponse(value: object, path: str) -> GetUserResponse:
    m = _s.expect_object(value, path)
    x = m.get("Username")
    if x is None:
        raise _s.missing(path + ".Username")
    f_username = _s.parse_str(x, path + ".Username")
    x = m.get("UserAttributes")
    if x is None:
        raise _s.missing(path + ".UserAttributes")
    f_user_attributes = _s.parse_list(
        x, path + ".UserAttributes", lambda x, p: _shapes_attribute_type.parse_AttributeType(x, p)
    )
    x = m.get("MFAOptions")
    f_mfa_options = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".MFAOptions", lambda x, p: _shapes_mfa_option_type.parse_MFAOptionType(x, p)
        )
    )
    x = m.get("PreferredMfaSetting")
    f_preferred_mfa_setting = None if x is None else _s.parse_str(x, path + ".PreferredMfaSetting")
    x = m.get("UserMFASettingList")
    f_user_mfa_setting_list = (
        None
        if x is None
        else _s.parse_list(x, path + ".UserMFASettingList", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(GetUserResponse)
    obj.username = f_username
    obj.user_attributes = f_user_attributes
    obj.mfa_options = f_mfa_options
    obj.preferred_mfa_setting = f_preferred_mfa_setting
    obj.user_mfa_setting_list = f_user_mfa_setting_list
    return obj


Request = GetUserRequest
"""The request dataclass of GetUser."""


OPERATION: OperationSpec[GetUserRequest, GetUserResponse] = OperationSpec(
    name="GetUser",
    validate=check_GetUserRequest,
    serialize=serialize_GetUserRequest,
    parse=parse_GetUserResponse,
    signed=False,
    secrets=secrets_GetUserRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUserAuthFactors: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import auth_factor_type as _shapes_auth_factor_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.auth_factor_type import AuthFactorType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class GetUserAuthFactorsRequest(Boto3Dicts):
    """The GetUserAuthFactorsRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_GetUserAuthFactorsRequest(v: GetUserAuthFactorsRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_GetUserAuthFactorsRequest(v: GetUserAuthFactorsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_GetUserAuthFactorsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUserAuthFactorsRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class GetUserAuthFactorsResponse(Boto3Dicts):
    """The GetUserAuthFactorsResponse structure."""

    username: str = _dc.field(repr=False)
    """The name of the user who is eligible for the authentication factors in the response."""

    preferred_mfa_setting: str | None = None
    """The challenge method that Amazon Cognito returns to the user in response to sign-in
    requests. Users can prefer SMS message, email message, or TOTP MFA."""

    user_mfa_setting_list: list[str] | None = None
    """The MFA options that are activated for the user. The possible values in this list are
    `SMS_MFA`, `EMAIL_OTP`, and `SOFTWARE_TOKEN_MFA`."""

    configured_user_auth_factors: list[AuthFactorType | Unmodelled] | None = None
    """The authentication types that are available to the user with `USER_AUTH` sign-in, for
    example `["PASSWORD", "WEB_AUTHN"]`.

    `PASSWORD` can only be used as a first authentication factor. `SOFTWARE_TOKEN` can only be
    used as an MFA factor. `EMAIL_OTP`, `SMS_OTP`, and `WEB_AUTHN` can be used as either a
    first authentication factor or an MFA factor. `WEB_AUTHN` is available as an MFA factor
    only when passkey MFA is enabled at the user pool level."""


def parse_GetUserAuthFactorsResponse(value: object, path: str) -> GetUserAuthFactorsResponse:
    m = _s.expect_object(value, path)
    x = m.get("Username")
    if x is None:
        raise _s.missing(path + ".Username")
    f_username = _s.parse_str(x, path + ".Username")
    x = m.get("PreferredMfaSetting")
    f_preferred_mfa_setting = None if x is None else _s.parse_str(x, path + ".PreferredMfaSetting")
    x = m.get("UserMFASettingList")
    f_user_mfa_setting_list = (
        None
        if x is None
        else _s.parse_list(x, path + ".UserMFASettingList", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("ConfiguredUserAuthFactors")
    f_configured_user_auth_factors = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".ConfiguredUserAuthFactors",
            lambda x, p: _s.parse_enum(_shapes_auth_factor_type.AuthFactorType, x, p),
        )
    )
    obj = _dc.new(GetUserAuthFactorsResponse)
    obj.username = f_username
    obj.preferred_mfa_setting = f_preferred_mfa_setting
    obj.user_mfa_setting_list = f_user_mfa_setting_list
    obj.configured_user_auth_factors = f_configured_user_auth_factors
    return obj


Request = GetUserAuthFactorsRequest
"""The request dataclass of GetUserAuthFactors."""


OPERATION: OperationSpec[GetUserAuthFactorsRequest, GetUserAuthFactorsResponse] = OperationSpec(
    name="GetUserAuthFactors",
    validate=check_GetUserAuthFactorsRequest,
    serialize=serialize_GetUserAuthFactorsRequest,
    parse=parse_GetUserAuthFactorsResponse,
    signed=False,
    secrets=secrets_GetUserAuthFactorsRequest,
    fill_secret_hash=None,
)

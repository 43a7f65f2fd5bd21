# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminGetUser: its request and response, and how they travel."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import mfa_option_type as _shapes_mfa_option_type
from cognito_idp._shapes import user_status_type as _shapes_user_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.mfa_option_type import MFAOptionType
    from cognito_idp._shapes.user_status_type import UserStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AdminGetUserRequest(Boto3Dicts):
    """Represents the request to get the specified user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the user."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""


def serialize_AdminGetUserRequest(v: AdminGetUserRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out.append("}")
    return "".join(out)


def secrets_AdminGetUserRequest(v: AdminGetUserRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminGetUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminGetUserRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )


@_dc.dataclass(kw_only=True)
class AdminGetUserResponse(Boto3Dicts):
    """Represents the response from the server from the request to get the specified user as an
    administrator."""

    username: str = _dc.field(repr=False)
    """The username of the user that you requested."""

    user_attributes: list[AttributeType] | None = None
    """An array of name-value pairs of user attributes and their values, for example `"email":
    "testuser@example.com"`."""

    user_create_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    user_last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    enabled: bool | None = None
    """Indicates whether the user is activated for sign-in."""

    user_status: UserStatusType | Unmodelled | None = None
    """The user's status. Can be one of the following:

    - UNCONFIRMED - User has been created but not confirmed.
    - CONFIRMED - User has been confirmed.
    - UNKNOWN - User status isn't known.
    - RESET_REQUIRED - User is confirmed, but the user must request a code and reset their
      password before they can sign in.
    - FORCE_CHANGE_PASSWORD - The user is confirmed and the user can sign in using a temporary
      password, but on first sign-in, the user must change their password to a new value
      before doing anything else.
    - EXTERNAL_PROVIDER - The user signed in with a third-party identity provider."""

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


def parse_AdminGetUserResponse(value: object, path: str) -> AdminGetUserResponse:
    m = _s.expect_object(value, path)
    x = m.get("Username")
    if x is None:
        raise _s.missing(path + ".Username")
    f_username = _s.parse_str(x, path + ".Username")
    x = m.get("UserAttributes")
    f_user_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".UserAttributes",
            lambda x, p: _shapes_attribute_type.parse_AttributeType(x, p),
        )
    )
    x = m.get("UserCreateDate")
    f_user_create_date = None if x is None else _s.parse_timestamp(x, path + ".UserCreateDate")
    x = m.get("UserLastModifiedDate")
    f_user_last_modified_date = (
        None if x is None else _s.parse_timestamp(x, path + ".UserLastModifiedDate")
    )
    x = m.get("Enabled")
    f_enabled = None if x is None else _s.parse_bool(x, path + ".Enabled")
    x = m.get("UserStatus")
    f_user_status = (
        None
        if x is None
        else _s.parse_enum(_shapes_user_status_type.UserStatusType, x, path + ".UserStatus")
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
    obj = _dc.new(AdminGetUserResponse)
    obj.username = f_username
    obj.user_attributes = f_user_attributes
    obj.user_create_date = f_user_create_date
    obj.user_last_modified_date = f_user_last_modified_date
    obj.enabled = f_enabled
    obj.user_status = f_user_status
    obj.mfa_options = f_mfa_options
    obj.preferred_mfa_setting = f_preferred_mfa_setting
    obj.user_mfa_setting_list = f_user_mfa_setting_list
    return obj


Request = AdminGetUserRequest
"""The request dataclass of AdminGetUser."""


OPERATION: OperationSpec[AdminGetUserRequest, AdminGetUserResponse] = OperationSpec(
    name="AdminGetUser",
    validate=check_AdminGetUserRequest,
    serialize=serialize_AdminGetUserRequest,
    parse=parse_AdminGetUserResponse,
    signed=True,
    secrets=secrets_AdminGetUserRequest,
    fill_secret_hash=None,
)

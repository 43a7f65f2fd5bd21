# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminGetUserAuthFactors: its request and response, and how they travel."""

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
class AdminGetUserAuthFactorsRequest(Boto3Dicts):
    """The AdminGetUserAuthFactorsRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to get information about the user's authentication
    factors."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""


def serialize_AdminGetUserAuthFactorsRequest(v: AdminGetUserAuthFactorsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out.append("}")
    return "".join(out)


def secrets_AdminGetUserAuthFactorsRequest(
    v: AdminGetUserAuthFactorsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminGetUserAuthFactorsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminGetUserAuthFactorsRequest, path, problems, required)
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
class AdminGetUserAuthFactorsResponse(Boto3Dicts):
    """The AdminGetUserAuthFactorsResponse structure."""

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


def parse_AdminGetUserAuthFactorsResponse(
    value: object, path: str
) -> AdminGetUserAuthFactorsResponse:
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
    obj = _dc.new(AdminGetUserAuthFactorsResponse)
    obj.username = f_username
    obj.preferred_mfa_setting = f_preferred_mfa_setting
    obj.user_mfa_setting_list = f_user_mfa_setting_list
    obj.configured_user_auth_factors = f_configured_user_auth_factors
    return obj


Request = AdminGetUserAuthFactorsRequest
"""The request dataclass of AdminGetUserAuthFactors."""


OPERATION: OperationSpec[AdminGetUserAuthFactorsRequest, AdminGetUserAuthFactorsResponse] = (
    OperationSpec(
        name="AdminGetUserAuthFactors",
        validate=check_AdminGetUserAuthFactorsRequest,
        serialize=serialize_AdminGetUserAuthFactorsRequest,
        parse=parse_AdminGetUserAuthFactorsResponse,
        signed=True,
        secrets=secrets_AdminGetUserAuthFactorsRequest,
        fill_secret_hash=None,
    )
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminSetUserMFAPreference: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import email_mfa_settings_type as _shapes_email_mfa_settings_type
from cognito_idp._shapes import sms_mfa_settings_type as _shapes_sms_mfa_settings_type
from cognito_idp._shapes import (
    software_token_mfa_settings_type as _shapes_software_token_mfa_settings_type,
)
from cognito_idp._shapes import web_authn_mfa_settings_type as _shapes_web_authn_mfa_settings_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.email_mfa_settings_type import EmailMfaSettingsType
    from cognito_idp._shapes.sms_mfa_settings_type import SMSMfaSettingsType
    from cognito_idp._shapes.software_token_mfa_settings_type import SoftwareTokenMfaSettingsType
    from cognito_idp._shapes.web_authn_mfa_settings_type import WebAuthnMfaSettingsType


@_dc.dataclass(kw_only=True)
class AdminSetUserMFAPreferenceRequest(Boto3Dicts):
    """The AdminSetUserMFAPreferenceRequest structure."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    user_pool_id: str
    """The ID of the user pool where you want to set a user's MFA preferences."""

    sms_mfa_settings: SMSMfaSettingsType | None = None
    """User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the
    preferred MFA method when multiple methods are available."""

    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = None
    """User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates
    TOTP MFA and sets it as the preferred MFA method when multiple methods are available."""

    email_mfa_settings: EmailMfaSettingsType | None = None
    """User preferences for email message MFA. Activates or deactivates email MFA and sets it as
    the preferred MFA method when multiple methods are available. To activate this setting,
    your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    web_authn_mfa_settings: WebAuthnMfaSettingsType | None = None
    """User preferences for passkey MFA. Activates or deactivates passkey MFA for the user. When
    activated, passkey authentication requires user verification, and passkey sign-in is
    available when MFA is required. To activate this setting, the `FactorConfiguration` of
    your user pool `WebAuthnConfiguration` must be `MULTI_FACTOR_WITH_USER_VERIFICATION`. To
    activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""


def serialize_AdminSetUserMFAPreferenceRequest(v: AdminSetUserMFAPreferenceRequest) -> str:
    out: list[str] = []
    if v.sms_mfa_settings is not None:
        out += (
            ',"SMSMfaSettings":',
            _shapes_sms_mfa_settings_type.serialize_SMSMfaSettingsType(v.sms_mfa_settings),
        )
    if v.software_token_mfa_settings is not None:
        out += (
            ',"SoftwareTokenMfaSettings":',
            _shapes_software_token_mfa_settings_type.serialize_SoftwareTokenMfaSettingsType(
                v.software_token_mfa_settings
            ),
        )
    if v.email_mfa_settings is not None:
        out += (
            ',"EmailMfaSettings":',
            _shapes_email_mfa_settings_type.serialize_EmailMfaSettingsType(v.email_mfa_settings),
        )
    if v.web_authn_mfa_settings is not None:
        out += (
            ',"WebAuthnMfaSettings":',
            _shapes_web_authn_mfa_settings_type.serialize_WebAuthnMfaSettingsType(
                v.web_authn_mfa_settings
            ),
        )
    out += (',"Username":', _s.json_str(v.username))
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    return "{" + "".join(out)[1:] + "}"


def secrets_AdminSetUserMFAPreferenceRequest(
    v: AdminSetUserMFAPreferenceRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.sms_mfa_settings is not None:
        _shapes_sms_mfa_settings_type.secrets_SMSMfaSettingsType(v.sms_mfa_settings, out)
    if v.software_token_mfa_settings is not None:
        _shapes_software_token_mfa_settings_type.secrets_SoftwareTokenMfaSettingsType(
            v.software_token_mfa_settings, out
        )
    if v.email_mfa_settings is not None:
        _shapes_email_mfa_settings_type.secrets_EmailMfaSettingsType(v.email_mfa_settings, out)
    if v.web_authn_mfa_settings is not None:
        _shapes_web_authn_mfa_settings_type.secrets_WebAuthnMfaSettingsType(
            v.web_authn_mfa_settings, out
        )
    out.append(v.username)


def check_AdminSetUserMFAPreferenceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminSetUserMFAPreferenceRequest, path, problems, required)
    if v is None:
        return
    if v.sms_mfa_settings is not None:
        _shapes_sms_mfa_settings_type.check_SMSMfaSettingsType(
            v.sms_mfa_settings, _v.join(path, "sms_mfa_settings"), problems, required=False
        )
    if v.software_token_mfa_settings is not None:
        _shapes_software_token_mfa_settings_type.check_SoftwareTokenMfaSettingsType(
            v.software_token_mfa_settings,
            _v.join(path, "software_token_mfa_settings"),
            problems,
            required=False,
        )
    if v.email_mfa_settings is not None:
        _shapes_email_mfa_settings_type.check_EmailMfaSettingsType(
            v.email_mfa_settings, _v.join(path, "email_mfa_settings"), problems, required=False
        )
    if v.web_authn_mfa_settings is not None:
        _shapes_web_authn_mfa_settings_type.check_WebAuthnMfaSettingsType(
            v.web_authn_mfa_settings,
            _v.join(path, "web_authn_mfa_settings"),
            problems,
            required=False,
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )


@_dc.dataclass(kw_only=True)
class AdminSetUserMFAPreferenceResponse(Boto3Dicts):
    """The AdminSetUserMFAPreferenceResponse structure."""


def parse_AdminSetUserMFAPreferenceResponse(
    value: object, path: str
) -> AdminSetUserMFAPreferenceResponse:
    _s.expect_object(value, path)
    return AdminSetUserMFAPreferenceResponse()


Request = AdminSetUserMFAPreferenceRequest
"""The request dataclass of AdminSetUserMFAPreference."""


OPERATION: OperationSpec[AdminSetUserMFAPreferenceRequest, AdminSetUserMFAPreferenceResponse] = (
    OperationSpec(
        name="AdminSetUserMFAPreference",
        validate=check_AdminSetUserMFAPreferenceRequest,
        serialize=serialize_AdminSetUserMFAPreferenceRequest,
        parse=parse_AdminSetUserMFAPreferenceResponse,
        signed=True,
        secrets=secrets_AdminSetUserMFAPreferenceRequest,
        fill_secret_hash=None,
    )
)

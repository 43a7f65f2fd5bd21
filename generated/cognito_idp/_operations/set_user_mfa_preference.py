# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUserMFAPreference: its request and response, and how they travel."""

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
class SetUserMFAPreferenceRequest(Boto3Dicts):
    """The SetUserMFAPreferenceRequest structure."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    sms_mfa_settings: SMSMfaSettingsType | None = None
    """User preferences for SMS message MFA. Activates or deactivates SMS MFA and sets it as the
    preferred MFA method when multiple methods are available."""

    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = None
    """User preferences for time-based one-time password (TOTP) MFA. Activates or deactivates
    TOTP MFA and sets it as the preferred MFA method when multiple methods are available.
    Users must register a TOTP authenticator before they set this as their preferred MFA
    method."""

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


def serialize_SetUserMFAPreferenceRequest(v: SetUserMFAPreferenceRequest) -> str:
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
    out += (',"AccessToken":', _s.json_str(v.access_token))
    return "{" + "".join(out)[1:] + "}"


def secrets_SetUserMFAPreferenceRequest(v: SetUserMFAPreferenceRequest, out: list[object]) -> None:
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
    out.append(v.access_token)


def check_SetUserMFAPreferenceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetUserMFAPreferenceRequest, path, problems, required)
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
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class SetUserMFAPreferenceResponse(Boto3Dicts):
    """The SetUserMFAPreferenceResponse structure."""


def parse_SetUserMFAPreferenceResponse(value: object, path: str) -> SetUserMFAPreferenceResponse:
    _s.expect_object(value, path)
    return SetUserMFAPreferenceResponse()


Request = SetUserMFAPreferenceRequest
"""The request dataclass of SetUserMFAPreference."""


OPERATION: OperationSpec[SetUserMFAPreferenceRequest, SetUserMFAPreferenceResponse] = OperationSpec(
    name="SetUserMFAPreference",
    validate=check_SetUserMFAPreferenceRequest,
    serialize=serialize_SetUserMFAPreferenceRequest,
    parse=parse_SetUserMFAPreferenceResponse,
    signed=False,
    secrets=secrets_SetUserMFAPreferenceRequest,
    fill_secret_hash=None,
)

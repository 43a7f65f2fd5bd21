# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetUserPoolMfaConfig: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import email_mfa_config_type as _shapes_email_mfa_config_type
from cognito_idp._shapes import sms_mfa_config_type as _shapes_sms_mfa_config_type
from cognito_idp._shapes import (
    software_token_mfa_config_type as _shapes_software_token_mfa_config_type,
)
from cognito_idp._shapes import user_pool_mfa_type as _shapes_user_pool_mfa_type
from cognito_idp._shapes import web_authn_configuration_type as _shapes_web_authn_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.email_mfa_config_type import EmailMfaConfigType
    from cognito_idp._shapes.sms_mfa_config_type import SmsMfaConfigType
    from cognito_idp._shapes.software_token_mfa_config_type import SoftwareTokenMfaConfigType
    from cognito_idp._shapes.user_pool_mfa_type import UserPoolMfaType, UserPoolMfaTypeValue
    from cognito_idp._shapes.web_authn_configuration_type import WebAuthnConfigurationType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class SetUserPoolMfaConfigRequest(Boto3Dicts):
    """The SetUserPoolMfaConfigRequest structure."""

    user_pool_id: str
    """The user pool ID."""

    sms_mfa_configuration: SmsMfaConfigType | None = None
    """Configures user pool SMS messages for MFA. Sets the message template and the SMS message
    sending configuration for Amazon SNS."""

    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = None
    """Configures a user pool for time-based one-time password (TOTP) MFA. Enables or disables
    TOTP."""

    email_mfa_configuration: EmailMfaConfigType | None = None
    """Sets configuration for user pool email message MFA and sign-in with one-time passwords
    (OTPs). Includes the subject and body of the email message template for sign-in and MFA
    messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = None
    """Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""

    web_authn_configuration: WebAuthnConfigurationType | None = None
    """The configuration of your user pool for passkey, or WebAuthn, authentication and
    registration. Includes relying-party configuration, user-verification requirements, and
    whether passkeys can satisfy MFA requirements."""


def serialize_SetUserPoolMfaConfigRequest(v: SetUserPoolMfaConfigRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.sms_mfa_configuration is not None:
        out += (
            ',"SmsMfaConfiguration":',
            _shapes_sms_mfa_config_type.serialize_SmsMfaConfigType(v.sms_mfa_configuration),
        )
    if v.software_token_mfa_configuration is not None:
        out += (
            ',"SoftwareTokenMfaConfiguration":',
            _shapes_software_token_mfa_config_type.serialize_SoftwareTokenMfaConfigType(
                v.software_token_mfa_configuration
            ),
        )
    if v.email_mfa_configuration is not None:
        out += (
            ',"EmailMfaConfiguration":',
            _shapes_email_mfa_config_type.serialize_EmailMfaConfigType(v.email_mfa_configuration),
        )
    if v.mfa_configuration is not None:
        out += (',"MfaConfiguration":', _s.json_str(v.mfa_configuration))
    if v.web_authn_configuration is not None:
        out += (
            ',"WebAuthnConfiguration":',
            _shapes_web_authn_configuration_type.serialize_WebAuthnConfigurationType(
                v.web_authn_configuration
            ),
        )
    out.append("}")
    return "".join(out)


def secrets_SetUserPoolMfaConfigRequest(v: SetUserPoolMfaConfigRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.sms_mfa_configuration is not None:
        _shapes_sms_mfa_config_type.secrets_SmsMfaConfigType(v.sms_mfa_configuration, out)
    if v.software_token_mfa_configuration is not None:
        _shapes_software_token_mfa_config_type.secrets_SoftwareTokenMfaConfigType(
            v.software_token_mfa_configuration, out
        )
    if v.email_mfa_configuration is not None:
        _shapes_email_mfa_config_type.secrets_EmailMfaConfigType(v.email_mfa_configuration, out)
    if v.web_authn_configuration is not None:
        _shapes_web_authn_configuration_type.secrets_WebAuthnConfigurationType(
            v.web_authn_configuration, out
        )


def check_SetUserPoolMfaConfigRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetUserPoolMfaConfigRequest, path, problems, required)
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
    if v.sms_mfa_configuration is not None:
        _shapes_sms_mfa_config_type.check_SmsMfaConfigType(
            v.sms_mfa_configuration,
            _v.join(path, "sms_mfa_configuration"),
            problems,
            required=False,
        )
    if v.software_token_mfa_configuration is not None:
        _shapes_software_token_mfa_config_type.check_SoftwareTokenMfaConfigType(
            v.software_token_mfa_configuration,
            _v.join(path, "software_token_mfa_configuration"),
            problems,
            required=False,
        )
    if v.email_mfa_configuration is not None:
        _shapes_email_mfa_config_type.check_EmailMfaConfigType(
            v.email_mfa_configuration,
            _v.join(path, "email_mfa_configuration"),
            problems,
            required=False,
        )
    if v.mfa_configuration is not None and type(v.mfa_configuration) is not str:
        _v.check_str(
            v.mfa_configuration, _v.join(path, "mfa_configuration"), problems, required=False
        )
    if v.web_authn_configuration is not None:
        _shapes_web_authn_configuration_type.check_WebAuthnConfigurationType(
            v.web_authn_configuration,
            _v.join(path, "web_authn_configuration"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class SetUserPoolMfaConfigResponse(Boto3Dicts):
    """The SetUserPoolMfaConfigResponse structure."""

    sms_mfa_configuration: SmsMfaConfigType | None = None
    """Shows user pool SMS message configuration for MFA and sign-in with SMS-message OTPs.
    Includes the message template and the SMS message sending configuration for Amazon SNS."""

    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = None
    """Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP
    enabled or disabled state."""

    email_mfa_configuration: EmailMfaConfigType | None = None
    """Shows configuration for user pool email message MFA and sign-in with one-time passwords
    (OTPs). Includes the subject and body of the email message template for sign-in and MFA
    messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    mfa_configuration: UserPoolMfaType | Unmodelled | None = None
    """Displays multi-factor authentication (MFA) as on, off, or optional. When `ON`, all users
    must set up MFA before they can sign in. When `OPTIONAL`, your application must make a
    client-side determination of whether a user wants to register an MFA device. For user
    pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""

    web_authn_configuration: WebAuthnConfigurationType | None = None
    """The configuration of your user pool for passkey, or WebAuthn, sign-in with authenticators
    such as biometric and security-key devices. Includes relying-party configuration and
    settings for user-verification requirements."""


def parse_SetUserPoolMfaConfigResponse(value: object, path: str) -> SetUserPoolMfaConfigResponse:
    m = _s.expect_object(value, path)
    x = m.get("SmsMfaConfiguration")
    f_sms_mfa_configuration = (
        None
        if x is None
        else _shapes_sms_mfa_config_type.parse_SmsMfaConfigType(x, path + ".SmsMfaConfiguration")
    )
    x = m.get("SoftwareTokenMfaConfiguration")
    f_software_token_mfa_configuration = (
        None
        if x is None
        else _shapes_software_token_mfa_config_type.parse_SoftwareTokenMfaConfigType(
            x, path + ".SoftwareTokenMfaConfiguration"
        )
    )
    x = m.get("EmailMfaConfiguration")
    f_email_mfa_configuration = (
        None
        if x is None
        else _shapes_email_mfa_config_type.parse_EmailMfaConfigType(
            x, path + ".EmailMfaConfiguration"
        )
    )
    x = m.get("MfaConfiguration")
    f_mfa_configuration = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_pool_mfa_type.UserPoolMfaType, x, path + ".MfaConfiguration"
        )
    )
    x = m.get("WebAuthnConfiguration")
    f_web_authn_configuration = (
        None
        if x is None
        else _shapes_web_authn_configuration_type.parse_WebAuthnConfigurationType(
            x, path + ".WebAuthnConfiguration"
        )
    )
    obj = _dc.new(SetUserPoolMfaConfigResponse)
    obj.sms_mfa_configuration = f_sms_mfa_configuration
    obj.software_token_mfa_configuration = f_software_token_mfa_configuration
    obj.email_mfa_configuration = f_email_mfa_configuration
    obj.mfa_configuration = f_mfa_configuration
    obj.web_authn_configuration = f_web_authn_configuration
    return obj


Request = SetUserPoolMfaConfigRequest
"""The request dataclass of SetUserPoolMfaConfig."""


OPERATION: OperationSpec[SetUserPoolMfaConfigRequest, SetUserPoolMfaConfigResponse] = OperationSpec(
    name="SetUserPoolMfaConfig",
    validate=check_SetUserPoolMfaConfigRequest,
    serialize=serialize_SetUserPoolMfaConfigRequest,
    parse=parse_SetUserPoolMfaConfigResponse,
    signed=True,
    secrets=secrets_SetUserPoolMfaConfigRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetUserPoolMfaConfig: its request and response, and how they travel."""

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
    from cognito_idp._shapes.user_pool_mfa_type import UserPoolMfaType
    from cognito_idp._shapes.web_authn_configuration_type import WebAuthnConfigurationType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class GetUserPoolMfaConfigRequest(Boto3Dicts):
    """The GetUserPoolMfaConfigRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to query WebAuthn and MFA configuration."""


def serialize_GetUserPoolMfaConfigRequest(v: GetUserPoolMfaConfigRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_GetUserPoolMfaConfigRequest(v: GetUserPoolMfaConfigRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetUserPoolMfaConfigRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, GetUserPoolMfaConfigRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class GetUserPoolMfaConfigResponse(Boto3Dicts):
    """The GetUserPoolMfaConfigResponse structure."""

    sms_mfa_configuration: SmsMfaConfigType | None = None
    """Shows user pool configuration for SMS message MFA. Includes the message template and the
    SMS message sending configuration for Amazon SNS."""

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
    """Displays the state of multi-factor authentication (MFA) as on, off, or optional. When
    `ON`, all users must set up MFA before they can sign in. When `OPTIONAL`, your application
    must make a client-side determination of whether a user wants to register an MFA device.
    For user pools with adaptive authentication with threat protection, choose `OPTIONAL`.

    When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to
    set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for
    users who have chosen and configured a preferred MFA factor."""

    web_authn_configuration: WebAuthnConfigurationType | None = None
    """Shows user pool configuration for sign-in with passkey authenticators such as biometric
    devices and security keys. Includes relying-party configuration, user-verification
    requirements, and whether passkeys can satisfy MFA requirements."""


def parse_GetUserPoolMfaConfigResponse(value: object, path: str) -> GetUserPoolMfaConfigResponse:
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
    obj = _dc.new(GetUserPoolMfaConfigResponse)
    obj.sms_mfa_configuration = f_sms_mfa_configuration
    obj.software_token_mfa_configuration = f_software_token_mfa_configuration
    obj.email_mfa_configuration = f_email_mfa_configuration
    obj.mfa_configuration = f_mfa_configuration
    obj.web_authn_configuration = f_web_authn_configuration
    return obj


Request = GetUserPoolMfaConfigRequest
"""The request dataclass of GetUserPoolMfaConfig."""


OPERATION: OperationSpec[GetUserPoolMfaConfigRequest, GetUserPoolMfaConfigResponse] = OperationSpec(
    name="GetUserPoolMfaConfig",
    validate=check_GetUserPoolMfaConfigRequest,
    serialize=serialize_GetUserPoolMfaConfigRequest,
    parse=parse_GetUserPoolMfaConfigResponse,
    signed=True,
    secrets=secrets_GetUserPoolMfaConfigRequest,
    fill_secret_hash=None,
)

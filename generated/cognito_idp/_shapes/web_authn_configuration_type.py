# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import user_verification_type as _shapes_user_verification_type
from cognito_idp._shapes import (
    web_authn_factor_configuration_type as _shapes_web_authn_factor_configuration_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_verification_type import (
        UserVerificationType,
        UserVerificationTypeValue,
    )
    from cognito_idp._shapes.web_authn_factor_configuration_type import (
        WebAuthnFactorConfigurationType,
        WebAuthnFactorConfigurationTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class WebAuthnConfigurationType(Boto3Dicts):
    """Settings for authentication (MFA) with passkey, or webauthN, biometric and security-key
    devices in a user pool. Configures the following:

    - Configuration for requiring user-verification support in passkeys.
    - The user pool relying-party ID. This is the domain, typically your user pool domain,
      that user's passkey providers should trust as a receiver of passkey authentication.
    - The providers that you want to allow as origins for passkey authentication."""

    relying_party_id: str | None = None
    """Sets or displays the authentication domain, typically your user pool domain, that passkey
    providers must use as a relying party (RP) in their configuration.

    Under the following conditions, the passkey relying party ID must be the fully-qualified
    domain name of your custom domain:

    - The user pool is configured for passkey authentication.
    - The user pool has a custom domain, whether or not it also has a prefix domain.
    - Your application performs authentication with managed login or the classic hosted UI."""

    user_verification: UserVerificationType | UserVerificationTypeValue | Unmodelled | None = None
    """When `required`, users can only register and sign in users with passkeys that are capable
    of user verification (https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement).
    When `preferred`, your user pool doesn't require the use of authenticators with user
    verification but encourages it."""

    factor_configuration: (
        WebAuthnFactorConfigurationType | WebAuthnFactorConfigurationTypeValue | Unmodelled | None
    ) = None
    """Sets whether passkeys can be used as multi-factor authentication (MFA). When set to
    `MULTI_FACTOR_WITH_USER_VERIFICATION`, passkey authentication with user verification
    satisfies MFA requirements. When set to `SINGLE_FACTOR` or not set, passkeys are a single
    authentication factor. To activate this setting, your user pool must be in the Essentials
    tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""


def serialize_WebAuthnConfigurationType(v: WebAuthnConfigurationType) -> str:
    out: list[str] = []
    if v.relying_party_id is not None:
        out += (',"RelyingPartyId":', _s.json_str(v.relying_party_id))
    if v.user_verification is not None:
        out += (',"UserVerification":', _s.json_str(v.user_verification))
    if v.factor_configuration is not None:
        out += (',"FactorConfiguration":', _s.json_str(v.factor_configuration))
    return "{" + "".join(out)[1:] + "}"


def secrets_WebAuthnConfigurationType(v: WebAuthnConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_WebAuthnConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, WebAuthnConfigurationType, path, problems, required)
    if v is None:
        return
    if v.relying_party_id is not None and not (
        type(v.relying_party_id) is str and 1 <= len(v.relying_party_id) <= 127
    ):
        _v.check_str(
            v.relying_party_id,
            _v.join(path, "relying_party_id"),
            problems,
            required=False,
            min_len=1,
            max_len=127,
        )
    if v.user_verification is not None and type(v.user_verification) is not str:
        _v.check_str(
            v.user_verification, _v.join(path, "user_verification"), problems, required=False
        )
    if v.factor_configuration is not None and type(v.factor_configuration) is not str:
        _v.check_str(
            v.factor_configuration, _v.join(path, "factor_configuration"), problems, required=False
        )


def parse_WebAuthnConfigurationType(value: object, path: str) -> WebAuthnConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("RelyingPartyId")
    f_relying_party_id = None if x is None else _s.parse_str(x, path + ".RelyingPartyId")
    x = m.get("UserVerification")
    f_user_verification = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_user_verification_type.UserVerificationType, x, path + ".UserVerification"
        )
    )
    x = m.get("FactorConfiguration")
    f_factor_configuration = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_web_authn_factor_configuration_type.WebAuthnFactorConfigurationType,
            x,
            path + ".FactorConfiguration",
        )
    )
    obj = _dc.new(WebAuthnConfigurationType)
    obj.relying_party_id = f_relying_party_id
    obj.user_verification = f_user_verification
    obj.factor_configuration = f_factor_configuration
    return obj

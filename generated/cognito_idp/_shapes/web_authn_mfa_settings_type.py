# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class WebAuthnMfaSettingsType(Boto3Dicts):
    """A user's preference for using passkey, or WebAuthn, multi-factor authentication (MFA).
    Turns passkey MFA on and off for the user. Unlike other MFA settings types, this type
    doesn't include a `PreferredMfa` option because passkey MFA applies only when passkey is
    the first authentication factor."""

    enabled: bool | None = None
    """Specifies whether passkey MFA is activated for a user. When activated, the user's passkey
    authentication requires user verification, and passkey sign-in is available when MFA is
    required. The user must also have at least one other MFA method such as SMS, TOTP, or
    email activated to prevent account lockout."""


def serialize_WebAuthnMfaSettingsType(v: WebAuthnMfaSettingsType) -> str:
    out: list[str] = []
    if v.enabled is not None:
        out += (',"Enabled":', ("true" if v.enabled else "false"))
    return "{" + "".join(out)[1:] + "}"


def secrets_WebAuthnMfaSettingsType(v: WebAuthnMfaSettingsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_WebAuthnMfaSettingsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, WebAuthnMfaSettingsType, path, problems, required)
    if v is None:
        return
    if v.enabled is not None and type(v.enabled) is not bool:
        _v.check_bool(v.enabled, _v.join(path, "enabled"), problems, required=False)

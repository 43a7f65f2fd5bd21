# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class EmailMfaSettingsType(Boto3Dicts):
    """User preferences for multi-factor authentication with email messages. Activates or
    deactivates email MFA and sets it as the preferred MFA method when multiple methods are
    available. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    enabled: bool | None = None
    """Specifies whether email message MFA is active for a user. When the value of this parameter
    is `Enabled`, the user will be prompted for MFA during all sign-in attempts, unless device
    tracking is turned on and the device has been trusted."""

    preferred_mfa: bool | None = None
    """Specifies whether email message MFA is the user's preferred method."""


def serialize_EmailMfaSettingsType(v: EmailMfaSettingsType) -> str:
    out: list[str] = []
    if v.enabled is not None:
        out += (',"Enabled":', ("true" if v.enabled else "false"))
    if v.preferred_mfa is not None:
        out += (',"PreferredMfa":', ("true" if v.preferred_mfa else "false"))
    return "{" + "".join(out)[1:] + "}"


def secrets_EmailMfaSettingsType(v: EmailMfaSettingsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_EmailMfaSettingsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, EmailMfaSettingsType, path, problems, required)
    if v is None:
        return
    if v.enabled is not None and type(v.enabled) is not bool:
        _v.check_bool(v.enabled, _v.join(path, "enabled"), problems, required=False)
    if v.preferred_mfa is not None and type(v.preferred_mfa) is not bool:
        _v.check_bool(v.preferred_mfa, _v.join(path, "preferred_mfa"), problems, required=False)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class SMSMfaSettingsType(Boto3Dicts):
    """A user's preference for using SMS message multi-factor authentication (MFA). Turns SMS MFA
    on and off, and can set SMS as preferred when other MFA options are available. You can't
    turn off SMS MFA for any of your users when MFA is required in your user pool; you can
    only set the type that your user prefers."""

    enabled: bool | None = None
    """Specifies whether SMS message MFA is activated. If an MFA type is activated for a user,
    the user will be prompted for MFA during all sign-in attempts, unless device tracking is
    turned on and the device has been trusted."""

    preferred_mfa: bool | None = None
    """Specifies whether SMS is the preferred MFA method. If true, your user pool prompts the
    specified user for a code delivered by SMS message after username-password sign-in
    succeeds."""


def serialize_SMSMfaSettingsType(v: SMSMfaSettingsType) -> str:
    out: list[str] = []
    if v.enabled is not None:
        out += (',"Enabled":', ("true" if v.enabled else "false"))
    if v.preferred_mfa is not None:
        out += (',"PreferredMfa":', ("true" if v.preferred_mfa else "false"))
    return "{" + "".join(out)[1:] + "}"


def secrets_SMSMfaSettingsType(v: SMSMfaSettingsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_SMSMfaSettingsType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, SMSMfaSettingsType, path, problems, required)
    if v is None:
        return
    if v.enabled is not None and type(v.enabled) is not bool:
        _v.check_bool(v.enabled, _v.join(path, "enabled"), problems, required=False)
    if v.preferred_mfa is not None and type(v.preferred_mfa) is not bool:
        _v.check_bool(v.preferred_mfa, _v.join(path, "preferred_mfa"), problems, required=False)

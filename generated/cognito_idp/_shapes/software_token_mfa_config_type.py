# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class SoftwareTokenMfaConfigType(Boto3Dicts):
    """Settings for time-based one-time password (TOTP) multi-factor authentication (MFA) in a
    user pool. Enables and disables availability of this feature."""

    enabled: bool | None = None
    """The activation state of TOTP MFA."""


def serialize_SoftwareTokenMfaConfigType(v: SoftwareTokenMfaConfigType) -> str:
    out: list[str] = []
    if v.enabled is not None:
        out += (',"Enabled":', ("true" if v.enabled else "false"))
    return "{" + "".join(out)[1:] + "}"


def secrets_SoftwareTokenMfaConfigType(v: SoftwareTokenMfaConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_SoftwareTokenMfaConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SoftwareTokenMfaConfigType, path, problems, required)
    if v is None:
        return
    if v.enabled is not None and type(v.enabled) is not bool:
        _v.check_bool(v.enabled, _v.join(path, "enabled"), problems, required=False)


def parse_SoftwareTokenMfaConfigType(value: object, path: str) -> SoftwareTokenMfaConfigType:
    m = _s.expect_object(value, path)
    x = m.get("Enabled")
    f_enabled = None if x is None else _s.parse_bool(x, path + ".Enabled")
    obj = _dc.new(SoftwareTokenMfaConfigType)
    obj.enabled = f_enabled
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    advanced_security_enabled_mode_type as _shapes_advanced_security_enabled_mode_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.advanced_security_enabled_mode_type import (
        AdvancedSecurityEnabledModeType,
        AdvancedSecurityEnabledModeTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AdvancedSecurityAdditionalFlowsType(Boto3Dicts):
    """Threat protection configuration options for additional authentication types in your user
    pool, including custom authentication."""

    custom_auth_mode: (
        AdvancedSecurityEnabledModeType | AdvancedSecurityEnabledModeTypeValue | Unmodelled | None
    ) = None
    """The operating mode of threat protection in custom authentication with Custom
    authentication challenge Lambda triggers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html)."""


def serialize_AdvancedSecurityAdditionalFlowsType(v: AdvancedSecurityAdditionalFlowsType) -> str:
    out: list[str] = []
    if v.custom_auth_mode is not None:
        out += (',"CustomAuthMode":', _s.json_str(v.custom_auth_mode))
    return "{" + "".join(out)[1:] + "}"


def secrets_AdvancedSecurityAdditionalFlowsType(
    v: AdvancedSecurityAdditionalFlowsType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AdvancedSecurityAdditionalFlowsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdvancedSecurityAdditionalFlowsType, path, problems, required)
    if v is None:
        return
    if v.custom_auth_mode is not None and type(v.custom_auth_mode) is not str:
        _v.check_str(
            v.custom_auth_mode, _v.join(path, "custom_auth_mode"), problems, required=False
        )


def parse_AdvancedSecurityAdditionalFlowsType(
    value: object, path: str
) -> AdvancedSecurityAdditionalFlowsType:
    m = _s.expect_object(value, path)
    x = m.get("CustomAuthMode")
    f_custom_auth_mode = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_advanced_security_enabled_mode_type.AdvancedSecurityEnabledModeType,
            x,
            path + ".CustomAuthMode",
        )
    )
    obj = _dc.new(AdvancedSecurityAdditionalFlowsType)
    obj.custom_auth_mode = f_custom_auth_mode
    return obj

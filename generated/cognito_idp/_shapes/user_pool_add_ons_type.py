# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    advanced_security_additional_flows_type as _shapes_advanced_security_additional_flows_type,
)
from cognito_idp._shapes import advanced_security_mode_type as _shapes_advanced_security_mode_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.advanced_security_additional_flows_type import (
        AdvancedSecurityAdditionalFlowsType,
    )
    from cognito_idp._shapes.advanced_security_mode_type import (
        AdvancedSecurityModeType,
        AdvancedSecurityModeTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserPoolAddOnsType(Boto3Dicts):
    """Contains settings for activation of threat protection, including the operating mode and
    additional authentication types. To log user security information but take no action, set
    to `AUDIT`. To configure automatic security responses to potentially unwanted traffic to
    your user pool, set to `ENFORCED`.

    For more information, see Adding advanced security to a user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
    To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""

    advanced_security_mode: AdvancedSecurityModeType | AdvancedSecurityModeTypeValue | Unmodelled
    """The operating mode of threat protection for standard authentication types in your user
    pool, including username-password and secure remote password (SRP) authentication."""

    advanced_security_additional_flows: AdvancedSecurityAdditionalFlowsType | None = None
    """Threat protection configuration options for additional authentication types in your user
    pool, including custom authentication."""


def serialize_UserPoolAddOnsType(v: UserPoolAddOnsType) -> str:
    out = ['{"AdvancedSecurityMode":', _s.json_str(v.advanced_security_mode)]
    if v.advanced_security_additional_flows is not None:
        out += (
            ',"AdvancedSecurityAdditionalFlows":',
            _shapes_advanced_security_additional_flows_type.serialize_AdvancedSecurityAdditionalFlowsType(
                v.advanced_security_additional_flows
            ),
        )
    out.append("}")
    return "".join(out)


def secrets_UserPoolAddOnsType(v: UserPoolAddOnsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.advanced_security_additional_flows is not None:
        _shapes_advanced_security_additional_flows_type.secrets_AdvancedSecurityAdditionalFlowsType(
            v.advanced_security_additional_flows, out
        )


def check_UserPoolAddOnsType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, UserPoolAddOnsType, path, problems, required)
    if v is None:
        return
    if type(v.advanced_security_mode) is not str:
        _v.check_str(
            v.advanced_security_mode,
            _v.join(path, "advanced_security_mode"),
            problems,
            required=True,
        )
    if v.advanced_security_additional_flows is not None:
        _shapes_advanced_security_additional_flows_type.check_AdvancedSecurityAdditionalFlowsType(
            v.advanced_security_additional_flows,
            _v.join(path, "advanced_security_additional_flows"),
            problems,
            required=False,
        )


def parse_UserPoolAddOnsType(value: object, path: str) -> UserPoolAddOnsType:
    m = _s.expect_object(value, path)
    x = m.get("AdvancedSecurityMode")
    if x is None:
        raise _s.missing(path + ".AdvancedSecurityMode")
    f_advanced_security_mode = _s.parse_enum(
        _shapes_advanced_security_mode_type.AdvancedSecurityModeType,
        x,
        path + ".AdvancedSecurityMode",
    )
    x = m.get("AdvancedSecurityAdditionalFlows")
    f_advanced_security_additional_flows = (
        None
        if x is None
        else _shapes_advanced_security_additional_flows_type.parse_AdvancedSecurityAdditionalFlowsType(
            x, path + ".AdvancedSecurityAdditionalFlows"
        )
    )
    obj = _dc.new(UserPoolAddOnsType)
    obj.advanced_security_mode = f_advanced_security_mode
    obj.advanced_security_additional_flows = f_advanced_security_additional_flows
    return obj

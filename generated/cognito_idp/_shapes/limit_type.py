# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import limit_definition_type as _shapes_limit_definition_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.limit_definition_type import LimitDefinitionType


@_dc.dataclass(kw_only=True)
class LimitType(Boto3Dicts):
    """The limit definition and current limit values for a provisioned limit."""

    limit_definition: LimitDefinitionType
    """The definition that identifies this limit, including the class and attributes."""

    provisioned_limit_value: int
    """The provisioned limit value, in requests per second (RPS). This is the rate that Amazon
    Cognito currently enforces for your account."""

    free_limit_value: int
    """The default (free) limit value, in requests per second (RPS). This is the rate included at
    no additional cost."""


def parse_LimitType(value: object, path: str) -> LimitType:
    m = _s.expect_object(value, path)
    x = m.get("LimitDefinition")
    if x is None:
        raise _s.missing(path + ".LimitDefinition")
    f_limit_definition = _shapes_limit_definition_type.parse_LimitDefinitionType(
        x, path + ".LimitDefinition"
    )
    x = m.get("ProvisionedLimitValue")
    if x is None:
        raise _s.missing(path + ".ProvisionedLimitValue")
    f_provisioned_limit_value = _s.parse_int(x, path + ".ProvisionedLimitValue")
    x = m.get("FreeLimitValue")
    if x is None:
        raise _s.missing(path + ".FreeLimitValue")
    f_free_limit_value = _s.parse_int(x, path + ".FreeLimitValue")
    obj = _dc.new(LimitType)
    obj.limit_definition = f_limit_definition
    obj.provisioned_limit_value = f_provisioned_limit_value
    obj.free_limit_value = f_free_limit_value
    return obj

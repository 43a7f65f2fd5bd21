# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import failover_type as _shapes_failover_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.failover_type import FailoverType


@_dc.dataclass(kw_only=True)
class RoutingType(Boto3Dicts):
    """Specifies routing configuration for user pool domains. Contains failover settings for
    multi-region deployments."""

    failover: FailoverType | None = None
    """The failover configuration that specifies the secondary region and health check settings."""


def serialize_RoutingType(v: RoutingType) -> str:
    out: list[str] = []
    if v.failover is not None:
        out += (',"Failover":', _shapes_failover_type.serialize_FailoverType(v.failover))
    return "{" + "".join(out)[1:] + "}"


def secrets_RoutingType(v: RoutingType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.failover is not None:
        _shapes_failover_type.secrets_FailoverType(v.failover, out)


def check_RoutingType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, RoutingType, path, problems, required)
    if v is None:
        return
    if v.failover is not None:
        _shapes_failover_type.check_FailoverType(
            v.failover, _v.join(path, "failover"), problems, required=False
        )


def parse_RoutingType(value: object, path: str) -> RoutingType:
    m = _s.expect_object(value, path)
    x = m.get("Failover")
    f_failover = (
        None if x is None else _shapes_failover_type.parse_FailoverType(x, path + ".Failover")
    )
    obj = _dc.new(RoutingType)
    obj.failover = f_failover
    return obj

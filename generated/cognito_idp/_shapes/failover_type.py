# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class FailoverType(Boto3Dicts):
    """Specifies failover configuration for multi-region user pool domains. Contains settings for
    the secondary region and health check configuration."""

    secondary_region: str
    """The secondary Amazon Web Services Region to use for failover when the primary region
    becomes unavailable."""

    primary_route53_health_check_id: str
    """The ID of the Amazon Web Services Route53 healthcheck that controls routing. If the
    healthcheck is healthy, traffic will be routed to the primary replica, and if the
    healthcheck is unhealthy, traffic will be routed to the secondary region."""


def serialize_FailoverType(v: FailoverType) -> str:
    out = ['{"SecondaryRegion":', _s.json_str(v.secondary_region)]
    out += (',"PrimaryRoute53HealthCheckId":', _s.json_str(v.primary_route53_health_check_id))
    out.append("}")
    return "".join(out)


def secrets_FailoverType(v: FailoverType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_FailoverType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, FailoverType, path, problems, required)
    if v is None:
        return
    if not (type(v.secondary_region) is str and 5 <= len(v.secondary_region) <= 32):
        _v.check_str(
            v.secondary_region,
            _v.join(path, "secondary_region"),
            problems,
            required=True,
            min_len=5,
            max_len=32,
        )
    if not (
        type(v.primary_route53_health_check_id) is str
        and len(v.primary_route53_health_check_id) <= 64
    ):
        _v.check_str(
            v.primary_route53_health_check_id,
            _v.join(path, "primary_route53_health_check_id"),
            problems,
            required=True,
            max_len=64,
        )


def parse_FailoverType(value: object, path: str) -> FailoverType:
    m = _s.expect_object(value, path)
    x = m.get("SecondaryRegion")
    if x is None:
        raise _s.missing(path + ".SecondaryRegion")
    f_secondary_region = _s.parse_str(x, path + ".SecondaryRegion")
    x = m.get("PrimaryRoute53HealthCheckId")
    if x is None:
        raise _s.missing(path + ".PrimaryRoute53HealthCheckId")
    f_primary_route53_health_check_id = _s.parse_str(x, path + ".PrimaryRoute53HealthCheckId")
    obj = _dc.new(FailoverType)
    obj.secondary_region = f_secondary_region
    obj.primary_route53_health_check_id = f_primary_route53_health_check_id
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class RiskExceptionConfigurationType(Boto3Dicts):
    """Exceptions to the risk evaluation configuration, including always-allow and always-block
    IP address ranges."""

    blocked_ip_range_list: Sequence[str] | None = None
    """An always-block IP address list. Overrides the risk decision and always blocks
    authentication requests. This parameter is displayed and set in CIDR notation."""

    skipped_ip_range_list: Sequence[str] | None = None
    """An always-allow IP address list. Risk detection isn't performed on the IP addresses in
    this range list. This parameter is displayed and set in CIDR notation."""


def serialize_RiskExceptionConfigurationType(v: RiskExceptionConfigurationType) -> str:
    out: list[str] = []
    if v.blocked_ip_range_list is not None:
        out += (
            ',"BlockedIPRangeList":',
            "[" + ",".join(map(_s.json_str, v.blocked_ip_range_list)) + "]",
        )
    if v.skipped_ip_range_list is not None:
        out += (
            ',"SkippedIPRangeList":',
            "[" + ",".join(map(_s.json_str, v.skipped_ip_range_list)) + "]",
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_RiskExceptionConfigurationType(
    v: RiskExceptionConfigurationType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_RiskExceptionConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, RiskExceptionConfigurationType, path, problems, required)
    if v is None:
        return
    if v.blocked_ip_range_list is not None:
        _v.check_list(
            v.blocked_ip_range_list,
            _v.join(path, "blocked_ip_range_list"),
            problems,
            required=False,
            max_len=200,
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )
    if v.skipped_ip_range_list is not None:
        _v.check_list(
            v.skipped_ip_range_list,
            _v.join(path, "skipped_ip_range_list"),
            problems,
            required=False,
            max_len=200,
            item=lambda x, p: _v.check_str(
                x, p, problems, required=True, min_len=0, max_len=131072
            ),
        )


def parse_RiskExceptionConfigurationType(
    value: object, path: str
) -> RiskExceptionConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("BlockedIPRangeList")
    f_blocked_ip_range_list = (
        None
        if x is None
        else _s.parse_list(x, path + ".BlockedIPRangeList", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("SkippedIPRangeList")
    f_skipped_ip_range_list = (
        None
        if x is None
        else _s.parse_list(x, path + ".SkippedIPRangeList", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(RiskExceptionConfigurationType)
    obj.blocked_ip_range_list = f_blocked_ip_range_list
    obj.skipped_ip_range_list = f_skipped_ip_range_list
    return obj

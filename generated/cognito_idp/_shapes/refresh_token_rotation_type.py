# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import feature_type as _shapes_feature_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.feature_type import FeatureType, FeatureTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class RefreshTokenRotationType(Boto3Dicts):
    """The configuration of your app client for refresh token rotation. When enabled, your app
    client issues new ID, access, and refresh tokens when users renew their sessions with
    refresh tokens. When disabled, token refresh issues only ID and access tokens."""

    feature: FeatureType | FeatureTypeValue | Unmodelled
    """The state of refresh token rotation for the current app client."""

    retry_grace_period_seconds: int | None = None
    """When you request a token refresh with `GetTokensFromRefreshToken`, the original refresh
    token that you're rotating out can remain valid for a period of time of up to 60 seconds.
    This allows for client-side retries. When `RetryGracePeriodSeconds` is `0`, the grace
    period is disabled and a successful request immediately invalidates the submitted refresh
    token."""


def serialize_RefreshTokenRotationType(v: RefreshTokenRotationType) -> str:
    out = ['{"Feature":', _s.json_str(v.feature)]
    if v.retry_grace_period_seconds is not None:
        out += (',"RetryGracePeriodSeconds":', int.__repr__(v.retry_grace_period_seconds))
    out.append("}")
    return "".join(out)


def secrets_RefreshTokenRotationType(v: RefreshTokenRotationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_RefreshTokenRotationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, RefreshTokenRotationType, path, problems, required)
    if v is None:
        return
    if type(v.feature) is not str:
        _v.check_str(v.feature, _v.join(path, "feature"), problems, required=True)
    if v.retry_grace_period_seconds is not None and not (
        type(v.retry_grace_period_seconds) is int and 0 <= v.retry_grace_period_seconds <= 60
    ):
        _v.check_int(
            v.retry_grace_period_seconds,
            _v.join(path, "retry_grace_period_seconds"),
            problems,
            required=False,
            minimum=0,
            maximum=60,
        )


def parse_RefreshTokenRotationType(value: object, path: str) -> RefreshTokenRotationType:
    m = _s.expect_object(value, path)
    x = m.get("Feature")
    if x is None:
        raise _s.missing(path + ".Feature")
    f_feature = _s.parse_enum(_shapes_feature_type.FeatureType, x, path + ".Feature")
    x = m.get("RetryGracePeriodSeconds")
    f_retry_grace_period_seconds = (
        None if x is None else _s.parse_int(x, path + ".RetryGracePeriodSeconds")
    )
    obj = _dc.new(RefreshTokenRotationType)
    obj.feature = f_feature
    obj.retry_grace_period_seconds = f_retry_grace_period_seconds
    return obj

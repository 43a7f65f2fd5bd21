# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class AnalyticsMetadataType(Boto3Dicts):
    """Information that your application adds to authentication requests. Applies an endpoint ID
    to the analytics data that your user pool sends to Amazon Pinpoint.

    An endpoint ID uniquely identifies a mobile device, email address or phone number that can
    receive messages from Amazon Pinpoint analytics. For more information about Amazon Web
    Services Regions that can contain Amazon Pinpoint resources for use with Amazon Cognito
    user pools, see Using Amazon Pinpoint analytics with Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html)."""

    analytics_endpoint_id: str | None = None
    """The endpoint ID. Information that you want to pass to Amazon Pinpoint about where to send
    notifications."""


def serialize_AnalyticsMetadataType(v: AnalyticsMetadataType) -> str:
    out: list[str] = []
    if v.analytics_endpoint_id is not None:
        out += (',"AnalyticsEndpointId":', _s.json_str(v.analytics_endpoint_id))
    return "{" + "".join(out)[1:] + "}"


def secrets_AnalyticsMetadataType(v: AnalyticsMetadataType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AnalyticsMetadataType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AnalyticsMetadataType, path, problems, required)
    if v is None:
        return
    if v.analytics_endpoint_id is not None and not (
        type(v.analytics_endpoint_id) is str and 0 <= len(v.analytics_endpoint_id) <= 131072
    ):
        _v.check_str(
            v.analytics_endpoint_id,
            _v.join(path, "analytics_endpoint_id"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )

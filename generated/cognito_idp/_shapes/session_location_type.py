# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class SessionLocationType(Boto3Dicts):
    """The geographic location of the most recent activity on a session, derived from the IP
    address."""

    city: str | None = None
    """The city of the most recent activity on the session, derived from the IP address. This
    value can be null if geo-IP resolution fails. The maximum length is 256 characters."""

    country: str | None = None
    """The country of the most recent activity on the session, derived from the IP address and
    returned in English (for example, `United States`). This is a country name as returned by
    the geo-IP database, not an ISO country code, and can be `unknown` if geo-IP resolution
    fails."""


def parse_SessionLocationType(value: object, path: str) -> SessionLocationType:
    m = _s.expect_object(value, path)
    x = m.get("City")
    f_city = None if x is None else _s.parse_str(x, path + ".City")
    x = m.get("Country")
    f_country = None if x is None else _s.parse_str(x, path + ".Country")
    obj = _dc.new(SessionLocationType)
    obj.city = f_city
    obj.country = f_country
    return obj

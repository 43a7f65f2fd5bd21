# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class CIMDPolicyType:
    """The configuration of a Client ID Metadata Document (CIMD) policy."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""

    cimd_policy_id: str
    """The ID of the CIMD policy."""

    policy_name: str
    """The friendly name of the CIMD policy."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client that the CIMD policy is associated with. Amazon Cognito omits
    this value when the app client no longer exists."""

    cache_duration: int | None = None
    """The length of time, in seconds, that Amazon Cognito caches a client metadata document that
    it retrieved from a URL that matches the policy."""

    url_patterns: list[str] | None = None
    """The HTTPS URL patterns that a client ID metadata document URL must match."""

    creation_date: datetime.datetime | None = None
    """The date and time when the CIMD policy was created."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the CIMD policy was last modified."""

    def __init__(
        self,
        *,
        user_pool_id: str,
        cimd_policy_id: str,
        policy_name: str,
        client_id: str | None = None,
        cache_duration: int | None = None,
        url_patterns: list[str] | None = None,
        creation_date: datetime.datetime | None = None,
        last_modified_date: datetime.datetime | None = None,
    ) -> None:
        self.user_pool_id = user_pool_id
        self.cimd_policy_id = cimd_policy_id
        self.client_id = client_id
        self.policy_name = policy_name
        self.cache_duration = cache_duration
        self.url_patterns = url_patterns
        self.creation_date = creation_date
        self.last_modified_date = last_modified_date

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(user_pool_id={self.user_pool_id!r}, cimd_policy_id={self.cimd_policy_id!r}, policy_name={self.policy_name!r}, cache_duration={self.cache_duration!r}, url_patterns={self.url_patterns!r}, creation_date={self.creation_date!r}, last_modified_date={self.last_modified_date!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CIMDPolicyType) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user_pool_id,
            self.cimd_policy_id,
            self.policy_name,
            self.client_id,
            self.cache_duration,
            self.url_patterns,
            self.creation_date,
            self.last_modified_date,
        ) == (
            other.user_pool_id,
            other.cimd_policy_id,
            other.policy_name,
            other.client_id,
            other.cache_duration,
            other.url_patterns,
            other.creation_date,
            other.last_modified_date,
        )


def parse_CIMDPolicyType(value: object, path: str) -> CIMDPolicyType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    if x is None:
        raise _s.missing(path + ".UserPoolId")
    f_user_pool_id = _s.parse_str(x, path + ".UserPoolId")
    x = m.get("CIMDPolicyId")
    if x is None:
        raise _s.missing(path + ".CIMDPolicyId")
    f_cimd_policy_id = _s.parse_str(x, path + ".CIMDPolicyId")
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("PolicyName")
    if x is None:
        raise _s.missing(path + ".PolicyName")
    f_policy_name = _s.parse_str(x, path + ".PolicyName")
    x = m.get("CacheDuration")
    f_cache_duration = None if x is None else _s.parse_int(x, path + ".CacheDuration")
    x = m.get("URLPatterns")
    f_url_patterns = (
        None
        if x is None
        else _s.parse_list(x, path + ".URLPatterns", lambda x, p: _s.parse_str(x, p))
    )
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(CIMDPolicyType)
    obj.user_pool_id = f_user_pool_id
    obj.cimd_policy_id = f_cimd_policy_id
    obj.client_id = f_client_id
    obj.policy_name = f_policy_name
    obj.cache_duration = f_cache_duration
    obj.url_patterns = f_url_patterns
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj

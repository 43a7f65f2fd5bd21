# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class CIMDPolicyType(Boto3Dicts):
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
    obj.policy_name = f_policy_name
    obj.client_id = f_client_id
    obj.cache_duration = f_cache_duration
    obj.url_patterns = f_url_patterns
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj

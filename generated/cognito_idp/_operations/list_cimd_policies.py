# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListCIMDPolicies: its request and response, and how they travel."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec


@_dc.dataclass(kw_only=True)
class CIMDPolicySummaryType(Boto3Dicts):
    """A summary of a Client ID Metadata Document (CIMD) policy, returned by ."""

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

    creation_date: datetime.datetime | None = None
    """The date and time when the CIMD policy was created."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the CIMD policy was last modified."""


def parse_CIMDPolicySummaryType(value: object, path: str) -> CIMDPolicySummaryType:
    m = _s.expect_object(value, path)
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
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(CIMDPolicySummaryType)
    obj.cimd_policy_id = f_cimd_policy_id
    obj.policy_name = f_policy_name
    obj.client_id = f_client_id
    obj.cache_duration = f_cache_duration
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj


@_dc.dataclass(kw_only=True)
class ListCIMDPoliciesRequest(Boto3Dicts):
    """The ListCIMDPoliciesRequest structure."""

    user_pool_id: str
    """The ID of the user pool whose CIMD policies you want to list."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    max_results: int | None = None
    """The maximum number of CIMD policies that you want Amazon Cognito to return in the
    response."""


def serialize_ListCIMDPoliciesRequest(v: ListCIMDPoliciesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    out.append("}")
    return "".join(out)


def secrets_ListCIMDPoliciesRequest(v: ListCIMDPoliciesRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListCIMDPoliciesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListCIMDPoliciesRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.next_token is not None and not (type(v.next_token) is str and len(v.next_token) >= 1):
        _v.check_str(v.next_token, _v.join(path, "next_token"), problems, required=False, min_len=1)
    if v.max_results is not None and not (type(v.max_results) is int and 1 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=1,
            maximum=60,
        )


@_dc.dataclass(kw_only=True)
class ListCIMDPoliciesResponse(Boto3Dicts):
    """The ListCIMDPoliciesResponse structure."""

    cimd_policies: list[CIMDPolicySummaryType]
    """A summary of each CIMD policy in the user pool."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListCIMDPoliciesResponse(value: object, path: str) -> ListCIMDPoliciesResponse:
    m = _s.expect_object(value, path)
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    x = m.get("CIMDPolicies")
    if x is None:
        raise _s.missing(path + ".CIMDPolicies")
    f_cimd_policies = _s.parse_list(
        x, path + ".CIMDPolicies", lambda x, p: parse_CIMDPolicySummaryType(x, p)
    )
    obj = _dc.new(ListCIMDPoliciesResponse)
    obj.cimd_policies = f_cimd_policies
    obj.next_token = f_next_token
    return obj


Request = ListCIMDPoliciesRequest
"""The request dataclass of ListCIMDPolicies."""


OPERATION: OperationSpec[ListCIMDPoliciesRequest, ListCIMDPoliciesResponse] = OperationSpec(
    name="ListCIMDPolicies",
    validate=check_ListCIMDPoliciesRequest,
    serialize=serialize_ListCIMDPoliciesRequest,
    parse=parse_ListCIMDPoliciesResponse,
    signed=True,
    secrets=secrets_ListCIMDPoliciesRequest,
    fill_secret_hash=None,
)


def items_of(v: ListCIMDPoliciesResponse) -> Sequence[CIMDPolicySummaryType]:
    """The CIMDPolicies of one ListCIMDPolicies page: what ``paginate_list_cimd_policies(...).items()`` yields."""
    return v.cimd_policies


def next_token_of(v: ListCIMDPoliciesResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListCIMDPoliciesRequest, token: str | None) -> ListCIMDPoliciesRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListCIMDPoliciesResponse, items: Sequence[CIMDPolicySummaryType]
) -> ListCIMDPoliciesResponse:
    """The page with its CIMDPolicies replaced by ``items``."""
    return _dc.replace(v, cimd_policies=list(items))


PAGINATOR: PaginatorSpec[
    ListCIMDPoliciesRequest, ListCIMDPoliciesResponse, CIMDPolicySummaryType
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_cimd_policies`` walks the pages of ListCIMDPolicies."""

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListClientMetadataURLs: its request and response, and how they travel."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec


@_dc.dataclass(kw_only=True)
class ClientMetadataURLType(Boto3Dicts):
    """A client metadata document URL that Amazon Cognito has received for a Client ID Metadata
    Document (CIMD) policy, with its cache state."""

    url: str
    """The client metadata document URL."""

    cached_date: datetime.datetime | None = None
    """The date and time when Amazon Cognito cached the client metadata document from this URL."""

    expiration_date: datetime.datetime | None = None
    """The date and time when the cached client metadata document expires."""


def parse_ClientMetadataURLType(value: object, path: str) -> ClientMetadataURLType:
    m = _s.expect_object(value, path)
    x = m.get("URL")
    if x is None:
        raise _s.missing(path + ".URL")
    f_url = _s.parse_str(x, path + ".URL")
    x = m.get("CachedDate")
    f_cached_date = None if x is None else _s.parse_timestamp(x, path + ".CachedDate")
    x = m.get("ExpirationDate")
    f_expiration_date = None if x is None else _s.parse_timestamp(x, path + ".ExpirationDate")
    obj = _dc.new(ClientMetadataURLType)
    obj.url = f_url
    obj.cached_date = f_cached_date
    obj.expiration_date = f_expiration_date
    return obj


@_dc.dataclass(kw_only=True)
class ListClientMetadataURLsRequest(Boto3Dicts):
    """The ListClientMetadataURLsRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""

    cimd_policy_id: str
    """The ID of the CIMD policy whose client metadata document URLs you want to list."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    max_results: int | None = None
    """The maximum number of URLs that you want Amazon Cognito to return in the response."""


def serialize_ListClientMetadataURLsRequest(v: ListClientMetadataURLsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"CIMDPolicyId":', _s.json_str(v.cimd_policy_id))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    out.append("}")
    return "".join(out)


def secrets_ListClientMetadataURLsRequest(
    v: ListClientMetadataURLsRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListClientMetadataURLsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListClientMetadataURLsRequest, path, problems, required)
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
    if not (type(v.cimd_policy_id) is str and 1 <= len(v.cimd_policy_id) <= 64):
        _v.check_str(
            v.cimd_policy_id,
            _v.join(path, "cimd_policy_id"),
            problems,
            required=True,
            min_len=1,
            max_len=64,
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
class ListClientMetadataURLsResponse(Boto3Dicts):
    """The ListClientMetadataURLsResponse structure."""

    client_metadata_urls: list[ClientMetadataURLType]
    """The client metadata document URLs for the CIMD policy, with the cache state of each URL."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListClientMetadataURLsResponse(
    value: object, path: str
) -> ListClientMetadataURLsResponse:
    m = _s.expect_object(value, path)
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    x = m.get("ClientMetadataURLs")
    if x is None:
        raise _s.missing(path + ".ClientMetadataURLs")
    f_client_metadata_urls = _s.parse_list(
        x, path + ".ClientMetadataURLs", lambda x, p: parse_ClientMetadataURLType(x, p)
    )
    obj = _dc.new(ListClientMetadataURLsResponse)
    obj.client_metadata_urls = f_client_metadata_urls
    obj.next_token = f_next_token
    return obj


Request = ListClientMetadataURLsRequest
"""The request dataclass of ListClientMetadataURLs."""


OPERATION: OperationSpec[ListClientMetadataURLsRequest, ListClientMetadataURLsResponse] = (
    OperationSpec(
        name="ListClientMetadataURLs",
        validate=check_ListClientMetadataURLsRequest,
        serialize=serialize_ListClientMetadataURLsRequest,
        parse=parse_ListClientMetadataURLsResponse,
        signed=True,
        secrets=secrets_ListClientMetadataURLsRequest,
        fill_secret_hash=None,
    )
)


def items_of(v: ListClientMetadataURLsResponse) -> Sequence[ClientMetadataURLType]:
    """The ClientMetadataURLs of one ListClientMetadataURLs page: what ``paginate_list_client_metadata_urls(...).items()`` yields."""
    return v.client_metadata_urls


def next_token_of(v: ListClientMetadataURLsResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(
    v: ListClientMetadataURLsRequest, token: str | None
) -> ListClientMetadataURLsRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListClientMetadataURLsResponse, items: Sequence[ClientMetadataURLType]
) -> ListClientMetadataURLsResponse:
    """The page with its ClientMetadataURLs replaced by ``items``."""
    return _dc.replace(v, client_metadata_urls=list(items))


PAGINATOR: PaginatorSpec[
    ListClientMetadataURLsRequest, ListClientMetadataURLsResponse, ClientMetadataURLType
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_client_metadata_urls`` walks the pages of ListClientMetadataURLs."""

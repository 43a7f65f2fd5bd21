# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListResourceServers: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import resource_server_type as _shapes_resource_server_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.resource_server_type import ResourceServerType


@_dc.dataclass(kw_only=True)
class ListResourceServersRequest(Boto3Dicts):
    """The ListResourceServersRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list resource servers."""

    max_results: int | None = None
    """The maximum number of resource servers that you want Amazon Cognito to return in the
    response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListResourceServersRequest(v: ListResourceServersRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListResourceServersRequest(v: ListResourceServersRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListResourceServersRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListResourceServersRequest, path, problems, required)
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
    if v.max_results is not None and not (type(v.max_results) is int and 1 <= v.max_results <= 50):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=1,
            maximum=50,
        )
    if v.next_token is not None and not (type(v.next_token) is str and len(v.next_token) >= 1):
        _v.check_str(v.next_token, _v.join(path, "next_token"), problems, required=False, min_len=1)


@_dc.dataclass(kw_only=True)
class ListResourceServersResponse(Boto3Dicts):
    """The ListResourceServersResponse structure."""

    resource_servers: list[ResourceServerType]
    """An array of resource servers and the details of their configuration. For each, the
    response includes names, identifiers, and custom scopes."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListResourceServersResponse(value: object, path: str) -> ListResourceServersResponse:
    m = _s.expect_object(value, path)
    x = m.get("ResourceServers")
    if x is None:
        raise _s.missing(path + ".ResourceServers")
    f_resource_servers = _s.parse_list(
        x,
        path + ".ResourceServers",
        lambda x, p: _shapes_resource_server_type.parse_ResourceServerType(x, p),
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListResourceServersResponse)
    obj.resource_servers = f_resource_servers
    obj.next_token = f_next_token
    return obj


Request = ListResourceServersRequest
"""The request dataclass of ListResourceServers."""


OPERATION: OperationSpec[ListResourceServersRequest, ListResourceServersResponse] = OperationSpec(
    name="ListResourceServers",
    validate=check_ListResourceServersRequest,
    serialize=serialize_ListResourceServersRequest,
    parse=parse_ListResourceServersResponse,
    signed=True,
    secrets=secrets_ListResourceServersRequest,
    fill_secret_hash=None,
)


def items_of(v: ListResourceServersResponse) -> Sequence[ResourceServerType]:
    """The ResourceServers of one ListResourceServers page: what ``paginate_list_resource_servers(...).items()`` yields."""
    return v.resource_servers


def next_token_of(v: ListResourceServersResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListResourceServersRequest, token: str | None) -> ListResourceServersRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListResourceServersResponse, items: Sequence[ResourceServerType]
) -> ListResourceServersResponse:
    """The page with its ResourceServers replaced by ``items``."""
    return _dc.replace(v, resource_servers=list(items))


PAGINATOR: PaginatorSpec[
    ListResourceServersRequest, ListResourceServersResponse, ResourceServerType
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_resource_servers`` walks the pages of ListResourceServers."""

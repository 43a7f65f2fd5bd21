# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUserPoolClients: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.client_type_type import ClientTypeType, ClientTypeTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ListUserPoolClientsRequest(Boto3Dicts):
    """Represents the request to list the user pool clients."""

    user_pool_id: str
    """The ID of the user pool where you want to list user pool clients."""

    max_results: int | None = None
    """The maximum number of app clients that you want Amazon Cognito to return in the response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    client_type: ClientTypeType | ClientTypeTypeValue | Unmodelled | None = None
    """Returns only app clients of this type. For dynamic client registration (`DCR`) and other
    app clients, the following values are valid.

    REGULAR
        An app client not created through dynamic client registration.

    DCR
        An app client created through dynamic client registration.

    If you omit `ClientType`, the response includes app clients of all types. When you set
    this filter, a page of results can contain fewer app clients than `MaxResults`, or none,
    while the response still includes a `NextToken`. Continue to request pages until the
    response has no `NextToken`. The app clients in the response don't include their type. To
    get the type of an app client, call `DescribeUserPoolClient`."""


def serialize_ListUserPoolClientsRequest(v: ListUserPoolClientsRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    if v.client_type is not None:
        out += (',"ClientType":', _s.json_str(v.client_type))
    out.append("}")
    return "".join(out)


def secrets_ListUserPoolClientsRequest(v: ListUserPoolClientsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUserPoolClientsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUserPoolClientsRequest, path, problems, required)
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
    if v.max_results is not None and not (type(v.max_results) is int and 1 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=False,
            minimum=1,
            maximum=60,
        )
    if v.next_token is not None and not (
        type(v.next_token) is str and 1 <= len(v.next_token) <= 131072
    ):
        _v.check_str(
            v.next_token,
            _v.join(path, "next_token"),
            problems,
            required=False,
            min_len=1,
            max_len=131072,
        )
    if v.client_type is not None and type(v.client_type) is not str:
        _v.check_str(v.client_type, _v.join(path, "client_type"), problems, required=False)


@_dc.dataclass(kw_only=True)
class ListUserPoolClientsResponse(Boto3Dicts):
    """Represents the response from the server that lists user pool clients."""

    user_pool_clients: list[UserPoolClientDescription] | None = None
    """An array of app clients and their details. Includes app client ID and name."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUserPoolClientsResponse(value: object, path: str) -> ListUserPoolClientsResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolClients")
    f_user_pool_clients = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".UserPoolClients", lambda x, p: parse_UserPoolClientDescription(x, p)
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListUserPoolClientsResponse)
    obj.user_pool_clients = f_user_pool_clients
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class UserPoolClientDescription(Boto3Dicts):
    """A short description of a user pool app client."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The app client ID."""

    user_pool_id: str | None = None
    """The ID of the user pool that's associated with the app client."""

    client_name: str | None = None
    """The app client name."""


def parse_UserPoolClientDescription(value: object, path: str) -> UserPoolClientDescription:
    m = _s.expect_object(value, path)
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ClientName")
    f_client_name = None if x is None else _s.parse_str(x, path + ".ClientName")
    obj = _dc.new(UserPoolClientDescription)
    obj.client_id = f_client_id
    obj.user_pool_id = f_user_pool_id
    obj.client_name = f_client_name
    return obj


Request = ListUserPoolClientsRequest
"""The request dataclass of ListUserPoolClients."""


OPERATION: OperationSpec[ListUserPoolClientsRequest, ListUserPoolClientsResponse] = OperationSpec(
    name="ListUserPoolClients",
    validate=check_ListUserPoolClientsRequest,
    serialize=serialize_ListUserPoolClientsRequest,
    parse=parse_ListUserPoolClientsResponse,
    signed=True,
    secrets=secrets_ListUserPoolClientsRequest,
    fill_secret_hash=None,
)


def items_of(v: ListUserPoolClientsResponse) -> Sequence[UserPoolClientDescription]:
    """The UserPoolClients of one ListUserPoolClients page: what ``paginate_list_user_pool_clients(...).items()`` yields."""
    return v.user_pool_clients or ()


def next_token_of(v: ListUserPoolClientsResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListUserPoolClientsRequest, token: str | None) -> ListUserPoolClientsRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListUserPoolClientsResponse, items: Sequence[UserPoolClientDescription]
) -> ListUserPoolClientsResponse:
    """The page with its UserPoolClients replaced by ``items``."""
    return _dc.replace(v, user_pool_clients=list(items))


PAGINATOR: PaginatorSpec[
    ListUserPoolClientsRequest, ListUserPoolClientsResponse, UserPoolClientDescription
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_user_pool_clients`` walks the pages of ListUserPoolClients."""

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUsers: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import user_type as _shapes_user_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_type import UserType


@_dc.dataclass(kw_only=True)
class ListUsersRequest(Boto3Dicts):
    """Represents the request to list users."""

    user_pool_id: str
    """The ID of the user pool where you want to display or search for users."""

    attributes_to_get: Sequence[str] | None = None
    """A JSON array of user attribute names, for example `given_name`, that you want Amazon
    Cognito to include in the response for each user. When you don't provide an
    `AttributesToGet` parameter, Amazon Cognito returns all attributes for each user.

    Use `AttributesToGet` with required attributes in your user pool, or in conjunction with
    `Filter`. Amazon Cognito returns an error if not all users in the results have set a value
    for the attribute you request. Attributes that you can't filter on, including custom
    attributes, must have a value set in every user profile before an `AttributesToGet`
    parameter returns results."""

    limit: int | None = None
    """The maximum number of users that you want Amazon Cognito to return in the response. In
    some SDK contexts, this operation might return fewer items than you specify in the `Limit`
    parameter without having reached the end of the full list. If the response contains a
    `PaginationToken`, then there are more results."""

    pagination_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    filter: str | None = None
    """A filter string of the form `"AttributeName Filter-Type "AttributeValue"`. Quotation marks
    within the filter string must be escaped using the backslash (`\\`) character. For example,
    `"family_name = \\"Reddy\\""`.

    - AttributeName: The name of the attribute to search for. You can only search for one
      attribute at a time.
    - Filter-Type: For an exact match, use `=`, for example, "`given_name = \\"Jon\\"`". For a
      prefix ("starts with") match, use `^=`, for example, "`given_name ^= \\"Jon\\"`".
    - AttributeValue: The attribute value that must be matched for each user.

    If the filter string is empty, `ListUsers` returns all users in the user pool.

    You can only search for the following standard attributes:

    - `username` (case-sensitive)
    - `email`
    - `phone_number`
    - `name`
    - `given_name`
    - `family_name`
    - `preferred_username`
    - `cognito:user_status` (called Status in the Console) (case-insensitive)
    - `status (called Enabled in the Console) (case-sensitive)`
    - `sub`

    Custom attributes aren't searchable.

    Note: You can also list users with a client-side filter. The server-side filter matches no
    more than one attribute. For an advanced search, use a client-side filter with the
    `--query` parameter of the `list-users` action in the CLI. When you use a client-side
    filter, ListUsers returns a paginated list of zero or more users. You can receive multiple
    pages in a row with zero results. Repeat the query with each pagination token that is
    returned until you receive a null pagination token value, and then review the combined
    result.

    For more information about server-side and client-side filtering, see FilteringCLI output
    (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html) in the Command
    Line Interface User Guide
    (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).

    For more information, see Searching for Users Using the ListUsers API
    (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api)
    and Examples of Using the ListUsers API
    (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-listusers-api-examples)
    in the Amazon Cognito Developer Guide."""


def serialize_ListUsersRequest(v: ListUsersRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.attributes_to_get is not None:
        out += (',"AttributesToGet":', "[" + ",".join(map(_s.json_str, v.attributes_to_get)) + "]")
    if v.limit is not None:
        out += (',"Limit":', int.__repr__(v.limit))
    if v.pagination_token is not None:
        out += (',"PaginationToken":', _s.json_str(v.pagination_token))
    if v.filter is not None:
        out += (',"Filter":', _s.json_str(v.filter))
    out.append("}")
    return "".join(out)


def secrets_ListUsersRequest(v: ListUsersRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUsersRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, ListUsersRequest, path, problems, required)
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
    if v.attributes_to_get is not None:
        _v.check_list(
            v.attributes_to_get,
            _v.join(path, "attributes_to_get"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=32),
        )
    if v.limit is not None and not (type(v.limit) is int and 0 <= v.limit <= 60):
        _v.check_int(
            v.limit, _v.join(path, "limit"), problems, required=False, minimum=0, maximum=60
        )
    if v.pagination_token is not None and not (
        type(v.pagination_token) is str and len(v.pagination_token) >= 1
    ):
        _v.check_str(
            v.pagination_token,
            _v.join(path, "pagination_token"),
            problems,
            required=False,
            min_len=1,
        )
    if v.filter is not None and not (type(v.filter) is str and len(v.filter) <= 256):
        _v.check_str(v.filter, _v.join(path, "filter"), problems, required=False, max_len=256)


@_dc.dataclass(kw_only=True)
class ListUsersResponse(Boto3Dicts):
    """The response from the request to list users."""

    users: list[UserType] | None = None
    """An array of user pool users who match your query, and their attributes. Between different
    requests, you might observe variations in the sequence that users in this response object
    are sorted into. The sort order of users isn't guaranteed to follow a single pattern, but
    the paginated list from a single chain of requests won't return duplicates."""

    pagination_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUsersResponse(value: object, path: str) -> ListUsersResponse:
    m = _s.expect_object(value, path)
    x = m.get("Users")
    f_users = (
        None
        if x is None
        else _s.parse_list(x, path + ".Users", lambda x, p: _shapes_user_type.parse_UserType(x, p))
    )
    x = m.get("PaginationToken")
    f_pagination_token = None if x is None else _s.parse_str(x, path + ".PaginationToken")
    obj = _dc.new(ListUsersResponse)
    obj.users = f_users
    obj.pagination_token = f_pagination_token
    return obj


Request = ListUsersRequest
"""The request dataclass of ListUsers."""


OPERATION: OperationSpec[ListUsersRequest, ListUsersResponse] = OperationSpec(
    name="ListUsers",
    validate=check_ListUsersRequest,
    serialize=serialize_ListUsersRequest,
    parse=parse_ListUsersResponse,
    signed=True,
    secrets=secrets_ListUsersRequest,
    fill_secret_hash=None,
)


def items_of(v: ListUsersResponse) -> Sequence[UserType]:
    """The Users of one ListUsers page: what ``paginate_list_users(...).items()`` yields."""
    return v.users or ()


def next_token_of(v: ListUsersResponse) -> str | None:
    """The PaginationToken of one page: None on the last page."""
    return v.pagination_token or None


def with_token(v: ListUsersRequest, token: str | None) -> ListUsersRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, pagination_token=token)


def with_items(v: ListUsersResponse, items: Sequence[UserType]) -> ListUsersResponse:
    """The page with its Users replaced by ``items``."""
    return _dc.replace(v, users=list(items))


PAGINATOR: PaginatorSpec[ListUsersRequest, ListUsersResponse, UserType] = PaginatorSpec(
    operation=OPERATION,
    token_member="PaginationToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_list_users`` walks the pages of ListUsers."""

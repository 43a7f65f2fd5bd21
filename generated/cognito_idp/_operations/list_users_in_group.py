# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUsersInGroup: its request and response, and how they travel."""

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
class ListUsersInGroupRequest(Boto3Dicts):
    """The ListUsersInGroupRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to view the membership of the requested group."""

    group_name: str
    """The name of the group that you want to query for user membership."""

    limit: int | None = None
    """The maximum number of groups that you want Amazon Cognito to return in the response. In
    some SDK contexts, this operation might return fewer items than you specify in the `Limit`
    parameter without having reached the end of the full list. If the response contains a
    `PaginationToken`, then there are more results."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListUsersInGroupRequest(v: ListUsersInGroupRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"GroupName":', _s.json_str(v.group_name))
    if v.limit is not None:
        out += (',"Limit":', int.__repr__(v.limit))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListUsersInGroupRequest(v: ListUsersInGroupRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUsersInGroupRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUsersInGroupRequest, path, problems, required)
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
    if not (type(v.group_name) is str and 1 <= len(v.group_name) <= 128):
        _v.check_str(
            v.group_name,
            _v.join(path, "group_name"),
            problems,
            required=True,
            min_len=1,
            max_len=128,
        )
    if v.limit is not None and not (type(v.limit) is int and 0 <= v.limit <= 60):
        _v.check_int(
            v.limit, _v.join(path, "limit"), problems, required=False, minimum=0, maximum=60
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


@_dc.dataclass(kw_only=True)
class ListUsersInGroupResponse(Boto3Dicts):
    """The ListUsersInGroupResponse structure."""

    users: list[UserType] | None = None
    """An array of users who are members in the group, and their attributes."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUsersInGroupResponse(value: object, path: str) -> ListUsersInGroupResponse:
    m = _s.expect_object(value, path)
    x = m.get("Users")
    f_users = (
        None
        if x is None
        else _s.parse_list(x, path + ".Users", lambda x, p: _shapes_user_type.parse_UserType(x, p))
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListUsersInGroupResponse)
    obj.users = f_users
    obj.next_token = f_next_token
    return obj


Request = ListUsersInGroupRequest
"""The request dataclass of ListUsersInGroup."""


OPERATION: OperationSpec[ListUsersInGroupRequest, ListUsersInGroupResponse] = OperationSpec(
    name="ListUsersInGroup",
    validate=check_ListUsersInGroupRequest,
    serialize=serialize_ListUsersInGroupRequest,
    parse=parse_ListUsersInGroupResponse,
    signed=True,
    secrets=secrets_ListUsersInGroupRequest,
    fill_secret_hash=None,
)


def items_of(v: ListUsersInGroupResponse) -> Sequence[UserType]:
    """The Users of one ListUsersInGroup page: what ``paginate_list_users_in_group(...).items()`` yields."""
    return v.users or ()


def next_token_of(v: ListUsersInGroupResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListUsersInGroupRequest, token: str | None) -> ListUsersInGroupRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(v: ListUsersInGroupResponse, items: Sequence[UserType]) -> ListUsersInGroupResponse:
    """The page with its Users replaced by ``items``."""
    return _dc.replace(v, users=list(items))


PAGINATOR: PaginatorSpec[ListUsersInGroupRequest, ListUsersInGroupResponse, UserType] = (
    PaginatorSpec(
        operation=OPERATION,
        token_member="NextToken",
        with_token=with_token,
        next_token=next_token_of,
        items=items_of,
        with_items=with_items,
    )
)
"""How ``paginate_list_users_in_group`` walks the pages of ListUsersInGroup."""

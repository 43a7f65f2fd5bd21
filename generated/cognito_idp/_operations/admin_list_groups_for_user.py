# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminListGroupsForUser: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import group_type as _shapes_group_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.group_type import GroupType


@_dc.dataclass(kw_only=True)
class AdminListGroupsForUserRequest(Boto3Dicts):
    """The AdminListGroupsForUserRequest structure."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    user_pool_id: str
    """The ID of the user pool where you want to view a user's groups."""

    limit: int | None = None
    """The maximum number of groups that you want Amazon Cognito to return in the response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_AdminListGroupsForUserRequest(v: AdminListGroupsForUserRequest) -> str:
    out = ['{"Username":', _s.json_str(v.username)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    if v.limit is not None:
        out += (',"Limit":', int.__repr__(v.limit))
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_AdminListGroupsForUserRequest(
    v: AdminListGroupsForUserRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminListGroupsForUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminListGroupsForUserRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
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
class AdminListGroupsForUserResponse(Boto3Dicts):
    """The AdminListGroupsForUserResponse structure."""

    groups: list[GroupType] | None = None
    """An array of groups and information about them."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_AdminListGroupsForUserResponse(
    value: object, path: str
) -> AdminListGroupsForUserResponse:
    m = _s.expect_object(value, path)
    x = m.get("Groups")
    f_groups = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".Groups", lambda x, p: _shapes_group_type.parse_GroupType(x, p)
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(AdminListGroupsForUserResponse)
    obj.groups = f_groups
    obj.next_token = f_next_token
    return obj


Request = AdminListGroupsForUserRequest
"""The request dataclass of AdminListGroupsForUser."""


OPERATION: OperationSpec[AdminListGroupsForUserRequest, AdminListGroupsForUserResponse] = (
    OperationSpec(
        name="AdminListGroupsForUser",
        validate=check_AdminListGroupsForUserRequest,
        serialize=serialize_AdminListGroupsForUserRequest,
        parse=parse_AdminListGroupsForUserResponse,
        signed=True,
        secrets=secrets_AdminListGroupsForUserRequest,
        fill_secret_hash=None,
    )
)


def items_of(v: AdminListGroupsForUserResponse) -> Sequence[GroupType]:
    """The Groups of one AdminListGroupsForUser page: what ``paginate_admin_list_groups_for_user(...).items()`` yields."""
    return v.groups or ()


def next_token_of(v: AdminListGroupsForUserResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(
    v: AdminListGroupsForUserRequest, token: str | None
) -> AdminListGroupsForUserRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: AdminListGroupsForUserResponse, items: Sequence[GroupType]
) -> AdminListGroupsForUserResponse:
    """The page with its Groups replaced by ``items``."""
    return _dc.replace(v, groups=list(items))


PAGINATOR: PaginatorSpec[
    AdminListGroupsForUserRequest, AdminListGroupsForUserResponse, GroupType
] = PaginatorSpec(
    operation=OPERATION,
    token_member="NextToken",
    with_token=with_token,
    next_token=next_token_of,
    items=items_of,
    with_items=with_items,
)
"""How ``paginate_admin_list_groups_for_user`` walks the pages of AdminListGroupsForUser."""

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUserPools: its request and response, and how they travel."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from cognito_idp._shapes import lambda_config_type as _shapes_lambda_config_type
from cognito_idp._shapes import status_type as _shapes_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec, PaginatorSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.lambda_config_type import LambdaConfigType
    from cognito_idp._shapes.status_type import StatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ListUserPoolsRequest(Boto3Dicts):
    """Represents the request to list user pools."""

    max_results: int
    """The maximum number of user pools that you want Amazon Cognito to return in the response."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""


def serialize_ListUserPoolsRequest(v: ListUserPoolsRequest) -> str:
    out: list[str] = []
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out += (',"MaxResults":', int.__repr__(v.max_results))
    return "{" + "".join(out)[1:] + "}"


def secrets_ListUserPoolsRequest(v: ListUserPoolsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUserPoolsRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUserPoolsRequest, path, problems, required)
    if v is None:
        return
    if v.next_token is not None and not (type(v.next_token) is str and len(v.next_token) >= 1):
        _v.check_str(v.next_token, _v.join(path, "next_token"), problems, required=False, min_len=1)
    if not (type(v.max_results) is int and 1 <= v.max_results <= 60):
        _v.check_int(
            v.max_results,
            _v.join(path, "max_results"),
            problems,
            required=True,
            minimum=1,
            maximum=60,
        )


@_dc.dataclass(kw_only=True)
class ListUserPoolsResponse(Boto3Dicts):
    """Represents the response to list user pools."""

    user_pools: list[UserPoolDescriptionType] | None = None
    """An array of user pools and their configuration details."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListUserPoolsResponse(value: object, path: str) -> ListUserPoolsResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPools")
    f_user_pools = (
        None
        if x is None
        else _s.parse_list(x, path + ".UserPools", lambda x, p: parse_UserPoolDescriptionType(x, p))
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListUserPoolsResponse)
    obj.user_pools = f_user_pools
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class UserPoolDescriptionType(Boto3Dicts):
    """A short description of a user pool."""

    id: str | None = None
    """The user pool ID."""

    name: str | None = None
    """The user pool name."""

    lambda_config: LambdaConfigType | None = None
    """A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several
    possible stages of user pool operations. Triggers can modify the outcome of the operations
    that invoked them."""

    status: StatusType | Unmodelled | None = None
    """The user pool status."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    replica_regions: list[str] | None = None
    """A list of Amazon Web Services Regions where replicas of this user pool exist."""


def parse_UserPoolDescriptionType(value: object, path: str) -> UserPoolDescriptionType:
    m = _s.expect_object(value, path)
    x = m.get("Id")
    f_id = None if x is None else _s.parse_str(x, path + ".Id")
    x = m.get("Name")
    f_name = None if x is None else _s.parse_str(x, path + ".Name")
    x = m.get("LambdaConfig")
    f_lambda_config = (
        None
        if x is None
        else _shapes_lambda_config_type.parse_LambdaConfigType(x, path + ".LambdaConfig")
    )
    x = m.get("Status")
    f_status = (
        None if x is None else _s.parse_enum(_shapes_status_type.StatusType, x, path + ".Status")
    )
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("ReplicaRegions")
    f_replica_regions = (
        None
        if x is None
        else _s.parse_list(x, path + ".ReplicaRegions", lambda x, p: _s.parse_str(x, p))
    )
    obj = _dc.new(UserPoolDescriptionType)
    obj.id = f_id
    obj.name = f_name
    obj.lambda_config = f_lambda_config
    obj.status = f_status
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    obj.replica_regions = f_replica_regions
    return obj


Request = ListUserPoolsRequest
"""The request dataclass of ListUserPools."""


OPERATION: OperationSpec[ListUserPoolsRequest, ListUserPoolsResponse] = OperationSpec(
    name="ListUserPools",
    validate=check_ListUserPoolsRequest,
    serialize=serialize_ListUserPoolsRequest,
    parse=parse_ListUserPoolsResponse,
    signed=True,
    secrets=secrets_ListUserPoolsRequest,
    fill_secret_hash=None,
)


def items_of(v: ListUserPoolsResponse) -> Sequence[UserPoolDescriptionType]:
    """The UserPools of one ListUserPools page: what ``paginate_list_user_pools(...).items()`` yields."""
    return v.user_pools or ()


def next_token_of(v: ListUserPoolsResponse) -> str | None:
    """The NextToken of one page: None on the last page."""
    return v.next_token or None


def with_token(v: ListUserPoolsRequest, token: str | None) -> ListUserPoolsRequest:
    """The request for the page after ``token`` (the first page when None)."""
    return _dc.replace(v, next_token=token)


def with_items(
    v: ListUserPoolsResponse, items: Sequence[UserPoolDescriptionType]
) -> ListUserPoolsResponse:
    """The page with its UserPools replaced by ``items``."""
    return _dc.replace(v, user_pools=list(items))


PAGINATOR: PaginatorSpec[ListUserPoolsRequest, ListUserPoolsResponse, UserPoolDescriptionType] = (
    PaginatorSpec(
        operation=OPERATION,
        token_member="NextToken",
        with_token=with_token,
        next_token=next_token_of,
        items=items_of,
        with_items=with_items,
    )
)
"""How ``paginate_list_user_pools`` walks the pages of ListUserPools."""

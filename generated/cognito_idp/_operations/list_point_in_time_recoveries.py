# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListPointInTimeRecoveries: its request and response, and how they travel."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import restore_status_type as _shapes_restore_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.restore_status_type import RestoreStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ListPointInTimeRecoveriesRequest(Boto3Dicts):
    """The ListPointInTimeRecoveriesRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to list point-in-time recoveries."""

    next_token: str | None = None
    """This API operation returns a limited number of results. The pagination token is an
    identifier that you can present in an additional API request with the same parameters.
    When you include the pagination token, Amazon Cognito returns the next set of items after
    the current list. Subsequent requests return a new pagination token. By use of this token,
    you can paginate through the full list of items."""

    max_results: int | None = None
    """The maximum number of recoveries that you want Amazon Cognito to return in the response.
    Valid values are 1 through 60. The default value is 60."""


def serialize_ListPointInTimeRecoveriesRequest(v: ListPointInTimeRecoveriesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    if v.max_results is not None:
        out += (',"MaxResults":', int.__repr__(v.max_results))
    out.append("}")
    return "".join(out)


def secrets_ListPointInTimeRecoveriesRequest(
    v: ListPointInTimeRecoveriesRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListPointInTimeRecoveriesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListPointInTimeRecoveriesRequest, path, problems, required)
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
class ListPointInTimeRecoveriesResponse(Boto3Dicts):
    """The ListPointInTimeRecoveriesResponse structure."""

    restorations: list[RestorationDescriptionType] | None = None
    """A summary of each requested recovery, including its ID, status, and the point in time that
    it restores the user pool to."""

    next_token: str | None = None
    """The identifier that Amazon Cognito returned with the previous request to this operation.
    When you include a pagination token in your request, Amazon Cognito returns the next set
    of items in the list. By use of this token, you can paginate through the full list of
    items."""


def parse_ListPointInTimeRecoveriesResponse(
    value: object, path: str
) -> ListPointInTimeRecoveriesResponse:
    m = _s.expect_object(value, path)
    x = m.get("Restorations")
    f_restorations = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".Restorations", lambda x, p: parse_RestorationDescriptionType(x, p)
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListPointInTimeRecoveriesResponse)
    obj.restorations = f_restorations
    obj.next_token = f_next_token
    return obj


@_dc.dataclass(kw_only=True)
class RestorationDescriptionType(Boto3Dicts):
    """A summary of a point-in-time recovery of a user pool."""

    restore_id: str | None = None
    """The ID of the recovery."""

    restore_status: RestoreStatusType | Unmodelled | None = None
    """The status of the recovery. For a description of each status, see the `RestoreStatus`
    parameter of `RestorationType`."""

    restore_timestamp: datetime.datetime | None = None
    """The point in time that the recovery restores the user pool to."""


def parse_RestorationDescriptionType(value: object, path: str) -> RestorationDescriptionType:
    m = _s.expect_object(value, path)
    x = m.get("RestoreId")
    f_restore_id = None if x is None else _s.parse_str(x, path + ".RestoreId")
    x = m.get("RestoreStatus")
    f_restore_status = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_restore_status_type.RestoreStatusType, x, path + ".RestoreStatus"
        )
    )
    x = m.get("RestoreTimestamp")
    f_restore_timestamp = None if x is None else _s.parse_timestamp(x, path + ".RestoreTimestamp")
    obj = _dc.new(RestorationDescriptionType)
    obj.restore_id = f_restore_id
    obj.restore_status = f_restore_status
    obj.restore_timestamp = f_restore_timestamp
    return obj


Request = ListPointInTimeRecoveriesRequest
"""The request dataclass of ListPointInTimeRecoveries."""


OPERATION: OperationSpec[ListPointInTimeRecoveriesRequest, ListPointInTimeRecoveriesResponse] = (
    OperationSpec(
        name="ListPointInTimeRecoveries",
        validate=check_ListPointInTimeRecoveriesRequest,
        serialize=serialize_ListPointInTimeRecoveriesRequest,
        parse=parse_ListPointInTimeRecoveriesResponse,
        signed=True,
        secrets=secrets_ListPointInTimeRecoveriesRequest,
        fill_secret_hash=None,
    )
)

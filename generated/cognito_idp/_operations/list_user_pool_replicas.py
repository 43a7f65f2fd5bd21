# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListUserPoolReplicas: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import user_pool_replica_type as _shapes_user_pool_replica_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_pool_replica_type import UserPoolReplicaType


@_dc.dataclass(kw_only=True)
class ListUserPoolReplicasRequest(Boto3Dicts):
    """The ListUserPoolReplicasRequest structure."""

    user_pool_id: str
    """The ID of the user pool for which to list replicas."""

    next_token: str | None = None
    """A pagination token for retrieving the next page of results. If this parameter is omitted,
    the operation returns the first page of results."""


def serialize_ListUserPoolReplicasRequest(v: ListUserPoolReplicasRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.next_token is not None:
        out += (',"NextToken":', _s.json_str(v.next_token))
    out.append("}")
    return "".join(out)


def secrets_ListUserPoolReplicasRequest(v: ListUserPoolReplicasRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListUserPoolReplicasRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListUserPoolReplicasRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class ListUserPoolReplicasResponse(Boto3Dicts):
    """The ListUserPoolReplicasResponse structure."""

    user_pool_replicas: list[UserPoolReplicaType] | None = None
    """A list of user pool replicas, including information about their status, role, and Region."""

    next_token: str | None = None
    """A pagination token for retrieving the next page of results. If this value is null, there
    are no more results to retrieve."""


def parse_ListUserPoolReplicasResponse(value: object, path: str) -> ListUserPoolReplicasResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolReplicas")
    f_user_pool_replicas = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".UserPoolReplicas",
            lambda x, p: _shapes_user_pool_replica_type.parse_UserPoolReplicaType(x, p),
        )
    )
    x = m.get("NextToken")
    f_next_token = None if x is None else _s.parse_str(x, path + ".NextToken")
    obj = _dc.new(ListUserPoolReplicasResponse)
    obj.user_pool_replicas = f_user_pool_replicas
    obj.next_token = f_next_token
    return obj


Request = ListUserPoolReplicasRequest
"""The request dataclass of ListUserPoolReplicas."""


OPERATION: OperationSpec[ListUserPoolReplicasRequest, ListUserPoolReplicasResponse] = OperationSpec(
    name="ListUserPoolReplicas",
    validate=check_ListUserPoolReplicasRequest,
    serialize=serialize_ListUserPoolReplicasRequest,
    parse=parse_ListUserPoolReplicasResponse,
    signed=True,
    secrets=secrets_ListUserPoolReplicasRequest,
    fill_secret_hash=None,
)

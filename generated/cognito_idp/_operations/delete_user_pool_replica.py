# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUserPoolReplica: its request and response, and how they travel."""

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
class DeleteUserPoolReplicaRequest(Boto3Dicts):
    """The DeleteUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the replica to delete."""

    region_name: str
    """The Amazon Web Services Region of the replica to delete."""


def serialize_DeleteUserPoolReplicaRequest(v: DeleteUserPoolReplicaRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"RegionName":', _s.json_str(v.region_name))
    out.append("}")
    return "".join(out)


def secrets_DeleteUserPoolReplicaRequest(
    v: DeleteUserPoolReplicaRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteUserPoolReplicaRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteUserPoolReplicaRequest, path, problems, required)
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
    if not (type(v.region_name) is str and 5 <= len(v.region_name) <= 32):
        _v.check_str(
            v.region_name,
            _v.join(path, "region_name"),
            problems,
            required=True,
            min_len=5,
            max_len=32,
        )


@_dc.dataclass(kw_only=True)
class DeleteUserPoolReplicaResponse(Boto3Dicts):
    """The DeleteUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = None
    """Information about the deleted user pool replica."""


def parse_DeleteUserPoolReplicaResponse(value: object, path: str) -> DeleteUserPoolReplicaResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolReplica")
    f_user_pool_replica = (
        None
        if x is None
        else _shapes_user_pool_replica_type.parse_UserPoolReplicaType(x, path + ".UserPoolReplica")
    )
    obj = _dc.new(DeleteUserPoolReplicaResponse)
    obj.user_pool_replica = f_user_pool_replica
    return obj


Request = DeleteUserPoolReplicaRequest
"""The request dataclass of DeleteUserPoolReplica."""


OPERATION: OperationSpec[DeleteUserPoolReplicaRequest, DeleteUserPoolReplicaResponse] = (
    OperationSpec(
        name="DeleteUserPoolReplica",
        validate=check_DeleteUserPoolReplicaRequest,
        serialize=serialize_DeleteUserPoolReplicaRequest,
        parse=parse_DeleteUserPoolReplicaResponse,
        signed=True,
        secrets=secrets_DeleteUserPoolReplicaRequest,
        fill_secret_hash=None,
    )
)

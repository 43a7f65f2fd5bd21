# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateUserPoolReplica: its request and response, and how they travel."""

from __future__ import annotations

import enum

from cognito_idp._shapes import user_pool_replica_type as _shapes_user_pool_replica_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from cognito_idp._shapes.user_pool_replica_type import UserPoolReplicaType
    from typedaws_runtime.enums import Unmodelled


class UpdateReplicaStatusType(enum.StrEnum):
    """The values of UpdateReplicaStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


if TYPE_CHECKING:
    UpdateReplicaStatusTypeValue: TypeAlias = Literal["ACTIVE", "INACTIVE"]
    """The values of UpdateReplicaStatusType as literal strings, for type checkers: an input typed
    ``UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled`` takes
    ``UpdateReplicaStatusType.ACTIVE`` or ``'ACTIVE'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    UpdateReplicaStatusTypeValue = str


@_dc.dataclass(kw_only=True)
class UpdateUserPoolReplicaRequest(Boto3Dicts):
    """The UpdateUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the replica to update."""

    region_name: str
    """The Amazon Web Services Region of the replica to update."""

    status: UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled
    """The status to set for the replica. Valid values are ACTIVE and INACTIVE."""


def serialize_UpdateUserPoolReplicaRequest(v: UpdateUserPoolReplicaRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"RegionName":', _s.json_str(v.region_name))
    out += (',"Status":', _s.json_str(v.status))
    out.append("}")
    return "".join(out)


def secrets_UpdateUserPoolReplicaRequest(
    v: UpdateUserPoolReplicaRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UpdateUserPoolReplicaRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateUserPoolReplicaRequest, path, problems, required)
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
    if type(v.status) is not str:
        _v.check_str(v.status, _v.join(path, "status"), problems, required=True)


@_dc.dataclass(kw_only=True)
class UpdateUserPoolReplicaResponse(Boto3Dicts):
    """The UpdateUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = None
    """Information about the updated user pool replica."""


def parse_UpdateUserPoolReplicaResponse(value: object, path: str) -> UpdateUserPoolReplicaResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolReplica")
    f_user_pool_replica = (
        None
        if x is None
        else _shapes_user_pool_replica_type.parse_UserPoolReplicaType(x, path + ".UserPoolReplica")
    )
    obj = _dc.new(UpdateUserPoolReplicaResponse)
    obj.user_pool_replica = f_user_pool_replica
    return obj


Request = UpdateUserPoolReplicaRequest
"""The request dataclass of UpdateUserPoolReplica."""


OPERATION: OperationSpec[UpdateUserPoolReplicaRequest, UpdateUserPoolReplicaResponse] = (
    OperationSpec(
        name="UpdateUserPoolReplica",
        validate=check_UpdateUserPoolReplicaRequest,
        serialize=serialize_UpdateUserPoolReplicaRequest,
        parse=parse_UpdateUserPoolReplicaResponse,
        signed=True,
        secrets=secrets_UpdateUserPoolReplicaRequest,
        fill_secret_hash=None,
    )
)

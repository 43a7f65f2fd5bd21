# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""CreateUserPoolReplica: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

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
class CreateUserPoolReplicaRequest(Boto3Dicts):
    """The CreateUserPoolReplicaRequest structure."""

    user_pool_id: str
    """The ID of the user pool to replicate."""

    region_name: str
    """The Amazon Web Services Region where you want to create the replica user pool."""

    user_pool_tags: Mapping[str, str] | None = None
    """A map of tags to assign to the replica user pool. Each tag consists of a key and an
    optional value, both of which you define. You can maintain tags independently on replica
    user pools."""


def serialize_CreateUserPoolReplicaRequest(v: CreateUserPoolReplicaRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"RegionName":', _s.json_str(v.region_name))
    if v.user_pool_tags is not None:
        out += (
            ',"UserPoolTags":',
            "{"
            + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.user_pool_tags.items()])
            + "}",
        )
    out.append("}")
    return "".join(out)


def secrets_CreateUserPoolReplicaRequest(
    v: CreateUserPoolReplicaRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CreateUserPoolReplicaRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CreateUserPoolReplicaRequest, path, problems, required)
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
    if v.user_pool_tags is not None:
        _v.check_map(
            v.user_pool_tags,
            _v.join(path, "user_pool_tags"),
            problems,
            required=False,
            key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=128),
            item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=256),
        )


@_dc.dataclass(kw_only=True)
class CreateUserPoolReplicaResponse(Boto3Dicts):
    """The CreateUserPoolReplicaResponse structure."""

    user_pool_replica: UserPoolReplicaType | None = None
    """Information about the created user pool replica, including its status and role."""


def parse_CreateUserPoolReplicaResponse(value: object, path: str) -> CreateUserPoolReplicaResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolReplica")
    f_user_pool_replica = (
        None
        if x is None
        else _shapes_user_pool_replica_type.parse_UserPoolReplicaType(x, path + ".UserPoolReplica")
    )
    obj = _dc.new(CreateUserPoolReplicaResponse)
    obj.user_pool_replica = f_user_pool_replica
    return obj


Request = CreateUserPoolReplicaRequest
"""The request dataclass of CreateUserPoolReplica."""


OPERATION: OperationSpec[CreateUserPoolReplicaRequest, CreateUserPoolReplicaResponse] = (
    OperationSpec(
        name="CreateUserPoolReplica",
        validate=check_CreateUserPoolReplicaRequest,
        serialize=serialize_CreateUserPoolReplicaRequest,
        parse=parse_CreateUserPoolReplicaResponse,
        signed=True,
        secrets=secrets_CreateUserPoolReplicaRequest,
        fill_secret_hash=None,
    )
)

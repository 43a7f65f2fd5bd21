# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import replica_role_type as _shapes_replica_role_type
from cognito_idp._shapes import replica_status_type as _shapes_replica_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.replica_role_type import ReplicaRoleType
    from cognito_idp._shapes.replica_status_type import ReplicaStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserPoolReplicaType(Boto3Dicts):
    """Contains information about a replica user pool, including Region, status, role, and ARN."""

    region_name: str | None = None
    """The Amazon Web Services Region where the replica is located."""

    status: ReplicaStatusType | Unmodelled | None = None
    """The current status of the replica.

    CREATING
        The replica is being created.

    INACTIVE
        The replica has been created, but is not accepting requests for end-users.
        Administrator configuration operations are supported.

    ACTIVE
        The replica is available for both end-user and administrator operations.

    DELETING
        The replica is being deleted."""

    role: ReplicaRoleType | Unmodelled | None = None
    """The role of the user pool replica that determines which API operations are enabled.

    PRIMARY
        The primary replica supports all end user and administrator operations.

    SECONDARY
        The secondary replica supports a limited set of end user and administrator operations.
        Generally, only administrator operations that set configurations specific to the
        replica, and only end-user operations that do not create or change attributes of a
        user are supported."""

    user_pool_arn: str | None = None
    """The Amazon Resource Name (ARN) of the replica user pool."""


def parse_UserPoolReplicaType(value: object, path: str) -> UserPoolReplicaType:
    m = _s.expect_object(value, path)
    x = m.get("RegionName")
    f_region_name = None if x is None else _s.parse_str(x, path + ".RegionName")
    x = m.get("Status")
    f_status = (
        None
        if x is None
        else _s.parse_enum(_shapes_replica_status_type.ReplicaStatusType, x, path + ".Status")
    )
    x = m.get("Role")
    f_role = (
        None
        if x is None
        else _s.parse_enum(_shapes_replica_role_type.ReplicaRoleType, x, path + ".Role")
    )
    x = m.get("UserPoolArn")
    f_user_pool_arn = None if x is None else _s.parse_str(x, path + ".UserPoolArn")
    obj = _dc.new(UserPoolReplicaType)
    obj.region_name = f_region_name
    obj.status = f_status
    obj.role = f_role
    obj.user_pool_arn = f_user_pool_arn
    return obj

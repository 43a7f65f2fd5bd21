# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class RestorePreviewType(Boto3Dicts):
    """The number of entities of one type that a point-in-time recovery creates, updates, and
    deletes."""

    entity: str | None = None
    """The type of user pool entity that the recovery changes. Can be one of the following
    values.

    Users
        User profiles, including their attributes.

    Groups
        User pool groups.

    User MFAs
        The MFA settings of users.

    Passkeys
        The passkeys that users registered."""

    create_count: int | None = None
    """The number of entities of this type that the recovery creates. These entities existed at
    the recovery point and were deleted after it."""

    update_count: int | None = None
    """The number of entities of this type that the recovery reverts to their state at the
    recovery point. These entities were modified after the recovery point."""

    delete_count: int | None = None
    """The number of entities of this type that the recovery deletes. These entities were created
    after the recovery point."""


def parse_RestorePreviewType(value: object, path: str) -> RestorePreviewType:
    m = _s.expect_object(value, path)
    x = m.get("Entity")
    f_entity = None if x is None else _s.parse_str(x, path + ".Entity")
    x = m.get("CreateCount")
    f_create_count = None if x is None else _s.parse_int(x, path + ".CreateCount")
    x = m.get("UpdateCount")
    f_update_count = None if x is None else _s.parse_int(x, path + ".UpdateCount")
    x = m.get("DeleteCount")
    f_delete_count = None if x is None else _s.parse_int(x, path + ".DeleteCount")
    obj = _dc.new(RestorePreviewType)
    obj.entity = f_entity
    obj.create_count = f_create_count
    obj.update_count = f_update_count
    obj.delete_count = f_delete_count
    return obj

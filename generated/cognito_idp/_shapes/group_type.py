# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class GroupType(Boto3Dicts):
    """A user pool group. Contains details about the group and the way that it contributes to IAM
    role decisions with identity pools. Identity pools can make decisions about the IAM role
    to assign based on groups: users get credentials for the role associated with their
    highest-priority group."""

    group_name: str | None = None
    """The name of the group."""

    user_pool_id: str | None = None
    """The ID of the user pool that contains the group."""

    description: str | None = None
    """A friendly description of the group."""

    role_arn: str | None = None
    """The ARN of the IAM role associated with the group. If a group has the highest priority of
    a user's groups, users who authenticate with an identity pool get credentials for the
    `RoleArn` that's associated with the group."""

    precedence: int | None = None
    """A non-negative integer value that specifies the precedence of this group relative to the
    other groups that a user can belong to in the user pool. Zero is the highest precedence
    value. Groups with lower `Precedence` values take precedence over groups with higher
    ornull `Precedence` values. If a user belongs to two or more groups, it is the group with
    the lowest precedence value whose role ARN is given in the user's tokens for the
    `cognito:roles` and `cognito:preferred_role` claims.

    Two groups can have the same `Precedence` value. If this happens, neither group takes
    precedence over the other. If two groups with the same `Precedence` have the same role
    ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each
    group. If the two groups have different role ARNs, the `cognito:preferred_role` claim
    isn't set in users' tokens.

    The default `Precedence` value is `null`."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""


def parse_GroupType(value: object, path: str) -> GroupType:
    m = _s.expect_object(value, path)
    x = m.get("GroupName")
    f_group_name = None if x is None else _s.parse_str(x, path + ".GroupName")
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("Description")
    f_description = None if x is None else _s.parse_str(x, path + ".Description")
    x = m.get("RoleArn")
    f_role_arn = None if x is None else _s.parse_str(x, path + ".RoleArn")
    x = m.get("Precedence")
    f_precedence = None if x is None else _s.parse_int(x, path + ".Precedence")
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    obj = _dc.new(GroupType)
    obj.group_name = f_group_name
    obj.user_pool_id = f_user_pool_id
    obj.description = f_description
    obj.role_arn = f_role_arn
    obj.precedence = f_precedence
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    return obj

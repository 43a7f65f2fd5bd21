# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateGroup: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import group_type as _shapes_group_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.group_type import GroupType


@_dc.dataclass(kw_only=True)
class UpdateGroupRequest(Boto3Dicts):
    """The UpdateGroupRequest structure."""

    group_name: str
    """The name of the group that you want to update."""

    user_pool_id: str
    """The ID of the user pool that contains the group you want to update."""

    description: str | None = None
    """A new description of the existing group."""

    role_arn: str | None = None
    """The Amazon Resource Name (ARN) of an IAM role that you want to associate with the group.
    The role assignment contributes to the `cognito:roles` and `cognito:preferred_role` claims
    in group members' tokens."""

    precedence: int | None = None
    """A non-negative integer value that specifies the precedence of this group relative to the
    other groups that a user can belong to in the user pool. Zero is the highest precedence
    value. Groups with lower `Precedence` values take precedence over groups with higher or
    null `Precedence` values. If a user belongs to two or more groups, it is the group with
    the lowest precedence value whose role ARN is given in the user's tokens for the
    `cognito:roles` and `cognito:preferred_role` claims.

    Two groups can have the same `Precedence` value. If this happens, neither group takes
    precedence over the other. If two groups with the same `Precedence` have the same role
    ARN, that role is used in the `cognito:preferred_role` claim in tokens for users in each
    group. If the two groups have different role ARNs, the `cognito:preferred_role` claim
    isn't set in users' tokens.

    The default `Precedence` value is null. The maximum `Precedence` value is `2^31-1`."""


def serialize_UpdateGroupRequest(v: UpdateGroupRequest) -> str:
    out = ['{"GroupName":', _s.json_str(v.group_name)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    if v.description is not None:
        out += (',"Description":', _s.json_str(v.description))
    if v.role_arn is not None:
        out += (',"RoleArn":', _s.json_str(v.role_arn))
    if v.precedence is not None:
        out += (',"Precedence":', int.__repr__(v.precedence))
    out.append("}")
    return "".join(out)


def secrets_UpdateGroupRequest(v: UpdateGroupRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UpdateGroupRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, UpdateGroupRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.group_name) is str and 1 <= len(v.group_name) <= 128):
        _v.check_str(
            v.group_name,
            _v.join(path, "group_name"),
            problems,
            required=True,
            min_len=1,
            max_len=128,
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
    if v.description is not None and not (
        type(v.description) is str and len(v.description) <= 2048
    ):
        _v.check_str(
            v.description, _v.join(path, "description"), problems, required=False, max_len=2048
        )
    if v.role_arn is not None and not (type(v.role_arn) is str and 20 <= len(v.role_arn) <= 2048):
        _v.check_str(
            v.role_arn,
            _v.join(path, "role_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.precedence is not None and not (type(v.precedence) is int and v.precedence >= 0):
        _v.check_int(v.precedence, _v.join(path, "precedence"), problems, required=False, minimum=0)


@_dc.dataclass(kw_only=True)
class UpdateGroupResponse(Boto3Dicts):
    """The UpdateGroupResponse structure."""

    group: GroupType | None = None
    """Contains the updated details of the group, including precedence, IAM role, and
    description."""


def parse_UpdateGroupResponse(value: object, path: str) -> UpdateGroupResponse:
    m = _s.expect_object(value, path)
    x = m.get("Group")
    f_group = None if x is None else _shapes_group_type.parse_GroupType(x, path + ".Group")
    obj = _dc.new(UpdateGroupResponse)
    obj.group = f_group
    return obj


Request = UpdateGroupRequest
"""The request dataclass of UpdateGroup."""


OPERATION: OperationSpec[UpdateGroupRequest, UpdateGroupResponse] = OperationSpec(
    name="UpdateGroup",
    validate=check_UpdateGroupRequest,
    serialize=serialize_UpdateGroupRequest,
    parse=parse_UpdateGroupResponse,
    signed=True,
    secrets=secrets_UpdateGroupRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetGroup: its request and response, and how they travel."""

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
class GetGroupRequest(Boto3Dicts):
    """The GetGroupRequest structure."""

    group_name: str
    """The name of the group that you want to get information about."""

    user_pool_id: str
    """The ID of the user pool that contains the group that you want to query."""


def serialize_GetGroupRequest(v: GetGroupRequest) -> str:
    out = ['{"GroupName":', _s.json_str(v.group_name)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out.append("}")
    return "".join(out)


def secrets_GetGroupRequest(v: GetGroupRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_GetGroupRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, GetGroupRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class GetGroupResponse(Boto3Dicts):
    """The GetGroupResponse structure."""

    group: GroupType | None = None
    """A container for the requested group. Includes description, precedence, and IAM role
    values."""


def parse_GetGroupResponse(value: object, path: str) -> GetGroupResponse:
    m = _s.expect_object(value, path)
    x = m.get("Group")
    f_group = None if x is None else _shapes_group_type.parse_GroupType(x, path + ".Group")
    obj = _dc.new(GetGroupResponse)
    obj.group = f_group
    return obj


Request = GetGroupRequest
"""The request dataclass of GetGroup."""


OPERATION: OperationSpec[GetGroupRequest, GetGroupResponse] = OperationSpec(
    name="GetGroup",
    validate=check_GetGroupRequest,
    serialize=serialize_GetGroupRequest,
    parse=parse_GetGroupResponse,
    signed=True,
    secrets=secrets_GetGroupRequest,
    fill_secret_hash=None,
)

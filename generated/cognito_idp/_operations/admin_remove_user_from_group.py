# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminRemoveUserFromGroup: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class AdminRemoveUserFromGroupRequest(Boto3Dicts):
    """The AdminRemoveUserFromGroupRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the group and the user that you want to remove."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    group_name: str
    """The name of the group that you want to remove the user from, for example `MyTestGroup`."""


def serialize_AdminRemoveUserFromGroupRequest(v: AdminRemoveUserFromGroupRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (',"GroupName":', _s.json_str(v.group_name))
    out.append("}")
    return "".join(out)


def secrets_AdminRemoveUserFromGroupRequest(
    v: AdminRemoveUserFromGroupRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminRemoveUserFromGroupRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminRemoveUserFromGroupRequest, path, problems, required)
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
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.group_name) is str and 1 <= len(v.group_name) <= 128):
        _v.check_str(
            v.group_name,
            _v.join(path, "group_name"),
            problems,
            required=True,
            min_len=1,
            max_len=128,
        )


Request = AdminRemoveUserFromGroupRequest
"""The request dataclass of AdminRemoveUserFromGroup."""


OPERATION: OperationSpec[AdminRemoveUserFromGroupRequest, None] = OperationSpec(
    name="AdminRemoveUserFromGroup",
    validate=check_AdminRemoveUserFromGroupRequest,
    serialize=serialize_AdminRemoveUserFromGroupRequest,
    parse=_s.parse_nothing,
    signed=True,
    secrets=secrets_AdminRemoveUserFromGroupRequest,
    fill_secret_hash=None,
)

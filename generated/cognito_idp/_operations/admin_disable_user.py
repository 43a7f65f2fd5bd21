# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminDisableUser: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class AdminDisableUserRequest(Boto3Dicts):
    """Represents the request to disable the user as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to disable the user."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""


def serialize_AdminDisableUserRequest(v: AdminDisableUserRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out.append("}")
    return "".join(out)


def secrets_AdminDisableUserRequest(v: AdminDisableUserRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminDisableUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminDisableUserRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class AdminDisableUserResponse(Boto3Dicts):
    """Represents the response received from the server to disable the user as an administrator."""


def parse_AdminDisableUserResponse(value: object, path: str) -> AdminDisableUserResponse:
    _s.expect_object(value, path)
    return AdminDisableUserResponse()


Request = AdminDisableUserRequest
"""The request dataclass of AdminDisableUser."""


OPERATION: OperationSpec[AdminDisableUserRequest, AdminDisableUserResponse] = OperationSpec(
    name="AdminDisableUser",
    validate=check_AdminDisableUserRequest,
    serialize=serialize_AdminDisableUserRequest,
    parse=parse_AdminDisableUserResponse,
    signed=True,
    secrets=secrets_AdminDisableUserRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminSetUserPassword: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class AdminSetUserPasswordRequest(Boto3Dicts):
    """The AdminSetUserPasswordRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to set the user's password."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    password: str = _dc.field(repr=False)
    """The new temporary or permanent password that you want to set for the user. You can't
    remove the password for a user who already has a password so that they can only sign in
    with passwordless methods. In this scenario, you must create a new user without a
    password."""

    permanent: bool | None = None
    """Set to `true` to set a password that the user can immediately sign in with. Set to `false`
    to set a temporary password that the user must change on their next sign-in."""


def serialize_AdminSetUserPasswordRequest(v: AdminSetUserPasswordRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (',"Password":', _s.json_str(v.password))
    if v.permanent is not None:
        out += (',"Permanent":', ("true" if v.permanent else "false"))
    out.append("}")
    return "".join(out)


def secrets_AdminSetUserPasswordRequest(v: AdminSetUserPasswordRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)
    out.append(v.password)


def check_AdminSetUserPasswordRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminSetUserPasswordRequest, path, problems, required)
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
    if not (type(v.password) is str and len(v.password) <= 256):
        _v.check_str(v.password, _v.join(path, "password"), problems, required=True, max_len=256)
    if v.permanent is not None and type(v.permanent) is not bool:
        _v.check_bool(v.permanent, _v.join(path, "permanent"), problems, required=False)


@_dc.dataclass(kw_only=True)
class AdminSetUserPasswordResponse(Boto3Dicts):
    """The AdminSetUserPasswordResponse structure."""


def parse_AdminSetUserPasswordResponse(value: object, path: str) -> AdminSetUserPasswordResponse:
    _s.expect_object(value, path)
    return AdminSetUserPasswordResponse()


Request = AdminSetUserPasswordRequest
"""The request dataclass of AdminSetUserPassword."""


OPERATION: OperationSpec[AdminSetUserPasswordRequest, AdminSetUserPasswordResponse] = OperationSpec(
    name="AdminSetUserPassword",
    validate=check_AdminSetUserPasswordRequest,
    serialize=serialize_AdminSetUserPasswordRequest,
    parse=parse_AdminSetUserPasswordResponse,
    signed=True,
    secrets=secrets_AdminSetUserPasswordRequest,
    fill_secret_hash=None,
)

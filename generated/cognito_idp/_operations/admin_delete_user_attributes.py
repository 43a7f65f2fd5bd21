# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminDeleteUserAttributes: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class AdminDeleteUserAttributesRequest(Boto3Dicts):
    """Represents the request to delete user attributes as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to delete user attributes."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    user_attribute_names: Sequence[str]
    """An array of strings representing the user attribute names you want to delete.

    For custom attributes, you must prepend the `custom:` prefix to the attribute name."""


def serialize_AdminDeleteUserAttributesRequest(v: AdminDeleteUserAttributesRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (
        ',"UserAttributeNames":',
        "[" + ",".join(map(_s.json_str, v.user_attribute_names)) + "]",
    )
    out.append("}")
    return "".join(out)


def secrets_AdminDeleteUserAttributesRequest(
    v: AdminDeleteUserAttributesRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminDeleteUserAttributesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminDeleteUserAttributesRequest, path, problems, required)
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
    _v.check_list(
        v.user_attribute_names,
        _v.join(path, "user_attribute_names"),
        problems,
        required=True,
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=32),
    )


@_dc.dataclass(kw_only=True)
class AdminDeleteUserAttributesResponse(Boto3Dicts):
    """Represents the response received from the server for a request to delete user attributes."""


def parse_AdminDeleteUserAttributesResponse(
    value: object, path: str
) -> AdminDeleteUserAttributesResponse:
    _s.expect_object(value, path)
    return AdminDeleteUserAttributesResponse()


Request = AdminDeleteUserAttributesRequest
"""The request dataclass of AdminDeleteUserAttributes."""


OPERATION: OperationSpec[AdminDeleteUserAttributesRequest, AdminDeleteUserAttributesResponse] = (
    OperationSpec(
        name="AdminDeleteUserAttributes",
        validate=check_AdminDeleteUserAttributesRequest,
        serialize=serialize_AdminDeleteUserAttributesRequest,
        parse=parse_AdminDeleteUserAttributesResponse,
        signed=True,
        secrets=secrets_AdminDeleteUserAttributesRequest,
        fill_secret_hash=None,
    )
)

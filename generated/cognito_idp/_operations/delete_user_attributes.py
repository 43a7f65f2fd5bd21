# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUserAttributes: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteUserAttributesRequest(Boto3Dicts):
    """Represents the request to delete user attributes."""

    user_attribute_names: Sequence[str]
    """An array of strings representing the user attribute names you want to delete.

    For custom attributes, you must prepend the `custom:` prefix to the attribute name, for
    example `custom:department`."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_DeleteUserAttributesRequest(v: DeleteUserAttributesRequest) -> str:
    out = ['{"UserAttributeNames":', "[" + ",".join(map(_s.json_str, v.user_attribute_names)) + "]"]
    out += (',"AccessToken":', _s.json_str(v.access_token))
    out.append("}")
    return "".join(out)


def secrets_DeleteUserAttributesRequest(v: DeleteUserAttributesRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_DeleteUserAttributesRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteUserAttributesRequest, path, problems, required)
    if v is None:
        return
    _v.check_list(
        v.user_attribute_names,
        _v.join(path, "user_attribute_names"),
        problems,
        required=True,
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=32),
    )
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


@_dc.dataclass(kw_only=True)
class DeleteUserAttributesResponse(Boto3Dicts):
    """Represents the response from the server to delete user attributes."""


def parse_DeleteUserAttributesResponse(value: object, path: str) -> DeleteUserAttributesResponse:
    _s.expect_object(value, path)
    return DeleteUserAttributesResponse()


Request = DeleteUserAttributesRequest
"""The request dataclass of DeleteUserAttributes."""


OPERATION: OperationSpec[DeleteUserAttributesRequest, DeleteUserAttributesResponse] = OperationSpec(
    name="DeleteUserAttributes",
    validate=check_DeleteUserAttributesRequest,
    serialize=serialize_DeleteUserAttributesRequest,
    parse=parse_DeleteUserAttributesResponse,
    signed=False,
    secrets=secrets_DeleteUserAttributesRequest,
    fill_secret_hash=None,
)

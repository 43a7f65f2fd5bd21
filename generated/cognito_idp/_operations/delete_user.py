# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUser: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteUserRequest(Boto3Dicts):
    """Represents the request to delete a user."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_DeleteUserRequest(v: DeleteUserRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out.append("}")
    return "".join(out)


def secrets_DeleteUserRequest(v: DeleteUserRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_DeleteUserRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, DeleteUserRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)


Request = DeleteUserRequest
"""The request dataclass of DeleteUser."""


OPERATION: OperationSpec[DeleteUserRequest, None] = OperationSpec(
    name="DeleteUser",
    validate=check_DeleteUserRequest,
    serialize=serialize_DeleteUserRequest,
    parse=_s.parse_nothing,
    signed=False,
    secrets=secrets_DeleteUserRequest,
    fill_secret_hash=None,
)

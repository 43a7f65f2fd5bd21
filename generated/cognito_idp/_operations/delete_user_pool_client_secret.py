# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUserPoolClientSecret: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteUserPoolClientSecretRequest(Boto3Dicts):
    """The request to delete a specific client secret from a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client from which you want to delete the secret."""

    client_secret_id: str
    """The unique identifier of the client secret you want to delete."""


def serialize_DeleteUserPoolClientSecretRequest(v: DeleteUserPoolClientSecretRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out += (',"ClientSecretId":', _s.json_str(v.client_secret_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteUserPoolClientSecretRequest(
    v: DeleteUserPoolClientSecretRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DeleteUserPoolClientSecretRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteUserPoolClientSecretRequest, path, problems, required)
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
    if not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id, _v.join(path, "client_id"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.client_secret_id) is str and 1 <= len(v.client_secret_id) <= 128):
        _v.check_str(
            v.client_secret_id,
            _v.join(path, "client_secret_id"),
            problems,
            required=True,
            min_len=1,
            max_len=128,
        )


@_dc.dataclass(kw_only=True)
class DeleteUserPoolClientSecretResponse(Boto3Dicts):
    """The response from deleting a client secret."""


def parse_DeleteUserPoolClientSecretResponse(
    value: object, path: str
) -> DeleteUserPoolClientSecretResponse:
    _s.expect_object(value, path)
    return DeleteUserPoolClientSecretResponse()


Request = DeleteUserPoolClientSecretRequest
"""The request dataclass of DeleteUserPoolClientSecret."""


OPERATION: OperationSpec[DeleteUserPoolClientSecretRequest, DeleteUserPoolClientSecretResponse] = (
    OperationSpec(
        name="DeleteUserPoolClientSecret",
        validate=check_DeleteUserPoolClientSecretRequest,
        serialize=serialize_DeleteUserPoolClientSecretRequest,
        parse=parse_DeleteUserPoolClientSecretResponse,
        signed=True,
        secrets=secrets_DeleteUserPoolClientSecretRequest,
        fill_secret_hash=None,
    )
)

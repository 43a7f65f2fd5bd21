# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUserPoolClient: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteUserPoolClientRequest(Boto3Dicts):
    """Represents the request to delete a user pool client."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the user pool app client that you want to delete."""


def serialize_DeleteUserPoolClientRequest(v: DeleteUserPoolClientRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteUserPoolClientRequest(v: DeleteUserPoolClientRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DeleteUserPoolClientRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteUserPoolClientRequest, path, problems, required)
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


Request = DeleteUserPoolClientRequest
"""The request dataclass of DeleteUserPoolClient."""


OPERATION: OperationSpec[DeleteUserPoolClientRequest, None] = OperationSpec(
    name="DeleteUserPoolClient",
    validate=check_DeleteUserPoolClientRequest,
    serialize=serialize_DeleteUserPoolClientRequest,
    parse=_s.parse_nothing,
    signed=True,
    secrets=secrets_DeleteUserPoolClientRequest,
    fill_secret_hash=None,
)

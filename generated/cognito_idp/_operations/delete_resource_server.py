# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteResourceServer: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteResourceServerRequest(Boto3Dicts):
    """The DeleteResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the resource server."""

    identifier: str
    """The identifier of the resource server that you want to delete."""


def serialize_DeleteResourceServerRequest(v: DeleteResourceServerRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Identifier":', _s.json_str(v.identifier))
    out.append("}")
    return "".join(out)


def secrets_DeleteResourceServerRequest(v: DeleteResourceServerRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteResourceServerRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteResourceServerRequest, path, problems, required)
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
    if not (type(v.identifier) is str and 1 <= len(v.identifier) <= 256):
        _v.check_str(
            v.identifier,
            _v.join(path, "identifier"),
            problems,
            required=True,
            min_len=1,
            max_len=256,
        )


Request = DeleteResourceServerRequest
"""The request dataclass of DeleteResourceServer."""


OPERATION: OperationSpec[DeleteResourceServerRequest, None] = OperationSpec(
    name="DeleteResourceServer",
    validate=check_DeleteResourceServerRequest,
    serialize=serialize_DeleteResourceServerRequest,
    parse=_s.parse_nothing,
    signed=True,
    secrets=secrets_DeleteResourceServerRequest,
    fill_secret_hash=None,
)

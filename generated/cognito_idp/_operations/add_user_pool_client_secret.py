# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AddUserPoolClientSecret: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    client_secret_descriptor_type as _shapes_client_secret_descriptor_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.client_secret_descriptor_type import ClientSecretDescriptorType


@_dc.dataclass(kw_only=True)
class AddUserPoolClientSecretRequest(Boto3Dicts):
    """The request to create a new client secret for a user pool app client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client for which you want to create a new secret."""

    client_secret: str | None = _dc.field(default=None, repr=False)
    """The client secret value you want to use. If you don't provide this parameter, Amazon
    Cognito generates a secure secret for you."""


def serialize_AddUserPoolClientSecretRequest(v: AddUserPoolClientSecretRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    if v.client_secret is not None:
        out += (',"ClientSecret":', _s.json_str(v.client_secret))
    out.append("}")
    return "".join(out)


def secrets_AddUserPoolClientSecretRequest(
    v: AddUserPoolClientSecretRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    out.append(v.client_secret)


def check_AddUserPoolClientSecretRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AddUserPoolClientSecretRequest, path, problems, required)
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
    if v.client_secret is not None and not (
        type(v.client_secret) is str and 24 <= len(v.client_secret) <= 64
    ):
        _v.check_str(
            v.client_secret,
            _v.join(path, "client_secret"),
            problems,
            required=False,
            min_len=24,
            max_len=64,
        )


@_dc.dataclass(kw_only=True)
class AddUserPoolClientSecretResponse(Boto3Dicts):
    """The response from creating a new client secret."""

    client_secret_descriptor: ClientSecretDescriptorType | None = None
    """The details of the newly created client secret, including its unique identifier and
    creation timestamp. The ClientSecretValue is only returned when Amazon Cognito generates
    the secret. For custom secrets that you provide, the ClientSecretValue is not included in
    the response."""


def parse_AddUserPoolClientSecretResponse(
    value: object, path: str
) -> AddUserPoolClientSecretResponse:
    m = _s.expect_object(value, path)
    x = m.get("ClientSecretDescriptor")
    f_client_secret_descriptor = (
        None
        if x is None
        else _shapes_client_secret_descriptor_type.parse_ClientSecretDescriptorType(
            x, path + ".ClientSecretDescriptor"
        )
    )
    obj = _dc.new(AddUserPoolClientSecretResponse)
    obj.client_secret_descriptor = f_client_secret_descriptor
    return obj


Request = AddUserPoolClientSecretRequest
"""The request dataclass of AddUserPoolClientSecret."""


OPERATION: OperationSpec[AddUserPoolClientSecretRequest, AddUserPoolClientSecretResponse] = (
    OperationSpec(
        name="AddUserPoolClientSecret",
        validate=check_AddUserPoolClientSecretRequest,
        serialize=serialize_AddUserPoolClientSecretRequest,
        parse=parse_AddUserPoolClientSecretResponse,
        signed=True,
        secrets=secrets_AddUserPoolClientSecretRequest,
        fill_secret_hash=None,
    )
)

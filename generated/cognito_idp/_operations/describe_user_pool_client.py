# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeUserPoolClient: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import user_pool_client_type as _shapes_user_pool_client_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_pool_client_type import UserPoolClientType


@_dc.dataclass(kw_only=True)
class DescribeUserPoolClientRequest(Boto3Dicts):
    """Represents the request to describe a user pool client."""

    user_pool_id: str
    """The ID of the user pool that contains the app client you want to describe."""

    client_id: str = _dc.field(repr=False)
    """The ID of the app client that you want to describe."""


def serialize_DescribeUserPoolClientRequest(v: DescribeUserPoolClientRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ClientId":', _s.json_str(v.client_id))
    out.append("}")
    return "".join(out)


def secrets_DescribeUserPoolClientRequest(
    v: DescribeUserPoolClientRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DescribeUserPoolClientRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeUserPoolClientRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class DescribeUserPoolClientResponse(Boto3Dicts):
    """Represents the response from the server from a request to describe the user pool client."""

    user_pool_client: UserPoolClientType | None = None
    """The details of the request app client."""


def parse_DescribeUserPoolClientResponse(
    value: object, path: str
) -> DescribeUserPoolClientResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolClient")
    f_user_pool_client = (
        None
        if x is None
        else _shapes_user_pool_client_type.parse_UserPoolClientType(x, path + ".UserPoolClient")
    )
    obj = _dc.new(DescribeUserPoolClientResponse)
    obj.user_pool_client = f_user_pool_client
    return obj


Request = DescribeUserPoolClientRequest
"""The request dataclass of DescribeUserPoolClient."""


OPERATION: OperationSpec[DescribeUserPoolClientRequest, DescribeUserPoolClientResponse] = (
    OperationSpec(
        name="DescribeUserPoolClient",
        validate=check_DescribeUserPoolClientRequest,
        serialize=serialize_DescribeUserPoolClientRequest,
        parse=parse_DescribeUserPoolClientResponse,
        signed=True,
        secrets=secrets_DescribeUserPoolClientRequest,
        fill_secret_hash=None,
    )
)

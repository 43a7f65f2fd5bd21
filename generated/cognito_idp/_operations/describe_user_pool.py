# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeUserPool: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import user_pool_type as _shapes_user_pool_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.user_pool_type import UserPoolType


@_dc.dataclass(kw_only=True)
class DescribeUserPoolRequest(Boto3Dicts):
    """Represents the request to describe the user pool."""

    user_pool_id: str
    """The ID of the user pool you want to describe."""


def serialize_DescribeUserPoolRequest(v: DescribeUserPoolRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out.append("}")
    return "".join(out)


def secrets_DescribeUserPoolRequest(v: DescribeUserPoolRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeUserPoolRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeUserPoolRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class DescribeUserPoolResponse(Boto3Dicts):
    """Represents the response to describe the user pool."""

    user_pool: UserPoolType | None = None
    """The details of the requested user pool."""


def parse_DescribeUserPoolResponse(value: object, path: str) -> DescribeUserPoolResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserPool")
    f_user_pool = (
        None if x is None else _shapes_user_pool_type.parse_UserPoolType(x, path + ".UserPool")
    )
    obj = _dc.new(DescribeUserPoolResponse)
    obj.user_pool = f_user_pool
    return obj


Request = DescribeUserPoolRequest
"""The request dataclass of DescribeUserPool."""


OPERATION: OperationSpec[DescribeUserPoolRequest, DescribeUserPoolResponse] = OperationSpec(
    name="DescribeUserPool",
    validate=check_DescribeUserPoolRequest,
    serialize=serialize_DescribeUserPoolRequest,
    parse=parse_DescribeUserPoolResponse,
    signed=True,
    secrets=secrets_DescribeUserPoolRequest,
    fill_secret_hash=None,
)

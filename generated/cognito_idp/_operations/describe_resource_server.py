# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeResourceServer: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import resource_server_type as _shapes_resource_server_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.resource_server_type import ResourceServerType


@_dc.dataclass(kw_only=True)
class DescribeResourceServerRequest(Boto3Dicts):
    """The DescribeResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool that hosts the resource server."""

    identifier: str
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""


def serialize_DescribeResourceServerRequest(v: DescribeResourceServerRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Identifier":', _s.json_str(v.identifier))
    out.append("}")
    return "".join(out)


def secrets_DescribeResourceServerRequest(
    v: DescribeResourceServerRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeResourceServerRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeResourceServerRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class DescribeResourceServerResponse(Boto3Dicts):
    """The DescribeResourceServerResponse structure."""

    resource_server: ResourceServerType
    """The details of the requested resource server."""


def parse_DescribeResourceServerResponse(
    value: object, path: str
) -> DescribeResourceServerResponse:
    m = _s.expect_object(value, path)
    x = m.get("ResourceServer")
    if x is None:
        raise _s.missing(path + ".ResourceServer")
    f_resource_server = _shapes_resource_server_type.parse_ResourceServerType(
        x, path + ".ResourceServer"
    )
    obj = _dc.new(DescribeResourceServerResponse)
    obj.resource_server = f_resource_server
    return obj


Request = DescribeResourceServerRequest
"""The request dataclass of DescribeResourceServer."""


OPERATION: OperationSpec[DescribeResourceServerRequest, DescribeResourceServerResponse] = (
    OperationSpec(
        name="DescribeResourceServer",
        validate=check_DescribeResourceServerRequest,
        serialize=serialize_DescribeResourceServerRequest,
        parse=parse_DescribeResourceServerResponse,
        signed=True,
        secrets=secrets_DescribeResourceServerRequest,
        fill_secret_hash=None,
    )
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateResourceServer: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import resource_server_scope_type as _shapes_resource_server_scope_type
from cognito_idp._shapes import resource_server_type as _shapes_resource_server_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.resource_server_scope_type import ResourceServerScopeType
    from cognito_idp._shapes.resource_server_type import ResourceServerType


@_dc.dataclass(kw_only=True)
class UpdateResourceServerRequest(Boto3Dicts):
    """The UpdateResourceServerRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the resource server that you want to update."""

    identifier: str
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""

    name: str
    """The updated name of the resource server."""

    scopes: Sequence[ResourceServerScopeType] | None = None
    """An array of updated custom scope names and descriptions that you want to associate with
    your resource server."""


def serialize_UpdateResourceServerRequest(v: UpdateResourceServerRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Identifier":', _s.json_str(v.identifier))
    out += (',"Name":', _s.json_str(v.name))
    if v.scopes is not None:
        out += (
            ',"Scopes":',
            "["
            + ",".join(
                [
                    _shapes_resource_server_scope_type.serialize_ResourceServerScopeType(x)
                    for x in v.scopes
                ]
            )
            + "]",
        )
    out.append("}")
    return "".join(out)


def secrets_UpdateResourceServerRequest(v: UpdateResourceServerRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.scopes is not None:
        for scopes_item in v.scopes:
            _shapes_resource_server_scope_type.secrets_ResourceServerScopeType(scopes_item, out)


def check_UpdateResourceServerRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateResourceServerRequest, path, problems, required)
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
    if not (type(v.name) is str and 1 <= len(v.name) <= 256):
        _v.check_str(v.name, _v.join(path, "name"), problems, required=True, min_len=1, max_len=256)
    if v.scopes is not None:
        _v.check_list(
            v.scopes,
            _v.join(path, "scopes"),
            problems,
            required=False,
            max_len=100,
            item=lambda x, p: _shapes_resource_server_scope_type.check_ResourceServerScopeType(
                x, p, problems, required=True
            ),
        )


@_dc.dataclass(kw_only=True)
class UpdateResourceServerResponse(Boto3Dicts):
    """The UpdateResourceServerResponse structure."""

    resource_server: ResourceServerType
    """The updated details of the requested resource server."""


def parse_UpdateResourceServerResponse(value: object, path: str) -> UpdateResourceServerResponse:
    m = _s.expect_object(value, path)
    x = m.get("ResourceServer")
    if x is None:
        raise _s.missing(path + ".ResourceServer")
    f_resource_server = _shapes_resource_server_type.parse_ResourceServerType(
        x, path + ".ResourceServer"
    )
    obj = _dc.new(UpdateResourceServerResponse)
    obj.resource_server = f_resource_server
    return obj


Request = UpdateResourceServerRequest
"""The request dataclass of UpdateResourceServer."""


OPERATION: OperationSpec[UpdateResourceServerRequest, UpdateResourceServerResponse] = OperationSpec(
    name="UpdateResourceServer",
    validate=check_UpdateResourceServerRequest,
    serialize=serialize_UpdateResourceServerRequest,
    parse=parse_UpdateResourceServerResponse,
    signed=True,
    secrets=secrets_UpdateResourceServerRequest,
    fill_secret_hash=None,
)

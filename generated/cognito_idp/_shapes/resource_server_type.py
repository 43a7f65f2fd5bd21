# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    resource_server_managed_by_type as _shapes_resource_server_managed_by_type,
)
from cognito_idp._shapes import resource_server_scope_type as _shapes_resource_server_scope_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.resource_server_managed_by_type import ResourceServerManagedByType
    from cognito_idp._shapes.resource_server_scope_type import ResourceServerScopeType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class ResourceServerType(Boto3Dicts):
    """The details of a resource server configuration and associated custom scopes in a user
    pool."""

    user_pool_id: str | None = None
    """The ID of the user pool that contains the resource server configuration."""

    identifier: str | None = None
    """A unique resource server identifier for the resource server. The identifier can be an API
    friendly name like `solar-system-data`. You can also set an API URL like
    `https://solar-system-data-api.example.com` as your identifier.

    Amazon Cognito represents scopes in the access token in the format
    `$resource-server-identifier/$scope`. Longer scope-identifier strings increase the size of
    your access tokens."""

    name: str | None = None
    """The name of the resource server."""

    scopes: list[ResourceServerScopeType] | None = None
    """A list of scopes that are defined for the resource server."""

    managed_by: ResourceServerManagedByType | Unmodelled | None = None
    """This value is reserved for resource servers that Amazon Cognito manages. Resource servers
    that you create don't have this value."""


def parse_ResourceServerType(value: object, path: str) -> ResourceServerType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("Identifier")
    f_identifier = None if x is None else _s.parse_str(x, path + ".Identifier")
    x = m.get("Name")
    f_name = None if x is None else _s.parse_str(x, path + ".Name")
    x = m.get("Scopes")
    f_scopes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".Scopes",
            lambda x, p: _shapes_resource_server_scope_type.parse_ResourceServerScopeType(x, p),
        )
    )
    x = m.get("ManagedBy")
    f_managed_by = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_resource_server_managed_by_type.ResourceServerManagedByType,
            x,
            path + ".ManagedBy",
        )
    )
    obj = _dc.new(ResourceServerType)
    obj.user_pool_id = f_user_pool_id
    obj.identifier = f_identifier
    obj.name = f_name
    obj.scopes = f_scopes
    obj.managed_by = f_managed_by
    return obj

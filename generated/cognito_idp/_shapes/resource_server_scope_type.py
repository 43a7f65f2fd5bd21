# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class ResourceServerScopeType(Boto3Dicts):
    """One custom scope associated with a user pool resource server. This data type is a member
    of `ResourceServerScopeType`. For more information, see Scopes, M2M, and API authorization
    with resource servers
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html)."""

    scope_name: str
    """The name of the scope. Amazon Cognito renders custom scopes in the format
    `resourceServerIdentifier/ScopeName`. For example, if this parameter is `exampleScope` in
    the resource server with the identifier `exampleResourceServer`, you request and receive
    the scope `exampleResourceServer/exampleScope`."""

    scope_description: str
    """A friendly description of a custom scope."""


def serialize_ResourceServerScopeType(v: ResourceServerScopeType) -> str:
    out = ['{"ScopeName":', _s.json_str(v.scope_name)]
    out += (',"ScopeDescription":', _s.json_str(v.scope_description))
    out.append("}")
    return "".join(out)


def secrets_ResourceServerScopeType(v: ResourceServerScopeType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ResourceServerScopeType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ResourceServerScopeType, path, problems, required)
    if v is None:
        return
    if not (type(v.scope_name) is str and 1 <= len(v.scope_name) <= 256):
        _v.check_str(
            v.scope_name,
            _v.join(path, "scope_name"),
            problems,
            required=True,
            min_len=1,
            max_len=256,
        )
    if not (type(v.scope_description) is str and 1 <= len(v.scope_description) <= 256):
        _v.check_str(
            v.scope_description,
            _v.join(path, "scope_description"),
            problems,
            required=True,
            min_len=1,
            max_len=256,
        )


def parse_ResourceServerScopeType(value: object, path: str) -> ResourceServerScopeType:
    m = _s.expect_object(value, path)
    x = m.get("ScopeName")
    if x is None:
        raise _s.missing(path + ".ScopeName")
    f_scope_name = _s.parse_str(x, path + ".ScopeName")
    x = m.get("ScopeDescription")
    if x is None:
        raise _s.missing(path + ".ScopeDescription")
    f_scope_description = _s.parse_str(x, path + ".ScopeDescription")
    obj = _dc.new(ResourceServerScopeType)
    obj.scope_name = f_scope_name
    obj.scope_description = f_scope_description
    return obj

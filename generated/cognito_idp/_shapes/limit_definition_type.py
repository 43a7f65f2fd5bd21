# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Mapping

from cognito_idp._shapes import limit_class as _shapes_limit_class
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.limit_class import LimitClass, LimitClassValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class LimitDefinitionType(Boto3Dicts):
    """The class and attributes that identify a specific limit at the account level."""

    limit_class: LimitClass | LimitClassValue | Unmodelled
    """The class of the limit. For API rate limits, this is `API_CATEGORY`."""

    attributes: Mapping[str, str]
    """The attributes that identify the specific limit. For API rate limits, specify the
    `Category` key with a value like `UserAuthentication` or `UserCreation`."""


def serialize_LimitDefinitionType(v: LimitDefinitionType) -> str:
    out = ['{"LimitClass":', _s.json_str(v.limit_class)]
    out += (
        ',"Attributes":',
        "{"
        + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.attributes.items()])
        + "}",
    )
    out.append("}")
    return "".join(out)


def secrets_LimitDefinitionType(v: LimitDefinitionType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_LimitDefinitionType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, LimitDefinitionType, path, problems, required)
    if v is None:
        return
    if type(v.limit_class) is not str:
        _v.check_str(v.limit_class, _v.join(path, "limit_class"), problems, required=True)
    _v.check_map(
        v.attributes,
        _v.join(path, "attributes"),
        problems,
        required=True,
        key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=131072),
    )


def parse_LimitDefinitionType(value: object, path: str) -> LimitDefinitionType:
    m = _s.expect_object(value, path)
    x = m.get("LimitClass")
    if x is None:
        raise _s.missing(path + ".LimitClass")
    f_limit_class = _s.parse_enum(_shapes_limit_class.LimitClass, x, path + ".LimitClass")
    x = m.get("Attributes")
    if x is None:
        raise _s.missing(path + ".Attributes")
    f_attributes = _s.parse_map(x, path + ".Attributes", lambda x, p: _s.parse_str(x, p))
    obj = _dc.new(LimitDefinitionType)
    obj.limit_class = f_limit_class
    obj.attributes = f_attributes
    return obj

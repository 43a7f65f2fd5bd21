# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class AttributeType(Boto3Dicts):
    """The name and value of a user attribute."""

    name: str
    """The name of the attribute, for example `email` or `custom:department`.

    In some older user pools, the regex pattern for acceptable values of this parameter is
    `[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`. Older pools will eventually be updated to use the new
    pattern. Affected user pools are those created before May 2024 in US East (N. Virginia),
    US East (Ohio), US West (N. California), US West (Oregon), Asia Pacific (Mumbai), Asia
    Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Singapore), Asia Pacific (Sydney),
    Canada (Central), Europe (Frankfurt), Europe (Ireland), Europe (London), Europe (Paris),
    Europe (Stockholm), Middle East (Bahrain), and South America (São Paulo)."""

    value: str | None = _dc.field(default=None, repr=False)
    """The value of the attribute."""


def serialize_AttributeType(v: AttributeType) -> str:
    out = ['{"Name":', _s.json_str(v.name)]
    if v.value is not None:
        out += (',"Value":', _s.json_str(v.value))
    out.append("}")
    return "".join(out)


def secrets_AttributeType(v: AttributeType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.value)


def check_AttributeType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, AttributeType, path, problems, required)
    if v is None:
        return
    if not (type(v.name) is str and 1 <= len(v.name) <= 32):
        _v.check_str(v.name, _v.join(path, "name"), problems, required=True, min_len=1, max_len=32)
    if v.value is not None and not (type(v.value) is str and len(v.value) <= 2048):
        _v.check_str(v.value, _v.join(path, "value"), problems, required=False, max_len=2048)


def parse_AttributeType(value: object, path: str) -> AttributeType:
    m = _s.expect_object(value, path)
    x = m.get("Name")
    if x is None:
        raise _s.missing(path + ".Name")
    f_name = _s.parse_str(x, path + ".Name")
    x = m.get("Value")
    f_value = None if x is None else _s.parse_str(x, path + ".Value")
    obj = _dc.new(AttributeType)
    obj.name = f_name
    obj.value = f_value
    return obj

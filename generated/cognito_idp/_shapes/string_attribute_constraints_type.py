# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class StringAttributeConstraintsType(Boto3Dicts):
    """The minimum and maximum length values of an attribute that is of the string type, for
    example `custom:department`."""

    min_length: str | None = None
    """The minimum length of a string attribute value."""

    max_length: str | None = None
    """The maximum length of a string attribute value. Must be a number less than or equal to
    `2^1023`, represented as a string with a length of 131072 characters or fewer."""


def serialize_StringAttributeConstraintsType(v: StringAttributeConstraintsType) -> str:
    out: list[str] = []
    if v.min_length is not None:
        out += (',"MinLength":', _s.json_str(v.min_length))
    if v.max_length is not None:
        out += (',"MaxLength":', _s.json_str(v.max_length))
    return "{" + "".join(out)[1:] + "}"


def secrets_StringAttributeConstraintsType(
    v: StringAttributeConstraintsType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_StringAttributeConstraintsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, StringAttributeConstraintsType, path, problems, required)
    if v is None:
        return
    if v.min_length is not None and not (
        type(v.min_length) is str and 0 <= len(v.min_length) <= 131072
    ):
        _v.check_str(
            v.min_length,
            _v.join(path, "min_length"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.max_length is not None and not (
        type(v.max_length) is str and 0 <= len(v.max_length) <= 131072
    ):
        _v.check_str(
            v.max_length,
            _v.join(path, "max_length"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )


def parse_StringAttributeConstraintsType(
    value: object, path: str
) -> StringAttributeConstraintsType:
    m = _s.expect_object(value, path)
    x = m.get("MinLength")
    f_min_length = None if x is None else _s.parse_str(x, path + ".MinLength")
    x = m.get("MaxLength")
    f_max_length = None if x is None else _s.parse_str(x, path + ".MaxLength")
    obj = _dc.new(StringAttributeConstraintsType)
    obj.min_length = f_min_length
    obj.max_length = f_max_length
    return obj

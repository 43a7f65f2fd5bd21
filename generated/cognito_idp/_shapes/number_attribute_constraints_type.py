# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class NumberAttributeConstraintsType(Boto3Dicts):
    """The minimum and maximum values of an attribute that is of the number type, for example
    `custom:age`."""

    min_value: str | None = None
    """The minimum value of an attribute that is of the number data type."""

    max_value: str | None = None
    """The maximum length of a number attribute value. Must be a number less than or equal to
    `2^1023`, represented as a string with a length of 131072 characters or fewer."""


def serialize_NumberAttributeConstraintsType(v: NumberAttributeConstraintsType) -> str:
    out: list[str] = []
    if v.min_value is not None:
        out += (',"MinValue":', _s.json_str(v.min_value))
    if v.max_value is not None:
        out += (',"MaxValue":', _s.json_str(v.max_value))
    return "{" + "".join(out)[1:] + "}"


def secrets_NumberAttributeConstraintsType(
    v: NumberAttributeConstraintsType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_NumberAttributeConstraintsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, NumberAttributeConstraintsType, path, problems, required)
    if v is None:
        return
    if v.min_value is not None and not (
        type(v.min_value) is str and 0 <= len(v.min_value) <= 131072
    ):
        _v.check_str(
            v.min_value,
            _v.join(path, "min_value"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.max_value is not None and not (
        type(v.max_value) is str and 0 <= len(v.max_value) <= 131072
    ):
        _v.check_str(
            v.max_value,
            _v.join(path, "max_value"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )


def parse_NumberAttributeConstraintsType(
    value: object, path: str
) -> NumberAttributeConstraintsType:
    m = _s.expect_object(value, path)
    x = m.get("MinValue")
    f_min_value = None if x is None else _s.parse_str(x, path + ".MinValue")
    x = m.get("MaxValue")
    f_max_value = None if x is None else _s.parse_str(x, path + ".MaxValue")
    obj = _dc.new(NumberAttributeConstraintsType)
    obj.min_value = f_min_value
    obj.max_value = f_max_value
    return obj

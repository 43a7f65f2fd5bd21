"""Model classes: the dataclass of each structure, the ``StrEnum`` of each enum, and the fields
of error classes.
"""

from __future__ import annotations

from codegen.emit.annotations import member_annotation
from codegen.emit.code import (
    DATACLASS,
    Code,
    cat,
    from_import,
    indent,
    lines,
    runtime_import,
    type_import,
)
from codegen.emit.docstrings import value_alias_doc
from codegen.ir import EnumShape, Member, Structure


def decorator() -> Code:
    """The class is stated once, as its fields; the runtime writes the methods an instance
    uses (see typedaws_runtime.lazy_dataclass)."""
    return cat("@", DATACLASS("dataclass"), "(kw_only=True)")


BOTO3_DICTS = from_import("typedaws_runtime.boto3_dicts", "Boto3Dicts")
"""The base of model classes: ``to_boto3()`` and ``from_boto3()``."""


def boto3_names(structures: list[Structure]) -> str:
    """The body of ``_boto3.py``: each model class's members, attribute -> boto3's key."""
    rows: list[str] = []
    for s in sorted(structures, key=lambda s: s.class_name):
        pairs = "".join(f"        {m.attr!r}: {m.wire_name!r},\n" for m in s.ordered_members())
        rows.append(f"    {s.class_name!r}: {{\n{pairs}    }},\n")
    return (
        "from collections.abc import Mapping\n\n"
        f"NAMES: Mapping[str, Mapping[str, str]] = {{\n{''.join(rows)}}}\n"
        '"""Model class -> its members, attribute -> the key boto3 uses (for ``Boto3Dicts``)."""\n'
    )


def field(member: Member, here: str, *, output: bool) -> Code:
    """A field declaration: ``attr: annotation`` and its default, hidden from ``repr`` when
    it holds secrets."""
    args: list[str] = []
    if not member.required:
        args.append("default=None")
    if member.sensitive:
        args.append("repr=False")
    declared = cat(member.attr, ": ", member_annotation(member, here, output=output))
    if not args:
        return declared
    if args == ["default=None"]:
        return cat(declared, " = None")
    return cat(declared, " = ", DATACLASS("field"), f"({', '.join(args)})")


def copy(var: str, changes: dict[str, str]) -> Code:
    """A new instance: ``var``'s fields, but those in ``changes`` (attr -> expression)."""
    args = "".join(f", {attr}={expr}" for attr, expr in changes.items())
    return cat(DATACLASS("replace"), f"({var}{args})")


def enum_literal(enum: EnumShape) -> str:
    """The ``Literal[...]`` of the wire values, in model order."""
    return f"Literal[{', '.join(repr(value) for _, value in enum.values)}]"


def enum_members(enum: EnumShape) -> Code:
    """The class body's members: ``NAME = 'value'``."""
    return lines(f"{name} = {value!r}" for name, value in enum.values)


STR_ENUM = Code("enum.StrEnum", runtime_import("import enum"))
"""The base class of generated enums."""

UNKNOWN_VALUES = (
    "\n\nA value the SDK's model does not list arrives in a response as ``Unmodelled`` "
    "(a ``str``).\n"
)
"""What every enum's docstring adds: the escape for values newer than the model."""


def enum_alias(enum: EnumShape) -> Code:
    """The ``Literal`` alias of the enum's values, for type checkers (``str`` at run time)."""
    type_checking = from_import("typedaws_runtime.static_typing", "TYPE_CHECKING")
    type_alias = Code("TypeAlias", type_import("from typing import Literal, TypeAlias"))
    alias = enum.value_alias
    declared = cat(f"{alias}: ", type_alias, f" = {enum_literal(enum)}")
    return lines(
        [
            cat("if ", type_checking, ":"),
            indent(lines([declared, f'"""{value_alias_doc(enum)}"""'])),
            "else:",
            f"    {alias} = str",
        ]
    )

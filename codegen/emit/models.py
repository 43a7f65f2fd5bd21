"""Model classes: the dataclass of each structure, the ``StrEnum`` of each enum, and the fields
of error classes.
"""

from __future__ import annotations

from codegen.emit.annotations import member_annotation, parameter
from codegen.emit.code import (
    DATACLASS,
    Code,
    cat,
    from_import,
    indent,
    lines,
    runtime_import,
    runtime_ref,
    type_import,
)
from codegen.emit.docstrings import value_alias_doc
from codegen.ir import EnumShape, Member, Structure


def decorator() -> Code:
    # The dataclass's methods are written out (``init=False, repr=False, eq=False``) rather
    # than left to the decorator, which would compile them with ``exec`` when the module is
    # imported: ~0.5 ms per class, most of what a model class costs at import.
    return cat("@", DATACLASS("dataclass"), "(kw_only=True, init=False, repr=False, eq=False)")


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


def error_field(member: Member, here: str) -> Code:
    """A member of an error class: read from the error's body, None when absent."""
    return cat(member.attr, ": ", member_annotation(member, here, output=True), " = None")


def init_method(struct: Structure, here: str) -> Code:
    """``__init__``: keyword-only, each field set (none: ``object.__init__``)."""
    params = [
        cat(parameter(m, here, output=struct.output_types), ",") for m in struct.ordered_members()
    ]
    sets = [f"self.{m.attr} = {m.attr}" for m in struct.members]
    head = lines(["def __init__(", indent(lines(["self,", "*,", *params])), ") -> None:"])
    return lines([head, indent(lines(sets))])


def repr_method(struct: Structure) -> Code:
    """``__repr__``: each field but the sensitive ones, in field order."""
    shown = [m for m in struct.ordered_members() if not m.sensitive]
    fields = ", ".join(f"{m.attr}={{self.{m.attr}!r}}" for m in shown)
    body = f'return f"{{type(self).__qualname__}}({fields})"'
    return lines(["def __repr__(self) -> str:", indent(body)])


def eq_method(struct: Structure) -> Code:
    """``__eq__``: the fields as tuples, in order, as dataclasses compare."""
    if struct.members:
        fields = struct.ordered_members()
        mine = ", ".join(f"self.{m.attr}" for m in fields)
        theirs = ", ".join(f"other.{m.attr}" for m in fields)
        result = f"({mine},) == ({theirs},)"
    else:
        result = "True"
    test = f"not isinstance(other, {struct.class_name}) or other.__class__ is not self.__class__"
    body = lines([f"if {test}:", "    return NotImplemented", f"return {result}"])
    return lines(["def __eq__(self, other: object) -> bool:", indent(body)])


def copy(struct: Structure, var: str, here: str, changes: dict[str, str]) -> Code:
    """A new instance: ``var``'s fields, but those in ``changes`` (attr -> expression).

    Written out rather than ``dataclasses.replace``, which would import ``dataclasses`` (and
    ``inspect``) on the first call that needs it.
    """
    cls = runtime_ref(here, struct.module, struct.class_name)
    args = ", ".join(f"{m.attr}={changes.get(m.attr, f'{var}.{m.attr}')}" for m in struct.members)
    return cat(cls, f"({args})")


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
    type_checking = from_import("aws_runtime.static_typing", "TYPE_CHECKING")
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

"""Parsers: ``parse_<class>(value, path)``, a response structure read from its JSON value,
and the ``_read_members`` method of error classes that have members.

Each member is read by an expression of its shape; a value of the wrong JSON type raises the
runtime's ``ShapeMismatch`` naming its path.
"""

from __future__ import annotations

from collections.abc import Callable

from codegen import ir
from codegen.emit import names
from codegen.emit.code import (
    DATACLASS,
    SERDE,
    Code,
    Piece,
    cat,
    from_import,
    indent,
    lines,
    runtime_ref,
)

M, X, P, PATH = names.JSON_OBJECT, names.ITEM, names.ITEM_PATH, names.PATH


def parse(shape: ir.Shape, expr: str, path: Piece, here: str) -> Code:
    """An expression reading the JSON value ``expr`` (not null) found at ``path``."""
    match shape:
        case ir.StringShape():
            return _call(SERDE("parse_str"), expr, path)
        case ir.IntegerShape():
            return _call(SERDE("parse_int"), expr, path)
        case ir.FloatShape():
            return _call(SERDE("parse_float"), expr, path)
        case ir.BooleanShape():
            return _call(SERDE("parse_bool"), expr, path)
        case ir.TimestampShape():
            return _call(SERDE("parse_timestamp"), expr, path)
        case ir.BlobShape():
            return _call(SERDE("parse_blob"), expr, path)
        case ir.DocumentShape():
            return _call(SERDE("parse_document"), expr, path)
        case ir.EnumShape():
            cls = runtime_ref(here, shape.module, shape.class_name)
            return cat(SERDE("parse_enum"), "(", cls, f", {expr}, ", path, ")")
        case ir.ListShape():
            helper = SERDE("parse_sparse_list" if shape.sparse else "parse_list")
            return _call(helper, expr, path, parse(shape.member, X, P, here))
        case ir.MapShape():
            helper = SERDE("parse_sparse_map" if shape.sparse else "parse_map")
            return _call(helper, expr, path, parse(shape.value, X, P, here))
        case ir.StructRef():
            fn = runtime_ref(here, shape.module, names.parser(shape.class_name))
            return _call(fn, expr, path)
        case _:
            raise TypeError(f"no parser for {shape!r}")


def _call(fn: Code, expr: str, path: Piece, item: Code | None = None) -> Code:
    """``fn(expr, path)``, and the function that reads each item of a container."""
    if item is None:
        return cat(fn, f"({expr}, ", path, ")")
    return cat(fn, f"({expr}, ", path, f", lambda {X}, {P}: ", item, ")")


def _member_lines(member: ir.Member, here: str) -> Code:
    """Statements reading member ``member`` of the JSON object ``m`` into its variable."""
    path = f"{PATH} + {'.' + member.wire_name!r}"
    value = parse(member.shape, X, path, here)
    var = names.field_var(member.attr)
    first = f"{X} = {M}.get({member.wire_name!r})"
    if member.required:
        missing = cat("    raise ", SERDE("missing"), f"({path})")
        return lines([first, f"if {X} is None:", missing, cat(f"{var} = ", value)])
    return lines([first, cat(f"{var} = None if {X} is None else ", value)])


def parser_function(struct: ir.Structure, here: str) -> Code:
    """``parse_<class>(value, path)``: each member read, then the instance built from them."""
    cls = struct.class_name
    head = f"def {names.parser(cls)}({names.UNCHECKED}: object, {PATH}: str) -> {cls}:"
    expect = cat(SERDE("expect_object"), f"({names.UNCHECKED}, {PATH})")
    if not struct.members:
        return lines([head, indent(lines([expect, f"return {cls}()"]))])
    body: list[Piece] = [cat(f"{M} = ", expect)]
    body += [_member_lines(m, here) for m in struct.members]
    body.append(build_instance(struct, names.RESULT, here, names.field_var))
    body.append(f"return {names.RESULT}")
    return lines([head, indent(lines(body))])


def build_instance(
    struct: ir.Structure, var: str, here: str, value_of: Callable[[str], str]
) -> Code:
    """Statements that make ``var`` a new instance, each field set to ``value_of(attr)``, as
    ``__init__`` sets them but without calling it.

    Parsers build every structure of a response this way: a keyword call into the class costs
    about 0.2 µs more a structure (``type.__call__`` packs the arguments into a dict for
    ``__init__``), which on a ListUsers page of 60 users with 5 attributes each (361
    structures) is 70 µs of 370.
    """
    cls = runtime_ref(here, struct.module, struct.class_name)
    sets = [f"{var}.{m.attr} = {value_of(m.attr)}" for m in struct.ordered_members()]
    return lines([cat(f"{var} = ", DATACLASS("new"), "(", cls, ")"), *sets])


def read_members_method(error: ir.Structure, here: str) -> Code:
    """The ``_read_members(m, path)`` method of an error class with members: each read from
    the error's JSON body, as response members are."""
    mapping = from_import("collections.abc", "Mapping")
    head = cat(f"def _read_members(self, {M}: ", mapping, f"[str, object], {PATH}: str) -> None:")
    body = [
        lines([_member_lines(m, here), f"self.{m.attr} = {names.field_var(m.attr)}"])
        for m in error.members
    ]
    return lines([head, indent(lines(body))])

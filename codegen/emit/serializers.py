"""Serializers: ``serialize_<class>(v)``, the JSON text of a request structure.

Each member's text is written by an expression of its shape; a structure's function joins
its members' parts (``out``) in model order, unset optional members left out.
"""

from __future__ import annotations

import json

from codegen import ir
from codegen.emit import names
from codegen.emit.code import SERDE, Code, Piece, cat, indent, lines, runtime_ref

V, X, K, OUT = names.VALUE, names.ITEM, names.KEY, names.OUT


def serialize(shape: ir.Shape, expr: Piece, here: str) -> Code:
    """An expression giving the JSON text of the (validated, not None) value ``expr``."""
    match shape:
        case ir.StringShape() | ir.EnumShape():  # an enum member is a str: its value is written
            return cat(SERDE("json_str"), "(", expr, ")")
        case ir.IntegerShape():  # as json.dumps writes ints (IntEnum members too)
            return cat("int.__repr__(", expr, ")")
        case ir.FloatShape():
            return cat(SERDE("json_float"), "(", expr, ")")
        case ir.BooleanShape():
            return cat('("true" if ', expr, ' else "false")')
        case ir.TimestampShape():
            return cat(SERDE("json_timestamp"), "(", expr, f", {shape.timestamp_format!r})")
        case ir.BlobShape():
            return cat(SERDE("json_blob"), "(", expr, ")")
        case ir.DocumentShape():
            return cat(SERDE("json_document"), "(", expr, ")")
        case ir.ListShape(member=ir.StringShape() | ir.EnumShape(), sparse=False):
            return cat('"[" + ",".join(map(', SERDE("json_str"), ", ", expr, ')) + "]"')
        case ir.ListShape():
            item = serialize(shape.member, X, here)
            if shape.sparse:
                item = cat(f'"null" if {X} is None else ', item)
            return cat('"[" + ",".join([', item, f" for {X} in ", expr, ']) + "]"')
        case ir.MapShape():
            value = serialize(shape.value, X, here)
            if shape.sparse:
                value = cat(f'("null" if {X} is None else ', value, ")")
            key = cat(SERDE("json_str"), f"({K})")
            items = cat("[", key, ' + ":" + ', value, f" for {K}, {X} in ", expr, ".items()]")
            return cat('"{" + ",".join(', items, ') + "}"')
        case ir.StructRef():
            fn = runtime_ref(here, shape.module, names.serializer(shape.class_name))
            return cat(fn, "(", expr, ")")
        case _:
            raise TypeError(f"no serializer for {shape!r}")


def json_key(member: ir.Member) -> str:
    """The member's name as JSON text with its colon: ``"ClientId":``."""
    return json.dumps(member.wire_name) + ":"


def _member_lines(member: ir.Member, key: str, here: str) -> Code:
    """Statements adding this member of ``v`` to ``out`` (the JSON text's parts), after
    ``key`` (``json_key`` behind the separator that comes before it)."""
    field = f"{V}.{member.attr}"
    value = serialize(member.shape, field, here)
    if member.required:
        return cat(f"{OUT} += ({key!r}, ", value, ")")
    if member.idempotency_token:
        token = serialize(member.shape, cat(SERDE("idempotency_token"), "()"), here)
        return cat(f"{OUT} += ({key!r}, ", token, f" if {field} is None else ", value, ")")
    return lines([f"if {field} is not None:", indent(cat(f"{OUT} += ({key!r}, ", value, ")"))])


def serializer_function(struct: ir.Structure, here: str) -> Code:
    """``serialize_<class>(v)``: the JSON text, members in model order.

    Each member adds its parts to ``out`` behind a comma; the first, if it is required, opens
    the object instead. Otherwise the object is opened at the end, in place of the comma that
    starts the text (there is none when no member is set).
    """
    cls = struct.class_name
    head = f"def {names.serializer(cls)}({V}: {cls}) -> str:"
    members = struct.members
    if not members:
        return lines([head, indent('return "{}"')])
    first = members[0]
    opened = first.required
    body: list[Piece] = []
    if opened:
        value = serialize(first.shape, f"{V}.{first.attr}", here)
        body.append(cat(f"{OUT} = [{'{' + json_key(first)!r}, ", value, "]"))
    else:
        body.append(f"{OUT}: list[str] = []")
    for m in members[1:] if opened else members:
        body.append(_member_lines(m, "," + json_key(m), here))
    if opened:
        body += [f'{OUT}.append("}}")', f'return "".join({OUT})']
    else:
        body.append(f'return "{{" + "".join({OUT})[1:] + "}}"')
    return lines([head, indent(lines(body))])

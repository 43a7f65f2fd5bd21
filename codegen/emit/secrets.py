"""Secrets collectors: ``secrets_<class>(v, out)``, the sensitive values inside a request, which
the runtime masks in error messages. Direct code, no reflection at run time.
"""

from __future__ import annotations

from codegen import ir
from codegen.emit import names
from codegen.emit.code import REDACT, Code, Piece, cat, indent, lines, runtime_ref

V, OUT = names.VALUE, names.OUT


def walk(shape: ir.Shape, expr: str, item: str, here: str) -> Code | None:
    """Statements appending to ``out`` the sensitive values inside ``expr`` (not None), or
    None when a value of this (not sensitive) shape cannot hold any: only structures can.
    ``item`` names the loop variable, if any."""
    match shape:
        case ir.StructRef():
            fn = runtime_ref(here, shape.module, names.secrets_collector(shape.class_name))
            return cat(fn, f"({expr}, {OUT})")
        case ir.ListShape(member=items) | ir.MapShape(value=items):
            inner = walk(items, item, item + "_", here)
            if inner is None:
                return None
            if shape.sparse:
                inner = lines([f"if {item} is not None:", indent(inner)])
            source = expr if isinstance(shape, ir.ListShape) else f"{expr}.values()"
            return lines([f"for {item} in {source}:", indent(inner)])
        case _:
            return None


def _member_lines(member: ir.Member, here: str) -> Code | None:
    """Statements that append to ``out`` the sensitive values this member of ``v`` holds."""
    value = f"{V}.{member.attr}"
    found: Code | None
    if member.sensitive:
        if isinstance(member.shape, (ir.StringShape, ir.EnumShape)):
            return Code(f"{OUT}.append({value})")  # None included: the caller drops it
        found = cat(REDACT("add_values"), f"({value}, {OUT})")
    else:
        found = walk(member.shape, value, names.item_var(member.attr), here)
        if found is None:
            return None
    if member.required:
        return found
    return lines([f"if {value} is not None:", indent(found)])


def secrets_function(struct: ir.Structure, here: str) -> Code:
    """``secrets_<class>(v, out)``."""
    cls = struct.class_name
    body: list[Piece] = [c for m in struct.members if (c := _member_lines(m, here)) is not None]
    doc = f'"""Append the values of ``{V}``\'s sensitive members, at any depth, to ``{OUT}``."""'
    head = f"def {names.secrets_collector(cls)}({V}: {cls}, {OUT}: list[object]) -> None:"
    return lines(
        [head, indent(lines([doc, *(body or ["pass  # nothing sensitive, at any depth"])]))]
    )

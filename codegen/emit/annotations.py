"""Type annotations of model values, fields and parameters."""

from __future__ import annotations

from codegen import ir
from codegen.emit.code import (
    SIGNATURE_TYPES,
    UNMODELLED,
    Code,
    annotation_from_import,
    annotation_import,
    cat,
    type_ref,
)


def annotation(shape: ir.Shape, here: str, *, output: bool) -> Code:
    """The type of a value of ``shape``, in module ``here``.

    ``output``: containers are the concrete ``list``/``dict`` a response holds, else the
    ``Sequence``/``Mapping`` a caller may pass. An enum input is the enum, its values as
    literal strings, or ``Unmodelled``, so a type checker reports a misspelt value; an output
    is the enum or ``Unmodelled`` (a value newer than the model), so a response's value can be
    passed back as an input.
    """
    match shape:
        case ir.StringShape():
            return Code("str")
        case ir.IntegerShape():
            return Code("int")
        case ir.FloatShape():
            return Code("float")
        case ir.BooleanShape():
            return Code("bool")
        case ir.BlobShape():
            return Code("bytes")
        case ir.TimestampShape():
            return Code("datetime.datetime", annotation_import("import datetime"))
        case ir.DocumentShape():
            return SIGNATURE_TYPES.in_annotation("Document")
        case ir.EnumShape() if output:  # what a parser makes: a member, or a value not listed
            return cat(type_ref(here, shape.module, shape.class_name), " | ", UNMODELLED)
        case ir.EnumShape():
            cls = type_ref(here, shape.module, shape.class_name)
            alias = type_ref(here, shape.module, shape.value_alias)
            return cat(cls, " | ", alias, " | ", UNMODELLED)
        case ir.ListShape() if output:
            return cat("list[", item_annotation(shape, here, output=True), "]")
        case ir.ListShape():
            sequence = annotation_from_import("collections.abc", "Sequence")
            return cat(sequence, "[", item_annotation(shape, here, output=False), "]")
        case ir.MapShape():
            # Keys are strings on the wire, and ``Mapping`` is invariant in its key: an enum
            # key shape is annotated ``str`` too, so that what a parser returns (``str`` keys)
            # is what a caller may pass back.
            key = Code("str")
            value = annotation(shape.value, here, output=output)
            if shape.sparse:
                value = cat(value, " | None")
            container = (
                Code("dict") if output else annotation_from_import("collections.abc", "Mapping")
            )
            return cat(container, "[", key, ", ", value, "]")
        case ir.StructRef():
            return type_ref(here, shape.module, shape.class_name)
        case _:
            raise TypeError(f"no annotation for {shape!r}")


def item_annotation(shape: ir.ListShape, here: str, *, output: bool) -> Code:
    """The type of one item of a list."""
    inner = annotation(shape.member, here, output=output)
    return cat(inner, " | None") if shape.sparse else inner


def member_annotation(member: ir.Member, here: str, *, output: bool) -> Code:
    """A field's type: optional members may be None."""
    base = annotation(member.shape, here, output=output)
    return base if member.required else cat(base, " | None")


def parameter(member: ir.Member, here: str, *, output: bool = False) -> Code:
    """The keyword parameter of a client method or of ``__init__``: required ones have no
    default."""
    default = "" if member.required else " = None"
    return cat(member.attr, ": ", member_annotation(member, here, output=output), default)

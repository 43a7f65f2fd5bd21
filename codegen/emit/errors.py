"""The errors module's own code: each error class's fields, and the table from error codes to
classes that the runtime raises from.
"""

from __future__ import annotations

from codegen import ir
from codegen.emit import names
from codegen.emit.annotations import member_annotation
from codegen.emit.code import Code, cat, from_import, lines


def base_doc(service: ir.Service) -> str:
    return (
        f"Base class of every error {service.full_name} returns.\n\n"
        "``code`` names the error; a code this SDK does not know yet raises this class itself.\n"
    )


def base_class() -> Code:
    """What the service's base error derives from."""
    return from_import("typedaws_runtime.errors", "ServiceError")


def field(member: ir.Member, here: str) -> Code:
    """A member of an error class: read from the error's body, None when absent."""
    return cat(member.attr, ": ", member_annotation(member, here, output=True), " = None")


def error_table(service: ir.Service) -> Code:
    """``ERRORS``: every code an error may come with -> its class."""
    mapping = from_import("collections.abc", "Mapping")
    entries = [f"    {code!r}: {e.class_name}," for e in service.errors for code in e.error_codes]
    head = cat(f"{names.ERROR_TABLE}: ", mapping, f"[str, type[{service.error_base}]] = {{")
    return lines([head, *entries, "}", '"""Error code -> class."""'])

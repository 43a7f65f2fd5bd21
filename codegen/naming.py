"""Python names for model names: botocore's snake_case, made safe to use as identifiers."""

from __future__ import annotations

import importlib
import keyword
import re
from collections.abc import Callable
from typing import cast

# botocore ships no type information; its name transform is used as the reference one.
_xform_name = cast(Callable[[str], str], importlib.import_module("botocore").xform_name)


def snake(name: str) -> str:
    """The snake_case name boto3 users know (``ConfirmSignUp`` -> ``confirm_sign_up``)."""
    return _xform_name(name)


# Python 3.11's soft keywords, whatever Python generates: 3.12 made ``type`` one too, and the
# generated API must not depend on the interpreter that wrote it (``type`` stays ``type``).
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})


def safe(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """``name`` with a trailing ``_`` when it is a keyword or one of ``reserved``."""
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in reserved:
        return f"{name}_"
    return name


def module_name(name: str) -> str:
    """A module file name for a model name (``AnalyticsMetadata`` -> ``analytics_metadata``)."""
    return safe(snake(name))


def class_name(name: str) -> str:
    """Class names keep the model's shape names, made valid identifiers."""
    cleaned = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
    if cleaned[:1].isdigit():
        cleaned = f"_{cleaned}"
    return safe(cleaned)


def enum_member_name(value: str) -> str:
    """An enum member name for a wire value (``us-east-1`` -> ``US_EAST_1``)."""
    cleaned = "".join(ch.upper() if ch.isalnum() else "_" for ch in value).strip("_")
    if not cleaned:
        cleaned = "EMPTY"
    if cleaned[0].isdigit():
        cleaned = f"V_{cleaned}"
    return safe(cleaned)


# Names of the generated API: clear of the names the generated code and the runtime use.

CLIENT_RESERVED = frozenset({"close", "aclose", "meta"})
"""Client attribute names an operation method must not shadow."""

FIELD_RESERVED = frozenset(
    {
        "bool",
        "bytes",
        "datetime",
        "dict",
        "float",
        "int",
        "list",
        "object",
        "self",
        "str",
        "Mapping",
        "Sequence",
    }
)
"""Names that generated annotations and methods use: a field of that name would shadow them in
the class body (or be ``__init__``'s ``self``), so such fields get a trailing ``_``
(``Bytes`` -> ``bytes_``)."""

ERROR_RESERVED = frozenset(
    {"code", "message", "status_code", "request_id", "args", "with_traceback", "add_note"}
)
"""Attribute names of the runtime's ``ServiceError`` an error member must not shadow."""


def operation_method(op_name: str) -> str:
    """The client method of an operation: ``ConfirmSignUp`` -> ``confirm_sign_up``."""
    return safe(snake(op_name), CLIENT_RESERVED)


def member_attr(wire_name: str, *, of_error: bool) -> str:
    """The attribute of a member: snake_case, clear of the names a generated class uses."""
    reserved = FIELD_RESERVED | ERROR_RESERVED if of_error else FIELD_RESERVED
    return safe(snake(wire_name), reserved)


def client_stem(abbreviation: str | None, full_name: str | None, fallback: str) -> str:
    """What client and error class names start with: botocore's client class name (what
    boto3 and mypy-boto3 users know: ``DynamoDB``, ``SQS``, ``CloudWatchLogs``), from the
    model's abbreviation or full name without "Amazon" and "AWS", capitalized."""
    name = abbreviation or full_name or fallback
    name = re.sub(r"\W+", "", name.replace("Amazon", "").replace("AWS", ""))
    return class_name(name[:1].upper() + name[1:]) if name else class_name(fallback)

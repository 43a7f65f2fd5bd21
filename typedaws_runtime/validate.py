"""Checks of request values against the model's constraints, run before anything is sent.

Each check appends a problem to ``problems`` instead of raising, so one ``ValidationError``
lists every problem of a request. Problems name the field and the rule, never the value.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence

from typedaws_runtime.static_typing import TypeVar, cast

T = TypeVar("T")

Check = Callable[[object, str], None]


def join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _kind(value: object) -> str:
    return type(value).__name__


def _absent(value: object, path: str, problems: list[str], required: bool) -> bool:
    """True when ``value`` is None (recording a problem if it was required)."""
    if value is None:
        if required:
            problems.append(f"{path}: required, but missing")
        return True
    return False


def _present(
    value: object, path: str, problems: list[str], required: bool, expected: str, ok: bool
) -> bool:
    """True when ``value`` is there and of the ``expected`` type (``ok``), else records why
    not (a missing value only if it was required)."""
    if _absent(value, path, problems, required):
        return False
    if not ok:
        problems.append(f"{path}: expected {expected}, got {_kind(value)}")
    return ok


def _bounds(
    size: float, path: str, problems: list[str], low: float | None, high: float | None, what: str
) -> None:
    """Records ``size`` below ``low`` or above ``high``; ``what`` is the size's name, or
    empty for a value, which messages do not show."""
    shown = f"{what} {size}" if what else "value"
    if low is not None and size < low:
        problems.append(f"{path}: {shown} is below the minimum of {low}")
    if high is not None and size > high:
        problems.append(f"{path}: {shown} is above the maximum of {high}")


def check_str(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if _present(value, path, problems, required, "str", isinstance(value, str)):
        _bounds(len(cast(str, value)), path, problems, min_len, max_len, "length")


def check_int(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> None:
    ok = isinstance(value, int) and not isinstance(value, bool)
    if _present(value, path, problems, required, "int", ok):
        _bounds(cast(int, value), path, problems, minimum, maximum, "")


def check_float(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if _present(value, path, problems, required, "float", ok):
        _bounds(cast(float, value), path, problems, minimum, maximum, "")


def check_bool(value: object, path: str, problems: list[str], required: bool) -> None:
    _present(value, path, problems, required, "bool", isinstance(value, bool))


def check_timestamp(value: object, path: str, problems: list[str], required: bool) -> None:
    # A datetime exists only if its module was imported: no need to import it to check.
    datetime = sys.modules.get("datetime")
    ok = datetime is not None and isinstance(value, datetime.datetime)
    _present(value, path, problems, required, "datetime", ok)


def check_blob(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if _present(value, path, problems, required, "bytes", isinstance(value, (bytes, bytearray))):
        _bounds(len(cast(bytes, value)), path, problems, min_len, max_len, "length")


def check_document(value: object, path: str, problems: list[str], required: bool) -> None:
    _absent(value, path, problems, required)


def _is_sequence(value: object) -> bool:
    """A sequence of items: not a str, bytes or mapping, which are sequences or iterables too."""
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray, Mapping))


def check_list(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    item: Check,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if not _present(value, path, problems, required, "a sequence", _is_sequence(value)):
        return
    items = cast("Sequence[object]", value)
    _bounds(len(items), path, problems, min_len, max_len, "item count")
    for i, x in enumerate(items):
        item(x, f"{path}[{i}]")


def check_map(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    *,
    key: Check,
    item: Check,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if not _present(value, path, problems, required, "a mapping", isinstance(value, Mapping)):
        return
    entries = cast("Mapping[object, object]", value)
    _bounds(len(entries), path, problems, min_len, max_len, "entry count")
    # Entries are named by position: keys are data, and problems never quote data.
    for i, (k, x) in enumerate(entries.items()):
        key(k, f"{path} key #{i}")
        item(x, f"{path} value #{i}")


def check_structure(
    value: object, cls: type[T], path: str, problems: list[str], required: bool
) -> T | None:
    """``value`` when it is a ``cls`` to check member by member, else None."""
    if _absent(value, path or cls.__name__, problems, required):
        return None
    if not isinstance(value, cls):
        problems.append(f"{path or 'request'}: expected {cls.__name__}, got {_kind(value)}")
        return None
    return value


def check_union(path: str, problems: list[str], names: list[str], values: list[object]) -> None:
    chosen = [n for n, v in zip(names, values, strict=True) if v is not None]
    if len(chosen) != 1:
        problems.append(f"{path or 'value'}: set exactly one of {', '.join(names)}")


def check_nothing(value: object, path: str, problems: list[str], required: bool) -> None:
    """The validator of operations that have no input."""

"""Checks of request values against the model's constraints, run before anything is sent.

Each check appends a problem to ``problems`` instead of raising, so one ``ValidationError``
lists every problem of a request. Problems name the field and the rule, never the value.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence

from aws_runtime.static_typing import TypeVar, cast

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


def _length(
    size: int, path: str, problems: list[str], low: int | None, high: int | None, unit: str
) -> None:
    if low is not None and size < low:
        problems.append(f"{path}: {unit} {size} is below the minimum of {low}")
    if high is not None and size > high:
        problems.append(f"{path}: {unit} {size} is above the maximum of {high}")


def check_str(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if _absent(value, path, problems, required):
        return
    if not isinstance(value, str):
        problems.append(f"{path}: expected str, got {_kind(value)}")
        return
    _length(len(value), path, problems, min_len, max_len, "length")


def check_int(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    minimum: int | None = None,
    maximum: int | None = None,
) -> None:
    if _absent(value, path, problems, required):
        return
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{path}: expected int, got {_kind(value)}")
        return
    _range(value, path, problems, minimum, maximum)


def check_float(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    minimum: float | None = None,
    maximum: float | None = None,
) -> None:
    if _absent(value, path, problems, required):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"{path}: expected float, got {_kind(value)}")
        return
    _range(value, path, problems, minimum, maximum)


def _range(
    value: float, path: str, problems: list[str], low: float | None, high: float | None
) -> None:
    if low is not None and value < low:
        problems.append(f"{path}: value is below the minimum of {low}")
    if high is not None and value > high:
        problems.append(f"{path}: value is above the maximum of {high}")


def check_bool(value: object, path: str, problems: list[str], required: bool) -> None:
    if _absent(value, path, problems, required):
        return
    if not isinstance(value, bool):
        problems.append(f"{path}: expected bool, got {_kind(value)}")


def check_timestamp(value: object, path: str, problems: list[str], required: bool) -> None:
    if _absent(value, path, problems, required):
        return
    # A datetime exists only if its module was imported: no need to import it to check.
    datetime = sys.modules.get("datetime")
    if datetime is None or not isinstance(value, datetime.datetime):
        problems.append(f"{path}: expected datetime, got {_kind(value)}")


def check_blob(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    min_len: int | None = None,
    max_len: int | None = None,
) -> None:
    if _absent(value, path, problems, required):
        return
    if not isinstance(value, (bytes, bytearray)):
        problems.append(f"{path}: expected bytes, got {_kind(value)}")
        return
    _length(len(value), path, problems, min_len, max_len, "length")


def check_document(value: object, path: str, problems: list[str], required: bool) -> None:
    _absent(value, path, problems, required)


def check_list(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    min_len: int | None,
    max_len: int | None,
    item: Check,
) -> None:
    if _absent(value, path, problems, required):
        return
    kind = _kind(value)  # before narrowing: the isinstance checks below leave Unknown types
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Sequence):
        problems.append(f"{path}: expected a sequence, got {kind}")
        return
    items = cast("Sequence[object]", value)
    _length(len(items), path, problems, min_len, max_len, "item count")
    for i, x in enumerate(items):
        item(x, f"{path}[{i}]")


def check_map(
    value: object,
    path: str,
    problems: list[str],
    required: bool,
    min_len: int | None,
    max_len: int | None,
    key: Check,
    item: Check,
) -> None:
    if _absent(value, path, problems, required):
        return
    if not isinstance(value, Mapping):
        problems.append(f"{path}: expected a mapping, got {_kind(value)}")
        return
    entries = cast("Mapping[object, object]", value)
    _length(len(entries), path, problems, min_len, max_len, "entry count")
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

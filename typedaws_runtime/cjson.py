"""JSON text to and from Python values with CPython's C accelerator, without the json package.

``json`` is outside the import budget (see ``typedaws_runtime``): it compiles the regular
expressions of its pure-Python fallbacks. The SDK only needs what ``_json`` offers: escaping a
string, encoding a document member, and scanning a response body. Where there is no ``_json``
(not CPython), the json package's own functions do the same work.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from typing import TypeAlias

    JsonValue: TypeAlias = "dict[str, object] | list[object] | str | int | float | bool | None"
    """What scanning JSON text gives (an object's keys are always strings)."""


def _not_json(value: object) -> object:
    """``JSONEncoder.default``: a value that is not JSON data."""
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class _ScanOptions:
    """What ``json.JSONDecoder()`` gives its scanner: the defaults of ``json.loads``."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}.__getitem__


encode_str: Callable[[str], str]
"""A string as JSON text: quoted and escaped, non-ASCII characters kept."""
encode_str_ascii: Callable[[str], str]
"""A string as JSON text, quoted and escaped as ``json.dumps`` writes it by default: non-ASCII
characters as ``\\uXXXX``."""
scan: Callable[[str, int], tuple[JsonValue, int]]
"""The JSON value at an index of a text, and where it ends (``json.JSONDecoder.scan_once``).
Where a value is missing, at any depth, it raises ``StopIteration`` (``ValueError`` without the
C scanner); for other mistakes, ``ValueError`` (a trailing comma is one from Python 3.13 on, a
missing value before)."""
encode_value: Callable[[object], str]
"""Compact JSON text of any JSON value, as ``json.dumps`` with ``(",", ":")`` separators and
``ensure_ascii=False`` writes it. Raises ``TypeError`` for a value that is not JSON data and
``RecursionError`` for one that contains itself (there is no cycle check: its state would be
shared between threads)."""

try:
    import _json
except ImportError:  # not CPython: the json package's pure-Python equivalents
    import json

    encode_str = json.encoder.py_encode_basestring
    encode_str_ascii = json.encoder.py_encode_basestring_ascii
    scan = json.JSONDecoder().raw_decode
    encode_value = cast(
        "Callable[[object], str]",
        json.JSONEncoder(
            separators=(",", ":"), ensure_ascii=False, check_circular=False, default=_not_json
        ).encode,
    )
else:
    encode_str = _json.encode_basestring
    encode_str_ascii = _json.encode_basestring_ascii
    scan = _json.make_scanner(cast("_json.make_scanner", _ScanOptions()))
    _chunks = _json.make_encoder(
        markers=None,  # no check for circular references, as check_circular=False
        default=_not_json,
        encoder=_json.encode_basestring,  # strings as UTF-8 text, as ensure_ascii=False
        indent=None,
        key_separator=":",
        item_separator=",",
        sort_keys=False,
        skipkeys=False,
        allow_nan=True,
    )

    def _encode(value: object) -> str:
        return "".join(_chunks(value, 0))

    encode_value = _encode

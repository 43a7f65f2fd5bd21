"""JSON values to and from Python values, for generated serializers and parsers.

Parsers check the JSON type of every value they read and raise ``ShapeMismatch`` with the
path of the offending value; the client turns that into ``ResponseParseError``.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping

from typedaws_runtime import cjson
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.signature_types import Document as Document
from typedaws_runtime.static_typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    import datetime

# datetime and base64 are imported by the functions that need them: most operations carry
# neither timestamps nor blobs, and every program would otherwise pay for both at start.


T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class ShapeMismatch(Exception):
    """A response value does not have the type the model promises."""

    def __init__(self, path: str, expected: str, value: object) -> None:
        self.path = path
        super().__init__(f"{path}: expected {expected}, got {_json_type(value)}")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def missing(path: str) -> ShapeMismatch:
    return ShapeMismatch(path, "a value (the member is required)", None)


# -- parsing ----------------------------------------------------------------------------------


def expect_object(value: object, path: str) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise ShapeMismatch(path, "object", value)
    return cast("Mapping[str, object]", value)


def parse_str(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise ShapeMismatch(path, "string", value)
    return value


def parse_enum(cls: type[E], value: object, path: str) -> E | Unmodelled:
    """The enum member for ``value``, or ``value`` as ``Unmodelled`` (a ``str``) when this
    SDK's model does not know it."""
    if not isinstance(value, str):
        raise ShapeMismatch(path, "string", value)
    try:
        return cls(value)
    except ValueError:
        return Unmodelled(value)


def parse_int(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ShapeMismatch(path, "integer", value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ShapeMismatch(path, "integer", value)
        return int(value)
    return value


_FLOAT_WORDS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def parse_float(value: object, path: str) -> float:
    if isinstance(value, bool):
        raise ShapeMismatch(path, "number", value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and value in _FLOAT_WORDS:
        return _FLOAT_WORDS[value]
    raise ShapeMismatch(path, "number", value)


def parse_bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ShapeMismatch(path, "boolean", value)
    return value


def parse_timestamp(value: object, path: str) -> datetime.datetime:
    """Epoch seconds (awsJson's default), or an ISO 8601 or HTTP-date string, as a datetime.

    The result is always timezone-aware; strings without an offset are taken as UTC.
    """
    import datetime

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
            return epoch + datetime.timedelta(seconds=value)
        except (OverflowError, ValueError):
            raise ShapeMismatch(path, "epoch seconds in range", value) from None
    if isinstance(value, str):
        parsed: datetime.datetime | None
        try:
            parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = _parse_http_date(value)
        if parsed is None:
            raise ShapeMismatch(path, "timestamp", value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    raise ShapeMismatch(path, "timestamp", value)


def _parse_http_date(value: str) -> datetime.datetime | None:
    """An HTTP-date (``timestampFormat: rfc822``), e.g. ``Sun, 02 Jan 2000 20:34:56 GMT``."""
    import email.utils  # rare, and slow to import: only when such a date arrives

    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_blob(value: object, path: str) -> bytes:
    if not isinstance(value, str):
        raise ShapeMismatch(path, "base64 string", value)
    import base64
    import binascii

    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ShapeMismatch(path, "base64 string", value) from None


def parse_document(value: object, path: str) -> Document:
    return cast(Document, value)


def parse_list(value: object, path: str, item: Callable[[object, str], T]) -> list[T]:
    if not isinstance(value, list):
        raise ShapeMismatch(path, "array", value)
    out: list[T] = []
    for i, x in enumerate(cast("list[object]", value)):
        if x is None:
            raise ShapeMismatch(f"{path}[{i}]", "a value", x)
        out.append(item(x, f"{path}[{i}]"))
    return out


def parse_sparse_list(value: object, path: str, item: Callable[[object, str], T]) -> list[T | None]:
    if not isinstance(value, list):
        raise ShapeMismatch(path, "array", value)
    return [
        None if x is None else item(x, f"{path}[{i}]")
        for i, x in enumerate(cast("list[object]", value))
    ]


def parse_map(value: object, path: str, item: Callable[[object, str], T]) -> dict[str, T]:
    m = expect_object(value, path)
    out: dict[str, T] = {}
    for k, x in m.items():
        if x is None:
            continue  # dense maps drop null values, as AWS SDKs do
        out[k] = item(x, f"{path}[{k!r}]")
    return out


def parse_sparse_map(
    value: object, path: str, item: Callable[[object, str], T]
) -> dict[str, T | None]:
    m = expect_object(value, path)
    return {k: None if x is None else item(x, f"{path}[{k!r}]") for k, x in m.items()}


def parse_nothing(value: object, path: str) -> None:
    """The parser of operations that have no output."""
    return None


# -- serializing ------------------------------------------------------------------------------
#
# Generated serializers write the request's JSON text themselves, member by member, with these
# helpers for the values that need more than a literal: building a dict and encoding it took
# twice as long. Each helper returns JSON text. Values reach them validated (types checked).

json_str: Callable[[str], str] = cjson.encode_str
"""A string as JSON text: quoted and escaped, non-ASCII characters kept."""


def json_float(value: float) -> str:
    """A float (or int) member as JSON text; awsJson sends NaN and infinities as strings."""
    if value != value:  # NaN
        return '"NaN"'
    if value in (math.inf, -math.inf):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    # As ``json.dumps`` writes them: the validated value is a float or an int.
    return float.__repr__(value) if isinstance(value, float) else int.__repr__(value)


def serialize_nothing(value: None) -> str:
    """The serializer of operations that have no input: awsJson still sends ``{}``."""
    return "{}"


def json_timestamp(value: datetime.datetime, fmt: str) -> str:
    """A datetime in the member's wire format, as JSON text; naive datetimes are taken as UTC."""
    import datetime

    utc_zone = datetime.UTC
    if value.tzinfo is None:
        value = value.replace(tzinfo=utc_zone)
    if fmt == "iso8601":
        utc = value.astimezone(utc_zone)
        text = utc.strftime("%Y-%m-%dT%H:%M:%S")
        if utc.microsecond:
            text += f".{utc.microsecond:06d}"  # six digits, as botocore writes them
        return f'"{text}Z"'
    if fmt == "rfc822":
        utc = value.astimezone(utc_zone)
        return utc.strftime('"%a, %d %b %Y %H:%M:%S GMT"')
    seconds = (value - datetime.datetime(1970, 1, 1, tzinfo=utc_zone)).total_seconds()
    whole = int(seconds)
    return str(whole) if whole == seconds else repr(round(seconds, 6))


def idempotency_token() -> str:
    """A new UUID4: the value of an ``idempotencyToken`` member the caller left unset."""
    import uuid  # only operations with idempotency tokens need it; slow to import

    return str(uuid.uuid4())


def json_blob(value: bytes | bytearray | str) -> str:
    """A blob as JSON text: its base64 form, quoted (it needs no escaping)."""
    import binascii  # not base64, which imports ``re`` for the same call

    raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return '"' + binascii.b2a_base64(raw, newline=False).decode("ascii") + '"'


json_document: Callable[[object], str] = cjson.encode_value
"""A document member (any JSON value) as JSON text; ``TypeError`` or ``RecursionError`` for a
value JSON cannot carry, which the client reports as a ``ValidationError``."""


def json_default(value: object) -> object:
    """For ``json.dumps(dataclasses.asdict(model), default=json_default)``: a timestamp as ISO
    8601 text, a blob as base64 text (the values ``json`` cannot write itself)."""
    import datetime

    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        import binascii

        return binascii.b2a_base64(value, newline=False).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")

"""The awsJson 1.0/1.1 protocol: how a request is framed and how a response is read.

Pure functions over ``HttpRequest``/``HttpResponse``, shared by the sync and async clients.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from typedaws_runtime import cjson
from typedaws_runtime.errors import ResponseParseError, ServiceError, ValidationError
from typedaws_runtime.http import HttpRequest, HttpResponse, Timeouts
from typedaws_runtime.redact import redact
from typedaws_runtime.serde import ShapeMismatch
from typedaws_runtime.static_typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typedaws_runtime.cjson import JsonValue
    from typedaws_runtime.operation import ServiceSpec

T = TypeVar("T")


def build_request(
    service: ServiceSpec,
    operation: str,
    serialize: Callable[[T], str],
    request: T,
    url: str,
    timeouts: Timeouts,
    user_agent: str,
) -> HttpRequest:
    """The HTTP request of ``operation``: ``request``'s JSON text (``serialize`` writes it) in a
    POST to ``url``, to be sent within ``timeouts``. Raises ``ValidationError`` for what
    validation cannot see."""
    try:
        payload = serialize(request).encode("utf-8")
    except UnicodeEncodeError:
        # Only a lone surrogate (e.g. "\udcff") cannot be UTF-8; it is a caller's mistake.
        raise ValidationError(
            operation, ["a string member holds a lone surrogate, which UTF-8 cannot carry"]
        ) from None
    except (TypeError, ValueError):
        # Only a document member can hold such a value: validation checks every other type.
        raise ValidationError(
            operation, ["a document member holds a value JSON cannot carry (not JSON data)"]
        ) from None
    except RecursionError:
        raise ValidationError(
            operation,
            ["the request nests too deeply for JSON (a document member that holds itself?)"],
        ) from None
    headers = {
        "Content-Type": service.content_type,
        "X-Amz-Target": service.target_prefix + "." + operation,
        "Content-Length": str(len(payload)),
        "User-Agent": user_agent,
    }
    if service.query_compatible:
        headers["x-amzn-query-mode"] = "true"
    # Positional: a keyword call into ``__init__`` costs twice as much, on every request.
    return HttpRequest("POST", url, headers, payload, timeouts)


def request_id(response: HttpResponse) -> str | None:
    headers = response.headers
    return headers.get("x-amzn-requestid") or headers.get("x-amz-request-id") or None


_JSON_SPACE = " \t\n\r"


def _decode(response: HttpResponse) -> JsonValue:
    """The body as JSON (an empty body as ``{}``).

    ``json.loads`` on bytes spends more time guessing the encoding and matching whitespace
    than parsing a small body (3 µs of 4 for an error body, of 3 for ``{}``): AWS sends UTF-8,
    so the body is decoded as such (a BOM allowed) and parsed with the C scanner behind
    ``raw_decode``, which accepts exactly what ``json.loads`` does once surrounding JSON
    whitespace is removed. The usual body, one value with nothing around it, is scanned at
    once; any other is read again with the BOM and whitespace removed, or rejected.
    """
    body = response.body
    try:  # the usual body: one JSON value, nothing around it
        text = body.decode("utf-8")
        value, end = cjson.scan(text, 0)
        if end == len(text):
            return value
    except (StopIteration, ValueError, RecursionError):
        pass  # read again below, for the empty body or the exact error
    if not body or body.isspace():  # as ``not body.strip()``, without the copy
        return {}
    try:
        text = body.decode("utf-8")  # "utf-8-sig" would run a codec in Python
        if text.startswith("\ufeff"):
            text = text[1:]
        text = text.strip(_JSON_SPACE)
        value, end = cjson.scan(text, 0)
        if end != len(text):
            raise ValueError("Extra data")
        return value
    except (StopIteration, ValueError, RecursionError) as exc:
        why = " (it nests too deeply)" if isinstance(exc, RecursionError) else ""
        raise ResponseParseError(
            f"body is not JSON{why}",
            status_code=response.status,
            request_id=request_id(response),
        ) from None


def read_output(response: HttpResponse, parse: Callable[[object, str], T], shape: str) -> T:
    """The parsed output of a successful (2xx) response."""
    data = _decode(response)
    try:
        return parse(data, shape)
    except ShapeMismatch as exc:
        reason = str(exc)
    except RecursionError:
        reason = "body nests too deeply"
    # The request id is read only here: a successful call has no use for it.
    raise ResponseParseError(reason, status_code=response.status, request_id=request_id(response))


_EMPTY: Mapping[str, object] = {}


def sanitize_code(raw: str) -> str:
    """``aws.protocoltests#FooError:http://internal/`` -> ``FooError``."""
    return raw.partition(":")[0].rpartition("#")[2].strip()


BODY_SHOWN = 200
"""Characters of an unreadable error body shown in its error message."""


def _body_start(response: HttpResponse, secrets: Sequence[object]) -> str:
    """The start of the body for a message: decoded leniently, secrets masked, control
    characters escaped (``repr``), cut to ``BODY_SHOWN`` characters."""
    body = response.body
    if not body:
        return "empty"
    text = redact(body[: BODY_SHOWN * 4].decode("utf-8", "replace"), secrets)
    shown = repr(text[:BODY_SHOWN])
    return shown + (" ..." if len(text) > BODY_SHOWN or len(body) > BODY_SHOWN * 4 else "")


def read_error(
    service: ServiceSpec, response: HttpResponse, secrets: Sequence[object], url: str
) -> ServiceError | ResponseParseError:
    """The error a non-2xx response stands for; ``secrets`` are masked in its message.

    A response that names no error code is not the service speaking (an HTML page from a
    wrong endpoint, a proxy's 502): its error says where the request went and how the body
    starts, so that the cause can be seen.
    """
    headers = response.headers
    rid = request_id(response)
    try:
        data = _decode(response)
    except ResponseParseError:
        data = None
    body: Mapping[str, object] = data if isinstance(data, dict) else _EMPTY
    raw_code = headers.get("x-amzn-errortype") or body.get("__type") or body.get("code")
    shape_code = raw_code
    if service.query_compatible:
        # ``x-amzn-query-error: Code;Sender``: the error's awsQuery code (its ``error.code``).
        query_code = headers.get("x-amzn-query-error", "").split(";", 1)[0].strip()
        if query_code:
            raw_code = query_code
    message = body.get("message") or body.get("Message") or body.get("errorMessage") or ""
    if not isinstance(message, str):
        message = str(message)
    code = sanitize_code(raw_code) if isinstance(raw_code, str) else ""
    if not code:
        body_start = _body_start(response, secrets)
        return ResponseParseError(
            f"error response without an error code from {url}; body: {body_start}",
            status_code=response.status,
            request_id=rid,
        )
    message = redact(message, secrets)
    base, classes = service.load_errors()
    cls = classes.get(code)
    if cls is None and shape_code is not raw_code and isinstance(shape_code, str):
        # A model without awsQuery codes (SQS's) knows its errors by shape name only, which
        # ``__type`` still carries: ``AWS.SimpleQueueService.NonExistentQueue`` raises
        # ``QueueDoesNotExist``, as with botocore.
        cls = classes.get(sanitize_code(shape_code))
    if cls is None:
        cls = base
    error = cls._from_response(code, message, response.status, rid)  # pyright: ignore[reportPrivateUsage]
    # Generated subclasses with modelled members read them through this runtime-private hook
    # (most errors have none: no call for those). Best effort: code and message are what
    # callers rely on.
    if cls._read_members is not ServiceError._read_members:  # pyright: ignore[reportPrivateUsage]
        try:  # noqa: SIM105 (contextlib.suppress would import contextlib at start)
            error._read_members(body, code)  # pyright: ignore[reportPrivateUsage]
        except ShapeMismatch:
            pass
    return error

"""HTTP/1.1 on the wire, without I/O: request bytes out, response bytes in.

Both built-in transports (blocking sockets and asyncio) share this code, so they frame requests
and read responses identically. It exists because the libraries that do the same job cost more
than the whole rest of a call's cold start (``make bench``: ``http.client`` imports ``email``,
~45 ms; h11 35-50 ms; aiohttp ~400 ms). It reads what RFC 9112 lets a server send to a client
that made one POST: interim 1xx responses, ``Content-Length``, ``chunked``, or a body that runs
to the end of the connection; anything else is a ``ProtocolError``.
"""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime.errors import TransportError
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.urls import Origin

if TYPE_CHECKING:
    from typedaws_runtime.proxies import Proxy

MAX_HEAD = 65_536
"""Longest status line plus headers accepted, in bytes."""

_NO_BODY = frozenset((204, 304))


class ProtocolError(Exception):
    """The peer's bytes are not an HTTP/1.1 response this reader can frame."""


DEFAULT_MAX_BODY = 32 * 1024 * 1024
"""Largest response body read by default, in bytes."""


class BodyTooLarge(ProtocolError):
    """The response body is larger than the reader's ``max_body``: the rest is not read.

    Raised as soon as that is known: for a ``Content-Length`` over the limit, on the head,
    before any of the body; for a chunked body, on the size line of the chunk that would pass
    it; for a body read to the end of the connection, once more than the limit has arrived.
    The rest of the body may still be on its way, so the connection must be closed (as for any
    ``ProtocolError``); ``limit`` lets a transport report it as a typed error.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"response body larger than max_response_bytes={limit}")


def encode_request(
    method: str, target: str, host: str, headers: Mapping[str, str], body: bytes
) -> bytes:
    """The request's bytes: request line, ``Host``, the caller's headers, ``Content-Length``.

    ``Accept-Encoding: identity`` is sent (as ``http.client`` does) unless the caller set one,
    since without it a server may compress the body in any coding.
    """
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    has_encoding = False
    for name, value in headers.items():
        lowered = name.lower()
        if lowered == "host" or lowered == "content-length":
            continue
        if lowered == "accept-encoding":
            has_encoding = True
        lines.append(f"{name}: {value}")
    if not has_encoding:
        lines.append("Accept-Encoding: identity")
    lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines)
    breaks = len(lines) - 1  # one CR LF between lines, and no other CR or LF anywhere
    try:
        if head.count("\n") != breaks or head.count("\r") != breaks:
            raise ValueError
        return (head + "\r\n\r\n").encode("latin-1") + body
    except ValueError:  # UnicodeEncodeError is one
        raise ValueError(_bad_header(headers)) from None


def _bad_header(headers: Mapping[str, str]) -> str:
    """Why a header cannot be sent, naming the header but never showing its value."""
    for name, value in headers.items():
        if any(c in text for text in (name, value) for c in "\r\n"):
            return f"header {name!r} contains a line break"
        if not (name + value).isascii() and any(ord(c) > 255 for c in name + value):
            return f"header {name!r} holds characters HTTP/1.1 cannot carry (beyond Latin-1)"
    return "a header cannot be sent"  # pragma: no cover - only the two reasons above exist


def request_bytes(
    request: HttpRequest, origin: Origin, target: str, proxy: Proxy | None = None
) -> bytes:
    """``encode_request`` for a transport: a header it cannot send is a ``TransportError``.

    Through a ``proxy``, a plain ``http`` request goes to the proxy itself: its target in
    absolute form, with the proxy's ``Proxy-Authorization``. (An ``https`` request goes inside
    a tunnel, as it would go to the endpoint.)
    """
    headers = request.headers
    if proxy is not None and origin.scheme == "http":
        target = f"http://{origin.host_header}{target}"
        headers = {**headers, **proxy.headers}
    try:
        return encode_request(request.method, target, origin.host_header, headers, request.body)
    except ValueError as exc:
        raise TransportError(f"request not sent: {exc}", url=request.url) from None


def failure(exc: BaseException, proxy: Proxy | None = None) -> str:
    """What went wrong on a connection, for an error message (never request data), naming
    the ``proxy`` it went through (its password masked)."""
    if isinstance(exc, ProtocolError):
        return f"unreadable HTTP response: {exc}"
    detail = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or ""
    if type(exc).__module__ == "ssl":  # the verification message says which check failed
        detail = getattr(exc, "verify_message", None) or detail or str(exc)
    name = type(exc).__name__
    text = f"connection failed: {name}: {detail}" if detail else f"connection failed: {name}"
    return text if proxy is None else f"{text}, through proxy {proxy}"


# -- reading a response -----------------------------------------------------------------------


class ResponseReader:
    """Reads one response from the bytes given to ``feed`` (and ``eof`` when the peer closes).

    Once ``done`` is true, ``status``, ``headers`` (names in lower case, repeated fields joined
    by ", ") and ``body`` hold the response, and ``reusable`` says whether the connection may
    carry another request.

    Theory of operation: every byte received is appended to one buffer, and each step takes
    what it has read from the buffer's front, so whatever is left once the response is done
    was sent after it (and makes the connection not reusable). There are two states:

    - reading the head (``_framing`` is None): wait for the empty line that ends the status
      line and header fields, then parse them. An interim (1xx) response is dropped and the
      next head read; a final response's head chooses how its body is framed (RFC 9112
      section 6.3) and so the body reader that takes over;
    - reading the body, with one reader per framing: ``_LengthBody`` (``Content-Length``, and
      the empty body of a 204 or 304), ``_ChunkedBody`` (``Transfer-Encoding: chunked``) or
      ``_EofBody`` (everything until the peer closes). A body reader's ``read`` returns the
      body once it is complete; its ``eof`` ends a body framed by the end of the connection,
      and refuses any other.

    It reads what h11 reads, and refuses what h11 refuses (``tests/conformance/
    test_h11_agreement.py`` holds it to that), but for three things where it is stricter: no
    control characters in field values and reason phrases, no version but HTTP/1.x, and no
    reuse of a connection whose response was framed by both ``Transfer-Encoding`` and
    ``Content-Length``. A body larger than ``max_body`` raises ``BodyTooLarge``.
    """

    __slots__ = (
        "_buf",
        "_close",
        "_framing",
        "_max_body",
        "_scanned",
        "_seen",
        "body",
        "done",
        "headers",
        "status",
    )

    def __init__(self, max_body: int = DEFAULT_MAX_BODY) -> None:
        self._max_body = max_body
        self._buf = bytearray()
        self._framing: _BodyReader | None = None  # None while reading the head
        self._close = False
        self._seen = False
        self._scanned = 0  # where to look for the end of the head when more bytes arrive
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = b""
        self.done = False

    @property
    def reusable(self) -> bool:
        """True if the response ended cleanly and left nothing else on the connection."""
        return self.done and not self._close and not self._buf

    @property
    def started(self) -> bool:
        """True once any byte of the response has arrived."""
        return self._seen

    def feed(self, data: bytes) -> bool:
        """Take more bytes; return ``done``. Raises ``ProtocolError`` on bytes it cannot read."""
        if data:
            self._seen = True
            self._buf += data  # after ``done``, such bytes mean the connection is not reusable
        if self.done:
            return True
        framing = self._framing
        if framing is None:
            framing = self._read_head()
            if framing is None:
                return False
        body = framing.read(self._buf)
        if body is None:
            return False
        self.body = body
        self.done = True
        return True

    def eof(self) -> None:
        """The peer closed the connection: end a body read to EOF, or raise ``ProtocolError``."""
        if self.done:
            return
        if self._framing is not None:
            self.body = self._framing.eof(self._buf)
            self.done = True
            return
        if not self._seen:
            raise ProtocolError("connection closed before any response")
        raise ProtocolError("connection closed in the middle of a response")

    def _read_head(self) -> _BodyReader | None:
        """Read heads until a final response's; return its body reader (None: need more)."""
        while True:
            head, self._scanned = take_head(self._buf, self._scanned)
            if head is None:
                return None
            version, status, _, headers = head
            if status == 101:  # as h11: a protocol switch the client did not ask for
                raise ProtocolError("101 Switching Protocols, but no upgrade was asked for")
            if status < 200:
                continue  # an interim response (100 Continue, 103 Early Hints): read the next
            self.status = status
            self.headers = headers
            # As h11: HTTP/1.0 servers' connections are not kept alive (their keep-alive option
            # is not taken up), nor those the server says it will close.
            connection = headers.get("connection")
            self._close = version == "HTTP/1.0" or (connection is not None and _closes(connection))
            framing = self._framing = self._frame(status, headers)
            return framing

    def _frame(self, status: int, headers: dict[str, str]) -> _BodyReader:
        """The reader of the body that follows this head (RFC 9112 section 6.3; its framing
        fields are already checked by ``_header_fields``)."""
        if status in _NO_BODY:
            return _LengthBody(0)
        if "transfer-encoding" in headers:  # chunked, the only coding read
            if "content-length" in headers:  # maybe response smuggling: read, but not reused
                self._close = True
            return _ChunkedBody(self._max_body)
        length = headers.get("content-length")
        if length is None:
            self._close = True
            return _EofBody(self._max_body)
        if int(length) > self._max_body:
            raise BodyTooLarge(self._max_body)
        return _LengthBody(int(length))


class _BodyReader:
    """Reads one body framing from the front of the buffer it is given."""

    __slots__ = ()

    def read(self, buf: bytearray) -> bytes | None:
        """Take the body from ``buf`` if all of it is there; None: not yet."""
        raise NotImplementedError

    def eof(self, buf: bytearray) -> bytes:
        """The peer closed the connection before ``read`` returned the body."""
        raise ProtocolError("connection closed in the middle of a response")


class _LengthBody(_BodyReader):
    """A body of ``Content-Length`` bytes (none for a 204 or 304)."""

    __slots__ = ("_length",)

    def __init__(self, length: int) -> None:
        self._length = length

    def read(self, buf: bytearray) -> bytes | None:
        length = self._length
        if len(buf) < length:
            return None
        if len(buf) == length:  # the usual case: copied once, not sliced first
            body = bytes(buf)
            buf.clear()
        else:
            body = bytes(buf[:length])
            del buf[:length]
        return body


_CHUNK_SIZE, _CHUNK_DATA, _TRAILERS = range(3)
"""Where a chunked body's reader is: at a chunk's size line, in its data, in the trailers."""


class _ChunkedBody(_BodyReader):
    """A ``Transfer-Encoding: chunked`` body: chunks, each a size line and that many bytes,
    until a chunk of size 0, then trailer fields (checked, then dropped) and an empty line.

    Chunk data move from the buffer into one bytearray as they arrive, so the body costs its
    size however it is cut (a list of chunks would cost ~40 bytes more for each)."""

    __slots__ = ("_body", "_left", "_max_body", "_phase", "_scanned")

    def __init__(self, max_body: int) -> None:
        self._max_body = max_body
        self._phase = _CHUNK_SIZE
        self._left = 0  # bytes of the current chunk's data still to come
        self._body = bytearray()
        self._scanned = 0  # where to look for the end of the trailers when more bytes arrive

    def read(self, buf: bytearray) -> bytes | None:
        while True:
            phase = self._phase
            if phase == _CHUNK_SIZE:
                if not self._read_size(buf):
                    return None
            elif phase == _CHUNK_DATA:
                if not self._read_data(buf):
                    return None
            else:
                return self._read_trailers(buf)

    def _read_size(self, buf: bytearray) -> bool:
        end = buf.find(b"\r\n")  # as h11: CR LF only, unlike the lines of a head
        if end < 0:
            if len(buf) > MAX_HEAD:
                raise ProtocolError("chunk size line too long")
            return False
        size = _chunk_size(bytes(buf[:end]))
        del buf[: end + 2]
        if size == 0:
            self._phase = _TRAILERS
        elif len(self._body) + size > self._max_body:
            raise BodyTooLarge(self._max_body)  # before any of that chunk is read
        else:
            self._left = size
            self._phase = _CHUNK_DATA
        return True

    def _read_data(self, buf: bytearray) -> bool:
        left = self._left
        if left:  # move what has arrived of the chunk's data
            if left >= len(buf):
                self._left = left - len(buf)
                self._body += buf
                buf.clear()
                if self._left:
                    return False
            else:
                self._left = 0
                self._body += buf[:left]
                del buf[:left]
        ending = bytes(buf[:2])  # then the CR LF that ends the chunk
        if ending != b"\r\n":
            if b"\r\n".startswith(ending):
                return False  # the rest of it is yet to come
            raise ProtocolError("chunk data not followed by CR LF")
        del buf[:2]
        self._phase = _CHUNK_SIZE
        return True

    def _read_trailers(self, buf: bytearray) -> bytes | None:
        if buf.startswith(b"\n") or buf.startswith(b"\r\n"):  # no trailers, just the empty line
            del buf[: buf.index(b"\n") + 1]
        else:
            lines, self._scanned = _take_lines(buf, self._scanned, "trailer section")
            if lines is None:
                return None
            _header_fields(lines)  # checked as a head's fields are (as h11 does), not kept
        return bytes(self._body)


class _EofBody(_BodyReader):
    """A body that runs to the end of the connection: kept in the buffer until ``eof``."""

    __slots__ = ("_max_body",)

    def __init__(self, max_body: int) -> None:
        self._max_body = max_body

    def read(self, buf: bytearray) -> bytes | None:
        if len(buf) > self._max_body:
            raise BodyTooLarge(self._max_body)
        return None

    def eof(self, buf: bytearray) -> bytes:
        body = bytes(buf)
        buf.clear()
        return body


def take_head(
    buf: bytearray, scanned: int
) -> tuple[tuple[str, int, str, dict[str, str]] | None, int]:
    """Take one head (status line and header fields) from the front of ``buf``:
    ``((version, status, reason, headers), 0)``; or ``(None, where to resume)`` until its
    empty line has arrived (see ``_take_lines``). Bytes that cannot begin an HTTP/1 response
    (a TLS record, say) are refused at once. Raises ``ProtocolError``.

    Shared by ``ResponseReader`` and a proxy's answer to CONNECT, so both read heads alike.
    """
    lines, scanned = _take_lines(buf, scanned, "response head")
    if lines is None:
        if not b"HTTP/1.".startswith(buf[:7]):
            raise ProtocolError(f"not an HTTP/1 response: {bytes(buf[:16])!r}")
        return None, scanned
    version, status, reason = _status_line(lines[0])
    return (version, status, reason, _header_fields(lines[1:])), 0


def _take_lines(buf: bytearray, scanned: int, what: str) -> tuple[list[str] | None, int]:
    """Take the lines of a head or trailers from the front of ``buf``, up to an empty line:
    ``(lines, 0)``; or ``(None, where to resume the search)`` until all of them have arrived.

    ``scanned`` is where the last search for the empty line stopped, so that a head arriving
    in many small pieces is not searched from its start each time.
    """
    end, after = _empty_line(buf, scanned)
    if end < 0 or end > MAX_HEAD:
        if len(buf) > MAX_HEAD:
            raise ProtocolError(f"{what} too long")
        return None, max(0, len(buf) - 2)  # an empty line may end in the next bytes
    lines = _lines(buf[: end + 1])
    del buf[:after]
    return lines, 0


def _empty_line(buf: bytearray, start: int) -> tuple[int, int]:
    """Where the first empty line after ``start`` is, as h11 finds it: any mix of CR LF and
    bare LF (which RFC 9112 lets a reader accept) ends a line, so the empty line is the first
    ``LF LF`` or ``LF CR LF``. Returns ``(end, after)``: ``buf[:end]`` holds the lines before
    it (with the last one's CR, if any), ``buf[after:]`` what follows; ``(-1, -1)`` if there is
    none yet.
    """
    crlf = buf.find(b"\n\r\n", start)
    lf = buf.find(b"\n\n", start, len(buf) if crlf < 0 else crlf + 1)  # only one before crlf
    if lf >= 0:
        return lf, lf + 2
    if crlf >= 0:
        return crlf, crlf + 3
    return -1, -1


_HEAD_BYTES = bytes((9, 10, *range(0x20, 0x7F), *range(0x80, 0x100)))
"""What a head may hold once its line breaks are LF: LF, HTAB, SP, visible ASCII and obs-text.

That is RFC 9110's field value (section 5.5) and RFC 9112's reason phrase (section 4), and
more than status lines and field names may hold (checked apart). h11 also lets through the
control characters other than NUL, CR, LF, VT and FF (for browsers' cookies sent to servers);
no server needs them in a response to a client, and they would reach error messages and logs.
"""

_TOKEN = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""The characters of a token (RFC 9110 section 5.6.2), such as a field name."""


_NAMES: dict[str, str] = {}
"""Field names already found to be tokens, and their lower case: a server sends the same few
on every response, so each is checked once (a check costs ~0.15 µs a field)."""

_MAX_NAMES = 256

_OWS = " \t"
"""Optional whitespace (RFC 9110 section 5.6.3), around a field value."""


def _lines(block: bytearray) -> list[str]:
    """The lines of ``block`` (a head: up to and with the LF of its last line), without their
    line breaks (CR LF or LF). A CR anywhere else, or a control character, is refused."""
    text = block.replace(b"\r\n", b"\n")
    bad = text.translate(None, _HEAD_BYTES)
    if bad:
        raise ProtocolError(f"control character 0x{bad[0]:02x} in the response head")
    lines = text.decode("latin-1").split("\n")
    lines.pop()  # what follows the last LF: nothing
    return lines


_HEX = b"0123456789abcdefABCDEF"


def _chunk_size(line: bytes) -> int:
    """The size on a chunk's size line (without its CR LF): 1 to 20 hex digits (h11's limit),
    then extensions, which are not read, or spaces and tabs (which h11 takes, as servers in the
    wild send them); nothing before the digits (RFC 9112 section 7.1)."""
    digits, semicolon, _ = line.partition(b";")
    if not semicolon:
        digits = digits.rstrip(b" \t")
    if not 0 < len(digits) <= 20 or digits.strip(_HEX) or b"\n" in line:
        raise ProtocolError(f"invalid chunk size line {line[:40]!r}")
    return int(digits, 16)


_VERSIONS = frozenset(f"HTTP/1.{minor}" for minor in "0123456789")


def _status_line(line: str) -> tuple[str, int, str]:
    """The version (``HTTP/1.x``), status code and reason of ``HTTP/1.x SP 3DIGIT [SP reason]``.

    RFC 9112 section 4, read as h11 does: the reason phrase and the space before it may be
    missing, as some servers send. h11 also takes any other ``DIGIT.DIGIT`` version; another
    major version is another message syntax (RFC 9110 section 6.2), so it is refused here.
    """
    version, code = line[:8], line[9:12]
    if (
        version not in _VERSIONS
        or line[8:9] != " "
        or not (code.isdigit() and code.isascii() and len(code) == 3)
        or line[12:13] not in ("", " ")
    ):
        raise ProtocolError(f"invalid status line {line[:40]!r}")
    status = int(code)
    if status < 100:
        raise ProtocolError(f"invalid status code {code}")
    return version, status, line[13:]


def _header_fields(lines: list[str]) -> dict[str, str]:
    """The fields of a head's lines (after the status line) or of trailers: names in lower
    case, values without the spaces and tabs around them, repeated fields joined by ", "."""
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        lowered = _NAMES.get(name) if colon else None
        if lowered is None:
            if not colon or not name or name.strip(_TOKEN):  # a name is a token
                if line[:1] in (" ", "\t"):  # obsolete line folding: read them again, unfolded
                    return _header_fields(_unfold(lines))
                raise ProtocolError(f"invalid header line {line[:40]!r}")
            lowered = name.lower()
            if len(_NAMES) < _MAX_NAMES:
                _NAMES[name] = lowered
        name = lowered
        value = value.strip(_OWS)
        previous = headers.get(name)
        headers[name] = value if previous is None else f"{previous}, {value}"
    # The fields that frame a body are checked wherever they are (interim responses and
    # trailers too), as h11 does, and kept as what was read from them.
    length = headers.get("content-length")
    if length is not None:
        headers["content-length"] = _content_length(length)
    coding = headers.get("transfer-encoding")
    if coding is not None:
        if coding.lower() != "chunked":  # in one field: "chunked, chunked" is refused too
            raise ProtocolError(f"Transfer-Encoding {coding[:40]!r} is not read, only chunked")
        headers["transfer-encoding"] = "chunked"
    return headers


def _unfold(lines: list[str]) -> list[str]:
    """Field lines with each continuation line (one that begins with a space or tab) joined to
    the line before it by one space, as h11 does (obs-fold, RFC 9112 section 5.2)."""
    unfolded: list[str] = []
    for line in lines:
        if line[:1] not in (" ", "\t"):
            unfolded.append(line)
        elif unfolded:
            unfolded[-1] = f"{unfolded[-1]} {line.lstrip(_OWS)}"
        else:
            raise ProtocolError("folded line with no field line before it")
    return unfolded


def _content_length(value: str) -> str:
    """The length a ``Content-Length`` value gives: digits, or a list of the same digits
    (RFC 9112 section 6.3, from repeated fields or a proxy); at most 20 digits, as h11."""
    if not (value.isdigit() and value.isascii()):
        lengths = {length.strip(_OWS) for length in value.split(",")}
        if len(lengths) != 1:
            raise ProtocolError("conflicting Content-Length values")
        value = lengths.pop()
        if not (value.isdigit() and value.isascii()):
            raise ProtocolError(f"invalid Content-Length {value[:40]!r}")
    if len(value) > 20:
        raise ProtocolError("Content-Length longer than 20 digits")
    return value


def _closes(connection: str) -> bool:
    """Whether a ``Connection`` value holds the ``close`` option (RFC 9112 section 9.6)."""
    options = connection.lower()
    return "close" in options and "close" in [option.strip(_OWS) for option in options.split(",")]

"""Agreement with h11 on reading responses: the same bytes, cut into the same pieces, given to
h11 (as a client that sent one POST) and to ``typedaws_runtime.http1.ResponseReader``, give the same
response (status, fields, body, whether the connection may be reused), or both refuse them.

h11 is the reference for HTTP/1.1 framing. Where this reader is deliberately stricter, the
expected outcome is h11's made stricter in the same way, by ``_expected`` (and said there).

Bytes come from three sources: random valid responses (every framing, interim responses, any
mix of CR LF and bare LF, folded lines, trailers, odd but legal forms), the same mutated (bytes
inserted, replaced, removed, repeated), and tables of hostile and odd cases. The generated
tests run 400 examples each (about 7 s in all), 5,000 with ``HYPOTHESIS_PROFILE=fuzz``
(``make fuzz``).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

import h11
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from typedaws_runtime.http1 import MAX_HEAD, ProtocolError, ResponseReader

_FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
_SETTINGS = settings(
    max_examples=5000 if _FUZZ else 400,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass(frozen=True)
class Read:
    """What a reader made of the bytes: a response, or a refusal (``REFUSED``)."""

    status: int
    headers: dict[str, str]
    body: bytes
    reusable: bool


REFUSED = Read(0, {}, b"", reusable=False)
"""A refusal: the reader raised ``ProtocolError`` (h11, ``RemoteProtocolError``)."""


def ours(pieces: list[bytes]) -> Read:
    """ResponseReader fed ``pieces``, then told of the end of the connection if not done."""
    reader = ResponseReader()
    try:
        for piece in pieces:
            reader.feed(piece)
        if not reader.done:
            reader.eof()
    except ProtocolError:
        return REFUSED
    return Read(reader.status, reader.headers, reader.body, reusable=reader.reusable)


class _H11Read:
    """h11's reading, with what ``_expected`` needs to know about it."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.read = REFUSED
        self.versions: list[bytes] = []  # of every head, interim ones too
        self.texts: list[bytes] = []  # reason phrases, field and trailer values
        self.framed_twice = False  # both Transfer-Encoding and Content-Length
        conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
        conn.send(
            h11.Request(method="POST", target="/", headers=[("Host", "h"), ("Content-Length", "2")])
        )
        conn.send(h11.Data(data=b"{}"))
        conn.send(h11.EndOfMessage())
        self._response: h11.Response | None = None
        self._body = bytearray()
        self._done = False
        self._read(conn, pieces)

    def _read(self, conn: h11.Connection, pieces: list[bytes]) -> None:
        try:
            for piece in pieces:
                conn.receive_data(piece)
                self._drain(conn)
            closed = not self._done
            if closed:
                conn.receive_data(b"")
                self._drain(conn)
        except h11.RemoteProtocolError:
            return
        if not self._done or self._response is None:
            return
        headers: dict[str, str] = {}
        for name, value in self._response.headers:
            key, text = name.decode("latin-1"), value.decode("latin-1")
            headers[key] = text if key not in headers else f"{headers[key]}, {text}"
        self.framed_twice = "transfer-encoding" in headers and "content-length" in headers
        reusable = conn.their_state is h11.DONE and not conn.trailing_data[0] and not closed
        self.read = Read(self._response.status_code, headers, bytes(self._body), reusable=reusable)

    def _drain(self, conn: h11.Connection) -> None:
        while not self._done:
            event = conn.next_event()
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return
            if isinstance(event, h11.InformationalResponse | h11.Response):
                self.versions.append(event.http_version)
                self.texts.append(event.reason)
                self.texts.extend(value for _, value in event.headers)
                if isinstance(event, h11.Response):
                    self._response = event
            elif isinstance(event, h11.Data):
                self._body += event.data
            elif isinstance(event, h11.EndOfMessage):
                self.texts.extend(value for _, value in event.headers)
                self._done = True
            else:  # ConnectionClosed before a response: h11 raises on the next call
                return


_CONTROLS = bytes((*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F))
"""Control characters h11 lets into field values and reason phrases, and this reader does not
(it takes only visible characters, obs-text, SP and HTAB, as RFC 9110 section 5.5 says)."""


def _expected(pieces: list[bytes]) -> Read:
    """h11's reading of ``pieces``, made stricter where this reader deliberately is:

    - a field value or reason phrase holding a control character (see ``_CONTROLS``);
    - a version other than HTTP/1.x (h11 takes any DIGIT.DIGIT; another major version is
      another message syntax, RFC 9110 section 6.2);
    - a response framed by both ``Transfer-Encoding`` and ``Content-Length`` is read by the
      former, as h11 does, but its connection is not reused (RFC 9112 section 6.3 calls it a
      possible smuggling attempt, to be handled as an error).
    """
    h11_read = _H11Read(pieces)
    read = h11_read.read
    if read is REFUSED:
        return read
    if any(text.translate(None, _CONTROLS) != text for text in h11_read.texts):
        return REFUSED
    if any(not version.startswith(b"1.") for version in h11_read.versions):
        return REFUSED
    if h11_read.framed_twice:
        return Read(read.status, read.headers, read.body, reusable=False)
    return read


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(c for c in cuts if 0 < c < len(data))})
    return [data[a:b] for a, b in itertools.pairwise(points)] or [b""]


def assert_agree(data: bytes, cuts: list[int]) -> Read:
    pieces = _cut(data, cuts)
    expected = _expected(pieces)
    assert ours(pieces) == expected, f"h11 (made stricter) read {expected!r}"
    return expected


# -- random valid responses -------------------------------------------------------------------

_TCHAR = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_names = st.text(alphabet=_TCHAR, min_size=1, max_size=12).filter(
    lambda s: s.lower() not in ("content-length", "transfer-encoding", "connection")
)
_vchar = st.sampled_from([chr(c) for c in (*range(0x21, 0x7F), *range(0x80, 0x100))])
_words = st.text(alphabet=_vchar, min_size=1, max_size=8)
_ows = st.sampled_from(["", " ", "\t", "  ", " \t "])
_values = st.builds(
    lambda words, gaps: "".join(w + g for w, g in zip(words, gaps, strict=False)).rstrip(" \t"),
    st.lists(_words, max_size=4),
    st.lists(st.sampled_from([" ", "\t", "  "]), min_size=4, max_size=4),
)
_reasons = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from([*" \t", *(chr(c) for c in range(0x21, 0x7F))]), max_size=12),
)


@st.composite
def _fields(draw: st.DrawFn) -> list[list[str]]:
    """Fields, each as its lines (without line breaks): OWS around values, and now and then a
    line folded in two (obs-fold)."""
    fields: list[list[str]] = []
    for name, value in draw(st.lists(st.tuples(_names, _values), max_size=5)):
        line = f"{name}:{draw(_ows)}{value}{draw(_ows)}"
        if value and draw(st.integers(0, 9)) == 0:
            cut = draw(st.integers(0, len(line) - len(name) - 1)) + len(name) + 1
            fields.append([line[:cut], draw(st.sampled_from([" ", "\t", "   "])) + line[cut:]])
        else:
            fields.append([line])
    return fields


@st.composite
def _heads(draw: st.DrawFn, status: int, framing: list[str]) -> bytes:
    version = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.1", "HTTP/1.0"]))
    reason = draw(_reasons)
    fields = draw(_fields())
    connection = draw(
        st.sampled_from([None, "close", "keep-alive", "Keep-Alive, Upgrade", "CLOSE", "x-close"])
    )
    if connection is not None:
        fields.append([f"Connection: {connection}"])
    fields += [[line] for line in framing]
    fields = draw(st.permutations(fields))
    status_line = f"{version} {status}" if reason is None else f"{version} {status} {reason}"
    return _join(draw, [status_line, *(line for field in fields for line in field)])


def _join(draw: st.DrawFn, lines: list[str]) -> bytes:
    """``lines`` and an empty line, each ended by CR LF or a bare LF (mostly CR LF)."""
    ends = [draw(st.sampled_from(["\r\n", "\r\n", "\r\n", "\n"])) for _ in range(len(lines) + 1)]
    return "".join(line + end for line, end in zip([*lines, ""], ends, strict=True)).encode(
        "latin-1"
    )


@st.composite
def _chunked(draw: st.DrawFn, body: bytes) -> bytes:
    out, rest = [], body
    while rest:
        size = draw(st.integers(1, max(1, len(rest))))
        piece, rest = rest[:size], rest[size:]
        out.append(_chunk_size_line(draw, len(piece)) + piece + b"\r\n")
    out.append(_chunk_size_line(draw, 0))
    trailers = [line for field in draw(_fields()) for line in field]
    if trailers:
        out.append(_join(draw, trailers))
    else:
        out.append(draw(st.sampled_from([b"\r\n", b"\n"])))
    return b"".join(out)


def _chunk_size_line(draw: st.DrawFn, size: int) -> bytes:
    digits = draw(st.sampled_from(["{:x}", "{:X}", "{:04x}"])).format(size)
    extension = draw(st.sampled_from(["", "", ";a=b", ';name="q v"', ";x", " \t"]))
    return f"{digits}{extension}\r\n".encode()


@st.composite
def valid_responses(draw: st.DrawFn) -> bytes:
    interim = b""
    for status in draw(st.lists(st.sampled_from([100, 102, 103]), max_size=2)):
        interim += draw(_heads(status, []))
    status = draw(st.sampled_from([200, 200, 201, 204, 299, 304, 400, 404, 500, 503, 599, 999]))
    body = draw(st.one_of(st.binary(max_size=200), st.just(b'{"Session": "abc"}')))
    framing = draw(st.sampled_from(["length", "length", "chunked", "eof", "both"]))
    if framing == "length":
        values = [str(len(body))] * draw(st.integers(1, 2))
        fields = [f"Content-Length: {', '.join(values)}"]
        if draw(st.booleans()) and draw(st.booleans()):
            fields.append(f"content-length:{values[0]}")
        payload = body
    elif framing in ("chunked", "both"):
        fields = [f"Transfer-Encoding: {draw(st.sampled_from(['chunked', 'Chunked', 'CHUNKED ']))}"]
        if framing == "both":
            fields.append(f"Content-Length: {draw(st.integers(0, 500))}")
        payload = draw(_chunked(body))
    else:
        fields, payload = [], body
    head = draw(_heads(status, fields))
    after = draw(st.sampled_from([b"", b"", b"", b"HTTP/1.1 200 OK\r\n", b"\r\n"]))
    return interim + head + payload + after


@_SETTINGS
@given(valid_responses(), st.lists(st.integers(1, 400), max_size=6))
def test_valid_responses_read_as_h11_reads_them(data: bytes, cuts: list[int]) -> None:
    assert_agree(data, cuts)


# -- the same, mutated ------------------------------------------------------------------------

_NASTY = [*b"\x00\r\n \t:;,\x1b\x7f\x80\xff0aF-\x0b\x0c\x01", *b"HTTP/1.1 "]


@st.composite
def mutated_responses(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(valid_responses()))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "replace", "delete", "repeat", "crlf", "lf"]))
        if action == "insert":
            data[at:at] = bytes([draw(st.sampled_from(_NASTY))])
        elif action == "replace" and at < len(data):
            data[at] = draw(st.sampled_from(_NASTY))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 3))]
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 8))]
        elif action == "crlf":
            data[:] = data.replace(b"\n", b"\r\n", 1) if draw(st.booleans()) else data
            data[at:at] = b"\r\n"
        else:
            data[:] = data.replace(b"\r\n", b"\n", draw(st.integers(1, 3)))
    return bytes(data)


@_SETTINGS
@given(mutated_responses(), st.lists(st.integers(1, 400), max_size=6))
def test_mutated_responses_read_or_refused_as_h11_does(data: bytes, cuts: list[int]) -> None:
    assert_agree(data, cuts)


# -- a table of hostile and odd cases ---------------------------------------------------------

OK = b"HTTP/1.1 200 OK\r\n"
CL0 = b"Content-Length: 0\r\n\r\n"
TE = b"Transfer-Encoding: chunked\r\n\r\n"

REFUSED_CASES = {
    # status line
    "status 099": b"HTTP/1.1 099 Low\r\n" + CL0,
    "status 000": b"HTTP/1.1 000 Zero\r\n" + CL0,
    "status 2000": b"HTTP/1.1 2000 OK\r\n" + CL0,
    "status +20": b"HTTP/1.1 +20 OK\r\n" + CL0,
    "status with unicode digits": "HTTP/1.1 2\u00b200 OK\r\n".encode("latin-1") + CL0,
    "101 without an upgrade asked for": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"
    + OK
    + CL0,
    "tab after status": b"HTTP/1.1 200\tOK\r\n" + CL0,
    "two spaces before status": b"HTTP/1.1  200 OK\r\n" + CL0,
    "HTTP/1": b"HTTP/1 200 OK\r\n" + CL0,
    "HTTP/1.": b"HTTP/1. 200 OK\r\n" + CL0,
    "HTTP/1.10": b"HTTP/1.10 200 OK\r\n" + CL0,
    "http/1.1": b"http/1.1 200 OK\r\n" + CL0,
    "HTTP/2": b"HTTP/2 200 OK\r\n" + CL0,
    "ICY": b"ICY 200 OK\r\n" + CL0,
    "space before status line": b" HTTP/1.1 200 OK\r\n" + CL0,
    "empty line before status line": b"\r\n" + OK + CL0,
    "bare LF before status line": b"\n" + OK + CL0,
    "NUL in reason": b"HTTP/1.1 200 O\x00K\r\n" + CL0,
    "CR in reason": b"HTTP/1.1 200 O\rK\r\n" + CL0,
    "TLS record": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\r\n\r\n",
    "HTML": b"<html><body>hello</body></html>\r\n\r\n",
    # field lines
    "no colon": OK + b"no colon here\r\n" + CL0,
    "empty name": OK + b": v\r\n" + CL0,
    "space before colon": OK + b"Name : v\r\n" + CL0,
    "tab before colon": OK + b"Name\t: v\r\n" + CL0,
    "space in name": OK + b"Bad Name: v\r\n" + CL0,
    "obs-text in name": OK + b"N\xe9: v\r\n" + CL0,
    "folded first line": OK + b"  folded: v\r\n" + CL0,
    "NUL in value": OK + b"X-Amzn-RequestId: ab\x00cd\r\n" + CL0,
    "CR in value": OK + b"X-Amzn-RequestId: ab\rcd\r\n" + CL0,
    "CR CR LF": OK + b"X-A: b\r\r\n" + CL0,
    "VT in value": OK + b"X-A: b\x0bc\r\n" + CL0,
    "FF in value": OK + b"X-A: b\x0c\r\n" + CL0,
    "CR in folded line": OK + b"X-A: b\r\n \rc\r\n" + CL0,
    # Content-Length
    "Content-Length 2, 3": OK + b"Content-Length: 2, 3\r\n\r\n{}",
    "Content-Length twice, different": OK + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
    "Content-Length -1": OK + b"Content-Length: -1\r\n\r\n",
    "Content-Length +2": OK + b"Content-Length: +2\r\n\r\n{}",
    "Content-Length 0x10": OK + b"Content-Length: 0x10\r\n\r\n",
    "Content-Length 1_0": OK + b"Content-Length: 1_0\r\n\r\n",
    "Content-Length empty": OK + b"Content-Length:\r\n\r\n",
    "Content-Length 2,": OK + b"Content-Length: 2,\r\n\r\n{}",
    "Content-Length , 2": OK + b"Content-Length: , 2\r\n\r\n{}",
    "Content-Length 2 2": OK + b"Content-Length: 2 2\r\n\r\n{}",
    "Content-Length unicode digit": OK + "Content-Length: \u00b2\r\n\r\n{}".encode("latin-1"),
    "Content-Length 21 digits": OK + b"Content-Length: " + b"0" * 21 + b"\r\n\r\n",
    "bad Content-Length on a 204": b"HTTP/1.1 204 No Content\r\nContent-Length: x\r\n\r\n",
    "bad Content-Length on a 100": b"HTTP/1.1 100 Continue\r\nContent-Length: x\r\n\r\n" + OK + CL0,
    # Transfer-Encoding
    "gzip, chunked": OK + b"Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    "chunked, chunked": OK + b"Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
    "chunked twice": OK
    + b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "identity": OK + b"Transfer-Encoding: identity\r\n\r\n{}",
    "gzip": OK + b"Transfer-Encoding: gzip\r\n\r\n{}",
    "empty coding": OK + b"Transfer-Encoding:\r\n\r\n{}",
    # chunks
    "chunk size zz": OK + TE + b"zz\r\n",
    "chunk size 0x1": OK + TE + b"0x1\r\na\r\n0\r\n\r\n",
    "chunk size ' 2 '": OK + TE + b" 2 \r\n{}\r\n0\r\n\r\n",
    "chunk size ' 2'": OK + TE + b" 2\r\n{}\r\n0\r\n\r\n",
    "chunk size '2 ;x'": OK + TE + b"2 ;x\r\n{}\r\n0\r\n\r\n",
    "chunk size -2": OK + TE + b"-2\r\n{}\r\n0\r\n\r\n",
    "chunk size +2": OK + TE + b"+2\r\n{}\r\n0\r\n\r\n",
    "chunk size 1_0": OK + TE + b"1_0\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n",
    "chunk size empty": OK + TE + b"\r\n{}\r\n0\r\n\r\n",
    "chunk size 21 digits": OK + TE + b"0" * 20 + b"2\r\n{}\r\n0\r\n\r\n",
    "chunk size line ends in bare LF": OK + TE + b"2\n{}\r\n0\r\n\r\n",
    "chunk size NUL": OK + TE + b"2\x00\r\n{}\r\n0\r\n\r\n",
    "chunk data too long": OK + TE + b"1\r\nabc\r\n0\r\n\r\n",
    "chunk data then bare LF": OK + TE + b"2\r\n{}\n0\r\n\r\n",
    "chunk data then CR x": OK + TE + b"2\r\n{}\rx0\r\n\r\n",
    "bad trailer": OK + TE + b"0\r\nno colon\r\n\r\n",
    "NUL in trailer": OK + TE + b"0\r\nX-T: a\x00b\r\n\r\n",
    "bad Content-Length in trailer": OK + TE + b"0\r\nContent-Length: x\r\n\r\n",
    # ends too early
    "closed in the head": OK + b"Content-Le",
    "closed in the body": OK + b"Content-Length: 10\r\n\r\n{}",
    "closed in a chunk": OK + TE + b"5\r\nab",
    "closed in the trailers": OK + TE + b"0\r\nX-T: 1\r\n",
    "closed after an interim response": b"HTTP/1.1 100 Continue\r\n\r\n",
    "nothing": b"",
}

ACCEPTED_CASES = {
    "no reason phrase": (b"HTTP/1.1 200\r\n" + CL0, 200, b""),
    "empty reason phrase": (b"HTTP/1.1 200 \r\n" + CL0, 200, b""),
    "reason with tabs and obs-text": (b"HTTP/1.1 200 \tOK \xe9\r\n" + CL0, 200, b""),
    "status 999": (b"HTTP/1.1 999 X\r\n" + CL0, 999, b""),
    "HTTP/1.0": (b"HTTP/1.0 200 OK\r\n" + CL0, 200, b""),
    "HTTP/1.9": (b"HTTP/1.9 200 OK\r\n" + CL0, 200, b""),
    "bare LF": (b"HTTP/1.1 200 OK\nContent-Length: 2\n\n{}", 200, b"{}"),
    "head ends LF CR LF": (OK + b"Content-Length: 2\n\r\n{}", 200, b"{}"),
    "head ends CR LF LF": (OK + b"Content-Length: 2\r\n\n{}", 200, b"{}"),
    "body holds an empty line": (OK + b"Content-Length: 6\n\r\n{}\r\n\r\n", 200, b"{}\r\n\r\n"),
    "Content-Length 2, 2": (OK + b"Content-Length: 2, 2\r\n\r\n{}", 200, b"{}"),
    "Content-Length twice, same": (
        OK + b"Content-Length: 2\r\ncontent-length: 2\r\n\r\n{}",
        200,
        b"{}",
    ),
    "Content-Length with leading zeros": (OK + b"Content-Length: 002\r\n\r\n{}", 200, b"{}"),
    "Content-Length with tabs": (OK + b"Content-Length:\t2\t\r\n\r\n{}", 200, b"{}"),
    "Chunked in capitals": (
        OK + b"Transfer-Encoding: CHUNKED\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        200,
        b"{}",
    ),
    "chunk size with OWS after": (OK + TE + b"2 \t\r\n{}\r\n0\r\n\r\n", 200, b"{}"),
    "chunk extension": (OK + TE + b'2;a=b;c="d e"\r\n{}\r\n0;x\r\n\r\n', 200, b"{}"),
    "chunk extension with NUL": (OK + TE + b"2;\x00\r\n{}\r\n0\r\n\r\n", 200, b"{}"),
    "chunk size in hex capitals": (OK + TE + b"A\r\n0123456789\r\n0\r\n\r\n", 200, b"0123456789"),
    "chunk size with leading zeros": (OK + TE + b"0002\r\n{}\r\n0000\r\n\r\n", 200, b"{}"),
    "trailers": (OK + TE + b"2\r\n{}\r\n0\r\nX-T: 1\r\nX-U: 2\n\r\n", 200, b"{}"),
    "no trailers, bare LF": (OK + TE + b"2\r\n{}\r\n0\r\n\n", 200, b"{}"),
    "obs-fold": (OK + b"X-A: one\r\n  two\r\n\tthree\r\n" + CL0, 200, b""),
    "empty value": (OK + b"X-A:\r\nX-B: \t \r\n" + CL0, 200, b""),
    "interim responses": (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + OK + CL0,
        200,
        b"",
    ),
    "Connection: close on an interim response": (
        b"HTTP/1.1 100 Continue\r\nConnection: close\r\n\r\n" + OK + CL0,
        200,
        b"",
    ),
    "204 with Transfer-Encoding": (b"HTTP/1.1 204 No\r\n" + TE, 204, b""),
    "body to the end of the connection": (OK + b"\r\n{}", 200, b"{}"),
    "HTTP/1.0 chunked": (b"HTTP/1.0 200 OK\r\n" + TE + b"2\r\n{}\r\n0\r\n\r\n", 200, b"{}"),
    "both framings": (
        OK + b"Content-Length: 100\r\n" + TE + b"2\r\n{}\r\n0\r\n\r\n",
        200,
        b"{}",
    ),
}


@pytest.mark.parametrize("data", REFUSED_CASES.values(), ids=REFUSED_CASES.keys())
def test_hostile_responses_are_refused_by_both(data: bytes) -> None:
    assert ours([data]) == REFUSED
    assert assert_agree(data, []) == REFUSED
    assert assert_agree(data, list(range(len(data)))) == REFUSED  # a byte at a time


@pytest.mark.parametrize(
    ("data", "status", "body"), ACCEPTED_CASES.values(), ids=ACCEPTED_CASES.keys()
)
def test_odd_but_legal_responses_are_read_by_both(data: bytes, status: int, body: bytes) -> None:
    read = assert_agree(data, [])
    assert (read.status, read.body) == (status, body)
    assert assert_agree(data, list(range(len(data)))) == read  # a byte at a time


STRICTER_THAN_H11 = {
    "ESC in value": OK + b"X-Amzn-RequestId: \x1b[31mred\r\n" + CL0,
    "SOH in value": OK + b"Set-Cookie: a=b\x01c\r\n" + CL0,
    "DEL in reason": b"HTTP/1.1 200 O\x7fK\r\n" + CL0,
    "ESC in trailer": OK + TE + b"0\r\nX-T: \x1b\r\n\r\n",
    "HTTP/2.0": b"HTTP/2.0 200 OK\r\n" + CL0,
    "HTTP/0.9": b"HTTP/0.9 200 OK\r\n" + CL0,
}


@pytest.mark.parametrize("data", STRICTER_THAN_H11.values(), ids=STRICTER_THAN_H11.keys())
def test_where_this_reader_is_stricter_than_h11(data: bytes) -> None:
    assert _H11Read([data]).read != REFUSED  # h11 takes it
    assert assert_agree(data, []) == REFUSED  # this reader does not, as _expected says

"""HTTP/1.1 framing shared by both transports: requests out, responses in, bytes at a time."""

from __future__ import annotations

import itertools
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typedaws_runtime.http1 import (
    DEFAULT_MAX_BODY,
    MAX_HEAD,
    BodyTooLarge,
    ProtocolError,
    ResponseReader,
    encode_request,
)


def _read(data: bytes, *, pieces: list[int] | None = None, eof: bool = False) -> ResponseReader:
    """Feed ``data`` cut at ``pieces`` (offsets), then EOF if asked."""
    reader = ResponseReader()
    cuts = sorted({0, len(data), *(p for p in pieces or [] if 0 < p < len(data))})
    for start, end in itertools.pairwise(cuts):
        reader.feed(data[start:end])
    if eof:
        reader.eof()
    return reader


# -- requests ---------------------------------------------------------------------------------


def test_request_bytes() -> None:
    data = encode_request(
        "POST",
        "/",
        "cognito-idp.eu-west-1.amazonaws.com",
        {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "S.Op"},
        b"{}",
    )
    assert data == (
        b"POST / HTTP/1.1\r\n"
        b"Host: cognito-idp.eu-west-1.amazonaws.com\r\n"
        b"Content-Type: application/x-amz-json-1.1\r\n"
        b"X-Amz-Target: S.Op\r\n"
        b"Accept-Encoding: identity\r\n"
        b"Content-Length: 2\r\n\r\n{}"
    )


def test_request_framing_headers_are_the_transports_own() -> None:
    """A caller's Host or Content-Length cannot contradict the bytes actually sent."""
    data = encode_request(
        "POST", "/", "h", {"Host": "evil", "Content-Length": "999", "Accept-Encoding": "gzip"}, b"x"
    )
    head = data.split(b"\r\n\r\n")[0].split(b"\r\n")
    assert head == [
        b"POST / HTTP/1.1",
        b"Host: h",
        b"Accept-Encoding: gzip",
        b"Content-Length: 1",
    ]


@pytest.mark.parametrize(
    "headers",
    [{"X-Amz-Security-Token": "abc\r\nX-Injected: 1"}, {"Bad\nName": "v"}],
)
def test_request_refuses_line_breaks_in_headers(headers: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="line break") as info:
        encode_request("POST", "/", "h", headers, b"")
    assert "abc" not in str(info.value)  # the value (maybe a secret) is not repeated


def test_request_refuses_headers_beyond_latin_1() -> None:
    with pytest.raises(ValueError, match=r"X-Token.*beyond Latin-1") as info:
        encode_request("POST", "/", "h", {"X-Token": "secret\u2603value"}, b"")
    assert "secret" not in str(info.value) and "\u2603" not in str(info.value)


def test_request_keeps_latin_1_header_values() -> None:
    data = encode_request("POST", "/", "h", {"X-Name": "caf\u00e9"}, b"")
    assert b"X-Name: caf\xe9\r\n" in data


# -- responses --------------------------------------------------------------------------------

OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\n\r\n{}"


def test_content_length_response() -> None:
    reader = _read(OK)
    assert (reader.done, reader.status, reader.body, reader.reusable) == (True, 200, b"{}", True)
    assert reader.headers == {"content-type": "application/x-amz-json-1.1", "content-length": "2"}


def test_response_byte_by_byte() -> None:
    reader = ResponseReader()
    for i in range(len(OK) - 1):
        assert reader.feed(OK[i : i + 1]) is False
    assert reader.feed(OK[-1:]) is True
    assert reader.body == b"{}"


def test_chunked_response_with_extensions_and_trailers() -> None:
    data = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'4;name=value\r\n{"Se\r\n'
        b'E\r\nssion": "abc"}\r\n'
        b"0\r\nX-Trailer: t\r\n\r\n"
    )
    reader = _read(data)
    assert (reader.done, reader.body, reader.reusable) == (True, b'{"Session": "abc"}', True)


CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.mark.parametrize(
    "chunks",
    [
        b" 2 \r\n{}\r\n0\r\n\r\n",
        b" 2\r\n{}\r\n0\r\n\r\n",
        b"2 ;x\r\n{}\r\n0\r\n\r\n",
        b"000000000000000000002\r\n{}\r\n0\r\n\r\n",  # more than 20 digits
        b"2\n{}\r\n0\r\n\r\n",  # a size line ends with CR LF
        b"2\x00\r\n{}\r\n0\r\n\r\n",
        b"2;a\nb\r\n{}\r\n0\r\n\r\n",
        b"2\r\n{}\n0\r\n\r\n",  # so does a chunk's data
        b"2\r\n{}\rx0\r\n\r\n",
        b"2\r\n{}x",
        b"0\r\nno colon\r\n\r\n",  # trailers are fields, read as a head's are
        b"0\r\nX-T: a\x00b\r\n\r\n",
        b"0\r\nContent-Length: x\r\n\r\n",
        b"0\r\n folded: first\r\n\r\n",
    ],
)
def test_chunks_refused_as_h11_does(chunks: bytes) -> None:
    with pytest.raises(ProtocolError):
        _read(CHUNKED + chunks, eof=True)


@pytest.mark.parametrize(
    "chunks",
    [
        b"2 \t\r\n{}\r\n0\r\n\r\n",  # h11: "some servers in the wild" send spaces after
        b"2;\x00\r\n{}\r\n0\r\n\r\n",  # extensions are not read
        b"0002\r\n{}\r\n0;a=b\r\nX-T: 1\r\nX-U: 2\n\r\n",
        b"2\r\n{}\r\n0\r\n\n",
        b"2\r\n{}\r\n0\r\nX-T: 1\n\n",
    ],
)
def test_chunks_read_as_h11_reads_them(chunks: bytes) -> None:
    reader = _read(CHUNKED + chunks)
    assert (reader.done, reader.body, reader.reusable) == (True, b"{}", True)


def test_chunk_after_its_line_break_arrives_later() -> None:
    reader = ResponseReader()
    assert not reader.feed(CHUNKED + b"2\r\n{}\r")
    assert reader.feed(b"\n0\r\n\r\n")
    assert reader.body == b"{}"


def test_interim_responses_are_skipped() -> None:
    data = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </>\r\n\r\n" + OK
    reader = _read(data)
    assert (reader.status, reader.body, reader.headers.get("link")) == (200, b"{}", None)


def test_body_to_end_of_connection() -> None:
    reader = _read(b'HTTP/1.1 200 OK\r\n\r\n{"a":', pieces=[20])
    assert not reader.done
    reader.feed(b" 1}")
    reader.eof()
    assert (reader.done, reader.body, reader.reusable) == (True, b'{"a": 1}', False)


@pytest.mark.parametrize("status", [204, 304])
def test_no_body_statuses(status: int) -> None:
    reader = _read(f"HTTP/1.1 {status} X\r\nContent-Length: 10\r\n\r\n".encode())
    assert (reader.done, reader.body, reader.reusable) == (True, b"", True)


def test_bare_line_feeds() -> None:
    reader = _read(b"HTTP/1.1 200 OK\nContent-Length: 2\nX-A: b\n\n{}")
    assert (reader.status, reader.body, reader.headers["x-a"]) == (200, b"{}", "b")


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 6\n\r\n",
        b"HTTP/1.1 200 OK\nContent-Length: 6\r\n\n",
        b"HTTP/1.1 200 OK\nX-A: b\r\nContent-Length: 6\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\n",
    ],
)
def test_mixed_line_endings_end_the_head_where_h11_does(head: bytes) -> None:
    """Any mix of CR LF and bare LF: the head ends at the first empty line, even when the body
    holds the usual end of a head (the reader must not look past the first empty line)."""
    reader = _read(head + b"{}\r\n\r\n")
    assert (reader.done, reader.status, reader.body) == (True, 200, b"{}\r\n\r\n")
    assert reader.headers["content-length"] == "6"
    assert reader.reusable


def test_head_found_when_it_arrives_a_byte_at_a_time_with_mixed_endings() -> None:
    data = b"HTTP/1.1 200 OK\r\nContent-Length: 2\n\r\n{}"
    reader = ResponseReader()
    for i in range(len(data)):
        reader.feed(data[i : i + 1])
    assert (reader.done, reader.body) == (True, b"{}")


def test_repeated_and_folded_fields() -> None:
    reader = _read(
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nX-B: one\r\n  two\r\nContent-Length: 0\r\n\r\n"
    )
    assert reader.headers["x-a"] == "1, 2"
    assert reader.headers["x-b"] == "one two"


@pytest.mark.parametrize("char", ["\r", "\x00", "\x1b", "\x7f", "\x0b", "\x0c", "\x01", "\x1f"])
@pytest.mark.parametrize(
    "template",
    [
        "HTTP/1.1 200 OK\r\nx-amzn-RequestId: abc{}def\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nx-amzn-RequestId: abc{}\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nx-amzn-RequestId: {}abc\n\n",
        "HTTP/1.1 200 O{}K\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 100 Continue\r\nX: {}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
    ],
    ids=["inside", "end", "start", "reason", "interim"],
)
def test_control_characters_in_the_head_are_refused(template: str, char: str) -> None:
    """Field values and reason phrases hold visible characters, obs-text, spaces and tabs
    (RFC 9110 section 5.5): a CR, NUL or ESC never reaches an error message or a log."""
    with pytest.raises(ProtocolError) as info:
        _read(template.format(char).encode("latin-1"))
    assert char not in str(info.value)


@pytest.mark.parametrize(
    "name",
    [b"Bad Name", b"Bad@Name", b"a/b", b"(x)", b"N\xe9", b"Na\x00me", b"X\x01", b"{x}", b'"q"'],
)
def test_header_names_are_tokens(name: bytes) -> None:
    with pytest.raises(ProtocolError):
        _read(b"HTTP/1.1 200 OK\r\n" + name + b": v\r\nContent-Length: 0\r\n\r\n")


def test_every_token_character_is_a_header_name() -> None:
    name = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    reader = _read(f"HTTP/1.1 200 OK\r\n{name}: v\r\nContent-Length: 0\r\n\r\n".encode())
    assert reader.headers[name.lower()] == "v"


def test_values_keep_obs_text_and_inner_whitespace() -> None:
    """Only spaces and tabs around a value are dropped (NBSP and NEL are obs-text, kept)."""
    reader = _read(
        b"HTTP/1.1 200 OK\r\nX-A: \t \xa0caf\xe9 \t au\x85lait\xa0 \t\r\nContent-Length: 0\r\n\r\n"
    )
    assert reader.headers["x-a"] == "\xa0caf\xe9 \t au\x85lait\xa0"


BOTH_FRAMINGS = (
    b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"2\r\n{}\r\n0\r\n\r\n"
)
"""Read by its chunks (RFC 9112 section 6.3), but maybe an attempt at response smuggling."""


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (b"X-A: one  \r\n  two", "one   two"),
        (b"X-A:\r\n value", "value"),
        (b"X-A: a\r\n \t ", "a"),
        (b"X-A: a\r\n\tb\r\n c", "a b c"),
        (b"X-A: 1\r\nX-A: 2\r\n more", "1, 2 more"),
    ],
)
def test_folded_lines_joined_as_h11_joins_them(lines: bytes, value: str) -> None:
    """A continuation line is joined to the line before it by one space (RFC 9112 section
    5.2), whitespace before it kept, before the field is read."""
    reader = _read(b"HTTP/1.1 200 OK\r\n" + lines + b"\r\nContent-Length: 0\r\n\r\n")
    assert reader.headers["x-a"] == value


KEEP_ALIVE_10 = OK.replace(b"HTTP/1.1", b"HTTP/1.0").replace(
    b"\r\n\r\n", b"\r\nConnection: keep-alive\r\n\r\n"
)


@pytest.mark.parametrize(
    ("data", "reusable"),
    [
        (OK, True),
        (OK.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"), False),
        (OK.replace(b"HTTP/1.1", b"HTTP/1.0"), False),
        (KEEP_ALIVE_10, False),  # as h11: an HTTP/1.0 server's connection is not kept alive
        (OK.replace(b"\r\n\r\n", b"\r\nConnection: x-close\r\n\r\n"), True),
        (OK.replace(b"\r\n\r\n", b"\r\nConnection: Keep-Alive, CLOSE\r\n\r\n"), False),
        (OK.replace(b"\r\n\r\n", b"\r\nConnection: a\r\nConnection: close\r\n\r\n"), False),
        (OK + b"HTTP/1.1 200 OK\r\n", False),  # more than one response: never reused
        (BOTH_FRAMINGS, False),
    ],
)  # fmt: skip
def test_reusable(data: bytes, reusable: bool) -> None:
    assert _read(data).reusable is reusable


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/2 200 OK\r\n\r\n",
        b"ICY 200 OK\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"HTTP/1.1 abc OK\r\n\r\n",
        b"<html>hello</html>\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n  folded first\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nBad Name : v\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 0x10\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc\r\n",
    ],
)
def test_unreadable_responses(data: bytes) -> None:
    with pytest.raises(ProtocolError):
        _read(data)


@pytest.mark.parametrize(
    "line",
    [
        b"HTTP/1.1 099 Low",
        b"HTTP/1.1 000 Zero",
        b"HTTP/1.1 101 Switching Protocols",  # no upgrade was asked for: not an interim response
        b"HTTP/1. 200 OK",
        b"HTTP/1.10 200 OK",
        b"HTTP/1.x 200 OK",
        b"http/1.1 200 OK",
        b"HTTP/1.1  200 OK",
        b"HTTP/1.1 200\tOK",
        b"HTTP/1.1 2\xb200 OK",  # a superscript two: a digit to str.isdigit, not to HTTP
        b"HTTP/1.\xb9 200 OK",
    ],
)
def test_status_lines_refused_as_h11_does(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        _read(line + b"\r\nContent-Length: 0\r\n\r\n" + OK)


@pytest.mark.parametrize(
    ("line", "status"),
    [(b"HTTP/1.1 200", 200), (b"HTTP/1.1 200 ", 200), (b"HTTP/1.9 999 \tX \xe9", 999)],
)
def test_status_lines_without_reason_or_odd_ones(line: bytes, status: int) -> None:
    assert _read(line + b"\r\nContent-Length: 0\r\n\r\n").status == status


def test_closed_after_an_interim_response() -> None:
    reader = _read(b"HTTP/1.1 100 Continue\r\n\r\n")
    with pytest.raises(ProtocolError, match="middle"):
        reader.eof()


def test_repeated_equal_content_length_is_accepted() -> None:
    assert _read(b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}").body == b"{}"


@pytest.mark.parametrize(
    "field",
    [b"Content-Length: 2, 2", b"Content-Length: 2\r\ncontent-length:\t2 ", b"Content-Length: 2"],
)
def test_framing_fields_hold_what_the_body_was_framed_by(field: bytes) -> None:
    """As h11 keeps them: one Content-Length, and Transfer-Encoding in lower case."""
    reader = _read(b"HTTP/1.1 200 OK\r\n" + field + b"\r\n\r\n{}")
    assert (reader.body, reader.headers["content-length"]) == (b"{}", "2")
    reader = _read(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: CHUNKED\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
    assert (reader.body, reader.headers["transfer-encoding"]) == (b"{}", "chunked")


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 000000000000000000002\r\n\r\n{}",  # > 20 digits
        b"HTTP/1.1 200 OK\r\nContent-Length: 2,\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n",
        b"HTTP/1.1 204 No Content\r\nContent-Length: x\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\nContent-Length: x\r\n\r\nHTTP/1.1 200 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding:\r\n\r\n{}",
        b"HTTP/1.1 204 No Content\r\nTransfer-Encoding: gzip\r\n\r\n",
    ],
)
def test_framing_fields_refused_as_h11_does(data: bytes) -> None:
    """Content-Length: digits, or a list of equal ones; Transfer-Encoding: exactly chunked, in
    one field (h11 reads no other coding; a body in another could not be read anyway)."""
    with pytest.raises(ProtocolError):
        _read(data, eof=True)


@pytest.mark.parametrize(
    "start",
    [
        b"\x16\x03\x01\x02\x00\x01",  # a TLS handshake: TLS spoken on a plain HTTP port
        b"<html>",
        b"HTTP/2 200",
        b"\r\n",
        b" HTTP/1.1",
        b"HTTP/1.1 100 Continue\r\n\r\n\r\n",
    ],
)
def test_bytes_that_cannot_start_a_response_are_refused_at_once(start: bytes) -> None:
    """Not at the read timeout, waiting for the end of a head that will never come."""
    with pytest.raises(ProtocolError, match="not an HTTP/1"):
        ResponseReader().feed(start)


@pytest.mark.parametrize("start", [b"H", b"HTTP/", b"HTTP/1.", b"HTTP/1.1 200 OK\r\n"])
def test_the_start_of_a_response_waits_for_more(start: bytes) -> None:
    assert ResponseReader().feed(start) is False


def test_head_too_long() -> None:
    reader = ResponseReader()
    reader.feed(b"HTTP/1.1 200 OK\r\n")
    with pytest.raises(ProtocolError, match="too long"):
        for _ in range(MAX_HEAD // 1000 + 2):
            reader.feed(b"X-Pad: " + b"a" * 1000 + b"\r\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "before any response"),
        (b"HTTP/1.1 200 OK\r\nContent-Le", "middle"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}", "middle"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "middle"),
    ],
)
def test_connection_closed_early(data: bytes, message: str) -> None:
    reader = ResponseReader()
    reader.feed(data)
    with pytest.raises(ProtocolError, match=message):
        reader.eof()
    assert reader.started is bool(data)


# -- size limit -------------------------------------------------------------------------------

CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


def test_default_body_limit() -> None:
    assert DEFAULT_MAX_BODY == 32 * 1024 * 1024
    reader = _read(b"HTTP/1.1 200 OK\r\nContent-Length: 33554432\r\n\r\n")
    assert not reader.done
    with pytest.raises(BodyTooLarge):
        _read(b"HTTP/1.1 200 OK\r\nContent-Length: 33554433\r\n\r\n")


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789",
        CHUNKED_HEAD + b"3\r\n012\r\n7\r\n3456789\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n\r\n0123456789",
    ],
    ids=["length", "chunked", "eof"],
)
def test_body_at_the_limit_is_read(data: bytes) -> None:
    reader = ResponseReader(max_body=10)
    reader.feed(data)
    reader.eof()
    assert reader.body == b"0123456789"


def test_declared_length_over_the_limit_is_refused_before_the_body() -> None:
    reader = ResponseReader(max_body=10)
    with pytest.raises(BodyTooLarge) as info:
        reader.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n")
    assert info.value.limit == 10
    assert isinstance(info.value, ProtocolError)  # the connection is not reused


def test_chunked_total_over_the_limit_is_refused_at_the_size_line() -> None:
    reader = ResponseReader(max_body=10)
    reader.feed(CHUNKED_HEAD + b"6\r\n012345\r\n")
    with pytest.raises(BodyTooLarge):
        reader.feed(b"5\r\n")  # before any byte of that chunk arrives


def test_body_to_eof_over_the_limit_is_refused_as_it_arrives() -> None:
    reader = ResponseReader(max_body=10)
    reader.feed(b"HTTP/1.1 200 OK\r\n\r\n0123456789")
    with pytest.raises(BodyTooLarge):
        reader.feed(b"x")


def _peak_memory(reader: ResponseReader, pieces: list[bytes]) -> int:
    """Peak bytes allocated while ``reader`` takes ``pieces`` (made beforehand)."""
    tracemalloc.start()
    try:
        for piece in pieces:
            reader.feed(piece)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_one_byte_chunks_cost_no_more_memory_than_their_data() -> None:
    """Chunks go into one buffer: a million 1-byte chunks are not a million bytes objects."""
    size = 200_000
    wire = b"1\r\nx\r\n" * size + b"0\r\n\r\n"
    pieces = [CHUNKED_HEAD] + [wire[i : i + 65_536] for i in range(0, len(wire), 65_536)]
    reader = ResponseReader()
    peak = _peak_memory(reader, pieces)
    assert reader.body == b"x" * size
    assert peak < 3 * size + 2 * 65_536  # the body twice (its buffer, then bytes), and a piece


def test_content_length_body_is_copied_once() -> None:
    size = 4_000_000
    body = _pattern(size)
    pieces = [f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode()] + [
        body[i : i + 65_536] for i in range(0, size, 65_536)
    ]
    reader = ResponseReader()
    peak = _peak_memory(reader, pieces)
    assert reader.body == body
    assert peak < 2.5 * size  # the buffer (grown in steps), then the body's bytes


# -- any response, cut anywhere ----------------------------------------------------------------

_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).filter(
    lambda s: s not in ("content-length", "transfer-encoding", "connection")
)
_value = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=20)


def _pattern(size: int) -> bytes:
    """A large body whose every offset is distinguishable (a lost or repeated byte shows)."""
    return b"".join(i.to_bytes(3, "big") for i in range(size // 3 + 1))[:size]


@st.composite
def _responses(draw: st.DrawFn) -> tuple[bytes, int, dict[str, str], bytes, bool]:
    status = draw(st.sampled_from([200, 201, 400, 403, 404, 429, 500, 502, 503]))
    headers = draw(st.dictionaries(_token, _value, max_size=5))
    body = draw(st.one_of(st.binary(max_size=300), st.integers(1000, 70_000).map(_pattern)))
    framing = draw(st.sampled_from(["length", "chunked", "eof"]))
    interim = draw(st.booleans())
    head = f"HTTP/1.1 {status} Reason Phrase\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()
    )
    if framing == "length":
        head += f"Content-Length: {len(body)}\r\n\r\n"
        payload = body
    elif framing == "chunked":
        head += "Transfer-Encoding: chunked\r\n\r\n"
        sizes = draw(st.lists(st.integers(1, 40_000), max_size=6))
        payload, rest = b"", body
        for size in [*sizes, len(body)]:
            piece, rest = rest[:size], rest[size:]
            if piece:
                payload += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        payload += b"0\r\n\r\n"
    else:
        head += "\r\n"
        payload = body
    prefix = b"HTTP/1.1 100 Continue\r\n\r\n" if interim else b""
    expected = {k: v.strip() for k, v in headers.items()}
    return prefix + head.encode() + payload, status, expected, body, framing == "eof"


@given(_responses(), st.lists(st.integers(1, 80_000), max_size=8))
def test_any_response_cut_anywhere(
    case: tuple[bytes, int, dict[str, str], bytes, bool], cuts: list[int]
) -> None:
    data, status, headers, body, to_eof = case
    reader = _read(data, pieces=cuts, eof=to_eof)
    assert reader.done
    assert (reader.status, reader.body) == (status, body)
    assert {k: v for k, v in reader.headers.items() if k in headers} == headers
    assert reader.reusable is not to_eof


def test_a_known_field_name_without_its_colon_is_still_refused() -> None:
    """Field names found valid once are remembered; a line with such a name but no colon is
    refused all the same."""
    _read(OK)  # "Content-Type" is now a known name
    with pytest.raises(ProtocolError, match="invalid header line"):
        _read(b"HTTP/1.1 200 OK\r\nContent-Type\r\nContent-Length: 2\r\n\r\n{}")

"""Bad responses through the real transports (sockets, asyncio) and a local server.

The generated cases run on an in-memory transport (``test_bad_responses.py``); these check what
only a socket can get wrong: framing (``Content-Length`` too long or too short), huge bodies,
redirects, content encodings. Every outcome is typed, and no call hangs.
"""

from __future__ import annotations

import json

import pytest

from cognito_idp.errors import CognitoIdentityProviderError
from cognito_idp.models import ConfirmSignUpResponse
from tests.support.calls import CONFIRM_CALL, MODES, Mode, calls_on_one_client, one_call
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.errors import (
    ReadTimeoutError,
    ResponseParseError,
    SdkError,
    ServiceError,
)

pytestmark = pytest.mark.parametrize("mode", MODES)

RID = "0c0ffee0-1111-4222-8333-444455556666"
HTML = b"<!DOCTYPE html><html><head><title>Oops</title></head><body><h1>Error</h1></body></html>"


def _response(status: int, body: bytes, **headers: str) -> StubResponse:
    return StubResponse(status=status, headers={"x-amzn-RequestId": RID, **headers}, body=body)


def _assert_parse_error(error: object, status: int) -> None:
    assert type(error) is ResponseParseError, repr(error)
    assert error.status_code == status
    assert error.request_id == RID


@pytest.mark.parametrize("status", [200, 301, 302, 400, 403, 404, 429, 500, 502, 503, 504])
def test_html_page(mode: Mode, stub: StubServer, status: int) -> None:
    """An HTML page (a proxy's, a load balancer's) with any status: a parse error, not followed."""
    stub.default = _response(status, HTML, **{"Content-Type": "text/html", "Location": "/x"})
    outcome = one_call(mode, stub.url, max_attempts=1)
    _assert_parse_error(outcome.error, status)
    assert len(stub.requests) == 1
    assert stub.requests[0].path == "/"


def test_no_content_204(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(status=204, headers={"x-amzn-RequestId": RID}, body=b"")
    outcome = one_call(mode, stub.url, max_attempts=1)
    assert isinstance(outcome.value, ConfirmSignUpResponse), repr(outcome.value)
    assert outcome.value.session is None


def test_unusual_status_with_error_code(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.aws_error("BrandNewException", "m", status=599, request_id=RID)
    error = one_call(mode, stub.url, max_attempts=1).error
    assert type(error) is CognitoIdentityProviderError, repr(error)
    assert isinstance(error, ServiceError)
    assert (error.code, error.status_code, error.request_id) == ("BrandNewException", 599, RID)


def test_huge_non_json_body(mode: Mode, stub: StubServer) -> None:
    stub.default = _response(200, b"x" * 16_000_000, **{"Content-Type": "text/plain"})
    outcome = one_call(mode, stub.url, max_attempts=1, read_timeout=10)
    _assert_parse_error(outcome.error, 200)
    assert outcome.seconds < 30


def test_huge_valid_body(mode: Mode, stub: StubServer) -> None:
    session = "s" * 16_000_000
    stub.default = _response(200, json.dumps({"Session": session}).encode())
    outcome = one_call(mode, stub.url, max_attempts=1, read_timeout=10)
    assert isinstance(outcome.value, ConfirmSignUpResponse), repr(outcome.value)
    assert outcome.value.session == session
    assert outcome.seconds < 30


def test_content_length_longer_than_body(mode: Mode, stub: StubServer) -> None:
    """The server promises more bytes than it sends, then waits: a read timeout, no hang."""
    stub.default = _response(200, b'{"Session": "abc"}', **{"Content-Length": "1000"})
    outcome = one_call(mode, stub.url, max_attempts=1, read_timeout=0.5)
    assert type(outcome.error) is ReadTimeoutError, repr(outcome.value)
    assert outcome.seconds < 0.5 + 1


def test_content_length_shorter_than_body(mode: Mode, stub: StubServer) -> None:
    """A body cut short by its own Content-Length: a typed error; the next call still works.

    The bytes left over on the keep-alive connection must not be read as the next response:
    both transports read the 12 bytes (truncated JSON) and drop the connection.
    """
    stub.enqueue(_response(200, b'{"Session": "abcdefghijklmnop"}', **{"Content-Length": "12"}))
    stub.default = StubResponse.json({"Session": "second-call-ok"})
    first, second = calls_on_one_client(
        mode, stub.url, [CONFIRM_CALL, CONFIRM_CALL], max_attempts=1
    )
    assert type(first.error) is ResponseParseError, repr(first.value)
    _assert_parse_error(first.error, 200)
    assert isinstance(second.value, ConfirmSignUpResponse), repr(second.value)
    assert second.value.session == "second-call-ok"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_body_not_in_its_content_encoding(mode: Mode, stub: StubServer, encoding: str) -> None:
    """``Content-Encoding: gzip`` on bytes that are not gzip: a typed SDK error, no hang."""
    stub.default = _response(500, b"this is not compressed", **{"Content-Encoding": encoding})
    outcome = one_call(mode, stub.url, max_attempts=1)
    assert isinstance(outcome.error, SdkError), repr(outcome.value)
    assert outcome.seconds < 5


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"\x00\x01\x02\xff" * 64, id="binary"),
        pytest.param(b"null", id="null"),
        pytest.param(b"[]", id="array"),
        pytest.param(b'{"Session": ', id="truncated"),
    ],
)
def test_garbage_with_error_status(mode: Mode, stub: StubServer, body: bytes) -> None:
    stub.default = _response(502, body, **{"Content-Type": "application/x-amz-json-1.1"})
    outcome = one_call(mode, stub.url, max_attempts=1)
    _assert_parse_error(outcome.error, 502)

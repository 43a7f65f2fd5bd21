"""Error responses, malformed responses and transport failures, sync and async."""

from __future__ import annotations

import asyncio
import gc
import inspect
import socket
import time
import weakref
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import (
    CodeMismatchException,
    CognitoIdentityProviderError,
    ExpiredCodeException,
    InvalidParameterException,
    NotAuthorizedException,
    TooManyRequestsException,
    UserNotFoundException,
)
from tests.support.calls import MINIMAL, MODES, Mode, confirm_error
from tests.support.stub_server import Fault, StubResponse, StubServer
from typedaws_runtime.errors import (
    ConnectionFailedError,
    ReadTimeoutError,
    ResponseParseError,
    SdkError,
    ServiceError,
    TransportError,
    TransportTimeoutError,
)
from typedaws_runtime.operation import ServiceSpec

REQUEST_ID = "7f3a1c2e-0000-4000-8000-123456789abc"

pytestmark = pytest.mark.parametrize("mode", MODES)


def _json_error(
    body: object, *, status: int = 400, headers: dict[str, str] | None = None
) -> StubResponse:
    return StubResponse.json(
        body, status=status, headers={"x-amzn-RequestId": REQUEST_ID, **(headers or {})}
    )


# -- where the error code comes from -----------------------------------------------------------


@pytest.mark.parametrize("query_code", ["AWS.Cognito.CodeMismatch", "CodeMismatchException"])
def test_query_compatible_code_the_model_does_not_list(
    mode: Mode, stub: StubServer, monkeypatch: pytest.MonkeyPatch, query_code: str
) -> None:
    """An awsQueryCompatible service whose model names no awsQuery codes (SQS): the code is
    the ``x-amzn-query-error`` one, the class the one ``__type`` names, as with botocore."""
    for cls in (CognitoIdentityProviderClient, AsyncCognitoIdentityProviderClient):
        spec = cls._service  # pyright: ignore[reportPrivateUsage]
        fields = {name: getattr(spec, name) for name in inspect.signature(ServiceSpec).parameters}
        monkeypatch.setattr(cls, "_service", ServiceSpec(**{**fields, "query_compatible": True}))
    stub.default = _json_error(
        {"__type": "com.amazonaws.cognito#CodeMismatchException", "message": "wrong"},
        headers={"x-amzn-query-error": f"{query_code};Sender"},
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert (exc.code, exc.message) == (query_code, "wrong")


def test_code_from_header(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {"message": "Invalid verification code provided, please try again."},
        headers={
            "x-amzn-ErrorType": "CodeMismatchException:http://internal.amazon.com/coral/com.amazonaws.cognito/"
        },
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert exc.code == "CodeMismatchException"
    assert exc.message == "Invalid verification code provided, please try again."
    assert exc.status_code == 400
    assert exc.request_id == REQUEST_ID
    assert isinstance(exc, CognitoIdentityProviderError)
    assert isinstance(exc, ServiceError)
    assert isinstance(exc, SdkError)
    # As if built by the public constructor, which callers use in their own tests.
    built = CodeMismatchException(
        code=exc.code, message=exc.message, status_code=400, request_id=REQUEST_ID
    )
    assert (str(exc), repr(exc), exc.args) == (str(built), repr(built), built.args)
    assert (
        str(exc) == "CodeMismatchException: Invalid verification code provided, please try again."
    )
    exc.add_note("while confirming alice")  # still an ordinary exception for callers
    assert exc.__notes__ == ["while confirming alice"]


def test_code_from_type_field_with_namespace(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {
            "__type": "com.amazonaws.cognito.identity.idp.model#ExpiredCodeException",
            "message": "Invalid code provided, please request a code again.",
        }
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is ExpiredCodeException
    assert exc.code == "ExpiredCodeException"
    assert exc.message == "Invalid code provided, please request a code again."
    assert exc.status_code == 400
    assert exc.request_id == REQUEST_ID


def test_code_from_code_field(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error({"code": "UserNotFoundException", "message": "no such user"})
    exc = confirm_error(mode, stub.url)
    assert type(exc) is UserNotFoundException
    assert exc.code == "UserNotFoundException"
    assert exc.message == "no such user"
    assert exc.request_id == REQUEST_ID


def test_code_with_namespace_and_url_suffix(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {
            "__type": "aws.cognito#NotAuthorizedException:http://internal.amazon.com/coral/x/",
            "Message": "Incorrect username or password.",
        }
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is NotAuthorizedException
    assert exc.code == "NotAuthorizedException"
    assert exc.message == "Incorrect username or password."


def test_header_wins_over_body(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {"__type": "SomethingElse", "message": "m"},
        headers={"X-Amzn-ErrorType": "TooManyRequestsException"},
    )
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert type(exc) is TooManyRequestsException
    assert exc.code == "TooManyRequestsException"


def test_request_id_header_any_case(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.json(
        {"__type": "CodeMismatchException"}, status=400, headers={"X-AMZN-REQUESTID": "rid-upper"}
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert exc.request_id == "rid-upper"
    assert exc.message == ""


def test_no_request_id(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.json({"__type": "CodeMismatchException"}, status=400)
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert exc.request_id is None


def test_unknown_code_raises_service_base_class(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {"__type": "aws.protocoltests#BrandNewException:http://internal/", "message": "new"}
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CognitoIdentityProviderError
    assert exc.code == "BrandNewException"
    assert exc.message == "new"
    assert exc.status_code == 400
    assert exc.request_id == REQUEST_ID


def test_error_without_message_reads_as_its_code(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error({"__type": "ExpiredCodeException"})
    exc = confirm_error(mode, stub.url)
    assert type(exc) is ExpiredCodeException
    assert (exc.message, str(exc), exc.args) == (
        "",
        "ExpiredCodeException",
        ("ExpiredCodeException",),
    )


def test_modelled_error_member(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {
            "__type": "InvalidParameterException",
            "message": "bad parameter",
            "reasonCode": "INVALID_PARAMETER",
        }
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is InvalidParameterException
    assert exc.reason_code == "INVALID_PARAMETER"


def test_modelled_error_member_of_wrong_type_keeps_the_error(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error(
        {"__type": "InvalidParameterException", "message": "bad", "reasonCode": 7}
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is InvalidParameterException
    assert exc.code == "InvalidParameterException"
    assert exc.message == "bad"


def test_code_in_header_and_body_not_json(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(
        status=400,
        headers={"x-amzn-ErrorType": "CodeMismatchException", "x-amzn-RequestId": REQUEST_ID},
        body=b"<oops>",
    )
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert exc.request_id == REQUEST_ID
    assert exc.status_code == 400


def test_non_string_message_is_text(mode: Mode, stub: StubServer) -> None:
    stub.default = _json_error({"__type": "CodeMismatchException", "message": 42})
    exc = confirm_error(mode, stub.url)
    assert type(exc) is CodeMismatchException
    assert isinstance(exc.message, str)


# -- malformed responses ------------------------------------------------------------------------


def _assert_parse_error(exc: BaseException, status: int, request_id: str | None) -> None:
    assert type(exc) is ResponseParseError, repr(exc)
    assert exc.status_code == status
    assert exc.request_id == request_id
    assert isinstance(exc, SdkError)
    assert not isinstance(exc, (KeyError, TypeError, ValueError))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"this is not json", id="not-json"),
        pytest.param(b'{"Session": "abc"', id="truncated-json"),
        pytest.param(b"\xff\xfe\x00garbage", id="not-utf8"),
        pytest.param(b"[]", id="array"),
        pytest.param(b'["Session"]', id="array-of-strings"),
        pytest.param(b'"Session"', id="string"),
        pytest.param(b"null", id="null"),
        pytest.param(b"42", id="number"),
        pytest.param(b'{"Session": 5}', id="session-number"),
        pytest.param(b'{"Session": ["a"]}', id="session-array"),
        pytest.param(b'{"Session": {"a": 1}}', id="session-object"),
        pytest.param(b'{"Session": true}', id="session-bool"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="deeply-nested"),
    ],
)
def test_malformed_success_body(mode: Mode, stub: StubServer, body: bytes) -> None:
    stub.default = StubResponse(
        status=200,
        headers={"Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": REQUEST_ID},
        body=body,
    )
    exc = confirm_error(mode, stub.url)
    _assert_parse_error(exc, 200, REQUEST_ID)


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        pytest.param(
            502,
            b"<html><head><title>502 Bad Gateway</title></head>"
            b"<body><h1>502 Bad Gateway</h1></body></html>",
            "text/html",
            id="html-502",
        ),
        pytest.param(503, b"", "text/plain", id="empty-503"),
        pytest.param(400, b"not json", "text/plain", id="text-400"),
        pytest.param(400, b"[1, 2]", "application/json", id="array-400"),
        pytest.param(400, b"{}", "application/json", id="no-code-400"),
        pytest.param(400, b'{"__type": 5}', "application/json", id="code-number"),
        pytest.param(400, b'{"__type": ""}', "application/json", id="code-empty"),
        pytest.param(400, b'{"__type": "#:http://x"}', "application/json", id="code-only-noise"),
        pytest.param(500, b"[" * 100_000, "application/json", id="deeply-nested-500"),
    ],
)
def test_malformed_error_body(
    mode: Mode, stub: StubServer, status: int, body: bytes, content_type: str
) -> None:
    stub.default = StubResponse(
        status=status,
        headers={"Content-Type": content_type, "x-amzn-RequestId": REQUEST_ID},
        body=body,
    )
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    _assert_parse_error(exc, status, REQUEST_ID)


# -- transport failures -------------------------------------------------------------------------


def _unused_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused(mode: Mode) -> None:
    url = f"http://127.0.0.1:{_unused_port()}"
    started = time.monotonic()
    exc = confirm_error(mode, url, client={"max_attempts": 1, "connect_timeout": 2})
    assert type(exc) is ConnectionFailedError, repr(exc)
    assert isinstance(exc, TransportError)
    assert exc.url.startswith(url)
    assert time.monotonic() - started < 5


def test_read_timeout(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse.json({"Session": "s" * 20}, delay=5)
    started = time.monotonic()
    exc = confirm_error(mode, stub.url, client={"read_timeout": 0.5, "max_attempts": 1})
    elapsed = time.monotonic() - started
    assert type(exc) is ReadTimeoutError, repr(exc)
    assert isinstance(exc, TransportTimeoutError)
    assert isinstance(exc, TimeoutError)
    assert 0.4 <= elapsed < 1.5, elapsed


def test_read_timeout_with_default_attempts(mode: Mode, stub: StubServer) -> None:
    """Even if timed-out reads are retried, the whole call ends in about 3 x read_timeout."""
    stub.default = StubResponse.json({"Session": "s" * 20}, delay=10)
    started = time.monotonic()
    exc = confirm_error(mode, stub.url, client={"read_timeout": 0.5})
    elapsed = time.monotonic() - started
    assert isinstance(exc, ReadTimeoutError), repr(exc)
    assert elapsed < 5, elapsed


def test_connection_closed_without_answer(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(fault=Fault.CLOSE)
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert type(exc) is ConnectionFailedError, repr(exc)
    assert len(stub.requests) == 1


def test_connection_reset_mid_response(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(
        body=b'{"Session": "' + b"s" * 4000 + b'"}',
        headers={"Content-Type": "application/x-amz-json-1.1"},
        fault=Fault.RESET,
    )
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert type(exc) is ConnectionFailedError, repr(exc)


def test_every_failure_is_an_sdk_error(mode: Mode, stub: StubServer) -> None:
    """A mixed bag in a row on one server: nothing escapes as a bare Python error."""
    answers = [
        StubResponse(status=200, body=b"{"),
        StubResponse(status=500, body=b"Internal Server Error"),
        StubResponse.json({"__type": "X#Y"}, status=418),
        StubResponse(status=200, body=b'{"Session": 1.5}'),
    ]
    for answer in answers:
        stub.default = answer
        exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
        assert isinstance(exc, SdkError), repr(exc)


# -- errors and memory -----------------------------------------------------------------------


def _dropped_error(mode: Mode, url: str) -> weakref.ref[SdkError]:
    """A weak reference to the error one call raised, caught and dropped as a program would."""
    options: dict[str, Any] = {"region": "eu-west-1", "endpoint_url": url, "max_attempts": 1}
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            try:
                client.confirm_sign_up(**MINIMAL)
            except SdkError as error:
                return weakref.ref(error)
    else:

        async def run() -> weakref.ref[SdkError]:
            async with AsyncCognitoIdentityProviderClient(**options) as client:
                try:
                    await client.confirm_sign_up(**MINIMAL)
                except SdkError as error:
                    return weakref.ref(error)
            raise AssertionError("expected an error")

        return asyncio.run(run())
    raise AssertionError("expected an error")


@pytest.mark.parametrize("failure", ["service error", "connection refused"])
def test_a_dropped_error_is_freed_at_once(mode: Mode, stub: StubServer, failure: str) -> None:
    """Without the garbage collector: an error that kept the client's frame alive in a cycle
    (frame -> error -> traceback -> frame) would hold the request and response until a
    collection, for every failed call of a busy program."""
    if failure == "service error":
        stub.default = _json_error({"__type": "CodeMismatchException", "message": "no"})
        url = stub.url
    else:
        with socket.socket() as s:  # a port nobody listens on
            s.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{s.getsockname()[1]}"
    gc.collect()
    gc.disable()
    try:
        ref = _dropped_error(mode, url)
        assert ref() is None
    finally:
        gc.enable()


# -- an error response that is not the service's: where it came from, what it said -----------


def test_non_json_error_names_the_url_and_the_body(mode: Mode, stub: StubServer) -> None:
    """An HTML 404 from a wrong endpoint path: the message shows where the request went and
    how the body starts, so the cause can be seen; control characters are escaped."""
    page = b"<html><head><title>404 Not Found</title></head>\x1b[2J<body>" + b"x" * 500
    stub.default = StubResponse(status=404, headers={"Content-Type": "text/html"}, body=page)
    exc = confirm_error(mode, stub.url + "/wrong/path", client={"max_attempts": 1})
    assert isinstance(exc, ResponseParseError)
    text = str(exc)
    assert f"from {stub.url}/wrong/path;" in text
    assert "body: '<html><head><title>404 Not Found</title></head>\\x1b[2J<body>xxx" in text
    assert text.endswith("x' ...")
    assert "\x1b" not in text
    assert len(text) < 400


def test_non_json_error_body_never_shows_a_secret(mode: Mode, stub: StubServer) -> None:
    """A proxy page that echoes the request body: the request's secrets are masked in it."""
    stub.default = StubResponse(
        status=502,
        headers={"Content-Type": "text/plain"},
        body=b'Bad gateway for {"ConfirmationCode":"'
        + MINIMAL["confirmation_code"].encode()
        + b'"}',
    )
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert isinstance(exc, ResponseParseError)
    assert MINIMAL["confirmation_code"] not in str(exc)
    assert 'Bad gateway for {"ConfirmationCode":"***"}' in str(exc)


def test_empty_error_body_says_so(mode: Mode, stub: StubServer) -> None:
    stub.default = StubResponse(status=503, body=b"")
    exc = confirm_error(mode, stub.url, client={"max_attempts": 1})
    assert isinstance(exc, ResponseParseError)
    assert str(exc).endswith(f"error response without an error code from {stub.url}/; body: empty")

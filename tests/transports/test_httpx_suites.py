"""The built-in transports' fault and framing tests, run again on the httpx transports.

Each test here is one of ``tests/faults``, imported as it is: it makes its calls through
clients that use their default transport, which this module's fixture makes
``HttpxTransport`` / ``AsyncHttpxTransport`` (each with an httpx client of its own, closed
with the SDK client), so the same stub servers check that httpx's failures reach the retry
policy as the same typed errors. Chosen are the tests of what a transport does (framing,
resets, timeouts, the size cap, stale pooled connections); the retry policy's own tests
(backoff, quotas, codes) do not depend on the transport and run once, in ``tests/faults``.

Where httpx behaves differently the test is an expected failure, with the reason.
"""

from __future__ import annotations

from typing import Literal

import pytest

from tests.faults import test_bad_responses_server as bad_responses
from tests.faults import test_framing_server as framing
from tests.faults import test_server_faults as server_faults
from tests.support.stub_server import StubServer
from typedaws_runtime.transports import asyncio_transport, socket_transport
from typedaws_runtime.transports.httpx_transport import AsyncHttpxTransport, HttpxTransport
from typedaws_runtime.transports.options import TransportOptions

Mode = Literal["sync", "async"]

pytestmark = pytest.mark.parametrize("mode", ["sync", "async"])


def _sync(options: TransportOptions) -> HttpxTransport:
    return HttpxTransport(max_response_bytes=options.max_response_bytes)


def _async(options: TransportOptions) -> AsyncHttpxTransport:
    return AsyncHttpxTransport(max_response_bytes=options.max_response_bytes)


@pytest.fixture(autouse=True)
def _httpx_is_the_default_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients made without ``transport=`` get the httpx transports (the clients import the
    built-in classes from these modules when they make their first call)."""
    monkeypatch.setattr(socket_transport, "SocketTransport", _sync)
    monkeypatch.setattr(asyncio_transport, "AsyncioTransport", _async)


# Marks go on functions of this module: marking an imported test would mark it in its own module.
_OVER_SENDING = pytest.mark.xfail(
    strict=True,
    reason="httpx keeps a connection whose server sent more than the response and reads the "
    "extra bytes as the next response; the built-in transports drop such a connection",
)

test_legal_framing_reads_the_same = framing.test_legal_framing_reads_the_same
test_body_to_end_of_connection = framing.test_body_to_end_of_connection


@_OVER_SENDING
def test_bytes_after_the_response_are_not_the_next_answer(mode: Mode, stub: StubServer) -> None:
    framing.test_bytes_after_the_response_are_not_the_next_answer(mode, stub)


test_broken_framing_is_a_typed_error = framing.test_broken_framing_is_a_typed_error
test_closed_mid_chunk_is_a_typed_error = framing.test_closed_mid_chunk_is_a_typed_error
test_header_with_line_break_is_not_sent = framing.test_header_with_line_break_is_not_sent

test_html_page = bad_responses.test_html_page
test_no_content_204 = bad_responses.test_no_content_204
test_huge_non_json_body = bad_responses.test_huge_non_json_body
test_content_length_longer_than_body = bad_responses.test_content_length_longer_than_body


@_OVER_SENDING
def test_content_length_shorter_than_body(mode: Mode, stub: StubServer) -> None:
    bad_responses.test_content_length_shorter_than_body(mode, stub)


test_body_not_in_its_content_encoding = bad_responses.test_body_not_in_its_content_encoding
test_garbage_with_error_status = bad_responses.test_garbage_with_error_status

test_server_closes_idle_connections_between_calls = (
    server_faults.test_server_closes_idle_connections_between_calls
)
test_reset_mid_response_is_retried = server_faults.test_reset_mid_response_is_retried
test_request_read_then_reset_is_not_sent_again_with_one_attempt = (
    server_faults.test_request_read_then_reset_is_not_sent_again_with_one_attempt
)
test_request_read_then_reset_is_a_failed_attempt = (
    server_faults.test_request_read_then_reset_is_a_failed_attempt
)
test_answer_after_read_timeout = server_faults.test_answer_after_read_timeout
test_retries_keep_one_connection_when_possible = (
    server_faults.test_retries_keep_one_connection_when_possible
)
test_read_timeout_bounds_each_read_not_the_response = (
    server_faults.test_read_timeout_bounds_each_read_not_the_response
)
test_call_timeout_bounds_the_whole_call = server_faults.test_call_timeout_bounds_the_whole_call
test_response_larger_than_the_cap = server_faults.test_response_larger_than_the_cap

"""OpenTelemetry spans per call, checked with the OpenTelemetry SDK's in-memory exporter against
a real local server, on both clients."""

from __future__ import annotations

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cognito_idp.errors import CodeMismatchException
from tests.support.calls import MODES, Mode, confirm, confirm_error
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.interceptors import CallContext, Interceptor
from typedaws_runtime.otel import OpenTelemetryInterceptor


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def tracing(exporter: InMemorySpanExporter) -> OpenTelemetryInterceptor:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return OpenTelemetryInterceptor(tracer_provider=provider)


def only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    [span] = exporter.get_finished_spans()
    return span


@pytest.mark.parametrize("mode", MODES)
def test_a_call_is_one_client_span_with_the_aws_sdk_attributes(
    mode: Mode, stub: StubServer, tracing: OpenTelemetryInterceptor, exporter: InMemorySpanExporter
) -> None:
    stub.enqueue(StubResponse.json({}, headers={"x-amzn-RequestId": "rid-ok-1"}))

    confirm(mode, stub.url, client={"interceptors": [tracing]})

    span = only_span(exporter)
    assert span.name == "Cognito Identity Provider.ConfirmSignUp"
    assert span.kind is trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "rpc.system": "aws-api",
        "rpc.service": "Cognito Identity Provider",
        "rpc.method": "ConfirmSignUp",
        "server.address": "127.0.0.1",
        "aws.request_id": "rid-ok-1",
        "http.response.status_code": 200,
    }
    assert span.status.status_code is trace.StatusCode.UNSET


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_call_has_error_type_and_error_status(
    mode: Mode, stub: StubServer, tracing: OpenTelemetryInterceptor, exporter: InMemorySpanExporter
) -> None:
    stub.enqueue(StubResponse.aws_error("CodeMismatchException", "wrong", request_id="rid-err-2"))

    error = confirm_error(mode, stub.url, client={"interceptors": [tracing]})

    assert isinstance(error, CodeMismatchException)
    span = only_span(exporter)
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "CodeMismatchException"
    assert attributes["aws.request_id"] == "rid-err-2"
    assert attributes["http.response.status_code"] == 400
    assert span.status.status_code is trace.StatusCode.ERROR


@pytest.mark.parametrize("mode", MODES)
def test_no_member_value_reaches_the_span(
    mode: Mode, stub: StubServer, tracing: OpenTelemetryInterceptor, exporter: InMemorySpanExporter
) -> None:
    secrets = {
        "client_id": "client-secretish-7",
        "username": "bob-77",
        "confirmation_code": "864209",
    }
    stub.enqueue(StubResponse.aws_error("CodeMismatchException", "wrong"))

    confirm_error(mode, stub.url, client={"interceptors": [tracing]}, **secrets)

    span = only_span(exporter)
    shown = repr(dict(span.attributes or {})) + repr(span.status) + repr(span.events)
    for value in secrets.values():
        assert value not in shown


@pytest.mark.parametrize("mode", MODES)
def test_an_invalid_request_is_traced_as_a_failed_call(
    mode: Mode, stub: StubServer, tracing: OpenTelemetryInterceptor, exporter: InMemorySpanExporter
) -> None:
    confirm_error(mode, stub.url, client_id="", client={"interceptors": [tracing]})

    span = only_span(exporter)
    assert dict(span.attributes or {})["error.type"] == "ValidationError"
    assert "http.response.status_code" not in dict(span.attributes or {})


class SpanSeen(Interceptor):
    """Notes the span that is current when the request is about to be sent."""

    def __init__(self) -> None:
        self.span_ids: list[int] = []

    def modify_before_transmit(
        self, context: CallContext[object, None, HttpRequest, None]
    ) -> HttpRequest:
        self.span_ids.append(trace.get_current_span().get_span_context().span_id)
        return context.http_request


@pytest.mark.parametrize("mode", MODES)
def test_the_call_span_is_current_while_the_call_runs_and_not_after(
    mode: Mode, stub: StubServer, tracing: OpenTelemetryInterceptor, exporter: InMemorySpanExporter
) -> None:
    seen = SpanSeen()

    confirm(mode, stub.url, client={"interceptors": [tracing, seen]})

    call_span = only_span(exporter).get_span_context()
    assert call_span is not None
    assert seen.span_ids == [call_span.span_id]
    assert not trace.get_current_span().get_span_context().is_valid

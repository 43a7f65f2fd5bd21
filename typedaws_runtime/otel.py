"""OpenTelemetry tracing: a span per call, as an interceptor (the ``otel`` extra).

``interceptors=[OpenTelemetryInterceptor()]`` gives every call a ``CLIENT`` span named
``<service id>.<operation>`` (``Cognito Identity Provider.ConfirmSignUp``), the name and
attributes OpenTelemetry's semantic conventions give AWS SDK calls: ``rpc.system`` =
``aws-api``, ``rpc.service``, ``rpc.method``, ``aws.request_id``, ``server.address``,
``http.response.status_code`` of the last attempt, and for a failed call ``error.type`` (the
error's class name) with the span's status set to error. The span is the current one while the
call runs, so spans made under it (by your transport, say) are its children.

Attributes hold names, numbers and the request id only, never a request's or response's
members: those may be secrets. The span lasts from ``read_before_execution`` to
``read_after_execution``, so a call that fails validation is traced too.
"""

from __future__ import annotations

try:
    from opentelemetry import context as otel_context
    from opentelemetry import trace
except ImportError as error:  # pragma: no cover - depends on what is installed
    raise ImportError(
        "OpenTelemetry tracing needs the opentelemetry-api package: "
        "pip install 'cognito-idp-typed[otel]'"
    ) from error

from typedaws_runtime.awsjson import request_id
from typedaws_runtime.errors import ServiceError
from typedaws_runtime.interceptors import CallContext, Interceptor
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.urls import split_url

if TYPE_CHECKING:
    from contextvars import Token

    from opentelemetry.context import Context

    from typedaws_runtime.http import HttpRequest, HttpResponse

__all__ = ["OpenTelemetryInterceptor"]

_ACTIVE = "typedaws_runtime.otel"


class _Active:
    """The call's span, and the token that makes it current until the call ends."""

    __slots__ = ("span", "token")

    def __init__(self, span: trace.Span) -> None:
        self.span = span
        self.token: Token[Context] = otel_context.attach(trace.set_span_in_context(span))


class OpenTelemetryInterceptor(Interceptor):
    """A span per call, on the global tracer provider or the one given."""

    def __init__(self, tracer_provider: trace.TracerProvider | None = None) -> None:
        self._tracer = trace.get_tracer("typedaws_runtime", tracer_provider=tracer_provider)

    def read_before_execution(self, context: CallContext[object, None, None, None]) -> None:
        span = self._tracer.start_span(
            f"{context.service}.{context.operation}",
            kind=trace.SpanKind.CLIENT,
            attributes={
                "rpc.system": "aws-api",
                "rpc.service": context.service,
                "rpc.method": context.operation,
            },
        )
        context.properties[_ACTIVE] = _Active(span)

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        active = context.properties.pop(_ACTIVE, None)
        if not isinstance(active, _Active):
            return  # an earlier interceptor's read_before_execution failed before this one's
        otel_context.detach(active.token)
        span = active.span
        if context.http_request is not None:
            origin, _ = split_url(context.http_request.url)
            span.set_attribute("server.address", origin.host)
        response = context.http_response
        outcome = context.outcome
        rid = request_id(response) if response is not None else None
        if isinstance(outcome, ServiceError) and outcome.request_id:
            rid = outcome.request_id
        if rid:
            span.set_attribute("aws.request_id", rid)
        if response is not None:
            span.set_attribute("http.response.status_code", response.status)
        if isinstance(outcome, BaseException):
            span.set_attribute("error.type", type(outcome).__qualname__)
            span.set_status(trace.Status(trace.StatusCode.ERROR, type(outcome).__qualname__))
        span.end()

"""Interceptors on both clients, against a real local server: the hooks, their order, what each
sees, and what an interceptor that raises does to the call."""

from __future__ import annotations

import pytest

from cognito_idp.errors import CodeMismatchException
from cognito_idp.models import ConfirmSignUpRequest, ConfirmSignUpResponse
from tests.support.calls import MINIMAL, MODES, Mode, confirm, confirm_error
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime.errors import ConnectionFailedError, ValidationError
from typedaws_runtime.http import HttpRequest, HttpResponse
from typedaws_runtime.interceptors import CallContext, Interceptor


class Recorder(Interceptor):
    """Notes every hook it sees, with what the context holds at that point."""

    def __init__(self, name: str, log: list[tuple[str, ...]]) -> None:
        self.name = name
        self.log = log

    def read_before_execution(self, context: CallContext[object, None, None, None]) -> None:
        self.log.append((self.name, "read_before_execution", context.operation))

    def modify_before_transmit(
        self, context: CallContext[object, None, HttpRequest, None]
    ) -> HttpRequest:
        self.log.append((self.name, "modify_before_transmit", str(context.attempts)))
        return context.http_request

    def read_after_transmit(
        self, context: CallContext[object, None, HttpRequest, HttpResponse]
    ) -> None:
        self.log.append((self.name, "read_after_transmit", str(context.http_response.status)))

    def read_after_attempt(
        self, context: CallContext[object, object, HttpRequest, HttpResponse | None]
    ) -> None:
        self.log.append((self.name, "read_after_attempt", type(context.outcome).__name__))

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        self.log.append(
            (
                self.name,
                "read_after_execution",
                type(context.outcome).__name__,
                str(context.attempts),
            )
        )


@pytest.mark.parametrize("mode", MODES)
def test_hooks_run_in_order_for_each_attempt_and_each_interceptor(
    mode: Mode, stub: StubServer
) -> None:
    stub.enqueue(
        StubResponse.aws_error("InternalErrorException", "try again", status=500),
        StubResponse.json({}),
    )
    log: list[tuple[str, ...]] = []
    interceptors = [Recorder("a", log), Recorder("b", log)]

    response = confirm(mode, stub.url, client={"interceptors": interceptors})

    assert isinstance(response, ConfirmSignUpResponse)
    assert log == [
        ("a", "read_before_execution", "ConfirmSignUp"),
        ("b", "read_before_execution", "ConfirmSignUp"),
        ("a", "modify_before_transmit", "1"),
        ("b", "modify_before_transmit", "1"),
        ("a", "read_after_transmit", "500"),
        ("b", "read_after_transmit", "500"),
        ("a", "read_after_attempt", "InternalErrorException"),
        ("b", "read_after_attempt", "InternalErrorException"),
        ("a", "modify_before_transmit", "2"),
        ("b", "modify_before_transmit", "2"),
        ("a", "read_after_transmit", "200"),
        ("b", "read_after_transmit", "200"),
        ("a", "read_after_attempt", "ConfirmSignUpResponse"),
        ("b", "read_after_attempt", "ConfirmSignUpResponse"),
        ("a", "read_after_execution", "ConfirmSignUpResponse", "2"),
        ("b", "read_after_execution", "ConfirmSignUpResponse", "2"),
    ]


class AddHeader(Interceptor):
    def modify_before_transmit(
        self, context: CallContext[object, None, HttpRequest, None]
    ) -> HttpRequest:
        sent = context.http_request
        headers = {**sent.headers, "x-tenant": "acme"}
        return HttpRequest(sent.method, sent.url, headers, sent.body, sent.timeouts)


@pytest.mark.parametrize("mode", MODES)
def test_modify_before_transmit_changes_what_is_sent(mode: Mode, stub: StubServer) -> None:
    confirm(mode, stub.url, client={"interceptors": [AddHeader()]})

    assert stub.requests[0].header("x-tenant") == "acme"
    assert (
        stub.requests[0].header("x-amz-target") == "AWSCognitoIdentityProviderService.ConfirmSignUp"
    )


class Outcomes(Interceptor):
    """Keeps the context each call ends with."""

    def __init__(self) -> None:
        self.seen: list[CallContext[object, object, HttpRequest | None, HttpResponse | None]] = []

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        self.seen.append(context)


@pytest.mark.parametrize("mode", MODES)
def test_read_after_execution_sees_the_error_the_call_raises(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(StubResponse.aws_error("CodeMismatchException", "wrong code", request_id="rid-9"))
    outcomes = Outcomes()

    error = confirm_error(mode, stub.url, client={"interceptors": [outcomes]})

    assert isinstance(error, CodeMismatchException)
    [context] = outcomes.seen
    assert context.outcome is error
    assert context.attempts == 1
    assert context.elapsed > 0
    assert context.service == "Cognito Identity Provider"
    assert isinstance(context.request, ConfirmSignUpRequest)
    assert context.request.username == MINIMAL["username"]
    assert context.http_response is not None and context.http_response.status == 400
    assert "alice" not in repr(context)  # names only: the request may carry secrets


@pytest.mark.parametrize("mode", MODES)
def test_an_invalid_request_reaches_read_after_execution_without_an_attempt(
    mode: Mode, stub: StubServer
) -> None:
    outcomes = Outcomes()

    error = confirm_error(mode, stub.url, client_id="", client={"interceptors": [outcomes]})

    assert isinstance(error, ValidationError)
    [context] = outcomes.seen
    assert context.outcome is error
    assert context.attempts == 0
    assert context.http_request is None
    assert stub.requests == []


class Refuse(Interceptor):
    """Raises ``error`` from one hook."""

    def __init__(self, hook: str, error: BaseException) -> None:
        self.hook = hook
        self.error = error
        self.calls = 0

    def _maybe_raise(self, hook: str) -> None:
        if hook == self.hook:
            self.calls += 1
            raise self.error

    def read_before_execution(self, context: CallContext[object, None, None, None]) -> None:
        self._maybe_raise("read_before_execution")

    def modify_before_transmit(
        self, context: CallContext[object, None, HttpRequest, None]
    ) -> HttpRequest:
        self._maybe_raise("modify_before_transmit")
        return context.http_request

    def read_after_transmit(
        self, context: CallContext[object, None, HttpRequest, HttpResponse]
    ) -> None:
        self._maybe_raise("read_after_transmit")

    def read_after_attempt(
        self, context: CallContext[object, object, HttpRequest, HttpResponse | None]
    ) -> None:
        self._maybe_raise("read_after_attempt")

    def read_after_execution(
        self, context: CallContext[object, object, HttpRequest | None, HttpResponse | None]
    ) -> None:
        self._maybe_raise("read_after_execution")


HOOKS = [
    ("read_before_execution", 0),
    ("modify_before_transmit", 0),
    ("read_after_transmit", 1),
    ("read_after_attempt", 1),
    ("read_after_execution", 1),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("hook", "requests_sent"), HOOKS)
def test_an_error_a_hook_raises_ends_the_call_with_that_error_and_is_not_retried(
    mode: Mode, stub: StubServer, hook: str, requests_sent: int
) -> None:
    # A retryable error class: if the client mistook it for the transport's, it would retry.
    refusal = ConnectionFailedError("refused by policy", url=stub.url)
    refuse, outcomes = Refuse(hook, refusal), Outcomes()

    error = confirm_error(mode, stub.url, client={"interceptors": [refuse, outcomes]})

    assert error is refusal
    assert refuse.calls == 1
    assert len(stub.requests) == requests_sent
    if hook != "read_after_execution":  # otherwise the later interceptor saw the success
        assert [context.outcome for context in outcomes.seen] == [refusal]


@pytest.mark.parametrize("mode", MODES)
def test_an_error_of_the_callers_own_type_comes_out_unchanged(mode: Mode, stub: StubServer) -> None:
    class Forbidden(Exception):
        pass

    refusal = Forbidden("not during maintenance")

    error = confirm_error(
        mode, stub.url, client={"interceptors": [Refuse("read_before_execution", refusal)]}
    )

    assert error is refusal
    assert stub.requests == []

"""In-memory transports and a sync/async harness, for feeding clients any response quickly.

``transport=`` is the public plug-in point of both clients: an object with ``send`` (sync, or
``async def`` for the async client) and ``close``. These transports answer every request with
``response`` (or call ``responder``) and count the attempts, so thousands of generated cases
run without a socket.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from typedaws_runtime.http import HttpRequest, HttpResponse

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

REGION = "eu-west-1"
ENDPOINT = "https://cognito-idp.eu-west-1.amazonaws.com"
REQUEST_ID_HEADER = "x-amzn-requestid"

CONFIRM: dict[str, Any] = {
    "client_id": "client-id-faults",
    "username": "alice-faults",
    "confirmation_code": "918273",
}
"""ConfirmSignUp's required members. Its output has no required member: ``{}`` is valid."""

SECRETS = ("client-id-faults", "alice-faults", "918273", "token-faults", "Passw0rd-faults")
"""Sensitive request values of the calls made here: error messages show them masked."""

Responder = Callable[[HttpRequest], HttpResponse]


class MemoryTransport:
    """A synchronous ``Transport`` that never touches the network."""

    def __init__(self, response: HttpResponse | None = None) -> None:
        self.response: HttpResponse = response or HttpResponse(200, {}, b"{}")
        self.responder: Responder | None = None
        self.requests: list[HttpRequest] = []
        self.closed = False

    def answer(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        if self.responder is not None:
            return self.responder(request)
        return self.response

    def send(self, request: HttpRequest) -> HttpResponse:
        return self.answer(request)

    def close(self) -> None:
        self.closed = True


class AsyncMemoryTransport(MemoryTransport):
    """The same as an ``AsyncTransport``."""

    async def send(self, request: HttpRequest) -> HttpResponse:  # type: ignore[override]
        return self.answer(request)

    async def close(self) -> None:  # type: ignore[override]
        self.closed = True


class Harness:
    """One client (sync or async) on an in-memory transport; ``outcome()`` makes one call."""

    def __init__(self, mode: Mode, **client_options: Any) -> None:
        self.mode = mode
        options: dict[str, Any] = {"region": REGION, "endpoint_url": ENDPOINT, **client_options}
        self._runner: asyncio.Runner | None = None
        self._sync: CognitoIdentityProviderClient | None = None
        self._async: AsyncCognitoIdentityProviderClient | None = None
        if mode == "sync":
            self.transport: MemoryTransport = MemoryTransport()
            self._sync = CognitoIdentityProviderClient(transport=self.transport, **options)
        else:
            transport = AsyncMemoryTransport()
            self.transport = transport
            self._runner = asyncio.Runner()
            self._async = AsyncCognitoIdentityProviderClient(transport=transport, **options)

    def respond(self, status: int, headers: dict[str, str], body: bytes) -> None:
        """Answer the next calls with this response, and forget earlier requests."""
        self.transport.response = HttpResponse(status, headers, body)
        self.transport.responder = None
        self.transport.requests.clear()

    def call(self, operation: str, /, **kwargs: Any) -> Any:
        """``client.<operation>(**kwargs)``: its result, or the exception it raises."""
        if self._sync is not None:
            return getattr(self._sync, operation)(**kwargs)
        assert self._async is not None and self._runner is not None
        return self._runner.run(getattr(self._async, operation)(**kwargs))

    def outcome(self, operation: str, /, **kwargs: Any) -> Any:
        """Like ``call``, but an ``Exception`` raised is returned instead."""
        try:
            return self.call(operation, **kwargs)
        except Exception as exc:
            return exc

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
        if self._async is not None and self._runner is not None:
            self._runner.run(self._async.aclose())
            self._runner.close()


@contextmanager
def harness(mode: Mode, **client_options: Any) -> Iterator[Harness]:
    h = Harness(mode, **client_options)
    try:
        yield h
    finally:
        h.close()


@dataclass(frozen=True)
class Outcome:
    """What one call gave (its result, or the exception it raised) and how long it took."""

    value: Any
    seconds: float

    @property
    def error(self) -> BaseException | None:
        return self.value if isinstance(self.value, BaseException) else None


Call = tuple[str, dict[str, Any]]
CONFIRM_CALL: Call = ("confirm_sign_up", CONFIRM)


def calls_on_one_client(
    mode: Mode, endpoint_url: str, calls: Sequence[Call], **client_options: Any
) -> list[Outcome]:
    """Make ``calls`` in turn on one real client (default transport), then close it."""
    options: dict[str, Any] = {"region": REGION, "endpoint_url": endpoint_url, **client_options}
    outcomes: list[Outcome] = []
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            for operation, kwargs in calls:
                started = time.monotonic()
                try:
                    value: Any = getattr(client, operation)(**kwargs)
                except Exception as exc:
                    value = exc
                outcomes.append(Outcome(value, time.monotonic() - started))
        return outcomes

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(**options) as client:
            for operation, kwargs in calls:
                started = time.monotonic()
                try:
                    value: Any = await getattr(client, operation)(**kwargs)
                except Exception as exc:
                    value = exc
                outcomes.append(Outcome(value, time.monotonic() - started))

    asyncio.run(run())
    return outcomes


def one_call(mode: Mode, endpoint_url: str, call: Call = CONFIRM_CALL, **options: Any) -> Outcome:
    """One call with a fresh client."""
    return calls_on_one_client(mode, endpoint_url, [call], **options)[0]

"""Clients on in-memory transports: any response, fed to either client, without a socket.

``transport=`` is the public plug-in point of both clients: an object with ``send`` (sync, or
``async def`` for the async client) and ``close``. These transports answer every request with
``response`` (or call ``responder``) and record the requests, so a test sees the exact request
body and thousands of generated cases run quickly.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Generator
from contextlib import contextmanager
from typing import Any

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.support.calls import ENDPOINT, REGION, REQUEST_ID_HEADER, Mode
from typedaws_runtime.http import HttpRequest, HttpResponse

Responder = Callable[[HttpRequest], HttpResponse]


class MemoryTransport:
    """A synchronous transport that never touches the network."""

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
    """The same, as an asynchronous transport."""

    async def send(self, request: HttpRequest) -> HttpResponse:  # type: ignore[override]  # the async protocol's send
        return self.answer(request)

    async def close(self) -> None:  # type: ignore[override]  # the async protocol's close
        self.closed = True


def json_response(body: dict[str, object] | str, status: int = 200) -> HttpResponse:
    raw = body if isinstance(body, str) else json.dumps(body)
    return HttpResponse(status, {REQUEST_ID_HEADER: "rid-memory"}, raw.encode())


def sent_json(request: HttpRequest) -> dict[str, Any]:
    """The JSON object a request carried."""
    body: dict[str, Any] = json.loads(request.body)
    return body


def call(
    mode: Mode,
    response: HttpResponse,
    operation: str,
    /,
    client: dict[str, Any] | None = None,
    **kwargs: Any,
) -> tuple[object, list[HttpRequest]]:
    """``client.<operation>(**kwargs)`` on a fresh client of ``mode`` whose transport answers
    ``response``: (the result, or the exception raised; the requests sent). ``client`` holds
    the client's own options."""
    with harness(mode, **(client or {})) as h:
        h.transport.response = response
        return h.outcome(operation, **kwargs), h.transport.requests


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
def harness(mode: Mode, **client_options: Any) -> Generator[Harness, None, None]:
    h = Harness(mode, **client_options)
    try:
        yield h
    finally:
        h.close()

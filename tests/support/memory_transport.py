"""Clients on in-memory transports: one call, sync or async, with the request it sent.

``transport=`` is the clients' public plug-in point. These transports answer every request
with one prepared response and record what was sent, so a test sees the exact request body
without a socket.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Literal

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from typedaws_runtime.http import HttpRequest, HttpResponse

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

ENDPOINT = "https://cognito-idp.eu-west-1.amazonaws.com"


class MemoryTransport:
    """A synchronous transport: answers ``response`` to every request, and records them."""

    def __init__(self, response: HttpResponse) -> None:
        self.response = response
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        return self.response

    def close(self) -> None:
        pass


class AsyncMemoryTransport(MemoryTransport):
    """The same, as an asynchronous transport."""

    async def send(self, request: HttpRequest) -> HttpResponse:  # type: ignore[override]  # the async protocol's send
        return MemoryTransport.send(self, request)

    async def close(self) -> None:  # type: ignore[override]  # the async protocol's close
        pass


def json_response(body: dict[str, object] | str, status: int = 200) -> HttpResponse:
    raw = body if isinstance(body, str) else json.dumps(body)
    return HttpResponse(status, {"x-amzn-requestid": "rid-memory"}, raw.encode())


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
    options: dict[str, Any] = {"region": "eu-west-1", "endpoint_url": ENDPOINT, **(client or {})}
    if mode == "sync":
        transport = MemoryTransport(response)
        with CognitoIdentityProviderClient(transport=transport, **options) as sync_client:
            try:
                return getattr(sync_client, operation)(**kwargs), transport.requests
            except Exception as exc:
                return exc, transport.requests

    async def run() -> tuple[object, list[HttpRequest]]:
        transport = AsyncMemoryTransport(response)
        async with AsyncCognitoIdentityProviderClient(
            transport=transport, **options
        ) as async_client:
            try:
                return await getattr(async_client, operation)(**kwargs), transport.requests
            except Exception as exc:
                return exc, transport.requests

    return asyncio.run(run())


def sent_json(request: HttpRequest) -> dict[str, Any]:
    """The JSON object a request carried."""
    body: dict[str, Any] = json.loads(request.body)
    return body

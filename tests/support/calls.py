"""Calls through the real generated clients, sync or async, each in one line.

The tests that run both clients take ``mode`` from ``MODES``; these helpers make the call with
a fresh client of that mode (closed afterwards) and give back its result or the exception it
raised, so one test body covers both clients.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

if TYPE_CHECKING:
    from cognito_idp.models import ConfirmSignUpResponse

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

REGION = "eu-west-1"
ENDPOINT = "https://cognito-idp.eu-west-1.amazonaws.com"
REQUEST_ID_HEADER = "x-amzn-requestid"

MINIMAL: dict[str, Any] = {
    "client_id": "client-id-1",
    "username": "alice",
    "confirmation_code": "123456",
}
"""The three required members of ConfirmSignUp."""

CONFIRM: dict[str, Any] = {
    "client_id": "client-id-faults",
    "username": "alice-faults",
    "confirmation_code": "918273",
}
"""ConfirmSignUp's required members, with values listed in ``SECRETS``. Its output has no
required member: ``{}`` is valid."""

SECRETS = ("client-id-faults", "alice-faults", "918273", "token-faults", "Passw0rd-faults")
"""Sensitive request values of the calls made with ``CONFIRM``: error messages show them masked."""


def confirm(mode: Mode, endpoint_url: str | None, /, **kwargs: Any) -> ConfirmSignUpResponse:
    """One ConfirmSignUp with a fresh client (closed afterwards).

    Keyword arguments go to ``confirm_sign_up``, except the client's own options, given as
    ``client={...}``. The three required members default to ``MINIMAL``.
    """
    client_options: dict[str, Any] = {"region": REGION, **kwargs.pop("client", {})}
    if endpoint_url is not None:
        client_options["endpoint_url"] = endpoint_url
    call = {**MINIMAL, **kwargs}
    if mode == "sync":
        with CognitoIdentityProviderClient(**client_options) as client:
            return client.confirm_sign_up(**call)

    async def run() -> ConfirmSignUpResponse:
        async with AsyncCognitoIdentityProviderClient(**client_options) as client:
            return await client.confirm_sign_up(**call)

    return asyncio.run(run())


def confirm_error(mode: Mode, endpoint_url: str | None, /, **kwargs: Any) -> BaseException:
    """The exception one ConfirmSignUp raises (``AssertionError`` if it succeeds)."""
    try:
        response = confirm(mode, endpoint_url, **kwargs)
    except Exception as exc:
        return exc
    raise AssertionError(f"expected an exception, got {response!r}")


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

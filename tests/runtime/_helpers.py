"""Calling ConfirmSignUp through the real generated clients, sync or async, in one line."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Literal

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

if TYPE_CHECKING:
    from cognito_idp.models import ConfirmSignUpResponse

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

REGION = "eu-west-1"

MINIMAL: dict[str, Any] = {
    "client_id": "client-id-1",
    "username": "alice",
    "confirmation_code": "123456",
}
"""The three required members of ConfirmSignUp."""


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

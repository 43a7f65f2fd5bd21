"""``CognitoAuth`` and ``AsyncCognitoAuth``: sign-in, refresh, sign-out and devices.

Both run the programs of ``cognito_auth.flow`` (written once, without I/O): each method here
only picks the program and runs it with its client, ``flow.run`` or ``flow.arun``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Mapping
from typing import Generic, Literal, TypeAlias, TypeVar

from cognito_auth import flow
from cognito_auth.challenges import AsyncStep, Step, to_step
from cognito_auth.errors import AuthError
from cognito_auth.flow import Context, Flow, Target
from cognito_auth.srp import SrpClient
from cognito_auth.tokens import RememberedDevice, SignedIn, Tokens
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:  # the client a program uses is already loaded; the other never needs to be
    from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

RefreshWith: TypeAlias = Literal["GetTokensFromRefreshToken", "REFRESH_TOKEN_AUTH"]
"""How tokens are refreshed: ``GetTokensFromRefreshToken`` (required with refresh-token
rotation, where it also returns a new refresh token), or InitiateAuth's ``REFRESH_TOKEN_AUTH``
(for app clients without rotation, and emulators without the newer operation)."""

FirstChallenge: TypeAlias = Literal["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]
"""A USER_AUTH sign-in's preferred first challenge."""


ClientT = TypeVar("ClientT", "CognitoIdentityProviderClient", "AsyncCognitoIdentityProviderClient")


class _Auth(Generic[ClientT]):
    """What both clients share: the app client they sign in to, and the programs they run.

    ``client_secret`` is the app client's secret, if it has one (every request then carries
    its ``SECRET_HASH``); ``client_metadata`` goes to the pool's Lambda triggers with every
    sign-in call; ``refresh_with``: see ``RefreshWith``.
    """

    def __init__(
        self,
        client: ClientT,
        *,
        user_pool_id: str,
        client_id: str,
        client_secret: str | None = None,
        client_metadata: Mapping[str, str] | None = None,
        refresh_with: RefreshWith = "GetTokensFromRefreshToken",
    ) -> None:
        self.client: ClientT = client
        if "_" not in user_pool_id:
            raise ValueError(f"{user_pool_id!r} is not a user pool id (<region>_<name>)")
        self.user_pool_id = user_pool_id
        self.client_id = client_id
        self.refresh_with: RefreshWith = refresh_with
        self._target = Target(
            client_id=client_id,
            user_pool_id=user_pool_id,
            client_secret=client_secret,
            client_metadata=client_metadata,
        )
        self._admin_target = dataclasses.replace(self._target, admin=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user_pool_id={self.user_pool_id!r}, client_id=...)"

    def _srp(self, username: str, password: str, device: RememberedDevice | None) -> Flow:
        context = Context(target=self._target, username=username, password=password, device=device)
        return flow.start(context, "USER_SRP_AUTH", {}, SrpClient.start())

    def _password(
        self, username: str, password: str, device: RememberedDevice | None, *, admin: bool
    ) -> Flow:
        target = self._admin_target if admin else self._target
        context = Context(target=target, username=username, device=device)
        if admin:
            return flow.start(context, "ADMIN_USER_PASSWORD_AUTH", {"PASSWORD": password})
        return flow.start(context, "USER_PASSWORD_AUTH", {"PASSWORD": password})

    def _user_auth(
        self,
        username: str,
        preferred: FirstChallenge | None,
        password: str | None,
        device: RememberedDevice | None,
    ) -> Flow:
        context = Context(target=self._target, username=username, password=password, device=device)
        if preferred is None:
            return flow.start(context, "USER_AUTH", {})
        parameters: dict[str, str] = {"PREFERRED_CHALLENGE": preferred}
        if preferred in ("PASSWORD", "PASSWORD_SRP"):
            if password is None:
                raise AuthError(f"preferred={preferred!r} needs password=")
            if preferred == "PASSWORD_SRP":
                return flow.start(context, "USER_AUTH", parameters, SrpClient.start())
            parameters["PASSWORD"] = password
        return flow.start(context, "USER_AUTH", parameters)

    def _custom(self, username: str, password: str | None, device: RememberedDevice | None) -> Flow:
        context = Context(target=self._target, username=username, password=password, device=device)
        if password is None:
            return flow.start(context, "CUSTOM_AUTH", {})
        parameters = {"CHALLENGE_NAME": "SRP_A"}
        return flow.start(context, "CUSTOM_AUTH", parameters, SrpClient.start())

    def _refresh(
        self, refresh_token: str, username: str | None, device_key: str | None
    ) -> flow.Program[Tokens]:
        return flow.refresh(
            self._target,
            refresh_token,
            with_initiate_auth=self.refresh_with == "REFRESH_TOKEN_AUTH",
            username=username,
            device_key=device_key,
        )


class CognitoAuth(_Auth["CognitoIdentityProviderClient"]):
    """Sign users in to one app client of a user pool, with a ``CognitoIdentityProviderClient``.

    Every sign-in method returns a ``Step``: ``SignedIn``, or a challenge whose ``answer``
    returns the next step. ``client_secret`` is the app client's secret, if it has one (every
    request then carries its ``SECRET_HASH``). ``refresh_with``: see ``RefreshWith``.
    """

    def _step(self, program: Flow) -> Step:
        return to_step(flow.run(program, self.client), self._step)

    def sign_in_srp(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """USER_SRP_AUTH: the password's SRP proof is sent, never the password. With a
        remembered ``device``, Cognito's DEVICE_SRP_AUTH challenge is answered with it."""
        return self._step(self._srp(username, password, device))

    def sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """USER_PASSWORD_AUTH: the password is sent to Cognito (over TLS)."""
        return self._step(self._password(username, password, device, admin=False))

    def admin_sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """ADMIN_USER_PASSWORD_AUTH, through the admin operations (AWS credentials needed)."""
        return self._step(self._password(username, password, device, admin=True))

    def sign_in_user_auth(
        self,
        username: str,
        *,
        preferred: FirstChallenge | None = None,
        password: str | None = None,
        device: RememberedDevice | None = None,
    ) -> Step:
        """USER_AUTH (choice-based sign-in): ``SelectChallenge`` next, unless ``preferred``
        names the first challenge (``PASSWORD`` and ``PASSWORD_SRP`` need ``password``)."""
        return self._step(self._user_auth(username, preferred, password, device))

    def sign_in_custom(
        self,
        username: str,
        *,
        password: str | None = None,
        device: RememberedDevice | None = None,
    ) -> Step:
        """CUSTOM_AUTH: the pool's own challenges; with ``password``, after its SRP proof."""
        return self._step(self._custom(username, password, device))

    def refresh(
        self, refresh_token: str, *, username: str | None = None, device_key: str | None = None
    ) -> Tokens:
        """New tokens from a refresh token. With rotation, the new refresh token is in the
        result; without, the one given is kept in it. ``username`` (the user's sub or name)
        is needed only for REFRESH_TOKEN_AUTH with an app client secret."""
        return flow.run(self._refresh(refresh_token, username, device_key), self.client)

    def sign_out(self, access_token: str) -> None:
        """GlobalSignOut: the user's refresh tokens and access tokens stop working, on every
        device."""
        flow.run(flow.sign_out(access_token), self.client)

    def revoke(self, refresh_token: str) -> None:
        """RevokeToken: this refresh token, and the access tokens it issued, stop working."""
        flow.run(flow.revoke(self._target, refresh_token), self.client)

    def remember_device(
        self, signed_in: SignedIn, *, device_name: str | None = None
    ) -> RememberedDevice:
        """Confirm the new device of ``signed_in`` (ConfirmDevice with a new verifier) and mark
        it remembered; keep what is returned to sign in as this device later."""
        return flow.run(flow.remember_device(signed_in, device_name), self.client)


class AsyncCognitoAuth(_Auth["AsyncCognitoIdentityProviderClient"]):
    """``CognitoAuth`` for an ``AsyncCognitoIdentityProviderClient``: the same methods, awaited;
    answering a challenge returns an awaitable of the next ``AsyncStep``."""

    async def _step(self, program: Flow) -> AsyncStep:
        return to_step(await flow.arun(program, self.client), self._next)

    def _next(self, program: Flow) -> Awaitable[AsyncStep]:
        return self._step(program)

    async def sign_in_srp(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """USER_SRP_AUTH: see ``CognitoAuth.sign_in_srp``."""
        return await self._step(self._srp(username, password, device))

    async def sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """USER_PASSWORD_AUTH: see ``CognitoAuth.sign_in_password``."""
        return await self._step(self._password(username, password, device, admin=False))

    async def admin_sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """ADMIN_USER_PASSWORD_AUTH: see ``CognitoAuth.admin_sign_in_password``."""
        return await self._step(self._password(username, password, device, admin=True))

    async def sign_in_user_auth(
        self,
        username: str,
        *,
        preferred: FirstChallenge | None = None,
        password: str | None = None,
        device: RememberedDevice | None = None,
    ) -> AsyncStep:
        """USER_AUTH: see ``CognitoAuth.sign_in_user_auth``."""
        return await self._step(self._user_auth(username, preferred, password, device))

    async def sign_in_custom(
        self,
        username: str,
        *,
        password: str | None = None,
        device: RememberedDevice | None = None,
    ) -> AsyncStep:
        """CUSTOM_AUTH: see ``CognitoAuth.sign_in_custom``."""
        return await self._step(self._custom(username, password, device))

    async def refresh(
        self, refresh_token: str, *, username: str | None = None, device_key: str | None = None
    ) -> Tokens:
        """See ``CognitoAuth.refresh``."""
        return await flow.arun(self._refresh(refresh_token, username, device_key), self.client)

    async def sign_out(self, access_token: str) -> None:
        """See ``CognitoAuth.sign_out``."""
        await flow.arun(flow.sign_out(access_token), self.client)

    async def revoke(self, refresh_token: str) -> None:
        """See ``CognitoAuth.revoke``."""
        await flow.arun(flow.revoke(self._target, refresh_token), self.client)

    async def remember_device(
        self, signed_in: SignedIn, *, device_name: str | None = None
    ) -> RememberedDevice:
        """See ``CognitoAuth.remember_device``."""
        return await flow.arun(flow.remember_device(signed_in, device_name), self.client)

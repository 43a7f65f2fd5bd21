"""``CognitoAuth`` and ``AsyncCognitoAuth``: sign-in, refresh, sign-out and devices.

Both run the flows of ``cognito_auth.flow`` (written once, without I/O) with their client;
only the making of calls differs, and each method here is a few lines of it.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Mapping
from typing import Literal, TypeAlias

from cognito_auth import flow
from cognito_auth.challenges import AsyncStep, Step, to_step
from cognito_auth.flow import Context, Flow, Target
from cognito_auth.srp import new_device_verifier
from cognito_auth.tokens import AuthError, RememberedDevice, SignedIn, Tokens
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import (
    AuthenticationResultType,
    AuthFlowType,
    DeviceRememberedStatusType,
    DeviceSecretVerifierConfigType,
)

RefreshWith: TypeAlias = Literal["GetTokensFromRefreshToken", "REFRESH_TOKEN_AUTH"]
"""How tokens are refreshed: ``GetTokensFromRefreshToken`` (required with refresh-token
rotation, where it also returns a new refresh token), or InitiateAuth's ``REFRESH_TOKEN_AUTH``
(for app clients without rotation, and emulators without the newer operation)."""


FirstChallenge: TypeAlias = Literal["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]
"""A USER_AUTH sign-in's preferred first challenge."""


class _Auth:
    """What both clients share: the app client they sign in to, and the requests' contents."""

    def __init__(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        client_secret: str | None = None,
        client_metadata: Mapping[str, str] | None = None,
        refresh_with: RefreshWith = "GetTokensFromRefreshToken",
    ) -> None:
        if "_" not in user_pool_id:
            raise ValueError(f"{user_pool_id!r} is not a user pool id (<region>_<name>)")
        self.user_pool_id = user_pool_id
        self.client_id = client_id
        self._client_secret = client_secret
        self._client_metadata = client_metadata
        self.refresh_with: RefreshWith = refresh_with

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user_pool_id={self.user_pool_id!r}, client_id=...)"

    def _context(
        self,
        username: str,
        *,
        password: str | None = None,
        device: RememberedDevice | None = None,
        admin: bool = False,
    ) -> Context:
        target = Target(
            client_id=self.client_id,
            user_pool_id=self.user_pool_id,
            client_secret=self._client_secret,
            admin=admin,
            client_metadata=self._client_metadata,
        )
        return Context(target=target, username=username, password=password, device=device)

    def _srp(self, username: str, password: str, device: RememberedDevice | None) -> Flow:
        context = self._context(username, password=password, device=device)
        return flow.srp_start(context, AuthFlowType.USER_SRP_AUTH, {})

    def _password(
        self, username: str, password: str, device: RememberedDevice | None, *, admin: bool
    ) -> Flow:
        context = self._context(username, device=device, admin=admin)
        kind = AuthFlowType.ADMIN_USER_PASSWORD_AUTH if admin else AuthFlowType.USER_PASSWORD_AUTH
        return flow.start(context, kind, {"PASSWORD": password})

    def _user_auth(self, username: str, preferred: FirstChallenge | None) -> Flow:
        context = self._context(username)
        parameters = {"PREFERRED_CHALLENGE": preferred} if preferred else {}
        return flow.start(context, AuthFlowType.USER_AUTH, parameters)

    def _custom(self, username: str, password: str | None) -> Flow:
        if password is None:
            return flow.start(self._context(username), AuthFlowType.CUSTOM_AUTH, {})
        context = self._context(username, password=password)
        return flow.srp_start(context, AuthFlowType.CUSTOM_AUTH, {"CHALLENGE_NAME": "SRP_A"})

    def _refresh_parameters(
        self, refresh_token: str, username: str | None, device_key: str | None
    ) -> dict[str, str]:
        parameters = {"REFRESH_TOKEN": refresh_token}
        if device_key is not None:
            parameters["DEVICE_KEY"] = device_key
        if self._client_secret is not None:
            if username is None:
                raise AuthError(
                    "refreshing with REFRESH_TOKEN_AUTH for an app client with a secret needs "
                    "username= (the user's sub, or their user name)"
                )
            target = self._context(username).target
            return target.with_hash(username, parameters)
        return parameters

    def _refreshed(
        self,
        result: AuthenticationResultType | None,
        refresh_token: str,
        issued_at: datetime.datetime,
    ) -> Tokens:
        if result is None:
            raise AuthError("Cognito's refresh answer has no tokens")
        return Tokens.from_result(result, issued_at=issued_at, refresh_token=refresh_token)

    def _verifier(
        self, signed_in: SignedIn
    ) -> tuple[RememberedDevice, DeviceSecretVerifierConfigType]:
        new = signed_in.new_device
        if new is None:
            raise AuthError("this sign-in issued no new device key: there is no device to remember")
        verifier = new_device_verifier(new.device_group_key, new.device_key)
        device = RememberedDevice(
            device_key=new.device_key,
            device_group_key=new.device_group_key,
            device_password=verifier.password,
        )
        config = DeviceSecretVerifierConfigType(
            password_verifier=verifier.password_verifier, salt=verifier.salt
        )
        return device, config


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class CognitoAuth(_Auth):
    """Sign users in to one app client of a user pool, with a ``CognitoIdentityProviderClient``.

    Every sign-in method returns a ``Step``: ``SignedIn``, or a challenge whose ``answer``
    returns the next step. ``client_secret`` is the app client's secret, if it has one (every
    request then carries its ``SECRET_HASH``).
    """

    def __init__(
        self,
        client: CognitoIdentityProviderClient,
        *,
        user_pool_id: str,
        client_id: str,
        client_secret: str | None = None,
        client_metadata: Mapping[str, str] | None = None,
        refresh_with: RefreshWith = "GetTokensFromRefreshToken",
    ) -> None:
        super().__init__(
            user_pool_id=user_pool_id,
            client_id=client_id,
            client_secret=client_secret,
            client_metadata=client_metadata,
            refresh_with=refresh_with,
        )
        self.client = client

    def _run(self, program: Flow) -> Step:
        try:
            call = next(program)
            while True:
                call = program.send(call.send(self.client))
        except StopIteration as done:
            return to_step(done.value, self._run)

    def sign_in_srp(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """USER_SRP_AUTH: the password's SRP proof is sent, never the password. With a
        remembered ``device``, Cognito's DEVICE_SRP_AUTH challenge is answered with it."""
        return self._run(self._srp(username, password, device))

    def sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """USER_PASSWORD_AUTH: the password is sent to Cognito (over TLS)."""
        return self._run(self._password(username, password, device, admin=False))

    def admin_sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> Step:
        """ADMIN_USER_PASSWORD_AUTH, through the admin operations (AWS credentials needed)."""
        return self._run(self._password(username, password, device, admin=True))

    def sign_in_user_auth(self, username: str, *, preferred: FirstChallenge | None = None) -> Step:
        """USER_AUTH (choice-based sign-in): usually ``SelectChallenge`` next."""
        return self._run(self._user_auth(username, preferred))

    def sign_in_custom(self, username: str, *, password: str | None = None) -> Step:
        """CUSTOM_AUTH: the pool's own challenges; with ``password``, after its SRP proof."""
        return self._run(self._custom(username, password))

    def refresh(
        self, refresh_token: str, *, username: str | None = None, device_key: str | None = None
    ) -> Tokens:
        """New tokens from a refresh token. With rotation, the new refresh token is in the
        result; without, the one given is kept in it. ``username`` (the user's sub or name)
        is needed only for REFRESH_TOKEN_AUTH with an app client secret."""
        issued_at = _now()
        if self.refresh_with == "GetTokensFromRefreshToken":
            answer = self.client.get_tokens_from_refresh_token(
                refresh_token=refresh_token,
                client_id=self.client_id,
                client_secret=self._client_secret,
                device_key=device_key,
                client_metadata=self._client_metadata,
            )
            return self._refreshed(answer.authentication_result, refresh_token, issued_at)
        started = self.client.initiate_auth(
            client_id=self.client_id,
            auth_flow=AuthFlowType.REFRESH_TOKEN_AUTH,
            auth_parameters=self._refresh_parameters(refresh_token, username, device_key),
            client_metadata=self._client_metadata,
        )
        return self._refreshed(started.authentication_result, refresh_token, issued_at)

    def sign_out(self, access_token: str) -> None:
        """GlobalSignOut: the user's refresh tokens and access tokens stop working, on every
        device."""
        self.client.global_sign_out(access_token=access_token)

    def revoke(self, refresh_token: str) -> None:
        """RevokeToken: this refresh token, and the access tokens it issued, stop working."""
        self.client.revoke_token(
            token=refresh_token, client_id=self.client_id, client_secret=self._client_secret
        )

    def remember_device(
        self, signed_in: SignedIn, *, device_name: str | None = None
    ) -> RememberedDevice:
        """Confirm the new device of ``signed_in`` (ConfirmDevice with a new verifier) and mark
        it remembered; keep what is returned to sign in as this device later."""
        device, config = self._verifier(signed_in)
        access_token = signed_in.tokens.access_token
        answer = self.client.confirm_device(
            access_token=access_token,
            device_key=device.device_key,
            device_secret_verifier_config=config,
            device_name=device_name,
        )
        if answer.user_confirmation_necessary:
            self.client.update_device_status(
                access_token=access_token,
                device_key=device.device_key,
                device_remembered_status=DeviceRememberedStatusType.REMEMBERED,
            )
        return device


class AsyncCognitoAuth(_Auth):
    """``CognitoAuth`` for an ``AsyncCognitoIdentityProviderClient``: the same methods, awaited;
    answering a challenge returns an awaitable of the next ``AsyncStep``."""

    def __init__(
        self,
        client: AsyncCognitoIdentityProviderClient,
        *,
        user_pool_id: str,
        client_id: str,
        client_secret: str | None = None,
        client_metadata: Mapping[str, str] | None = None,
        refresh_with: RefreshWith = "GetTokensFromRefreshToken",
    ) -> None:
        super().__init__(
            user_pool_id=user_pool_id,
            client_id=client_id,
            client_secret=client_secret,
            client_metadata=client_metadata,
            refresh_with=refresh_with,
        )
        self.client = client

    async def _run(self, program: Flow) -> AsyncStep:
        try:
            call = next(program)
            while True:
                call = program.send(await call.asend(self.client))
        except StopIteration as done:
            return to_step(done.value, self._next)

    def _next(self, program: Flow) -> Awaitable[AsyncStep]:
        return self._run(program)

    async def sign_in_srp(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """USER_SRP_AUTH: see ``CognitoAuth.sign_in_srp``."""
        return await self._run(self._srp(username, password, device))

    async def sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """USER_PASSWORD_AUTH: see ``CognitoAuth.sign_in_password``."""
        return await self._run(self._password(username, password, device, admin=False))

    async def admin_sign_in_password(
        self, username: str, password: str, *, device: RememberedDevice | None = None
    ) -> AsyncStep:
        """ADMIN_USER_PASSWORD_AUTH: see ``CognitoAuth.admin_sign_in_password``."""
        return await self._run(self._password(username, password, device, admin=True))

    async def sign_in_user_auth(
        self, username: str, *, preferred: FirstChallenge | None = None
    ) -> AsyncStep:
        """USER_AUTH: see ``CognitoAuth.sign_in_user_auth``."""
        return await self._run(self._user_auth(username, preferred))

    async def sign_in_custom(self, username: str, *, password: str | None = None) -> AsyncStep:
        """CUSTOM_AUTH: see ``CognitoAuth.sign_in_custom``."""
        return await self._run(self._custom(username, password))

    async def refresh(
        self, refresh_token: str, *, username: str | None = None, device_key: str | None = None
    ) -> Tokens:
        """See ``CognitoAuth.refresh``."""
        issued_at = _now()
        if self.refresh_with == "GetTokensFromRefreshToken":
            answer = await self.client.get_tokens_from_refresh_token(
                refresh_token=refresh_token,
                client_id=self.client_id,
                client_secret=self._client_secret,
                device_key=device_key,
                client_metadata=self._client_metadata,
            )
            return self._refreshed(answer.authentication_result, refresh_token, issued_at)
        started = await self.client.initiate_auth(
            client_id=self.client_id,
            auth_flow=AuthFlowType.REFRESH_TOKEN_AUTH,
            auth_parameters=self._refresh_parameters(refresh_token, username, device_key),
            client_metadata=self._client_metadata,
        )
        return self._refreshed(started.authentication_result, refresh_token, issued_at)

    async def sign_out(self, access_token: str) -> None:
        """See ``CognitoAuth.sign_out``."""
        await self.client.global_sign_out(access_token=access_token)

    async def revoke(self, refresh_token: str) -> None:
        """See ``CognitoAuth.revoke``."""
        await self.client.revoke_token(
            token=refresh_token, client_id=self.client_id, client_secret=self._client_secret
        )

    async def remember_device(
        self, signed_in: SignedIn, *, device_name: str | None = None
    ) -> RememberedDevice:
        """See ``CognitoAuth.remember_device``."""
        device, config = self._verifier(signed_in)
        access_token = signed_in.tokens.access_token
        answer = await self.client.confirm_device(
            access_token=access_token,
            device_key=device.device_key,
            device_secret_verifier_config=config,
            device_name=device_name,
        )
        if answer.user_confirmation_necessary:
            await self.client.update_device_status(
                access_token=access_token,
                device_key=device.device_key,
                device_remembered_status=DeviceRememberedStatusType.REMEMBERED,
            )
        return device

"""What the auth toolkit sends and what Cognito's answers mean, as programs without I/O.

Theory of operation. A program is a generator: it yields the next ``Call`` (a client method's
name and its arguments, the same on both clients), is sent back the method's response, and
returns its result. ``run`` makes the calls with a ``CognitoIdentityProviderClient``, ``arun``
with the async client; what to send and what an answer means is written once, here.

A sign-in flow returns the ``Outcome`` to show the caller: tokens, or a challenge only the
caller can answer. It answers by itself the challenges it has what it needs for: the SRP proof
(``PASSWORD_VERIFIER``) when it was given the password, and ``DEVICE_SRP_AUTH`` (then
``DEVICE_PASSWORD_VERIFIER``) when it was given a remembered device. Every request carries
``SECRET_HASH`` when the app client has a secret, computed for the user name that request
sends (Cognito checks it against that name).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TypeAlias, TypeVar, cast

from cognito_auth.errors import AuthError, SoftwareTokenRejectedError
from cognito_auth.srp import SrpClient, new_device_verifier
from cognito_auth.tokens import IncompleteResultError, RememberedDevice, SignedIn, Tokens
from cognito_idp import compute_secret_hash
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:  # only what annotations name: the clients and models load when used
    from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
    from cognito_idp.models import (
        AuthenticationResultType,
        AuthFlowTypeValue,
        ChallengeNameTypeValue,
    )

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class Target:
    """Where a flow signs in: the app client, and whether through the admin operations."""

    client_id: str
    user_pool_id: str
    client_secret: str | None = field(default=None, repr=False)
    admin: bool = False
    client_metadata: Mapping[str, str] | None = None

    @property
    def pool_name(self) -> str:
        """The realm of the pool's SRP verifiers: its id after the region and ``_``."""
        return self.user_pool_id.split("_", 1)[1]

    def with_hash(self, username: str, values: Mapping[str, str]) -> dict[str, str]:
        """``values`` with ``USERNAME`` and, for an app client with a secret, its
        ``SECRET_HASH``."""
        sent = {"USERNAME": username, **values}
        if self.client_secret is not None:
            sent["SECRET_HASH"] = compute_secret_hash(self.client_secret, username, self.client_id)
        return sent


@dataclass(frozen=True)
class Call:
    """One call of a client method: its name (the same on both clients), and its request as
    the generated model, so that a type checker checks the arguments; the method is given the
    request's fields as keywords."""

    operation: str
    request: object = field(repr=False)

    def send(self, client: CognitoIdentityProviderClient) -> object:
        method: Callable[..., object] = getattr(client, self.operation)
        return method(**vars(self.request))

    async def asend(self, client: AsyncCognitoIdentityProviderClient) -> object:
        method: Callable[..., Awaitable[object]] = getattr(client, self.operation)
        return await method(**vars(self.request))


Program: TypeAlias = Generator[Call, object, T]
"""Yields calls, is sent each call's response, returns a ``T``."""


def run(program: Program[T], client: CognitoIdentityProviderClient) -> T:
    """Run ``program`` with the sync client."""
    try:
        call = next(program)
        while True:
            call = program.send(call.send(client))
    except StopIteration as done:
        return cast(T, done.value)


async def arun(program: Program[T], client: AsyncCognitoIdentityProviderClient) -> T:
    """Run ``program`` with the async client."""
    try:
        call = next(program)
        while True:
            call = program.send(await call.asend(client))
    except StopIteration as done:
        return cast(T, done.value)


@dataclass(frozen=True, kw_only=True)
class Reply:
    """Cognito's answer to a sign-in call (the four auth operations answer alike), or to an
    MFA set-up call."""

    challenge_name: str | None = None
    session: str | None = field(default=None, repr=False)
    parameters: Mapping[str, str] = field(default_factory=dict[str, str])
    result: AuthenticationResultType | None = None
    available_challenges: tuple[str, ...] = ()
    secret_code: str | None = field(default=None, repr=False)
    """A new TOTP secret (AssociateSoftwareToken)."""

    @classmethod
    def of(cls, response: object) -> Reply:
        """The reply in a response of InitiateAuth, RespondToAuthChallenge (or their admin
        twins), AssociateSoftwareToken or VerifySoftwareToken."""
        available = getattr(response, "available_challenges", None) or ()
        return cls(
            challenge_name=getattr(response, "challenge_name", None),
            session=getattr(response, "session", None),
            parameters=getattr(response, "challenge_parameters", None) or {},
            result=getattr(response, "authentication_result", None),
            available_challenges=tuple(str(c) for c in cast(list[str], available)),
            secret_code=getattr(response, "secret_code", None),
        )


def initiate_auth(target: Target, flow: AuthFlowTypeValue, parameters: Mapping[str, str]) -> Call:
    """InitiateAuth, or AdminInitiateAuth for an admin target."""
    from cognito_idp.models import AdminInitiateAuthRequest, InitiateAuthRequest

    if target.admin:
        admin = AdminInitiateAuthRequest(
            user_pool_id=target.user_pool_id,
            client_id=target.client_id,
            auth_flow=flow,
            auth_parameters=parameters,
            client_metadata=target.client_metadata,
        )
        return Call("admin_initiate_auth", admin)
    request = InitiateAuthRequest(
        client_id=target.client_id,
        auth_flow=flow,
        auth_parameters=parameters,
        client_metadata=target.client_metadata,
    )
    return Call("initiate_auth", request)


def respond_to_challenge(
    target: Target,
    challenge: ChallengeNameTypeValue,
    session: str | None,
    responses: Mapping[str, str],
) -> Call:
    """RespondToAuthChallenge, or AdminRespondToAuthChallenge for an admin target."""
    from cognito_idp.models import (
        AdminRespondToAuthChallengeRequest,
        RespondToAuthChallengeRequest,
    )

    if target.admin:
        admin = AdminRespondToAuthChallengeRequest(
            user_pool_id=target.user_pool_id,
            client_id=target.client_id,
            challenge_name=challenge,
            session=session,
            challenge_responses=responses,
            client_metadata=target.client_metadata,
        )
        return Call("admin_respond_to_auth_challenge", admin)
    request = RespondToAuthChallengeRequest(
        client_id=target.client_id,
        challenge_name=challenge,
        session=session,
        challenge_responses=responses,
        client_metadata=target.client_metadata,
    )
    return Call("respond_to_auth_challenge", request)


@dataclass(frozen=True, kw_only=True)
class Context:
    """What one sign-in knows, from its start to its end."""

    target: Target
    username: str
    """The name the user typed (or Cognito's name for them, once a challenge gave it)."""
    password: str | None = field(default=None, repr=False)
    """Given for SRP: the flow answers PASSWORD_VERIFIER with it."""
    device: RememberedDevice | None = None
    """Given to sign in as a remembered device: the flow answers DEVICE_SRP_AUTH with it."""

    def named(self, reply: Reply) -> Context:
        """This context with the user name Cognito's challenge gives, if it gives one."""
        name = reply.parameters.get("USERNAME")
        if name is None or name == self.username:
            return self
        return dataclasses.replace(self, username=name)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """Where a flow stopped: a reply with tokens, or a challenge for the caller."""

    reply: Reply
    context: Context
    issued_at: datetime.datetime
    srp: SrpClient | None = None
    """The exchange a PASSWORD_VERIFIER challenge belongs to (its SRP_A was sent)."""


Flow: TypeAlias = Program[Outcome]
"""A sign-in flow: returns where it stopped."""


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def start(
    context: Context,
    flow: AuthFlowTypeValue,
    parameters: Mapping[str, str],
    srp: SrpClient | None = None,
) -> Flow:
    """Initiate ``flow`` with ``parameters`` (plus USERNAME, SECRET_HASH, the device's key and,
    for an SRP exchange, its ``SRP_A``), then answer what the flow can answer itself."""
    sent = dict(parameters)
    if srp is not None:
        sent["SRP_A"] = srp.srp_a
    if context.device is not None:
        sent["DEVICE_KEY"] = context.device.device_key
    call = initiate_auth(context.target, flow, context.target.with_hash(context.username, sent))
    reply = Reply.of((yield call))
    return (yield from carry_on(reply, context, srp))


def respond(
    context: Context,
    challenge: ChallengeNameTypeValue,
    session: str | None,
    responses: Mapping[str, str],
    srp: SrpClient | None = None,
) -> Flow:
    """Answer ``challenge`` for the user (USERNAME and SECRET_HASH added), then go on."""
    sent = context.target.with_hash(context.username, responses)
    if context.device is not None:
        sent.setdefault("DEVICE_KEY", context.device.device_key)
    reply = Reply.of((yield respond_to_challenge(context.target, challenge, session, sent)))
    return (yield from carry_on(reply, context, srp))


def carry_on(reply: Reply, context: Context, srp: SrpClient | None) -> Flow:
    """Answer the challenges this flow has what it needs for; stop at any other."""
    while True:
        context = context.named(reply)
        name = reply.challenge_name
        if name == "PASSWORD_VERIFIER" and srp and context.password is not None:
            reply = Reply.of((yield password_claim(context, reply, srp, context.password)))
            srp = None
        elif name == "DEVICE_SRP_AUTH" and context.device is not None:
            device, srp = context.device, SrpClient.start()
            reply = Reply.of((yield device_start(context, reply, srp, device)))
            if reply.challenge_name == "DEVICE_PASSWORD_VERIFIER":
                context = context.named(reply)
                reply = Reply.of((yield device_claim(context, reply, srp, device)))
            srp = None
        else:
            return Outcome(reply=reply, context=context, issued_at=_now(), srp=srp)


def _parameter(reply: Reply, name: str) -> str:
    """A challenge parameter the answer cannot be made without."""
    value = reply.parameters.get(name)
    if not value:
        raise IncompleteResultError(f"Cognito's {reply.challenge_name} challenge has no {name}")
    return value


def password_claim(context: Context, reply: Reply, srp: SrpClient, password: str) -> Call:
    """The PASSWORD_VERIFIER answer: the SRP proof for ``USER_ID_FOR_SRP`` (the name the
    verifier was made with, whatever name or alias the user typed), sent for the challenge's
    USERNAME (Cognito gives the same name in both; emulators may not)."""
    p = reply.parameters
    user_id = p.get("USER_ID_FOR_SRP", context.username)
    username = p.get("USERNAME", user_id)
    claim = srp.claim(
        realm=context.target.pool_name,
        user_id=user_id,
        password=password,
        salt=_parameter(reply, "SALT"),
        srp_b=_parameter(reply, "SRP_B"),
        secret_block=_parameter(reply, "SECRET_BLOCK"),
        now=_now(),
    )
    answer = {
        "PASSWORD_CLAIM_SECRET_BLOCK": _parameter(reply, "SECRET_BLOCK"),
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    if context.device is not None:
        answer["DEVICE_KEY"] = context.device.device_key
    return respond_to_challenge(
        context.target,
        "PASSWORD_VERIFIER",
        reply.session,
        context.target.with_hash(username, answer),
    )


def device_start(context: Context, reply: Reply, srp: SrpClient, device: RememberedDevice) -> Call:
    """The DEVICE_SRP_AUTH answer: the device's key and a new SRP exchange's ``SRP_A``."""
    answer = {"DEVICE_KEY": device.device_key, "SRP_A": srp.srp_a}
    return respond_to_challenge(
        context.target,
        "DEVICE_SRP_AUTH",
        reply.session,
        context.target.with_hash(context.username, answer),
    )


def device_claim(context: Context, reply: Reply, srp: SrpClient, device: RememberedDevice) -> Call:
    """The DEVICE_PASSWORD_VERIFIER answer: the SRP proof of the device's password, in the
    realm of its group key."""
    claim = srp.claim(
        realm=device.device_group_key,
        user_id=device.device_key,
        password=device.device_password,
        salt=_parameter(reply, "SALT"),
        srp_b=_parameter(reply, "SRP_B"),
        secret_block=_parameter(reply, "SECRET_BLOCK"),
        now=_now(),
    )
    answer = {
        "DEVICE_KEY": device.device_key,
        "PASSWORD_CLAIM_SECRET_BLOCK": _parameter(reply, "SECRET_BLOCK"),
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    return respond_to_challenge(
        context.target,
        "DEVICE_PASSWORD_VERIFIER",
        reply.session,
        context.target.with_hash(context.username, answer),
    )


def set_up_software_token(context: Context, session: str | None) -> Flow:
    """MFA_SETUP, first half: a new TOTP secret for the user's authenticator app."""
    from cognito_idp.models import AssociateSoftwareTokenRequest

    request = AssociateSoftwareTokenRequest(session=session)
    reply = Reply.of((yield Call("associate_software_token", request)))
    return Outcome(reply=reply, context=context, issued_at=_now())


def verify_software_token(
    context: Context, session: str | None, code: str, device_name: str | None
) -> Flow:
    """MFA_SETUP, second half: the app's first code verifies the secret, then the MFA_SETUP
    answer ends the challenge."""
    from cognito_idp.models import VerifySoftwareTokenRequest

    request = VerifySoftwareTokenRequest(
        session=session, user_code=code, friendly_device_name=device_name
    )
    verified = yield Call("verify_software_token", request)
    if str(getattr(verified, "status", "SUCCESS")) != "SUCCESS":
        raise SoftwareTokenRejectedError("the authenticator app's code did not verify its secret")
    return (yield from respond(context, "MFA_SETUP", Reply.of(verified).session, {}))


# -- after sign-in ----------------------------------------------------------------------------


def refresh(
    target: Target,
    refresh_token: str,
    *,
    with_initiate_auth: bool,
    username: str | None,
    device_key: str | None,
) -> Program[Tokens]:
    """New tokens: GetTokensFromRefreshToken, or InitiateAuth's REFRESH_TOKEN_AUTH. The refresh
    token given is kept in the result when Cognito issues none (no rotation)."""
    issued_at = _now()
    if with_initiate_auth:
        parameters = {"REFRESH_TOKEN": refresh_token}
        if device_key is not None:
            parameters["DEVICE_KEY"] = device_key
        if target.client_secret is not None:
            if username is None:
                raise AuthError(
                    "refreshing with REFRESH_TOKEN_AUTH for an app client with a secret needs "
                    "username= (the user's sub, or their user name)"
                )
            parameters = target.with_hash(username, parameters)
        call = initiate_auth(target, "REFRESH_TOKEN_AUTH", parameters)
    else:
        from cognito_idp.models import GetTokensFromRefreshTokenRequest

        request = GetTokensFromRefreshTokenRequest(
            refresh_token=refresh_token,
            client_id=target.client_id,
            client_secret=target.client_secret,
            device_key=device_key,
            client_metadata=target.client_metadata,
        )
        call = Call("get_tokens_from_refresh_token", request)
    result = Reply.of((yield call)).result
    if result is None:
        raise IncompleteResultError("Cognito's refresh answer has no tokens")
    return Tokens.from_result(result, issued_at=issued_at, refresh_token=refresh_token)


def sign_out(access_token: str) -> Program[None]:
    """GlobalSignOut."""
    from cognito_idp.models import GlobalSignOutRequest

    yield Call("global_sign_out", GlobalSignOutRequest(access_token=access_token))


def revoke(target: Target, refresh_token: str) -> Program[None]:
    """RevokeToken."""
    from cognito_idp.models import RevokeTokenRequest

    request = RevokeTokenRequest(
        token=refresh_token, client_id=target.client_id, client_secret=target.client_secret
    )
    yield Call("revoke_token", request)


def remember_device(signed_in: SignedIn, device_name: str | None) -> Program[RememberedDevice]:
    """ConfirmDevice with a new verifier for the sign-in's new device, then UpdateDeviceStatus
    where the pool lets users choose (``UserConfirmationNecessary``)."""
    new = signed_in.new_device
    if new is None:
        raise AuthError("this sign-in issued no new device key: there is no device to remember")
    from cognito_idp.models import (
        ConfirmDeviceRequest,
        DeviceSecretVerifierConfigType,
        UpdateDeviceStatusRequest,
    )

    verifier = new_device_verifier(new.device_group_key, new.device_key)
    config = DeviceSecretVerifierConfigType(
        password_verifier=verifier.password_verifier, salt=verifier.salt
    )
    access_token = signed_in.tokens.access_token
    confirm = ConfirmDeviceRequest(
        access_token=access_token,
        device_key=new.device_key,
        device_secret_verifier_config=config,
        device_name=device_name,
    )
    confirmed = yield Call("confirm_device", confirm)
    if getattr(confirmed, "user_confirmation_necessary", False):
        remembered = UpdateDeviceStatusRequest(
            access_token=access_token,
            device_key=new.device_key,
            device_remembered_status="remembered",
        )
        yield Call("update_device_status", remembered)
    return RememberedDevice(
        device_key=new.device_key,
        device_group_key=new.device_group_key,
        device_password=verifier.password,
    )

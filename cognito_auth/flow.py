"""Sign-in flows as programs that do no I/O, run by the sync and the async client alike.

Theory of operation. A flow is a generator: it yields the call to make next (``Initiate``,
``Respond``, ``AssociateToken``, ``VerifyToken``), is sent back Cognito's answer as a
``Reply``, and returns the ``Outcome`` to show the caller: tokens, or a challenge only the
caller can answer. ``CognitoAuth`` makes the calls with a ``CognitoIdentityProviderClient``
(``Call.send``), ``AsyncCognitoAuth`` with the async client (``Call.asend``); what to send and
what an answer means is written once, here.

The challenges a flow answers by itself are those it has what it needs for: the SRP proof
(``PASSWORD_VERIFIER``) when it was given the password, and ``DEVICE_SRP_AUTH`` (then
``DEVICE_PASSWORD_VERIFIER``) when it was given a remembered device. Every request carries
``SECRET_HASH`` when the app client has a secret, computed for the user name that request
sends (Cognito checks it against that name: the ``USER_ID_FOR_SRP`` in an SRP proof).
"""

from __future__ import annotations

import datetime
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from cognito_auth.srp import SrpClient
from cognito_auth.tokens import RememberedDevice
from cognito_idp import (
    AsyncCognitoIdentityProviderClient,
    CognitoIdentityProviderClient,
    Unmodelled,
    compute_secret_hash,
)
from cognito_idp.models import AuthenticationResultType, AuthFlowType, ChallengeNameType


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


@dataclass(frozen=True, kw_only=True)
class Reply:
    """Cognito's answer to a call, whichever operation made it."""

    challenge_name: ChallengeNameType | Unmodelled | None = None
    session: str | None = field(default=None, repr=False)
    parameters: Mapping[str, str] = field(default_factory=dict[str, str])
    result: AuthenticationResultType | None = None
    available_challenges: tuple[str, ...] = ()
    secret_code: str | None = field(default=None, repr=False)
    """A new TOTP secret (AssociateSoftwareToken)."""


class _AuthAnswer(Protocol):
    """What the responses of the four auth operations have in common."""

    @property
    def challenge_name(self) -> ChallengeNameType | Unmodelled | None: ...
    @property
    def session(self) -> str | None: ...
    @property
    def challenge_parameters(self) -> dict[str, str] | None: ...
    @property
    def authentication_result(self) -> AuthenticationResultType | None: ...
    @property
    def available_challenges(self) -> list[ChallengeNameType | Unmodelled] | None: ...


def _reply(answer: _AuthAnswer) -> Reply:
    return Reply(
        challenge_name=answer.challenge_name,
        session=answer.session,
        parameters=answer.challenge_parameters or {},
        result=answer.authentication_result,
        available_challenges=tuple(str(c) for c in answer.available_challenges or ()),
    )


@dataclass(frozen=True)
class Initiate:
    """InitiateAuth, or AdminInitiateAuth for an admin target."""

    target: Target
    flow: AuthFlowType
    parameters: Mapping[str, str] = field(repr=False)

    def send(self, client: CognitoIdentityProviderClient) -> Reply:
        t = self.target
        if t.admin:
            return _reply(
                client.admin_initiate_auth(
                    user_pool_id=t.user_pool_id,
                    client_id=t.client_id,
                    auth_flow=self.flow,
                    auth_parameters=self.parameters,
                    client_metadata=t.client_metadata,
                )
            )
        return _reply(
            client.initiate_auth(
                client_id=t.client_id,
                auth_flow=self.flow,
                auth_parameters=self.parameters,
                client_metadata=t.client_metadata,
            )
        )

    async def asend(self, client: AsyncCognitoIdentityProviderClient) -> Reply:
        t = self.target
        if t.admin:
            return _reply(
                await client.admin_initiate_auth(
                    user_pool_id=t.user_pool_id,
                    client_id=t.client_id,
                    auth_flow=self.flow,
                    auth_parameters=self.parameters,
                    client_metadata=t.client_metadata,
                )
            )
        return _reply(
            await client.initiate_auth(
                client_id=t.client_id,
                auth_flow=self.flow,
                auth_parameters=self.parameters,
                client_metadata=t.client_metadata,
            )
        )


@dataclass(frozen=True)
class Respond:
    """RespondToAuthChallenge, or AdminRespondToAuthChallenge for an admin target."""

    target: Target
    challenge: ChallengeNameType
    session: str | None = field(repr=False)
    responses: Mapping[str, str] = field(repr=False)

    def send(self, client: CognitoIdentityProviderClient) -> Reply:
        t = self.target
        if t.admin:
            return _reply(
                client.admin_respond_to_auth_challenge(
                    user_pool_id=t.user_pool_id,
                    client_id=t.client_id,
                    challenge_name=self.challenge,
                    session=self.session,
                    challenge_responses=self.responses,
                    client_metadata=t.client_metadata,
                )
            )
        return _reply(
            client.respond_to_auth_challenge(
                client_id=t.client_id,
                challenge_name=self.challenge,
                session=self.session,
                challenge_responses=self.responses,
                client_metadata=t.client_metadata,
            )
        )

    async def asend(self, client: AsyncCognitoIdentityProviderClient) -> Reply:
        t = self.target
        if t.admin:
            return _reply(
                await client.admin_respond_to_auth_challenge(
                    user_pool_id=t.user_pool_id,
                    client_id=t.client_id,
                    challenge_name=self.challenge,
                    session=self.session,
                    challenge_responses=self.responses,
                    client_metadata=t.client_metadata,
                )
            )
        return _reply(
            await client.respond_to_auth_challenge(
                client_id=t.client_id,
                challenge_name=self.challenge,
                session=self.session,
                challenge_responses=self.responses,
                client_metadata=t.client_metadata,
            )
        )


@dataclass(frozen=True)
class AssociateToken:
    """AssociateSoftwareToken in an MFA_SETUP session: a new TOTP secret."""

    session: str | None = field(repr=False)

    def send(self, client: CognitoIdentityProviderClient) -> Reply:
        answer = client.associate_software_token(session=self.session)
        return Reply(session=answer.session, secret_code=answer.secret_code)

    async def asend(self, client: AsyncCognitoIdentityProviderClient) -> Reply:
        answer = await client.associate_software_token(session=self.session)
        return Reply(session=answer.session, secret_code=answer.secret_code)


@dataclass(frozen=True)
class VerifyToken:
    """VerifySoftwareToken in an MFA_SETUP session: the first code of the new TOTP secret."""

    session: str | None = field(repr=False)
    code: str = field(repr=False)
    device_name: str | None = None

    def send(self, client: CognitoIdentityProviderClient) -> Reply:
        answer = client.verify_software_token(
            session=self.session, user_code=self.code, friendly_device_name=self.device_name
        )
        return Reply(session=answer.session)

    async def asend(self, client: AsyncCognitoIdentityProviderClient) -> Reply:
        answer = await client.verify_software_token(
            session=self.session, user_code=self.code, friendly_device_name=self.device_name
        )
        return Reply(session=answer.session)


Call = Initiate | Respond | AssociateToken | VerifyToken


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
        return Context(
            target=self.target, username=name, password=self.password, device=self.device
        )


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """Where a flow stopped: a reply with tokens, or a challenge for the caller."""

    reply: Reply
    context: Context
    issued_at: datetime.datetime
    srp: SrpClient | None = None
    """The exchange a PASSWORD_VERIFIER challenge belongs to (its SRP_A was sent)."""


Flow = Generator[Call, Reply, Outcome]


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def start(context: Context, flow: AuthFlowType, parameters: Mapping[str, str]) -> Flow:
    """Initiate ``flow`` with ``parameters`` (plus USERNAME, SECRET_HASH and the device's key),
    then answer what the flow can answer itself."""
    sent = dict(parameters)
    if context.device is not None:
        sent["DEVICE_KEY"] = context.device.device_key
    reply = yield Initiate(context.target, flow, context.target.with_hash(context.username, sent))
    return (yield from carry_on(reply, context, None))


def srp_start(context: Context, flow: AuthFlowType, parameters: Mapping[str, str]) -> Flow:
    """``start`` with a new SRP exchange's ``SRP_A`` among the parameters."""
    srp = SrpClient.start()
    sent = {**parameters, "SRP_A": srp.srp_a}
    if context.device is not None:
        sent["DEVICE_KEY"] = context.device.device_key
    reply = yield Initiate(context.target, flow, context.target.with_hash(context.username, sent))
    return (yield from carry_on(reply, context, srp))


def respond(
    context: Context,
    challenge: ChallengeNameType,
    session: str | None,
    responses: Mapping[str, str],
    srp: SrpClient | None = None,
) -> Flow:
    """Answer ``challenge`` for the user (USERNAME and SECRET_HASH added), then go on."""
    sent = context.target.with_hash(context.username, responses)
    if context.device is not None:
        sent.setdefault("DEVICE_KEY", context.device.device_key)
    reply = yield Respond(context.target, challenge, session, sent)
    return (yield from carry_on(reply, context, srp))


def carry_on(reply: Reply, context: Context, srp: SrpClient | None) -> Flow:
    """Answer the challenges this flow has what it needs for; stop at any other."""
    while True:
        context = context.named(reply)
        name = reply.challenge_name
        if name == ChallengeNameType.PASSWORD_VERIFIER and srp and context.password is not None:
            reply = yield password_claim(context, reply, srp, context.password)
            srp = None
        elif name == ChallengeNameType.DEVICE_SRP_AUTH and context.device is not None:
            srp = SrpClient.start()
            reply = yield device_start(context, reply, srp, context.device)
            if reply.challenge_name == ChallengeNameType.DEVICE_PASSWORD_VERIFIER:
                reply = yield device_claim(context, reply, srp, context.device)
            srp = None
        else:
            return Outcome(reply=reply, context=context, issued_at=_now(), srp=srp)


def password_claim(context: Context, reply: Reply, srp: SrpClient, password: str) -> Respond:
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
        salt=p["SALT"],
        srp_b=p["SRP_B"],
        secret_block=p["SECRET_BLOCK"],
        now=_now(),
    )
    answer = {
        "PASSWORD_CLAIM_SECRET_BLOCK": p["SECRET_BLOCK"],
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    if context.device is not None:
        answer["DEVICE_KEY"] = context.device.device_key
    return Respond(
        context.target,
        ChallengeNameType.PASSWORD_VERIFIER,
        reply.session,
        context.target.with_hash(username, answer),
    )


def device_start(
    context: Context, reply: Reply, srp: SrpClient, device: RememberedDevice
) -> Respond:
    """The DEVICE_SRP_AUTH answer: the device's key and a new SRP exchange's ``SRP_A``."""
    answer = {"DEVICE_KEY": device.device_key, "SRP_A": srp.srp_a}
    return Respond(
        context.target,
        ChallengeNameType.DEVICE_SRP_AUTH,
        reply.session,
        context.target.with_hash(context.username, answer),
    )


def device_claim(
    context: Context, reply: Reply, srp: SrpClient, device: RememberedDevice
) -> Respond:
    """The DEVICE_PASSWORD_VERIFIER answer: the SRP proof of the device's password, in the
    realm of its group key."""
    p = reply.parameters
    claim = srp.claim(
        realm=device.device_group_key,
        user_id=device.device_key,
        password=device.device_password,
        salt=p["SALT"],
        srp_b=p["SRP_B"],
        secret_block=p["SECRET_BLOCK"],
        now=_now(),
    )
    answer = {
        "DEVICE_KEY": device.device_key,
        "PASSWORD_CLAIM_SECRET_BLOCK": p["SECRET_BLOCK"],
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    return Respond(
        context.target,
        ChallengeNameType.DEVICE_PASSWORD_VERIFIER,
        reply.session,
        context.target.with_hash(context.username, answer),
    )


def set_up_software_token(context: Context, session: str | None) -> Flow:
    """MFA_SETUP, first half: a new TOTP secret for the user's authenticator app."""
    reply = yield AssociateToken(session)
    return Outcome(reply=reply, context=context, issued_at=_now())


def verify_software_token(
    context: Context, session: str | None, code: str, device_name: str | None
) -> Flow:
    """MFA_SETUP, second half: the app's first code verifies the secret, then the MFA_SETUP
    answer ends the challenge."""
    verified = yield VerifyToken(session, code, device_name)
    return (yield from respond(context, ChallengeNameType.MFA_SETUP, verified.session, {}))

"""The steps of a sign-in: ``SignedIn``, or one class per challenge Cognito can ask.

Each challenge carries its session and parameters as typed fields, and is answered by a method
taking exactly what that challenge needs, which returns the next step. ``Step`` (sync) and
``AsyncStep`` (async, where answers are awaited) are closed unions, so a ``match`` over a step
with ``assert_never`` in its last case is checked for exhaustiveness by the type checker::

    match step:
        case SignedIn():
            ...
        case SmsMfaRequired() | SoftwareTokenMfaRequired() | EmailOtpRequired():
            step = step.answer(code=input("code: "))
        ...
        case _:
            assert_never(step)

A challenge name this toolkit does not know (one newer than it, or WebAuthn) raises
``UnsupportedChallengeError`` with the name, rather than returning something half-usable.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeAlias, TypeVar, cast

from cognito_auth import flow
from cognito_auth.errors import AuthError
from cognito_auth.flow import Context, Flow, Outcome, Reply
from cognito_auth.srp import SrpClient
from cognito_auth.tokens import NewDevice, RememberedDevice, SignedIn, Tokens
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp.models import ChallengeNameTypeValue

NextT = TypeVar("NextT", covariant=True)
"""What answering a challenge returns: the next ``Step`` (sync), or an awaitable of the next
``AsyncStep`` (async)."""


class UnsupportedChallengeError(AuthError):
    """Cognito asked a challenge this toolkit cannot answer (for example one newer than it)."""

    def __init__(self, challenge_name: str) -> None:
        self.challenge_name = challenge_name
        super().__init__(
            f"Cognito asked for the {challenge_name!r} challenge, which this toolkit does not "
            "answer; answer it with the client's respond_to_auth_challenge"
        )


@dataclass(frozen=True)
class _Next(Generic[NextT]):
    """How a challenge goes on: the sign-in's context, and the client that runs its flows."""

    context: Context
    run: Callable[[Flow], NextT]

    def respond(
        self,
        challenge: ChallengeNameTypeValue,
        session: str | None,
        responses: Mapping[str, str],
        srp: SrpClient | None = None,
    ) -> NextT:
        return self.run(flow.respond(self.context, challenge, session, responses, srp))


@dataclass(frozen=True, kw_only=True)
class _Challenge(Generic[NextT]):
    session: str | None = field(repr=False)
    """Cognito's session for this sign-in: sent back with the answer."""
    username: str
    """The user's name, as Cognito gave it in the challenge (or as typed)."""
    _next: _Next[NextT] = field(repr=False, compare=False)


@dataclass(frozen=True, kw_only=True)
class NewPasswordRequired(_Challenge[NextT]):
    """NEW_PASSWORD_REQUIRED: the user must choose a password (an admin created them)."""

    required_attributes: tuple[str, ...]
    """Attributes the pool requires and the user has no value for: give them in ``answer``."""
    user_attributes: Mapping[str, str]
    """The user's current attributes."""

    def answer(self, new_password: str, attributes: Mapping[str, str] | None = None) -> NextT:
        responses = {"NEW_PASSWORD": new_password}
        for name, value in (attributes or {}).items():
            responses[f"userAttributes.{name}"] = value
        return self._next.respond("NEW_PASSWORD_REQUIRED", self.session, responses)


@dataclass(frozen=True, kw_only=True)
class _CodeChallenge(_Challenge[NextT]):
    destination: str | None
    """Where the code went, masked by Cognito (``+*******1234``, ``a***@e***``)."""
    delivery_medium: str | None
    """``SMS`` or ``EMAIL``."""


@dataclass(frozen=True, kw_only=True)
class SmsMfaRequired(_CodeChallenge[NextT]):
    """SMS_MFA: the code Cognito sent by SMS."""

    def answer(self, code: str) -> NextT:
        return self._next.respond("SMS_MFA", self.session, {"SMS_MFA_CODE": code})


@dataclass(frozen=True, kw_only=True)
class EmailOtpRequired(_CodeChallenge[NextT]):
    """EMAIL_OTP: the code Cognito sent by email (email MFA, or a passwordless sign-in)."""

    def answer(self, code: str) -> NextT:
        return self._next.respond("EMAIL_OTP", self.session, {"EMAIL_OTP_CODE": code})


@dataclass(frozen=True, kw_only=True)
class SmsOtpRequired(_CodeChallenge[NextT]):
    """SMS_OTP: the code Cognito sent by SMS for a passwordless sign-in (USER_AUTH)."""

    def answer(self, code: str) -> NextT:
        return self._next.respond("SMS_OTP", self.session, {"SMS_OTP_CODE": code})


@dataclass(frozen=True, kw_only=True)
class SoftwareTokenMfaRequired(_Challenge[NextT]):
    """SOFTWARE_TOKEN_MFA: the current code of the user's authenticator app."""

    def answer(self, code: str) -> NextT:
        return self._next.respond(
            "SOFTWARE_TOKEN_MFA", self.session, {"SOFTWARE_TOKEN_MFA_CODE": code}
        )


MfaType: TypeAlias = Literal["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]


@dataclass(frozen=True, kw_only=True)
class SelectMfaType(_Challenge[NextT]):
    """SELECT_MFA_TYPE: the user has more than one MFA method; choose one."""

    options: tuple[str, ...]
    """The methods to choose from (``SMS_MFA``, ``SOFTWARE_TOKEN_MFA``, ``EMAIL_OTP``)."""

    def answer(self, mfa: MfaType) -> NextT:
        return self._next.respond("SELECT_MFA_TYPE", self.session, {"ANSWER": mfa})


@dataclass(frozen=True, kw_only=True)
class MfaSetupRequired(_Challenge[NextT]):
    """MFA_SETUP: the pool requires MFA and the user has none; set up an authenticator app."""

    options: tuple[str, ...]
    """The methods the user may set up (``MFAS_CAN_SETUP``)."""

    def set_up_software_token(self) -> NextT:
        """A new TOTP secret: the next step, ``SoftwareTokenSetup``, carries it."""
        return self._next.run(flow.set_up_software_token(self._next.context, self.session))


@dataclass(frozen=True, kw_only=True)
class SoftwareTokenSetup(_Challenge[NextT]):
    """The second half of MFA_SETUP: put ``secret_code`` into the authenticator app, then answer
    with the code it shows."""

    secret_code: str = field(repr=False)

    def otpauth_uri(self, issuer: str) -> str:
        """The ``otpauth://`` URI authenticator apps read from a QR code."""
        from urllib.parse import quote

        label = quote(f"{issuer}:{self.username}")
        return f"otpauth://totp/{label}?secret={self.secret_code}&issuer={quote(issuer)}"

    def answer(self, code: str, device_name: str | None = None) -> NextT:
        return self._next.run(
            flow.verify_software_token(self._next.context, self.session, code, device_name)
        )


@dataclass(frozen=True, kw_only=True)
class SelectChallenge(_Challenge[NextT]):
    """SELECT_CHALLENGE (USER_AUTH): choose how to sign in among ``available``."""

    available: tuple[str, ...]
    """``PASSWORD``, ``PASSWORD_SRP``, ``EMAIL_OTP``, ``SMS_OTP``, ``WEB_AUTHN``..."""

    def password(self, password: str) -> NextT:
        """Sign in with the password (sent to Cognito, over TLS)."""
        return self._next.respond(
            "SELECT_CHALLENGE",
            self.session,
            {"ANSWER": "PASSWORD", "PASSWORD": password},
        )

    def password_srp(self, password: str) -> NextT:
        """Sign in with the password's SRP proof (the password never leaves the process)."""
        srp = SrpClient.start()
        context = dataclasses.replace(self._next.context, username=self.username, password=password)
        responses = {"ANSWER": "PASSWORD_SRP", "SRP_A": srp.srp_a}
        return self._next.run(
            flow.respond(context, "SELECT_CHALLENGE", self.session, responses, srp)
        )

    def email_otp(self) -> NextT:
        """Have Cognito email a one-time code (next: ``EmailOtpRequired``)."""
        return self._next.respond("SELECT_CHALLENGE", self.session, {"ANSWER": "EMAIL_OTP"})

    def sms_otp(self) -> NextT:
        """Have Cognito text a one-time code (next: ``SmsOtpRequired``)."""
        return self._next.respond("SELECT_CHALLENGE", self.session, {"ANSWER": "SMS_OTP"})


@dataclass(frozen=True, kw_only=True)
class CustomChallenge(_Challenge[NextT]):
    """CUSTOM_CHALLENGE: the pool's own challenge (its Lambda triggers define it)."""

    parameters: Mapping[str, str]
    """The challenge's public parameters, as the pool's trigger set them."""

    def answer(self, answer: str) -> NextT:
        return self._next.respond("CUSTOM_CHALLENGE", self.session, {"ANSWER": answer})


@dataclass(frozen=True, kw_only=True)
class DeviceSrpRequired(_Challenge[NextT]):
    """DEVICE_SRP_AUTH: Cognito asks for the remembered device's proof."""

    def answer(self, device: RememberedDevice) -> NextT:
        context = dataclasses.replace(self._next.context, username=self.username, device=device)
        asked = Reply(challenge_name="DEVICE_SRP_AUTH", session=self.session)
        return self._next.run(flow.carry_on(asked, context, None))


@dataclass(frozen=True, kw_only=True)
class PasswordVerifierRequired(_Challenge[NextT]):
    """PASSWORD_VERIFIER: the SRP proof of the password (custom auth with SRP, started
    without the password)."""

    user_id_for_srp: str
    _srp: SrpClient = field(repr=False, compare=False)
    _parameters: Mapping[str, str] = field(repr=False, compare=False)

    def answer(self, password: str) -> NextT:
        context = self._next.context
        asked = Reply(
            challenge_name="PASSWORD_VERIFIER",
            session=self.session,
            parameters=self._parameters,
        )
        return self._next.run(_claim_then_carry_on(context, asked, self._srp, password))


def _claim_then_carry_on(context: Context, asked: Reply, srp: SrpClient, password: str) -> Flow:
    reply = Reply.of((yield flow.password_claim(context, asked, srp, password)))
    return (yield from flow.carry_on(reply, context, None))


StepOf: TypeAlias = (
    SignedIn
    | NewPasswordRequired[NextT]
    | SmsMfaRequired[NextT]
    | SoftwareTokenMfaRequired[NextT]
    | EmailOtpRequired[NextT]
    | SmsOtpRequired[NextT]
    | SelectMfaType[NextT]
    | MfaSetupRequired[NextT]
    | SoftwareTokenSetup[NextT]
    | SelectChallenge[NextT]
    | CustomChallenge[NextT]
    | DeviceSrpRequired[NextT]
    | PasswordVerifierRequired[NextT]
)
"""A step of a sign-in, answered with methods returning ``NextT``."""

Step: TypeAlias = "StepOf[Step]"
"""A step of a sign-in with ``CognitoAuth``: answering a challenge returns the next step."""

AsyncStep: TypeAlias = "StepOf[Awaitable[AsyncStep]]"
"""A step of a sign-in with ``AsyncCognitoAuth``: answering a challenge is awaited."""


def _names(text: str | None) -> tuple[str, ...]:
    """A JSON list of names in a challenge parameter (``MFAS_CAN_CHOOSE``), without the
    ``userAttributes.`` prefix of required attributes."""
    if not text:
        return ()
    values = _json(text)
    if not isinstance(values, list):
        return ()
    return tuple(str(v).removeprefix("userAttributes.") for v in cast(list[object], values))


def _attributes(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    values = _json(text)
    if not isinstance(values, dict):
        return {}
    return {str(k): str(v) for k, v in cast(dict[object, object], values).items()}


def _json(text: str) -> object:
    """A challenge parameter's JSON value (None if it is not JSON: Cognito's are)."""
    try:
        return cast(object, json.loads(text))
    except ValueError:
        return None


def to_step(outcome: Outcome, run: Callable[[Flow], NextT]) -> StepOf[NextT]:
    """The step an outcome stands for: ``SignedIn``, or the challenge to answer next."""
    reply, context = outcome.reply, outcome.context
    if reply.secret_code is not None:
        return SoftwareTokenSetup(
            session=reply.session,
            username=context.username,
            secret_code=reply.secret_code,
            _next=_Next(context, run),
        )
    name = reply.challenge_name
    if name is None:
        if reply.result is None:
            raise AuthError("Cognito's answer has neither tokens nor a challenge")
        device = reply.result.new_device_metadata
        return SignedIn(
            tokens=Tokens.from_result(reply.result, issued_at=outcome.issued_at),
            username=context.username,
            new_device=NewDevice(
                device_key=device.device_key, device_group_key=device.device_group_key
            )
            if device is not None and device.device_key and device.device_group_key
            else None,
        )
    p = reply.parameters
    session, username, after = reply.session, context.username, _Next(context, run)
    medium, destination = p.get("CODE_DELIVERY_DELIVERY_MEDIUM"), p.get("CODE_DELIVERY_DESTINATION")
    match name:
        case "NEW_PASSWORD_REQUIRED":
            return NewPasswordRequired(
                session=session,
                username=username,
                _next=after,
                required_attributes=_names(p.get("requiredAttributes")),
                user_attributes=_attributes(p.get("userAttributes")),
            )
        case "SMS_MFA":
            return SmsMfaRequired(
                session=session,
                username=username,
                _next=after,
                destination=destination,
                delivery_medium=medium,
            )
        case "EMAIL_OTP":
            return EmailOtpRequired(
                session=session,
                username=username,
                _next=after,
                destination=destination,
                delivery_medium=medium,
            )
        case "SMS_OTP":
            return SmsOtpRequired(
                session=session,
                username=username,
                _next=after,
                destination=destination,
                delivery_medium=medium,
            )
        case "SOFTWARE_TOKEN_MFA":
            return SoftwareTokenMfaRequired(session=session, username=username, _next=after)
        case "SELECT_MFA_TYPE":
            return SelectMfaType(
                session=session,
                username=username,
                _next=after,
                options=_names(p.get("MFAS_CAN_CHOOSE")),
            )
        case "MFA_SETUP":
            return MfaSetupRequired(
                session=session,
                username=username,
                _next=after,
                options=_names(p.get("MFAS_CAN_SETUP")),
            )
        case "SELECT_CHALLENGE":
            return SelectChallenge(
                session=session,
                username=username,
                _next=after,
                available=reply.available_challenges,
            )
        case "CUSTOM_CHALLENGE":
            return CustomChallenge(
                session=session, username=username, _next=after, parameters=dict(p)
            )
        case "DEVICE_SRP_AUTH":
            return DeviceSrpRequired(session=session, username=username, _next=after)
        case "PASSWORD_VERIFIER" if outcome.srp is not None:
            return PasswordVerifierRequired(
                session=session,
                username=username,
                _next=after,
                user_id_for_srp=p.get("USER_ID_FOR_SRP", username),
                _srp=outcome.srp,
                _parameters=dict(p),
            )
        case _:
            raise UnsupportedChallengeError(str(name))

"""A local server that answers Cognito user pools' sign-in operations as Cognito does.

Usage::

    with CognitoServer(region="us-east-1") as server:
        pool = server.add_pool("Main")                    # us-east-1_Main
        app = pool.add_client(secret=True, device_tracking=True)
        pool.add_user("alice", "Corr3ct-Horse!", email="alice@example.com", mfa="SMS_MFA")
        client = CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url)
        ...                                              # InitiateAuth, RespondToAuthChallenge
        code = server.last_code("alice")                  # the SMS the server "sent"
        assert server.operations() == ["InitiateAuth", "RespondToAuthChallenge", ...]

moto does not check an SRP proof and has no remembered devices, token rotation or
choice-based sign-in; this server is a peer that does. It speaks awsJson 1.1 on 127.0.0.1
(``X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>``, JSON bodies, errors as
HTTP 400 ``{"__type": ..., "message": ...}`` with an ``x-amzn-RequestId`` header), over the
project's ``StubServer`` (threaded, keep-alive, never logs). One lock serialises the
operations.

Theory of operation. A sign-in is a ``_Flow``: the app client, the user, the factors passed
so far and what the next answer must be. Every challenge is sent with a fresh opaque
``Session`` bound to the flow; an answer consumes it (a wrong MFA code keeps it for another
try, up to three). The first factor is a password (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH,
USER_SRP_AUTH, USER_AUTH's PASSWORD and PASSWORD_SRP), a one-time code (USER_AUTH's EMAIL_OTP
and SMS_OTP) or custom challenges (CUSTOM_AUTH, after SRP with ``CHALLENGE_NAME=SRP_A``).
Then, in this order: NEW_PASSWORD_REQUIRED; with a remembered device, DEVICE_SRP_AUTH instead
of MFA; MFA (MFA_SETUP, SELECT_MFA_TYPE, SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP; after a
password only); a device confirmed but not remembered still proves itself (DEVICE_SRP_AUTH)
after MFA; then tokens.

The server side of SRP uses ``cognito_auth.srp``'s helpers (``N``, ``G``, ``K``, ``x`` from
``private_key``, ``u``, the HKDF key, the claim): the verifier is ``v = g^x`` for the pool's
name, the user name and a random salt; ``B = (k v + g^b) mod N``; ``S = (A v^u)^b mod N``;
the claim is compared with ``hmac.compare_digest``. The server's ``b`` has 256 random bits
(RFC 5054's floor; a power of 1024 bits costs ~18 ms here). A device's verifier and salt are
the ones ConfirmDevice received; its realm is the device group key and its id the device key.
Passwords are kept as verifiers only (USER_PASSWORD_AUTH computes ``g^x`` from the password it
is sent).

Tokens: id and access tokens are RS256 JWTs signed with one RSA key made per test process
(``kid`` is its thumbprint); the keys are served at ``GET /<pool id>/.well-known/jwks.json``
(``UserPool.jwks_url``). Claims as Cognito's: id tokens ``sub``, ``iss``
(``https://cognito-idp.<region>.amazonaws.com/<pool id>``), ``aud``, ``token_use``,
``cognito:username``, ``auth_time``, ``iat``, ``exp``, ``jti``, ``origin_jti``, ``event_id``,
``cognito:groups`` and the user's attributes (``*_verified`` as booleans); access tokens
``client_id``, ``username``, ``scope`` (``aws.cognito.signin.user.admin``), ``version`` 2 and
``device_key`` when the sign-in had one. Refresh tokens are opaque (five base64url parts, like
Cognito's encrypted ones). Each sign-in starts a token family (its ``origin_jti``): RevokeToken
revokes one family, GlobalSignOut all of the user's; a revoked family's access tokens are
refused ("Access Token has been revoked") and its refresh tokens too. The server's clock is
``time.time()`` plus ``CognitoServer.advance()``'s offset, for token times, expiry checks,
sessions, TOTP and the SRP ``TIMESTAMP``.

Where Cognito's behaviour had to be chosen (from AWS's API reference and developer guide,
amazon-cognito-identity-js, Amplify's flows and pycognito):

- GetTokensFromRefreshToken: with rotation (``refresh_rotation=True``) a new refresh token,
  the one sent refused after ``retry_grace_period`` seconds (default 0) with
  ``RefreshTokenReuseException``; without rotation new id and access tokens only, no
  ``RefreshToken`` (RefreshTokenRotationType: "When disabled, token refresh issues only ID and
  access tokens"). REFRESH_TOKEN_AUTH is refused (InvalidParameterException) for an app client
  with rotation: AWS says rotation "must be completed with GetTokensFromRefreshToken".
- Remembered devices: with ``device_tracking`` (a pool's DeviceConfiguration in Cognito; per app
  client here, so one pool can have both), a sign-in without a known DEVICE_KEY returns
  ``NewDeviceMetadata`` (any flow: "Amazon Cognito includes a device key in the response to any
  sign-in that doesn't already include device information"). ConfirmDevice stores the verifier;
  the device is remembered at once, or, with ``remember_on_user_prompt``
  (DeviceOnlyRememberedOnUserPrompt), after UpdateDeviceStatus ``remembered``
  (ConfirmDevice then answers ``UserConfirmationNecessary: true``). GetTokensFromRefreshToken
  without the key of a registered device issues a new one, as its reference says;
  REFRESH_TOKEN_AUTH needs the DEVICE_KEY the sign-in had (else "Invalid Refresh Token", as
  Cognito answers when device tracking is on and the key is left out).
- SECRET_HASH: in InitiateAuth, over the USERNAME sent (an alias as typed); in every challenge
  answer, over the USERNAME of that answer, which must name the flow's user (name or alias);
  for REFRESH_TOKEN_AUTH over the USERNAME sent or, without one, the user's name or ``sub``.
  Missing: "Client <id> is configured with secret but SECRET_HASH was not received"; wrong:
  "Unable to verify secret hash for client <id>".
- Unknown users: ``UserNotFoundException`` "User does not exist." (an API-created client's
  PreventUserExistenceErrors is LEGACY); with ``prevent_user_existence_errors=True``,
  NotAuthorizedException "Incorrect username or password." for every flow (Cognito's
  simulated USER_AUTH challenges are not reproduced).
- USER_AUTH: ``AvailableChallenges`` are PASSWORD_SRP and PASSWORD (pool factor PASSWORD),
  EMAIL_OTP (the user has an email) and SMS_OTP (a phone). PREFERRED_CHALLENGE is honoured when
  available: PASSWORD with ``PASSWORD`` and PASSWORD_SRP with ``SRP_A`` in AuthParameters
  continue at once; without them the server asks a PASSWORD (or PASSWORD_SRP) challenge, answered
  with ``PASSWORD`` (``SRP_A``); an unavailable preference gets SELECT_CHALLENGE. A one-time
  code signs in without MFA.
- Custom auth: each ``(question, answer)`` is a CUSTOM_CHALLENGE with the parameter
  ``question``; a wrong answer fails the sign-in ("Incorrect username or password.", what a
  define-auth-challenge trigger failing authentication gives). Without SRP, a user with no
  custom challenges is refused the same way; after SRP, such a user gets tokens.
- Codes: six digits, recorded in ``CognitoServer.codes`` (``last_code(username)``); a wrong one
  is CodeMismatchException "Invalid code received for user", the session kept for three tries.
  TOTP is real RFC 6238 (SHA-1, 30 s, 6 digits, one step of drift either way): a user created
  with SOFTWARE_TOKEN_MFA has ``User.totp_secret``; AssociateSoftwareToken returns a new base32
  secret (``totp(secret)`` or ``User.totp_code()`` gives the code). VerifySoftwareToken with a
  wrong code: EnableSoftwareTokenMFAException, the session kept for three tries too. MFA_SETUP
  offers ``["SOFTWARE_TOKEN_MFA"]`` only.
- Sessions live ``auth_session_validity`` seconds (180, Cognito's default); unknown, reused or
  another client's: NotAuthorizedException "Invalid session for the user."; expired: "Invalid
  session for the user, session is expired."; a ChallengeName other than the one asked:
  InvalidParameterException. A PASSWORD_VERIFIER ``TIMESTAMP`` must be in Cognito's exact form
  and within ``timestamp_tolerance`` seconds (300) of the server's clock, else the claim fails
  ("Incorrect username or password."). An ``SRP_A`` that is 0 modulo N is refused
  (NotAuthorizedException "Invalid SRP_A.").
- RevokeToken: a refresh token of another app client, or a wrong client secret:
  UnauthorizedException; an access token: UnsupportedTokenTypeException; an unknown token is
  accepted (RFC 7009).
- AdminInitiateAuth and AdminRespondToAuthChallenge need a SigV4 ``Authorization`` header (not
  verified); without one, MissingAuthenticationTokenException. ADMIN_* flows in InitiateAuth,
  and USER_PASSWORD_AUTH in AdminInitiateAuth: "Initiate Auth method not supported.".
- UpdateDeviceStatus is answered too (remembering a device where users choose needs it).
  Every other operation: UnknownOperationException. User names are case-sensitive; email
  aliases are not.
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import hmac
import json
import secrets
import struct
import threading
import time
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, NoReturn, Self, TypeAlias, cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from cognito_auth.srp import (
    G,
    K,
    N,
    private_key,
    scrambler,
    session_key,
    signature,
    timestamp,
    to_bytes,
)
from cognito_idp import compute_secret_hash
from tests.support.stub_server import RecordedRequest, StubResponse, StubServer

__all__ = [
    "ALL_AUTH_FLOWS",
    "AppClient",
    "AuthFlowName",
    "CognitoCall",
    "CognitoServer",
    "Device",
    "FirstFactor",
    "MfaName",
    "PoolMfa",
    "SentCode",
    "User",
    "UserPool",
    "totp",
]

MfaName: TypeAlias = Literal["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]
"""An MFA method a user can have (EMAIL_OTP is Cognito's name for email MFA too)."""
PoolMfa: TypeAlias = Literal["OFF", "OPTIONAL", "ON"]
"""A pool's MFA configuration: ON asks MFA_SETUP of users without a method."""
FirstFactor: TypeAlias = Literal["PASSWORD", "EMAIL_OTP", "SMS_OTP"]
"""A pool's allowed first factor for USER_AUTH (PASSWORD allows PASSWORD and PASSWORD_SRP)."""
AuthFlowName: TypeAlias = Literal[
    "USER_SRP_AUTH",
    "USER_PASSWORD_AUTH",
    "REFRESH_TOKEN_AUTH",
    "CUSTOM_AUTH",
    "ADMIN_USER_PASSWORD_AUTH",
    "USER_AUTH",
]
"""An app client's explicit auth flow (Cognito's ``ALLOW_<name>``)."""

ALL_AUTH_FLOWS: frozenset[AuthFlowName] = frozenset(
    (
        "USER_SRP_AUTH",
        "USER_PASSWORD_AUTH",
        "REFRESH_TOKEN_AUTH",
        "CUSTOM_AUTH",
        "ADMIN_USER_PASSWORD_AUTH",
        "USER_AUTH",
    )
)

_TARGET_PREFIX = "AWSCognitoIdentityProviderService."
_SCOPE = "aws.cognito.signin.user.admin"
_WRONG_PASSWORD = "Incorrect username or password."
_BAD_SESSION = "Invalid session for the user."
_CODE_MISMATCH = "Invalid code received for user"
_CODE_TRIES = 3
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_JSON_TYPE = "application/x-amz-json-1.1"


# -- TOTP -----------------------------------------------------------------------------------------


def totp(secret: str, at: float | None = None) -> str:
    """RFC 6238's code for a base32 ``secret`` at ``at`` (seconds since the epoch; now when
    omitted): HMAC-SHA1, 30-second steps, six digits."""
    when = time.time() if at is None else at
    return _hotp(secret, int(when // 30))


def _hotp(secret: str, counter: int) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def _totp_ok(secret: str, code: str, at: float) -> bool:
    step = int(at // 30)
    return any(
        hmac.compare_digest(_hotp(secret, step + drift).encode(), code.encode())
        for drift in (-1, 0, 1)
    )


def _new_totp_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


# -- signing keys ---------------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _int_b64url(n: int) -> str:
    return _b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


@dataclass(frozen=True)
class _SigningKey:
    private: rsa.RSAPrivateKey = field(repr=False)
    kid: str

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data, padding.PKCS1v15(), hashes.SHA256())

    def verifies(self, data: bytes, sig: bytes) -> bool:
        try:
            self.private.public_key().verify(sig, data, padding.PKCS1v15(), hashes.SHA256())
        except Exception:
            return False
        return True

    def jwk(self) -> dict[str, str]:
        numbers = self.private.public_key().public_numbers()
        return {
            "alg": "RS256",
            "e": _int_b64url(numbers.e),
            "kid": self.kid,
            "kty": "RSA",
            "n": _int_b64url(numbers.n),
            "use": "sig",
        }


@functools.cache
def _signing_key() -> _SigningKey:
    """One 2048-bit key per test process (making one costs ~80 ms)."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    modulus = private.public_key().public_numbers().n
    kid = _b64url(hashlib.sha256(_int_b64url(modulus).encode()).digest())
    return _SigningKey(private=private, kid=kid)


# -- what the tests configure ---------------------------------------------------------------------


def _verifier(realm: str, user_id: str, password: str, salt: int) -> int:
    return pow(G, private_key(realm, user_id, password, salt), N)


@dataclass(eq=False)
class Device:
    """A device the server issued a key for (NewDeviceMetadata)."""

    key: str
    group_key: str
    username: str
    salt: int = field(default=0, repr=False)
    verifier: int = field(default=0, repr=False)
    confirmed: bool = False
    """ConfirmDevice stored its verifier."""
    remembered: bool = False
    """Remembered: signs in with DEVICE_SRP_AUTH instead of MFA."""
    name: str | None = None


@dataclass(eq=False)
class User:
    """A user of a pool. Read ``totp_secret`` or call ``totp_code()`` for TOTP codes."""

    pool: UserPool = field(repr=False)
    username: str
    sub: str
    attributes: dict[str, str]
    salt: int = field(repr=False)
    verifier: int = field(repr=False)
    email_alias: bool = False
    mfa: tuple[MfaName, ...] = ()
    totp_secret: str | None = field(default=None, repr=False)
    force_change_password: bool = False
    mfa_setup_required: bool = False
    custom_challenges: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    groups: tuple[str, ...] = ()
    enabled: bool = True
    pending_totp_secret: str | None = field(default=None, repr=False)
    """The secret of an AssociateSoftwareToken made with an access token, not yet verified."""

    @property
    def email(self) -> str | None:
        return self.attributes.get("email")

    @property
    def phone(self) -> str | None:
        return self.attributes.get("phone_number")

    @property
    def devices(self) -> list[Device]:
        return [d for d in self.pool.devices.values() if d.username == self.username]

    def set_password(self, password: str) -> None:
        """A new salt and verifier for ``password`` (the password itself is not kept)."""
        self.salt = int.from_bytes(secrets.token_bytes(16), "big")
        self.verifier = _verifier(self.pool.name, self.username, password, self.salt)

    def password_is(self, password: str) -> bool:
        candidate = _verifier(self.pool.name, self.username, password, self.salt)
        return hmac.compare_digest(to_bytes(candidate), to_bytes(self.verifier))

    def totp_code(self, at: float | None = None) -> str:
        """The current code of the user's authenticator (at the server's time by default)."""
        if self.totp_secret is None:
            raise LookupError(f"{self.username} has no software token")
        return totp(self.totp_secret, self.pool.server.now() if at is None else at)


@dataclass(eq=False)
class AppClient:
    """An app client of a pool. ``secret_hash(username)`` computes SECRET_HASH for it."""

    pool: UserPool = field(repr=False)
    client_id: str
    client_secret: str | None = field(repr=False)
    refresh_rotation: bool
    retry_grace_period: float
    device_tracking: bool
    remember_on_user_prompt: bool
    auth_flows: frozenset[AuthFlowName]
    access_token_validity: int
    id_token_validity: int
    refresh_token_validity: int
    auth_session_validity: int
    prevent_user_existence_errors: bool

    def secret_hash(self, username: str) -> str:
        if self.client_secret is None:
            raise ValueError("this app client has no secret")
        return compute_secret_hash(self.client_secret, username, self.client_id)


@dataclass(eq=False)
class UserPool:
    """A user pool: ``add_client`` and ``add_user`` configure it."""

    server: CognitoServer = field(repr=False)
    name: str
    pool_id: str
    mfa: PoolMfa
    first_auth_factors: tuple[FirstFactor, ...]
    required_attributes: tuple[str, ...]
    password_min_length: int
    users: dict[str, User] = field(default_factory=dict[str, User], repr=False)
    clients: dict[str, AppClient] = field(default_factory=dict[str, AppClient], repr=False)
    devices: dict[str, Device] = field(default_factory=dict[str, Device], repr=False)

    @property
    def issuer(self) -> str:
        """The ``iss`` of the pool's tokens (AWS's URL, whatever the server's address)."""
        return f"https://cognito-idp.{self.server.region}.amazonaws.com/{self.pool_id}"

    @property
    def jwks_url(self) -> str:
        """Where this server serves the pool's signing keys."""
        return f"{self.server.url}/{self.pool_id}/.well-known/jwks.json"

    def add_client(
        self,
        *,
        secret: bool = False,
        refresh_rotation: bool = False,
        retry_grace_period: float = 0,
        device_tracking: bool = False,
        remember_on_user_prompt: bool = False,
        auth_flows: Collection[AuthFlowName] = ALL_AUTH_FLOWS,
        access_token_validity: int = 3600,
        id_token_validity: int = 3600,
        refresh_token_validity: int = 30 * 86400,
        auth_session_validity: int = 180,
        prevent_user_existence_errors: bool = False,
        client_id: str | None = None,
    ) -> AppClient:
        """A new app client. Validities are in seconds (any, not Cognito's minimums);
        ``auth_flows`` lists the explicit auth flows it allows (all by default)."""
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        if client_id is None:
            client_id = "".join(secrets.choice(alphabet) for _ in range(26))
        client_secret = "".join(secrets.choice(alphabet) for _ in range(51)) if secret else None
        app = AppClient(
            pool=self,
            client_id=client_id,
            client_secret=client_secret,
            refresh_rotation=refresh_rotation,
            retry_grace_period=retry_grace_period,
            device_tracking=device_tracking,
            remember_on_user_prompt=remember_on_user_prompt,
            auth_flows=frozenset(auth_flows),
            access_token_validity=access_token_validity,
            id_token_validity=id_token_validity,
            refresh_token_validity=refresh_token_validity,
            auth_session_validity=auth_session_validity,
            prevent_user_existence_errors=prevent_user_existence_errors,
        )
        self.server.register_client(app)
        self.clients[client_id] = app
        return app

    def add_user(
        self,
        username: str,
        password: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        email_alias: bool = False,
        attributes: Mapping[str, str] | None = None,
        mfa: MfaName | Sequence[MfaName] = (),
        force_change_password: bool = False,
        mfa_setup_required: bool = False,
        custom_challenges: Sequence[tuple[str, str]] = (),
        groups: Sequence[str] = (),
        enabled: bool = True,
    ) -> User:
        """A confirmed user. ``mfa``: one method, or several (SELECT_MFA_TYPE asks which);
        ``force_change_password``: NEW_PASSWORD_REQUIRED (with the pool's required attributes
        the user lacks); ``mfa_setup_required``: MFA_SETUP; ``custom_challenges``: CUSTOM_AUTH's
        questions and answers; ``email_alias``: the email signs in too."""
        if username in self.users:
            raise ValueError(f"{username!r} already exists in {self.pool_id}")
        methods: tuple[MfaName, ...] = (mfa,) if isinstance(mfa, str) else tuple(mfa)
        if "SMS_MFA" in methods and phone is None:
            raise ValueError("SMS_MFA needs a phone number")
        if "EMAIL_OTP" in methods and email is None:
            raise ValueError("EMAIL_OTP needs an email address")
        if email_alias and email is None:
            raise ValueError("email_alias needs an email address")
        values = dict(attributes or {})
        if email is not None:
            values.update(email=email, email_verified="true")
        if phone is not None:
            values.update(phone_number=phone, phone_number_verified="true")
        user = User(
            pool=self,
            username=username,
            sub=str(uuid.uuid4()),
            attributes=values,
            salt=0,
            verifier=0,
            email_alias=email_alias,
            mfa=methods,
            totp_secret=_new_totp_secret() if "SOFTWARE_TOKEN_MFA" in methods else None,
            force_change_password=force_change_password,
            mfa_setup_required=mfa_setup_required,
            custom_challenges=tuple(custom_challenges),
            groups=tuple(groups),
            enabled=enabled,
        )
        user.attributes["sub"] = user.sub
        user.set_password(password)
        self.users[username] = user
        return user

    def user(self, username: str) -> User:
        return self.users[username]

    def find_user(self, name: str) -> User | None:
        """The user signing in as ``name``: their user name, or their email if it is an alias."""
        user = self.users.get(name)
        if user is not None:
            return user
        for candidate in self.users.values():
            email = candidate.email
            if candidate.email_alias and email is not None and email.lower() == name.lower():
                return candidate
        return None


@dataclass(frozen=True)
class CognitoCall:
    """One request the server received."""

    operation: str
    """The X-Amz-Target operation (``InitiateAuth``...), or ``GET <path>``."""
    body: Mapping[str, object]
    headers: Mapping[str, str] = field(repr=False)
    """Lower-case names."""


@dataclass(frozen=True)
class SentCode:
    """A code the server "sent"."""

    username: str
    medium: Literal["SMS", "EMAIL"]
    destination: str
    code: str
    challenge: str
    """The challenge it answers: SMS_MFA, EMAIL_OTP or SMS_OTP."""


# -- flow state -----------------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


FlowKind: TypeAlias = Literal["password", "passwordless", "custom", "select"]


@dataclass(frozen=True)
class _Srp:
    """One SRP exchange on the server's side."""

    realm: str
    user_id: str
    verifier: int
    b: int
    big_a: int
    big_b: int
    secret_block: str


@dataclass(eq=False)
class _Flow:
    client: AppClient
    user: User
    admin: bool
    kind: FlowKind
    expires_at: float
    device: Device | None = None
    passed: set[str] = field(default_factory=set[str])
    """Factors passed: first, new_password, mfa, device."""
    expected: str = ""
    srp: _Srp | None = None
    custom_index: int = 0
    code: str | None = None
    tries: int = 0
    choices: tuple[str, ...] = ()
    pending_totp: str | None = None
    totp_verified: bool = False


@dataclass(eq=False)
class _Family:
    """The tokens of one sign-in (its ``origin_jti``)."""

    origin_jti: str
    event_id: str
    user: User
    client: AppClient
    auth_time: int
    device_key: str | None
    revoked: bool = False


@dataclass(eq=False)
class _RefreshToken:
    family: _Family
    expires_at: float
    replaced_at: float | None = None


JsonObject: TypeAlias = dict[str, object]


def _json_dump(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain[:1]}***"


def _mask_phone(phone: str) -> str:
    return "+" + "*" * max(len(phone) - 5, 0) + phone[-4:]


def _parse_timestamp(text: str) -> float | None:
    """Seconds since the epoch of a TIMESTAMP in Cognito's exact form, else None."""
    parts = text.split(" ")
    if len(parts) != 6 or parts[4] != "UTC" or parts[1] not in _MONTHS:
        return None
    try:
        hour, minute, second = (int(p) for p in parts[3].split(":"))
        moment = datetime.datetime(
            int(parts[5]),
            _MONTHS.index(parts[1]) + 1,
            int(parts[2]),
            hour,
            minute,
            second,
            tzinfo=datetime.UTC,
        )
    except ValueError:
        return None
    if timestamp(moment) != text:
        return None
    return moment.timestamp()


def _strings(value: object, name: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Refused("SerializationException", f"{name} must be a map of strings")
    mapping = cast(dict[object, object], value)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise _Refused("SerializationException", f"{name} must be a map of strings")
    return cast(dict[str, str], mapping)


def _required(body: Mapping[str, object], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str):
        member = name[:1].lower() + name[1:]
        raise _Refused(
            "InvalidParameterException",
            f"1 validation error detected: Value null at '{member}' failed to satisfy "
            "constraint: Member must not be null",
        )
    return value


def _optional(body: Mapping[str, object], name: str) -> str | None:
    value = body.get(name)
    return value if isinstance(value, str) else None


def _parameter(values: Mapping[str, str], name: str) -> str:
    value = values.get(name)
    if value is None:
        raise _Refused("InvalidParameterException", f"Missing required parameter {name}")
    return value


# -- the server -----------------------------------------------------------------------------------


class CognitoServer:
    """A Cognito-style auth server on 127.0.0.1 and a free port (see the module docstring)."""

    def __init__(self, *, region: str = "us-east-1", timestamp_tolerance: float = 300.0) -> None:
        self.region = region
        self.timestamp_tolerance = timestamp_tolerance
        """Seconds a PASSWORD_VERIFIER's TIMESTAMP may be away from the server's clock."""
        self.pools: dict[str, UserPool] = {}
        self._clients: dict[str, AppClient] = {}
        self._sessions: dict[str, _Flow] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self._families: dict[str, _Family] = {}
        self._calls: list[CognitoCall] = []
        self._codes: list[SentCode] = []
        self._failures: list[BaseException] = []
        self._offset = 0.0
        self._lock = threading.RLock()
        self._key = _signing_key()
        self._stub = StubServer(self._handle)

    # -- lifecycle and configuration -------------------------------------------------------------

    def start(self) -> Self:
        self._stub.start()
        return self

    def stop(self) -> None:
        self._stub.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, for ``endpoint_url``."""
        return self._stub.url

    def add_pool(
        self,
        name: str,
        *,
        mfa: PoolMfa = "OPTIONAL",
        first_auth_factors: Sequence[FirstFactor] = ("PASSWORD", "EMAIL_OTP", "SMS_OTP"),
        required_attributes: Sequence[str] = (),
        password_min_length: int = 8,
    ) -> UserPool:
        """A pool whose id is ``<region>_<name>`` (``name``: ASCII letters and digits, also
        the SRP realm). ``required_attributes``: what NEW_PASSWORD_REQUIRED asks a user who
        lacks them; ``first_auth_factors``: USER_AUTH's choices."""
        if not (name.isascii() and name.isalnum()):
            raise ValueError("a pool name is ASCII letters and digits")
        pool_id = f"{self.region}_{name}"
        with self._lock:
            if pool_id in self.pools:
                raise ValueError(f"{pool_id} already exists")
            pool = UserPool(
                server=self,
                name=name,
                pool_id=pool_id,
                mfa=mfa,
                first_auth_factors=tuple(first_auth_factors),
                required_attributes=tuple(required_attributes),
                password_min_length=password_min_length,
            )
            self.pools[pool_id] = pool
        return pool

    def register_client(self, app: AppClient) -> None:
        """Called by ``UserPool.add_client``."""
        with self._lock:
            if app.client_id in self._clients:
                raise ValueError(f"app client {app.client_id} already exists")
            self._clients[app.client_id] = app

    # -- the clock -------------------------------------------------------------------------------

    def now(self) -> float:
        """The server's time: ``time.time()`` plus what ``advance`` added."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the server's clock (negative: back), for expired tokens and sessions."""
        with self._lock:
            self._offset += seconds

    # -- what happened ---------------------------------------------------------------------------

    @property
    def calls(self) -> list[CognitoCall]:
        """Every request, in order of arrival (a copy)."""
        with self._lock:
            return list(self._calls)

    def operations(self) -> list[str]:
        """The operation of every request, in order."""
        return [c.operation for c in self.calls]

    def bodies(self, operation: str) -> list[Mapping[str, object]]:
        """The JSON bodies of the requests for ``operation``, in order."""
        return [c.body for c in self.calls if c.operation == operation]

    def clear_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    @property
    def codes(self) -> list[SentCode]:
        """Every code the server "sent", in order (a copy)."""
        with self._lock:
            return list(self._codes)

    def last_code(self, username: str) -> str:
        """The last code sent to ``username`` (their user name); LookupError if none."""
        for sent in reversed(self.codes):
            if sent.username == username:
                return sent.code
        raise LookupError(f"no code was sent to {username!r}")

    @property
    def failures(self) -> list[BaseException]:
        """Exceptions the server raised while answering (answered InternalErrorException): a
        test can assert this is empty."""
        with self._lock:
            return list(self._failures)

    def refresh_token_family(self, refresh_token: str) -> str:
        """The ``origin_jti`` a refresh token belongs to (KeyError if unknown)."""
        with self._lock:
            return self._refresh_tokens[refresh_token].family.origin_jti

    # -- HTTP ------------------------------------------------------------------------------------

    def _handle(self, request: RecordedRequest) -> StubResponse:
        request_id = str(uuid.uuid4())
        headers = {k.lower(): v for k, v in request.headers.items()}
        if request.method == "GET":
            with self._lock:
                self._calls.append(CognitoCall(f"GET {request.path}", {}, headers))
                return self._jwks(request.path)
        target = headers.get("x-amz-target", "")
        operation = target[len(_TARGET_PREFIX) :] if target.startswith(_TARGET_PREFIX) else ""
        parsed: object = request.json
        body = cast(JsonObject, parsed) if isinstance(parsed, dict) else {}
        with self._lock:
            self._calls.append(CognitoCall(operation or target, body, headers))
            try:
                if request.method != "POST" or not isinstance(parsed, dict):
                    raise _Refused("SerializationException", "the body must be a JSON object")
                result = self._dispatch(operation, body, headers)
            except _Refused as refused:
                error = {"__type": refused.code, "message": refused.message}
                return StubResponse.json(
                    error, status=refused.status, headers={"x-amzn-RequestId": request_id}
                )
            except Exception as failure:
                self._failures.append(failure)
                error = {"__type": "InternalErrorException", "message": "internal error"}
                return StubResponse.json(
                    error, status=500, headers={"x-amzn-RequestId": request_id}
                )
        return StubResponse(
            status=200,
            headers={"Content-Type": _JSON_TYPE, "x-amzn-RequestId": request_id},
            body=_json_dump(result),
        )

    def _jwks(self, path: str) -> StubResponse:
        for pool in self.pools.values():
            if path == f"/{pool.pool_id}/.well-known/jwks.json":
                return StubResponse.json(
                    {"keys": [self._key.jwk()]}, content_type="application/json"
                )
        return StubResponse.json(
            {"message": "not found"}, status=404, content_type="application/json"
        )

    def _dispatch(self, operation: str, body: JsonObject, headers: Mapping[str, str]) -> JsonObject:
        signed = headers.get("authorization", "").startswith("AWS4-HMAC-SHA256 ")
        if operation in ("AdminInitiateAuth", "AdminRespondToAuthChallenge") and not signed:
            raise _Refused("MissingAuthenticationTokenException", "Missing Authentication Token")
        match operation:
            case "InitiateAuth":
                return self._initiate(body, admin=False)
            case "AdminInitiateAuth":
                return self._initiate(body, admin=True)
            case "RespondToAuthChallenge":
                return self._respond(body, admin=False)
            case "AdminRespondToAuthChallenge":
                return self._respond(body, admin=True)
            case "GetTokensFromRefreshToken":
                return self._get_tokens_from_refresh_token(body)
            case "GlobalSignOut":
                return self._global_sign_out(body)
            case "RevokeToken":
                return self._revoke_token(body)
            case "ConfirmDevice":
                return self._confirm_device(body)
            case "UpdateDeviceStatus":
                return self._update_device_status(body)
            case "AssociateSoftwareToken":
                return self._associate_software_token(body)
            case "VerifySoftwareToken":
                return self._verify_software_token(body)
            case _:
                raise _Refused(
                    "UnknownOperationException", f"{operation or 'the operation'} is not known"
                )

    # -- app clients, users, secret hashes -------------------------------------------------------

    def _client(self, body: Mapping[str, object], *, admin: bool) -> AppClient:
        client_id = _required(body, "ClientId")
        app = self._clients.get(client_id)
        if app is None:
            raise _Refused(
                "ResourceNotFoundException", f"User pool client {client_id} does not exist."
            )
        if admin:
            pool_id = _required(body, "UserPoolId")
            if pool_id not in self.pools:
                raise _Refused("ResourceNotFoundException", f"User pool {pool_id} does not exist.")
            if app.pool.pool_id != pool_id:
                raise _Refused(
                    "ResourceNotFoundException", f"User pool client {client_id} does not exist."
                )
        return app

    @staticmethod
    def _check_hash(app: AppClient, values: Mapping[str, str], *usernames: str) -> None:
        """SECRET_HASH in ``values`` is the app's hash of one of ``usernames``."""
        if app.client_secret is None:
            return
        sent = values.get("SECRET_HASH")
        if sent is None:
            raise _Refused(
                "NotAuthorizedException",
                f"Client {app.client_id} is configured with secret but SECRET_HASH was not "
                "received",
            )
        if not any(
            hmac.compare_digest(sent.encode(), app.secret_hash(name).encode()) for name in usernames
        ):
            raise _Refused(
                "NotAuthorizedException", f"Unable to verify secret hash for client {app.client_id}"
            )

    @staticmethod
    def _sign_in_user(app: AppClient, name: str) -> User:
        user = app.pool.find_user(name)
        if user is None:
            if app.prevent_user_existence_errors:
                raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
            raise _Refused("UserNotFoundException", "User does not exist.")
        if not user.enabled:
            raise _Refused("NotAuthorizedException", "User is disabled.")
        return user

    @staticmethod
    def _known_device(user: User, key: str | None) -> Device | None:
        if key is None:
            return None
        device = user.pool.devices.get(key)
        return device if device is not None and device.username == user.username else None

    # -- sessions and challenges -----------------------------------------------------------------

    def _challenge(
        self,
        flow: _Flow,
        name: str,
        parameters: Mapping[str, str] | None = None,
        available: Sequence[str] | None = None,
    ) -> JsonObject:
        session = secrets.token_urlsafe(192)
        flow.expected = name
        self._sessions[session] = flow
        answer: JsonObject = {
            "ChallengeName": name,
            "Session": session,
            "ChallengeParameters": {
                **(parameters or {}),
                "USERNAME": flow.user.username,
            },
        }
        if available is not None:
            answer["AvailableChallenges"] = list(available)
        return answer

    def _new_flow(
        self, app: AppClient, user: User, *, admin: bool, kind: FlowKind, device: Device | None
    ) -> _Flow:
        return _Flow(
            client=app,
            user=user,
            admin=admin,
            kind=kind,
            expires_at=self.now() + app.auth_session_validity,
            device=device,
        )

    @staticmethod
    def _srp_challenge(
        srp_a: str, *, realm: str, user_id: str, salt: int, verifier: int
    ) -> tuple[_Srp, dict[str, str]]:
        """The server's side of an exchange: its B for ``A = srp_a``, and SALT, SRP_B and
        SECRET_BLOCK to send."""
        try:
            big_a = int(srp_a, 16)
        except ValueError:
            raise _Refused(
                "InvalidParameterException", "SRP_A is not a hexadecimal number"
            ) from None
        if big_a % N == 0:
            raise _Refused("NotAuthorizedException", "Invalid SRP_A.")
        while True:
            b = secrets.randbits(256)  # RFC 5054's floor: a 3072-bit power costs ~5 ms, not 18
            big_b = (K * verifier + pow(G, b, N)) % N
            if b and big_b and scrambler(big_a, big_b):
                break
        srp = _Srp(
            realm=realm,
            user_id=user_id,
            verifier=verifier,
            b=b,
            big_a=big_a,
            big_b=big_b,
            secret_block=base64.b64encode(secrets.token_bytes(128)).decode(),
        )
        parameters = {
            "SALT": format(salt, "x"),
            "SRP_B": format(big_b, "x"),
            "SECRET_BLOCK": srp.secret_block,
        }
        return srp, parameters

    def _password_verifier(self, flow: _Flow, srp_a: str) -> JsonObject:
        user = flow.user
        flow.srp, parameters = self._srp_challenge(
            srp_a,
            realm=user.pool.name,
            user_id=user.username,
            salt=user.salt,
            verifier=user.verifier,
        )
        parameters["USER_ID_FOR_SRP"] = user.username
        return self._challenge(flow, "PASSWORD_VERIFIER", parameters)

    def _claim_ok(self, srp: _Srp, responses: Mapping[str, str]) -> bool:
        """The PASSWORD_CLAIM_SIGNATURE is the HMAC of the key both sides derive."""
        block = responses.get("PASSWORD_CLAIM_SECRET_BLOCK", "")
        claimed = responses.get("PASSWORD_CLAIM_SIGNATURE", "")
        stamp = responses.get("TIMESTAMP", "")
        if not hmac.compare_digest(block.encode(), srp.secret_block.encode()):
            return False
        when = _parse_timestamp(stamp)
        if when is None or abs(when - self.now()) > self.timestamp_tolerance:
            return False
        u = scrambler(srp.big_a, srp.big_b)
        shared = pow(srp.big_a * pow(srp.verifier, u, N) % N, srp.b, N)
        expected = signature(
            session_key(shared, u), srp.realm, srp.user_id, srp.secret_block, stamp
        )
        return hmac.compare_digest(expected.encode(), claimed.encode())

    def _send_code(
        self, flow: _Flow, challenge: str, medium: Literal["SMS", "EMAIL"]
    ) -> JsonObject:
        user = flow.user
        destination = user.phone if medium == "SMS" else user.email
        assert destination is not None
        code = f"{secrets.randbelow(10**6):06d}"
        flow.code, flow.tries = code, 0
        self._codes.append(SentCode(user.username, medium, destination, code, challenge))
        masked = _mask_phone(destination) if medium == "SMS" else _mask_email(destination)
        return self._challenge(
            flow,
            challenge,
            {"CODE_DELIVERY_DELIVERY_MEDIUM": medium, "CODE_DELIVERY_DESTINATION": masked},
        )

    def _mfa_challenge(self, flow: _Flow, method: str) -> JsonObject:
        if method == "SMS_MFA":
            return self._send_code(flow, "SMS_MFA", "SMS")
        if method == "EMAIL_OTP":
            return self._send_code(flow, "EMAIL_OTP", "EMAIL")
        return self._challenge(flow, "SOFTWARE_TOKEN_MFA")

    def _proceed(self, flow: _Flow) -> JsonObject:
        """The next challenge once a factor passed, or the tokens."""
        user, passed = flow.user, flow.passed
        if flow.kind == "custom" and flow.custom_index < len(user.custom_challenges):
            question = user.custom_challenges[flow.custom_index][0]
            return self._challenge(flow, "CUSTOM_CHALLENGE", {"question": question})
        if flow.kind == "password" and user.force_change_password and "new_password" not in passed:
            present = {k: v for k, v in user.attributes.items() if k != "sub"}
            missing = [a for a in user.pool.required_attributes if a not in user.attributes]
            parameters = {
                "USER_ID_FOR_SRP": user.username,
                "userAttributes": json.dumps(present),
                "requiredAttributes": json.dumps([f"userAttributes.{a}" for a in missing]),
            }
            return self._challenge(flow, "NEW_PASSWORD_REQUIRED", parameters)
        device = flow.device if flow.device is not None and flow.device.confirmed else None
        remembered = device is not None and device.remembered
        if remembered and "device" not in passed:
            return self._challenge(flow, "DEVICE_SRP_AUTH")
        if flow.kind == "password" and "mfa" not in passed and not remembered:
            pool_mfa = user.pool.mfa
            if pool_mfa != "OFF" and (
                user.mfa_setup_required or (pool_mfa == "ON" and not user.mfa)
            ):
                return self._challenge(
                    flow, "MFA_SETUP", {"MFAS_CAN_SETUP": json.dumps(["SOFTWARE_TOKEN_MFA"])}
                )
            if pool_mfa != "OFF" and len(user.mfa) > 1:
                flow.choices = user.mfa
                return self._challenge(
                    flow, "SELECT_MFA_TYPE", {"MFAS_CAN_CHOOSE": json.dumps(list(user.mfa))}
                )
            if pool_mfa != "OFF" and user.mfa:
                return self._mfa_challenge(flow, user.mfa[0])
        if device is not None and "device" not in passed:
            return self._challenge(flow, "DEVICE_SRP_AUTH")
        return self._signed_in(flow)

    # -- InitiateAuth ----------------------------------------------------------------------------

    def _initiate(self, body: JsonObject, *, admin: bool) -> JsonObject:
        app = self._client(body, admin=admin)
        auth_flow = _required(body, "AuthFlow")
        params = _strings(body.get("AuthParameters"), "AuthParameters")
        allowed = (
            {"ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH", "USER_SRP_AUTH", "CUSTOM_AUTH"}
            if admin
            else {"USER_SRP_AUTH", "USER_PASSWORD_AUTH", "CUSTOM_AUTH"}
        )
        allowed |= {"REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "USER_AUTH"}
        if auth_flow not in allowed:
            raise _Refused("InvalidParameterException", "Initiate Auth method not supported.")
        setting = {
            "REFRESH_TOKEN": "REFRESH_TOKEN_AUTH",
            "ADMIN_NO_SRP_AUTH": "ADMIN_USER_PASSWORD_AUTH",
        }.get(auth_flow, auth_flow)
        if setting not in app.auth_flows:
            raise _Refused(
                "InvalidParameterException", f"{auth_flow} flow not enabled for this client"
            )
        if setting == "REFRESH_TOKEN_AUTH":
            return self._refresh_token_auth(app, params)
        username = _parameter(params, "USERNAME")
        self._check_hash(app, params, username)
        user = self._sign_in_user(app, username)
        device = self._known_device(user, params.get("DEVICE_KEY"))
        if setting == "USER_SRP_AUTH":
            flow = self._new_flow(app, user, admin=admin, kind="password", device=device)
            return self._password_verifier(flow, _parameter(params, "SRP_A"))
        if setting in ("USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH"):
            if not user.password_is(_parameter(params, "PASSWORD")):
                raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
            flow = self._new_flow(app, user, admin=admin, kind="password", device=device)
            flow.passed.add("first")
            return self._proceed(flow)
        if setting == "CUSTOM_AUTH":
            flow = self._new_flow(app, user, admin=admin, kind="custom", device=device)
            if params.get("CHALLENGE_NAME") == "SRP_A":
                return self._password_verifier(flow, _parameter(params, "SRP_A"))
            if not user.custom_challenges:
                raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
            flow.passed.add("first")
            return self._proceed(flow)
        flow = self._new_flow(app, user, admin=admin, kind="select", device=device)
        return self._user_auth(flow, params)

    def _available(self, user: User) -> list[str]:
        factors = user.pool.first_auth_factors
        available: list[str] = []
        if "PASSWORD" in factors:
            available += ["PASSWORD_SRP", "PASSWORD"]
        if "EMAIL_OTP" in factors and user.email is not None:
            available.append("EMAIL_OTP")
        if "SMS_OTP" in factors and user.phone is not None:
            available.append("SMS_OTP")
        return available

    def _user_auth(self, flow: _Flow, params: Mapping[str, str]) -> JsonObject:
        available = self._available(flow.user)
        flow.choices = tuple(available)
        preferred = params.get("PREFERRED_CHALLENGE")
        if preferred is not None and preferred in available:
            return self._first_factor(flow, preferred, params)
        return self._challenge(flow, "SELECT_CHALLENGE", {}, available)

    def _first_factor(self, flow: _Flow, factor: str, values: Mapping[str, str]) -> JsonObject:
        """Start (or, given what it needs, pass) a USER_AUTH first factor."""
        if factor == "PASSWORD":
            flow.kind = "password"
            if "PASSWORD" not in values:
                return self._challenge(flow, "PASSWORD")
            if not flow.user.password_is(values["PASSWORD"]):
                raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
            flow.passed.add("first")
            return self._proceed(flow)
        if factor == "PASSWORD_SRP":
            flow.kind = "password"
            if "SRP_A" not in values:
                return self._challenge(flow, "PASSWORD_SRP")
            return self._password_verifier(flow, values["SRP_A"])
        flow.kind = "passwordless"
        if factor == "EMAIL_OTP":
            return self._send_code(flow, "EMAIL_OTP", "EMAIL")
        return self._send_code(flow, "SMS_OTP", "SMS")

    # -- RespondToAuthChallenge ------------------------------------------------------------------

    def _respond(self, body: JsonObject, *, admin: bool) -> JsonObject:
        app = self._client(body, admin=admin)
        name = _required(body, "ChallengeName")
        responses = _strings(body.get("ChallengeResponses"), "ChallengeResponses")
        session = _optional(body, "Session")
        flow = self._sessions.pop(session, None) if session is not None else None
        if flow is None or flow.client is not app or flow.admin != admin:
            raise _Refused("NotAuthorizedException", _BAD_SESSION)
        if self.now() > flow.expires_at:
            raise _Refused(
                "NotAuthorizedException", "Invalid session for the user, session is expired."
            )
        username = _parameter(responses, "USERNAME")
        if app.pool.find_user(username) is not flow.user:
            raise _Refused("NotAuthorizedException", _BAD_SESSION)
        self._check_hash(app, responses, username)
        expected = flow.expected
        selecting = expected in ("SELECT_CHALLENGE", "PASSWORD", "PASSWORD_SRP")
        if name != expected and not (selecting and name in ("PASSWORD", "PASSWORD_SRP")):
            raise _Refused(
                "InvalidParameterException",
                f"The challenge answered ({name}) is not the one asked ({expected}).",
            )
        if flow.device is None and "DEVICE_KEY" in responses:
            flow.device = self._known_device(flow.user, responses["DEVICE_KEY"])
        assert session is not None
        match name:
            case "PASSWORD_VERIFIER":
                return self._answer_password_verifier(flow, responses)
            case "SELECT_CHALLENGE":
                answer = _parameter(responses, "ANSWER")
                if answer not in flow.choices:
                    raise _Refused("InvalidParameterException", f"{answer} is not available.")
                return self._first_factor(flow, answer, responses)
            case "PASSWORD" | "PASSWORD_SRP":
                if name not in flow.choices:
                    raise _Refused("InvalidParameterException", f"{name} is not available.")
                return self._first_factor(flow, name, responses)
            case "SMS_MFA" | "EMAIL_OTP" | "SMS_OTP":
                key = {"SMS_MFA": "SMS_MFA_CODE", "EMAIL_OTP": "EMAIL_OTP_CODE"}.get(
                    name, "SMS_OTP_CODE"
                )
                return self._answer_code(flow, session, _parameter(responses, key))
            case "SOFTWARE_TOKEN_MFA":
                code = _parameter(responses, "SOFTWARE_TOKEN_MFA_CODE")
                secret = flow.user.totp_secret
                if secret is None or not _totp_ok(secret, code, self.now()):
                    return self._mismatch(flow, session)
                flow.passed.add("mfa")
                return self._proceed(flow)
            case "SELECT_MFA_TYPE":
                answer = _parameter(responses, "ANSWER")
                if answer not in flow.choices:
                    raise _Refused("InvalidParameterException", f"{answer} is not available.")
                return self._mfa_challenge(flow, answer)
            case "NEW_PASSWORD_REQUIRED":
                return self._answer_new_password(flow, responses)
            case "MFA_SETUP":
                if not flow.totp_verified or flow.pending_totp is None:
                    raise _Refused(
                        "InvalidParameterException", "MFA_SETUP needs a verified software token."
                    )
                user = flow.user
                user.totp_secret = flow.pending_totp
                user.mfa = (*user.mfa, "SOFTWARE_TOKEN_MFA")
                user.mfa_setup_required = False
                flow.passed.add("mfa")
                return self._proceed(flow)
            case "CUSTOM_CHALLENGE":
                answer = _parameter(responses, "ANSWER")
                expected_answer = flow.user.custom_challenges[flow.custom_index][1]
                if not hmac.compare_digest(answer.encode(), expected_answer.encode()):
                    raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
                flow.custom_index += 1
                return self._proceed(flow)
            case "DEVICE_SRP_AUTH":
                device = flow.device
                if device is None or _parameter(responses, "DEVICE_KEY") != device.key:
                    raise _Refused("NotAuthorizedException", "Invalid device key given.")
                flow.srp, parameters = self._srp_challenge(
                    _parameter(responses, "SRP_A"),
                    realm=device.group_key,
                    user_id=device.key,
                    salt=device.salt,
                    verifier=device.verifier,
                )
                return self._challenge(flow, "DEVICE_PASSWORD_VERIFIER", parameters)
            case "DEVICE_PASSWORD_VERIFIER":
                if flow.srp is None or not self._claim_ok(flow.srp, responses):
                    raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
                flow.srp = None
                flow.passed.add("device")
                return self._proceed(flow)
            case _:
                raise _Refused("InvalidParameterException", f"{name} is not answered here.")

    def _answer_password_verifier(self, flow: _Flow, responses: Mapping[str, str]) -> JsonObject:
        if flow.srp is None or not self._claim_ok(flow.srp, responses):
            raise _Refused("NotAuthorizedException", _WRONG_PASSWORD)
        flow.srp = None
        flow.passed.add("first")
        return self._proceed(flow)

    def _mismatch(self, flow: _Flow, session: str) -> NoReturn:
        """A wrong code: the session stays for another try, up to three."""
        flow.tries += 1
        if flow.tries < _CODE_TRIES:
            self._sessions[session] = flow
        raise _Refused("CodeMismatchException", _CODE_MISMATCH)

    def _answer_code(self, flow: _Flow, session: str, code: str) -> JsonObject:
        expected = flow.code
        if expected is None or not hmac.compare_digest(code.encode(), expected.encode()):
            return self._mismatch(flow, session)
        flow.code = None
        flow.passed.add("first" if "first" not in flow.passed else "mfa")
        return self._proceed(flow)

    def _answer_new_password(self, flow: _Flow, responses: Mapping[str, str]) -> JsonObject:
        user = flow.user
        password = _parameter(responses, "NEW_PASSWORD")
        if len(password) < user.pool.password_min_length:
            raise _Refused(
                "InvalidPasswordException",
                "Password does not conform to policy: Password not long enough",
            )
        given = {
            k.removeprefix("userAttributes."): v
            for k, v in responses.items()
            if k.startswith("userAttributes.")
        }
        for required in user.pool.required_attributes:
            if required not in user.attributes and required not in given:
                raise _Refused(
                    "InvalidParameterException", f"Invalid attributes given, {required} is missing"
                )
        user.attributes.update({k: v for k, v in given.items() if k != "sub"})
        user.set_password(password)
        user.force_change_password = False
        flow.passed.add("new_password")
        return self._proceed(flow)

    # -- tokens ----------------------------------------------------------------------------------

    def _jwt(self, claims: Mapping[str, object]) -> str:
        header = _b64url(_json_dump({"kid": self._key.kid, "alg": "RS256"}))
        payload = _b64url(_json_dump(claims))
        signing_input = f"{header}.{payload}".encode("ascii")
        return f"{header}.{payload}.{_b64url(self._key.sign(signing_input))}"

    def _tokens(self, family: _Family) -> JsonObject:
        user, app, now = family.user, family.client, int(self.now())
        common: JsonObject = {
            "sub": user.sub,
            "iss": user.pool.issuer,
            "origin_jti": family.origin_jti,
            "event_id": family.event_id,
            "auth_time": family.auth_time,
            "iat": now,
        }
        if user.groups:
            common["cognito:groups"] = list(user.groups)
        id_claims: JsonObject = {
            **{
                k: (v == "true" if k.endswith("_verified") else v)
                for k, v in user.attributes.items()
            },
            **common,
            "cognito:username": user.username,
            "aud": app.client_id,
            "token_use": "id",
            "exp": now + app.id_token_validity,
            "jti": str(uuid.uuid4()),
        }
        access_claims: JsonObject = {
            **common,
            "version": 2,
            "client_id": app.client_id,
            "token_use": "access",
            "scope": _SCOPE,
            "exp": now + app.access_token_validity,
            "jti": str(uuid.uuid4()),
            "username": user.username,
        }
        if family.device_key is not None:
            access_claims["device_key"] = family.device_key
        return {
            "AccessToken": self._jwt(access_claims),
            "ExpiresIn": app.access_token_validity,
            "TokenType": "Bearer",
            "IdToken": self._jwt(id_claims),
        }

    def _new_refresh_token(self, family: _Family) -> str:
        header = _b64url(_json_dump({"cty": "JWT", "enc": "A256GCM", "alg": "RSA-OAEP"}))
        parts = [_b64url(secrets.token_bytes(n)) for n in (256, 12, 512, 16)]
        token = ".".join([header, *parts])
        self._refresh_tokens[token] = _RefreshToken(
            family=family, expires_at=self.now() + family.client.refresh_token_validity
        )
        return token

    def _new_device(self, user: User) -> Device:
        device = Device(
            key=f"{self.region}_{uuid.uuid4()}",
            group_key="-" + secrets.token_urlsafe(7)[:9],
            username=user.username,
        )
        user.pool.devices[device.key] = device
        return device

    def _signed_in(self, flow: _Flow) -> JsonObject:
        user, app = flow.user, flow.client
        new_device = self._new_device(user) if app.device_tracking and flow.device is None else None
        device = flow.device or new_device
        family = _Family(
            origin_jti=str(uuid.uuid4()),
            event_id=str(uuid.uuid4()),
            user=user,
            client=app,
            auth_time=int(self.now()),
            device_key=device.key if device is not None else None,
        )
        self._families[family.origin_jti] = family
        result = self._tokens(family)
        result["RefreshToken"] = self._new_refresh_token(family)
        if new_device is not None:
            result["NewDeviceMetadata"] = {
                "DeviceKey": new_device.key,
                "DeviceGroupKey": new_device.group_key,
            }
        return {"AuthenticationResult": result, "ChallengeParameters": {}}

    def _usable_refresh_token(self, app: AppClient, token: str) -> _RefreshToken:
        record = self._refresh_tokens.get(token)
        if record is None or record.family.client is not app:
            raise _Refused("NotAuthorizedException", "Invalid Refresh Token")
        if record.family.revoked:
            raise _Refused("NotAuthorizedException", "Refresh Token has been revoked")
        if self.now() > record.expires_at:
            raise _Refused("NotAuthorizedException", "Refresh Token has expired")
        if not record.family.user.enabled:
            raise _Refused("NotAuthorizedException", "User is disabled.")
        return record

    def _refresh_token_auth(self, app: AppClient, params: Mapping[str, str]) -> JsonObject:
        if app.refresh_rotation:
            raise _Refused(
                "InvalidParameterException",
                "Refresh token rotation is enabled for this client: use GetTokensFromRefreshToken",
            )
        token = _parameter(params, "REFRESH_TOKEN")
        record = self._refresh_tokens.get(token)
        if record is not None and record.family.client is app:
            user = record.family.user
            named = params.get("USERNAME")
            if named is not None and app.pool.find_user(named) is not user:
                raise _Refused("NotAuthorizedException", "Invalid Refresh Token")
            names = (named,) if named is not None else (user.username, user.sub)
            self._check_hash(app, params, *names)
        record = self._usable_refresh_token(app, token)
        device_key = record.family.device_key
        if device_key is not None and params.get("DEVICE_KEY") != device_key:
            raise _Refused("NotAuthorizedException", "Invalid Refresh Token")
        return {"AuthenticationResult": self._tokens(record.family), "ChallengeParameters": {}}

    def _get_tokens_from_refresh_token(self, body: JsonObject) -> JsonObject:
        app = self._client(body, admin=False)
        token = _required(body, "RefreshToken")
        if app.client_secret is not None:
            sent = _optional(body, "ClientSecret")
            if sent is None:
                raise _Refused(
                    "NotAuthorizedException",
                    f"Client {app.client_id} is configured with secret but ClientSecret was not "
                    "received",
                )
            if not hmac.compare_digest(sent.encode(), app.client_secret.encode()):
                raise _Refused(
                    "NotAuthorizedException",
                    f"Unable to verify client secret for client {app.client_id}",
                )
        record = self._usable_refresh_token(app, token)
        now = self.now()
        if record.replaced_at is not None and now - record.replaced_at > app.retry_grace_period:
            raise _Refused(
                "RefreshTokenReuseException",
                "The refresh token has been rotated and is no longer valid.",
            )
        family = record.family
        result: JsonObject = {}
        if app.device_tracking:
            device = self._known_device(family.user, _optional(body, "DeviceKey"))
            if device is None:
                device = self._new_device(family.user)
                result["NewDeviceMetadata"] = {
                    "DeviceKey": device.key,
                    "DeviceGroupKey": device.group_key,
                }
            family.device_key = device.key
        result = {**self._tokens(family), **result}
        if app.refresh_rotation:
            if record.replaced_at is None:
                record.replaced_at = now
            result["RefreshToken"] = self._new_refresh_token(family)
        return {"AuthenticationResult": result}

    def _access(self, body: Mapping[str, object]) -> tuple[User, AppClient, _Family]:
        """The user, app client and token family of the body's valid AccessToken."""
        token = _required(body, "AccessToken")
        invalid = _Refused("NotAuthorizedException", "Invalid Access Token")
        parts = token.split(".")
        if len(parts) != 3:
            raise invalid
        try:
            header_part, payload_part, sig_part = parts
            if not self._key.verifies(
                f"{header_part}.{payload_part}".encode("ascii"), _unb64url(sig_part)
            ):
                raise invalid
            claims = cast(object, json.loads(_unb64url(payload_part)))
        except ValueError:
            raise invalid from None
        if not isinstance(claims, dict):
            raise invalid
        values = cast(dict[str, object], claims)
        family = self._families.get(str(values.get("origin_jti")))
        if values.get("token_use") != "access" or family is None:
            raise invalid
        expiry = values.get("exp")
        if not isinstance(expiry, int) or self.now() >= expiry:
            raise _Refused("NotAuthorizedException", "Access Token has expired")
        if family.revoked:
            raise _Refused("NotAuthorizedException", "Access Token has been revoked")
        if not family.user.enabled:
            raise _Refused("NotAuthorizedException", "User is disabled.")
        return family.user, family.client, family

    def _global_sign_out(self, body: JsonObject) -> JsonObject:
        user, _, _ = self._access(body)
        for family in self._families.values():
            if family.user is user:
                family.revoked = True
        return {}

    def _revoke_token(self, body: JsonObject) -> JsonObject:
        app = self._client(body, admin=False)
        token = _required(body, "Token")
        if app.client_secret is not None:
            sent = _optional(body, "ClientSecret") or ""
            if not hmac.compare_digest(sent.encode(), app.client_secret.encode()):
                raise _Refused("UnauthorizedException", "Invalid client secret")
        if token.count(".") == 2:
            raise _Refused("UnsupportedTokenTypeException", "Unsupported token type")
        record = self._refresh_tokens.get(token)
        if record is None:
            return {}
        if record.family.client is not app:
            raise _Refused("UnauthorizedException", "The token was not issued to this client")
        record.family.revoked = True
        return {}

    # -- devices and software tokens -------------------------------------------------------------

    def _confirm_device(self, body: JsonObject) -> JsonObject:
        user, app, _ = self._access(body)
        device = self._known_device(user, _required(body, "DeviceKey"))
        if device is None:
            raise _Refused("InvalidParameterException", "Invalid device key given.")
        if device.confirmed:
            raise _Refused("DeviceKeyExistsException", "Device key already exists.")
        values = _strings(body.get("DeviceSecretVerifierConfig"), "DeviceSecretVerifierConfig")
        try:
            device.verifier = int.from_bytes(
                base64.b64decode(_parameter(values, "PasswordVerifier"), validate=True), "big"
            )
            device.salt = int.from_bytes(
                base64.b64decode(_parameter(values, "Salt"), validate=True), "big"
            )
        except ValueError:
            raise _Refused(
                "InvalidParameterException", "DeviceSecretVerifierConfig is not base64"
            ) from None
        device.confirmed = True
        device.remembered = not app.remember_on_user_prompt
        device.name = _optional(body, "DeviceName")
        return {"UserConfirmationNecessary": app.remember_on_user_prompt}

    def _update_device_status(self, body: JsonObject) -> JsonObject:
        user, _, _ = self._access(body)
        device = self._known_device(user, _required(body, "DeviceKey"))
        if device is None:
            raise _Refused("ResourceNotFoundException", "Device does not exist.")
        status = _optional(body, "DeviceRememberedStatus")
        if status not in ("remembered", "not_remembered"):
            raise _Refused(
                "InvalidParameterException",
                f"1 validation error detected: Value '{status}' at 'deviceRememberedStatus' "
                "failed to satisfy constraint: Member must satisfy enum value set: "
                "[remembered, not_remembered]",
            )
        device.remembered = status == "remembered"
        return {}

    def _setup_flow(self, body: JsonObject, expected: str) -> _Flow:
        session = _required(body, "Session")
        flow = self._sessions.pop(session, None)
        if flow is None or flow.expected != expected:
            raise _Refused("NotAuthorizedException", _BAD_SESSION)
        if self.now() > flow.expires_at:
            raise _Refused(
                "NotAuthorizedException", "Invalid session for the user, session is expired."
            )
        return flow

    def _associate_software_token(self, body: JsonObject) -> JsonObject:
        secret = _new_totp_secret()
        if _optional(body, "AccessToken") is not None:
            user, _, _ = self._access(body)
            user.pending_totp_secret = secret
            return {"SecretCode": secret}
        flow = self._setup_flow(body, "MFA_SETUP")
        flow.pending_totp, flow.totp_verified = secret, False
        answer = self._challenge(flow, "MFA_SETUP_VERIFY")
        return {"SecretCode": secret, "Session": answer["Session"]}

    def _verify_software_token(self, body: JsonObject) -> JsonObject:
        code = _required(body, "UserCode")
        mismatch = _Refused(
            "EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA"
        )
        if _optional(body, "AccessToken") is not None:
            user, _, _ = self._access(body)
            secret = user.pending_totp_secret
            if secret is None or not _totp_ok(secret, code, self.now()):
                raise mismatch
            user.totp_secret, user.pending_totp_secret = secret, None
            return {"Status": "SUCCESS"}
        flow = self._setup_flow(body, "MFA_SETUP_VERIFY")
        if flow.pending_totp is None or not _totp_ok(flow.pending_totp, code, self.now()):
            flow.tries += 1
            if flow.tries < _CODE_TRIES:
                self._sessions[_required(body, "Session")] = flow  # another try
            raise mismatch
        flow.totp_verified = True
        answer = self._challenge(flow, "MFA_SETUP")
        return {"Status": "SUCCESS", "Session": answer["Session"]}

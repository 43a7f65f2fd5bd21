"""Verifying the id and access tokens a Cognito user pool issues (JWTs signed with RS256).

    verifier = TokenVerifier(user_pool_id="eu-west-1_AbC123", client_id="1example23456789")
    claims = verifier.verify(token, token_use="id")   # IdTokenClaims, or a TokenError

``AsyncTokenVerifier`` is the same with ``await``. A verifier fetches the pool's public keys
(its JWKS, ``https://cognito-idp.<region>.amazonaws.com/<pool id>/.well-known/jwks.json``)
once, keeps them parsed, and fetches them again when a token names a key it does not hold
(Cognito rotated its keys), at most once per ``refetch_interval`` seconds. It checks, in this
order: the token's form; its algorithm (RS256, nothing else); its key; its signature; then
the signed claims: issuer, ``token_use``, audience (``aud`` for id tokens, ``client_id`` for
access tokens), expiry and issue time with ``leeway`` seconds of tolerance, ``nbf`` when
present, and the groups and scopes asked for. Each failure has its own ``TokenError``
subclass. Messages say what was wrong, from signed claims only (the expiry, the issuer); a
token and its parts never appear in a message or a ``repr``.

The keys are fetched with the SDK's own transports, so ``HTTPS_PROXY``/``NO_PROXY`` and
``AWS_CA_BUNDLE`` apply as they do to the clients; the asynchronous verifier never blocks its
event loop (name resolution and TLS set-up run off it; one RS256 verification, ~30 µs, runs
on it).

JOSE library: joserfc (the optional extra ``jwt``), imported when a verifier is made, chosen
over PyJWT. Measured on this project's machine (Python 3.11, 2 cores; a Cognito id token signed
with a 2048-bit RSA key, the key parsed beforehand; best of 5 rounds of 20,000):

- signature and payload with ``cryptography`` alone (the floor): 26 µs;
- joserfc 1.8.0, ``jws.extract_compact`` + ``validate_compact`` (used here): 31 µs;
  ``jwt.decode`` with its claims registry: 43 µs;
- PyJWT 2.15.1, ``PyJWS.decode_complete``: 64 µs, of which ~40 µs is a check of each base64
  character in a Python loop; ``jwt.decode`` with its claims checks: 71 µs;
- parsing one JWK: joserfc 51 µs, PyJWT 7 µs (here once per key, then kept);
- ``TokenVerifier.verify`` with every check and the claims object: 47 µs, 21,000 tokens a
  second (``python -m bench.tokens``).

Record: PyJWT has had algorithm confusion three times (CVE-2017-11424, a PEM public key taken
as an HMAC secret; CVE-2022-29217, an SSH public key; CVE-2026-48526, a JWK, before 2.13), an
issuer compared as a substring (CVE-2024-53861) and ``crit`` ignored (CVE-2026-32597, before
2.12). joserfc's keys are typed: HMAC refuses an RSA key whatever ``algorithms`` allows (a test
checks it); its advisories: algorithm confusion shared with Authlib (CVE-2024-37568, fixed),
CVE-2026-27932 (before 1.3), a payload size unchecked with ``b64=false`` (CVE-2026-48990,
before 1.6.7), an empty HMAC key accepted (CVE-2026-49852, before 1.6.8) and padded base64
accepted (GHSA-5jhw-7jv7-qcqq, before 1.7.2, hence the extra's floor); none reaches RS256
with a fixed RSA key. Both are maintained (releases within the last three months). This
module keeps its own guard as well: the header's ``alg`` must be ``RS256`` before a key is
looked up, and only RSA signing keys are taken from the JWKS.
"""

from __future__ import annotations

import _thread
import datetime
import json
import math
import os
import time
import weakref
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Generic, Literal, TypeAlias, TypeVar, cast, overload

from cognito_auth.errors import AuthError
from typedaws_runtime.errors import SdkError
from typedaws_runtime.http import HttpRequest, HttpResponse, Timeouts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    from joserfc.jwk import RSAKey
    from joserfc.jws import CompactSignature

    from typedaws_runtime.transport import AsyncTransport, Transport
    from typedaws_runtime.transports.options import TransportOptions

__all__ = [
    "AccessTokenClaims",
    "AsyncTokenVerifier",
    "IdTokenClaims",
    "JsonValue",
    "JwksFetchError",
    "TokenAlgorithmError",
    "TokenAudienceError",
    "TokenError",
    "TokenExpiredError",
    "TokenIssuerError",
    "TokenMalformedError",
    "TokenMissingGroupError",
    "TokenMissingScopeError",
    "TokenNotYetValidError",
    "TokenSignatureError",
    "TokenUseError",
    "TokenVerifier",
    "UnknownKeyError",
]

JsonValue: TypeAlias = (
    "str | int | float | bool | tuple[JsonValue, ...] | Mapping[str, JsonValue] | None"
)
"""A claim's value as sent, read-only: JSON arrays are tuples, objects read-only mappings."""

TokenUse = Literal["id", "access"]

DEFAULT_LEEWAY = 5.0
"""Seconds of clock difference tolerated on ``exp``, ``iat`` and ``nbf``."""
DEFAULT_REFETCH_INTERVAL = 10.0
"""Seconds between two fetches of the JWKS for a key it did not hold."""
DEFAULT_TIMEOUT = 5.0
"""Seconds a JWKS fetch may take, connection included."""

_MAX_TOKEN_CHARS = 64 * 1024  # Cognito's tokens are a few kilobytes
_MAX_JWKS_BYTES = 1024 * 1024
_LATEST_TIMESTAMP = 253402300799  # 9999-12-31T23:59:59Z: datetime's range
_MISSING_LIBRARY = (
    "token verification needs the joserfc package, installed with the jwt extra: "
    "pip install 'cognito-idp-typed[jwt]'"
)

# -- errors -------------------------------------------------------------------------------------


class TokenError(AuthError):
    """A token was refused (or, ``JwksFetchError``, could not be checked). Messages never hold
    the token or any part of it."""


class TokenMalformedError(TokenError):
    """Not a signed JWT as Cognito issues them: not three base64url parts, JSON that is not an
    object, no key id, a required claim missing or of the wrong type."""


class TokenAlgorithmError(TokenError):
    """The header names an algorithm other than RS256 (``none``, HMAC, any other)."""


class TokenSignatureError(TokenError):
    """The signature does not verify with the pool's key the header names."""


class UnknownKeyError(TokenError):
    """The header names a key the pool's JWKS does not hold, even fetched again."""


class JwksFetchError(TokenError):
    """The pool's JWKS could not be fetched or read: the token could not be checked (not
    necessarily a bad token; answer as for an outage, not as for a forgery)."""


class TokenExpiredError(TokenError):
    """The token's ``exp`` has passed (beyond the leeway)."""

    def __init__(self, message: str, *, expired_at: datetime.datetime) -> None:
        super().__init__(message)
        self.expired_at = expired_at


class TokenNotYetValidError(TokenError):
    """The token's ``nbf`` or ``iat`` is in the future (beyond the leeway)."""

    def __init__(self, message: str, *, valid_from: datetime.datetime) -> None:
        super().__init__(message)
        self.valid_from = valid_from


class TokenIssuerError(TokenError):
    """The token's ``iss`` is not the user pool's issuer URL."""


class TokenUseError(TokenError):
    """The token's ``token_use`` is not the one asked for (an access token given as id)."""


class TokenAudienceError(TokenError):
    """The token was issued to another app client (``aud`` or ``client_id``)."""


class TokenMissingGroupError(TokenError):
    """The user is not in every group required (``cognito:groups``)."""

    def __init__(self, message: str, *, missing: tuple[str, ...]) -> None:
        super().__init__(message)
        self.missing = missing


class TokenMissingScopeError(TokenError):
    """The access token lacks a scope required (``scope``)."""

    def __init__(self, message: str, *, missing: tuple[str, ...]) -> None:
        super().__init__(message)
        self.missing = missing


# -- claims -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class _Claims:
    sub: str
    """The user's (or, for a machine's access token, the app client's) stable id."""
    issuer: str
    issued_at: datetime.datetime
    """``iat``, in UTC."""
    expires_at: datetime.datetime
    """``exp``, in UTC."""
    auth_time: datetime.datetime | None
    """When the user signed in (kept across refreshes), in UTC."""
    groups: tuple[str, ...]
    """``cognito:groups``; empty when the user is in none."""
    jti: str | None
    origin_jti: str | None
    """The sign-in the token descends from (what revoking a refresh token revokes)."""
    event_id: str | None
    raw: Mapping[str, JsonValue] = field(repr=False, hash=False)
    """Every claim as sent (custom attributes, ``identities``, ``cognito:roles``...)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class IdTokenClaims(_Claims):
    """An id token's claims. Optional ones are None when absent or of another type than
    Cognito sends (``raw`` holds them as they are)."""

    token_use: Literal["id"] = "id"
    username: str
    """``cognito:username``."""
    client_id: str
    """``aud``: the app client the token was issued to."""
    email: str | None
    email_verified: bool | None
    phone_number: str | None
    phone_number_verified: bool | None
    name: str | None
    given_name: str | None
    family_name: str | None
    preferred_username: str | None


@dataclass(frozen=True, kw_only=True, slots=True)
class AccessTokenClaims(_Claims):
    """An access token's claims."""

    token_use: Literal["access"] = "access"
    username: str | None
    """None in a machine's token (client credentials), where ``sub`` is the app client."""
    client_id: str
    scopes: frozenset[str]
    """``scope``, split on spaces."""
    device_key: str | None


# -- the verifiers ------------------------------------------------------------------------------


class _Jose:
    """The parts of joserfc used, imported once (never at the import of this module)."""

    __slots__ = ("error", "extract", "import_rsa", "no_algorithm", "registry", "validate")

    def __init__(self) -> None:
        try:
            from joserfc import jws
            from joserfc.errors import JoseError, MissingAlgorithmError
            from joserfc.jwk import RSAKey
        except ImportError as exc:
            raise ImportError(f"{_MISSING_LIBRARY} ({exc})") from None
        self.extract = jws.extract_compact
        self.validate = jws.validate_compact
        self.registry = jws.JWSRegistry(algorithms=["RS256"])
        self.error = JoseError
        self.no_algorithm = MissingAlgorithmError
        self.import_rsa = RSAKey.import_key


_jose: list[_Jose] = []


def _load_jose() -> _Jose:
    if not _jose:
        _jose.append(_Jose())
    return _jose[0]


TransportT = TypeVar("TransportT", "Transport", "AsyncTransport")
"""What fetches the keys: a sync transport for ``TokenVerifier``, an async one otherwise."""


class _Verifier(Generic[TransportT]):
    """What both verifiers share: configuration, the keys, and every check but the fetch."""

    def __init__(
        self,
        *,
        user_pool_id: str,
        client_id: str | Iterable[str],
        region: str | None = None,
        jwks_url: str | None = None,
        leeway: float | datetime.timedelta = DEFAULT_LEEWAY,
        refetch_interval: float = DEFAULT_REFETCH_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        transport: TransportT | None = None,
    ) -> None:
        self._transport: TransportT | None = transport
        self._thread_lock = _thread.allocate_lock()  # the sync verifier's
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )  # the async verifier's, one per event loop
        prefix, underscore, rest = user_pool_id.partition("_")
        if not underscore or not _is_label(prefix) or not rest.isalnum() or not rest.isascii():
            raise ValueError("user_pool_id must look like 'eu-west-1_AbC123'")
        region = prefix if region is None else region
        if not _is_label(region):
            raise ValueError("region must be a region name such as 'eu-west-1'")
        clients = frozenset([client_id] if isinstance(client_id, str) else client_id)
        if not clients or not all(
            isinstance(c, str) and c for c in cast("frozenset[object]", clients)
        ):
            raise ValueError("client_id must be an app client id, or a collection of them")
        if isinstance(leeway, datetime.timedelta):
            leeway = leeway.total_seconds()
        for name, value in (("leeway", leeway), ("refetch_interval", refetch_interval)):
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a number of seconds, zero or more")
        if jwks_url is not None and not jwks_url.lower().startswith(("https://", "http://")):
            raise ValueError("jwks_url must be an https:// (or, for an emulator, http://) URL")
        if not math.isfinite(timeout) or timeout <= 0:
            raise ValueError("timeout must be a positive number of seconds")
        self._jose = _load_jose()
        self.user_pool_id = user_pool_id
        self.client_ids = clients
        self.issuer = f"https://cognito-idp.{region}.amazonaws.com/{user_pool_id}"
        """The ``iss`` every token of the pool carries."""
        self.jwks_url = jwks_url if jwks_url is not None else f"{self.issuer}/.well-known/jwks.json"
        """Where the keys are fetched (an emulator's URL in tests; the issuer stays AWS's)."""
        self.leeway = leeway
        self.refetch_interval = refetch_interval
        self.timeout = timeout
        self._keys: dict[str, RSAKey] = {}
        self._fetched_at: float | None = None  # time.monotonic() of the last fetch attempt
        self._fetch_failure: str | None = None  # why it failed, when it did
        self._transport_options = self._options() if transport is None else None

    def __repr__(self) -> str:
        clients = sorted(self.client_ids)
        shown = clients[0] if len(clients) == 1 else clients
        return (
            f"{type(self).__name__}(user_pool_id={self.user_pool_id!r}, client_id={shown!r}, "
            f"jwks_url={self.jwks_url!r})"
        )

    def _options(self) -> TransportOptions:
        """What a built-in transport is given: proxy and TLS from the environment, as the
        clients read them, and a cap on the JWKS's size."""
        from typedaws_runtime.proxies import resolve_proxy
        from typedaws_runtime.tls import resolve_tls_config
        from typedaws_runtime.transports.options import TransportOptions

        env = os.environ
        return TransportOptions(
            max_pool_connections=1,
            max_response_bytes=_MAX_JWKS_BYTES,
            proxy=resolve_proxy(self.jwks_url, env=env),
            tls=resolve_tls_config(env=env),
        )

    # -- the checks, in order ----------------------------------------------------------------

    def _parse(self, token: str) -> tuple[CompactSignature, str]:
        """The token's parts and the id of the key it names; its algorithm checked."""
        # Checked although typed: a web framework's missing header may arrive as None.
        if not isinstance(token, str) or not token:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TokenMalformedError("token is empty or not a string")
        if len(token) > _MAX_TOKEN_CHARS:
            raise TokenMalformedError(f"token is longer than {_MAX_TOKEN_CHARS} characters")
        dots = token.count(".")
        if dots != 2:
            kind = "an encrypted JWT (JWE)" if dots == 4 else "not a JWT"
            raise TokenMalformedError(f"token is {kind}: a signed JWT has three parts")
        jose = self._jose
        try:
            obj = jose.extract(token.encode("ascii"), registry=jose.registry)
            header = cast("object", obj.headers())  # JSON: a list passes joserfc's check
        except jose.no_algorithm:
            raise TokenAlgorithmError("token header names no algorithm") from None
        except Exception:  # any failure to read untrusted bytes: the library's, json's, ascii's
            raise TokenMalformedError("token is not base64url-encoded JSON") from None
        if not isinstance(header, dict):
            raise TokenMalformedError("token header is not a JSON object")
        header = cast("dict[str, object]", header)
        alg = header.get("alg")
        if alg != "RS256":
            raise TokenAlgorithmError(f"token algorithm {_algorithm(alg)} is not RS256")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise TokenMalformedError("token header has no key id (kid)")
        if "crit" in header:
            raise TokenMalformedError("token header has critical extensions (crit)")
        return obj, kid

    def _may_fetch(self) -> bool:
        """Whether a key missing may be fetched now; if not, why not (the error raised)."""
        fetched_at = self._fetched_at
        if fetched_at is None or time.monotonic() - fetched_at >= self.refetch_interval:
            return True
        if self._fetch_failure is not None:
            raise JwksFetchError(self._fetch_failure)
        return False

    def _unknown_key(self) -> UnknownKeyError:
        return UnknownKeyError(
            f"token is signed with a key the pool's JWKS ({self.jwks_url}) does not hold"
        )

    def _request(self) -> HttpRequest:
        timeout = self.timeout
        timeouts = Timeouts(timeout, timeout, time.monotonic() + timeout)
        headers = {"Accept": "application/json"}
        return HttpRequest("GET", self.jwks_url, headers, b"", timeouts)

    def _store(self, response: HttpResponse | None, failure: str | None) -> None:
        """Keep the keys of a fetch's ``response``, or the ``failure`` that it was; raise
        ``JwksFetchError`` when there are no keys to keep."""
        self._fetched_at = time.monotonic()
        try:
            if response is None:
                raise JwksFetchError(
                    f"could not fetch the pool's JWKS from {self.jwks_url}: {failure}"
                )
            if response.status != 200:
                raise JwksFetchError(
                    f"fetching the pool's JWKS from {self.jwks_url} answered HTTP {response.status}"
                )
            keys = self._read_jwks(response.body)
        except JwksFetchError as exc:
            self._fetch_failure = str(exc)
            raise
        self._keys = keys
        self._fetch_failure = None

    def _read_jwks(self, body: bytes) -> dict[str, RSAKey]:
        try:
            document: object = json.loads(body)
        except ValueError:
            document = None
        found = (
            cast("dict[str, object]", document).get("keys") if isinstance(document, dict) else None
        )
        if not isinstance(found, list):
            raise JwksFetchError(f"the JWKS at {self.jwks_url} is not a JSON key set")
        keys: dict[str, RSAKey] = {}
        for item in cast("list[object]", found):
            if not isinstance(item, dict):
                continue
            jwk = cast("dict[str, str | list[str]]", item)  # joserfc checks the values
            kid = jwk.get("kid")
            if (
                not isinstance(kid, str)
                or jwk.get("kty") != "RSA"
                or jwk.get("use", "sig") != "sig"
                or jwk.get("alg", "RS256") != "RS256"
            ):
                continue  # RFC 7517: a key not understood is ignored, not fatal
            try:
                keys[kid] = self._jose.import_rsa(jwk)
            except (self._jose.error, ValueError, TypeError):
                continue
        if not keys:
            raise JwksFetchError(f"the JWKS at {self.jwks_url} holds no RS256 signing key")
        return keys

    def _finish(
        self,
        obj: CompactSignature,
        key: RSAKey,
        token_use: TokenUse,
        required_groups: Iterable[str],
        required_scopes: Iterable[str],
    ) -> IdTokenClaims | AccessTokenClaims:
        """The signature checked with ``key``, then the claims."""
        if token_use == "id" and required_scopes:
            raise ValueError("required_scopes applies to access tokens; id tokens have none")
        jose = self._jose
        try:
            valid = jose.validate(obj, key, registry=jose.registry)
        except jose.error:
            valid = False
        if not valid:
            raise TokenSignatureError("token signature does not verify with the pool's key")
        try:
            claims: object = json.loads(obj.payload.decode())
        except ValueError:  # UnicodeDecodeError is one
            raise TokenMalformedError("token payload is not JSON") from None
        if not isinstance(claims, dict):
            raise TokenMalformedError("token payload is not a JSON object")
        payload = cast("dict[str, object]", claims)
        return self._check_claims(payload, token_use, required_groups, required_scopes)

    def _check_claims(
        self,
        claims: dict[str, object],
        token_use: TokenUse,
        required_groups: Iterable[str],
        required_scopes: Iterable[str],
    ) -> IdTokenClaims | AccessTokenClaims:
        issuer = claims.get("iss")
        if issuer != self.issuer:
            raise TokenIssuerError(f"issuer {_show(issuer)} is not this pool's ({self.issuer})")
        use = claims.get("token_use")
        if use != token_use:
            raise TokenUseError(f"token_use is {_show(use)} where {token_use!r} is expected")
        audience_claim = "aud" if token_use == "id" else "client_id"
        audience = claims.get(audience_claim)
        if not isinstance(audience, str):
            raise TokenMalformedError(f"token has no {audience_claim!r} claim")
        if audience not in self.client_ids:
            raise TokenAudienceError(
                f"token was issued to app client {_show(audience)}, not to "
                f"{_show(sorted(self.client_ids))}"
            )
        now = time.time()
        leeway = self.leeway
        expires = _timestamp(claims, "exp")
        if now > expires + leeway:
            expired_at = _utc(expires)
            raise TokenExpiredError(f"token expired at {_iso(expired_at)}", expired_at=expired_at)
        issued = _timestamp(claims, "iat")
        if issued > now + leeway:
            at = _utc(issued)
            raise TokenNotYetValidError(f"token issued in the future, at {_iso(at)}", valid_from=at)
        if "nbf" in claims:
            not_before = _timestamp(claims, "nbf")
            if not_before > now + leeway:
                at = _utc(not_before)
                raise TokenNotYetValidError(f"token not valid before {_iso(at)}", valid_from=at)
        groups = _groups(claims)
        if required_groups:
            missing = _missing(required_groups, groups, "required_groups")
            if missing:
                raise TokenMissingGroupError(
                    f"user is not in the required group(s) {', '.join(map(repr, missing))}",
                    missing=missing,
                )
        if token_use == "id":
            return IdTokenClaims(
                sub=_required_str(claims, "sub"),
                issuer=self.issuer,
                issued_at=_utc(issued),
                expires_at=_utc(expires),
                auth_time=_optional_time(claims, "auth_time"),
                groups=groups,
                jti=_optional_str(claims, "jti"),
                origin_jti=_optional_str(claims, "origin_jti"),
                event_id=_optional_str(claims, "event_id"),
                username=_required_str(claims, "cognito:username"),
                client_id=audience,
                email=_optional_str(claims, "email"),
                email_verified=_optional_bool(claims, "email_verified"),
                phone_number=_optional_str(claims, "phone_number"),
                phone_number_verified=_optional_bool(claims, "phone_number_verified"),
                name=_optional_str(claims, "name"),
                given_name=_optional_str(claims, "given_name"),
                family_name=_optional_str(claims, "family_name"),
                preferred_username=_optional_str(claims, "preferred_username"),
                raw=_freeze_claims(claims),  # last: it changes the lists in claims to tuples
            )
        scope = claims.get("scope", "")
        if not isinstance(scope, str):
            raise TokenMalformedError("token's 'scope' claim is not a string")
        scopes = frozenset(scope.split())
        if required_scopes:
            missing = _missing(required_scopes, scopes, "required_scopes")
            if missing:
                raise TokenMissingScopeError(
                    f"token lacks the required scope(s) {', '.join(map(repr, missing))}",
                    missing=missing,
                )
        return AccessTokenClaims(
            sub=_required_str(claims, "sub"),
            issuer=self.issuer,
            issued_at=_utc(issued),
            expires_at=_utc(expires),
            auth_time=_optional_time(claims, "auth_time"),
            groups=groups,
            jti=_optional_str(claims, "jti"),
            origin_jti=_optional_str(claims, "origin_jti"),
            event_id=_optional_str(claims, "event_id"),
            username=_optional_str(claims, "username"),
            client_id=audience,
            scopes=scopes,
            device_key=_optional_str(claims, "device_key"),
            raw=_freeze_claims(claims),  # last: it changes the lists in claims to tuples
        )


class TokenVerifier(_Verifier["Transport"]):
    """Verifies a user pool's tokens; safe to share across threads.

    ``client_id``: the app client(s) whose tokens are accepted. ``region``: the pool's, by
    default the part of ``user_pool_id`` before ``_``. ``jwks_url``: where to fetch the keys
    instead of Cognito (an emulator); the issuer checked is still the pool's AWS URL.
    ``leeway``: seconds of clock difference tolerated. ``refetch_interval``: the fewest seconds
    between two fetches of the keys (a token naming an unknown key makes one). ``timeout``: for
    one fetch. ``transport``: what fetches (by default a ``SocketTransport`` made for each
    fetch, with the proxy and CA settings of the environment, as the clients read them).

    Raises ``ImportError`` naming the extra to install when joserfc is missing.
    """

    @overload
    def verify(
        self,
        token: str,
        *,
        token_use: Literal["id"],
        required_groups: Collection[str] = (),
    ) -> IdTokenClaims: ...

    @overload
    def verify(
        self,
        token: str,
        *,
        token_use: Literal["access"],
        required_groups: Collection[str] = (),
        required_scopes: Collection[str] = (),
    ) -> AccessTokenClaims: ...

    def verify(
        self,
        token: str,
        *,
        token_use: TokenUse,
        required_groups: Collection[str] = (),
        required_scopes: Collection[str] = (),
    ) -> IdTokenClaims | AccessTokenClaims:
        """The token's claims once every check passed; a ``TokenError`` subclass otherwise.

        ``token_use``: ``"id"`` or ``"access"``. ``required_groups``: groups the user must all
        be in. ``required_scopes`` (access tokens): scopes the token must all carry.
        """
        obj, kid = self._parse(token)
        key = self._keys.get(kid)
        if key is None:
            key = self._fetch_for(kid)
        return self._finish(obj, key, token_use, required_groups, required_scopes)

    def load_keys(self) -> None:
        """Fetch the pool's keys now (at start-up, so the first request does not wait);
        ``JwksFetchError`` when they cannot be had."""
        with self._thread_lock:
            self._fetch()

    def _fetch_for(self, kid: str) -> RSAKey:
        with self._thread_lock:  # one fetch at a time; who waited finds the keys it brought
            key = self._keys.get(kid)
            if key is None and self._may_fetch():
                self._fetch()
                key = self._keys.get(kid)
        if key is None:
            raise self._unknown_key()
        return key

    def _fetch(self) -> None:
        from typedaws_runtime.transports.socket_transport import SocketTransport

        request = self._request()
        transport = self._transport or SocketTransport(self._transport_options)
        try:
            response = transport.send(request)
        except (SdkError, OSError) as exc:
            self._store(None, _failure(exc))
            return
        finally:
            if transport is not self._transport:
                transport.close()
        self._store(response, None)


class AsyncTokenVerifier(_Verifier["AsyncTransport"]):
    """``TokenVerifier`` for asyncio: ``await verify(...)``; fetches never block the loop, and
    verifications waiting on a fetch share it (one fetch per event loop at a time). Usable
    from several event loops; the keys are shared. The arguments are ``TokenVerifier``'s, with
    an ``AsyncTransport`` (by default an ``AsyncioTransport`` made for each fetch)."""

    @overload
    async def verify(
        self,
        token: str,
        *,
        token_use: Literal["id"],
        required_groups: Collection[str] = (),
    ) -> IdTokenClaims: ...

    @overload
    async def verify(
        self,
        token: str,
        *,
        token_use: Literal["access"],
        required_groups: Collection[str] = (),
        required_scopes: Collection[str] = (),
    ) -> AccessTokenClaims: ...

    async def verify(
        self,
        token: str,
        *,
        token_use: TokenUse,
        required_groups: Collection[str] = (),
        required_scopes: Collection[str] = (),
    ) -> IdTokenClaims | AccessTokenClaims:
        """As ``TokenVerifier.verify``."""
        obj, kid = self._parse(token)
        key = self._keys.get(kid)
        if key is None:
            key = await self._fetch_for(kid)
        return self._finish(obj, key, token_use, required_groups, required_scopes)

    async def load_keys(self) -> None:
        """As ``TokenVerifier.load_keys``."""
        async with self._lock():
            await self._fetch()

    def _lock(self) -> asyncio.Lock:
        import asyncio  # loaded already, under the running loop; not at import

        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def _fetch_for(self, kid: str) -> RSAKey:
        async with self._lock():
            key = self._keys.get(kid)
            if key is None and self._may_fetch():
                await self._fetch()
                key = self._keys.get(kid)
        if key is None:
            raise self._unknown_key()
        return key

    async def _fetch(self) -> None:
        from typedaws_runtime.transports.asyncio_transport import AsyncioTransport

        request = self._request()
        transport = self._transport or AsyncioTransport(self._transport_options)
        try:
            response = await transport.send(request)
        except (SdkError, OSError) as exc:
            self._store(None, _failure(exc))
            return
        finally:
            if transport is not self._transport:
                await transport.close()
        self._store(response, None)


# -- helpers ------------------------------------------------------------------------------------

_ALGORITHMS = frozenset(
    {
        *("none", "HS256", "HS384", "HS512", "RS384", "RS512", "PS256", "PS384", "PS512"),
        *("ES256", "ES256K", "ES384", "ES512", "EdDSA", "Ed25519", "Ed448"),
    }
)
"""Algorithm names a refused token's header is quoted with (any other text is not shown)."""


def _is_label(text: str) -> bool:
    """A region name: lower-case letters, digits and hyphens."""
    return bool(text) and text.isascii() and text.replace("-", "").isalnum() and text.islower()


def _algorithm(alg: object) -> str:
    """An unsigned header's ``alg``, named only when it is a known algorithm."""
    if isinstance(alg, str) and alg in _ALGORITHMS:
        return repr(alg)
    return "(missing)" if alg is None else "(unknown)"


def _show(value: object) -> str:
    """A signed claim's value for a message, cut short."""
    text = repr(value)
    return text if len(text) <= 100 else text[:97] + "..."


def _failure(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _utc(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, datetime.UTC)


def _iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _timestamp(claims: Mapping[str, object], name: str) -> float:
    value = claims.get(name)
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not 0 <= value <= _LATEST_TIMESTAMP  # also refuses NaN
    ):
        raise TokenMalformedError(f"token's {name!r} claim is missing or not a time")
    return value


def _optional_time(claims: Mapping[str, object], name: str) -> datetime.datetime | None:
    value = claims.get(name)
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 <= value <= _LATEST_TIMESTAMP
    ):
        return _utc(value)
    return None


def _required_str(claims: Mapping[str, object], name: str) -> str:
    value = claims.get(name)
    if not isinstance(value, str) or not value:
        raise TokenMalformedError(f"token has no {name!r} claim")
    return value


def _optional_str(claims: Mapping[str, object], name: str) -> str | None:
    value = claims.get(name)
    return value if isinstance(value, str) else None


def _optional_bool(claims: Mapping[str, object], name: str) -> bool | None:
    value = claims.get(name)
    if isinstance(value, bool):
        return value
    if value == "true" or value == "false":  # attributes mapped from a federated provider
        return value == "true"
    return None


def _groups(claims: Mapping[str, object]) -> tuple[str, ...]:
    value = claims.get("cognito:groups")
    if value is None:
        return ()
    if isinstance(value, list):
        names = tuple(cast("list[object]", value))
        if all(isinstance(name, str) for name in names):
            return cast("tuple[str, ...]", names)
    raise TokenMalformedError("token's 'cognito:groups' claim is not a list of names")


def _missing(required: Iterable[str], present: Collection[str], name: str) -> tuple[str, ...]:
    if isinstance(required, str):
        raise TypeError(f"{name} must be a collection of names, not one string")
    return tuple(item for item in required if item not in present)


def _freeze(value: object) -> JsonValue:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list):
        return tuple(_freeze(item) for item in cast("list[object]", value))
    if isinstance(value, dict):
        items = cast("dict[str, object]", value).items()
        return MappingProxyType({name: _freeze(item) for name, item in items})
    raise TypeError(f"not a JSON value: {type(value).__name__}")


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _freeze_claims(claims: dict[str, object]) -> Mapping[str, JsonValue]:
    """``claims`` made read-only in place (the dict is the verifier's own, fresh from JSON):
    arrays become tuples and objects read-only mappings; strings and numbers stay."""
    nested = [name for name, value in claims.items() if type(value) not in _SCALARS]
    for name in nested:
        claims[name] = _freeze(claims[name])
    return MappingProxyType(cast("dict[str, JsonValue]", claims))

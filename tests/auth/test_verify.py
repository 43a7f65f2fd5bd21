"""TokenVerifier and AsyncTokenVerifier against real peers.

moto in server mode issues real tokens (a user signs in through this SDK's client) and serves
the pool's JWKS. Tokens moto cannot make (expired, not yet valid, other keys, other groups and
scopes, forged headers) are signed here with a test RSA key, or with none, and served from a
small JWKS server on the loopback interface that counts its requests.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import json
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import FrozenInstanceError, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from moto.server import ThreadedMotoServer

from cognito_auth import verify
from cognito_auth.verify import (
    AccessTokenClaims,
    AsyncTokenVerifier,
    IdTokenClaims,
    JwksFetchError,
    TokenAlgorithmError,
    TokenAudienceError,
    TokenError,
    TokenExpiredError,
    TokenIssuerError,
    TokenMalformedError,
    TokenMissingGroupError,
    TokenMissingScopeError,
    TokenNotYetValidError,
    TokenSignatureError,
    TokenUseError,
    TokenVerifier,
    UnknownKeyError,
)
from cognito_idp import CognitoIdentityProviderClient
from cognito_idp.models import AttributeType
from typedaws_runtime.credentials import Credentials

REGION = "eu-west-1"
POOL = "eu-west-1_TestPool1"
CLIENT = "4q2example0client0id00000"
ISSUER = f"https://cognito-idp.{REGION}.amazonaws.com/{POOL}"
PASSWORD = "Passw0rd!x"


@pytest.fixture(autouse=True)
def _direct_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetches go straight to the loopback servers, whatever proxy the machine has set."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "AWS_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


# -- peers --------------------------------------------------------------------------------------


class JwksServer:
    """Serves ``document`` (a JWKS) at any path on 127.0.0.1, counting requests; ``status``
    and ``delay`` change how it answers."""

    def __init__(self) -> None:
        self.document: object = {"keys": []}
        self.status = 200
        self.delay = 0.0
        self.requests = 0
        self._count = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with owner._count:
                    owner.requests += 1
                time.sleep(owner.delay)
                body = json.dumps(owner.document).encode()
                self.send_response(owner.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_port}/{POOL}/.well-known/jwks.json"

    def serve(self, *signers: Signer) -> None:
        self.document = {"keys": [signer.jwk() for signer in signers]}

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int(number: int) -> str:
    return _b64(number.to_bytes((number.bit_length() + 7) // 8, "big"))


def encode(header: Mapping[str, object], claims: Mapping[str, object], signature: bytes) -> str:
    head = _b64(json.dumps(header).encode())
    body = _b64(json.dumps(claims).encode())
    return f"{head}.{body}.{_b64(signature)}"


class Signer:
    """A test RSA key with its key id; signs with ``cryptography`` directly (not with the
    library the verifier uses)."""

    _cache: ClassVar[dict[str, rsa.RSAPrivateKey]] = {}

    def __init__(self, kid: str) -> None:
        if kid not in self._cache:
            self._cache[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = kid
        self.key = self._cache[kid]

    def jwk(self) -> dict[str, str | list[str]]:
        numbers = self.key.public_key().public_numbers()
        jwk: dict[str, str | list[str]] = {"kty": "RSA", "kid": self.kid, "alg": "RS256"}
        jwk |= {"use": "sig", "n": _int(numbers.n), "e": _int(numbers.e)}
        return jwk

    def pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, claims: object, **header: object) -> str:
        head = {"kid": self.kid, "alg": "RS256"} | header
        signing_input = (
            f"{_b64(json.dumps(head).encode())}.{_b64(json.dumps(claims).encode())}".encode()
        )
        signature = self.key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input.decode()}.{_b64(signature)}"


def id_claims(**changes: object) -> dict[str, object]:
    """An id token's claims as Cognito issues them."""
    now = int(time.time())
    claims: dict[str, object] = {
        "sub": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "cognito:groups": ["admins", "staff"],
        "email_verified": True,
        "iss": ISSUER,
        "cognito:username": "alice",
        "origin_jti": "0b6f3a52-8d1e-4a77-9c2b-5e0d1f3a4b6c",
        "aud": CLIENT,
        "event_id": "7c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
        "token_use": "id",
        "auth_time": now,
        "exp": now + 3600,
        "iat": now,
        "jti": "9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
        "email": "alice@example.com",
    }
    claims.update(changes)
    return claims


def access_claims(**changes: object) -> dict[str, object]:
    """An access token's claims as Cognito issues them."""
    now = int(time.time())
    claims: dict[str, object] = {
        "sub": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "cognito:groups": ["admins"],
        "iss": ISSUER,
        "client_id": CLIENT,
        "origin_jti": "0b6f3a52-8d1e-4a77-9c2b-5e0d1f3a4b6c",
        "event_id": "7c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
        "token_use": "access",
        "scope": "aws.cognito.signin.user.admin orders/read",
        "auth_time": now,
        "exp": now + 3600,
        "iat": now,
        "jti": "1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6",
        "username": "alice",
    }
    claims.update(changes)
    return claims


@pytest.fixture
def jwks() -> Iterator[JwksServer]:
    server = JwksServer()
    server.serve(Signer("key-1"))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def signer() -> Signer:
    return Signer("key-1")


def verifier_for(server: JwksServer, **options: object) -> TokenVerifier:
    return TokenVerifier(user_pool_id=POOL, client_id=CLIENT, jwks_url=server.url, **options)  # type: ignore[arg-type]  # options are the tests' keyword arguments


def async_verifier_for(server: JwksServer, **options: object) -> AsyncTokenVerifier:
    return AsyncTokenVerifier(user_pool_id=POOL, client_id=CLIENT, jwks_url=server.url, **options)  # type: ignore[arg-type]  # options are the tests' keyword arguments


def assert_secret_kept(token: str, *shown: object) -> None:
    """Neither the token nor any of its parts is in the ``str`` or ``repr`` of ``shown``."""
    parts = [part for part in (token, *token.split(".")) if len(part) >= 8]
    for thing in shown:
        for text in (str(thing), repr(thing)):
            for part in parts:
                assert part not in text, f"a part of the token is in {type(thing).__name__}"


def refused(
    verifier: TokenVerifier, token: str, error: type[TokenError], **options: object
) -> TokenError:
    """The error ``verify`` raises for ``token``, checked to be ``error`` and to keep it secret."""
    with pytest.raises(error) as caught:
        verifier.verify(token, token_use="id", **options)  # type: ignore[call-overload]  # options are the tests' keyword arguments
    assert type(caught.value) is error
    assert_secret_kept(token, caught.value)
    return caught.value


# -- moto issues the tokens -------------------------------------------------------------------


@dataclass(frozen=True)
class SignedInUser:
    pool_id: str
    client_id: str
    other_client_id: str
    id_token: str
    access_token: str
    jwks_url: str


@pytest.fixture(scope="module")
def moto() -> Iterator[SignedInUser]:
    """A user pool on a moto server of this module's own, and a user signed in to it."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        url = f"http://{host}:{port}"
        admin = Credentials(access_key_id="AKIDTEST", secret_access_key="test-secret")
        with CognitoIdentityProviderClient(
            region=REGION, endpoint_url=url, credentials=admin
        ) as client:
            pool = client.create_user_pool(pool_name="verify").user_pool
            assert pool is not None and pool.id is not None
            app = client.create_user_pool_client(
                user_pool_id=pool.id,
                client_name="web",
                explicit_auth_flows=[
                    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                    "ALLOW_USER_PASSWORD_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH",
                ],
                read_attributes=["email"],
            ).user_pool_client
            other = client.create_user_pool_client(
                user_pool_id=pool.id, client_name="other"
            ).user_pool_client
            assert app is not None and app.client_id and other is not None and other.client_id
            client.admin_create_user(
                user_pool_id=pool.id,
                username="alice",
                user_attributes=[AttributeType(name="email", value="alice@example.com")],
            )
            client.admin_set_user_password(
                user_pool_id=pool.id, username="alice", password=PASSWORD, permanent=True
            )
            client.create_group(group_name="admins", user_pool_id=pool.id)
            client.admin_add_user_to_group(
                user_pool_id=pool.id, username="alice", group_name="admins"
            )
            signed_in = client.admin_initiate_auth(
                user_pool_id=pool.id,
                client_id=app.client_id,
                auth_flow="ADMIN_USER_PASSWORD_AUTH",
                auth_parameters={"USERNAME": "alice", "PASSWORD": PASSWORD},
            ).authentication_result
            assert signed_in is not None and signed_in.id_token and signed_in.access_token
        yield SignedInUser(
            pool_id=pool.id,
            client_id=app.client_id,
            other_client_id=other.client_id,
            id_token=signed_in.id_token,
            access_token=signed_in.access_token,
            jwks_url=f"{url}/{pool.id}/.well-known/jwks.json",
        )
    finally:
        server.stop()


def moto_verifier(user: SignedInUser, **options: object) -> TokenVerifier:
    return TokenVerifier(
        user_pool_id=user.pool_id,
        client_id=options.pop("client_id", user.client_id),  # type: ignore[arg-type]  # a test's str
        jwks_url=user.jwks_url,
        **options,  # type: ignore[arg-type]  # options are the tests' keyword arguments
    )


def test_moto_tokens_verify(moto: SignedInUser) -> None:
    verifier = moto_verifier(moto)
    # moto signs with the issuer of the real service, for the region the pool's id names.
    assert verifier.issuer == f"https://cognito-idp.{REGION}.amazonaws.com/{moto.pool_id}"
    id_claims = verifier.verify(moto.id_token, token_use="id")
    assert isinstance(id_claims, IdTokenClaims)
    assert id_claims.username == "alice"
    assert id_claims.client_id == moto.client_id
    assert id_claims.issuer == verifier.issuer
    assert id_claims.email == "alice@example.com"
    assert id_claims.groups == ("admins",)
    assert id_claims.token_use == "id"
    assert id_claims.issued_at.tzinfo is datetime.UTC
    assert id_claims.expires_at - id_claims.issued_at == datetime.timedelta(hours=1)
    assert id_claims.raw["cognito:username"] == "alice"

    access = verifier.verify(
        moto.access_token,
        token_use="access",
        required_groups=["admins"],
        required_scopes=["aws.cognito.signin.user.admin"],
    )
    assert isinstance(access, AccessTokenClaims)
    assert access.username == "alice" and access.sub == id_claims.sub
    assert access.client_id == moto.client_id
    assert access.scopes == {"aws.cognito.signin.user.admin"}
    assert access.origin_jti == id_claims.origin_jti
    assert_secret_kept(moto.id_token, id_claims, verifier)
    assert_secret_kept(moto.access_token, access)


def test_moto_tokens_verify_async(moto: SignedInUser) -> None:
    async def run() -> tuple[IdTokenClaims, AccessTokenClaims]:
        verifier = AsyncTokenVerifier(
            user_pool_id=moto.pool_id, client_id=moto.client_id, jwks_url=moto.jwks_url
        )
        return (
            await verifier.verify(moto.id_token, token_use="id"),
            await verifier.verify(moto.access_token, token_use="access"),
        )

    id_claims, access = asyncio.run(run())
    assert id_claims.username == "alice" and access.username == "alice"


def test_moto_tokens_refused(moto: SignedInUser) -> None:
    verifier = moto_verifier(moto)
    token = moto.id_token

    other_client = moto_verifier(moto, client_id=moto.other_client_id)
    error = refused(other_client, token, TokenAudienceError)
    assert moto.client_id in str(error)
    with pytest.raises(TokenAudienceError):
        other_client.verify(moto.access_token, token_use="access")
    either = moto_verifier(moto, client_id=[moto.other_client_id, moto.client_id])
    assert either.verify(token, token_use="id").client_id == moto.client_id

    with pytest.raises(TokenUseError) as wrong_use:
        verifier.verify(token, token_use="access")
    assert "'id'" in str(wrong_use.value)
    with pytest.raises(TokenUseError):
        verifier.verify(moto.access_token, token_use="id")

    head, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["cognito:username"] = "mallory"
    tampered = f"{head}.{_b64(json.dumps(claims).encode())}.{signature}"
    refused(verifier, tampered, TokenSignatureError)

    error = refused(verifier, token, TokenMissingGroupError, required_groups=["admins", "ops"])
    assert isinstance(error, TokenMissingGroupError) and error.missing == ("ops",)
    with pytest.raises(TokenMissingScopeError):
        verifier.verify(moto.access_token, token_use="access", required_scopes=["orders/read"])

    # The same pool id under another region's issuer: not this pool's tokens.
    elsewhere = moto_verifier(moto, region="us-west-2")
    error = refused(elsewhere, token, TokenIssuerError)
    assert f"https://cognito-idp.{REGION}.amazonaws.com/{moto.pool_id}" in str(error)


# -- tokens signed here -------------------------------------------------------------------------


def test_realistic_tokens(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks)
    token = signer.sign(id_claims(phone_number="+15555550100", email_verified="false"))
    claims = verifier.verify(token, token_use="id", required_groups={"staff"})
    assert claims.groups == ("admins", "staff")
    assert claims.email_verified is False and claims.phone_number == "+15555550100"
    assert claims.auth_time is not None and claims.auth_time.tzinfo is datetime.UTC
    assert claims.event_id == "7c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f"
    assert claims.raw["cognito:groups"] == ("admins", "staff")
    with pytest.raises(TypeError):
        claims.raw["sub"] = "someone else"  # type: ignore[index]  # the mapping is read-only
    with pytest.raises(FrozenInstanceError):
        claims.username = "mallory"  # type: ignore[misc]  # the claims are frozen
    assert hash(claims) == hash(verifier.verify(token, token_use="id"))
    assert_secret_kept(token, claims)

    access_token = signer.sign(access_claims())
    access = verifier.verify(
        access_token, token_use="access", required_scopes=("orders/read",), required_groups=[]
    )
    assert access.scopes == {"aws.cognito.signin.user.admin", "orders/read"}
    machine = verifier.verify(
        signer.sign(access_claims(sub=CLIENT, username=None, **{"cognito:groups": None})),
        token_use="access",
    )
    assert machine.username is None and machine.groups == ()


def test_times(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks)
    now = int(time.time())
    expired = signer.sign(id_claims(iat=now - 7200, exp=now - 60))
    error = refused(verifier, expired, TokenExpiredError)
    assert isinstance(error, TokenExpiredError)
    when = datetime.datetime.fromtimestamp(now - 60, datetime.UTC)
    assert error.expired_at == when
    assert str(error) == f"token expired at {when:%Y-%m-%dT%H:%M:%SZ}"

    just_expired = signer.sign(id_claims(iat=now - 3600, exp=now - 2))
    assert verifier.verify(just_expired, token_use="id").username == "alice"  # 5 s of leeway
    refused(verifier_for(jwks, leeway=0), just_expired, TokenExpiredError)
    strict = verifier_for(jwks, leeway=datetime.timedelta(seconds=1))
    refused(strict, just_expired, TokenExpiredError)

    error = refused(verifier, signer.sign(id_claims(nbf=now + 120)), TokenNotYetValidError)
    assert "not valid before" in str(error)
    assert verifier.verify(signer.sign(id_claims(nbf=now + 2)), token_use="id")
    refused(verifier, signer.sign(id_claims(iat=now + 120)), TokenNotYetValidError)
    refused(verifier, signer.sign(id_claims(exp="tomorrow")), TokenMalformedError)
    refused(verifier, signer.sign(id_claims(exp=float("nan"))), TokenMalformedError)


def test_forged_algorithms(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks)
    claims = id_claims()
    error = refused(
        verifier, encode({"alg": "none", "kid": signer.kid}, claims, b""), TokenAlgorithmError
    )
    assert "'none'" in str(error)
    refused(verifier, encode({"alg": "None", "kid": signer.kid}, claims, b""), TokenAlgorithmError)
    refused(verifier, encode({"kid": signer.kid}, claims, b"x"), TokenAlgorithmError)
    body = _b64(json.dumps(claims).encode())
    refused(verifier, f"{_b64(b'[1]')}.{body}.{_b64(b'x')}", TokenAlgorithmError)

    # Algorithm confusion: HMAC keyed with what the verifier holds as public.
    modulus = str(signer.jwk()["n"]).encode()
    for secret in (signer.pem(), json.dumps(signer.jwk()).encode(), modulus):
        head = _b64(json.dumps({"alg": "HS256", "kid": signer.kid}).encode())
        body = _b64(json.dumps(claims).encode())
        mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
        error = refused(verifier, f"{head}.{body}.{_b64(mac)}", TokenAlgorithmError)
        assert "'HS256'" in str(error)

    # An RS256 header over another algorithm's signature does not verify either.
    head = _b64(json.dumps({"alg": "RS256", "kid": signer.kid}).encode())
    body = _b64(json.dumps(claims).encode())
    mac = hmac.new(signer.pem(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    refused(verifier, f"{head}.{body}.{_b64(mac)}", TokenSignatureError)

    # An algorithm name that is not one is not echoed.
    error = refused(
        verifier, encode({"alg": "<script>", "kid": signer.kid}, claims, b"x"), TokenAlgorithmError
    )
    assert "script" not in str(error)


def test_library_refuses_hmac_with_an_rsa_key(signer: Signer) -> None:
    """What the module's docstring says of joserfc, beneath the verifier's own guard: an RSA
    key is refused by HMAC whatever algorithms are allowed."""
    from joserfc import jws
    from joserfc.errors import JoseError
    from joserfc.jwk import RSAKey

    key = RSAKey.import_key(signer.jwk())
    head = _b64(json.dumps({"alg": "HS256", "kid": signer.kid}).encode())
    body = _b64(b'{"sub":"x"}')
    mac = hmac.new(signer.pem(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    for algorithms in (None, ["HS256"]):
        with pytest.raises(JoseError):
            jws.deserialize_compact(f"{head}.{body}.{_b64(mac)}", key, algorithms=algorithms)


def test_malformed(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks)
    good = signer.sign(id_claims())
    head, body, signature = good.split(".")
    for token in (
        "",
        "not a token",
        f"{head}.{body}",
        f"{head}.{body}.{signature}.{body}.{signature}",  # five parts: an encrypted token
        f"{head}.{body}!.{signature}",
        f"{head}.{body}.{signature}\u00e9",
        "a" * 70_000,
        signer.sign([1]),  # nor a payload
        encode({"alg": "RS256"}, id_claims(), b"x"),  # no kid
        signer.sign(id_claims(), crit=["exp"]),
    ):
        refused(verifier, token, TokenMalformedError)
    with pytest.raises(TokenMalformedError):
        verifier.verify(None, token_use="id")  # type: ignore[call-overload]  # as from an untyped caller
    # A signature that is not canonical base64url is one that does not verify.
    refused(verifier, f"{head}.{body}.{signature}=", TokenSignatureError)
    refused(verifier, signer.sign(id_claims(sub=None)), TokenMalformedError)
    refused(verifier, signer.sign(id_claims(**{"cognito:groups": "admins"})), TokenMalformedError)
    refused(verifier, signer.sign(id_claims(aud=[CLIENT])), TokenMalformedError)
    with pytest.raises(TokenMalformedError):
        verifier.verify(signer.sign(access_claims(scope=["a"])), token_use="access")
    with pytest.raises(ValueError, match="access tokens"):
        verifier.verify(good, token_use="id", required_scopes=["a"])  # type: ignore[call-overload]  # refused by the types too
    with pytest.raises(TypeError, match="collection"):
        verifier.verify(good, token_use="id", required_groups="admins")


def test_keys_are_fetched_once_and_again_on_rotation(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks, refetch_interval=0.3)
    assert jwks.requests == 0  # nothing is fetched before the first token
    for _ in range(3):
        verifier.verify(signer.sign(id_claims()), token_use="id")
    assert jwks.requests == 1

    # Cognito rotates: a new key appears, and a token signed with it is verified.
    rotated = Signer("key-2")
    jwks.serve(signer, rotated)
    time.sleep(0.3)
    assert verifier.verify(rotated.sign(id_claims()), token_use="id").username == "alice"
    assert jwks.requests == 2

    # A key the JWKS does not hold: one fetch more, then refused without fetching...
    stranger = Signer("key-3")
    time.sleep(0.3)
    token = stranger.sign(id_claims())
    refused(verifier, token, UnknownKeyError)
    assert jwks.requests == 3
    for _ in range(5):
        refused(verifier, token, UnknownKeyError)
    assert jwks.requests == 3
    # ...until the interval has passed; then the JWKS is asked again.
    time.sleep(0.3)
    jwks.serve(rotated, stranger)
    assert verifier.verify(token, token_use="id").username == "alice"
    assert jwks.requests == 4
    # The retired key went with the key set it was in.
    time.sleep(0.3)
    refused(verifier, signer.sign(id_claims()), UnknownKeyError)


def test_concurrent_cold_start_fetches_once(jwks: JwksServer, signer: Signer) -> None:
    jwks.delay = 0.2
    token = signer.sign(id_claims())

    verifier = verifier_for(jwks)
    results: list[str] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(verifier.verify(token, token_use="id").username)
        )
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["alice"] * 8
    assert jwks.requests == 1

    async def run() -> list[IdTokenClaims]:
        verifier = async_verifier_for(jwks)
        return await asyncio.gather(*[verifier.verify(token, token_use="id") for _ in range(20)])

    assert [claims.username for claims in asyncio.run(run())] == ["alice"] * 20
    assert jwks.requests == 2


def test_async_refusals(jwks: JwksServer, signer: Signer) -> None:
    async def run() -> None:
        verifier = async_verifier_for(jwks, refetch_interval=60)
        now = int(time.time())
        cases: list[tuple[str, type[TokenError]]] = [
            (signer.sign(id_claims(exp=now - 60)), TokenExpiredError),
            (signer.sign(id_claims(aud="another-client")), TokenAudienceError),
            (signer.sign(id_claims(iss="https://example.com/pool")), TokenIssuerError),
            (Signer("key-3").sign(id_claims()), UnknownKeyError),
            (encode({"alg": "none", "kid": signer.kid}, id_claims(), b""), TokenAlgorithmError),
        ]
        for token, error in cases:
            with pytest.raises(error) as caught:
                await verifier.verify(token, token_use="id")
            assert_secret_kept(token, caught.value)
        # One fetch: the unknown key came within refetch_interval of it, so none was made.
        assert jwks.requests == 1
        with pytest.raises(TokenMissingScopeError):
            await verifier.verify(
                signer.sign(access_claims()), token_use="access", required_scopes=["admin"]
            )

    asyncio.run(run())


def test_jwks_failures(jwks: JwksServer, signer: Signer) -> None:
    token = signer.sign(id_claims())
    jwks.status = 503
    verifier = verifier_for(jwks, refetch_interval=0.3)
    error = refused(verifier, token, JwksFetchError)
    assert "HTTP 503" in str(error) and jwks.url in str(error)
    refused(verifier, token, JwksFetchError)  # within the interval: the failure, not a fetch
    assert jwks.requests == 1
    jwks.status = 200
    time.sleep(0.3)
    assert verifier.verify(token, token_use="id").username == "alice"

    for document in ({"keys": "none"}, [1], {"keys": [{"kty": "oct", "kid": "key-1", "k": "AA"}]}):
        jwks.document = document
        refused(verifier_for(jwks), token, JwksFetchError)

    jwks.serve(signer)
    jwks.delay = 1.0
    started = time.monotonic()
    error = refused(verifier_for(jwks, timeout=0.2), token, JwksFetchError)
    assert time.monotonic() - started < 0.9
    assert "timed out" in str(error)

    closed = JwksServer()
    url = closed.url
    closed.close()
    nowhere = TokenVerifier(user_pool_id=POOL, client_id=CLIENT, jwks_url=url)
    refused(nowhere, token, JwksFetchError)

    async def run() -> None:
        with pytest.raises(JwksFetchError):
            await AsyncTokenVerifier(user_pool_id=POOL, client_id=CLIENT, jwks_url=url).verify(
                token, token_use="id"
            )

    asyncio.run(run())


def test_load_keys(jwks: JwksServer, signer: Signer) -> None:
    verifier = verifier_for(jwks)
    verifier.load_keys()
    assert jwks.requests == 1
    verifier.verify(signer.sign(id_claims()), token_use="id")
    assert jwks.requests == 1

    async def run() -> None:
        verifier = async_verifier_for(jwks)
        await verifier.load_keys()
        await verifier.verify(signer.sign(id_claims()), token_use="id")

    asyncio.run(run())
    assert jwks.requests == 2


def test_configuration() -> None:
    verifier = TokenVerifier(user_pool_id="us-east-2_AbC123", client_id={"a", "b"})
    assert verifier.issuer == "https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbC123"
    assert verifier.jwks_url == f"{verifier.issuer}/.well-known/jwks.json"
    assert repr(verifier) == (
        "TokenVerifier(user_pool_id='us-east-2_AbC123', client_id=['a', 'b'], "
        "jwks_url='https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbC123/.well-known/jwks.json')"
    )
    local = TokenVerifier(
        user_pool_id="us-east-2_AbC123", client_id="a", jwks_url="http://127.0.0.1:1/k"
    )
    assert local.issuer == verifier.issuer  # an emulator's keys, the real issuer
    for bad in ("AbC123", "us-east-2_", "us-east-2_a/b", "US_EAST_1_x", "../x_y"):
        with pytest.raises(ValueError, match="user_pool_id"):
            TokenVerifier(user_pool_id=bad, client_id="a")
    with pytest.raises(ValueError, match="region"):
        TokenVerifier(user_pool_id="us-east-2_AbC123", client_id="a", region="evil.com/")
    for clients in ("", [], [""]):
        with pytest.raises(ValueError, match="client_id"):
            TokenVerifier(user_pool_id="us-east-2_AbC123", client_id=clients)
    with pytest.raises(ValueError, match="jwks_url"):
        TokenVerifier(user_pool_id="us-east-2_AbC123", client_id="a", jwks_url="file:///etc/x")
    with pytest.raises(ValueError, match="leeway"):
        TokenVerifier(user_pool_id="us-east-2_AbC123", client_id="a", leeway=-1)


def test_missing_library_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify, "_jose", [])
    for name in [name for name in sys.modules if name.split(".")[0] == "joserfc"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "joserfc", None)
    with pytest.raises(ImportError, match=r"pip install 'cognito-idp-typed\[jwt\]'"):
        TokenVerifier(user_pool_id=POOL, client_id=CLIENT)
    with pytest.raises(ImportError, match="cognito-idp-typed"):
        AsyncTokenVerifier(user_pool_id=POOL, client_id=CLIENT)


def test_module_import_does_not_import_the_library() -> None:
    import subprocess

    code = "import cognito_auth.verify, sys; print('joserfc' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

"""Cognito's SRP arithmetic (``cognito_auth.srp``): the group, known answers, device verifiers,
and sign-in against a server that does Cognito's side of SRP (``tests/support/cognito_server``).

The known answers were computed with pycognito 2024.5.1's ``aws_srp`` (installed with
``pip install --no-deps --target <tmp> pycognito==2024.5.1``, not a dependency), from the fixed
inputs below: ``AWSSRP.calculate_a`` for ``A``, ``calculate_u`` for ``u``, its multiplier
``val_k``, the lines of ``get_password_authentication_key`` for ``S`` and the key, then the HMAC
of ``process_challenge`` over the same secret block and timestamp; ``B`` is ``k v + g^b``
with its helpers. The 3072-bit values are pinned by the SHA-256 of their hex digits. A second
implementation written here from the protocol's description (hex strings padded as
amazon-cognito-identity-js's ``AuthenticationHelper.padHex`` does) agrees with ``srp`` for any
inputs (Hypothesis).
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import itertools
from collections.abc import Iterator, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cognito_auth import srp
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import NotAuthorizedException
from cognito_idp.models import DeviceSecretVerifierConfigType
from tests.support.cognito_server import AppClient, CognitoServer, UserPool

POOL_NAME = "KnownAnswer"  # of us-east-1_KnownAnswer
USER, PASSWORD = "alice", "Corr3ct-Horse-Battery!"
A_SECRET = int("7" * 64, 16)
B_SECRET = int("5" * 64, 16)
SALT = int("b0b5a17c0ffee", 16)
SECRET_BLOCK = base64.b64encode(bytes(range(32))).decode()
WHEN = datetime.datetime(2024, 3, 5, 7, 8, 9, tzinfo=datetime.UTC)

K_HEX = "538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6"
"""SRP-6a's multiplier k = H(N | g), pycognito's ``val_k``."""
A_SHA256 = "ca8929646b20996a966b86e2c10c3dfbbfba7c874ac5dbcd2668432ac9d3de71"
"""SHA-256 of ``A`` in hex (768 digits), as pycognito computes it for ``A_SECRET``."""
B_SHA256 = "414243a28d60f81ecf6d8315d3a89fb495e400d450fc975a4e12a640e5d1a917"
U_HEX = "ef05971081bccc79cb603c1c1042aa8b8641ab6b0e144f2202cbaa00df6a4b9d"
S_SHA256 = "a404cde7162d6559483a789256d67caff0ae8ef986dc05efb021fd21f25b38f6"
"""SHA-256 of the shared secret ``S`` in hex."""
KEY = "fbf7867df3fe2c73e63141ba05bf87d4"
SIGNATURE = "H/XGTFEOwydgFLW2GEhoRJhN8279q6xVyV+VjW6yPvk="


def _arctan_inverse(x: int, one: int) -> int:
    """arctan(1/x) * one, truncated (Taylor series in fixed point)."""
    total = term = one // x
    x2, n, sign = x * x, 1, 1
    while term:
        term //= x2
        n += 2
        sign = -sign
        total += sign * (term // n)
    return total


def test_the_group_is_rfc_3526s_3072_bit_prime() -> None:
    """N = 2^3072 - 2^3008 - 1 + 2^64 * (floor(2^2942 * pi) + 1690314), pi by Machin."""
    guard = 64
    one = 1 << (2942 + guard)
    pi = 16 * _arctan_inverse(5, one) - 4 * _arctan_inverse(239, one)
    defined = 2**3072 - 2**3008 - 1 + 2**64 * ((pi >> guard) + 1690314)
    assert defined == srp.N
    assert all(pow(base, srp.N - 1, srp.N) == 1 for base in (2, 3, 5, 7, 11, 13))
    assert srp.G == 2


def _server_b() -> int:
    x = srp.private_key(POOL_NAME, USER, PASSWORD, SALT)
    return (srp.K * pow(srp.G, x, srp.N) + pow(srp.G, B_SECRET, srp.N)) % srp.N


def _sha256_hex(n: int) -> str:
    return hashlib.sha256(format(n, "x").encode()).hexdigest()


def test_known_answers() -> None:
    assert format(srp.K, "x") == K_HEX
    client = srp.SrpClient.start(A_SECRET)
    assert len(client.srp_a) == 768
    assert hashlib.sha256(client.srp_a.encode()).hexdigest() == A_SHA256
    big_b = _server_b()
    assert _sha256_hex(big_b) == B_SHA256
    u = srp.scrambler(client.big_a, big_b)
    assert format(u, "x") == U_HEX
    shared = client.shared_secret(POOL_NAME, USER, PASSWORD, SALT, big_b)
    assert _sha256_hex(shared) == S_SHA256
    assert srp.session_key(shared, u).hex() == KEY
    claim = client.claim(
        realm=POOL_NAME,
        user_id=USER,
        password=PASSWORD,
        salt=format(SALT, "x"),
        srp_b=format(big_b, "x"),
        secret_block=SECRET_BLOCK,
        now=WHEN,
    )
    assert claim == srp.Claim(signature=SIGNATURE, timestamp="Tue Mar 5 07:08:09 UTC 2024")


def test_the_shared_secret_is_the_servers() -> None:
    client = srp.SrpClient.start(A_SECRET)
    x = srp.private_key(POOL_NAME, USER, PASSWORD, SALT)
    verifier = pow(srp.G, x, srp.N)
    big_b = _server_b()
    u = srp.scrambler(client.big_a, big_b)
    server_side = pow(client.big_a * pow(verifier, u, srp.N), B_SECRET, srp.N)
    assert client.shared_secret(POOL_NAME, USER, PASSWORD, SALT, big_b) == server_side
    assert client.shared_secret(POOL_NAME, USER, "wrong", SALT, big_b) != server_side


def test_a_server_value_of_zero_is_refused() -> None:
    client = srp.SrpClient.start()
    with pytest.raises(srp.SrpError):
        client.shared_secret(POOL_NAME, USER, PASSWORD, SALT, srp.N * 2)


def test_secrets_stay_out_of_repr_and_a_is_fresh_each_time() -> None:
    first, second = srp.SrpClient.start(), srp.SrpClient.start()
    assert first.a != second.a
    assert first.a.bit_length() > 1000
    assert str(first.a) not in repr(first) and format(first.big_a, "x") not in repr(first)


def test_new_device_verifier_matches_its_password() -> None:
    made = srp.new_device_verifier("group-key", "us-east-1_device-key")
    salt = int.from_bytes(base64.b64decode(made.salt), "big")
    x = srp.private_key("group-key", "us-east-1_device-key", made.password, salt)
    assert int.from_bytes(base64.b64decode(made.password_verifier), "big") == pow(srp.G, x, srp.N)
    assert len(base64.b64decode(made.password)) == 40
    assert made.password not in repr(made)
    other = srp.new_device_verifier("group-key", "us-east-1_device-key")
    assert other.password != made.password and other.salt != made.salt


def test_timestamps_are_cognitos_format() -> None:
    assert srp.timestamp(WHEN) == "Tue Mar 5 07:08:09 UTC 2024"
    later = datetime.datetime(
        2024, 12, 25, 23, 0, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
    )
    assert srp.timestamp(later) == "Thu Dec 26 04:00:01 UTC 2024"


# -- a second implementation, from the protocol's description ---------------------------------


def _pad_hex(n: int) -> str:
    """A number's hex digits, even in length, with "00" in front when the first digit is 8 or
    more (AuthenticationHelper.padHex: the two's-complement bytes a Java BigInteger hashes)."""
    digits = format(n, "x")
    if len(digits) % 2:
        digits = "0" + digits
    if digits[0] in "89abcdef":
        digits = "00" + digits
    return digits


def _hash_hex(hex_digits: str) -> int:
    return int(hashlib.sha256(bytes.fromhex(hex_digits)).hexdigest(), 16)


def _reference_key(
    a: int, big_b: int, salt: int, realm: str, user_id: str, password: str
) -> tuple[int, bytes]:
    """``A`` and the 16-byte key, computed as the description says."""
    big_n = srp.N
    big_a = pow(2, a, big_n)
    k = _hash_hex(_pad_hex(big_n) + _pad_hex(2))
    u = _hash_hex(_pad_hex(big_a) + _pad_hex(big_b))
    identity = hashlib.sha256(f"{realm}{user_id}:{password}".encode()).hexdigest()
    x = _hash_hex(_pad_hex(salt) + identity)
    shared = pow(big_b - k * pow(2, x, big_n), a + u * x, big_n)
    prk = hmac.new(bytes.fromhex(_pad_hex(u)), bytes.fromhex(_pad_hex(shared)), "sha256")
    key = hmac.new(prk.digest(), b"Caldera Derived Key\x01", "sha256").digest()[:16]
    return big_a, key


def test_the_reference_implementation_gives_the_known_answers() -> None:
    big_a, key = _reference_key(A_SECRET, _server_b(), SALT, POOL_NAME, USER, PASSWORD)
    assert hashlib.sha256(format(big_a, "x").encode()).hexdigest() == A_SHA256
    assert key.hex() == KEY


_TEXT = st.characters(codec="utf-8")


@settings(max_examples=25, deadline=None)
@given(
    a=st.integers(min_value=1, max_value=2**256),
    b=st.integers(min_value=1, max_value=2**256),
    salt=st.integers(min_value=1, max_value=2**128),
    realm=st.text(_TEXT, min_size=1, max_size=20),
    user_id=st.text(_TEXT, min_size=1, max_size=40),
    password=st.text(_TEXT, max_size=40),
)
def test_srp_agrees_with_the_reference_for_any_inputs(
    a: int, b: int, salt: int, realm: str, user_id: str, password: str
) -> None:
    verifier = pow(srp.G, srp.private_key(realm, user_id, password, salt), srp.N)
    big_b = (srp.K * verifier + pow(srp.G, b, srp.N)) % srp.N
    client = srp.SrpClient.start(a)
    big_a, key = _reference_key(a, big_b, salt, realm, user_id, password)
    assert client.big_a == big_a
    shared = client.shared_secret(realm, user_id, password, salt, big_b)
    assert srp.session_key(shared, srp.scrambler(client.big_a, big_b)) == key


# -- against the server's side of SRP -----------------------------------------------------------

_names = itertools.count()


@pytest.fixture(scope="module")
def server() -> Iterator[CognitoServer]:
    with CognitoServer(region="us-east-1") as running:
        yield running


def _pool(server: CognitoServer) -> UserPool:
    return server.add_pool(f"Srp{next(_names)}")


def srp_parameters(app: AppClient, username: str, client: srp.SrpClient) -> dict[str, str]:
    """USER_SRP_AUTH's AuthParameters (with SECRET_HASH for an app client with a secret)."""
    parameters = {"USERNAME": username, "SRP_A": client.srp_a}
    if app.client_secret is not None:
        parameters["SECRET_HASH"] = app.secret_hash(username)
    return parameters


def password_claim(
    app: AppClient,
    parameters: Mapping[str, str] | None,
    client: srp.SrpClient,
    password: str,
    now: datetime.datetime | None = None,
) -> dict[str, str]:
    """The PASSWORD_VERIFIER answer to a challenge's ``parameters``."""
    p = dict(parameters or {})
    claim = client.claim(
        realm=app.pool.name,
        user_id=p["USER_ID_FOR_SRP"],
        password=password,
        salt=p["SALT"],
        srp_b=p["SRP_B"],
        secret_block=p["SECRET_BLOCK"],
        now=now or datetime.datetime.now(datetime.UTC),
    )
    answer = {
        "USERNAME": p["USERNAME"],
        "PASSWORD_CLAIM_SECRET_BLOCK": p["SECRET_BLOCK"],
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    if app.client_secret is not None:
        answer["SECRET_HASH"] = app.secret_hash(p["USERNAME"])
    return answer


def _client(server: CognitoServer) -> CognitoIdentityProviderClient:
    return CognitoIdentityProviderClient(region="us-east-1", endpoint_url=server.url)


def _sign_in(
    client: CognitoIdentityProviderClient,
    app: AppClient,
    username: str,
    password: str,
    *,
    a: int | None = None,
) -> str:
    """An SRP sign-in (with the secret ``a`` if given); returns the access token."""
    exchange = srp.SrpClient.start(a)
    started = client.initiate_auth(
        client_id=app.client_id,
        auth_flow="USER_SRP_AUTH",
        auth_parameters=srp_parameters(app, username, exchange),
    )
    assert started.challenge_name == "PASSWORD_VERIFIER"
    done = client.respond_to_auth_challenge(
        client_id=app.client_id,
        challenge_name="PASSWORD_VERIFIER",
        session=started.session,
        challenge_responses=password_claim(app, started.challenge_parameters, exchange, password),
    )
    assert done.authentication_result is not None
    assert done.authentication_result.access_token is not None
    return done.authentication_result.access_token


@pytest.mark.parametrize("secret", [False, True], ids=["public", "secret"])
def test_right_password_signs_in_and_wrong_is_refused(server: CognitoServer, secret: bool) -> None:
    pool = _pool(server)
    app = pool.add_client(secret=secret)
    pool.add_user("alice", PASSWORD, email="alice@example.com", email_alias=True)
    with _client(server) as client:
        assert _sign_in(client, app, "alice", PASSWORD)
        # By the email alias: the proof is made for USER_ID_FOR_SRP, the user name.
        assert _sign_in(client, app, "alice@example.com", PASSWORD)
        with pytest.raises(NotAuthorizedException) as refused:
            _sign_in(client, app, "alice", PASSWORD + "!")
    assert refused.value.message == "Incorrect username or password."
    sent = [str(call.body) for call in server.calls]
    assert all(PASSWORD not in body for body in sent)  # only the proof leaves
    assert server.failures == []


def test_async_right_password_signs_in_and_wrong_is_refused(server: CognitoServer) -> None:
    pool = _pool(server)
    app = pool.add_client(secret=True)
    pool.add_user("bob", PASSWORD)

    async def sign_in(client: AsyncCognitoIdentityProviderClient, password: str) -> str | None:
        exchange = srp.SrpClient.start()
        started = await client.initiate_auth(
            client_id=app.client_id,
            auth_flow="USER_SRP_AUTH",
            auth_parameters=srp_parameters(app, "bob", exchange),
        )
        done = await client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="PASSWORD_VERIFIER",
            session=started.session,
            challenge_responses=password_claim(
                app, started.challenge_parameters, exchange, password
            ),
        )
        assert done.authentication_result is not None
        return done.authentication_result.access_token

    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region="us-east-1", endpoint_url=server.url
        ) as client:
            assert await sign_in(client, PASSWORD)
            with pytest.raises(NotAuthorizedException):
                await sign_in(client, "not the password")

    asyncio.run(run())


_USERNAMES = st.text(
    alphabet=st.characters(categories=("L", "M", "S", "N", "P")), min_size=1, max_size=128
)
_PASSWORDS = st.text(_TEXT, min_size=1, max_size=64)


def test_any_user_name_and_password_round_trip(server: CognitoServer) -> None:
    pool = _pool(server)
    app = pool.add_client()

    @settings(max_examples=20, deadline=None)
    @given(username=_USERNAMES, password=_PASSWORDS, a=st.integers(1, 2**256))
    def round_trip(username: str, password: str, a: int) -> None:
        pool.users.pop(username, None)
        pool.add_user(username, password)
        with _client(server) as client:
            assert _sign_in(client, app, username, password, a=a)
            with pytest.raises(NotAuthorizedException):
                _sign_in(client, app, username, password + "x", a=a)

    round_trip()
    assert server.failures == []


# -- remembered devices ---------------------------------------------------------------------------


def _device_claim(
    app: AppClient,
    parameters: Mapping[str, str] | None,
    client: srp.SrpClient,
    device_key: str,
    group_key: str,
    device_password: str,
) -> dict[str, str]:
    p = dict(parameters or {})
    claim = client.claim(
        realm=group_key,
        user_id=device_key,
        password=device_password,
        salt=p["SALT"],
        srp_b=p["SRP_B"],
        secret_block=p["SECRET_BLOCK"],
        now=datetime.datetime.now(datetime.UTC),
    )
    answer = {
        "USERNAME": p["USERNAME"],
        "DEVICE_KEY": device_key,
        "PASSWORD_CLAIM_SECRET_BLOCK": p["SECRET_BLOCK"],
        "PASSWORD_CLAIM_SIGNATURE": claim.signature,
        "TIMESTAMP": claim.timestamp,
    }
    if app.client_secret is not None:
        answer["SECRET_HASH"] = app.secret_hash(p["USERNAME"])
    return answer


def test_a_device_verifier_and_its_claim_sign_in_instead_of_mfa(server: CognitoServer) -> None:
    pool = _pool(server)
    app = pool.add_client(secret=True, device_tracking=True)
    pool.add_user("carol", PASSWORD, phone="+15550100", mfa="SMS_MFA")
    with _client(server) as client:
        # First sign-in: password, then the SMS code; the tokens come with a new device.
        exchange = srp.SrpClient.start()
        started = client.initiate_auth(
            client_id=app.client_id,
            auth_flow="USER_SRP_AUTH",
            auth_parameters=srp_parameters(app, "carol", exchange),
        )
        mfa = client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="PASSWORD_VERIFIER",
            session=started.session,
            challenge_responses=password_claim(
                app, started.challenge_parameters, exchange, PASSWORD
            ),
        )
        assert mfa.challenge_name == "SMS_MFA"
        answer = {"USERNAME": "carol", "SMS_MFA_CODE": server.last_code("carol")}
        answer["SECRET_HASH"] = app.secret_hash("carol")
        first = client.respond_to_auth_challenge(
            client_id=app.client_id,
            challenge_name="SMS_MFA",
            session=mfa.session,
            challenge_responses=answer,
        )
        result = first.authentication_result
        assert result is not None and result.access_token is not None
        new = result.new_device_metadata
        assert new is not None and new.device_key and new.device_group_key
        device_key, group_key = new.device_key, new.device_group_key

        made = srp.new_device_verifier(group_key, device_key)
        confirmed = client.confirm_device(
            access_token=result.access_token,
            device_key=device_key,
            device_secret_verifier_config=DeviceSecretVerifierConfigType(
                password_verifier=made.password_verifier, salt=made.salt
            ),
            device_name="laptop",
        )
        assert confirmed.user_confirmation_necessary is False
        codes_sent = len(server.codes)

        def sign_in_as_device(device_password: str) -> str | None:
            exchange = srp.SrpClient.start()
            parameters = {**srp_parameters(app, "carol", exchange), "DEVICE_KEY": device_key}
            started = client.initiate_auth(
                client_id=app.client_id, auth_flow="USER_SRP_AUTH", auth_parameters=parameters
            )
            asked = client.respond_to_auth_challenge(
                client_id=app.client_id,
                challenge_name="PASSWORD_VERIFIER",
                session=started.session,
                challenge_responses={
                    **password_claim(app, started.challenge_parameters, exchange, PASSWORD),
                    "DEVICE_KEY": device_key,
                },
            )
            assert asked.challenge_name == "DEVICE_SRP_AUTH"  # not SMS_MFA: a remembered device
            device_exchange = srp.SrpClient.start()
            device_start = {
                "USERNAME": "carol",
                "DEVICE_KEY": device_key,
                "SRP_A": device_exchange.srp_a,
                "SECRET_HASH": app.secret_hash("carol"),
            }
            verifier = client.respond_to_auth_challenge(
                client_id=app.client_id,
                challenge_name="DEVICE_SRP_AUTH",
                session=asked.session,
                challenge_responses=device_start,
            )
            assert verifier.challenge_name == "DEVICE_PASSWORD_VERIFIER"
            done = client.respond_to_auth_challenge(
                client_id=app.client_id,
                challenge_name="DEVICE_PASSWORD_VERIFIER",
                session=verifier.session,
                challenge_responses=_device_claim(
                    app,
                    verifier.challenge_parameters,
                    device_exchange,
                    device_key,
                    group_key,
                    device_password,
                ),
            )
            assert done.authentication_result is not None
            assert done.authentication_result.new_device_metadata is None
            return done.authentication_result.access_token

        assert sign_in_as_device(made.password)
        with pytest.raises(NotAuthorizedException):
            sign_in_as_device(srp.new_device_verifier(group_key, device_key).password)
    assert len(server.codes) == codes_sent  # no SMS for a remembered device
    assert server.failures == []

"""Cognito's SRP arithmetic (``cognito_auth.srp``): the group, known answers, device verifiers.

The known answers were computed with pycognito 2024.5.1's ``aws_srp.AWSSRP`` (the reference
Python implementation) from the fixed inputs below: its ``A`` for the same ``a``, and its
``get_password_authentication_key`` for the same salt, password and ``B``, then the HMAC over
the same secret block and timestamp. ``test_flows.py`` checks the same arithmetic against a
server-side computation, for random inputs.
"""

from __future__ import annotations

import base64
import datetime
import hashlib

import pytest

from cognito_auth import srp

POOL_NAME = "KnownAnswer"  # of us-east-1_KnownAnswer
USER, PASSWORD = "alice", "Corr3ct-Horse-Battery!"
A_SECRET = int("7" * 64, 16)
B_SECRET = int("5" * 64, 16)
SALT = int("b0b5a17c0ffee", 16)
SECRET_BLOCK = base64.b64encode(bytes(range(32))).decode()
WHEN = datetime.datetime(2024, 3, 5, 7, 8, 9, tzinfo=datetime.UTC)

A_SHA256 = "ca8929646b20996a966b86e2c10c3dfbbfba7c874ac5dbcd2668432ac9d3de71"
"""SHA-256 of ``A`` in hex (768 digits), as pycognito computes it for ``A_SECRET``."""
B_SHA256 = "414243a28d60f81ecf6d8315d3a89fb495e400d450fc975a4e12a640e5d1a917"
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


def test_known_answers() -> None:
    client = srp.SrpClient.start(A_SECRET)
    assert len(client.srp_a) == 768
    assert hashlib.sha256(client.srp_a.encode()).hexdigest() == A_SHA256
    big_b = _server_b()
    assert hashlib.sha256(format(big_b, "x").encode()).hexdigest() == B_SHA256
    shared = client.shared_secret(POOL_NAME, USER, PASSWORD, SALT, big_b)
    assert srp.session_key(shared, srp.scrambler(client.big_a, big_b)).hex() == KEY
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

"""The client side of Cognito's SRP sign-in (USER_SRP_AUTH, then PASSWORD_VERIFIER), for tests.

Cognito's variant of SRP-6a: the 3072-bit group of RFC 5054 (RFC 3526's prime, g = 2), SHA-256,
numbers hashed in their shortest two's-complement big-endian form, the session key derived with
HKDF (info "Caldera Derived Key"), and a signature over the pool name, the user's SRP id, the
secret block and a timestamp. The prime is computed from RFC 3526's definition rather than
copied, and checked (``group_prime`` is tested against the digits RFC 3526 prints and for
primality).
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import cache

G = 2
INFO = b"Caldera Derived Key"


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


@cache
def group_prime() -> int:
    """RFC 3526's 3072-bit prime: 2^3072 - 2^3008 - 1 + 2^64 * (floor(2^2942 * pi) + 1690314)."""
    guard = 64
    one = 1 << (2942 + guard)
    pi = 16 * _arctan_inverse(5, one) - 4 * _arctan_inverse(239, one)  # Machin's formula
    pi_bits = pi >> guard
    return 2**3072 - 2**3008 - 1 + 2**64 * (pi_bits + 1690314)


def _bytes(n: int) -> bytes:
    """``n`` (>= 0) big-endian, with a leading zero byte when its top bit is set."""
    return n.to_bytes(n.bit_length() // 8 + 1, "big")


def _hash_int(*parts: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"".join(parts)).digest(), "big")


def multiplier() -> int:
    """SRP-6a's k = H(N | g)."""
    return _hash_int(_bytes(group_prime()), _bytes(G))


def private_key(pool_name: str, user_id: str, password: str, salt: int) -> int:
    """x = H(salt | H(pool name | user id | ":" | password))."""
    inner = hashlib.sha256(f"{pool_name}{user_id}:{password}".encode()).digest()
    return _hash_int(_bytes(salt), inner)


def scrambler(big_a: int, big_b: int) -> int:
    """u = H(A | B)."""
    return _hash_int(_bytes(big_a), _bytes(big_b))


def session_key(shared: int, u: int) -> bytes:
    """HKDF-SHA256 of S, salted with u: the 16-byte key the signature is made with."""
    prk = hmac.new(_bytes(u), _bytes(shared), hashlib.sha256).digest()
    return hmac.new(prk, INFO + b"\x01", hashlib.sha256).digest()[:16]


def timestamp(now: datetime.datetime) -> str:
    """Cognito's TIMESTAMP: ``Tue Mar 5 07:08:09 UTC 2024`` (English names, day unpadded)."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    now = now.astimezone(datetime.UTC)
    return f"{days[now.weekday()]} {months[now.month - 1]} {now.day} {now:%H:%M:%S} UTC {now.year}"


@dataclass(frozen=True)
class SrpClient:
    """One sign-in attempt: ``a`` is the client's secret exponent, ``big_a`` sent as SRP_A."""

    pool_name: str
    a: int
    big_a: int

    @classmethod
    def start(cls, user_pool_id: str) -> SrpClient:
        n = group_prime()
        a = secrets.randbelow(n - 2) + 1
        return cls(pool_name=user_pool_id.split("_", 1)[1], a=a, big_a=pow(G, a, n))

    @property
    def srp_a(self) -> str:
        return format(self.big_a, "x")

    def shared_secret(self, user_id: str, password: str, salt: int, big_b: int) -> int:
        """S = (B - k * g^x) ^ (a + u * x) mod N."""
        n = group_prime()
        if big_b % n == 0:
            raise ValueError("SRP_B is 0 modulo N")
        x = private_key(self.pool_name, user_id, password, salt)
        u = scrambler(self.big_a, big_b)
        return pow((big_b - multiplier() * pow(G, x, n)) % n, self.a + u * x, n)

    def password_verifier(
        self, challenge: dict[str, str], password: str, now: datetime.datetime
    ) -> dict[str, str]:
        """The PASSWORD_VERIFIER answer to a challenge's parameters (without SECRET_HASH)."""
        user_id = challenge["USER_ID_FOR_SRP"]
        big_b = int(challenge["SRP_B"], 16)
        shared = self.shared_secret(user_id, password, int(challenge["SALT"], 16), big_b)
        key = session_key(shared, scrambler(self.big_a, big_b))
        stamp = timestamp(now)
        block = challenge["SECRET_BLOCK"]
        message = (
            self.pool_name.encode() + user_id.encode() + base64.b64decode(block) + stamp.encode()
        )
        signature = base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()
        return {
            "USERNAME": challenge["USERNAME"],
            "PASSWORD_CLAIM_SECRET_BLOCK": block,
            "PASSWORD_CLAIM_SIGNATURE": signature,
            "TIMESTAMP": stamp,
        }

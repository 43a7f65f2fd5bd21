"""Cognito's SRP-6a, the client side: what sign-in sends instead of the password.

Theory of operation. Cognito's variant of SRP-6a (RFC 5054) uses the 3072-bit group of RFC
3526 (prime ``N``, generator ``g = 2``) and SHA-256; a number is hashed as its shortest
big-endian two's-complement bytes (a leading zero byte when its top bit is set).

1. The client picks a secret ``a`` and sends ``A = g^a mod N`` (``SRP_A``).
2. Cognito answers with its ``B``, the user's ``SALT``, a ``SECRET_BLOCK`` and the user's
   ``USER_ID_FOR_SRP`` (the user name the verifier was made with, not the alias typed).
3. Both sides derive ``S`` from ``u = H(A | B)`` and ``x = H(salt | H(realm | id | ":" |
   password))`` (client: ``S = (B - k g^x)^(a + u x)``, ``k = H(N | g)``), and a 16-byte key
   from ``S`` with HKDF-SHA256 (salt ``u``, info "Caldera Derived Key").
4. The client proves it knows the key: an HMAC-SHA256 over ``realm | id | secret block |
   timestamp``, sent with the timestamp (``PASSWORD_CLAIM_SIGNATURE``, ``TIMESTAMP``).

For a user, the realm is the pool's name (the part of its id after ``_``) and the id is
``USER_ID_FOR_SRP``; for a remembered device (``DEVICE_SRP_AUTH``), the realm is the device's
group key, the id its device key, and the password the random one made when the device was
confirmed (``new_device_secret``). Only the standard library is used: ``pow`` with a
3072-bit modulus costs a few milliseconds, once or twice per sign-in.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from cognito_auth.errors import AuthError

N = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
    "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
    "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
    "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
    "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
    16,
)
"""RFC 3526's 3072-bit MODP prime (checked against its definition from pi in the tests)."""

G = 2
INFO = b"Caldera Derived Key"


class SrpError(AuthError):
    """The server's SRP values cannot be used (a ``B`` or ``u`` of zero): never answered."""


def to_bytes(n: int) -> bytes:
    """``n`` (>= 0) big-endian, with a leading zero byte when its top bit is set."""
    return n.to_bytes(n.bit_length() // 8 + 1, "big")


def hash_int(*parts: bytes) -> int:
    """SHA-256 of the concatenated ``parts``, as a number."""
    return int.from_bytes(hashlib.sha256(b"".join(parts)).digest(), "big")


K = hash_int(to_bytes(N), to_bytes(G))
"""SRP-6a's multiplier k = H(N | g)."""


def private_key(realm: str, user_id: str, password: str, salt: int) -> int:
    """x = H(salt | H(realm | user id | ":" | password))."""
    inner = hashlib.sha256(f"{realm}{user_id}:{password}".encode()).digest()
    return hash_int(to_bytes(salt), inner)


def scrambler(big_a: int, big_b: int) -> int:
    """u = H(A | B)."""
    return hash_int(to_bytes(big_a), to_bytes(big_b))


def session_key(shared: int, u: int) -> bytes:
    """HKDF-SHA256 of S, salted with u: the 16-byte key the claim is signed with."""
    prk = hmac.new(to_bytes(u), to_bytes(shared), hashlib.sha256).digest()
    return hmac.new(prk, INFO + b"\x01", hashlib.sha256).digest()[:16]


def timestamp(now: datetime.datetime) -> str:
    """Cognito's TIMESTAMP: ``Tue Mar 5 07:08:09 UTC 2024`` (English names, day unpadded)."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    now = now.astimezone(datetime.UTC)
    return f"{days[now.weekday()]} {months[now.month - 1]} {now.day} {now:%H:%M:%S} UTC {now.year}"


def signature(key: bytes, realm: str, user_id: str, secret_block: str, stamp: str) -> str:
    """The claim: HMAC-SHA256 over realm, id, the decoded secret block and the timestamp."""
    return _signature(key, realm, user_id, base64.b64decode(secret_block), stamp)


def _signature(key: bytes, realm: str, user_id: str, block: bytes, stamp: str) -> str:
    message = realm.encode() + user_id.encode() + block + stamp.encode()
    return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()


@dataclass(frozen=True)
class Claim:
    """What answers a password (or device password) verifier challenge."""

    signature: str
    """``PASSWORD_CLAIM_SIGNATURE``."""
    timestamp: str
    """``TIMESTAMP``, the time the signature covers."""


@dataclass(frozen=True)
class SrpClient:
    """One SRP exchange, from ``SRP_A`` to the claim. ``a`` never appears in ``repr``."""

    a: int = field(repr=False)
    big_a: int = field(repr=False)

    @classmethod
    def start(cls, a: int | None = None) -> SrpClient:
        """A new exchange with a random secret ``a`` (or the one given, for known answers).

        ``a`` has 1024 random bits, as AWS's own SDKs draw it (RFC 5054 asks for at least 256):
        a full 3072-bit exponent would triple the cost of a sign-in for no gain in security.
        """
        if a is None:
            a = 0
            while a == 0:
                a = int.from_bytes(secrets.token_bytes(128), "big")
        return cls(a=a, big_a=pow(G, a, N))

    @property
    def srp_a(self) -> str:
        """``SRP_A``, in hex."""
        return format(self.big_a, "x")

    def shared_secret(self, realm: str, user_id: str, password: str, salt: int, big_b: int) -> int:
        """S = (B - k * g^x) ^ (a + u * x) mod N; ``SrpError`` for a B or u of zero."""
        if big_b % N == 0:
            raise SrpError("the server's SRP_B is 0 modulo N")
        u = scrambler(self.big_a, big_b)
        if u == 0:
            raise SrpError("the SRP scrambling parameter u is 0")
        x = private_key(realm, user_id, password, salt)
        return pow((big_b - K * pow(G, x, N)) % N, self.a + u * x, N)

    def claim(
        self,
        *,
        realm: str,
        user_id: str,
        password: str,
        salt: str,
        srp_b: str,
        secret_block: str,
        now: datetime.datetime,
    ) -> Claim:
        """The answer to a verifier challenge: ``salt`` and ``srp_b`` in hex as Cognito sends
        them; ``realm``/``user_id`` are the pool name and USER_ID_FOR_SRP (or a device's group
        key and device key)."""
        try:
            big_b, salt_value = int(srp_b, 16), int(salt, 16)
            block = base64.b64decode(secret_block)
        except ValueError:  # binascii.Error is one
            raise SrpError("the server's SRP_B, SALT or SECRET_BLOCK is malformed") from None
        shared = self.shared_secret(realm, user_id, password, salt_value, big_b)
        key = session_key(shared, scrambler(self.big_a, big_b))
        stamp = timestamp(now)
        return Claim(_signature(key, realm, user_id, block, stamp), stamp)


@dataclass(frozen=True)
class DeviceVerifier:
    """What ConfirmDevice is given for a new device, and the password to keep for it."""

    password: str = field(repr=False)
    """The device's random password: kept by the caller, never sent."""
    password_verifier: str = field(repr=False)
    """``DeviceSecretVerifierConfig.PasswordVerifier``: g^x, base64."""
    salt: str = field(repr=False)
    """``DeviceSecretVerifierConfig.Salt``: base64."""


def new_device_verifier(device_group_key: str, device_key: str) -> DeviceVerifier:
    """A random password for a device and the verifier Cognito keeps for it."""
    password = base64.b64encode(secrets.token_bytes(40)).decode()
    salt = int.from_bytes(secrets.token_bytes(16), "big")
    x = private_key(device_group_key, device_key, password, salt)
    return DeviceVerifier(
        password=password,
        password_verifier=base64.b64encode(to_bytes(pow(G, x, N))).decode(),
        salt=base64.b64encode(to_bytes(salt)).decode(),
    )

"""Verified tokens per second: ``TokenVerifier.verify`` on a realistic Cognito id token, the
pool's keys already fetched (from a JWKS server on the loopback interface, once).

``python -m bench.tokens`` prints the figure; ``verified_per_second()`` returns it (the best of
a few rounds, each a few thousand verifications of the same token, all checks included).
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

POOL = "eu-west-1_AbC123dEf"
CLIENT = "4q2example0client0id00000"
KID = "4pSS0Fb2ED9iq3vQKNkH3ZmAVzG8f8vc8qRsbc4wIy0="
ROUNDS = 5
PER_ROUND = 5000


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _uint(number: int) -> str:
    return _b64(number.to_bytes((number.bit_length() + 7) // 8, "big"))


def _id_token_and_jwks() -> tuple[str, bytes]:
    """An id token as Cognito issues one (its claims, a 2048-bit RS256 key), and the JWKS."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    numbers = key.public_key().public_numbers()
    jwk = {"alg": "RS256", "e": _uint(numbers.e), "kid": KID, "kty": "RSA"}
    jwks = json.dumps({"keys": [jwk | {"n": _uint(numbers.n), "use": "sig"}]}).encode()
    now = int(time.time())
    claims = {
        "sub": str(uuid.uuid4()),
        "cognito:groups": ["admins", "staff"],
        "email_verified": True,
        "iss": f"https://cognito-idp.eu-west-1.amazonaws.com/{POOL}",
        "cognito:username": "alice",
        "origin_jti": str(uuid.uuid4()),
        "aud": CLIENT,
        "event_id": str(uuid.uuid4()),
        "token_use": "id",
        "auth_time": now,
        "exp": now + 3600,
        "iat": now,
        "jti": str(uuid.uuid4()),
        "email": "alice@example.com",
    }
    header = _b64(json.dumps({"kid": KID, "alg": "RS256"}).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = key.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{header}.{payload}.{_b64(signature)}", jwks


def _serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def verified_per_second(rounds: int = ROUNDS, per_round: int = PER_ROUND) -> float:
    """Verifications per second of one id token with the keys cached: the best round's."""
    from cognito_auth.verify import TokenVerifier

    token, jwks = _id_token_and_jwks()
    server = _serve(jwks)
    try:
        verifier = TokenVerifier(
            user_pool_id=POOL,
            client_id=CLIENT,
            jwks_url=f"http://127.0.0.1:{server.server_port}/{POOL}/.well-known/jwks.json",
        )
        verify = verifier.verify
        verify(token, token_use="id", required_groups=("staff",))  # fetches the keys, once
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(per_round):
                verify(token, token_use="id", required_groups=("staff",))
            best = min(best, time.perf_counter() - started)
    finally:
        server.shutdown()
        server.server_close()
    return per_round / best


def main() -> None:
    rate = verified_per_second()
    print(
        f"TokenVerifier.verify, id token, keys cached: {rate:,.0f} tokens/s ({1e6 / rate:.1f} µs)"
    )


if __name__ == "__main__":
    main()

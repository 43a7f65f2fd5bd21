"""Client-side cost of the auth toolkit: SRP per sign-in, against a Python reference.

A sign-in with SRP costs the client two 3072-bit modular exponentiations at the start (``A``)
and two at the proof (``g^x`` and ``S``), plus hashing. Measured here without any network:
``cognito_auth.srp`` from the first ``SRP_A`` to the ``PASSWORD_VERIFIER`` answer, and the same
steps with pycognito's ``AWSSRP`` (the reference Python implementation, as pycognito signs in
with it), on the same challenge. Each figure is the best of a few rounds' mean, in ms.

``python -m bench.auth`` prints both.
"""

from __future__ import annotations

import base64
import datetime
import secrets
import time
from collections.abc import Callable
from typing import Any

from cognito_auth import srp

POOL_ID = "us-east-1_Example"
USER_ID = "alice"
PASSWORD = "Corr3ct-Horse-Battery!"
ROUNDS, PER_ROUND = 5, 20


def challenge(big_a: int) -> dict[str, str]:
    """A PASSWORD_VERIFIER challenge, as a Cognito server would make it for ``big_a``."""
    salt = int.from_bytes(secrets.token_bytes(16), "big")
    x = srp.private_key(POOL_ID.split("_", 1)[1], USER_ID, PASSWORD, salt)
    verifier = pow(srp.G, x, srp.N)
    b = secrets.randbelow(srp.N - 2) + 1
    big_b = (srp.K * verifier + pow(srp.G, b, srp.N)) % srp.N
    return {
        "SALT": format(salt, "x"),
        "SRP_B": format(big_b, "x"),
        "SECRET_BLOCK": base64.b64encode(secrets.token_bytes(64)).decode(),
        "USER_ID_FOR_SRP": USER_ID,
        "USERNAME": USER_ID,
    }


def ours(c: dict[str, str]) -> Callable[[], None]:
    """This toolkit's SRP client, from ``SRP_A`` to the proof."""

    def run() -> None:
        client = srp.SrpClient.start()
        client.claim(
            realm=POOL_ID.split("_", 1)[1],
            user_id=c["USER_ID_FOR_SRP"],
            password=PASSWORD,
            salt=c["SALT"],
            srp_b=c["SRP_B"],
            secret_block=c["SECRET_BLOCK"],
            now=datetime.datetime.now(datetime.UTC),
        )

    return run


def pycognito(c: dict[str, str]) -> Callable[[], None] | None:
    """pycognito's AWSSRP doing the same steps, or None where it is not installed."""
    try:
        from pycognito.aws_srp import AWSSRP  # pyright: ignore[reportMissingTypeStubs]
    except ImportError:
        return None

    def run() -> None:
        aws: Any = AWSSRP(
            username=USER_ID,
            password=PASSWORD,
            pool_id=POOL_ID,
            client_id="client",
            client=object(),  # never called: only the math runs
        )
        aws.get_auth_params()
        aws.process_challenge(c, {"USERNAME": USER_ID})

    return run


def per_sign_in_ms(run: Callable[[], None]) -> float:
    best = float("inf")
    run()
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(PER_ROUND):
            run()
        best = min(best, (time.perf_counter() - started) / PER_ROUND * 1e3)
    return best


def run() -> dict[str, float]:
    """ms of client CPU per SRP sign-in: ``ours``, and ``pycognito`` where installed."""
    c = challenge(srp.SrpClient.start().big_a)  # B does not depend on A: one serves all
    result = {"ours": per_sign_in_ms(ours(c))}
    reference = pycognito(c)
    if reference is not None:
        result["pycognito"] = per_sign_in_ms(reference)
    return result


if __name__ == "__main__":
    for name, ms in run().items():
        print(f"{name}: {ms:.2f} ms per SRP sign-in")

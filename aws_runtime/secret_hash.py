"""Cognito's SecretHash, required by app clients that have a client secret."""

from __future__ import annotations


def compute_secret_hash(client_secret: str, username: str, client_id: str) -> str:
    """Return base64(HMAC-SHA256(key=client_secret, msg=username + client_id)).

    ``username`` must be exactly the user name sent in the same request.
    """
    # Imported here: only clients with a secret need them, and hashlib is slow to import.
    # binascii, not base64: base64 imports ``re`` (about 3 ms) for what one call does here.
    import binascii
    import hashlib
    import hmac

    digest = hmac.new(
        client_secret.encode("utf-8"), (username + client_id).encode("utf-8"), hashlib.sha256
    ).digest()
    return binascii.b2a_base64(digest, newline=False).decode("ascii")

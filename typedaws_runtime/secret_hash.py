"""Cognito's SecretHash, required by app clients that have a client secret."""

from __future__ import annotations

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


def compute_secret_hash(client_secret: str, username: str, client_id: str) -> str:
    """Return base64(HMAC-SHA256(key=client_secret, msg=username + client_id)).

    ``username`` must be exactly the user name sent in the same request.
    """
    # Imported here: only clients with a secret need them, and hashlib is slow to import.
    # binascii, not base64: base64 imports ``re`` for what one call does here.
    import binascii
    import hashlib
    import hmac

    digest = hmac.new(
        client_secret.encode("utf-8"), (username + client_id).encode("utf-8"), hashlib.sha256
    ).digest()
    return binascii.b2a_base64(digest, newline=False).decode("ascii")


def with_secret_hash(
    params: Mapping[str, str] | None,
    username_key: str,
    secret_hash_key: str,
    client_secret: str,
    client_id: str | None,
) -> Mapping[str, str] | None:
    """``params`` with ``secret_hash_key`` added, computed from the ``username_key`` entry and
    ``client_id``: a new mapping, ``params`` itself is never changed.

    ``params`` itself is returned when there is nothing to add: no mapping, a hash already in
    it (the caller's stays as given), no user name in it, or no client id.
    """
    if params is None or client_id is None or secret_hash_key in params:
        return params
    username = params.get(username_key)
    if username is None:
        return params
    return {**params, secret_hash_key: compute_secret_hash(client_secret, username, client_id)}

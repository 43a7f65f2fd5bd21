"""AWS credentials as the caller passes them."""

from __future__ import annotations


class Credentials:
    """An access key pair, with the session token of temporary credentials.

    Immutable; ``repr()`` shows the access key id only. (A plain class: a dataclass would cost
    a millisecond at every program's start for nothing.)
    """

    __slots__ = ("access_key_id", "secret_access_key", "session_token")

    access_key_id: str
    secret_access_key: str
    session_token: str | None

    def __init__(
        self, *, access_key_id: str, secret_access_key: str, session_token: str | None = None
    ) -> None:
        object.__setattr__(self, "access_key_id", access_key_id)
        object.__setattr__(self, "secret_access_key", secret_access_key)
        object.__setattr__(self, "session_token", session_token)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (self.access_key_id, self.secret_access_key, self.session_token) == (
            other.access_key_id,
            other.secret_access_key,
            other.session_token,
        )

    def __hash__(self) -> int:
        return hash((self.access_key_id, self.secret_access_key, self.session_token))

    def __repr__(self) -> str:
        return f"Credentials(access_key_id={self.access_key_id!r})"

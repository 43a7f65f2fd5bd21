"""The parts of botocore that ``typedaws_runtime.auth`` uses (its credential chain), as protocols.

botocore ships no type information. These are for type checkers only: ``auth`` imports this
module under ``TYPE_CHECKING``, so that ``typing`` stays out of a client's start.
"""

from __future__ import annotations

from typing import Protocol


class FrozenCredentials(Protocol):
    """A snapshot of credentials, as botocore's ``ReadOnlyCredentials``."""

    @property
    def access_key(self) -> str: ...

    @property
    def secret_key(self) -> str: ...

    @property
    def token(self) -> str | None: ...


class CredentialSource(Protocol):
    """What botocore's credential chain returns (``Credentials``, ``RefreshableCredentials``)."""

    def get_frozen_credentials(self) -> FrozenCredentials: ...


class Session(Protocol):
    def get_credentials(self) -> CredentialSource | None: ...


class SessionModule(Protocol):
    def Session(self, *, profile: str | None = None) -> Session: ...

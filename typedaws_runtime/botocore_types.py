"""The parts of botocore that ``typedaws_runtime.auth`` uses, as protocols.

botocore ships no type information. These are for type checkers only: ``auth`` imports this
module under ``TYPE_CHECKING``, so that ``typing`` stays out of a client's start.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
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


class AWSRequest(Protocol):
    @property
    def headers(self) -> Mapping[str, str]: ...


class AWSRequestModule(Protocol):
    def AWSRequest(
        self, *, method: str, url: str, headers: MutableMapping[str, str], data: bytes
    ) -> AWSRequest: ...


class SigV4Auth(Protocol):
    def add_auth(self, request: AWSRequest) -> None: ...


class AuthModule(Protocol):
    def SigV4Auth(
        self, credentials: FrozenCredentials, service_name: str, region_name: str
    ) -> SigV4Auth: ...


class CredentialsModule(Protocol):
    def ReadOnlyCredentials(
        self, access_key: str, secret_key: str, token: str | None
    ) -> FrozenCredentials: ...

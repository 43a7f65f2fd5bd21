"""SigV4 signing and AWS credentials, on botocore's credential providers and signer.

botocore is imported on first need only: a program that calls nothing but unsigned operations
(ConfirmSignUp, SignUp, InitiateAuth, ...) never imports it. Credentials come from the
``credentials=`` the caller passed, else from botocore's standard chain (environment, shared
credentials and config files with the profile, SSO, assume-role, process, container and
instance metadata). The chain is asked once per client; credentials it returns that expire
(botocore's ``RefreshableCredentials``) refresh themselves, so each signature freezes them
again. Loading or refreshing may do file or network I/O: the async client does that in a worker
thread (see ``Authenticator.cached``), and signing itself is pure computation.
"""

from __future__ import annotations

import _thread
import functools
import importlib

from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ConfigurationError, CredentialsError, NoCredentialsError
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import logging

    from typedaws_runtime.botocore_types import (
        AuthModule,
        AWSRequestModule,
        CredentialsModule,
        CredentialSource,
        SessionModule,
    )

__all__ = ["Authenticator", "resolve_chain"]

_SIGNATURE_HEADERS = ("X-Amz-Date", "X-Amz-Security-Token", "Authorization")


class _Botocore:
    """botocore's modules, imported once."""

    def __init__(self) -> None:
        self.session = cast("SessionModule", importlib.import_module("botocore.session"))
        self.auth = cast("AuthModule", importlib.import_module("botocore.auth"))
        self.awsrequest = cast("AWSRequestModule", importlib.import_module("botocore.awsrequest"))
        self.credentials = cast(
            "CredentialsModule", importlib.import_module("botocore.credentials")
        )
        exceptions = importlib.import_module("botocore.exceptions")
        self.error: type[Exception] = cast("type[Exception]", exceptions.BotoCoreError)
        # botocore logs each canonical request at DEBUG, session token included: drop the
        # records its signer emits while this module signs (other botocore users keep theirs).
        import logging  # botocore has imported both already
        import threading

        self.signing = threading.local()
        """``active`` is true on a thread while it signs."""
        logging.getLogger("botocore.auth").addFilter(self._quiet_while_signing)

    def _quiet_while_signing(self, record: logging.LogRecord) -> bool:
        return not getattr(self.signing, "active", False)


@functools.cache
def _botocore() -> _Botocore:
    return _Botocore()


# -- the chain -----------------------------------------------------------------------------------


def resolve_chain(profile: str | None) -> CredentialSource | None:
    """Credentials from botocore's standard chain for ``profile``, or None if there are none.

    May read files, run a credential process or call the network (SSO, STS, container and
    instance metadata): never call it on an event loop's thread.
    """
    return _botocore().session.Session(profile=profile).get_credentials()


def _failure(exc: Exception, profile: str | None) -> ConfigurationError:
    where = f" for profile {profile!r}" if profile else ""
    return CredentialsError(f"could not load AWS credentials{where}: {type(exc).__name__}: {exc}")


class Authenticator:
    """Credentials and SigV4 signatures for one client; safe to share across threads."""

    def __init__(
        self,
        *,
        signing_name: str,
        region: str | None,
        credentials: Credentials | None,
        profile: str | None,
    ) -> None:
        self._signing_name = signing_name
        self._region = region
        self._explicit = credentials
        self._profile = profile
        self._source: CredentialSource | None = None
        self._lock = _thread.allocate_lock()  # not threading (see typedaws_runtime's import budget)

    def __repr__(self) -> str:
        return f"Authenticator(signing_name={self._signing_name!r}, region={self._region!r})"

    def credentials(self) -> Credentials:
        """Current credentials, loading or refreshing them first if needed (may block on I/O).

        Raises ``NoCredentialsError`` when there are none anywhere, ``CredentialsError`` when
        loading or refreshing them fails.
        """
        _botocore()  # the signer needs it next: import it here, where blocking is allowed
        if self._explicit is not None:
            return self._explicit
        source = self._source
        if source is None:
            with self._lock:
                source = self._source
                if source is None:
                    source = self._load_source()
                    self._source = source
        return self._freeze(source)

    def cached(self) -> Credentials | None:
        """Current credentials if that needs no I/O, else None (then call ``credentials()``).

        For the async client: what this returns is had without blocking the event loop, and
        then signing needs no import either.
        """
        if _botocore.cache_info().currsize == 0:
            return None  # importing botocore takes a while
        if self._explicit is not None:
            return self._explicit
        source = self._source
        if source is None:
            return None
        refresh_needed = getattr(source, "refresh_needed", None)
        if callable(refresh_needed) and refresh_needed():
            return None  # a refresh is due: it may call the network
        return self._freeze(source)

    def _load_source(self) -> CredentialSource:
        botocore = _botocore()
        try:
            source = resolve_chain(self._profile)
        except botocore.error as exc:
            raise _failure(exc, self._profile) from None
        if source is None:
            where = f" for profile {self._profile!r}" if self._profile else ""
            raise NoCredentialsError(
                f"no AWS credentials found{where}: this operation must be signed. Pass "
                "credentials=..., set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure "
                "a profile in the shared credentials or config file"
            )
        return source

    def _freeze(self, source: CredentialSource) -> Credentials:
        try:
            frozen = source.get_frozen_credentials()
        except _botocore().error as exc:
            raise _failure(exc, self._profile) from None
        if not frozen.access_key or not frozen.secret_key:
            raise NoCredentialsError("the AWS credentials found have no access key or secret key")
        return Credentials(
            access_key_id=frozen.access_key,
            secret_access_key=frozen.secret_key,
            session_token=frozen.token or None,
        )

    def sign(self, request: HttpRequest, credentials: Credentials) -> HttpRequest:
        """``request`` with a fresh SigV4 signature (``Authorization``, ``X-Amz-Date``, and
        ``X-Amz-Security-Token`` for temporary credentials). Pure computation."""
        if self._region is None:
            raise ConfigurationError(
                "no region to sign the request for: pass region=..., set AWS_REGION, or set "
                "region in the profile's config"
            )
        botocore = _botocore()
        frozen = botocore.credentials.ReadOnlyCredentials(
            credentials.access_key_id, credentials.secret_access_key, credentials.session_token
        )
        headers = {
            k: v for k, v in request.headers.items() if k.lower() not in _LOWER_SIGNATURE_HEADERS
        }
        aws_request = botocore.awsrequest.AWSRequest(
            method=request.method, url=request.url, headers=dict(headers), data=request.body
        )
        signer = botocore.auth.SigV4Auth(frozen, self._signing_name, self._region)
        botocore.signing.active = True
        try:
            signer.add_auth(aws_request)
        finally:
            botocore.signing.active = False
        for name in _SIGNATURE_HEADERS:
            value = aws_request.headers.get(name)
            if value is not None:
                headers[name] = value
        return HttpRequest(request.method, request.url, headers, request.body, request.timeouts)


_LOWER_SIGNATURE_HEADERS = frozenset(name.lower() for name in _SIGNATURE_HEADERS)

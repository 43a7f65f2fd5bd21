"""SigV4 signing and AWS credentials; botocore only for its credential chain.

Signing is ``typedaws_runtime.sigv4`` (standard library only, imported on the first signed
call). Credentials come from the ``credentials=`` the caller passed, else from the environment
(``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, and ``AWS_SESSION_TOKEN`` or
``AWS_SECURITY_TOKEN``) where botocore's chain would take them first: no profile chosen (an
explicit profile makes botocore skip the environment) and no ``AWS_CREDENTIAL_EXPIRATION``
(which makes them refreshable). Only otherwise is botocore imported, for its standard chain
(shared credentials and config files with the profile, SSO, assume-role, process, container
and instance metadata), and a program whose credentials are given or in the environment never
imports it. The chain is asked once per client; credentials it returns that expire (botocore's
``RefreshableCredentials``) refresh themselves, so each signature freezes them again. Loading
or refreshing may do file or network I/O: the async client does that in a worker thread (see
``Authenticator.cached``), and signing itself is pure computation.
"""

from __future__ import annotations

import _thread
import functools
import importlib
import os

from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ConfigurationError, CredentialsError, NoCredentialsError
from typedaws_runtime.http import HttpRequest
from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typedaws_runtime.botocore_types import CredentialSource, SessionModule

__all__ = ["Authenticator", "resolve_chain"]


class _Botocore:
    """botocore's modules, imported once."""

    def __init__(self) -> None:
        self.session = cast("SessionModule", importlib.import_module("botocore.session"))
        exceptions = importlib.import_module("botocore.exceptions")
        self.error: type[Exception] = cast("type[Exception]", exceptions.BotoCoreError)


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


def from_environment(env: Mapping[str, str], profile: str | None) -> Credentials | None:
    """The environment's credentials where botocore's chain would take them, unchanged, before
    anything else; None where the chain must decide.

    That is: no ``profile`` (botocore drops its environment provider for an explicit profile),
    both keys set (with only one, the chain raises its own error), and no
    ``AWS_CREDENTIAL_EXPIRATION`` (the chain makes those refreshable). The token is
    ``AWS_SECURITY_TOKEN``, else ``AWS_SESSION_TOKEN``, as botocore looks them up.
    """
    if profile is not None:
        return None
    access_key = env.get("AWS_ACCESS_KEY_ID", "")
    secret_key = env.get("AWS_SECRET_ACCESS_KEY", "")
    if not access_key or not secret_key or env.get("AWS_CREDENTIAL_EXPIRATION", ""):
        return None
    token = env.get("AWS_SECURITY_TOKEN", "") or env.get("AWS_SESSION_TOKEN", "")
    return Credentials(
        access_key_id=access_key, secret_access_key=secret_key, session_token=token or None
    )


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
        self._fixed: Credentials | None = credentials
        """Credentials that never change: the caller's, or the environment's once read."""
        self._profile = profile
        self._source: CredentialSource | None = None
        """botocore's credentials, when they came from its chain."""
        self._lock = _thread.allocate_lock()  # not threading (see typedaws_runtime's import budget)

    def __repr__(self) -> str:
        return f"Authenticator(signing_name={self._signing_name!r}, region={self._region!r})"

    def credentials(self) -> Credentials:
        """Current credentials, loading or refreshing them first if needed (may block on I/O).

        Raises ``NoCredentialsError`` when there are none anywhere, ``CredentialsError`` when
        loading or refreshing them fails.
        """
        fixed = self._fixed
        if fixed is not None:
            return fixed
        source = self._source
        if source is None:
            with self._lock:
                fixed = self._fixed or self._environment()
                if fixed is not None:
                    return fixed
                source = self._source
                if source is None:
                    source = self._load_source()
                    self._source = source
        return self._freeze(source)

    def cached(self) -> Credentials | None:
        """Current credentials if that needs no I/O, else None (then call ``credentials()``).

        For the async client: what this returns is had without blocking the event loop.
        """
        fixed = self._fixed
        if fixed is not None:
            return fixed
        source = self._source
        if source is None:
            return self._environment()  # reading the environment is no I/O
        refresh_needed = getattr(source, "refresh_needed", None)
        if callable(refresh_needed) and refresh_needed():
            return None  # a refresh is due: it may call the network
        return self._freeze(source)

    def _environment(self) -> Credentials | None:
        """The environment's credentials if they are the ones to use; kept once found."""
        found = from_environment(os.environ, self._profile)
        if found is not None:
            self._fixed = found  # a race stores the same values
        return found

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
        from typedaws_runtime import sigv4  # on the first signed call: hashlib and hmac

        headers = sigv4.sign(
            request.method,
            request.url,
            request.headers,
            request.body,
            access_key_id=credentials.access_key_id,
            secret_access_key=credentials.secret_access_key,
            session_token=credentials.session_token,
            region=self._region,
            service=self._signing_name,
        )
        return HttpRequest(request.method, request.url, headers, request.body, request.timeouts)

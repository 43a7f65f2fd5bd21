"""The base classes of generated clients.

``ClientCore`` does everything but the I/O: configuration, validation, SecretHash, framing the
request, reading the response or error. ``Client`` and ``AsyncClient`` only move bytes with
their transport, so the sync and async paths cannot drift apart.
"""

from __future__ import annotations

import _thread
import time

from typedaws_runtime import awsjson, compression, log
from typedaws_runtime.auth import Authenticator
from typedaws_runtime.config import (
    DEFAULT_MAX_ATTEMPTS,
    configured_endpoint,
    environ,
    resolve_endpoints,
    resolve_profile,
    resolve_region,
    user_agent,
)
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import (
    CallTimeoutError,
    ConfigurationError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)
from typedaws_runtime.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Timeouts
from typedaws_runtime.proxies import resolve_proxy
from typedaws_runtime.retries import RetryPolicy
from typedaws_runtime.signature_types import ClientMeta
from typedaws_runtime.static_typing import TYPE_CHECKING, Generic, TypeVar, cast
from typedaws_runtime.tls import resolve_tls_config
from typedaws_runtime.transports.options import (
    DEFAULT_MAX_POOL_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_BYTES,
    TransportOptions,
)
from typedaws_runtime.urls import is_host_label, request_url

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from os import PathLike
    from types import TracebackType
    from typing import ClassVar, Self

    from typedaws_runtime.discovery import EndpointCache
    from typedaws_runtime.endpoints import OperationEndpoints
    from typedaws_runtime.http import HttpRequest, HttpResponse
    from typedaws_runtime.interceptors import Intercepted, Interceptor, Interceptors
    from typedaws_runtime.operation import OperationSpec, ServiceSpec
    from typedaws_runtime.retries import Attempts
    from typedaws_runtime.signature_types import ClientCert
    from typedaws_runtime.transport import AsyncTransport, Transport

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")
TransportT = TypeVar("TransportT")


class ClientCore:
    """Configuration and the I/O-free steps of every call."""

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str | None,
        endpoint_url: str | None,
        use_fips_endpoint: bool | None,
        use_dualstack_endpoint: bool | None,
        credentials: Credentials | None,
        profile: str | None,
        client_secret: str | None,
        max_attempts: int,
        connect_timeout: float,
        read_timeout: float,
        call_timeout: float | None,
        user_agent_extra: str | None,
        request_min_compression_size_bytes: int | None = None,
        disable_request_compression: bool | None = None,
        endpoint_discovery_enabled: bool | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ConfigurationError("max_attempts must be at least 1")
        if connect_timeout <= 0 or read_timeout <= 0:
            raise ConfigurationError("timeouts must be positive numbers of seconds")
        if call_timeout is not None and call_timeout <= 0:
            raise ConfigurationError("call_timeout must be a positive number of seconds")
        env = environ()
        self.service: ServiceSpec = service
        effective_profile = resolve_profile(profile, env)
        self.region: str | None = resolve_region(region, env, profile=effective_profile)
        self.endpoint_url: str
        self.operation_endpoints: OperationEndpoints | None
        """How operations that give the endpoint rule set parameters of their own (ACM's
        ``ServiceType``, a DynamoDB table's ARN) find their endpoint per call; None where the
        rule set has no such parameters."""
        self.endpoint_url, self.operation_endpoints = resolve_endpoints(
            service,
            region=self.region,
            endpoint_url=endpoint_url,
            use_fips_endpoint=use_fips_endpoint,
            use_dualstack_endpoint=use_dualstack_endpoint,
            env=env,
            profile=effective_profile,
        )
        self.meta: ClientMeta = ClientMeta(
            region_name=self.region,
            endpoint_url=self.endpoint_url,
            service_name=service.endpoint_prefix,
        )
        self.credentials: Credentials | None = credentials
        self.profile: str | None = profile
        self.profile_name: str | None = effective_profile
        """The shared-config profile in use: ``profile=``, else ``AWS_PROFILE``..."""
        self.auth: Authenticator = Authenticator(
            signing_name=service.signing_name,
            region=self.region,
            credentials=credentials,
            profile=effective_profile,
        )
        self.client_secret: str | None = client_secret
        self.retry_policy: RetryPolicy = RetryPolicy(
            max_attempts=max_attempts,
            retryable_codes=service.retryable_codes,
            non_retryable_codes=service.non_retryable_codes,
        )
        self.timeouts: Timeouts = Timeouts(connect_timeout, read_timeout)
        self.call_timeout: float | None = call_timeout
        self.user_agent: str = user_agent(service.user_agent, user_agent_extra)
        self.request_url: str = request_url(self.endpoint_url)
        """Where requests go: the endpoint with its path and query kept, as botocore sends."""
        self.min_compression: int | None = compression.resolve_min_size(
            request_min_compression_size_bytes, disable_request_compression, env, effective_profile
        )
        """The smallest body gzipped where the operation allows it; None: never."""
        self.discovery: EndpointCache | None = None
        """The discovered endpoint; None where nothing is discovered (the service does not
        discover endpoints, or the client was given an endpoint)."""
        if service.load_endpoint_discovery is not None and not configured_endpoint(
            service, endpoint_url, env, effective_profile
        ):
            from typedaws_runtime.discovery import EndpointCache, resolve_enabled

            enabled = resolve_enabled(endpoint_discovery_enabled, env, effective_profile)
            self.discovery = EndpointCache(enabled)

    def prepare(
        self, spec: OperationSpec[RequestT, ResponseT], request: RequestT
    ) -> tuple[RequestT, HttpRequest]:
        """Validate, complete and frame ``request``; raises ``ValidationError`` first.

        Returns the completed request (``secret_hash`` filled in) and what to send.
        """
        problems: list[str] = []
        spec.validate(request, "", problems, True)
        url = self.request_url
        if spec.host_prefix is not None:
            url = request_url(self.endpoint_url, _host_prefix(spec, request, problems))
        if problems:
            raise ValidationError(spec.name, problems)
        given = spec.endpoint_params
        if given is not None and self.operation_endpoints is not None:
            url = _operation_url(self.operation_endpoints, spec, given, request)
        if self.client_secret is not None and spec.fill_secret_hash is not None:
            request = spec.fill_secret_hash(request, self.client_secret)
        timeouts = self.timeouts
        if self.call_timeout is not None:
            deadline = time.monotonic() + self.call_timeout
            timeouts = Timeouts(timeouts.connect, timeouts.read, deadline)
        http_request = awsjson.build_request(
            self.service, spec.name, spec.serialize, request, url, timeouts, self.user_agent
        )
        if spec.compress_request:
            minimum = self.min_compression
            if minimum is not None and len(http_request.body) >= minimum:
                http_request = compression.gzip_request(http_request)  # before it is signed
        log.debug("%s: %s %s", spec.name, http_request.method, http_request.url)
        return request, http_request

    def out_of_time(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        http_request: HttpRequest,
        error: SdkError,
        wait: float | None,
    ) -> CallTimeoutError | None:
        """The ``CallTimeoutError`` to raise instead of ``error`` when the call's deadline
        has passed, or would pass during the ``wait`` before a retry (None: no retry); None
        when there is time left, or no deadline."""
        deadline = http_request.timeouts.deadline
        if deadline is None or self.call_timeout is None:
            return None
        now = time.monotonic()
        if wait is None:
            if now < deadline or not isinstance(error, TransportTimeoutError):
                return None  # the error stands for itself
        elif now + wait < deadline:
            return None
        return CallTimeoutError(spec.name, self.call_timeout)

    def retry(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        http_request: HttpRequest,
        error: SdkError,
        attempts: Attempts | None,
        hooks: Intercepted | None,
    ) -> Attempts | None:
        """The attempt to make after ``error``, or None when the caller should re-raise it.

        Raises ``CallTimeoutError`` (from ``error``) instead when the call's deadline has
        passed, or would pass while waiting for the next attempt.
        """
        if hooks is not None:
            if hooks.raised(error):
                return None  # an interceptor's error ends the call
            hooks.after_attempt(error)
        if spec.endpoint_discovery is not None and self.discovery is not None:
            from typedaws_runtime.discovery import invalid_endpoint

            if invalid_endpoint(error):
                self.discovery.forget()  # the next call discovers again
        attempts = self.retry_policy.retry(attempts, error, spec.name)
        late = self.out_of_time(
            spec, http_request, error, None if attempts is None else attempts.delay
        )
        if late is not None:
            raise late from error
        return attempts

    def sign(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        http_request: HttpRequest,
        credentials: Credentials | None = None,
    ) -> HttpRequest:
        """``http_request`` signed for this attempt, or unchanged if ``spec`` is unsigned.

        Without ``credentials``, loads them (may block on I/O: the async client passes them).
        """
        if not spec.signed:
            return http_request
        if credentials is None:
            credentials = self.auth.credentials()
        return self.auth.sign(http_request, credentials)

    def finish(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        request: RequestT,
        response: HttpResponse,
        url: str,
    ) -> ResponseT:
        """The parsed response, or the typed error it stands for (raised); ``url`` is where
        the request went, for errors that say so."""
        if log.enabled():
            rid = awsjson.request_id(response)
            log.debug("%s: HTTP %d, request id %s", spec.name, response.status, rid)
        if 200 <= response.status < 300:
            return awsjson.read_output(response, spec.parse, f"{spec.name}Response")
        # The values of the request's sensitive members (None for unset ones), to mask.
        secrets: list[object] = []
        if spec.secrets is not None:
            spec.secrets(request, secrets)
        raise awsjson.read_error(self.service, response, secrets, url)


def _operation_url(
    endpoints: OperationEndpoints,
    spec: OperationSpec[RequestT, ResponseT],
    given: Mapping[str, object],
    request: RequestT,
) -> str:
    """Where a request of an operation that gives the endpoint rule set parameters goes."""
    context = spec.endpoint_context
    prefix = ""
    if spec.host_prefix is not None:
        prefix = _host_prefix(spec, request, [])  # its problems were reported already
    return endpoints.url_for(
        spec.name, given, None if context is None else context(request), prefix
    )


def _host_prefix(
    spec: OperationSpec[RequestT, ResponseT], request: RequestT, problems: list[str]
) -> str:
    """``spec.host_prefix`` with its labels filled from ``request``; bad labels go to
    ``problems`` (by name, never by value).

    A label's value may hold several DNS labels separated by periods (as botocore allows),
    each of which must be valid, so the prefixed host is a valid host name.
    """
    prefix = spec.host_prefix or ""
    if spec.host_labels is None:
        return prefix
    for name, label in spec.host_labels(request).items():
        value = cast(object, label)  # the caller may pass anything: types are not enforced
        if value is None:
            problems.append(f"{name}: required, but missing (it is a host label)")
        elif not isinstance(value, str):
            continue  # validation already reported the wrong type
        elif not all(is_host_label(part) for part in value.split(".")):
            problems.append(
                f"{name}: not a valid host label (letters, digits and hyphens, 1 to 63 "
                "characters per period-separated part, no leading or trailing hyphen)"
            )
        else:
            prefix = prefix.replace("{" + name + "}", value)
    return prefix


def _transport_options(
    core: ClientCore,
    *,
    callers_transport: bool,
    proxies: Mapping[str, str] | None,
    proxy_ca_bundle: str | PathLike[str] | None,
    ca_bundle: str | PathLike[str] | None,
    client_cert: ClientCert | None,
    max_pool_connections: int | None,
    max_response_bytes: int | None,
) -> TransportOptions | None:
    """What the built-in transports are given, resolved and checked when the client is made;
    None with a caller's transport (which the options cannot reach: giving them is an error).
    """
    options: dict[str, object] = {
        "proxies": proxies,
        "proxy_ca_bundle": proxy_ca_bundle,
        "ca_bundle": ca_bundle,
        "client_cert": client_cert,
        "max_pool_connections": max_pool_connections,
        "max_response_bytes": max_response_bytes,
    }
    given = [name for name, value in options.items() if value is not None]
    if callers_transport:
        if given:
            raise ConfigurationError(
                f"{', '.join(given)} configure the built-in transports; "
                "configure your own transport= directly"
            )
        return None
    for name in ("max_pool_connections", "max_response_bytes"):
        value = options[name]
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 1
        ):
            raise ConfigurationError(f"{name} must be a positive integer")
    if proxies is not None and not hasattr(cast(object, proxies), "items"):  # not a mapping
        raise ConfigurationError('proxies must be a mapping such as {"https": "http://host:3128"}')
    env = environ()
    return TransportOptions(
        max_pool_connections=max_pool_connections or DEFAULT_MAX_POOL_CONNECTIONS,
        max_response_bytes=max_response_bytes or DEFAULT_MAX_RESPONSE_BYTES,
        proxy=resolve_proxy(core.endpoint_url, proxies=proxies, env=env),
        tls=resolve_tls_config(
            ca_bundle=ca_bundle,
            client_cert=client_cert,
            proxy_ca_bundle=proxy_ca_bundle,
            env=env,
            profile=core.profile_name,
        ),
    )


class _BaseClient(Generic[TransportT]):
    """Options shared by both clients (all keyword-only)."""

    _service: ClassVar[ServiceSpec]

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        credentials: Credentials | None = None,
        profile: str | None = None,
        client_secret: str | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        call_timeout: float | None = None,
        proxies: Mapping[str, str] | None = None,
        proxy_ca_bundle: str | PathLike[str] | None = None,
        ca_bundle: str | PathLike[str] | None = None,
        client_cert: ClientCert | None = None,
        max_pool_connections: int | None = None,
        max_response_bytes: int | None = None,
        user_agent_extra: str | None = None,
        request_min_compression_size_bytes: int | None = None,
        disable_request_compression: bool | None = None,
        endpoint_discovery_enabled: bool | None = None,
        interceptors: Sequence[Interceptor] = (),
        transport: TransportT | None = None,
    ) -> None:
        """Create a client.

        Args:
            region: AWS Region; defaults to ``AWS_REGION`` or ``AWS_DEFAULT_REGION``, then to
                the profile's ``region`` in the shared config file.
            endpoint_url: Send requests here instead of the Region's endpoint; defaults to
                ``AWS_ENDPOINT_URL_<SERVICE>`` or ``AWS_ENDPOINT_URL``. Its path and query are
                kept as given; user information (``user:password@``), spaces, control or
                non-ASCII characters and malformed hosts are a ``ConfigurationError``.
            use_fips_endpoint: Use the Region's FIPS endpoint; defaults to
                ``AWS_USE_FIPS_ENDPOINT`` or the profile's ``use_fips_endpoint``.
            use_dualstack_endpoint: Use the Region's dual-stack (IPv6) endpoint; defaults to
                ``AWS_USE_DUALSTACK_ENDPOINT`` or the profile's ``use_dualstack_endpoint``.
            credentials: Explicit credentials for signed operations; without them, signed
                operations use the standard chain (environment, shared files, SSO, ...).
            profile: Shared-config profile for credentials and Region; defaults to
                ``AWS_PROFILE``.
            client_secret: The app client's secret; fills ``secret_hash`` where the caller
                gave none, from the exact user name sent.
            max_attempts: Total attempts per call, first one included.
            connect_timeout: Seconds to wait for a connection (TCP and TLS handshakes).
            read_timeout: Seconds to wait for each read of the response: the most time
                allowed between two arrivals of bytes, not for the whole response (a server
                that trickles bytes keeps a call alive; ``call_timeout`` bounds it).
            call_timeout: Seconds a whole call may take, all attempts and the waits between
                them included; past it the call raises ``CallTimeoutError``. None: no limit.
            proxies: Proxy URLs by the endpoint's scheme (``{"https": "http://proxy:3128"}``),
                replacing ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``NO_PROXY``, which are read as
                botocore reads them otherwise; ``{}``: no proxy. ``https`` endpoints go
                through a CONNECT tunnel; ``http://user:password@proxy`` sends the proxy
                ``Proxy-Authorization`` (Basic); an ``https://`` proxy is reached over TLS.
                The password never appears in ``repr``, logs or errors.
            proxy_ca_bundle: Certificate authorities (PEM file) trusted for an ``https://``
                proxy; defaults to the profile's ``proxy_ca_bundle``, else those of
                ``ca_bundle``.
            ca_bundle: Certificate authorities (PEM file) trusted for the endpoint instead of
                the system's; defaults to ``AWS_CA_BUNDLE``, the profile's ``ca_bundle``, then
                ``REQUESTS_CA_BUNDLE``.
            client_cert: A client certificate for the endpoint: a PEM file with the
                certificate and its (unencrypted) key, or a ``(certificate, key)`` pair.
            max_pool_connections: Connections kept open for reuse (default 10); the async
                client also opens no more than this many at once per event loop. Built-in
                transports only.
            max_response_bytes: The largest response body read (default 32 MiB); a larger one
                raises ``ResponseTooLargeError``. Built-in transports only.
            user_agent_extra: Text appended to the ``User-Agent`` header (which names this
                SDK, its version, the OS and Python's version), as botocore's.
            request_min_compression_size_bytes: Request bodies of at least this many bytes
                (0 to 10485760; default 10240, or ``AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES``
                or the profile's setting) are gzipped, for operations the service accepts
                compressed (the model's ``requestcompression``).
            disable_request_compression: Never compress request bodies; defaults to
                ``AWS_DISABLE_REQUEST_COMPRESSION`` or the profile's setting.
            endpoint_discovery_enabled: For services that name the endpoint to use (endpoint
                discovery): None ("auto", the default, or ``AWS_ENDPOINT_DISCOVERY_ENABLED``
                or the profile's setting) discovers for operations that require it, True for
                those where it is optional too, False for none (those that require it raise
                ``EndpointDiscoveryError``). Nothing is discovered with an ``endpoint_url``.
            interceptors: Called in order at fixed points of every call (see
                ``typedaws_runtime.interceptors``): to add a header, log, measure or trace.
            transport: An HTTP client of your own (see ``typedaws_runtime.transport``). Each
                request carries the client's timeouts and deadline (``HttpRequest.timeouts``)
                for it to honour. The client never closes it: closing is its owner's job.
        """
        self._core = ClientCore(
            self._service,
            region=region,
            endpoint_url=endpoint_url,
            use_fips_endpoint=use_fips_endpoint,
            use_dualstack_endpoint=use_dualstack_endpoint,
            credentials=credentials,
            profile=profile,
            client_secret=client_secret,
            max_attempts=max_attempts,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            call_timeout=call_timeout,
            user_agent_extra=user_agent_extra,
            request_min_compression_size_bytes=request_min_compression_size_bytes,
            disable_request_compression=disable_request_compression,
            endpoint_discovery_enabled=endpoint_discovery_enabled,
        )
        self._transport_options = _transport_options(
            self._core,
            callers_transport=transport is not None,
            proxies=proxies,
            proxy_ca_bundle=proxy_ca_bundle,
            ca_bundle=ca_bundle,
            client_cert=client_cert,
            max_pool_connections=max_pool_connections,
            max_response_bytes=max_response_bytes,
        )
        self._transport: TransportT | None = transport
        self._interceptors: Interceptors | None = None
        if interceptors:
            from typedaws_runtime.interceptors import Interceptors

            self._interceptors = Interceptors(self._service.service_id, interceptors)

    @property
    def meta(self) -> ClientMeta:
        """What the client resolved: ``region_name``, ``endpoint_url``, ``service_name``."""
        return self._core.meta

    def __repr__(self) -> str:
        meta = self._core.meta
        name = type(self).__name__
        return f"{name}(region={meta.region_name!r}, endpoint_url={meta.endpoint_url!r})"


class Client(_BaseClient["Transport"]):
    """Base of generated synchronous clients; safe to share across threads and to use in a
    forked child (which opens connections of its own)."""

    def _get_transport(self) -> Transport:
        transport = self._transport
        if transport is None:
            with _TRANSPORT_LOCK:
                transport = self._transport
                if transport is None:
                    from typedaws_runtime.transports.socket_transport import SocketTransport

                    transport = SocketTransport(self._transport_options)
                    self._transport = transport
        return transport

    def _invoke(self, spec: OperationSpec[RequestT, ResponseT], request: RequestT) -> ResponseT:
        interceptors = self._interceptors
        if interceptors is None:
            return self._attempts(spec, request, None)
        hooks = interceptors.call(spec.name, request)
        try:
            hooks.before_execution()
            outcome: ResponseT | BaseException = self._attempts(spec, request, hooks)
        except BaseException as error:
            outcome = error
        return hooks.finish(outcome)

    def _attempts(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        request: RequestT,
        hooks: Intercepted | None,
    ) -> ResponseT:
        core = self._core
        request, http_request = core.prepare(spec, request)
        if spec.endpoint_discovery is not None and core.discovery is not None:
            http_request = self._discovered(spec, http_request, core.discovery)
        transport = self._transport
        if transport is None:
            transport = self._get_transport()
        attempts: Attempts | None = None
        while True:
            signed = core.sign(spec, http_request)
            try:
                if hooks is not None:
                    signed = hooks.before_transmit(signed)
                response = transport.send(signed)
                if hooks is not None:
                    hooks.after_transmit(response)
                result = core.finish(spec, request, response, http_request.url)
            except SdkError as error:
                # ``error`` is unbound when the block is left, re-raised or not: the frame
                # (which the traceback keeps) holds no cycle through it.
                attempts = core.retry(spec, http_request, error, attempts, hooks)
                if attempts is None:
                    raise
                time.sleep(attempts.delay)
            else:
                if hooks is not None:
                    hooks.after_attempt(result)
                core.retry_policy.succeeded(attempts)
                return result

    def _discovered(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        http_request: HttpRequest,
        cache: EndpointCache,
    ) -> HttpRequest:
        """``http_request`` sent to the discovered endpoint, where ``spec`` wants one."""
        from typedaws_runtime import discovery

        if not cache.wanted(spec):
            return http_request
        if cache.enabled is False:
            raise discovery.refused(spec.name)
        url = cache.current()
        if url is None:
            why: TransportError | None = None
            load = self._core.service.load_endpoint_discovery
            if cache.should_discover() and load is not None:
                found = load()
                try:
                    response = self._attempts(found.operation, found.request, None)
                except TransportError as error:
                    cache.failed()
                    why = error
                else:
                    url = cache.store(found.endpoints(response))
            url = url or cache.stale()
            if url is None:
                if spec.endpoint_discovery:
                    raise discovery.failed(spec.name) from why
                return http_request  # optional: the Region's endpoint serves
        return discovery.at(http_request, url)

    def close(self) -> None:
        """Close the pooled connections of the built-in transport; the client opens new ones
        if used again. A transport passed as ``transport=`` stays the client's, unclosed."""
        if self._transport_options is None:
            return  # the caller's transport: theirs to close
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


_TRANSPORT_LOCK = _thread.allocate_lock()  # not threading (see typedaws_runtime's import budget)


class AsyncClient(_BaseClient["AsyncTransport"]):
    """Base of generated asynchronous clients; safe to share across tasks, and usable from
    several event loops (each gets its own connections)."""

    async def _get_transport(self) -> AsyncTransport:
        transport = self._transport
        if transport is None:
            # Imported here so that sync-only programs do not pay for asyncio.
            from typedaws_runtime.transports.asyncio_transport import AsyncioTransport

            transport = self._transport = AsyncioTransport(self._transport_options)
        return transport

    async def _invoke(
        self, spec: OperationSpec[RequestT, ResponseT], request: RequestT
    ) -> ResponseT:
        interceptors = self._interceptors
        if interceptors is None:
            return await self._attempts(spec, request, None)
        hooks = interceptors.call(spec.name, request)
        try:
            hooks.before_execution()
            outcome: ResponseT | BaseException = await self._attempts(spec, request, hooks)
        except BaseException as error:
            outcome = error
        return hooks.finish(outcome)

    async def _attempts(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        request: RequestT,
        hooks: Intercepted | None,
    ) -> ResponseT:
        core = self._core
        request, http_request = core.prepare(spec, request)
        if spec.endpoint_discovery is not None and core.discovery is not None:
            http_request = await self._discovered(spec, http_request, core.discovery)
        transport = await self._get_transport()
        attempts: Attempts | None = None
        while True:
            credentials = None
            if spec.signed:
                # Loading or refreshing credentials may read files or call the network.
                credentials = core.auth.cached()
                if credentials is None:
                    import asyncio  # here, not on every call: an import statement costs 0.15 µs

                    credentials = await asyncio.to_thread(core.auth.credentials)
            signed = core.sign(spec, http_request, credentials)
            try:
                if hooks is not None:
                    signed = hooks.before_transmit(signed)
                response = await transport.send(signed)
                if hooks is not None:
                    hooks.after_transmit(response)
                result = core.finish(spec, request, response, http_request.url)
            except SdkError as error:
                # As in ``Client._attempts``: no cycle through ``error``.
                attempts = core.retry(spec, http_request, error, attempts, hooks)
                if attempts is None:
                    raise
                import asyncio

                await asyncio.sleep(attempts.delay)
            else:
                if hooks is not None:
                    hooks.after_attempt(result)
                core.retry_policy.succeeded(attempts)
                return result

    async def _discovered(
        self,
        spec: OperationSpec[RequestT, ResponseT],
        http_request: HttpRequest,
        cache: EndpointCache,
    ) -> HttpRequest:
        """As ``Client._discovered``."""
        from typedaws_runtime import discovery

        if not cache.wanted(spec):
            return http_request
        if cache.enabled is False:
            raise discovery.refused(spec.name)
        url = cache.current()
        if url is None:
            why: TransportError | None = None
            load = self._core.service.load_endpoint_discovery
            if cache.should_discover() and load is not None:
                found = load()
                try:
                    response = await self._attempts(found.operation, found.request, None)
                except TransportError as error:
                    cache.failed()
                    why = error
                else:
                    url = cache.store(found.endpoints(response))
            url = url or cache.stale()
            if url is None:
                if spec.endpoint_discovery:
                    raise discovery.failed(spec.name) from why
                return http_request  # optional: the Region's endpoint serves
        return discovery.at(http_request, url)

    async def aclose(self) -> None:
        """Close the pooled connections of the built-in transport; the client opens new ones
        if used again. A transport passed as ``transport=`` stays the client's, unclosed."""
        if self._transport_options is None:
            return  # the caller's transport: theirs to close
        transport, self._transport = self._transport, None
        if transport is not None:
            await transport.close()

    async def close(self) -> None:
        """Same as ``aclose()``."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

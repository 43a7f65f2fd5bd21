# The typed surface of typedaws_runtime.client, for type checkers (codegen/stubs.py).
"""The base classes of generated clients.

``ClientCore`` does everything but the I/O: configuration, validation, SecretHash, framing the
request, reading the response or error. ``Client`` and ``AsyncClient`` only move bytes with
their transport, so the sync and async paths cannot drift apart."""

from collections.abc import Mapping, Sequence
from os import PathLike
from types import TracebackType
from typing import Self

from typedaws_runtime.credentials import Credentials
from typedaws_runtime.interceptors import Interceptor
from typedaws_runtime.signature_types import ClientCert, ClientMeta
from typedaws_runtime.static_typing import Generic, TypeVar
from typedaws_runtime.transport import AsyncTransport, Transport

TransportT = TypeVar("TransportT")

class _BaseClient(Generic[TransportT]):
    """Options shared by both clients (all keyword-only)."""
    def __init__(
        self,
        *,
        region: str | None = ...,
        endpoint_url: str | None = ...,
        use_fips_endpoint: bool | None = ...,
        use_dualstack_endpoint: bool | None = ...,
        credentials: Credentials | None = ...,
        profile: str | None = ...,
        client_secret: str | None = ...,
        max_attempts: int = ...,
        connect_timeout: float = ...,
        read_timeout: float = ...,
        call_timeout: float | None = ...,
        proxies: Mapping[str, str] | None = ...,
        proxy_ca_bundle: str | PathLike[str] | None = ...,
        ca_bundle: str | PathLike[str] | None = ...,
        client_cert: ClientCert | None = ...,
        max_pool_connections: int | None = ...,
        max_response_bytes: int | None = ...,
        user_agent_extra: str | None = ...,
        request_min_compression_size_bytes: int | None = ...,
        disable_request_compression: bool | None = ...,
        endpoint_discovery_enabled: bool | None = ...,
        interceptors: Sequence[Interceptor] = ...,
        transport: TransportT | None = ...,
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
    @property
    def meta(self) -> ClientMeta:
        """What the client resolved: ``region_name``, ``endpoint_url``, ``service_name``."""
    def __repr__(self) -> str: ...

class Client(_BaseClient[Transport]):
    """Base of generated synchronous clients; safe to share across threads and to use in a
    forked child (which opens connections of its own)."""
    def close(self) -> None:
        """Close the pooled connections of the built-in transport; the client opens new ones
        if used again. A transport passed as ``transport=`` stays the client's, unclosed."""
    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

class AsyncClient(_BaseClient[AsyncTransport]):
    """Base of generated asynchronous clients; safe to share across tasks, and usable from
    several event loops (each gets its own connections)."""
    async def aclose(self) -> None:
        """Close the pooled connections of the built-in transport; the client opens new ones
        if used again. A transport passed as ``transport=`` stays the client's, unclosed."""
    async def close(self) -> None:
        """Same as ``aclose()``."""
    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

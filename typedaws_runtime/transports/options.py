"""What a built-in transport is configured with: pool size, response size cap, TLS, proxy.

The client builds one from its options; a transport made directly takes the defaults.
"""

from __future__ import annotations

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl

    from typedaws_runtime.proxies import Proxy
    from typedaws_runtime.tls import TlsConfig

DEFAULT_MAX_POOL_CONNECTIONS = 10
"""As botocore's ``max_pool_connections``."""

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""Cognito's responses are a few kilobytes: 32 MiB is generous, and caps what a broken or
hostile server can make the client hold in memory."""


class TransportOptions:
    """The settings of a built-in transport (plain slotted data)."""

    __slots__ = ("max_pool_connections", "max_response_bytes", "proxy", "tls")

    def __init__(
        self,
        *,
        max_pool_connections: int = DEFAULT_MAX_POOL_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: Proxy | None = None,
        tls: TlsConfig | None = None,
    ) -> None:
        self.max_pool_connections = max_pool_connections
        """Connections kept open per origin while idle (and, async, open at once per loop)."""
        self.max_response_bytes = max_response_bytes
        """The largest response body read; a larger one is a ``ResponseTooLargeError``."""
        self.proxy = proxy
        """The proxy every connection goes through, or None to connect directly."""
        self.tls = tls
        """CA bundle, client certificate and proxy CA bundle; None: the system's defaults."""

    def tls_context(self) -> ssl.SSLContext:
        """The TLS context for ``https`` endpoints (built on first use; reads files)."""
        from typedaws_runtime.tls import ssl_context

        return ssl_context(self.tls)

    def proxy_tls_context(self) -> ssl.SSLContext:
        """The TLS context for the connection to an ``https://`` proxy."""
        from typedaws_runtime.tls import proxy_ssl_context

        return proxy_ssl_context(self.tls)

    def __repr__(self) -> str:
        return (
            f"TransportOptions(max_pool_connections={self.max_pool_connections!r}, "
            f"max_response_bytes={self.max_response_bytes!r}, proxy={self.proxy!r}, "
            f"tls={self.tls!r})"
        )

"""One TLS context per process, built on first use (building one costs tens of milliseconds)."""

from __future__ import annotations

import functools
import ssl


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()

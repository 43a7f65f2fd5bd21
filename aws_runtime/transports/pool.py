"""What both built-in transports ask of a pooled connection before reusing it."""

from __future__ import annotations

import select
import socket


def is_idle_and_open(sock: socket.socket) -> bool:
    """True when an idle connection can carry a request: the server has not closed it and
    sent nothing unasked (either would make the socket readable). Asking costs one ``poll``."""
    try:
        if hasattr(select, "poll"):  # no descriptor-number limit, unlike select()
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return not poller.poll(0)
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable

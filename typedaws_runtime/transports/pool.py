"""What both built-in transports ask of a pooled connection before reusing it."""

from __future__ import annotations

import select


def is_idle_and_open(fd: int) -> bool:
    """True when an idle connection can carry a request: the server has not closed it and
    sent nothing unasked (either would make its descriptor ``fd`` readable). Asking costs one
    ``poll``."""
    try:
        if hasattr(select, "poll"):  # no descriptor-number limit, unlike select()
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            return not poller.poll(0)
        readable, _, _ = select.select([fd], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable

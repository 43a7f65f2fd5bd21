"""Debug records of the SDK (logger ``typedaws_runtime``), without importing ``logging`` up front.

``logging`` is outside the import budget (see ``typedaws_runtime``). A record can only be seen
once the application has configured logging, which means it has imported ``logging``; until
then there is nobody to see it, so these calls do nothing. Never pass secrets here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from typedaws_runtime.static_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import logging

LOGGER_NAME = "typedaws_runtime"
_DEBUG = 10

_logger: logging.Logger | None = None


def enabled() -> bool:
    """Whether an SDK debug record would be seen: worth computing a costly argument for."""
    global _logger  # found once: ``getLogger`` takes a lock on every call
    logger = _logger
    if logger is None:
        module = sys.modules.get("logging")
        if module is None:
            return False
        get_logger = cast("Callable[[str], logging.Logger]", module.getLogger)
        logger = _logger = get_logger(LOGGER_NAME)
    return logger.isEnabledFor(_DEBUG)


def debug(message: str, *args: object) -> None:
    """``logging.getLogger("typedaws_runtime").debug(message, *args)``, if logging is in use."""
    if enabled() and _logger is not None:
        _logger.debug(message, *args, stacklevel=2)

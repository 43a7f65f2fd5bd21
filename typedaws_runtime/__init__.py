"""Run-time support for the generated AWS SDK packages.

Hand-written and protocol-generic: transports, the awsJson protocol, configuration, errors and
validation. Generated packages call into it; nothing here knows about any one service.

Import budget
-------------
A program pays at start-up for the operations it uses, not for the size of the service.
``tests/runtime/test_import_cost.py`` enforces it, each check in a fresh interpreter:
``import cognito_idp`` loads no generated operation or shape module and declares no dataclass;
a first call loads only its operation's module, the shapes that module names and the
transport; and neither imports ``typing``, ``dataclasses`` or ``inspect``, ``re``, ``json``,
``contextlib``, ``configparser``, ``asyncio``, ``ssl``, ``http.client``, ``email``,
botocore, urllib3, aiohttp or jinja2 (a client whose endpoint comes from the Region's rules
does not import ``re`` either; a signed call whose credentials are given or in the environment
imports no botocore). What each of these costs is measured by ``make bench``, not
written in comments. The runtime stays within the budget by these rules, and keeps
``threading``, ``logging``, ``base64`` and the idna codec out by the same rules, though the
test does not list them:

- ``TYPE_CHECKING``, ``cast``, ``Generic`` and ``TypeVar`` come from
  ``typedaws_runtime.static_typing``, never from ``typing``; what only annotations need is imported
  under ``if TYPE_CHECKING:``.
- Models become dataclasses on first look (``typedaws_runtime.lazy_dataclass``).
- String methods instead of ``re`` and ``urllib.parse``, ``_json`` instead of ``json``,
  ``binascii`` instead of ``base64``, ``_thread`` locks instead of ``threading``, ``try`` /
  ``except`` instead of ``contextlib.suppress``; ``typedaws_runtime.log`` writes only once the
  application has imported ``logging``.
- What only some programs need (``ssl``, ``asyncio``, ``hashlib``, ``datetime``, error classes)
  is imported by the function that first needs it.
"""

from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.errors import (
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    PaginationError,
    ReadTimeoutError,
    ResponseParseError,
    SdkError,
    ServiceError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)
from typedaws_runtime.secret_hash import compute_secret_hash

__all__ = [
    "ConfigurationError",
    "ConnectTimeoutError",
    "ConnectionFailedError",
    "PaginationError",
    "ReadTimeoutError",
    "ResponseParseError",
    "SdkError",
    "ServiceError",
    "TransportError",
    "TransportTimeoutError",
    "Unmodelled",
    "ValidationError",
    "compute_secret_hash",
]

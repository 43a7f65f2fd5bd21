"""Run-time support for the generated AWS SDK packages.

Hand-written and protocol-generic: transports, the awsJson protocol, configuration, errors and
validation. Generated packages call into it; nothing here knows about any one service.
"""

from aws_runtime.enums import Unmodelled
from aws_runtime.errors import (
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
from aws_runtime.secret_hash import compute_secret_hash

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

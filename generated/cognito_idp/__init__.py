# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Amazon Cognito Identity Provider: typed synchronous and asynchronous clients."""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime import lazy
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.secret_hash import compute_secret_hash
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Final

    from cognito_idp.async_client import AsyncCognitoIdentityProviderClient
    from cognito_idp.client import CognitoIdentityProviderClient


__version__ = "1.44.8.0"
"""The botocore version of the model this package was generated from, then the SDK's
revision for that model."""

__model__: Final[Mapping[str, str]] = {
    "service": "cognito-idp",
    "api_version": "2016-04-18",
    "botocore_version": "1.44.8",
    "sha256": "e276e4bb14841cc102e9c5e0472f96f5c51b9c382d2f3043a6074c28f571f65a",
}
"""The botocore model this package was generated from."""

_WHERE: Final[Mapping[str, str]] = {
    "AsyncCognitoIdentityProviderClient": "cognito_idp.async_client",
    "CognitoIdentityProviderClient": "cognito_idp.client",
}
"""Where each exported name is defined; its module is imported on first use."""


def __getattr__(name: str) -> object:
    return lazy.load(__name__, _WHERE, name)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AsyncCognitoIdentityProviderClient",
    "CognitoIdentityProviderClient",
    "Unmodelled",
    "__model__",
    "__version__",
    "compute_secret_hash",
]

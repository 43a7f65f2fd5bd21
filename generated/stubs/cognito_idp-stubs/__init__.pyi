# The typed surface of cognito_idp, for type checkers (codegen/stubs.py).
"""Amazon Cognito Identity Provider: typed synchronous and asynchronous clients."""

from collections.abc import Mapping
from typing import Final

from cognito_idp.async_client import (
    AsyncCognitoIdentityProviderClient as AsyncCognitoIdentityProviderClient,
)
from cognito_idp.client import CognitoIdentityProviderClient as CognitoIdentityProviderClient
from typedaws_runtime.enums import Unmodelled as Unmodelled
from typedaws_runtime.secret_hash import compute_secret_hash as compute_secret_hash

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

__all__ = [
    "AsyncCognitoIdentityProviderClient",
    "CognitoIdentityProviderClient",
    "Unmodelled",
    "__model__",
    "__version__",
    "compute_secret_hash",
]

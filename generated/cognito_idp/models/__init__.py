# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Every request, response and shape class, each imported on first use

so that a program pays only for the operations it calls."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from cognito_idp._operations.confirm_sign_up import ConfirmSignUpRequest, ConfirmSignUpResponse
    from cognito_idp._operations.sign_up import (
        AttributeType,
        CodeDeliveryDetailsType,
        DeliveryMediumType,
        SignUpRequest,
        SignUpResponse,
    )
    from cognito_idp._shapes.analytics_metadata_type import AnalyticsMetadataType
    from cognito_idp._shapes.user_context_data_type import UserContextDataType


_WHERE: Final[Mapping[str, str]] = {
    "AnalyticsMetadataType": "cognito_idp._shapes.analytics_metadata_type",
    "AttributeType": "cognito_idp._operations.sign_up",
    "CodeDeliveryDetailsType": "cognito_idp._operations.sign_up",
    "ConfirmSignUpRequest": "cognito_idp._operations.confirm_sign_up",
    "ConfirmSignUpResponse": "cognito_idp._operations.confirm_sign_up",
    "DeliveryMediumType": "cognito_idp._operations.sign_up",
    "SignUpRequest": "cognito_idp._operations.sign_up",
    "SignUpResponse": "cognito_idp._operations.sign_up",
    "UserContextDataType": "cognito_idp._shapes.user_context_data_type",
}


def __getattr__(name: str) -> object:
    """Import a model's module the first time one of its classes is asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AnalyticsMetadataType",
    "AttributeType",
    "CodeDeliveryDetailsType",
    "ConfirmSignUpRequest",
    "ConfirmSignUpResponse",
    "DeliveryMediumType",
    "SignUpRequest",
    "SignUpResponse",
    "UserContextDataType",
]

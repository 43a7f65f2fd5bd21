# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class ExplicitAuthFlowsType(enum.StrEnum):
    """The values of ExplicitAuthFlowsType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH"
    CUSTOM_AUTH_FLOW_ONLY = "CUSTOM_AUTH_FLOW_ONLY"
    USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH"
    ALLOW_ADMIN_USER_PASSWORD_AUTH = "ALLOW_ADMIN_USER_PASSWORD_AUTH"
    ALLOW_CUSTOM_AUTH = "ALLOW_CUSTOM_AUTH"
    ALLOW_USER_PASSWORD_AUTH = "ALLOW_USER_PASSWORD_AUTH"
    ALLOW_USER_SRP_AUTH = "ALLOW_USER_SRP_AUTH"
    ALLOW_REFRESH_TOKEN_AUTH = "ALLOW_REFRESH_TOKEN_AUTH"
    ALLOW_USER_AUTH = "ALLOW_USER_AUTH"
    ALLOW_TOKEN_EXCHANGE_DELEGATION = "ALLOW_TOKEN_EXCHANGE_DELEGATION"
    ALLOW_TOKEN_EXCHANGE_IMPERSONATION = "ALLOW_TOKEN_EXCHANGE_IMPERSONATION"


if TYPE_CHECKING:
    ExplicitAuthFlowsTypeValue: TypeAlias = Literal[
        "ADMIN_NO_SRP_AUTH",
        "CUSTOM_AUTH_FLOW_ONLY",
        "USER_PASSWORD_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        "ALLOW_CUSTOM_AUTH",
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
        "ALLOW_USER_AUTH",
        "ALLOW_TOKEN_EXCHANGE_DELEGATION",
        "ALLOW_TOKEN_EXCHANGE_IMPERSONATION",
    ]
    """The values of ExplicitAuthFlowsType as literal strings, for type checkers: an input typed
    ``ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled`` takes
    ``ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH`` or ``'ADMIN_NO_SRP_AUTH'``, and a type
    checker reports a misspelt value. ``str`` at run time."""
else:
    ExplicitAuthFlowsTypeValue = str

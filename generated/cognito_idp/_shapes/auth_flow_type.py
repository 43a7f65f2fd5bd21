# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AuthFlowType(enum.StrEnum):
    """The values of AuthFlowType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    USER_SRP_AUTH = "USER_SRP_AUTH"
    REFRESH_TOKEN_AUTH = "REFRESH_TOKEN_AUTH"
    REFRESH_TOKEN = "REFRESH_TOKEN"
    CUSTOM_AUTH = "CUSTOM_AUTH"
    ADMIN_NO_SRP_AUTH = "ADMIN_NO_SRP_AUTH"
    USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH"
    ADMIN_USER_PASSWORD_AUTH = "ADMIN_USER_PASSWORD_AUTH"
    USER_AUTH = "USER_AUTH"


if TYPE_CHECKING:
    AuthFlowTypeValue: TypeAlias = Literal[
        "USER_SRP_AUTH",
        "REFRESH_TOKEN_AUTH",
        "REFRESH_TOKEN",
        "CUSTOM_AUTH",
        "ADMIN_NO_SRP_AUTH",
        "USER_PASSWORD_AUTH",
        "ADMIN_USER_PASSWORD_AUTH",
        "USER_AUTH",
    ]
    """The values of AuthFlowType as literal strings, for type checkers: an input typed
    ``AuthFlowType | AuthFlowTypeValue | Unmodelled`` takes ``AuthFlowType.USER_SRP_AUTH``
    or ``'USER_SRP_AUTH'``, and a type checker reports a misspelt value. ``str`` at run
    time."""
else:
    AuthFlowTypeValue = str

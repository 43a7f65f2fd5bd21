# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AuthFactorType(enum.StrEnum):
    """The values of AuthFactorType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    PASSWORD = "PASSWORD"
    EMAIL_OTP = "EMAIL_OTP"
    SMS_OTP = "SMS_OTP"
    WEB_AUTHN = "WEB_AUTHN"
    SOFTWARE_TOKEN = "SOFTWARE_TOKEN"


if TYPE_CHECKING:
    AuthFactorTypeValue: TypeAlias = Literal[
        "PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN", "SOFTWARE_TOKEN"
    ]
    """The values of AuthFactorType as literal strings, for type checkers: an input typed
    ``AuthFactorType | AuthFactorTypeValue | Unmodelled`` takes ``AuthFactorType.PASSWORD``
    or ``'PASSWORD'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    AuthFactorTypeValue = str

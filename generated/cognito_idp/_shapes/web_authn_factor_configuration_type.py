# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class WebAuthnFactorConfigurationType(enum.StrEnum):
    """The configuration of passkey authentication as a single factor or a multi-factor
    authentication (MFA) method. When set to `MULTI_FACTOR_WITH_USER_VERIFICATION`, your user
    pool requires passkey authenticators to perform user verification
    (https://www.w3.org/TR/webauthn-2/#user-verification), for example a biometric or PIN.
    User verification combined with the passkey constitutes multi-factor authentication. When
    set to `SINGLE_FACTOR`, passkeys are a single authentication factor.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SINGLE_FACTOR = "SINGLE_FACTOR"
    MULTI_FACTOR_WITH_USER_VERIFICATION = "MULTI_FACTOR_WITH_USER_VERIFICATION"


if TYPE_CHECKING:
    WebAuthnFactorConfigurationTypeValue: TypeAlias = Literal[
        "SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"
    ]
    """The values of WebAuthnFactorConfigurationType as literal strings, for type checkers: an
    input typed ``WebAuthnFactorConfigurationType | WebAuthnFactorConfigurationTypeValue |
    Unmodelled`` takes ``WebAuthnFactorConfigurationType.SINGLE_FACTOR`` or
    ``'SINGLE_FACTOR'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    WebAuthnFactorConfigurationTypeValue = str

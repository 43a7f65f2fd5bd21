# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class IdentityProviderTypeType(enum.StrEnum):
    """The values of IdentityProviderTypeType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    SAML = "SAML"
    FACEBOOK = "Facebook"
    GOOGLE = "Google"
    LOGINWITHAMAZON = "LoginWithAmazon"
    SIGNINWITHAPPLE = "SignInWithApple"
    OIDC = "OIDC"


if TYPE_CHECKING:
    IdentityProviderTypeTypeValue: TypeAlias = Literal[
        "SAML", "Facebook", "Google", "LoginWithAmazon", "SignInWithApple", "OIDC"
    ]
    """The values of IdentityProviderTypeType as literal strings, for type checkers: an input typed
    ``IdentityProviderTypeType | IdentityProviderTypeTypeValue | Unmodelled`` takes
    ``IdentityProviderTypeType.SAML`` or ``'SAML'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    IdentityProviderTypeTypeValue = str

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class SessionTypeType(enum.StrEnum):
    """The type of a user session. `TOKEN` identifies a token session, which represents an app's
    authenticated session for a user and is tied to a refresh token. `SSO` identifies an SSO
    session, which is a single sign-on (SSO) session that records an authentication through
    managed login and can let the user sign in to other apps without re-authenticating.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    TOKEN = "TOKEN"
    SSO = "SSO"


if TYPE_CHECKING:
    SessionTypeTypeValue: TypeAlias = Literal["TOKEN", "SSO"]
    """The values of SessionTypeType as literal strings, for type checkers: an input typed
    ``SessionTypeType | SessionTypeTypeValue | Unmodelled`` takes ``SessionTypeType.TOKEN``
    or ``'TOKEN'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    SessionTypeTypeValue = str

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class OAuthFlowType(enum.StrEnum):
    """The values of OAuthFlowType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CODE = "code"
    IMPLICIT = "implicit"
    CLIENT_CREDENTIALS = "client_credentials"


if TYPE_CHECKING:
    OAuthFlowTypeValue: TypeAlias = Literal["code", "implicit", "client_credentials"]
    """The values of OAuthFlowType as literal strings, for type checkers: an input typed
    ``OAuthFlowType | OAuthFlowTypeValue | Unmodelled`` takes ``OAuthFlowType.CODE`` or
    ``'code'``, and a type checker reports a misspelt value. ``str`` at run time."""
else:
    OAuthFlowTypeValue = str

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class RevokeAssociatedSessionsType(enum.StrEnum):
    """Controls whether revoking a session also revokes the sessions that are linked to it.
    `NONE` revokes only the targeted session. `LINKED` also revokes the directly linked
    session or sessions, interpreted relative to the type of the targeted session: revoking a
    token session also revokes the parent SSO session it came through, and revoking an SSO
    session also revokes the token sessions that came through it. The set of linked sessions
    is eventually consistent, so associated sessions are typically revoked within a few
    seconds.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    NONE = "NONE"
    LINKED = "LINKED"


if TYPE_CHECKING:
    RevokeAssociatedSessionsTypeValue: TypeAlias = Literal["NONE", "LINKED"]
    """The values of RevokeAssociatedSessionsType as literal strings, for type checkers: an input
    typed ``RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled``
    takes ``RevokeAssociatedSessionsType.NONE`` or ``'NONE'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    RevokeAssociatedSessionsTypeValue = str

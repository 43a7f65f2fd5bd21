# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class DeviceRememberedStatusType(enum.StrEnum):
    """The values of DeviceRememberedStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REMEMBERED = "remembered"
    NOT_REMEMBERED = "not_remembered"


if TYPE_CHECKING:
    DeviceRememberedStatusTypeValue: TypeAlias = Literal["remembered", "not_remembered"]
    """The values of DeviceRememberedStatusType as literal strings, for type checkers: an input
    typed ``DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled``
    takes ``DeviceRememberedStatusType.REMEMBERED`` or ``'remembered'``, and a type checker
    reports a misspelt value. ``str`` at run time."""
else:
    DeviceRememberedStatusTypeValue = str

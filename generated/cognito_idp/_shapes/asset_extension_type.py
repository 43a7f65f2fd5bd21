# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AssetExtensionType(enum.StrEnum):
    """The values of AssetExtensionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    ICO = "ICO"
    JPEG = "JPEG"
    PNG = "PNG"
    SVG = "SVG"
    WEBP = "WEBP"


if TYPE_CHECKING:
    AssetExtensionTypeValue: TypeAlias = Literal["ICO", "JPEG", "PNG", "SVG", "WEBP"]
    """The values of AssetExtensionType as literal strings, for type checkers: an input typed
    ``AssetExtensionType | AssetExtensionTypeValue | Unmodelled`` takes
    ``AssetExtensionType.ICO`` or ``'ICO'``, and a type checker reports a misspelt value.
    ``str`` at run time."""
else:
    AssetExtensionTypeValue = str

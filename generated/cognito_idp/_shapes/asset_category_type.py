# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import enum

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias


class AssetCategoryType(enum.StrEnum):
    """The values of AssetCategoryType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    FAVICON_ICO = "FAVICON_ICO"
    FAVICON_SVG = "FAVICON_SVG"
    EMAIL_GRAPHIC = "EMAIL_GRAPHIC"
    SMS_GRAPHIC = "SMS_GRAPHIC"
    AUTH_APP_GRAPHIC = "AUTH_APP_GRAPHIC"
    PASSWORD_GRAPHIC = "PASSWORD_GRAPHIC"
    PASSKEY_GRAPHIC = "PASSKEY_GRAPHIC"
    PAGE_HEADER_LOGO = "PAGE_HEADER_LOGO"
    PAGE_HEADER_BACKGROUND = "PAGE_HEADER_BACKGROUND"
    PAGE_FOOTER_LOGO = "PAGE_FOOTER_LOGO"
    PAGE_FOOTER_BACKGROUND = "PAGE_FOOTER_BACKGROUND"
    PAGE_BACKGROUND = "PAGE_BACKGROUND"
    FORM_BACKGROUND = "FORM_BACKGROUND"
    FORM_LOGO = "FORM_LOGO"
    IDP_BUTTON_ICON = "IDP_BUTTON_ICON"


if TYPE_CHECKING:
    AssetCategoryTypeValue: TypeAlias = Literal[
        "FAVICON_ICO",
        "FAVICON_SVG",
        "EMAIL_GRAPHIC",
        "SMS_GRAPHIC",
        "AUTH_APP_GRAPHIC",
        "PASSWORD_GRAPHIC",
        "PASSKEY_GRAPHIC",
        "PAGE_HEADER_LOGO",
        "PAGE_HEADER_BACKGROUND",
        "PAGE_FOOTER_LOGO",
        "PAGE_FOOTER_BACKGROUND",
        "PAGE_BACKGROUND",
        "FORM_BACKGROUND",
        "FORM_LOGO",
        "IDP_BUTTON_ICON",
    ]
    """The values of AssetCategoryType as literal strings, for type checkers: an input typed
    ``AssetCategoryType | AssetCategoryTypeValue | Unmodelled`` takes
    ``AssetCategoryType.FAVICON_ICO`` or ``'FAVICON_ICO'``, and a type checker reports a
    misspelt value. ``str`` at run time."""
else:
    AssetCategoryTypeValue = str

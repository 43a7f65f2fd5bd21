# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class UICustomizationType(Boto3Dicts):
    """A container for the UI customization information for the hosted UI in a user pool."""

    user_pool_id: str | None = None
    """The ID of the user pool with hosted UI customizations."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The app client ID for your UI customization. When this value isn't present, the
    customization applies to all user pool app clients that don't have client-level settings.."""

    image_url: str | None = None
    """A URL path to the hosted logo image of your UI customization."""

    css: str | None = None
    """The CSS values in the UI customization."""

    css_version: str | None = None
    """The CSS version number."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""


def parse_UICustomizationType(value: object, path: str) -> UICustomizationType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("ImageUrl")
    f_image_url = None if x is None else _s.parse_str(x, path + ".ImageUrl")
    x = m.get("CSS")
    f_css = None if x is None else _s.parse_str(x, path + ".CSS")
    x = m.get("CSSVersion")
    f_css_version = None if x is None else _s.parse_str(x, path + ".CSSVersion")
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    obj = _dc.new(UICustomizationType)
    obj.user_pool_id = f_user_pool_id
    obj.client_id = f_client_id
    obj.image_url = f_image_url
    obj.css = f_css
    obj.css_version = f_css_version
    obj.last_modified_date = f_last_modified_date
    obj.creation_date = f_creation_date
    return obj

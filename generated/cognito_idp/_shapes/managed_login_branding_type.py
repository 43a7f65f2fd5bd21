# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import asset_type as _shapes_asset_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import signature_types as _types
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.asset_type import AssetType


@_dc.dataclass(kw_only=True)
class ManagedLoginBrandingType(Boto3Dicts):
    """A managed login branding style that's assigned to a user pool app client."""

    managed_login_branding_id: str | None = None
    """The ID of the managed login branding style."""

    user_pool_id: str | None = None
    """The user pool where the branding style is assigned."""

    use_cognito_provided_values: bool | None = None
    """When true, applies the default branding style options. This option reverts to default
    style options that are managed by Amazon Cognito. You can modify them later in the
    branding editor.

    When you specify `true` for this option, you must also omit values for `Settings` and
    `Assets` in the request."""

    settings: _types.Document | None = None
    """A JSON file, encoded as a `Document` type, with the the settings that you want to apply to
    your style.

    The following components are not currently implemented and reserved for future use:

    - `signUp`
    - `instructions`
    - `sessionTimerDisplay`
    - `languageSelector` (for localization, see Managed login localization)
      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)"""

    assets: list[AssetType] | None = None
    """An array of image files that you want to apply to roles like backgrounds, logos, and
    icons. Each object must also indicate whether it is for dark mode, light mode, or
    browser-adaptive mode."""

    creation_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""


def parse_ManagedLoginBrandingType(value: object, path: str) -> ManagedLoginBrandingType:
    m = _s.expect_object(value, path)
    x = m.get("ManagedLoginBrandingId")
    f_managed_login_branding_id = (
        None if x is None else _s.parse_str(x, path + ".ManagedLoginBrandingId")
    )
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("UseCognitoProvidedValues")
    f_use_cognito_provided_values = (
        None if x is None else _s.parse_bool(x, path + ".UseCognitoProvidedValues")
    )
    x = m.get("Settings")
    f_settings = None if x is None else _s.parse_document(x, path + ".Settings")
    x = m.get("Assets")
    f_assets = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".Assets", lambda x, p: _shapes_asset_type.parse_AssetType(x, p)
        )
    )
    x = m.get("CreationDate")
    f_creation_date = None if x is None else _s.parse_timestamp(x, path + ".CreationDate")
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(ManagedLoginBrandingType)
    obj.managed_login_branding_id = f_managed_login_branding_id
    obj.user_pool_id = f_user_pool_id
    obj.use_cognito_provided_values = f_use_cognito_provided_values
    obj.settings = f_settings
    obj.assets = f_assets
    obj.creation_date = f_creation_date
    obj.last_modified_date = f_last_modified_date
    return obj

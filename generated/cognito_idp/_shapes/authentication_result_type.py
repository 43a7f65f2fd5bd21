# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import new_device_metadata_type as _shapes_new_device_metadata_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.new_device_metadata_type import NewDeviceMetadataType


@_dc.dataclass(kw_only=True)
class AuthenticationResultType(Boto3Dicts):
    """The object that your application receives after authentication. Contains tokens and
    information for device authentication."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """Your user's access token."""

    expires_in: int | None = None
    """The expiration period of the authentication result in seconds."""

    token_type: str | None = None
    """The intended use of the token, for example `Bearer`."""

    refresh_token: str | None = _dc.field(default=None, repr=False)
    """Your user's refresh token."""

    id_token: str | None = _dc.field(default=None, repr=False)
    """Your user's ID token."""

    new_device_metadata: NewDeviceMetadataType | None = None
    """The new device metadata from an authentication result."""


def parse_AuthenticationResultType(value: object, path: str) -> AuthenticationResultType:
    m = _s.expect_object(value, path)
    x = m.get("AccessToken")
    f_access_token = None if x is None else _s.parse_str(x, path + ".AccessToken")
    x = m.get("ExpiresIn")
    f_expires_in = None if x is None else _s.parse_int(x, path + ".ExpiresIn")
    x = m.get("TokenType")
    f_token_type = None if x is None else _s.parse_str(x, path + ".TokenType")
    x = m.get("RefreshToken")
    f_refresh_token = None if x is None else _s.parse_str(x, path + ".RefreshToken")
    x = m.get("IdToken")
    f_id_token = None if x is None else _s.parse_str(x, path + ".IdToken")
    x = m.get("NewDeviceMetadata")
    f_new_device_metadata = (
        None
        if x is None
        else _shapes_new_device_metadata_type.parse_NewDeviceMetadataType(
            x, path + ".NewDeviceMetadata"
        )
    )
    obj = _dc.new(AuthenticationResultType)
    obj.access_token = f_access_token
    obj.expires_in = f_expires_in
    obj.token_type = f_token_type
    obj.refresh_token = f_refresh_token
    obj.id_token = f_id_token
    obj.new_device_metadata = f_new_device_metadata
    return obj

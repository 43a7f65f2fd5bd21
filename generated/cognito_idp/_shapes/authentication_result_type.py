# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime.static_typing import TYPE_CHECKING
from cognito_idp._shapes import new_device_metadata_type as _shapes_new_device_metadata_type

if TYPE_CHECKING:
    from cognito_idp._shapes.new_device_metadata_type import NewDeviceMetadataType


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class AuthenticationResultType:
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

    def __init__(
        self,
        *,
        access_token: str | None = None,
        expires_in: int | None = None,
        token_type: str | None = None,
        refresh_token: str | None = None,
        id_token: str | None = None,
        new_device_metadata: NewDeviceMetadataType | None = None,
    ) -> None:
        self.access_token = access_token
        self.expires_in = expires_in
        self.token_type = token_type
        self.refresh_token = refresh_token
        self.id_token = id_token
        self.new_device_metadata = new_device_metadata

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(expires_in={self.expires_in!r}, token_type={self.token_type!r}, new_device_metadata={self.new_device_metadata!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AuthenticationResultType) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.access_token,
            self.expires_in,
            self.token_type,
            self.refresh_token,
            self.id_token,
            self.new_device_metadata,
        ) == (
            other.access_token,
            other.expires_in,
            other.token_type,
            other.refresh_token,
            other.id_token,
            other.new_device_metadata,
        )


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

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import session_location_type as _shapes_session_location_type
from cognito_idp._shapes import session_type_type as _shapes_session_type_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.session_location_type import SessionLocationType
    from cognito_idp._shapes.session_type_type import SessionTypeType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class SessionDescriptionType(Boto3Dicts):
    """Describes an active user session. Amazon Cognito returns this type in the responses of
    `ListUserSessions` and `AdminListUserSessions`, for both token sessions and SSO sessions."""

    session_id: str | None = None
    """The unique identifier for the session. This is a 28-character string of lowercase letters
    and digits, prefixed with `tkn` for a token session or `sso` for an SSO session."""

    session_type: SessionTypeType | Unmodelled | None = None
    """The type of the session. Valid values are `TOKEN` and `SSO`."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client that the session belongs to."""

    create_date: datetime.datetime | None = None
    """The date and time when the session was created."""

    last_active_date: datetime.datetime | None = None
    """The date and time of the most recent activity on the session. For a token session, this is
    the most recent token refresh or rotation; a new authentication creates a new token
    session rather than updating an existing one. For an SSO session, this is the most recent
    authentication, token grant, or token rotation."""

    device_type: str | None = None
    """A description of the device associated with the most recent activity on the session,
    derived from the parsed user agent (operating system and browser or app). Amazon Cognito
    overwrites this value on each sign-in, refresh, and rotation. The value can be `unknown`.
    The maximum length is 1,024 characters."""

    last_ip_address: str | None = _dc.field(default=None, repr=False)
    """The IP address associated with the most recent activity on the session. Amazon Cognito
    overwrites this value on each refresh and rotation. The maximum length is 128 characters."""

    last_location: SessionLocationType | None = None
    """The geographic location of the most recent activity on the session, derived from the IP
    address."""

    origin_session_id: str | None = None
    """For a token session, the ID of the SSO session that the token session originated from.
    This value is null for sessions that were initiated through the API and didn't come
    through an SSO session. Amazon Cognito returns this value for token sessions only."""

    is_current_session: bool | None = None
    """Specifies whether this session matches the access token supplied in the request. This
    value is always `false` for the `AdminListUserSessions` operation, which doesn't take an
    access token."""


def parse_SessionDescriptionType(value: object, path: str) -> SessionDescriptionType:
    m = _s.expect_object(value, path)
    x = m.get("SessionId")
    f_session_id = None if x is None else _s.parse_str(x, path + ".SessionId")
    x = m.get("SessionType")
    f_session_type = (
        None
        if x is None
        else _s.parse_enum(_shapes_session_type_type.SessionTypeType, x, path + ".SessionType")
    )
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("CreateDate")
    f_create_date = None if x is None else _s.parse_timestamp(x, path + ".CreateDate")
    x = m.get("LastActiveDate")
    f_last_active_date = None if x is None else _s.parse_timestamp(x, path + ".LastActiveDate")
    x = m.get("DeviceType")
    f_device_type = None if x is None else _s.parse_str(x, path + ".DeviceType")
    x = m.get("LastIPAddress")
    f_last_ip_address = None if x is None else _s.parse_str(x, path + ".LastIPAddress")
    x = m.get("LastLocation")
    f_last_location = (
        None
        if x is None
        else _shapes_session_location_type.parse_SessionLocationType(x, path + ".LastLocation")
    )
    x = m.get("OriginSessionId")
    f_origin_session_id = None if x is None else _s.parse_str(x, path + ".OriginSessionId")
    x = m.get("IsCurrentSession")
    f_is_current_session = None if x is None else _s.parse_bool(x, path + ".IsCurrentSession")
    obj = _dc.new(SessionDescriptionType)
    obj.session_id = f_session_id
    obj.session_type = f_session_type
    obj.client_id = f_client_id
    obj.create_date = f_create_date
    obj.last_active_date = f_last_active_date
    obj.device_type = f_device_type
    obj.last_ip_address = f_last_ip_address
    obj.last_location = f_last_location
    obj.origin_session_id = f_origin_session_id
    obj.is_current_session = f_is_current_session
    return obj

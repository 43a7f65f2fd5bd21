# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from cognito_idp._shapes import mfa_option_type as _shapes_mfa_option_type
from cognito_idp._shapes import user_status_type as _shapes_user_status_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.mfa_option_type import MFAOptionType
    from cognito_idp._shapes.user_status_type import UserStatusType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class UserType(Boto3Dicts):
    """A user profile in a Amazon Cognito user pool."""

    username: str | None = _dc.field(default=None, repr=False)
    """The user's username."""

    attributes: list[AttributeType] | None = None
    """Names and values of a user's attributes, for example `email`."""

    user_create_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    user_last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    enabled: bool | None = None
    """Indicates whether the user's account is enabled or disabled."""

    user_status: UserStatusType | Unmodelled | None = None
    """The user status. This can be one of the following:

    - `UNCONFIRMED`: User has been created but not confirmed.
    - `CONFIRMED`: User has been confirmed.
    - `EXTERNAL_PROVIDER`: User signed in with a third-party IdP.
    - `RESET_REQUIRED`: User is confirmed, but the user must request a code and reset their
      password before they can sign in.
    - `FORCE_CHANGE_PASSWORD`: The user is confirmed and the user can sign in using a
      temporary password, but on first sign-in, the user must change their password to a new
      value before doing anything else.

    The statuses `ARCHIVED`, `UNKNOWN`, and `COMPROMISED` are no longer used."""

    mfa_options: list[MFAOptionType] | None = None
    """The user's MFA configuration."""


def parse_UserType(value: object, path: str) -> UserType:
    m = _s.expect_object(value, path)
    x = m.get("Username")
    f_username = None if x is None else _s.parse_str(x, path + ".Username")
    x = m.get("Attributes")
    f_attributes = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".Attributes", lambda x, p: _shapes_attribute_type.parse_AttributeType(x, p)
        )
    )
    x = m.get("UserCreateDate")
    f_user_create_date = None if x is None else _s.parse_timestamp(x, path + ".UserCreateDate")
    x = m.get("UserLastModifiedDate")
    f_user_last_modified_date = (
        None if x is None else _s.parse_timestamp(x, path + ".UserLastModifiedDate")
    )
    x = m.get("Enabled")
    f_enabled = None if x is None else _s.parse_bool(x, path + ".Enabled")
    x = m.get("UserStatus")
    f_user_status = (
        None
        if x is None
        else _s.parse_enum(_shapes_user_status_type.UserStatusType, x, path + ".UserStatus")
    )
    x = m.get("MFAOptions")
    f_mfa_options = (
        None
        if x is None
        else _s.parse_list(
            x, path + ".MFAOptions", lambda x, p: _shapes_mfa_option_type.parse_MFAOptionType(x, p)
        )
    )
    obj = _dc.new(UserType)
    obj.username = f_username
    obj.attributes = f_attributes
    obj.user_create_date = f_user_create_date
    obj.user_last_modified_date = f_user_last_modified_date
    obj.enabled = f_enabled
    obj.user_status = f_user_status
    obj.mfa_options = f_mfa_options
    return obj

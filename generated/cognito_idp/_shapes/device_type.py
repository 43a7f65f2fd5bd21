# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import attribute_type as _shapes_attribute_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.attribute_type import AttributeType


@_dc.dataclass(kw_only=True)
class DeviceType(Boto3Dicts):
    """Information about a user's device that they've registered for device SRP authentication in
    your application. For more information, see Working with user devices in your user pool
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)."""

    device_key: str | None = None
    """The device key, for example `us-west-2_EXAMPLE-a1b2c3d4-5678-90ab-cdef-EXAMPLE22222`."""

    device_attributes: list[AttributeType] | None = None
    """Metadata about a user's device, like name and last-access source IP."""

    device_create_date: datetime.datetime | None = None
    """The date and time when the item was created. Amazon Cognito returns this timestamp in UNIX
    epoch time format. Your SDK might render the output in a human-readable format like ISO
    8601 or a Java `Date` object."""

    device_last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""

    device_last_authenticated_date: datetime.datetime | None = None
    """The date when the user last signed in with the device."""


def parse_DeviceType(value: object, path: str) -> DeviceType:
    m = _s.expect_object(value, path)
    x = m.get("DeviceKey")
    f_device_key = None if x is None else _s.parse_str(x, path + ".DeviceKey")
    x = m.get("DeviceAttributes")
    f_device_attributes = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".DeviceAttributes",
            lambda x, p: _shapes_attribute_type.parse_AttributeType(x, p),
        )
    )
    x = m.get("DeviceCreateDate")
    f_device_create_date = None if x is None else _s.parse_timestamp(x, path + ".DeviceCreateDate")
    x = m.get("DeviceLastModifiedDate")
    f_device_last_modified_date = (
        None if x is None else _s.parse_timestamp(x, path + ".DeviceLastModifiedDate")
    )
    x = m.get("DeviceLastAuthenticatedDate")
    f_device_last_authenticated_date = (
        None if x is None else _s.parse_timestamp(x, path + ".DeviceLastAuthenticatedDate")
    )
    obj = _dc.new(DeviceType)
    obj.device_key = f_device_key
    obj.device_attributes = f_device_attributes
    obj.device_create_date = f_device_create_date
    obj.device_last_modified_date = f_device_last_modified_date
    obj.device_last_authenticated_date = f_device_last_authenticated_date
    return obj

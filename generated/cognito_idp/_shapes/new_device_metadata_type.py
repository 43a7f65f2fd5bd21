# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class NewDeviceMetadataType(Boto3Dicts):
    """Information that your user pool responds with in `AuthenticationResult`when you configure
    it to remember devices and a user signs in with an unrecognized device. Amazon Cognito
    presents a new device key that you can use to set up device authentication
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html)
    in a "Remember me on this device" authentication model."""

    device_key: str | None = None
    """The device key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for device
    SRP authentication."""

    device_group_key: str | None = None
    """The device group key, an identifier used in generating the `DEVICE_PASSWORD_VERIFIER` for
    device SRP authentication."""


def parse_NewDeviceMetadataType(value: object, path: str) -> NewDeviceMetadataType:
    m = _s.expect_object(value, path)
    x = m.get("DeviceKey")
    f_device_key = None if x is None else _s.parse_str(x, path + ".DeviceKey")
    x = m.get("DeviceGroupKey")
    f_device_group_key = None if x is None else _s.parse_str(x, path + ".DeviceGroupKey")
    obj = _dc.new(NewDeviceMetadataType)
    obj.device_key = f_device_key
    obj.device_group_key = f_device_group_key
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminUpdateDeviceStatus: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.device_remembered_status_type import (
        DeviceRememberedStatusType,
        DeviceRememberedStatusTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AdminUpdateDeviceStatusRequest(Boto3Dicts):
    """The request to update the device status, as an administrator."""

    user_pool_id: str
    """The ID of the user pool where you want to change a user's device status."""

    username: str = _dc.field(repr=False)
    """The name of the user that you want to query or modify. The value of this parameter is
    typically your user's username, but it can be any of their alias attributes. If `username`
    isn't an alias attribute in your user pool, this value must be the `sub` of a local user
    or the username of a user from a third-party IdP."""

    device_key: str
    """The unique identifier, or device key, of the device that you want to update the status
    for."""

    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    ) = None
    """To enable device authentication with the specified device, set to `remembered`.To disable,
    set to `not_remembered`."""


def serialize_AdminUpdateDeviceStatusRequest(v: AdminUpdateDeviceStatusRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"Username":', _s.json_str(v.username))
    out += (',"DeviceKey":', _s.json_str(v.device_key))
    if v.device_remembered_status is not None:
        out += (',"DeviceRememberedStatus":', _s.json_str(v.device_remembered_status))
    out.append("}")
    return "".join(out)


def secrets_AdminUpdateDeviceStatusRequest(
    v: AdminUpdateDeviceStatusRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.username)


def check_AdminUpdateDeviceStatusRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminUpdateDeviceStatusRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if not (type(v.username) is str and 1 <= len(v.username) <= 128):
        _v.check_str(
            v.username, _v.join(path, "username"), problems, required=True, min_len=1, max_len=128
        )
    if not (type(v.device_key) is str and 1 <= len(v.device_key) <= 55):
        _v.check_str(
            v.device_key,
            _v.join(path, "device_key"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.device_remembered_status is not None and type(v.device_remembered_status) is not str:
        _v.check_str(
            v.device_remembered_status,
            _v.join(path, "device_remembered_status"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class AdminUpdateDeviceStatusResponse(Boto3Dicts):
    """The status response to the request to update the device, as an administrator."""


def parse_AdminUpdateDeviceStatusResponse(
    value: object, path: str
) -> AdminUpdateDeviceStatusResponse:
    _s.expect_object(value, path)
    return AdminUpdateDeviceStatusResponse()


Request = AdminUpdateDeviceStatusRequest
"""The request dataclass of AdminUpdateDeviceStatus."""


OPERATION: OperationSpec[AdminUpdateDeviceStatusRequest, AdminUpdateDeviceStatusResponse] = (
    OperationSpec(
        name="AdminUpdateDeviceStatus",
        validate=check_AdminUpdateDeviceStatusRequest,
        serialize=serialize_AdminUpdateDeviceStatusRequest,
        parse=parse_AdminUpdateDeviceStatusResponse,
        signed=True,
        secrets=secrets_AdminUpdateDeviceStatusRequest,
        fill_secret_hash=None,
    )
)

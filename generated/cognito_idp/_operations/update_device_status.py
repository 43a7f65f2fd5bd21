# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateDeviceStatus: its request and response, and how they travel."""

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
class UpdateDeviceStatusRequest(Boto3Dicts):
    """Represents the request to update the device status."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    device_key: str
    """The device key of the device you want to update, for example
    `us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`."""

    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    ) = None
    """To enable device authentication with the specified device, set to `remembered`.To disable,
    set to `not_remembered`."""


def serialize_UpdateDeviceStatusRequest(v: UpdateDeviceStatusRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"DeviceKey":', _s.json_str(v.device_key))
    if v.device_remembered_status is not None:
        out += (',"DeviceRememberedStatus":', _s.json_str(v.device_remembered_status))
    out.append("}")
    return "".join(out)


def secrets_UpdateDeviceStatusRequest(v: UpdateDeviceStatusRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_UpdateDeviceStatusRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateDeviceStatusRequest, path, problems, required)
    if v is None:
        return
    if type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=True)
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
class UpdateDeviceStatusResponse(Boto3Dicts):
    """The response to the request to update the device status."""


def parse_UpdateDeviceStatusResponse(value: object, path: str) -> UpdateDeviceStatusResponse:
    _s.expect_object(value, path)
    return UpdateDeviceStatusResponse()


Request = UpdateDeviceStatusRequest
"""The request dataclass of UpdateDeviceStatus."""


OPERATION: OperationSpec[UpdateDeviceStatusRequest, UpdateDeviceStatusResponse] = OperationSpec(
    name="UpdateDeviceStatus",
    validate=check_UpdateDeviceStatusRequest,
    serialize=serialize_UpdateDeviceStatusRequest,
    parse=parse_UpdateDeviceStatusResponse,
    signed=False,
    secrets=secrets_UpdateDeviceStatusRequest,
    fill_secret_hash=None,
)

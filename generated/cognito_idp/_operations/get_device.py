# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""GetDevice: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import device_type as _shapes_device_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.device_type import DeviceType


@_dc.dataclass(kw_only=True)
class GetDeviceRequest(Boto3Dicts):
    """Represents the request to get the device."""

    device_key: str
    """The key of the device that you want to get information about."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_GetDeviceRequest(v: GetDeviceRequest) -> str:
    out = ['{"DeviceKey":', _s.json_str(v.device_key)]
    if v.access_token is not None:
        out += (',"AccessToken":', _s.json_str(v.access_token))
    out.append("}")
    return "".join(out)


def secrets_GetDeviceRequest(v: GetDeviceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_GetDeviceRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, GetDeviceRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.device_key) is str and 1 <= len(v.device_key) <= 55):
        _v.check_str(
            v.device_key,
            _v.join(path, "device_key"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.access_token is not None and type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=False)


@_dc.dataclass(kw_only=True)
class GetDeviceResponse(Boto3Dicts):
    """Gets the device response."""

    device: DeviceType
    """Details of the requested device. Includes device information, last-accessed and created
    dates, and the device key."""


def parse_GetDeviceResponse(value: object, path: str) -> GetDeviceResponse:
    m = _s.expect_object(value, path)
    x = m.get("Device")
    if x is None:
        raise _s.missing(path + ".Device")
    f_device = _shapes_device_type.parse_DeviceType(x, path + ".Device")
    obj = _dc.new(GetDeviceResponse)
    obj.device = f_device
    return obj


Request = GetDeviceRequest
"""The request dataclass of GetDevice."""


OPERATION: OperationSpec[GetDeviceRequest, GetDeviceResponse] = OperationSpec(
    name="GetDevice",
    validate=check_GetDeviceRequest,
    serialize=serialize_GetDeviceRequest,
    parse=parse_GetDeviceResponse,
    signed=False,
    secrets=secrets_GetDeviceRequest,
    fill_secret_hash=None,
)

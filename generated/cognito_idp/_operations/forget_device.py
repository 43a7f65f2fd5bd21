# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ForgetDevice: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ForgetDeviceRequest(Boto3Dicts):
    """Represents the request to forget the device."""

    device_key: str
    """The unique identifier, or device key, of the device that the user wants to forget."""

    access_token: str | None = _dc.field(default=None, repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""


def serialize_ForgetDeviceRequest(v: ForgetDeviceRequest) -> str:
    out: list[str] = []
    if v.access_token is not None:
        out += (',"AccessToken":', _s.json_str(v.access_token))
    out += (',"DeviceKey":', _s.json_str(v.device_key))
    return "{" + "".join(out)[1:] + "}"


def secrets_ForgetDeviceRequest(v: ForgetDeviceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)


def check_ForgetDeviceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ForgetDeviceRequest, path, problems, required)
    if v is None:
        return
    if v.access_token is not None and type(v.access_token) is not str:
        _v.check_str(v.access_token, _v.join(path, "access_token"), problems, required=False)
    if not (type(v.device_key) is str and 1 <= len(v.device_key) <= 55):
        _v.check_str(
            v.device_key,
            _v.join(path, "device_key"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )


Request = ForgetDeviceRequest
"""The request dataclass of ForgetDevice."""


OPERATION: OperationSpec[ForgetDeviceRequest, None] = OperationSpec(
    name="ForgetDevice",
    validate=check_ForgetDeviceRequest,
    serialize=serialize_ForgetDeviceRequest,
    parse=_s.parse_nothing,
    signed=False,
    secrets=secrets_ForgetDeviceRequest,
    fill_secret_hash=None,
)

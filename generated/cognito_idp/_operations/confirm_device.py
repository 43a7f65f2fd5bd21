# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ConfirmDevice: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ConfirmDeviceRequest(Boto3Dicts):
    """The confirm-device request."""

    access_token: str = _dc.field(repr=False)
    """A valid access token that Amazon Cognito issued to the currently signed-in user. Must
    include a scope claim for `aws.cognito.signin.user.admin`."""

    device_key: str
    """The unique identifier, or device key, of the device that you want to update the status
    for."""

    device_secret_verifier_config: DeviceSecretVerifierConfigType | None = None
    """The configuration of the device secret verifier."""

    device_name: str | None = None
    """A friendly name for the device, for example `MyMobilePhone`."""


def serialize_ConfirmDeviceRequest(v: ConfirmDeviceRequest) -> str:
    out = ['{"AccessToken":', _s.json_str(v.access_token)]
    out += (',"DeviceKey":', _s.json_str(v.device_key))
    if v.device_secret_verifier_config is not None:
        out += (
            ',"DeviceSecretVerifierConfig":',
            serialize_DeviceSecretVerifierConfigType(v.device_secret_verifier_config),
        )
    if v.device_name is not None:
        out += (',"DeviceName":', _s.json_str(v.device_name))
    out.append("}")
    return "".join(out)


def secrets_ConfirmDeviceRequest(v: ConfirmDeviceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.access_token)
    if v.device_secret_verifier_config is not None:
        secrets_DeviceSecretVerifierConfigType(v.device_secret_verifier_config, out)


def check_ConfirmDeviceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ConfirmDeviceRequest, path, problems, required)
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
    if v.device_secret_verifier_config is not None:
        check_DeviceSecretVerifierConfigType(
            v.device_secret_verifier_config,
            _v.join(path, "device_secret_verifier_config"),
            problems,
            required=False,
        )
    if v.device_name is not None and not (
        type(v.device_name) is str and 1 <= len(v.device_name) <= 1024
    ):
        _v.check_str(
            v.device_name,
            _v.join(path, "device_name"),
            problems,
            required=False,
            min_len=1,
            max_len=1024,
        )


@_dc.dataclass(kw_only=True)
class ConfirmDeviceResponse(Boto3Dicts):
    """The confirm-device response."""

    user_confirmation_necessary: bool | None = None
    """When `true`, your user must confirm that they want to remember the device. Prompt the user
    for an answer.

    When `false`, immediately sets the device as remembered and eligible for device
    authentication.

    You can configure your user pool to always remember devices, in which case this response
    is `false`, or to allow users to opt in, in which case this response is `true`. Configure
    this option under Device tracking in the Sign-in menu of your user pool."""


def parse_ConfirmDeviceResponse(value: object, path: str) -> ConfirmDeviceResponse:
    m = _s.expect_object(value, path)
    x = m.get("UserConfirmationNecessary")
    f_user_confirmation_necessary = (
        None if x is None else _s.parse_bool(x, path + ".UserConfirmationNecessary")
    )
    obj = _dc.new(ConfirmDeviceResponse)
    obj.user_confirmation_necessary = f_user_confirmation_necessary
    return obj


@_dc.dataclass(kw_only=True)
class DeviceSecretVerifierConfigType(Boto3Dicts):
    """A Secure Remote Password (SRP) value that your application generates when you register a
    user's device. For more information, see Getting a device key
    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-getting-a-device-key)."""

    password_verifier: str | None = None
    """A password verifier for a user's device. Used in SRP authentication."""

    salt: str | None = None
    """The salt that you want to use in SRP authentication with the user's device."""


def serialize_DeviceSecretVerifierConfigType(v: DeviceSecretVerifierConfigType) -> str:
    out: list[str] = []
    if v.password_verifier is not None:
        out += (',"PasswordVerifier":', _s.json_str(v.password_verifier))
    if v.salt is not None:
        out += (',"Salt":', _s.json_str(v.salt))
    return "{" + "".join(out)[1:] + "}"


def secrets_DeviceSecretVerifierConfigType(
    v: DeviceSecretVerifierConfigType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeviceSecretVerifierConfigType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeviceSecretVerifierConfigType, path, problems, required)
    if v is None:
        return
    if v.password_verifier is not None and not (
        type(v.password_verifier) is str and 0 <= len(v.password_verifier) <= 131072
    ):
        _v.check_str(
            v.password_verifier,
            _v.join(path, "password_verifier"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.salt is not None and not (type(v.salt) is str and 0 <= len(v.salt) <= 131072):
        _v.check_str(
            v.salt, _v.join(path, "salt"), problems, required=False, min_len=0, max_len=131072
        )


Request = ConfirmDeviceRequest
"""The request dataclass of ConfirmDevice."""


OPERATION: OperationSpec[ConfirmDeviceRequest, ConfirmDeviceResponse] = OperationSpec(
    name="ConfirmDevice",
    validate=check_ConfirmDeviceRequest,
    serialize=serialize_ConfirmDeviceRequest,
    parse=parse_ConfirmDeviceResponse,
    signed=False,
    secrets=secrets_ConfirmDeviceRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class DeviceConfigurationType(Boto3Dicts):
    """The device-remembering configuration for a user pool.

    Note: When you provide a value for any property of `DeviceConfiguration`, you activate the
    device remembering for the user pool."""

    challenge_required_on_new_device: bool | None = None
    """When true, a remembered device can sign in with device authentication instead of SMS and
    time-based one-time password (TOTP) factors for multi-factor authentication (MFA).

    Note: Whether or not `ChallengeRequiredOnNewDevice` is true, users who sign in with
    devices that have not been confirmed or remembered must still provide a second factor in a
    user pool that requires MFA."""

    device_only_remembered_on_user_prompt: bool | None = None
    """When true, Amazon Cognito doesn't automatically remember a user's device when your app
    sends a `ConfirmDevice` API request. In your app, create a prompt for your user to choose
    whether they want to remember their device. Return the user's choice in an
    `UpdateDeviceStatus` API request.

    When `DeviceOnlyRememberedOnUserPrompt` is `false`, Amazon Cognito immediately remembers
    devices that you register in a `ConfirmDevice` API request."""


def serialize_DeviceConfigurationType(v: DeviceConfigurationType) -> str:
    out: list[str] = []
    if v.challenge_required_on_new_device is not None:
        out += (
            ',"ChallengeRequiredOnNewDevice":',
            ("true" if v.challenge_required_on_new_device else "false"),
        )
    if v.device_only_remembered_on_user_prompt is not None:
        out += (
            ',"DeviceOnlyRememberedOnUserPrompt":',
            ("true" if v.device_only_remembered_on_user_prompt else "false"),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_DeviceConfigurationType(v: DeviceConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeviceConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeviceConfigurationType, path, problems, required)
    if v is None:
        return
    if (
        v.challenge_required_on_new_device is not None
        and type(v.challenge_required_on_new_device) is not bool
    ):
        _v.check_bool(
            v.challenge_required_on_new_device,
            _v.join(path, "challenge_required_on_new_device"),
            problems,
            required=False,
        )
    if (
        v.device_only_remembered_on_user_prompt is not None
        and type(v.device_only_remembered_on_user_prompt) is not bool
    ):
        _v.check_bool(
            v.device_only_remembered_on_user_prompt,
            _v.join(path, "device_only_remembered_on_user_prompt"),
            problems,
            required=False,
        )


def parse_DeviceConfigurationType(value: object, path: str) -> DeviceConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("ChallengeRequiredOnNewDevice")
    f_challenge_required_on_new_device = (
        None if x is None else _s.parse_bool(x, path + ".ChallengeRequiredOnNewDevice")
    )
    x = m.get("DeviceOnlyRememberedOnUserPrompt")
    f_device_only_remembered_on_user_prompt = (
        None if x is None else _s.parse_bool(x, path + ".DeviceOnlyRememberedOnUserPrompt")
    )
    obj = _dc.new(DeviceConfigurationType)
    obj.challenge_required_on_new_device = f_challenge_required_on_new_device
    obj.device_only_remembered_on_user_prompt = f_device_only_remembered_on_user_prompt
    return obj

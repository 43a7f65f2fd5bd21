# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class UserContextDataType(Boto3Dicts):
    """Contextual data, such as the user's device fingerprint, IP address, or location, used for
    evaluating the risk of an unexpected event by Amazon Cognito threat protection."""

    ip_address: str | None = _dc.field(default=None, repr=False)
    """The source IP address of your user's device."""

    encoded_data: str | None = _dc.field(default=None, repr=False)
    """Encoded device-fingerprint details that your app collected with the Amazon Cognito context
    data collection library. For more information, see Adding user device and session data to
    API requests
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint)."""


def serialize_UserContextDataType(v: UserContextDataType) -> str:
    out: list[str] = []
    if v.ip_address is not None:
        out += (',"IpAddress":', _s.json_str(v.ip_address))
    if v.encoded_data is not None:
        out += (',"EncodedData":', _s.json_str(v.encoded_data))
    return "{" + "".join(out)[1:] + "}"


def secrets_UserContextDataType(v: UserContextDataType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.ip_address)
    out.append(v.encoded_data)


def check_UserContextDataType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UserContextDataType, path, problems, required)
    if v is None:
        return
    if v.ip_address is not None and not (
        type(v.ip_address) is str and 0 <= len(v.ip_address) <= 131072
    ):
        _v.check_str(
            v.ip_address,
            _v.join(path, "ip_address"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.encoded_data is not None and not (
        type(v.encoded_data) is str and 0 <= len(v.encoded_data) <= 131072
    ):
        _v.check_str(
            v.encoded_data,
            _v.join(path, "encoded_data"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import sms_configuration_type as _shapes_sms_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.sms_configuration_type import SmsConfigurationType


@_dc.dataclass(kw_only=True)
class SmsMfaConfigType(Boto3Dicts):
    """The configuration of multi-factor authentication (MFA) with SMS messages in a user pool."""

    sms_authentication_message: str | None = None
    """The SMS authentication message that will be sent to users with the code they must sign in
    with. The message must contain the `{####}` placeholder. Your user pool replaces the
    placeholder with the MFA code. If this parameter isn't provided, your user pool sends a
    default message."""

    sms_configuration: SmsConfigurationType | None = None
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account.

    You can set `SmsConfiguration` in `CreateUserPool` and `UpdateUserPool`, or in
    `SetUserPoolMfaConfig`."""


def serialize_SmsMfaConfigType(v: SmsMfaConfigType) -> str:
    out: list[str] = []
    if v.sms_authentication_message is not None:
        out += (',"SmsAuthenticationMessage":', _s.json_str(v.sms_authentication_message))
    if v.sms_configuration is not None:
        out += (
            ',"SmsConfiguration":',
            _shapes_sms_configuration_type.serialize_SmsConfigurationType(v.sms_configuration),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_SmsMfaConfigType(v: SmsMfaConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.sms_configuration is not None:
        _shapes_sms_configuration_type.secrets_SmsConfigurationType(v.sms_configuration, out)


def check_SmsMfaConfigType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, SmsMfaConfigType, path, problems, required)
    if v is None:
        return
    if v.sms_authentication_message is not None and not (
        type(v.sms_authentication_message) is str and 6 <= len(v.sms_authentication_message) <= 140
    ):
        _v.check_str(
            v.sms_authentication_message,
            _v.join(path, "sms_authentication_message"),
            problems,
            required=False,
            min_len=6,
            max_len=140,
        )
    if v.sms_configuration is not None:
        _shapes_sms_configuration_type.check_SmsConfigurationType(
            v.sms_configuration, _v.join(path, "sms_configuration"), problems, required=False
        )


def parse_SmsMfaConfigType(value: object, path: str) -> SmsMfaConfigType:
    m = _s.expect_object(value, path)
    x = m.get("SmsAuthenticationMessage")
    f_sms_authentication_message = (
        None if x is None else _s.parse_str(x, path + ".SmsAuthenticationMessage")
    )
    x = m.get("SmsConfiguration")
    f_sms_configuration = (
        None
        if x is None
        else _shapes_sms_configuration_type.parse_SmsConfigurationType(
            x, path + ".SmsConfiguration"
        )
    )
    obj = _dc.new(SmsMfaConfigType)
    obj.sms_authentication_message = f_sms_authentication_message
    obj.sms_configuration = f_sms_configuration
    return obj

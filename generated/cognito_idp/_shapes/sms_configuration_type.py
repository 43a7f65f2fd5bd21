# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import eums_sms_configuration_type as _shapes_eums_sms_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.eums_sms_configuration_type import EumsSmsConfigurationType


@_dc.dataclass(kw_only=True)
class SmsConfigurationType(Boto3Dicts):
    """User pool configuration for delivery of SMS messages with Amazon Simple Notification
    Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you
    want, the Amazon Cognito user pool uses an Identity and Access Management (IAM) role in
    your Amazon Web Services account."""

    sns_caller_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role
    in your Amazon Web Services account that Amazon Cognito will use to send SMS messages. SMS
    messages are subject to a spending limit
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html)."""

    external_id: str | None = None
    """The external ID provides additional security for your IAM role. You can use an
    `ExternalId` with the IAM role that you use with Amazon SNS to send SMS messages for your
    user pool. If you provide an `ExternalId`, your Amazon Cognito user pool includes it in
    the request to assume your IAM role. You can configure the role trust policy to require
    that Amazon Cognito, and any principal, provide the `ExternalID`. If you use the Amazon
    Cognito Management Console to create a role for SMS multi-factor authentication (MFA),
    Amazon Cognito creates a role with the required permissions and a trust policy that
    demonstrates use of the `ExternalId`.

    For more information about the `ExternalId` of a role, see How to use an external ID when
    granting access to your Amazon Web Services resources to a third party
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html)."""

    sns_region: str | None = None
    """The Amazon Web Services Region to use with Amazon SNS integration. You can choose the same
    Region as your user pool, or a supported Legacy Amazon SNS alternate Region.

    Amazon Cognito resources in the Asia Pacific (Seoul) Amazon Web Services Region must use
    your Amazon SNS configuration in the Asia Pacific (Tokyo) Region. For more information,
    see SMS message settings for Amazon Cognito user pools
    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)."""

    eums_sms: EumsSmsConfigurationType | None = None
    """The configuration for sending SMS messages through Amazon Web Services End User Messaging
    SMS, as an alternative to Amazon SNS. In a user pool, provide either the Amazon SNS
    configuration (`SnsCallerArn`) or this configuration, but not both. In Amazon Web Services
    Regions where Amazon SNS is not available, this configuration is required."""


def serialize_SmsConfigurationType(v: SmsConfigurationType) -> str:
    out: list[str] = []
    if v.sns_caller_arn is not None:
        out += (',"SnsCallerArn":', _s.json_str(v.sns_caller_arn))
    if v.external_id is not None:
        out += (',"ExternalId":', _s.json_str(v.external_id))
    if v.sns_region is not None:
        out += (',"SnsRegion":', _s.json_str(v.sns_region))
    if v.eums_sms is not None:
        out += (
            ',"EumsSms":',
            _shapes_eums_sms_configuration_type.serialize_EumsSmsConfigurationType(v.eums_sms),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_SmsConfigurationType(v: SmsConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.eums_sms is not None:
        _shapes_eums_sms_configuration_type.secrets_EumsSmsConfigurationType(v.eums_sms, out)


def check_SmsConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SmsConfigurationType, path, problems, required)
    if v is None:
        return
    if v.sns_caller_arn is not None and not (
        type(v.sns_caller_arn) is str and 0 <= len(v.sns_caller_arn) <= 2048
    ):
        _v.check_str(
            v.sns_caller_arn,
            _v.join(path, "sns_caller_arn"),
            problems,
            required=False,
            min_len=0,
            max_len=2048,
        )
    if v.external_id is not None and not (
        type(v.external_id) is str and 0 <= len(v.external_id) <= 131072
    ):
        _v.check_str(
            v.external_id,
            _v.join(path, "external_id"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.sns_region is not None and not (
        type(v.sns_region) is str and 5 <= len(v.sns_region) <= 32
    ):
        _v.check_str(
            v.sns_region,
            _v.join(path, "sns_region"),
            problems,
            required=False,
            min_len=5,
            max_len=32,
        )
    if v.eums_sms is not None:
        _shapes_eums_sms_configuration_type.check_EumsSmsConfigurationType(
            v.eums_sms, _v.join(path, "eums_sms"), problems, required=False
        )


def parse_SmsConfigurationType(value: object, path: str) -> SmsConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("SnsCallerArn")
    f_sns_caller_arn = None if x is None else _s.parse_str(x, path + ".SnsCallerArn")
    x = m.get("ExternalId")
    f_external_id = None if x is None else _s.parse_str(x, path + ".ExternalId")
    x = m.get("SnsRegion")
    f_sns_region = None if x is None else _s.parse_str(x, path + ".SnsRegion")
    x = m.get("EumsSms")
    f_eums_sms = (
        None
        if x is None
        else _shapes_eums_sms_configuration_type.parse_EumsSmsConfigurationType(
            x, path + ".EumsSms"
        )
    )
    obj = _dc.new(SmsConfigurationType)
    obj.sns_caller_arn = f_sns_caller_arn
    obj.external_id = f_external_id
    obj.sns_region = f_sns_region
    obj.eums_sms = f_eums_sms
    return obj

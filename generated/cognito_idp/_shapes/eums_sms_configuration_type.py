# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class EumsSmsConfigurationType(Boto3Dicts):
    """The configuration that Amazon Cognito uses to send SMS messages through Amazon Web
    Services End User Messaging SMS. Provide this structure in the `EumsSms` member of
    `SmsConfigurationType` to use Amazon Web Services End User Messaging SMS instead of Amazon
    SNS."""

    caller_arn: str
    """The ARN of the IAM role that Amazon Cognito assumes to send SMS messages through Amazon
    Web Services End User Messaging SMS. The role must grant permission to call the
    `sms-voice:SendTextMessage` operation."""

    external_id: str | None = None
    """The external ID that Amazon Cognito includes when it assumes the `CallerArn` role. Use
    this value as a condition in the role trust policy to prevent the confused deputy problem."""

    origination_identity: str | None = None
    """The origination identity that Amazon Web Services End User Messaging SMS uses to send
    messages to your users. This value can be one of the following:

    - A phone number - A long code, toll-free number, or short code that is assigned to your
      account.
    - A sender ID - An alphabetic name that identifies the message sender in supported
      countries.
    - A phone pool - A group of phone numbers that Amazon Web Services End User Messaging SMS
      selects from when it sends messages.

    You can provide an E.164 phone number or the ARN of the phone number, sender ID, or phone
    pool. Amazon Web Services End User Messaging SMS evaluates IAM authorization with the
    value that you provide. If the permissions policy of your `CallerArn` role scopes the
    `sms-voice:SendTextMessage` resource to a specific ARN, provide that same ARN. If the
    formats do not match, requests fail with an `InvalidSmsRoleAccessPolicyException`.

    Depending on the destination country, you must provide an origination identity. For
    country-specific requirements, see Supported countries and regions for SMS messaging
    (https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html)
    in the Amazon Web Services End User Messaging SMS User Guide."""

    configuration_set_name: str | None = None
    """The name of the Amazon Web Services End User Messaging SMS configuration set that Amazon
    Cognito applies to messages, for logging and event destinations. If you omit this member,
    Amazon Cognito sends messages without applying a configuration set."""

    in_entity_id: str | None = None
    """The principal entity ID required by India's Distributed Ledger Technology (DLT)
    regulations for SMS messages."""

    in_template_id: str | None = None
    """The registered template ID for the message template required by India's DLT regulations
    for SMS messages."""

    region: str | None = None
    """The Amazon Web Services Region of the Amazon Web Services End User Messaging SMS resources
    that Amazon Cognito uses to send messages. Amazon Web Services End User Messaging SMS must
    be available in your user pool's Region.

    If you omit this parameter, Amazon Cognito uses the same Region as your user pool. You can
    also set this parameter to your user pool's Region explicitly. Amazon Cognito rejects any
    other value with an `InvalidParameterException`."""


def serialize_EumsSmsConfigurationType(v: EumsSmsConfigurationType) -> str:
    out = ['{"CallerArn":', _s.json_str(v.caller_arn)]
    if v.external_id is not None:
        out += (',"ExternalId":', _s.json_str(v.external_id))
    if v.origination_identity is not None:
        out += (',"OriginationIdentity":', _s.json_str(v.origination_identity))
    if v.configuration_set_name is not None:
        out += (',"ConfigurationSetName":', _s.json_str(v.configuration_set_name))
    if v.in_entity_id is not None:
        out += (',"InEntityId":', _s.json_str(v.in_entity_id))
    if v.in_template_id is not None:
        out += (',"InTemplateId":', _s.json_str(v.in_template_id))
    if v.region is not None:
        out += (',"Region":', _s.json_str(v.region))
    out.append("}")
    return "".join(out)


def secrets_EumsSmsConfigurationType(v: EumsSmsConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_EumsSmsConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, EumsSmsConfigurationType, path, problems, required)
    if v is None:
        return
    if not (type(v.caller_arn) is str and 20 <= len(v.caller_arn) <= 2048):
        _v.check_str(
            v.caller_arn,
            _v.join(path, "caller_arn"),
            problems,
            required=True,
            min_len=20,
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
    if v.origination_identity is not None and not (
        type(v.origination_identity) is str and 0 <= len(v.origination_identity) <= 131072
    ):
        _v.check_str(
            v.origination_identity,
            _v.join(path, "origination_identity"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.configuration_set_name is not None and not (
        type(v.configuration_set_name) is str and 0 <= len(v.configuration_set_name) <= 131072
    ):
        _v.check_str(
            v.configuration_set_name,
            _v.join(path, "configuration_set_name"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.in_entity_id is not None and not (
        type(v.in_entity_id) is str and 0 <= len(v.in_entity_id) <= 131072
    ):
        _v.check_str(
            v.in_entity_id,
            _v.join(path, "in_entity_id"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.in_template_id is not None and not (
        type(v.in_template_id) is str and 0 <= len(v.in_template_id) <= 131072
    ):
        _v.check_str(
            v.in_template_id,
            _v.join(path, "in_template_id"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.region is not None and not (type(v.region) is str and 5 <= len(v.region) <= 32):
        _v.check_str(
            v.region, _v.join(path, "region"), problems, required=False, min_len=5, max_len=32
        )


def parse_EumsSmsConfigurationType(value: object, path: str) -> EumsSmsConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("CallerArn")
    if x is None:
        raise _s.missing(path + ".CallerArn")
    f_caller_arn = _s.parse_str(x, path + ".CallerArn")
    x = m.get("ExternalId")
    f_external_id = None if x is None else _s.parse_str(x, path + ".ExternalId")
    x = m.get("OriginationIdentity")
    f_origination_identity = None if x is None else _s.parse_str(x, path + ".OriginationIdentity")
    x = m.get("ConfigurationSetName")
    f_configuration_set_name = (
        None if x is None else _s.parse_str(x, path + ".ConfigurationSetName")
    )
    x = m.get("InEntityId")
    f_in_entity_id = None if x is None else _s.parse_str(x, path + ".InEntityId")
    x = m.get("InTemplateId")
    f_in_template_id = None if x is None else _s.parse_str(x, path + ".InTemplateId")
    x = m.get("Region")
    f_region = None if x is None else _s.parse_str(x, path + ".Region")
    obj = _dc.new(EumsSmsConfigurationType)
    obj.caller_arn = f_caller_arn
    obj.external_id = f_external_id
    obj.origination_identity = f_origination_identity
    obj.configuration_set_name = f_configuration_set_name
    obj.in_entity_id = f_in_entity_id
    obj.in_template_id = f_in_template_id
    obj.region = f_region
    return obj

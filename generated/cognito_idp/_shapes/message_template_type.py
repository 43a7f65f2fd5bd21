# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class MessageTemplateType(Boto3Dicts):
    """The message template structure."""

    sms_message: str | None = None
    """The message template for SMS messages."""

    email_message: str | None = None
    """The message template for email messages. EmailMessage is allowed only if
    EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is DEVELOPER."""

    email_subject: str | None = None
    """The subject line for email messages. EmailSubject is allowed only if EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is DEVELOPER."""


def serialize_MessageTemplateType(v: MessageTemplateType) -> str:
    out: list[str] = []
    if v.sms_message is not None:
        out += (',"SMSMessage":', _s.json_str(v.sms_message))
    if v.email_message is not None:
        out += (',"EmailMessage":', _s.json_str(v.email_message))
    if v.email_subject is not None:
        out += (',"EmailSubject":', _s.json_str(v.email_subject))
    return "{" + "".join(out)[1:] + "}"


def secrets_MessageTemplateType(v: MessageTemplateType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_MessageTemplateType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, MessageTemplateType, path, problems, required)
    if v is None:
        return
    if v.sms_message is not None and not (
        type(v.sms_message) is str and 6 <= len(v.sms_message) <= 140
    ):
        _v.check_str(
            v.sms_message,
            _v.join(path, "sms_message"),
            problems,
            required=False,
            min_len=6,
            max_len=140,
        )
    if v.email_message is not None and not (
        type(v.email_message) is str and 6 <= len(v.email_message) <= 20000
    ):
        _v.check_str(
            v.email_message,
            _v.join(path, "email_message"),
            problems,
            required=False,
            min_len=6,
            max_len=20000,
        )
    if v.email_subject is not None and not (
        type(v.email_subject) is str and 1 <= len(v.email_subject) <= 140
    ):
        _v.check_str(
            v.email_subject,
            _v.join(path, "email_subject"),
            problems,
            required=False,
            min_len=1,
            max_len=140,
        )


def parse_MessageTemplateType(value: object, path: str) -> MessageTemplateType:
    m = _s.expect_object(value, path)
    x = m.get("SMSMessage")
    f_sms_message = None if x is None else _s.parse_str(x, path + ".SMSMessage")
    x = m.get("EmailMessage")
    f_email_message = None if x is None else _s.parse_str(x, path + ".EmailMessage")
    x = m.get("EmailSubject")
    f_email_subject = None if x is None else _s.parse_str(x, path + ".EmailSubject")
    obj = _dc.new(MessageTemplateType)
    obj.sms_message = f_sms_message
    obj.email_message = f_email_message
    obj.email_subject = f_email_subject
    return obj

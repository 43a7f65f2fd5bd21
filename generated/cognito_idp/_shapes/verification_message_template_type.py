# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import default_email_option_type as _shapes_default_email_option_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.default_email_option_type import (
        DefaultEmailOptionType,
        DefaultEmailOptionTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class VerificationMessageTemplateType(Boto3Dicts):
    """The template for the verification message that your user pool delivers to users who set an
    email address or phone number attribute."""

    sms_message: str | None = None
    """The template for SMS messages that Amazon Cognito sends to your users."""

    email_message: str | None = None
    """The template for email messages that Amazon Cognito sends to your users. You can set an
    `EmailMessage` template only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""

    email_subject: str | None = None
    """The subject line for the email message template. You can set an `EmailSubject` template
    only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""

    email_message_by_link: str | None = None
    """The email message template for sending a confirmation link to the user. You can set an
    `EmailMessageByLink` template only if the value of EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""

    email_subject_by_link: str | None = None
    """The subject line for the email message template for sending a confirmation link to the
    user. You can set an `EmailSubjectByLink` template only if the value of
    EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`. When your EmailSendingAccount
    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
    is `DEVELOPER`, your user pool sends email messages with your own Amazon SES
    configuration."""

    default_email_option: (
        DefaultEmailOptionType | DefaultEmailOptionTypeValue | Unmodelled | None
    ) = None
    """The configuration of verification emails to contain a clickable link or a verification
    code.

    For link, your template body must contain link text in the format `{##Click here##}`.
    "Click here" in the example is a customizable string. For code, your template body must
    contain a code placeholder in the format `{####}`."""


def serialize_VerificationMessageTemplateType(v: VerificationMessageTemplateType) -> str:
    out: list[str] = []
    if v.sms_message is not None:
        out += (',"SmsMessage":', _s.json_str(v.sms_message))
    if v.email_message is not None:
        out += (',"EmailMessage":', _s.json_str(v.email_message))
    if v.email_subject is not None:
        out += (',"EmailSubject":', _s.json_str(v.email_subject))
    if v.email_message_by_link is not None:
        out += (',"EmailMessageByLink":', _s.json_str(v.email_message_by_link))
    if v.email_subject_by_link is not None:
        out += (',"EmailSubjectByLink":', _s.json_str(v.email_subject_by_link))
    if v.default_email_option is not None:
        out += (',"DefaultEmailOption":', _s.json_str(v.default_email_option))
    return "{" + "".join(out)[1:] + "}"


def secrets_VerificationMessageTemplateType(
    v: VerificationMessageTemplateType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_VerificationMessageTemplateType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, VerificationMessageTemplateType, path, problems, required)
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
    if v.email_message_by_link is not None and not (
        type(v.email_message_by_link) is str and 6 <= len(v.email_message_by_link) <= 20000
    ):
        _v.check_str(
            v.email_message_by_link,
            _v.join(path, "email_message_by_link"),
            problems,
            required=False,
            min_len=6,
            max_len=20000,
        )
    if v.email_subject_by_link is not None and not (
        type(v.email_subject_by_link) is str and 1 <= len(v.email_subject_by_link) <= 140
    ):
        _v.check_str(
            v.email_subject_by_link,
            _v.join(path, "email_subject_by_link"),
            problems,
            required=False,
            min_len=1,
            max_len=140,
        )
    if v.default_email_option is not None and type(v.default_email_option) is not str:
        _v.check_str(
            v.default_email_option, _v.join(path, "default_email_option"), problems, required=False
        )


def parse_VerificationMessageTemplateType(
    value: object, path: str
) -> VerificationMessageTemplateType:
    m = _s.expect_object(value, path)
    x = m.get("SmsMessage")
    f_sms_message = None if x is None else _s.parse_str(x, path + ".SmsMessage")
    x = m.get("EmailMessage")
    f_email_message = None if x is None else _s.parse_str(x, path + ".EmailMessage")
    x = m.get("EmailSubject")
    f_email_subject = None if x is None else _s.parse_str(x, path + ".EmailSubject")
    x = m.get("EmailMessageByLink")
    f_email_message_by_link = None if x is None else _s.parse_str(x, path + ".EmailMessageByLink")
    x = m.get("EmailSubjectByLink")
    f_email_subject_by_link = None if x is None else _s.parse_str(x, path + ".EmailSubjectByLink")
    x = m.get("DefaultEmailOption")
    f_default_email_option = (
        None
        if x is None
        else _s.parse_enum(
            _shapes_default_email_option_type.DefaultEmailOptionType,
            x,
            path + ".DefaultEmailOption",
        )
    )
    obj = _dc.new(VerificationMessageTemplateType)
    obj.sms_message = f_sms_message
    obj.email_message = f_email_message
    obj.email_subject = f_email_subject
    obj.email_message_by_link = f_email_message_by_link
    obj.email_subject_by_link = f_email_subject_by_link
    obj.default_email_option = f_default_email_option
    return obj

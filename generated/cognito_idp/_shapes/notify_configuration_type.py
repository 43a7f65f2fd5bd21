# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import notify_email_type as _shapes_notify_email_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.notify_email_type import NotifyEmailType


@_dc.dataclass(kw_only=True)
class NotifyConfigurationType(Boto3Dicts):
    """The configuration for Amazon SES email messages that threat protection sends to a user
    when your adaptive authentication automated response has a Notify action."""

    source_arn: str
    """The Amazon Resource Name (ARN) of the identity that is associated with the sending
    authorization policy. This identity permits Amazon Cognito to send for the email address
    specified in the `From` parameter."""

    from_: str | None = None
    """The email address that sends the email message. The address must be either individually
    verified with Amazon Simple Email Service, or from a domain that has been verified with
    Amazon SES."""

    reply_to: str | None = None
    """The reply-to email address of an email template. Can be an email address in the format
    `admin@example.com` or `Administrator <admin@example.com>`."""

    block_email: NotifyEmailType | None = None
    """The template for the email message that your user pool sends when a detected risk event is
    blocked."""

    no_action_email: NotifyEmailType | None = None
    """The template for the email message that your user pool sends when no action is taken in
    response to a detected risk."""

    mfa_email: NotifyEmailType | None = None
    """The template for the email message that your user pool sends when MFA is challenged in
    response to a detected risk."""


def serialize_NotifyConfigurationType(v: NotifyConfigurationType) -> str:
    out: list[str] = []
    if v.from_ is not None:
        out += (',"From":', _s.json_str(v.from_))
    if v.reply_to is not None:
        out += (',"ReplyTo":', _s.json_str(v.reply_to))
    out += (',"SourceArn":', _s.json_str(v.source_arn))
    if v.block_email is not None:
        out += (
            ',"BlockEmail":',
            _shapes_notify_email_type.serialize_NotifyEmailType(v.block_email),
        )
    if v.no_action_email is not None:
        out += (
            ',"NoActionEmail":',
            _shapes_notify_email_type.serialize_NotifyEmailType(v.no_action_email),
        )
    if v.mfa_email is not None:
        out += (',"MfaEmail":', _shapes_notify_email_type.serialize_NotifyEmailType(v.mfa_email))
    return "{" + "".join(out)[1:] + "}"


def secrets_NotifyConfigurationType(v: NotifyConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.block_email is not None:
        _shapes_notify_email_type.secrets_NotifyEmailType(v.block_email, out)
    if v.no_action_email is not None:
        _shapes_notify_email_type.secrets_NotifyEmailType(v.no_action_email, out)
    if v.mfa_email is not None:
        _shapes_notify_email_type.secrets_NotifyEmailType(v.mfa_email, out)


def check_NotifyConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, NotifyConfigurationType, path, problems, required)
    if v is None:
        return
    if v.from_ is not None and not (type(v.from_) is str and 0 <= len(v.from_) <= 131072):
        _v.check_str(
            v.from_, _v.join(path, "from_"), problems, required=False, min_len=0, max_len=131072
        )
    if v.reply_to is not None and not (type(v.reply_to) is str and 0 <= len(v.reply_to) <= 131072):
        _v.check_str(
            v.reply_to,
            _v.join(path, "reply_to"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if not (type(v.source_arn) is str and 20 <= len(v.source_arn) <= 2048):
        _v.check_str(
            v.source_arn,
            _v.join(path, "source_arn"),
            problems,
            required=True,
            min_len=20,
            max_len=2048,
        )
    if v.block_email is not None:
        _shapes_notify_email_type.check_NotifyEmailType(
            v.block_email, _v.join(path, "block_email"), problems, required=False
        )
    if v.no_action_email is not None:
        _shapes_notify_email_type.check_NotifyEmailType(
            v.no_action_email, _v.join(path, "no_action_email"), problems, required=False
        )
    if v.mfa_email is not None:
        _shapes_notify_email_type.check_NotifyEmailType(
            v.mfa_email, _v.join(path, "mfa_email"), problems, required=False
        )


def parse_NotifyConfigurationType(value: object, path: str) -> NotifyConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("From")
    f_from_ = None if x is None else _s.parse_str(x, path + ".From")
    x = m.get("ReplyTo")
    f_reply_to = None if x is None else _s.parse_str(x, path + ".ReplyTo")
    x = m.get("SourceArn")
    if x is None:
        raise _s.missing(path + ".SourceArn")
    f_source_arn = _s.parse_str(x, path + ".SourceArn")
    x = m.get("BlockEmail")
    f_block_email = (
        None
        if x is None
        else _shapes_notify_email_type.parse_NotifyEmailType(x, path + ".BlockEmail")
    )
    x = m.get("NoActionEmail")
    f_no_action_email = (
        None
        if x is None
        else _shapes_notify_email_type.parse_NotifyEmailType(x, path + ".NoActionEmail")
    )
    x = m.get("MfaEmail")
    f_mfa_email = (
        None
        if x is None
        else _shapes_notify_email_type.parse_NotifyEmailType(x, path + ".MfaEmail")
    )
    obj = _dc.new(NotifyConfigurationType)
    obj.source_arn = f_source_arn
    obj.from_ = f_from_
    obj.reply_to = f_reply_to
    obj.block_email = f_block_email
    obj.no_action_email = f_no_action_email
    obj.mfa_email = f_mfa_email
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class EmailMfaConfigType(Boto3Dicts):
    """Sets or shows configuration for user pool email message MFA and sign-in with one-time
    passwords (OTPs). Includes the subject and body of the email message template for sign-in
    and MFA messages. To activate this setting, your user pool must be in the Essentials tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
    or higher."""

    message: str | None = None
    """The template for the email messages that your user pool sends to users with codes for MFA
    and sign-in with email OTPs. The message must contain the `{####}` placeholder. In the
    message, Amazon Cognito replaces this placeholder with the code. If you don't provide this
    parameter, Amazon Cognito sends messages in the default format."""

    subject: str | None = None
    """The subject of the email messages that your user pool sends to users with codes for MFA
    and email OTP sign-in."""


def serialize_EmailMfaConfigType(v: EmailMfaConfigType) -> str:
    out: list[str] = []
    if v.message is not None:
        out += (',"Message":', _s.json_str(v.message))
    if v.subject is not None:
        out += (',"Subject":', _s.json_str(v.subject))
    return "{" + "".join(out)[1:] + "}"


def secrets_EmailMfaConfigType(v: EmailMfaConfigType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_EmailMfaConfigType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, EmailMfaConfigType, path, problems, required)
    if v is None:
        return
    if v.message is not None and not (type(v.message) is str and 6 <= len(v.message) <= 20000):
        _v.check_str(
            v.message, _v.join(path, "message"), problems, required=False, min_len=6, max_len=20000
        )
    if v.subject is not None and type(v.subject) is not str:
        _v.check_str(v.subject, _v.join(path, "subject"), problems, required=False)


def parse_EmailMfaConfigType(value: object, path: str) -> EmailMfaConfigType:
    m = _s.expect_object(value, path)
    x = m.get("Message")
    f_message = None if x is None else _s.parse_str(x, path + ".Message")
    x = m.get("Subject")
    f_subject = None if x is None else _s.parse_str(x, path + ".Subject")
    obj = _dc.new(EmailMfaConfigType)
    obj.message = f_message
    obj.subject = f_subject
    return obj

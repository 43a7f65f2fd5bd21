# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class NotifyEmailType(Boto3Dicts):
    """The template for email messages that threat protection sends to a user when your threat
    protection automated response has a Notify action."""

    subject: str
    """The subject of the threat protection email notification."""

    html_body: str | None = None
    """The body of an email notification formatted in HTML. Choose an `HtmlBody` or a `TextBody`
    to send an HTML-formatted or plaintext message, respectively."""

    text_body: str | None = None
    """The body of an email notification formatted in plaintext. Choose an `HtmlBody` or a
    `TextBody` to send an HTML-formatted or plaintext message, respectively."""


def serialize_NotifyEmailType(v: NotifyEmailType) -> str:
    out = ['{"Subject":', _s.json_str(v.subject)]
    if v.html_body is not None:
        out += (',"HtmlBody":', _s.json_str(v.html_body))
    if v.text_body is not None:
        out += (',"TextBody":', _s.json_str(v.text_body))
    out.append("}")
    return "".join(out)


def secrets_NotifyEmailType(v: NotifyEmailType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_NotifyEmailType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, NotifyEmailType, path, problems, required)
    if v is None:
        return
    if not (type(v.subject) is str and 1 <= len(v.subject) <= 140):
        _v.check_str(
            v.subject, _v.join(path, "subject"), problems, required=True, min_len=1, max_len=140
        )
    if v.html_body is not None and not (
        type(v.html_body) is str and 6 <= len(v.html_body) <= 20000
    ):
        _v.check_str(
            v.html_body,
            _v.join(path, "html_body"),
            problems,
            required=False,
            min_len=6,
            max_len=20000,
        )
    if v.text_body is not None and not (
        type(v.text_body) is str and 6 <= len(v.text_body) <= 20000
    ):
        _v.check_str(
            v.text_body,
            _v.join(path, "text_body"),
            problems,
            required=False,
            min_len=6,
            max_len=20000,
        )


def parse_NotifyEmailType(value: object, path: str) -> NotifyEmailType:
    m = _s.expect_object(value, path)
    x = m.get("Subject")
    if x is None:
        raise _s.missing(path + ".Subject")
    f_subject = _s.parse_str(x, path + ".Subject")
    x = m.get("HtmlBody")
    f_html_body = None if x is None else _s.parse_str(x, path + ".HtmlBody")
    x = m.get("TextBody")
    f_text_body = None if x is None else _s.parse_str(x, path + ".TextBody")
    obj = _dc.new(NotifyEmailType)
    obj.subject = f_subject
    obj.html_body = f_html_body
    obj.text_body = f_text_body
    return obj

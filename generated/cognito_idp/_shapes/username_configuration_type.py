# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class UsernameConfigurationType(Boto3Dicts):
    """The configuration of a user pool for username case sensitivity."""

    case_sensitive: bool
    """Specifies whether user name case sensitivity will be applied for all users in the user
    pool through Amazon Cognito APIs. For most use cases, set case sensitivity to `False`
    (case insensitive) as a best practice. When usernames and email addresses are case
    insensitive, users can sign in as the same user when they enter a different capitalization
    of their user name.

    Valid values include:

    true
        Enables case sensitivity for all username input. When this option is set to `true`,
        users must sign in using the exact capitalization of their given username, such as
        "UserName". This is the default value.

    false
        Enables case insensitivity for all username input. For example, when this option is
        set to `false`, users can sign in using `username`, `USERNAME`, or `UserName`. This
        option also enables both `preferred_username` and `email` alias to be case
        insensitive, in addition to the `username` attribute."""


def serialize_UsernameConfigurationType(v: UsernameConfigurationType) -> str:
    out = ['{"CaseSensitive":', ("true" if v.case_sensitive else "false")]
    out.append("}")
    return "".join(out)


def secrets_UsernameConfigurationType(v: UsernameConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UsernameConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UsernameConfigurationType, path, problems, required)
    if v is None:
        return
    if type(v.case_sensitive) is not bool:
        _v.check_bool(v.case_sensitive, _v.join(path, "case_sensitive"), problems, required=True)


def parse_UsernameConfigurationType(value: object, path: str) -> UsernameConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("CaseSensitive")
    if x is None:
        raise _s.missing(path + ".CaseSensitive")
    f_case_sensitive = _s.parse_bool(x, path + ".CaseSensitive")
    obj = _dc.new(UsernameConfigurationType)
    obj.case_sensitive = f_case_sensitive
    return obj

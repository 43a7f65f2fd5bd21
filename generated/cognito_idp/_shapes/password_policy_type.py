# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class PasswordPolicyType(Boto3Dicts):
    """The password policy settings for a user pool, including complexity, history, and length
    requirements."""

    minimum_length: int | None = None
    """The minimum length of the password in the policy that you have set. This value can't be
    less than 6."""

    require_uppercase: bool | None = None
    """The requirement in a password policy that users must include at least one uppercase letter
    in their password."""

    require_lowercase: bool | None = None
    """The requirement in a password policy that users must include at least one lowercase letter
    in their password."""

    require_numbers: bool | None = None
    """The requirement in a password policy that users must include at least one number in their
    password."""

    require_symbols: bool | None = None
    """The requirement in a password policy that users must include at least one symbol in their
    password."""

    password_history_size: int | None = None
    """The number of previous passwords that you want Amazon Cognito to restrict each user from
    reusing. Users can't set a password that matches any of `n` previous passwords, where `n`
    is the value of `PasswordHistorySize`."""

    temporary_password_validity_days: int | None = None
    """The number of days a temporary password is valid in the password policy. If the user
    doesn't sign in during this time, an administrator must reset their password. Defaults to
    `7`. If you submit a value of `0`, Amazon Cognito treats it as a null value and sets
    `TemporaryPasswordValidityDays` to its default value.

    Note: When you set `TemporaryPasswordValidityDays` for a user pool, you can no longer set
    a value for the legacy `UnusedAccountValidityDays` parameter in that user pool."""


def serialize_PasswordPolicyType(v: PasswordPolicyType) -> str:
    out: list[str] = []
    if v.minimum_length is not None:
        out += (',"MinimumLength":', int.__repr__(v.minimum_length))
    if v.require_uppercase is not None:
        out += (',"RequireUppercase":', ("true" if v.require_uppercase else "false"))
    if v.require_lowercase is not None:
        out += (',"RequireLowercase":', ("true" if v.require_lowercase else "false"))
    if v.require_numbers is not None:
        out += (',"RequireNumbers":', ("true" if v.require_numbers else "false"))
    if v.require_symbols is not None:
        out += (',"RequireSymbols":', ("true" if v.require_symbols else "false"))
    if v.password_history_size is not None:
        out += (',"PasswordHistorySize":', int.__repr__(v.password_history_size))
    if v.temporary_password_validity_days is not None:
        out += (
            ',"TemporaryPasswordValidityDays":',
            int.__repr__(v.temporary_password_validity_days),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_PasswordPolicyType(v: PasswordPolicyType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_PasswordPolicyType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, PasswordPolicyType, path, problems, required)
    if v is None:
        return
    if v.minimum_length is not None and not (
        type(v.minimum_length) is int and 6 <= v.minimum_length <= 99
    ):
        _v.check_int(
            v.minimum_length,
            _v.join(path, "minimum_length"),
            problems,
            required=False,
            minimum=6,
            maximum=99,
        )
    if v.require_uppercase is not None and type(v.require_uppercase) is not bool:
        _v.check_bool(
            v.require_uppercase, _v.join(path, "require_uppercase"), problems, required=False
        )
    if v.require_lowercase is not None and type(v.require_lowercase) is not bool:
        _v.check_bool(
            v.require_lowercase, _v.join(path, "require_lowercase"), problems, required=False
        )
    if v.require_numbers is not None and type(v.require_numbers) is not bool:
        _v.check_bool(v.require_numbers, _v.join(path, "require_numbers"), problems, required=False)
    if v.require_symbols is not None and type(v.require_symbols) is not bool:
        _v.check_bool(v.require_symbols, _v.join(path, "require_symbols"), problems, required=False)
    if v.password_history_size is not None and not (
        type(v.password_history_size) is int and 0 <= v.password_history_size <= 24
    ):
        _v.check_int(
            v.password_history_size,
            _v.join(path, "password_history_size"),
            problems,
            required=False,
            minimum=0,
            maximum=24,
        )
    if v.temporary_password_validity_days is not None and not (
        type(v.temporary_password_validity_days) is int
        and 0 <= v.temporary_password_validity_days <= 365
    ):
        _v.check_int(
            v.temporary_password_validity_days,
            _v.join(path, "temporary_password_validity_days"),
            problems,
            required=False,
            minimum=0,
            maximum=365,
        )


def parse_PasswordPolicyType(value: object, path: str) -> PasswordPolicyType:
    m = _s.expect_object(value, path)
    x = m.get("MinimumLength")
    f_minimum_length = None if x is None else _s.parse_int(x, path + ".MinimumLength")
    x = m.get("RequireUppercase")
    f_require_uppercase = None if x is None else _s.parse_bool(x, path + ".RequireUppercase")
    x = m.get("RequireLowercase")
    f_require_lowercase = None if x is None else _s.parse_bool(x, path + ".RequireLowercase")
    x = m.get("RequireNumbers")
    f_require_numbers = None if x is None else _s.parse_bool(x, path + ".RequireNumbers")
    x = m.get("RequireSymbols")
    f_require_symbols = None if x is None else _s.parse_bool(x, path + ".RequireSymbols")
    x = m.get("PasswordHistorySize")
    f_password_history_size = None if x is None else _s.parse_int(x, path + ".PasswordHistorySize")
    x = m.get("TemporaryPasswordValidityDays")
    f_temporary_password_validity_days = (
        None if x is None else _s.parse_int(x, path + ".TemporaryPasswordValidityDays")
    )
    obj = _dc.new(PasswordPolicyType)
    obj.minimum_length = f_minimum_length
    obj.require_uppercase = f_require_uppercase
    obj.require_lowercase = f_require_lowercase
    obj.require_numbers = f_require_numbers
    obj.require_symbols = f_require_symbols
    obj.password_history_size = f_password_history_size
    obj.temporary_password_validity_days = f_temporary_password_validity_days
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import recovery_option_type as _shapes_recovery_option_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.recovery_option_type import RecoveryOptionType


@_dc.dataclass(kw_only=True)
class AccountRecoverySettingType(Boto3Dicts):
    """The settings for user message delivery in forgot-password operations. Contains preference
    for email or SMS message delivery of password reset codes, or for admin-only password
    reset."""

    recovery_mechanisms: Sequence[RecoveryOptionType] | None = None
    """The list of options and priorities for user message delivery in forgot-password
    operations. Sets or displays user pool preferences for email or SMS message priority,
    whether users should fall back to a second delivery method, and whether passwords should
    only be reset by administrators."""


def serialize_AccountRecoverySettingType(v: AccountRecoverySettingType) -> str:
    out: list[str] = []
    if v.recovery_mechanisms is not None:
        out += (
            ',"RecoveryMechanisms":',
            "["
            + ",".join(
                [
                    _shapes_recovery_option_type.serialize_RecoveryOptionType(x)
                    for x in v.recovery_mechanisms
                ]
            )
            + "]",
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_AccountRecoverySettingType(v: AccountRecoverySettingType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.recovery_mechanisms is not None:
        for recovery_mechanisms_item in v.recovery_mechanisms:
            _shapes_recovery_option_type.secrets_RecoveryOptionType(recovery_mechanisms_item, out)


def check_AccountRecoverySettingType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AccountRecoverySettingType, path, problems, required)
    if v is None:
        return
    if v.recovery_mechanisms is not None:
        _v.check_list(
            v.recovery_mechanisms,
            _v.join(path, "recovery_mechanisms"),
            problems,
            required=False,
            min_len=1,
            max_len=2,
            item=lambda x, p: _shapes_recovery_option_type.check_RecoveryOptionType(
                x, p, problems, required=True
            ),
        )


def parse_AccountRecoverySettingType(value: object, path: str) -> AccountRecoverySettingType:
    m = _s.expect_object(value, path)
    x = m.get("RecoveryMechanisms")
    f_recovery_mechanisms = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".RecoveryMechanisms",
            lambda x, p: _shapes_recovery_option_type.parse_RecoveryOptionType(x, p),
        )
    )
    obj = _dc.new(AccountRecoverySettingType)
    obj.recovery_mechanisms = f_recovery_mechanisms
    return obj

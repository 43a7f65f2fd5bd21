# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import recovery_option_name_type as _shapes_recovery_option_name_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.recovery_option_name_type import (
        RecoveryOptionNameType,
        RecoveryOptionNameTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class RecoveryOptionType(Boto3Dicts):
    """A recovery option for a user. The `AccountRecoverySettingType` data type is an array of
    this object. Each `RecoveryOptionType` has a priority property that determines whether it
    is a primary or secondary option.

    For example, if `verified_email` has a priority of `1` and `verified_phone_number` has a
    priority of `2`, your user pool sends account-recovery messages to a verified email
    address but falls back to an SMS message if the user has a verified phone number. The
    `admin_only` option prevents self-service account recovery."""

    priority: int
    """Your priority preference for using the specified attribute in account recovery. The
    highest priority is `1`."""

    name: RecoveryOptionNameType | RecoveryOptionNameTypeValue | Unmodelled
    """The recovery method that this object sets a recovery option for."""


def serialize_RecoveryOptionType(v: RecoveryOptionType) -> str:
    out = ['{"Priority":', int.__repr__(v.priority)]
    out += (',"Name":', _s.json_str(v.name))
    out.append("}")
    return "".join(out)


def secrets_RecoveryOptionType(v: RecoveryOptionType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_RecoveryOptionType(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, RecoveryOptionType, path, problems, required)
    if v is None:
        return
    if not (type(v.priority) is int and 1 <= v.priority <= 2):
        _v.check_int(
            v.priority, _v.join(path, "priority"), problems, required=True, minimum=1, maximum=2
        )
    if type(v.name) is not str:
        _v.check_str(v.name, _v.join(path, "name"), problems, required=True)


def parse_RecoveryOptionType(value: object, path: str) -> RecoveryOptionType:
    m = _s.expect_object(value, path)
    x = m.get("Priority")
    if x is None:
        raise _s.missing(path + ".Priority")
    f_priority = _s.parse_int(x, path + ".Priority")
    x = m.get("Name")
    if x is None:
        raise _s.missing(path + ".Name")
    f_name = _s.parse_enum(
        _shapes_recovery_option_name_type.RecoveryOptionNameType, x, path + ".Name"
    )
    obj = _dc.new(RecoveryOptionType)
    obj.priority = f_priority
    obj.name = f_name
    return obj

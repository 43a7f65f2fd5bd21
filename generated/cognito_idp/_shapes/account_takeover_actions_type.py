# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import account_takeover_action_type as _shapes_account_takeover_action_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_takeover_action_type import AccountTakeoverActionType


@_dc.dataclass(kw_only=True)
class AccountTakeoverActionsType(Boto3Dicts):
    """A list of account-takeover actions for each level of risk that Amazon Cognito might assess
    with threat protection features."""

    low_action: AccountTakeoverActionType | None = None
    """The action that you assign to a low-risk assessment by threat protection."""

    medium_action: AccountTakeoverActionType | None = None
    """The action that you assign to a medium-risk assessment by threat protection."""

    high_action: AccountTakeoverActionType | None = None
    """The action that you assign to a high-risk assessment by threat protection."""


def serialize_AccountTakeoverActionsType(v: AccountTakeoverActionsType) -> str:
    out: list[str] = []
    if v.low_action is not None:
        out += (
            ',"LowAction":',
            _shapes_account_takeover_action_type.serialize_AccountTakeoverActionType(v.low_action),
        )
    if v.medium_action is not None:
        out += (
            ',"MediumAction":',
            _shapes_account_takeover_action_type.serialize_AccountTakeoverActionType(
                v.medium_action
            ),
        )
    if v.high_action is not None:
        out += (
            ',"HighAction":',
            _shapes_account_takeover_action_type.serialize_AccountTakeoverActionType(v.high_action),
        )
    return "{" + "".join(out)[1:] + "}"


def secrets_AccountTakeoverActionsType(v: AccountTakeoverActionsType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.low_action is not None:
        _shapes_account_takeover_action_type.secrets_AccountTakeoverActionType(v.low_action, out)
    if v.medium_action is not None:
        _shapes_account_takeover_action_type.secrets_AccountTakeoverActionType(v.medium_action, out)
    if v.high_action is not None:
        _shapes_account_takeover_action_type.secrets_AccountTakeoverActionType(v.high_action, out)


def check_AccountTakeoverActionsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AccountTakeoverActionsType, path, problems, required)
    if v is None:
        return
    if v.low_action is not None:
        _shapes_account_takeover_action_type.check_AccountTakeoverActionType(
            v.low_action, _v.join(path, "low_action"), problems, required=False
        )
    if v.medium_action is not None:
        _shapes_account_takeover_action_type.check_AccountTakeoverActionType(
            v.medium_action, _v.join(path, "medium_action"), problems, required=False
        )
    if v.high_action is not None:
        _shapes_account_takeover_action_type.check_AccountTakeoverActionType(
            v.high_action, _v.join(path, "high_action"), problems, required=False
        )


def parse_AccountTakeoverActionsType(value: object, path: str) -> AccountTakeoverActionsType:
    m = _s.expect_object(value, path)
    x = m.get("LowAction")
    f_low_action = (
        None
        if x is None
        else _shapes_account_takeover_action_type.parse_AccountTakeoverActionType(
            x, path + ".LowAction"
        )
    )
    x = m.get("MediumAction")
    f_medium_action = (
        None
        if x is None
        else _shapes_account_takeover_action_type.parse_AccountTakeoverActionType(
            x, path + ".MediumAction"
        )
    )
    x = m.get("HighAction")
    f_high_action = (
        None
        if x is None
        else _shapes_account_takeover_action_type.parse_AccountTakeoverActionType(
            x, path + ".HighAction"
        )
    )
    obj = _dc.new(AccountTakeoverActionsType)
    obj.low_action = f_low_action
    obj.medium_action = f_medium_action
    obj.high_action = f_high_action
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    account_takeover_actions_type as _shapes_account_takeover_actions_type,
)
from cognito_idp._shapes import notify_configuration_type as _shapes_notify_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_takeover_actions_type import AccountTakeoverActionsType
    from cognito_idp._shapes.notify_configuration_type import NotifyConfigurationType


@_dc.dataclass(kw_only=True)
class AccountTakeoverRiskConfigurationType(Boto3Dicts):
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection features."""

    actions: AccountTakeoverActionsType
    """A list of account-takeover actions for each level of risk that Amazon Cognito might assess
    with threat protection."""

    notify_configuration: NotifyConfigurationType | None = None
    """The settings for composing and sending an email message when threat protection assesses a
    risk level with adaptive authentication. When you choose to notify users in
    `AccountTakeoverRiskConfiguration`, Amazon Cognito sends an email message using the method
    and template that you set with this data type."""


def serialize_AccountTakeoverRiskConfigurationType(v: AccountTakeoverRiskConfigurationType) -> str:
    out: list[str] = []
    if v.notify_configuration is not None:
        out += (
            ',"NotifyConfiguration":',
            _shapes_notify_configuration_type.serialize_NotifyConfigurationType(
                v.notify_configuration
            ),
        )
    out += (
        ',"Actions":',
        _shapes_account_takeover_actions_type.serialize_AccountTakeoverActionsType(v.actions),
    )
    return "{" + "".join(out)[1:] + "}"


def secrets_AccountTakeoverRiskConfigurationType(
    v: AccountTakeoverRiskConfigurationType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.notify_configuration is not None:
        _shapes_notify_configuration_type.secrets_NotifyConfigurationType(
            v.notify_configuration, out
        )
    _shapes_account_takeover_actions_type.secrets_AccountTakeoverActionsType(v.actions, out)


def check_AccountTakeoverRiskConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AccountTakeoverRiskConfigurationType, path, problems, required)
    if v is None:
        return
    if v.notify_configuration is not None:
        _shapes_notify_configuration_type.check_NotifyConfigurationType(
            v.notify_configuration, _v.join(path, "notify_configuration"), problems, required=False
        )
    _shapes_account_takeover_actions_type.check_AccountTakeoverActionsType(
        v.actions, _v.join(path, "actions"), problems, required=True
    )


def parse_AccountTakeoverRiskConfigurationType(
    value: object, path: str
) -> AccountTakeoverRiskConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("NotifyConfiguration")
    f_notify_configuration = (
        None
        if x is None
        else _shapes_notify_configuration_type.parse_NotifyConfigurationType(
            x, path + ".NotifyConfiguration"
        )
    )
    x = m.get("Actions")
    if x is None:
        raise _s.missing(path + ".Actions")
    f_actions = _shapes_account_takeover_actions_type.parse_AccountTakeoverActionsType(
        x, path + ".Actions"
    )
    obj = _dc.new(AccountTakeoverRiskConfigurationType)
    obj.actions = f_actions
    obj.notify_configuration = f_notify_configuration
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    account_takeover_event_action_type as _shapes_account_takeover_event_action_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_takeover_event_action_type import (
        AccountTakeoverEventActionType,
        AccountTakeoverEventActionTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class AccountTakeoverActionType(Boto3Dicts):
    """The automated response to a risk level for adaptive authentication in full-function, or
    `ENFORCED`, mode. You can assign an action to each risk level that threat protection
    evaluates."""

    notify: bool
    """Determines whether Amazon Cognito sends a user a notification message when your user pools
    assesses a user's session at the associated risk level."""

    event_action: AccountTakeoverEventActionType | AccountTakeoverEventActionTypeValue | Unmodelled
    """The action to take for the attempted account takeover action for the associated risk
    level. Valid values are as follows:

    - `BLOCK`: Block the request.
    - `MFA_IF_CONFIGURED`: Present an MFA challenge if possible. MFA is possible if the user
      pool has active MFA methods that the user can set up. For example, if the user pool only
      supports SMS message MFA but the user doesn't have a phone number attribute, MFA setup
      isn't possible. If MFA setup isn't possible, allow the request.
    - `MFA_REQUIRED`: Present an MFA challenge if possible. Block the request if a user hasn't
      set up MFA. To sign in with required MFA, users must have an email address or phone
      number attribute, or a registered TOTP factor.
    - `NO_ACTION`: Take no action. Permit sign-in."""


def serialize_AccountTakeoverActionType(v: AccountTakeoverActionType) -> str:
    out = ['{"Notify":', ("true" if v.notify else "false")]
    out += (',"EventAction":', _s.json_str(v.event_action))
    out.append("}")
    return "".join(out)


def secrets_AccountTakeoverActionType(v: AccountTakeoverActionType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AccountTakeoverActionType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AccountTakeoverActionType, path, problems, required)
    if v is None:
        return
    if type(v.notify) is not bool:
        _v.check_bool(v.notify, _v.join(path, "notify"), problems, required=True)
    if type(v.event_action) is not str:
        _v.check_str(v.event_action, _v.join(path, "event_action"), problems, required=True)


def parse_AccountTakeoverActionType(value: object, path: str) -> AccountTakeoverActionType:
    m = _s.expect_object(value, path)
    x = m.get("Notify")
    if x is None:
        raise _s.missing(path + ".Notify")
    f_notify = _s.parse_bool(x, path + ".Notify")
    x = m.get("EventAction")
    if x is None:
        raise _s.missing(path + ".EventAction")
    f_event_action = _s.parse_enum(
        _shapes_account_takeover_event_action_type.AccountTakeoverEventActionType,
        x,
        path + ".EventAction",
    )
    obj = _dc.new(AccountTakeoverActionType)
    obj.notify = f_notify
    obj.event_action = f_event_action
    return obj

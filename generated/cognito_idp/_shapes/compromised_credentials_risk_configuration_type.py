# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from collections.abc import Sequence

from cognito_idp._shapes import (
    compromised_credentials_actions_type as _shapes_compromised_credentials_actions_type,
)
from cognito_idp._shapes import event_filter_type as _shapes_event_filter_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.compromised_credentials_actions_type import (
        CompromisedCredentialsActionsType,
    )
    from cognito_idp._shapes.event_filter_type import EventFilterType, EventFilterTypeValue
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CompromisedCredentialsRiskConfigurationType(Boto3Dicts):
    """Settings for compromised-credentials actions and authentication-event sources with threat
    protection in full-function `ENFORCED` mode."""

    actions: CompromisedCredentialsActionsType
    """Settings for the actions that you want your user pool to take when Amazon Cognito detects
    compromised credentials."""

    event_filter: Sequence[EventFilterType | EventFilterTypeValue | Unmodelled] | None = None
    """Settings for the sign-in activity where you want to configure compromised-credentials
    actions. Defaults to all events."""


def serialize_CompromisedCredentialsRiskConfigurationType(
    v: CompromisedCredentialsRiskConfigurationType,
) -> str:
    out: list[str] = []
    if v.event_filter is not None:
        out += (',"EventFilter":', "[" + ",".join(map(_s.json_str, v.event_filter)) + "]")
    out += (
        ',"Actions":',
        _shapes_compromised_credentials_actions_type.serialize_CompromisedCredentialsActionsType(
            v.actions
        ),
    )
    return "{" + "".join(out)[1:] + "}"


def secrets_CompromisedCredentialsRiskConfigurationType(
    v: CompromisedCredentialsRiskConfigurationType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_compromised_credentials_actions_type.secrets_CompromisedCredentialsActionsType(
        v.actions, out
    )


def check_CompromisedCredentialsRiskConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(
        value, CompromisedCredentialsRiskConfigurationType, path, problems, required
    )
    if v is None:
        return
    if v.event_filter is not None:
        _v.check_list(
            v.event_filter,
            _v.join(path, "event_filter"),
            problems,
            required=False,
            item=lambda x, p: _v.check_str(x, p, problems, required=True),
        )
    _shapes_compromised_credentials_actions_type.check_CompromisedCredentialsActionsType(
        v.actions, _v.join(path, "actions"), problems, required=True
    )


def parse_CompromisedCredentialsRiskConfigurationType(
    value: object, path: str
) -> CompromisedCredentialsRiskConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("EventFilter")
    f_event_filter = (
        None
        if x is None
        else _s.parse_list(
            x,
            path + ".EventFilter",
            lambda x, p: _s.parse_enum(_shapes_event_filter_type.EventFilterType, x, p),
        )
    )
    x = m.get("Actions")
    if x is None:
        raise _s.missing(path + ".Actions")
    f_actions = (
        _shapes_compromised_credentials_actions_type.parse_CompromisedCredentialsActionsType(
            x, path + ".Actions"
        )
    )
    obj = _dc.new(CompromisedCredentialsRiskConfigurationType)
    obj.actions = f_actions
    obj.event_filter = f_event_filter
    return obj

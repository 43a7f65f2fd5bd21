# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    compromised_credentials_event_action_type as _shapes_compromised_credentials_event_action_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.compromised_credentials_event_action_type import (
        CompromisedCredentialsEventActionType,
        CompromisedCredentialsEventActionTypeValue,
    )
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class CompromisedCredentialsActionsType(Boto3Dicts):
    """Settings for user pool actions when Amazon Cognito detects compromised credentials with
    threat protection in full-function `ENFORCED` mode."""

    event_action: (
        CompromisedCredentialsEventActionType
        | CompromisedCredentialsEventActionTypeValue
        | Unmodelled
    )
    """The action that Amazon Cognito takes when it detects compromised credentials."""


def serialize_CompromisedCredentialsActionsType(v: CompromisedCredentialsActionsType) -> str:
    out = ['{"EventAction":', _s.json_str(v.event_action)]
    out.append("}")
    return "".join(out)


def secrets_CompromisedCredentialsActionsType(
    v: CompromisedCredentialsActionsType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CompromisedCredentialsActionsType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CompromisedCredentialsActionsType, path, problems, required)
    if v is None:
        return
    if type(v.event_action) is not str:
        _v.check_str(v.event_action, _v.join(path, "event_action"), problems, required=True)


def parse_CompromisedCredentialsActionsType(
    value: object, path: str
) -> CompromisedCredentialsActionsType:
    m = _s.expect_object(value, path)
    x = m.get("EventAction")
    if x is None:
        raise _s.missing(path + ".EventAction")
    f_event_action = _s.parse_enum(
        _shapes_compromised_credentials_event_action_type.CompromisedCredentialsEventActionType,
        x,
        path + ".EventAction",
    )
    obj = _dc.new(CompromisedCredentialsActionsType)
    obj.event_action = f_event_action
    return obj

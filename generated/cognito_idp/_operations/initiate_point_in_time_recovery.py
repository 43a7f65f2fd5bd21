# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""InitiatePointInTimeRecovery: its request and response, and how they travel."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import restoration_type as _shapes_restoration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.restoration_type import RestorationType


@_dc.dataclass(kw_only=True)
class InitiatePointInTimeRecoveryRequest(Boto3Dicts):
    """The InitiatePointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that you want to recover."""

    restore_timestamp: datetime.datetime
    """The point in time that you want to recover your user pool to. Amazon Cognito reverts
    changes to user data that occurred after this time. The recovery point must be at least 15
    minutes in the past and within the recovery period of your user pool feature plan: up to 1
    day in the past with the Essentials feature plan, or up to 14 days in the past with the
    Plus feature plan."""


def serialize_InitiatePointInTimeRecoveryRequest(v: InitiatePointInTimeRecoveryRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"RestoreTimestamp":', _s.json_timestamp(v.restore_timestamp, "unixTimestamp"))
    out.append("}")
    return "".join(out)


def secrets_InitiatePointInTimeRecoveryRequest(
    v: InitiatePointInTimeRecoveryRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_InitiatePointInTimeRecoveryRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, InitiatePointInTimeRecoveryRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    _v.check_timestamp(
        v.restore_timestamp, _v.join(path, "restore_timestamp"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class InitiatePointInTimeRecoveryResponse(Boto3Dicts):
    """The InitiatePointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = None
    """The details of the recovery that you initiated. Includes the recovery ID that you can use
    in later requests to describe, start, or cancel the recovery."""


def parse_InitiatePointInTimeRecoveryResponse(
    value: object, path: str
) -> InitiatePointInTimeRecoveryResponse:
    m = _s.expect_object(value, path)
    x = m.get("Restoration")
    f_restoration = (
        None
        if x is None
        else _shapes_restoration_type.parse_RestorationType(x, path + ".Restoration")
    )
    obj = _dc.new(InitiatePointInTimeRecoveryResponse)
    obj.restoration = f_restoration
    return obj


Request = InitiatePointInTimeRecoveryRequest
"""The request dataclass of InitiatePointInTimeRecovery."""


OPERATION: OperationSpec[
    InitiatePointInTimeRecoveryRequest, InitiatePointInTimeRecoveryResponse
] = OperationSpec(
    name="InitiatePointInTimeRecovery",
    validate=check_InitiatePointInTimeRecoveryRequest,
    serialize=serialize_InitiatePointInTimeRecoveryRequest,
    parse=parse_InitiatePointInTimeRecoveryResponse,
    signed=True,
    secrets=secrets_InitiatePointInTimeRecoveryRequest,
    fill_secret_hash=None,
)

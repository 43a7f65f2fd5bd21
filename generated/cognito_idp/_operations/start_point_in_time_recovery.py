# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""StartPointInTimeRecovery: its request and response, and how they travel."""

from __future__ import annotations

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
class StartPointInTimeRecoveryRequest(Boto3Dicts):
    """The StartPointInTimeRecoveryRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the recovery that you want to start."""

    restore_id: str
    """The ID of the recovery that you want to start. Amazon Cognito returns this ID in the
    response to an `InitiatePointInTimeRecovery` request."""


def serialize_StartPointInTimeRecoveryRequest(v: StartPointInTimeRecoveryRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"RestoreId":', _s.json_str(v.restore_id))
    out.append("}")
    return "".join(out)


def secrets_StartPointInTimeRecoveryRequest(
    v: StartPointInTimeRecoveryRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_StartPointInTimeRecoveryRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, StartPointInTimeRecoveryRequest, path, problems, required)
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
    if not (type(v.restore_id) is str and 36 <= len(v.restore_id) <= 36):
        _v.check_str(
            v.restore_id,
            _v.join(path, "restore_id"),
            problems,
            required=True,
            min_len=36,
            max_len=36,
        )


@_dc.dataclass(kw_only=True)
class StartPointInTimeRecoveryResponse(Boto3Dicts):
    """The StartPointInTimeRecoveryResponse structure."""

    restoration: RestorationType | None = None
    """The details of the recovery that you started, including its status."""


def parse_StartPointInTimeRecoveryResponse(
    value: object, path: str
) -> StartPointInTimeRecoveryResponse:
    m = _s.expect_object(value, path)
    x = m.get("Restoration")
    f_restoration = (
        None
        if x is None
        else _shapes_restoration_type.parse_RestorationType(x, path + ".Restoration")
    )
    obj = _dc.new(StartPointInTimeRecoveryResponse)
    obj.restoration = f_restoration
    return obj


Request = StartPointInTimeRecoveryRequest
"""The request dataclass of StartPointInTimeRecovery."""


OPERATION: OperationSpec[StartPointInTimeRecoveryRequest, StartPointInTimeRecoveryResponse] = (
    OperationSpec(
        name="StartPointInTimeRecovery",
        validate=check_StartPointInTimeRecoveryRequest,
        serialize=serialize_StartPointInTimeRecoveryRequest,
        parse=parse_StartPointInTimeRecoveryResponse,
        signed=True,
        secrets=secrets_StartPointInTimeRecoveryRequest,
        fill_secret_hash=None,
    )
)

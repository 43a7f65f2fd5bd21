# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateClientMetadataURLState: its request and response, and how they travel."""

from __future__ import annotations

import enum

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from typedaws_runtime.enums import Unmodelled


class CIMDCacheActionType(enum.StrEnum):
    """The values of CIMDCacheActionType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    REFRESH = "REFRESH"
    INVALIDATE = "INVALIDATE"


if TYPE_CHECKING:
    CIMDCacheActionTypeValue: TypeAlias = Literal["REFRESH", "INVALIDATE"]
    """The values of CIMDCacheActionType as literal strings, for type checkers: an input typed
    ``CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled`` takes
    ``CIMDCacheActionType.REFRESH`` or ``'REFRESH'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    CIMDCacheActionTypeValue = str


@_dc.dataclass(kw_only=True)
class UpdateClientMetadataURLStateRequest(Boto3Dicts):
    """The UpdateClientMetadataURLStateRequest structure."""

    user_pool_id: str
    """The ID of the user pool that contains the CIMD policy."""

    cimd_policy_id: str
    """The ID of the CIMD policy that the URL belongs to."""

    url: str
    """The client metadata document URL whose cache state you want to change."""

    action: CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled
    """The action to take on the cached client metadata document. `REFRESH` retrieves the
    document from the URL again. `INVALIDATE` removes the cached document."""


def serialize_UpdateClientMetadataURLStateRequest(v: UpdateClientMetadataURLStateRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"CIMDPolicyId":', _s.json_str(v.cimd_policy_id))
    out += (',"URL":', _s.json_str(v.url))
    out += (',"Action":', _s.json_str(v.action))
    out.append("}")
    return "".join(out)


def secrets_UpdateClientMetadataURLStateRequest(
    v: UpdateClientMetadataURLStateRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UpdateClientMetadataURLStateRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateClientMetadataURLStateRequest, path, problems, required)
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
    if not (type(v.cimd_policy_id) is str and 1 <= len(v.cimd_policy_id) <= 64):
        _v.check_str(
            v.cimd_policy_id,
            _v.join(path, "cimd_policy_id"),
            problems,
            required=True,
            min_len=1,
            max_len=64,
        )
    if not (type(v.url) is str and 12 <= len(v.url) <= 256):
        _v.check_str(v.url, _v.join(path, "url"), problems, required=True, min_len=12, max_len=256)
    if type(v.action) is not str:
        _v.check_str(v.action, _v.join(path, "action"), problems, required=True)


@_dc.dataclass(kw_only=True)
class UpdateClientMetadataURLStateResponse(Boto3Dicts):
    """The UpdateClientMetadataURLStateResponse structure."""


def parse_UpdateClientMetadataURLStateResponse(
    value: object, path: str
) -> UpdateClientMetadataURLStateResponse:
    _s.expect_object(value, path)
    return UpdateClientMetadataURLStateResponse()


Request = UpdateClientMetadataURLStateRequest
"""The request dataclass of UpdateClientMetadataURLState."""


OPERATION: OperationSpec[
    UpdateClientMetadataURLStateRequest, UpdateClientMetadataURLStateResponse
] = OperationSpec(
    name="UpdateClientMetadataURLState",
    validate=check_UpdateClientMetadataURLStateRequest,
    serialize=serialize_UpdateClientMetadataURLStateRequest,
    parse=parse_UpdateClientMetadataURLStateResponse,
    signed=True,
    secrets=secrets_UpdateClientMetadataURLStateRequest,
    fill_secret_hash=None,
)

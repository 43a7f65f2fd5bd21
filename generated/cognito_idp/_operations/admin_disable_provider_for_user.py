# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminDisableProviderForUser: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    provider_user_identifier_type as _shapes_provider_user_identifier_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.provider_user_identifier_type import ProviderUserIdentifierType


@_dc.dataclass(kw_only=True)
class AdminDisableProviderForUserRequest(Boto3Dicts):
    """The AdminDisableProviderForUserRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the user's linked identities."""

    user: ProviderUserIdentifierType
    """The user profile that you want to delete a linked identity from."""


def serialize_AdminDisableProviderForUserRequest(v: AdminDisableProviderForUserRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (
        ',"User":',
        _shapes_provider_user_identifier_type.serialize_ProviderUserIdentifierType(v.user),
    )
    out.append("}")
    return "".join(out)


def secrets_AdminDisableProviderForUserRequest(
    v: AdminDisableProviderForUserRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    _shapes_provider_user_identifier_type.secrets_ProviderUserIdentifierType(v.user, out)


def check_AdminDisableProviderForUserRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AdminDisableProviderForUserRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 0 <= len(v.user_pool_id) <= 131072):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=0,
            max_len=131072,
        )
    _shapes_provider_user_identifier_type.check_ProviderUserIdentifierType(
        v.user, _v.join(path, "user"), problems, required=True
    )


@_dc.dataclass(kw_only=True)
class AdminDisableProviderForUserResponse(Boto3Dicts):
    """The AdminDisableProviderForUserResponse structure."""


def parse_AdminDisableProviderForUserResponse(
    value: object, path: str
) -> AdminDisableProviderForUserResponse:
    _s.expect_object(value, path)
    return AdminDisableProviderForUserResponse()


Request = AdminDisableProviderForUserRequest
"""The request dataclass of AdminDisableProviderForUser."""


OPERATION: OperationSpec[
    AdminDisableProviderForUserRequest, AdminDisableProviderForUserResponse
] = OperationSpec(
    name="AdminDisableProviderForUser",
    validate=check_AdminDisableProviderForUserRequest,
    serialize=serialize_AdminDisableProviderForUserRequest,
    parse=parse_AdminDisableProviderForUserResponse,
    signed=True,
    secrets=secrets_AdminDisableProviderForUserRequest,
    fill_secret_hash=None,
)

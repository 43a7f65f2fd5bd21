# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""AdminDisableProviderForUser: its request and response, and how they travel."""

from __future__ import annotations

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec
from aws_runtime.static_typing import TYPE_CHECKING
from cognito_idp._shapes import (
    provider_user_identifier_type as _shapes_provider_user_identifier_type,
)

if TYPE_CHECKING:
    from cognito_idp._shapes.provider_user_identifier_type import ProviderUserIdentifierType


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class AdminDisableProviderForUserRequest:
    """The AdminDisableProviderForUserRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the user's linked identities."""

    user: ProviderUserIdentifierType
    """The user profile that you want to delete a linked identity from."""

    def __init__(
        self,
        *,
        user_pool_id: str,
        user: ProviderUserIdentifierType,
    ) -> None:
        self.user_pool_id = user_pool_id
        self.user = user

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(user_pool_id={self.user_pool_id!r}, user={self.user!r})"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, AdminDisableProviderForUserRequest)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (
            self.user_pool_id,
            self.user,
        ) == (
            other.user_pool_id,
            other.user,
        )


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
        _v.check_str(v.user_pool_id, _v.join(path, "user_pool_id"), problems, True, 0, 131072)
    _shapes_provider_user_identifier_type.check_ProviderUserIdentifierType(
        v.user, _v.join(path, "user"), problems, True
    )


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class AdminDisableProviderForUserResponse:
    """The AdminDisableProviderForUserResponse structure."""

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}()"

    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, AdminDisableProviderForUserResponse)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return True


def parse_AdminDisableProviderForUserResponse(
    value: object, path: str
) -> AdminDisableProviderForUserResponse:
    _s.expect_object(value, path)
    return AdminDisableProviderForUserResponse()


Request = AdminDisableProviderForUserRequest
"""The request dataclass of AdminDisableProviderForUser."""


def new_request(
    user_pool_id: str, user: ProviderUserIdentifierType
) -> AdminDisableProviderForUserRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(AdminDisableProviderForUserRequest)
    _req.user_pool_id = user_pool_id
    _req.user = user
    return _req


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

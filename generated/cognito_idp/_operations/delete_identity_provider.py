# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteIdentityProvider: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteIdentityProviderRequest(Boto3Dicts):
    """The DeleteIdentityProviderRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the identity provider."""

    provider_name: str
    """The name of the IdP that you want to delete."""


def serialize_DeleteIdentityProviderRequest(v: DeleteIdentityProviderRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    out += (',"ProviderName":', _s.json_str(v.provider_name))
    out.append("}")
    return "".join(out)


def secrets_DeleteIdentityProviderRequest(
    v: DeleteIdentityProviderRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteIdentityProviderRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteIdentityProviderRequest, path, problems, required)
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
    if not (type(v.provider_name) is str and 1 <= len(v.provider_name) <= 32):
        _v.check_str(
            v.provider_name,
            _v.join(path, "provider_name"),
            problems,
            required=True,
            min_len=1,
            max_len=32,
        )


Request = DeleteIdentityProviderRequest
"""The request dataclass of DeleteIdentityProvider."""


OPERATION: OperationSpec[DeleteIdentityProviderRequest, None] = OperationSpec(
    name="DeleteIdentityProvider",
    validate=check_DeleteIdentityProviderRequest,
    serialize=serialize_DeleteIdentityProviderRequest,
    parse=_s.parse_nothing,
    signed=True,
    secrets=secrets_DeleteIdentityProviderRequest,
    fill_secret_hash=None,
)

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteUserPoolDomain: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteUserPoolDomainRequest(Boto3Dicts):
    """The DeleteUserPoolDomainRequest structure."""

    domain: str
    """The domain that you want to delete. For custom domains, this is the fully-qualified domain
    name like `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone,
    like `myprefix`."""

    user_pool_id: str
    """The ID of the user pool where you want to delete the domain."""


def serialize_DeleteUserPoolDomainRequest(v: DeleteUserPoolDomainRequest) -> str:
    out = ['{"Domain":', _s.json_str(v.domain)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteUserPoolDomainRequest(v: DeleteUserPoolDomainRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteUserPoolDomainRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DeleteUserPoolDomainRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.domain) is str and 1 <= len(v.domain) <= 63):
        _v.check_str(
            v.domain, _v.join(path, "domain"), problems, required=True, min_len=1, max_len=63
        )
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )


@_dc.dataclass(kw_only=True)
class DeleteUserPoolDomainResponse(Boto3Dicts):
    """The DeleteUserPoolDomainResponse structure."""


def parse_DeleteUserPoolDomainResponse(value: object, path: str) -> DeleteUserPoolDomainResponse:
    _s.expect_object(value, path)
    return DeleteUserPoolDomainResponse()


Request = DeleteUserPoolDomainRequest
"""The request dataclass of DeleteUserPoolDomain."""


OPERATION: OperationSpec[DeleteUserPoolDomainRequest, DeleteUserPoolDomainResponse] = OperationSpec(
    name="DeleteUserPoolDomain",
    validate=check_DeleteUserPoolDomainRequest,
    serialize=serialize_DeleteUserPoolDomainRequest,
    parse=parse_DeleteUserPoolDomainResponse,
    signed=True,
    secrets=secrets_DeleteUserPoolDomainRequest,
    fill_secret_hash=None,
)

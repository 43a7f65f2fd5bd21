# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DeleteTerms: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class DeleteTermsRequest(Boto3Dicts):
    """The DeleteTermsRequest structure."""

    terms_id: str
    """The ID of the terms documents that you want to delete."""

    user_pool_id: str
    """The ID of the user pool that contains the terms documents that you want to delete."""


def serialize_DeleteTermsRequest(v: DeleteTermsRequest) -> str:
    out = ['{"TermsId":', _s.json_str(v.terms_id)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    out.append("}")
    return "".join(out)


def secrets_DeleteTermsRequest(v: DeleteTermsRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DeleteTermsRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, DeleteTermsRequest, path, problems, required)
    if v is None:
        return
    if type(v.terms_id) is not str:
        _v.check_str(v.terms_id, _v.join(path, "terms_id"), problems, required=True)
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )


Request = DeleteTermsRequest
"""The request dataclass of DeleteTerms."""


OPERATION: OperationSpec[DeleteTermsRequest, None] = OperationSpec(
    name="DeleteTerms",
    validate=check_DeleteTermsRequest,
    serialize=serialize_DeleteTermsRequest,
    parse=_s.parse_nothing,
    signed=True,
    secrets=secrets_DeleteTermsRequest,
    fill_secret_hash=None,
)

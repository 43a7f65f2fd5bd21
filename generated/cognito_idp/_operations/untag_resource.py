# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UntagResource: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class UntagResourceRequest(Boto3Dicts):
    """The UntagResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool that the tags are assigned to."""

    tag_keys: Sequence[str]
    """An array of tag keys that you want to remove from the user pool."""


def serialize_UntagResourceRequest(v: UntagResourceRequest) -> str:
    out = ['{"ResourceArn":', _s.json_str(v.resource_arn)]
    out += (',"TagKeys":', "[" + ",".join(map(_s.json_str, v.tag_keys)) + "]")
    out.append("}")
    return "".join(out)


def secrets_UntagResourceRequest(v: UntagResourceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_UntagResourceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UntagResourceRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.resource_arn) is str and 20 <= len(v.resource_arn) <= 2048):
        _v.check_str(
            v.resource_arn,
            _v.join(path, "resource_arn"),
            problems,
            required=True,
            min_len=20,
            max_len=2048,
        )
    _v.check_list(
        v.tag_keys,
        _v.join(path, "tag_keys"),
        problems,
        required=True,
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=128),
    )


@_dc.dataclass(kw_only=True)
class UntagResourceResponse(Boto3Dicts):
    """The UntagResourceResponse structure."""


def parse_UntagResourceResponse(value: object, path: str) -> UntagResourceResponse:
    _s.expect_object(value, path)
    return UntagResourceResponse()


Request = UntagResourceRequest
"""The request dataclass of UntagResource."""


OPERATION: OperationSpec[UntagResourceRequest, UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    validate=check_UntagResourceRequest,
    serialize=serialize_UntagResourceRequest,
    parse=parse_UntagResourceResponse,
    signed=True,
    secrets=secrets_UntagResourceRequest,
    fill_secret_hash=None,
)

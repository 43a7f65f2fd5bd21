# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""TagResource: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class TagResourceRequest(Boto3Dicts):
    """The TagResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool to assign the tags to."""

    tags: Mapping[str, str]
    """An array of tag keys and values that you want to assign to the user pool."""


def serialize_TagResourceRequest(v: TagResourceRequest) -> str:
    out = ['{"ResourceArn":', _s.json_str(v.resource_arn)]
    out += (
        ',"Tags":',
        "{" + ",".join([_s.json_str(k) + ":" + _s.json_str(x) for k, x in v.tags.items()]) + "}",
    )
    out.append("}")
    return "".join(out)


def secrets_TagResourceRequest(v: TagResourceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_TagResourceRequest(value: object, path: str, problems: list[str], required: bool) -> None:
    v = _v.check_structure(value, TagResourceRequest, path, problems, required)
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
    _v.check_map(
        v.tags,
        _v.join(path, "tags"),
        problems,
        required=True,
        key=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=1, max_len=128),
        item=lambda x, p: _v.check_str(x, p, problems, required=True, min_len=0, max_len=256),
    )


@_dc.dataclass(kw_only=True)
class TagResourceResponse(Boto3Dicts):
    """The TagResourceResponse structure."""


def parse_TagResourceResponse(value: object, path: str) -> TagResourceResponse:
    _s.expect_object(value, path)
    return TagResourceResponse()


Request = TagResourceRequest
"""The request dataclass of TagResource."""


OPERATION: OperationSpec[TagResourceRequest, TagResourceResponse] = OperationSpec(
    name="TagResource",
    validate=check_TagResourceRequest,
    serialize=serialize_TagResourceRequest,
    parse=parse_TagResourceResponse,
    signed=True,
    secrets=secrets_TagResourceRequest,
    fill_secret_hash=None,
)

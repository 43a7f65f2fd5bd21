# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""ListTagsForResource: its request and response, and how they travel."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True)
class ListTagsForResourceRequest(Boto3Dicts):
    """The ListTagsForResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool that the tags are assigned to."""


def serialize_ListTagsForResourceRequest(v: ListTagsForResourceRequest) -> str:
    out = ['{"ResourceArn":', _s.json_str(v.resource_arn)]
    out.append("}")
    return "".join(out)


def secrets_ListTagsForResourceRequest(v: ListTagsForResourceRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_ListTagsForResourceRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, ListTagsForResourceRequest, path, problems, required)
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


@_dc.dataclass(kw_only=True)
class ListTagsForResourceResponse(Boto3Dicts):
    """The ListTagsForResourceResponse structure."""

    tags: dict[str, str] | None = None
    """The tags that are assigned to the user pool."""


def parse_ListTagsForResourceResponse(value: object, path: str) -> ListTagsForResourceResponse:
    m = _s.expect_object(value, path)
    x = m.get("Tags")
    f_tags = None if x is None else _s.parse_map(x, path + ".Tags", lambda x, p: _s.parse_str(x, p))
    obj = _dc.new(ListTagsForResourceResponse)
    obj.tags = f_tags
    return obj


Request = ListTagsForResourceRequest
"""The request dataclass of ListTagsForResource."""


OPERATION: OperationSpec[ListTagsForResourceRequest, ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    validate=check_ListTagsForResourceRequest,
    serialize=serialize_ListTagsForResourceRequest,
    parse=parse_ListTagsForResourceResponse,
    signed=True,
    secrets=secrets_ListTagsForResourceRequest,
    fill_secret_hash=None,
)

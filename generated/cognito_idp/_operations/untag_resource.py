# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UntagResource: its request and response, and how they travel."""

from __future__ import annotations

from collections.abc import Sequence

from aws_runtime import lazy_dataclass as _dc
from aws_runtime import serde as _s
from aws_runtime import validate as _v
from aws_runtime.operation import OperationSpec


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class UntagResourceRequest:
    """The UntagResourceRequest structure."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the user pool that the tags are assigned to."""

    tag_keys: Sequence[str]
    """An array of tag keys that you want to remove from the user pool."""

    def __init__(
        self,
        *,
        resource_arn: str,
        tag_keys: Sequence[str],
    ) -> None:
        self.resource_arn = resource_arn
        self.tag_keys = tag_keys

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(resource_arn={self.resource_arn!r}, tag_keys={self.tag_keys!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UntagResourceRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.resource_arn,
            self.tag_keys,
        ) == (
            other.resource_arn,
            other.tag_keys,
        )


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
        _v.check_str(v.resource_arn, _v.join(path, "resource_arn"), problems, True, 20, 2048)
    _v.check_list(
        v.tag_keys,
        _v.join(path, "tag_keys"),
        problems,
        True,
        None,
        None,
        lambda x, p: _v.check_str(x, p, problems, True, 1, 128),
    )


@_dc.dataclass(kw_only=True, init=False, repr=False, eq=False)
class UntagResourceResponse:
    """The UntagResourceResponse structure."""

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UntagResourceResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return True


def parse_UntagResourceResponse(value: object, path: str) -> UntagResourceResponse:
    _s.expect_object(value, path)
    return UntagResourceResponse()


Request = UntagResourceRequest
"""The request dataclass of UntagResource."""


def new_request(resource_arn: str, tag_keys: Sequence[str]) -> UntagResourceRequest:
    """``Request(...)`` for the client's method, by position: a third of a keyword call's cost."""
    _req = _dc.new(UntagResourceRequest)
    _req.resource_arn = resource_arn
    _req.tag_keys = tag_keys
    return _req


OPERATION: OperationSpec[UntagResourceRequest, UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    validate=check_UntagResourceRequest,
    serialize=serialize_UntagResourceRequest,
    parse=parse_UntagResourceResponse,
    signed=True,
    secrets=secrets_UntagResourceRequest,
    fill_secret_hash=None,
)

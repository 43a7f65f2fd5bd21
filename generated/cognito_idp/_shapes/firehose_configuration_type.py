# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class FirehoseConfigurationType(Boto3Dicts):
    """Configuration for the Amazon Data Firehose stream destination of user activity log export
    with threat protection."""

    stream_arn: str | None = None
    """The ARN of an Amazon Data Firehose stream that's the destination for threat protection log
    export."""


def serialize_FirehoseConfigurationType(v: FirehoseConfigurationType) -> str:
    out: list[str] = []
    if v.stream_arn is not None:
        out += (',"StreamArn":', _s.json_str(v.stream_arn))
    return "{" + "".join(out)[1:] + "}"


def secrets_FirehoseConfigurationType(v: FirehoseConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_FirehoseConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, FirehoseConfigurationType, path, problems, required)
    if v is None:
        return
    if v.stream_arn is not None and not (
        type(v.stream_arn) is str and 20 <= len(v.stream_arn) <= 2048
    ):
        _v.check_str(
            v.stream_arn,
            _v.join(path, "stream_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )


def parse_FirehoseConfigurationType(value: object, path: str) -> FirehoseConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("StreamArn")
    f_stream_arn = None if x is None else _s.parse_str(x, path + ".StreamArn")
    obj = _dc.new(FirehoseConfigurationType)
    obj.stream_arn = f_stream_arn
    return obj

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class S3ConfigurationType(Boto3Dicts):
    """Configuration for the Amazon S3 bucket destination of user activity log export with threat
    protection."""

    bucket_arn: str | None = None
    """The ARN of an Amazon S3 bucket that's the destination for threat protection log export."""


def serialize_S3ConfigurationType(v: S3ConfigurationType) -> str:
    out: list[str] = []
    if v.bucket_arn is not None:
        out += (',"BucketArn":', _s.json_str(v.bucket_arn))
    return "{" + "".join(out)[1:] + "}"


def secrets_S3ConfigurationType(v: S3ConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_S3ConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, S3ConfigurationType, path, problems, required)
    if v is None:
        return
    if v.bucket_arn is not None and not (
        type(v.bucket_arn) is str and 3 <= len(v.bucket_arn) <= 1024
    ):
        _v.check_str(
            v.bucket_arn,
            _v.join(path, "bucket_arn"),
            problems,
            required=False,
            min_len=3,
            max_len=1024,
        )


def parse_S3ConfigurationType(value: object, path: str) -> S3ConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("BucketArn")
    f_bucket_arn = None if x is None else _s.parse_str(x, path + ".BucketArn")
    obj = _dc.new(S3ConfigurationType)
    obj.bucket_arn = f_bucket_arn
    return obj

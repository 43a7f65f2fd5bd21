# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class CloudWatchLogsConfigurationType(Boto3Dicts):
    """Configuration for the CloudWatch log group destination of user pool detailed activity
    logging, or of user activity log export with threat protection."""

    log_group_arn: str | None = None
    """The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends
    logs. The log group must not be encrypted with Key Management Service and must be in the
    same Amazon Web Services account as your user pool.

    To send logs to log groups with a resource policy of a size greater than 5120 characters,
    configure a log group with a path that starts with `/aws/vendedlogs`. For more
    information, see Enabling logging from certain Amazon Web Services services
    (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html)."""


def serialize_CloudWatchLogsConfigurationType(v: CloudWatchLogsConfigurationType) -> str:
    out: list[str] = []
    if v.log_group_arn is not None:
        out += (',"LogGroupArn":', _s.json_str(v.log_group_arn))
    return "{" + "".join(out)[1:] + "}"


def secrets_CloudWatchLogsConfigurationType(
    v: CloudWatchLogsConfigurationType, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_CloudWatchLogsConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, CloudWatchLogsConfigurationType, path, problems, required)
    if v is None:
        return
    if v.log_group_arn is not None and not (
        type(v.log_group_arn) is str and 20 <= len(v.log_group_arn) <= 2048
    ):
        _v.check_str(
            v.log_group_arn,
            _v.join(path, "log_group_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )


def parse_CloudWatchLogsConfigurationType(
    value: object, path: str
) -> CloudWatchLogsConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("LogGroupArn")
    f_log_group_arn = None if x is None else _s.parse_str(x, path + ".LogGroupArn")
    obj = _dc.new(CloudWatchLogsConfigurationType)
    obj.log_group_arn = f_log_group_arn
    return obj

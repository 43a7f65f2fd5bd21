# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from cognito_idp._shapes import (
    cloud_watch_logs_configuration_type as _shapes_cloud_watch_logs_configuration_type,
)
from cognito_idp._shapes import event_source_name as _shapes_event_source_name
from cognito_idp._shapes import firehose_configuration_type as _shapes_firehose_configuration_type
from cognito_idp._shapes import log_level as _shapes_log_level
from cognito_idp._shapes import s3_configuration_type as _shapes_s3_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.cloud_watch_logs_configuration_type import (
        CloudWatchLogsConfigurationType,
    )
    from cognito_idp._shapes.event_source_name import EventSourceName, EventSourceNameValue
    from cognito_idp._shapes.firehose_configuration_type import FirehoseConfigurationType
    from cognito_idp._shapes.log_level import LogLevel, LogLevelValue
    from cognito_idp._shapes.s3_configuration_type import S3ConfigurationType
    from typedaws_runtime.enums import Unmodelled


@_dc.dataclass(kw_only=True)
class LogConfigurationType(Boto3Dicts):
    """The configuration of user event logs to an external Amazon Web Services service like
    Amazon Data Firehose, Amazon S3, or Amazon CloudWatch Logs."""

    log_level: LogLevel | LogLevelValue | Unmodelled
    """The `errorlevel` selection of logs that a user pool sends for detailed activity logging.
    To send `userNotification` activity with information about message delivery
    (https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html),
    choose `ERROR` with `CloudWatchLogsConfiguration`. To send `userAuthEvents` activity with
    user logs from threat protection with the Plus feature plan, choose `INFO` with one of
    `CloudWatchLogsConfiguration`, `FirehoseConfiguration`, or `S3Configuration`."""

    event_source: EventSourceName | EventSourceNameValue | Unmodelled
    """The source of events that your user pool sends for logging. To send error-level logs about
    user notification activity, set to `userNotification`. To send info-level logs about
    threat-protection user activity in user pools with the Plus feature plan, set to
    `userAuthEvents`."""

    cloud_watch_logs_configuration: CloudWatchLogsConfigurationType | None = None
    """The CloudWatch log group destination of user pool detailed activity logs, or of user
    activity log export with threat protection."""

    s3_configuration: S3ConfigurationType | None = None
    """The Amazon S3 bucket destination of user activity log export with threat protection. To
    activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""

    firehose_configuration: FirehoseConfigurationType | None = None
    """The Amazon Data Firehose stream destination of user activity log export with threat
    protection. To activate this setting, your user pool must be on the Plus tier
    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html)."""


def serialize_LogConfigurationType(v: LogConfigurationType) -> str:
    out = ['{"LogLevel":', _s.json_str(v.log_level)]
    out += (',"EventSource":', _s.json_str(v.event_source))
    if v.cloud_watch_logs_configuration is not None:
        out += (
            ',"CloudWatchLogsConfiguration":',
            _shapes_cloud_watch_logs_configuration_type.serialize_CloudWatchLogsConfigurationType(
                v.cloud_watch_logs_configuration
            ),
        )
    if v.s3_configuration is not None:
        out += (
            ',"S3Configuration":',
            _shapes_s3_configuration_type.serialize_S3ConfigurationType(v.s3_configuration),
        )
    if v.firehose_configuration is not None:
        out += (
            ',"FirehoseConfiguration":',
            _shapes_firehose_configuration_type.serialize_FirehoseConfigurationType(
                v.firehose_configuration
            ),
        )
    out.append("}")
    return "".join(out)


def secrets_LogConfigurationType(v: LogConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.cloud_watch_logs_configuration is not None:
        _shapes_cloud_watch_logs_configuration_type.secrets_CloudWatchLogsConfigurationType(
            v.cloud_watch_logs_configuration, out
        )
    if v.s3_configuration is not None:
        _shapes_s3_configuration_type.secrets_S3ConfigurationType(v.s3_configuration, out)
    if v.firehose_configuration is not None:
        _shapes_firehose_configuration_type.secrets_FirehoseConfigurationType(
            v.firehose_configuration, out
        )


def check_LogConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, LogConfigurationType, path, problems, required)
    if v is None:
        return
    if type(v.log_level) is not str:
        _v.check_str(v.log_level, _v.join(path, "log_level"), problems, required=True)
    if type(v.event_source) is not str:
        _v.check_str(v.event_source, _v.join(path, "event_source"), problems, required=True)
    if v.cloud_watch_logs_configuration is not None:
        _shapes_cloud_watch_logs_configuration_type.check_CloudWatchLogsConfigurationType(
            v.cloud_watch_logs_configuration,
            _v.join(path, "cloud_watch_logs_configuration"),
            problems,
            required=False,
        )
    if v.s3_configuration is not None:
        _shapes_s3_configuration_type.check_S3ConfigurationType(
            v.s3_configuration, _v.join(path, "s3_configuration"), problems, required=False
        )
    if v.firehose_configuration is not None:
        _shapes_firehose_configuration_type.check_FirehoseConfigurationType(
            v.firehose_configuration,
            _v.join(path, "firehose_configuration"),
            problems,
            required=False,
        )


def parse_LogConfigurationType(value: object, path: str) -> LogConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("LogLevel")
    if x is None:
        raise _s.missing(path + ".LogLevel")
    f_log_level = _s.parse_enum(_shapes_log_level.LogLevel, x, path + ".LogLevel")
    x = m.get("EventSource")
    if x is None:
        raise _s.missing(path + ".EventSource")
    f_event_source = _s.parse_enum(
        _shapes_event_source_name.EventSourceName, x, path + ".EventSource"
    )
    x = m.get("CloudWatchLogsConfiguration")
    f_cloud_watch_logs_configuration = (
        None
        if x is None
        else _shapes_cloud_watch_logs_configuration_type.parse_CloudWatchLogsConfigurationType(
            x, path + ".CloudWatchLogsConfiguration"
        )
    )
    x = m.get("S3Configuration")
    f_s3_configuration = (
        None
        if x is None
        else _shapes_s3_configuration_type.parse_S3ConfigurationType(x, path + ".S3Configuration")
    )
    x = m.get("FirehoseConfiguration")
    f_firehose_configuration = (
        None
        if x is None
        else _shapes_firehose_configuration_type.parse_FirehoseConfigurationType(
            x, path + ".FirehoseConfiguration"
        )
    )
    obj = _dc.new(LogConfigurationType)
    obj.log_level = f_log_level
    obj.event_source = f_event_source
    obj.cloud_watch_logs_configuration = f_cloud_watch_logs_configuration
    obj.s3_configuration = f_s3_configuration
    obj.firehose_configuration = f_firehose_configuration
    return obj

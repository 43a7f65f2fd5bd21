# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts


@_dc.dataclass(kw_only=True)
class AnalyticsConfigurationType(Boto3Dicts):
    """The settings for Amazon Pinpoint analytics configuration. With an analytics configuration,
    your application can collect user-activity metrics for user notifications with a Amazon
    Pinpoint campaign.

    Amazon Pinpoint isn't available in all Amazon Web Services Regions. For a list of
    available Regions, see Amazon Cognito and Amazon Pinpoint Region availability
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html#cognito-user-pools-find-region-mappings)."""

    application_id: str | None = None
    """Your Amazon Pinpoint project ID."""

    application_arn: str | None = None
    """The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to
    your user pool app client. Amazon Cognito publishes events to the Amazon Pinpoint project
    that `ApplicationArn` declares. You can also configure your application to pass an
    endpoint ID in the `AnalyticsMetadata` parameter of sign-in operations. The endpoint ID is
    information about the destination for push notifications"""

    role_arn: str | None = None
    """The ARN of an Identity and Access Management role that has the permissions required for
    Amazon Cognito to publish events to Amazon Pinpoint analytics."""

    external_id: str | None = None
    """The external ID
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html)
    of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint."""

    user_data_shared: bool | None = None
    """If `UserDataShared` is `true`, Amazon Cognito includes user data in the events that it
    publishes to Amazon Pinpoint analytics."""


def serialize_AnalyticsConfigurationType(v: AnalyticsConfigurationType) -> str:
    out: list[str] = []
    if v.application_id is not None:
        out += (',"ApplicationId":', _s.json_str(v.application_id))
    if v.application_arn is not None:
        out += (',"ApplicationArn":', _s.json_str(v.application_arn))
    if v.role_arn is not None:
        out += (',"RoleArn":', _s.json_str(v.role_arn))
    if v.external_id is not None:
        out += (',"ExternalId":', _s.json_str(v.external_id))
    if v.user_data_shared is not None:
        out += (',"UserDataShared":', ("true" if v.user_data_shared else "false"))
    return "{" + "".join(out)[1:] + "}"


def secrets_AnalyticsConfigurationType(v: AnalyticsConfigurationType, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_AnalyticsConfigurationType(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, AnalyticsConfigurationType, path, problems, required)
    if v is None:
        return
    if v.application_id is not None and type(v.application_id) is not str:
        _v.check_str(v.application_id, _v.join(path, "application_id"), problems, required=False)
    if v.application_arn is not None and not (
        type(v.application_arn) is str and 20 <= len(v.application_arn) <= 2048
    ):
        _v.check_str(
            v.application_arn,
            _v.join(path, "application_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.role_arn is not None and not (type(v.role_arn) is str and 20 <= len(v.role_arn) <= 2048):
        _v.check_str(
            v.role_arn,
            _v.join(path, "role_arn"),
            problems,
            required=False,
            min_len=20,
            max_len=2048,
        )
    if v.external_id is not None and not (
        type(v.external_id) is str and 0 <= len(v.external_id) <= 131072
    ):
        _v.check_str(
            v.external_id,
            _v.join(path, "external_id"),
            problems,
            required=False,
            min_len=0,
            max_len=131072,
        )
    if v.user_data_shared is not None and type(v.user_data_shared) is not bool:
        _v.check_bool(
            v.user_data_shared, _v.join(path, "user_data_shared"), problems, required=False
        )


def parse_AnalyticsConfigurationType(value: object, path: str) -> AnalyticsConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("ApplicationId")
    f_application_id = None if x is None else _s.parse_str(x, path + ".ApplicationId")
    x = m.get("ApplicationArn")
    f_application_arn = None if x is None else _s.parse_str(x, path + ".ApplicationArn")
    x = m.get("RoleArn")
    f_role_arn = None if x is None else _s.parse_str(x, path + ".RoleArn")
    x = m.get("ExternalId")
    f_external_id = None if x is None else _s.parse_str(x, path + ".ExternalId")
    x = m.get("UserDataShared")
    f_user_data_shared = None if x is None else _s.parse_bool(x, path + ".UserDataShared")
    obj = _dc.new(AnalyticsConfigurationType)
    obj.application_id = f_application_id
    obj.application_arn = f_application_arn
    obj.role_arn = f_role_arn
    obj.external_id = f_external_id
    obj.user_data_shared = f_user_data_shared
    return obj

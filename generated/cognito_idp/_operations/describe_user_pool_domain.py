# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeUserPoolDomain: its request and response, and how they travel."""

from __future__ import annotations

import enum

from cognito_idp._shapes import custom_domain_config_type as _shapes_custom_domain_config_type
from cognito_idp._shapes import routing_type as _shapes_routing_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from cognito_idp._shapes.custom_domain_config_type import CustomDomainConfigType
    from cognito_idp._shapes.routing_type import RoutingType
    from typedaws_runtime.enums import Unmodelled


class DomainStatusType(enum.StrEnum):
    """The values of DomainStatusType.

    A value the SDK's model does not list arrives in a response as ``Unmodelled`` (a ``str``).
    """

    CREATING = "CREATING"
    DELETING = "DELETING"
    UPDATING = "UPDATING"
    ACTIVE = "ACTIVE"
    FAILED = "FAILED"


if TYPE_CHECKING:
    DomainStatusTypeValue: TypeAlias = Literal[
        "CREATING", "DELETING", "UPDATING", "ACTIVE", "FAILED"
    ]
    """The values of DomainStatusType as literal strings, for type checkers: an input typed
    ``DomainStatusType | DomainStatusTypeValue | Unmodelled`` takes
    ``DomainStatusType.CREATING`` or ``'CREATING'``, and a type checker reports a misspelt
    value. ``str`` at run time."""
else:
    DomainStatusTypeValue = str


@_dc.dataclass(kw_only=True)
class DescribeUserPoolDomainRequest(Boto3Dicts):
    """The DescribeUserPoolDomainRequest structure."""

    domain: str
    """The domain that you want to describe. For custom domains, this is the fully-qualified
    domain name, such as `auth.example.com`. For Amazon Cognito prefix domains, this is the
    prefix alone, such as `auth`."""


def serialize_DescribeUserPoolDomainRequest(v: DescribeUserPoolDomainRequest) -> str:
    out = ['{"Domain":', _s.json_str(v.domain)]
    out.append("}")
    return "".join(out)


def secrets_DescribeUserPoolDomainRequest(
    v: DescribeUserPoolDomainRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    pass  # nothing sensitive, at any depth


def check_DescribeUserPoolDomainRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeUserPoolDomainRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.domain) is str and 1 <= len(v.domain) <= 63):
        _v.check_str(
            v.domain, _v.join(path, "domain"), problems, required=True, min_len=1, max_len=63
        )


@_dc.dataclass(kw_only=True)
class DescribeUserPoolDomainResponse(Boto3Dicts):
    """The DescribeUserPoolDomainResponse structure."""

    domain_description: DomainDescriptionType | None = None
    """The details of the requested user pool domain."""


def parse_DescribeUserPoolDomainResponse(
    value: object, path: str
) -> DescribeUserPoolDomainResponse:
    m = _s.expect_object(value, path)
    x = m.get("DomainDescription")
    f_domain_description = (
        None if x is None else parse_DomainDescriptionType(x, path + ".DomainDescription")
    )
    obj = _dc.new(DescribeUserPoolDomainResponse)
    obj.domain_description = f_domain_description
    return obj


@_dc.dataclass(kw_only=True)
class DomainDescriptionType(Boto3Dicts):
    """A container for information about the user pool domain associated with the hosted UI and
    OAuth endpoints."""

    user_pool_id: str | None = None
    """The ID of the user pool that the domain is attached to."""

    aws_account_id: str | None = None
    """The Amazon Web Services account that you created the user pool in."""

    domain: str | None = None
    """The domain string. For custom domains, this is the fully-qualified domain name, such as
    `auth.example.com`. For Amazon Cognito prefix domains, this is the prefix alone, such as
    `auth`."""

    s3_bucket: str | None = None
    """The Amazon S3 bucket where the static files for this domain are stored."""

    cloud_front_distribution: str | None = None
    """The Amazon CloudFront endpoint that hosts your custom domain."""

    version: str | None = None
    """The app version."""

    status: DomainStatusType | Unmodelled | None = None
    """The domain status."""

    custom_domain_config: CustomDomainConfigType | None = None
    """The configuration for a custom domain that hosts the sign-up and sign-in webpages for your
    application."""

    managed_login_version: int | None = None
    """The version of managed login branding that you want to apply to your domain. A value of
    `1` indicates hosted UI (classic) branding and a version of `2` indicates managed login
    branding.

    Managed login requires that your user pool be configured for any feature plan
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html)
    other than `Lite`."""

    routing: RoutingType | None = None
    """The routing configuration for the domain, including failover settings for multi-region
    deployments. Currently only `Failover` configurations are allowed."""


def parse_DomainDescriptionType(value: object, path: str) -> DomainDescriptionType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("AWSAccountId")
    f_aws_account_id = None if x is None else _s.parse_str(x, path + ".AWSAccountId")
    x = m.get("Domain")
    f_domain = None if x is None else _s.parse_str(x, path + ".Domain")
    x = m.get("S3Bucket")
    f_s3_bucket = None if x is None else _s.parse_str(x, path + ".S3Bucket")
    x = m.get("CloudFrontDistribution")
    f_cloud_front_distribution = (
        None if x is None else _s.parse_str(x, path + ".CloudFrontDistribution")
    )
    x = m.get("Version")
    f_version = None if x is None else _s.parse_str(x, path + ".Version")
    x = m.get("Status")
    f_status = None if x is None else _s.parse_enum(DomainStatusType, x, path + ".Status")
    x = m.get("CustomDomainConfig")
    f_custom_domain_config = (
        None
        if x is None
        else _shapes_custom_domain_config_type.parse_CustomDomainConfigType(
            x, path + ".CustomDomainConfig"
        )
    )
    x = m.get("ManagedLoginVersion")
    f_managed_login_version = None if x is None else _s.parse_int(x, path + ".ManagedLoginVersion")
    x = m.get("Routing")
    f_routing = None if x is None else _shapes_routing_type.parse_RoutingType(x, path + ".Routing")
    obj = _dc.new(DomainDescriptionType)
    obj.user_pool_id = f_user_pool_id
    obj.aws_account_id = f_aws_account_id
    obj.domain = f_domain
    obj.s3_bucket = f_s3_bucket
    obj.cloud_front_distribution = f_cloud_front_distribution
    obj.version = f_version
    obj.status = f_status
    obj.custom_domain_config = f_custom_domain_config
    obj.managed_login_version = f_managed_login_version
    obj.routing = f_routing
    return obj


Request = DescribeUserPoolDomainRequest
"""The request dataclass of DescribeUserPoolDomain."""


OPERATION: OperationSpec[DescribeUserPoolDomainRequest, DescribeUserPoolDomainResponse] = (
    OperationSpec(
        name="DescribeUserPoolDomain",
        validate=check_DescribeUserPoolDomainRequest,
        serialize=serialize_DescribeUserPoolDomainRequest,
        parse=parse_DescribeUserPoolDomainResponse,
        signed=True,
        secrets=secrets_DescribeUserPoolDomainRequest,
        fill_secret_hash=None,
    )
)

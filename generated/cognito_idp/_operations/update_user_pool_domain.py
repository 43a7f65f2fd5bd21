# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""UpdateUserPoolDomain: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import custom_domain_config_type as _shapes_custom_domain_config_type
from cognito_idp._shapes import routing_type as _shapes_routing_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.custom_domain_config_type import CustomDomainConfigType
    from cognito_idp._shapes.routing_type import RoutingType


@_dc.dataclass(kw_only=True)
class UpdateUserPoolDomainRequest(Boto3Dicts):
    """The UpdateUserPoolDomain request input."""

    domain: str
    """The name of the domain that you want to update. For custom domains, this is the
    fully-qualified domain name, for example `auth.example.com`. For prefix domains, this is
    the prefix alone, such as `myprefix`."""

    user_pool_id: str
    """The ID of the user pool that is associated with the domain you're updating."""

    managed_login_version: int | None = None
    """A version number that indicates the state of managed login for your domain. Version `1` is
    hosted UI (classic). Version `2` is the newer managed login with the branding editor. For
    more information, see Managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)."""

    custom_domain_config: CustomDomainConfigType | None = None
    """The configuration for a custom domain that hosts managed login for your application. In an
    `UpdateUserPoolDomain` request, this parameter specifies an SSL certificate for the
    managed login hosted webserver. The certificate must be an ACM ARN in `us-east-1`.

    When you create a custom domain, the passkey RP ID defaults to the custom domain. If you
    had a prefix domain active, this will cause passkey integration for your prefix domain to
    stop working due to a mismatch in RP ID. To keep the prefix domain passkey integration
    working, you can explicitly set RP ID to the prefix domain."""

    routing: RoutingType | None = None
    """The routing configuration for the user pool domain. Specifies failover settings for
    multi-region deployments."""


def serialize_UpdateUserPoolDomainRequest(v: UpdateUserPoolDomainRequest) -> str:
    out = ['{"Domain":', _s.json_str(v.domain)]
    out += (',"UserPoolId":', _s.json_str(v.user_pool_id))
    if v.managed_login_version is not None:
        out += (',"ManagedLoginVersion":', int.__repr__(v.managed_login_version))
    if v.custom_domain_config is not None:
        out += (
            ',"CustomDomainConfig":',
            _shapes_custom_domain_config_type.serialize_CustomDomainConfigType(
                v.custom_domain_config
            ),
        )
    if v.routing is not None:
        out += (',"Routing":', _shapes_routing_type.serialize_RoutingType(v.routing))
    out.append("}")
    return "".join(out)


def secrets_UpdateUserPoolDomainRequest(v: UpdateUserPoolDomainRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    if v.custom_domain_config is not None:
        _shapes_custom_domain_config_type.secrets_CustomDomainConfigType(
            v.custom_domain_config, out
        )
    if v.routing is not None:
        _shapes_routing_type.secrets_RoutingType(v.routing, out)


def check_UpdateUserPoolDomainRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, UpdateUserPoolDomainRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.domain) is str and 1 <= len(v.domain) <= 63):
        _v.check_str(
            v.domain, _v.join(path, "domain"), problems, required=True, min_len=1, max_len=63
        )
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.managed_login_version is not None and type(v.managed_login_version) is not int:
        _v.check_int(
            v.managed_login_version,
            _v.join(path, "managed_login_version"),
            problems,
            required=False,
        )
    if v.custom_domain_config is not None:
        _shapes_custom_domain_config_type.check_CustomDomainConfigType(
            v.custom_domain_config, _v.join(path, "custom_domain_config"), problems, required=False
        )
    if v.routing is not None:
        _shapes_routing_type.check_RoutingType(
            v.routing, _v.join(path, "routing"), problems, required=False
        )


@_dc.dataclass(kw_only=True)
class UpdateUserPoolDomainResponse(Boto3Dicts):
    """The UpdateUserPoolDomain response output."""

    managed_login_version: int | None = None
    """A version number that indicates the state of managed login for your domain. Version `1` is
    hosted UI (classic). Version `2` is the newer managed login with the branding editor. For
    more information, see Managed login
    (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)."""

    cloud_front_domain: str | None = None
    """The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts
    your managed login or classic hosted UI pages. You domain-name authority must have an
    alias record that points requests for your custom domain to this FQDN. Amazon Cognito
    returns this value if you set a custom domain with `CustomDomainConfig`. If you set an
    Amazon Cognito prefix domain, this operation returns a blank response."""

    routing: RoutingType | None = None
    """The updated routing configuration for the user pool domain."""


def parse_UpdateUserPoolDomainResponse(value: object, path: str) -> UpdateUserPoolDomainResponse:
    m = _s.expect_object(value, path)
    x = m.get("ManagedLoginVersion")
    f_managed_login_version = None if x is None else _s.parse_int(x, path + ".ManagedLoginVersion")
    x = m.get("CloudFrontDomain")
    f_cloud_front_domain = None if x is None else _s.parse_str(x, path + ".CloudFrontDomain")
    x = m.get("Routing")
    f_routing = None if x is None else _shapes_routing_type.parse_RoutingType(x, path + ".Routing")
    obj = _dc.new(UpdateUserPoolDomainResponse)
    obj.managed_login_version = f_managed_login_version
    obj.cloud_front_domain = f_cloud_front_domain
    obj.routing = f_routing
    return obj


Request = UpdateUserPoolDomainRequest
"""The request dataclass of UpdateUserPoolDomain."""


OPERATION: OperationSpec[UpdateUserPoolDomainRequest, UpdateUserPoolDomainResponse] = OperationSpec(
    name="UpdateUserPoolDomain",
    validate=check_UpdateUserPoolDomainRequest,
    serialize=serialize_UpdateUserPoolDomainRequest,
    parse=parse_UpdateUserPoolDomainResponse,
    signed=True,
    secrets=secrets_UpdateUserPoolDomainRequest,
    fill_secret_hash=None,
)

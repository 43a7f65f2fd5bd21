# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""DescribeRiskConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import risk_configuration_type as _shapes_risk_configuration_type
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.risk_configuration_type import RiskConfigurationType


@_dc.dataclass(kw_only=True)
class DescribeRiskConfigurationRequest(Boto3Dicts):
    """The DescribeRiskConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool with the risk configuration that you want to inspect. You can
    apply default risk configuration at the user pool level and further customize it from user
    pool defaults at the app-client level. Specify `ClientId` to inspect client-level
    configuration, or `UserPoolId` to inspect pool-level configuration."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client with the risk configuration that you want to inspect. You can
    apply default risk configuration at the user pool level and further customize it from user
    pool defaults at the app-client level. Specify `ClientId` to inspect client-level
    configuration, or `UserPoolId` to inspect pool-level configuration."""


def serialize_DescribeRiskConfigurationRequest(v: DescribeRiskConfigurationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.client_id is not None:
        out += (',"ClientId":', _s.json_str(v.client_id))
    out.append("}")
    return "".join(out)


def secrets_DescribeRiskConfigurationRequest(
    v: DescribeRiskConfigurationRequest, out: list[object]
) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)


def check_DescribeRiskConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, DescribeRiskConfigurationRequest, path, problems, required)
    if v is None:
        return
    if not (type(v.user_pool_id) is str and 1 <= len(v.user_pool_id) <= 55):
        _v.check_str(
            v.user_pool_id,
            _v.join(path, "user_pool_id"),
            problems,
            required=True,
            min_len=1,
            max_len=55,
        )
    if v.client_id is not None and not (type(v.client_id) is str and 1 <= len(v.client_id) <= 128):
        _v.check_str(
            v.client_id,
            _v.join(path, "client_id"),
            problems,
            required=False,
            min_len=1,
            max_len=128,
        )


@_dc.dataclass(kw_only=True)
class DescribeRiskConfigurationResponse(Boto3Dicts):
    """The DescribeRiskConfigurationResponse structure."""

    risk_configuration: RiskConfigurationType
    """The details of the requested risk configuration."""


def parse_DescribeRiskConfigurationResponse(
    value: object, path: str
) -> DescribeRiskConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("RiskConfiguration")
    if x is None:
        raise _s.missing(path + ".RiskConfiguration")
    f_risk_configuration = _shapes_risk_configuration_type.parse_RiskConfigurationType(
        x, path + ".RiskConfiguration"
    )
    obj = _dc.new(DescribeRiskConfigurationResponse)
    obj.risk_configuration = f_risk_configuration
    return obj


Request = DescribeRiskConfigurationRequest
"""The request dataclass of DescribeRiskConfiguration."""


OPERATION: OperationSpec[DescribeRiskConfigurationRequest, DescribeRiskConfigurationResponse] = (
    OperationSpec(
        name="DescribeRiskConfiguration",
        validate=check_DescribeRiskConfigurationRequest,
        serialize=serialize_DescribeRiskConfigurationRequest,
        parse=parse_DescribeRiskConfigurationResponse,
        signed=True,
        secrets=secrets_DescribeRiskConfigurationRequest,
        fill_secret_hash=None,
    )
)

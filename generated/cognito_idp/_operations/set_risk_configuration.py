# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""SetRiskConfiguration: its request and response, and how they travel."""

from __future__ import annotations

from cognito_idp._shapes import (
    account_takeover_risk_configuration_type as _shapes_account_takeover_risk_configuration_type,
)
from cognito_idp._shapes import (
    compromised_credentials_risk_configuration_type as _shapes_compromised_credentials_risk_configuration_type,
)
from cognito_idp._shapes import risk_configuration_type as _shapes_risk_configuration_type
from cognito_idp._shapes import (
    risk_exception_configuration_type as _shapes_risk_exception_configuration_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime import validate as _v
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.operation import OperationSpec
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_takeover_risk_configuration_type import (
        AccountTakeoverRiskConfigurationType,
    )
    from cognito_idp._shapes.compromised_credentials_risk_configuration_type import (
        CompromisedCredentialsRiskConfigurationType,
    )
    from cognito_idp._shapes.risk_configuration_type import RiskConfigurationType
    from cognito_idp._shapes.risk_exception_configuration_type import RiskExceptionConfigurationType


@_dc.dataclass(kw_only=True)
class SetRiskConfigurationRequest(Boto3Dicts):
    """The SetRiskConfigurationRequest structure."""

    user_pool_id: str
    """The ID of the user pool where you want to set a risk configuration. If you include
    `UserPoolId` in your request, don't include `ClientId`. When the client ID is null, the
    same risk configuration is applied to all the clients in the userPool. When you include
    both `ClientId` and `UserPoolId`, Amazon Cognito maps the configuration to the app client
    only."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The ID of the app client where you want to set a risk configuration. If `ClientId` is
    null, then the risk configuration is mapped to `UserPoolId`. When the client ID is null,
    the same risk configuration is applied to all the clients in the userPool.

    When you include a `ClientId` parameter, Amazon Cognito maps the configuration to the app
    client. When you include both `ClientId` and `UserPoolId`, Amazon Cognito maps the
    configuration to the app client only."""

    compromised_credentials_risk_configuration: (
        CompromisedCredentialsRiskConfigurationType | None
    ) = None
    """The configuration of automated reactions to detected compromised credentials. Includes
    settings for blocking future sign-in requests and for the types of password-submission
    events you want to monitor."""

    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None = None
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection."""

    risk_exception_configuration: RiskExceptionConfigurationType | None = None
    """A set of IP-address overrides to threat protection. You can set up IP-address always-block
    and always-allow lists."""


def serialize_SetRiskConfigurationRequest(v: SetRiskConfigurationRequest) -> str:
    out = ['{"UserPoolId":', _s.json_str(v.user_pool_id)]
    if v.client_id is not None:
        out += (',"ClientId":', _s.json_str(v.client_id))
    if v.compromised_credentials_risk_configuration is not None:
        out += (
            ',"CompromisedCredentialsRiskConfiguration":',
            _shapes_compromised_credentials_risk_configuration_type.serialize_CompromisedCredentialsRiskConfigurationType(
                v.compromised_credentials_risk_configuration
            ),
        )
    if v.account_takeover_risk_configuration is not None:
        out += (
            ',"AccountTakeoverRiskConfiguration":',
            _shapes_account_takeover_risk_configuration_type.serialize_AccountTakeoverRiskConfigurationType(
                v.account_takeover_risk_configuration
            ),
        )
    if v.risk_exception_configuration is not None:
        out += (
            ',"RiskExceptionConfiguration":',
            _shapes_risk_exception_configuration_type.serialize_RiskExceptionConfigurationType(
                v.risk_exception_configuration
            ),
        )
    out.append("}")
    return "".join(out)


def secrets_SetRiskConfigurationRequest(v: SetRiskConfigurationRequest, out: list[object]) -> None:
    """Append the values of ``v``'s sensitive members, at any depth, to ``out``."""
    out.append(v.client_id)
    if v.compromised_credentials_risk_configuration is not None:
        _shapes_compromised_credentials_risk_configuration_type.secrets_CompromisedCredentialsRiskConfigurationType(
            v.compromised_credentials_risk_configuration, out
        )
    if v.account_takeover_risk_configuration is not None:
        _shapes_account_takeover_risk_configuration_type.secrets_AccountTakeoverRiskConfigurationType(
            v.account_takeover_risk_configuration, out
        )
    if v.risk_exception_configuration is not None:
        _shapes_risk_exception_configuration_type.secrets_RiskExceptionConfigurationType(
            v.risk_exception_configuration, out
        )


def check_SetRiskConfigurationRequest(
    value: object, path: str, problems: list[str], required: bool
) -> None:
    v = _v.check_structure(value, SetRiskConfigurationRequest, path, problems, required)
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
    if v.compromised_credentials_risk_configuration is not None:
        _shapes_compromised_credentials_risk_configuration_type.check_CompromisedCredentialsRiskConfigurationType(
            v.compromised_credentials_risk_configuration,
            _v.join(path, "compromised_credentials_risk_configuration"),
            problems,
            required=False,
        )
    if v.account_takeover_risk_configuration is not None:
        _shapes_account_takeover_risk_configuration_type.check_AccountTakeoverRiskConfigurationType(
            v.account_takeover_risk_configuration,
            _v.join(path, "account_takeover_risk_configuration"),
            problems,
            required=False,
        )
    if v.risk_exception_configuration is not None:
        _shapes_risk_exception_configuration_type.check_RiskExceptionConfigurationType(
            v.risk_exception_configuration,
            _v.join(path, "risk_exception_configuration"),
            problems,
            required=False,
        )


@_dc.dataclass(kw_only=True)
class SetRiskConfigurationResponse(Boto3Dicts):
    """The SetRiskConfigurationResponse structure."""

    risk_configuration: RiskConfigurationType
    """The API response that contains the risk configuration that you set and the timestamp of
    the most recent change."""


def parse_SetRiskConfigurationResponse(value: object, path: str) -> SetRiskConfigurationResponse:
    m = _s.expect_object(value, path)
    x = m.get("RiskConfiguration")
    if x is None:
        raise _s.missing(path + ".RiskConfiguration")
    f_risk_configuration = _shapes_risk_configuration_type.parse_RiskConfigurationType(
        x, path + ".RiskConfiguration"
    )
    obj = _dc.new(SetRiskConfigurationResponse)
    obj.risk_configuration = f_risk_configuration
    return obj


Request = SetRiskConfigurationRequest
"""The request dataclass of SetRiskConfiguration."""


OPERATION: OperationSpec[SetRiskConfigurationRequest, SetRiskConfigurationResponse] = OperationSpec(
    name="SetRiskConfiguration",
    validate=check_SetRiskConfigurationRequest,
    serialize=serialize_SetRiskConfigurationRequest,
    parse=parse_SetRiskConfigurationResponse,
    signed=True,
    secrets=secrets_SetRiskConfigurationRequest,
    fill_secret_hash=None,
)

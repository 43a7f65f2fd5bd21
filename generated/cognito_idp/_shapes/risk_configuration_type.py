# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Shapes shared by several operations."""

from __future__ import annotations

import datetime

from cognito_idp._shapes import (
    account_takeover_risk_configuration_type as _shapes_account_takeover_risk_configuration_type,
)
from cognito_idp._shapes import (
    compromised_credentials_risk_configuration_type as _shapes_compromised_credentials_risk_configuration_type,
)
from cognito_idp._shapes import (
    risk_exception_configuration_type as _shapes_risk_exception_configuration_type,
)
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp._shapes.account_takeover_risk_configuration_type import (
        AccountTakeoverRiskConfigurationType,
    )
    from cognito_idp._shapes.compromised_credentials_risk_configuration_type import (
        CompromisedCredentialsRiskConfigurationType,
    )
    from cognito_idp._shapes.risk_exception_configuration_type import RiskExceptionConfigurationType


@_dc.dataclass(kw_only=True)
class RiskConfigurationType(Boto3Dicts):
    """The settings of risk configuration for threat protection with threat protection in a user
    pool."""

    user_pool_id: str | None = None
    """The ID of the user pool that has the risk configuration applied."""

    client_id: str | None = _dc.field(default=None, repr=False)
    """The app client where this configuration is applied. When this parameter isn't present, the
    risk configuration applies to all user pool app clients that don't have client-level
    settings."""

    compromised_credentials_risk_configuration: (
        CompromisedCredentialsRiskConfigurationType | None
    ) = None
    """Settings for compromised-credentials actions and authentication types with threat
    protection in full-function `ENFORCED` mode."""

    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None = None
    """The settings for automated responses and notification templates for adaptive
    authentication with threat protection."""

    risk_exception_configuration: RiskExceptionConfigurationType | None = None
    """Exceptions to the risk evaluation configuration, including always-allow and always-block
    IP address ranges."""

    last_modified_date: datetime.datetime | None = None
    """The date and time when the item was modified. Amazon Cognito returns this timestamp in
    UNIX epoch time format. Your SDK might render the output in a human-readable format like
    ISO 8601 or a Java `Date` object."""


def parse_RiskConfigurationType(value: object, path: str) -> RiskConfigurationType:
    m = _s.expect_object(value, path)
    x = m.get("UserPoolId")
    f_user_pool_id = None if x is None else _s.parse_str(x, path + ".UserPoolId")
    x = m.get("ClientId")
    f_client_id = None if x is None else _s.parse_str(x, path + ".ClientId")
    x = m.get("CompromisedCredentialsRiskConfiguration")
    f_compromised_credentials_risk_configuration = (
        None
        if x is None
        else _shapes_compromised_credentials_risk_configuration_type.parse_CompromisedCredentialsRiskConfigurationType(
            x, path + ".CompromisedCredentialsRiskConfiguration"
        )
    )
    x = m.get("AccountTakeoverRiskConfiguration")
    f_account_takeover_risk_configuration = (
        None
        if x is None
        else _shapes_account_takeover_risk_configuration_type.parse_AccountTakeoverRiskConfigurationType(
            x, path + ".AccountTakeoverRiskConfiguration"
        )
    )
    x = m.get("RiskExceptionConfiguration")
    f_risk_exception_configuration = (
        None
        if x is None
        else _shapes_risk_exception_configuration_type.parse_RiskExceptionConfigurationType(
            x, path + ".RiskExceptionConfiguration"
        )
    )
    x = m.get("LastModifiedDate")
    f_last_modified_date = None if x is None else _s.parse_timestamp(x, path + ".LastModifiedDate")
    obj = _dc.new(RiskConfigurationType)
    obj.user_pool_id = f_user_pool_id
    obj.client_id = f_client_id
    obj.compromised_credentials_risk_configuration = f_compromised_credentials_risk_configuration
    obj.account_takeover_risk_configuration = f_account_takeover_risk_configuration
    obj.risk_exception_configuration = f_risk_exception_configuration
    obj.last_modified_date = f_last_modified_date
    return obj

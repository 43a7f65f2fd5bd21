# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Stubbing Amazon Cognito Identity Provider clients in tests.

Typed responses and errors are queued for each client method, each call's
parameters are checked, and nothing is sent.

``Stubber`` ties each method to its response class and parameters, so a wrong one
is a type error; see ``typedaws_runtime.testing`` for how stubbing works. Only
tests import this module: the clients never do."""

from __future__ import annotations

from typing import Protocol, TypeAlias, TypedDict, TypeVar, overload

from typedaws_runtime import testing as _testing
from typedaws_runtime.errors import SdkError
from typedaws_runtime.static_typing import TYPE_CHECKING
from typedaws_runtime.testing import (
    ParamsMismatchError,
    PendingResponsesError,
    StubAssertionError,
    UnexpectedCallError,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Awaitable, Callable, Mapping, Sequence

    from cognito_idp.async_client import AsyncCognitoIdentityProviderClient
    from cognito_idp.client import CognitoIdentityProviderClient
    from cognito_idp.models import (
        AccountRecoverySettingType,
        AccountTakeoverRiskConfigurationType,
        AcrLevelConfigType,
        AddCustomAttributesResponse,
        AddUserPoolClientSecretResponse,
        AdminConfirmSignUpResponse,
        AdminCreateUserConfigType,
        AdminCreateUserResponse,
        AdminDeleteSoftwareTokenResponse,
        AdminDeleteUserAttributesResponse,
        AdminDisableProviderForUserResponse,
        AdminDisableUserResponse,
        AdminEnableUserResponse,
        AdminGetDeviceResponse,
        AdminGetUserAuthFactorsResponse,
        AdminGetUserResponse,
        AdminInitiateAuthResponse,
        AdminLinkProviderForUserResponse,
        AdminListDevicesResponse,
        AdminListGroupsForUserResponse,
        AdminListUserAuthEventsResponse,
        AdminListUserSessionsResponse,
        AdminResetUserPasswordResponse,
        AdminRespondToAuthChallengeResponse,
        AdminRevokeUserSessionResponse,
        AdminSetUserMFAPreferenceResponse,
        AdminSetUserPasswordResponse,
        AdminSetUserSettingsResponse,
        AdminUpdateAuthEventFeedbackResponse,
        AdminUpdateDeviceStatusResponse,
        AdminUpdateUserAttributesResponse,
        AdminUserGlobalSignOutResponse,
        AliasAttributeType,
        AliasAttributeTypeValue,
        AnalyticsConfigurationType,
        AnalyticsMetadataType,
        AssetType,
        AssociateSoftwareTokenResponse,
        AttributeType,
        AuthFlowType,
        AuthFlowTypeValue,
        CancelPointInTimeRecoveryResponse,
        ChallengeNameType,
        ChallengeNameTypeValue,
        ChangePasswordResponse,
        CIMDCacheActionType,
        CIMDCacheActionTypeValue,
        ClientSSOSessionConfigType,
        ClientTypeType,
        ClientTypeTypeValue,
        CompleteWebAuthnRegistrationResponse,
        CompromisedCredentialsRiskConfigurationType,
        ConfirmDeviceResponse,
        ConfirmForgotPasswordResponse,
        ConfirmSignUpResponse,
        ContextDataType,
        CreateCIMDPolicyResponse,
        CreateGroupResponse,
        CreateIdentityProviderResponse,
        CreateManagedLoginBrandingResponse,
        CreateResourceServerResponse,
        CreateTermsResponse,
        CreateUserImportJobResponse,
        CreateUserPoolClientResponse,
        CreateUserPoolDomainResponse,
        CreateUserPoolReplicaResponse,
        CreateUserPoolResponse,
        CustomDomainConfigType,
        DcrConfigurationType,
        DeleteCIMDPolicyResponse,
        DeleteUserAttributesResponse,
        DeleteUserPoolClientSecretResponse,
        DeleteUserPoolDomainResponse,
        DeleteUserPoolReplicaResponse,
        DeleteWebAuthnCredentialResponse,
        DeletionProtectionType,
        DeletionProtectionTypeValue,
        DeliveryMediumType,
        DeliveryMediumTypeValue,
        DescribeCIMDPolicyResponse,
        DescribeIdentityProviderResponse,
        DescribeManagedLoginBrandingByClientResponse,
        DescribeManagedLoginBrandingResponse,
        DescribePointInTimeRecoveryResponse,
        DescribeResourceServerResponse,
        DescribeRiskConfigurationResponse,
        DescribeTermsByClientResponse,
        DescribeTermsResponse,
        DescribeUserImportJobResponse,
        DescribeUserPoolClientResponse,
        DescribeUserPoolDomainResponse,
        DescribeUserPoolResponse,
        DeviceConfigurationType,
        DeviceRememberedStatusType,
        DeviceRememberedStatusTypeValue,
        DeviceSecretVerifierConfigType,
        EmailConfigurationType,
        EmailMfaConfigType,
        EmailMfaSettingsType,
        ExplicitAuthFlowsType,
        ExplicitAuthFlowsTypeValue,
        FeedbackValueType,
        FeedbackValueTypeValue,
        ForgotPasswordResponse,
        GetClientTokenResponse,
        GetCSVHeaderResponse,
        GetDerivedTokenResponse,
        GetDeviceResponse,
        GetGroupResponse,
        GetIdentityProviderByIdentifierResponse,
        GetLogDeliveryConfigurationResponse,
        GetProvisionedLimitResponse,
        GetSigningCertificateResponse,
        GetTokensFromRefreshTokenResponse,
        GetUICustomizationResponse,
        GetUserAttributeVerificationCodeResponse,
        GetUserAuthFactorsResponse,
        GetUserPoolClientSessionConfigurationResponse,
        GetUserPoolMfaConfigResponse,
        GetUserPoolSessionConfigurationResponse,
        GetUserResponse,
        GlobalSignOutResponse,
        IdentityProviderTypeType,
        IdentityProviderTypeTypeValue,
        InitiateAuthResponse,
        InitiatePointInTimeRecoveryResponse,
        IssuedTokenTypeIdentifierType,
        IssuedTokenTypeIdentifierTypeValue,
        IssuerConfigurationType,
        KeyConfigurationType,
        LambdaConfigType,
        LimitDefinitionType,
        ListCIMDPoliciesResponse,
        ListClientMetadataURLsResponse,
        ListDevicesResponse,
        ListGroupsResponse,
        ListIdentityProvidersResponse,
        ListPointInTimeRecoveriesResponse,
        ListResourceServersResponse,
        ListTagsForResourceResponse,
        ListTermsResponse,
        ListUserImportJobsResponse,
        ListUserPoolClientSecretsResponse,
        ListUserPoolClientsResponse,
        ListUserPoolReplicasResponse,
        ListUserPoolsResponse,
        ListUserSessionsResponse,
        ListUsersInGroupResponse,
        ListUsersResponse,
        ListWebAuthnCredentialsResponse,
        LogConfigurationType,
        MessageActionType,
        MessageActionTypeValue,
        MFAOptionType,
        OAuthFlowType,
        OAuthFlowTypeValue,
        PasswordHashingAlgorithmType,
        PasswordHashingAlgorithmTypeValue,
        PreventUserExistenceErrorTypes,
        PreventUserExistenceErrorTypesValue,
        ProviderUserIdentifierType,
        RefreshTokenRotationType,
        ResendConfirmationCodeResponse,
        ResourceServerScopeType,
        RespondToAuthChallengeResponse,
        RevokeAssociatedSessionsType,
        RevokeAssociatedSessionsTypeValue,
        RevokeTokenResponse,
        RevokeUserSessionResponse,
        RiskExceptionConfigurationType,
        RoutingType,
        SchemaAttributeType,
        SetLogDeliveryConfigurationResponse,
        SetRiskConfigurationResponse,
        SetUICustomizationResponse,
        SetUserMFAPreferenceResponse,
        SetUserPoolClientSessionConfigurationResponse,
        SetUserPoolMfaConfigResponse,
        SetUserPoolSessionConfigurationResponse,
        SetUserSettingsResponse,
        SignUpResponse,
        SmsConfigurationType,
        SmsMfaConfigType,
        SMSMfaSettingsType,
        SoftwareTokenMfaConfigType,
        SoftwareTokenMfaSettingsType,
        StartPointInTimeRecoveryResponse,
        StartUserImportJobResponse,
        StartWebAuthnRegistrationResponse,
        StopUserImportJobResponse,
        TagResourceResponse,
        TermsEnforcementType,
        TermsEnforcementTypeValue,
        TermsSourceType,
        TermsSourceTypeValue,
        TokenTypeIdentifierType,
        TokenTypeIdentifierTypeValue,
        TokenValidityUnitsType,
        UntagResourceResponse,
        UpdateAuthEventFeedbackResponse,
        UpdateCIMDPolicyResponse,
        UpdateClientMetadataURLStateResponse,
        UpdateDeviceStatusResponse,
        UpdateGroupResponse,
        UpdateIdentityProviderResponse,
        UpdateManagedLoginBrandingResponse,
        UpdateProvisionedLimitResponse,
        UpdateReplicaStatusType,
        UpdateReplicaStatusTypeValue,
        UpdateResourceServerResponse,
        UpdateTermsResponse,
        UpdateUserAttributesResponse,
        UpdateUserPoolClientResponse,
        UpdateUserPoolDomainResponse,
        UpdateUserPoolReplicaResponse,
        UpdateUserPoolResponse,
        UserAttributeUpdateSettingsType,
        UserContextDataType,
        UsernameAttributeType,
        UsernameAttributeTypeValue,
        UsernameConfigurationType,
        UserPoolAddOnsType,
        UserPoolMfaType,
        UserPoolMfaTypeValue,
        UserPoolPolicyType,
        UserPoolTierType,
        UserPoolTierTypeValue,
        UserPoolTokenSessionConfigType,
        UserSessionTrackingType,
        UserSessionTrackingTypeValue,
        VerificationMessageTemplateType,
        VerifiedAttributeType,
        VerifiedAttributeTypeValue,
        VerifySoftwareTokenResponse,
        VerifyUserAttributeResponse,
        WebAuthnConfigurationType,
        WebAuthnMfaSettingsType,
    )
    from typedaws_runtime import signature_types as _types
    from typedaws_runtime.enums import Unmodelled


__all__ = [
    "AddCustomAttributesParams",
    "AddUserPoolClientSecretParams",
    "AdminAddUserToGroupParams",
    "AdminConfirmSignUpParams",
    "AdminCreateUserParams",
    "AdminDeleteSoftwareTokenParams",
    "AdminDeleteUserAttributesParams",
    "AdminDeleteUserParams",
    "AdminDisableProviderForUserParams",
    "AdminDisableUserParams",
    "AdminEnableUserParams",
    "AdminForgetDeviceParams",
    "AdminGetDeviceParams",
    "AdminGetUserAuthFactorsParams",
    "AdminGetUserParams",
    "AdminInitiateAuthParams",
    "AdminLinkProviderForUserParams",
    "AdminListDevicesParams",
    "AdminListGroupsForUserParams",
    "AdminListUserAuthEventsParams",
    "AdminListUserSessionsParams",
    "AdminRemoveUserFromGroupParams",
    "AdminResetUserPasswordParams",
    "AdminRespondToAuthChallengeParams",
    "AdminRevokeUserSessionParams",
    "AdminSetUserMFAPreferenceParams",
    "AdminSetUserPasswordParams",
    "AdminSetUserSettingsParams",
    "AdminUpdateAuthEventFeedbackParams",
    "AdminUpdateDeviceStatusParams",
    "AdminUpdateUserAttributesParams",
    "AdminUserGlobalSignOutParams",
    "AssociateSoftwareTokenParams",
    "CancelPointInTimeRecoveryParams",
    "ChangePasswordParams",
    "CompleteWebAuthnRegistrationParams",
    "ConfirmDeviceParams",
    "ConfirmForgotPasswordParams",
    "ConfirmSignUpParams",
    "CreateCIMDPolicyParams",
    "CreateGroupParams",
    "CreateIdentityProviderParams",
    "CreateManagedLoginBrandingParams",
    "CreateResourceServerParams",
    "CreateTermsParams",
    "CreateUserImportJobParams",
    "CreateUserPoolClientParams",
    "CreateUserPoolDomainParams",
    "CreateUserPoolParams",
    "CreateUserPoolReplicaParams",
    "DeleteCIMDPolicyParams",
    "DeleteGroupParams",
    "DeleteIdentityProviderParams",
    "DeleteManagedLoginBrandingParams",
    "DeleteResourceServerParams",
    "DeleteTermsParams",
    "DeleteUserAttributesParams",
    "DeleteUserParams",
    "DeleteUserPoolClientParams",
    "DeleteUserPoolClientSecretParams",
    "DeleteUserPoolDomainParams",
    "DeleteUserPoolParams",
    "DeleteUserPoolReplicaParams",
    "DeleteWebAuthnCredentialParams",
    "DescribeCIMDPolicyParams",
    "DescribeIdentityProviderParams",
    "DescribeManagedLoginBrandingByClientParams",
    "DescribeManagedLoginBrandingParams",
    "DescribePointInTimeRecoveryParams",
    "DescribeResourceServerParams",
    "DescribeRiskConfigurationParams",
    "DescribeTermsByClientParams",
    "DescribeTermsParams",
    "DescribeUserImportJobParams",
    "DescribeUserPoolClientParams",
    "DescribeUserPoolDomainParams",
    "DescribeUserPoolParams",
    "ForgetDeviceParams",
    "ForgotPasswordParams",
    "GetCSVHeaderParams",
    "GetClientTokenParams",
    "GetDerivedTokenParams",
    "GetDeviceParams",
    "GetGroupParams",
    "GetIdentityProviderByIdentifierParams",
    "GetLogDeliveryConfigurationParams",
    "GetProvisionedLimitParams",
    "GetSigningCertificateParams",
    "GetTokensFromRefreshTokenParams",
    "GetUICustomizationParams",
    "GetUserAttributeVerificationCodeParams",
    "GetUserAuthFactorsParams",
    "GetUserParams",
    "GetUserPoolClientSessionConfigurationParams",
    "GetUserPoolMfaConfigParams",
    "GetUserPoolSessionConfigurationParams",
    "GlobalSignOutParams",
    "InitiateAuthParams",
    "InitiatePointInTimeRecoveryParams",
    "ListCIMDPoliciesParams",
    "ListClientMetadataURLsParams",
    "ListDevicesParams",
    "ListGroupsParams",
    "ListIdentityProvidersParams",
    "ListPointInTimeRecoveriesParams",
    "ListResourceServersParams",
    "ListTagsForResourceParams",
    "ListTermsParams",
    "ListUserImportJobsParams",
    "ListUserPoolClientSecretsParams",
    "ListUserPoolClientsParams",
    "ListUserPoolReplicasParams",
    "ListUserPoolsParams",
    "ListUserSessionsParams",
    "ListUsersInGroupParams",
    "ListUsersParams",
    "ListWebAuthnCredentialsParams",
    "ParamsMismatchError",
    "PendingResponsesError",
    "ResendConfirmationCodeParams",
    "RespondToAuthChallengeParams",
    "RevokeTokenParams",
    "RevokeUserSessionParams",
    "SetLogDeliveryConfigurationParams",
    "SetRiskConfigurationParams",
    "SetUICustomizationParams",
    "SetUserMFAPreferenceParams",
    "SetUserPoolClientSessionConfigurationParams",
    "SetUserPoolMfaConfigParams",
    "SetUserPoolSessionConfigurationParams",
    "SetUserSettingsParams",
    "SignUpParams",
    "StartPointInTimeRecoveryParams",
    "StartUserImportJobParams",
    "StartWebAuthnRegistrationParams",
    "StopUserImportJobParams",
    "StubAssertionError",
    "Stubber",
    "TagResourceParams",
    "UnexpectedCallError",
    "UntagResourceParams",
    "UpdateAuthEventFeedbackParams",
    "UpdateCIMDPolicyParams",
    "UpdateClientMetadataURLStateParams",
    "UpdateDeviceStatusParams",
    "UpdateGroupParams",
    "UpdateIdentityProviderParams",
    "UpdateManagedLoginBrandingParams",
    "UpdateProvisionedLimitParams",
    "UpdateResourceServerParams",
    "UpdateTermsParams",
    "UpdateUserAttributesParams",
    "UpdateUserPoolClientParams",
    "UpdateUserPoolDomainParams",
    "UpdateUserPoolParams",
    "UpdateUserPoolReplicaParams",
    "VerifySoftwareTokenParams",
    "VerifyUserAttributeParams",
]

_R = TypeVar("_R")
_R_co = TypeVar("_R_co", covariant=True)
_ClientT = TypeVar(
    "_ClientT", bound="CognitoIdentityProviderClient | AsyncCognitoIdentityProviderClient"
)
_Method: TypeAlias = "Callable[..., _R] | Callable[..., Awaitable[_R]]"
"""A client method returning ``_R``: sync, or async (returning an awaitable of it)."""


class AddCustomAttributesParams(TypedDict, total=False):
    """The parameters of ``add_custom_attributes``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    custom_attributes: Sequence[SchemaAttributeType]


class AddUserPoolClientSecretParams(TypedDict, total=False):
    """The parameters of ``add_user_pool_client_secret``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    client_secret: str | None


class AdminAddUserToGroupParams(TypedDict, total=False):
    """The parameters of ``admin_add_user_to_group``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    group_name: str


class AdminConfirmSignUpParams(TypedDict, total=False):
    """The parameters of ``admin_confirm_sign_up``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    client_metadata: Mapping[str, str] | None


class AdminCreateUserParams(TypedDict, total=False):
    """The parameters of ``admin_create_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    user_attributes: Sequence[AttributeType] | None
    validation_data: Sequence[AttributeType] | None
    temporary_password: str | None
    force_alias_creation: bool | None
    message_action: MessageActionType | MessageActionTypeValue | Unmodelled | None
    desired_delivery_mediums: (
        Sequence[DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled] | None
    )
    client_metadata: Mapping[str, str] | None


class AdminDeleteSoftwareTokenParams(TypedDict, total=False):
    """The parameters of ``admin_delete_software_token``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminDeleteUserParams(TypedDict, total=False):
    """The parameters of ``admin_delete_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminDeleteUserAttributesParams(TypedDict, total=False):
    """The parameters of ``admin_delete_user_attributes``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    user_attribute_names: Sequence[str]


class AdminDisableProviderForUserParams(TypedDict, total=False):
    """The parameters of ``admin_disable_provider_for_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    user: ProviderUserIdentifierType


class AdminDisableUserParams(TypedDict, total=False):
    """The parameters of ``admin_disable_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminEnableUserParams(TypedDict, total=False):
    """The parameters of ``admin_enable_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminForgetDeviceParams(TypedDict, total=False):
    """The parameters of ``admin_forget_device``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    device_key: str


class AdminGetDeviceParams(TypedDict, total=False):
    """The parameters of ``admin_get_device``, for ``expected_params`` (only those given are compared)."""

    device_key: str
    user_pool_id: str
    username: str


class AdminGetUserParams(TypedDict, total=False):
    """The parameters of ``admin_get_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminGetUserAuthFactorsParams(TypedDict, total=False):
    """The parameters of ``admin_get_user_auth_factors``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AdminInitiateAuthParams(TypedDict, total=False):
    """The parameters of ``admin_initiate_auth``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    auth_flow: AuthFlowType | AuthFlowTypeValue | Unmodelled
    auth_parameters: Mapping[str, str] | None
    client_metadata: Mapping[str, str] | None
    analytics_metadata: AnalyticsMetadataType | None
    context_data: ContextDataType | None
    session: str | None


class AdminLinkProviderForUserParams(TypedDict, total=False):
    """The parameters of ``admin_link_provider_for_user``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    destination_user: ProviderUserIdentifierType
    source_user: ProviderUserIdentifierType


class AdminListDevicesParams(TypedDict, total=False):
    """The parameters of ``admin_list_devices``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    limit: int | None
    pagination_token: str | None


class AdminListGroupsForUserParams(TypedDict, total=False):
    """The parameters of ``admin_list_groups_for_user``, for ``expected_params`` (only those given are compared)."""

    username: str
    user_pool_id: str
    limit: int | None
    next_token: str | None


class AdminListUserAuthEventsParams(TypedDict, total=False):
    """The parameters of ``admin_list_user_auth_events``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    max_results: int | None
    next_token: str | None


class AdminListUserSessionsParams(TypedDict, total=False):
    """The parameters of ``admin_list_user_sessions``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    next_token: str | None


class AdminRemoveUserFromGroupParams(TypedDict, total=False):
    """The parameters of ``admin_remove_user_from_group``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    group_name: str


class AdminResetUserPasswordParams(TypedDict, total=False):
    """The parameters of ``admin_reset_user_password``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    client_metadata: Mapping[str, str] | None


class AdminRespondToAuthChallengeParams(TypedDict, total=False):
    """The parameters of ``admin_respond_to_auth_challenge``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled
    challenge_responses: Mapping[str, str] | None
    session: str | None
    analytics_metadata: AnalyticsMetadataType | None
    context_data: ContextDataType | None
    client_metadata: Mapping[str, str] | None


class AdminRevokeUserSessionParams(TypedDict, total=False):
    """The parameters of ``admin_revoke_user_session``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    session_id: str
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    )


class AdminSetUserMFAPreferenceParams(TypedDict, total=False):
    """The parameters of ``admin_set_user_mfa_preference``, for ``expected_params`` (only those given are compared)."""

    username: str
    user_pool_id: str
    sms_mfa_settings: SMSMfaSettingsType | None
    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None
    email_mfa_settings: EmailMfaSettingsType | None
    web_authn_mfa_settings: WebAuthnMfaSettingsType | None


class AdminSetUserPasswordParams(TypedDict, total=False):
    """The parameters of ``admin_set_user_password``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    password: str
    permanent: bool | None


class AdminSetUserSettingsParams(TypedDict, total=False):
    """The parameters of ``admin_set_user_settings``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    mfa_options: Sequence[MFAOptionType]


class AdminUpdateAuthEventFeedbackParams(TypedDict, total=False):
    """The parameters of ``admin_update_auth_event_feedback``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    event_id: str
    feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled


class AdminUpdateDeviceStatusParams(TypedDict, total=False):
    """The parameters of ``admin_update_device_status``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    device_key: str
    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    )


class AdminUpdateUserAttributesParams(TypedDict, total=False):
    """The parameters of ``admin_update_user_attributes``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    user_attributes: Sequence[AttributeType]
    client_metadata: Mapping[str, str] | None


class AdminUserGlobalSignOutParams(TypedDict, total=False):
    """The parameters of ``admin_user_global_sign_out``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str


class AssociateSoftwareTokenParams(TypedDict, total=False):
    """The parameters of ``associate_software_token``, for ``expected_params`` (only those given are compared)."""

    access_token: str | None
    session: str | None


class CancelPointInTimeRecoveryParams(TypedDict, total=False):
    """The parameters of ``cancel_point_in_time_recovery``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    restore_id: str


class ChangePasswordParams(TypedDict, total=False):
    """The parameters of ``change_password``, for ``expected_params`` (only those given are compared)."""

    proposed_password: str
    access_token: str
    previous_password: str | None


class CompleteWebAuthnRegistrationParams(TypedDict, total=False):
    """The parameters of ``complete_web_authn_registration``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    credential: _types.Document


class ConfirmDeviceParams(TypedDict, total=False):
    """The parameters of ``confirm_device``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    device_key: str
    device_secret_verifier_config: DeviceSecretVerifierConfigType | None
    device_name: str | None


class ConfirmForgotPasswordParams(TypedDict, total=False):
    """The parameters of ``confirm_forgot_password``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    username: str
    confirmation_code: str
    password: str
    secret_hash: str | None
    analytics_metadata: AnalyticsMetadataType | None
    user_context_data: UserContextDataType | None
    client_metadata: Mapping[str, str] | None


class ConfirmSignUpParams(TypedDict, total=False):
    """The parameters of ``confirm_sign_up``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    username: str
    confirmation_code: str
    secret_hash: str | None
    force_alias_creation: bool | None
    analytics_metadata: AnalyticsMetadataType | None
    user_context_data: UserContextDataType | None
    client_metadata: Mapping[str, str] | None
    session: str | None


class CreateCIMDPolicyParams(TypedDict, total=False):
    """The parameters of ``create_cimd_policy``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    policy_name: str
    url_patterns: Sequence[str]
    cache_duration: int | None


class CreateGroupParams(TypedDict, total=False):
    """The parameters of ``create_group``, for ``expected_params`` (only those given are compared)."""

    group_name: str
    user_pool_id: str
    description: str | None
    role_arn: str | None
    precedence: int | None


class CreateIdentityProviderParams(TypedDict, total=False):
    """The parameters of ``create_identity_provider``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    provider_name: str
    provider_type: IdentityProviderTypeType | IdentityProviderTypeTypeValue | Unmodelled
    provider_details: Mapping[str, str]
    attribute_mapping: Mapping[str, str] | None
    idp_identifiers: Sequence[str] | None
    acr_mapping: Mapping[str, str] | None


class CreateManagedLoginBrandingParams(TypedDict, total=False):
    """The parameters of ``create_managed_login_branding``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    use_cognito_provided_values: bool | None
    settings: _types.Document | None
    assets: Sequence[AssetType] | None


class CreateResourceServerParams(TypedDict, total=False):
    """The parameters of ``create_resource_server``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    identifier: str
    name: str
    scopes: Sequence[ResourceServerScopeType] | None


class CreateTermsParams(TypedDict, total=False):
    """The parameters of ``create_terms``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    terms_name: str
    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled
    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled
    links: Mapping[str, str] | None


class CreateUserImportJobParams(TypedDict, total=False):
    """The parameters of ``create_user_import_job``, for ``expected_params`` (only those given are compared)."""

    job_name: str
    user_pool_id: str
    cloud_watch_logs_role_arn: str
    password_hashing_algorithm: (
        PasswordHashingAlgorithmType | PasswordHashingAlgorithmTypeValue | Unmodelled | None
    )


class CreateUserPoolParams(TypedDict, total=False):
    """The parameters of ``create_user_pool``, for ``expected_params`` (only those given are compared)."""

    pool_name: str
    policies: UserPoolPolicyType | None
    deletion_protection: DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled | None
    lambda_config: LambdaConfigType | None
    auto_verified_attributes: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    )
    alias_attributes: Sequence[AliasAttributeType | AliasAttributeTypeValue | Unmodelled] | None
    username_attributes: (
        Sequence[UsernameAttributeType | UsernameAttributeTypeValue | Unmodelled] | None
    )
    sms_verification_message: str | None
    email_verification_message: str | None
    email_verification_subject: str | None
    verification_message_template: VerificationMessageTemplateType | None
    sms_authentication_message: str | None
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None
    user_attribute_update_settings: UserAttributeUpdateSettingsType | None
    device_configuration: DeviceConfigurationType | None
    email_configuration: EmailConfigurationType | None
    sms_configuration: SmsConfigurationType | None
    user_pool_tags: Mapping[str, str] | None
    admin_create_user_config: AdminCreateUserConfigType | None
    schema: Sequence[SchemaAttributeType] | None
    user_pool_add_ons: UserPoolAddOnsType | None
    dcr_configuration: DcrConfigurationType | None
    username_configuration: UsernameConfigurationType | None
    account_recovery_setting: AccountRecoverySettingType | None
    user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None
    key_configuration: KeyConfigurationType | None
    issuer_configuration: IssuerConfigurationType | None
    acr_configuration: Mapping[str, AcrLevelConfigType] | None


class CreateUserPoolClientParams(TypedDict, total=False):
    """The parameters of ``create_user_pool_client``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_name: str
    generate_secret: bool | None
    client_secret: str | None
    refresh_token_validity: int | None
    access_token_validity: int | None
    id_token_validity: int | None
    token_validity_units: TokenValidityUnitsType | None
    read_attributes: Sequence[str] | None
    write_attributes: Sequence[str] | None
    explicit_auth_flows: (
        Sequence[ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled] | None
    )
    supported_identity_providers: Sequence[str] | None
    callback_urls: Sequence[str] | None
    logout_urls: Sequence[str] | None
    default_redirect_uri: str | None
    allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None
    allowed_o_auth_scopes: Sequence[str] | None
    allowed_o_auth_flows_user_pool_client: bool | None
    analytics_configuration: AnalyticsConfigurationType | None
    prevent_user_existence_errors: (
        PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue | Unmodelled | None
    )
    enable_token_revocation: bool | None
    enable_propagate_additional_user_context_data: bool | None
    auth_session_validity: int | None
    refresh_token_rotation: RefreshTokenRotationType | None
    publish_secrets_in_aws_secrets_manager: bool | None


class CreateUserPoolDomainParams(TypedDict, total=False):
    """The parameters of ``create_user_pool_domain``, for ``expected_params`` (only those given are compared)."""

    domain: str
    user_pool_id: str
    managed_login_version: int | None
    custom_domain_config: CustomDomainConfigType | None
    routing: RoutingType | None


class CreateUserPoolReplicaParams(TypedDict, total=False):
    """The parameters of ``create_user_pool_replica``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    region_name: str
    user_pool_tags: Mapping[str, str] | None


class DeleteCIMDPolicyParams(TypedDict, total=False):
    """The parameters of ``delete_cimd_policy``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    cimd_policy_id: str


class DeleteGroupParams(TypedDict, total=False):
    """The parameters of ``delete_group``, for ``expected_params`` (only those given are compared)."""

    group_name: str
    user_pool_id: str


class DeleteIdentityProviderParams(TypedDict, total=False):
    """The parameters of ``delete_identity_provider``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    provider_name: str


class DeleteManagedLoginBrandingParams(TypedDict, total=False):
    """The parameters of ``delete_managed_login_branding``, for ``expected_params`` (only those given are compared)."""

    managed_login_branding_id: str
    user_pool_id: str


class DeleteResourceServerParams(TypedDict, total=False):
    """The parameters of ``delete_resource_server``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    identifier: str


class DeleteTermsParams(TypedDict, total=False):
    """The parameters of ``delete_terms``, for ``expected_params`` (only those given are compared)."""

    terms_id: str
    user_pool_id: str


class DeleteUserParams(TypedDict, total=False):
    """The parameters of ``delete_user``, for ``expected_params`` (only those given are compared)."""

    access_token: str


class DeleteUserAttributesParams(TypedDict, total=False):
    """The parameters of ``delete_user_attributes``, for ``expected_params`` (only those given are compared)."""

    user_attribute_names: Sequence[str]
    access_token: str


class DeleteUserPoolParams(TypedDict, total=False):
    """The parameters of ``delete_user_pool``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class DeleteUserPoolClientParams(TypedDict, total=False):
    """The parameters of ``delete_user_pool_client``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str


class DeleteUserPoolClientSecretParams(TypedDict, total=False):
    """The parameters of ``delete_user_pool_client_secret``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    client_secret_id: str


class DeleteUserPoolDomainParams(TypedDict, total=False):
    """The parameters of ``delete_user_pool_domain``, for ``expected_params`` (only those given are compared)."""

    domain: str
    user_pool_id: str


class DeleteUserPoolReplicaParams(TypedDict, total=False):
    """The parameters of ``delete_user_pool_replica``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    region_name: str


class DeleteWebAuthnCredentialParams(TypedDict, total=False):
    """The parameters of ``delete_web_authn_credential``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    credential_id: str


class DescribeCIMDPolicyParams(TypedDict, total=False):
    """The parameters of ``describe_cimd_policy``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    cimd_policy_id: str


class DescribeIdentityProviderParams(TypedDict, total=False):
    """The parameters of ``describe_identity_provider``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    provider_name: str


class DescribeManagedLoginBrandingParams(TypedDict, total=False):
    """The parameters of ``describe_managed_login_branding``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    managed_login_branding_id: str
    return_merged_resources: bool | None


class DescribeManagedLoginBrandingByClientParams(TypedDict, total=False):
    """The parameters of ``describe_managed_login_branding_by_client``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    return_merged_resources: bool | None


class DescribePointInTimeRecoveryParams(TypedDict, total=False):
    """The parameters of ``describe_point_in_time_recovery``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    restore_id: str


class DescribeResourceServerParams(TypedDict, total=False):
    """The parameters of ``describe_resource_server``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    identifier: str


class DescribeRiskConfigurationParams(TypedDict, total=False):
    """The parameters of ``describe_risk_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str | None


class DescribeTermsParams(TypedDict, total=False):
    """The parameters of ``describe_terms``, for ``expected_params`` (only those given are compared)."""

    terms_id: str
    user_pool_id: str


class DescribeTermsByClientParams(TypedDict, total=False):
    """The parameters of ``describe_terms_by_client``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    user_pool_id: str
    terms_name: str


class DescribeUserImportJobParams(TypedDict, total=False):
    """The parameters of ``describe_user_import_job``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    job_id: str


class DescribeUserPoolParams(TypedDict, total=False):
    """The parameters of ``describe_user_pool``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class DescribeUserPoolClientParams(TypedDict, total=False):
    """The parameters of ``describe_user_pool_client``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str


class DescribeUserPoolDomainParams(TypedDict, total=False):
    """The parameters of ``describe_user_pool_domain``, for ``expected_params`` (only those given are compared)."""

    domain: str


class ForgetDeviceParams(TypedDict, total=False):
    """The parameters of ``forget_device``, for ``expected_params`` (only those given are compared)."""

    device_key: str
    access_token: str | None


class ForgotPasswordParams(TypedDict, total=False):
    """The parameters of ``forgot_password``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    username: str
    secret_hash: str | None
    user_context_data: UserContextDataType | None
    analytics_metadata: AnalyticsMetadataType | None
    client_metadata: Mapping[str, str] | None


class GetCSVHeaderParams(TypedDict, total=False):
    """The parameters of ``get_csv_header``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class GetClientTokenParams(TypedDict, total=False):
    """The parameters of ``get_client_token``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    secret: str
    scopes: Sequence[str] | None
    client_metadata: Mapping[str, str] | None


class GetDerivedTokenParams(TypedDict, total=False):
    """The parameters of ``get_derived_token``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    subject_token: str
    subject_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled
    client_secret: str | None
    subject_token_provider_name: str | None
    actor_token: str | None
    actor_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled | None
    actor_token_provider_name: str | None
    scopes: Sequence[str] | None
    audiences: Sequence[str] | None
    resources: Sequence[str] | None
    requested_token_type: (
        IssuedTokenTypeIdentifierType | IssuedTokenTypeIdentifierTypeValue | Unmodelled | None
    )


class GetDeviceParams(TypedDict, total=False):
    """The parameters of ``get_device``, for ``expected_params`` (only those given are compared)."""

    device_key: str
    access_token: str | None


class GetGroupParams(TypedDict, total=False):
    """The parameters of ``get_group``, for ``expected_params`` (only those given are compared)."""

    group_name: str
    user_pool_id: str


class GetIdentityProviderByIdentifierParams(TypedDict, total=False):
    """The parameters of ``get_identity_provider_by_identifier``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    idp_identifier: str


class GetLogDeliveryConfigurationParams(TypedDict, total=False):
    """The parameters of ``get_log_delivery_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class GetProvisionedLimitParams(TypedDict, total=False):
    """The parameters of ``get_provisioned_limit``, for ``expected_params`` (only those given are compared)."""

    limit_definition: LimitDefinitionType


class GetSigningCertificateParams(TypedDict, total=False):
    """The parameters of ``get_signing_certificate``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class GetTokensFromRefreshTokenParams(TypedDict, total=False):
    """The parameters of ``get_tokens_from_refresh_token``, for ``expected_params`` (only those given are compared)."""

    refresh_token: str
    client_id: str
    client_secret: str | None
    device_key: str | None
    client_metadata: Mapping[str, str] | None


class GetUICustomizationParams(TypedDict, total=False):
    """The parameters of ``get_ui_customization``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str | None


class GetUserParams(TypedDict, total=False):
    """The parameters of ``get_user``, for ``expected_params`` (only those given are compared)."""

    access_token: str


class GetUserAttributeVerificationCodeParams(TypedDict, total=False):
    """The parameters of ``get_user_attribute_verification_code``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    attribute_name: str
    client_metadata: Mapping[str, str] | None


class GetUserAuthFactorsParams(TypedDict, total=False):
    """The parameters of ``get_user_auth_factors``, for ``expected_params`` (only those given are compared)."""

    access_token: str


class GetUserPoolClientSessionConfigurationParams(TypedDict, total=False):
    """The parameters of ``get_user_pool_client_session_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str


class GetUserPoolMfaConfigParams(TypedDict, total=False):
    """The parameters of ``get_user_pool_mfa_config``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class GetUserPoolSessionConfigurationParams(TypedDict, total=False):
    """The parameters of ``get_user_pool_session_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str


class GlobalSignOutParams(TypedDict, total=False):
    """The parameters of ``global_sign_out``, for ``expected_params`` (only those given are compared)."""

    access_token: str


class InitiateAuthParams(TypedDict, total=False):
    """The parameters of ``initiate_auth``, for ``expected_params`` (only those given are compared)."""

    auth_flow: AuthFlowType | AuthFlowTypeValue | Unmodelled
    client_id: str
    auth_parameters: Mapping[str, str] | None
    client_metadata: Mapping[str, str] | None
    analytics_metadata: AnalyticsMetadataType | None
    user_context_data: UserContextDataType | None
    session: str | None


class InitiatePointInTimeRecoveryParams(TypedDict, total=False):
    """The parameters of ``initiate_point_in_time_recovery``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    restore_timestamp: datetime.datetime


class ListCIMDPoliciesParams(TypedDict, total=False):
    """The parameters of ``list_cimd_policies``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    next_token: str | None
    max_results: int | None


class ListClientMetadataURLsParams(TypedDict, total=False):
    """The parameters of ``list_client_metadata_urls``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    cimd_policy_id: str
    next_token: str | None
    max_results: int | None


class ListDevicesParams(TypedDict, total=False):
    """The parameters of ``list_devices``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    limit: int | None
    pagination_token: str | None


class ListGroupsParams(TypedDict, total=False):
    """The parameters of ``list_groups``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    limit: int | None
    next_token: str | None


class ListIdentityProvidersParams(TypedDict, total=False):
    """The parameters of ``list_identity_providers``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    max_results: int | None
    next_token: str | None


class ListPointInTimeRecoveriesParams(TypedDict, total=False):
    """The parameters of ``list_point_in_time_recoveries``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    next_token: str | None
    max_results: int | None


class ListResourceServersParams(TypedDict, total=False):
    """The parameters of ``list_resource_servers``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    max_results: int | None
    next_token: str | None


class ListTagsForResourceParams(TypedDict, total=False):
    """The parameters of ``list_tags_for_resource``, for ``expected_params`` (only those given are compared)."""

    resource_arn: str


class ListTermsParams(TypedDict, total=False):
    """The parameters of ``list_terms``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    max_results: int | None
    next_token: str | None


class ListUserImportJobsParams(TypedDict, total=False):
    """The parameters of ``list_user_import_jobs``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    max_results: int
    pagination_token: str | None


class ListUserPoolClientSecretsParams(TypedDict, total=False):
    """The parameters of ``list_user_pool_client_secrets``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    next_token: str | None


class ListUserPoolClientsParams(TypedDict, total=False):
    """The parameters of ``list_user_pool_clients``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    max_results: int | None
    next_token: str | None
    client_type: ClientTypeType | ClientTypeTypeValue | Unmodelled | None


class ListUserPoolReplicasParams(TypedDict, total=False):
    """The parameters of ``list_user_pool_replicas``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    next_token: str | None


class ListUserPoolsParams(TypedDict, total=False):
    """The parameters of ``list_user_pools``, for ``expected_params`` (only those given are compared)."""

    max_results: int
    next_token: str | None


class ListUserSessionsParams(TypedDict, total=False):
    """The parameters of ``list_user_sessions``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    next_token: str | None


class ListUsersParams(TypedDict, total=False):
    """The parameters of ``list_users``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    attributes_to_get: Sequence[str] | None
    limit: int | None
    pagination_token: str | None
    filter: str | None


class ListUsersInGroupParams(TypedDict, total=False):
    """The parameters of ``list_users_in_group``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    group_name: str
    limit: int | None
    next_token: str | None


class ListWebAuthnCredentialsParams(TypedDict, total=False):
    """The parameters of ``list_web_authn_credentials``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    next_token: str | None
    max_results: int | None


class ResendConfirmationCodeParams(TypedDict, total=False):
    """The parameters of ``resend_confirmation_code``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    username: str
    secret_hash: str | None
    user_context_data: UserContextDataType | None
    analytics_metadata: AnalyticsMetadataType | None
    client_metadata: Mapping[str, str] | None


class RespondToAuthChallengeParams(TypedDict, total=False):
    """The parameters of ``respond_to_auth_challenge``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled
    session: str | None
    challenge_responses: Mapping[str, str] | None
    analytics_metadata: AnalyticsMetadataType | None
    user_context_data: UserContextDataType | None
    client_metadata: Mapping[str, str] | None


class RevokeTokenParams(TypedDict, total=False):
    """The parameters of ``revoke_token``, for ``expected_params`` (only those given are compared)."""

    token: str
    client_id: str
    client_secret: str | None
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    )


class RevokeUserSessionParams(TypedDict, total=False):
    """The parameters of ``revoke_user_session``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    session_id: str
    revoke_associated_sessions: (
        RevokeAssociatedSessionsType | RevokeAssociatedSessionsTypeValue | Unmodelled | None
    )


class SetLogDeliveryConfigurationParams(TypedDict, total=False):
    """The parameters of ``set_log_delivery_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    log_configurations: Sequence[LogConfigurationType]


class SetRiskConfigurationParams(TypedDict, total=False):
    """The parameters of ``set_risk_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str | None
    compromised_credentials_risk_configuration: CompromisedCredentialsRiskConfigurationType | None
    account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None
    risk_exception_configuration: RiskExceptionConfigurationType | None


class SetUICustomizationParams(TypedDict, total=False):
    """The parameters of ``set_ui_customization``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str | None
    css: str | None
    image_file: bytes | None


class SetUserMFAPreferenceParams(TypedDict, total=False):
    """The parameters of ``set_user_mfa_preference``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    sms_mfa_settings: SMSMfaSettingsType | None
    software_token_mfa_settings: SoftwareTokenMfaSettingsType | None
    email_mfa_settings: EmailMfaSettingsType | None
    web_authn_mfa_settings: WebAuthnMfaSettingsType | None


class SetUserPoolClientSessionConfigurationParams(TypedDict, total=False):
    """The parameters of ``set_user_pool_client_session_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    sso_session: ClientSSOSessionConfigType


class SetUserPoolMfaConfigParams(TypedDict, total=False):
    """The parameters of ``set_user_pool_mfa_config``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    sms_mfa_configuration: SmsMfaConfigType | None
    software_token_mfa_configuration: SoftwareTokenMfaConfigType | None
    email_mfa_configuration: EmailMfaConfigType | None
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None
    web_authn_configuration: WebAuthnConfigurationType | None


class SetUserPoolSessionConfigurationParams(TypedDict, total=False):
    """The parameters of ``set_user_pool_session_configuration``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    user_session_tracking: UserSessionTrackingType | UserSessionTrackingTypeValue | Unmodelled
    token_session: UserPoolTokenSessionConfigType


class SetUserSettingsParams(TypedDict, total=False):
    """The parameters of ``set_user_settings``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    mfa_options: Sequence[MFAOptionType]


class SignUpParams(TypedDict, total=False):
    """The parameters of ``sign_up``, for ``expected_params`` (only those given are compared)."""

    client_id: str
    username: str
    secret_hash: str | None
    password: str | None
    user_attributes: Sequence[AttributeType] | None
    validation_data: Sequence[AttributeType] | None
    analytics_metadata: AnalyticsMetadataType | None
    user_context_data: UserContextDataType | None
    client_metadata: Mapping[str, str] | None


class StartPointInTimeRecoveryParams(TypedDict, total=False):
    """The parameters of ``start_point_in_time_recovery``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    restore_id: str


class StartUserImportJobParams(TypedDict, total=False):
    """The parameters of ``start_user_import_job``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    job_id: str


class StartWebAuthnRegistrationParams(TypedDict, total=False):
    """The parameters of ``start_web_authn_registration``, for ``expected_params`` (only those given are compared)."""

    access_token: str


class StopUserImportJobParams(TypedDict, total=False):
    """The parameters of ``stop_user_import_job``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    job_id: str


class TagResourceParams(TypedDict, total=False):
    """The parameters of ``tag_resource``, for ``expected_params`` (only those given are compared)."""

    resource_arn: str
    tags: Mapping[str, str]


class UntagResourceParams(TypedDict, total=False):
    """The parameters of ``untag_resource``, for ``expected_params`` (only those given are compared)."""

    resource_arn: str
    tag_keys: Sequence[str]


class UpdateAuthEventFeedbackParams(TypedDict, total=False):
    """The parameters of ``update_auth_event_feedback``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    username: str
    event_id: str
    feedback_token: str
    feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled


class UpdateCIMDPolicyParams(TypedDict, total=False):
    """The parameters of ``update_cimd_policy``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    cimd_policy_id: str
    client_id: str
    url_patterns: Sequence[str]
    policy_name: str | None
    cache_duration: int | None


class UpdateClientMetadataURLStateParams(TypedDict, total=False):
    """The parameters of ``update_client_metadata_url_state``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    cimd_policy_id: str
    url: str
    action: CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled


class UpdateDeviceStatusParams(TypedDict, total=False):
    """The parameters of ``update_device_status``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    device_key: str
    device_remembered_status: (
        DeviceRememberedStatusType | DeviceRememberedStatusTypeValue | Unmodelled | None
    )


class UpdateGroupParams(TypedDict, total=False):
    """The parameters of ``update_group``, for ``expected_params`` (only those given are compared)."""

    group_name: str
    user_pool_id: str
    description: str | None
    role_arn: str | None
    precedence: int | None


class UpdateIdentityProviderParams(TypedDict, total=False):
    """The parameters of ``update_identity_provider``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    provider_name: str
    provider_details: Mapping[str, str] | None
    attribute_mapping: Mapping[str, str] | None
    idp_identifiers: Sequence[str] | None
    acr_mapping: Mapping[str, str] | None


class UpdateManagedLoginBrandingParams(TypedDict, total=False):
    """The parameters of ``update_managed_login_branding``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str | None
    managed_login_branding_id: str | None
    use_cognito_provided_values: bool | None
    settings: _types.Document | None
    assets: Sequence[AssetType] | None


class UpdateProvisionedLimitParams(TypedDict, total=False):
    """The parameters of ``update_provisioned_limit``, for ``expected_params`` (only those given are compared)."""

    limit_definition: LimitDefinitionType
    requested_limit_value: int


class UpdateResourceServerParams(TypedDict, total=False):
    """The parameters of ``update_resource_server``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    identifier: str
    name: str
    scopes: Sequence[ResourceServerScopeType] | None


class UpdateTermsParams(TypedDict, total=False):
    """The parameters of ``update_terms``, for ``expected_params`` (only those given are compared)."""

    terms_id: str
    user_pool_id: str
    terms_name: str | None
    terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None
    enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None
    links: Mapping[str, str] | None


class UpdateUserAttributesParams(TypedDict, total=False):
    """The parameters of ``update_user_attributes``, for ``expected_params`` (only those given are compared)."""

    user_attributes: Sequence[AttributeType]
    access_token: str
    client_metadata: Mapping[str, str] | None


class UpdateUserPoolParams(TypedDict, total=False):
    """The parameters of ``update_user_pool``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    policies: UserPoolPolicyType | None
    deletion_protection: DeletionProtectionType | DeletionProtectionTypeValue | Unmodelled | None
    lambda_config: LambdaConfigType | None
    auto_verified_attributes: (
        Sequence[VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled] | None
    )
    sms_verification_message: str | None
    email_verification_message: str | None
    email_verification_subject: str | None
    verification_message_template: VerificationMessageTemplateType | None
    sms_authentication_message: str | None
    user_attribute_update_settings: UserAttributeUpdateSettingsType | None
    mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None
    device_configuration: DeviceConfigurationType | None
    email_configuration: EmailConfigurationType | None
    sms_configuration: SmsConfigurationType | None
    user_pool_tags: Mapping[str, str] | None
    admin_create_user_config: AdminCreateUserConfigType | None
    user_pool_add_ons: UserPoolAddOnsType | None
    dcr_configuration: DcrConfigurationType | None
    account_recovery_setting: AccountRecoverySettingType | None
    pool_name: str | None
    user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None
    key_configuration: KeyConfigurationType | None
    issuer_configuration: IssuerConfigurationType | None
    acr_configuration: Mapping[str, AcrLevelConfigType] | None


class UpdateUserPoolClientParams(TypedDict, total=False):
    """The parameters of ``update_user_pool_client``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    client_id: str
    client_name: str | None
    refresh_token_validity: int | None
    access_token_validity: int | None
    id_token_validity: int | None
    token_validity_units: TokenValidityUnitsType | None
    read_attributes: Sequence[str] | None
    write_attributes: Sequence[str] | None
    explicit_auth_flows: (
        Sequence[ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled] | None
    )
    supported_identity_providers: Sequence[str] | None
    callback_urls: Sequence[str] | None
    logout_urls: Sequence[str] | None
    default_redirect_uri: str | None
    allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled] | None
    allowed_o_auth_scopes: Sequence[str] | None
    allowed_o_auth_flows_user_pool_client: bool | None
    analytics_configuration: AnalyticsConfigurationType | None
    prevent_user_existence_errors: (
        PreventUserExistenceErrorTypes | PreventUserExistenceErrorTypesValue | Unmodelled | None
    )
    enable_token_revocation: bool | None
    enable_propagate_additional_user_context_data: bool | None
    auth_session_validity: int | None
    refresh_token_rotation: RefreshTokenRotationType | None
    publish_secrets_in_aws_secrets_manager: bool | None


class UpdateUserPoolDomainParams(TypedDict, total=False):
    """The parameters of ``update_user_pool_domain``, for ``expected_params`` (only those given are compared)."""

    domain: str
    user_pool_id: str
    managed_login_version: int | None
    custom_domain_config: CustomDomainConfigType | None
    routing: RoutingType | None


class UpdateUserPoolReplicaParams(TypedDict, total=False):
    """The parameters of ``update_user_pool_replica``, for ``expected_params`` (only those given are compared)."""

    user_pool_id: str
    region_name: str
    status: UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled


class VerifySoftwareTokenParams(TypedDict, total=False):
    """The parameters of ``verify_software_token``, for ``expected_params`` (only those given are compared)."""

    user_code: str
    access_token: str | None
    session: str | None
    friendly_device_name: str | None


class VerifyUserAttributeParams(TypedDict, total=False):
    """The parameters of ``verify_user_attribute``, for ``expected_params`` (only those given are compared)."""

    access_token: str
    attribute_name: str
    code: str


class _AdminAddUserToGroupCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        username: str,
        group_name: str,
    ) -> _R_co: ...


class _AdminForgetDeviceCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        username: str,
        device_key: str,
    ) -> _R_co: ...


class _AdminDeleteUserCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        username: str,
    ) -> _R_co: ...


class _DeleteGroupCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        group_name: str,
        user_pool_id: str,
    ) -> _R_co: ...


class _DeleteIdentityProviderCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        provider_name: str,
    ) -> _R_co: ...


class _DeleteManagedLoginBrandingCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        managed_login_branding_id: str,
        user_pool_id: str,
    ) -> _R_co: ...


class _DeleteResourceServerCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        identifier: str,
    ) -> _R_co: ...


class _DeleteTermsCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        terms_id: str,
        user_pool_id: str,
    ) -> _R_co: ...


class _DeleteUserPoolClientCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
        client_id: str,
    ) -> _R_co: ...


class _ForgetDeviceCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        device_key: str,
        access_token: str | None = None,
    ) -> _R_co: ...


class _DeleteUserCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        access_token: str,
    ) -> _R_co: ...


class _DeleteUserPoolCall(Protocol[_R_co]):
    def __call__(
        self,
        *,
        user_pool_id: str,
    ) -> _R_co: ...


_OPERATIONS: Mapping[str, _testing.Operation] = {
    "add_custom_attributes": _testing.Operation(
        "AddCustomAttributes", "custom_attributes user_pool_id", ""
    ),
    "add_user_pool_client_secret": _testing.Operation(
        "AddUserPoolClientSecret", "client_id client_secret user_pool_id", "client_id client_secret"
    ),
    "admin_add_user_to_group": _testing.Operation(
        "AdminAddUserToGroup", "group_name user_pool_id username", "username"
    ),
    "admin_confirm_sign_up": _testing.Operation(
        "AdminConfirmSignUp", "client_metadata user_pool_id username", "username"
    ),
    "admin_create_user": _testing.Operation(
        "AdminCreateUser",
        "client_metadata desired_delivery_mediums force_alias_creation message_action temporary_password user_attributes user_pool_id username validation_data",
        "temporary_password user_attributes username validation_data",
    ),
    "admin_delete_software_token": _testing.Operation(
        "AdminDeleteSoftwareToken", "user_pool_id username", "username"
    ),
    "admin_delete_user": _testing.Operation("AdminDeleteUser", "user_pool_id username", "username"),
    "admin_delete_user_attributes": _testing.Operation(
        "AdminDeleteUserAttributes", "user_attribute_names user_pool_id username", "username"
    ),
    "admin_disable_provider_for_user": _testing.Operation(
        "AdminDisableProviderForUser", "user user_pool_id", ""
    ),
    "admin_disable_user": _testing.Operation(
        "AdminDisableUser", "user_pool_id username", "username"
    ),
    "admin_enable_user": _testing.Operation("AdminEnableUser", "user_pool_id username", "username"),
    "admin_forget_device": _testing.Operation(
        "AdminForgetDevice", "device_key user_pool_id username", "username"
    ),
    "admin_get_device": _testing.Operation(
        "AdminGetDevice", "device_key user_pool_id username", "username"
    ),
    "admin_get_user": _testing.Operation("AdminGetUser", "user_pool_id username", "username"),
    "admin_get_user_auth_factors": _testing.Operation(
        "AdminGetUserAuthFactors", "user_pool_id username", "username"
    ),
    "admin_initiate_auth": _testing.Operation(
        "AdminInitiateAuth",
        "analytics_metadata auth_flow auth_parameters client_id client_metadata context_data session user_pool_id",
        "auth_parameters client_id session",
    ),
    "admin_link_provider_for_user": _testing.Operation(
        "AdminLinkProviderForUser", "destination_user source_user user_pool_id", ""
    ),
    "admin_list_devices": _testing.Operation(
        "AdminListDevices", "limit pagination_token user_pool_id username", "username"
    ),
    "admin_list_groups_for_user": _testing.Operation(
        "AdminListGroupsForUser", "limit next_token user_pool_id username", "username"
    ),
    "admin_list_user_auth_events": _testing.Operation(
        "AdminListUserAuthEvents", "max_results next_token user_pool_id username", "username"
    ),
    "admin_list_user_sessions": _testing.Operation(
        "AdminListUserSessions", "next_token user_pool_id username", "username"
    ),
    "admin_remove_user_from_group": _testing.Operation(
        "AdminRemoveUserFromGroup", "group_name user_pool_id username", "username"
    ),
    "admin_reset_user_password": _testing.Operation(
        "AdminResetUserPassword", "client_metadata user_pool_id username", "username"
    ),
    "admin_respond_to_auth_challenge": _testing.Operation(
        "AdminRespondToAuthChallenge",
        "analytics_metadata challenge_name challenge_responses client_id client_metadata context_data session user_pool_id",
        "challenge_responses client_id session",
    ),
    "admin_revoke_user_session": _testing.Operation(
        "AdminRevokeUserSession",
        "revoke_associated_sessions session_id user_pool_id username",
        "username",
    ),
    "admin_set_user_mfa_preference": _testing.Operation(
        "AdminSetUserMFAPreference",
        "email_mfa_settings sms_mfa_settings software_token_mfa_settings user_pool_id username web_authn_mfa_settings",
        "username",
    ),
    "admin_set_user_password": _testing.Operation(
        "AdminSetUserPassword", "password permanent user_pool_id username", "password username"
    ),
    "admin_set_user_settings": _testing.Operation(
        "AdminSetUserSettings", "mfa_options user_pool_id username", "username"
    ),
    "admin_update_auth_event_feedback": _testing.Operation(
        "AdminUpdateAuthEventFeedback", "event_id feedback_value user_pool_id username", "username"
    ),
    "admin_update_device_status": _testing.Operation(
        "AdminUpdateDeviceStatus",
        "device_key device_remembered_status user_pool_id username",
        "username",
    ),
    "admin_update_user_attributes": _testing.Operation(
        "AdminUpdateUserAttributes",
        "client_metadata user_attributes user_pool_id username",
        "user_attributes username",
    ),
    "admin_user_global_sign_out": _testing.Operation(
        "AdminUserGlobalSignOut", "user_pool_id username", "username"
    ),
    "associate_software_token": _testing.Operation(
        "AssociateSoftwareToken", "access_token session", "access_token session"
    ),
    "cancel_point_in_time_recovery": _testing.Operation(
        "CancelPointInTimeRecovery", "restore_id user_pool_id", ""
    ),
    "change_password": _testing.Operation(
        "ChangePassword",
        "access_token previous_password proposed_password",
        "access_token previous_password proposed_password",
    ),
    "complete_web_authn_registration": _testing.Operation(
        "CompleteWebAuthnRegistration", "access_token credential", "access_token"
    ),
    "confirm_device": _testing.Operation(
        "ConfirmDevice",
        "access_token device_key device_name device_secret_verifier_config",
        "access_token",
    ),
    "confirm_forgot_password": _testing.Operation(
        "ConfirmForgotPassword",
        "analytics_metadata client_id client_metadata confirmation_code password secret_hash user_context_data username",
        "client_id confirmation_code password secret_hash user_context_data username",
    ),
    "confirm_sign_up": _testing.Operation(
        "ConfirmSignUp",
        "analytics_metadata client_id client_metadata confirmation_code force_alias_creation secret_hash session user_context_data username",
        "client_id confirmation_code secret_hash session user_context_data username",
    ),
    "create_cimd_policy": _testing.Operation(
        "CreateCIMDPolicy",
        "cache_duration client_id policy_name url_patterns user_pool_id",
        "client_id",
    ),
    "create_group": _testing.Operation(
        "CreateGroup", "description group_name precedence role_arn user_pool_id", ""
    ),
    "create_identity_provider": _testing.Operation(
        "CreateIdentityProvider",
        "acr_mapping attribute_mapping idp_identifiers provider_details provider_name provider_type user_pool_id",
        "",
    ),
    "create_managed_login_branding": _testing.Operation(
        "CreateManagedLoginBranding",
        "assets client_id settings use_cognito_provided_values user_pool_id",
        "client_id",
    ),
    "create_resource_server": _testing.Operation(
        "CreateResourceServer", "identifier name scopes user_pool_id", ""
    ),
    "create_terms": _testing.Operation(
        "CreateTerms",
        "client_id enforcement links terms_name terms_source user_pool_id",
        "client_id",
    ),
    "create_user_import_job": _testing.Operation(
        "CreateUserImportJob",
        "cloud_watch_logs_role_arn job_name password_hashing_algorithm user_pool_id",
        "",
    ),
    "create_user_pool": _testing.Operation(
        "CreateUserPool",
        "account_recovery_setting acr_configuration admin_create_user_config alias_attributes auto_verified_attributes dcr_configuration deletion_protection device_configuration email_configuration email_verification_message email_verification_subject issuer_configuration key_configuration lambda_config mfa_configuration policies pool_name schema sms_authentication_message sms_configuration sms_verification_message user_attribute_update_settings user_pool_add_ons user_pool_tags user_pool_tier username_attributes username_configuration verification_message_template",
        "",
    ),
    "create_user_pool_client": _testing.Operation(
        "CreateUserPoolClient",
        "access_token_validity allowed_o_auth_flows allowed_o_auth_flows_user_pool_client allowed_o_auth_scopes analytics_configuration auth_session_validity callback_urls client_name client_secret default_redirect_uri enable_propagate_additional_user_context_data enable_token_revocation explicit_auth_flows generate_secret id_token_validity logout_urls prevent_user_existence_errors publish_secrets_in_aws_secrets_manager read_attributes refresh_token_rotation refresh_token_validity supported_identity_providers token_validity_units user_pool_id write_attributes",
        "client_secret",
    ),
    "create_user_pool_domain": _testing.Operation(
        "CreateUserPoolDomain",
        "custom_domain_config domain managed_login_version routing user_pool_id",
        "",
    ),
    "create_user_pool_replica": _testing.Operation(
        "CreateUserPoolReplica", "region_name user_pool_id user_pool_tags", ""
    ),
    "delete_cimd_policy": _testing.Operation("DeleteCIMDPolicy", "cimd_policy_id user_pool_id", ""),
    "delete_group": _testing.Operation("DeleteGroup", "group_name user_pool_id", ""),
    "delete_identity_provider": _testing.Operation(
        "DeleteIdentityProvider", "provider_name user_pool_id", ""
    ),
    "delete_managed_login_branding": _testing.Operation(
        "DeleteManagedLoginBranding", "managed_login_branding_id user_pool_id", ""
    ),
    "delete_resource_server": _testing.Operation(
        "DeleteResourceServer", "identifier user_pool_id", ""
    ),
    "delete_terms": _testing.Operation("DeleteTerms", "terms_id user_pool_id", ""),
    "delete_user": _testing.Operation("DeleteUser", "access_token", "access_token"),
    "delete_user_attributes": _testing.Operation(
        "DeleteUserAttributes", "access_token user_attribute_names", "access_token"
    ),
    "delete_user_pool": _testing.Operation("DeleteUserPool", "user_pool_id", ""),
    "delete_user_pool_client": _testing.Operation(
        "DeleteUserPoolClient", "client_id user_pool_id", "client_id"
    ),
    "delete_user_pool_client_secret": _testing.Operation(
        "DeleteUserPoolClientSecret", "client_id client_secret_id user_pool_id", "client_id"
    ),
    "delete_user_pool_domain": _testing.Operation(
        "DeleteUserPoolDomain", "domain user_pool_id", ""
    ),
    "delete_user_pool_replica": _testing.Operation(
        "DeleteUserPoolReplica", "region_name user_pool_id", ""
    ),
    "delete_web_authn_credential": _testing.Operation(
        "DeleteWebAuthnCredential", "access_token credential_id", "access_token"
    ),
    "describe_cimd_policy": _testing.Operation(
        "DescribeCIMDPolicy", "cimd_policy_id user_pool_id", ""
    ),
    "describe_identity_provider": _testing.Operation(
        "DescribeIdentityProvider", "provider_name user_pool_id", ""
    ),
    "describe_managed_login_branding": _testing.Operation(
        "DescribeManagedLoginBranding",
        "managed_login_branding_id return_merged_resources user_pool_id",
        "",
    ),
    "describe_managed_login_branding_by_client": _testing.Operation(
        "DescribeManagedLoginBrandingByClient",
        "client_id return_merged_resources user_pool_id",
        "client_id",
    ),
    "describe_point_in_time_recovery": _testing.Operation(
        "DescribePointInTimeRecovery", "restore_id user_pool_id", ""
    ),
    "describe_resource_server": _testing.Operation(
        "DescribeResourceServer", "identifier user_pool_id", ""
    ),
    "describe_risk_configuration": _testing.Operation(
        "DescribeRiskConfiguration", "client_id user_pool_id", "client_id"
    ),
    "describe_terms": _testing.Operation("DescribeTerms", "terms_id user_pool_id", ""),
    "describe_terms_by_client": _testing.Operation(
        "DescribeTermsByClient", "client_id terms_name user_pool_id", "client_id"
    ),
    "describe_user_import_job": _testing.Operation(
        "DescribeUserImportJob", "job_id user_pool_id", ""
    ),
    "describe_user_pool": _testing.Operation("DescribeUserPool", "user_pool_id", ""),
    "describe_user_pool_client": _testing.Operation(
        "DescribeUserPoolClient", "client_id user_pool_id", "client_id"
    ),
    "describe_user_pool_domain": _testing.Operation("DescribeUserPoolDomain", "domain", ""),
    "forget_device": _testing.Operation("ForgetDevice", "access_token device_key", "access_token"),
    "forgot_password": _testing.Operation(
        "ForgotPassword",
        "analytics_metadata client_id client_metadata secret_hash user_context_data username",
        "client_id secret_hash user_context_data username",
    ),
    "get_csv_header": _testing.Operation("GetCSVHeader", "user_pool_id", ""),
    "get_client_token": _testing.Operation(
        "GetClientToken", "client_id client_metadata scopes secret", "client_id secret"
    ),
    "get_derived_token": _testing.Operation(
        "GetDerivedToken",
        "actor_token actor_token_provider_name actor_token_type audiences client_id client_secret requested_token_type resources scopes subject_token subject_token_provider_name subject_token_type",
        "actor_token client_id client_secret subject_token",
    ),
    "get_device": _testing.Operation("GetDevice", "access_token device_key", "access_token"),
    "get_group": _testing.Operation("GetGroup", "group_name user_pool_id", ""),
    "get_identity_provider_by_identifier": _testing.Operation(
        "GetIdentityProviderByIdentifier", "idp_identifier user_pool_id", ""
    ),
    "get_log_delivery_configuration": _testing.Operation(
        "GetLogDeliveryConfiguration", "user_pool_id", ""
    ),
    "get_provisioned_limit": _testing.Operation("GetProvisionedLimit", "limit_definition", ""),
    "get_signing_certificate": _testing.Operation("GetSigningCertificate", "user_pool_id", ""),
    "get_tokens_from_refresh_token": _testing.Operation(
        "GetTokensFromRefreshToken",
        "client_id client_metadata client_secret device_key refresh_token",
        "client_id client_secret refresh_token",
    ),
    "get_ui_customization": _testing.Operation(
        "GetUICustomization", "client_id user_pool_id", "client_id"
    ),
    "get_user": _testing.Operation("GetUser", "access_token", "access_token"),
    "get_user_attribute_verification_code": _testing.Operation(
        "GetUserAttributeVerificationCode",
        "access_token attribute_name client_metadata",
        "access_token",
    ),
    "get_user_auth_factors": _testing.Operation(
        "GetUserAuthFactors", "access_token", "access_token"
    ),
    "get_user_pool_client_session_configuration": _testing.Operation(
        "GetUserPoolClientSessionConfiguration", "client_id user_pool_id", "client_id"
    ),
    "get_user_pool_mfa_config": _testing.Operation("GetUserPoolMfaConfig", "user_pool_id", ""),
    "get_user_pool_session_configuration": _testing.Operation(
        "GetUserPoolSessionConfiguration", "user_pool_id", ""
    ),
    "global_sign_out": _testing.Operation("GlobalSignOut", "access_token", "access_token"),
    "initiate_auth": _testing.Operation(
        "InitiateAuth",
        "analytics_metadata auth_flow auth_parameters client_id client_metadata session user_context_data",
        "auth_parameters client_id session user_context_data",
    ),
    "initiate_point_in_time_recovery": _testing.Operation(
        "InitiatePointInTimeRecovery", "restore_timestamp user_pool_id", ""
    ),
    "list_cimd_policies": _testing.Operation(
        "ListCIMDPolicies", "max_results next_token user_pool_id", ""
    ),
    "list_client_metadata_urls": _testing.Operation(
        "ListClientMetadataURLs", "cimd_policy_id max_results next_token user_pool_id", ""
    ),
    "list_devices": _testing.Operation(
        "ListDevices", "access_token limit pagination_token", "access_token"
    ),
    "list_groups": _testing.Operation("ListGroups", "limit next_token user_pool_id", ""),
    "list_identity_providers": _testing.Operation(
        "ListIdentityProviders", "max_results next_token user_pool_id", ""
    ),
    "list_point_in_time_recoveries": _testing.Operation(
        "ListPointInTimeRecoveries", "max_results next_token user_pool_id", ""
    ),
    "list_resource_servers": _testing.Operation(
        "ListResourceServers", "max_results next_token user_pool_id", ""
    ),
    "list_tags_for_resource": _testing.Operation("ListTagsForResource", "resource_arn", ""),
    "list_terms": _testing.Operation("ListTerms", "max_results next_token user_pool_id", ""),
    "list_user_import_jobs": _testing.Operation(
        "ListUserImportJobs", "max_results pagination_token user_pool_id", ""
    ),
    "list_user_pool_client_secrets": _testing.Operation(
        "ListUserPoolClientSecrets", "client_id next_token user_pool_id", "client_id"
    ),
    "list_user_pool_clients": _testing.Operation(
        "ListUserPoolClients", "client_type max_results next_token user_pool_id", ""
    ),
    "list_user_pool_replicas": _testing.Operation(
        "ListUserPoolReplicas", "next_token user_pool_id", ""
    ),
    "list_user_pools": _testing.Operation("ListUserPools", "max_results next_token", ""),
    "list_user_sessions": _testing.Operation(
        "ListUserSessions", "access_token next_token", "access_token"
    ),
    "list_users": _testing.Operation(
        "ListUsers", "attributes_to_get filter limit pagination_token user_pool_id", ""
    ),
    "list_users_in_group": _testing.Operation(
        "ListUsersInGroup", "group_name limit next_token user_pool_id", ""
    ),
    "list_web_authn_credentials": _testing.Operation(
        "ListWebAuthnCredentials", "access_token max_results next_token", "access_token"
    ),
    "resend_confirmation_code": _testing.Operation(
        "ResendConfirmationCode",
        "analytics_metadata client_id client_metadata secret_hash user_context_data username",
        "client_id secret_hash user_context_data username",
    ),
    "respond_to_auth_challenge": _testing.Operation(
        "RespondToAuthChallenge",
        "analytics_metadata challenge_name challenge_responses client_id client_metadata session user_context_data",
        "challenge_responses client_id session user_context_data",
    ),
    "revoke_token": _testing.Operation(
        "RevokeToken",
        "client_id client_secret revoke_associated_sessions token",
        "client_id client_secret token",
    ),
    "revoke_user_session": _testing.Operation(
        "RevokeUserSession", "access_token revoke_associated_sessions session_id", "access_token"
    ),
    "set_log_delivery_configuration": _testing.Operation(
        "SetLogDeliveryConfiguration", "log_configurations user_pool_id", ""
    ),
    "set_risk_configuration": _testing.Operation(
        "SetRiskConfiguration",
        "account_takeover_risk_configuration client_id compromised_credentials_risk_configuration risk_exception_configuration user_pool_id",
        "client_id",
    ),
    "set_ui_customization": _testing.Operation(
        "SetUICustomization", "client_id css image_file user_pool_id", "client_id"
    ),
    "set_user_mfa_preference": _testing.Operation(
        "SetUserMFAPreference",
        "access_token email_mfa_settings sms_mfa_settings software_token_mfa_settings web_authn_mfa_settings",
        "access_token",
    ),
    "set_user_pool_client_session_configuration": _testing.Operation(
        "SetUserPoolClientSessionConfiguration", "client_id sso_session user_pool_id", "client_id"
    ),
    "set_user_pool_mfa_config": _testing.Operation(
        "SetUserPoolMfaConfig",
        "email_mfa_configuration mfa_configuration sms_mfa_configuration software_token_mfa_configuration user_pool_id web_authn_configuration",
        "",
    ),
    "set_user_pool_session_configuration": _testing.Operation(
        "SetUserPoolSessionConfiguration", "token_session user_pool_id user_session_tracking", ""
    ),
    "set_user_settings": _testing.Operation(
        "SetUserSettings", "access_token mfa_options", "access_token"
    ),
    "sign_up": _testing.Operation(
        "SignUp",
        "analytics_metadata client_id client_metadata password secret_hash user_attributes user_context_data username validation_data",
        "client_id password secret_hash user_attributes user_context_data username validation_data",
    ),
    "start_point_in_time_recovery": _testing.Operation(
        "StartPointInTimeRecovery", "restore_id user_pool_id", ""
    ),
    "start_user_import_job": _testing.Operation("StartUserImportJob", "job_id user_pool_id", ""),
    "start_web_authn_registration": _testing.Operation(
        "StartWebAuthnRegistration", "access_token", "access_token"
    ),
    "stop_user_import_job": _testing.Operation("StopUserImportJob", "job_id user_pool_id", ""),
    "tag_resource": _testing.Operation("TagResource", "resource_arn tags", ""),
    "untag_resource": _testing.Operation("UntagResource", "resource_arn tag_keys", ""),
    "update_auth_event_feedback": _testing.Operation(
        "UpdateAuthEventFeedback",
        "event_id feedback_token feedback_value user_pool_id username",
        "feedback_token username",
    ),
    "update_cimd_policy": _testing.Operation(
        "UpdateCIMDPolicy",
        "cache_duration cimd_policy_id client_id policy_name url_patterns user_pool_id",
        "client_id",
    ),
    "update_client_metadata_url_state": _testing.Operation(
        "UpdateClientMetadataURLState", "action cimd_policy_id url user_pool_id", ""
    ),
    "update_device_status": _testing.Operation(
        "UpdateDeviceStatus", "access_token device_key device_remembered_status", "access_token"
    ),
    "update_group": _testing.Operation(
        "UpdateGroup", "description group_name precedence role_arn user_pool_id", ""
    ),
    "update_identity_provider": _testing.Operation(
        "UpdateIdentityProvider",
        "acr_mapping attribute_mapping idp_identifiers provider_details provider_name user_pool_id",
        "",
    ),
    "update_managed_login_branding": _testing.Operation(
        "UpdateManagedLoginBranding",
        "assets managed_login_branding_id settings use_cognito_provided_values user_pool_id",
        "",
    ),
    "update_provisioned_limit": _testing.Operation(
        "UpdateProvisionedLimit", "limit_definition requested_limit_value", ""
    ),
    "update_resource_server": _testing.Operation(
        "UpdateResourceServer", "identifier name scopes user_pool_id", ""
    ),
    "update_terms": _testing.Operation(
        "UpdateTerms", "enforcement links terms_id terms_name terms_source user_pool_id", ""
    ),
    "update_user_attributes": _testing.Operation(
        "UpdateUserAttributes",
        "access_token client_metadata user_attributes",
        "access_token user_attributes",
    ),
    "update_user_pool": _testing.Operation(
        "UpdateUserPool",
        "account_recovery_setting acr_configuration admin_create_user_config auto_verified_attributes dcr_configuration deletion_protection device_configuration email_configuration email_verification_message email_verification_subject issuer_configuration key_configuration lambda_config mfa_configuration policies pool_name sms_authentication_message sms_configuration sms_verification_message user_attribute_update_settings user_pool_add_ons user_pool_id user_pool_tags user_pool_tier verification_message_template",
        "",
    ),
    "update_user_pool_client": _testing.Operation(
        "UpdateUserPoolClient",
        "access_token_validity allowed_o_auth_flows allowed_o_auth_flows_user_pool_client allowed_o_auth_scopes analytics_configuration auth_session_validity callback_urls client_id client_name default_redirect_uri enable_propagate_additional_user_context_data enable_token_revocation explicit_auth_flows id_token_validity logout_urls prevent_user_existence_errors publish_secrets_in_aws_secrets_manager read_attributes refresh_token_rotation refresh_token_validity supported_identity_providers token_validity_units user_pool_id write_attributes",
        "client_id",
    ),
    "update_user_pool_domain": _testing.Operation(
        "UpdateUserPoolDomain",
        "custom_domain_config domain managed_login_version routing user_pool_id",
        "",
    ),
    "update_user_pool_replica": _testing.Operation(
        "UpdateUserPoolReplica", "region_name status user_pool_id", ""
    ),
    "verify_software_token": _testing.Operation(
        "VerifySoftwareToken",
        "access_token friendly_device_name session user_code",
        "access_token session user_code",
    ),
    "verify_user_attribute": _testing.Operation(
        "VerifyUserAttribute", "access_token attribute_name code", "access_token code"
    ),
}


class Stubber(_testing.Stubber[_ClientT]):
    """Answers a client's calls from a queue of typed responses and errors, in order, checking
    each call's operation and parameters; nothing is sent.

    ``with Stubber(client) as stub:`` activates it on ``client`` (a
    ``CognitoIdentityProviderClient`` or an ``AsyncCognitoIdentityProviderClient``) and, when the
    block ends without an exception, checks that every stub was used. Each call is validated
    first, as in production: an invalid call raises ``ValidationError`` and uses no stub.
    Paginators made from the client while the stubber is active are stubbed too: queue one
    response of the paginated operation per page.
    """

    _operations = _OPERATIONS

    @overload
    def add_response(
        self,
        method: _AdminAddUserToGroupCall[None] | _AdminAddUserToGroupCall[Awaitable[None]],
        response: None,
        *,
        expected_params: AdminAddUserToGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _AdminForgetDeviceCall[None] | _AdminForgetDeviceCall[Awaitable[None]],
        response: None,
        *,
        expected_params: AdminForgetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _AdminDeleteUserCall[None] | _AdminDeleteUserCall[Awaitable[None]],
        response: None,
        *,
        expected_params: AdminDeleteUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteGroupCall[None] | _DeleteGroupCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteIdentityProviderCall[None] | _DeleteIdentityProviderCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteManagedLoginBrandingCall[None]
        | _DeleteManagedLoginBrandingCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteResourceServerCall[None] | _DeleteResourceServerCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteTermsCall[None] | _DeleteTermsCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteUserPoolClientCall[None] | _DeleteUserPoolClientCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _ForgetDeviceCall[None] | _ForgetDeviceCall[Awaitable[None]],
        response: None,
        *,
        expected_params: ForgetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteUserCall[None] | _DeleteUserCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _DeleteUserPoolCall[None] | _DeleteUserPoolCall[Awaitable[None]],
        response: None,
        *,
        expected_params: DeleteUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AddCustomAttributesResponse],
        response: AddCustomAttributesResponse,
        *,
        expected_params: AddCustomAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AddUserPoolClientSecretResponse],
        response: AddUserPoolClientSecretResponse,
        *,
        expected_params: AddUserPoolClientSecretParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminConfirmSignUpResponse],
        response: AdminConfirmSignUpResponse,
        *,
        expected_params: AdminConfirmSignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminCreateUserResponse],
        response: AdminCreateUserResponse,
        *,
        expected_params: AdminCreateUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminDeleteSoftwareTokenResponse],
        response: AdminDeleteSoftwareTokenResponse,
        *,
        expected_params: AdminDeleteSoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminDeleteUserAttributesResponse],
        response: AdminDeleteUserAttributesResponse,
        *,
        expected_params: AdminDeleteUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminDisableProviderForUserResponse],
        response: AdminDisableProviderForUserResponse,
        *,
        expected_params: AdminDisableProviderForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminDisableUserResponse],
        response: AdminDisableUserResponse,
        *,
        expected_params: AdminDisableUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminEnableUserResponse],
        response: AdminEnableUserResponse,
        *,
        expected_params: AdminEnableUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminGetDeviceResponse],
        response: AdminGetDeviceResponse,
        *,
        expected_params: AdminGetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminGetUserResponse],
        response: AdminGetUserResponse,
        *,
        expected_params: AdminGetUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminGetUserAuthFactorsResponse],
        response: AdminGetUserAuthFactorsResponse,
        *,
        expected_params: AdminGetUserAuthFactorsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminInitiateAuthResponse],
        response: AdminInitiateAuthResponse,
        *,
        expected_params: AdminInitiateAuthParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminLinkProviderForUserResponse],
        response: AdminLinkProviderForUserResponse,
        *,
        expected_params: AdminLinkProviderForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminListDevicesResponse],
        response: AdminListDevicesResponse,
        *,
        expected_params: AdminListDevicesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminListGroupsForUserResponse],
        response: AdminListGroupsForUserResponse,
        *,
        expected_params: AdminListGroupsForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminListUserAuthEventsResponse],
        response: AdminListUserAuthEventsResponse,
        *,
        expected_params: AdminListUserAuthEventsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminListUserSessionsResponse],
        response: AdminListUserSessionsResponse,
        *,
        expected_params: AdminListUserSessionsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminResetUserPasswordResponse],
        response: AdminResetUserPasswordResponse,
        *,
        expected_params: AdminResetUserPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminRespondToAuthChallengeResponse],
        response: AdminRespondToAuthChallengeResponse,
        *,
        expected_params: AdminRespondToAuthChallengeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminRevokeUserSessionResponse],
        response: AdminRevokeUserSessionResponse,
        *,
        expected_params: AdminRevokeUserSessionParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminSetUserMFAPreferenceResponse],
        response: AdminSetUserMFAPreferenceResponse,
        *,
        expected_params: AdminSetUserMFAPreferenceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminSetUserPasswordResponse],
        response: AdminSetUserPasswordResponse,
        *,
        expected_params: AdminSetUserPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminSetUserSettingsResponse],
        response: AdminSetUserSettingsResponse,
        *,
        expected_params: AdminSetUserSettingsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminUpdateAuthEventFeedbackResponse],
        response: AdminUpdateAuthEventFeedbackResponse,
        *,
        expected_params: AdminUpdateAuthEventFeedbackParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminUpdateDeviceStatusResponse],
        response: AdminUpdateDeviceStatusResponse,
        *,
        expected_params: AdminUpdateDeviceStatusParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminUpdateUserAttributesResponse],
        response: AdminUpdateUserAttributesResponse,
        *,
        expected_params: AdminUpdateUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AdminUserGlobalSignOutResponse],
        response: AdminUserGlobalSignOutResponse,
        *,
        expected_params: AdminUserGlobalSignOutParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[AssociateSoftwareTokenResponse],
        response: AssociateSoftwareTokenResponse,
        *,
        expected_params: AssociateSoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CancelPointInTimeRecoveryResponse],
        response: CancelPointInTimeRecoveryResponse,
        *,
        expected_params: CancelPointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ChangePasswordResponse],
        response: ChangePasswordResponse,
        *,
        expected_params: ChangePasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CompleteWebAuthnRegistrationResponse],
        response: CompleteWebAuthnRegistrationResponse,
        *,
        expected_params: CompleteWebAuthnRegistrationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ConfirmDeviceResponse],
        response: ConfirmDeviceResponse,
        *,
        expected_params: ConfirmDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ConfirmForgotPasswordResponse],
        response: ConfirmForgotPasswordResponse,
        *,
        expected_params: ConfirmForgotPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ConfirmSignUpResponse],
        response: ConfirmSignUpResponse,
        *,
        expected_params: ConfirmSignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateCIMDPolicyResponse],
        response: CreateCIMDPolicyResponse,
        *,
        expected_params: CreateCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateGroupResponse],
        response: CreateGroupResponse,
        *,
        expected_params: CreateGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateIdentityProviderResponse],
        response: CreateIdentityProviderResponse,
        *,
        expected_params: CreateIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateManagedLoginBrandingResponse],
        response: CreateManagedLoginBrandingResponse,
        *,
        expected_params: CreateManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateResourceServerResponse],
        response: CreateResourceServerResponse,
        *,
        expected_params: CreateResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateTermsResponse],
        response: CreateTermsResponse,
        *,
        expected_params: CreateTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateUserImportJobResponse],
        response: CreateUserImportJobResponse,
        *,
        expected_params: CreateUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateUserPoolResponse],
        response: CreateUserPoolResponse,
        *,
        expected_params: CreateUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateUserPoolClientResponse],
        response: CreateUserPoolClientResponse,
        *,
        expected_params: CreateUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateUserPoolDomainResponse],
        response: CreateUserPoolDomainResponse,
        *,
        expected_params: CreateUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[CreateUserPoolReplicaResponse],
        response: CreateUserPoolReplicaResponse,
        *,
        expected_params: CreateUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteCIMDPolicyResponse],
        response: DeleteCIMDPolicyResponse,
        *,
        expected_params: DeleteCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteUserAttributesResponse],
        response: DeleteUserAttributesResponse,
        *,
        expected_params: DeleteUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteUserPoolClientSecretResponse],
        response: DeleteUserPoolClientSecretResponse,
        *,
        expected_params: DeleteUserPoolClientSecretParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteUserPoolDomainResponse],
        response: DeleteUserPoolDomainResponse,
        *,
        expected_params: DeleteUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteUserPoolReplicaResponse],
        response: DeleteUserPoolReplicaResponse,
        *,
        expected_params: DeleteUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DeleteWebAuthnCredentialResponse],
        response: DeleteWebAuthnCredentialResponse,
        *,
        expected_params: DeleteWebAuthnCredentialParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeCIMDPolicyResponse],
        response: DescribeCIMDPolicyResponse,
        *,
        expected_params: DescribeCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeIdentityProviderResponse],
        response: DescribeIdentityProviderResponse,
        *,
        expected_params: DescribeIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeManagedLoginBrandingResponse],
        response: DescribeManagedLoginBrandingResponse,
        *,
        expected_params: DescribeManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeManagedLoginBrandingByClientResponse],
        response: DescribeManagedLoginBrandingByClientResponse,
        *,
        expected_params: DescribeManagedLoginBrandingByClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribePointInTimeRecoveryResponse],
        response: DescribePointInTimeRecoveryResponse,
        *,
        expected_params: DescribePointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeResourceServerResponse],
        response: DescribeResourceServerResponse,
        *,
        expected_params: DescribeResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeRiskConfigurationResponse],
        response: DescribeRiskConfigurationResponse,
        *,
        expected_params: DescribeRiskConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeTermsResponse],
        response: DescribeTermsResponse,
        *,
        expected_params: DescribeTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeTermsByClientResponse],
        response: DescribeTermsByClientResponse,
        *,
        expected_params: DescribeTermsByClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeUserImportJobResponse],
        response: DescribeUserImportJobResponse,
        *,
        expected_params: DescribeUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeUserPoolResponse],
        response: DescribeUserPoolResponse,
        *,
        expected_params: DescribeUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeUserPoolClientResponse],
        response: DescribeUserPoolClientResponse,
        *,
        expected_params: DescribeUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[DescribeUserPoolDomainResponse],
        response: DescribeUserPoolDomainResponse,
        *,
        expected_params: DescribeUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ForgotPasswordResponse],
        response: ForgotPasswordResponse,
        *,
        expected_params: ForgotPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetCSVHeaderResponse],
        response: GetCSVHeaderResponse,
        *,
        expected_params: GetCSVHeaderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetClientTokenResponse],
        response: GetClientTokenResponse,
        *,
        expected_params: GetClientTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetDerivedTokenResponse],
        response: GetDerivedTokenResponse,
        *,
        expected_params: GetDerivedTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetDeviceResponse],
        response: GetDeviceResponse,
        *,
        expected_params: GetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetGroupResponse],
        response: GetGroupResponse,
        *,
        expected_params: GetGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetIdentityProviderByIdentifierResponse],
        response: GetIdentityProviderByIdentifierResponse,
        *,
        expected_params: GetIdentityProviderByIdentifierParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetLogDeliveryConfigurationResponse],
        response: GetLogDeliveryConfigurationResponse,
        *,
        expected_params: GetLogDeliveryConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetProvisionedLimitResponse],
        response: GetProvisionedLimitResponse,
        *,
        expected_params: GetProvisionedLimitParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetSigningCertificateResponse],
        response: GetSigningCertificateResponse,
        *,
        expected_params: GetSigningCertificateParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetTokensFromRefreshTokenResponse],
        response: GetTokensFromRefreshTokenResponse,
        *,
        expected_params: GetTokensFromRefreshTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUICustomizationResponse],
        response: GetUICustomizationResponse,
        *,
        expected_params: GetUICustomizationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserResponse],
        response: GetUserResponse,
        *,
        expected_params: GetUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserAttributeVerificationCodeResponse],
        response: GetUserAttributeVerificationCodeResponse,
        *,
        expected_params: GetUserAttributeVerificationCodeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserAuthFactorsResponse],
        response: GetUserAuthFactorsResponse,
        *,
        expected_params: GetUserAuthFactorsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserPoolClientSessionConfigurationResponse],
        response: GetUserPoolClientSessionConfigurationResponse,
        *,
        expected_params: GetUserPoolClientSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserPoolMfaConfigResponse],
        response: GetUserPoolMfaConfigResponse,
        *,
        expected_params: GetUserPoolMfaConfigParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GetUserPoolSessionConfigurationResponse],
        response: GetUserPoolSessionConfigurationResponse,
        *,
        expected_params: GetUserPoolSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[GlobalSignOutResponse],
        response: GlobalSignOutResponse,
        *,
        expected_params: GlobalSignOutParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[InitiateAuthResponse],
        response: InitiateAuthResponse,
        *,
        expected_params: InitiateAuthParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[InitiatePointInTimeRecoveryResponse],
        response: InitiatePointInTimeRecoveryResponse,
        *,
        expected_params: InitiatePointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListCIMDPoliciesResponse],
        response: ListCIMDPoliciesResponse,
        *,
        expected_params: ListCIMDPoliciesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListClientMetadataURLsResponse],
        response: ListClientMetadataURLsResponse,
        *,
        expected_params: ListClientMetadataURLsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListDevicesResponse],
        response: ListDevicesResponse,
        *,
        expected_params: ListDevicesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListGroupsResponse],
        response: ListGroupsResponse,
        *,
        expected_params: ListGroupsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListIdentityProvidersResponse],
        response: ListIdentityProvidersResponse,
        *,
        expected_params: ListIdentityProvidersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListPointInTimeRecoveriesResponse],
        response: ListPointInTimeRecoveriesResponse,
        *,
        expected_params: ListPointInTimeRecoveriesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListResourceServersResponse],
        response: ListResourceServersResponse,
        *,
        expected_params: ListResourceServersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListTagsForResourceResponse],
        response: ListTagsForResourceResponse,
        *,
        expected_params: ListTagsForResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListTermsResponse],
        response: ListTermsResponse,
        *,
        expected_params: ListTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserImportJobsResponse],
        response: ListUserImportJobsResponse,
        *,
        expected_params: ListUserImportJobsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserPoolClientSecretsResponse],
        response: ListUserPoolClientSecretsResponse,
        *,
        expected_params: ListUserPoolClientSecretsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserPoolClientsResponse],
        response: ListUserPoolClientsResponse,
        *,
        expected_params: ListUserPoolClientsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserPoolReplicasResponse],
        response: ListUserPoolReplicasResponse,
        *,
        expected_params: ListUserPoolReplicasParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserPoolsResponse],
        response: ListUserPoolsResponse,
        *,
        expected_params: ListUserPoolsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUserSessionsResponse],
        response: ListUserSessionsResponse,
        *,
        expected_params: ListUserSessionsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUsersResponse],
        response: ListUsersResponse,
        *,
        expected_params: ListUsersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListUsersInGroupResponse],
        response: ListUsersInGroupResponse,
        *,
        expected_params: ListUsersInGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ListWebAuthnCredentialsResponse],
        response: ListWebAuthnCredentialsResponse,
        *,
        expected_params: ListWebAuthnCredentialsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[ResendConfirmationCodeResponse],
        response: ResendConfirmationCodeResponse,
        *,
        expected_params: ResendConfirmationCodeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[RespondToAuthChallengeResponse],
        response: RespondToAuthChallengeResponse,
        *,
        expected_params: RespondToAuthChallengeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[RevokeTokenResponse],
        response: RevokeTokenResponse,
        *,
        expected_params: RevokeTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[RevokeUserSessionResponse],
        response: RevokeUserSessionResponse,
        *,
        expected_params: RevokeUserSessionParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetLogDeliveryConfigurationResponse],
        response: SetLogDeliveryConfigurationResponse,
        *,
        expected_params: SetLogDeliveryConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetRiskConfigurationResponse],
        response: SetRiskConfigurationResponse,
        *,
        expected_params: SetRiskConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUICustomizationResponse],
        response: SetUICustomizationResponse,
        *,
        expected_params: SetUICustomizationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUserMFAPreferenceResponse],
        response: SetUserMFAPreferenceResponse,
        *,
        expected_params: SetUserMFAPreferenceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUserPoolClientSessionConfigurationResponse],
        response: SetUserPoolClientSessionConfigurationResponse,
        *,
        expected_params: SetUserPoolClientSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUserPoolMfaConfigResponse],
        response: SetUserPoolMfaConfigResponse,
        *,
        expected_params: SetUserPoolMfaConfigParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUserPoolSessionConfigurationResponse],
        response: SetUserPoolSessionConfigurationResponse,
        *,
        expected_params: SetUserPoolSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SetUserSettingsResponse],
        response: SetUserSettingsResponse,
        *,
        expected_params: SetUserSettingsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[SignUpResponse],
        response: SignUpResponse,
        *,
        expected_params: SignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[StartPointInTimeRecoveryResponse],
        response: StartPointInTimeRecoveryResponse,
        *,
        expected_params: StartPointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[StartUserImportJobResponse],
        response: StartUserImportJobResponse,
        *,
        expected_params: StartUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[StartWebAuthnRegistrationResponse],
        response: StartWebAuthnRegistrationResponse,
        *,
        expected_params: StartWebAuthnRegistrationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[StopUserImportJobResponse],
        response: StopUserImportJobResponse,
        *,
        expected_params: StopUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[TagResourceResponse],
        response: TagResourceResponse,
        *,
        expected_params: TagResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UntagResourceResponse],
        response: UntagResourceResponse,
        *,
        expected_params: UntagResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateAuthEventFeedbackResponse],
        response: UpdateAuthEventFeedbackResponse,
        *,
        expected_params: UpdateAuthEventFeedbackParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateCIMDPolicyResponse],
        response: UpdateCIMDPolicyResponse,
        *,
        expected_params: UpdateCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateClientMetadataURLStateResponse],
        response: UpdateClientMetadataURLStateResponse,
        *,
        expected_params: UpdateClientMetadataURLStateParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateDeviceStatusResponse],
        response: UpdateDeviceStatusResponse,
        *,
        expected_params: UpdateDeviceStatusParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateGroupResponse],
        response: UpdateGroupResponse,
        *,
        expected_params: UpdateGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateIdentityProviderResponse],
        response: UpdateIdentityProviderResponse,
        *,
        expected_params: UpdateIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateManagedLoginBrandingResponse],
        response: UpdateManagedLoginBrandingResponse,
        *,
        expected_params: UpdateManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateProvisionedLimitResponse],
        response: UpdateProvisionedLimitResponse,
        *,
        expected_params: UpdateProvisionedLimitParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateResourceServerResponse],
        response: UpdateResourceServerResponse,
        *,
        expected_params: UpdateResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateTermsResponse],
        response: UpdateTermsResponse,
        *,
        expected_params: UpdateTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateUserAttributesResponse],
        response: UpdateUserAttributesResponse,
        *,
        expected_params: UpdateUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateUserPoolResponse],
        response: UpdateUserPoolResponse,
        *,
        expected_params: UpdateUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateUserPoolClientResponse],
        response: UpdateUserPoolClientResponse,
        *,
        expected_params: UpdateUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateUserPoolDomainResponse],
        response: UpdateUserPoolDomainResponse,
        *,
        expected_params: UpdateUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[UpdateUserPoolReplicaResponse],
        response: UpdateUserPoolReplicaResponse,
        *,
        expected_params: UpdateUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[VerifySoftwareTokenResponse],
        response: VerifySoftwareTokenResponse,
        *,
        expected_params: VerifySoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_response(
        self,
        method: _Method[VerifyUserAttributeResponse],
        response: VerifyUserAttributeResponse,
        *,
        expected_params: VerifyUserAttributeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    def add_response(
        self,
        method: Callable[..., object],
        response: object,
        *,
        expected_params: Mapping[str, object] | None = None,
        exact: bool = False,
    ) -> None:
        """Queue ``response`` as the answer to the next call, which must be to ``method``
        (a bound method of the stubbed client, as ``client.<method>``).

        ``expected_params``: the parameters the call must have, compared with ``==`` to the
        values the request holds (as given, with ``secret_hash`` filled from the client's
        secret); parameters not named are not checked, unless ``exact`` is true: then every
        other parameter must be unset (None).
        """
        self._add_response(method, response, expected_params, exact)

    @overload
    def add_client_error(
        self,
        method: _AdminAddUserToGroupCall[None] | _AdminAddUserToGroupCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: AdminAddUserToGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _AdminForgetDeviceCall[None] | _AdminForgetDeviceCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: AdminForgetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _AdminDeleteUserCall[None] | _AdminDeleteUserCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: AdminDeleteUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteGroupCall[None] | _DeleteGroupCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteIdentityProviderCall[None] | _DeleteIdentityProviderCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteManagedLoginBrandingCall[None]
        | _DeleteManagedLoginBrandingCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteResourceServerCall[None] | _DeleteResourceServerCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteTermsCall[None] | _DeleteTermsCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteUserPoolClientCall[None] | _DeleteUserPoolClientCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _ForgetDeviceCall[None] | _ForgetDeviceCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: ForgetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteUserCall[None] | _DeleteUserCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _DeleteUserPoolCall[None] | _DeleteUserPoolCall[Awaitable[None]],
        error: SdkError,
        *,
        expected_params: DeleteUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AddCustomAttributesResponse],
        error: SdkError,
        *,
        expected_params: AddCustomAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AddUserPoolClientSecretResponse],
        error: SdkError,
        *,
        expected_params: AddUserPoolClientSecretParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminConfirmSignUpResponse],
        error: SdkError,
        *,
        expected_params: AdminConfirmSignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminCreateUserResponse],
        error: SdkError,
        *,
        expected_params: AdminCreateUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminDeleteSoftwareTokenResponse],
        error: SdkError,
        *,
        expected_params: AdminDeleteSoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminDeleteUserAttributesResponse],
        error: SdkError,
        *,
        expected_params: AdminDeleteUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminDisableProviderForUserResponse],
        error: SdkError,
        *,
        expected_params: AdminDisableProviderForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminDisableUserResponse],
        error: SdkError,
        *,
        expected_params: AdminDisableUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminEnableUserResponse],
        error: SdkError,
        *,
        expected_params: AdminEnableUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminGetDeviceResponse],
        error: SdkError,
        *,
        expected_params: AdminGetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminGetUserResponse],
        error: SdkError,
        *,
        expected_params: AdminGetUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminGetUserAuthFactorsResponse],
        error: SdkError,
        *,
        expected_params: AdminGetUserAuthFactorsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminInitiateAuthResponse],
        error: SdkError,
        *,
        expected_params: AdminInitiateAuthParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminLinkProviderForUserResponse],
        error: SdkError,
        *,
        expected_params: AdminLinkProviderForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminListDevicesResponse],
        error: SdkError,
        *,
        expected_params: AdminListDevicesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminListGroupsForUserResponse],
        error: SdkError,
        *,
        expected_params: AdminListGroupsForUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminListUserAuthEventsResponse],
        error: SdkError,
        *,
        expected_params: AdminListUserAuthEventsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminListUserSessionsResponse],
        error: SdkError,
        *,
        expected_params: AdminListUserSessionsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminResetUserPasswordResponse],
        error: SdkError,
        *,
        expected_params: AdminResetUserPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminRespondToAuthChallengeResponse],
        error: SdkError,
        *,
        expected_params: AdminRespondToAuthChallengeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminRevokeUserSessionResponse],
        error: SdkError,
        *,
        expected_params: AdminRevokeUserSessionParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminSetUserMFAPreferenceResponse],
        error: SdkError,
        *,
        expected_params: AdminSetUserMFAPreferenceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminSetUserPasswordResponse],
        error: SdkError,
        *,
        expected_params: AdminSetUserPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminSetUserSettingsResponse],
        error: SdkError,
        *,
        expected_params: AdminSetUserSettingsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminUpdateAuthEventFeedbackResponse],
        error: SdkError,
        *,
        expected_params: AdminUpdateAuthEventFeedbackParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminUpdateDeviceStatusResponse],
        error: SdkError,
        *,
        expected_params: AdminUpdateDeviceStatusParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminUpdateUserAttributesResponse],
        error: SdkError,
        *,
        expected_params: AdminUpdateUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AdminUserGlobalSignOutResponse],
        error: SdkError,
        *,
        expected_params: AdminUserGlobalSignOutParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[AssociateSoftwareTokenResponse],
        error: SdkError,
        *,
        expected_params: AssociateSoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CancelPointInTimeRecoveryResponse],
        error: SdkError,
        *,
        expected_params: CancelPointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ChangePasswordResponse],
        error: SdkError,
        *,
        expected_params: ChangePasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CompleteWebAuthnRegistrationResponse],
        error: SdkError,
        *,
        expected_params: CompleteWebAuthnRegistrationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ConfirmDeviceResponse],
        error: SdkError,
        *,
        expected_params: ConfirmDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ConfirmForgotPasswordResponse],
        error: SdkError,
        *,
        expected_params: ConfirmForgotPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ConfirmSignUpResponse],
        error: SdkError,
        *,
        expected_params: ConfirmSignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateCIMDPolicyResponse],
        error: SdkError,
        *,
        expected_params: CreateCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateGroupResponse],
        error: SdkError,
        *,
        expected_params: CreateGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateIdentityProviderResponse],
        error: SdkError,
        *,
        expected_params: CreateIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateManagedLoginBrandingResponse],
        error: SdkError,
        *,
        expected_params: CreateManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateResourceServerResponse],
        error: SdkError,
        *,
        expected_params: CreateResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateTermsResponse],
        error: SdkError,
        *,
        expected_params: CreateTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateUserImportJobResponse],
        error: SdkError,
        *,
        expected_params: CreateUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateUserPoolResponse],
        error: SdkError,
        *,
        expected_params: CreateUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateUserPoolClientResponse],
        error: SdkError,
        *,
        expected_params: CreateUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateUserPoolDomainResponse],
        error: SdkError,
        *,
        expected_params: CreateUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[CreateUserPoolReplicaResponse],
        error: SdkError,
        *,
        expected_params: CreateUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteCIMDPolicyResponse],
        error: SdkError,
        *,
        expected_params: DeleteCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteUserAttributesResponse],
        error: SdkError,
        *,
        expected_params: DeleteUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteUserPoolClientSecretResponse],
        error: SdkError,
        *,
        expected_params: DeleteUserPoolClientSecretParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteUserPoolDomainResponse],
        error: SdkError,
        *,
        expected_params: DeleteUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteUserPoolReplicaResponse],
        error: SdkError,
        *,
        expected_params: DeleteUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DeleteWebAuthnCredentialResponse],
        error: SdkError,
        *,
        expected_params: DeleteWebAuthnCredentialParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeCIMDPolicyResponse],
        error: SdkError,
        *,
        expected_params: DescribeCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeIdentityProviderResponse],
        error: SdkError,
        *,
        expected_params: DescribeIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeManagedLoginBrandingResponse],
        error: SdkError,
        *,
        expected_params: DescribeManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeManagedLoginBrandingByClientResponse],
        error: SdkError,
        *,
        expected_params: DescribeManagedLoginBrandingByClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribePointInTimeRecoveryResponse],
        error: SdkError,
        *,
        expected_params: DescribePointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeResourceServerResponse],
        error: SdkError,
        *,
        expected_params: DescribeResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeRiskConfigurationResponse],
        error: SdkError,
        *,
        expected_params: DescribeRiskConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeTermsResponse],
        error: SdkError,
        *,
        expected_params: DescribeTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeTermsByClientResponse],
        error: SdkError,
        *,
        expected_params: DescribeTermsByClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeUserImportJobResponse],
        error: SdkError,
        *,
        expected_params: DescribeUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeUserPoolResponse],
        error: SdkError,
        *,
        expected_params: DescribeUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeUserPoolClientResponse],
        error: SdkError,
        *,
        expected_params: DescribeUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[DescribeUserPoolDomainResponse],
        error: SdkError,
        *,
        expected_params: DescribeUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ForgotPasswordResponse],
        error: SdkError,
        *,
        expected_params: ForgotPasswordParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetCSVHeaderResponse],
        error: SdkError,
        *,
        expected_params: GetCSVHeaderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetClientTokenResponse],
        error: SdkError,
        *,
        expected_params: GetClientTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetDerivedTokenResponse],
        error: SdkError,
        *,
        expected_params: GetDerivedTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetDeviceResponse],
        error: SdkError,
        *,
        expected_params: GetDeviceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetGroupResponse],
        error: SdkError,
        *,
        expected_params: GetGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetIdentityProviderByIdentifierResponse],
        error: SdkError,
        *,
        expected_params: GetIdentityProviderByIdentifierParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetLogDeliveryConfigurationResponse],
        error: SdkError,
        *,
        expected_params: GetLogDeliveryConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetProvisionedLimitResponse],
        error: SdkError,
        *,
        expected_params: GetProvisionedLimitParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetSigningCertificateResponse],
        error: SdkError,
        *,
        expected_params: GetSigningCertificateParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetTokensFromRefreshTokenResponse],
        error: SdkError,
        *,
        expected_params: GetTokensFromRefreshTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUICustomizationResponse],
        error: SdkError,
        *,
        expected_params: GetUICustomizationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserResponse],
        error: SdkError,
        *,
        expected_params: GetUserParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserAttributeVerificationCodeResponse],
        error: SdkError,
        *,
        expected_params: GetUserAttributeVerificationCodeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserAuthFactorsResponse],
        error: SdkError,
        *,
        expected_params: GetUserAuthFactorsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserPoolClientSessionConfigurationResponse],
        error: SdkError,
        *,
        expected_params: GetUserPoolClientSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserPoolMfaConfigResponse],
        error: SdkError,
        *,
        expected_params: GetUserPoolMfaConfigParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GetUserPoolSessionConfigurationResponse],
        error: SdkError,
        *,
        expected_params: GetUserPoolSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[GlobalSignOutResponse],
        error: SdkError,
        *,
        expected_params: GlobalSignOutParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[InitiateAuthResponse],
        error: SdkError,
        *,
        expected_params: InitiateAuthParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[InitiatePointInTimeRecoveryResponse],
        error: SdkError,
        *,
        expected_params: InitiatePointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListCIMDPoliciesResponse],
        error: SdkError,
        *,
        expected_params: ListCIMDPoliciesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListClientMetadataURLsResponse],
        error: SdkError,
        *,
        expected_params: ListClientMetadataURLsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListDevicesResponse],
        error: SdkError,
        *,
        expected_params: ListDevicesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListGroupsResponse],
        error: SdkError,
        *,
        expected_params: ListGroupsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListIdentityProvidersResponse],
        error: SdkError,
        *,
        expected_params: ListIdentityProvidersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListPointInTimeRecoveriesResponse],
        error: SdkError,
        *,
        expected_params: ListPointInTimeRecoveriesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListResourceServersResponse],
        error: SdkError,
        *,
        expected_params: ListResourceServersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListTagsForResourceResponse],
        error: SdkError,
        *,
        expected_params: ListTagsForResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListTermsResponse],
        error: SdkError,
        *,
        expected_params: ListTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserImportJobsResponse],
        error: SdkError,
        *,
        expected_params: ListUserImportJobsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserPoolClientSecretsResponse],
        error: SdkError,
        *,
        expected_params: ListUserPoolClientSecretsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserPoolClientsResponse],
        error: SdkError,
        *,
        expected_params: ListUserPoolClientsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserPoolReplicasResponse],
        error: SdkError,
        *,
        expected_params: ListUserPoolReplicasParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserPoolsResponse],
        error: SdkError,
        *,
        expected_params: ListUserPoolsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUserSessionsResponse],
        error: SdkError,
        *,
        expected_params: ListUserSessionsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUsersResponse],
        error: SdkError,
        *,
        expected_params: ListUsersParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListUsersInGroupResponse],
        error: SdkError,
        *,
        expected_params: ListUsersInGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ListWebAuthnCredentialsResponse],
        error: SdkError,
        *,
        expected_params: ListWebAuthnCredentialsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[ResendConfirmationCodeResponse],
        error: SdkError,
        *,
        expected_params: ResendConfirmationCodeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[RespondToAuthChallengeResponse],
        error: SdkError,
        *,
        expected_params: RespondToAuthChallengeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[RevokeTokenResponse],
        error: SdkError,
        *,
        expected_params: RevokeTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[RevokeUserSessionResponse],
        error: SdkError,
        *,
        expected_params: RevokeUserSessionParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetLogDeliveryConfigurationResponse],
        error: SdkError,
        *,
        expected_params: SetLogDeliveryConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetRiskConfigurationResponse],
        error: SdkError,
        *,
        expected_params: SetRiskConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUICustomizationResponse],
        error: SdkError,
        *,
        expected_params: SetUICustomizationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUserMFAPreferenceResponse],
        error: SdkError,
        *,
        expected_params: SetUserMFAPreferenceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUserPoolClientSessionConfigurationResponse],
        error: SdkError,
        *,
        expected_params: SetUserPoolClientSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUserPoolMfaConfigResponse],
        error: SdkError,
        *,
        expected_params: SetUserPoolMfaConfigParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUserPoolSessionConfigurationResponse],
        error: SdkError,
        *,
        expected_params: SetUserPoolSessionConfigurationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SetUserSettingsResponse],
        error: SdkError,
        *,
        expected_params: SetUserSettingsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[SignUpResponse],
        error: SdkError,
        *,
        expected_params: SignUpParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[StartPointInTimeRecoveryResponse],
        error: SdkError,
        *,
        expected_params: StartPointInTimeRecoveryParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[StartUserImportJobResponse],
        error: SdkError,
        *,
        expected_params: StartUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[StartWebAuthnRegistrationResponse],
        error: SdkError,
        *,
        expected_params: StartWebAuthnRegistrationParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[StopUserImportJobResponse],
        error: SdkError,
        *,
        expected_params: StopUserImportJobParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[TagResourceResponse],
        error: SdkError,
        *,
        expected_params: TagResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UntagResourceResponse],
        error: SdkError,
        *,
        expected_params: UntagResourceParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateAuthEventFeedbackResponse],
        error: SdkError,
        *,
        expected_params: UpdateAuthEventFeedbackParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateCIMDPolicyResponse],
        error: SdkError,
        *,
        expected_params: UpdateCIMDPolicyParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateClientMetadataURLStateResponse],
        error: SdkError,
        *,
        expected_params: UpdateClientMetadataURLStateParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateDeviceStatusResponse],
        error: SdkError,
        *,
        expected_params: UpdateDeviceStatusParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateGroupResponse],
        error: SdkError,
        *,
        expected_params: UpdateGroupParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateIdentityProviderResponse],
        error: SdkError,
        *,
        expected_params: UpdateIdentityProviderParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateManagedLoginBrandingResponse],
        error: SdkError,
        *,
        expected_params: UpdateManagedLoginBrandingParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateProvisionedLimitResponse],
        error: SdkError,
        *,
        expected_params: UpdateProvisionedLimitParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateResourceServerResponse],
        error: SdkError,
        *,
        expected_params: UpdateResourceServerParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateTermsResponse],
        error: SdkError,
        *,
        expected_params: UpdateTermsParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateUserAttributesResponse],
        error: SdkError,
        *,
        expected_params: UpdateUserAttributesParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateUserPoolResponse],
        error: SdkError,
        *,
        expected_params: UpdateUserPoolParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateUserPoolClientResponse],
        error: SdkError,
        *,
        expected_params: UpdateUserPoolClientParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateUserPoolDomainResponse],
        error: SdkError,
        *,
        expected_params: UpdateUserPoolDomainParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[UpdateUserPoolReplicaResponse],
        error: SdkError,
        *,
        expected_params: UpdateUserPoolReplicaParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[VerifySoftwareTokenResponse],
        error: SdkError,
        *,
        expected_params: VerifySoftwareTokenParams | None = None,
        exact: bool = False,
    ) -> None: ...

    @overload
    def add_client_error(
        self,
        method: _Method[VerifyUserAttributeResponse],
        error: SdkError,
        *,
        expected_params: VerifyUserAttributeParams | None = None,
        exact: bool = False,
    ) -> None: ...

    def add_client_error(
        self,
        method: Callable[..., object],
        error: SdkError,
        *,
        expected_params: Mapping[str, object] | None = None,
        exact: bool = False,
    ) -> None:
        """Queue ``error`` to be raised by the next call, which must be to ``method``: a
        modelled error of the service (a class of ``cognito_idp.errors``, made
        with a ``message=``, its members set as attributes) or any other ``SdkError``. ``expected_params`` and
        ``exact`` are checked as by ``add_response``.
        """
        self._add_client_error(method, error, expected_params, exact)

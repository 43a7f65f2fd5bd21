# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Every request, response and shape class, each imported on first use, so that a
program pays only for the operations it calls."""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime import lazy
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Final

    from cognito_idp._operations.add_custom_attributes import (
        AddCustomAttributesRequest,
        AddCustomAttributesResponse,
    )
    from cognito_idp._operations.add_user_pool_client_secret import (
        AddUserPoolClientSecretRequest,
        AddUserPoolClientSecretResponse,
    )
    from cognito_idp._operations.admin_add_user_to_group import AdminAddUserToGroupRequest
    from cognito_idp._operations.admin_confirm_sign_up import (
        AdminConfirmSignUpRequest,
        AdminConfirmSignUpResponse,
    )
    from cognito_idp._operations.admin_create_user import (
        AdminCreateUserRequest,
        AdminCreateUserResponse,
        MessageActionType,
        MessageActionTypeValue,
    )
    from cognito_idp._operations.admin_delete_software_token import (
        AdminDeleteSoftwareTokenRequest,
        AdminDeleteSoftwareTokenResponse,
    )
    from cognito_idp._operations.admin_delete_user import AdminDeleteUserRequest
    from cognito_idp._operations.admin_delete_user_attributes import (
        AdminDeleteUserAttributesRequest,
        AdminDeleteUserAttributesResponse,
    )
    from cognito_idp._operations.admin_disable_provider_for_user import (
        AdminDisableProviderForUserRequest,
        AdminDisableProviderForUserResponse,
    )
    from cognito_idp._operations.admin_disable_user import (
        AdminDisableUserRequest,
        AdminDisableUserResponse,
    )
    from cognito_idp._operations.admin_enable_user import (
        AdminEnableUserRequest,
        AdminEnableUserResponse,
    )
    from cognito_idp._operations.admin_forget_device import AdminForgetDeviceRequest
    from cognito_idp._operations.admin_get_device import (
        AdminGetDeviceRequest,
        AdminGetDeviceResponse,
    )
    from cognito_idp._operations.admin_get_user import AdminGetUserRequest, AdminGetUserResponse
    from cognito_idp._operations.admin_get_user_auth_factors import (
        AdminGetUserAuthFactorsRequest,
        AdminGetUserAuthFactorsResponse,
    )
    from cognito_idp._operations.admin_initiate_auth import (
        AdminInitiateAuthRequest,
        AdminInitiateAuthResponse,
    )
    from cognito_idp._operations.admin_link_provider_for_user import (
        AdminLinkProviderForUserRequest,
        AdminLinkProviderForUserResponse,
    )
    from cognito_idp._operations.admin_list_devices import (
        AdminListDevicesRequest,
        AdminListDevicesResponse,
    )
    from cognito_idp._operations.admin_list_groups_for_user import (
        AdminListGroupsForUserRequest,
        AdminListGroupsForUserResponse,
    )
    from cognito_idp._operations.admin_list_user_auth_events import (
        AdminListUserAuthEventsRequest,
        AdminListUserAuthEventsResponse,
        AuthEventType,
        ChallengeName,
        ChallengeNameValue,
        ChallengeResponse,
        ChallengeResponseType,
        ChallengeResponseValue,
        EventContextDataType,
        EventFeedbackType,
        EventResponseType,
        EventResponseTypeValue,
        EventRiskType,
        EventType,
        EventTypeValue,
        RiskDecisionType,
        RiskDecisionTypeValue,
        RiskLevelType,
        RiskLevelTypeValue,
    )
    from cognito_idp._operations.admin_list_user_sessions import (
        AdminListUserSessionsRequest,
        AdminListUserSessionsResponse,
    )
    from cognito_idp._operations.admin_remove_user_from_group import AdminRemoveUserFromGroupRequest
    from cognito_idp._operations.admin_reset_user_password import (
        AdminResetUserPasswordRequest,
        AdminResetUserPasswordResponse,
    )
    from cognito_idp._operations.admin_respond_to_auth_challenge import (
        AdminRespondToAuthChallengeRequest,
        AdminRespondToAuthChallengeResponse,
    )
    from cognito_idp._operations.admin_revoke_user_session import (
        AdminRevokeUserSessionRequest,
        AdminRevokeUserSessionResponse,
    )
    from cognito_idp._operations.admin_set_user_mfa_preference import (
        AdminSetUserMFAPreferenceRequest,
        AdminSetUserMFAPreferenceResponse,
    )
    from cognito_idp._operations.admin_set_user_password import (
        AdminSetUserPasswordRequest,
        AdminSetUserPasswordResponse,
    )
    from cognito_idp._operations.admin_set_user_settings import (
        AdminSetUserSettingsRequest,
        AdminSetUserSettingsResponse,
    )
    from cognito_idp._operations.admin_update_auth_event_feedback import (
        AdminUpdateAuthEventFeedbackRequest,
        AdminUpdateAuthEventFeedbackResponse,
    )
    from cognito_idp._operations.admin_update_device_status import (
        AdminUpdateDeviceStatusRequest,
        AdminUpdateDeviceStatusResponse,
    )
    from cognito_idp._operations.admin_update_user_attributes import (
        AdminUpdateUserAttributesRequest,
        AdminUpdateUserAttributesResponse,
    )
    from cognito_idp._operations.admin_user_global_sign_out import (
        AdminUserGlobalSignOutRequest,
        AdminUserGlobalSignOutResponse,
    )
    from cognito_idp._operations.associate_software_token import (
        AssociateSoftwareTokenRequest,
        AssociateSoftwareTokenResponse,
    )
    from cognito_idp._operations.cancel_point_in_time_recovery import (
        CancelPointInTimeRecoveryRequest,
        CancelPointInTimeRecoveryResponse,
    )
    from cognito_idp._operations.change_password import (
        ChangePasswordRequest,
        ChangePasswordResponse,
    )
    from cognito_idp._operations.complete_web_authn_registration import (
        CompleteWebAuthnRegistrationRequest,
        CompleteWebAuthnRegistrationResponse,
    )
    from cognito_idp._operations.confirm_device import (
        ConfirmDeviceRequest,
        ConfirmDeviceResponse,
        DeviceSecretVerifierConfigType,
    )
    from cognito_idp._operations.confirm_forgot_password import (
        ConfirmForgotPasswordRequest,
        ConfirmForgotPasswordResponse,
    )
    from cognito_idp._operations.confirm_sign_up import ConfirmSignUpRequest, ConfirmSignUpResponse
    from cognito_idp._operations.create_cimd_policy import (
        CreateCIMDPolicyRequest,
        CreateCIMDPolicyResponse,
    )
    from cognito_idp._operations.create_group import CreateGroupRequest, CreateGroupResponse
    from cognito_idp._operations.create_identity_provider import (
        CreateIdentityProviderRequest,
        CreateIdentityProviderResponse,
    )
    from cognito_idp._operations.create_managed_login_branding import (
        CreateManagedLoginBrandingRequest,
        CreateManagedLoginBrandingResponse,
    )
    from cognito_idp._operations.create_resource_server import (
        CreateResourceServerRequest,
        CreateResourceServerResponse,
    )
    from cognito_idp._operations.create_terms import CreateTermsRequest, CreateTermsResponse
    from cognito_idp._operations.create_user_import_job import (
        CreateUserImportJobRequest,
        CreateUserImportJobResponse,
    )
    from cognito_idp._operations.create_user_pool import (
        CreateUserPoolRequest,
        CreateUserPoolResponse,
    )
    from cognito_idp._operations.create_user_pool_client import (
        CreateUserPoolClientRequest,
        CreateUserPoolClientResponse,
    )
    from cognito_idp._operations.create_user_pool_domain import (
        CreateUserPoolDomainRequest,
        CreateUserPoolDomainResponse,
    )
    from cognito_idp._operations.create_user_pool_replica import (
        CreateUserPoolReplicaRequest,
        CreateUserPoolReplicaResponse,
    )
    from cognito_idp._operations.delete_cimd_policy import (
        DeleteCIMDPolicyRequest,
        DeleteCIMDPolicyResponse,
    )
    from cognito_idp._operations.delete_group import DeleteGroupRequest
    from cognito_idp._operations.delete_identity_provider import DeleteIdentityProviderRequest
    from cognito_idp._operations.delete_managed_login_branding import (
        DeleteManagedLoginBrandingRequest,
    )
    from cognito_idp._operations.delete_resource_server import DeleteResourceServerRequest
    from cognito_idp._operations.delete_terms import DeleteTermsRequest
    from cognito_idp._operations.delete_user import DeleteUserRequest
    from cognito_idp._operations.delete_user_attributes import (
        DeleteUserAttributesRequest,
        DeleteUserAttributesResponse,
    )
    from cognito_idp._operations.delete_user_pool import DeleteUserPoolRequest
    from cognito_idp._operations.delete_user_pool_client import DeleteUserPoolClientRequest
    from cognito_idp._operations.delete_user_pool_client_secret import (
        DeleteUserPoolClientSecretRequest,
        DeleteUserPoolClientSecretResponse,
    )
    from cognito_idp._operations.delete_user_pool_domain import (
        DeleteUserPoolDomainRequest,
        DeleteUserPoolDomainResponse,
    )
    from cognito_idp._operations.delete_user_pool_replica import (
        DeleteUserPoolReplicaRequest,
        DeleteUserPoolReplicaResponse,
    )
    from cognito_idp._operations.delete_web_authn_credential import (
        DeleteWebAuthnCredentialRequest,
        DeleteWebAuthnCredentialResponse,
    )
    from cognito_idp._operations.describe_cimd_policy import (
        DescribeCIMDPolicyRequest,
        DescribeCIMDPolicyResponse,
    )
    from cognito_idp._operations.describe_identity_provider import (
        DescribeIdentityProviderRequest,
        DescribeIdentityProviderResponse,
    )
    from cognito_idp._operations.describe_managed_login_branding import (
        DescribeManagedLoginBrandingRequest,
        DescribeManagedLoginBrandingResponse,
    )
    from cognito_idp._operations.describe_managed_login_branding_by_client import (
        DescribeManagedLoginBrandingByClientRequest,
        DescribeManagedLoginBrandingByClientResponse,
    )
    from cognito_idp._operations.describe_point_in_time_recovery import (
        DescribePointInTimeRecoveryRequest,
        DescribePointInTimeRecoveryResponse,
    )
    from cognito_idp._operations.describe_resource_server import (
        DescribeResourceServerRequest,
        DescribeResourceServerResponse,
    )
    from cognito_idp._operations.describe_risk_configuration import (
        DescribeRiskConfigurationRequest,
        DescribeRiskConfigurationResponse,
    )
    from cognito_idp._operations.describe_terms import DescribeTermsRequest, DescribeTermsResponse
    from cognito_idp._operations.describe_terms_by_client import (
        DescribeTermsByClientRequest,
        DescribeTermsByClientResponse,
    )
    from cognito_idp._operations.describe_user_import_job import (
        DescribeUserImportJobRequest,
        DescribeUserImportJobResponse,
    )
    from cognito_idp._operations.describe_user_pool import (
        DescribeUserPoolRequest,
        DescribeUserPoolResponse,
    )
    from cognito_idp._operations.describe_user_pool_client import (
        DescribeUserPoolClientRequest,
        DescribeUserPoolClientResponse,
    )
    from cognito_idp._operations.describe_user_pool_domain import (
        DescribeUserPoolDomainRequest,
        DescribeUserPoolDomainResponse,
        DomainDescriptionType,
        DomainStatusType,
        DomainStatusTypeValue,
    )
    from cognito_idp._operations.forget_device import ForgetDeviceRequest
    from cognito_idp._operations.forgot_password import (
        ForgotPasswordRequest,
        ForgotPasswordResponse,
    )
    from cognito_idp._operations.get_client_token import (
        ClientAuthenticationResultType,
        GetClientTokenRequest,
        GetClientTokenResponse,
    )
    from cognito_idp._operations.get_csv_header import GetCSVHeaderRequest, GetCSVHeaderResponse
    from cognito_idp._operations.get_derived_token import (
        GetDerivedTokenRequest,
        GetDerivedTokenResponse,
        IssuedTokenTypeIdentifierType,
        IssuedTokenTypeIdentifierTypeValue,
        OAuthTokenTypeType,
        OAuthTokenTypeTypeValue,
        TokenTypeIdentifierType,
        TokenTypeIdentifierTypeValue,
    )
    from cognito_idp._operations.get_device import GetDeviceRequest, GetDeviceResponse
    from cognito_idp._operations.get_group import GetGroupRequest, GetGroupResponse
    from cognito_idp._operations.get_identity_provider_by_identifier import (
        GetIdentityProviderByIdentifierRequest,
        GetIdentityProviderByIdentifierResponse,
    )
    from cognito_idp._operations.get_log_delivery_configuration import (
        GetLogDeliveryConfigurationRequest,
        GetLogDeliveryConfigurationResponse,
    )
    from cognito_idp._operations.get_provisioned_limit import (
        GetProvisionedLimitRequest,
        GetProvisionedLimitResponse,
    )
    from cognito_idp._operations.get_signing_certificate import (
        GetSigningCertificateRequest,
        GetSigningCertificateResponse,
    )
    from cognito_idp._operations.get_tokens_from_refresh_token import (
        GetTokensFromRefreshTokenRequest,
        GetTokensFromRefreshTokenResponse,
    )
    from cognito_idp._operations.get_ui_customization import (
        GetUICustomizationRequest,
        GetUICustomizationResponse,
    )
    from cognito_idp._operations.get_user import GetUserRequest, GetUserResponse
    from cognito_idp._operations.get_user_attribute_verification_code import (
        GetUserAttributeVerificationCodeRequest,
        GetUserAttributeVerificationCodeResponse,
    )
    from cognito_idp._operations.get_user_auth_factors import (
        GetUserAuthFactorsRequest,
        GetUserAuthFactorsResponse,
    )
    from cognito_idp._operations.get_user_pool_client_session_configuration import (
        GetUserPoolClientSessionConfigurationRequest,
        GetUserPoolClientSessionConfigurationResponse,
    )
    from cognito_idp._operations.get_user_pool_mfa_config import (
        GetUserPoolMfaConfigRequest,
        GetUserPoolMfaConfigResponse,
    )
    from cognito_idp._operations.get_user_pool_session_configuration import (
        GetUserPoolSessionConfigurationRequest,
        GetUserPoolSessionConfigurationResponse,
    )
    from cognito_idp._operations.global_sign_out import GlobalSignOutRequest, GlobalSignOutResponse
    from cognito_idp._operations.initiate_auth import InitiateAuthRequest, InitiateAuthResponse
    from cognito_idp._operations.initiate_point_in_time_recovery import (
        InitiatePointInTimeRecoveryRequest,
        InitiatePointInTimeRecoveryResponse,
    )
    from cognito_idp._operations.list_cimd_policies import (
        CIMDPolicySummaryType,
        ListCIMDPoliciesRequest,
        ListCIMDPoliciesResponse,
    )
    from cognito_idp._operations.list_client_metadata_urls import (
        ClientMetadataURLType,
        ListClientMetadataURLsRequest,
        ListClientMetadataURLsResponse,
    )
    from cognito_idp._operations.list_devices import ListDevicesRequest, ListDevicesResponse
    from cognito_idp._operations.list_groups import ListGroupsRequest, ListGroupsResponse
    from cognito_idp._operations.list_identity_providers import (
        ListIdentityProvidersRequest,
        ListIdentityProvidersResponse,
        ProviderDescription,
    )
    from cognito_idp._operations.list_point_in_time_recoveries import (
        ListPointInTimeRecoveriesRequest,
        ListPointInTimeRecoveriesResponse,
        RestorationDescriptionType,
    )
    from cognito_idp._operations.list_resource_servers import (
        ListResourceServersRequest,
        ListResourceServersResponse,
    )
    from cognito_idp._operations.list_tags_for_resource import (
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
    )
    from cognito_idp._operations.list_terms import (
        ListTermsRequest,
        ListTermsResponse,
        TermsDescriptionType,
    )
    from cognito_idp._operations.list_user_import_jobs import (
        ListUserImportJobsRequest,
        ListUserImportJobsResponse,
    )
    from cognito_idp._operations.list_user_pool_client_secrets import (
        ListUserPoolClientSecretsRequest,
        ListUserPoolClientSecretsResponse,
    )
    from cognito_idp._operations.list_user_pool_clients import (
        ListUserPoolClientsRequest,
        ListUserPoolClientsResponse,
        UserPoolClientDescription,
    )
    from cognito_idp._operations.list_user_pool_replicas import (
        ListUserPoolReplicasRequest,
        ListUserPoolReplicasResponse,
    )
    from cognito_idp._operations.list_user_pools import (
        ListUserPoolsRequest,
        ListUserPoolsResponse,
        UserPoolDescriptionType,
    )
    from cognito_idp._operations.list_user_sessions import (
        ListUserSessionsRequest,
        ListUserSessionsResponse,
    )
    from cognito_idp._operations.list_users import ListUsersRequest, ListUsersResponse
    from cognito_idp._operations.list_users_in_group import (
        ListUsersInGroupRequest,
        ListUsersInGroupResponse,
    )
    from cognito_idp._operations.list_web_authn_credentials import (
        ListWebAuthnCredentialsRequest,
        ListWebAuthnCredentialsResponse,
        WebAuthnCredentialDescription,
    )
    from cognito_idp._operations.resend_confirmation_code import (
        ResendConfirmationCodeRequest,
        ResendConfirmationCodeResponse,
    )
    from cognito_idp._operations.respond_to_auth_challenge import (
        RespondToAuthChallengeRequest,
        RespondToAuthChallengeResponse,
    )
    from cognito_idp._operations.revoke_token import RevokeTokenRequest, RevokeTokenResponse
    from cognito_idp._operations.revoke_user_session import (
        RevokeUserSessionRequest,
        RevokeUserSessionResponse,
    )
    from cognito_idp._operations.set_log_delivery_configuration import (
        SetLogDeliveryConfigurationRequest,
        SetLogDeliveryConfigurationResponse,
    )
    from cognito_idp._operations.set_risk_configuration import (
        SetRiskConfigurationRequest,
        SetRiskConfigurationResponse,
    )
    from cognito_idp._operations.set_ui_customization import (
        SetUICustomizationRequest,
        SetUICustomizationResponse,
    )
    from cognito_idp._operations.set_user_mfa_preference import (
        SetUserMFAPreferenceRequest,
        SetUserMFAPreferenceResponse,
    )
    from cognito_idp._operations.set_user_pool_client_session_configuration import (
        SetUserPoolClientSessionConfigurationRequest,
        SetUserPoolClientSessionConfigurationResponse,
    )
    from cognito_idp._operations.set_user_pool_mfa_config import (
        SetUserPoolMfaConfigRequest,
        SetUserPoolMfaConfigResponse,
    )
    from cognito_idp._operations.set_user_pool_session_configuration import (
        SetUserPoolSessionConfigurationRequest,
        SetUserPoolSessionConfigurationResponse,
    )
    from cognito_idp._operations.set_user_settings import (
        SetUserSettingsRequest,
        SetUserSettingsResponse,
    )
    from cognito_idp._operations.sign_up import SignUpRequest, SignUpResponse
    from cognito_idp._operations.start_point_in_time_recovery import (
        StartPointInTimeRecoveryRequest,
        StartPointInTimeRecoveryResponse,
    )
    from cognito_idp._operations.start_user_import_job import (
        StartUserImportJobRequest,
        StartUserImportJobResponse,
    )
    from cognito_idp._operations.start_web_authn_registration import (
        StartWebAuthnRegistrationRequest,
        StartWebAuthnRegistrationResponse,
    )
    from cognito_idp._operations.stop_user_import_job import (
        StopUserImportJobRequest,
        StopUserImportJobResponse,
    )
    from cognito_idp._operations.tag_resource import TagResourceRequest, TagResourceResponse
    from cognito_idp._operations.untag_resource import UntagResourceRequest, UntagResourceResponse
    from cognito_idp._operations.update_auth_event_feedback import (
        UpdateAuthEventFeedbackRequest,
        UpdateAuthEventFeedbackResponse,
    )
    from cognito_idp._operations.update_cimd_policy import (
        UpdateCIMDPolicyRequest,
        UpdateCIMDPolicyResponse,
    )
    from cognito_idp._operations.update_client_metadata_url_state import (
        CIMDCacheActionType,
        CIMDCacheActionTypeValue,
        UpdateClientMetadataURLStateRequest,
        UpdateClientMetadataURLStateResponse,
    )
    from cognito_idp._operations.update_device_status import (
        UpdateDeviceStatusRequest,
        UpdateDeviceStatusResponse,
    )
    from cognito_idp._operations.update_group import UpdateGroupRequest, UpdateGroupResponse
    from cognito_idp._operations.update_identity_provider import (
        UpdateIdentityProviderRequest,
        UpdateIdentityProviderResponse,
    )
    from cognito_idp._operations.update_managed_login_branding import (
        UpdateManagedLoginBrandingRequest,
        UpdateManagedLoginBrandingResponse,
    )
    from cognito_idp._operations.update_provisioned_limit import (
        UpdateProvisionedLimitRequest,
        UpdateProvisionedLimitResponse,
    )
    from cognito_idp._operations.update_resource_server import (
        UpdateResourceServerRequest,
        UpdateResourceServerResponse,
    )
    from cognito_idp._operations.update_terms import UpdateTermsRequest, UpdateTermsResponse
    from cognito_idp._operations.update_user_attributes import (
        UpdateUserAttributesRequest,
        UpdateUserAttributesResponse,
    )
    from cognito_idp._operations.update_user_pool import (
        UpdateUserPoolRequest,
        UpdateUserPoolResponse,
    )
    from cognito_idp._operations.update_user_pool_client import (
        UpdateUserPoolClientRequest,
        UpdateUserPoolClientResponse,
    )
    from cognito_idp._operations.update_user_pool_domain import (
        UpdateUserPoolDomainRequest,
        UpdateUserPoolDomainResponse,
    )
    from cognito_idp._operations.update_user_pool_replica import (
        UpdateReplicaStatusType,
        UpdateReplicaStatusTypeValue,
        UpdateUserPoolReplicaRequest,
        UpdateUserPoolReplicaResponse,
    )
    from cognito_idp._operations.verify_software_token import (
        VerifySoftwareTokenRequest,
        VerifySoftwareTokenResponse,
        VerifySoftwareTokenResponseType,
        VerifySoftwareTokenResponseTypeValue,
    )
    from cognito_idp._operations.verify_user_attribute import (
        VerifyUserAttributeRequest,
        VerifyUserAttributeResponse,
    )
    from cognito_idp._shapes.account_recovery_setting_type import AccountRecoverySettingType
    from cognito_idp._shapes.account_takeover_action_type import AccountTakeoverActionType
    from cognito_idp._shapes.account_takeover_actions_type import AccountTakeoverActionsType
    from cognito_idp._shapes.account_takeover_event_action_type import (
        AccountTakeoverEventActionType,
        AccountTakeoverEventActionTypeValue,
    )
    from cognito_idp._shapes.account_takeover_risk_configuration_type import (
        AccountTakeoverRiskConfigurationType,
    )
    from cognito_idp._shapes.acr_level_config_type import AcrLevelConfigType
    from cognito_idp._shapes.admin_create_user_config_type import AdminCreateUserConfigType
    from cognito_idp._shapes.advanced_security_additional_flows_type import (
        AdvancedSecurityAdditionalFlowsType,
    )
    from cognito_idp._shapes.advanced_security_enabled_mode_type import (
        AdvancedSecurityEnabledModeType,
        AdvancedSecurityEnabledModeTypeValue,
    )
    from cognito_idp._shapes.advanced_security_mode_type import (
        AdvancedSecurityModeType,
        AdvancedSecurityModeTypeValue,
    )
    from cognito_idp._shapes.alias_attribute_type import AliasAttributeType, AliasAttributeTypeValue
    from cognito_idp._shapes.analytics_configuration_type import AnalyticsConfigurationType
    from cognito_idp._shapes.analytics_metadata_type import AnalyticsMetadataType
    from cognito_idp._shapes.asset_category_type import AssetCategoryType, AssetCategoryTypeValue
    from cognito_idp._shapes.asset_extension_type import AssetExtensionType, AssetExtensionTypeValue
    from cognito_idp._shapes.asset_type import AssetType
    from cognito_idp._shapes.attribute_data_type import AttributeDataType, AttributeDataTypeValue
    from cognito_idp._shapes.attribute_type import AttributeType
    from cognito_idp._shapes.auth_factor_type import AuthFactorType, AuthFactorTypeValue
    from cognito_idp._shapes.auth_flow_type import AuthFlowType, AuthFlowTypeValue
    from cognito_idp._shapes.authentication_result_type import AuthenticationResultType
    from cognito_idp._shapes.challenge_name_type import ChallengeNameType, ChallengeNameTypeValue
    from cognito_idp._shapes.cimd_policy_type import CIMDPolicyType
    from cognito_idp._shapes.client_secret_descriptor_type import ClientSecretDescriptorType
    from cognito_idp._shapes.client_sso_session_config_type import ClientSSOSessionConfigType
    from cognito_idp._shapes.client_type_type import ClientTypeType, ClientTypeTypeValue
    from cognito_idp._shapes.cloud_watch_logs_configuration_type import (
        CloudWatchLogsConfigurationType,
    )
    from cognito_idp._shapes.code_delivery_details_type import CodeDeliveryDetailsType
    from cognito_idp._shapes.color_scheme_mode_type import (
        ColorSchemeModeType,
        ColorSchemeModeTypeValue,
    )
    from cognito_idp._shapes.compromised_credentials_actions_type import (
        CompromisedCredentialsActionsType,
    )
    from cognito_idp._shapes.compromised_credentials_event_action_type import (
        CompromisedCredentialsEventActionType,
        CompromisedCredentialsEventActionTypeValue,
    )
    from cognito_idp._shapes.compromised_credentials_risk_configuration_type import (
        CompromisedCredentialsRiskConfigurationType,
    )
    from cognito_idp._shapes.context_data_type import ContextDataType
    from cognito_idp._shapes.custom_domain_config_type import CustomDomainConfigType
    from cognito_idp._shapes.custom_email_lambda_version_config_type import (
        CustomEmailLambdaVersionConfigType,
    )
    from cognito_idp._shapes.custom_email_sender_lambda_version_type import (
        CustomEmailSenderLambdaVersionType,
        CustomEmailSenderLambdaVersionTypeValue,
    )
    from cognito_idp._shapes.custom_sms_lambda_version_config_type import (
        CustomSMSLambdaVersionConfigType,
    )
    from cognito_idp._shapes.custom_sms_sender_lambda_version_type import (
        CustomSMSSenderLambdaVersionType,
        CustomSMSSenderLambdaVersionTypeValue,
    )
    from cognito_idp._shapes.dcr_configuration_type import DcrConfigurationType
    from cognito_idp._shapes.default_email_option_type import (
        DefaultEmailOptionType,
        DefaultEmailOptionTypeValue,
    )
    from cognito_idp._shapes.deletion_protection_type import (
        DeletionProtectionType,
        DeletionProtectionTypeValue,
    )
    from cognito_idp._shapes.delivery_medium_type import DeliveryMediumType, DeliveryMediumTypeValue
    from cognito_idp._shapes.device_configuration_type import DeviceConfigurationType
    from cognito_idp._shapes.device_remembered_status_type import (
        DeviceRememberedStatusType,
        DeviceRememberedStatusTypeValue,
    )
    from cognito_idp._shapes.device_type import DeviceType
    from cognito_idp._shapes.email_configuration_type import EmailConfigurationType
    from cognito_idp._shapes.email_mfa_config_type import EmailMfaConfigType
    from cognito_idp._shapes.email_mfa_settings_type import EmailMfaSettingsType
    from cognito_idp._shapes.email_sending_account_type import (
        EmailSendingAccountType,
        EmailSendingAccountTypeValue,
    )
    from cognito_idp._shapes.encryption_key_type import EncryptionKeyType, EncryptionKeyTypeValue
    from cognito_idp._shapes.eums_sms_configuration_type import EumsSmsConfigurationType
    from cognito_idp._shapes.event_filter_type import EventFilterType, EventFilterTypeValue
    from cognito_idp._shapes.event_source_name import EventSourceName, EventSourceNameValue
    from cognito_idp._shapes.explicit_auth_flows_type import (
        ExplicitAuthFlowsType,
        ExplicitAuthFlowsTypeValue,
    )
    from cognito_idp._shapes.failover_type import FailoverType
    from cognito_idp._shapes.feature_type import FeatureType, FeatureTypeValue
    from cognito_idp._shapes.feedback_value_type import FeedbackValueType, FeedbackValueTypeValue
    from cognito_idp._shapes.firehose_configuration_type import FirehoseConfigurationType
    from cognito_idp._shapes.group_type import GroupType
    from cognito_idp._shapes.http_header import HttpHeader
    from cognito_idp._shapes.identity_provider_type import IdentityProviderType
    from cognito_idp._shapes.identity_provider_type_type import (
        IdentityProviderTypeType,
        IdentityProviderTypeTypeValue,
    )
    from cognito_idp._shapes.inbound_federation_lambda_type import InboundFederationLambdaType
    from cognito_idp._shapes.inbound_federation_lambda_version_type import (
        InboundFederationLambdaVersionType,
        InboundFederationLambdaVersionTypeValue,
    )
    from cognito_idp._shapes.issuer_configuration_type import IssuerConfigurationType
    from cognito_idp._shapes.issuer_type import IssuerType, IssuerTypeValue
    from cognito_idp._shapes.key_configuration_type import KeyConfigurationType
    from cognito_idp._shapes.lambda_config_type import LambdaConfigType
    from cognito_idp._shapes.limit_class import LimitClass, LimitClassValue
    from cognito_idp._shapes.limit_definition_type import LimitDefinitionType
    from cognito_idp._shapes.limit_type import LimitType
    from cognito_idp._shapes.log_configuration_type import LogConfigurationType
    from cognito_idp._shapes.log_delivery_configuration_type import LogDeliveryConfigurationType
    from cognito_idp._shapes.log_level import LogLevel, LogLevelValue
    from cognito_idp._shapes.managed_login_branding_type import ManagedLoginBrandingType
    from cognito_idp._shapes.message_template_type import MessageTemplateType
    from cognito_idp._shapes.mfa_option_type import MFAOptionType
    from cognito_idp._shapes.new_device_metadata_type import NewDeviceMetadataType
    from cognito_idp._shapes.notify_configuration_type import NotifyConfigurationType
    from cognito_idp._shapes.notify_email_type import NotifyEmailType
    from cognito_idp._shapes.number_attribute_constraints_type import NumberAttributeConstraintsType
    from cognito_idp._shapes.o_auth_flow_type import OAuthFlowType, OAuthFlowTypeValue
    from cognito_idp._shapes.password_hashing_algorithm_type import (
        PasswordHashingAlgorithmType,
        PasswordHashingAlgorithmTypeValue,
    )
    from cognito_idp._shapes.password_policy_type import PasswordPolicyType
    from cognito_idp._shapes.pre_token_generation_lambda_version_type import (
        PreTokenGenerationLambdaVersionType,
        PreTokenGenerationLambdaVersionTypeValue,
    )
    from cognito_idp._shapes.pre_token_generation_version_config_type import (
        PreTokenGenerationVersionConfigType,
    )
    from cognito_idp._shapes.prevent_user_existence_error_types import (
        PreventUserExistenceErrorTypes,
        PreventUserExistenceErrorTypesValue,
    )
    from cognito_idp._shapes.provider_user_identifier_type import ProviderUserIdentifierType
    from cognito_idp._shapes.recovery_option_name_type import (
        RecoveryOptionNameType,
        RecoveryOptionNameTypeValue,
    )
    from cognito_idp._shapes.recovery_option_type import RecoveryOptionType
    from cognito_idp._shapes.refresh_token_rotation_type import RefreshTokenRotationType
    from cognito_idp._shapes.replica_role_type import ReplicaRoleType, ReplicaRoleTypeValue
    from cognito_idp._shapes.replica_status_type import ReplicaStatusType, ReplicaStatusTypeValue
    from cognito_idp._shapes.resource_server_managed_by_type import (
        ResourceServerManagedByType,
        ResourceServerManagedByTypeValue,
    )
    from cognito_idp._shapes.resource_server_scope_type import ResourceServerScopeType
    from cognito_idp._shapes.resource_server_type import ResourceServerType
    from cognito_idp._shapes.restoration_type import RestorationType
    from cognito_idp._shapes.restore_preview_type import RestorePreviewType
    from cognito_idp._shapes.restore_status_type import RestoreStatusType, RestoreStatusTypeValue
    from cognito_idp._shapes.revoke_associated_sessions_type import (
        RevokeAssociatedSessionsType,
        RevokeAssociatedSessionsTypeValue,
    )
    from cognito_idp._shapes.risk_configuration_type import RiskConfigurationType
    from cognito_idp._shapes.risk_exception_configuration_type import RiskExceptionConfigurationType
    from cognito_idp._shapes.routing_type import RoutingType
    from cognito_idp._shapes.s3_configuration_type import S3ConfigurationType
    from cognito_idp._shapes.schema_attribute_type import SchemaAttributeType
    from cognito_idp._shapes.security_policy_type import SecurityPolicyType, SecurityPolicyTypeValue
    from cognito_idp._shapes.session_description_type import SessionDescriptionType
    from cognito_idp._shapes.session_location_type import SessionLocationType
    from cognito_idp._shapes.session_type_type import SessionTypeType, SessionTypeTypeValue
    from cognito_idp._shapes.sign_in_policy_type import SignInPolicyType
    from cognito_idp._shapes.sms_configuration_type import SmsConfigurationType
    from cognito_idp._shapes.sms_mfa_config_type import SmsMfaConfigType
    from cognito_idp._shapes.sms_mfa_settings_type import SMSMfaSettingsType
    from cognito_idp._shapes.software_token_mfa_config_type import SoftwareTokenMfaConfigType
    from cognito_idp._shapes.software_token_mfa_settings_type import SoftwareTokenMfaSettingsType
    from cognito_idp._shapes.status_type import StatusType, StatusTypeValue
    from cognito_idp._shapes.string_attribute_constraints_type import StringAttributeConstraintsType
    from cognito_idp._shapes.terms_enforcement_type import (
        TermsEnforcementType,
        TermsEnforcementTypeValue,
    )
    from cognito_idp._shapes.terms_source_type import TermsSourceType, TermsSourceTypeValue
    from cognito_idp._shapes.terms_type import TermsType
    from cognito_idp._shapes.time_units_type import TimeUnitsType, TimeUnitsTypeValue
    from cognito_idp._shapes.token_validity_units_type import TokenValidityUnitsType
    from cognito_idp._shapes.ui_customization_type import UICustomizationType
    from cognito_idp._shapes.user_attribute_update_settings_type import (
        UserAttributeUpdateSettingsType,
    )
    from cognito_idp._shapes.user_context_data_type import UserContextDataType
    from cognito_idp._shapes.user_import_job_status_type import (
        UserImportJobStatusType,
        UserImportJobStatusTypeValue,
    )
    from cognito_idp._shapes.user_import_job_type import UserImportJobType
    from cognito_idp._shapes.user_pool_add_ons_type import UserPoolAddOnsType
    from cognito_idp._shapes.user_pool_client_type import UserPoolClientType
    from cognito_idp._shapes.user_pool_mfa_type import UserPoolMfaType, UserPoolMfaTypeValue
    from cognito_idp._shapes.user_pool_policy_type import UserPoolPolicyType
    from cognito_idp._shapes.user_pool_replica_type import UserPoolReplicaType
    from cognito_idp._shapes.user_pool_tier_type import UserPoolTierType, UserPoolTierTypeValue
    from cognito_idp._shapes.user_pool_token_session_config_type import (
        UserPoolTokenSessionConfigType,
    )
    from cognito_idp._shapes.user_pool_type import UserPoolType
    from cognito_idp._shapes.user_session_tracking_type import (
        UserSessionTrackingType,
        UserSessionTrackingTypeValue,
    )
    from cognito_idp._shapes.user_status_type import UserStatusType, UserStatusTypeValue
    from cognito_idp._shapes.user_type import UserType
    from cognito_idp._shapes.user_verification_type import (
        UserVerificationType,
        UserVerificationTypeValue,
    )
    from cognito_idp._shapes.username_attribute_type import (
        UsernameAttributeType,
        UsernameAttributeTypeValue,
    )
    from cognito_idp._shapes.username_configuration_type import UsernameConfigurationType
    from cognito_idp._shapes.verification_message_template_type import (
        VerificationMessageTemplateType,
    )
    from cognito_idp._shapes.verified_attribute_type import (
        VerifiedAttributeType,
        VerifiedAttributeTypeValue,
    )
    from cognito_idp._shapes.web_authn_configuration_type import WebAuthnConfigurationType
    from cognito_idp._shapes.web_authn_factor_configuration_type import (
        WebAuthnFactorConfigurationType,
        WebAuthnFactorConfigurationTypeValue,
    )
    from cognito_idp._shapes.web_authn_mfa_settings_type import WebAuthnMfaSettingsType


_WHERE: Final[Mapping[str, str]] = {
    "AccountRecoverySettingType": "cognito_idp._shapes.account_recovery_setting_type",
    "AccountTakeoverActionType": "cognito_idp._shapes.account_takeover_action_type",
    "AccountTakeoverActionsType": "cognito_idp._shapes.account_takeover_actions_type",
    "AccountTakeoverEventActionType": "cognito_idp._shapes.account_takeover_event_action_type",
    "AccountTakeoverEventActionTypeValue": "cognito_idp._shapes.account_takeover_event_action_type",
    "AccountTakeoverRiskConfigurationType": "cognito_idp._shapes.account_takeover_risk_configuration_type",
    "AcrLevelConfigType": "cognito_idp._shapes.acr_level_config_type",
    "AddCustomAttributesRequest": "cognito_idp._operations.add_custom_attributes",
    "AddCustomAttributesResponse": "cognito_idp._operations.add_custom_attributes",
    "AddUserPoolClientSecretRequest": "cognito_idp._operations.add_user_pool_client_secret",
    "AddUserPoolClientSecretResponse": "cognito_idp._operations.add_user_pool_client_secret",
    "AdminAddUserToGroupRequest": "cognito_idp._operations.admin_add_user_to_group",
    "AdminConfirmSignUpRequest": "cognito_idp._operations.admin_confirm_sign_up",
    "AdminConfirmSignUpResponse": "cognito_idp._operations.admin_confirm_sign_up",
    "AdminCreateUserConfigType": "cognito_idp._shapes.admin_create_user_config_type",
    "AdminCreateUserRequest": "cognito_idp._operations.admin_create_user",
    "AdminCreateUserResponse": "cognito_idp._operations.admin_create_user",
    "AdminDeleteSoftwareTokenRequest": "cognito_idp._operations.admin_delete_software_token",
    "AdminDeleteSoftwareTokenResponse": "cognito_idp._operations.admin_delete_software_token",
    "AdminDeleteUserAttributesRequest": "cognito_idp._operations.admin_delete_user_attributes",
    "AdminDeleteUserAttributesResponse": "cognito_idp._operations.admin_delete_user_attributes",
    "AdminDeleteUserRequest": "cognito_idp._operations.admin_delete_user",
    "AdminDisableProviderForUserRequest": "cognito_idp._operations.admin_disable_provider_for_user",
    "AdminDisableProviderForUserResponse": "cognito_idp._operations.admin_disable_provider_for_user",
    "AdminDisableUserRequest": "cognito_idp._operations.admin_disable_user",
    "AdminDisableUserResponse": "cognito_idp._operations.admin_disable_user",
    "AdminEnableUserRequest": "cognito_idp._operations.admin_enable_user",
    "AdminEnableUserResponse": "cognito_idp._operations.admin_enable_user",
    "AdminForgetDeviceRequest": "cognito_idp._operations.admin_forget_device",
    "AdminGetDeviceRequest": "cognito_idp._operations.admin_get_device",
    "AdminGetDeviceResponse": "cognito_idp._operations.admin_get_device",
    "AdminGetUserAuthFactorsRequest": "cognito_idp._operations.admin_get_user_auth_factors",
    "AdminGetUserAuthFactorsResponse": "cognito_idp._operations.admin_get_user_auth_factors",
    "AdminGetUserRequest": "cognito_idp._operations.admin_get_user",
    "AdminGetUserResponse": "cognito_idp._operations.admin_get_user",
    "AdminInitiateAuthRequest": "cognito_idp._operations.admin_initiate_auth",
    "AdminInitiateAuthResponse": "cognito_idp._operations.admin_initiate_auth",
    "AdminLinkProviderForUserRequest": "cognito_idp._operations.admin_link_provider_for_user",
    "AdminLinkProviderForUserResponse": "cognito_idp._operations.admin_link_provider_for_user",
    "AdminListDevicesRequest": "cognito_idp._operations.admin_list_devices",
    "AdminListDevicesResponse": "cognito_idp._operations.admin_list_devices",
    "AdminListGroupsForUserRequest": "cognito_idp._operations.admin_list_groups_for_user",
    "AdminListGroupsForUserResponse": "cognito_idp._operations.admin_list_groups_for_user",
    "AdminListUserAuthEventsRequest": "cognito_idp._operations.admin_list_user_auth_events",
    "AdminListUserAuthEventsResponse": "cognito_idp._operations.admin_list_user_auth_events",
    "AdminListUserSessionsRequest": "cognito_idp._operations.admin_list_user_sessions",
    "AdminListUserSessionsResponse": "cognito_idp._operations.admin_list_user_sessions",
    "AdminRemoveUserFromGroupRequest": "cognito_idp._operations.admin_remove_user_from_group",
    "AdminResetUserPasswordRequest": "cognito_idp._operations.admin_reset_user_password",
    "AdminResetUserPasswordResponse": "cognito_idp._operations.admin_reset_user_password",
    "AdminRespondToAuthChallengeRequest": "cognito_idp._operations.admin_respond_to_auth_challenge",
    "AdminRespondToAuthChallengeResponse": "cognito_idp._operations.admin_respond_to_auth_challenge",
    "AdminRevokeUserSessionRequest": "cognito_idp._operations.admin_revoke_user_session",
    "AdminRevokeUserSessionResponse": "cognito_idp._operations.admin_revoke_user_session",
    "AdminSetUserMFAPreferenceRequest": "cognito_idp._operations.admin_set_user_mfa_preference",
    "AdminSetUserMFAPreferenceResponse": "cognito_idp._operations.admin_set_user_mfa_preference",
    "AdminSetUserPasswordRequest": "cognito_idp._operations.admin_set_user_password",
    "AdminSetUserPasswordResponse": "cognito_idp._operations.admin_set_user_password",
    "AdminSetUserSettingsRequest": "cognito_idp._operations.admin_set_user_settings",
    "AdminSetUserSettingsResponse": "cognito_idp._operations.admin_set_user_settings",
    "AdminUpdateAuthEventFeedbackRequest": "cognito_idp._operations.admin_update_auth_event_feedback",
    "AdminUpdateAuthEventFeedbackResponse": "cognito_idp._operations.admin_update_auth_event_feedback",
    "AdminUpdateDeviceStatusRequest": "cognito_idp._operations.admin_update_device_status",
    "AdminUpdateDeviceStatusResponse": "cognito_idp._operations.admin_update_device_status",
    "AdminUpdateUserAttributesRequest": "cognito_idp._operations.admin_update_user_attributes",
    "AdminUpdateUserAttributesResponse": "cognito_idp._operations.admin_update_user_attributes",
    "AdminUserGlobalSignOutRequest": "cognito_idp._operations.admin_user_global_sign_out",
    "AdminUserGlobalSignOutResponse": "cognito_idp._operations.admin_user_global_sign_out",
    "AdvancedSecurityAdditionalFlowsType": "cognito_idp._shapes.advanced_security_additional_flows_type",
    "AdvancedSecurityEnabledModeType": "cognito_idp._shapes.advanced_security_enabled_mode_type",
    "AdvancedSecurityEnabledModeTypeValue": "cognito_idp._shapes.advanced_security_enabled_mode_type",
    "AdvancedSecurityModeType": "cognito_idp._shapes.advanced_security_mode_type",
    "AdvancedSecurityModeTypeValue": "cognito_idp._shapes.advanced_security_mode_type",
    "AliasAttributeType": "cognito_idp._shapes.alias_attribute_type",
    "AliasAttributeTypeValue": "cognito_idp._shapes.alias_attribute_type",
    "AnalyticsConfigurationType": "cognito_idp._shapes.analytics_configuration_type",
    "AnalyticsMetadataType": "cognito_idp._shapes.analytics_metadata_type",
    "AssetCategoryType": "cognito_idp._shapes.asset_category_type",
    "AssetCategoryTypeValue": "cognito_idp._shapes.asset_category_type",
    "AssetExtensionType": "cognito_idp._shapes.asset_extension_type",
    "AssetExtensionTypeValue": "cognito_idp._shapes.asset_extension_type",
    "AssetType": "cognito_idp._shapes.asset_type",
    "AssociateSoftwareTokenRequest": "cognito_idp._operations.associate_software_token",
    "AssociateSoftwareTokenResponse": "cognito_idp._operations.associate_software_token",
    "AttributeDataType": "cognito_idp._shapes.attribute_data_type",
    "AttributeDataTypeValue": "cognito_idp._shapes.attribute_data_type",
    "AttributeType": "cognito_idp._shapes.attribute_type",
    "AuthEventType": "cognito_idp._operations.admin_list_user_auth_events",
    "AuthFactorType": "cognito_idp._shapes.auth_factor_type",
    "AuthFactorTypeValue": "cognito_idp._shapes.auth_factor_type",
    "AuthFlowType": "cognito_idp._shapes.auth_flow_type",
    "AuthFlowTypeValue": "cognito_idp._shapes.auth_flow_type",
    "AuthenticationResultType": "cognito_idp._shapes.authentication_result_type",
    "CIMDCacheActionType": "cognito_idp._operations.update_client_metadata_url_state",
    "CIMDCacheActionTypeValue": "cognito_idp._operations.update_client_metadata_url_state",
    "CIMDPolicySummaryType": "cognito_idp._operations.list_cimd_policies",
    "CIMDPolicyType": "cognito_idp._shapes.cimd_policy_type",
    "CancelPointInTimeRecoveryRequest": "cognito_idp._operations.cancel_point_in_time_recovery",
    "CancelPointInTimeRecoveryResponse": "cognito_idp._operations.cancel_point_in_time_recovery",
    "ChallengeName": "cognito_idp._operations.admin_list_user_auth_events",
    "ChallengeNameType": "cognito_idp._shapes.challenge_name_type",
    "ChallengeNameTypeValue": "cognito_idp._shapes.challenge_name_type",
    "ChallengeNameValue": "cognito_idp._operations.admin_list_user_auth_events",
    "ChallengeResponse": "cognito_idp._operations.admin_list_user_auth_events",
    "ChallengeResponseType": "cognito_idp._operations.admin_list_user_auth_events",
    "ChallengeResponseValue": "cognito_idp._operations.admin_list_user_auth_events",
    "ChangePasswordRequest": "cognito_idp._operations.change_password",
    "ChangePasswordResponse": "cognito_idp._operations.change_password",
    "ClientAuthenticationResultType": "cognito_idp._operations.get_client_token",
    "ClientMetadataURLType": "cognito_idp._operations.list_client_metadata_urls",
    "ClientSSOSessionConfigType": "cognito_idp._shapes.client_sso_session_config_type",
    "ClientSecretDescriptorType": "cognito_idp._shapes.client_secret_descriptor_type",
    "ClientTypeType": "cognito_idp._shapes.client_type_type",
    "ClientTypeTypeValue": "cognito_idp._shapes.client_type_type",
    "CloudWatchLogsConfigurationType": "cognito_idp._shapes.cloud_watch_logs_configuration_type",
    "CodeDeliveryDetailsType": "cognito_idp._shapes.code_delivery_details_type",
    "ColorSchemeModeType": "cognito_idp._shapes.color_scheme_mode_type",
    "ColorSchemeModeTypeValue": "cognito_idp._shapes.color_scheme_mode_type",
    "CompleteWebAuthnRegistrationRequest": "cognito_idp._operations.complete_web_authn_registration",
    "CompleteWebAuthnRegistrationResponse": "cognito_idp._operations.complete_web_authn_registration",
    "CompromisedCredentialsActionsType": "cognito_idp._shapes.compromised_credentials_actions_type",
    "CompromisedCredentialsEventActionType": "cognito_idp._shapes.compromised_credentials_event_action_type",
    "CompromisedCredentialsEventActionTypeValue": "cognito_idp._shapes.compromised_credentials_event_action_type",
    "CompromisedCredentialsRiskConfigurationType": "cognito_idp._shapes.compromised_credentials_risk_configuration_type",
    "ConfirmDeviceRequest": "cognito_idp._operations.confirm_device",
    "ConfirmDeviceResponse": "cognito_idp._operations.confirm_device",
    "ConfirmForgotPasswordRequest": "cognito_idp._operations.confirm_forgot_password",
    "ConfirmForgotPasswordResponse": "cognito_idp._operations.confirm_forgot_password",
    "ConfirmSignUpRequest": "cognito_idp._operations.confirm_sign_up",
    "ConfirmSignUpResponse": "cognito_idp._operations.confirm_sign_up",
    "ContextDataType": "cognito_idp._shapes.context_data_type",
    "CreateCIMDPolicyRequest": "cognito_idp._operations.create_cimd_policy",
    "CreateCIMDPolicyResponse": "cognito_idp._operations.create_cimd_policy",
    "CreateGroupRequest": "cognito_idp._operations.create_group",
    "CreateGroupResponse": "cognito_idp._operations.create_group",
    "CreateIdentityProviderRequest": "cognito_idp._operations.create_identity_provider",
    "CreateIdentityProviderResponse": "cognito_idp._operations.create_identity_provider",
    "CreateManagedLoginBrandingRequest": "cognito_idp._operations.create_managed_login_branding",
    "CreateManagedLoginBrandingResponse": "cognito_idp._operations.create_managed_login_branding",
    "CreateResourceServerRequest": "cognito_idp._operations.create_resource_server",
    "CreateResourceServerResponse": "cognito_idp._operations.create_resource_server",
    "CreateTermsRequest": "cognito_idp._operations.create_terms",
    "CreateTermsResponse": "cognito_idp._operations.create_terms",
    "CreateUserImportJobRequest": "cognito_idp._operations.create_user_import_job",
    "CreateUserImportJobResponse": "cognito_idp._operations.create_user_import_job",
    "CreateUserPoolClientRequest": "cognito_idp._operations.create_user_pool_client",
    "CreateUserPoolClientResponse": "cognito_idp._operations.create_user_pool_client",
    "CreateUserPoolDomainRequest": "cognito_idp._operations.create_user_pool_domain",
    "CreateUserPoolDomainResponse": "cognito_idp._operations.create_user_pool_domain",
    "CreateUserPoolReplicaRequest": "cognito_idp._operations.create_user_pool_replica",
    "CreateUserPoolReplicaResponse": "cognito_idp._operations.create_user_pool_replica",
    "CreateUserPoolRequest": "cognito_idp._operations.create_user_pool",
    "CreateUserPoolResponse": "cognito_idp._operations.create_user_pool",
    "CustomDomainConfigType": "cognito_idp._shapes.custom_domain_config_type",
    "CustomEmailLambdaVersionConfigType": "cognito_idp._shapes.custom_email_lambda_version_config_type",
    "CustomEmailSenderLambdaVersionType": "cognito_idp._shapes.custom_email_sender_lambda_version_type",
    "CustomEmailSenderLambdaVersionTypeValue": "cognito_idp._shapes.custom_email_sender_lambda_version_type",
    "CustomSMSLambdaVersionConfigType": "cognito_idp._shapes.custom_sms_lambda_version_config_type",
    "CustomSMSSenderLambdaVersionType": "cognito_idp._shapes.custom_sms_sender_lambda_version_type",
    "CustomSMSSenderLambdaVersionTypeValue": "cognito_idp._shapes.custom_sms_sender_lambda_version_type",
    "DcrConfigurationType": "cognito_idp._shapes.dcr_configuration_type",
    "DefaultEmailOptionType": "cognito_idp._shapes.default_email_option_type",
    "DefaultEmailOptionTypeValue": "cognito_idp._shapes.default_email_option_type",
    "DeleteCIMDPolicyRequest": "cognito_idp._operations.delete_cimd_policy",
    "DeleteCIMDPolicyResponse": "cognito_idp._operations.delete_cimd_policy",
    "DeleteGroupRequest": "cognito_idp._operations.delete_group",
    "DeleteIdentityProviderRequest": "cognito_idp._operations.delete_identity_provider",
    "DeleteManagedLoginBrandingRequest": "cognito_idp._operations.delete_managed_login_branding",
    "DeleteResourceServerRequest": "cognito_idp._operations.delete_resource_server",
    "DeleteTermsRequest": "cognito_idp._operations.delete_terms",
    "DeleteUserAttributesRequest": "cognito_idp._operations.delete_user_attributes",
    "DeleteUserAttributesResponse": "cognito_idp._operations.delete_user_attributes",
    "DeleteUserPoolClientRequest": "cognito_idp._operations.delete_user_pool_client",
    "DeleteUserPoolClientSecretRequest": "cognito_idp._operations.delete_user_pool_client_secret",
    "DeleteUserPoolClientSecretResponse": "cognito_idp._operations.delete_user_pool_client_secret",
    "DeleteUserPoolDomainRequest": "cognito_idp._operations.delete_user_pool_domain",
    "DeleteUserPoolDomainResponse": "cognito_idp._operations.delete_user_pool_domain",
    "DeleteUserPoolReplicaRequest": "cognito_idp._operations.delete_user_pool_replica",
    "DeleteUserPoolReplicaResponse": "cognito_idp._operations.delete_user_pool_replica",
    "DeleteUserPoolRequest": "cognito_idp._operations.delete_user_pool",
    "DeleteUserRequest": "cognito_idp._operations.delete_user",
    "DeleteWebAuthnCredentialRequest": "cognito_idp._operations.delete_web_authn_credential",
    "DeleteWebAuthnCredentialResponse": "cognito_idp._operations.delete_web_authn_credential",
    "DeletionProtectionType": "cognito_idp._shapes.deletion_protection_type",
    "DeletionProtectionTypeValue": "cognito_idp._shapes.deletion_protection_type",
    "DeliveryMediumType": "cognito_idp._shapes.delivery_medium_type",
    "DeliveryMediumTypeValue": "cognito_idp._shapes.delivery_medium_type",
    "DescribeCIMDPolicyRequest": "cognito_idp._operations.describe_cimd_policy",
    "DescribeCIMDPolicyResponse": "cognito_idp._operations.describe_cimd_policy",
    "DescribeIdentityProviderRequest": "cognito_idp._operations.describe_identity_provider",
    "DescribeIdentityProviderResponse": "cognito_idp._operations.describe_identity_provider",
    "DescribeManagedLoginBrandingByClientRequest": "cognito_idp._operations.describe_managed_login_branding_by_client",
    "DescribeManagedLoginBrandingByClientResponse": "cognito_idp._operations.describe_managed_login_branding_by_client",
    "DescribeManagedLoginBrandingRequest": "cognito_idp._operations.describe_managed_login_branding",
    "DescribeManagedLoginBrandingResponse": "cognito_idp._operations.describe_managed_login_branding",
    "DescribePointInTimeRecoveryRequest": "cognito_idp._operations.describe_point_in_time_recovery",
    "DescribePointInTimeRecoveryResponse": "cognito_idp._operations.describe_point_in_time_recovery",
    "DescribeResourceServerRequest": "cognito_idp._operations.describe_resource_server",
    "DescribeResourceServerResponse": "cognito_idp._operations.describe_resource_server",
    "DescribeRiskConfigurationRequest": "cognito_idp._operations.describe_risk_configuration",
    "DescribeRiskConfigurationResponse": "cognito_idp._operations.describe_risk_configuration",
    "DescribeTermsByClientRequest": "cognito_idp._operations.describe_terms_by_client",
    "DescribeTermsByClientResponse": "cognito_idp._operations.describe_terms_by_client",
    "DescribeTermsRequest": "cognito_idp._operations.describe_terms",
    "DescribeTermsResponse": "cognito_idp._operations.describe_terms",
    "DescribeUserImportJobRequest": "cognito_idp._operations.describe_user_import_job",
    "DescribeUserImportJobResponse": "cognito_idp._operations.describe_user_import_job",
    "DescribeUserPoolClientRequest": "cognito_idp._operations.describe_user_pool_client",
    "DescribeUserPoolClientResponse": "cognito_idp._operations.describe_user_pool_client",
    "DescribeUserPoolDomainRequest": "cognito_idp._operations.describe_user_pool_domain",
    "DescribeUserPoolDomainResponse": "cognito_idp._operations.describe_user_pool_domain",
    "DescribeUserPoolRequest": "cognito_idp._operations.describe_user_pool",
    "DescribeUserPoolResponse": "cognito_idp._operations.describe_user_pool",
    "DeviceConfigurationType": "cognito_idp._shapes.device_configuration_type",
    "DeviceRememberedStatusType": "cognito_idp._shapes.device_remembered_status_type",
    "DeviceRememberedStatusTypeValue": "cognito_idp._shapes.device_remembered_status_type",
    "DeviceSecretVerifierConfigType": "cognito_idp._operations.confirm_device",
    "DeviceType": "cognito_idp._shapes.device_type",
    "DomainDescriptionType": "cognito_idp._operations.describe_user_pool_domain",
    "DomainStatusType": "cognito_idp._operations.describe_user_pool_domain",
    "DomainStatusTypeValue": "cognito_idp._operations.describe_user_pool_domain",
    "EmailConfigurationType": "cognito_idp._shapes.email_configuration_type",
    "EmailMfaConfigType": "cognito_idp._shapes.email_mfa_config_type",
    "EmailMfaSettingsType": "cognito_idp._shapes.email_mfa_settings_type",
    "EmailSendingAccountType": "cognito_idp._shapes.email_sending_account_type",
    "EmailSendingAccountTypeValue": "cognito_idp._shapes.email_sending_account_type",
    "EncryptionKeyType": "cognito_idp._shapes.encryption_key_type",
    "EncryptionKeyTypeValue": "cognito_idp._shapes.encryption_key_type",
    "EumsSmsConfigurationType": "cognito_idp._shapes.eums_sms_configuration_type",
    "EventContextDataType": "cognito_idp._operations.admin_list_user_auth_events",
    "EventFeedbackType": "cognito_idp._operations.admin_list_user_auth_events",
    "EventFilterType": "cognito_idp._shapes.event_filter_type",
    "EventFilterTypeValue": "cognito_idp._shapes.event_filter_type",
    "EventResponseType": "cognito_idp._operations.admin_list_user_auth_events",
    "EventResponseTypeValue": "cognito_idp._operations.admin_list_user_auth_events",
    "EventRiskType": "cognito_idp._operations.admin_list_user_auth_events",
    "EventSourceName": "cognito_idp._shapes.event_source_name",
    "EventSourceNameValue": "cognito_idp._shapes.event_source_name",
    "EventType": "cognito_idp._operations.admin_list_user_auth_events",
    "EventTypeValue": "cognito_idp._operations.admin_list_user_auth_events",
    "ExplicitAuthFlowsType": "cognito_idp._shapes.explicit_auth_flows_type",
    "ExplicitAuthFlowsTypeValue": "cognito_idp._shapes.explicit_auth_flows_type",
    "FailoverType": "cognito_idp._shapes.failover_type",
    "FeatureType": "cognito_idp._shapes.feature_type",
    "FeatureTypeValue": "cognito_idp._shapes.feature_type",
    "FeedbackValueType": "cognito_idp._shapes.feedback_value_type",
    "FeedbackValueTypeValue": "cognito_idp._shapes.feedback_value_type",
    "FirehoseConfigurationType": "cognito_idp._shapes.firehose_configuration_type",
    "ForgetDeviceRequest": "cognito_idp._operations.forget_device",
    "ForgotPasswordRequest": "cognito_idp._operations.forgot_password",
    "ForgotPasswordResponse": "cognito_idp._operations.forgot_password",
    "GetCSVHeaderRequest": "cognito_idp._operations.get_csv_header",
    "GetCSVHeaderResponse": "cognito_idp._operations.get_csv_header",
    "GetClientTokenRequest": "cognito_idp._operations.get_client_token",
    "GetClientTokenResponse": "cognito_idp._operations.get_client_token",
    "GetDerivedTokenRequest": "cognito_idp._operations.get_derived_token",
    "GetDerivedTokenResponse": "cognito_idp._operations.get_derived_token",
    "GetDeviceRequest": "cognito_idp._operations.get_device",
    "GetDeviceResponse": "cognito_idp._operations.get_device",
    "GetGroupRequest": "cognito_idp._operations.get_group",
    "GetGroupResponse": "cognito_idp._operations.get_group",
    "GetIdentityProviderByIdentifierRequest": "cognito_idp._operations.get_identity_provider_by_identifier",
    "GetIdentityProviderByIdentifierResponse": "cognito_idp._operations.get_identity_provider_by_identifier",
    "GetLogDeliveryConfigurationRequest": "cognito_idp._operations.get_log_delivery_configuration",
    "GetLogDeliveryConfigurationResponse": "cognito_idp._operations.get_log_delivery_configuration",
    "GetProvisionedLimitRequest": "cognito_idp._operations.get_provisioned_limit",
    "GetProvisionedLimitResponse": "cognito_idp._operations.get_provisioned_limit",
    "GetSigningCertificateRequest": "cognito_idp._operations.get_signing_certificate",
    "GetSigningCertificateResponse": "cognito_idp._operations.get_signing_certificate",
    "GetTokensFromRefreshTokenRequest": "cognito_idp._operations.get_tokens_from_refresh_token",
    "GetTokensFromRefreshTokenResponse": "cognito_idp._operations.get_tokens_from_refresh_token",
    "GetUICustomizationRequest": "cognito_idp._operations.get_ui_customization",
    "GetUICustomizationResponse": "cognito_idp._operations.get_ui_customization",
    "GetUserAttributeVerificationCodeRequest": "cognito_idp._operations.get_user_attribute_verification_code",
    "GetUserAttributeVerificationCodeResponse": "cognito_idp._operations.get_user_attribute_verification_code",
    "GetUserAuthFactorsRequest": "cognito_idp._operations.get_user_auth_factors",
    "GetUserAuthFactorsResponse": "cognito_idp._operations.get_user_auth_factors",
    "GetUserPoolClientSessionConfigurationRequest": "cognito_idp._operations.get_user_pool_client_session_configuration",
    "GetUserPoolClientSessionConfigurationResponse": "cognito_idp._operations.get_user_pool_client_session_configuration",
    "GetUserPoolMfaConfigRequest": "cognito_idp._operations.get_user_pool_mfa_config",
    "GetUserPoolMfaConfigResponse": "cognito_idp._operations.get_user_pool_mfa_config",
    "GetUserPoolSessionConfigurationRequest": "cognito_idp._operations.get_user_pool_session_configuration",
    "GetUserPoolSessionConfigurationResponse": "cognito_idp._operations.get_user_pool_session_configuration",
    "GetUserRequest": "cognito_idp._operations.get_user",
    "GetUserResponse": "cognito_idp._operations.get_user",
    "GlobalSignOutRequest": "cognito_idp._operations.global_sign_out",
    "GlobalSignOutResponse": "cognito_idp._operations.global_sign_out",
    "GroupType": "cognito_idp._shapes.group_type",
    "HttpHeader": "cognito_idp._shapes.http_header",
    "IdentityProviderType": "cognito_idp._shapes.identity_provider_type",
    "IdentityProviderTypeType": "cognito_idp._shapes.identity_provider_type_type",
    "IdentityProviderTypeTypeValue": "cognito_idp._shapes.identity_provider_type_type",
    "InboundFederationLambdaType": "cognito_idp._shapes.inbound_federation_lambda_type",
    "InboundFederationLambdaVersionType": "cognito_idp._shapes.inbound_federation_lambda_version_type",
    "InboundFederationLambdaVersionTypeValue": "cognito_idp._shapes.inbound_federation_lambda_version_type",
    "InitiateAuthRequest": "cognito_idp._operations.initiate_auth",
    "InitiateAuthResponse": "cognito_idp._operations.initiate_auth",
    "InitiatePointInTimeRecoveryRequest": "cognito_idp._operations.initiate_point_in_time_recovery",
    "InitiatePointInTimeRecoveryResponse": "cognito_idp._operations.initiate_point_in_time_recovery",
    "IssuedTokenTypeIdentifierType": "cognito_idp._operations.get_derived_token",
    "IssuedTokenTypeIdentifierTypeValue": "cognito_idp._operations.get_derived_token",
    "IssuerConfigurationType": "cognito_idp._shapes.issuer_configuration_type",
    "IssuerType": "cognito_idp._shapes.issuer_type",
    "IssuerTypeValue": "cognito_idp._shapes.issuer_type",
    "KeyConfigurationType": "cognito_idp._shapes.key_configuration_type",
    "LambdaConfigType": "cognito_idp._shapes.lambda_config_type",
    "LimitClass": "cognito_idp._shapes.limit_class",
    "LimitClassValue": "cognito_idp._shapes.limit_class",
    "LimitDefinitionType": "cognito_idp._shapes.limit_definition_type",
    "LimitType": "cognito_idp._shapes.limit_type",
    "ListCIMDPoliciesRequest": "cognito_idp._operations.list_cimd_policies",
    "ListCIMDPoliciesResponse": "cognito_idp._operations.list_cimd_policies",
    "ListClientMetadataURLsRequest": "cognito_idp._operations.list_client_metadata_urls",
    "ListClientMetadataURLsResponse": "cognito_idp._operations.list_client_metadata_urls",
    "ListDevicesRequest": "cognito_idp._operations.list_devices",
    "ListDevicesResponse": "cognito_idp._operations.list_devices",
    "ListGroupsRequest": "cognito_idp._operations.list_groups",
    "ListGroupsResponse": "cognito_idp._operations.list_groups",
    "ListIdentityProvidersRequest": "cognito_idp._operations.list_identity_providers",
    "ListIdentityProvidersResponse": "cognito_idp._operations.list_identity_providers",
    "ListPointInTimeRecoveriesRequest": "cognito_idp._operations.list_point_in_time_recoveries",
    "ListPointInTimeRecoveriesResponse": "cognito_idp._operations.list_point_in_time_recoveries",
    "ListResourceServersRequest": "cognito_idp._operations.list_resource_servers",
    "ListResourceServersResponse": "cognito_idp._operations.list_resource_servers",
    "ListTagsForResourceRequest": "cognito_idp._operations.list_tags_for_resource",
    "ListTagsForResourceResponse": "cognito_idp._operations.list_tags_for_resource",
    "ListTermsRequest": "cognito_idp._operations.list_terms",
    "ListTermsResponse": "cognito_idp._operations.list_terms",
    "ListUserImportJobsRequest": "cognito_idp._operations.list_user_import_jobs",
    "ListUserImportJobsResponse": "cognito_idp._operations.list_user_import_jobs",
    "ListUserPoolClientSecretsRequest": "cognito_idp._operations.list_user_pool_client_secrets",
    "ListUserPoolClientSecretsResponse": "cognito_idp._operations.list_user_pool_client_secrets",
    "ListUserPoolClientsRequest": "cognito_idp._operations.list_user_pool_clients",
    "ListUserPoolClientsResponse": "cognito_idp._operations.list_user_pool_clients",
    "ListUserPoolReplicasRequest": "cognito_idp._operations.list_user_pool_replicas",
    "ListUserPoolReplicasResponse": "cognito_idp._operations.list_user_pool_replicas",
    "ListUserPoolsRequest": "cognito_idp._operations.list_user_pools",
    "ListUserPoolsResponse": "cognito_idp._operations.list_user_pools",
    "ListUserSessionsRequest": "cognito_idp._operations.list_user_sessions",
    "ListUserSessionsResponse": "cognito_idp._operations.list_user_sessions",
    "ListUsersInGroupRequest": "cognito_idp._operations.list_users_in_group",
    "ListUsersInGroupResponse": "cognito_idp._operations.list_users_in_group",
    "ListUsersRequest": "cognito_idp._operations.list_users",
    "ListUsersResponse": "cognito_idp._operations.list_users",
    "ListWebAuthnCredentialsRequest": "cognito_idp._operations.list_web_authn_credentials",
    "ListWebAuthnCredentialsResponse": "cognito_idp._operations.list_web_authn_credentials",
    "LogConfigurationType": "cognito_idp._shapes.log_configuration_type",
    "LogDeliveryConfigurationType": "cognito_idp._shapes.log_delivery_configuration_type",
    "LogLevel": "cognito_idp._shapes.log_level",
    "LogLevelValue": "cognito_idp._shapes.log_level",
    "MFAOptionType": "cognito_idp._shapes.mfa_option_type",
    "ManagedLoginBrandingType": "cognito_idp._shapes.managed_login_branding_type",
    "MessageActionType": "cognito_idp._operations.admin_create_user",
    "MessageActionTypeValue": "cognito_idp._operations.admin_create_user",
    "MessageTemplateType": "cognito_idp._shapes.message_template_type",
    "NewDeviceMetadataType": "cognito_idp._shapes.new_device_metadata_type",
    "NotifyConfigurationType": "cognito_idp._shapes.notify_configuration_type",
    "NotifyEmailType": "cognito_idp._shapes.notify_email_type",
    "NumberAttributeConstraintsType": "cognito_idp._shapes.number_attribute_constraints_type",
    "OAuthFlowType": "cognito_idp._shapes.o_auth_flow_type",
    "OAuthFlowTypeValue": "cognito_idp._shapes.o_auth_flow_type",
    "OAuthTokenTypeType": "cognito_idp._operations.get_derived_token",
    "OAuthTokenTypeTypeValue": "cognito_idp._operations.get_derived_token",
    "PasswordHashingAlgorithmType": "cognito_idp._shapes.password_hashing_algorithm_type",
    "PasswordHashingAlgorithmTypeValue": "cognito_idp._shapes.password_hashing_algorithm_type",
    "PasswordPolicyType": "cognito_idp._shapes.password_policy_type",
    "PreTokenGenerationLambdaVersionType": "cognito_idp._shapes.pre_token_generation_lambda_version_type",
    "PreTokenGenerationLambdaVersionTypeValue": "cognito_idp._shapes.pre_token_generation_lambda_version_type",
    "PreTokenGenerationVersionConfigType": "cognito_idp._shapes.pre_token_generation_version_config_type",
    "PreventUserExistenceErrorTypes": "cognito_idp._shapes.prevent_user_existence_error_types",
    "PreventUserExistenceErrorTypesValue": "cognito_idp._shapes.prevent_user_existence_error_types",
    "ProviderDescription": "cognito_idp._operations.list_identity_providers",
    "ProviderUserIdentifierType": "cognito_idp._shapes.provider_user_identifier_type",
    "RecoveryOptionNameType": "cognito_idp._shapes.recovery_option_name_type",
    "RecoveryOptionNameTypeValue": "cognito_idp._shapes.recovery_option_name_type",
    "RecoveryOptionType": "cognito_idp._shapes.recovery_option_type",
    "RefreshTokenRotationType": "cognito_idp._shapes.refresh_token_rotation_type",
    "ReplicaRoleType": "cognito_idp._shapes.replica_role_type",
    "ReplicaRoleTypeValue": "cognito_idp._shapes.replica_role_type",
    "ReplicaStatusType": "cognito_idp._shapes.replica_status_type",
    "ReplicaStatusTypeValue": "cognito_idp._shapes.replica_status_type",
    "ResendConfirmationCodeRequest": "cognito_idp._operations.resend_confirmation_code",
    "ResendConfirmationCodeResponse": "cognito_idp._operations.resend_confirmation_code",
    "ResourceServerManagedByType": "cognito_idp._shapes.resource_server_managed_by_type",
    "ResourceServerManagedByTypeValue": "cognito_idp._shapes.resource_server_managed_by_type",
    "ResourceServerScopeType": "cognito_idp._shapes.resource_server_scope_type",
    "ResourceServerType": "cognito_idp._shapes.resource_server_type",
    "RespondToAuthChallengeRequest": "cognito_idp._operations.respond_to_auth_challenge",
    "RespondToAuthChallengeResponse": "cognito_idp._operations.respond_to_auth_challenge",
    "RestorationDescriptionType": "cognito_idp._operations.list_point_in_time_recoveries",
    "RestorationType": "cognito_idp._shapes.restoration_type",
    "RestorePreviewType": "cognito_idp._shapes.restore_preview_type",
    "RestoreStatusType": "cognito_idp._shapes.restore_status_type",
    "RestoreStatusTypeValue": "cognito_idp._shapes.restore_status_type",
    "RevokeAssociatedSessionsType": "cognito_idp._shapes.revoke_associated_sessions_type",
    "RevokeAssociatedSessionsTypeValue": "cognito_idp._shapes.revoke_associated_sessions_type",
    "RevokeTokenRequest": "cognito_idp._operations.revoke_token",
    "RevokeTokenResponse": "cognito_idp._operations.revoke_token",
    "RevokeUserSessionRequest": "cognito_idp._operations.revoke_user_session",
    "RevokeUserSessionResponse": "cognito_idp._operations.revoke_user_session",
    "RiskConfigurationType": "cognito_idp._shapes.risk_configuration_type",
    "RiskDecisionType": "cognito_idp._operations.admin_list_user_auth_events",
    "RiskDecisionTypeValue": "cognito_idp._operations.admin_list_user_auth_events",
    "RiskExceptionConfigurationType": "cognito_idp._shapes.risk_exception_configuration_type",
    "RiskLevelType": "cognito_idp._operations.admin_list_user_auth_events",
    "RiskLevelTypeValue": "cognito_idp._operations.admin_list_user_auth_events",
    "RoutingType": "cognito_idp._shapes.routing_type",
    "S3ConfigurationType": "cognito_idp._shapes.s3_configuration_type",
    "SMSMfaSettingsType": "cognito_idp._shapes.sms_mfa_settings_type",
    "SchemaAttributeType": "cognito_idp._shapes.schema_attribute_type",
    "SecurityPolicyType": "cognito_idp._shapes.security_policy_type",
    "SecurityPolicyTypeValue": "cognito_idp._shapes.security_policy_type",
    "SessionDescriptionType": "cognito_idp._shapes.session_description_type",
    "SessionLocationType": "cognito_idp._shapes.session_location_type",
    "SessionTypeType": "cognito_idp._shapes.session_type_type",
    "SessionTypeTypeValue": "cognito_idp._shapes.session_type_type",
    "SetLogDeliveryConfigurationRequest": "cognito_idp._operations.set_log_delivery_configuration",
    "SetLogDeliveryConfigurationResponse": "cognito_idp._operations.set_log_delivery_configuration",
    "SetRiskConfigurationRequest": "cognito_idp._operations.set_risk_configuration",
    "SetRiskConfigurationResponse": "cognito_idp._operations.set_risk_configuration",
    "SetUICustomizationRequest": "cognito_idp._operations.set_ui_customization",
    "SetUICustomizationResponse": "cognito_idp._operations.set_ui_customization",
    "SetUserMFAPreferenceRequest": "cognito_idp._operations.set_user_mfa_preference",
    "SetUserMFAPreferenceResponse": "cognito_idp._operations.set_user_mfa_preference",
    "SetUserPoolClientSessionConfigurationRequest": "cognito_idp._operations.set_user_pool_client_session_configuration",
    "SetUserPoolClientSessionConfigurationResponse": "cognito_idp._operations.set_user_pool_client_session_configuration",
    "SetUserPoolMfaConfigRequest": "cognito_idp._operations.set_user_pool_mfa_config",
    "SetUserPoolMfaConfigResponse": "cognito_idp._operations.set_user_pool_mfa_config",
    "SetUserPoolSessionConfigurationRequest": "cognito_idp._operations.set_user_pool_session_configuration",
    "SetUserPoolSessionConfigurationResponse": "cognito_idp._operations.set_user_pool_session_configuration",
    "SetUserSettingsRequest": "cognito_idp._operations.set_user_settings",
    "SetUserSettingsResponse": "cognito_idp._operations.set_user_settings",
    "SignInPolicyType": "cognito_idp._shapes.sign_in_policy_type",
    "SignUpRequest": "cognito_idp._operations.sign_up",
    "SignUpResponse": "cognito_idp._operations.sign_up",
    "SmsConfigurationType": "cognito_idp._shapes.sms_configuration_type",
    "SmsMfaConfigType": "cognito_idp._shapes.sms_mfa_config_type",
    "SoftwareTokenMfaConfigType": "cognito_idp._shapes.software_token_mfa_config_type",
    "SoftwareTokenMfaSettingsType": "cognito_idp._shapes.software_token_mfa_settings_type",
    "StartPointInTimeRecoveryRequest": "cognito_idp._operations.start_point_in_time_recovery",
    "StartPointInTimeRecoveryResponse": "cognito_idp._operations.start_point_in_time_recovery",
    "StartUserImportJobRequest": "cognito_idp._operations.start_user_import_job",
    "StartUserImportJobResponse": "cognito_idp._operations.start_user_import_job",
    "StartWebAuthnRegistrationRequest": "cognito_idp._operations.start_web_authn_registration",
    "StartWebAuthnRegistrationResponse": "cognito_idp._operations.start_web_authn_registration",
    "StatusType": "cognito_idp._shapes.status_type",
    "StatusTypeValue": "cognito_idp._shapes.status_type",
    "StopUserImportJobRequest": "cognito_idp._operations.stop_user_import_job",
    "StopUserImportJobResponse": "cognito_idp._operations.stop_user_import_job",
    "StringAttributeConstraintsType": "cognito_idp._shapes.string_attribute_constraints_type",
    "TagResourceRequest": "cognito_idp._operations.tag_resource",
    "TagResourceResponse": "cognito_idp._operations.tag_resource",
    "TermsDescriptionType": "cognito_idp._operations.list_terms",
    "TermsEnforcementType": "cognito_idp._shapes.terms_enforcement_type",
    "TermsEnforcementTypeValue": "cognito_idp._shapes.terms_enforcement_type",
    "TermsSourceType": "cognito_idp._shapes.terms_source_type",
    "TermsSourceTypeValue": "cognito_idp._shapes.terms_source_type",
    "TermsType": "cognito_idp._shapes.terms_type",
    "TimeUnitsType": "cognito_idp._shapes.time_units_type",
    "TimeUnitsTypeValue": "cognito_idp._shapes.time_units_type",
    "TokenTypeIdentifierType": "cognito_idp._operations.get_derived_token",
    "TokenTypeIdentifierTypeValue": "cognito_idp._operations.get_derived_token",
    "TokenValidityUnitsType": "cognito_idp._shapes.token_validity_units_type",
    "UICustomizationType": "cognito_idp._shapes.ui_customization_type",
    "UntagResourceRequest": "cognito_idp._operations.untag_resource",
    "UntagResourceResponse": "cognito_idp._operations.untag_resource",
    "UpdateAuthEventFeedbackRequest": "cognito_idp._operations.update_auth_event_feedback",
    "UpdateAuthEventFeedbackResponse": "cognito_idp._operations.update_auth_event_feedback",
    "UpdateCIMDPolicyRequest": "cognito_idp._operations.update_cimd_policy",
    "UpdateCIMDPolicyResponse": "cognito_idp._operations.update_cimd_policy",
    "UpdateClientMetadataURLStateRequest": "cognito_idp._operations.update_client_metadata_url_state",
    "UpdateClientMetadataURLStateResponse": "cognito_idp._operations.update_client_metadata_url_state",
    "UpdateDeviceStatusRequest": "cognito_idp._operations.update_device_status",
    "UpdateDeviceStatusResponse": "cognito_idp._operations.update_device_status",
    "UpdateGroupRequest": "cognito_idp._operations.update_group",
    "UpdateGroupResponse": "cognito_idp._operations.update_group",
    "UpdateIdentityProviderRequest": "cognito_idp._operations.update_identity_provider",
    "UpdateIdentityProviderResponse": "cognito_idp._operations.update_identity_provider",
    "UpdateManagedLoginBrandingRequest": "cognito_idp._operations.update_managed_login_branding",
    "UpdateManagedLoginBrandingResponse": "cognito_idp._operations.update_managed_login_branding",
    "UpdateProvisionedLimitRequest": "cognito_idp._operations.update_provisioned_limit",
    "UpdateProvisionedLimitResponse": "cognito_idp._operations.update_provisioned_limit",
    "UpdateReplicaStatusType": "cognito_idp._operations.update_user_pool_replica",
    "UpdateReplicaStatusTypeValue": "cognito_idp._operations.update_user_pool_replica",
    "UpdateResourceServerRequest": "cognito_idp._operations.update_resource_server",
    "UpdateResourceServerResponse": "cognito_idp._operations.update_resource_server",
    "UpdateTermsRequest": "cognito_idp._operations.update_terms",
    "UpdateTermsResponse": "cognito_idp._operations.update_terms",
    "UpdateUserAttributesRequest": "cognito_idp._operations.update_user_attributes",
    "UpdateUserAttributesResponse": "cognito_idp._operations.update_user_attributes",
    "UpdateUserPoolClientRequest": "cognito_idp._operations.update_user_pool_client",
    "UpdateUserPoolClientResponse": "cognito_idp._operations.update_user_pool_client",
    "UpdateUserPoolDomainRequest": "cognito_idp._operations.update_user_pool_domain",
    "UpdateUserPoolDomainResponse": "cognito_idp._operations.update_user_pool_domain",
    "UpdateUserPoolReplicaRequest": "cognito_idp._operations.update_user_pool_replica",
    "UpdateUserPoolReplicaResponse": "cognito_idp._operations.update_user_pool_replica",
    "UpdateUserPoolRequest": "cognito_idp._operations.update_user_pool",
    "UpdateUserPoolResponse": "cognito_idp._operations.update_user_pool",
    "UserAttributeUpdateSettingsType": "cognito_idp._shapes.user_attribute_update_settings_type",
    "UserContextDataType": "cognito_idp._shapes.user_context_data_type",
    "UserImportJobStatusType": "cognito_idp._shapes.user_import_job_status_type",
    "UserImportJobStatusTypeValue": "cognito_idp._shapes.user_import_job_status_type",
    "UserImportJobType": "cognito_idp._shapes.user_import_job_type",
    "UserPoolAddOnsType": "cognito_idp._shapes.user_pool_add_ons_type",
    "UserPoolClientDescription": "cognito_idp._operations.list_user_pool_clients",
    "UserPoolClientType": "cognito_idp._shapes.user_pool_client_type",
    "UserPoolDescriptionType": "cognito_idp._operations.list_user_pools",
    "UserPoolMfaType": "cognito_idp._shapes.user_pool_mfa_type",
    "UserPoolMfaTypeValue": "cognito_idp._shapes.user_pool_mfa_type",
    "UserPoolPolicyType": "cognito_idp._shapes.user_pool_policy_type",
    "UserPoolReplicaType": "cognito_idp._shapes.user_pool_replica_type",
    "UserPoolTierType": "cognito_idp._shapes.user_pool_tier_type",
    "UserPoolTierTypeValue": "cognito_idp._shapes.user_pool_tier_type",
    "UserPoolTokenSessionConfigType": "cognito_idp._shapes.user_pool_token_session_config_type",
    "UserPoolType": "cognito_idp._shapes.user_pool_type",
    "UserSessionTrackingType": "cognito_idp._shapes.user_session_tracking_type",
    "UserSessionTrackingTypeValue": "cognito_idp._shapes.user_session_tracking_type",
    "UserStatusType": "cognito_idp._shapes.user_status_type",
    "UserStatusTypeValue": "cognito_idp._shapes.user_status_type",
    "UserType": "cognito_idp._shapes.user_type",
    "UserVerificationType": "cognito_idp._shapes.user_verification_type",
    "UserVerificationTypeValue": "cognito_idp._shapes.user_verification_type",
    "UsernameAttributeType": "cognito_idp._shapes.username_attribute_type",
    "UsernameAttributeTypeValue": "cognito_idp._shapes.username_attribute_type",
    "UsernameConfigurationType": "cognito_idp._shapes.username_configuration_type",
    "VerificationMessageTemplateType": "cognito_idp._shapes.verification_message_template_type",
    "VerifiedAttributeType": "cognito_idp._shapes.verified_attribute_type",
    "VerifiedAttributeTypeValue": "cognito_idp._shapes.verified_attribute_type",
    "VerifySoftwareTokenRequest": "cognito_idp._operations.verify_software_token",
    "VerifySoftwareTokenResponse": "cognito_idp._operations.verify_software_token",
    "VerifySoftwareTokenResponseType": "cognito_idp._operations.verify_software_token",
    "VerifySoftwareTokenResponseTypeValue": "cognito_idp._operations.verify_software_token",
    "VerifyUserAttributeRequest": "cognito_idp._operations.verify_user_attribute",
    "VerifyUserAttributeResponse": "cognito_idp._operations.verify_user_attribute",
    "WebAuthnConfigurationType": "cognito_idp._shapes.web_authn_configuration_type",
    "WebAuthnCredentialDescription": "cognito_idp._operations.list_web_authn_credentials",
    "WebAuthnFactorConfigurationType": "cognito_idp._shapes.web_authn_factor_configuration_type",
    "WebAuthnFactorConfigurationTypeValue": "cognito_idp._shapes.web_authn_factor_configuration_type",
    "WebAuthnMfaSettingsType": "cognito_idp._shapes.web_authn_mfa_settings_type",
}
"""Where each exported name is defined; its module is imported on first use."""


def __getattr__(name: str) -> object:
    return lazy.load(__name__, _WHERE, name)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AccountRecoverySettingType",
    "AccountTakeoverActionType",
    "AccountTakeoverActionsType",
    "AccountTakeoverEventActionType",
    "AccountTakeoverEventActionTypeValue",
    "AccountTakeoverRiskConfigurationType",
    "AcrLevelConfigType",
    "AddCustomAttributesRequest",
    "AddCustomAttributesResponse",
    "AddUserPoolClientSecretRequest",
    "AddUserPoolClientSecretResponse",
    "AdminAddUserToGroupRequest",
    "AdminConfirmSignUpRequest",
    "AdminConfirmSignUpResponse",
    "AdminCreateUserConfigType",
    "AdminCreateUserRequest",
    "AdminCreateUserResponse",
    "AdminDeleteSoftwareTokenRequest",
    "AdminDeleteSoftwareTokenResponse",
    "AdminDeleteUserAttributesRequest",
    "AdminDeleteUserAttributesResponse",
    "AdminDeleteUserRequest",
    "AdminDisableProviderForUserRequest",
    "AdminDisableProviderForUserResponse",
    "AdminDisableUserRequest",
    "AdminDisableUserResponse",
    "AdminEnableUserRequest",
    "AdminEnableUserResponse",
    "AdminForgetDeviceRequest",
    "AdminGetDeviceRequest",
    "AdminGetDeviceResponse",
    "AdminGetUserAuthFactorsRequest",
    "AdminGetUserAuthFactorsResponse",
    "AdminGetUserRequest",
    "AdminGetUserResponse",
    "AdminInitiateAuthRequest",
    "AdminInitiateAuthResponse",
    "AdminLinkProviderForUserRequest",
    "AdminLinkProviderForUserResponse",
    "AdminListDevicesRequest",
    "AdminListDevicesResponse",
    "AdminListGroupsForUserRequest",
    "AdminListGroupsForUserResponse",
    "AdminListUserAuthEventsRequest",
    "AdminListUserAuthEventsResponse",
    "AdminListUserSessionsRequest",
    "AdminListUserSessionsResponse",
    "AdminRemoveUserFromGroupRequest",
    "AdminResetUserPasswordRequest",
    "AdminResetUserPasswordResponse",
    "AdminRespondToAuthChallengeRequest",
    "AdminRespondToAuthChallengeResponse",
    "AdminRevokeUserSessionRequest",
    "AdminRevokeUserSessionResponse",
    "AdminSetUserMFAPreferenceRequest",
    "AdminSetUserMFAPreferenceResponse",
    "AdminSetUserPasswordRequest",
    "AdminSetUserPasswordResponse",
    "AdminSetUserSettingsRequest",
    "AdminSetUserSettingsResponse",
    "AdminUpdateAuthEventFeedbackRequest",
    "AdminUpdateAuthEventFeedbackResponse",
    "AdminUpdateDeviceStatusRequest",
    "AdminUpdateDeviceStatusResponse",
    "AdminUpdateUserAttributesRequest",
    "AdminUpdateUserAttributesResponse",
    "AdminUserGlobalSignOutRequest",
    "AdminUserGlobalSignOutResponse",
    "AdvancedSecurityAdditionalFlowsType",
    "AdvancedSecurityEnabledModeType",
    "AdvancedSecurityEnabledModeTypeValue",
    "AdvancedSecurityModeType",
    "AdvancedSecurityModeTypeValue",
    "AliasAttributeType",
    "AliasAttributeTypeValue",
    "AnalyticsConfigurationType",
    "AnalyticsMetadataType",
    "AssetCategoryType",
    "AssetCategoryTypeValue",
    "AssetExtensionType",
    "AssetExtensionTypeValue",
    "AssetType",
    "AssociateSoftwareTokenRequest",
    "AssociateSoftwareTokenResponse",
    "AttributeDataType",
    "AttributeDataTypeValue",
    "AttributeType",
    "AuthEventType",
    "AuthFactorType",
    "AuthFactorTypeValue",
    "AuthFlowType",
    "AuthFlowTypeValue",
    "AuthenticationResultType",
    "CIMDCacheActionType",
    "CIMDCacheActionTypeValue",
    "CIMDPolicySummaryType",
    "CIMDPolicyType",
    "CancelPointInTimeRecoveryRequest",
    "CancelPointInTimeRecoveryResponse",
    "ChallengeName",
    "ChallengeNameType",
    "ChallengeNameTypeValue",
    "ChallengeNameValue",
    "ChallengeResponse",
    "ChallengeResponseType",
    "ChallengeResponseValue",
    "ChangePasswordRequest",
    "ChangePasswordResponse",
    "ClientAuthenticationResultType",
    "ClientMetadataURLType",
    "ClientSSOSessionConfigType",
    "ClientSecretDescriptorType",
    "ClientTypeType",
    "ClientTypeTypeValue",
    "CloudWatchLogsConfigurationType",
    "CodeDeliveryDetailsType",
    "ColorSchemeModeType",
    "ColorSchemeModeTypeValue",
    "CompleteWebAuthnRegistrationRequest",
    "CompleteWebAuthnRegistrationResponse",
    "CompromisedCredentialsActionsType",
    "CompromisedCredentialsEventActionType",
    "CompromisedCredentialsEventActionTypeValue",
    "CompromisedCredentialsRiskConfigurationType",
    "ConfirmDeviceRequest",
    "ConfirmDeviceResponse",
    "ConfirmForgotPasswordRequest",
    "ConfirmForgotPasswordResponse",
    "ConfirmSignUpRequest",
    "ConfirmSignUpResponse",
    "ContextDataType",
    "CreateCIMDPolicyRequest",
    "CreateCIMDPolicyResponse",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateIdentityProviderRequest",
    "CreateIdentityProviderResponse",
    "CreateManagedLoginBrandingRequest",
    "CreateManagedLoginBrandingResponse",
    "CreateResourceServerRequest",
    "CreateResourceServerResponse",
    "CreateTermsRequest",
    "CreateTermsResponse",
    "CreateUserImportJobRequest",
    "CreateUserImportJobResponse",
    "CreateUserPoolClientRequest",
    "CreateUserPoolClientResponse",
    "CreateUserPoolDomainRequest",
    "CreateUserPoolDomainResponse",
    "CreateUserPoolReplicaRequest",
    "CreateUserPoolReplicaResponse",
    "CreateUserPoolRequest",
    "CreateUserPoolResponse",
    "CustomDomainConfigType",
    "CustomEmailLambdaVersionConfigType",
    "CustomEmailSenderLambdaVersionType",
    "CustomEmailSenderLambdaVersionTypeValue",
    "CustomSMSLambdaVersionConfigType",
    "CustomSMSSenderLambdaVersionType",
    "CustomSMSSenderLambdaVersionTypeValue",
    "DcrConfigurationType",
    "DefaultEmailOptionType",
    "DefaultEmailOptionTypeValue",
    "DeleteCIMDPolicyRequest",
    "DeleteCIMDPolicyResponse",
    "DeleteGroupRequest",
    "DeleteIdentityProviderRequest",
    "DeleteManagedLoginBrandingRequest",
    "DeleteResourceServerRequest",
    "DeleteTermsRequest",
    "DeleteUserAttributesRequest",
    "DeleteUserAttributesResponse",
    "DeleteUserPoolClientRequest",
    "DeleteUserPoolClientSecretRequest",
    "DeleteUserPoolClientSecretResponse",
    "DeleteUserPoolDomainRequest",
    "DeleteUserPoolDomainResponse",
    "DeleteUserPoolReplicaRequest",
    "DeleteUserPoolReplicaResponse",
    "DeleteUserPoolRequest",
    "DeleteUserRequest",
    "DeleteWebAuthnCredentialRequest",
    "DeleteWebAuthnCredentialResponse",
    "DeletionProtectionType",
    "DeletionProtectionTypeValue",
    "DeliveryMediumType",
    "DeliveryMediumTypeValue",
    "DescribeCIMDPolicyRequest",
    "DescribeCIMDPolicyResponse",
    "DescribeIdentityProviderRequest",
    "DescribeIdentityProviderResponse",
    "DescribeManagedLoginBrandingByClientRequest",
    "DescribeManagedLoginBrandingByClientResponse",
    "DescribeManagedLoginBrandingRequest",
    "DescribeManagedLoginBrandingResponse",
    "DescribePointInTimeRecoveryRequest",
    "DescribePointInTimeRecoveryResponse",
    "DescribeResourceServerRequest",
    "DescribeResourceServerResponse",
    "DescribeRiskConfigurationRequest",
    "DescribeRiskConfigurationResponse",
    "DescribeTermsByClientRequest",
    "DescribeTermsByClientResponse",
    "DescribeTermsRequest",
    "DescribeTermsResponse",
    "DescribeUserImportJobRequest",
    "DescribeUserImportJobResponse",
    "DescribeUserPoolClientRequest",
    "DescribeUserPoolClientResponse",
    "DescribeUserPoolDomainRequest",
    "DescribeUserPoolDomainResponse",
    "DescribeUserPoolRequest",
    "DescribeUserPoolResponse",
    "DeviceConfigurationType",
    "DeviceRememberedStatusType",
    "DeviceRememberedStatusTypeValue",
    "DeviceSecretVerifierConfigType",
    "DeviceType",
    "DomainDescriptionType",
    "DomainStatusType",
    "DomainStatusTypeValue",
    "EmailConfigurationType",
    "EmailMfaConfigType",
    "EmailMfaSettingsType",
    "EmailSendingAccountType",
    "EmailSendingAccountTypeValue",
    "EncryptionKeyType",
    "EncryptionKeyTypeValue",
    "EumsSmsConfigurationType",
    "EventContextDataType",
    "EventFeedbackType",
    "EventFilterType",
    "EventFilterTypeValue",
    "EventResponseType",
    "EventResponseTypeValue",
    "EventRiskType",
    "EventSourceName",
    "EventSourceNameValue",
    "EventType",
    "EventTypeValue",
    "ExplicitAuthFlowsType",
    "ExplicitAuthFlowsTypeValue",
    "FailoverType",
    "FeatureType",
    "FeatureTypeValue",
    "FeedbackValueType",
    "FeedbackValueTypeValue",
    "FirehoseConfigurationType",
    "ForgetDeviceRequest",
    "ForgotPasswordRequest",
    "ForgotPasswordResponse",
    "GetCSVHeaderRequest",
    "GetCSVHeaderResponse",
    "GetClientTokenRequest",
    "GetClientTokenResponse",
    "GetDerivedTokenRequest",
    "GetDerivedTokenResponse",
    "GetDeviceRequest",
    "GetDeviceResponse",
    "GetGroupRequest",
    "GetGroupResponse",
    "GetIdentityProviderByIdentifierRequest",
    "GetIdentityProviderByIdentifierResponse",
    "GetLogDeliveryConfigurationRequest",
    "GetLogDeliveryConfigurationResponse",
    "GetProvisionedLimitRequest",
    "GetProvisionedLimitResponse",
    "GetSigningCertificateRequest",
    "GetSigningCertificateResponse",
    "GetTokensFromRefreshTokenRequest",
    "GetTokensFromRefreshTokenResponse",
    "GetUICustomizationRequest",
    "GetUICustomizationResponse",
    "GetUserAttributeVerificationCodeRequest",
    "GetUserAttributeVerificationCodeResponse",
    "GetUserAuthFactorsRequest",
    "GetUserAuthFactorsResponse",
    "GetUserPoolClientSessionConfigurationRequest",
    "GetUserPoolClientSessionConfigurationResponse",
    "GetUserPoolMfaConfigRequest",
    "GetUserPoolMfaConfigResponse",
    "GetUserPoolSessionConfigurationRequest",
    "GetUserPoolSessionConfigurationResponse",
    "GetUserRequest",
    "GetUserResponse",
    "GlobalSignOutRequest",
    "GlobalSignOutResponse",
    "GroupType",
    "HttpHeader",
    "IdentityProviderType",
    "IdentityProviderTypeType",
    "IdentityProviderTypeTypeValue",
    "InboundFederationLambdaType",
    "InboundFederationLambdaVersionType",
    "InboundFederationLambdaVersionTypeValue",
    "InitiateAuthRequest",
    "InitiateAuthResponse",
    "InitiatePointInTimeRecoveryRequest",
    "InitiatePointInTimeRecoveryResponse",
    "IssuedTokenTypeIdentifierType",
    "IssuedTokenTypeIdentifierTypeValue",
    "IssuerConfigurationType",
    "IssuerType",
    "IssuerTypeValue",
    "KeyConfigurationType",
    "LambdaConfigType",
    "LimitClass",
    "LimitClassValue",
    "LimitDefinitionType",
    "LimitType",
    "ListCIMDPoliciesRequest",
    "ListCIMDPoliciesResponse",
    "ListClientMetadataURLsRequest",
    "ListClientMetadataURLsResponse",
    "ListDevicesRequest",
    "ListDevicesResponse",
    "ListGroupsRequest",
    "ListGroupsResponse",
    "ListIdentityProvidersRequest",
    "ListIdentityProvidersResponse",
    "ListPointInTimeRecoveriesRequest",
    "ListPointInTimeRecoveriesResponse",
    "ListResourceServersRequest",
    "ListResourceServersResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListTermsRequest",
    "ListTermsResponse",
    "ListUserImportJobsRequest",
    "ListUserImportJobsResponse",
    "ListUserPoolClientSecretsRequest",
    "ListUserPoolClientSecretsResponse",
    "ListUserPoolClientsRequest",
    "ListUserPoolClientsResponse",
    "ListUserPoolReplicasRequest",
    "ListUserPoolReplicasResponse",
    "ListUserPoolsRequest",
    "ListUserPoolsResponse",
    "ListUserSessionsRequest",
    "ListUserSessionsResponse",
    "ListUsersInGroupRequest",
    "ListUsersInGroupResponse",
    "ListUsersRequest",
    "ListUsersResponse",
    "ListWebAuthnCredentialsRequest",
    "ListWebAuthnCredentialsResponse",
    "LogConfigurationType",
    "LogDeliveryConfigurationType",
    "LogLevel",
    "LogLevelValue",
    "MFAOptionType",
    "ManagedLoginBrandingType",
    "MessageActionType",
    "MessageActionTypeValue",
    "MessageTemplateType",
    "NewDeviceMetadataType",
    "NotifyConfigurationType",
    "NotifyEmailType",
    "NumberAttributeConstraintsType",
    "OAuthFlowType",
    "OAuthFlowTypeValue",
    "OAuthTokenTypeType",
    "OAuthTokenTypeTypeValue",
    "PasswordHashingAlgorithmType",
    "PasswordHashingAlgorithmTypeValue",
    "PasswordPolicyType",
    "PreTokenGenerationLambdaVersionType",
    "PreTokenGenerationLambdaVersionTypeValue",
    "PreTokenGenerationVersionConfigType",
    "PreventUserExistenceErrorTypes",
    "PreventUserExistenceErrorTypesValue",
    "ProviderDescription",
    "ProviderUserIdentifierType",
    "RecoveryOptionNameType",
    "RecoveryOptionNameTypeValue",
    "RecoveryOptionType",
    "RefreshTokenRotationType",
    "ReplicaRoleType",
    "ReplicaRoleTypeValue",
    "ReplicaStatusType",
    "ReplicaStatusTypeValue",
    "ResendConfirmationCodeRequest",
    "ResendConfirmationCodeResponse",
    "ResourceServerManagedByType",
    "ResourceServerManagedByTypeValue",
    "ResourceServerScopeType",
    "ResourceServerType",
    "RespondToAuthChallengeRequest",
    "RespondToAuthChallengeResponse",
    "RestorationDescriptionType",
    "RestorationType",
    "RestorePreviewType",
    "RestoreStatusType",
    "RestoreStatusTypeValue",
    "RevokeAssociatedSessionsType",
    "RevokeAssociatedSessionsTypeValue",
    "RevokeTokenRequest",
    "RevokeTokenResponse",
    "RevokeUserSessionRequest",
    "RevokeUserSessionResponse",
    "RiskConfigurationType",
    "RiskDecisionType",
    "RiskDecisionTypeValue",
    "RiskExceptionConfigurationType",
    "RiskLevelType",
    "RiskLevelTypeValue",
    "RoutingType",
    "S3ConfigurationType",
    "SMSMfaSettingsType",
    "SchemaAttributeType",
    "SecurityPolicyType",
    "SecurityPolicyTypeValue",
    "SessionDescriptionType",
    "SessionLocationType",
    "SessionTypeType",
    "SessionTypeTypeValue",
    "SetLogDeliveryConfigurationRequest",
    "SetLogDeliveryConfigurationResponse",
    "SetRiskConfigurationRequest",
    "SetRiskConfigurationResponse",
    "SetUICustomizationRequest",
    "SetUICustomizationResponse",
    "SetUserMFAPreferenceRequest",
    "SetUserMFAPreferenceResponse",
    "SetUserPoolClientSessionConfigurationRequest",
    "SetUserPoolClientSessionConfigurationResponse",
    "SetUserPoolMfaConfigRequest",
    "SetUserPoolMfaConfigResponse",
    "SetUserPoolSessionConfigurationRequest",
    "SetUserPoolSessionConfigurationResponse",
    "SetUserSettingsRequest",
    "SetUserSettingsResponse",
    "SignInPolicyType",
    "SignUpRequest",
    "SignUpResponse",
    "SmsConfigurationType",
    "SmsMfaConfigType",
    "SoftwareTokenMfaConfigType",
    "SoftwareTokenMfaSettingsType",
    "StartPointInTimeRecoveryRequest",
    "StartPointInTimeRecoveryResponse",
    "StartUserImportJobRequest",
    "StartUserImportJobResponse",
    "StartWebAuthnRegistrationRequest",
    "StartWebAuthnRegistrationResponse",
    "StatusType",
    "StatusTypeValue",
    "StopUserImportJobRequest",
    "StopUserImportJobResponse",
    "StringAttributeConstraintsType",
    "TagResourceRequest",
    "TagResourceResponse",
    "TermsDescriptionType",
    "TermsEnforcementType",
    "TermsEnforcementTypeValue",
    "TermsSourceType",
    "TermsSourceTypeValue",
    "TermsType",
    "TimeUnitsType",
    "TimeUnitsTypeValue",
    "TokenTypeIdentifierType",
    "TokenTypeIdentifierTypeValue",
    "TokenValidityUnitsType",
    "UICustomizationType",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateAuthEventFeedbackRequest",
    "UpdateAuthEventFeedbackResponse",
    "UpdateCIMDPolicyRequest",
    "UpdateCIMDPolicyResponse",
    "UpdateClientMetadataURLStateRequest",
    "UpdateClientMetadataURLStateResponse",
    "UpdateDeviceStatusRequest",
    "UpdateDeviceStatusResponse",
    "UpdateGroupRequest",
    "UpdateGroupResponse",
    "UpdateIdentityProviderRequest",
    "UpdateIdentityProviderResponse",
    "UpdateManagedLoginBrandingRequest",
    "UpdateManagedLoginBrandingResponse",
    "UpdateProvisionedLimitRequest",
    "UpdateProvisionedLimitResponse",
    "UpdateReplicaStatusType",
    "UpdateReplicaStatusTypeValue",
    "UpdateResourceServerRequest",
    "UpdateResourceServerResponse",
    "UpdateTermsRequest",
    "UpdateTermsResponse",
    "UpdateUserAttributesRequest",
    "UpdateUserAttributesResponse",
    "UpdateUserPoolClientRequest",
    "UpdateUserPoolClientResponse",
    "UpdateUserPoolDomainRequest",
    "UpdateUserPoolDomainResponse",
    "UpdateUserPoolReplicaRequest",
    "UpdateUserPoolReplicaResponse",
    "UpdateUserPoolRequest",
    "UpdateUserPoolResponse",
    "UserAttributeUpdateSettingsType",
    "UserContextDataType",
    "UserImportJobStatusType",
    "UserImportJobStatusTypeValue",
    "UserImportJobType",
    "UserPoolAddOnsType",
    "UserPoolClientDescription",
    "UserPoolClientType",
    "UserPoolDescriptionType",
    "UserPoolMfaType",
    "UserPoolMfaTypeValue",
    "UserPoolPolicyType",
    "UserPoolReplicaType",
    "UserPoolTierType",
    "UserPoolTierTypeValue",
    "UserPoolTokenSessionConfigType",
    "UserPoolType",
    "UserSessionTrackingType",
    "UserSessionTrackingTypeValue",
    "UserStatusType",
    "UserStatusTypeValue",
    "UserType",
    "UserVerificationType",
    "UserVerificationTypeValue",
    "UsernameAttributeType",
    "UsernameAttributeTypeValue",
    "UsernameConfigurationType",
    "VerificationMessageTemplateType",
    "VerifiedAttributeType",
    "VerifiedAttributeTypeValue",
    "VerifySoftwareTokenRequest",
    "VerifySoftwareTokenResponse",
    "VerifySoftwareTokenResponseType",
    "VerifySoftwareTokenResponseTypeValue",
    "VerifyUserAttributeRequest",
    "VerifyUserAttributeResponse",
    "WebAuthnConfigurationType",
    "WebAuthnCredentialDescription",
    "WebAuthnFactorConfigurationType",
    "WebAuthnFactorConfigurationTypeValue",
    "WebAuthnMfaSettingsType",
]

# The typed surface of cognito_idp.client, for type checkers (codegen/stubs.py).
"""The synchronous Amazon Cognito Identity Provider client."""

import datetime
from collections.abc import Mapping, Sequence

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
    AuthEventType,
    AuthFlowType,
    AuthFlowTypeValue,
    CancelPointInTimeRecoveryResponse,
    ChallengeNameType,
    ChallengeNameTypeValue,
    ChangePasswordResponse,
    CIMDCacheActionType,
    CIMDCacheActionTypeValue,
    CIMDPolicySummaryType,
    ClientMetadataURLType,
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
    GroupType,
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
    ProviderDescription,
    ProviderUserIdentifierType,
    RefreshTokenRotationType,
    ResendConfirmationCodeResponse,
    ResourceServerScopeType,
    ResourceServerType,
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
    UserPoolClientDescription,
    UserPoolDescriptionType,
    UserPoolMfaType,
    UserPoolMfaTypeValue,
    UserPoolPolicyType,
    UserPoolTierType,
    UserPoolTierTypeValue,
    UserPoolTokenSessionConfigType,
    UserSessionTrackingType,
    UserSessionTrackingTypeValue,
    UserType,
    VerificationMessageTemplateType,
    VerifiedAttributeType,
    VerifiedAttributeTypeValue,
    VerifySoftwareTokenResponse,
    VerifyUserAttributeResponse,
    WebAuthnConfigurationType,
    WebAuthnMfaSettingsType,
)
from typedaws_runtime import signature_types as _types
from typedaws_runtime.client import Client
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.paginate import Paginator

class CognitoIdentityProviderClient(Client):
    """Synchronous client for Amazon Cognito Identity Provider."""
    def add_custom_attributes(
        self, *, user_pool_id: str, custom_attributes: Sequence[SchemaAttributeType]
    ) -> AddCustomAttributesResponse:
        """Adds additional user attributes to the user pool schema. Custom attributes can be
        mutable or immutable and have a `custom:` or `dev:` prefix. For more information, see
        Custom attributes
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-custom-attributes).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to add custom attributes.
            custom_attributes:
                An array of custom attribute names and other properties. Sets the following
                characteristics:

                AttributeDataType
                    The expected data type. Can be a string, a number, a date and time, or a
                    boolean.

                Mutable
                    If true, you can grant app clients write access to the attribute value. If
                    false, the attribute value can only be set up on sign-up or administrator
                    creation of users.

                Name
                    The attribute name. For an attribute like `custom:myAttribute`, enter
                    `myAttribute` for this field.

                Required
                    When true, users who sign up or are created must set a value for the
                    attribute.

                NumberAttributeConstraints
                    The minimum and maximum length of accepted values for a `Number`-type
                    attribute.

                StringAttributeConstraints
                    The minimum and maximum length of accepted values for a `String`-type
                    attribute.

                DeveloperOnlyAttribute
                    This legacy option creates an attribute with a `dev:` prefix. You can only
                    set the value of a developer-only attribute with administrative IAM
                    credentials.

        Returns:
            AddCustomAttributesResponse:
                Represents the response from the server for the request to add custom
                attributes.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            UserImportInProgressException:
                This exception is thrown when you're trying to modify a user pool while a user
                import job is in progress for that pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def add_user_pool_client_secret(
        self, *, user_pool_id: str, client_id: str, client_secret: str | None = ...
    ) -> AddUserPoolClientSecretResponse:
        """Creates a new client secret for an existing confidential user pool app client.
        Supports up to 2 active secrets per app client for zero-downtime credential rotation
        workflows.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client.
            client_id:
                The ID of the app client for which you want to create a new secret.
            client_secret:
                The client secret value you want to use. If you don't provide this parameter,
                Amazon Cognito generates a secure secret for you.

        Returns:
            AddUserPoolClientSecretResponse:
                The response from creating a new client secret.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InternalServerException:
                This exception is thrown when Amazon Cognito encounters an internal server
                error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            AccessDeniedException:
                This exception is thrown when you don't have sufficient permissions to perform
                the requested operation.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_add_user_to_group(self, *, user_pool_id: str, username: str, group_name: str) -> None:
        """Adds a user to a group. A user who is in a group can present a preferred-role claim to
        an identity pool, and populates a `cognito:groups` claim to their access and identity
        tokens.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the group that you want to add the user
                to.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            group_name:
                The name of the group that you want to add your user to.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_confirm_sign_up(
        self, *, user_pool_id: str, username: str, client_metadata: Mapping[str, str] | None = ...
    ) -> AdminConfirmSignUpResponse:
        """Confirms user sign-up as an administrator.

        This request sets a user account active in a user pool that requires confirmation of
        new user accounts
        (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#signing-up-users-in-your-app-and-confirming-them-as-admin)
        before they can sign in. You can configure your user pool to not send confirmation
        codes to new users and instead confirm them with this API operation on the back end.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        To configure your user pool to require administrative confirmation of users, set
        `AllowAdminCreateUserOnly` to `true` in a `CreateUserPool` or `UpdateUserPool`
        request.

        Args:
            user_pool_id:
                The ID of the user pool where you want to confirm a user's sign-up request.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            AdminConfirmSignUpResponse:
                Represents the response from the server for the request to confirm
                registration.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyFailedAttemptsException:
                This exception is thrown when the user has made too many failed attempts for a
                given action, such as sign-in.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_create_user(
        self,
        *,
        user_pool_id: str,
        username: str,
        user_attributes: Sequence[AttributeType] | None = ...,
        validation_data: Sequence[AttributeType] | None = ...,
        temporary_password: str | None = ...,
        force_alias_creation: bool | None = ...,
        message_action: MessageActionType | MessageActionTypeValue | Unmodelled | None = ...,
        desired_delivery_mediums: Sequence[
            DeliveryMediumType | DeliveryMediumTypeValue | Unmodelled
        ]
        | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> AdminCreateUserResponse:
        """Creates a new user in the specified user pool.

        If `MessageAction` isn't set, the default is to send a welcome message via email or
        phone (SMS).

        This message is based on a template that you configured in your call to create or
        update a user pool. This template includes your custom sign-up instructions and
        placeholders for user name and temporary password.

        Alternatively, you can call `AdminCreateUser` with `SUPPRESS` for the `MessageAction`
        parameter, and Amazon Cognito won't send any email.

        In either case, if the user has a password, they will be in the
        `FORCE_CHANGE_PASSWORD` state until they sign in and set their password. Your
        invitation message template must have the `{####}` password placeholder if your users
        have passwords. If your template doesn't have this placeholder, Amazon Cognito doesn't
        deliver the invitation message. In this case, you must update your message template
        and resend the password with a new `AdminCreateUser` request with a `MessageAction`
        value of `RESEND`.

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create a user.
            username:
                The value that you want to set as the username sign-in attribute. The
                following conditions apply to the username parameter.

                - The username can't be a duplicate of another username in the same user pool.
                - You can't change the value of a username after you create it.
                - You can only provide a value if usernames are a valid sign-in attribute for
                  your user pool. If your user pool only supports phone numbers or email
                  addresses as sign-in attributes, Amazon Cognito automatically generates a
                  username value. For more information, see Customizing sign-in attributes
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
            user_attributes:
                An array of name-value pairs that contain user attributes and attribute values
                to be set for the user to be created. You can create a user without specifying
                any attributes other than `Username`. However, any attributes that you specify
                as required (when creating a user pool or in the Attributes tab of the
                console) either you should supply (in your call to `AdminCreateUser`) or the
                user should supply (when they sign up in response to your welcome message).

                For custom attributes, you must prepend the `custom:` prefix to the attribute
                name.

                To send a message inviting the user to sign up, you must specify the user's
                email address or phone number. You can do this in your call to AdminCreateUser
                or in the Users tab of the Amazon Cognito console for managing your user
                pools.

                You must also provide an email address or phone number when you expect the
                user to do passwordless sign-in with an email or SMS OTP. These attributes
                must be provided when passwordless options are the only available, or when you
                don't submit a `TemporaryPassword`.

                In your `AdminCreateUser` request, you can set the `email_verified` and
                `phone_number_verified` attributes to `true`. The following conditions apply:

                email
                    The email address where you want the user to receive their confirmation
                    code and username. You must provide a value for `email` when you want to
                    set `email_verified` to `true`, or if you set `EMAIL` in the
                    `DesiredDeliveryMediums` parameter.

                phone_number
                    The phone number where you want the user to receive their confirmation
                    code and username. You must provide a value for `phone_number` when you
                    want to set `phone_number_verified` to `true`, or if you set `SMS` in the
                    `DesiredDeliveryMediums` parameter.
            validation_data:
                Temporary user attributes that contribute to the outcomes of your pre sign-up
                Lambda trigger. This set of key-value pairs are for custom validation of
                information that you collect from your users but don't need to retain.

                Your Lambda function can analyze this additional data and act on it. Your
                function can automatically confirm and verify select users or perform external
                API operations like logging user attributes and validation data to Amazon
                CloudWatch Logs.

                For more information about the pre sign-up Lambda trigger, see Pre sign-up
                Lambda trigger
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
            temporary_password:
                The user's temporary password. This password must conform to the password
                policy that you specified when you created the user pool.

                The exception to the requirement for a password is when your user pool
                supports passwordless sign-in with email or SMS OTPs. To create a user with no
                password, omit this parameter or submit a blank value. You can only create a
                passwordless user when passwordless sign-in is available.

                The temporary password is valid only once. To complete the Admin Create User
                flow, the user must enter the temporary password in the sign-in page, along
                with a new password to be used in all future sign-ins.

                If you don't specify a value, Amazon Cognito generates one for you unless you
                have passwordless options active for your user pool.

                The temporary password can only be used until the user account expiration
                limit that you set for your user pool. To reset the account after that time
                limit, you must call `AdminCreateUser` again and specify `RESEND` for the
                `MessageAction` parameter.
            force_alias_creation:
                This parameter is used only if the `phone_number_verified` or `email_verified`
                attribute is set to `True`. Otherwise, it is ignored.

                If this parameter is set to `True` and the phone number or email address
                specified in the `UserAttributes` parameter already exists as an alias with a
                different user, this request migrates the alias from the previous user to the
                newly-created user. The previous user will no longer be able to log in using
                that alias.

                If this parameter is set to `False`, the API throws an `AliasExistsException`
                error if the alias already exists. The default value is `False`.
            message_action:
                Set to `RESEND` to resend the invitation message to a user that already
                exists, and to reset the temporary-password duration with a new temporary
                password. Set to `SUPPRESS` to suppress sending the message. You can specify
                only one value.
            desired_delivery_mediums:
                Specify `EMAIL` if email will be used to send the welcome message. Specify
                `SMS` if the phone number will be used. The default value is `SMS`. You can
                specify more than one value.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            AdminCreateUserResponse:
                Represents the response from the server to the request to create the user.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UsernameExistsException:
                This exception is thrown when Amazon Cognito encounters a user name that
                already exists in the user pool.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            PreconditionNotMetException:
                This exception is thrown when a precondition is not met.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UnsupportedUserStateException:
                The request failed because the user is in an unsupported state.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_delete_software_token(
        self, *, user_pool_id: str, username: str
    ) -> AdminDeleteSoftwareTokenResponse:
        """Deletes a user's registered time-based one-time password (TOTP) multi-factor
        authentication (MFA) factor, also known as a software token. After this operation, the
        user can no longer sign in with TOTP MFA, and can register a new TOTP factor with
        `AssociateSoftwareToken`. Use this operation when a user loses access to their
        TOTP-generating device, for example, a lost or reset phone, and needs to register a
        new one.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the user's software token.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminDeleteSoftwareTokenResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_delete_user(self, *, user_pool_id: str, username: str) -> None:
        """Deletes a user profile in your user pool.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_delete_user_attributes(
        self, *, user_pool_id: str, username: str, user_attribute_names: Sequence[str]
    ) -> AdminDeleteUserAttributesResponse:
        """Deletes attribute values from a user. This operation doesn't affect tokens for
        existing user sessions. The next ID token that the user receives will no longer have
        the deleted attributes.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete user attributes.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            user_attribute_names:
                An array of strings representing the user attribute names you want to delete.

                For custom attributes, you must prepend the `custom:` prefix to the attribute
                name.

        Returns:
            AdminDeleteUserAttributesResponse:
                Represents the response received from the server for a request to delete user
                attributes.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_disable_provider_for_user(
        self, *, user_pool_id: str, user: ProviderUserIdentifierType
    ) -> AdminDisableProviderForUserResponse:
        """Prevents the user from signing in with the specified external (SAML or social)
        identity provider (IdP). If the user that you want to deactivate is a Amazon Cognito
        user pools native username + password user, they can't use their password to sign in.
        If the user to deactivate is a linked external IdP user, any link between that user
        and an existing user is removed. When the external user signs in again, and the user
        is no longer attached to the previously linked `DestinationUser`, the user must create
        a new user account.

        The value of `ProviderName` must match the name of a user pool IdP.

        To deactivate a local user, set `ProviderName` to `Cognito` and the
        `ProviderAttributeName` to `Cognito_Subject`. The `ProviderAttributeValue` must be
        user's local username.

        The `ProviderAttributeName` must always be `Cognito_Subject` for social IdPs. The
        `ProviderAttributeValue` must always be the exact subject that was used when the user
        was originally linked as a source user.

        For de-linking a SAML identity, there are two scenarios. If the linked identity has
        not yet been used to sign in, the `ProviderAttributeName` and `ProviderAttributeValue`
        must be the same values that were used for the `SourceUser` when the identities were
        originally linked using `AdminLinkProviderForUser` call. This is also true if the
        linking was done with `ProviderAttributeName` set to `Cognito_Subject`. If the user
        has already signed in, the `ProviderAttributeName` must be `Cognito_Subject` and
        `ProviderAttributeValue` must be the `NameID` from their SAML assertion.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the user's linked identities.
            user:
                The user profile that you want to delete a linked identity from.

        Returns:
            AdminDisableProviderForUserResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_disable_user(self, *, user_pool_id: str, username: str) -> AdminDisableUserResponse:
        """Deactivates a user profile and revokes all access tokens for the user. A deactivated
        user can't sign in, but still appears in the responses to `ListUsers` API requests.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to disable the user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminDisableUserResponse:
                Represents the response received from the server to disable the user as an
                administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_enable_user(self, *, user_pool_id: str, username: str) -> AdminEnableUserResponse:
        """Activates sign-in for a user profile that previously had sign-in access disabled.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to activate sign-in for the user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminEnableUserResponse:
                Represents the response from the server for the request to enable a user as an
                administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_forget_device(self, *, user_pool_id: str, username: str, device_key: str) -> None:
        """Forgets, or deletes, a remembered device from a user's profile. After you forget the
        device, the user can no longer complete device authentication with that device and
        when applicable, must submit MFA codes again. For more information, see Working with
        devices
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where the device owner is a user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            device_key:
                The key ID of the device that you want to delete.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_get_device(
        self, *, device_key: str, user_pool_id: str, username: str
    ) -> AdminGetDeviceResponse:
        """Given the device key, returns details for a user's device. For more information, see
        Working with devices
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            device_key:
                The key of the device that you want to delete.
            user_pool_id:
                The ID of the user pool where the device owner is a user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminGetDeviceResponse:
                Gets the device response, as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_get_user(self, *, user_pool_id: str, username: str) -> AdminGetUserResponse:
        """Given a username, returns details about a user profile in a user pool. You can specify
        alias attributes in the `Username` request parameter.

        This operation contributes to your monthly active user (MAU) count for the purpose of
        billing.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to get information about the user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminGetUserResponse:
                Represents the response from the server from the request to get the specified
                user as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_get_user_auth_factors(
        self, *, user_pool_id: str, username: str
    ) -> AdminGetUserAuthFactorsResponse:
        """Lists the authentication options for a user in a user pool. Returns the following:

        1. The user's multi-factor authentication (MFA) preferences.
        2. The user's options for choice-based authentication with the `USER_AUTH` flow.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to get information about the user's
                authentication factors.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminGetUserAuthFactorsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_initiate_auth(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        auth_flow: AuthFlowType | AuthFlowTypeValue | Unmodelled,
        auth_parameters: Mapping[str, str] | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        context_data: ContextDataType | None = ...,
        session: str | None = ...,
    ) -> AdminInitiateAuthResponse:
        """Starts sign-in for applications with a server-side component, for example a
        traditional web application. This operation specifies the authentication flow that
        you'd like to begin. The authentication flow that you specify must be supported in
        your app client configuration. For more information about authentication flows, see
        Authentication flows
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where the user wants to sign in.
            client_id:
                The ID of the app client where the user wants to sign in.
            auth_flow:
                The authentication flow that you want to initiate. Each `AuthFlow` has linked
                `AuthParameters` that you must submit. The following are some example flows.

                USER_AUTH
                    The entry point for choice-based authentication
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)
                    with passwords, one-time passwords, and WebAuthn authenticators. Request a
                    preferred authentication type or review available authentication types.
                    From the offered authentication types, select one in a challenge response
                    and then authenticate with that method in an additional challenge
                    response. To activate this setting, your user pool must be in the
                    Essentials tier
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                    or higher.

                USER_SRP_AUTH
                    Username-password authentication with the Secure Remote Password (SRP)
                    protocol. For more information, see Use SRP password verification in
                    custom authentication flow
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html#Using-SRP-password-verification-in-custom-authentication-flow).

                REFRESH_TOKEN_AUTH and REFRESH_TOKEN
                    Receive new ID and access tokens when you pass a `REFRESH_TOKEN` parameter
                    with a valid refresh token as the value. For more information, see Using
                    the refresh token
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).

                CUSTOM_AUTH
                    Custom authentication with Lambda triggers. For more information, see
                    Custom authentication challenge Lambda triggers
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).

                ADMIN_USER_PASSWORD_AUTH
                    Server-side username-password authentication with the password sent
                    directly in the request. For more information about client-side and
                    server-side authentication, see SDK authorization models
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html).
            auth_parameters:
                The authentication parameters. These are inputs corresponding to the
                `AuthFlow` that you're invoking.

                The following are some authentication flows and their parameters. Add a
                `SECRET_HASH` parameter if your app client has a client secret. Add
                `DEVICE_KEY` if you want to bypass multi-factor authentication with a
                remembered device.

                USER_AUTH
                    - `USERNAME` (required)
                    - `PREFERRED_CHALLENGE`. If you don't provide a value for
                      `PREFERRED_CHALLENGE`, Amazon Cognito responds with the
                      `AvailableChallenges` parameter that specifies the available sign-in
                      methods.
                    - `TARGET_ACR_VALUES`. An optional, space-separated list of the
                      authentication context class reference (ACR) level URIs that you want
                      the user to reach. List the levels in priority order, from highest to
                      lowest. Amazon Cognito attempts the highest-priority level that the user
                      can satisfy, and falls back through the list. Amazon Cognito ignores any
                      value that it doesn't recognize. If none of the requested values are
                      valid, Amazon Cognito returns an error.

                      Requesting step-up authentication with this parameter requires the
                      Essentials or Plus feature plan. On a lower feature plan,
                      AdminInitiateAuth returns a FeatureUnavailableInTierException.
                      `USERNAME` is required. When you provide an `ACCESS_TOKEN`, you must
                      also provide `TARGET_ACR_VALUES`. Amazon Cognito returns an error if you
                      provide an `ACCESS_TOKEN` without `TARGET_ACR_VALUES`. The `USERNAME`
                      that you provide must match the user that the `ACCESS_TOKEN` was issued
                      for.

                      For more information about step-up authentication and how Amazon Cognito
                      handles multi-factor authentication requirements, see Step-up
                      authentication with ACR and AMR
                      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-step-up-authentication.html)
                      in the Amazon Cognito Developer Guide.
                    - `MAX_AGE`. An optional integer that sets the maximum number of seconds
                      allowed since the user last authenticated. If the user's most recent
                      authentication is older than this value, Amazon Cognito discards the
                      authentication-methods credit from any access token that you provide and
                      processes the request as a fresh authentication toward the target level.
                      The access token itself remains valid.

                USER_SRP_AUTH
                    - `USERNAME` (required)
                    - `SRP_A` (required)

                ADMIN_USER_PASSWORD_AUTH
                    - `USERNAME` (required)
                    - `PASSWORD` (required)

                REFRESH_TOKEN_AUTH/REFRESH_TOKEN
                    - `REFRESH_TOKEN`(required)

                CUSTOM_AUTH
                    - `USERNAME` (required)
                    - `ChallengeName: SRP_A` (when preceding custom authentication with SRP
                      authentication)
                    - `SRP_A: (An SRP_A value)` (when preceding custom authentication with SRP
                      authentication)

                For more information about `SECRET_HASH`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
                For information about `DEVICE_KEY`, see Working with user devices in your user
                pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

                With the client's ``client_secret``: SECRET_HASH is added (to a new mapping),
                computed from the secret, the USERNAME entry and ``client_id``, when the map has
                a USERNAME and no SECRET_HASH. Refreshing tokens (REFRESH_TOKEN_AUTH,
                REFRESH_TOKEN) needs no USERNAME, and the user cannot be read from the refresh
                token: for an app client with a secret, put USERNAME in the map too, as Cognito
                checks the hash against the user's name in the pool: their user name, or their
                sub when they signed in with an alias such as an email address (not the alias
                they typed). Or give SECRET_HASH yourself.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                The `ClientMetadata` value is passed as input to the functions for only the
                following triggers:

                - Pre signup
                - Pre authentication
                - User migration

                This request also invokes the functions for the following triggers, but
                doesn't pass `ClientMetadata`:

                - Post authentication
                - Custom message
                - Pre token generation
                - Create auth challenge
                - Define auth challenge
                - Custom email sender
                - Custom SMS sender

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            session:
                The optional session ID from a `ConfirmSignUp` API request. You can sign in a
                user directly from the sign-up process with an `AuthFlow` of `USER_AUTH` and
                `AuthParameters` of `EMAIL_OTP` or `SMS_OTP`, depending on how your user pool
                sent the confirmation-code message.

        Returns:
            AdminInitiateAuthResponse:
                Initiates the authentication response, as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            UnsupportedOperationException:
                Exception that is thrown when you attempt to perform an operation that isn't
                enabled for the user pool client.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            MFAMethodNotFoundException:
                This exception is thrown when Amazon Cognito can't find a multi-factor
                authentication (MFA) method.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_link_provider_for_user(
        self,
        *,
        user_pool_id: str,
        destination_user: ProviderUserIdentifierType,
        source_user: ProviderUserIdentifierType,
    ) -> AdminLinkProviderForUserResponse:
        """Links an existing user account in a user pool, or `DestinationUser`, to an identity
        from an external IdP, or `SourceUser`, based on a specified attribute name and value
        from the external IdP.

        This operation connects a local user profile with a user identity who hasn't yet
        signed in from their third-party IdP. When the user signs in with their IdP, they get
        access-control configuration from the local user profile. Linked local users can also
        sign in with SDK-based API operations like `InitiateAuth` after they sign in at least
        once through their IdP. For more information, see Linking federated users
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html).

        Note: The maximum number of federated identities linked to a user is five.

        Important: Because this API allows a user with an external federated identity to sign
        in as a local user, it is critical that it only be used with external IdPs and linked
        attributes that you trust.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to link a federated identity.
            destination_user:
                The existing user in the user pool that you want to assign to the external IdP
                user account. This user can be a local (Username + Password) Amazon Cognito
                user pools user or a federated user (for example, a SAML or Facebook user). If
                the user doesn't exist, Amazon Cognito generates an exception. Amazon Cognito
                returns this user when the new user (with the linked IdP attribute) signs in.

                For a native username + password user, the `ProviderAttributeValue` for the
                `DestinationUser` should be the username in the user pool. For a federated
                user, it should be the provider-specific `user_id`.

                The `ProviderAttributeName` of the `DestinationUser` is ignored.

                The `ProviderName` should be set to `Cognito` for users in Cognito user pools.
            source_user:
                An external IdP account for a user who doesn't exist yet in the user pool.
                This user must be a federated user (for example, a SAML or Facebook user), not
                another native user.

                If the `SourceUser` is using a federated social IdP, such as Facebook, Google,
                or Login with Amazon, you must set the `ProviderAttributeName` to
                `Cognito_Subject`. For social IdPs, the `ProviderName` will be `Facebook`,
                `Google`, or `LoginWithAmazon`, and Amazon Cognito will automatically parse
                the Facebook, Google, and Login with Amazon tokens for `id`, `sub`, and
                `user_id`, respectively. The `ProviderAttributeValue` for the user must be the
                same value as the `id`, `sub`, or `user_id` value found in the social IdP
                token.

                For OIDC, the `ProviderAttributeName` can be any mapped value from a claim in
                the ID token, or that your app retrieves from the `userInfo` endpoint. For
                SAML, the `ProviderAttributeName` can be any mapped value from a claim in the
                SAML assertion.

                The following additional considerations apply to `SourceUser` for OIDC and
                SAML providers.

                - You must map the claim to a user pool attribute in your IdP configuration,
                  and set the user pool attribute name as the value of `ProviderAttributeName`
                  in your `AdminLinkProviderForUser` request. For example, `email`.
                - When you set `ProviderAttributeName` to `Cognito_Subject`, Amazon Cognito
                  will automatically parse the default unique identifier found in the subject
                  from the IdP token.

        Returns:
            AdminLinkProviderForUserResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_list_devices(
        self,
        *,
        user_pool_id: str,
        username: str,
        limit: int | None = ...,
        pagination_token: str | None = ...,
    ) -> AdminListDevicesResponse:
        """Lists a user's registered devices. Remembered devices are used in authentication
        services where you offer a "Remember me" option for users who you want to permit to
        sign in without MFA from a trusted device. Users can bypass MFA while your application
        performs device SRP authentication on the back end. For more information, see Working
        with devices
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where the device owner is a user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            limit:
                The maximum number of devices that you want Amazon Cognito to return in the
                response.
            pagination_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            AdminListDevicesResponse:
                Lists the device's response, as an administrator.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_list_groups_for_user(
        self,
        *,
        username: str,
        user_pool_id: str,
        limit: int | None = ...,
        next_token: str | None = ...,
    ) -> AdminListGroupsForUserResponse:
        """Lists the groups that a user belongs to. User pool groups are identifiers that you can
        reference from the contents of ID and access tokens, and set preferred IAM roles for
        identity-pool authentication. For more information, see Adding groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            user_pool_id:
                The ID of the user pool where you want to view a user's groups.
            limit:
                The maximum number of groups that you want Amazon Cognito to return in the
                response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            AdminListGroupsForUserResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_admin_list_groups_for_user(
        self,
        *,
        username: str,
        user_pool_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[AdminListGroupsForUserResponse, GroupType]:
        """Every page of AdminListGroupsForUser, following NextToken from page to page.

        Iterating yields each page (AdminListGroupsForUserResponse); ``.items()`` yields the
        items of ``groups`` (Groups) of every page in turn. Nothing is sent before iteration
        starts, and each iteration starts again from the first page. See
        ``admin_list_groups_for_user`` for the operation itself.

        Args:
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            user_pool_id:
                The ID of the user pool where you want to view a user's groups.
            page_size:
                How many items to ask for in each page (sent as ``Limit``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[AdminListGroupsForUserResponse, GroupType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``admin_list_groups_for_user`` raises."""
    def admin_list_user_auth_events(
        self,
        *,
        user_pool_id: str,
        username: str,
        max_results: int | None = ...,
        next_token: str | None = ...,
    ) -> AdminListUserAuthEventsResponse:
        """Requests a history of user activity and any risks detected as part of Amazon Cognito
        threat protection. For more information, see Viewing user event history
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-event-user-history).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The Id of the user pool that contains the user profile with the logged events.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            max_results:
                The maximum number of authentication events to return. Returns 60 events if
                you set `MaxResults` to 0, or if you don't include a `MaxResults` parameter.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            AdminListUserAuthEventsResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            UserPoolAddOnNotEnabledException:
                This exception is thrown when user pool add-ons aren't enabled.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_admin_list_user_auth_events(
        self,
        *,
        user_pool_id: str,
        username: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[AdminListUserAuthEventsResponse, AuthEventType]:
        """Every page of AdminListUserAuthEvents, following NextToken from page to page.

        Iterating yields each page (AdminListUserAuthEventsResponse); ``.items()`` yields the
        items of ``auth_events`` (AuthEvents) of every page in turn. Nothing is sent before
        iteration starts, and each iteration starts again from the first page. See
        ``admin_list_user_auth_events`` for the operation itself.

        Args:
            user_pool_id:
                The Id of the user pool that contains the user profile with the logged events.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[AdminListUserAuthEventsResponse, AuthEventType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``admin_list_user_auth_events`` raises."""
    def admin_list_user_sessions(
        self, *, user_pool_id: str, username: str, next_token: str | None = ...
    ) -> AdminListUserSessionsResponse:
        """Lists the active sessions for a specified user as an administrator. The response
        includes both token sessions and SSO sessions. Only active sessions are returned;
        revoked and expired sessions aren't included. Amazon Cognito returns all of a user's
        sessions in a single page of up to 125 sessions. The results are eventually
        consistent, and new sessions are typically included within a few seconds.

        Args:
            user_pool_id:
                The ID of the user pool that contains the user.
            username:
                The username of the user whose sessions you want to list.
            next_token:
                A pagination token that Amazon Cognito returned in a previous response. Use
                this value to retrieve the next page of results if a `NextToken` was included
                in a prior response.

        Returns:
            AdminListUserSessionsResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_remove_user_from_group(
        self, *, user_pool_id: str, username: str, group_name: str
    ) -> None:
        """Given a username and a group name, removes them from the group. User pool groups are
        identifiers that you can reference from the contents of ID and access tokens, and set
        preferred IAM roles for identity-pool authentication. For more information, see Adding
        groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the group and the user that you want to
                remove.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            group_name:
                The name of the group that you want to remove the user from, for example
                `MyTestGroup`.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_reset_user_password(
        self, *, user_pool_id: str, username: str, client_metadata: Mapping[str, str] | None = ...
    ) -> AdminResetUserPasswordResponse:
        """Begins the password reset process. Sets the requested user's account into a
        `RESET_REQUIRED` status, and sends them a password-reset code. Your user pool also
        sends the user a notification with a reset code and the information that their
        password has been reset. At sign-in, your application or the managed login session
        receives a challenge to complete the reset by confirming the code and setting a new
        password.

        To use this API operation, your user pool must have self-service account recovery
        configured.

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to reset the user's password.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            AdminResetUserPasswordResponse:
                Represents the response from the server to reset a user password as an
                administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_respond_to_auth_challenge(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled,
        challenge_responses: Mapping[str, str] | None = ...,
        session: str | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        context_data: ContextDataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> AdminRespondToAuthChallengeResponse:
        """Some API operations in a user pool generate a challenge, like a prompt for an MFA
        code, for device authentication that bypasses MFA, or for a custom authentication
        challenge. An `AdminRespondToAuthChallenge` API request provides the answer to that
        challenge, like a code or a secure remote password (SRP). The parameters of a response
        to an authentication challenge vary with the type of challenge.

        For more information about custom authentication challenges, see Custom authentication
        challenge Lambda triggers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to respond to an authentication
                challenge.
            client_id:
                The ID of the app client where you initiated sign-in.
            challenge_name:
                The name of the challenge that you are responding to.

                Possible challenges include the following:

                Note: All of the following challenges require `USERNAME` and, when the app
                client has a client secret, `SECRET_HASH` in the parameters. Include a
                `DEVICE_KEY` for device authentication.

                - `WEB_AUTHN`: Respond to the challenge with the results of a successful
                  authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`.
                  Examples of WebAuthn authenticators include biometric devices and security
                  keys.
                - `PASSWORD`: Respond with the user's password as `PASSWORD`.
                - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
                - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must
                  be one of the challenge types in the `AvailableChallenges` response
                  parameter. Add the parameters of the selected challenge, for example
                  `USERNAME` and `SMS_OTP`.
                - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS
                  message, as `SMS_MFA_CODE`
                - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email
                  message, as `EMAIL_MFA_CODE`
                - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email
                  message, as `EMAIL_OTP_CODE` .
                - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS
                  message, as `SMS_OTP_CODE`.
                - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as
                  `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
                - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow
                  determines that the user should pass another challenge before tokens are
                  issued. The parameters of the challenge are determined by your Lambda
                  function and issued in the `ChallengeParameters` of a challenge response.
                - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP
                  authentication. For more information, see Signing in with a device
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
                - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`,
                  `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP
                  calculations. For more information, see Signing in with a device
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
                - `NEW_PASSWORD_REQUIRED`: For users who are required to change their
                  passwords after successful first login. Respond to this challenge with
                  `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in
                  the `requiredAttributes` parameter. You can also set values for attributes
                  that aren't required by your user pool and that your app client can write.

                  Amazon Cognito only returns this challenge for users who have temporary
                  passwords. When you create passwordless users, you must provide values for
                  all required attributes.

                  Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a
                  required attribute that already has a value. In
                  `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for
                  any keys that Amazon Cognito returned in the `requiredAttributes` parameter,
                  then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API
                  operation to modify the value of any additional attributes.
                - `MFA_SETUP`: For users who are required to setup an MFA factor before they
                  can sign in. The MFA types activated for the user pool will be listed in the
                  challenge parameters `MFAS_CAN_SETUP` value.

                  To set up time-based one-time password (TOTP) MFA, use the session returned
                  in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to
                  `AssociateSoftwareToken`. Then, use the session returned by
                  `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or
                  `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete
                  sign-in.

                  To set up SMS or email MFA, collect a `phone_number` or `email` attribute
                  for the user. Then restart the authentication flow with an `InitiateAuth` or
                  `AdminInitiateAuth` request.
            challenge_responses:
                The responses to the challenge that you received in the previous request. Each
                challenge has its own required response parameters. The following examples are
                partial JSON request bodies that highlight challenge-response parameters.

                Important: You must provide a SECRET_HASH parameter in all challenge responses
                to an app client that has a client secret. Include a `DEVICE_KEY` for device
                authentication.

                SELECT_CHALLENGE
                    `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME":
                    "[username]", "ANSWER": "[Challenge name]"}`

                    Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`,
                    `SMS_OTP`, and `WEB_AUTHN`.

                    Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`,
                    `PASSWORD_SRP`, and `WEB_AUTHN`:

                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "WEB_AUTHN", "USERNAME": "[username]", "CREDENTIAL":
                      "[AuthenticationResponseJSON]"}`

                      See AuthenticationResponseJSON
                      (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "PASSWORD", "USERNAME": "[username]", "PASSWORD": "[password]"}`
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`

                    For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your
                    user pool will send a code for the user to submit in the next challenge
                    response.

                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "SMS_OTP", "USERNAME": "[username]"}`
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "EMAIL_OTP", "USERNAME": "[username]"}`

                WEB_AUTHN
                    `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME":
                    "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`

                    See AuthenticationResponseJSON
                    (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).

                PASSWORD
                    `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME":
                    "[username]", "PASSWORD": "[password]"}`

                PASSWORD_SRP
                    `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME":
                    "[username]", "SRP_A": "[SRP_A]"}`

                SMS_OTP
                    `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE":
                    "[code]", "USERNAME": "[username]"}`

                EMAIL_OTP
                    `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE":
                    "[code]", "USERNAME": "[username]"}`

                SMS_MFA
                    `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE":
                    "[code]", "USERNAME": "[username]"}`

                PASSWORD_VERIFIER
                    This challenge response is part of the SRP flow. Amazon Cognito requires
                    that your application respond to this challenge within a few seconds. When
                    the response time exceeds this period, your user pool returns a
                    `NotAuthorizedException` error.

                    `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses":
                    {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]",
                    "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp],
                    "USERNAME": "[username]"}`

                CUSTOM_CHALLENGE
                    `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME":
                    "[username]", "ANSWER": "[challenge_answer]"}`

                NEW_PASSWORD_REQUIRED
                    `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses":
                    {"NEW_PASSWORD": "[new_password]", "USERNAME": "[username]"}`

                    To set any required attributes that `InitiateAuth` returned in an
                    `requiredAttributes` parameter, add `"userAttributes.[attribute_name]":
                    "[attribute_value]"`. This parameter can also set values for writable
                    attributes that aren't required by your user pool.

                    Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a
                    required attribute that already has a value. In
                    `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for
                    any keys that Amazon Cognito returned in the `requiredAttributes`
                    parameter, then use the `AdminUpdateUserAttributes` or
                    `UpdateUserAttributes` API operation to modify the value of any additional
                    attributes.

                SOFTWARE_TOKEN_MFA
                    `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME":
                    "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`

                DEVICE_SRP_AUTH
                    `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME":
                    "[username]", "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`

                DEVICE_PASSWORD_VERIFIER
                    `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses":
                    {"DEVICE_KEY": "[device_key]", "PASSWORD_CLAIM_SIGNATURE":
                    "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]",
                    "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`

                MFA_SETUP
                    `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME":
                    "[username]"}, "SESSION": "[Session ID from VerifySoftwareToken]"`

                SELECT_MFA_TYPE
                    `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME":
                    "[username]", "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`

                For more information about `SECRET_HASH`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
                For information about `DEVICE_KEY`, see Working with user devices in your user
                pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

                With the client's ``client_secret``: SECRET_HASH is added (to a new mapping),
                computed from the secret, the USERNAME entry and ``client_id``, when the map has
                a USERNAME and no SECRET_HASH.
            session:
                The session identifier that maintains the state of authentication requests and
                challenge responses. If an `AdminInitiateAuth` or
                `AdminRespondToAuthChallenge` API request results in a determination that your
                application must pass another challenge, Amazon Cognito returns a session with
                other challenge parameters. Send this session identifier, unmodified, to the
                next `AdminRespondToAuthChallenge` request.
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            AdminRespondToAuthChallengeResponse:
                Responds to the authentication challenge, as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            PasswordHistoryPolicyViolationException:
                The message returned when a user's new password matches a previous password
                and doesn't comply with the password-history policy.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            MFAMethodNotFoundException:
                This exception is thrown when Amazon Cognito can't find a multi-factor
                authentication (MFA) method.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            SoftwareTokenMFANotFoundException:
                This exception is thrown when the software token time-based one-time password
                (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_revoke_user_session(
        self,
        *,
        user_pool_id: str,
        username: str,
        session_id: str,
        revoke_associated_sessions: RevokeAssociatedSessionsType
        | RevokeAssociatedSessionsTypeValue
        | Unmodelled
        | None = ...,
    ) -> AdminRevokeUserSessionResponse:
        """Revokes a specific user session as an administrator. Amazon Cognito revokes all
        refresh and access tokens that are associated with the session and deletes the session
        record. You can revoke either a token session or an SSO session, and you can
        optionally cascade the revocation to linked sessions.

        Args:
            user_pool_id:
                The ID of the user pool that contains the session.
            username:
                The username of the user who owns the session. The username must match the
                user associated with the `SessionId`, to confirm they are the intended target
                user.
            session_id:
                The ID of the session to revoke. This is a 28-character string of lowercase
                letters and digits, prefixed with `tkn` for a token session or `sso` for an
                SSO session.
            revoke_associated_sessions:
                Specifies whether to also revoke the sessions that are linked to the targeted
                session. `NONE`, the default, revokes only the targeted session. `LINKED` also
                revokes the directly linked session or sessions, interpreted relative to the
                type of the targeted session: revoking a token session also revokes the parent
                SSO session it came through, and revoking an SSO session also revokes the
                token sessions that came through it. The set of linked sessions is eventually
                consistent, so associated sessions are typically revoked within a few seconds.

        Returns:
            AdminRevokeUserSessionResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_set_user_mfa_preference(
        self,
        *,
        username: str,
        user_pool_id: str,
        sms_mfa_settings: SMSMfaSettingsType | None = ...,
        software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = ...,
        email_mfa_settings: EmailMfaSettingsType | None = ...,
        web_authn_mfa_settings: WebAuthnMfaSettingsType | None = ...,
    ) -> AdminSetUserMFAPreferenceResponse:
        """Sets the user's multi-factor authentication (MFA) preference, including which MFA
        options are activated, and if any are preferred. Only one factor can be set as
        preferred. The preferred MFA factor will be used to authenticate a user if multiple
        factors are activated. If multiple options are activated and no preference is set, a
        challenge to choose an MFA option will be returned during sign-in.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            user_pool_id:
                The ID of the user pool where you want to set a user's MFA preferences.
            sms_mfa_settings:
                User preferences for SMS message MFA. Activates or deactivates SMS MFA and
                sets it as the preferred MFA method when multiple methods are available.
            software_token_mfa_settings:
                User preferences for time-based one-time password (TOTP) MFA. Activates or
                deactivates TOTP MFA and sets it as the preferred MFA method when multiple
                methods are available.
            email_mfa_settings:
                User preferences for email message MFA. Activates or deactivates email MFA and
                sets it as the preferred MFA method when multiple methods are available. To
                activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.
            web_authn_mfa_settings:
                User preferences for passkey MFA. Activates or deactivates passkey MFA for the
                user. When activated, passkey authentication requires user verification, and
                passkey sign-in is available when MFA is required. To activate this setting,
                the `FactorConfiguration` of your user pool `WebAuthnConfiguration` must be
                `MULTI_FACTOR_WITH_USER_VERIFICATION`. To activate this setting, your user
                pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.

        Returns:
            AdminSetUserMFAPreferenceResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_set_user_password(
        self, *, user_pool_id: str, username: str, password: str, permanent: bool | None = ...
    ) -> AdminSetUserPasswordResponse:
        """Sets the specified user's password in a user pool. This operation administratively
        sets a temporary or permanent password for a user. With this operation, you can bypass
        self-service password changes and permit immediate sign-in with the password that you
        set. To do this, set `Permanent` to `true`.

        You can also set a new temporary password in this request, send it to a user, and
        require them to choose a new password on their next sign-in. To do this, set
        `Permanent` to `false`.

        If the password is temporary, the user's `Status` becomes `FORCE_CHANGE_PASSWORD`.
        When the user next tries to sign in, the `InitiateAuth` or `AdminInitiateAuth`
        response includes the `NEW_PASSWORD_REQUIRED` challenge. If the user doesn't sign in
        before the temporary password expires, they can no longer sign in and you must repeat
        this operation to set a temporary or permanent password for them.

        After the user sets a new password, or if you set a permanent password, their status
        becomes `Confirmed`.

        `AdminSetUserPassword` can set a password for the user profile that Amazon Cognito
        creates for third-party federated users. When you set a password, the federated user's
        status changes from `EXTERNAL_PROVIDER` to `CONFIRMED`. A user in this state can sign
        in as a federated user, and initiate authentication flows in the API like a linked
        native user. They can also modify their password and attributes in token-authenticated
        API requests like `ChangePassword` and `UpdateUserAttributes`. As a best security
        practice and to keep users in sync with your external IdP, don't set passwords on
        federated user profiles. To set up a federated user for native sign-in with a linked
        native user, refer to Linking federated users to an existing user profile
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to set the user's password.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            password:
                The new temporary or permanent password that you want to set for the user. You
                can't remove the password for a user who already has a password so that they
                can only sign in with passwordless methods. In this scenario, you must create
                a new user without a password.
            permanent:
                Set to `true` to set a password that the user can immediately sign in with.
                Set to `false` to set a temporary password that the user must change on their
                next sign-in.

        Returns:
            AdminSetUserPasswordResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            PasswordHistoryPolicyViolationException:
                The message returned when a user's new password matches a previous password
                and doesn't comply with the password-history policy.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_set_user_settings(
        self, *, user_pool_id: str, username: str, mfa_options: Sequence[MFAOptionType]
    ) -> AdminSetUserSettingsResponse:
        """This action is no longer supported. You can use it to configure only SMS MFA. You
        can't use it to configure time-based one-time password (TOTP) software token MFA.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the user whose options you're setting.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            mfa_options:
                You can use this parameter only to set an SMS configuration that uses SMS for
                delivery.

        Returns:
            AdminSetUserSettingsResponse:
                Represents the response from the server to set user settings as an
                administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_update_auth_event_feedback(
        self,
        *,
        user_pool_id: str,
        username: str,
        event_id: str,
        feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled,
    ) -> AdminUpdateAuthEventFeedbackResponse:
        """Provides the feedback for an authentication event generated by threat protection
        features. Your response indicates that you think that the event either was from a
        valid user or was an unwanted authentication attempt. This feedback improves the risk
        evaluation decision for the user pool as part of Amazon Cognito threat protection. To
        activate this setting, your user pool must be on the Plus tier
        (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).

        To train the threat-protection model to recognize trusted and untrusted sign-in
        characteristics, configure threat protection in audit-only mode and provide a
        mechanism for users or administrators to submit feedback. Your feedback can tell
        Amazon Cognito that a risk rating was assigned at a level you don't agree with.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to submit authentication-event
                feedback.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            event_id:
                The ID of the threat protection authentication event that you want to update.
            feedback_value:
                Your feedback to the authentication event. When you provide a `FeedbackValue`
                value of `valid`, you tell Amazon Cognito that you trust a user session where
                Amazon Cognito has evaluated some level of risk. When you provide a
                `FeedbackValue` value of `invalid`, you tell Amazon Cognito that you don't
                trust a user session, or you don't believe that Amazon Cognito evaluated a
                high-enough risk level.

        Returns:
            AdminUpdateAuthEventFeedbackResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserPoolAddOnNotEnabledException:
                This exception is thrown when user pool add-ons aren't enabled.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_update_device_status(
        self,
        *,
        user_pool_id: str,
        username: str,
        device_key: str,
        device_remembered_status: DeviceRememberedStatusType
        | DeviceRememberedStatusTypeValue
        | Unmodelled
        | None = ...,
    ) -> AdminUpdateDeviceStatusResponse:
        """Updates the status of a user's device so that it is marked as remembered or not
        remembered for the purpose of device authentication. Device authentication is a
        "remember me" mechanism that silently completes sign-in from trusted devices with a
        device key instead of a user-provided MFA code. This operation changes the status of a
        device without deleting it, so you can enable it again later. For more information
        about device authentication, see Working with devices
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to change a user's device status.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            device_key:
                The unique identifier, or device key, of the device that you want to update
                the status for.
            device_remembered_status:
                To enable device authentication with the specified device, set to
                `remembered`.To disable, set to `not_remembered`.

        Returns:
            AdminUpdateDeviceStatusResponse:
                The status response to the request to update the device, as an administrator.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_update_user_attributes(
        self,
        *,
        user_pool_id: str,
        username: str,
        user_attributes: Sequence[AttributeType],
        client_metadata: Mapping[str, str] | None = ...,
    ) -> AdminUpdateUserAttributesResponse:
        """Updates the specified user's attributes. To delete an attribute from your user, submit
        the attribute in your API request with a blank value.

        For custom attributes, you must add a `custom:` prefix to the attribute name, for
        example `custom:department`.

        This operation can set a user's email address or phone number as verified and permit
        immediate sign-in in user pools that require verification of these attributes. To do
        this, set the `email_verified` or `phone_number_verified` attribute to `true`.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            user_pool_id:
                The ID of the user pool where you want to update user attributes.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            user_attributes:
                An array of name-value pairs representing user attributes.

                For custom attributes, you must prepend the `custom:` prefix to the attribute
                name.

                If your user pool requires verification before Amazon Cognito updates an
                attribute value that you specify in this request, Amazon Cognito doesn't
                immediately update the value of that attribute. After your user receives and
                responds to a verification message to verify the new value, Amazon Cognito
                updates the attribute value. Your user can sign in and receive messages with
                the original attribute value until they verify the new value.

                To skip the verification message and update the value of an attribute that
                requires verification in the same API request, include the `email_verified` or
                `phone_number_verified` attribute, with a value of `true`. If you set the
                `email_verified` or `phone_number_verified` value for an `email` or
                `phone_number` attribute that requires verification to `true`, Amazon Cognito
                doesn't send a verification message to your user.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            AdminUpdateUserAttributesResponse:
                Represents the response from the server for the request to update user
                attributes as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def admin_user_global_sign_out(
        self, *, user_pool_id: str, username: str
    ) -> AdminUserGlobalSignOutResponse:
        """Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a
        user. Call this operation with your administrative credentials when your user signs
        out of your app. This results in the following behavior.

        - Amazon Cognito no longer accepts token-authorized user operations that you authorize
          with a signed-out user's access tokens. For more information, see Using the Amazon
          Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

          Amazon Cognito returns an `Access Token has been revoked` error when your app
          attempts to authorize a user pools API request with a revoked access token that
          contains the scope `aws.cognito.signin.user.admin`.
        - Amazon Cognito no longer accepts a signed-out user's ID token in a GetId
          (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html)
          request to an identity pool with `ServerSideTokenCheck` enabled for its user pool
          IdP configuration in CognitoIdentityProvider
          (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html).
        - Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh
          requests.

        Other requests might be valid until your user's token expires. This operation doesn't
        clear the managed login
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
        session cookie. To clear the session for a user who signed in with managed login or
        the classic hosted UI, direct their browser session to the logout endpoint
        (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to sign out a user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.

        Returns:
            AdminUserGlobalSignOutResponse:
                The global sign-out response, as an administrator.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def associate_software_token(
        self, *, access_token: str | None = ..., session: str | None = ...
    ) -> AssociateSoftwareTokenResponse:
        """Begins setup of time-based one-time password (TOTP) multi-factor authentication (MFA)
        for a user, with a unique private key that Amazon Cognito generates and returns in the
        API response. You can authorize an `AssociateSoftwareToken` request with either the
        user's access token, or a session string from a challenge response that you received
        from Amazon Cognito.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

                You can provide either an access token or a session ID in the request.
            session:
                The session identifier that maintains the state of authentication requests and
                challenge responses. In `AssociateSoftwareToken`, this is the session ID from
                a successful sign-in. You can provide either an access token or a session ID
                in the request.

        Returns:
            AssociateSoftwareTokenResponse:
                The response.

        Raises:
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            SoftwareTokenMFANotFoundException:
                This exception is thrown when the software token time-based one-time password
                (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def cancel_point_in_time_recovery(
        self, *, user_pool_id: str, restore_id: str
    ) -> CancelPointInTimeRecoveryResponse:
        """Cancels a point-in-time recovery of a user pool before Amazon Cognito applies any
        changes. You can cancel a recovery when its status is `PREVIEW_GENERATING` or
        `PREVIEW_GENERATED`. When you cancel a recovery, Amazon Cognito discards the recovery
        preview, resumes write operations in the user pool, and sets the status of the
        recovery to `PREVIEW_CANCELLED`. Your user pool data doesn't change.

        You can't cancel a recovery after you start it with a request.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the recovery that you want to cancel.
            restore_id:
                The ID of the recovery that you want to cancel. Amazon Cognito returns this ID
                in the response to an `InitiatePointInTimeRecovery` request.

        Returns:
            CancelPointInTimeRecoveryResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def change_password(
        self, *, proposed_password: str, access_token: str, previous_password: str | None = ...
    ) -> ChangePasswordResponse:
        """Changes the password for the currently signed-in user.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            proposed_password:
                A new password that you prompted the user to enter in your application.
            access_token:
                A valid access token that Amazon Cognito issued to the user whose password you
                want to change.
            previous_password:
                The user's previous password. Required if the user has a password. If the user
                has no password and only signs in with passwordless authentication options,
                you can omit this parameter.

        Returns:
            ChangePasswordResponse:
                The response from the server to the change password request.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            PasswordHistoryPolicyViolationException:
                The message returned when a user's new password matches a previous password
                and doesn't comply with the password-history policy.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def complete_web_authn_registration(
        self, *, access_token: str, credential: _types.Document
    ) -> CompleteWebAuthnRegistrationResponse:
        """Completes registration of a passkey authenticator for the currently signed-in user.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            credential:
                A RegistrationResponseJSON
                (https://www.w3.org/TR/WebAuthn-3/#dictdef-registrationresponsejson)
                public-key credential response from the user's passkey provider.

        Returns:
            CompleteWebAuthnRegistrationResponse:
                The response.

        Raises:
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            WebAuthnNotEnabledException:
                This exception is thrown when the passkey feature isn't enabled for the user
                pool.
            WebAuthnChallengeNotFoundException:
                This exception is thrown when the challenge from `StartWebAuthn` registration
                has expired.
            WebAuthnRelyingPartyMismatchException:
                This exception is thrown when the given passkey credential is associated with
                a different relying party ID than the user pool relying party ID.
            WebAuthnClientMismatchException:
                This exception is thrown when the access token is for a different client than
                the one in the original `StartWebAuthnRegistration` request.
            WebAuthnOriginNotAllowedException:
                This exception is thrown when the passkey credential's registration origin
                does not align with the user pool relying party id.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            WebAuthnCredentialNotSupportedException:
                This exception is thrown when a user presents passkey credentials from an
                unsupported device or provider.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def confirm_device(
        self,
        *,
        access_token: str,
        device_key: str,
        device_secret_verifier_config: DeviceSecretVerifierConfigType | None = ...,
        device_name: str | None = ...,
    ) -> ConfirmDeviceResponse:
        """Confirms a device that a user wants to remember. A remembered device is a "Remember me
        on this device" option for user pools that perform authentication with the device key
        of a trusted device in the back end, instead of a user-provided MFA code. For more
        information about device authentication, see Working with user devices in your user
        pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            device_key:
                The unique identifier, or device key, of the device that you want to update
                the status for.
            device_secret_verifier_config:
                The configuration of the device secret verifier.
            device_name:
                A friendly name for the device, for example `MyMobilePhone`.

        Returns:
            ConfirmDeviceResponse:
                The confirm-device response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            UsernameExistsException:
                This exception is thrown when Amazon Cognito encounters a user name that
                already exists in the user pool.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            DeviceKeyExistsException:
                This exception is thrown when a user attempts to confirm a device with a
                device key that already exists.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def confirm_forgot_password(
        self,
        *,
        client_id: str,
        username: str,
        confirmation_code: str,
        password: str,
        secret_hash: str | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        user_context_data: UserContextDataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> ConfirmForgotPasswordResponse:
        """This public API operation accepts a confirmation code that Amazon Cognito sent to a
        user and accepts a new password for that user.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            client_id:
                The ID of the app client where the user wants to reset their password. This
                parameter is an identifier of the client application that users are resetting
                their password from, but this operation resets users' irrespective of the app
                clients they sign in to.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            confirmation_code:
                The confirmation code that your user pool delivered when your user requested
                to reset their password.
            password:
                The new password that your user wants to set.
            secret_hash:
                A keyed-hash message authentication code (HMAC) calculated using the secret
                key of a user pool client and username plus the client ID in the message. For
                more information about `SecretHash`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).

                With the client's ``client_secret``: computed from the secret, ``username`` and
                ``client_id`` when not given.
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            ConfirmForgotPasswordResponse:
                The response from the server that results from a user's request to retrieve a
                forgotten password.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            PasswordHistoryPolicyViolationException:
                The message returned when a user's new password matches a previous password
                and doesn't comply with the password-history policy.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            TooManyFailedAttemptsException:
                This exception is thrown when the user has made too many failed attempts for a
                given action, such as sign-in.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def confirm_sign_up(
        self,
        *,
        client_id: str,
        username: str,
        confirmation_code: str,
        secret_hash: str | None = ...,
        force_alias_creation: bool | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        user_context_data: UserContextDataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
        session: str | None = ...,
    ) -> ConfirmSignUpResponse:
        """Confirms the account of a new user. This public API operation submits a code that
        Amazon Cognito sent to your user when they signed up in your user pool. After your
        user enters their code, they confirm ownership of the email address or phone number
        that they provided, and their user account becomes active. Depending on your user pool
        configuration, your users will receive their confirmation code in an email or SMS
        message.

        Local users who signed up in your user pool are the only type of user who can confirm
        sign-up with a code. Users who federate through an external identity provider (IdP)
        have already been confirmed by their IdP.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            client_id:
                The ID of the app client associated with the user pool.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            confirmation_code:
                The confirmation code that your user pool sent in response to the `SignUp`
                request.
            secret_hash:
                A keyed-hash message authentication code (HMAC) calculated using the secret
                key of a user pool client and username plus the client ID in the message. For
                more information about `SecretHash`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).

                With the client's ``client_secret``: computed from the secret, ``username`` and
                ``client_id`` when not given.
            force_alias_creation:
                When `true`, forces user confirmation despite any existing aliases. Defaults
                to `false`. A value of `true` migrates the alias from an existing user to the
                new user if an existing user already has the phone number or email address as
                an alias.

                Say, for example, that an existing user has an `email` attribute of
                `bob@example.com` and email is an alias in your user pool. If the new user
                also has an email of `bob@example.com` and your `ConfirmSignUp` response sets
                `ForceAliasCreation` to `true`, the new user can sign in with a username of
                `bob@example.com` and the existing user can no longer do so.

                If `false` and an attribute belongs to an existing alias, this request returns
                an AliasExistsException error.

                For more information about sign-in aliases, see Customizing sign-in attributes
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.
            session:
                The optional session ID from a `SignUp` API request. You can sign in a user
                directly from the sign-up process with the `USER_AUTH` authentication flow.

        Returns:
            ConfirmSignUpResponse:
                Represents the response from the server for the registration confirmation.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyFailedAttemptsException:
                This exception is thrown when the user has made too many failed attempts for a
                given action, such as sign-in.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_cimd_policy(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        policy_name: str,
        url_patterns: Sequence[str],
        cache_duration: int | None = ...,
    ) -> CreateCIMDPolicyResponse:
        """Creates a Client ID Metadata Document (CIMD) policy for an app client. A CIMD policy
        lets OAuth clients identify themselves to your user pool with an HTTPS URL as their
        client ID. Amazon Cognito retrieves the client metadata document from that URL and
        accepts the client only when the URL matches one of the URL patterns in the policy.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create the CIMD policy.
            client_id:
                The ID of the app client that you want to associate with the CIMD policy.
            policy_name:
                A friendly name for the CIMD policy.
            url_patterns:
                One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata
                document URL only when it matches one of these patterns. Patterns can contain
                the `*` wildcard character.
            cache_duration:
                The length of time, in seconds, that Amazon Cognito caches a client metadata
                document that it retrieved from a URL that matches the policy. The value must
                be between 86,400 seconds (one day) and 31,556,952 seconds (one year).

        Returns:
            CreateCIMDPolicyResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_group(
        self,
        *,
        group_name: str,
        user_pool_id: str,
        description: str | None = ...,
        role_arn: str | None = ...,
        precedence: int | None = ...,
    ) -> CreateGroupResponse:
        """Creates a new group in the specified user pool. For more information about user pool
        groups, see Adding groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            group_name:
                A name for the group. This name must be unique in your user pool.
            user_pool_id:
                The ID of the user pool where you want to create a user group.
            description:
                A description of the group that you're creating.
            role_arn:
                The Amazon Resource Name (ARN) for the IAM role that you want to associate
                with the group. A group role primarily declares a preferred role for the
                credentials that you get from an identity pool. Amazon Cognito ID tokens have
                a `cognito:preferred_role` claim that presents the highest-precedence group
                that a user belongs to. Both ID and access tokens also contain a
                `cognito:groups` claim that list all the groups that a user is a member of.
            precedence:
                A non-negative integer value that specifies the precedence of this group
                relative to the other groups that a user can belong to in the user pool. Zero
                is the highest precedence value. Groups with lower `Precedence` values take
                precedence over groups with higher or null `Precedence` values. If a user
                belongs to two or more groups, it is the group with the lowest precedence
                value whose role ARN is given in the user's tokens for the `cognito:roles` and
                `cognito:preferred_role` claims.

                Two groups can have the same `Precedence` value. If this happens, neither
                group takes precedence over the other. If two groups with the same
                `Precedence` have the same role ARN, that role is used in the
                `cognito:preferred_role` claim in tokens for users in each group. If the two
                groups have different role ARNs, the `cognito:preferred_role` claim isn't set
                in users' tokens.

                The default `Precedence` value is null. The maximum `Precedence` value is
                `2^31-1`.

        Returns:
            CreateGroupResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            GroupExistsException:
                This exception is thrown when Amazon Cognito encounters a group that already
                exists in the user pool.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_identity_provider(
        self,
        *,
        user_pool_id: str,
        provider_name: str,
        provider_type: IdentityProviderTypeType | IdentityProviderTypeTypeValue | Unmodelled,
        provider_details: Mapping[str, str],
        attribute_mapping: Mapping[str, str] | None = ...,
        idp_identifiers: Sequence[str] | None = ...,
        acr_mapping: Mapping[str, str] | None = ...,
    ) -> CreateIdentityProviderResponse:
        """Adds a configuration and trust relationship between a third-party identity provider
        (IdP) and a user pool. Amazon Cognito accepts sign-in with third-party identity
        providers through managed login and OIDC relying-party libraries. For more
        information, see Third-party IdP sign-in
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The Id of the user pool where you want to create an IdP.
            provider_name:
                The name that you want to assign to the IdP. You can pass the identity
                provider name in the `identity_provider` query parameter of requests to the
                Authorize endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html)
                to silently redirect to sign-in with the associated IdP.
            provider_type:
                The type of IdP that you want to add. Amazon Cognito supports OIDC, SAML 2.0,
                Login With Amazon, Sign In With Apple, Google, and Facebook IdPs.
            provider_details:
                The scopes, URLs, and identifiers for your external identity provider. The
                following examples describe the provider detail keys for each IdP type. These
                values and their schema are subject to change. Social IdP `authorize_scopes`
                values must match the values listed here.

                OpenID Connect (OIDC)
                    Amazon Cognito accepts the following elements when it can't discover
                    endpoint URLs from `oidc_issuer`: `attributes_url`, `authorize_url`,
                    `jwks_uri`, `token_url`.

                    Create or update request: `"ProviderDetails": {
                    "attributes_request_method": "GET", "attributes_url":
                    "https://auth.example.com/userInfo", "authorize_scopes": "openid profile
                    email", "authorize_url": "https://auth.example.com/authorize",
                    "client_id": "1example23456789", "client_secret":
                    "provider-app-client-secret", "jwks_uri":
                    "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
                    "https://auth.example.com", "token_url": "https://example.com/token" }`

                    Describe response: `"ProviderDetails": { "attributes_request_method":
                    "GET", "attributes_url": "https://auth.example.com/userInfo",
                    "attributes_url_add_attributes": "false", "authorize_scopes": "openid
                    profile email", "authorize_url": "https://auth.example.com/authorize",
                    "client_id": "1example23456789", "client_secret":
                    "provider-app-client-secret", "jwks_uri":
                    "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
                    "https://auth.example.com", "token_url": "https://example.com/token" }`

                SAML
                    Create or update request with Metadata URL: `"ProviderDetails": {
                    "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true",
                    "MetadataURL": "https://auth.example.com/sso/saml/metadata",
                    "RequestSigningAlgorithm": "rsa-sha256" }`

                    Create or update request with Metadata file: `"ProviderDetails": {
                    "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true",
                    "MetadataFile": "[metadata XML]", "RequestSigningAlgorithm": "rsa-sha256"
                    }`

                    The value of `MetadataFile` must be the plaintext metadata document with
                    all quote (") characters escaped by backslashes.

                    Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout":
                    "true", "EncryptedResponses" : "true", "ActiveEncryptionCertificate":
                    "[certificate]", "MetadataURL":
                    "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm":
                    "rsa-sha256", "SLORedirectBindingURI":
                    "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
                    "https://auth.example.com/sso/saml" }`

                LoginWithAmazon
                    Create or update request: `"ProviderDetails": { "authorize_scopes":
                    "profile postal_code", "client_id":
                    "amzn1.application-oa2-client.1example23456789", "client_secret":
                    "provider-app-client-secret"`

                    Describe response: `"ProviderDetails": { "attributes_url":
                    "https://api.amazon.com/user/profile", "attributes_url_add_attributes":
                    "false", "authorize_scopes": "profile postal_code", "authorize_url":
                    "https://www.amazon.com/ap/oa", "client_id":
                    "amzn1.application-oa2-client.1example23456789", "client_secret":
                    "provider-app-client-secret", "token_request_method": "POST", "token_url":
                    "https://api.amazon.com/auth/o2/token" }`

                Google
                    Create or update request: `"ProviderDetails": { "authorize_scopes": "email
                    profile openid", "client_id":
                    "1example23456789.apps.googleusercontent.com", "client_secret":
                    "provider-app-client-secret" }`

                    Describe response: `"ProviderDetails": { "attributes_url":
                    "https://people.googleapis.com/v1/people/me?personFields=",
                    "attributes_url_add_attributes": "true", "authorize_scopes": "email
                    profile openid", "authorize_url":
                    "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
                    "1example23456789.apps.googleusercontent.com", "client_secret":
                    "provider-app-client-secret", "oidc_issuer":
                    "https://accounts.google.com", "token_request_method": "POST",
                    "token_url": "https://www.googleapis.com/oauth2/v4/token" }`

                SignInWithApple
                    Create or update request: `"ProviderDetails": { "authorize_scopes": "email
                    name", "client_id": "com.example.cognito", "private_key": "1EXAMPLE",
                    "key_id": "2EXAMPLE", "team_id": "3EXAMPLE" }`

                    Describe response: `"ProviderDetails": { "attributes_url_add_attributes":
                    "false", "authorize_scopes": "email name", "authorize_url":
                    "https://appleid.apple.com/auth/authorize", "client_id":
                    "com.example.cognito", "key_id": "1EXAMPLE", "oidc_issuer":
                    "https://appleid.apple.com", "team_id": "2EXAMPLE",
                    "token_request_method": "POST", "token_url":
                    "https://appleid.apple.com/auth/token" }`

                Facebook
                    Create or update request: `"ProviderDetails": { "api_version": "v17.0",
                    "authorize_scopes": "public_profile, email", "client_id":
                    "1example23456789", "client_secret": "provider-app-client-secret" }`

                    Describe response: `"ProviderDetails": { "api_version": "v17.0",
                    "attributes_url": "https://graph.facebook.com/v17.0/me?fields=",
                    "attributes_url_add_attributes": "true", "authorize_scopes":
                    "public_profile, email", "authorize_url":
                    "https://www.facebook.com/v17.0/dialog/oauth", "client_id":
                    "1example23456789", "client_secret": "provider-app-client-secret",
                    "token_request_method": "GET", "token_url":
                    "https://graph.facebook.com/v17.0/oauth/access_token" }`
            attribute_mapping:
                A mapping of IdP attributes to standard and custom user pool attributes.
                Specify a user pool attribute as the key of the key-value pair, and the IdP
                attribute claim name as the value.
            idp_identifiers:
                An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP",
                "MyIdP2" ]`. Identifiers are friendly names that you can pass in the
                `idp_identifier` query parameter of requests to the Authorize endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html)
                to silently redirect to sign-in with the associated IdP. Identifiers in a
                domain format also enable the use of email-address matching with SAML
                providers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html).
            acr_mapping:
                A mapping between the authentication context class reference (ACR) levels of
                your user pool and the ACR values of the external OpenID Connect (OIDC)
                identity provider (IdP). The map is keyed by level, from `Level1` through
                `Level4`, and each value is the ACR value that the IdP uses for the
                corresponding level. Amazon Cognito uses this mapping to translate a requested
                user pool ACR level to the value that the IdP expects, and to map an ACR value
                that the IdP returns back to a user pool level. When the IdP returns an ACR
                value that isn't mapped, Amazon Cognito resolves it to the lowest level. Only
                OIDC IdPs support ACR mapping.

                Setting `AcrMapping` is available in all feature plans. It isn't restricted to
                the Essentials or Plus feature plan.

        Returns:
            CreateIdentityProviderResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            DuplicateProviderException:
                This exception is thrown when the provider is already supported by the user
                pool.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_managed_login_branding(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        use_cognito_provided_values: bool | None = ...,
        settings: _types.Document | None = ...,
        assets: Sequence[AssetType] | None = ...,
    ) -> CreateManagedLoginBrandingResponse:
        """Creates a new set of branding settings for a user pool style and associates it with an
        app client. This operation is the programmatic option for the creation of a new style
        in the branding editor.

        Provides values for UI customization in a `Settings` JSON object and image files in an
        `Assets` array. To send the JSON object `Document` type parameter in `Settings`, you
        might need to update to the most recent version of your Amazon Web Services SDK. To
        create a new style with default settings, set `UseCognitoProvidedValues` to `true` and
        don't provide values for any other options.

        This operation has a 2-megabyte request-size limit and include the CSS settings and
        image assets for your app client. Your branding settings might exceed 2MB in size.
        Amazon Cognito doesn't require that you pass all parameters in one request and
        preserves existing style settings that you don't specify. If your request is larger
        than 2MB, separate it into multiple requests, each with a size smaller than the limit.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create a new branding style.
            client_id:
                The app client that you want to create the branding style for. Each style is
                linked to an app client until you delete it.
            use_cognito_provided_values:
                When true, applies the default branding style options. These default options
                are managed by Amazon Cognito. You can modify them later in the branding
                editor.

                When you specify `true` for this option, you must also omit values for
                `Settings` and `Assets` in the request.
            settings:
                A JSON file, encoded as a `Document` type, with the the settings that you want
                to apply to your style.

                The following components are not currently implemented and reserved for future
                use:

                - `signUp`
                - `instructions`
                - `sessionTimerDisplay`
                - `languageSelector` (for localization, see Managed login localization)
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)
            assets:
                An array of image files that you want to apply to functions like backgrounds,
                logos, and icons. Each object must also indicate whether it is for dark mode,
                light mode, or browser-adaptive mode.

        Returns:
            CreateManagedLoginBrandingResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ManagedLoginBrandingExistsException:
                This exception is thrown when you attempt to apply a managed login branding
                style to an app client that already has an assigned style.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_resource_server(
        self,
        *,
        user_pool_id: str,
        identifier: str,
        name: str,
        scopes: Sequence[ResourceServerScopeType] | None = ...,
    ) -> CreateResourceServerResponse:
        """Creates a new OAuth2.0 resource server and defines custom scopes within it. Resource
        servers are associated with custom scopes and machine-to-machine (M2M) authorization.
        For more information, see Access control with resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create a resource server.
            identifier:
                A unique resource server identifier for the resource server. The identifier
                can be an API friendly name like `solar-system-data`. You can also set an API
                URL like `https://solar-system-data-api.example.com` as your identifier.

                Amazon Cognito represents scopes in the access token in the format
                `$resource-server-identifier/$scope`. Longer scope-identifier strings increase
                the size of your access tokens.
            name:
                A friendly name for the resource server.
            scopes:
                A list of custom scopes. Each scope is a key-value map with the keys
                `ScopeName` and `ScopeDescription`. The name of a custom scope is a
                combination of `ScopeName` and the resource server `Name` in this request, for
                example `MyResourceServerName/MyScopeName`.

        Returns:
            CreateResourceServerResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_terms(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        terms_name: str,
        terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled,
        enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled,
        links: Mapping[str, str] | None = ...,
    ) -> CreateTermsResponse:
        """Creates terms documents for the requested app client. When Terms and conditions and
        Privacy policy documents are configured, the app client displays links to them in the
        sign-up page of managed login for the app client.

        You can provide URLs for terms documents in the languages that are supported by
        managed login localization
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization).
        Amazon Cognito directs users to the terms documents for their current language, with
        fallback to `default` if no document exists for the language.

        Each request accepts one type of terms document and a map of language-to-link for that
        document type. You must provide both types of terms documents in at least one language
        before Amazon Cognito displays your terms documents. Supply each type in separate
        requests.

        For more information, see Terms documents
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create terms documents.
            client_id:
                The ID of the app client where you want to create terms documents. Must be an
                app client in the requested user pool.
            terms_name:
                A friendly name for the document that you want to create in the current
                request. Must begin with `terms-of-use` or `privacy-policy` as identification
                of the document type. Provide URLs for both `terms-of-use` and
                `privacy-policy` in separate requests.
            terms_source:
                This parameter is reserved for future use and currently accepts only one
                value.
            enforcement:
                This parameter is reserved for future use and currently accepts only one
                value.
            links:
                A map of URLs to languages. For each localized language that will view the
                requested `TermsName`, assign a URL. A selection of `cognito:default` displays
                for all languages that don't have a language-specific URL.

                For example, `"cognito:default": "https://terms.example.com",
                "cognito:spanish": "https://terms.example.com/es"`.

        Returns:
            CreateTermsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TermsExistsException:
                Terms document names must be unique to the app client. This exception is
                thrown when you attempt to create terms documents with a duplicate
                `TermsName`.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_user_import_job(
        self,
        *,
        job_name: str,
        user_pool_id: str,
        cloud_watch_logs_role_arn: str,
        password_hashing_algorithm: PasswordHashingAlgorithmType
        | PasswordHashingAlgorithmTypeValue
        | Unmodelled
        | None = ...,
    ) -> CreateUserImportJobResponse:
        """Creates a user import job. You can import users into user pools from a comma-separated
        values (CSV) file without adding Amazon Cognito MAU costs to your Amazon Web Services
        bill.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            job_name:
                A friendly name for the user import job.
            user_pool_id:
                The ID of the user pool that you want to import users into.
            cloud_watch_logs_role_arn:
                You must specify an IAM role that has permission to log import-job results to
                Amazon CloudWatch Logs. This parameter is the ARN of that role.
            password_hashing_algorithm:
                The password hashing algorithm used to generate the hashes in the CSV file for
                this import job.

                Valid values: `BCRYPT` | `SCRYPT` | `ARGON2ID` | `PBKDF2_SHA256`

        Returns:
            CreateUserImportJobResponse:
                Represents the response from the server to the request to create the user
                import job.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PreconditionNotMetException:
                This exception is thrown when a precondition is not met.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_user_pool(
        self,
        *,
        pool_name: str,
        policies: UserPoolPolicyType | None = ...,
        deletion_protection: DeletionProtectionType
        | DeletionProtectionTypeValue
        | Unmodelled
        | None = ...,
        lambda_config: LambdaConfigType | None = ...,
        auto_verified_attributes: Sequence[
            VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled
        ]
        | None = ...,
        alias_attributes: Sequence[AliasAttributeType | AliasAttributeTypeValue | Unmodelled]
        | None = ...,
        username_attributes: Sequence[
            UsernameAttributeType | UsernameAttributeTypeValue | Unmodelled
        ]
        | None = ...,
        sms_verification_message: str | None = ...,
        email_verification_message: str | None = ...,
        email_verification_subject: str | None = ...,
        verification_message_template: VerificationMessageTemplateType | None = ...,
        sms_authentication_message: str | None = ...,
        mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...,
        user_attribute_update_settings: UserAttributeUpdateSettingsType | None = ...,
        device_configuration: DeviceConfigurationType | None = ...,
        email_configuration: EmailConfigurationType | None = ...,
        sms_configuration: SmsConfigurationType | None = ...,
        user_pool_tags: Mapping[str, str] | None = ...,
        admin_create_user_config: AdminCreateUserConfigType | None = ...,
        schema: Sequence[SchemaAttributeType] | None = ...,
        user_pool_add_ons: UserPoolAddOnsType | None = ...,
        dcr_configuration: DcrConfigurationType | None = ...,
        username_configuration: UsernameConfigurationType | None = ...,
        account_recovery_setting: AccountRecoverySettingType | None = ...,
        user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None = ...,
        key_configuration: KeyConfigurationType | None = ...,
        issuer_configuration: IssuerConfigurationType | None = ...,
        acr_configuration: Mapping[str, AcrLevelConfigType] | None = ...,
    ) -> CreateUserPoolResponse:
        """Creates a new Amazon Cognito user pool. This operation sets basic and advanced
        configuration options.

        Important: If you don't provide a value for an attribute, Amazon Cognito sets it to
        its default value.

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            pool_name:
                A friendly name for your user pool.
            policies:
                The password policy and sign-in policy in the user pool. The password policy
                sets options like password complexity requirements and password history. The
                sign-in policy sets the options available to applications in choice-based
                authentication
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
            deletion_protection:
                When active, `DeletionProtection` prevents accidental deletion of your user
                pool. Before you can delete a user pool that you have protected against
                deletion, you must deactivate this feature.

                When you try to delete a protected user pool in a `DeleteUserPool` API
                request, Amazon Cognito returns an `InvalidParameterException` error. To
                delete a protected user pool, send a new `DeleteUserPool` request after you
                deactivate deletion protection in an `UpdateUserPool` API request.
            lambda_config:
                A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at
                several possible stages of authentication operations. Triggers can modify the
                outcome of the operations that invoked them.
            auto_verified_attributes:
                The attributes that you want your user pool to automatically verify. For more
                information, see Verifying contact information at sign-up
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves).
            alias_attributes:
                Attributes supported as an alias for this user pool. For more information
                about alias attributes, see Customizing sign-in attributes
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
            username_attributes:
                Specifies whether a user can use an email address or phone number as a
                username when they sign up. For more information, see Customizing sign-in
                attributes
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
            sms_verification_message:
                This parameter is no longer used.
            email_verification_message:
                This parameter is no longer used.
            email_verification_subject:
                This parameter is no longer used.
            verification_message_template:
                The template for the verification message that your user pool delivers to
                users who set an email address or phone number attribute.

                Set the email message type that corresponds to your `DefaultEmailOption`
                selection. For `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave
                `EmailMessage` blank. For `CONFIRM_WITH_CODE`, specify an `EmailMessage` and
                leave `EmailMessageByLink` blank. When you supply both parameters with either
                choice, Amazon Cognito returns an error.
            sms_authentication_message:
                The contents of the SMS message that your user pool sends to users in SMS OTP
                and MFA authentication.
            mfa_configuration:
                Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`,
                all users must set up MFA before they can sign in. When `OPTIONAL`, your
                application must make a client-side determination of whether a user wants to
                register an MFA device. For user pools with adaptive authentication with
                threat protection, choose `OPTIONAL`.

                When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically
                prompt users to set up MFA. Amazon Cognito generates MFA prompts in API
                responses and in managed login for users who have chosen and configured a
                preferred MFA factor.

                The `CreateUserPool` operation supports only SMS MFA configuration. If you set
                `MfaConfiguration` to either of these values, include an `SmsConfiguration` in
                the same request:

                - `ON` - Requires MFA for all users
                - `OPTIONAL` - Makes MFA optional for each user

                If you omit `SmsConfiguration`, the operation returns an
                `InvalidParameterException`. To configure TOTP or email MFA, use the
                SetUserPoolMfaConfig
                (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html)
                operation. You can also use `SetUserPoolMfaConfig` to add MFA factors later.
            user_attribute_update_settings:
                The settings for updates to user attributes. These settings include the
                property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that
                tells Amazon Cognito how to handle changes to the value of your users' email
                address and phone number attributes. For more information, see Verifying
                updates to email addresses and phone numbers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
            device_configuration:
                The device-remembering configuration for a user pool. Device remembering or
                device tracking is a "Remember me on this device" option for user pools that
                perform authentication with the device key of a trusted device in the back
                end, instead of a user-provided MFA code. For more information about device
                authentication, see Working with user devices in your user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
                A null value indicates that you have deactivated device remembering in your
                user pool.

                Note: When you provide a value for any `DeviceConfiguration` field, you
                activate the Amazon Cognito device-remembering feature. For more information,
                see Working with devices
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
            email_configuration:
                The email configuration of your user pool. The email configuration type sets
                your preferred sending method, Amazon Web Services Region, and sender for
                messages from your user pool.
            sms_configuration:
                The settings for your Amazon Cognito user pool to send SMS messages with
                Amazon Simple Notification Service. To send SMS messages with Amazon SNS in
                the Amazon Web Services Region that you want, the Amazon Cognito user pool
                uses an Identity and Access Management (IAM) role in your Amazon Web Services
                account. For more information see SMS message settings
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
            user_pool_tags:
                The tag keys and values to assign to the user pool. A tag is a label that you
                can use to categorize and manage user pools in different ways, such as by
                purpose, owner, environment, or other criteria.
            admin_create_user_config:
                The configuration for administrative creation of users. Includes the template
                for the invitation message for new users, the duration of temporary passwords,
                and permitting self-service sign-up.
            schema:
                An array of attributes for the new user pool. You can add custom attributes
                and modify the properties of default attributes. The specifications in this
                parameter set the required attributes in your user pool. For more information,
                see Working with user attributes
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
            user_pool_add_ons:
                Contains settings for activation of threat protection, including the operating
                mode and additional authentication types. To log user security information but
                take no action, set to `AUDIT`. To configure automatic security responses to
                potentially unwanted traffic to your user pool, set to `ENFORCED`.

                For more information, see Adding advanced security to a user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
                To activate this setting, your user pool must be on the Plus tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
            dcr_configuration:
                The dynamic client registration configuration for the user pool. With dynamic
                client registration, applications can register their own app clients at
                runtime through the registration endpoint of your user pool domain. To
                activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.
            username_configuration:
                Sets the case sensitivity option for sign-in usernames. When `CaseSensitive`
                is `false` (case insensitive), users can sign in with any combination of
                capital and lowercase letters. For example, `username`, `USERNAME`, or
                `UserName`, or for email, `email@example.com` or `EMaiL@eXamplE.Com`. For most
                use cases, set case sensitivity to `false` as a best practice. When usernames
                and email addresses are case insensitive, Amazon Cognito treats any variation
                in case as the same user, and prevents a case variation from being assigned to
                the same attribute for a different user.

                When `CaseSensitive` is `true` (case sensitive), Amazon Cognito interprets
                `USERNAME` and `UserName` as distinct users.

                This configuration is immutable after you set it.
            account_recovery_setting:
                The available verified method a user can use to recover their password when
                they call `ForgotPassword`. You can use this setting to define a preferred
                method when a user has more than one method available. With this setting, SMS
                doesn't qualify for a valid password recovery mechanism if the user also has
                SMS multi-factor authentication (MFA) activated. Email MFA is also
                disqualifying for account recovery with email. In the absence of this setting,
                Amazon Cognito uses the legacy behavior to determine the recovery method where
                SMS is preferred over email.

                As a best practice, configure both `verified_email` and
                `verified_phone_number`, with one having a higher priority than the other.
            user_pool_tier:
                The user pool feature plan
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
                or tier. This parameter determines the eligibility of the user pool for
                features like managed login, access-token customization, and threat
                protection. Defaults to `ESSENTIALS`.
            key_configuration:
                The key configuration for the user pool. Specifies the key type and KMS key
                ARN for encryption.
            issuer_configuration:
                The issuer configuration for the user pool. Specifies the issuer type for
                token generation.
            acr_configuration:
                The custom names for the authentication context class reference (ACR) levels
                in your user pool. Amazon Cognito defines four fixed ACR levels that represent
                increasing authentication assurance. The combination of authentication factors
                that satisfies each level is fixed and you can't change it. With this
                configuration, you customize only the URI name that Amazon Cognito reports for
                each level in the `acr` token claim.

                You can override a subset of the levels. By default, the levels are named
                `urn:cognito:loa:1` through `urn:cognito:loa:4`, and Amazon Cognito applies
                the default name to any level that you don't specify. Each name must be unique
                across all four levels, including any default names that apply to levels you
                don't override. A name can contain any character that is valid in a URL or a
                URN.

                Configuring custom ACR level names requires the Essentials or Plus feature
                plan. To activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.

        Returns:
            CreateUserPoolResponse:
                Represents the response from the server for the request to create a user pool.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserPoolTaggingException:
                This exception is thrown when a user pool tag can't be set or updated.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            TierChangeNotAllowedException:
                This exception is thrown when you've attempted to change your feature plan but
                the operation isn't permitted.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_user_pool_client(
        self,
        *,
        user_pool_id: str,
        client_name: str,
        generate_secret: bool | None = ...,
        client_secret: str | None = ...,
        refresh_token_validity: int | None = ...,
        access_token_validity: int | None = ...,
        id_token_validity: int | None = ...,
        token_validity_units: TokenValidityUnitsType | None = ...,
        read_attributes: Sequence[str] | None = ...,
        write_attributes: Sequence[str] | None = ...,
        explicit_auth_flows: Sequence[
            ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled
        ]
        | None = ...,
        supported_identity_providers: Sequence[str] | None = ...,
        callback_urls: Sequence[str] | None = ...,
        logout_urls: Sequence[str] | None = ...,
        default_redirect_uri: str | None = ...,
        allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled]
        | None = ...,
        allowed_o_auth_scopes: Sequence[str] | None = ...,
        allowed_o_auth_flows_user_pool_client: bool | None = ...,
        analytics_configuration: AnalyticsConfigurationType | None = ...,
        prevent_user_existence_errors: PreventUserExistenceErrorTypes
        | PreventUserExistenceErrorTypesValue
        | Unmodelled
        | None = ...,
        enable_token_revocation: bool | None = ...,
        enable_propagate_additional_user_context_data: bool | None = ...,
        auth_session_validity: int | None = ...,
        refresh_token_rotation: RefreshTokenRotationType | None = ...,
        publish_secrets_in_aws_secrets_manager: bool | None = ...,
    ) -> CreateUserPoolClientResponse:
        """Creates an app client in a user pool. This operation sets basic and advanced
        configuration options.

        Unlike app clients created in the console, Amazon Cognito doesn't automatically assign
        a branding style to app clients that you configure with this API operation. Managed
        login and classic hosted UI pages aren't available for your client until after you
        apply a branding style.

        Important: If you don't provide a value for an attribute, Amazon Cognito sets it to
        its default value.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to create an app client.
            client_name:
                A friendly name for the app client that you want to create.
            generate_secret:
                When `true`, generates a client secret for the app client. Client secrets are
                used with server-side and machine-to-machine applications. Client secrets are
                automatically generated; you can't specify a secret value. For more
                information, see App client types
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html#user-pool-settings-client-app-client-types).
            client_secret:
                A custom client secret that you want to use for the app client. You cannot
                specify both GenerateSecret as true and provide a ClientSecret value.
            refresh_token_validity:
                The refresh token time limit. After this limit expires, your user can't use
                their refresh token. To specify the time unit for `RefreshTokenValidity` as
                `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in
                your API request.

                For example, when you set `RefreshTokenValidity` as `10` and
                `TokenValidityUnits` as `days`, your user can refresh their session and
                retrieve new access and ID tokens for 10 days.

                The default time unit for `RefreshTokenValidity` in an API request is days.
                You can't set `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides
                the value with the default value of 30 days. Valid range is displayed below in
                seconds.

                If you don't specify otherwise in the configuration of your app client, your
                refresh tokens are valid for 30 days.
            access_token_validity:
                The access token time limit. After this limit expires, your user can't use
                their access token. To specify the time unit for `AccessTokenValidity` as
                `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in
                your API request.

                For example, when you set `AccessTokenValidity` to `10` and
                `TokenValidityUnits` to `hours`, your user can authorize access with their
                access token for 10 hours.

                The default time unit for `AccessTokenValidity` in an API request is hours.
                Valid range is displayed below in seconds.

                If you don't specify otherwise in the configuration of your app client, your
                access tokens are valid for one hour.
            id_token_validity:
                The ID token time limit. After this limit expires, your user can't use their
                ID token. To specify the time unit for `IdTokenValidity` as `seconds`,
                `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API
                request.

                For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits`
                as `hours`, your user can authenticate their session with their ID token for
                10 hours.

                The default time unit for `IdTokenValidity` in an API request is hours. Valid
                range is displayed below in seconds.

                If you don't specify otherwise in the configuration of your app client, your
                ID tokens are valid for one hour.
            token_validity_units:
                The units that validity times are represented in. The default unit for refresh
                tokens is days, and the default for ID and access tokens are hours.
            read_attributes:
                The list of user attributes that you want your app client to have read access
                to. After your user authenticates in your app, their access token authorizes
                them to read their own attribute value for any attribute in this list.

                When you don't specify the `ReadAttributes` for your app client, your app can
                read the values of `email_verified`, `phone_number_verified`, and the standard
                attributes of your user pool. When your user pool app client has read access
                to these default attributes, `ReadAttributes` doesn't return any information.
                Amazon Cognito only populates `ReadAttributes` in the API response if you have
                specified your own custom set of read attributes.
            write_attributes:
                The list of user attributes that you want your app client to have write access
                to. After your user authenticates in your app, their access token authorizes
                them to set or modify their own attribute value for any attribute in this
                list.

                When you don't specify the `WriteAttributes` for your app client, your app can
                write the values of the Standard attributes of your user pool. When your user
                pool has write access to these default attributes, `WriteAttributes` doesn't
                return any information. Amazon Cognito only populates `WriteAttributes` in the
                API response if you have specified your own custom set of write attributes.

                If your app client allows users to sign in through an IdP, this array must
                include all attributes that you have mapped to IdP attributes. Amazon Cognito
                updates mapped attributes when users sign in to your application through an
                IdP. If your app client does not have write access to a mapped attribute,
                Amazon Cognito throws an error when it tries to update the attribute. For more
                information, see Specifying IdP Attribute Mappings for Your user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
            explicit_auth_flows:
                The authentication flows
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
                that you want your user pool client to support. For each app client in your
                user pool, you can sign in your users with any combination of one or more
                flows, including with a user name and Secure Remote Password (SRP), a user
                name and password, or a custom authentication process that you define with
                Lambda functions.

                Note: If you don't specify a value for `ExplicitAuthFlows`, your app client
                supports `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and
                `ALLOW_CUSTOM_AUTH`.

                The values for authentication flow options include the following.

                - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This
                  setting covers username-password, secure remote password (SRP),
                  passwordless, and passkey authentication. This authentiation flow can do
                  username-password and SRP authentication without other `ExplicitAuthFlows`
                  permitting them. For example users can complete an SRP challenge through
                  `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
                  client. This flow doesn't include `CUSTOM_AUTH`.

                  To activate this setting, your user pool must be in the Essentials tier
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                  or higher.
                - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password
                  authentication flow `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the
                  `ADMIN_NO_SRP_AUTH` setting. With this authentication flow, your app passes
                  a user name and password to Amazon Cognito in the request, instead of using
                  the Secure Remote Password (SRP) protocol to securely transmit the password.
                - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
                - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In
                  this flow, Amazon Cognito receives the password in the request instead of
                  using the SRP protocol to verify passwords.
                - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
                - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
                - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request
                  `GetDerivedToken` token exchanges without an `ActorToken`. The issued token
                  represents the subject user directly.
                - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request
                  `GetDerivedToken` token exchanges that include an `ActorToken`. The issued
                  token carries an `act` claim that identifies the intermediary acting on the
                  behalf of the subject.

                In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
                `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these
                legacy `ExplicitAuthFlows` values to user pool clients at the same time as
                values that begin with `ALLOW_`, like `ALLOW_USER_SRP_AUTH`.
            supported_identity_providers:
                A list of provider names for the identity providers (IdPs) that are supported
                on this client. The following are supported: `COGNITO`, `Facebook`, `Google`,
                `SignInWithApple`, and `LoginWithAmazon`. You can also specify the names that
                you configured for the SAML and OIDC IdPs in your user pool, for example
                `MySAMLIdP` or `MyOIDCIdP`.

                This parameter sets the IdPs that managed login
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
                will display on the login page for your app client. The removal of `COGNITO`
                from this list doesn't prevent authentication operations for local users with
                the user pools API in an Amazon Web Services SDK. The only way to prevent
                SDK-based authentication is to block access with a WAF rule
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html).
            callback_urls:
                A list of allowed redirect, or callback, URLs for managed login
                authentication. These URLs are the paths where you want to send your users'
                browsers after they complete authentication with managed login or a
                third-party IdP. Typically, callback URLs are the home of an application that
                uses OAuth or OIDC libraries to process authentication outcomes.

                A redirect URI must meet the following requirements:

                - Be an absolute URI.
                - Be registered with the authorization server. Amazon Cognito doesn't accept
                  authorization requests with `redirect_uri` values that aren't in the list of
                  `CallbackURLs` that you provide in this parameter.
                - Not include a fragment component.

                See OAuth 2.0 - Redirection Endpoint
                (https://tools.ietf.org/html/rfc6749#section-3.1.2).

                Amazon Cognito requires HTTPS over HTTP except for callback URLs to
                `http://localhost`, `http://127.0.0.1` and `http://[::1]`. These callback URLs
                are for testing purposes only. You can specify custom TCP ports for your
                callback URLs.

                App callback URLs such as `myapp://example` are also supported.
            logout_urls:
                A list of allowed logout URLs for managed login authentication. When you pass
                `logout_uri` and `client_id` parameters to `/logout`, Amazon Cognito signs out
                your user and redirects them to the logout URL. This parameter describes the
                URLs that you want to be the permitted targets of `logout_uri`. A typical use
                of these URLs is when a user selects "Sign out" and you redirect them to your
                public homepage. For more information, see Logout endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
            default_redirect_uri:
                The default redirect URI. In app clients with one assigned IdP, replaces
                `redirect_uri` in authentication requests. Must be in the `CallbackURLs` list.
            allowed_o_auth_flows:
                The OAuth grant types that you want your app client to generate for clients in
                managed login authentication. To create an app client that generates client
                credentials grants, you must add `client_credentials` as the only allowed
                OAuth flow.

                code
                    Use a code grant flow, which provides an authorization code as the
                    response. This code can be exchanged for access tokens with the
                    `/oauth2/token` endpoint.

                implicit
                    Issue the access token, and the ID token when scopes like `openid` and
                    `profile` are requested, directly to your user.

                client_credentials
                    Issue the access token from the `/oauth2/token` endpoint directly to a
                    non-person user, authorized by a combination of the client ID and client
                    secret.
            allowed_o_auth_scopes:
                The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit
                your app client to authorize access with. Scopes govern access control to user
                pool self-service API operations, user data from the `userInfo` endpoint, and
                third-party APIs. Scope values include `phone`, `email`, `openid`, and
                `profile`. The `aws.cognito.signin.user.admin` scope authorizes user
                self-service operations. Custom scopes with resource servers authorize access
                to external APIs.
            allowed_o_auth_flows_user_pool_client:
                Set to `true` to use OAuth 2.0 authorization server features in your app
                client.

                This parameter must have a value of `true` before you can configure the
                following features in your app client.

                - `CallBackURLs`: Callback URLs.
                - `LogoutURLs`: Sign-out redirect URLs.
                - `AllowedOAuthScopes`: OAuth 2.0 scopes.
                - `AllowedOAuthFlows`: Support for authorization code, implicit, and client
                  credentials OAuth 2.0 grants.

                To use authorization server features, configure one of these features in the
                Amazon Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
                `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set
                a value for `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or
                SDKs, it defaults to `false`. When `false`, only SDK-based API sign-in is
                permitted.
            analytics_configuration:
                The user pool analytics configuration for collecting metrics and sending them
                to your Amazon Pinpoint campaign.

                In Amazon Web Services Regions where Amazon Pinpoint isn't available, user
                pools might not have access to analytics or might be configurable with
                campaigns in the US East (N. Virginia) Region. For more information, see Using
                Amazon Pinpoint analytics
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html).
            prevent_user_existence_errors:
                When `ENABLED`, suppresses messages that might indicate a valid user exists
                when someone attempts sign-in. This parameters sets your preference for the
                errors and responses that you want Amazon Cognito APIs to return during
                authentication, account confirmation, and password recovery when the user
                doesn't exist in the user pool. When set to `ENABLED` and the user doesn't
                exist, authentication returns an error indicating either the username or
                password was incorrect. Account confirmation and password recovery return a
                response indicating a code was sent to a simulated destination. When set to
                `LEGACY`, those APIs return a `UserNotFoundException` exception if the user
                doesn't exist in the user pool.

                Defaults to `LEGACY`.
            enable_token_revocation:
                Activates or deactivates token revocation
                (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html)
                in the target app client.

                If you don't include this parameter, token revocation is automatically
                activated for the new user pool client.
            enable_propagate_additional_user_context_data:
                When `true`, your application can include additional `UserContextData` in
                authentication requests. This data includes the IP address, and contributes to
                analysis by threat protection features. For more information about propagation
                of user context data, see Adding session data to API requests
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
                If you don't include this parameter, you can't send the source IP address to
                Amazon Cognito threat protection features. You can only activate
                `EnablePropagateAdditionalUserContextData` in an app client that has a client
                secret.
            auth_session_validity:
                Amazon Cognito creates a session token for each API request in an
                authentication flow. `AuthSessionValidity` is the duration, in minutes, of
                that session token. Your user pool native user must respond to each
                authentication challenge before the session expires.
            refresh_token_rotation:
                The configuration of your app client for refresh token rotation. When enabled,
                your app client issues new ID, access, and refresh tokens when users renew
                their sessions with refresh tokens. When disabled, token refresh issues only
                ID and access tokens.
            publish_secrets_in_aws_secrets_manager:
                Specifies whether Amazon Cognito stores and manages this app client's secret
                in Amazon Web Services Secrets Manager
                (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html)
                instead of returning the plaintext value. Applies only when `GenerateSecret`
                is `true`. When you set this parameter to `true`, the response returns
                `ClientSecretArn` instead of `ClientSecret`. Amazon Cognito starts the first
                rotation of the secret right away, and then rotates the secret every 7 days by
                default. You can change the rotation schedule in Secrets Manager.

                Defaults to `false`. If you don't set this parameter, Amazon Cognito doesn't
                manage the secret in Secrets Manager and returns the plaintext `ClientSecret`
                value. The Amazon Cognito console turns on this option by default when it
                creates an app client with a generated client secret.

        Returns:
            CreateUserPoolClientResponse:
                Represents the response from the server to create a user pool client.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ScopeDoesNotExistException:
                This exception is thrown when the specified scope doesn't exist.
            InvalidOAuthFlowException:
                This exception is thrown when the specified OAuth flow is not valid.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_user_pool_domain(
        self,
        *,
        domain: str,
        user_pool_id: str,
        managed_login_version: int | None = ...,
        custom_domain_config: CustomDomainConfigType | None = ...,
        routing: RoutingType | None = ...,
    ) -> CreateUserPoolDomainResponse:
        """A user pool domain hosts managed login, an authorization server and web server for
        authentication in your application. This operation creates a new user pool prefix
        domain or custom domain and sets the managed login branding version. Set the branding
        version to `1` for hosted UI (classic) or `2` for managed login. When you choose a
        custom domain, you must provide an SSL certificate in the US East (N. Virginia) Amazon
        Web Services Region in your request.

        Your prefix domain might take up to one minute to take effect. Your custom domain is
        online within five minutes, but it can take up to one hour to distribute your SSL
        certificate.

        For more information about adding a custom domain to your user pool, see Configuring a
        user pool domain
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            domain:
                The domain string. For custom domains, this is the fully-qualified domain
                name, such as `auth.example.com`. For prefix domains, this is the prefix
                alone, such as `myprefix`. A prefix value of `myprefix` for a user pool in the
                `us-east-1` Region results in a domain of
                `myprefix.auth.us-east-1.amazoncognito.com`.
            user_pool_id:
                The ID of the user pool where you want to add a domain.
            managed_login_version:
                The version of managed login branding that you want to apply to your domain. A
                value of `1` indicates hosted UI (classic) and a version of `2` indicates
                managed login.

                Managed login requires that your user pool be configured for any feature plan
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html)
                other than `Lite`.

                A `ManagedLoginVersion` value of `2` does not activate managed login pages for
                your app client. When you create an app client programmatically, your app
                client has no branding style. To use managed login, create a branding style
                using the CreateManagedLoginBranding
                (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html)
                operation. When you use the console, Amazon Cognito assigns a default branding
                style automatically. When you use the API or an SDK, you must create a
                branding style yourself.
            custom_domain_config:
                The configuration for a custom domain. Configures your domain with an
                Certificate Manager certificate in the `us-east-1` Region.

                Provide this parameter only if you want to use a custom domain
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html)
                for your user pool. Otherwise, you can omit this parameter and use a prefix
                domain
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html)
                instead.

                When you create a custom domain, the passkey RP ID defaults to the custom
                domain. If you had a prefix domain active, this will cause passkey integration
                for your prefix domain to stop working due to a mismatch in RP ID. To keep the
                prefix domain passkey integration working, you can explicitly set RP ID to the
                prefix domain.
            routing:
                The configuration of routing for requests to the domain for replicas of a
                replicated user pool. The routing configuration is currently only supported
                for custom domains.

        Returns:
            CreateUserPoolDomainResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def create_user_pool_replica(
        self, *, user_pool_id: str, region_name: str, user_pool_tags: Mapping[str, str] | None = ...
    ) -> CreateUserPoolReplicaResponse:
        """Creates a replica of an existing user pool in a specified Amazon Web Services Region.
        The replica enables multi-region replication for high availability and disaster
        recovery. To create a replica, you must have permissions to create user pools in the
        target Region.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool to replicate.
            region_name:
                The Amazon Web Services Region where you want to create the replica user pool.
            user_pool_tags:
                A map of tags to assign to the replica user pool. Each tag consists of a key
                and an optional value, both of which you define. You can maintain tags
                independently on replica user pools.

        Returns:
            CreateUserPoolReplicaResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserPoolTaggingException:
                This exception is thrown when a user pool tag can't be set or updated.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_cimd_policy(
        self, *, user_pool_id: str, cimd_policy_id: str
    ) -> DeleteCIMDPolicyResponse:
        """Deletes a Client ID Metadata Document (CIMD) policy.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy that you want to delete.

        Returns:
            DeleteCIMDPolicyResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_group(self, *, group_name: str, user_pool_id: str) -> None:
        """Deletes a group from the specified user pool. When you delete a group, that group no
        longer contributes to users' `cognito:preferred_group` or `cognito:groups` claims, and
        no longer influence access-control decision that are based on group membership. For
        more information about user pool groups, see Adding groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            group_name:
                The name of the group that you want to delete.
            user_pool_id:
                The ID of the user pool where you want to delete the group.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_identity_provider(self, *, user_pool_id: str, provider_name: str) -> None:
        """Deletes a user pool identity provider (IdP). After you delete an IdP, users can no
        longer sign in to your user pool through that IdP. For more information about user
        pool IdPs, see Third-party IdP sign-in
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the identity provider.
            provider_name:
                The name of the IdP that you want to delete.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnsupportedIdentityProviderException:
                This exception is thrown when the specified identifier isn't supported.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_managed_login_branding(
        self, *, managed_login_branding_id: str, user_pool_id: str
    ) -> None:
        """Deletes a managed login branding style. When you delete a style, you delete the
        branding association for an app client. When an app client doesn't have a style
        assigned, your managed login pages for that app client are nonfunctional until you
        create a new style or switch the domain branding version.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            managed_login_branding_id:
                The ID of the managed login branding style that you want to delete.
            user_pool_id:
                The ID of the user pool that contains the managed login branding style that
                you want to delete.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_resource_server(self, *, user_pool_id: str, identifier: str) -> None:
        """Deletes a resource server. After you delete a resource server, users can no longer
        generate access tokens with scopes that are associate with that resource server.

        Resource servers are associated with custom scopes and machine-to-machine (M2M)
        authorization. For more information, see Access control with resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the resource server.
            identifier:
                The identifier of the resource server that you want to delete.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_terms(self, *, terms_id: str, user_pool_id: str) -> None:
        """Deletes the terms documents with the requested ID from your app client.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            terms_id:
                The ID of the terms documents that you want to delete.
            user_pool_id:
                The ID of the user pool that contains the terms documents that you want to
                delete.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user(self, *, access_token: str) -> None:
        """Deletes the profile of the currently signed-in user. A deleted user profile can no
        longer be used to sign in and can't be restored.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_attributes(
        self, *, user_attribute_names: Sequence[str], access_token: str
    ) -> DeleteUserAttributesResponse:
        """Deletes attributes from the currently signed-in user. For example, your application
        can submit a request to this operation when a user wants to remove their `birthdate`
        attribute value.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            user_attribute_names:
                An array of strings representing the user attribute names you want to delete.

                For custom attributes, you must prepend the `custom:` prefix to the attribute
                name, for example `custom:department`.
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            DeleteUserAttributesResponse:
                Represents the response from the server to delete user attributes.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_pool(self, *, user_pool_id: str) -> None:
        """Deletes a user pool. After you delete a user pool, users can no longer sign in to any
        associated applications.

        When you delete a user pool, it's no longer visible or operational in your Amazon Web
        Services account. Amazon Cognito retains deleted user pools in an inactive state for
        14 days, then begins a cleanup process that fully removes them from Amazon Web
        Services systems. In case of accidental deletion, contact Amazon Web Services Support
        within 14 days for restoration assistance.

        Amazon Cognito begins full deletion of all resources from deleted user pools after 14
        days. In the case of large user pools, the cleanup process might take significant
        additional time before all user data is permanently deleted.

        Args:
            user_pool_id:
                The ID of the user pool that you want to delete.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserImportInProgressException:
                This exception is thrown when you're trying to modify a user pool while a user
                import job is in progress for that pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_pool_client(self, *, user_pool_id: str, client_id: str) -> None:
        """Deletes a user pool app client. After you delete an app client, users can no longer
        sign in to the associated application.

        Args:
            user_pool_id:
                The ID of the user pool where you want to delete the client.
            client_id:
                The ID of the user pool app client that you want to delete.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_pool_client_secret(
        self, *, user_pool_id: str, client_id: str, client_secret_id: str
    ) -> DeleteUserPoolClientSecretResponse:
        """Deletes a specific client secret from a user pool app client. You cannot delete the
        last remaining secret for an app client.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client.
            client_id:
                The ID of the app client from which you want to delete the secret.
            client_secret_id:
                The unique identifier of the client secret you want to delete.

        Returns:
            DeleteUserPoolClientSecretResponse:
                The response from deleting a client secret.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InternalServerException:
                This exception is thrown when Amazon Cognito encounters an internal server
                error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_pool_domain(
        self, *, domain: str, user_pool_id: str
    ) -> DeleteUserPoolDomainResponse:
        """Given a user pool ID and domain identifier, deletes a user pool domain. After you
        delete a user pool domain, your managed login pages and authorization server are no
        longer available.

        Args:
            domain:
                The domain that you want to delete. For custom domains, this is the
                fully-qualified domain name like `auth.example.com`. For Amazon Cognito prefix
                domains, this is the prefix alone, like `myprefix`.
            user_pool_id:
                The ID of the user pool where you want to delete the domain.

        Returns:
            DeleteUserPoolDomainResponse:
                The response.

        Raises:
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_user_pool_replica(
        self, *, user_pool_id: str, region_name: str
    ) -> DeleteUserPoolReplicaResponse:
        """Deletes a secondary replica user pool. You can only delete replicas that are in the
        INACTIVE status. This operation must be called from the primary Region.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the replica to delete.
            region_name:
                The Amazon Web Services Region of the replica to delete.

        Returns:
            DeleteUserPoolReplicaResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def delete_web_authn_credential(
        self, *, access_token: str, credential_id: str
    ) -> DeleteWebAuthnCredentialResponse:
        """Deletes a registered passkey, or WebAuthn, authenticator for the currently signed-in
        user.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            credential_id:
                The unique identifier of the passkey that you want to delete.

        Returns:
            DeleteWebAuthnCredentialResponse:
                The response.

        Raises:
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_cimd_policy(
        self, *, user_pool_id: str, cimd_policy_id: str
    ) -> DescribeCIMDPolicyResponse:
        """Returns the configuration of a Client ID Metadata Document (CIMD) policy.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy that you want to describe.

        Returns:
            DescribeCIMDPolicyResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_identity_provider(
        self, *, user_pool_id: str, provider_name: str
    ) -> DescribeIdentityProviderResponse:
        """Given a user pool ID and identity provider (IdP) name, returns details about the IdP.

        Args:
            user_pool_id:
                The ID of the user pool that has the IdP that you want to describe..
            provider_name:
                The name of the IdP that you want to describe.

        Returns:
            DescribeIdentityProviderResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_managed_login_branding(
        self,
        *,
        user_pool_id: str,
        managed_login_branding_id: str,
        return_merged_resources: bool | None = ...,
    ) -> DescribeManagedLoginBrandingResponse:
        """Given the ID of a managed login branding style, returns detailed information about the
        style.

        Args:
            user_pool_id:
                The ID of the user pool that contains the managed login branding style that
                you want to get information about.
            managed_login_branding_id:
                The ID of the managed login branding style that you want to get more
                information about.
            return_merged_resources:
                When `true`, returns values for branding options that are unchanged from
                Amazon Cognito defaults. When `false` or when you omit this parameter, returns
                only values that you customized in your branding style.

        Returns:
            DescribeManagedLoginBrandingResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_managed_login_branding_by_client(
        self, *, user_pool_id: str, client_id: str, return_merged_resources: bool | None = ...
    ) -> DescribeManagedLoginBrandingByClientResponse:
        """Given the ID of a user pool app client, returns detailed information about the style
        assigned to the app client.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client where you want more
                information about the managed login branding style.
            client_id:
                The app client that's assigned to the branding style that you want more
                information about.
            return_merged_resources:
                When `true`, returns values for branding options that are unchanged from
                Amazon Cognito defaults. When `false` or when you omit this parameter, returns
                only values that you customized in your branding style.

        Returns:
            DescribeManagedLoginBrandingByClientResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_point_in_time_recovery(
        self, *, user_pool_id: str, restore_id: str
    ) -> DescribePointInTimeRecoveryResponse:
        """Returns details about a point-in-time recovery of a user pool, including its status
        and the point in time that it restores the user pool to. After Amazon Cognito
        generates the recovery preview, the response also includes the number of entities that
        the recovery creates, updates, and deletes. Review the preview before you apply the
        recovery with a request or discard it with a request.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the recovery that you want to describe.
            restore_id:
                The ID of the recovery that you want to describe. Amazon Cognito returns this
                ID in the response to an `InitiatePointInTimeRecovery` request.

        Returns:
            DescribePointInTimeRecoveryResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_resource_server(
        self, *, user_pool_id: str, identifier: str
    ) -> DescribeResourceServerResponse:
        """Describes a resource server. For more information about resource servers, see Access
        control with resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Args:
            user_pool_id:
                The ID of the user pool that hosts the resource server.
            identifier:
                A unique resource server identifier for the resource server. The identifier
                can be an API friendly name like `solar-system-data`. You can also set an API
                URL like `https://solar-system-data-api.example.com` as your identifier.

                Amazon Cognito represents scopes in the access token in the format
                `$resource-server-identifier/$scope`. Longer scope-identifier strings increase
                the size of your access tokens.

        Returns:
            DescribeResourceServerResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_risk_configuration(
        self, *, user_pool_id: str, client_id: str | None = ...
    ) -> DescribeRiskConfigurationResponse:
        """Given an app client or user pool ID where threat protection is configured, describes
        the risk configuration. This operation returns details about adaptive authentication,
        compromised credentials, and IP-address allow- and denylists. For more information
        about threat protection, see Threat protection
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html).

        Args:
            user_pool_id:
                The ID of the user pool with the risk configuration that you want to inspect.
                You can apply default risk configuration at the user pool level and further
                customize it from user pool defaults at the app-client level. Specify
                `ClientId` to inspect client-level configuration, or `UserPoolId` to inspect
                pool-level configuration.
            client_id:
                The ID of the app client with the risk configuration that you want to inspect.
                You can apply default risk configuration at the user pool level and further
                customize it from user pool defaults at the app-client level. Specify
                `ClientId` to inspect client-level configuration, or `UserPoolId` to inspect
                pool-level configuration.

        Returns:
            DescribeRiskConfigurationResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserPoolAddOnNotEnabledException:
                This exception is thrown when user pool add-ons aren't enabled.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_terms(self, *, terms_id: str, user_pool_id: str) -> DescribeTermsResponse:
        """Returns details for the requested terms documents ID. For more information, see Terms
        documents
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            terms_id:
                The ID of the terms documents that you want to describe.
            user_pool_id:
                The ID of the user pool that contains the terms documents that you want to
                describe.

        Returns:
            DescribeTermsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_terms_by_client(
        self, *, client_id: str, user_pool_id: str, terms_name: str
    ) -> DescribeTermsByClientResponse:
        """Returns details for the terms documents that are associated with an app client,
        identified by the app client ID, user pool ID, and terms name. For more information,
        see Terms documents
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).

        To call `DescribeTermsByClient`, you must have the `cognito-idp:DescribeTermsByClient`
        Identity and Access Management (IAM) permission. An IAM policy that denies
        `cognito-idp:DescribeTerms` also denies requests to `DescribeTermsByClient`.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            client_id:
                The ID of the app client that the terms documents are associated with.
            user_pool_id:
                The ID of the user pool that contains the terms documents that you want to
                describe.
            terms_name:
                The name of the terms documents that you want to describe.

        Returns:
            DescribeTermsByClientResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_user_import_job(
        self, *, user_pool_id: str, job_id: str
    ) -> DescribeUserImportJobResponse:
        """Describes a user import job. For more information about user CSV import, see Importing
        users from a CSV file
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).

        Args:
            user_pool_id:
                The ID of the user pool that's associated with the import job.
            job_id:
                The Id of the user import job that you want to describe.

        Returns:
            DescribeUserImportJobResponse:
                Represents the response from the server to the request to describe the user
                import job.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_user_pool(self, *, user_pool_id: str) -> DescribeUserPoolResponse:
        """Given a user pool ID, returns configuration information. This operation is useful when
        you want to inspect an existing user pool and programmatically replicate the
        configuration to another user pool.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool you want to describe.

        Returns:
            DescribeUserPoolResponse:
                Represents the response to describe the user pool.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserPoolTaggingException:
                This exception is thrown when a user pool tag can't be set or updated.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_user_pool_client(
        self, *, user_pool_id: str, client_id: str
    ) -> DescribeUserPoolClientResponse:
        """Given an app client ID, returns configuration information. This operation is useful
        when you want to inspect an existing app client and programmatically replicate the
        configuration to another app client. For more information about app clients, see App
        clients
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client you want to describe.
            client_id:
                The ID of the app client that you want to describe.

        Returns:
            DescribeUserPoolClientResponse:
                Represents the response from the server from a request to describe the user
                pool client.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def describe_user_pool_domain(self, *, domain: str) -> DescribeUserPoolDomainResponse:
        """Given a user pool domain name, returns information about the domain configuration.

        Note: This operation doesn't return results when you query a prefix domain in a
        secondary Region. Prefix domains are Region-specific and can only be described in the
        Region where they were created. To describe a prefix domain for a replica user pool,
        make the request to the primary Region's endpoint.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            domain:
                The domain that you want to describe. For custom domains, this is the
                fully-qualified domain name, such as `auth.example.com`. For Amazon Cognito
                prefix domains, this is the prefix alone, such as `auth`.

        Returns:
            DescribeUserPoolDomainResponse:
                The response.

        Raises:
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def forget_device(self, *, device_key: str, access_token: str | None = ...) -> None:
        """Given a device key, deletes a remembered device as the currently signed-in user. For
        more information about device authentication, see Working with user devices in your
        user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            device_key:
                The unique identifier, or device key, of the device that the user wants to
                forget.
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def forgot_password(
        self,
        *,
        client_id: str,
        username: str,
        secret_hash: str | None = ...,
        user_context_data: UserContextDataType | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> ForgotPasswordResponse:
        """Sends a password-reset confirmation code to the email address or phone number of the
        requested username. The message delivery method is determined by the user's available
        attributes and the `AccountRecoverySetting` configuration of the user pool.

        For the `Username` parameter, you can use the username or an email, phone, or
        preferred username alias.

        If neither a verified phone number nor a verified email exists, Amazon Cognito
        responds with an `InvalidParameterException` error . If your app client has a client
        secret and you don't provide a `SECRET_HASH` parameter, this API returns
        `NotAuthorizedException`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            client_id:
                The ID of the user pool app client associated with the current signed-in user.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            secret_hash:
                A keyed-hash message authentication code (HMAC) calculated using the secret
                key of a user pool client and username plus the client ID in the message. For
                more information about `SecretHash`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).

                With the client's ``client_secret``: computed from the secret, ``username`` and
                ``client_id`` when not given.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            ForgotPasswordResponse:
                The response from Amazon Cognito to a request to reset a password.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_csv_header(self, *, user_pool_id: str) -> GetCSVHeaderResponse:
        """Given a user pool ID, generates a comma-separated value (CSV) list populated with
        available user attributes in the user pool. This list is the header for the CSV file
        that determines the users in a user import job. Save the content of `CSVHeader` in the
        response as a `.csv` file and populate it with the usernames and attributes of users
        that you want to import. For more information about CSV user import, see Importing
        users from a CSV file
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that you want to import users into.

        Returns:
            GetCSVHeaderResponse:
                Represents the response from the server to the request to get the header
                information of the CSV file for the user import job.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_client_token(
        self,
        *,
        client_id: str,
        secret: str,
        scopes: Sequence[str] | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> GetClientTokenResponse:
        """Issues an access token for machine-to-machine (M2M) authorization. Your app client
        provides its client ID and secret, and receives an access token that authorizes
        requests to your resource servers.

        To use this operation, you must configure the app client with a client secret and
        enable the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow. The
        `ALLOW_CLIENT_TOKEN_AUTH` flow is mutually exclusive with user authentication flows.
        It must be the only authentication flow that you configure for the app client. For
        more information, see Scopes, M2M, and resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            client_id:
                The ID of the app client that requests the access token. The app client must
                have a client secret and the `ALLOW_CLIENT_TOKEN_AUTH` authentication flow.
            secret:
                An active secret for the app client.
            scopes:
                The custom scopes to authorize in the access token, in the format
                `resource-server-identifier/scope-name`. Each scope must belong to a resource
                server in your user pool. If you don't specify any scopes, Amazon Cognito
                authorizes the scopes that are configured for the app client.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            GetClientTokenResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_derived_token(
        self,
        *,
        client_id: str,
        subject_token: str,
        subject_token_type: TokenTypeIdentifierType | TokenTypeIdentifierTypeValue | Unmodelled,
        client_secret: str | None = ...,
        subject_token_provider_name: str | None = ...,
        actor_token: str | None = ...,
        actor_token_type: TokenTypeIdentifierType
        | TokenTypeIdentifierTypeValue
        | Unmodelled
        | None = ...,
        actor_token_provider_name: str | None = ...,
        scopes: Sequence[str] | None = ...,
        audiences: Sequence[str] | None = ...,
        resources: Sequence[str] | None = ...,
        requested_token_type: IssuedTokenTypeIdentifierType
        | IssuedTokenTypeIdentifierTypeValue
        | Unmodelled
        | None = ...,
    ) -> GetDerivedTokenResponse:
        """Exchanges an existing token for a new token that is scoped and audience-bound for a
        specific downstream service, following the OAuth 2.0 Token Exchange grant type. For
        more information about the OAuth 2.0 Token Exchange grant type, see RFC 8693 - OAuth
        2.0 Token Exchange (https://tools.ietf.org/html/rfc8693) on the IETF website. Present
        a `SubjectToken`, the credential that you already hold, to receive a new token
        appropriate for calling a specific resource server or audience.

        If you also present an `ActorToken` that identifies an intermediary service, the
        issued token carries an `act` claim that identifies the intermediary, and downstream
        services can distinguish a user acting directly from an intermediary acting on the
        user's behalf. If you don't present an `ActorToken`, the issued token appears as if
        the user acted directly.

        To use this operation, you must have IAM credentials, or you must present the
        requesting app client's `ClientId` and, if the client has a secret, `ClientSecret`, in
        the request.

        The requesting app client must have `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` or
        `ALLOW_TOKEN_EXCHANGE_DELEGATION` in its `ExplicitAuthFlows` (depending on whether you
        include an `ActorToken`), or the request fails.

        Args:
            client_id:
                The ID of the app client that requests the token exchange.
            subject_token:
                The token that you want to exchange for a new token. This is the credential
                that represents the identity of the party on behalf of whom the request is
                being made.
            subject_token_type:
                The type of the `SubjectToken` that you want to exchange. Valid values:

                - `ACCESS_TOKEN` - The subject token is an access token.
                - `ID_TOKEN` - The subject token is an ID token.
                - `SAML2` - The subject token is a SAML 2.0 assertion.
            client_secret:
                The client secret of the requested app client, if the client has a secret.
            subject_token_provider_name:
                The name of the third-party identity provider that issued the `SubjectToken`,
                if the subject token isn't a Amazon Cognito token. Provide this value when
                your `SubjectToken` came from a SAML or OIDC provider that you registered with
                your user pool, so that Amazon Cognito can validate it against that provider's
                configuration. Omit this parameter for a Amazon Cognito ID or access token.
            actor_token:
                A token that identifies the intermediary service that is exchanging the token
                on behalf of the user. When you provide an `ActorToken`, the token that Amazon
                Cognito issues carries an `act` claim that identifies the intermediary, so
                that downstream services can distinguish a user acting directly from an
                intermediary acting on the user's behalf.
            actor_token_type:
                The type of the `ActorToken` that you provide. Required when you provide an
                `ActorToken`. Valid values:

                - `ACCESS_TOKEN` - The actor token is an access token.
                - `ID_TOKEN` - The actor token is an ID token.
                - `SAML2` - The actor token is a SAML 2.0 assertion.
            actor_token_provider_name:
                The name of the third-party identity provider that issued the `ActorToken`, if
                the actor token isn't a Amazon Cognito token.
            scopes:
                The scopes that you want the new token to have. Amazon Cognito issues a token
                with the intersection of these requested scopes, the scopes of your
                `SubjectToken`, and the scopes that are allowed for the requesting app client.
                If you don't specify any scopes, Amazon Cognito issues a token with the same
                scopes as your `SubjectToken`.
            audiences:
                The logical name of the target service where you intend to use the issued
                token. You can't request both `Audiences` and `Resources` in the same request.
            resources:
                The identifier of a resource server in your user pool where you intend to use
                the issued token. You can't request both `Resources` and `Audiences` in the
                same request.
            requested_token_type:
                The type of token that you want Amazon Cognito to issue. Valid values:

                - `ACCESS_TOKEN` - Issues an access token.
                - `ID_TOKEN` - Issues an ID token.

                Amazon Cognito can't issue a SAML assertion, so `SAML2` isn't a valid value
                for this parameter.

        Returns:
            GetDerivedTokenResponse:
                Represents the response to a token exchange request.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_device(self, *, device_key: str, access_token: str | None = ...) -> GetDeviceResponse:
        """Given a device key, returns information about a remembered device for the current
        user. For more information about device authentication, see Working with user devices
        in your user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            device_key:
                The key of the device that you want to get information about.
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            GetDeviceResponse:
                Gets the device response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_group(self, *, group_name: str, user_pool_id: str) -> GetGroupResponse:
        """Given a user pool ID and a group name, returns information about the user group.

        For more information about user pool groups, see Adding groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            group_name:
                The name of the group that you want to get information about.
            user_pool_id:
                The ID of the user pool that contains the group that you want to query.

        Returns:
            GetGroupResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_identity_provider_by_identifier(
        self, *, user_pool_id: str, idp_identifier: str
    ) -> GetIdentityProviderByIdentifierResponse:
        """Given the identifier of an identity provider (IdP), for example `examplecorp`, returns
        information about the user pool configuration for that IdP. For more information about
        IdPs, see Third-party IdP sign-in
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).

        Args:
            user_pool_id:
                The ID of the user pool where you want to get information about the IdP.
            idp_identifier:
                The identifier that you assigned to your user pool. The identifier is an
                alternative name for an IdP that is distinct from the IdP name. For example,
                an IdP with a name of `MyIdP` might have an identifier of the email domain
                `example.com`.

        Returns:
            GetIdentityProviderByIdentifierResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_log_delivery_configuration(
        self, *, user_pool_id: str
    ) -> GetLogDeliveryConfigurationResponse:
        """Given a user pool ID, returns the logging configuration. User pools can export
        message-delivery error and threat-protection activity logs to external Amazon Web
        Services services. For more information, see Exporting user pool logs
        (https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that has the logging configuration that you want to
                view.

        Returns:
            GetLogDeliveryConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_provisioned_limit(
        self, *, limit_definition: LimitDefinitionType
    ) -> GetProvisionedLimitResponse:
        """Returns the current provisioned limit for a specific API category.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            limit_definition:
                The limit to retrieve. Specify the limit class and the attributes that
                identify the limit.

        Returns:
            GetProvisionedLimitResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_signing_certificate(self, *, user_pool_id: str) -> GetSigningCertificateResponse:
        """Given a user pool ID, returns the signing certificate for SAML 2.0 federation.

        Issued certificates are valid for 10 years from the date of issue. Amazon Cognito
        issues and assigns a new signing certificate annually. This renewal process returns a
        new value in the response to `GetSigningCertificate`, but doesn't invalidate the
        original certificate.

        For more information, see Signing SAML requests
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html#cognito-user-pools-SAML-signing).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to view the signing certificate.

        Returns:
            GetSigningCertificateResponse:
                Response from Amazon Cognito for a signing certificate request.

        Raises:
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_tokens_from_refresh_token(
        self,
        *,
        refresh_token: str,
        client_id: str,
        client_secret: str | None = ...,
        device_key: str | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> GetTokensFromRefreshTokenResponse:
        """Given a refresh token, issues new ID, access, and optionally refresh tokens for the
        user who owns the submitted token. This operation issues a new refresh token and
        invalidates the original refresh token after an optional grace period when refresh
        token rotation is enabled. If refresh token rotation is disabled, issues new ID and
        access tokens only.

        Args:
            refresh_token:
                A valid refresh token that can authorize the request for new tokens. When
                refresh token rotation is active in the requested app client, this token is
                invalidated after the request is complete and after an optional grace period.
            client_id:
                The app client that issued the refresh token to the user who wants to request
                new tokens.
            client_secret:
                The client secret of the requested app client, if the client has a secret.
            device_key:
                When you enable device remembering, Amazon Cognito issues a device key that
                you can use for device authentication that bypasses multi-factor
                authentication (MFA). To implement `GetTokensFromRefreshToken` in a user pool
                with device remembering, you must capture the device key from the initial
                authentication request. If your application doesn't provide the key of a
                registered device, Amazon Cognito issues a new one. You must provide the
                confirmed device key in this request if device remembering is enabled in your
                user pool.

                For more information about device remembering, see Working with devices
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            GetTokensFromRefreshTokenResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            RefreshTokenReuseException:
                This exception is throw when your application requests token refresh with a
                refresh token that has been invalidated by refresh-token rotation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_ui_customization(
        self, *, user_pool_id: str, client_id: str | None = ...
    ) -> GetUICustomizationResponse:
        """Given a user pool ID or app client, returns information about classic hosted UI
        branding that you applied, if any. Returns user-pool level branding information if no
        app client branding is applied, or if you don't specify an app client ID. Returns an
        empty object if you haven't applied hosted UI branding to either the client or the
        user pool. For more information, see Hosted UI (classic) branding
        (https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html).

        Args:
            user_pool_id:
                The ID of the user pool that you want to query for branding settings.
            client_id:
                The ID of the app client that you want to query for branding settings.

        Returns:
            GetUICustomizationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user(self, *, access_token: str) -> GetUserResponse:
        """Gets user attributes and and MFA settings for the currently signed-in user.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            GetUserResponse:
                Represents the response from the server from the request to get information
                about the user.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user_attribute_verification_code(
        self,
        *,
        access_token: str,
        attribute_name: str,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> GetUserAttributeVerificationCodeResponse:
        """Given an attribute name, sends a user attribute verification code for the specified
        attribute name to the currently signed-in user.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            attribute_name:
                The name of the attribute that the user wants to verify, for example `email`.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            GetUserAttributeVerificationCodeResponse:
                The verification code response returned by the server response to get the user
                attribute verification code.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user_auth_factors(self, *, access_token: str) -> GetUserAuthFactorsResponse:
        """Lists the authentication options for the currently signed-in user. Returns the
        following:

        1. The user's multi-factor authentication (MFA) preferences.
        2. The user's options for choice-based authentication with the `USER_AUTH` flow.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            GetUserAuthFactorsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user_pool_client_session_configuration(
        self, *, user_pool_id: str, client_id: str
    ) -> GetUserPoolClientSessionConfigurationResponse:
        """Retrieves the session configuration for a user pool app client. If you have never
        called `SetUserPoolClientSessionConfiguration` for the app client, this operation
        returns the default SSO session maximum validity of `60` minutes.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client.
            client_id:
                The ID of the app client where you want to retrieve the session configuration.

        Returns:
            GetUserPoolClientSessionConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user_pool_mfa_config(self, *, user_pool_id: str) -> GetUserPoolMfaConfigResponse:
        """Given a user pool ID, returns configuration for sign-in with WebAuthn authenticators
        and for multi-factor authentication (MFA). This operation describes the following:

        - The WebAuthn relying party (RP) ID and user-verification settings.
        - The required, optional, or disabled state of MFA for all user pool users.
        - The message templates for email and SMS MFA.
        - The enabled or disabled state of time-based one-time password (TOTP) MFA.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to query WebAuthn and MFA
                configuration.

        Returns:
            GetUserPoolMfaConfigResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def get_user_pool_session_configuration(
        self, *, user_pool_id: str
    ) -> GetUserPoolSessionConfigurationResponse:
        """Retrieves the session tracking configuration for a user pool, including whether
        session tracking is enabled and the pool-wide maximum number of active token sessions
        for each user. If you have never called `SetUserPoolSessionConfiguration` for the user
        pool, this operation returns the default values: `UserSessionTracking` as `DISABLED`
        and a `MaxPerUser` value of `20`.

        Args:
            user_pool_id:
                The ID of the user pool where you want to retrieve the session configuration.

        Returns:
            GetUserPoolSessionConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def global_sign_out(self, *, access_token: str) -> GlobalSignOutResponse:
        """Invalidates the identity, access, and refresh tokens that Amazon Cognito issued to a
        user. Call this operation when your user signs out of your app. This results in the
        following behavior.

        - Amazon Cognito no longer accepts token-authorized user operations that you authorize
          with a signed-out user's access tokens. For more information, see Using the Amazon
          Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

          Amazon Cognito returns an `Access Token has been revoked` error when your app
          attempts to authorize a user pools API request with a revoked access token that
          contains the scope `aws.cognito.signin.user.admin`.
        - Amazon Cognito no longer accepts a signed-out user's ID token in a GetId
          (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html)
          request to an identity pool with `ServerSideTokenCheck` enabled for its user pool
          IdP configuration in CognitoIdentityProvider
          (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html).
        - Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh
          requests.

        Other requests might be valid until your user's token expires. This operation doesn't
        clear the managed login
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
        session cookie. To clear the session for a user who signed in with managed login or
        the classic hosted UI, direct their browser session to the logout endpoint
        (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            GlobalSignOutResponse:
                The response to the request to sign out all devices.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def initiate_auth(
        self,
        *,
        auth_flow: AuthFlowType | AuthFlowTypeValue | Unmodelled,
        client_id: str,
        auth_parameters: Mapping[str, str] | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        user_context_data: UserContextDataType | None = ...,
        session: str | None = ...,
    ) -> InitiateAuthResponse:
        """Declares an authentication flow and initiates sign-in for a user in the Amazon Cognito
        user directory. Amazon Cognito might respond with an additional challenge or an
        `AuthenticationResult` that contains the outcome of a successful authentication. You
        can't sign in a user with a federated IdP with `InitiateAuth`. For more information,
        see Authentication
        (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html).

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            auth_flow:
                The authentication flow that you want to initiate. Each `AuthFlow` has linked
                `AuthParameters` that you must submit. The following are some example flows.

                USER_AUTH
                    The entry point for choice-based authentication
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice)
                    with passwords, one-time passwords, and WebAuthn authenticators. Request a
                    preferred authentication type or review available authentication types.
                    From the offered authentication types, select one in a challenge response
                    and then authenticate with that method in an additional challenge
                    response. To activate this setting, your user pool must be in the
                    Essentials tier
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                    or higher.

                USER_SRP_AUTH
                    Username-password authentication with the Secure Remote Password (SRP)
                    protocol. For more information, see Use SRP password verification in
                    custom authentication flow
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html#Using-SRP-password-verification-in-custom-authentication-flow).

                REFRESH_TOKEN_AUTH and REFRESH_TOKEN
                    Receive new ID and access tokens when you pass a `REFRESH_TOKEN` parameter
                    with a valid refresh token as the value. For more information, see Using
                    the refresh token
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).

                CUSTOM_AUTH
                    Custom authentication with Lambda triggers. For more information, see
                    Custom authentication challenge Lambda triggers
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).

                USER_PASSWORD_AUTH
                    Client-side username-password authentication with the password sent
                    directly in the request. For more information about client-side and
                    server-side authentication, see SDK authorization models
                    (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-public-server-side.html).

                `ADMIN_USER_PASSWORD_AUTH` is a flow type of `AdminInitiateAuth` and isn't
                valid for InitiateAuth. `ADMIN_NO_SRP_AUTH` is a legacy server-side
                username-password flow and isn't valid for InitiateAuth.
            client_id:
                The ID of the app client that your user wants to sign in to.
            auth_parameters:
                The authentication parameters. These are inputs corresponding to the
                `AuthFlow` that you're invoking.

                The following are some authentication flows and their parameters. Add a
                `SECRET_HASH` parameter if your app client has a client secret. Add
                `DEVICE_KEY` if you want to bypass multi-factor authentication with a
                remembered device.

                USER_AUTH
                    - `USERNAME` (required)
                    - `PREFERRED_CHALLENGE`. If you don't provide a value for
                      `PREFERRED_CHALLENGE`, Amazon Cognito responds with the
                      `AvailableChallenges` parameter that specifies the available sign-in
                      methods.
                    - `TARGET_ACR_VALUES`. An optional, space-separated list of the
                      authentication context class reference (ACR) level URIs that you want
                      the user to reach. List the levels in priority order, from highest to
                      lowest. Amazon Cognito attempts the highest-priority level that the user
                      can satisfy, and falls back through the list. Amazon Cognito ignores any
                      value that it doesn't recognize. If none of the requested values are
                      valid, Amazon Cognito returns an error.

                      Requesting step-up authentication with this parameter requires the
                      Essentials or Plus feature plan. On a lower feature plan, InitiateAuth
                      returns a FeatureUnavailableInTierException. `USERNAME` is required.
                      When you provide an `ACCESS_TOKEN`, you must also provide
                      `TARGET_ACR_VALUES`. Amazon Cognito returns an error if you provide an
                      `ACCESS_TOKEN` without `TARGET_ACR_VALUES`. The `USERNAME` that you
                      provide must match the user that the `ACCESS_TOKEN` was issued for.

                      For more information about step-up authentication and how Amazon Cognito
                      handles multi-factor authentication requirements, see Step-up
                      authentication with ACR and AMR
                      (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-step-up-authentication.html)
                      in the Amazon Cognito Developer Guide.
                    - `MAX_AGE`. An optional integer that sets the maximum number of seconds
                      allowed since the user last authenticated. If the user's most recent
                      authentication is older than this value, Amazon Cognito discards the
                      authentication-methods credit from any access token that you provide and
                      processes the request as a fresh authentication toward the target level.
                      The access token itself remains valid.

                USER_SRP_AUTH
                    - `USERNAME` (required)
                    - `SRP_A` (required)

                USER_PASSWORD_AUTH
                    - `USERNAME` (required)
                    - `PASSWORD` (required)

                REFRESH_TOKEN_AUTH/REFRESH_TOKEN
                    - `REFRESH_TOKEN`(required)

                CUSTOM_AUTH
                    - `USERNAME` (required)
                    - `ChallengeName: SRP_A` (when doing SRP authentication before custom
                      challenges)
                    - `SRP_A: (An SRP_A value)` (when doing SRP authentication before custom
                      challenges)

                For more information about `SECRET_HASH`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
                For information about `DEVICE_KEY`, see Working with user devices in your user
                pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

                With the client's ``client_secret``: SECRET_HASH is added (to a new mapping),
                computed from the secret, the USERNAME entry and ``client_id``, when the map has
                a USERNAME and no SECRET_HASH. Refreshing tokens (REFRESH_TOKEN_AUTH,
                REFRESH_TOKEN) needs no USERNAME, and the user cannot be read from the refresh
                token: for an app client with a secret, put USERNAME in the map too, as Cognito
                checks the hash against the user's name in the pool: their user name, or their
                sub when they signed in with an alias such as an email address (not the alias
                they typed). Or give SECRET_HASH yourself.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                The `ClientMetadata` value is passed as input to the functions for only the
                following triggers:

                - Pre signup
                - Pre authentication
                - User migration

                This request also invokes the functions for the following triggers, but
                doesn't pass `ClientMetadata`:

                - Post authentication
                - Custom message
                - Pre token generation
                - Create auth challenge
                - Define auth challenge
                - Custom email sender
                - Custom SMS sender

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            session:
                The optional session ID from a `ConfirmSignUp` API request. You can sign in a
                user directly from the sign-up process with the `USER_AUTH` authentication
                flow. When you pass the session ID to `InitiateAuth`, Amazon Cognito assumes
                the SMS or email message one-time verification password from `ConfirmSignUp`
                as the primary authentication factor. You're not required to submit this code
                a second time. This option is only valid for users who have confirmed their
                sign-up and are signing in for the first time within the authentication flow
                session duration of the session ID.

        Returns:
            InitiateAuthResponse:
                Initiates the authentication response.

        Raises:
            UnsupportedOperationException:
                Exception that is thrown when you attempt to perform an operation that isn't
                enabled for the user pool client.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def initiate_point_in_time_recovery(
        self, *, user_pool_id: str, restore_timestamp: datetime.datetime
    ) -> InitiatePointInTimeRecoveryResponse:
        """Initiates a point-in-time recovery of a user pool to a time in the past that you
        specify. This operation is the first step of a recovery and doesn't change your user
        pool data. Amazon Cognito pauses write operations in the user pool and generates a
        recovery preview, which might not be available immediately. The preview shows the
        number of entities that the recovery creates, updates, and deletes. To check the
        status of the recovery and review the preview, make a request. When the status is
        `PREVIEW_GENERATED`, apply the recovery with a request or discard it with a request.
        The time that it takes to generate the recovery preview doesn't depend on the size of
        your user pool.

        Important: Point-in-time recovery is a disaster recovery feature. Use it to recover
        from accidental or unauthorized changes that affect your user data, for example the
        deletion or corruption of many users. Don't use point-in-time recovery to remove users
        that were created recently or to revert changes to individual users. To delete or
        update individual users, use operations like and .

        While a recovery is in progress, Amazon Cognito blocks operations that write to the
        user pool, for example user sign-up, user creation, and attribute updates. Sign-in and
        read operations continue to work, with the following exceptions:

        - Users who must set a new password, set up MFA, or respond to a TOTP MFA challenge
          can't complete sign-in. Sign-in with the `NEW_PASSWORD_REQUIRED`, `MFA_SETUP`, and
          `SOFTWARE_TOKEN_MFA` challenges fails until the recovery ends.
        - Federated users can sign in only if they have previously signed in to the user pool
          and their attributes from the external identity provider haven't changed.
        - You can't create or start user import jobs. Start your import jobs after the
          recovery ends.

        If you don't start or cancel the recovery within 24 hours after you initiate it, the
        recovery preview expires. Amazon Cognito then resumes write operations and doesn't
        change your user pool data. The 24-hour period includes the time that Amazon Cognito
        takes to generate the recovery preview.

        A point-in-time recovery restores user data, including user profiles and attributes,
        group memberships, passwords, MFA settings, and passkeys. It doesn't restore user pool
        configuration, for example app clients, the attribute schema, encryption settings, or
        multi-Region replication settings. Users who changed their password after the recovery
        point keep their current password.

        The following requirements and limits apply to point-in-time recovery:

        - Your user pool must be on the Essentials or Plus feature plan
          (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html).
          With the Essentials feature plan, you can recover your user pool to a point in time
          up to 1 day in the past. With the Plus feature plan, you can recover up to 14 days
          in the past. Your user pool must have been on the required feature plan at the
          recovery point. For example, to recover to a point in time 14 days ago, your user
          pool must have been on the Plus feature plan for the past 14 days.
        - The recovery point must be at least 15 minutes in the past and can't be earlier than
          the creation time of the user pool.
        - A user pool can have only one active recovery at a time.
        - An Amazon Web Services account can have up to five active recoveries at a time
          across all of its user pools. An organization in Amazon Web Services Organizations
          can have up to ten active recoveries at a time across all of its accounts.
        - You can complete one recovery of a user pool in a 24-hour period.
        - You can create up to three recovery previews of a user pool, ten recovery previews
          in an Amazon Web Services account, and 15 recovery previews in an organization in
          Amazon Web Services Organizations in a 24-hour period. You can create up to ten
          recovery previews of a user pool in a 30-day period.
        - You can't initiate a recovery while a user import job is in progress in your user
          pool. Wait for the import job to complete, or stop it with a request, and then
          initiate the recovery.
        - In a user pool with multi-Region replication, you can initiate a recovery only in
          the primary Amazon Web Services Region, and only after replication is complete.
        - If your user pool uses a customer managed key in KMS for encryption, the key must
          remain enabled and accessible to Amazon Cognito for the duration of the recovery.
        - Some user pools don't support point-in-time recovery, for example some older user
          pools and user pools that contain user data with characters or formats that
          point-in-time recovery doesn't support. If your user pool doesn't support it, Amazon
          Cognito returns an error when you initiate a recovery. To get help with this
          limitation, contact Amazon Web Services Support.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that you want to recover.
            restore_timestamp:
                The point in time that you want to recover your user pool to. Amazon Cognito
                reverts changes to user data that occurred after this time. The recovery point
                must be at least 15 minutes in the past and within the recovery period of your
                user pool feature plan: up to 1 day in the past with the Essentials feature
                plan, or up to 14 days in the past with the Plus feature plan.

        Returns:
            InitiatePointInTimeRecoveryResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_cimd_policies(
        self, *, user_pool_id: str, next_token: str | None = ..., max_results: int | None = ...
    ) -> ListCIMDPoliciesResponse:
        """Lists the Client ID Metadata Document (CIMD) policies in a user pool.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool whose CIMD policies you want to list.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            max_results:
                The maximum number of CIMD policies that you want Amazon Cognito to return in
                the response.

        Returns:
            ListCIMDPoliciesResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_cimd_policies(
        self,
        *,
        user_pool_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListCIMDPoliciesResponse, CIMDPolicySummaryType]:
        """Every page of ListCIMDPolicies, following NextToken from page to page.

        Iterating yields each page (ListCIMDPoliciesResponse); ``.items()`` yields the items of
        ``cimd_policies`` (CIMDPolicies) of every page in turn. Nothing is sent before iteration
        starts, and each iteration starts again from the first page. See ``list_cimd_policies``
        for the operation itself.

        Args:
            user_pool_id:
                The ID of the user pool whose CIMD policies you want to list.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListCIMDPoliciesResponse, CIMDPolicySummaryType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_cimd_policies`` raises."""
    def list_client_metadata_urls(
        self,
        *,
        user_pool_id: str,
        cimd_policy_id: str,
        next_token: str | None = ...,
        max_results: int | None = ...,
    ) -> ListClientMetadataURLsResponse:
        """Lists the client ID metadata document URLs that Amazon Cognito has received for a
        Client ID Metadata Document (CIMD) policy, with the cache state of each URL.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy whose client metadata document URLs you want to
                list.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            max_results:
                The maximum number of URLs that you want Amazon Cognito to return in the
                response.

        Returns:
            ListClientMetadataURLsResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_client_metadata_urls(
        self,
        *,
        user_pool_id: str,
        cimd_policy_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListClientMetadataURLsResponse, ClientMetadataURLType]:
        """Every page of ListClientMetadataURLs, following NextToken from page to page.

        Iterating yields each page (ListClientMetadataURLsResponse); ``.items()`` yields the
        items of ``client_metadata_urls`` (ClientMetadataURLs) of every page in turn. Nothing is
        sent before iteration starts, and each iteration starts again from the first page. See
        ``list_client_metadata_urls`` for the operation itself.

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy whose client metadata document URLs you want to
                list.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListClientMetadataURLsResponse, ClientMetadataURLType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_client_metadata_urls`` raises."""
    def list_devices(
        self, *, access_token: str, limit: int | None = ..., pagination_token: str | None = ...
    ) -> ListDevicesResponse:
        """Lists the devices that Amazon Cognito has registered to the currently signed-in user.
        For more information about device authentication, see Working with user devices in
        your user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            limit:
                The maximum number of devices that you want Amazon Cognito to return in the
                response.
            pagination_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListDevicesResponse:
                Represents the response to list devices.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_groups(
        self, *, user_pool_id: str, limit: int | None = ..., next_token: str | None = ...
    ) -> ListGroupsResponse:
        """Given a user pool ID, returns user pool groups and their details.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list user groups.
            limit:
                The maximum number of groups that you want Amazon Cognito to return in the
                response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListGroupsResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_groups(
        self,
        *,
        user_pool_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListGroupsResponse, GroupType]:
        """Every page of ListGroups, following NextToken from page to page.

        Iterating yields each page (ListGroupsResponse); ``.items()`` yields the items of
        ``groups`` (Groups) of every page in turn. Nothing is sent before iteration starts, and
        each iteration starts again from the first page. See ``list_groups`` for the operation
        itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to list user groups.
            page_size:
                How many items to ask for in each page (sent as ``Limit``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListGroupsResponse, GroupType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_groups`` raises."""
    def list_identity_providers(
        self, *, user_pool_id: str, max_results: int | None = ..., next_token: str | None = ...
    ) -> ListIdentityProvidersResponse:
        """Given a user pool ID, returns information about configured identity providers (IdPs).
        For more information about IdPs, see Third-party IdP sign-in
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list IdPs.
            max_results:
                The maximum number of IdPs that you want Amazon Cognito to return in the
                response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListIdentityProvidersResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_identity_providers(
        self,
        *,
        user_pool_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListIdentityProvidersResponse, ProviderDescription]:
        """Every page of ListIdentityProviders, following NextToken from page to page.

        Iterating yields each page (ListIdentityProvidersResponse); ``.items()`` yields the
        items of ``providers`` (Providers) of every page in turn. Nothing is sent before
        iteration starts, and each iteration starts again from the first page. See
        ``list_identity_providers`` for the operation itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to list IdPs.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListIdentityProvidersResponse, ProviderDescription]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_identity_providers`` raises."""
    def list_point_in_time_recoveries(
        self, *, user_pool_id: str, next_token: str | None = ..., max_results: int | None = ...
    ) -> ListPointInTimeRecoveriesResponse:
        """Lists the point-in-time recoveries of a user pool, including the active recovery and
        past recoveries. The response lists the most recent recoveries first and doesn't
        include recovery previews. To get the recovery preview of a recovery, make a request.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list point-in-time recoveries.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            max_results:
                The maximum number of recoveries that you want Amazon Cognito to return in the
                response. Valid values are 1 through 60. The default value is 60.

        Returns:
            ListPointInTimeRecoveriesResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_resource_servers(
        self, *, user_pool_id: str, max_results: int | None = ..., next_token: str | None = ...
    ) -> ListResourceServersResponse:
        """Given a user pool ID, returns all resource servers and their details. For more
        information about resource servers, see Access control with resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list resource servers.
            max_results:
                The maximum number of resource servers that you want Amazon Cognito to return
                in the response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListResourceServersResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_resource_servers(
        self,
        *,
        user_pool_id: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListResourceServersResponse, ResourceServerType]:
        """Every page of ListResourceServers, following NextToken from page to page.

        Iterating yields each page (ListResourceServersResponse); ``.items()`` yields the items
        of ``resource_servers`` (ResourceServers) of every page in turn. Nothing is sent before
        iteration starts, and each iteration starts again from the first page. See
        ``list_resource_servers`` for the operation itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to list resource servers.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListResourceServersResponse, ResourceServerType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_resource_servers`` raises."""
    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """Lists the tags that are assigned to an Amazon Cognito user pool. For more information,
        see Tagging resources
        (https://docs.aws.amazon.com/cognito/latest/developerguide/tagging.html).

        Args:
            resource_arn:
                The Amazon Resource Name (ARN) of the user pool that the tags are assigned to.

        Returns:
            ListTagsForResourceResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_terms(
        self, *, user_pool_id: str, max_results: int | None = ..., next_token: str | None = ...
    ) -> ListTermsResponse:
        """Returns details about all terms documents for the requested user pool.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list terms documents.
            max_results:
                The maximum number of terms documents that you want Amazon Cognito to return
                in the response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListTermsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_user_import_jobs(
        self, *, user_pool_id: str, max_results: int, pagination_token: str | None = ...
    ) -> ListUserImportJobsResponse:
        """Given a user pool ID, returns user import jobs and their details. Import jobs are
        retained in user pool configuration so that you can stage, stop, start, review, and
        delete them. For more information about user import, see Importing users from a CSV
        file
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list import jobs.
            max_results:
                The maximum number of import jobs that you want Amazon Cognito to return in
                the response.
            pagination_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListUserImportJobsResponse:
                Represents the response from the server to the request to list the user import
                jobs.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_user_pool_client_secrets(
        self, *, user_pool_id: str, client_id: str, next_token: str | None = ...
    ) -> ListUserPoolClientSecretsResponse:
        """Lists all client secrets associated with a user pool app client. Returns metadata
        about the secrets. The response does not include pagination tokens as there are only 2
        secrets at any given time and we return both with every ListUserPoolClientSecrets
        call. For security reasons, the response never reveals the actual secret value in
        ClientSecretValue.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client.
            client_id:
                The ID of the app client whose secrets you want to list.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListUserPoolClientSecretsResponse:
                The response containing the list of client secret metadata. This response does
                not include a NextToken field as all secrets are returned in a single
                response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InternalServerException:
                This exception is thrown when Amazon Cognito encounters an internal server
                error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_user_pool_clients(
        self,
        *,
        user_pool_id: str,
        max_results: int | None = ...,
        next_token: str | None = ...,
        client_type: ClientTypeType | ClientTypeTypeValue | Unmodelled | None = ...,
    ) -> ListUserPoolClientsResponse:
        """Given a user pool ID, lists app clients. App clients are sets of rules for the access
        that you want a user pool to grant to one application. For more information, see App
        clients
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to list user pool clients.
            max_results:
                The maximum number of app clients that you want Amazon Cognito to return in
                the response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            client_type:
                Returns only app clients of this type. For dynamic client registration (`DCR`)
                and other app clients, the following values are valid.

                REGULAR
                    An app client not created through dynamic client registration.

                DCR
                    An app client created through dynamic client registration.

                If you omit `ClientType`, the response includes app clients of all types. When
                you set this filter, a page of results can contain fewer app clients than
                `MaxResults`, or none, while the response still includes a `NextToken`.
                Continue to request pages until the response has no `NextToken`. The app
                clients in the response don't include their type. To get the type of an app
                client, call `DescribeUserPoolClient`.

        Returns:
            ListUserPoolClientsResponse:
                Represents the response from the server that lists user pool clients.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_user_pool_clients(
        self,
        *,
        user_pool_id: str,
        client_type: ClientTypeType | ClientTypeTypeValue | Unmodelled | None = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListUserPoolClientsResponse, UserPoolClientDescription]:
        """Every page of ListUserPoolClients, following NextToken from page to page.

        Iterating yields each page (ListUserPoolClientsResponse); ``.items()`` yields the items
        of ``user_pool_clients`` (UserPoolClients) of every page in turn. Nothing is sent before
        iteration starts, and each iteration starts again from the first page. See
        ``list_user_pool_clients`` for the operation itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to list user pool clients.
            client_type:
                Returns only app clients of this type. For dynamic client registration (`DCR`)
                and other app clients, the following values are valid.

                REGULAR
                    An app client not created through dynamic client registration.

                DCR
                    An app client created through dynamic client registration.

                If you omit `ClientType`, the response includes app clients of all types. When
                you set this filter, a page of results can contain fewer app clients than
                `MaxResults`, or none, while the response still includes a `NextToken`.
                Continue to request pages until the response has no `NextToken`. The app
                clients in the response don't include their type. To get the type of an app
                client, call `DescribeUserPoolClient`.
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListUserPoolClientsResponse, UserPoolClientDescription]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_user_pool_clients`` raises."""
    def list_user_pool_replicas(
        self, *, user_pool_id: str, next_token: str | None = ...
    ) -> ListUserPoolReplicasResponse:
        """Lists all replicas for a user pool, including both primary and secondary replicas. We
        recommend using pagination to ensure that the operation returns quickly and
        successfully.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool for which to list replicas.
            next_token:
                A pagination token for retrieving the next page of results. If this parameter
                is omitted, the operation returns the first page of results.

        Returns:
            ListUserPoolReplicasResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_user_pools(
        self, *, max_results: int, next_token: str | None = ...
    ) -> ListUserPoolsResponse:
        """Lists user pools and their details in the current Amazon Web Services account.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            max_results:
                The maximum number of user pools that you want Amazon Cognito to return in the
                response.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListUserPoolsResponse:
                Represents the response to list user pools.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_user_pools(
        self, *, page_size: int = ..., max_items: int | None = ..., starting_token: str | None = ...
    ) -> Paginator[ListUserPoolsResponse, UserPoolDescriptionType]:
        """Every page of ListUserPools, following NextToken from page to page.

        Iterating yields each page (ListUserPoolsResponse); ``.items()`` yields the items of
        ``user_pools`` (UserPools) of every page in turn. Nothing is sent before iteration
        starts, and each iteration starts again from the first page. See ``list_user_pools`` for
        the operation itself.

        Args:
            page_size:
                How many items to ask for in each page (sent as ``MaxResults``). The service
                requires one: 60, the most it allows, unless given.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListUserPoolsResponse, UserPoolDescriptionType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_user_pools`` raises."""
    def list_user_sessions(
        self, *, access_token: str, next_token: str | None = ...
    ) -> ListUserSessionsResponse:
        """Lists the active sessions for the currently signed-in user. Amazon Cognito authorizes
        this operation with the user's access token and returns all of the user's active
        sessions across every app client in the user pool, including both token sessions and
        SSO sessions. The `IsCurrentSession` field identifies the session that the calling
        access token belongs to. The results are eventually consistent, and new sessions are
        typically included within a few seconds.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the user whose sessions you
                want to list. Amazon Cognito derives the user pool and username from this
                token.
            next_token:
                A pagination token that Amazon Cognito returned in a previous response. Use
                this value to retrieve the next page of results if a `NextToken` was included
                in a prior response.

        Returns:
            ListUserSessionsResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def list_users(
        self,
        *,
        user_pool_id: str,
        attributes_to_get: Sequence[str] | None = ...,
        limit: int | None = ...,
        pagination_token: str | None = ...,
        filter: str | None = ...,
    ) -> ListUsersResponse:
        """Given a user pool ID, returns a list of users and their basic details in a user pool.

        This operation is eventually consistent. You might experience a delay before results
        are up-to-date. To validate the existence or configuration of an individual user, use
        `AdminGetUser`.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to display or search for users.
            attributes_to_get:
                A JSON array of user attribute names, for example `given_name`, that you want
                Amazon Cognito to include in the response for each user. When you don't
                provide an `AttributesToGet` parameter, Amazon Cognito returns all attributes
                for each user.

                Use `AttributesToGet` with required attributes in your user pool, or in
                conjunction with `Filter`. Amazon Cognito returns an error if not all users in
                the results have set a value for the attribute you request. Attributes that
                you can't filter on, including custom attributes, must have a value set in
                every user profile before an `AttributesToGet` parameter returns results.
            limit:
                The maximum number of users that you want Amazon Cognito to return in the
                response. In some SDK contexts, this operation might return fewer items than
                you specify in the `Limit` parameter without having reached the end of the
                full list. If the response contains a `PaginationToken`, then there are more
                results.
            pagination_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            filter:
                A filter string of the form `"AttributeName Filter-Type "AttributeValue"`.
                Quotation marks within the filter string must be escaped using the backslash
                (`\\`) character. For example, `"family_name = \\"Reddy\\""`.

                - AttributeName: The name of the attribute to search for. You can only search
                  for one attribute at a time.
                - Filter-Type: For an exact match, use `=`, for example, "`given_name =
                  \\"Jon\\"`". For a prefix ("starts with") match, use `^=`, for example,
                  "`given_name ^= \\"Jon\\"`".
                - AttributeValue: The attribute value that must be matched for each user.

                If the filter string is empty, `ListUsers` returns all users in the user pool.

                You can only search for the following standard attributes:

                - `username` (case-sensitive)
                - `email`
                - `phone_number`
                - `name`
                - `given_name`
                - `family_name`
                - `preferred_username`
                - `cognito:user_status` (called Status in the Console) (case-insensitive)
                - `status (called Enabled in the Console) (case-sensitive)`
                - `sub`

                Custom attributes aren't searchable.

                Note: You can also list users with a client-side filter. The server-side
                filter matches no more than one attribute. For an advanced search, use a
                client-side filter with the `--query` parameter of the `list-users` action in
                the CLI. When you use a client-side filter, ListUsers returns a paginated list
                of zero or more users. You can receive multiple pages in a row with zero
                results. Repeat the query with each pagination token that is returned until
                you receive a null pagination token value, and then review the combined
                result.

                For more information about server-side and client-side filtering, see
                FilteringCLI output
                (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html) in
                the Command Line Interface User Guide
                (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).

                For more information, see Searching for Users Using the ListUsers API
                (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api)
                and Examples of Using the ListUsers API
                (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-listusers-api-examples)
                in the Amazon Cognito Developer Guide.

        Returns:
            ListUsersResponse:
                The response from the request to list users.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_users(
        self,
        *,
        user_pool_id: str,
        attributes_to_get: Sequence[str] | None = ...,
        filter: str | None = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListUsersResponse, UserType]:
        """Every page of ListUsers, following PaginationToken from page to page.

        Iterating yields each page (ListUsersResponse); ``.items()`` yields the items of
        ``users`` (Users) of every page in turn. Nothing is sent before iteration starts, and
        each iteration starts again from the first page. See ``list_users`` for the operation
        itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to display or search for users.
            attributes_to_get:
                A JSON array of user attribute names, for example `given_name`, that you want
                Amazon Cognito to include in the response for each user. When you don't
                provide an `AttributesToGet` parameter, Amazon Cognito returns all attributes
                for each user.

                Use `AttributesToGet` with required attributes in your user pool, or in
                conjunction with `Filter`. Amazon Cognito returns an error if not all users in
                the results have set a value for the attribute you request. Attributes that
                you can't filter on, including custom attributes, must have a value set in
                every user profile before an `AttributesToGet` parameter returns results.
            filter:
                A filter string of the form `"AttributeName Filter-Type "AttributeValue"`.
                Quotation marks within the filter string must be escaped using the backslash
                (`\\`) character. For example, `"family_name = \\"Reddy\\""`.

                - AttributeName: The name of the attribute to search for. You can only search
                  for one attribute at a time.
                - Filter-Type: For an exact match, use `=`, for example, "`given_name =
                  \\"Jon\\"`". For a prefix ("starts with") match, use `^=`, for example,
                  "`given_name ^= \\"Jon\\"`".
                - AttributeValue: The attribute value that must be matched for each user.

                If the filter string is empty, `ListUsers` returns all users in the user pool.

                You can only search for the following standard attributes:

                - `username` (case-sensitive)
                - `email`
                - `phone_number`
                - `name`
                - `given_name`
                - `family_name`
                - `preferred_username`
                - `cognito:user_status` (called Status in the Console) (case-insensitive)
                - `status (called Enabled in the Console) (case-sensitive)`
                - `sub`

                Custom attributes aren't searchable.

                Note: You can also list users with a client-side filter. The server-side
                filter matches no more than one attribute. For an advanced search, use a
                client-side filter with the `--query` parameter of the `list-users` action in
                the CLI. When you use a client-side filter, ListUsers returns a paginated list
                of zero or more users. You can receive multiple pages in a row with zero
                results. Repeat the query with each pagination token that is returned until
                you receive a null pagination token value, and then review the combined
                result.

                For more information about server-side and client-side filtering, see
                FilteringCLI output
                (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html) in
                the Command Line Interface User Guide
                (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).

                For more information, see Searching for Users Using the ListUsers API
                (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api)
                and Examples of Using the ListUsers API
                (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-listusers-api-examples)
                in the Amazon Cognito Developer Guide.
            page_size:
                How many items to ask for in each page (sent as ``Limit``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``PaginationToken`` instead of at the
                first page.

        Returns:
            Paginator[ListUsersResponse, UserType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a PaginationToken a second time.
                Iterating also raises what ``list_users`` raises."""
    def list_users_in_group(
        self,
        *,
        user_pool_id: str,
        group_name: str,
        limit: int | None = ...,
        next_token: str | None = ...,
    ) -> ListUsersInGroupResponse:
        """Given a user pool ID and a group name, returns a list of users in the group. For more
        information about user pool groups, see Adding groups to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to view the membership of the requested
                group.
            group_name:
                The name of the group that you want to query for user membership.
            limit:
                The maximum number of groups that you want Amazon Cognito to return in the
                response. In some SDK contexts, this operation might return fewer items than
                you specify in the `Limit` parameter without having reached the end of the
                full list. If the response contains a `PaginationToken`, then there are more
                results.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.

        Returns:
            ListUsersInGroupResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def paginate_list_users_in_group(
        self,
        *,
        user_pool_id: str,
        group_name: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
        starting_token: str | None = ...,
    ) -> Paginator[ListUsersInGroupResponse, UserType]:
        """Every page of ListUsersInGroup, following NextToken from page to page.

        Iterating yields each page (ListUsersInGroupResponse); ``.items()`` yields the items of
        ``users`` (Users) of every page in turn. Nothing is sent before iteration starts, and
        each iteration starts again from the first page. See ``list_users_in_group`` for the
        operation itself.

        Args:
            user_pool_id:
                The ID of the user pool where you want to view the membership of the requested
                group.
            group_name:
                The name of the group that you want to query for user membership.
            page_size:
                How many items to ask for in each page (sent as ``Limit``). The service's
                default when None.
            max_items:
                Stop after this many items in all; the page that reaches the cap is cut to fit.
                No cap when None.
            starting_token:
                Start after the page that returned this ``NextToken`` instead of at the first
                page.

        Returns:
            Paginator[ListUsersInGroupResponse, UserType]:
                The pages (``for page in ...``), or their items with ``.items()``.

        Raises:
            ValidationError:
                The arguments break the model's constraints; raised here.
            PaginationError:
                While iterating, when the service returns a NextToken a second time. Iterating
                also raises what ``list_users_in_group`` raises."""
    def list_web_authn_credentials(
        self, *, access_token: str, next_token: str | None = ..., max_results: int | None = ...
    ) -> ListWebAuthnCredentialsResponse:
        """Generates a list of the currently signed-in user's registered passkey, or WebAuthn,
        credentials.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            next_token:
                This API operation returns a limited number of results. The pagination token
                is an identifier that you can present in an additional API request with the
                same parameters. When you include the pagination token, Amazon Cognito returns
                the next set of items after the current list. Subsequent requests return a new
                pagination token. By use of this token, you can paginate through the full list
                of items.
            max_results:
                The maximum number of the user's passkey credentials that you want to return.

        Returns:
            ListWebAuthnCredentialsResponse:
                The response.

        Raises:
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def resend_confirmation_code(
        self,
        *,
        client_id: str,
        username: str,
        secret_hash: str | None = ...,
        user_context_data: UserContextDataType | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> ResendConfirmationCodeResponse:
        """Resends the code that confirms a new account for a user who has signed up in your user
        pool. Amazon Cognito sends confirmation codes to the user attribute in the
        `AutoVerifiedAttributes` property of your user pool. When you prompt new users for the
        confirmation code, include a "Resend code" option that generates a call to this API
        operation.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            client_id:
                The ID of the user pool app client where the user signed up.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            secret_hash:
                A keyed-hash message authentication code (HMAC) calculated using the secret
                key of a user pool client and username plus the client ID in the message. For
                more information about `SecretHash`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).

                With the client's ``client_secret``: computed from the secret, ``username`` and
                ``client_id`` when not given.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            ResendConfirmationCodeResponse:
                The response from the server when Amazon Cognito makes the request to resend a
                confirmation code.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def respond_to_auth_challenge(
        self,
        *,
        client_id: str,
        challenge_name: ChallengeNameType | ChallengeNameTypeValue | Unmodelled,
        session: str | None = ...,
        challenge_responses: Mapping[str, str] | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        user_context_data: UserContextDataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> RespondToAuthChallengeResponse:
        """Some API operations in a user pool generate a challenge, like a prompt for an MFA
        code, for device authentication that bypasses MFA, or for a custom authentication
        challenge. A `RespondToAuthChallenge` API request provides the answer to that
        challenge, like a code or a secure remote password (SRP). The parameters of a response
        to an authentication challenge vary with the type of challenge.

        For more information about custom authentication challenges, see Custom authentication
        challenge Lambda triggers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            client_id:
                The ID of the app client where the user is signing in.
            challenge_name:
                The name of the challenge that you are responding to.

                Note: You can't respond to an `ADMIN_NO_SRP_AUTH` challenge with this
                operation.

                Possible challenges include the following:

                Note: All of the following challenges require `USERNAME` and, when the app
                client has a client secret, `SECRET_HASH` in the parameters. Include a
                `DEVICE_KEY` for device authentication.

                - `WEB_AUTHN`: Respond to the challenge with the results of a successful
                  authentication with a WebAuthn authenticator, or passkey, as `CREDENTIAL`.
                  Examples of WebAuthn authenticators include biometric devices and security
                  keys.
                - `PASSWORD`: Respond with the user's password as `PASSWORD`.
                - `PASSWORD_SRP`: Respond with the initial SRP secret as `SRP_A`.
                - `SELECT_CHALLENGE`: Respond with a challenge selection as `ANSWER`. It must
                  be one of the challenge types in the `AvailableChallenges` response
                  parameter. Add the parameters of the selected challenge, for example
                  `USERNAME` and `SMS_OTP`.
                - `SMS_MFA`: Respond with the code that your user pool delivered in an SMS
                  message, as `SMS_MFA_CODE`
                - `EMAIL_MFA`: Respond with the code that your user pool delivered in an email
                  message, as `EMAIL_MFA_CODE`
                - `EMAIL_OTP`: Respond with the code that your user pool delivered in an email
                  message, as `EMAIL_OTP_CODE` .
                - `SMS_OTP`: Respond with the code that your user pool delivered in an SMS
                  message, as `SMS_OTP_CODE`.
                - `PASSWORD_VERIFIER`: Respond with the second stage of SRP secrets as
                  `PASSWORD_CLAIM_SIGNATURE`, `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP`.
                - `CUSTOM_CHALLENGE`: This is returned if your custom authentication flow
                  determines that the user should pass another challenge before tokens are
                  issued. The parameters of the challenge are determined by your Lambda
                  function and issued in the `ChallengeParameters` of a challenge response.
                - `DEVICE_SRP_AUTH`: Respond with the initial parameters of device SRP
                  authentication. For more information, see Signing in with a device
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
                - `DEVICE_PASSWORD_VERIFIER`: Respond with `PASSWORD_CLAIM_SIGNATURE`,
                  `PASSWORD_CLAIM_SECRET_BLOCK`, and `TIMESTAMP` after client-side SRP
                  calculations. For more information, see Signing in with a device
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html#user-pools-remembered-devices-signing-in-with-a-device).
                - `NEW_PASSWORD_REQUIRED`: For users who are required to change their
                  passwords after successful first login. Respond to this challenge with
                  `NEW_PASSWORD` and any required attributes that Amazon Cognito returned in
                  the `requiredAttributes` parameter. You can also set values for attributes
                  that aren't required by your user pool and that your app client can write.

                  Amazon Cognito only returns this challenge for users who have temporary
                  passwords. When you create passwordless users, you must provide values for
                  all required attributes.

                  Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a
                  required attribute that already has a value. In
                  `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for
                  any keys that Amazon Cognito returned in the `requiredAttributes` parameter,
                  then use the `AdminUpdateUserAttributes` or `UpdateUserAttributes` API
                  operation to modify the value of any additional attributes.
                - `MFA_SETUP`: For users who are required to setup an MFA factor before they
                  can sign in. The MFA types activated for the user pool will be listed in the
                  challenge parameters `MFAS_CAN_SETUP` value.

                  To set up time-based one-time password (TOTP) MFA, use the session returned
                  in this challenge from `InitiateAuth` or `AdminInitiateAuth` as an input to
                  `AssociateSoftwareToken`. Then, use the session returned by
                  `VerifySoftwareToken` as an input to `RespondToAuthChallenge` or
                  `AdminRespondToAuthChallenge` with challenge name `MFA_SETUP` to complete
                  sign-in.

                  To set up SMS or email MFA, collect a `phone_number` or `email` attribute
                  for the user. Then restart the authentication flow with an `InitiateAuth` or
                  `AdminInitiateAuth` request.
            session:
                The session identifier that maintains the state of authentication requests and
                challenge responses. If an `AdminInitiateAuth` or
                `AdminRespondToAuthChallenge` API request results in a determination that your
                application must pass another challenge, Amazon Cognito returns a session with
                other challenge parameters. Send this session identifier, unmodified, to the
                next `AdminRespondToAuthChallenge` request.
            challenge_responses:
                The responses to the challenge that you received in the previous request. Each
                challenge has its own required response parameters. The following examples are
                partial JSON request bodies that highlight challenge-response parameters.

                Important: You must provide a SECRET_HASH parameter in all challenge responses
                to an app client that has a client secret. Include a `DEVICE_KEY` for device
                authentication.

                SELECT_CHALLENGE
                    `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "USERNAME":
                    "[username]", "ANSWER": "[Challenge name]"}`

                    Available challenges are `PASSWORD`, `PASSWORD_SRP`, `EMAIL_OTP`,
                    `SMS_OTP`, and `WEB_AUTHN`.

                    Complete authentication in the `SELECT_CHALLENGE` response for `PASSWORD`,
                    `PASSWORD_SRP`, and `WEB_AUTHN`:

                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "WEB_AUTHN", "USERNAME": "[username]", "CREDENTIAL":
                      "[AuthenticationResponseJSON]"}`

                      See AuthenticationResponseJSON
                      (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "PASSWORD", "USERNAME": "[username]", "PASSWORD": "[password]"}`
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "PASSWORD_SRP", "USERNAME": "[username]", "SRP_A": "[SRP_A]"}`

                    For `SMS_OTP` and `EMAIL_OTP`, respond with the username and answer. Your
                    user pool will send a code for the user to submit in the next challenge
                    response.

                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "SMS_OTP", "USERNAME": "[username]"}`
                    - `"ChallengeName": "SELECT_CHALLENGE", "ChallengeResponses": { "ANSWER":
                      "EMAIL_OTP", "USERNAME": "[username]"}`

                WEB_AUTHN
                    `"ChallengeName": "WEB_AUTHN", "ChallengeResponses": { "USERNAME":
                    "[username]", "CREDENTIAL": "[AuthenticationResponseJSON]"}`

                    See AuthenticationResponseJSON
                    (https://www.w3.org/TR/WebAuthn-3/#dictdef-authenticationresponsejson).

                PASSWORD
                    `"ChallengeName": "PASSWORD", "ChallengeResponses": { "USERNAME":
                    "[username]", "PASSWORD": "[password]"}`

                PASSWORD_SRP
                    `"ChallengeName": "PASSWORD_SRP", "ChallengeResponses": { "USERNAME":
                    "[username]", "SRP_A": "[SRP_A]"}`

                SMS_OTP
                    `"ChallengeName": "SMS_OTP", "ChallengeResponses": {"SMS_OTP_CODE":
                    "[code]", "USERNAME": "[username]"}`

                EMAIL_OTP
                    `"ChallengeName": "EMAIL_OTP", "ChallengeResponses": {"EMAIL_OTP_CODE":
                    "[code]", "USERNAME": "[username]"}`

                SMS_MFA
                    `"ChallengeName": "SMS_MFA", "ChallengeResponses": {"SMS_MFA_CODE":
                    "[code]", "USERNAME": "[username]"}`

                PASSWORD_VERIFIER
                    This challenge response is part of the SRP flow. Amazon Cognito requires
                    that your application respond to this challenge within a few seconds. When
                    the response time exceeds this period, your user pool returns a
                    `NotAuthorizedException` error.

                    `"ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses":
                    {"PASSWORD_CLAIM_SIGNATURE": "[claim_signature]",
                    "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]", "TIMESTAMP": [timestamp],
                    "USERNAME": "[username]"}`

                CUSTOM_CHALLENGE
                    `"ChallengeName": "CUSTOM_CHALLENGE", "ChallengeResponses": {"USERNAME":
                    "[username]", "ANSWER": "[challenge_answer]"}`

                NEW_PASSWORD_REQUIRED
                    `"ChallengeName": "NEW_PASSWORD_REQUIRED", "ChallengeResponses":
                    {"NEW_PASSWORD": "[new_password]", "USERNAME": "[username]"}`

                    To set any required attributes that `InitiateAuth` returned in an
                    `requiredAttributes` parameter, add `"userAttributes.[attribute_name]":
                    "[attribute_value]"`. This parameter can also set values for writable
                    attributes that aren't required by your user pool.

                    Note: In a `NEW_PASSWORD_REQUIRED` challenge response, you can't modify a
                    required attribute that already has a value. In
                    `AdminRespondToAuthChallenge` or `RespondToAuthChallenge`, set a value for
                    any keys that Amazon Cognito returned in the `requiredAttributes`
                    parameter, then use the `AdminUpdateUserAttributes` or
                    `UpdateUserAttributes` API operation to modify the value of any additional
                    attributes.

                SOFTWARE_TOKEN_MFA
                    `"ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME":
                    "[username]", "SOFTWARE_TOKEN_MFA_CODE": [authenticator_code]}`

                DEVICE_SRP_AUTH
                    `"ChallengeName": "DEVICE_SRP_AUTH", "ChallengeResponses": {"USERNAME":
                    "[username]", "DEVICE_KEY": "[device_key]", "SRP_A": "[srp_a]"}`

                DEVICE_PASSWORD_VERIFIER
                    `"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "ChallengeResponses":
                    {"DEVICE_KEY": "[device_key]", "PASSWORD_CLAIM_SIGNATURE":
                    "[claim_signature]", "PASSWORD_CLAIM_SECRET_BLOCK": "[secret_block]",
                    "TIMESTAMP": [timestamp], "USERNAME": "[username]"}`

                MFA_SETUP
                    `"ChallengeName": "MFA_SETUP", "ChallengeResponses": {"USERNAME":
                    "[username]"}, "SESSION": "[Session ID from VerifySoftwareToken]"`

                SELECT_MFA_TYPE
                    `"ChallengeName": "SELECT_MFA_TYPE", "ChallengeResponses": {"USERNAME":
                    "[username]", "ANSWER": "[SMS_MFA|EMAIL_MFA|SOFTWARE_TOKEN_MFA]"}`

                For more information about `SECRET_HASH`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
                For information about `DEVICE_KEY`, see Working with user devices in your user
                pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

                With the client's ``client_secret``: SECRET_HASH is added (to a new mapping),
                computed from the secret, the USERNAME entry and ``client_id``, when the map has
                a USERNAME and no SECRET_HASH.
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            RespondToAuthChallengeResponse:
                The response to respond to the authentication challenge.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            PasswordHistoryPolicyViolationException:
                The message returned when a user's new password matches a previous password
                and doesn't comply with the password-history policy.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            MFAMethodNotFoundException:
                This exception is thrown when Amazon Cognito can't find a multi-factor
                authentication (MFA) method.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            SoftwareTokenMFANotFoundException:
                This exception is thrown when the software token time-based one-time password
                (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def revoke_token(
        self,
        *,
        token: str,
        client_id: str,
        client_secret: str | None = ...,
        revoke_associated_sessions: RevokeAssociatedSessionsType
        | RevokeAssociatedSessionsTypeValue
        | Unmodelled
        | None = ...,
    ) -> RevokeTokenResponse:
        """Revokes all of the access tokens generated by, and at the same time as, the specified
        refresh token. After a token is revoked, you can't use the revoked token to access
        Amazon Cognito user APIs, or to authorize access to your resource server.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            token:
                The refresh token that you want to revoke.
            client_id:
                The ID of the app client where the token that you want to revoke was issued.
            client_secret:
                The client secret of the requested app client, if the client has a secret.
            revoke_associated_sessions:
                Specifies whether to also revoke the SSO session that is linked to the token
                session being revoked. `NONE`, the default, revokes only the token session
                that is associated with the refresh token. `LINKED` also revokes the parent
                SSO session that the token session came through; the other token sessions that
                came through that SSO session aren't revoked. `LINKED` has no effect when
                session tracking is disabled or when the token session has no parent SSO
                session.

        Returns:
            RevokeTokenResponse:
                The response.

        Raises:
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            UnauthorizedException:
                Exception that is thrown when the request isn't authorized. This can happen
                due to an invalid access token in the request.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnsupportedOperationException:
                Exception that is thrown when you attempt to perform an operation that isn't
                enabled for the user pool client.
            UnsupportedTokenTypeException:
                Exception that is thrown when an unsupported token is passed to an operation.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def revoke_user_session(
        self,
        *,
        access_token: str,
        session_id: str,
        revoke_associated_sessions: RevokeAssociatedSessionsType
        | RevokeAssociatedSessionsTypeValue
        | Unmodelled
        | None = ...,
    ) -> RevokeUserSessionResponse:
        """Revokes a specific session for the currently signed-in user. Amazon Cognito authorizes
        this operation with the user's access token, revokes all refresh and access tokens
        that are associated with the session, and deletes the session record. You can't revoke
        the session that the calling access token belongs to.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the user. Amazon Cognito
                uses this token to authorize the request and to identify the user.
            session_id:
                The ID of the session to revoke. This is a 28-character string of lowercase
                letters and digits, prefixed with `tkn` for a token session or `sso` for an
                SSO session. This value can't identify the caller's own current session.
            revoke_associated_sessions:
                Specifies whether to also revoke the sessions that are linked to the targeted
                session. `NONE`, the default, revokes only the targeted session. `LINKED` also
                revokes the directly linked session or sessions, interpreted relative to the
                type of the targeted session: revoking a token session also revokes the parent
                SSO session it came through, and revoking an SSO session also revokes the
                token sessions that came through it. The set of linked sessions is eventually
                consistent, so associated sessions are typically revoked within a few seconds.

        Returns:
            RevokeUserSessionResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_log_delivery_configuration(
        self, *, user_pool_id: str, log_configurations: Sequence[LogConfigurationType]
    ) -> SetLogDeliveryConfigurationResponse:
        """Sets up or modifies the logging configuration of a user pool. User pools can export
        user notification logs and, when threat protection is active, user-activity logs. For
        more information, see Exporting user pool logs
        (https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html).

        Args:
            user_pool_id:
                The ID of the user pool where you want to configure logging.
            log_configurations:
                A collection of the logging configurations for a user pool.

        Returns:
            SetLogDeliveryConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_risk_configuration(
        self,
        *,
        user_pool_id: str,
        client_id: str | None = ...,
        compromised_credentials_risk_configuration: CompromisedCredentialsRiskConfigurationType
        | None = ...,
        account_takeover_risk_configuration: AccountTakeoverRiskConfigurationType | None = ...,
        risk_exception_configuration: RiskExceptionConfigurationType | None = ...,
    ) -> SetRiskConfigurationResponse:
        """Configures threat protection for a user pool or app client. Sets configuration for the
        following.

        - Responses to risks with adaptive authentication
        - Responses to vulnerable passwords with compromised-credentials detection
        - Notifications to users who have had risky activity detected
        - IP-address denylist and allowlist

        To set the risk configuration for the user pool to defaults, send this request with
        only the `UserPoolId` parameter. To reset the threat protection settings of an app
        client to be inherited from the user pool, send `UserPoolId` and `ClientId` parameters
        only. To change threat protection to audit-only or off, update the value of
        `UserPoolAddOns` in an `UpdateUserPool` request. To activate this setting, your user
        pool must be on the Plus tier
        (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).

        In secondary regions for user pools with multi-region replication, only the
        `SourceARN` and `From` attributes of `NotifyConfiguration` can be modified to
        configure region-specific SES integration. All other risk configuration settings must
        match the existing values to maintain consistency across replicas.

        Args:
            user_pool_id:
                The ID of the user pool where you want to set a risk configuration. If you
                include `UserPoolId` in your request, don't include `ClientId`. When the
                client ID is null, the same risk configuration is applied to all the clients
                in the userPool. When you include both `ClientId` and `UserPoolId`, Amazon
                Cognito maps the configuration to the app client only.
            client_id:
                The ID of the app client where you want to set a risk configuration. If
                `ClientId` is null, then the risk configuration is mapped to `UserPoolId`.
                When the client ID is null, the same risk configuration is applied to all the
                clients in the userPool.

                When you include a `ClientId` parameter, Amazon Cognito maps the configuration
                to the app client. When you include both `ClientId` and `UserPoolId`, Amazon
                Cognito maps the configuration to the app client only.
            compromised_credentials_risk_configuration:
                The configuration of automated reactions to detected compromised credentials.
                Includes settings for blocking future sign-in requests and for the types of
                password-submission events you want to monitor.
            account_takeover_risk_configuration:
                The settings for automated responses and notification templates for adaptive
                authentication with threat protection.
            risk_exception_configuration:
                A set of IP-address overrides to threat protection. You can set up IP-address
                always-block and always-allow lists.

        Returns:
            SetRiskConfigurationResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserPoolAddOnNotEnabledException:
                This exception is thrown when user pool add-ons aren't enabled.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_ui_customization(
        self,
        *,
        user_pool_id: str,
        client_id: str | None = ...,
        css: str | None = ...,
        image_file: bytes | None = ...,
    ) -> SetUICustomizationResponse:
        """Configures UI branding settings for domains with the hosted UI (classic) branding
        version. Your user pool must have a domain. Configure a domain with .

        Set the default configuration for all clients with a `ClientId` of `ALL`. When the
        `ClientId` value is an app client ID, the settings you pass in this request apply to
        that app client and override the default `ALL` configuration.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to apply branding to the classic hosted
                UI.
            client_id:
                The ID of the app client that you want to customize. To apply a default style
                to all app clients not configured with client-level branding, set this
                parameter value to `ALL`.
            css:
                A plaintext CSS file that contains the custom fields that you want to apply to
                your user pool or app client. To download a template, go to the Amazon Cognito
                console. Navigate to your user pool App clients tab, select Login pages, edit
                Hosted UI (classic) style, and select the link to `CSS template.css`.
            image_file:
                The image that you want to set as your login in the classic hosted UI, as a
                Base64-formatted binary object.

        Returns:
            SetUICustomizationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_user_mfa_preference(
        self,
        *,
        access_token: str,
        sms_mfa_settings: SMSMfaSettingsType | None = ...,
        software_token_mfa_settings: SoftwareTokenMfaSettingsType | None = ...,
        email_mfa_settings: EmailMfaSettingsType | None = ...,
        web_authn_mfa_settings: WebAuthnMfaSettingsType | None = ...,
    ) -> SetUserMFAPreferenceResponse:
        """Set the user's multi-factor authentication (MFA) method preference, including which
        MFA factors are activated and if any are preferred. Only one factor can be set as
        preferred. The preferred MFA factor will be used to authenticate a user if multiple
        factors are activated. If multiple options are activated and no preference is set, a
        challenge to choose an MFA option will be returned during sign-in. If an MFA type is
        activated for a user, the user will be prompted for MFA during all sign-in attempts
        unless device tracking is turned on and the device has been trusted. If you want MFA
        to be applied selectively based on the assessed risk level of sign-in attempts,
        deactivate MFA for users and turn on Adaptive Authentication for the user pool.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            sms_mfa_settings:
                User preferences for SMS message MFA. Activates or deactivates SMS MFA and
                sets it as the preferred MFA method when multiple methods are available.
            software_token_mfa_settings:
                User preferences for time-based one-time password (TOTP) MFA. Activates or
                deactivates TOTP MFA and sets it as the preferred MFA method when multiple
                methods are available. Users must register a TOTP authenticator before they
                set this as their preferred MFA method.
            email_mfa_settings:
                User preferences for email message MFA. Activates or deactivates email MFA and
                sets it as the preferred MFA method when multiple methods are available. To
                activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.
            web_authn_mfa_settings:
                User preferences for passkey MFA. Activates or deactivates passkey MFA for the
                user. When activated, passkey authentication requires user verification, and
                passkey sign-in is available when MFA is required. To activate this setting,
                the `FactorConfiguration` of your user pool `WebAuthnConfiguration` must be
                `MULTI_FACTOR_WITH_USER_VERIFICATION`. To activate this setting, your user
                pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.

        Returns:
            SetUserMFAPreferenceResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_user_pool_client_session_configuration(
        self, *, user_pool_id: str, client_id: str, sso_session: ClientSSOSessionConfigType
    ) -> SetUserPoolClientSessionConfigurationResponse:
        """Sets the session configuration for a user pool app client. The configurable
        client-level setting is the maximum validity period for silent reuse of an SSO
        session. This operation performs a full replacement of the client-level session
        configuration; every request parameter is required, and session tracking must be
        enabled for the user pool. The user pool must be in the Essentials or Plus tier.
        Otherwise, this operation returns a `FeatureUnavailableInTierException`.

        Args:
            user_pool_id:
                The ID of the user pool that contains the app client.
            client_id:
                The ID of the app client that you want to configure.
            sso_session:
                The SSO session settings for the app client.

        Returns:
            SetUserPoolClientSessionConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_user_pool_mfa_config(
        self,
        *,
        user_pool_id: str,
        sms_mfa_configuration: SmsMfaConfigType | None = ...,
        software_token_mfa_configuration: SoftwareTokenMfaConfigType | None = ...,
        email_mfa_configuration: EmailMfaConfigType | None = ...,
        mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...,
        web_authn_configuration: WebAuthnConfigurationType | None = ...,
    ) -> SetUserPoolMfaConfigResponse:
        """Sets user pool multi-factor authentication (MFA) and passkey configuration. For more
        information about user pool MFA, see Adding MFA
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html).
        For more information about WebAuthn passkeys see Authentication flows
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            user_pool_id:
                The user pool ID.
            sms_mfa_configuration:
                Configures user pool SMS messages for MFA. Sets the message template and the
                SMS message sending configuration for Amazon SNS.
            software_token_mfa_configuration:
                Configures a user pool for time-based one-time password (TOTP) MFA. Enables or
                disables TOTP.
            email_mfa_configuration:
                Sets configuration for user pool email message MFA and sign-in with one-time
                passwords (OTPs). Includes the subject and body of the email message template
                for sign-in and MFA messages. To activate this setting, your user pool must be
                in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.
            mfa_configuration:
                Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`,
                all users must set up MFA before they can sign in. When `OPTIONAL`, your
                application must make a client-side determination of whether a user wants to
                register an MFA device. For user pools with adaptive authentication with
                threat protection, choose `OPTIONAL`.

                When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically
                prompt users to set up MFA. Amazon Cognito generates MFA prompts in API
                responses and in managed login for users who have chosen and configured a
                preferred MFA factor.
            web_authn_configuration:
                The configuration of your user pool for passkey, or WebAuthn, authentication
                and registration. Includes relying-party configuration, user-verification
                requirements, and whether passkeys can satisfy MFA requirements.

        Returns:
            SetUserPoolMfaConfigResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_user_pool_session_configuration(
        self,
        *,
        user_pool_id: str,
        user_session_tracking: UserSessionTrackingType | UserSessionTrackingTypeValue | Unmodelled,
        token_session: UserPoolTokenSessionConfigType,
    ) -> SetUserPoolSessionConfigurationResponse:
        """Enables or disables session tracking for a user pool, and sets the pool-wide maximum
        number of active token sessions that each user can have. This operation performs a
        full replacement of the pool-level session configuration; every request parameter is
        required. The user pool must be in the Essentials or Plus tier. Otherwise, this
        operation returns a `FeatureUnavailableInTierException`.

        Args:
            user_pool_id:
                The ID of the user pool where you want to configure session tracking.
            user_session_tracking:
                Specifies whether Amazon Cognito tracks sessions for users in the user pool.
                Set this value to `ENABLED` to turn on server-side session tracking, or
                `DISABLED` to turn it off. When you set this value to `DISABLED` while the
                user pool remains active, existing client-level session configurations are
                retained but dormant, and are reactivated when you enable tracking again.
            token_session:
                The pool-wide token session settings to apply.

        Returns:
            SetUserPoolSessionConfigurationResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def set_user_settings(
        self, *, access_token: str, mfa_options: Sequence[MFAOptionType]
    ) -> SetUserSettingsResponse:
        """This action is no longer supported. You can use it to configure only SMS MFA. You
        can't use it to configure time-based one-time password (TOTP) software token or email
        MFA.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            mfa_options:
                You can use this parameter only to set an SMS configuration that uses SMS for
                delivery.

        Returns:
            SetUserSettingsResponse:
                The response from the server for a set user settings request.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def sign_up(
        self,
        *,
        client_id: str,
        username: str,
        secret_hash: str | None = ...,
        password: str | None = ...,
        user_attributes: Sequence[AttributeType] | None = ...,
        validation_data: Sequence[AttributeType] | None = ...,
        analytics_metadata: AnalyticsMetadataType | None = ...,
        user_context_data: UserContextDataType | None = ...,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> SignUpResponse:
        """Registers a user with an app client and requests a user name, password, and user
        attributes in the user pool.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        You might receive a `LimitExceeded` exception in response to this request if you have
        exceeded a rate quota for email or SMS messages, and if your user pool automatically
        verifies email addresses or phone numbers. When you get this exception in the
        response, the user is successfully created and is in an `UNCONFIRMED` state.

        Args:
            client_id:
                The ID of the app client where the user wants to sign up.
            username:
                The username of the user that you want to sign up. The value of this parameter
                is typically a username, but can be any alias attribute in your user pool.
            secret_hash:
                A keyed-hash message authentication code (HMAC) calculated using the secret
                key of a user pool client and username plus the client ID in the message. For
                more information about `SecretHash`, see Computing secret hash values
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).

                With the client's ``client_secret``: computed from the secret, ``username`` and
                ``client_id`` when not given.
            password:
                The user's proposed password. The password must comply with the password
                requirements
                (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html)
                of your user pool.

                Users can sign up without a password when your user pool supports passwordless
                sign-in with email or SMS OTPs. To create a user with no password, omit this
                parameter or submit a blank value. You can only create a passwordless user
                when passwordless sign-in is available.
            user_attributes:
                An array of name-value pairs representing user attributes.

                For custom attributes, include a `custom:` prefix in the attribute name, for
                example `custom:department`.
            validation_data:
                Temporary user attributes that contribute to the outcomes of your pre sign-up
                Lambda trigger. This set of key-value pairs are for custom validation of
                information that you collect from your users but don't need to retain.

                Your Lambda function can analyze this additional data and act on it. Your
                function can automatically confirm and verify select users or perform external
                API operations like logging user attributes and validation data to Amazon
                CloudWatch Logs.

                For more information about the pre sign-up Lambda trigger, see Pre sign-up
                Lambda trigger
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
            analytics_metadata:
                Information that supports analytics outcomes with Amazon Pinpoint, including
                the user's endpoint ID. The endpoint ID is a destination for Amazon Pinpoint
                push notifications, for example a device identifier, email address, or phone
                number.
            user_context_data:
                Contextual data about your user session like the device fingerprint, IP
                address, or location. Amazon Cognito threat protection evaluates the risk of
                an authentication event based on the context that your app generates and
                passes to Amazon Cognito when it makes API requests.

                For more information, see Collecting data for threat protection in
                applications
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-viewing-threat-protection-app.html).
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            SignUpResponse:
                The response from the server for a registration request.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidPasswordException:
                This exception is thrown when Amazon Cognito encounters an invalid password.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            UsernameExistsException:
                This exception is thrown when Amazon Cognito encounters a user name that
                already exists in the user pool.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def start_point_in_time_recovery(
        self, *, user_pool_id: str, restore_id: str
    ) -> StartPointInTimeRecoveryResponse:
        """Applies a point-in-time recovery to a user pool. Before you start a recovery, review
        the recovery preview in the response to a request. You can start a recovery when its
        status is `PREVIEW_GENERATED`.

        When you start a recovery, Amazon Cognito sets its status to `RESTORING` and restores
        user data in the user pool to its state at the recovery point. Write operations in the
        user pool remain paused until the recovery is complete. Sign-in and read operations
        continue to work. When the status of the recovery changes to `RESTORE_COMPLETED`,
        Amazon Cognito resumes write operations.

        You can't cancel a recovery after you start it.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the recovery that you want to start.
            restore_id:
                The ID of the recovery that you want to start. Amazon Cognito returns this ID
                in the response to an `InitiatePointInTimeRecovery` request.

        Returns:
            StartPointInTimeRecoveryResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def start_user_import_job(
        self, *, user_pool_id: str, job_id: str
    ) -> StartUserImportJobResponse:
        """Instructs your user pool to start importing users from a CSV file that contains their
        usernames and attributes. For more information about importing users from a CSV file,
        see Importing users from a CSV file
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).

        Args:
            user_pool_id:
                The ID of the user pool that you want to start importing users into.
            job_id:
                The ID of a user import job that you previously created.

        Returns:
            StartUserImportJobResponse:
                Represents the response from the server to the request to start the user
                import job.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            PreconditionNotMetException:
                This exception is thrown when a precondition is not met.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def start_web_authn_registration(
        self, *, access_token: str
    ) -> StartWebAuthnRegistrationResponse:
        """Requests credential creation options from your user pool for the currently signed-in
        user. Returns information about the user pool, the user profile, and authentication
        requirements. Users must provide this information in their request to enroll your
        application with their passkey provider.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.

        Returns:
            StartWebAuthnRegistrationResponse:
                The response.

        Raises:
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            WebAuthnNotEnabledException:
                This exception is thrown when the passkey feature isn't enabled for the user
                pool.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            WebAuthnConfigurationMissingException:
                This exception is thrown when a user pool doesn't have a configured relying
                party id or a user pool domain.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def stop_user_import_job(self, *, user_pool_id: str, job_id: str) -> StopUserImportJobResponse:
        """Instructs your user pool to stop a running job that's importing users from a CSV file
        that contains their usernames and attributes. For more information about importing
        users from a CSV file, see Importing users from a CSV file
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).

        Args:
            user_pool_id:
                The ID of the user pool that you want to stop.
            job_id:
                The ID of a running user import job.

        Returns:
            StopUserImportJobResponse:
                Represents the response from the server to the request to stop the user import
                job.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            PreconditionNotMetException:
                This exception is thrown when a precondition is not met.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def tag_resource(self, *, resource_arn: str, tags: Mapping[str, str]) -> TagResourceResponse:
        """Assigns a set of tags to an Amazon Cognito user pool. A tag is a label that you can
        use to categorize and manage user pools in different ways, such as by purpose, owner,
        environment, or other criteria.

        Each tag consists of a key and value, both of which you define. A key is a general
        category for more specific values. For example, if you have two versions of a user
        pool, one for testing and another for production, you might assign an `Environment`
        tag key to both user pools. The value of this key might be `Test` for one user pool,
        and `Production` for the other.

        Tags are useful for cost tracking and access control. You can activate your tags so
        that they appear on the Billing and Cost Management console, where you can track the
        costs associated with your user pools. In an Identity and Access Management policy,
        you can constrain permissions for user pools based on specific tags or tag values.

        You can use this action up to 5 times per second, per account. A user pool can have as
        many as 50 tags.

        Args:
            resource_arn:
                The Amazon Resource Name (ARN) of the user pool to assign the tags to.
            tags:
                An array of tag keys and values that you want to assign to the user pool.

        Returns:
            TagResourceResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def untag_resource(
        self, *, resource_arn: str, tag_keys: Sequence[str]
    ) -> UntagResourceResponse:
        """Given tag IDs that you previously assigned to a user pool, removes them.

        Args:
            resource_arn:
                The Amazon Resource Name (ARN) of the user pool that the tags are assigned to.
            tag_keys:
                An array of tag keys that you want to remove from the user pool.

        Returns:
            UntagResourceResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_auth_event_feedback(
        self,
        *,
        user_pool_id: str,
        username: str,
        event_id: str,
        feedback_token: str,
        feedback_value: FeedbackValueType | FeedbackValueTypeValue | Unmodelled,
    ) -> UpdateAuthEventFeedbackResponse:
        """Provides the feedback for an authentication event generated by threat protection
        features. The user's response indicates that you think that the event either was from
        a valid user or was an unwanted authentication attempt. This feedback improves the
        risk evaluation decision for the user pool as part of Amazon Cognito threat
        protection. To activate this setting, your user pool must be on the Plus tier
        (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).

        This operation requires a `FeedbackToken` that Amazon Cognito generates and adds to
        notification emails when users have potentially suspicious authentication events.
        Users invoke this operation when they select the link that corresponds to
        `{one-click-link-valid}` or `{one-click-link-invalid}` in your notification template.
        Because `FeedbackToken` is a required parameter, you can't make requests to
        `UpdateAuthEventFeedback` without the contents of the notification email message.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            user_pool_id:
                The ID of the user pool where you want to update auth event feedback.
            username:
                The name of the user that you want to query or modify. The value of this
                parameter is typically your user's username, but it can be any of their alias
                attributes. If `username` isn't an alias attribute in your user pool, this
                value must be the `sub` of a local user or the username of a user from a
                third-party IdP.
            event_id:
                The ID of the authentication event that you want to submit feedback for.
            feedback_token:
                The feedback token, an encrypted object generated by Amazon Cognito and passed
                to your user in the notification email message from the event.
            feedback_value:
                Your feedback to the authentication event. When you provide a `FeedbackValue`
                value of `valid`, you tell Amazon Cognito that you trust a user session where
                Amazon Cognito has evaluated some level of risk. When you provide a
                `FeedbackValue` value of `invalid`, you tell Amazon Cognito that you don't
                trust a user session, or you don't believe that Amazon Cognito evaluated a
                high-enough risk level.

        Returns:
            UpdateAuthEventFeedbackResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserPoolAddOnNotEnabledException:
                This exception is thrown when user pool add-ons aren't enabled.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_cimd_policy(
        self,
        *,
        user_pool_id: str,
        cimd_policy_id: str,
        client_id: str,
        url_patterns: Sequence[str],
        policy_name: str | None = ...,
        cache_duration: int | None = ...,
    ) -> UpdateCIMDPolicyResponse:
        """Updates the configuration of a Client ID Metadata Document (CIMD) policy.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy that you want to update.
            client_id:
                The ID of the app client that you want to associate with the CIMD policy.
            url_patterns:
                One to five HTTPS URL patterns. Amazon Cognito accepts a client ID metadata
                document URL only when it matches one of these patterns. Patterns can contain
                the `*` wildcard character.
            policy_name:
                A friendly name for the CIMD policy.
            cache_duration:
                The length of time, in seconds, that Amazon Cognito caches a client metadata
                document that it retrieved from a URL that matches the policy. The value must
                be between 86,400 seconds (one day) and 31,556,952 seconds (one year).

        Returns:
            UpdateCIMDPolicyResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_client_metadata_url_state(
        self,
        *,
        user_pool_id: str,
        cimd_policy_id: str,
        url: str,
        action: CIMDCacheActionType | CIMDCacheActionTypeValue | Unmodelled,
    ) -> UpdateClientMetadataURLStateResponse:
        """Changes the cache state of a client metadata document URL for a client ID metadata
        document (CIMD) policy. Refresh a URL to make Amazon Cognito retrieve the client
        metadata document again, or invalidate it to remove the cached document.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the CIMD policy.
            cimd_policy_id:
                The ID of the CIMD policy that the URL belongs to.
            url:
                The client metadata document URL whose cache state you want to change.
            action:
                The action to take on the cached client metadata document. `REFRESH` retrieves
                the document from the URL again. `INVALIDATE` removes the cached document.

        Returns:
            UpdateClientMetadataURLStateResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            CachedCIMDURLDoesNotExistException:
                This exception is thrown when Amazon Cognito doesn't have a cached client
                metadata document for the URL in the request.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_device_status(
        self,
        *,
        access_token: str,
        device_key: str,
        device_remembered_status: DeviceRememberedStatusType
        | DeviceRememberedStatusTypeValue
        | Unmodelled
        | None = ...,
    ) -> UpdateDeviceStatusResponse:
        """Updates the status of a the currently signed-in user's device so that it is marked as
        remembered or not remembered for the purpose of device authentication. Device
        authentication is a "remember me" mechanism that silently completes sign-in from
        trusted devices with a device key instead of a user-provided MFA code. This operation
        changes the status of a device without deleting it, so you can enable it again later.
        For more information about device authentication, see Working with devices
        (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            device_key:
                The device key of the device you want to update, for example
                `us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`.
            device_remembered_status:
                To enable device authentication with the specified device, set to
                `remembered`.To disable, set to `not_remembered`.

        Returns:
            UpdateDeviceStatusResponse:
                The response to the request to update the device status.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_group(
        self,
        *,
        group_name: str,
        user_pool_id: str,
        description: str | None = ...,
        role_arn: str | None = ...,
        precedence: int | None = ...,
    ) -> UpdateGroupResponse:
        """Given the name of a user pool group, updates any of the properties for precedence, IAM
        role, or description. For more information about user pool groups, see Adding groups
        to a user pool
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            group_name:
                The name of the group that you want to update.
            user_pool_id:
                The ID of the user pool that contains the group you want to update.
            description:
                A new description of the existing group.
            role_arn:
                The Amazon Resource Name (ARN) of an IAM role that you want to associate with
                the group. The role assignment contributes to the `cognito:roles` and
                `cognito:preferred_role` claims in group members' tokens.
            precedence:
                A non-negative integer value that specifies the precedence of this group
                relative to the other groups that a user can belong to in the user pool. Zero
                is the highest precedence value. Groups with lower `Precedence` values take
                precedence over groups with higher or null `Precedence` values. If a user
                belongs to two or more groups, it is the group with the lowest precedence
                value whose role ARN is given in the user's tokens for the `cognito:roles` and
                `cognito:preferred_role` claims.

                Two groups can have the same `Precedence` value. If this happens, neither
                group takes precedence over the other. If two groups with the same
                `Precedence` have the same role ARN, that role is used in the
                `cognito:preferred_role` claim in tokens for users in each group. If the two
                groups have different role ARNs, the `cognito:preferred_role` claim isn't set
                in users' tokens.

                The default `Precedence` value is null. The maximum `Precedence` value is
                `2^31-1`.

        Returns:
            UpdateGroupResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_identity_provider(
        self,
        *,
        user_pool_id: str,
        provider_name: str,
        provider_details: Mapping[str, str] | None = ...,
        attribute_mapping: Mapping[str, str] | None = ...,
        idp_identifiers: Sequence[str] | None = ...,
        acr_mapping: Mapping[str, str] | None = ...,
    ) -> UpdateIdentityProviderResponse:
        """Modifies the configuration and trust relationship between a third-party identity
        provider (IdP) and a user pool. Amazon Cognito accepts sign-in with third-party
        identity providers through managed login and OIDC relying-party libraries. For more
        information, see Third-party IdP sign-in
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The Id of the user pool where you want to update your IdP.
            provider_name:
                The name of the IdP that you want to update. You can pass the identity
                provider name in the `identity_provider` query parameter of requests to the
                Authorize endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html)
                to silently redirect to sign-in with the associated IdP.
            provider_details:
                The scopes, URLs, and identifiers for your external identity provider. The
                following examples describe the provider detail keys for each IdP type. These
                values and their schema are subject to change. Social IdP `authorize_scopes`
                values must match the values listed here.

                OpenID Connect (OIDC)
                    Amazon Cognito accepts the following elements when it can't discover
                    endpoint URLs from `oidc_issuer`: `attributes_url`, `authorize_url`,
                    `jwks_uri`, `token_url`.

                    Create or update request: `"ProviderDetails": {
                    "attributes_request_method": "GET", "attributes_url":
                    "https://auth.example.com/userInfo", "authorize_scopes": "openid profile
                    email", "authorize_url": "https://auth.example.com/authorize",
                    "client_id": "1example23456789", "client_secret":
                    "provider-app-client-secret", "jwks_uri":
                    "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
                    "https://auth.example.com", "token_url": "https://example.com/token" }`

                    Describe response: `"ProviderDetails": { "attributes_request_method":
                    "GET", "attributes_url": "https://auth.example.com/userInfo",
                    "attributes_url_add_attributes": "false", "authorize_scopes": "openid
                    profile email", "authorize_url": "https://auth.example.com/authorize",
                    "client_id": "1example23456789", "client_secret":
                    "provider-app-client-secret", "jwks_uri":
                    "https://auth.example.com/.well-known/jwks.json", "oidc_issuer":
                    "https://auth.example.com", "token_url": "https://example.com/token" }`

                SAML
                    Create or update request with Metadata URL: `"ProviderDetails": {
                    "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true",
                    "MetadataURL": "https://auth.example.com/sso/saml/metadata",
                    "RequestSigningAlgorithm": "rsa-sha256" }`

                    Create or update request with Metadata file: `"ProviderDetails": {
                    "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true",
                    "MetadataFile": "[metadata XML]", "RequestSigningAlgorithm": "rsa-sha256"
                    }`

                    The value of `MetadataFile` must be the plaintext metadata document with
                    all quote (") characters escaped by backslashes.

                    Describe response: `"ProviderDetails": { "IDPInit": "true", "IDPSignout":
                    "true", "EncryptedResponses" : "true", "ActiveEncryptionCertificate":
                    "[certificate]", "MetadataURL":
                    "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm":
                    "rsa-sha256", "SLORedirectBindingURI":
                    "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
                    "https://auth.example.com/sso/saml" }`

                LoginWithAmazon
                    Create or update request: `"ProviderDetails": { "authorize_scopes":
                    "profile postal_code", "client_id":
                    "amzn1.application-oa2-client.1example23456789", "client_secret":
                    "provider-app-client-secret"`

                    Describe response: `"ProviderDetails": { "attributes_url":
                    "https://api.amazon.com/user/profile", "attributes_url_add_attributes":
                    "false", "authorize_scopes": "profile postal_code", "authorize_url":
                    "https://www.amazon.com/ap/oa", "client_id":
                    "amzn1.application-oa2-client.1example23456789", "client_secret":
                    "provider-app-client-secret", "token_request_method": "POST", "token_url":
                    "https://api.amazon.com/auth/o2/token" }`

                Google
                    Create or update request: `"ProviderDetails": { "authorize_scopes": "email
                    profile openid", "client_id":
                    "1example23456789.apps.googleusercontent.com", "client_secret":
                    "provider-app-client-secret" }`

                    Describe response: `"ProviderDetails": { "attributes_url":
                    "https://people.googleapis.com/v1/people/me?personFields=",
                    "attributes_url_add_attributes": "true", "authorize_scopes": "email
                    profile openid", "authorize_url":
                    "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
                    "1example23456789.apps.googleusercontent.com", "client_secret":
                    "provider-app-client-secret", "oidc_issuer":
                    "https://accounts.google.com", "token_request_method": "POST",
                    "token_url": "https://www.googleapis.com/oauth2/v4/token" }`

                SignInWithApple
                    Create or update request: `"ProviderDetails": { "authorize_scopes": "email
                    name", "client_id": "com.example.cognito", "private_key": "1EXAMPLE",
                    "key_id": "2EXAMPLE", "team_id": "3EXAMPLE" }`

                    Describe response: `"ProviderDetails": { "attributes_url_add_attributes":
                    "false", "authorize_scopes": "email name", "authorize_url":
                    "https://appleid.apple.com/auth/authorize", "client_id":
                    "com.example.cognito", "key_id": "1EXAMPLE", "oidc_issuer":
                    "https://appleid.apple.com", "team_id": "2EXAMPLE",
                    "token_request_method": "POST", "token_url":
                    "https://appleid.apple.com/auth/token" }`

                Facebook
                    Create or update request: `"ProviderDetails": { "api_version": "v17.0",
                    "authorize_scopes": "public_profile, email", "client_id":
                    "1example23456789", "client_secret": "provider-app-client-secret" }`

                    Describe response: `"ProviderDetails": { "api_version": "v17.0",
                    "attributes_url": "https://graph.facebook.com/v17.0/me?fields=",
                    "attributes_url_add_attributes": "true", "authorize_scopes":
                    "public_profile, email", "authorize_url":
                    "https://www.facebook.com/v17.0/dialog/oauth", "client_id":
                    "1example23456789", "client_secret": "provider-app-client-secret",
                    "token_request_method": "GET", "token_url":
                    "https://graph.facebook.com/v17.0/oauth/access_token" }`
            attribute_mapping:
                A mapping of IdP attributes to standard and custom user pool attributes.
                Specify a user pool attribute as the key of the key-value pair, and the IdP
                attribute claim name as the value.
            idp_identifiers:
                An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP",
                "MyIdP2" ]`. Identifiers are friendly names that you can pass in the
                `idp_identifier` query parameter of requests to the Authorize endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html)
                to silently redirect to sign-in with the associated IdP. Identifiers in a
                domain format also enable the use of email-address matching with SAML
                providers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html).
            acr_mapping:
                A mapping between the authentication context class reference (ACR) levels of
                your user pool and the ACR values of the external OpenID Connect (OIDC)
                identity provider (IdP). This mapping has the same behavior as it does when
                you create an identity provider. Only OIDC IdPs support ACR mapping.

                Setting `AcrMapping` is available in all feature plans. It isn't restricted to
                the Essentials or Plus feature plan.

        Returns:
            UpdateIdentityProviderResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            UnsupportedIdentityProviderException:
                This exception is thrown when the specified identifier isn't supported.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_managed_login_branding(
        self,
        *,
        user_pool_id: str | None = ...,
        managed_login_branding_id: str | None = ...,
        use_cognito_provided_values: bool | None = ...,
        settings: _types.Document | None = ...,
        assets: Sequence[AssetType] | None = ...,
    ) -> UpdateManagedLoginBrandingResponse:
        """Configures the branding settings for a user pool style. This operation is the
        programmatic option for the configuration of a style in the branding editor.

        Provides values for UI customization in a `Settings` JSON object and image files in an
        `Assets` array.

        This operation has a 2-megabyte request-size limit and include the CSS settings and
        image assets for your app client. Your branding settings might exceed 2MB in size.
        Amazon Cognito doesn't require that you pass all parameters in one request and
        preserves existing style settings that you don't specify. If your request is larger
        than 2MB, separate it into multiple requests, each with a size smaller than the limit.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the managed login branding style that
                you want to update.
            managed_login_branding_id:
                The ID of the managed login branding style that you want to update.
            use_cognito_provided_values:
                When `true`, applies the default branding style options. This option reverts
                to default style options that are managed by Amazon Cognito. You can modify
                them later in the branding editor.

                When you specify `true` for this option, you must also omit values for
                `Settings` and `Assets` in the request.
            settings:
                A JSON file, encoded as a `Document` type, with the the settings that you want
                to apply to your style.

                The following components are not currently implemented and reserved for future
                use:

                - `signUp`
                - `instructions`
                - `sessionTimerDisplay`
                - `languageSelector` (for localization, see Managed login localization)
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization)
            assets:
                An array of image files that you want to apply to roles like backgrounds,
                logos, and icons. Each object must also indicate whether it is for dark mode,
                light mode, or browser-adaptive mode.

        Returns:
            UpdateManagedLoginBrandingResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_provisioned_limit(
        self, *, limit_definition: LimitDefinitionType, requested_limit_value: int
    ) -> UpdateProvisionedLimitResponse:
        """Sets the provisioned limit for a specific API category. The value must be between the
        default limit and your account-level maximum limit in Service Quotas.

        Managed login user pools don't support adjustments to the `UserAuthentication` or
        `UserFederation` categories. To increase these limits, submit a Service Quotas
        increase request.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            limit_definition:
                The limit to update. Specify the limit class and the attributes that identify
                the limit.
            requested_limit_value:
                The provisioned rate to set, in requests per second (RPS).

        Returns:
            UpdateProvisionedLimitResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            ServiceQuotaExceededException:
                The request exceeded your account's service quota. To increase your limit, use
                or submit a Service Quotas increase request.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_resource_server(
        self,
        *,
        user_pool_id: str,
        identifier: str,
        name: str,
        scopes: Sequence[ResourceServerScopeType] | None = ...,
    ) -> UpdateResourceServerResponse:
        """Updates the name and scopes of a resource server. All other fields are read-only. For
        more information about resource servers, see Access control with resource servers
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).

        Important: If you don't provide a value for an attribute, it is set to the default
        value.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the resource server that you want to
                update.
            identifier:
                A unique resource server identifier for the resource server. The identifier
                can be an API friendly name like `solar-system-data`. You can also set an API
                URL like `https://solar-system-data-api.example.com` as your identifier.

                Amazon Cognito represents scopes in the access token in the format
                `$resource-server-identifier/$scope`. Longer scope-identifier strings increase
                the size of your access tokens.
            name:
                The updated name of the resource server.
            scopes:
                An array of updated custom scope names and descriptions that you want to
                associate with your resource server.

        Returns:
            UpdateResourceServerResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_terms(
        self,
        *,
        terms_id: str,
        user_pool_id: str,
        terms_name: str | None = ...,
        terms_source: TermsSourceType | TermsSourceTypeValue | Unmodelled | None = ...,
        enforcement: TermsEnforcementType | TermsEnforcementTypeValue | Unmodelled | None = ...,
        links: Mapping[str, str] | None = ...,
    ) -> UpdateTermsResponse:
        """Modifies existing terms documents for the requested app client. When Terms and
        conditions and Privacy policy documents are configured, the app client displays links
        to them in the sign-up page of managed login for the app client.

        You can provide URLs for terms documents in the languages that are supported by
        managed login localization
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization).
        Amazon Cognito directs users to the terms documents for their current language, with
        fallback to `default` if no document exists for the language.

        Each request accepts one type of terms document and a map of language-to-link for that
        document type. You must provide both types of terms documents in at least one language
        before Amazon Cognito displays your terms documents. Supply each type in separate
        requests.

        For more information, see Terms documents
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            terms_id:
                The ID of the terms document that you want to update.
            user_pool_id:
                The ID of the user pool that contains the terms that you want to update.
            terms_name:
                The new name that you want to apply to the requested terms documents.
            terms_source:
                This parameter is reserved for future use and currently accepts only one
                value.
            enforcement:
                This parameter is reserved for future use and currently accepts only one
                value.
            links:
                A map of URLs to languages. For each localized language that will view the
                requested `TermsName`, assign a URL. A selection of `cognito:default` displays
                for all languages that don't have a language-specific URL.

                For example, `"cognito:default": "https://terms.example.com",
                "cognito:spanish": "https://terms.example.com/es"`.

        Returns:
            UpdateTermsResponse:
                The response.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TermsExistsException:
                Terms document names must be unique to the app client. This exception is
                thrown when you attempt to create terms documents with a duplicate
                `TermsName`.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_user_attributes(
        self,
        *,
        user_attributes: Sequence[AttributeType],
        access_token: str,
        client_metadata: Mapping[str, str] | None = ...,
    ) -> UpdateUserAttributesResponse:
        """Updates the currently signed-in user's attributes. To delete an attribute from the
        user, submit the attribute in your API request with a blank value.

        For custom attributes, you must add a `custom:` prefix to the attribute name, for
        example `custom:department`.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Args:
            user_attributes:
                An array of name-value pairs representing user attributes.

                For custom attributes, you must add a `custom:` prefix to the attribute name.

                If you have set an attribute to require verification before Amazon Cognito
                updates its value, this request doesn't immediately update the value of that
                attribute. After your user receives and responds to a verification message to
                verify the new value, Amazon Cognito updates the attribute value. Your user
                can sign in and receive messages with the original attribute value until they
                verify the new value.
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            client_metadata:
                A map of custom key-value pairs that you can provide as input for any custom
                workflows that this action triggers. You create custom workflows by assigning
                Lambda functions to user pool triggers.

                When Amazon Cognito invokes any of these functions, it passes a JSON payload,
                which the function receives as input. This payload contains a `clientMetadata`
                attribute that provides the data that you assigned to the ClientMetadata
                parameter in your request. In your function code, you can process the
                `clientMetadata` value to enhance your workflow for your specific needs.

                To review the Lambda trigger types that Amazon Cognito invokes at runtime with
                API requests, see Connecting API actions to Lambda triggers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event)
                in the Amazon Cognito Developer Guide.

                Note: When you use the `ClientMetadata` parameter, note that Amazon Cognito
                won't do the following:

                - Store the `ClientMetadata` value. This data is available only to Lambda
                  triggers that are assigned to a user pool to support custom workflows. If
                  your user pool configuration doesn't include triggers, the `ClientMetadata`
                  parameter serves no purpose.
                - Validate the `ClientMetadata` value.
                - Encrypt the `ClientMetadata` value. Don't send sensitive information in this
                  parameter.

        Returns:
            UpdateUserAttributesResponse:
                Represents the response from the server for the request to update user
                attributes.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UnexpectedLambdaException:
                This exception is thrown when Amazon Cognito encounters an unexpected
                exception with Lambda.
            UserLambdaValidationException:
                This exception is thrown when the Amazon Cognito service encounters a user
                validation exception with the Lambda service.
            InvalidLambdaResponseException:
                This exception is thrown when Amazon Cognito encounters an invalid Lambda
                response.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            CodeDeliveryFailureException:
                This exception is thrown when a verification code fails to deliver
                successfully.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_user_pool(
        self,
        *,
        user_pool_id: str,
        policies: UserPoolPolicyType | None = ...,
        deletion_protection: DeletionProtectionType
        | DeletionProtectionTypeValue
        | Unmodelled
        | None = ...,
        lambda_config: LambdaConfigType | None = ...,
        auto_verified_attributes: Sequence[
            VerifiedAttributeType | VerifiedAttributeTypeValue | Unmodelled
        ]
        | None = ...,
        sms_verification_message: str | None = ...,
        email_verification_message: str | None = ...,
        email_verification_subject: str | None = ...,
        verification_message_template: VerificationMessageTemplateType | None = ...,
        sms_authentication_message: str | None = ...,
        user_attribute_update_settings: UserAttributeUpdateSettingsType | None = ...,
        mfa_configuration: UserPoolMfaType | UserPoolMfaTypeValue | Unmodelled | None = ...,
        device_configuration: DeviceConfigurationType | None = ...,
        email_configuration: EmailConfigurationType | None = ...,
        sms_configuration: SmsConfigurationType | None = ...,
        user_pool_tags: Mapping[str, str] | None = ...,
        admin_create_user_config: AdminCreateUserConfigType | None = ...,
        user_pool_add_ons: UserPoolAddOnsType | None = ...,
        dcr_configuration: DcrConfigurationType | None = ...,
        account_recovery_setting: AccountRecoverySettingType | None = ...,
        pool_name: str | None = ...,
        user_pool_tier: UserPoolTierType | UserPoolTierTypeValue | Unmodelled | None = ...,
        key_configuration: KeyConfigurationType | None = ...,
        issuer_configuration: IssuerConfigurationType | None = ...,
        acr_configuration: Mapping[str, AcrLevelConfigType] | None = ...,
    ) -> UpdateUserPoolResponse:
        """Updates the configuration of a user pool. To avoid setting parameters to Amazon
        Cognito defaults, construct this API request to pass the existing configuration of
        your user pool, modified to include the changes that you want to make.

        Important: If you don't provide a value for an attribute, Amazon Cognito sets it to
        its default value.

        In secondary regions for user pools with multi-region replication, regional
        configurations for email, SMS, Lambda functions, and tags can be updated. Both global
        and regional settings must be provided as inputs, with global settings required to
        match existing values to maintain consistency across replicas.

        Note: This action might generate an SMS text message. Starting June 1, 2021, US
        telecom carriers require you to register an origination phone number before you can
        send SMS messages to US phone numbers. If you use SMS text messages in Amazon Cognito,
        you must register a phone number with Amazon Pinpoint
        (https://console.aws.amazon.com/pinpoint/home/). Amazon Cognito uses the registered
        number automatically. Otherwise, Amazon Cognito users who must receive SMS messages
        might not be able to sign up, activate their accounts, or sign in.

        If you have never used SMS text messages with Amazon Cognito or any other Amazon Web
        Services service, Amazon Simple Notification Service might place your account in the
        SMS sandbox. In sandbox mode
        (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html), you can send
        messages only to verified phone numbers. After you test your app while in the sandbox
        environment, you can move out of the sandbox and into production. For more
        information, see SMS message settings for Amazon Cognito user pools
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html)
        in the Amazon Cognito Developer Guide.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool you want to update.
            policies:
                The password policy and sign-in policy in the user pool. The password policy
                sets options like password complexity requirements and password history. The
                sign-in policy sets the options available to applications in choice-based
                authentication
                (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
            deletion_protection:
                When active, `DeletionProtection` prevents accidental deletion of your user
                pool. Before you can delete a user pool that you have protected against
                deletion, you must deactivate this feature.

                When you try to delete a protected user pool in a `DeleteUserPool` API
                request, Amazon Cognito returns an `InvalidParameterException` error. To
                delete a protected user pool, send a new `DeleteUserPool` request after you
                deactivate deletion protection in an `UpdateUserPool` API request.
            lambda_config:
                A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at
                several possible stages of authentication operations. Triggers can modify the
                outcome of the operations that invoked them.
            auto_verified_attributes:
                The attributes that you want your user pool to automatically verify. Possible
                values: email, phone_number. For more information see Verifying contact
                information at sign-up
                (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves).
            sms_verification_message:
                This parameter is no longer used.
            email_verification_message:
                This parameter is no longer used.
            email_verification_subject:
                This parameter is no longer used.
            verification_message_template:
                The template for the verification message that your user pool delivers to
                users who set an email address or phone number attribute.

                Set the email message type that corresponds to your `DefaultEmailOption`
                selection. For `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave
                `EmailMessage` blank. For `CONFIRM_WITH_CODE`, specify an `EmailMessage` and
                leave `EmailMessageByLink` blank. When you supply both parameters with either
                choice, Amazon Cognito returns an error.
            sms_authentication_message:
                The contents of the SMS message that your user pool sends to users in SMS
                authentication.
            user_attribute_update_settings:
                The settings for updates to user attributes. These settings include the
                property `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that
                tells Amazon Cognito how to handle changes to the value of your users' email
                address and phone number attributes. For more information, see Verifying
                updates to email addresses and phone numbers
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
            mfa_configuration:
                Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`,
                all users must set up MFA before they can sign in. When `OPTIONAL`, your
                application must make a client-side determination of whether a user wants to
                register an MFA device. For user pools with adaptive authentication with
                threat protection, choose `OPTIONAL`.

                When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically
                prompt users to set up MFA. Amazon Cognito generates MFA prompts in API
                responses and in managed login for users who have chosen and configured a
                preferred MFA factor.
            device_configuration:
                The device-remembering configuration for a user pool. Device remembering or
                device tracking is a "Remember me on this device" option for user pools that
                perform authentication with the device key of a trusted device in the back
                end, instead of a user-provided MFA code. For more information about device
                authentication, see Working with user devices in your user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
                A null value indicates that you have deactivated device remembering in your
                user pool.

                Note: When you provide a value for any `DeviceConfiguration` field, you
                activate the Amazon Cognito device-remembering feature. For more information,
                see Working with devices
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
            email_configuration:
                The email configuration of your user pool. The email configuration type sets
                your preferred sending method, Amazon Web Services Region, and sender for
                email invitation and verification messages from your user pool.
            sms_configuration:
                The SMS configuration with the settings for your Amazon Cognito user pool to
                send SMS message with Amazon Simple Notification Service. To send SMS messages
                with Amazon SNS in the Amazon Web Services Region that you want, the Amazon
                Cognito user pool uses an Identity and Access Management (IAM) role in your
                Amazon Web Services account. For more information see SMS message settings
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
            user_pool_tags:
                The tag keys and values to assign to the user pool. A tag is a label that you
                can use to categorize and manage user pools in different ways, such as by
                purpose, owner, environment, or other criteria.
            admin_create_user_config:
                The configuration for administrative creation of users. Includes the template
                for the invitation message for new users, the duration of temporary passwords,
                and permitting self-service sign-up.
            user_pool_add_ons:
                Contains settings for activation of threat protection, including the operating
                mode and additional authentication types. To log user security information but
                take no action, set to `AUDIT`. To configure automatic security responses to
                potentially unwanted traffic to your user pool, set to `ENFORCED`.

                For more information, see Adding advanced security to a user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
                To activate this setting, your user pool must be on the Plus tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
            dcr_configuration:
                The dynamic client registration configuration for the user pool. With dynamic
                client registration, applications can register their own app clients at
                runtime through the registration endpoint of your user pool domain. To
                activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.

                If you omit this parameter, Amazon Cognito keeps the existing configuration.
                If you include it, Amazon Cognito replaces the existing configuration with the
                one that you provide. Members that you omit revert to their default values,
                and an omitted `EnableStatus` turns dynamic client registration on.

                To change the feature plan of the user pool to Lite, you must also set
                `EnableStatus` to `Disabled`.
            account_recovery_setting:
                The available verified method a user can use to recover their password when
                they call `ForgotPassword`. You can use this setting to define a preferred
                method when a user has more than one method available. With this setting, SMS
                doesn't qualify for a valid password recovery mechanism if the user also has
                SMS multi-factor authentication (MFA) activated. In the absence of this
                setting, Amazon Cognito uses the legacy behavior to determine the recovery
                method where SMS is preferred through email.
            pool_name:
                The updated name of your user pool.
            user_pool_tier:
                The user pool feature plan
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html),
                or tier. This parameter determines the eligibility of the user pool for
                features like managed login, access-token customization, and threat
                protection. Defaults to `ESSENTIALS`.
            key_configuration:
                The key configuration for the user pool. In secondary regions, this parameter
                must match the existing configuration and cannot be modified.
            issuer_configuration:
                The issuer configuration for the user pool. In secondary regions, this
                parameter must match the existing configuration and cannot be modified.
            acr_configuration:
                The custom names for the authentication context class reference (ACR) levels
                in your user pool. This configuration has the same behavior as it does when
                you create a user pool: you customize only the URI name that Amazon Cognito
                reports for each of the four fixed ACR levels, and any level that you don't
                specify keeps its default name. Each name must be unique across all four
                levels, including default names.

                Configuring custom ACR level names requires the Essentials or Plus feature
                plan. To activate this setting, your user pool must be in the Essentials tier
                (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                or higher.

        Returns:
            UpdateUserPoolResponse:
                Represents the response from the server when you make a request to update the
                user pool.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            UserImportInProgressException:
                This exception is thrown when you're trying to modify a user pool while a user
                import job is in progress for that pool.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            InvalidSmsRoleAccessPolicyException:
                This exception is returned when the role provided for SMS configuration
                doesn't have permission to publish using Amazon SNS.
            InvalidSmsRoleTrustRelationshipException:
                This exception is thrown when the trust relationship is not valid for the role
                provided for SMS configuration. This can happen if you don't trust
                `cognito-idp.amazonaws.com` or the external ID provided in the role does not
                match what is provided in the SMS configuration for the user pool.
            UserPoolTaggingException:
                This exception is thrown when a user pool tag can't be set or updated.
            InvalidEmailRoleAccessPolicyException:
                This exception is thrown when Amazon Cognito isn't allowed to use your email
                identity. HTTP status code: 400.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            TierChangeNotAllowedException:
                This exception is thrown when you've attempted to change your feature plan but
                the operation isn't permitted.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_user_pool_client(
        self,
        *,
        user_pool_id: str,
        client_id: str,
        client_name: str | None = ...,
        refresh_token_validity: int | None = ...,
        access_token_validity: int | None = ...,
        id_token_validity: int | None = ...,
        token_validity_units: TokenValidityUnitsType | None = ...,
        read_attributes: Sequence[str] | None = ...,
        write_attributes: Sequence[str] | None = ...,
        explicit_auth_flows: Sequence[
            ExplicitAuthFlowsType | ExplicitAuthFlowsTypeValue | Unmodelled
        ]
        | None = ...,
        supported_identity_providers: Sequence[str] | None = ...,
        callback_urls: Sequence[str] | None = ...,
        logout_urls: Sequence[str] | None = ...,
        default_redirect_uri: str | None = ...,
        allowed_o_auth_flows: Sequence[OAuthFlowType | OAuthFlowTypeValue | Unmodelled]
        | None = ...,
        allowed_o_auth_scopes: Sequence[str] | None = ...,
        allowed_o_auth_flows_user_pool_client: bool | None = ...,
        analytics_configuration: AnalyticsConfigurationType | None = ...,
        prevent_user_existence_errors: PreventUserExistenceErrorTypes
        | PreventUserExistenceErrorTypesValue
        | Unmodelled
        | None = ...,
        enable_token_revocation: bool | None = ...,
        enable_propagate_additional_user_context_data: bool | None = ...,
        auth_session_validity: int | None = ...,
        refresh_token_rotation: RefreshTokenRotationType | None = ...,
        publish_secrets_in_aws_secrets_manager: bool | None = ...,
    ) -> UpdateUserPoolClientResponse:
        """Given a user pool app client ID, updates the configuration. To avoid setting
        parameters to Amazon Cognito defaults, construct this API request to pass the existing
        configuration of your app client, modified to include the changes that you want to
        make.

        Important: If you don't provide a value for an attribute, Amazon Cognito sets it to
        its default value.

        Unlike app clients created in the console, Amazon Cognito doesn't automatically assign
        a branding style to app clients that you configure with this API operation. Managed
        login and classic hosted UI pages aren't available for your client until after you
        apply a branding style.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool where you want to update the app client.
            client_id:
                The ID of the app client that you want to update.
            client_name:
                A friendly name for the app client.
            refresh_token_validity:
                The refresh token time limit. After this limit expires, your user can't use
                their refresh token. To specify the time unit for `RefreshTokenValidity` as
                `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in
                your API request.

                For example, when you set `RefreshTokenValidity` as `10` and
                `TokenValidityUnits` as `days`, your user can refresh their session and
                retrieve new access and ID tokens for 10 days.

                The default time unit for `RefreshTokenValidity` in an API request is days.
                You can't set `RefreshTokenValidity` to 0. If you do, Amazon Cognito overrides
                the value with the default value of 30 days. Valid range is displayed below in
                seconds.

                If you don't specify otherwise in the configuration of your app client, your
                refresh tokens are valid for 30 days.
            access_token_validity:
                The access token time limit. After this limit expires, your user can't use
                their access token. To specify the time unit for `AccessTokenValidity` as
                `seconds`, `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in
                your API request.

                For example, when you set `AccessTokenValidity` to `10` and
                `TokenValidityUnits` to `hours`, your user can authorize access with their
                access token for 10 hours.

                The default time unit for `AccessTokenValidity` in an API request is hours.
                Valid range is displayed below in seconds.

                If you don't specify otherwise in the configuration of your app client, your
                access tokens are valid for one hour.
            id_token_validity:
                The ID token time limit. After this limit expires, your user can't use their
                ID token. To specify the time unit for `IdTokenValidity` as `seconds`,
                `minutes`, `hours`, or `days`, set a `TokenValidityUnits` value in your API
                request.

                For example, when you set `IdTokenValidity` as `10` and `TokenValidityUnits`
                as `hours`, your user can authenticate their session with their ID token for
                10 hours.

                The default time unit for `IdTokenValidity` in an API request is hours. Valid
                range is displayed below in seconds.

                If you don't specify otherwise in the configuration of your app client, your
                ID tokens are valid for one hour.
            token_validity_units:
                The units that validity times are represented in. The default unit for refresh
                tokens is days, and the default for ID and access tokens are hours.
            read_attributes:
                The list of user attributes that you want your app client to have read access
                to. After your user authenticates in your app, their access token authorizes
                them to read their own attribute value for any attribute in this list.

                When you don't specify the `ReadAttributes` for your app client, your app can
                read the values of `email_verified`, `phone_number_verified`, and the standard
                attributes of your user pool. When your user pool app client has read access
                to these default attributes, `ReadAttributes` doesn't return any information.
                Amazon Cognito only populates `ReadAttributes` in the API response if you have
                specified your own custom set of read attributes.
            write_attributes:
                The list of user attributes that you want your app client to have write access
                to. After your user authenticates in your app, their access token authorizes
                them to set or modify their own attribute value for any attribute in this
                list.

                When you don't specify the `WriteAttributes` for your app client, your app can
                write the values of the Standard attributes of your user pool. When your user
                pool has write access to these default attributes, `WriteAttributes` doesn't
                return any information. Amazon Cognito only populates `WriteAttributes` in the
                API response if you have specified your own custom set of write attributes.

                If your app client allows users to sign in through an IdP, this array must
                include all attributes that you have mapped to IdP attributes. Amazon Cognito
                updates mapped attributes when users sign in to your application through an
                IdP. If your app client does not have write access to a mapped attribute,
                Amazon Cognito throws an error when it tries to update the attribute. For more
                information, see Specifying IdP Attribute Mappings for Your user pool
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
            explicit_auth_flows:
                The authentication flows
                (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html)
                that you want your user pool client to support. For each app client in your
                user pool, you can sign in your users with any combination of one or more
                flows, including with a user name and Secure Remote Password (SRP), a user
                name and password, or a custom authentication process that you define with
                Lambda functions.

                Note: If you don't specify a value for `ExplicitAuthFlows`, your app client
                supports `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, and
                `ALLOW_CUSTOM_AUTH`.

                The values for authentication flow options include the following.

                - `ALLOW_USER_AUTH`: Enable selection-based sign-in with `USER_AUTH`. This
                  setting covers username-password, secure remote password (SRP),
                  passwordless, and passkey authentication. This authentiation flow can do
                  username-password and SRP authentication without other `ExplicitAuthFlows`
                  permitting them. For example users can complete an SRP challenge through
                  `USER_AUTH` without the flow `USER_SRP_AUTH` being active for the app
                  client. This flow doesn't include `CUSTOM_AUTH`.

                  To activate this setting, your user pool must be in the Essentials tier
                  (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
                  or higher.
                - `ALLOW_ADMIN_USER_PASSWORD_AUTH`: Enable admin based user password
                  authentication flow `ADMIN_USER_PASSWORD_AUTH`. This setting replaces the
                  `ADMIN_NO_SRP_AUTH` setting. With this authentication flow, your app passes
                  a user name and password to Amazon Cognito in the request, instead of using
                  the Secure Remote Password (SRP) protocol to securely transmit the password.
                - `ALLOW_CUSTOM_AUTH`: Enable Lambda trigger based authentication.
                - `ALLOW_USER_PASSWORD_AUTH`: Enable user password-based authentication. In
                  this flow, Amazon Cognito receives the password in the request instead of
                  using the SRP protocol to verify passwords.
                - `ALLOW_USER_SRP_AUTH`: Enable SRP-based authentication.
                - `ALLOW_REFRESH_TOKEN_AUTH`: Enable authflow to refresh tokens.
                - `ALLOW_TOKEN_EXCHANGE_IMPERSONATION` - Use this flow to request
                  `GetDerivedToken` token exchanges without an `ActorToken`. The issued token
                  represents the subject user directly.
                - `ALLOW_TOKEN_EXCHANGE_DELEGATION` - Use this flow to request
                  `GetDerivedToken` token exchanges that include an `ActorToken`. The issued
                  token carries an `act` claim that identifies the intermediary acting on the
                  behalf of the subject.

                In some environments, you will see the values `ADMIN_NO_SRP_AUTH`,
                `CUSTOM_AUTH_FLOW_ONLY`, or `USER_PASSWORD_AUTH`. You can't assign these
                legacy `ExplicitAuthFlows` values to user pool clients at the same time as
                values that begin with `ALLOW_`, like `ALLOW_USER_SRP_AUTH`.
            supported_identity_providers:
                A list of provider names for the identity providers (IdPs) that are supported
                on this client. The following are supported: `COGNITO`, `Facebook`, `Google`,
                `SignInWithApple`, and `LoginWithAmazon`. You can also specify the names that
                you configured for the SAML and OIDC IdPs in your user pool, for example
                `MySAMLIdP` or `MyOIDCIdP`.

                This parameter sets the IdPs that managed login
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html)
                will display on the login page for your app client. The removal of `COGNITO`
                from this list doesn't prevent authentication operations for local users with
                the user pools API in an Amazon Web Services SDK. The only way to prevent
                SDK-based authentication is to block access with a WAF rule
                (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html).
            callback_urls:
                A list of allowed redirect, or callback, URLs for managed login
                authentication. These URLs are the paths where you want to send your users'
                browsers after they complete authentication with managed login or a
                third-party IdP. Typically, callback URLs are the home of an application that
                uses OAuth or OIDC libraries to process authentication outcomes.

                A redirect URI must meet the following requirements:

                - Be an absolute URI.
                - Be registered with the authorization server. Amazon Cognito doesn't accept
                  authorization requests with `redirect_uri` values that aren't in the list of
                  `CallbackURLs` that you provide in this parameter.
                - Not include a fragment component.

                See OAuth 2.0 - Redirection Endpoint
                (https://tools.ietf.org/html/rfc6749#section-3.1.2).

                Amazon Cognito requires HTTPS over HTTP except for http://localhost for
                testing purposes only.

                App callback URLs such as `myapp://example` are also supported.
            logout_urls:
                A list of allowed logout URLs for managed login authentication. When you pass
                `logout_uri` and `client_id` parameters to `/logout`, Amazon Cognito signs out
                your user and redirects them to the logout URL. This parameter describes the
                URLs that you want to be the permitted targets of `logout_uri`. A typical use
                of these URLs is when a user selects "Sign out" and you redirect them to your
                public homepage. For more information, see Logout endpoint
                (https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html).
            default_redirect_uri:
                The default redirect URI. In app clients with one assigned IdP, replaces
                `redirect_uri` in authentication requests. Must be in the `CallbackURLs` list.
            allowed_o_auth_flows:
                The OAuth grant types that you want your app client to generate. To create an
                app client that generates client credentials grants, you must add
                `client_credentials` as the only allowed OAuth flow.

                code
                    Use a code grant flow, which provides an authorization code as the
                    response. This code can be exchanged for access tokens with the
                    `/oauth2/token` endpoint.

                implicit
                    Issue the access token (and, optionally, ID token, based on scopes)
                    directly to your user.

                client_credentials
                    Issue the access token from the `/oauth2/token` endpoint directly to a
                    non-person user using a combination of the client ID and client secret.
            allowed_o_auth_scopes:
                The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit
                your app client to authorize access with. Scopes govern access control to user
                pool self-service API operations, user data from the `userInfo` endpoint, and
                third-party APIs. Scope values include `phone`, `email`, `openid`, and
                `profile`. The `aws.cognito.signin.user.admin` scope authorizes user
                self-service operations. Custom scopes with resource servers authorize access
                to external APIs.
            allowed_o_auth_flows_user_pool_client:
                Set to `true` to use OAuth 2.0 authorization server features in your app
                client.

                This parameter must have a value of `true` before you can configure the
                following features in your app client.

                - `CallBackURLs`: Callback URLs.
                - `LogoutURLs`: Sign-out redirect URLs.
                - `AllowedOAuthScopes`: OAuth 2.0 scopes.
                - `AllowedOAuthFlows`: Support for authorization code, implicit, and client
                  credentials OAuth 2.0 grants.

                To use authorization server features, configure one of these features in the
                Amazon Cognito console or set `AllowedOAuthFlowsUserPoolClient` to `true` in a
                `CreateUserPoolClient` or `UpdateUserPoolClient` API request. If you don't set
                a value for `AllowedOAuthFlowsUserPoolClient` in a request with the CLI or
                SDKs, it defaults to `false`. When `false`, only SDK-based API sign-in is
                permitted.
            analytics_configuration:
                The user pool analytics configuration for collecting metrics and sending them
                to your Amazon Pinpoint campaign.

                In Amazon Web Services Regions where Amazon Pinpoint isn't available, user
                pools might not have access to analytics or might be configurable with
                campaigns in the US East (N. Virginia) Region. For more information, see Using
                Amazon Pinpoint analytics
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html).
            prevent_user_existence_errors:
                When `ENABLED`, suppresses messages that might indicate a valid user exists
                when someone attempts sign-in. This parameters sets your preference for the
                errors and responses that you want Amazon Cognito APIs to return during
                authentication, account confirmation, and password recovery when the user
                doesn't exist in the user pool. When set to `ENABLED` and the user doesn't
                exist, authentication returns an error indicating either the username or
                password was incorrect. Account confirmation and password recovery return a
                response indicating a code was sent to a simulated destination. When set to
                `LEGACY`, those APIs return a `UserNotFoundException` exception if the user
                doesn't exist in the user pool.

                Defaults to `LEGACY`.
            enable_token_revocation:
                Activates or deactivates token revocation
                (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html)
                in the target app client.
            enable_propagate_additional_user_context_data:
                When `true`, your application can include additional `UserContextData` in
                authentication requests. This data includes the IP address, and contributes to
                analysis by threat protection features. For more information about propagation
                of user context data, see Adding session data to API requests
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint).
                If you don't include this parameter, you can't send the source IP address to
                Amazon Cognito threat protection features. You can only activate
                `EnablePropagateAdditionalUserContextData` in an app client that has a client
                secret.
            auth_session_validity:
                Amazon Cognito creates a session token for each API request in an
                authentication flow. `AuthSessionValidity` is the duration, in minutes, of
                that session token. Your user pool native user must respond to each
                authentication challenge before the session expires.
            refresh_token_rotation:
                The configuration of your app client for refresh token rotation. When enabled,
                your app client issues new ID, access, and refresh tokens when users renew
                their sessions with refresh tokens. When disabled, token refresh issues only
                ID and access tokens.
            publish_secrets_in_aws_secrets_manager:
                Specifies whether Amazon Cognito stores and manages this app client's secret
                in Amazon Web Services Secrets Manager
                (https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html)
                instead of returning the plaintext value. When you set this parameter to
                `true`, the response returns `ClientSecretArn` instead of `ClientSecret`. By
                default, Amazon Cognito rotates the secret every 7 days. You can change the
                rotation schedule in Secrets Manager.

                Set to `true` to migrate an existing generated secret into Secrets Manager, or
                `false` to move it back to Amazon Cognito and delete the Secrets Manager
                secret. If you omit this parameter, Amazon Cognito doesn't change how it
                manages the existing secret. Applies only to app clients that already have a
                generated secret.

                When you set it to `true`, Amazon Cognito starts managing the app client's
                secret in Secrets Manager and rotates it right away. If the app client has two
                secrets, that first rotation deletes the older one.

                Important: When you set this parameter to `false`, Amazon Cognito immediately
                and permanently deletes the Secrets Manager secret. There's no recovery
                window. Applications that read the secret from Secrets Manager can no longer
                get it.

        Returns:
            UpdateUserPoolClientResponse:
                Represents the response from the server to the request to update the user pool
                client.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ScopeDoesNotExistException:
                This exception is thrown when the specified scope doesn't exist.
            InvalidOAuthFlowException:
                This exception is thrown when the specified OAuth flow is not valid.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_user_pool_domain(
        self,
        *,
        domain: str,
        user_pool_id: str,
        managed_login_version: int | None = ...,
        custom_domain_config: CustomDomainConfigType | None = ...,
        routing: RoutingType | None = ...,
    ) -> UpdateUserPoolDomainResponse:
        """A user pool domain hosts managed login, an authorization server and web server for
        authentication in your application. This operation updates the branding version for
        user pool domains between `1` for hosted UI (classic) and `2` for managed login. It
        also updates the SSL certificate for user pool custom domains.

        Changes to the domain branding version take up to one minute to take effect for a
        prefix domain and up to five minutes for a custom domain.

        This operation doesn't change the name of your user pool domain. To change your
        domain, delete it with `DeleteUserPoolDomain` and create a new domain with
        `CreateUserPoolDomain`.

        You can pass the ARN of a new Certificate Manager certificate in this request.
        Typically, ACM certificates automatically renew and you user pool can continue to use
        the same ARN. But if you generate a new certificate for your custom domain name,
        replace the original configuration with the new ARN in this request.

        ACM certificates for custom domains must be in the US East (N. Virginia) Amazon Web
        Services Region. After you submit your request, Amazon Cognito requires up to 1 hour
        to distribute your new certificate to your custom domain.

        For more information about adding a custom domain to your user pool, see Configuring a
        user pool domain
        (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html).

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            domain:
                The name of the domain that you want to update. For custom domains, this is
                the fully-qualified domain name, for example `auth.example.com`. For prefix
                domains, this is the prefix alone, such as `myprefix`.
            user_pool_id:
                The ID of the user pool that is associated with the domain you're updating.
            managed_login_version:
                A version number that indicates the state of managed login for your domain.
                Version `1` is hosted UI (classic). Version `2` is the newer managed login
                with the branding editor. For more information, see Managed login
                (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html).
            custom_domain_config:
                The configuration for a custom domain that hosts managed login for your
                application. In an `UpdateUserPoolDomain` request, this parameter specifies an
                SSL certificate for the managed login hosted webserver. The certificate must
                be an ACM ARN in `us-east-1`.

                When you create a custom domain, the passkey RP ID defaults to the custom
                domain. If you had a prefix domain active, this will cause passkey integration
                for your prefix domain to stop working due to a mismatch in RP ID. To keep the
                prefix domain passkey integration working, you can explicitly set RP ID to the
                prefix domain.
            routing:
                The routing configuration for the user pool domain. Specifies failover
                settings for multi-region deployments.

        Returns:
            UpdateUserPoolDomainResponse:
                The UpdateUserPoolDomain response output.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            ConcurrentModificationException:
                This exception is thrown if two or more modifications are happening
                concurrently.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            FeatureUnavailableInTierException:
                This exception is thrown when a feature that you attempted to use or configure
                isn't included in your user pool's current feature plan. This can occur when:

                - You configure a feature that your feature plan doesn't support.
                - You make a request that uses a feature that requires a higher feature plan.

                To resolve this issue, upgrade your user pool to a feature plan that includes
                the feature.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def update_user_pool_replica(
        self,
        *,
        user_pool_id: str,
        region_name: str,
        status: UpdateReplicaStatusType | UpdateReplicaStatusTypeValue | Unmodelled,
    ) -> UpdateUserPoolReplicaResponse:
        """Updates replica-specific settings for a user pool replica. You can modify the status
        to activate or deactivate the replica. This request can be made in both primary and
        secondary regions of the user pool.

        Note: Amazon Cognito evaluates Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you must use IAM credentials to
        authorize requests, and you must grant yourself the corresponding IAM permission in a
        policy.

        Learn more

        - Signing Amazon Web Services API Requests
          (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html)
        - Using the Amazon Cognito user pools API and user pool endpoints
          (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html)

        Args:
            user_pool_id:
                The ID of the user pool that contains the replica to update.
            region_name:
                The Amazon Web Services Region of the replica to update.
            status:
                The status to set for the replica. Valid values are ACTIVE and INACTIVE.

        Returns:
            UpdateUserPoolReplicaResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def verify_software_token(
        self,
        *,
        user_code: str,
        access_token: str | None = ...,
        session: str | None = ...,
        friendly_device_name: str | None = ...,
    ) -> VerifySoftwareTokenResponse:
        """Registers the current user's time-based one-time password (TOTP) authenticator with a
        code generated in their authenticator app from a private key that's supplied by your
        user pool. Marks the user's software token MFA status as "verified" if successful. The
        request takes an access token or a session string, but not both.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            user_code:
                A TOTP that the user generated in their configured authenticator app.
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            session:
                The session ID from an `AssociateSoftwareToken` request.
            friendly_device_name:
                A friendly name for the device that's running the TOTP authenticator.

        Returns:
            VerifySoftwareTokenResponse:
                The response.

        Raises:
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidUserPoolConfigurationException:
                This exception is thrown when the user pool configuration is not valid.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            EnableSoftwareTokenMFAException:
                This exception is thrown when there is a code mismatch and the service fails
                to configure the software token TOTP multi-factor authentication (MFA).
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            SoftwareTokenMFANotFoundException:
                This exception is thrown when the software token time-based one-time password
                (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""
    def verify_user_attribute(
        self, *, access_token: str, attribute_name: str, code: str
    ) -> VerifyUserAttributeResponse:
        """Submits a verification code for a signed-in user who has added or changed a value of
        an auto-verified attribute. When successful, the user's attribute becomes verified and
        the attribute `email_verified` or `phone_number_verified` becomes `true`.

        If your user pool requires verification before Amazon Cognito updates the attribute
        value, this operation updates the affected attribute to its pending value.

        Authorize this action with a signed-in user's access token. It must include the scope
        `aws.cognito.signin.user.admin`.

        Note: Amazon Cognito doesn't evaluate Identity and Access Management (IAM) policies in
        requests for this API operation. For this operation, you can't use IAM credentials to
        authorize requests, and you can't grant IAM permissions in policies. For more
        information about authorization models in Amazon Cognito, see Using the Amazon Cognito
        user pools API and user pool endpoints
        (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html).

        Args:
            access_token:
                A valid access token that Amazon Cognito issued to the currently signed-in
                user. Must include a scope claim for `aws.cognito.signin.user.admin`.
            attribute_name:
                The name of the attribute that you want to verify.
            code:
                The verification code that your user pool sent to the added or changed
                attribute, for example the user's email address.

        Returns:
            VerifyUserAttributeResponse:
                A container representing the response from the server from the request to
                verify user attributes.

        Raises:
            ResourceNotFoundException:
                This exception is thrown when the Amazon Cognito service can't find the
                requested resource.
            InvalidParameterException:
                This exception is thrown when the Amazon Cognito service encounters an invalid
                parameter.
            CodeMismatchException:
                This exception is thrown if the provided code doesn't match what the server
                was expecting.
            ExpiredCodeException:
                This exception is thrown if a code has expired.
            NotAuthorizedException:
                This exception is thrown when a user isn't authorized.
            TooManyRequestsException:
                This exception is thrown when the user has made too many requests for a given
                operation.
            LimitExceededException:
                This exception is thrown when a user exceeds the limit for a requested Amazon
                Web Services resource.
            PasswordResetRequiredException:
                This exception is thrown when a password reset is required.
            UserNotFoundException:
                This exception is thrown when a user isn't found.
            UserNotConfirmedException:
                This exception is thrown when a user isn't confirmed successfully.
            OperationNotEnabledException:
                This exception is thrown when an operation is not available in the current
                region or for the current user pool configuration. This can occur when
                attempting to perform operations that are not supported in secondary replica
                regions.
            InternalErrorException:
                This exception is thrown when Amazon Cognito encounters an internal error.
            AliasExistsException:
                This exception is thrown when a user tries to confirm the account with an
                email address or phone number that has already been supplied as an alias for a
                different user profile. This exception indicates that an account with this
                email address or phone already exists in a user pool that you've configured to
                use email address or phone number as a sign-in alias.
            ForbiddenException:
                This exception is thrown when WAF doesn't allow your request based on a web
                ACL that's associated with your user pool.
            ValidationError: the request breaks the model's constraints.
            TransportError: the HTTP exchange failed (connection error or timeout)."""

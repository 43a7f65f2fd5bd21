# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""The asynchronous Amazon Cognito Identity Provider client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from aws_runtime.client import AsyncClient
from cognito_idp._service import SERVICE

if TYPE_CHECKING:
    from cognito_idp._operations.confirm_sign_up import ConfirmSignUpResponse
    from cognito_idp._operations.sign_up import AttributeType, SignUpResponse
    from cognito_idp._shapes.analytics_metadata_type import AnalyticsMetadataType
    from cognito_idp._shapes.user_context_data_type import UserContextDataType


class AsyncCognitoIdentityProviderClient(AsyncClient):
    """Asynchronous client for Amazon Cognito Identity Provider."""

    _service = SERVICE

    async def confirm_sign_up(
        self,
        *,
        client_id: str,
        username: str,
        confirmation_code: str,
        secret_hash: str | None = None,
        force_alias_creation: bool | None = None,
        analytics_metadata: AnalyticsMetadataType | None = None,
        user_context_data: UserContextDataType | None = None,
        client_metadata: Mapping[str, str] | None = None,
        session: str | None = None,
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
        from cognito_idp._operations import confirm_sign_up as _op

        request = _op.Request(
            client_id=client_id,
            username=username,
            confirmation_code=confirmation_code,
            secret_hash=secret_hash,
            force_alias_creation=force_alias_creation,
            analytics_metadata=analytics_metadata,
            user_context_data=user_context_data,
            client_metadata=client_metadata,
            session=session,
        )
        return await self._invoke(_op.OPERATION, request)

    async def sign_up(
        self,
        *,
        client_id: str,
        username: str,
        secret_hash: str | None = None,
        password: str | None = None,
        user_attributes: Sequence[AttributeType] | None = None,
        validation_data: Sequence[AttributeType] | None = None,
        analytics_metadata: AnalyticsMetadataType | None = None,
        user_context_data: UserContextDataType | None = None,
        client_metadata: Mapping[str, str] | None = None,
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
        from cognito_idp._operations import sign_up as _op

        request = _op.Request(
            client_id=client_id,
            username=username,
            secret_hash=secret_hash,
            password=password,
            user_attributes=user_attributes,
            validation_data=validation_data,
            analytics_metadata=analytics_metadata,
            user_context_data=user_context_data,
            client_metadata=client_metadata,
        )
        return await self._invoke(_op.OPERATION, request)

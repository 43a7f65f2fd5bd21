# The typed surface of cognito_idp.errors, for type checkers (codegen/stubs.py).
"""Every error Amazon Cognito Identity Provider models."""

from collections.abc import Mapping

from typedaws_runtime.errors import ServiceError

class CognitoIdentityProviderError(ServiceError):
    """Base class of every error Amazon Cognito Identity Provider returns.

    ``code`` names the error; a code this SDK does not know yet raises this class itself.
    """

class AccessDeniedException(CognitoIdentityProviderError):
    """This exception is thrown when you don't have sufficient permissions to perform the
    requested operation."""

class AliasExistsException(CognitoIdentityProviderError):
    """This exception is thrown when a user tries to confirm the account with an email address or
    phone number that has already been supplied as an alias for a different user profile. This
    exception indicates that an account with this email address or phone already exists in a
    user pool that you've configured to use email address or phone number as a sign-in alias."""

class CachedCIMDURLDoesNotExistException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito doesn't have a cached client metadata
    document for the URL in the request."""

class CodeDeliveryFailureException(CognitoIdentityProviderError):
    """This exception is thrown when a verification code fails to deliver successfully."""

class CodeMismatchException(CognitoIdentityProviderError):
    """This exception is thrown if the provided code doesn't match what the server was expecting."""

class ConcurrentModificationException(CognitoIdentityProviderError):
    """This exception is thrown if two or more modifications are happening concurrently."""

class DeviceKeyExistsException(CognitoIdentityProviderError):
    """This exception is thrown when a user attempts to confirm a device with a device key that
    already exists."""

class DuplicateProviderException(CognitoIdentityProviderError):
    """This exception is thrown when the provider is already supported by the user pool."""

class EnableSoftwareTokenMFAException(CognitoIdentityProviderError):
    """This exception is thrown when there is a code mismatch and the service fails to configure
    the software token TOTP multi-factor authentication (MFA)."""

class ExpiredCodeException(CognitoIdentityProviderError):
    """This exception is thrown if a code has expired."""

class FeatureUnavailableInTierException(CognitoIdentityProviderError):
    """This exception is thrown when a feature that you attempted to use or configure isn't
    included in your user pool's current feature plan. This can occur when:

    - You configure a feature that your feature plan doesn't support.
    - You make a request that uses a feature that requires a higher feature plan.

    To resolve this issue, upgrade your user pool to a feature plan that includes the feature."""

class ForbiddenException(CognitoIdentityProviderError):
    """This exception is thrown when WAF doesn't allow your request based on a web ACL that's
    associated with your user pool."""

class GroupExistsException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters a group that already exists in the
    user pool."""

class InternalErrorException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an internal error."""

class InternalServerException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an internal server error."""

class InvalidEmailRoleAccessPolicyException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito isn't allowed to use your email identity.
    HTTP status code: 400."""

class InvalidLambdaResponseException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an invalid Lambda response."""

class InvalidOAuthFlowException(CognitoIdentityProviderError):
    """This exception is thrown when the specified OAuth flow is not valid."""

class InvalidParameterException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service encounters an invalid parameter."""

    reason_code: str | None = ...
    """The reason code of the exception."""

class InvalidPasswordException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an invalid password."""

class InvalidSmsRoleAccessPolicyException(CognitoIdentityProviderError):
    """This exception is returned when the role provided for SMS configuration doesn't have
    permission to publish using Amazon SNS."""

class InvalidSmsRoleTrustRelationshipException(CognitoIdentityProviderError):
    """This exception is thrown when the trust relationship is not valid for the role provided
    for SMS configuration. This can happen if you don't trust `cognito-idp.amazonaws.com` or
    the external ID provided in the role does not match what is provided in the SMS
    configuration for the user pool."""

class InvalidUserPoolConfigurationException(CognitoIdentityProviderError):
    """This exception is thrown when the user pool configuration is not valid."""

class LimitExceededException(CognitoIdentityProviderError):
    """This exception is thrown when a user exceeds the limit for a requested Amazon Web Services
    resource."""

class MFAMethodNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito can't find a multi-factor authentication
    (MFA) method."""

class ManagedLoginBrandingExistsException(CognitoIdentityProviderError):
    """This exception is thrown when you attempt to apply a managed login branding style to an
    app client that already has an assigned style."""

class NotAuthorizedException(CognitoIdentityProviderError):
    """This exception is thrown when a user isn't authorized."""

class OperationNotEnabledException(CognitoIdentityProviderError):
    """This exception is thrown when an operation is not available in the current region or for
    the current user pool configuration. This can occur when attempting to perform operations
    that are not supported in secondary replica regions."""

class PasswordHistoryPolicyViolationException(CognitoIdentityProviderError):
    """The message returned when a user's new password matches a previous password and doesn't
    comply with the password-history policy."""

class PasswordResetRequiredException(CognitoIdentityProviderError):
    """This exception is thrown when a password reset is required."""

class PreconditionNotMetException(CognitoIdentityProviderError):
    """This exception is thrown when a precondition is not met."""

class RefreshTokenReuseException(CognitoIdentityProviderError):
    """This exception is throw when your application requests token refresh with a refresh token
    that has been invalidated by refresh-token rotation."""

class ResourceNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service can't find the requested
    resource."""

class ScopeDoesNotExistException(CognitoIdentityProviderError):
    """This exception is thrown when the specified scope doesn't exist."""

class ServiceQuotaExceededException(CognitoIdentityProviderError):
    """The request exceeded your account's service quota. To increase your limit, use or submit a
    Service Quotas increase request."""

class SoftwareTokenMFANotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when the software token time-based one-time password (TOTP)
    multi-factor authentication (MFA) isn't activated for the user pool."""

class TermsExistsException(CognitoIdentityProviderError):
    """Terms document names must be unique to the app client. This exception is thrown when you
    attempt to create terms documents with a duplicate `TermsName`."""

class TierChangeNotAllowedException(CognitoIdentityProviderError):
    """This exception is thrown when you've attempted to change your feature plan but the
    operation isn't permitted."""

class TooManyFailedAttemptsException(CognitoIdentityProviderError):
    """This exception is thrown when the user has made too many failed attempts for a given
    action, such as sign-in."""

class TooManyRequestsException(CognitoIdentityProviderError):
    """This exception is thrown when the user has made too many requests for a given operation."""

class UnauthorizedException(CognitoIdentityProviderError):
    """Exception that is thrown when the request isn't authorized. This can happen due to an
    invalid access token in the request."""

class UnexpectedLambdaException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an unexpected exception with
    Lambda."""

class UnsupportedIdentityProviderException(CognitoIdentityProviderError):
    """This exception is thrown when the specified identifier isn't supported."""

class UnsupportedOperationException(CognitoIdentityProviderError):
    """Exception that is thrown when you attempt to perform an operation that isn't enabled for
    the user pool client."""

class UnsupportedTokenTypeException(CognitoIdentityProviderError):
    """Exception that is thrown when an unsupported token is passed to an operation."""

class UnsupportedUserStateException(CognitoIdentityProviderError):
    """The request failed because the user is in an unsupported state."""

class UserImportInProgressException(CognitoIdentityProviderError):
    """This exception is thrown when you're trying to modify a user pool while a user import job
    is in progress for that pool."""

class UserLambdaValidationException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service encounters a user validation
    exception with the Lambda service."""

class UserNotConfirmedException(CognitoIdentityProviderError):
    """This exception is thrown when a user isn't confirmed successfully."""

class UserNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when a user isn't found."""

class UserPoolAddOnNotEnabledException(CognitoIdentityProviderError):
    """This exception is thrown when user pool add-ons aren't enabled."""

class UserPoolTaggingException(CognitoIdentityProviderError):
    """This exception is thrown when a user pool tag can't be set or updated."""

class UsernameExistsException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters a user name that already exists in
    the user pool."""

class WebAuthnChallengeNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when the challenge from `StartWebAuthn` registration has expired."""

class WebAuthnClientMismatchException(CognitoIdentityProviderError):
    """This exception is thrown when the access token is for a different client than the one in
    the original `StartWebAuthnRegistration` request."""

class WebAuthnConfigurationMissingException(CognitoIdentityProviderError):
    """This exception is thrown when a user pool doesn't have a configured relying party id or a
    user pool domain."""

class WebAuthnCredentialNotSupportedException(CognitoIdentityProviderError):
    """This exception is thrown when a user presents passkey credentials from an unsupported
    device or provider."""

class WebAuthnNotEnabledException(CognitoIdentityProviderError):
    """This exception is thrown when the passkey feature isn't enabled for the user pool."""

class WebAuthnOriginNotAllowedException(CognitoIdentityProviderError):
    """This exception is thrown when the passkey credential's registration origin does not align
    with the user pool relying party id."""

class WebAuthnRelyingPartyMismatchException(CognitoIdentityProviderError):
    """This exception is thrown when the given passkey credential is associated with a different
    relying party ID than the user pool relying party ID."""

ERRORS: Mapping[str, type[CognitoIdentityProviderError]]

# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Every error Amazon Cognito Identity Provider models."""

from __future__ import annotations

from collections.abc import Mapping

from aws_runtime import serde as _s
from aws_runtime.errors import ServiceError


class CognitoIdentityProviderError(ServiceError):
    """Base class of every error Amazon Cognito Identity Provider returns.

    ``code`` names the error; a code this SDK does not know yet raises this class itself.
    """


class AliasExistsException(CognitoIdentityProviderError):
    """This exception is thrown when a user tries to confirm the account with an email address or
    phone number that has already been supplied as an alias for a different user profile. This
    exception indicates that an account with this email address or phone already exists in a
    user pool that you've configured to use email address or phone number as a sign-in alias."""


class CodeDeliveryFailureException(CognitoIdentityProviderError):
    """This exception is thrown when a verification code fails to deliver successfully."""


class CodeMismatchException(CognitoIdentityProviderError):
    """This exception is thrown if the provided code doesn't match what the server was expecting."""


class ExpiredCodeException(CognitoIdentityProviderError):
    """This exception is thrown if a code has expired."""


class ForbiddenException(CognitoIdentityProviderError):
    """This exception is thrown when WAF doesn't allow your request based on a web ACL that's
    associated with your user pool."""


class InternalErrorException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an internal error."""


class InvalidEmailRoleAccessPolicyException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito isn't allowed to use your email identity.
    HTTP status code: 400."""


class InvalidLambdaResponseException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an invalid Lambda response."""


class InvalidParameterException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service encounters an invalid parameter."""

    reason_code: str | None = None
    """The reason code of the exception."""

    def _read_members(self, m: Mapping[str, object], path: str) -> None:
        x = m.get("reasonCode")
        f_reason_code = None if x is None else _s.parse_str(x, path + ".reasonCode")
        self.reason_code = f_reason_code


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


class LimitExceededException(CognitoIdentityProviderError):
    """This exception is thrown when a user exceeds the limit for a requested Amazon Web Services
    resource."""


class NotAuthorizedException(CognitoIdentityProviderError):
    """This exception is thrown when a user isn't authorized."""


class OperationNotEnabledException(CognitoIdentityProviderError):
    """This exception is thrown when an operation is not available in the current region or for
    the current user pool configuration. This can occur when attempting to perform operations
    that are not supported in secondary replica regions."""


class ResourceNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service can't find the requested
    resource."""


class TooManyFailedAttemptsException(CognitoIdentityProviderError):
    """This exception is thrown when the user has made too many failed attempts for a given
    action, such as sign-in."""


class TooManyRequestsException(CognitoIdentityProviderError):
    """This exception is thrown when the user has made too many requests for a given operation."""


class UnexpectedLambdaException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters an unexpected exception with
    Lambda."""


class UserLambdaValidationException(CognitoIdentityProviderError):
    """This exception is thrown when the Amazon Cognito service encounters a user validation
    exception with the Lambda service."""


class UserNotFoundException(CognitoIdentityProviderError):
    """This exception is thrown when a user isn't found."""


class UsernameExistsException(CognitoIdentityProviderError):
    """This exception is thrown when Amazon Cognito encounters a user name that already exists in
    the user pool."""


ERRORS: Mapping[str, type[CognitoIdentityProviderError]] = {
    "AliasExistsException": AliasExistsException,
    "CodeDeliveryFailureException": CodeDeliveryFailureException,
    "CodeMismatchException": CodeMismatchException,
    "ExpiredCodeException": ExpiredCodeException,
    "ForbiddenException": ForbiddenException,
    "InternalErrorException": InternalErrorException,
    "InvalidEmailRoleAccessPolicyException": InvalidEmailRoleAccessPolicyException,
    "InvalidLambdaResponseException": InvalidLambdaResponseException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidPasswordException": InvalidPasswordException,
    "InvalidSmsRoleAccessPolicyException": InvalidSmsRoleAccessPolicyException,
    "InvalidSmsRoleTrustRelationshipException": InvalidSmsRoleTrustRelationshipException,
    "LimitExceededException": LimitExceededException,
    "NotAuthorizedException": NotAuthorizedException,
    "OperationNotEnabledException": OperationNotEnabledException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "TooManyFailedAttemptsException": TooManyFailedAttemptsException,
    "TooManyRequestsException": TooManyRequestsException,
    "UnexpectedLambdaException": UnexpectedLambdaException,
    "UserLambdaValidationException": UserLambdaValidationException,
    "UserNotFoundException": UserNotFoundException,
    "UsernameExistsException": UsernameExistsException,
}
"""Error code -> class."""

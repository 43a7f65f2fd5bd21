# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Service-wide facts the runtime needs."""

from __future__ import annotations

from collections.abc import Mapping

from typedaws_runtime.errors import ServiceError
from typedaws_runtime.operation import ServiceSpec


def _load_errors() -> tuple[type[ServiceError], Mapping[str, type[ServiceError]]]:
    from cognito_idp import errors

    return errors.CognitoIdentityProviderError, errors.ERRORS


def _load_endpoint_rules() -> tuple[Mapping[str, object], Mapping[str, object] | None]:
    from cognito_idp import _endpoint_rules

    return _endpoint_rules.RULES, _endpoint_rules.PARTITIONS


SERVICE = ServiceSpec(
    name="Amazon Cognito Identity Provider",
    service_id="Cognito Identity Provider",
    endpoint_prefix="cognito-idp",
    signing_name="cognito-idp",
    target_prefix="AWSCognitoIdentityProviderService",
    json_version="1.1",
    env_name="COGNITO_IDENTITY_PROVIDER",
    user_agent="cognito-idp-typed/1.44.8.0",
    load_errors=_load_errors,
    load_endpoint_rules=_load_endpoint_rules,
    retryable_codes=frozenset(["InternalErrorException"]),
    non_retryable_codes=frozenset(
        [
            "CodeMismatchException",
            "ExpiredCodeException",
            "LimitExceededException",
            "TooManyFailedAttemptsException",
        ]
    ),
)
"""What the runtime needs to know about Amazon Cognito Identity Provider."""

"""What the generator knows that a service model does not say.

Kept as small tables so that a reviewer sees every deviation from the model in one place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class ServiceOverrides:
    sensitive_shapes: frozenset[str] = frozenset()
    """Shapes whose values are secrets although the model does not mark them ``sensitive``."""

    sensitive_members: frozenset[str] = frozenset()
    """Member names that are secrets wherever they appear."""

    retryable_codes: frozenset[str] = frozenset()
    """Errors to retry beyond the standard throttling and transient ones."""

    non_retryable_codes: frozenset[str] = frozenset()
    """Errors never to retry although the standard retry mode would."""

    secret_hash: tuple[str, str, str] | None = None
    """(SecretHash member, user name member, client id member): requests that have all three
    get ``SecretHash`` computed from the client secret when the caller gave none."""


OVERRIDES: dict[str, ServiceOverrides] = {
    "cognito-idp": ServiceOverrides(
        # One-time codes and passwords are secrets in practice; the model leaves some unmarked.
        sensitive_shapes=frozenset({"ConfirmationCodeType", "PasswordType"}),
        sensitive_members=frozenset(
            {"ConfirmationCode", "Password", "PreviousPassword", "ProposedPassword"}
        ),
        secret_hash=("SecretHash", "Username", "ClientId"),
        # Cognito's TooManyRequestsException (HTTP 400) is throttling, standard already;
        # InternalErrorException is its 5xx; LimitExceededException means "attempt limit
        # exceeded" here, and retrying would only burn the user's attempts.
        retryable_codes=frozenset({"InternalErrorException"}),
        non_retryable_codes=frozenset(
            {
                "LimitExceededException",
                "CodeMismatchException",
                "ExpiredCodeException",
                "TooManyFailedAttemptsException",
            }
        ),
    ),
}


def overrides_for(service: str) -> ServiceOverrides:
    return OVERRIDES.get(service, ServiceOverrides())

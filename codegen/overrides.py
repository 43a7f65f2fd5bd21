"""What the generator knows that a service model does not say.

Kept as small tables so that a reviewer sees every deviation from the model in one place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class SecretHashMap:
    """A map member of requests that carries the secret hash as one of its named entries (as
    Cognito's ``AuthParameters`` carries ``SECRET_HASH`` beside ``USERNAME``)."""

    member: str
    """The request's map member (string keys and values)."""
    username_key: str
    """The map's key whose value is the user name the hash is computed from."""
    secret_hash_key: str
    """The map's key the hash goes under."""
    client_id_member: str
    """The request member holding the client id the hash is computed from."""
    note: str = ""
    """What a caller should know beyond the rule, for the method's docstring (plain text)."""


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

    secret_hash_maps: tuple[SecretHashMap, ...] = ()
    """Map members that get the secret hash as an entry, computed from the client secret, the
    map's user name entry and the request's client id, when the map has a user name and no
    hash: requests that have such a map and the client id member."""

    extensions: tuple[tuple[str, str], ...] = ()
    """(submodule, hand-written package): the generated package gets ``<submodule>.py``
    re-exporting that package's public names (``cognito_idp.auth`` from ``cognito_auth``)."""


REFRESH_NOTE = (
    "Refreshing tokens (REFRESH_TOKEN_AUTH, REFRESH_TOKEN) needs no USERNAME, and the user "
    "cannot be read from the refresh token: for an app client with a secret, put USERNAME in "
    "the map too, as Cognito checks the hash against the user's name in the pool: their user "
    "name, or their sub when they signed in with an alias such as an email address (not the "
    "alias they typed). Or give SECRET_HASH yourself."
)
"""Cognito's rule for the secret hash of a refresh: over the user's name or sub, which only
the caller knows."""

OVERRIDES: dict[str, ServiceOverrides] = {
    "cognito-idp": ServiceOverrides(
        # One-time codes and passwords are secrets in practice; the model leaves some unmarked.
        sensitive_shapes=frozenset({"ConfirmationCodeType", "PasswordType"}),
        sensitive_members=frozenset(
            {"ConfirmationCode", "Password", "PreviousPassword", "ProposedPassword"}
        ),
        secret_hash=("SecretHash", "Username", "ClientId"),
        # Sign-in (InitiateAuth, AdminInitiateAuth) and challenge answers
        # (RespondToAuthChallenge, AdminRespondToAuthChallenge) carry SECRET_HASH in a map.
        secret_hash_maps=(
            SecretHashMap(
                member="AuthParameters",
                username_key="USERNAME",
                secret_hash_key="SECRET_HASH",
                client_id_member="ClientId",
                note=REFRESH_NOTE,
            ),
            SecretHashMap(
                member="ChallengeResponses",
                username_key="USERNAME",
                secret_hash_key="SECRET_HASH",
                client_id_member="ClientId",
            ),
        ),
        # Cognito's TooManyRequestsException (HTTP 400) is throttling, standard already;
        # InternalErrorException is its 5xx; LimitExceededException means "attempt limit
        # exceeded" here, and retrying would only burn the user's attempts.
        retryable_codes=frozenset({"InternalErrorException"}),
        # Sign-in with SRP, challenges, tokens and token verification, written by hand.
        extensions=(("auth", "cognito_auth"),),
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

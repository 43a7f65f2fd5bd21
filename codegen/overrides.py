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
    ),
}


def overrides_for(service: str) -> ServiceOverrides:
    return OVERRIDES.get(service, ServiceOverrides())

"""What a sign-in gives: tokens, and the device Cognito may ask the app to remember.

Tokens are credentials: they never appear in ``repr`` (the fields are left out of it), so a
``SignedIn`` or ``Tokens`` can be logged without leaking them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from cognito_auth.errors import AuthError
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_idp.models import AuthenticationResultType


class IncompleteResultError(AuthError):
    """Cognito's answer lacks something every successful sign-in carries (a token)."""


@dataclass(frozen=True, kw_only=True)
class Tokens:
    """A user's tokens. ``expires_at`` is when the id and access tokens expire (UTC)."""

    id_token: str = field(repr=False)
    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    """None only where Cognito issued none (a refresh without a previous refresh token)."""
    expires_at: datetime.datetime
    token_type: str

    def expires_within(
        self, delta: datetime.timedelta, *, now: datetime.datetime | None = None
    ) -> bool:
        """True when the id and access tokens expire within ``delta`` from ``now``."""
        now = now if now is not None else datetime.datetime.now(datetime.UTC)
        return self.expires_at - now <= delta

    @classmethod
    def from_result(
        cls,
        result: AuthenticationResultType,
        *,
        issued_at: datetime.datetime,
        refresh_token: str | None = None,
    ) -> Tokens:
        """Tokens from Cognito's ``AuthenticationResult``; ``refresh_token`` is kept where the
        result has none (a refresh without rotation issues only id and access tokens)."""
        if not result.id_token or not result.access_token:
            raise IncompleteResultError("Cognito's authentication result has no id or access token")
        return cls(
            id_token=result.id_token,
            access_token=result.access_token,
            refresh_token=result.refresh_token or refresh_token,
            expires_at=issued_at + datetime.timedelta(seconds=result.expires_in or 0),
            token_type=result.token_type or "Bearer",
        )


@dataclass(frozen=True, kw_only=True)
class NewDevice:
    """A device key Cognito issued at sign-in, for ``remember_device`` to confirm."""

    device_key: str
    device_group_key: str


@dataclass(frozen=True, kw_only=True)
class RememberedDevice:
    """A confirmed device: what a later sign-in needs to answer ``DEVICE_SRP_AUTH``.

    Keep all three fields where you keep secrets (``dataclasses.asdict`` gives them to store;
    ``RememberedDevice(**stored)`` reads them back). ``device_password`` never appears in
    ``repr``.
    """

    device_key: str
    device_group_key: str
    device_password: str = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class SignedIn:
    """The end of a sign-in: the user's tokens, and the new device Cognito issued, if any."""

    tokens: Tokens
    username: str
    """The name the sign-in ended with: the ``USERNAME`` Cognito's last challenge gave, else
    the name given to the sign-in (which may be an alias, such as an email address; the ID
    token's ``cognito:username`` is always the user's name)."""
    new_device: NewDevice | None = None

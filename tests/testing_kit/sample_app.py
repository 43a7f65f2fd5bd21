"""A small application of the kind the testing kit is for: it signs users up.

Its tests (``test_sample_app.py``) run it against stubbed clients and against moto.
"""

from __future__ import annotations

from dataclasses import dataclass

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import UsernameExistsException
from cognito_idp.models import AttributeType, SignUpResponse


@dataclass(frozen=True)
class Registration:
    """What ``register`` tells its caller."""

    created: bool
    """False when the user name was taken."""
    confirmed: bool = False


def _outcome(response: SignUpResponse) -> Registration:
    return Registration(created=True, confirmed=response.user_confirmed)


def register(
    client: CognitoIdentityProviderClient, *, client_id: str, email: str, password: str
) -> Registration:
    """Sign ``email`` up as a user name; a name already taken is an outcome, not an error."""
    try:
        response = client.sign_up(
            client_id=client_id,
            username=email,
            password=password,
            user_attributes=[AttributeType(name="email", value=email)],
        )
    except UsernameExistsException:
        return Registration(created=False)
    return _outcome(response)


async def register_async(
    client: AsyncCognitoIdentityProviderClient, *, client_id: str, email: str, password: str
) -> Registration:
    """``register`` with the async client."""
    try:
        response = await client.sign_up(
            client_id=client_id,
            username=email,
            password=password,
            user_attributes=[AttributeType(name="email", value=email)],
        )
    except UsernameExistsException:
        return Registration(created=False)
    return _outcome(response)


def count_users(client: CognitoIdentityProviderClient, user_pool_id: str) -> int:
    """How many users the pool has, across every page of ListUsers."""
    return sum(1 for _ in client.paginate_list_users(user_pool_id=user_pool_id).items())

"""Sign up, confirm and sign in a user with the typed Cognito SDK, against moto running in-process.

It shows, with no AWS account and no network beyond 127.0.0.1, everything through this SDK:

1. the admin operations creating a user pool and an app client (signed with dummy credentials,
   which the emulator accepts);
2. the sync client's ``sign_up`` and ``confirm_sign_up``, and ``admin_get_user`` reading the
   user back as CONFIRMED;
3. an SRP sign-in with ``cognito_idp.auth`` (the password never leaves the process), and the
   ID token it returns verified with ``TokenVerifier`` against the pool's published keys;
4. the async client raising the typed ``UserNotFoundException`` for a user that does not exist.

Run it from the project root with ``python -m demo`` (or ``make demo``).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import NamedTuple

from moto.server import ThreadedMotoServer

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.auth import AuthError, CognitoAuth, SignedIn, TokenVerifier
from cognito_idp.errors import UserNotFoundException
from cognito_idp.models import AttributeType, ExplicitAuthFlowsType
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import SdkError

REGION = "us-east-1"
USERNAME = "alice"
PASSWORD = "Demo-Passw0rd!"
# moto accepts any confirmation code; a real user pool sends one by email or SMS.
CONFIRMATION_CODE = "123456"
# moto accepts any credentials for the admin operations; these are dummies.
ADMIN_CREDENTIALS = Credentials(access_key_id="AKIDDEMO000000000001", secret_access_key="demo")


class UserPool(NamedTuple):
    pool_id: str
    client_id: str


def masked(value: str) -> str:
    """The first four characters of an identifier, enough to recognise it."""
    return value[:4] + "..."


def start_emulator() -> tuple[ThreadedMotoServer, str]:
    """Start moto on a free local port; return the server and its URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no per-request log lines
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return server, f"http://{host}:{port}"


def create_user_pool(client: CognitoIdentityProviderClient) -> UserPool:
    """A user pool and an app client that allows SRP sign-in, with the admin operations."""
    pool = client.create_user_pool(pool_name="demo-pool").user_pool
    assert pool is not None and pool.id is not None
    app = client.create_user_pool_client(
        user_pool_id=pool.id,
        client_name="demo-app",
        explicit_auth_flows=[
            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
        ],
    ).user_pool_client
    assert app is not None and app.client_id is not None
    return UserPool(pool_id=pool.id, client_id=app.client_id)


def sign_up_and_confirm(client: CognitoIdentityProviderClient, pool: UserPool) -> None:
    signed_up = client.sign_up(
        client_id=pool.client_id,
        username=USERNAME,
        password=PASSWORD,
        user_attributes=[AttributeType(name="email", value=f"{USERNAME}@example.com")],
    )
    print(f"sign_up:          {USERNAME!r} registered, confirmed={signed_up.user_confirmed}")
    client.confirm_sign_up(
        client_id=pool.client_id, username=USERNAME, confirmation_code=CONFIRMATION_CODE
    )
    print(f"confirm_sign_up:  {USERNAME!r} confirmed (sync client)")
    user = client.admin_get_user(user_pool_id=pool.pool_id, username=USERNAME)
    print(f"admin_get_user:   UserStatus={user.user_status}")


def sign_in(client: CognitoIdentityProviderClient, pool: UserPool) -> SignedIn:
    auth = CognitoAuth(client, user_pool_id=pool.pool_id, client_id=pool.client_id)
    step = auth.sign_in_srp(USERNAME, PASSWORD)
    if not isinstance(step, SignedIn):
        raise SystemExit(f"expected to be signed in, got the challenge {step!r}")
    print(f"sign_in_srp:      signed in; tokens expire at {step.tokens.expires_at:%H:%M:%S} UTC")
    return step


def verify_id_token(endpoint_url: str, pool: UserPool, signed_in: SignedIn) -> None:
    """Check the ID token's signature against the pool's published keys (served by the
    emulator here), its issuer, audience, use and times."""
    verifier = TokenVerifier(
        user_pool_id=pool.pool_id,
        client_id=pool.client_id,
        jwks_url=f"{endpoint_url}/{pool.pool_id}/.well-known/jwks.json",
    )
    claims = verifier.verify(signed_in.tokens.id_token, token_use="id")
    print(
        f"verify (id token): signature and claims good; username={claims.username!r}, "
        f"expires {claims.expires_at:%H:%M:%S} UTC"
    )


async def confirm_unknown_user(endpoint_url: str, pool: UserPool) -> None:
    async with AsyncCognitoIdentityProviderClient(
        region=REGION, endpoint_url=endpoint_url
    ) as client:
        try:
            await client.confirm_sign_up(
                client_id=pool.client_id, username="nobody", confirmation_code=CONFIRMATION_CODE
            )
        except UserNotFoundException as error:
            print(
                f"async confirm of 'nobody' raised {type(error).__name__}: "
                f"code={error.code}, HTTP {error.status_code}, "
                f"request id {error.request_id}"
            )
        else:
            raise SystemExit("expected UserNotFoundException for an unknown user")


def main() -> int:
    server, endpoint_url = start_emulator()
    try:
        print(f"moto (Cognito emulator) running at {endpoint_url}")
        with CognitoIdentityProviderClient(
            region=REGION, endpoint_url=endpoint_url, credentials=ADMIN_CREDENTIALS
        ) as client:
            pool = create_user_pool(client)
            print(f"create_user_pool: pool {pool.pool_id}, app client {masked(pool.client_id)}")
            sign_up_and_confirm(client, pool)
            signed_in = sign_in(client, pool)
        verify_id_token(endpoint_url, pool, signed_in)
        asyncio.run(confirm_unknown_user(endpoint_url, pool))
    except (SdkError, AuthError) as error:
        print(f"demo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        server.stop()
    print("done: emulator stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())

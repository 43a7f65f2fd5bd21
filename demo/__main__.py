"""Sign up and confirm a user with the typed Cognito SDK, against moto running in-process.

It shows, with no AWS account and no network beyond 127.0.0.1:

1. the sync client's ``sign_up`` and ``confirm_sign_up`` (boto3 only sets up the user pool and
   reads the user back, to show the status is CONFIRMED);
2. the async client raising the typed ``UserNotFoundException`` for a user that does not exist.

Run it from the project root with ``python -m demo`` (or ``make demo``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from typing import Any, NamedTuple, cast

import boto3  # pyright: ignore[reportMissingTypeStubs]  (boto3 ships no types)
from moto.server import ThreadedMotoServer

from aws_runtime.errors import SdkError
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import UserNotFoundException
from cognito_idp.models import AttributeType

REGION = "us-east-1"
USERNAME = "alice"
PASSWORD = "Demo-Passw0rd!"
# moto accepts any confirmation code; a real user pool sends one by email or SMS.
CONFIRMATION_CODE = "123456"


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


def admin_client(endpoint_url: str) -> Any:
    """A boto3 client for set-up; moto accepts any credentials, so these are dummies."""
    os.environ["AWS_ACCESS_KEY_ID"] = "demo"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "demo"
    untyped_boto3: Any = boto3  # boto3 ships no type information
    return untyped_boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint_url)


def create_user_pool(admin: Any) -> UserPool:
    pool_id = cast(str, admin.create_user_pool(PoolName="demo-pool")["UserPool"]["Id"])
    created = admin.create_user_pool_client(UserPoolId=pool_id, ClientName="demo-app")
    return UserPool(pool_id=pool_id, client_id=cast(str, created["UserPoolClient"]["ClientId"]))


def user_status(admin: Any, pool: UserPool, username: str) -> str:
    user = admin.admin_get_user(UserPoolId=pool.pool_id, Username=username)
    return cast(str, user["UserStatus"])


def sign_up_and_confirm(endpoint_url: str, pool: UserPool) -> None:
    with CognitoIdentityProviderClient(region=REGION, endpoint_url=endpoint_url) as client:
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
        admin = admin_client(endpoint_url)
        try:
            pool = create_user_pool(admin)
            print(f"set-up (boto3):   user pool and app client {masked(pool.client_id)} created")
            sign_up_and_confirm(endpoint_url, pool)
            print(f"admin_get_user:   UserStatus={user_status(admin, pool, USERNAME)} (boto3)")
        finally:
            admin.close()
        asyncio.run(confirm_unknown_user(endpoint_url, pool))
    except SdkError as error:
        print(f"demo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        server.stop()
    print("done: emulator stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())

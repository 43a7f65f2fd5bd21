"""A whole user-pool lifecycle through this SDK's clients alone (no boto3), sync and async.

moto in server mode stands in for Cognito. Signed operations carry explicit test
credentials; the sign-up ones carry none, as in production.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.errors import ResourceNotFoundException, UserNotFoundException
from cognito_idp.models import AttributeType, UserStatusType
from tests.support.aws_env import clear_aws_environment
from typedaws_runtime.credentials import Credentials

REGION = "us-east-1"
ADMIN = Credentials(access_key_id="AKIDTEST", secret_access_key="test-secret")
USERS = [f"user{i:02d}" for i in range(23)]


@pytest.fixture(autouse=True)
def _no_ambient_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clear_aws_environment(monkeypatch, tmp_path)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def test_lifecycle_sync(moto_url: str) -> None:
    with CognitoIdentityProviderClient(
        region=REGION, endpoint_url=moto_url, credentials=ADMIN
    ) as admin:
        pool = admin.create_user_pool(pool_name="flow-sync").user_pool
        assert pool is not None and pool.id is not None
        app = admin.create_user_pool_client(
            user_pool_id=pool.id, client_name="web", generate_secret=True
        ).user_pool_client
        assert app is not None and app.client_id and app.client_secret

        with CognitoIdentityProviderClient(
            region=REGION, endpoint_url=moto_url, client_secret=app.client_secret
        ) as public:
            for name in USERS:
                signed_up = public.sign_up(
                    client_id=app.client_id,
                    username=name,
                    password="Passw0rd!x",
                    user_attributes=[AttributeType(name="email", value=f"{name}@example.com")],
                )
                assert signed_up.user_confirmed is False
            public.confirm_sign_up(
                client_id=app.client_id, username=USERS[0], confirmation_code="123456"
            )

        user = admin.admin_get_user(user_pool_id=pool.id, username=USERS[0])
        assert user.user_status == UserStatusType.CONFIRMED
        pages = list(admin.paginate_list_users(user_pool_id=pool.id, page_size=10))
        assert [len(p.users or []) for p in pages] == [10, 10, 3]
        names = [u.username for u in admin.paginate_list_users(user_pool_id=pool.id).items()]
        assert sorted(n for n in names if n) == USERS

        admin.admin_delete_user(user_pool_id=pool.id, username=USERS[0])
        with pytest.raises(UserNotFoundException):
            admin.admin_get_user(user_pool_id=pool.id, username=USERS[0])
        admin.delete_user_pool(user_pool_id=pool.id)
        with pytest.raises(ResourceNotFoundException):
            admin.describe_user_pool(user_pool_id=pool.id)


def test_lifecycle_async(moto_url: str) -> None:
    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region=REGION, endpoint_url=moto_url, credentials=ADMIN
        ) as admin:
            pool = (await admin.create_user_pool(pool_name="flow-async")).user_pool
            assert pool is not None and pool.id is not None
            created = await admin.create_user_pool_client(
                user_pool_id=pool.id, client_name="web", generate_secret=True
            )
            app = created.user_pool_client
            assert app is not None and app.client_id and app.client_secret

            async with AsyncCognitoIdentityProviderClient(
                region=REGION, endpoint_url=moto_url, client_secret=app.client_secret
            ) as public:
                await asyncio.gather(
                    *(
                        public.sign_up(
                            client_id=app.client_id, username=name, password="Passw0rd!x"
                        )
                        for name in USERS
                    )
                )
                await public.confirm_sign_up(
                    client_id=app.client_id, username=USERS[0], confirmation_code="123456"
                )

            user = await admin.admin_get_user(user_pool_id=pool.id, username=USERS[0])
            assert user.user_status == UserStatusType.CONFIRMED
            sizes = [
                len(p.users or [])
                async for p in admin.paginate_list_users(user_pool_id=pool.id, page_size=10)
            ]
            assert sizes == [10, 10, 3]
            names = [
                u.username async for u in admin.paginate_list_users(user_pool_id=pool.id).items()
            ]
            assert sorted(n for n in names if n) == USERS

            await admin.admin_delete_user(user_pool_id=pool.id, username=USERS[0])
            with pytest.raises(UserNotFoundException):
                await admin.admin_get_user(user_pool_id=pool.id, username=USERS[0])
            await admin.delete_user_pool(user_pool_id=pool.id)
            with pytest.raises(ResourceNotFoundException):
                await admin.describe_user_pool(user_pool_id=pool.id)

    asyncio.run(run())

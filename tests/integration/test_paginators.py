"""Paginators end to end: the SDK's sync and async clients against moto, over several pages.

boto3 creates the users and pools; our clients page through them. ListUsers and ListUserPools
are signed operations, so the clients get (dummy) credentials.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import ListUsersResponse, UserPoolDescriptionType, UserType
from typedaws_runtime.credentials import Credentials

REGION = "us-east-1"
CREDENTIALS = Credentials(access_key_id="testing", secret_access_key="testing")
USERS = 25

# An unclosed client or session fails the test that leaked it.
pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)

ClientKind = Literal["sync", "async"]
CLIENT_KINDS: tuple[ClientKind, ...] = ("sync", "async")


def paginate(
    kind: ClientKind, endpoint_url: str, method: str, what: str, **kwargs: Any
) -> list[Any]:
    """The pages (``what="pages"``) or items of ``client.<method>(**kwargs)``, fresh client."""
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": endpoint_url,
        "credentials": CREDENTIALS,
    }
    if kind == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            paginator = getattr(client, method)(**kwargs)
            return list(paginator) if what == "pages" else list(paginator.items())

    async def run() -> list[Any]:
        async with AsyncCognitoIdentityProviderClient(**options) as client:
            paginator = getattr(client, method)(**kwargs)
            if what == "pages":
                return [page async for page in paginator]
            return [item async for item in paginator.items()]

    return asyncio.run(run())


@pytest.fixture
def usernames(admin: Any, user_pool_id: str) -> list[str]:
    """``USERS`` users created in the pool (more than fit in one page of 10)."""
    names = [f"user-{i:02d}" for i in range(USERS)]
    for name in names:
        admin.admin_create_user(UserPoolId=user_pool_id, Username=name, MessageAction="SUPPRESS")
    return names


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_users_pages_of_ten(
    kind: ClientKind, moto_url: str, user_pool_id: str, usernames: list[str]
) -> None:
    pages = paginate(
        kind, moto_url, "paginate_list_users", "pages", user_pool_id=user_pool_id, page_size=10
    )
    assert len(pages) == 3
    assert all(isinstance(p, ListUsersResponse) for p in pages)
    assert [len(p.users) for p in pages] == [10, 10, 5]
    assert pages[0].pagination_token and pages[1].pagination_token
    assert not pages[2].pagination_token
    seen = [u.username for p in pages for u in p.users]
    assert sorted(seen) == usernames


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_users_items_yields_every_user(
    kind: ClientKind, moto_url: str, user_pool_id: str, usernames: list[str]
) -> None:
    items = paginate(
        kind, moto_url, "paginate_list_users", "items", user_pool_id=user_pool_id, page_size=10
    )
    assert all(isinstance(u, UserType) for u in items)
    assert sorted(u.username for u in items) == usernames


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_users_max_items_caps_the_total(
    kind: ClientKind, moto_url: str, user_pool_id: str, usernames: list[str]
) -> None:
    items = paginate(
        kind,
        moto_url,
        "paginate_list_users",
        "items",
        user_pool_id=user_pool_id,
        page_size=10,
        max_items=12,
    )
    assert len(items) == 12
    assert len({u.username for u in items}) == 12
    pages = paginate(
        kind,
        moto_url,
        "paginate_list_users",
        "pages",
        user_pool_id=user_pool_id,
        page_size=10,
        max_items=12,
    )
    assert [len(p.users) for p in pages] == [10, 2]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_user_pools_with_max_results(kind: ClientKind, moto_url: str, admin: Any) -> None:
    names = sorted(f"pool-{i:02d}" for i in range(7))
    for name in names:
        admin.create_user_pool(PoolName=name)
    pages = paginate(kind, moto_url, "paginate_list_user_pools", "pages", page_size=3)
    assert [len(p.user_pools) for p in pages] == [3, 3, 1]
    # Without page_size the required MaxResults defaults to 60: one page.
    items = paginate(kind, moto_url, "paginate_list_user_pools", "items")
    assert all(isinstance(p, UserPoolDescriptionType) for p in items)
    assert sorted(p.name for p in items) == names
    capped = paginate(kind, moto_url, "paginate_list_user_pools", "items", page_size=2, max_items=5)
    assert len(capped) == 5

"""Paginators of the generated cognito-idp clients against the local stub server.

The stub answers with programmed pages, so these tests pin down what the paginator sends
(token, page size) and when it stops (no token, empty token, ``max_items``, repeated token),
for the sync and the async client alike.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import ListUsersResponse, UserType
from tests.support.calls import MODES, REGION, Mode
from tests.support.stub_server import StubResponse, StubServer
from typedaws_runtime import PaginationError, ValidationError
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.paginate import AsyncPaginator, Paginator

CREDENTIALS = Credentials(access_key_id="AKID", secret_access_key="secret")
POOL = "eu-west-1_abcdef123"


def users_page(*names: str, token: str | None = None, key: str = "PaginationToken") -> Any:
    body: dict[str, object] = {"Users": [{"Username": n} for n in names]}
    if token is not None:
        body[key] = token
    return StubResponse.json(body)


def collect(mode: Mode, stub: StubServer, method: str, what: str, **kwargs: Any) -> list[Any]:
    """Run ``client.<method>(**kwargs)`` with a fresh client; list its pages or its items."""
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": stub.url,
        "credentials": CREDENTIALS,
        "max_attempts": 1,
    }
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            paginator = getattr(client, method)(**kwargs)
            assert isinstance(paginator, Paginator)
            return list(paginator) if what == "pages" else list(paginator.items())

    async def run() -> list[Any]:
        async with AsyncCognitoIdentityProviderClient(**options) as client:
            paginator = getattr(client, method)(**kwargs)
            assert isinstance(paginator, AsyncPaginator)
            if what == "pages":
                return [page async for page in paginator]
            return [item async for item in paginator.items()]

    return asyncio.run(run())


def sent(stub: StubServer) -> list[dict[str, object]]:
    return [r.json_object() for r in stub.requests]


@pytest.mark.parametrize("mode", MODES)
def test_pages_follow_the_token_until_the_last_page(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(
        users_page("a", "b", token="t1"), users_page("c", "d", token="t2"), users_page("e")
    )
    pages = collect(mode, stub, "paginate_list_users", "pages", user_pool_id=POOL, page_size=2)
    assert all(isinstance(p, ListUsersResponse) for p in pages)
    assert [[u.username for u in p.users] for p in pages] == [["a", "b"], ["c", "d"], ["e"]]
    assert [p.pagination_token for p in pages] == ["t1", "t2", None]
    assert sent(stub) == [
        {"UserPoolId": POOL, "Limit": 2},
        {"UserPoolId": POOL, "Limit": 2, "PaginationToken": "t1"},
        {"UserPoolId": POOL, "Limit": 2, "PaginationToken": "t2"},
    ]
    targets = {r.header("X-Amz-Target") for r in stub.requests}
    assert targets == {"AWSCognitoIdentityProviderService.ListUsers"}


@pytest.mark.parametrize("mode", MODES)
def test_items_are_the_typed_result_members_of_every_page(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(users_page("a", "b", token="t1"), users_page(token="t2"), users_page("c"))
    items = collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL)
    assert all(isinstance(u, UserType) for u in items)
    assert [u.username for u in items] == ["a", "b", "c"]
    # No page size given: no Limit sent (the service's default); the empty page is followed.
    assert sent(stub)[0] == {"UserPoolId": POOL}
    assert len(stub.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_empty_token_ends_the_pagination(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(users_page("a", token="t1"), users_page("b", token=""))
    stub.default = StubResponse.aws_error("ShouldNotBeCalled", status=500)
    items = collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL)
    assert [u.username for u in items] == ["a", "b"]
    assert len(stub.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_max_items_stops_early_and_cuts_the_last_page(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(users_page("a", "b", token="t1"), users_page("c", "d", token="t2"))
    stub.default = StubResponse.aws_error("ShouldNotBeCalled", status=500)
    pages = collect(
        mode, stub, "paginate_list_users", "pages", user_pool_id=POOL, page_size=2, max_items=3
    )
    assert [[u.username for u in p.users] for p in pages] == [["a", "b"], ["c"]]
    assert len(stub.requests) == 2

    stub.reset()
    stub.enqueue(users_page("a", "b", token="t1"), users_page("c", "d", token="t2"))
    items = collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL, max_items=3)
    assert [u.username for u in items] == ["a", "b", "c"]
    assert len(stub.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_max_items_reached_at_a_page_end_fetches_no_more(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(users_page("a", "b", token="t1"))
    stub.default = StubResponse.aws_error("ShouldNotBeCalled", status=500)
    items = collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL, max_items=2)
    assert [u.username for u in items] == ["a", "b"]
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_repeated_token_raises_instead_of_looping(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(
        users_page("a", token="t1"), users_page("b", token="t2"), users_page("c", token="t1")
    )
    stub.default = StubResponse.aws_error("ShouldNotBeCalled", status=500)
    with pytest.raises(PaginationError, match="ListUsers returned a PaginationToken") as info:
        collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL)
    assert info.value.operation == "ListUsers"
    assert "t1" not in str(info.value)
    assert len(stub.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_starting_token_is_sent_first_and_may_not_come_back(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(users_page("c", token="t3"), users_page("d"))
    items = collect(
        mode, stub, "paginate_list_users", "items", user_pool_id=POOL, starting_token="t2"
    )
    assert [u.username for u in items] == ["c", "d"]
    assert sent(stub)[0] == {"UserPoolId": POOL, "PaginationToken": "t2"}

    stub.reset()
    stub.enqueue(users_page("c", token="t2"))
    with pytest.raises(PaginationError):
        collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL, starting_token="t2")


@pytest.mark.parametrize("mode", MODES)
def test_required_limit_defaults_to_the_model_maximum(mode: Mode, stub: StubServer) -> None:
    pools = {"UserPools": [{"Id": "p1", "Name": "one"}], "NextToken": "n1"}
    stub.enqueue(StubResponse.json(pools), StubResponse.json({"UserPools": [{"Id": "p2"}]}))
    items = collect(mode, stub, "paginate_list_user_pools", "items")
    assert [p.id for p in items] == ["p1", "p2"]
    assert sent(stub) == [{"MaxResults": 60}, {"MaxResults": 60, "NextToken": "n1"}]

    stub.reset()
    stub.enqueue(StubResponse.json({"UserPools": []}))
    assert collect(mode, stub, "paginate_list_user_pools", "pages", page_size=5)[0].user_pools == []
    assert sent(stub) == [{"MaxResults": 5}]


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"page_size": 61}, "limit"),
        ({"max_items": 0}, "max_items"),
        ({"user_pool_id": ""}, "user_pool_id"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_invalid_arguments_raise_before_anything_is_sent(
    mode: Mode, stub: StubServer, kwargs: dict[str, Any], problem: str
) -> None:
    call = {"user_pool_id": POOL, **kwargs}
    options: dict[str, Any] = {"region": REGION, "endpoint_url": stub.url}
    if mode == "sync":
        with (
            CognitoIdentityProviderClient(**options) as client,
            pytest.raises(ValidationError) as info,
        ):
            client.paginate_list_users(**call)
    else:

        async def run() -> None:
            async with AsyncCognitoIdentityProviderClient(**options) as client:
                client.paginate_list_users(**call)

        with pytest.raises(ValidationError) as info:
            asyncio.run(run())
    assert any(problem in p for p in info.value.problems)
    assert stub.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_nothing_is_sent_before_iteration_and_each_iteration_restarts(
    mode: Mode, stub: StubServer
) -> None:
    stub.enqueue(users_page("a", token="t1"), users_page("b"))
    stub.enqueue(users_page("a", token="t1"), users_page("b"))
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": stub.url,
        "credentials": CREDENTIALS,
    }
    first: list[str | None]
    second: list[str | None]
    if mode == "sync":
        with CognitoIdentityProviderClient(**options) as client:
            paginator = client.paginate_list_users(user_pool_id=POOL, max_items=5)
            assert stub.requests == []
            assert "ListUsers" in repr(paginator)
            first = [u.username for u in paginator.items()]
            second = [u.username for page in paginator.pages() for u in page.users or ()]
    else:

        async def run() -> tuple[list[str | None], list[str | None]]:
            async with AsyncCognitoIdentityProviderClient(**options) as client:
                paginator = client.paginate_list_users(user_pool_id=POOL, max_items=5)
                assert stub.requests == []
                one = [u.username async for u in paginator.items()]
                two = [u.username async for page in paginator.pages() for u in page.users or ()]
                return one, two

        first, second = asyncio.run(run())
    assert first == second == ["a", "b"]
    assert [r.json_object().get("PaginationToken") for r in stub.requests] == [
        None,
        "t1",
        None,
        "t1",
    ]


@pytest.mark.parametrize("mode", MODES)
def test_service_errors_surface_while_iterating(mode: Mode, stub: StubServer) -> None:
    stub.enqueue(
        users_page("a", token="t1"),
        StubResponse.aws_error("ResourceNotFoundException", "no such pool"),
    )
    from cognito_idp.errors import ResourceNotFoundException

    with pytest.raises(ResourceNotFoundException):
        collect(mode, stub, "paginate_list_users", "items", user_pool_id=POOL)

"""Client configuration (region, endpoint), lifecycle, and sharing across threads and tasks."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

import cognito_idp
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.support.calls import MINIMAL, MODES, Mode, confirm
from tests.support.memory_transport import AsyncMemoryTransport, MemoryTransport
from tests.support.stub_server import RecordedRequest, StubResponse, StubServer
from typedaws_runtime.errors import ConfigurationError, SdkError

ClientFactory = Callable[..., CognitoIdentityProviderClient | AsyncCognitoIdentityProviderClient]
CLIENT_CLASSES: tuple[type[Any], ...] = (
    CognitoIdentityProviderClient,
    AsyncCognitoIdentityProviderClient,
)
each_class = pytest.mark.parametrize("cls", CLIENT_CLASSES, ids=["sync", "async"])
each_mode = pytest.mark.parametrize("mode", MODES)

ENV_SPECIFIC = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"


async def _aclose(client: AsyncCognitoIdentityProviderClient) -> None:
    await client.aclose()


def _close(client: CognitoIdentityProviderClient | AsyncCognitoIdentityProviderClient) -> None:
    if isinstance(client, AsyncCognitoIdentityProviderClient):
        asyncio.run(_aclose(client))
    else:
        client.close()


def _meta(cls: ClientFactory, **kwargs: Any) -> tuple[str | None, str]:
    client = cls(**kwargs)
    try:
        return client.meta.region_name, client.meta.endpoint_url
    finally:
        _close(client)


# -- region ---------------------------------------------------------------------------------------


@each_class
def test_default_endpoint_from_region(cls: ClientFactory) -> None:
    assert _meta(cls, region="eu-west-1") == (
        "eu-west-1",
        "https://cognito-idp.eu-west-1.amazonaws.com",
    )


@each_class
def test_region_from_aws_region(cls: ClientFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "ap-southeast-2")
    assert _meta(cls) == ("ap-southeast-2", "https://cognito-idp.ap-southeast-2.amazonaws.com")


@each_class
def test_region_from_aws_default_region(
    cls: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")
    assert _meta(cls) == ("us-west-2", "https://cognito-idp.us-west-2.amazonaws.com")


@each_class
def test_aws_region_wins_over_aws_default_region(
    cls: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-central-1")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")
    assert _meta(cls)[0] == "eu-central-1"


@each_class
def test_explicit_region_wins_over_env(cls: ClientFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-central-1")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")
    assert _meta(cls, region="sa-east-1")[0] == "sa-east-1"


@each_class
def test_no_region_and_no_endpoint(cls: ClientFactory) -> None:
    with pytest.raises(ConfigurationError):
        cls()


@each_class
@pytest.mark.parametrize(
    "region",
    ["us-east-1/evil", "a b", "x@y", "evil.com#", "us-east-1.evil.com", "-us", "a" * 64, "ü"],
)
def test_invalid_region(cls: ClientFactory, stub: StubServer, region: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        cls(region=region, endpoint_url=stub.url)
    assert isinstance(info.value, SdkError)
    assert stub.requests == []
    assert stub.connections_accepted == 0


@each_class
def test_invalid_region_from_env(
    cls: ClientFactory, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "us-east-1/evil")
    with pytest.raises(ConfigurationError):
        cls(endpoint_url=stub.url)
    assert stub.connections_accepted == 0


@each_class
@pytest.mark.parametrize(
    "options",
    [
        {"max_attempts": 0},
        {"connect_timeout": 0},
        {"read_timeout": -1},
        {"endpoint_url": "ftp://example.com"},
        {"endpoint_url": "not a url"},
        {"endpoint_url": "http://"},
        {"call_timeout": 0},
        {"max_pool_connections": 0},
        {"max_response_bytes": -1},
        {"max_pool_connections": True},
    ],
)
def test_invalid_options(cls: ClientFactory, options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        cls(region="eu-west-1", **options)


# -- endpoint -------------------------------------------------------------------------------------


@each_mode
def test_endpoint_from_service_specific_env(
    mode: Mode, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SPECIFIC, stub.url)
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # would fail if used
    confirm(mode, None)
    assert len(stub.requests) == 1


@each_mode
def test_endpoint_from_generic_env(
    mode: Mode, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", stub.url)
    confirm(mode, None)
    assert len(stub.requests) == 1


@each_mode
def test_explicit_endpoint_wins_over_env(
    mode: Mode, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SPECIFIC, "http://127.0.0.1:9")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    confirm(mode, stub.url)
    assert len(stub.requests) == 1


@each_class
def test_meta_shows_env_endpoint(cls: ClientFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://localhost:4566")
    assert _meta(cls) == ("eu-west-1", "http://localhost:4566")
    monkeypatch.setenv(ENV_SPECIFIC, "http://localhost:5000")
    assert _meta(cls) == ("eu-west-1", "http://localhost:5000")


@each_class
def test_endpoint_without_region(cls: ClientFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit endpoint is enough to build a client (ConfirmSignUp is unsigned)."""
    assert _meta(cls, endpoint_url="http://localhost:4566") == (None, "http://localhost:4566")


@each_mode
@pytest.mark.parametrize(
    ("suffix", "path"),
    [
        ("", "/"),
        ("/", "/"),
        ("?q=1", "/?q=1"),
        ("/?q=1&r=2", "/?q=1&r=2"),
        ("/prefix", "/prefix"),
        ("/prefix/", "/prefix/"),
        ("/a/b?x=y#fragment", "/a/b?x=y"),
    ],
)
def test_endpoint_path_and_query_are_kept(
    mode: Mode, stub: StubServer, suffix: str, path: str
) -> None:
    """As botocore sends them: only an empty path becomes ``/``; the fragment is not sent."""
    confirm(mode, stub.url + suffix)
    (request,) = stub.requests
    assert request.path == path


@each_class
def test_meta_shows_the_endpoint_as_given(cls: ClientFactory) -> None:
    assert _meta(cls, endpoint_url="http://localhost:4566/p/?q=1") == (
        None,
        "http://localhost:4566/p/?q=1",
    )


@each_class
@pytest.mark.parametrize(
    ("endpoint_url", "problem"),
    [
        ("http://h.example/a b", "contains a space"),
        ("http://h.example/\r\nX-Injected: 1", "control character"),
        ("http://h.example/\x00", "control character"),
        ("http://h.example/caf\u00e9", "non-ASCII"),
        ("http://[::1", "malformed IPv6"),
        ("http://h..example", "malformed host"),
        ("http://h.example:99999", "invalid port"),
    ],
)
def test_unsendable_endpoint_is_refused_when_the_client_is_made(
    cls: ClientFactory, endpoint_url: str, problem: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"^invalid endpoint_url: .*{problem}"):
        cls(region="eu-west-1", endpoint_url=endpoint_url)


@each_class
@pytest.mark.parametrize("variable", [None, "AWS_ENDPOINT_URL", ENV_SPECIFIC])
def test_endpoint_with_a_password_is_refused_without_showing_it(
    cls: ClientFactory, variable: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://alice:s3cr3t-pw@idp.example.com/"
    options: dict[str, Any] = {"region": "eu-west-1"}
    if variable is None:
        options["endpoint_url"] = url
    else:
        monkeypatch.setenv(variable, url)
    with pytest.raises(ConfigurationError, match="user information") as info:
        cls(**options)
    assert "s3cr3t-pw" not in str(info.value)
    assert "s3cr3t-pw" not in repr(info.value)


# -- lifecycle ------------------------------------------------------------------------------------


def test_sync_context_manager_and_idempotent_close(stub: StubServer) -> None:
    with CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url) as client:
        assert client.meta.endpoint_url == stub.url
        assert client.meta.region_name == "eu-west-1"
        client.confirm_sign_up(**MINIMAL)
        client.close()
        client.close()
        # Usable again after close: it opens a new connection.
        client.confirm_sign_up(**MINIMAL)
    client.close()
    client.close()
    assert len(stub.requests) == 2


def test_sync_close_before_any_call() -> None:
    client = CognitoIdentityProviderClient(region="eu-west-1")
    client.close()
    client.close()


def test_async_context_manager_and_idempotent_close(stub: StubServer) -> None:
    async def run() -> None:
        async with AsyncCognitoIdentityProviderClient(
            region="eu-west-1", endpoint_url=stub.url
        ) as client:
            assert client.meta.endpoint_url == stub.url
            assert client.meta.region_name == "eu-west-1"
            await client.confirm_sign_up(**MINIMAL)
            await client.aclose()
            await client.aclose()
            await client.close()
            await client.confirm_sign_up(**MINIMAL)
        await client.aclose()
        await client.close()

    asyncio.run(run())
    assert len(stub.requests) == 2


def test_async_close_before_any_call() -> None:
    async def run() -> None:
        client = AsyncCognitoIdentityProviderClient(region="eu-west-1")
        await client.aclose()
        await client.close()

    asyncio.run(run())


def test_client_exits_context_on_error(stub: StubServer) -> None:
    stub.default = StubResponse.json({"__type": "CodeMismatchException"}, status=400)
    with (
        pytest.raises(SdkError),
        CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url) as client,
    ):
        client.confirm_sign_up(**MINIMAL)


# -- sharing --------------------------------------------------------------------------------------


def _padded(username: str) -> str:
    return username.ljust(24, "~")


def _echo_username(request: RecordedRequest) -> StubResponse:
    username = request.json_object()["Username"]
    assert isinstance(username, str)
    return StubResponse.json({"Session": _padded(username)})


def test_one_sync_client_shared_by_threads(stub: StubServer) -> None:
    threads_count, calls = 8, 200
    stub.set_handler(_echo_username)
    errors: list[str] = []
    barrier = threading.Barrier(threads_count)

    with CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url) as client:

        def work(t: int) -> None:
            barrier.wait()
            for i in range(calls):
                username = f"user-t{t}-c{i}"
                try:
                    got = client.confirm_sign_up(
                        client_id="client", username=username, confirmation_code="123456"
                    ).session
                except Exception as exc:
                    errors.append(f"{username}: {exc!r}")
                    continue
                if got != _padded(username):
                    errors.append(f"{username}: got {got!r}")

        workers = [threading.Thread(target=work, args=(t,)) for t in range(threads_count)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=120)
        assert not any(w.is_alive() for w in workers)

    assert errors == []
    assert stub.handler_errors == []
    assert len(stub.requests) == threads_count * calls


def test_one_async_client_shared_by_tasks(stub: StubServer) -> None:
    tasks_count, rounds = 100, 3
    stub.set_handler(_echo_username)

    async def run() -> list[tuple[str, str | None]]:
        async with AsyncCognitoIdentityProviderClient(
            region="eu-west-1", endpoint_url=stub.url
        ) as client:

            async def one(username: str) -> tuple[str, str | None]:
                response = await client.confirm_sign_up(
                    client_id="client", username=username, confirmation_code="123456"
                )
                return username, response.session

            results: list[tuple[str, str | None]] = []
            for r in range(rounds):
                results += await asyncio.gather(
                    *(one(f"user-r{r}-k{k}") for k in range(tasks_count))
                )
            return results

    results = asyncio.run(run())
    assert len(results) == tasks_count * rounds
    wrong = [(u, s) for u, s in results if s != _padded(u)]
    assert wrong == []
    assert stub.handler_errors == []
    assert len(stub.requests) == tasks_count * rounds


def test_async_client_first_calls_race_for_transport(stub: StubServer) -> None:
    """Many tasks making the very first call together share one transport and all succeed."""
    stub.set_handler(_echo_username)

    async def run() -> None:
        client = AsyncCognitoIdentityProviderClient(region="eu-west-1", endpoint_url=stub.url)
        try:
            sessions = await asyncio.gather(
                *(
                    client.confirm_sign_up(
                        client_id="client", username=f"first-{k}", confirmation_code="1"
                    )
                    for k in range(50)
                )
            )
        finally:
            await client.aclose()
        assert [s.session for s in sessions] == [_padded(f"first-{k}") for k in range(50)]

    asyncio.run(run())


# -- a transport of the caller's ------------------------------------------------------------------


@each_mode
def test_callers_transport_survives_close(mode: Mode) -> None:
    """Closing the client closes only what it owns: the caller's transport stays the client's
    (a call after ``close()`` goes through it, never to the real endpoint) and stays open."""
    transport = MemoryTransport() if mode == "sync" else AsyncMemoryTransport()
    options: dict[str, Any] = {"region": "eu-west-1", "transport": transport}
    if mode == "sync":
        client = CognitoIdentityProviderClient(**options)
        for _ in range(2):
            with client:
                client.confirm_sign_up(**MINIMAL)
    else:

        async def run() -> None:
            client = AsyncCognitoIdentityProviderClient(**options)
            for _ in range(2):
                async with client:
                    await client.confirm_sign_up(**MINIMAL)

        asyncio.run(run())
    assert len(transport.requests) == 2
    assert not transport.closed


@each_mode
def test_timeouts_reach_the_callers_transport(mode: Mode) -> None:
    transport = MemoryTransport() if mode == "sync" else AsyncMemoryTransport()
    options: dict[str, Any] = {
        "region": "eu-west-1",
        "transport": transport,
        "connect_timeout": 3.0,
        "read_timeout": 7.0,
    }
    for call_timeout in (None, 5.0):
        started = time.monotonic()
        if mode == "sync":
            with CognitoIdentityProviderClient(**options, call_timeout=call_timeout) as client:
                client.confirm_sign_up(**MINIMAL)
        else:

            async def run(limit: float | None) -> None:
                async with AsyncCognitoIdentityProviderClient(
                    **options, call_timeout=limit
                ) as client:
                    await client.confirm_sign_up(**MINIMAL)

            asyncio.run(run(call_timeout))
        timeouts = transport.requests[-1].timeouts
        assert (timeouts.connect, timeouts.read) == (3.0, 7.0)
        if call_timeout is None:
            assert timeouts.deadline is None
        else:
            assert timeouts.deadline is not None
            assert started + call_timeout <= timeouts.deadline <= time.monotonic() + call_timeout


@each_class
@pytest.mark.parametrize("option", [{"max_pool_connections": 5}, {"max_response_bytes": 1024}])
def test_builtin_transport_options_with_a_callers_transport(
    cls: ClientFactory, option: dict[str, int]
) -> None:
    """Options of the built-in transports cannot apply to the caller's: said at once."""
    transport = (
        MemoryTransport() if cls is CognitoIdentityProviderClient else AsyncMemoryTransport()
    )
    with pytest.raises(ConfigurationError, match=f"{next(iter(option))} configure the built-in"):
        cls(region="eu-west-1", transport=transport, **option)


# -- User-Agent ---------------------------------------------------------------------------------


@each_mode
def test_user_agent_names_the_sdk_python_and_what_the_user_adds(
    mode: Mode, stub: StubServer
) -> None:
    confirm(mode, stub.url)
    confirm(mode, stub.url, client={"user_agent_extra": "my-app/2.0"})
    plain, extended = (r.header("User-Agent") or "" for r in stub.requests)
    v = sys.version_info
    assert plain.startswith(f"cognito-idp-typed/{cognito_idp.__version__} ua/2.1 os/")
    assert f" lang/python#{v.major}.{v.minor}.{v.micro} md/pyimpl#" in plain
    assert extended == plain + " my-app/2.0"


@each_class
@pytest.mark.parametrize("extra", ["app\r\nX-Injected: 1", "caf\u00e9"])
def test_user_agent_extra_that_cannot_be_sent(cls: ClientFactory, extra: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent_extra must be printable ASCII"):
        cls(region="eu-west-1", user_agent_extra=extra)

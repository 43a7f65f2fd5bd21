"""SigV4: signed operations carry a signature the server can verify; unsigned ones never do.

The stub server records each request; the tests recompute its signature independently, with
botocore's ``SigV4Auth`` over what the server received (method, URL, the headers the
``Authorization`` header names as signed, body) and the date the request carries.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import botocore.exceptions
import botocore.session
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import typedaws_runtime.auth
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from tests.support.calls import MODES, REGION, Mode
from tests.support.stub_server import RecordedRequest, StubResponse, StubServer
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ConfigurationError, CredentialsError, NoCredentialsError

ACCESS_KEY = "AKIDEXAMPLESIGV4TEST"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRETKEY"
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLE-session-TOKEN-" + "t0k3n" * 8
EXPLICIT = Credentials(
    access_key_id=ACCESS_KEY, secret_access_key=SECRET_KEY, session_token=SESSION_TOKEN
)

POOL_ID = "eu-west-1_abcDEF123"
SIGNED_CALLS: dict[str, dict[str, Any]] = {
    "admin_get_user": {"user_pool_id": POOL_ID, "username": "alice"},
    "list_users": {"user_pool_id": POOL_ID, "limit": 10},
    "create_user_pool": {"pool_name": "pool-1"},
}
UNSIGNED_CALLS: dict[str, dict[str, Any]] = {
    "confirm_sign_up": {"client_id": "client-1", "username": "alice", "confirmation_code": "123"},
    "sign_up": {"client_id": "client-1", "username": "alice", "password": "Passw0rd!pass"},
}
ANSWERS: dict[str, dict[str, object]] = {
    "AdminGetUser": {"Username": "alice"},
    "SignUp": {"UserConfirmed": False, "UserSub": "sub-1"},
}

each_mode = pytest.mark.parametrize("mode", MODES)


@pytest.fixture(autouse=True)
def no_instance_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    """The credential chain must never probe EC2 instance metadata from a test."""
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture
def server(stub: StubServer) -> StubServer:
    """The stub, answering each operation with a minimal valid response."""

    def answer(request: RecordedRequest) -> StubResponse:
        target = (request.header("X-Amz-Target") or "").rsplit(".", 1)[-1]
        return StubResponse.json(ANSWERS.get(target, {}))

    stub.set_handler(answer)
    return stub


def call(mode: Mode, url: str, operation: str, times: int = 1, **options: Any) -> list[Any]:
    """``operation`` called ``times`` with one client (sync or async); the responses."""
    options = {"region": REGION, **options}
    kwargs = {**SIGNED_CALLS, **UNSIGNED_CALLS}[operation]
    if mode == "sync":
        with CognitoIdentityProviderClient(endpoint_url=url, **options) as client:
            return [getattr(client, operation)(**kwargs) for _ in range(times)]

    async def run() -> list[Any]:
        async with AsyncCognitoIdentityProviderClient(endpoint_url=url, **options) as client:
            return [await getattr(client, operation)(**kwargs) for _ in range(times)]

    return asyncio.run(run())


def call_error(mode: Mode, url: str, operation: str, **options: Any) -> BaseException:
    try:
        call(mode, url, operation, **options)
    except Exception as exc:
        return exc
    raise AssertionError("expected an exception")


def parse_authorization(value: str) -> dict[str, str]:
    algorithm, _, rest = value.partition(" ")
    assert algorithm == "AWS4-HMAC-SHA256"
    parts = dict(item.strip().split("=", 1) for item in rest.split(","))
    assert set(parts) == {"Credential", "SignedHeaders", "Signature"}
    return parts


def verify(
    stub: StubServer, request: RecordedRequest, creds: Credentials, region: str = REGION
) -> dict[str, str]:
    """Recompute the request's signature as a server would; return the parsed header."""
    authorization = request.header("Authorization")
    assert authorization is not None, "the request is signed"
    parts = parse_authorization(authorization)
    amz_date = request.header("X-Amz-Date")
    assert amz_date is not None
    sent_at = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    assert abs((datetime.datetime.now(datetime.UTC) - sent_at).total_seconds()) < 60
    assert parts["Credential"] == (
        f"{creds.access_key_id}/{amz_date[:8]}/{region}/cognito-idp/aws4_request"
    )
    signed_headers = parts["SignedHeaders"].split(";")
    for required in ("content-type", "host", "x-amz-date", "x-amz-target"):
        assert required in signed_headers
    if creds.session_token is not None:
        assert "x-amz-security-token" in signed_headers
        assert request.header("X-Amz-Security-Token") == creds.session_token
    else:
        assert request.header("X-Amz-Security-Token") is None

    headers = {name: request.headers[name] for name in signed_headers}
    aws_request = botocore.awsrequest.AWSRequest(
        method=request.method, url=stub.url + request.path, headers=headers, data=request.body
    )
    aws_request.context["timestamp"] = amz_date
    signer = botocore.auth.SigV4Auth(
        botocore.credentials.ReadOnlyCredentials(
            creds.access_key_id, creds.secret_access_key, creds.session_token
        ),
        "cognito-idp",
        region,
    )
    canonical = signer.canonical_request(aws_request)
    expected = signer.signature(signer.string_to_sign(aws_request, canonical), aws_request)
    assert parts["Signature"] == expected
    return parts


def assert_unsigned(request: RecordedRequest) -> None:
    for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
        assert request.header(name) is None
    for _, value in request.raw_headers:
        assert ACCESS_KEY not in value


# -- signatures ----------------------------------------------------------------------------------


@each_mode
@pytest.mark.parametrize("operation", sorted(SIGNED_CALLS))
def test_signature_verifies(mode: Mode, operation: str, server: StubServer) -> None:
    call(mode, server.url, operation, credentials=EXPLICIT)

    (request,) = server.requests
    verify(server, request, EXPLICIT)
    target = request.header("X-Amz-Target") or ""
    assert target.endswith("." + "".join(w.title() for w in operation.split("_")))


@each_mode
def test_no_token_header_for_long_term_credentials(mode: Mode, server: StubServer) -> None:
    creds = Credentials(access_key_id=ACCESS_KEY, secret_access_key=SECRET_KEY)
    call(mode, server.url, "list_users", credentials=creds)

    (request,) = server.requests
    parts = verify(server, request, creds)
    assert "x-amz-security-token" not in parts["SignedHeaders"].split(";")


@each_mode
def test_each_attempt_is_signed_afresh(mode: Mode, server: StubServer) -> None:
    server.enqueue(StubResponse.aws_error("InternalErrorException", status=500))
    call(mode, server.url, "admin_get_user", credentials=EXPLICIT)

    first, second = server.requests
    verify(server, first, EXPLICIT)
    verify(server, second, EXPLICIT)


@each_mode
@pytest.mark.parametrize("operation", sorted(UNSIGNED_CALLS))
def test_unsigned_operations_are_never_signed(
    mode: Mode, operation: str, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_SESSION_TOKEN", SESSION_TOKEN)

    call(mode, server.url, operation, credentials=EXPLICIT)
    call(mode, server.url, operation)

    assert len(server.requests) == 2
    for request in server.requests:
        assert_unsigned(request)


# -- where credentials come from -----------------------------------------------------------------


@each_mode
def test_credentials_from_environment(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_SESSION_TOKEN", SESSION_TOKEN)

    call(mode, server.url, "admin_get_user")

    (request,) = server.requests
    verify(server, request, EXPLICIT)


@each_mode
def test_explicit_credentials_win_over_environment(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT1")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "environment-secret")

    call(mode, server.url, "admin_get_user", credentials=EXPLICIT)

    (request,) = server.requests
    verify(server, request, EXPLICIT)


def no_chain(profile: str | None) -> object:
    raise AssertionError("the credential chain was asked")


@each_mode
@pytest.mark.parametrize(
    ("variables", "token"),
    [
        ({"AWS_SESSION_TOKEN": "session"}, "session"),
        ({"AWS_SECURITY_TOKEN": "security"}, "security"),
        ({"AWS_SECURITY_TOKEN": "security", "AWS_SESSION_TOKEN": "session"}, "security"),
        ({"AWS_SECURITY_TOKEN": "", "AWS_SESSION_TOKEN": "session"}, "session"),
        ({"AWS_SESSION_TOKEN": ""}, None),
    ],
)
def test_environment_credentials_need_no_chain(
    mode: Mode,
    variables: dict[str, str],
    token: str | None,
    server: StubServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read as botocore's environment provider reads them, without asking its chain."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", no_chain)

    call(mode, server.url, "admin_get_user", times=2)

    creds = Credentials(access_key_id=ACCESS_KEY, secret_access_key=SECRET_KEY, session_token=token)
    for request in server.requests:
        verify(server, request, creds)


@each_mode
@pytest.mark.parametrize("how", ["argument", "AWS_PROFILE", "AWS_DEFAULT_PROFILE"])
def test_a_chosen_profile_wins_over_environment_credentials(
    mode: Mode, how: str, server: StubServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As botocore's chain does for a session given a profile."""
    write_shared_files(monkeypatch, tmp_path, credentials=SHARED_CREDENTIALS)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT1")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "environment-secret")
    options: dict[str, Any] = {}
    if how == "argument":
        options["profile"] = "dev"
    else:
        monkeypatch.setenv(how, "dev")

    call(mode, server.url, "list_users", **options)

    (request,) = server.requests
    verify(server, request, DEV_CREDENTIALS)


@each_mode
def test_expiring_environment_credentials_go_to_the_chain(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``AWS_CREDENTIAL_EXPIRATION`` botocore makes them refreshable: its chain reads them."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_SESSION_TOKEN", SESSION_TOKEN)
    expiry = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    monkeypatch.setenv("AWS_CREDENTIAL_EXPIRATION", expiry.isoformat())
    chain = CountingChain(typedaws_runtime.auth.resolve_chain(None))
    assert isinstance(chain.source, botocore.credentials.RefreshableCredentials)
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", chain)

    call(mode, server.url, "admin_get_user")

    assert len(chain.threads) == 1
    (request,) = server.requests
    verify(server, request, EXPLICIT)


@each_mode
@pytest.mark.parametrize("missing", ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"])
def test_half_the_environment_keys(
    mode: Mode, missing: str, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Left to botocore's chain, which says what is missing (or, without the access key, looks
    elsewhere and finds nothing)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.delenv(missing)

    error = call_error(mode, server.url, "admin_get_user")

    if missing == "AWS_SECRET_ACCESS_KEY":
        assert isinstance(error, CredentialsError)
        assert "AWS_SECRET_ACCESS_KEY" in str(error)
    else:
        assert isinstance(error, NoCredentialsError)
    assert SECRET_KEY not in str(error)
    assert server.requests == []


ENVIRONMENT_VARIABLES = (
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_CREDENTIAL_EXPIRATION",
)


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.sampled_from(ENVIRONMENT_VARIABLES),
        st.sampled_from(["", "value-a", "value-b", "2099-01-01T00:00:00Z"]),
    )
)
def test_environment_reading_agrees_with_botocores_chain(variables: dict[str, str]) -> None:
    """Whatever the environment holds, credentials read from it without the chain are the ones
    the chain gives."""
    with mock.patch.dict(os.environ, variables):
        ours = typedaws_runtime.auth.from_environment(os.environ, None)
        if ours is None:
            return
        frozen = botocore.session.Session().get_credentials().get_frozen_credentials()
    assert ours == Credentials(
        access_key_id=frozen.access_key,
        secret_access_key=frozen.secret_key,
        session_token=frozen.token or None,
    )


def test_async_client_takes_environment_credentials_on_the_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading the environment does no I/O: ``cached()`` has them, no worker thread needed."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    auth = typedaws_runtime.auth.Authenticator(
        signing_name="cognito-idp", region=REGION, credentials=None, profile=None
    )
    assert auth.cached() == Credentials(access_key_id=ACCESS_KEY, secret_access_key=SECRET_KEY)
    explicit = typedaws_runtime.auth.Authenticator(
        signing_name="cognito-idp", region=REGION, credentials=EXPLICIT, profile=None
    )
    assert explicit.cached() is EXPLICIT
    chosen = typedaws_runtime.auth.Authenticator(
        signing_name="cognito-idp", region=REGION, credentials=None, profile="dev"
    )
    assert chosen.cached() is None, "a profile's credentials come from the chain"


def write_shared_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *, credentials: str, config: str = ""
) -> None:
    creds_file, config_file = tmp_path / "credentials", tmp_path / "config"
    creds_file.write_text(textwrap.dedent(credentials))
    config_file.write_text(textwrap.dedent(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(creds_file))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config_file))


DEV_CREDENTIALS = Credentials(access_key_id="AKIDDEVPROFILE000001", secret_access_key="dev-secret")
SHARED_CREDENTIALS = f"""\
    [default]
    aws_access_key_id = AKIDDEFAULTPROFILE01
    aws_secret_access_key = default-secret

    [dev]
    aws_access_key_id = {DEV_CREDENTIALS.access_key_id}
    aws_secret_access_key = {DEV_CREDENTIALS.secret_access_key}
    """


@each_mode
@pytest.mark.parametrize("how", ["argument", "AWS_PROFILE"])
def test_credentials_from_profile(
    mode: Mode, how: str, server: StubServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_shared_files(monkeypatch, tmp_path, credentials=SHARED_CREDENTIALS)
    options: dict[str, Any] = {}
    if how == "argument":
        options["profile"] = "dev"
    else:
        monkeypatch.setenv("AWS_PROFILE", "dev")

    call(mode, server.url, "list_users", **options)

    (request,) = server.requests
    verify(server, request, DEV_CREDENTIALS)


@each_mode
def test_region_from_the_profiles_config(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_shared_files(
        monkeypatch,
        tmp_path,
        credentials=SHARED_CREDENTIALS,
        config="""\
            [default]
            region = us-west-2

            [profile dev]
            region = ap-southeast-2
            """,
    )
    with CognitoIdentityProviderClient(profile="dev", endpoint_url=server.url) as client:
        assert client.meta.region_name == "ap-southeast-2"
    with CognitoIdentityProviderClient(endpoint_url=server.url) as client:
        assert client.meta.region_name == "us-west-2"
    monkeypatch.setenv("AWS_REGION", "eu-central-1")
    with CognitoIdentityProviderClient(profile="dev", endpoint_url=server.url) as client:
        assert client.meta.region_name == "eu-central-1", "the environment wins over the file"
    monkeypatch.delenv("AWS_REGION")

    call(mode, server.url, "admin_get_user", region=None, profile="dev")

    (request,) = server.requests
    verify(server, request, DEV_CREDENTIALS, region="ap-southeast-2")


def test_region_from_config_builds_the_regional_endpoint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_shared_files(
        monkeypatch, tmp_path, credentials="", config="[profile dev]\nregion = eu-north-1\n"
    )
    with CognitoIdentityProviderClient(profile="dev") as client:
        assert client.meta.region_name == "eu-north-1"
        assert "eu-north-1" in client.meta.endpoint_url


@pytest.mark.parametrize(
    "config", ["", "\n\n", "# only a comment\n; and another\n", "[profile dev]\n"]
)
def test_config_file_that_says_nothing(
    config: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_shared_files(monkeypatch, tmp_path, credentials="", config=config)
    with CognitoIdentityProviderClient(endpoint_url="http://127.0.0.1:9") as client:
        assert client.meta.region_name is None


@pytest.mark.parametrize(
    "config", ["region = eu-north-1\n", "[default\nregion = eu-north-1\n", "[default]\nregion\n"]
)
def test_config_file_that_cannot_be_read(
    config: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write_shared_files(monkeypatch, tmp_path, credentials="", config=config)
    with pytest.raises(ConfigurationError, match="cannot read the shared config file") as info:
        CognitoIdentityProviderClient(endpoint_url="http://127.0.0.1:9")
    assert "eu-north-1" not in str(info.value)


# -- failures before anything is sent -----------------------------------------------------------


@each_mode
def test_no_credentials_anywhere(mode: Mode, server: StubServer) -> None:
    # conftest cleared AWS_* and pointed both shared files at empty paths; IMDS is disabled.
    error = call_error(mode, server.url, "admin_get_user")

    assert isinstance(error, NoCredentialsError)
    assert isinstance(error, ConfigurationError)
    assert "credentials" in str(error)
    assert server.requests == []


@each_mode
def test_unknown_profile(mode: Mode, server: StubServer) -> None:
    error = call_error(mode, server.url, "admin_get_user", profile="nobody")

    assert isinstance(error, CredentialsError)
    assert "nobody" in str(error)
    assert server.requests == []


@each_mode
def test_signed_call_needs_a_region(mode: Mode, server: StubServer) -> None:
    error = call_error(mode, server.url, "admin_get_user", region=None, credentials=EXPLICIT)

    assert isinstance(error, ConfigurationError)
    assert "region" in str(error)
    assert server.requests == []


@each_mode
def test_unsigned_operations_need_no_credentials(mode: Mode, server: StubServer) -> None:
    call(mode, server.url, "confirm_sign_up")
    (request,) = server.requests
    assert_unsigned(request)


# -- caching, refreshing, and the event loop ------------------------------------------------------


class CountingChain:
    """Stands in for botocore's chain: counts calls and records the thread of each."""

    def __init__(self, source: object) -> None:
        self.source = source
        self.threads: list[int] = []

    def __call__(self, profile: str | None) -> object:
        self.threads.append(threading.get_ident())
        return self.source


def static_source(creds: Credentials) -> object:
    return botocore.credentials.Credentials(
        creds.access_key_id, creds.secret_access_key, creds.session_token
    )


@each_mode
def test_credentials_resolved_once_per_client(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = CountingChain(static_source(EXPLICIT))
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", chain)

    call(mode, server.url, "list_users", times=4)

    assert len(chain.threads) == 1
    assert len(server.requests) == 4
    for request in server.requests:
        verify(server, request, EXPLICIT)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.datetime.now(datetime.UTC)

    def __call__(self) -> datetime.datetime:
        return self.now


@each_mode
def test_expiring_credentials_are_refreshed(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    refresh_threads: list[int] = []
    generation = [0]

    def metadata() -> dict[str, str]:
        expiry = clock.now + datetime.timedelta(hours=1)
        return {
            "access_key": f"AKIDGENERATION{generation[0]:06d}",
            "secret_key": f"secret-{generation[0]}",
            "token": f"token-{generation[0]}",
            "expiry_time": expiry.isoformat(),
        }

    def refresh() -> dict[str, str]:
        refresh_threads.append(threading.get_ident())
        generation[0] += 1
        return metadata()

    source = botocore.credentials.RefreshableCredentials.create_from_metadata(
        metadata(), refresh, "test-refresh"
    )
    source._time_fetcher = clock  # a clock the test moves
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", CountingChain(source))

    def generation_creds(n: int) -> Credentials:
        return Credentials(
            access_key_id=f"AKIDGENERATION{n:06d}",
            secret_access_key=f"secret-{n}",
            session_token=f"token-{n}",
        )

    loop_threads: list[int] = []
    if mode == "sync":
        with CognitoIdentityProviderClient(endpoint_url=server.url, region=REGION) as client:
            client.list_users(user_pool_id=POOL_ID)
            clock.now += datetime.timedelta(hours=2)  # now expired
            client.list_users(user_pool_id=POOL_ID)
            client.list_users(user_pool_id=POOL_ID)
    else:

        async def run() -> None:
            loop_threads.append(threading.get_ident())
            async with AsyncCognitoIdentityProviderClient(
                endpoint_url=server.url, region=REGION
            ) as client:
                await client.list_users(user_pool_id=POOL_ID)
                clock.now += datetime.timedelta(hours=2)
                await client.list_users(user_pool_id=POOL_ID)
                await client.list_users(user_pool_id=POOL_ID)

        asyncio.run(run())

    first, second, third = server.requests
    verify(server, first, generation_creds(0))
    verify(server, second, generation_creds(1))
    verify(server, third, generation_creds(1))
    assert len(refresh_threads) == 1
    if mode == "async":
        assert refresh_threads[0] not in loop_threads, "refreshed off the event loop's thread"


def test_async_client_resolves_credentials_off_the_loop(
    server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = CountingChain(static_source(EXPLICIT))
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", chain)
    loop_thread: list[int] = []

    async def run() -> None:
        loop_thread.append(threading.get_ident())
        async with AsyncCognitoIdentityProviderClient(
            endpoint_url=server.url, region=REGION
        ) as client:
            await asyncio.gather(*(client.list_users(user_pool_id=POOL_ID) for _ in range(3)))

    asyncio.run(run())

    assert chain.threads, "the chain was asked"
    assert loop_thread[0] not in chain.threads
    assert len(chain.threads) == 1, "concurrent first calls share one resolution"
    for request in server.requests:
        verify(server, request, EXPLICIT)


@each_mode
def test_refresh_failure_is_typed(
    mode: Mode, server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> dict[str, str]:
        raise botocore.exceptions.CredentialRetrievalError(provider="test", error_msg="denied")

    source = botocore.credentials.DeferredRefreshableCredentials(fail, "test")
    monkeypatch.setattr(typedaws_runtime.auth, "resolve_chain", CountingChain(source))

    error = call_error(mode, server.url, "list_users")

    assert isinstance(error, CredentialsError)
    assert "denied" in str(error)
    assert server.requests == []


# -- imports and secrets --------------------------------------------------------------------------


def test_unsigned_calls_do_not_import_botocore(server: StubServer) -> None:
    root = Path(__file__).resolve().parents[2]
    code = textwrap.dedent(
        f"""
        import asyncio, json, sys
        from cognito_idp import CognitoIdentityProviderClient, AsyncCognitoIdentityProviderClient
        seen = {{"import": "botocore" in sys.modules}}
        url = {server.url!r}
        creds = dict(client_id="c", username="alice", confirmation_code="123")
        with CognitoIdentityProviderClient(region="eu-west-1", endpoint_url=url) as client:
            client.confirm_sign_up(**creds)
        seen["sync"] = "botocore" in sys.modules

        async def run():
            async with AsyncCognitoIdentityProviderClient(
                region="eu-west-1", endpoint_url=url
            ) as client:
                await client.confirm_sign_up(**creds)

        asyncio.run(run())
        seen["async"] = "botocore" in sys.modules
        from typedaws_runtime.credentials import Credentials
        with CognitoIdentityProviderClient(
            region="eu-west-1",
            endpoint_url=url,
            credentials=Credentials(access_key_id="AKID", secret_access_key="s"),
        ) as client:
            client.list_users(user_pool_id="eu-west-1_abc")
        seen["signed"] = "botocore" in sys.modules
        print(json.dumps(seen))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    # Signing with given credentials needs no botocore either (the chain alone does).
    assert seen == {"import": False, "sync": False, "async": False, "signed": False}


@each_mode
def test_no_secrets_in_logs_reprs_or_errors(
    mode: Mode, server: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    secrets = (SECRET_KEY, SESSION_TOKEN)
    with caplog.at_level(logging.DEBUG):
        call(mode, server.url, "admin_get_user", credentials=EXPLICIT)
        server.enqueue(StubResponse.aws_error("NotAuthorizedException", "nope"))
        error = call_error(mode, server.url, "admin_get_user", credentials=EXPLICIT)
    assert caplog.records, "debug logging was on"
    texts = [caplog.text, repr(EXPLICIT), str(error), repr(error)]
    with CognitoIdentityProviderClient(
        region=REGION, endpoint_url=server.url, credentials=EXPLICIT
    ) as client:
        texts += [repr(client), repr(client._core), repr(client._core.auth)]
    for text in texts:
        for secret in secrets:
            assert secret not in text

"""Invalid input raises one ValidationError listing every problem, before anything is sent."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient
from cognito_idp.models import AnalyticsMetadataType, UserContextDataType
from tests.support.calls import MODES, Mode, confirm, confirm_error
from tests.support.stub_server import StubServer
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import SdkError, ValidationError

pytestmark = pytest.mark.parametrize("mode", MODES)


def _validation_error(mode: Mode, stub: StubServer, **kwargs: Any) -> ValidationError:
    exc = confirm_error(mode, stub.url, **kwargs)
    assert type(exc) is ValidationError, repr(exc)
    assert isinstance(exc, SdkError)
    assert isinstance(exc, ValueError)
    assert exc.operation == "ConfirmSignUp"
    assert stub.requests == [], "nothing may be sent when validation fails"
    assert stub.connections_accepted == 0
    return exc


def _problem_for(exc: ValidationError, field: str) -> str:
    matches = [p for p in exc.problems if p.split(":", 1)[0] == field]
    assert len(matches) == 1, (field, exc.problems)
    return matches[0]


def test_missing_required_via_none(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(mode, stub, client_id=cast(str, None))
    assert len(exc.problems) == 1
    assert "required" in _problem_for(exc, "client_id")


def test_all_required_missing(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode,
        stub,
        client_id=cast(str, None),
        username=cast(str, None),
        confirmation_code=cast(str, None),
    )
    assert len(exc.problems) == 3
    for field in ("client_id", "username", "confirmation_code"):
        assert "required" in _problem_for(exc, field)
    assert "3 problems" in str(exc)


def test_wrong_types(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode,
        stub,
        client_id=cast(str, 12345),
        username=cast(str, b"alice"),
        force_alias_creation=cast(bool, "yes"),
        client_metadata=cast(dict[str, str], ["k", "v"]),
        analytics_metadata=cast(AnalyticsMetadataType, {"AnalyticsEndpointId": "x"}),
    )
    assert len(exc.problems) == 5, exc.problems
    assert "int" in _problem_for(exc, "client_id")
    assert "bytes" in _problem_for(exc, "username")
    assert "str" in _problem_for(exc, "force_alias_creation")
    assert "list" in _problem_for(exc, "client_metadata")
    assert "AnalyticsMetadataType" in _problem_for(exc, "analytics_metadata")


def test_bool_is_not_accepted_for_a_string(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(mode, stub, confirmation_code=cast(str, True))
    assert len(exc.problems) == 1
    assert "bool" in _problem_for(exc, "confirmation_code")


def test_too_long_and_too_short(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode,
        stub,
        client_id="c" * 129,  # max 128
        username="",  # min 1
        confirmation_code="9" * 2049,  # max 2048
        secret_hash="h" * 129,  # max 128
        session="short",  # min 20
    )
    assert len(exc.problems) == 5, exc.problems
    assert "129" in _problem_for(exc, "client_id")
    assert "128" in _problem_for(exc, "client_id")
    assert "maximum" in _problem_for(exc, "client_id")
    assert "minimum" in _problem_for(exc, "username")
    assert "2048" in _problem_for(exc, "confirmation_code")
    assert "maximum" in _problem_for(exc, "secret_hash")
    assert "20" in _problem_for(exc, "session")
    assert "minimum" in _problem_for(exc, "session")


def test_nested_and_map_problems(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode,
        stub,
        user_context_data=UserContextDataType(ip_address=cast(str, 10), encoded_data="e"),
        client_metadata=cast(dict[str, str], {"ok": "v", "bad": 3, 4: "v"}),
    )
    assert len(exc.problems) == 3, exc.problems
    assert any(p.startswith("user_context_data.ip_address:") for p in exc.problems)
    map_problems = [p for p in exc.problems if p.startswith("client_metadata")]
    assert len(map_problems) == 2, exc.problems
    assert all("int" in p for p in map_problems)
    assert any("key" in p.split(":", 1)[0] for p in map_problems)


def test_mixed_problems_all_listed(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode,
        stub,
        client_id=cast(str, None),
        username="u" * 200,
        confirmation_code=cast(str, 123456),
        session="",
    )
    assert len(exc.problems) == 4, exc.problems
    text = str(exc)
    for problem in exc.problems:
        assert problem in text


def test_problems_do_not_quote_values(mode: Mode, stub: StubServer) -> None:
    exc = _validation_error(
        mode, stub, username="secret-user-" + "x" * 200, confirmation_code="c" * 3000
    )
    for text in (str(exc), repr(exc), *exc.problems):
        assert "secret-user-" not in text
        assert "ccccc" not in text


def test_boundaries_are_accepted(mode: Mode, stub: StubServer) -> None:
    """The limits themselves are valid: exactly max and exactly min are sent."""
    confirm(
        mode,
        stub.url,
        client_id="c" * 128,
        username="u",
        confirmation_code="9" * 2048,
        session="s" * 20,
    )
    assert len(stub.requests) == 1


def test_lone_surrogate_is_a_validation_error_and_nothing_is_sent(
    mode: Mode, stub: StubServer
) -> None:
    error = confirm_error(mode, stub.url, username="\udcff")
    assert isinstance(error, ValidationError)
    assert "surrogate" in str(error)
    assert stub.requests == []


def _cyclic() -> dict[str, object]:
    loop: dict[str, object] = {"colour": "blue"}
    loop["self"] = loop
    return loop


def _branding(mode: Mode, url: str, settings: dict[str, object]) -> BaseException | None:
    """CreateManagedLoginBranding (its ``settings`` is a document); the error raised, if any."""
    options: dict[str, Any] = {
        "region": "eu-west-1",
        "endpoint_url": url,
        "credentials": Credentials(access_key_id="AKIDEXAMPLE000000001", secret_access_key="s3"),
    }
    kwargs: dict[str, Any] = {
        "user_pool_id": "eu-west-1_pool",
        "client_id": "client",
        "settings": settings,
    }
    try:
        if mode == "sync":
            with CognitoIdentityProviderClient(**options) as client:
                client.create_managed_login_branding(**kwargs)
        else:

            async def run() -> None:
                async with AsyncCognitoIdentityProviderClient(**options) as client:
                    await client.create_managed_login_branding(**kwargs)

            asyncio.run(run())
    except Exception as exc:
        return exc
    return None


@pytest.mark.parametrize(
    "settings",
    [{"when": {1, 2}}, {"at": object()}, _cyclic()],
    ids=["a set", "an object", "itself"],
)
def test_document_json_cannot_carry_is_a_validation_error_and_nothing_is_sent(
    mode: Mode, stub: StubServer, settings: dict[str, object]
) -> None:
    error = _branding(mode, stub.url, settings)
    assert type(error) is ValidationError, repr(error)
    assert "document member" in str(error)
    assert "blue" not in str(error)
    assert stub.requests == []


def test_document_of_json_data_is_sent_as_is(mode: Mode, stub: StubServer) -> None:
    settings: dict[str, object] = {"a": [1, 2.5, None, True, "é"], "b": {"c": {}}}
    assert _branding(mode, stub.url, settings) is None
    (request,) = stub.requests
    assert request.json_object()["Settings"] == settings

"""Waiters from ``waiters-2.json``: generated on a small synthetic model, then run.

The generated package talks to an in-memory transport that answers each call with the next
queued response, so these tests check what a waiter does with each outcome (matchers, states,
attempts, delays) and the typed methods, without a server or real waiting.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest

from codegen.build import ModelError, build_service
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import (
    PROVENANCE,
    Generated,
    forget,
    metadata,
    operation,
    run_mypy,
    signature,
    structure,
    write_generated,
)
from typedaws_runtime import waiters as runtime_waiters
from typedaws_runtime.errors import (
    SdkError,
    ValidationError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
    WaiterUnexpectedError,
)
from typedaws_runtime.http import HttpRequest, HttpResponse

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
SECRET_NAME = "name-that-must-not-leak"

# --------------------------------------------------------------------------------------------
# The model


def waiter_model() -> dict[str, Any]:
    """One operation (a thing, its status and its parts) and two errors."""
    ops = {
        "DescribeThing": operation(
            "DescribeThing",
            "DescribeThingRequest",
            "DescribeThingResponse",
            errors=("NotFound", "Busy"),
            authtype="none",
        )
    }
    return {
        "metadata": metadata(),
        "operations": ops,
        "shapes": {
            "Name": {"type": "string", "min": 1},
            "Status": {"type": "string", "enum": ["PENDING", "READY", "BROKEN"]},
            "State": {"type": "string"},
            "Part": structure({"State": "State"}),
            "Parts": {"type": "list", "member": {"shape": "Part"}},
            "Info": structure({"Phase": "State"}),
            "Thing": structure({"Status": "Status", "Parts": "Parts", "Info": "Info"}),
            "DescribeThingRequest": structure({"Name": "Name"}, ("Name",)),
            "DescribeThingResponse": structure({"Thing": "Thing"}),
            "NotFound": structure({"message": "State"}, exception=True),
            "Busy": structure({"message": "State"}, exception=True),
        },
    }


def acceptor(state: str, matcher: str, expected: object, argument: str = "") -> dict[str, Any]:
    entry: dict[str, Any] = {"state": state, "matcher": matcher, "expected": expected}
    if argument:
        entry["argument"] = argument
    return entry


def waiter(*acceptors: dict[str, Any], delay: int = 5, max_attempts: int = 4) -> dict[str, Any]:
    return {
        "operation": "DescribeThing",
        "delay": delay,
        "maxAttempts": max_attempts,
        "acceptors": list(acceptors),
    }


LENGTH = "length(Thing.Parts[?State == 'DONE']) > `1` && !contains(Thing.Parts[].State, 'LOST')"


def waiters() -> dict[str, Any]:
    return {
        "version": 2,
        "waiters": {
            "ThingReady": waiter(
                acceptor("success", "path", "READY", "Thing.Status"),
                acceptor("failure", "path", "BROKEN", "Thing.Status"),
                acceptor("retry", "error", "NotFound"),
            ),
            "PartsDone": waiter(
                acceptor("success", "pathAll", "DONE", "Thing.Parts[].State"),
                acceptor("failure", "pathAny", "FAILED", "Thing.Parts[*].State"),
                delay=2,
                max_attempts=3,
            ),
            "ThingGone": waiter(acceptor("success", "error", "NotFound")),
            "ThingMissing": waiter(
                acceptor("success", "status", 404), acceptor("retry", "status", 200)
            ),
            "ThingSettled": waiter(
                acceptor("success", "path", "READY", "Thing.Status"),
                acceptor("success", "error", "NotFound"),
            ),
            "EnoughParts": waiter(acceptor("success", "path", True, LENGTH)),
            "PhaseDone": waiter(acceptor("success", "path", "DONE", "Thing.Info.Phase")),
        },
    }


def build(model: dict[str, Any], waiter_json: dict[str, Any] | None) -> Any:
    return build_service(
        model,
        package="wt",
        overrides=ServiceOverrides(),
        provenance=PROVENANCE,
        waiters=waiter_json,
    )


@pytest.fixture(scope="module")
def waiting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("waiting")
    package, files = write_generated(root, "waiting", waiter_model(), waiters=waiters())
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


# --------------------------------------------------------------------------------------------
# A transport answering each call with the next queued response


def thing(status: str | None = None, *parts: str) -> dict[str, object]:
    body: dict[str, object] = {}
    if status is not None:
        body["Status"] = status
    if parts:
        body["Parts"] = [{"State": p} for p in parts]
    return {"Thing": body}


def error(code: str, status: int = 400) -> tuple[int, dict[str, object]]:
    return status, {"__type": f"tiny#{code}", "message": f"{code} says no"}


Answer = dict[str, object] | tuple[int, dict[str, object]]


class Queue:
    """Answers each request with the next queued body (200) or (status, error body)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.sent: list[dict[str, object]] = []

    def answer(self, request: HttpRequest) -> HttpResponse:
        self.sent.append(json.loads(request.body))
        answer = self.answers.pop(0)
        status, body = answer if isinstance(answer, tuple) else (200, answer)
        headers = {"content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "rid"}
        return HttpResponse(status, headers, json.dumps(body).encode())

    def send(self, request: HttpRequest) -> HttpResponse:
        return self.answer(request)

    def close(self) -> None:
        pass


class AsyncQueue:
    def __init__(self, *answers: Answer) -> None:
        self.queue = Queue(*answers)
        self.sent = self.queue.sent

    async def send(self, request: HttpRequest) -> HttpResponse:
        return self.queue.answer(request)

    async def close(self) -> None:
        pass


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the waiters sleep, recorded instead of slept (sync and async)."""
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(time, "sleep", slept.append)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return slept


def wait(
    pkg: Generated, mode: Mode, method: str, *answers: Answer, **kwargs: Any
) -> tuple[Any, list[dict[str, object]]]:
    """``client.<method>(name=..., **kwargs)`` on a fresh client: (result or the exception
    raised, the request bodies sent)."""
    kwargs.setdefault("name", SECRET_NAME)
    options: dict[str, Any] = {"region": "us-east-1", "endpoint_url": "http://tiny.test"}
    if mode == "sync":
        queue = Queue(*answers)
        client = pkg.module("client").TinyServiceClient(transport=queue, **options)
        try:
            return getattr(client, method)(**kwargs), queue.sent
        except SdkError as exc:
            return exc, queue.sent
    aqueue = AsyncQueue(*answers)

    async def run() -> Any:
        client = pkg.module("async_client").AsyncTinyServiceClient(transport=aqueue, **options)
        try:
            return await getattr(client, method)(**kwargs)
        except SdkError as exc:
            return exc

    return asyncio.run(run()), aqueue.sent


# --------------------------------------------------------------------------------------------
# Client methods


def test_both_clients_get_a_wait_method_per_waiter(waiting: Generated) -> None:
    expected = {
        "wait_until_thing_ready",
        "wait_until_parts_done",
        "wait_until_thing_gone",
        "wait_until_thing_missing",
        "wait_until_thing_settled",
        "wait_until_enough_parts",
        "wait_until_phase_done",
    }
    sync = waiting.module("client").TinyServiceClient
    asynchronous = waiting.module("async_client").AsyncTinyServiceClient
    assert {n for n in vars(sync) if n.startswith("wait_until_")} == expected
    assert {n for n in vars(asynchronous) if n.startswith("wait_until_")} == expected
    for name in expected:
        assert signature(getattr(sync, name)) == signature(getattr(asynchronous, name))
        assert inspect.iscoroutinefunction(getattr(asynchronous, name))


def test_wait_method_takes_the_operation_arguments_and_the_model_defaults(
    waiting: Generated,
) -> None:
    sig = inspect.signature(waiting.module("client").TinyServiceClient.wait_until_parts_done)
    params = sig.parameters
    assert list(params) == ["self", "name", "delay", "max_attempts", "max_wait"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(params.values())[1:])
    assert params["name"].default is inspect.Parameter.empty
    assert str(params["name"].annotation) == "str"
    assert (params["delay"].default, params["max_attempts"].default) == (2, 3)
    assert params["max_wait"].default is None


@pytest.mark.parametrize(
    ("method", "returns"),
    [
        ("wait_until_thing_ready", "DescribeThingResponse"),  # success is always a response
        ("wait_until_thing_gone", "None"),  # success is always an error
        ("wait_until_thing_missing", "None"),  # a 404 is an error
        ("wait_until_thing_settled", "DescribeThingResponse | None"),  # either
    ],
)
def test_wait_method_returns_what_success_can_be(
    waiting: Generated, method: str, returns: str
) -> None:
    sig = inspect.signature(getattr(waiting.module("client").TinyServiceClient, method))
    assert str(sig.return_annotation) == returns


def test_wait_method_docstring_says_what_it_waits_for(waiting: Generated) -> None:
    raw = waiting.module("client").TinyServiceClient.wait_until_thing_ready.__doc__
    doc = " ".join(raw.split())  # as one line: the text is wrapped
    assert "Calls ``describe_thing`` every ``delay`` seconds" in doc
    assert "Succeeds when ``Thing.Status`` is 'READY'." in doc
    assert "Fails when ``Thing.Status`` is 'BROKEN'." in doc
    assert "Calls again when the call fails with NotFound." in doc
    assert "WaiterTimeoutError" in doc


def test_clients_import_the_waiters_module_on_first_wait(waiting: Generated) -> None:
    head = waiting.files["client.py"].partition("class TinyServiceClient")[0]
    assert "_waiters" not in head.partition("if TYPE_CHECKING:")[0]
    assert "_waiters.py" in waiting.files


def test_generated_package_passes_mypy_strict(waiting: Generated) -> None:
    result = run_mypy(waiting.root, waiting.package)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------------------------
# Matchers and states


@pytest.mark.parametrize("mode", MODES)
def test_path_success_after_retries_returns_the_matching_response(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(
        waiting,
        mode,
        "wait_until_thing_ready",
        thing("PENDING"),
        error("NotFound"),  # a retry acceptor
        thing(),  # matches nothing: retried
        thing("READY"),
    )
    assert type(result).__name__ == "DescribeThingResponse"
    assert result.thing.status == "READY"
    assert sent == [{"Name": SECRET_NAME}] * 4
    assert sleeps == [5, 5, 5]


@pytest.mark.parametrize("mode", MODES)
def test_failure_acceptor_raises_with_the_last_response(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(waiting, mode, "wait_until_thing_ready", thing("PENDING"), thing("BROKEN"))
    assert isinstance(result, WaiterFailureError)
    assert (result.waiter, result.attempts, len(sent)) == ("ThingReady", 2, 2)
    last: Any = result.last_response  # the operation's typed response
    assert last.thing.status == "BROKEN"
    assert result.last_error is None
    assert "ThingReady" in str(result) and "Thing.Status is 'BROKEN'" in str(result)
    assert SECRET_NAME not in str(result) and SECRET_NAME not in repr(result)
    assert sleeps == [5]


@pytest.mark.parametrize("mode", MODES)
def test_error_no_acceptor_expects_raises_at_once(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(waiting, mode, "wait_until_thing_ready", error("Busy"))
    assert isinstance(result, WaiterUnexpectedError)
    assert result.last_error is not None and result.last_error.code == "Busy"
    assert type(result.__cause__).__name__ == "Busy"
    assert "DescribeThing failed with Busy" in str(result)
    assert (len(sent), sleeps) == (1, [])


@pytest.mark.parametrize("mode", MODES)
def test_max_attempts_exceeded_raises_a_timeout(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(
        waiting, mode, "wait_until_thing_ready", *[thing("PENDING")] * 3, max_attempts=3, delay=0
    )
    assert isinstance(result, WaiterTimeoutError) and isinstance(result, TimeoutError)
    assert (result.attempts, len(sent)) == (3, 3)
    last: Any = result.last_response  # the operation's typed response
    assert last.thing.status == "PENDING"
    assert "max_attempts (3) reached" in str(result)
    assert sleeps == [0, 0]


@pytest.mark.parametrize("mode", MODES)
def test_max_wait_stops_before_a_call_that_would_start_too_late(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(
        waiting, mode, "wait_until_thing_ready", thing("PENDING"), delay=10, max_wait=5
    )
    assert isinstance(result, WaiterTimeoutError)
    assert "max_wait" in str(result)
    assert (len(sent), sleeps) == (1, [])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("answers", "outcome"),
    [
        ([thing("READY", "DONE", "DONE")], "success"),
        ([thing("READY", "DONE", "WAITING"), thing("READY", "DONE")], "success"),
        ([thing("READY", "DONE", "FAILED")], "failure"),
        # pathAll and pathAny need a non-empty list: no parts matches neither.
        ([thing("READY"), thing("READY", "DONE")], "success"),
        ([thing("READY")] * 3, "timeout"),
    ],
)
def test_path_all_and_path_any(
    waiting: Generated,
    mode: Mode,
    answers: list[Answer],
    outcome: str,
    sleeps: list[float],
) -> None:
    result, sent = wait(waiting, mode, "wait_until_parts_done", *answers)
    expected = {
        "success": "DescribeThingResponse",
        "failure": "WaiterFailureError",
        "timeout": "WaiterTimeoutError",
    }[outcome]
    assert type(result).__name__ == expected
    assert len(sent) == len(answers)
    assert sleeps == [2] * (len(answers) - 1)


@pytest.mark.parametrize("mode", MODES)
def test_error_matcher_success_returns_none(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, sent = wait(waiting, mode, "wait_until_thing_gone", thing("READY"), error("NotFound"))
    assert result is None
    assert (len(sent), sleeps) == (2, [5])


@pytest.mark.parametrize("mode", MODES)
def test_status_matcher_reads_the_error_status_and_200_for_a_response(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    answers = (thing("READY"), error("Busy", status=409), error("NotFound", status=404))
    result, sent = wait(waiting, mode, "wait_until_thing_missing", *answers, max_attempts=5)
    # 200 matches the retry acceptor, the 500 matches no acceptor: an unexpected error.
    assert isinstance(result, WaiterUnexpectedError)
    assert len(sent) == 2
    result, sent = wait(
        waiting, mode, "wait_until_thing_missing", thing("READY"), error("NotFound", status=404)
    )
    assert result is None and len(sent) == 2


@pytest.mark.parametrize("mode", MODES)
def test_mixed_waiter_returns_the_response_or_none(
    waiting: Generated, mode: Mode, sleeps: list[float]
) -> None:
    result, _ = wait(waiting, mode, "wait_until_thing_settled", thing("READY"))
    assert result.thing.status == "READY"
    result, _ = wait(waiting, mode, "wait_until_thing_settled", error("NotFound"))
    assert result is None


@pytest.mark.parametrize("mode", MODES)
def test_filters_length_and_contains(waiting: Generated, mode: Mode, sleeps: list[float]) -> None:
    answers = (
        thing("READY", "DONE", "WAITING"),  # one DONE: not enough
        thing("READY", "DONE", "DONE", "LOST"),  # enough, but one is LOST
        thing("READY"),  # no parts at all: length of null is null, no match
        thing("READY", "DONE", "WAITING", "DONE"),
    )
    result, sent = wait(waiting, mode, "wait_until_enough_parts", *answers)
    assert type(result).__name__ == "DescribeThingResponse"
    assert len(sent) == 4


# --------------------------------------------------------------------------------------------
# Validation: as a plain call, before anything is sent


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"name": ""}, "name"),
        ({"delay": -1}, "delay"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"max_wait": 0}, "max_wait"),
    ],
)
def test_bad_arguments_are_refused_before_any_call(
    waiting: Generated, mode: Mode, kwargs: dict[str, Any], problem: str
) -> None:
    result, sent = wait(waiting, mode, "wait_until_thing_ready", **kwargs)
    assert isinstance(result, ValidationError)
    assert any(p.startswith(problem) for p in result.problems)
    assert sent == []


# --------------------------------------------------------------------------------------------
# The compiled expressions agree with JMESPath


BODIES = [
    thing(),
    {},
    thing("READY"),
    thing("READY", "DONE"),
    thing("READY", "DONE", "DONE"),
    thing("READY", "DONE", "DONE", "LOST"),
    thing("BROKEN", "FAILED", "DONE"),
    {"Thing": {"Parts": [{}, {"State": "DONE"}, {"State": "DONE"}]}},
    {"Thing": {"Status": "READY", "Parts": []}},
    {"Thing": {"Info": {"Phase": "DONE"}}},
    {"Thing": {"Info": {}}},
]


@pytest.mark.parametrize("body", BODIES, ids=range(len(BODIES)))
def test_compiled_expressions_agree_with_jmespath(waiting: Generated, body: dict[str, Any]) -> None:
    jmespath = importlib.import_module("jmespath")
    specs = waiting.module("_waiters")
    parse = waiting.module("_operations.describe_thing").OPERATION.parse
    response = parse(body, "DescribeThingResponse")
    checked = 0
    for spec in vars(specs).values():
        if not isinstance(spec, runtime_waiters.WaiterSpec):
            continue
        for a in spec.acceptors:
            if a.path is None:
                continue
            if a.argument == LENGTH and "Parts" not in body.get("Thing", {}):
                continue  # length(null): JMESPath's type error, null here (see the runtime)
            assert a.path(response) == jmespath.search(a.argument, body), a.argument
            checked += 1
    assert checked >= 6


# --------------------------------------------------------------------------------------------
# What the generator refuses


@pytest.mark.parametrize(
    ("argument", "why"),
    [
        ("Thing.Stat", "'Stat' is not a member of Thing"),
        ("Thing.Status.Deeper", "not a structure"),
        ("Thing.Parts[0].State", "index_expression is not supported"),
        ("sort_by(Thing.Parts, &State)", "function sort_by"),
        ("Thing.Status[]", "not a list"),
        ("Thing.{s: Status}", "not supported"),
        ("Thing.Status ==", "does not parse"),
    ],
)
def test_expressions_the_generator_cannot_type_fail_generation(argument: str, why: str) -> None:
    bad = {"version": 2, "waiters": {"Bad": waiter(acceptor("success", "path", "x", argument))}}
    with pytest.raises(ModelError, match="waiter Bad") as raised:
        build(waiter_model(), bad)
    assert why in str(raised.value)


def test_operation_member_named_like_a_waiter_argument_fails_generation() -> None:
    model = waiter_model()
    model["shapes"]["DescribeThingRequest"]["members"]["Delay"] = {"shape": "Name"}
    with pytest.raises(ModelError, match="named like waiter arguments: \\['delay'\\]"):
        build(model, waiters())


def test_waiter_of_an_operation_left_out_is_left_out() -> None:
    model = waiter_model()
    model["operations"]["Other"] = operation("Other")
    service = build_service(
        model,
        package="wt",
        overrides=ServiceOverrides(),
        provenance=PROVENANCE,
        operations=["Other"],
        waiters=waiters(),
    )
    assert service.waiters == ()


def test_unknown_version_or_matcher_fails_generation() -> None:
    with pytest.raises(ModelError, match="version 1"):
        build(waiter_model(), {"version": 1, "waiters": {}})
    bad = {"version": 2, "waiters": {"Bad": waiter(acceptor("success", "regex", "x"))}}
    with pytest.raises(ModelError, match="matcher 'regex'"):
        build(waiter_model(), bad)


def test_a_service_without_waiters_has_no_waiters_module(tmp_path: Path) -> None:
    files = render_files(build(waiter_model(), None))
    assert "_waiters.py" not in files
    assert "wait_until_" not in files["client.py"]


# --------------------------------------------------------------------------------------------
# JMESPath's meaning of values, where it differs from Python's


def test_runtime_helpers_follow_jmespath() -> None:
    w = runtime_waiters
    values: list[object] = [0, "", [], {}, None, False, "x", [0]]
    assert [w.truthy(v) for v in values] == [
        True,
        False,
        False,
        False,
        False,
        False,
        True,
        True,
    ]
    assert not w.equals(True, 1) and not w.equals(0, False) and w.equals(1, 1.0)
    assert w.compare("<", "a", "b") is True and w.compare("<", 1, "b") is None
    assert w.compare(">=", 2, 2.0) is True and w.compare(">", True, 0) is None
    assert w.length(None) is None and w.length([1, 2]) == 2 and w.length("abc") == 3
    assert w.contains("abc", "b") is True and w.contains([1], True) is False


def test_waiter_errors_are_sdk_errors() -> None:
    for cls in (WaiterFailureError, WaiterTimeoutError, WaiterUnexpectedError):
        assert issubclass(cls, WaiterError) and issubclass(cls, SdkError)

"""botocore's awsJson 1.1 and 1.0 protocol compliance cases, through generated clients.

See ``harness.py`` for how a suite becomes a generated package. Every case runs; the ones in
``SKIPS`` are skipped with their reason, which the run prints at its end, with the counts.
"""

from __future__ import annotations

import gzip
import json
import math
import uuid
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import pytest

from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ServiceError

from . import harness
from .harness import RESULTS, Case, Generated, JsonDict

CASES = harness.load_cases()
BOTOCORE_IGNORED = harness.ignored_by_botocore()

SKIPS: dict[str, str] = {
    # Not in botocore's ignore list: event streams (``eventstream`` structures, binary
    # ``application/vnd.amazon.eventstream`` bodies) are not implemented: the client's method
    # raises UnsupportedOperationError (checked below), and nothing is parsed.
    "legacy/output/json.json::s06c0-rpc-json-event-stream": "event streams not implemented;"
    " the method raises UnsupportedOperationError",
    # Not in botocore's ignore list: the model declares ``MapType`` as a *string* yet the
    # response holds objects there, and puts nulls in dense (non-sparse) lists; botocore's
    # untyped parser passes both through, while our typed parsers reject values that break
    # the model (ResponseParseError) rather than return values that break their types.
    "legacy/output/json.json::s03c1-lists": "response breaks its own model (objects for a"
    " 'string' shape, nulls in dense lists); typed parsers reject it",
}
"""Qualified case id (``<file>::<id>``) -> why it cannot pass yet; printed at the end of the run."""

BOTOCORE_URI: dict[str, str] = {
    # In botocore's ignore list (general.input.suites). Smithy's case wants "/custom/" for the
    # endpoint "https://example.com/custom"; botocore sends the endpoint's path as given, and
    # so does this SDK (users' endpoints with a path, e.g. behind a gateway, must reach it
    # unchanged): the case is checked against botocore's answer instead.
    "input/json.json::AwsJson11HostWithPath": "/custom",
    "input/json_1_0.json::AwsJson10HostWithPath": "/custom",
}
"""Qualified case id -> the request path botocore sends, where it differs from the case's."""

_GENERATED: dict[tuple[str, int], Generated] = {}

STEMS = {
    "input/json.json": "in",
    "output/json.json": "out",
    "input/json_1_0.json": "in10",
    "output/json_1_0.json": "out10",
    "input/json_1_0-query-compatible.json": "in10qc",
    "output/json_1_0-query-compatible.json": "out10qc",
    "legacy/input/json.json": "legacy_in",
    "legacy/output/json.json": "legacy_out",
}
"""Case file -> the stem of its generated packages' names."""

CREDENTIALS = Credentials(access_key_id="AKID", secret_access_key="SECRET")

FIXED_UUID = uuid.UUID("00000000-0000-4000-8000-000000000000")
"""What ``uuid.uuid4`` returns during input cases, as in botocore's runner."""


@pytest.fixture(scope="session")
def generated_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("protocol_packages")


def package_for(case: Case, root: Path) -> Generated:
    key = (case.file, case.suite_index)
    gen = _GENERATED.get(key)
    if gen is None:
        package = f"pt_{STEMS[case.file]}_{case.suite_index}"
        gen = harness.generate(harness.suite_model(case.suite), package, root)
        _GENERATED[key] = gen
    return gen


def client_for(case: Case, gen: Generated, transport: harness.RecordingTransport) -> Any:
    endpoint = cast(str, case.suite.get("clientEndpoint", "https://example.com"))
    cls = getattr(gen.module, gen.service.client_class)
    return cls(
        region="us-east-1", endpoint_url=endpoint, credentials=CREDENTIALS, transport=transport
    )


def operation(case: Case, gen: Generated) -> Any:
    name = case.case["given"]["name"]
    return next(op for op in gen.service.operations if op.name == name)


def _parsed_body(body: bytes | str | None) -> Any:
    if body is None:
        return {}
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    return json.loads(text) if text.strip() else {}


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        da, db = cast(JsonDict, a), cast(JsonDict, b)
        return da.keys() == db.keys() and all(_same_json(da[k], db[k]) for k in da)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b  # True and False are singletons; 1 == True must not count
    return bool(a == b)


def run_input(case: Case, gen: Generated, monkeypatch: pytest.MonkeyPatch) -> None:
    c = case.case
    monkeypatch.setattr(uuid, "uuid4", lambda: FIXED_UUID)  # idempotency tokens
    op = operation(case, gen)
    transport = harness.RecordingTransport()
    client = client_for(case, gen, transport)
    params = cast(JsonDict, c.get("params", {}))
    kwargs = harness.kwargs_for(op.input, params, gen) if op.input is not None else {}
    assert op.input is not None or not params
    getattr(client, op.method)(**kwargs)
    assert len(transport.requests) == 1
    sent = transport.requests[0]
    expected = cast(JsonDict, c["serialized"])
    url = urlsplit(sent.url)
    assert sent.method == expected.get("method", "POST")
    assert (url.path or "/") == BOTOCORE_URI.get(case.id, expected["uri"])
    headers = {k.lower(): v for k, v in sent.headers.items()}
    for name, value in cast(dict[str, str], expected.get("headers", {})).items():
        assert headers.get(name.lower()) == value, f"header {name}"
    for name in cast(list[str], expected.get("requireHeaders", [])):
        assert name.lower() in headers, f"header {name} missing"
    for name in cast(list[str], expected.get("forbidHeaders", [])):
        assert name.lower() not in headers, f"header {name} forbidden"
    if "host" in expected:
        # botocore writes the configured endpoint's path into ``host`` when there is one
        # (AwsJson*HostWithPath: "example.com/custom"); the path itself is checked via ``uri``.
        assert expected["host"] in (url.netloc, url.netloc + url.path.rstrip("/"))
    body = sent.body
    if headers.get("content-encoding") == "gzip":
        assert headers["content-length"] == str(len(body))
        body = gzip.decompress(body)
    got = _parsed_body(body)
    # The request compression cases give no body: what is sent is their params, as JSON.
    want = _parsed_body(expected["body"]) if "body" in expected else params
    assert _same_json(got, want), f"body {got!r} != {want!r}"


def run_output(case: Case, gen: Generated) -> None:
    c = case.case
    op = operation(case, gen)
    transport = harness.RecordingTransport(harness.case_response(c["response"]))
    client = client_for(case, gen, transport)
    assert op.input is None or not any(m.required for m in op.input.members)
    call = getattr(client, op.method)
    if "errorCode" not in c:
        result = call()
        got = harness.struct_to_botocore(op.output, result, gen) if op.output is not None else {}
        want = cast(JsonDict, c["result"])
        assert _same_json(harness.normalize_numbers(got), harness.normalize_numbers(want)), (
            f"result {got!r} != {want!r}"
        )
        return
    with pytest.raises(ServiceError) as info:
        call()
    err = info.value
    code = cast(str, c["errorCode"])
    assert err.code == code
    modelled = next((e for e in gen.service.errors if code in e.error_codes), None)
    assert err.message == c.get("errorMessage", "")
    if modelled is None:  # a code the model does not name: the service's base class
        assert type(err) is getattr(gen.errors, gen.service.error_base)
        assert not c.get("error")
        return
    assert type(err).__name__ == modelled.class_name
    got_members = harness.struct_to_botocore(modelled, err, gen)
    want_members = {k: v for k, v in cast(JsonDict, c.get("error", {})).items()}
    message = want_members.pop("Message", want_members.pop("message", None))
    if message is not None:
        assert err.message == message
    assert got_members == want_members


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, generated_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if case.id in SKIPS:
        RESULTS[case.id] = ("skipped", SKIPS[case.id])
        pytest.skip(SKIPS[case.id])
    RESULTS[case.id] = ("failed", "")
    gen = package_for(case, generated_root)
    if case.kind == "input":
        run_input(case, gen, monkeypatch)
    else:
        run_output(case, gen)
    RESULTS[case.id] = ("passed", "")


def test_skips_are_known_cases() -> None:
    ids = {c.id for c in CASES}
    assert set(SKIPS) <= ids, sorted(set(SKIPS) - ids)
    # Entries of botocore's ignore list are allowed; every other skip must say why.
    for case_id, reason in SKIPS.items():
        assert reason, case_id
    assert set(BOTOCORE_IGNORED) <= ids
    # Our skip list is no longer than botocore's ignore list for the same files.
    assert len(SKIPS) <= len(BOTOCORE_IGNORED), (len(SKIPS), len(BOTOCORE_IGNORED))


def _case(file: str, case_id: str) -> Case:
    return next(c for c in CASES if c.id == f"{file}::{case_id}")


@pytest.mark.parametrize("label", ["bad label", "-bar", "bar-", "", "a" * 64, "a..b", "ü"])
def test_invalid_host_label_is_a_validation_error(label: str, generated_root: Path) -> None:
    from typedaws_runtime.errors import ValidationError

    case = _case("input/json.json", "AwsJson11EndpointTraitWithHostLabel")
    gen = package_for(case, generated_root)
    transport = harness.RecordingTransport()
    client = client_for(case, gen, transport)
    with pytest.raises(ValidationError) as info:
        client.endpoint_with_host_label_operation(label=label)
    assert info.value.problems == (
        "label: not a valid host label (letters, digits and hyphens, 1 to 63 characters per "
        "period-separated part, no leading or trailing hyphen)",
    )
    assert label not in str(info.value) or not label
    assert transport.requests == []


def test_host_label_with_periods_and_63_characters(generated_root: Path) -> None:
    case = _case("input/json.json", "AwsJson11EndpointTraitWithHostLabel")
    gen = package_for(case, generated_root)
    transport = harness.RecordingTransport()
    client = client_for(case, gen, transport)
    label = "a" * 63 + ".b-2"
    client.endpoint_with_host_label_operation(label=label)
    assert urlsplit(transport.requests[0].url).netloc == f"foo.{label}.example.com"


def test_idempotency_token_is_a_fresh_uuid4(generated_root: Path) -> None:
    case = _case("legacy/input/json.json", "s06c1-idempotency-token-auto-fill")
    gen = package_for(case, generated_root)
    transport = harness.RecordingTransport()
    client = client_for(case, gen, transport)
    client.operation_name()
    client.operation_name()
    tokens = [uuid.UUID(_parsed_body(r.body)["Token"]) for r in transport.requests]
    assert [t.version for t in tokens] == [4, 4]
    assert tokens[0] != tokens[1]


def test_host_prefix_label_must_be_a_host_label_member() -> None:
    from codegen.build import ModelError

    suite = _case("input/json.json", "AwsJson11EndpointTraitWithHostLabel").suite
    model = harness.suite_model(suite)
    shapes = json.loads(json.dumps(model["shapes"]))
    shapes["HostLabelInput"]["members"]["label"].pop("hostLabel")
    with pytest.raises(ModelError, match="not a hostLabel member"):
        harness.generate({**model, "shapes": shapes}, "pt_bad_host_label", Path("/nonexistent"))


def test_event_stream_operation_raises_unsupported_operation_error(generated_root: Path) -> None:
    from typedaws_runtime.errors import UnsupportedOperationError

    case = _case("legacy/output/json.json", "s06c0-rpc-json-event-stream")
    gen = package_for(case, generated_root)
    transport = harness.RecordingTransport()
    client = client_for(case, gen, transport)
    with pytest.raises(UnsupportedOperationError) as info:
        client.operation_name()
    assert info.value.operation == "OperationName"
    assert "event stream" in str(info.value)
    assert transport.requests == []
    assert "operation_name" in (gen.module.__doc__ or "")

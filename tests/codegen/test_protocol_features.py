"""Protocol features of awsJson services beyond cognito-idp, on small synthetic models:
idempotency tokens, request compression, event-stream operations (left out, with a method that
raises), endpoint discovery, and documents, timestamps and blobs nested in every container.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import gzip
import importlib
import inspect
import json
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import pytest

from codegen.files import write_package
from tests.support.memory_transport import AsyncMemoryTransport, MemoryTransport
from tests.support.synthetic import (
    Generated,
    forget,
    generate_files,
    metadata,
    operation,
    package_name,
    run_mypy,
    structure,
)
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import (
    ConfigurationError,
    ConnectionFailedError,
    EndpointDiscoveryError,
    UnsupportedOperationError,
)
from typedaws_runtime.http import HttpRequest, HttpResponse

UTC = datetime.UTC
CREDENTIALS = Credentials(access_key_id="AKIDEXAMPLE", secret_access_key="SECRETEXAMPLE")
ENDPOINT = "https://tiny.us-east-1.amazonaws.com"


def feature_model() -> dict[str, Any]:
    return {
        "metadata": metadata(),
        "operations": {
            "CreateThing": operation("CreateThing", "CreateThingRequest", "Empty"),
            "PutData": operation(
                "PutData", "PutDataRequest", "Empty", requestcompression={"encodings": ["gzip"]}
            ),
            "PutPlain": operation("PutPlain", "PutDataRequest", "Empty"),
            "SubscribeToThing": operation(
                "SubscribeToThing", "SubscribeRequest", "SubscribeResponse"
            ),
            "Echo": operation("Echo", "EchoShape", "EchoShape"),
        },
        "shapes": {
            "Str": {"type": "string"},
            "Token": {"type": "string", "min": 1, "max": 64},
            "Empty": structure({}),
            "CreateThingRequest": {
                "type": "structure",
                "required": ["Name", "ClientToken"],
                "members": {
                    "Name": {"shape": "Str"},
                    "ClientToken": {"shape": "Token", "idempotencyToken": True},
                    "OtherToken": {"shape": "Token", "idempotencyToken": True},
                },
            },
            "PutDataRequest": structure({"Data": "Str"}),
            "SubscribeRequest": structure({"Name": "Str"}),
            "SubscribeResponse": structure({"Events": "ThingEvents"}, ("Events",)),
            "ThingEvents": {
                "type": "structure",
                "members": {"Happened": {"shape": "HappenedEvent"}},
                "eventstream": True,
            },
            "HappenedEvent": structure({"What": "Str"}, event=True),
            # Documents, timestamps and blobs, alone and inside lists, maps and structures.
            "Doc": {"type": "structure", "members": {}, "document": True},
            "Unix": {"type": "timestamp"},
            "Iso": {"type": "timestamp", "timestampFormat": "iso8601"},
            "Blob": {"type": "blob"},
            "DocList": {"type": "list", "member": {"shape": "Doc"}},
            "DocMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Doc"}},
            "IsoList": {"type": "list", "member": {"shape": "Iso"}},
            "UnixMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Unix"}},
            "BlobList": {"type": "list", "member": {"shape": "Blob"}},
            "BlobMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Blob"}},
            "BlobListList": {"type": "list", "member": {"shape": "BlobList"}},
            "Inner": {
                "type": "structure",
                "members": {
                    "Doc": {"shape": "Doc"},
                    "When": {"shape": "Unix"},
                    "Rfc": {"shape": "Unix", "timestampFormat": "rfc822"},
                    "Data": {"shape": "Blob"},
                },
            },
            "InnerList": {"type": "list", "member": {"shape": "Inner"}},
            "EchoShape": {
                "type": "structure",
                "members": {
                    "Doc": {"shape": "Doc"},
                    "Docs": {"shape": "DocList"},
                    "DocsByName": {"shape": "DocMap"},
                    "Times": {"shape": "IsoList"},
                    "TimesByName": {"shape": "UnixMap"},
                    "Blobs": {"shape": "BlobList"},
                    "BlobsByName": {"shape": "BlobMap"},
                    "BlobGrid": {"shape": "BlobListList"},
                    "Inner": {"shape": "Inner"},
                    "Inners": {"shape": "InnerList"},
                    "IsoMember": {"shape": "Unix", "timestampFormat": "iso8601"},
                },
            },
        },
    }


def discovery_model(required: bool = True) -> dict[str, Any]:
    trait = {"required": True} if required else {}
    return {
        "metadata": {**metadata(), "jsonVersion": "1.0"},
        "operations": {
            "DescribeEndpoints": operation(
                "DescribeEndpoints",
                "DescribeEndpointsRequest",
                "DescribeEndpointsResponse",
                endpointoperation=True,
            ),
            "Query": operation("Query", "QueryRequest", "Empty", endpointdiscovery=trait),
            "Plain": operation("Plain", "QueryRequest", "Empty"),
        },
        "shapes": {
            "Str": {"type": "string"},
            "Long": {"type": "long"},
            "Empty": structure({}),
            "QueryRequest": structure({"Text": "Str"}),
            "DescribeEndpointsRequest": structure({}),
            "DescribeEndpointsResponse": structure({"Endpoints": "Endpoints"}, ("Endpoints",)),
            "Endpoints": {"type": "list", "member": {"shape": "Endpoint"}},
            "Endpoint": structure(
                {"Address": "Str", "CachePeriodInMinutes": "Long"},
                ("Address", "CachePeriodInMinutes"),
            ),
        },
    }


@pytest.fixture
def generate(tmp_path: Path) -> Iterator[Callable[[dict[str, Any], str], Generated]]:
    made: list[str] = []
    sys.path.insert(0, str(tmp_path))

    def _generate(model: dict[str, Any], stem: str) -> Generated:
        package = package_name(tmp_path, stem)
        files = generate_files(model, package)
        write_package(files, tmp_path / package)
        made.append(package)
        importlib.invalidate_caches()
        return Generated(tmp_path, package, files)

    yield _generate
    sys.path.remove(str(tmp_path))
    for package in made:
        forget(package)


@pytest.fixture
def features(generate: Callable[[dict[str, Any], str], Generated]) -> Generated:
    return generate(feature_model(), "features")


@pytest.fixture(autouse=True)
def _no_aws_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
        "AWS_DISABLE_REQUEST_COMPRESSION",
        "AWS_ENDPOINT_DISCOVERY_ENABLED",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_TINY_SERVICE",
        "AWS_PROFILE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))


def client(gen: Generated, transport: MemoryTransport, **options: Any) -> Any:
    cls = gen.module().TinyServiceClient
    options.setdefault("region", "us-east-1")
    return cls(credentials=CREDENTIALS, transport=transport, **options)


def sent_json(request: HttpRequest) -> Any:
    body = request.body
    if request.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return json.loads(body)


# -- idempotency tokens -----------------------------------------------------------------------


def test_idempotency_token_left_out_is_a_fresh_uuid4_even_where_required(
    features: Generated,
) -> None:
    transport = MemoryTransport()
    c = client(features, transport)
    c.create_thing(name="a")
    c.create_thing(name="b", client_token="mine")
    first, second = (sent_json(r) for r in transport.requests)
    assert uuid.UUID(first["ClientToken"]).version == 4
    assert uuid.UUID(first["OtherToken"]).version == 4
    assert first["ClientToken"] != first["OtherToken"]
    assert second["ClientToken"] == "mine"
    params = inspect.signature(c.create_thing).parameters
    assert params["client_token"].default is None  # optional, though the model requires it


def test_idempotency_token_is_the_same_for_every_attempt_of_a_call(features: Generated) -> None:
    transport = MemoryTransport()
    answers = [HttpResponse(500, {}, b'{"__type":"InternalFailure"}'), HttpResponse(200, {}, b"{}")]
    transport.responder = lambda request: answers.pop(0)
    c = client(features, transport)
    c._core.retry_policy.backoff = lambda attempt: 0.0
    c.create_thing(name="a")
    tokens = [sent_json(r)["ClientToken"] for r in transport.requests]
    assert len(tokens) == 2 and tokens[0] == tokens[1]


def test_idempotency_token_docstring_says_it_is_filled(features: Generated) -> None:
    doc = features.module("client").TinyServiceClient.create_thing.__doc__
    assert "a fresh UUID4 is sent" in " ".join(doc.split())


# -- request compression ----------------------------------------------------------------------


def test_large_body_is_gzipped_before_signing(features: Generated) -> None:
    transport = MemoryTransport()
    data = "x" * 10240
    client(features, transport).put_data(data=data)
    (request,) = transport.requests
    assert request.headers["Content-Encoding"] == "gzip"
    assert request.headers["Content-Length"] == str(len(request.body))
    assert sent_json(request) == {"Data": data}
    assert len(request.body) < 1000
    # The signature covers the compressed bytes: botocore's signer agrees over what was sent.
    authorization = request.headers["Authorization"]
    signed = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    headers = {k: v for k, v in request.headers.items() if k.lower() in signed}
    aws = botocore.awsrequest.AWSRequest(
        method="POST", url=request.url, headers=headers, data=request.body
    )
    aws.context["timestamp"] = request.headers["X-Amz-Date"]
    signer = botocore.auth.SigV4Auth(
        botocore.credentials.ReadOnlyCredentials("AKIDEXAMPLE", "SECRETEXAMPLE", None),
        "tiny",
        "us-east-1",
    )
    canonical = signer.canonical_request(aws)
    expected = signer.signature(signer.string_to_sign(aws, canonical), aws)
    assert authorization.endswith(f"Signature={expected}")


def test_small_body_and_operations_without_the_trait_are_sent_as_they_are(
    features: Generated,
) -> None:
    transport = MemoryTransport()
    c = client(features, transport)
    c.put_data(data="x" * 100)
    c.put_plain(data="x" * 20000)
    assert all("Content-Encoding" not in r.headers for r in transport.requests)


@pytest.mark.parametrize(
    ("options", "env", "compressed"),
    [
        ({"request_min_compression_size_bytes": 0}, {}, True),
        ({"request_min_compression_size_bytes": 200}, {}, True),
        ({"request_min_compression_size_bytes": 2000}, {}, False),
        ({}, {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "200"}, True),
        ({"disable_request_compression": True, "request_min_compression_size_bytes": 0}, {}, False),
        (
            {"request_min_compression_size_bytes": 0},
            {"AWS_DISABLE_REQUEST_COMPRESSION": "true"},
            False,
        ),
        (
            {"disable_request_compression": False},
            {"AWS_DISABLE_REQUEST_COMPRESSION": "true"},
            False,
        ),
    ],
)
def test_compression_options_and_settings(
    features: Generated,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, Any],
    env: dict[str, str],
    compressed: bool,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    transport = MemoryTransport()
    client(features, transport, **options).put_data(data="x" * 1000)
    (request,) = transport.requests
    assert ("Content-Encoding" in request.headers) is compressed


def test_explicit_false_overrides_the_environment(
    features: Generated, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_DISABLE_REQUEST_COMPRESSION", "true")
    transport = MemoryTransport()
    c = client(features, transport, disable_request_compression=False)
    c.put_data(data="x" * 20000)
    assert transport.requests[0].headers["Content-Encoding"] == "gzip"


def test_compression_settings_from_the_shared_config_file(
    features: Generated, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.write_text("[default]\nrequest_min_compression_size_bytes = 10\n")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    transport = MemoryTransport()
    client(features, transport).put_data(data="x" * 100)
    assert transport.requests[0].headers["Content-Encoding"] == "gzip"


@pytest.mark.parametrize(
    ("options", "env"),
    [
        ({"request_min_compression_size_bytes": -1}, {}),
        ({"request_min_compression_size_bytes": 10485761}, {}),
        ({"request_min_compression_size_bytes": True}, {}),
        ({"request_min_compression_size_bytes": "100"}, {}),
        ({}, {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "lots"}),
        ({}, {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "99999999"}),
        ({}, {"AWS_DISABLE_REQUEST_COMPRESSION": "yes"}),
        ({"disable_request_compression": "true"}, {}),
    ],
)
def test_bad_compression_settings_are_configuration_errors(
    features: Generated,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, Any],
    env: dict[str, str],
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError):
        client(features, MemoryTransport(), **options)


def test_largest_minimum_is_accepted(features: Generated) -> None:
    client(features, MemoryTransport(), request_min_compression_size_bytes=10485760)


def test_async_client_compresses_too(features: Generated) -> None:
    transport = AsyncMemoryTransport()
    cls = features.module().AsyncTinyServiceClient
    c = cls(region="us-east-1", credentials=CREDENTIALS, transport=transport)
    asyncio.run(c.put_data(data="x" * 20000))
    assert transport.requests[0].headers["Content-Encoding"] == "gzip"


# -- event-stream operations ------------------------------------------------------------------


def test_event_stream_operation_raises_and_sends_nothing(features: Generated) -> None:
    transport = MemoryTransport()
    c = client(features, transport)
    with pytest.raises(UnsupportedOperationError) as info:
        c.subscribe_to_thing(name="x")
    assert info.value.operation == "SubscribeToThing"
    assert "event stream (ThingEvents)" in str(info.value)
    assert isinstance(info.value, NotImplementedError)
    assert transport.requests == []
    sig = inspect.signature(features.module("client").TinyServiceClient.subscribe_to_thing)
    assert sig.return_annotation == "NoReturn"


def test_event_stream_operation_raises_on_the_async_client(features: Generated) -> None:
    c = features.module().AsyncTinyServiceClient(
        region="us-east-1", credentials=CREDENTIALS, transport=AsyncMemoryTransport()
    )
    with pytest.raises(UnsupportedOperationError):
        asyncio.run(c.subscribe_to_thing())


def test_event_stream_operation_is_listed_and_its_shapes_are_not_generated(
    features: Generated,
) -> None:
    doc = features.module().__doc__ or ""
    assert "``subscribe_to_thing`` (SubscribeToThing): its response is an event stream" in doc
    assert not any("subscribe" in path or "happened" in path for path in features.files)
    models = features.module("models")
    assert not hasattr(models, "SubscribeResponse")
    assert "subscribe_to_thing" not in features.files["testing.py"]


def test_generated_package_with_every_feature_passes_mypy_strict(features: Generated) -> None:
    result = run_mypy(features.root, features.package)
    assert result.returncode == 0, result.stdout + result.stderr


# -- documents, timestamps and blobs anywhere -------------------------------------------------


def test_documents_timestamps_and_blobs_round_trip_in_every_container(
    features: Generated,
) -> None:
    op = features.module("_operations.echo")
    models = features.module("models")
    t1 = datetime.datetime(2020, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)
    t2 = datetime.datetime(2021, 6, 7, 8, 9, 10, tzinfo=UTC)
    request = op.EchoShape(
        doc={"a": [1, 2.5, None, True, "s", {"b": {}}]},
        docs=[1, "two", [3, None]],
        docs_by_name={"k": {"x": [None]}, "n": False},
        times=[t1, t2],
        times_by_name={"a": t1},
        blobs=[b"\x00\xff", b""],
        blobs_by_name={"k": b"abc"},
        blob_grid=[[b"a"], [b"b", b"c"]],
        inner=models.Inner(doc="text", when=t2, rfc=t2, data=b"\x01"),
        inners=[models.Inner(when=t1, data=b"z")],
        iso_member=t2,
    )
    wire = json.loads(op.serialize_EchoShape(request))
    assert wire == {
        "Doc": {"a": [1, 2.5, None, True, "s", {"b": {}}]},
        "Docs": [1, "two", [3, None]],
        "DocsByName": {"k": {"x": [None]}, "n": False},
        "Times": ["2020-01-02T03:04:05.500000Z", "2021-06-07T08:09:10Z"],
        "TimesByName": {"a": 1577934245.5},
        "Blobs": [b64(b"\x00\xff"), ""],
        "BlobsByName": {"k": b64(b"abc")},
        "BlobGrid": [[b64(b"a")], [b64(b"b"), b64(b"c")]],
        "Inner": {
            "Doc": "text",
            "When": 1623053350,
            "Rfc": "Mon, 07 Jun 2021 08:09:10 GMT",
            "Data": b64(b"\x01"),
        },
        "Inners": [{"When": 1577934245.5, "Data": b64(b"z")}],
        "IsoMember": "2021-06-07T08:09:10Z",
    }
    transport = MemoryTransport(HttpResponse(200, {}, json.dumps(wire).encode()))
    echoed = client(features, transport).echo(
        **{
            f: getattr(request, f)
            for f in (
                "doc",
                "docs",
                "docs_by_name",
                "times",
                "times_by_name",
                "blobs",
                "blobs_by_name",
                "blob_grid",
                "inner",
                "inners",
                "iso_member",
            )
        }
    )
    assert sent_json(transport.requests[0]) == wire
    assert echoed == request


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def test_timestamps_in_responses_accept_every_wire_form(features: Generated) -> None:
    op = features.module("_operations.echo")
    parsed = op.parse_EchoShape(
        {
            "Times": ["2020-01-02T03:04:05.5Z", "2020-01-02T03:04:05+00:00"],
            "TimesByName": {"a": 1577934245, "b": 1577934245.25},
            "Inner": {"Rfc": "Thu, 02 Jan 2020 03:04:05 GMT"},
        },
        "",
    )
    t = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parsed.times == [t.replace(microsecond=500000), t]
    assert parsed.times_by_name == {"a": t, "b": t.replace(microsecond=250000)}
    assert parsed.inner.rfc == t


# -- endpoint discovery -----------------------------------------------------------------------


class Discovering(MemoryTransport):
    """Answers DescribeEndpoints with ``address`` (cached ``minutes``), every other call with
    ``{}``; records each request."""

    def __init__(self, address: str = "discovered.example.com", minutes: int = 5) -> None:
        super().__init__()
        self.address, self.minutes = address, minutes
        self.responder = self._answer

    def _answer(self, request: HttpRequest) -> HttpResponse:
        if request.headers["X-Amz-Target"].endswith(".DescribeEndpoints"):
            body = {"Endpoints": [{"Address": self.address, "CachePeriodInMinutes": self.minutes}]}
            return HttpResponse(200, {}, json.dumps(body).encode())
        return HttpResponse(200, {}, b"{}")

    def targets(self) -> list[tuple[str, str]]:
        return [
            (r.headers["X-Amz-Target"].rpartition(".")[2], r.url.split("/")[2])
            for r in self.requests
        ]


def test_required_discovery_sends_to_the_discovered_endpoint_and_caches_it(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    gen = generate(discovery_model(), "discovery")
    transport = Discovering()
    c = client(gen, transport)
    c.query(text="a")
    c.query(text="b")
    c.plain(text="c")
    assert transport.targets() == [
        ("DescribeEndpoints", "tiny.us-east-1.amazonaws.com"),
        ("Query", "discovered.example.com"),
        ("Query", "discovered.example.com"),
        ("Plain", "tiny.us-east-1.amazonaws.com"),
    ]


def test_discovered_endpoint_expires_after_its_cache_period(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    gen = generate(discovery_model(), "discovery")
    transport = Discovering(minutes=1)
    c = client(gen, transport)
    now = [1000.0]
    c._core.discovery._clock = lambda: now[0]
    c.query()
    now[0] += 59
    c.query()
    now[0] += 2
    transport.address = "next.example.com"
    c.query()
    assert [t for t in transport.targets() if t[0] == "Query"] == [
        ("Query", "discovered.example.com"),
        ("Query", "discovered.example.com"),
        ("Query", "next.example.com"),
    ]
    assert sum(t[0] == "DescribeEndpoints" for t in transport.targets()) == 2


def test_no_discovery_with_an_endpoint_url(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    gen = generate(discovery_model(), "discovery")
    transport = Discovering()
    client(gen, transport, endpoint_url="http://localhost:4566").query()
    assert transport.targets() == [("Query", "localhost:4566")]


def test_discovery_turned_off_refuses_operations_that_require_it(
    generate: Callable[[dict[str, Any], str], Generated], monkeypatch: pytest.MonkeyPatch
) -> None:
    gen = generate(discovery_model(), "discovery")
    transport = Discovering()
    with pytest.raises(EndpointDiscoveryError, match="required by Query"):
        client(gen, transport, endpoint_discovery_enabled=False).query()
    monkeypatch.setenv("AWS_ENDPOINT_DISCOVERY_ENABLED", "false")
    with pytest.raises(EndpointDiscoveryError):
        client(gen, transport).query()
    assert transport.requests == []
    monkeypatch.setenv("AWS_ENDPOINT_DISCOVERY_ENABLED", "maybe")
    with pytest.raises(ConfigurationError):
        client(gen, transport)


def test_optional_discovery_only_when_enabled(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    gen = generate(discovery_model(required=False), "optional")
    transport = Discovering()
    client(gen, transport).query()
    assert transport.targets() == [("Query", "tiny.us-east-1.amazonaws.com")]
    transport.requests.clear()
    client(gen, transport, endpoint_discovery_enabled=True).query()
    assert transport.targets() == [
        ("DescribeEndpoints", "tiny.us-east-1.amazonaws.com"),
        ("Query", "discovered.example.com"),
    ]


def test_failed_discovery_is_a_typed_error_naming_the_operation(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    gen = generate(discovery_model(), "discovery")
    transport = MemoryTransport()

    def refuse(request: HttpRequest) -> HttpResponse:
        raise ConnectionFailedError("refused", url=request.url)

    transport.responder = refuse
    c = client(gen, transport, max_attempts=1)
    with pytest.raises(EndpointDiscoveryError, match="required by Query") as info:
        c.query()
    assert isinstance(info.value.__cause__, ConnectionFailedError)


def test_invalid_endpoint_error_makes_the_next_call_discover_again(
    generate: Callable[[dict[str, Any], str], Generated],
) -> None:
    from typedaws_runtime.errors import ServiceError

    gen = generate(discovery_model(), "discovery")
    transport = Discovering()
    first = transport.responder
    assert first is not None
    fail = [True]

    def answer(request: HttpRequest) -> HttpResponse:
        if request.headers["X-Amz-Target"].endswith(".Query") and fail.pop() if fail else False:
            return HttpResponse(421, {}, b'{"__type":"InvalidEndpointException"}')
        return first(request)

    transport.responder = answer
    c = client(gen, transport, max_attempts=1)
    with pytest.raises(ServiceError):
        c.query()
    c.query()
    assert [t[0] for t in transport.targets()] == [
        "DescribeEndpoints",
        "Query",
        "DescribeEndpoints",
        "Query",
    ]


def test_async_client_discovers_too(generate: Callable[[dict[str, Any], str], Generated]) -> None:
    gen = generate(discovery_model(), "discovery")

    class AsyncDiscovering(Discovering):
        async def send(self, request: HttpRequest) -> HttpResponse:  # type: ignore[override]  # the async protocol's send
            return self.answer(request)

    transport = AsyncDiscovering()
    c = gen.module().AsyncTinyServiceClient(
        region="us-east-1", credentials=CREDENTIALS, transport=transport
    )

    async def twice() -> None:
        await c.query()
        await c.query()

    asyncio.run(twice())
    assert [t[0] for t in transport.targets()] == ["DescribeEndpoints", "Query", "Query"]
    assert transport.targets()[1][1] == "discovered.example.com"

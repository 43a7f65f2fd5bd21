"""Endpoints that depend on the operation and its request, against botocore's.

Some rule sets take parameters that operations give: constants (``staticContextParams``, ACM's
``ServiceType``, Kinesis's ``OperationType``) and request members (``contextParam``: a DynamoDB
table's ARN, a Kinesis stream's ARN). For each case, the same request goes through a generated
client and a botocore client (dummy credentials, its send replaced by a hook that records the
URL), and both must go to the same URL, or both refuse to resolve one.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import botocore.session
import pytest

from codegen.ir import Service
from tests.support.services import generate_service, import_from
from tests.support.synthetic import forget
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import ConfigurationError, EndpointResolutionError
from typedaws_runtime.http import HttpRequest

SERVICES = ("acm", "dynamodb", "dynamodbstreams", "events", "kinesis", "opensearchmemory")
REGION = "us-west-2"
ACCOUNT = "123456789012"
TABLE_ARN = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/t"
STREAM_ARN = f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/s"
KEY = {"id": {"S": "1"}}
CREDENTIALS = Credentials(access_key_id="AKID", secret_access_key="SECRET")

CASES: list[tuple[str, str, dict[str, object]]] = [
    ("acm", "ListCertificates", {}),
    ("acm", "ListAcmeEndpoints", {}),
    ("acm", "DescribeAcmeEndpoint", {"AcmeEndpointArn": f"arn:aws:acm:{REGION}:{ACCOUNT}:x/y"}),
    ("dynamodb", "GetItem", {"TableName": "t", "Key": KEY}),
    ("dynamodb", "GetItem", {"TableName": TABLE_ARN, "Key": KEY}),
    ("dynamodb", "GetItem", {"TableName": TABLE_ARN.replace(REGION, "eu-west-1"), "Key": KEY}),
    ("dynamodb", "DescribeTable", {"TableName": TABLE_ARN}),
    ("dynamodb", "ListTables", {}),
    ("dynamodbstreams", "DescribeStream", {"StreamArn": f"{TABLE_ARN}/stream/2020"}),
    ("kinesis", "DescribeStreamSummary", {"StreamName": "s"}),
    ("kinesis", "DescribeStreamSummary", {"StreamARN": STREAM_ARN}),
    ("kinesis", "PutRecord", {"StreamARN": STREAM_ARN, "Data": b"x", "PartitionKey": "k"}),
    ("kinesis", "ListStreams", {}),
    ("opensearchmemory", "ListMemories", {"spaceId": "space1"}),
    ("events", "ListRules", {}),
]


class _Sent(Exception):
    """Raised where the request would be sent: its URL is all these tests want."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


class _Recorder:
    def send(self, request: HttpRequest) -> Any:
        raise _Sent(request.url)

    def close(self) -> None:
        pass


class _AsyncRecorder:
    async def send(self, request: HttpRequest) -> Any:
        raise _Sent(request.url)

    async def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, types.ModuleType]]:
    root: Path = tmp_path_factory.mktemp("operation-endpoints")
    built: dict[str, Service] = {}
    for name in SERVICES:
        # Renamed: other tests of the session import the same services under their own names.
        package = "endpoints_" + name.replace("-", "_")
        built[name], _ = generate_service(name, root, package=package, formatted=False)
    sys.path.append(str(root))
    importlib.invalidate_caches()
    yield {name: import_from(root, service.package) for name, service in built.items()}
    sys.path.remove(str(root))
    for service in built.values():
        forget(service.package)


def _operation(package: types.ModuleType, operation: str) -> types.ModuleType:
    from codegen import naming

    leaf = naming.operation_method(operation)
    return importlib.import_module(f"{package.__name__}._operations.{leaf}")


def _client_class(package: types.ModuleType, *, asynchronous: bool = False) -> Any:
    names = [n for n in package.__all__ if n.endswith("Client")]
    wanted = [n for n in names if n.startswith("Async") == asynchronous]
    assert len(wanted) == 1, names
    return getattr(package, wanted[0])


def ours(
    package: types.ModuleType, operation: str, params: dict[str, object], **options: Any
) -> str:
    """The URL the generated client sends ``params`` to, or ``error: <class>``."""
    module = _operation(package, operation)
    request = module.Request.from_boto3(params)
    try:
        client = _client_class(package)(
            region=REGION,
            credentials=CREDENTIALS,
            transport=_Recorder(),
            **options,
        )
        client._invoke(module.OPERATION, request)
    except _Sent as sent:
        return sent.url
    except EndpointResolutionError:
        return "error: EndpointResolutionError"
    raise AssertionError("nothing was sent")


def botocores(service: str, operation: str, params: dict[str, object], **options: Any) -> str:
    """The URL botocore sends ``params`` to, or ``error: <class>``."""
    from botocore.exceptions import EndpointResolutionError as BotocoreEndpointError

    session = botocore.session.Session()
    session.set_credentials("AKID", "SECRET")
    client = session.create_client(service, region_name=REGION, **options)

    def record(request: Any, **_: Any) -> None:
        raise _Sent(request.url)

    client.meta.events.register("before-send", record)
    method = getattr(client, _inverse(client)[operation])
    try:
        method(**params)
    except _Sent as sent:
        return sent.url
    except BotocoreEndpointError:
        return "error: EndpointResolutionError"
    raise AssertionError("nothing was sent")


@pytest.fixture(autouse=True)
def _no_aws_config(clean_aws_env: None) -> None:
    """No endpoint, Region or mode from the environment or a profile, for either SDK."""


def _inverse(client: Any) -> dict[str, str]:
    return {api: method for method, api in client.meta.method_to_api_mapping.items()}


@pytest.mark.parametrize(
    ("service", "operation", "params"),
    CASES,
    ids=[f"{s}-{o}-{i}" for i, (s, o, _) in enumerate(CASES)],
)
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"endpoint_url": "http://localhost:4566"},
        {"use_fips_endpoint": True},
        {"use_dualstack_endpoint": True},
    ],
    ids=["region", "endpoint_url", "fips", "dualstack"],
)
def test_same_url_as_botocore(
    packages: dict[str, types.ModuleType],
    service: str,
    operation: str,
    params: dict[str, object],
    options: dict[str, object],
) -> None:
    boto_options = dict(options)
    config_flags = {k: boto_options.pop(k) for k in list(boto_options) if k.startswith("use_")}
    if config_flags:
        from botocore.config import Config

        boto_options["config"] = Config(**config_flags)
    expected = botocores(service, operation, params, **boto_options)
    assert ours(packages[service], operation, params, **options) == expected


def test_account_id_endpoint_mode_disabled(
    packages: dict[str, types.ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``AWS_ACCOUNT_ID_ENDPOINT_MODE=disabled``: a table's ARN no longer picks the account's
    endpoint, in either SDK."""
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "disabled")
    params: dict[str, object] = {"TableName": TABLE_ARN, "Key": KEY}
    url = ours(packages["dynamodb"], "GetItem", params)
    assert url == botocores("dynamodb", "GetItem", params)
    assert url == f"https://dynamodb.{REGION}.amazonaws.com/"
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "sometimes")
    with pytest.raises(ConfigurationError, match="AWS_ACCOUNT_ID_ENDPOINT_MODE"):
        ours(packages["dynamodb"], "GetItem", params)


def test_acm_client_from_a_region_alone(packages: dict[str, types.ModuleType]) -> None:
    """The client needs no ``ServiceType``: each operation gives its own, and the client's
    endpoint (``meta``) is the one botocore's client shows."""
    cls = _client_class(packages["acm"])
    with cls(region=REGION, credentials=CREDENTIALS) as client:
        assert client.meta.endpoint_url == f"https://acm.{REGION}.amazonaws.com"
        session = botocore.session.Session()
        assert session.create_client("acm", region_name=REGION).meta.endpoint_url == (
            client.meta.endpoint_url
        )


def test_failure_is_the_calls_and_names_the_operation(
    packages: dict[str, types.ModuleType],
) -> None:
    """FIPS has no ACME endpoint: the client is made, and the ACME call (only) is refused."""
    params: dict[str, object] = {}
    with pytest.raises(EndpointResolutionError, match=r"^ListAcmeEndpoints: FIPS endpoints"):
        _invoke_raising(packages["acm"], "ListAcmeEndpoints", params, use_fips_endpoint=True)
    assert ours(packages["acm"], "ListCertificates", {}, use_fips_endpoint=True).startswith(
        "https://acm-fips."
    )


def _invoke_raising(
    package: types.ModuleType, operation: str, params: dict[str, object], **options: Any
) -> None:
    module = _operation(package, operation)
    client = _client_class(package)(
        region=REGION, credentials=CREDENTIALS, transport=_Recorder(), **options
    )
    client._invoke(module.OPERATION, module.Request.from_boto3(params))


def test_async_client_resolves_per_call(packages: dict[str, types.ModuleType]) -> None:
    package = packages["dynamodb"]
    module = _operation(package, "GetItem")
    request = module.Request.from_boto3({"TableName": TABLE_ARN, "Key": KEY})

    async def send() -> str:
        client = _client_class(package, asynchronous=True)(
            region=REGION, credentials=CREDENTIALS, transport=_AsyncRecorder()
        )
        try:
            await client._invoke(module.OPERATION, request)
        except _Sent as sent:
            return sent.url
        raise AssertionError("nothing was sent")

    assert asyncio.run(send()) == f"https://{ACCOUNT}.ddb.{REGION}.amazonaws.com/"

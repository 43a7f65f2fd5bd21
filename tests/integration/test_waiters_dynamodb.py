"""Waiters end to end: DynamoDB's ``TableExists`` and ``TableNotExists``, generated from the
installed botocore's model, run by the sync and async clients against moto's emulator.

moto creates and deletes a table at once, so each wait ends after one call; what is checked is
the generated glue with the real model (the response typed as DescribeTable's, the error that
means "gone") and that a waiter gives up on a table that never comes.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from typing import Any, Literal

import pytest

from codegen.build import build_service
from codegen.files import format_files, write_package
from codegen.model import Provenance, installed_botocore_dir, load_waiters, read_json
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import Generated, forget, package_name
from typedaws_runtime.credentials import Credentials
from typedaws_runtime.errors import WaiterTimeoutError

REGION = "us-east-1"
CREDENTIALS = Credentials(access_key_id="testing", secret_access_key="testing")
TABLE = "waited-for"

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)


@pytest.fixture(scope="module")
def dynamodb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """DynamoDB's package, generated from the installed botocore's model with its waiters."""
    folder, version = installed_botocore_dir("dynamodb")
    model_file = folder / "service-2.json"
    model = read_json(model_file if model_file.exists() else folder / "service-2.json.gz")
    root = tmp_path_factory.mktemp("dynamodb")
    package = package_name(root, "dynamodb")
    service = build_service(
        model,
        package=package,
        overrides=ServiceOverrides(),
        provenance=Provenance(botocore_version=version, sha256="0" * 64, api_version="2012"),
        waiters=load_waiters(folder),
    )
    files = format_files(render_files(service), package=package)
    write_package(files, root / package)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


def run(
    ddb: Generated, mode: Mode, endpoint_url: str, steps: list[tuple[str, dict[str, Any]]]
) -> list[Any]:
    """Call each (method, arguments) in turn on one fresh client: what each returned, or the
    ``SdkError`` it raised (which ends the run)."""
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": endpoint_url,
        "credentials": CREDENTIALS,
    }
    results: list[Any] = []
    if mode == "sync":
        with ddb.module("client").DynamoDBClient(**options) as client:
            for method, kwargs in steps:
                try:
                    results.append(getattr(client, method)(**kwargs))
                except WaiterTimeoutError as exc:
                    results.append(exc)
                    break
        return results

    async def steps_async() -> None:
        async with ddb.module("async_client").AsyncDynamoDBClient(**options) as client:
            for method, kwargs in steps:
                try:
                    results.append(await getattr(client, method)(**kwargs))
                except WaiterTimeoutError as exc:
                    results.append(exc)
                    break

    asyncio.run(steps_async())
    return results


def create_table(ddb: Generated) -> dict[str, Any]:
    models = ddb.module("models")
    return {
        "table_name": TABLE,
        "attribute_definitions": [
            models.AttributeDefinition(attribute_name="pk", attribute_type="S")
        ],
        "key_schema": [models.KeySchemaElement(attribute_name="pk", key_type="HASH")],
        "billing_mode": "PAY_PER_REQUEST",
    }


@pytest.mark.parametrize("mode", MODES)
def test_table_exists_and_not_exists(dynamodb: Generated, mode: Mode, moto_url: str) -> None:
    fast = {"table_name": TABLE, "delay": 0.01, "max_attempts": 3}
    gone, _, exists, _, deleted = run(
        dynamodb,
        mode,
        moto_url,
        [
            ("wait_until_table_not_exists", fast),
            ("create_table", create_table(dynamodb)),
            ("wait_until_table_exists", fast),
            ("delete_table", {"table_name": TABLE}),
            ("wait_until_table_not_exists", fast),
        ],
    )
    assert gone is None and deleted is None  # success is ResourceNotFoundException
    assert type(exists).__name__ == "DescribeTableOutput"
    assert exists.table.table_name == TABLE
    assert exists.table.table_status == "ACTIVE"


@pytest.mark.parametrize("mode", MODES)
def test_table_that_never_comes_times_out(dynamodb: Generated, mode: Mode, moto_url: str) -> None:
    (result,) = run(
        dynamodb,
        mode,
        moto_url,
        [("wait_until_table_exists", {"table_name": "never", "delay": 0.01, "max_attempts": 2})],
    )
    assert isinstance(result, WaiterTimeoutError)
    assert (result.waiter, result.attempts) == ("TableExists", 2)
    assert result.last_error is not None and result.last_error.code == "ResourceNotFoundException"


def test_dynamodb_waiter_methods_are_typed(dynamodb: Generated) -> None:
    client = dynamodb.module("client").DynamoDBClient
    exists = client.wait_until_table_exists.__annotations__
    assert exists["return"] == "DescribeTableOutput"
    assert exists["table_name"] == "str"
    assert client.wait_until_table_not_exists.__annotations__["return"] == "None"

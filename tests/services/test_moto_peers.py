"""Seven generated services against a real emulator: moto in server mode, over HTTP.

Secrets Manager, SQS, DynamoDB, KMS, Kinesis, SSM and Step Functions are generated from the
pinned botocore once per session and used as a user would use them, with the sync client and
with the async one: create something and read it back, page through more items than one page
holds, catch a modelled error by its class (with the code the service sent), and wait with a
generated waiter where the service has one that moto can answer.

The packages get names of their own (``cg_dynamodb_<digest>``) so that they cannot clash with
another copy of the same service imported in the session. Their types exist only at run time,
so the clients are used through ``Any``, as in ``test_all_services``.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from codegen.ir import Service
from tests.support.services import generate_service, import_from
from tests.support.synthetic import forget, package_name
from typedaws_runtime.credentials import Credentials

SERVICES = ("secretsmanager", "sqs", "dynamodb", "kms", "kinesis", "ssm", "stepfunctions")
REGION = "us-east-1"
CREDENTIALS = Credentials(access_key_id="testing", secret_access_key="testing")
ACCOUNT = "123456789012"
"""moto's default account."""

PAGE = 2
"""Items per page asked for; each test makes ``MANY`` items, so paging takes two pages."""
MANY = 3

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)


@dataclass(frozen=True)
class Package:
    """One generated service, imported from the session's folder."""

    service: Service
    module: Any

    def part(self, name: str) -> Any:
        return importlib.import_module(f"{self.module.__name__}.{name}")


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Package]]:
    root = tmp_path_factory.mktemp("peers")
    built = {
        name: generate_service(name, root, package=package_name(root, name))[0] for name in SERVICES
    }
    sys.path.insert(0, str(root))  # names of their own: nothing to shadow
    importlib.invalidate_caches()
    try:
        yield {
            name: Package(service, import_from(root, service.package))
            for name, service in built.items()
        }
    finally:
        sys.path.remove(str(root))
        for service in built.values():
            forget(service.package)


class Peer:
    """A client of either mode, driven from one coroutine: ``await peer.got(client.call())``
    awaits the call when the client is async and passes the result through when it is not,
    so one test body runs both clients."""

    def __init__(self, package: Package, client: Any, mode: Mode) -> None:
        self.client = client
        self.mode = mode
        self.errors = package.part("errors")
        self.models = package.part("models")

    async def got(self, result: Any) -> Any:
        return await result if self.mode == "async" else result

    async def pages(self, paginator: Any) -> list[Any]:
        if self.mode == "async":
            return [page async for page in paginator]
        return list(paginator)

    async def items(self, paginator: Any) -> list[Any]:
        if self.mode == "async":
            return [item async for item in paginator.items()]
        return list(paginator.items())


def run(
    package: Package, mode: Mode, url: str, scenario: Callable[[Peer], Awaitable[None]]
) -> None:
    """Run ``scenario`` with a fresh client of ``mode`` for ``url`` (closed afterwards), with
    dummy credentials given to the client: none come from the environment."""
    options = {"region": REGION, "endpoint_url": url, "credentials": CREDENTIALS}
    module, service = package.module, package.service

    async def main() -> None:
        if mode == "sync":
            with getattr(module, service.client_class)(**options) as client:
                await scenario(Peer(package, client, mode))
        else:
            async with getattr(module, service.async_client_class)(**options) as client:
                await scenario(Peer(package, client, mode))

    asyncio.run(main())


@pytest.fixture
def url(moto_url: str, clean_aws_env: None) -> str:
    """A freshly reset emulator, and no AWS settings from the developer's environment."""
    return moto_url


FAST = {"delay": 0.01, "max_attempts": 5}
"""Waiter timing: moto creates things at once."""


@pytest.mark.parametrize("mode", MODES)
def test_secretsmanager(packages: dict[str, Package], mode: Mode, url: str) -> None:
    value = "hunter2-do-not-print"

    async def scenario(p: Peer) -> None:
        c = p.client
        created = await p.got(c.create_secret(name="db/password", secret_string=value))
        assert created.name == "db/password"
        got = await p.got(c.get_secret_value(secret_id="db/password"))
        assert (got.arn, got.secret_string) == (created.arn, value)
        assert value not in repr(got)  # SecretString is sensitive

        for i in range(1, MANY):
            await p.got(c.create_secret(name=f"db/other-{i}", secret_string="x"))
        pages = await p.pages(c.paginate_list_secrets(page_size=PAGE))
        assert [len(page.secret_list) for page in pages] == [PAGE, MANY - PAGE]
        names = [s.name for s in await p.items(c.paginate_list_secrets(page_size=PAGE))]
        assert sorted(names) == ["db/other-1", "db/other-2", "db/password"]

        with pytest.raises(p.errors.ResourceNotFoundException) as caught:
            await p.got(c.get_secret_value(secret_id="missing"))
        assert caught.value.code == "ResourceNotFoundException"
        assert isinstance(caught.value, p.errors.SecretsManagerError)

    run(packages["secretsmanager"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_sqs(packages: dict[str, Package], mode: Mode, url: str) -> None:
    async def scenario(p: Peer) -> None:
        c = p.client
        queue_url = (await p.got(c.create_queue(queue_name="jobs-0"))).queue_url
        assert queue_url.endswith(f"/{ACCOUNT}/jobs-0")
        sent = await p.got(c.send_message(queue_url=queue_url, message_body='{"job": 1}'))
        received = await p.got(c.receive_message(queue_url=queue_url, max_number_of_messages=5))
        (message,) = received.messages
        assert (message.message_id, message.body) == (sent.message_id, '{"job": 1}')

        for i in range(1, MANY):
            await p.got(c.create_queue(queue_name=f"jobs-{i}"))
        pages = await p.pages(c.paginate_list_queues(page_size=PAGE))
        assert [len(page.queue_urls) for page in pages] == [PAGE, MANY - PAGE]
        urls = await p.items(c.paginate_list_queues(page_size=PAGE))
        assert sorted(u.rsplit("/", 1)[1] for u in urls) == ["jobs-0", "jobs-1", "jobs-2"]

        # SQS is awsQueryCompatible: the code is the awsQuery one, the class the modelled one.
        with pytest.raises(p.errors.QueueDoesNotExist) as caught:
            await p.got(c.get_queue_url(queue_name="missing"))
        assert caught.value.code == "AWS.SimpleQueueService.NonExistentQueue"

    run(packages["sqs"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_dynamodb(packages: dict[str, Package], mode: Mode, url: str) -> None:
    async def scenario(p: Peer) -> None:
        c, m = p.client, p.models
        for i in range(MANY):
            await p.got(
                c.create_table(
                    table_name=f"table-{i}",
                    attribute_definitions=[
                        m.AttributeDefinition(attribute_name="pk", attribute_type="S")
                    ],
                    key_schema=[m.KeySchemaElement(attribute_name="pk", key_type="HASH")],
                    billing_mode="PAY_PER_REQUEST",
                )
            )
        table = await p.got(c.wait_until_table_exists(table_name="table-0", **FAST))
        assert table.table.table_status == "ACTIVE"

        item = {"pk": m.AttributeValue(s="alice"), "visits": m.AttributeValue(n="3")}
        await p.got(c.put_item(table_name="table-0", item=item))
        got = await p.got(c.get_item(table_name="table-0", key={"pk": m.AttributeValue(s="alice")}))
        assert got.item == item

        pages = await p.pages(c.paginate_list_tables(page_size=PAGE))
        assert [len(page.table_names) for page in pages] == [PAGE, MANY - PAGE]
        names = await p.items(c.paginate_list_tables(page_size=PAGE))
        assert names == ["table-0", "table-1", "table-2"]

        with pytest.raises(p.errors.ResourceNotFoundException) as caught:
            await p.got(c.get_item(table_name="missing", key={"pk": m.AttributeValue(s="a")}))
        assert caught.value.code == "ResourceNotFoundException"

    run(packages["dynamodb"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_kms(packages: dict[str, Package], mode: Mode, url: str) -> None:
    async def scenario(p: Peer) -> None:
        c = p.client
        key_ids = [
            (await p.got(c.create_key(description=f"key {i}"))).key_metadata.key_id
            for i in range(MANY)
        ]
        encrypted = await p.got(c.encrypt(key_id=key_ids[0], plaintext=b"attack at dawn"))
        assert encrypted.ciphertext_blob and b"attack" not in encrypted.ciphertext_blob
        decrypted = await p.got(c.decrypt(ciphertext_blob=encrypted.ciphertext_blob))
        assert decrypted.plaintext == b"attack at dawn"
        assert decrypted.key_id == encrypted.key_id
        assert b"attack" not in repr(decrypted).encode()  # Plaintext is sensitive

        listed = await p.items(c.paginate_list_keys(page_size=PAGE))
        assert sorted(k.key_id for k in listed) == sorted(key_ids)
        # moto answers ListKeys in one page whatever its Limit; ListKeyRotations pages.
        for _ in range(MANY):
            await p.got(c.rotate_key_on_demand(key_id=key_ids[0]))
        rotations = c.paginate_list_key_rotations(key_id=key_ids[0], page_size=PAGE)
        pages = await p.pages(rotations)
        assert [len(page.rotations) for page in pages] == [PAGE, MANY - PAGE]
        assert [page.truncated for page in pages] == [True, False]
        rotated = await p.items(rotations)
        assert [r.rotation_type for r in rotated] == ["ON_DEMAND"] * MANY

        with pytest.raises(p.errors.NotFoundException) as caught:
            await p.got(c.describe_key(key_id="00000000-0000-0000-0000-000000000000"))
        assert caught.value.code == "NotFoundException"

    run(packages["kms"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_kinesis(packages: dict[str, Package], mode: Mode, url: str) -> None:
    async def scenario(p: Peer) -> None:
        c = p.client
        await p.got(c.create_stream(stream_name="clicks", shard_count=MANY))
        await p.got(c.create_stream(stream_name="views", shard_count=1))
        waited = await p.got(c.wait_until_stream_exists(stream_name="clicks", **FAST))
        assert waited.stream_description.stream_status == "ACTIVE"
        summary = await p.got(c.describe_stream_summary(stream_name="clicks"))
        assert summary.stream_description_summary.open_shard_count == MANY
        put = await p.got(c.put_record(stream_name="clicks", data=b"click", partition_key="u1"))
        assert put.shard_id and put.sequence_number

        shards = c.paginate_list_shards(stream_name="clicks", page_size=PAGE)
        pages = await p.pages(shards)
        assert [len(page.shards) for page in pages] == [PAGE, MANY - PAGE]
        shard_ids = [shard.shard_id for shard in await p.items(shards)]
        assert put.shard_id in shard_ids and len(set(shard_ids)) == MANY
        # Several result members (StreamNames, StreamSummaries): pages only. moto pages
        # ListStreams by ExclusiveStartStreamName, not NextToken: one page here.
        (page,) = await p.pages(c.paginate_list_streams())
        assert (page.stream_names, page.has_more_streams) == (["clicks", "views"], False)

        with pytest.raises(p.errors.ResourceNotFoundException) as caught:
            await p.got(c.describe_stream_summary(stream_name="missing"))
        assert caught.value.code == "ResourceNotFoundException"

    run(packages["kinesis"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_ssm(packages: dict[str, Package], mode: Mode, url: str) -> None:
    async def scenario(p: Peer) -> None:
        c = p.client
        await p.got(c.put_parameter(name="/app/token", value="s3cr3t-t0ken", type="SecureString"))
        for i in range(1, MANY):
            await p.got(c.put_parameter(name=f"/app/setting-{i}", value=str(i), type="String"))
        got = await p.got(c.get_parameter(name="/app/token", with_decryption=True))
        assert (got.parameter.name, got.parameter.value) == ("/app/token", "s3cr3t-t0ken")
        assert "s3cr3t-t0ken" not in repr(got)  # a parameter's value is sensitive

        by_path = c.paginate_get_parameters_by_path(path="/app", page_size=PAGE)
        pages = await p.pages(by_path)
        assert [len(page.parameters) for page in pages] == [PAGE, MANY - PAGE]
        names = sorted(param.name for param in await p.items(by_path))
        assert names == ["/app/setting-1", "/app/setting-2", "/app/token"]

        with pytest.raises(p.errors.ParameterNotFound) as caught:
            await p.got(c.get_parameter(name="/app/missing"))
        assert caught.value.code == "ParameterNotFound"

    run(packages["ssm"], mode, url, scenario)


def test_ssm_command_waiter(packages: dict[str, Package], url: str) -> None:
    """SSM's one waiter, CommandExecuted: moto runs a command at once."""

    async def scenario(p: Peer) -> None:
        c = p.client
        sent = await p.got(
            c.send_command(
                document_name="AWS-RunShellScript",
                instance_ids=["i-0123456789abcdef0"],
                parameters={"commands": ["true"]},
            )
        )
        done = await p.got(
            c.wait_until_command_executed(
                command_id=sent.command.command_id, instance_id="i-0123456789abcdef0", **FAST
            )
        )
        assert done.status == "Success"

    for mode in MODES:
        run(packages["ssm"], mode, url, scenario)


@pytest.mark.parametrize("mode", MODES)
def test_stepfunctions(packages: dict[str, Package], mode: Mode, url: str) -> None:
    role = f"arn:aws:iam::{ACCOUNT}:role/step-functions"
    definition = json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})

    async def scenario(p: Peer) -> None:
        c = p.client
        arns = [
            (
                await p.got(
                    c.create_state_machine(name=f"flow-{i}", definition=definition, role_arn=role)
                )
            ).state_machine_arn
            for i in range(MANY)
        ]
        described = await p.got(c.describe_state_machine(state_machine_arn=arns[0]))
        assert (described.name, described.role_arn) == ("flow-0", role)
        assert json.loads(described.definition) == json.loads(definition)

        pages = await p.pages(c.paginate_list_state_machines(page_size=PAGE))
        assert [len(page.state_machines) for page in pages] == [PAGE, MANY - PAGE]
        listed = await p.items(c.paginate_list_state_machines(page_size=PAGE))
        assert sorted(m.state_machine_arn for m in listed) == sorted(arns)

        missing = f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:missing"
        with pytest.raises(p.errors.StateMachineDoesNotExist) as caught:
            await p.got(c.describe_state_machine(state_machine_arn=missing))
        assert caught.value.code == "StateMachineDoesNotExist"

    run(packages["stepfunctions"], mode, url, scenario)


def test_every_service_is_covered(packages: dict[str, Package]) -> None:
    """Each generated package is the one under test, not a copy imported from elsewhere."""
    for name, package in packages.items():
        assert package.module.__model__["service"] == package.service.service_name, name
        assert Path(str(package.module.__file__)).parent.name == package.service.package

"""Every awsJson service of the pinned botocore, generated and used.

The session's fixture generates each service (``python -m codegen generate --service``'s build
and rendering, without ruff's formatting, which changes layout and not meaning) into a temporary
folder. Then, for each service, named in the test's id:

- the package imports, and both clients are built for a Region (the endpoint botocore resolves
  for it) and for an ``endpoint_url``;
- a sample of its operations agrees with botocore: random valid requests serialize as botocore
  serializes them and random responses parse as botocore parses them
  (``tests.conformance.agreement``);
- for a rotating sample of services, the package as ``generate`` writes it (formatted) passes
  ``mypy --strict``.

Samples are deterministic given ``SERVICES_SAMPLE`` (any string; the day's date when unset, so
that CI covers other operations and services from day to day and a failure reruns the same
way). ``SERVICES_OPERATIONS`` sets the operations per service, ``SERVICES_MYPY`` the services
type-checked. The last test prints the count line: generated / importing / agreeing /
type-clean.

``cognito-idp`` is generated like the others but not imported: the committed ``cognito_idp``
owns that name, and ``tests/conformance`` checks every one of its operations.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import botocore.session
import pytest
from botocore.endpoint_provider import EndpointProvider
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen import services
from codegen.ir import Service
from tests.conformance.agreement import Agreement
from tests.conformance.strategies import model_of
from tests.support.services import generate_service, import_from
from tests.support.synthetic import ROOT, forget

SERVICES = services.json_services()
SAMPLE = os.environ.get("SERVICES_SAMPLE") or datetime.date.today().isoformat()
OPERATIONS_PER_SERVICE = int(os.environ.get("SERVICES_OPERATIONS", "3"))
MYPY_SERVICES = int(os.environ.get("SERVICES_MYPY", "3"))
EXAMPLES = 8
"""Hypothesis examples per operation and direction: breadth over services, not depth (the
committed package gets 80 per operation in tests/conformance)."""

OWNED_ELSEWHERE = frozenset({"cognito-idp"})
"""Services whose package name the committed package owns: generated, not imported."""

IMPORTED = [s for s in SERVICES if s not in OWNED_ELSEWHERE]
MYPY_SAMPLE = sorted(random.Random(f"mypy {SAMPLE}").sample(IMPORTED, MYPY_SERVICES))


@dataclass
class Outcome:
    """What each stage found, for the count line."""

    generated: set[str] = field(default_factory=set[str])
    importing: set[str] = field(default_factory=set[str])
    agreeing: set[str] = field(default_factory=set[str])
    type_clean: set[str] = field(default_factory=set[str])
    seconds: dict[str, float] = field(default_factory=dict[str, float])


OUTCOME = Outcome()


@dataclass(frozen=True)
class Generated:
    root: Path
    built: dict[str, Service]
    json: dict[str, dict[str, object]]
    failures: dict[str, str]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    start = time.perf_counter()
    root = tmp_path_factory.mktemp("services")
    elsewhere = tmp_path_factory.mktemp("owned-elsewhere")
    built: dict[str, Service] = {}
    models: dict[str, dict[str, object]] = {}
    failures: dict[str, str] = {}
    for name in SERVICES:
        try:
            service, pinned = generate_service(
                name,
                elsewhere if name in OWNED_ELSEWHERE else root,
                formatted=name in MYPY_SAMPLE,  # exactly what ``generate`` writes
            )
        except Exception as e:  # recorded, and reported by that service's tests
            failures[name] = f"{type(e).__name__}: {e}"
            continue
        built[name], models[name] = service, pinned.service
        OUTCOME.generated.add(name)
    OUTCOME.seconds["generate"] = time.perf_counter() - start
    # Last on the path: a package may not shadow anything the session already imports.
    sys.path.append(str(root))
    importlib.invalidate_caches()
    yield Generated(root=root, built=built, json=models, failures=failures)
    sys.path.remove(str(root))
    for service in built.values():
        forget(service.package)


def _service(generated: Generated, name: str) -> Service:
    if name in generated.failures:
        pytest.fail(f"{name} was not generated: {generated.failures[name]}")
    return generated.built[name]


def _import(generated: Generated, name: str) -> Any:
    return import_from(generated.root, _service(generated, name).package)


@pytest.mark.parametrize("name", SERVICES)
def test_generates(generated: Generated, name: str) -> None:
    service = _service(generated, name)
    assert service.operations, f"{name}: no operation generated"


def _botocore_endpoint(generated: Generated, name: str, region: str) -> str:
    service = generated.built[name]
    assert service.endpoint_rules is not None and service.partitions is not None
    declared = cast(dict[str, dict[str, object]], service.endpoint_rules["parameters"])
    if any(
        p.get("required") and "builtIn" not in p and "default" not in p for p in declared.values()
    ):
        # Only operations give the rule set what it requires (ACM's ServiceType): the client's
        # endpoint is the one botocore's client shows.
        session = botocore.session.Session()
        session.set_credentials("AKID", "SECRET")
        return str(session.create_client(name, region_name=region).meta.endpoint_url)
    provider = EndpointProvider(dict(service.endpoint_rules), dict(service.partitions))
    given = {"Region": region, "UseFIPS": False, "UseDualStack": False}
    return str(provider.resolve_endpoint(**{k: v for k, v in given.items() if k in declared}).url)


@pytest.mark.parametrize("name", IMPORTED)
def test_imports_and_builds_both_clients(
    generated: Generated, name: str, clean_aws_env: None
) -> None:
    service = _service(generated, name)
    package = _import(generated, name)
    assert package.__model__["service"] == service.service_name
    sync_cls = getattr(package, service.client_class)
    async_cls = getattr(package, service.async_client_class)
    region = "us-west-2"
    with sync_cls(region=region) as client:
        # The endpoint rules resolve the Region to the endpoint botocore's rules resolve.
        assert client.meta.endpoint_url == _botocore_endpoint(generated, name, region)
    with sync_cls(region=region, endpoint_url="http://localhost:4566") as client:
        assert client.meta.endpoint_url == "http://localhost:4566"

    async def build_async() -> None:
        async with async_cls(region=region, endpoint_url="http://localhost:4566") as client:
            assert client.meta.endpoint_url == "http://localhost:4566"

    asyncio.run(build_async())
    OUTCOME.importing.add(name)


def _sample(service: Service, name: str) -> list[str]:
    operations = sorted(op.name for op in service.operations)
    count = min(OPERATIONS_PER_SERVICE, len(operations))
    return sorted(random.Random(f"{name} {SAMPLE}").sample(operations, count))


_EXAMPLES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    # Big request shapes (DynamoDB BatchWriteItem) are large, slow to draw, and drawn again
    # when too large: the examples that come through are what is compared.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


@pytest.mark.parametrize("name", IMPORTED)
def test_sample_of_operations_agrees_with_botocore(generated: Generated, name: str) -> None:
    service = _service(generated, name)
    package = _import(generated, name)
    spec = importlib.import_module(f"{package.__name__}._service").SERVICE
    agreement = Agreement(model_of(service, generated.json[name]), spec, name)
    for operation in _sample(service, name):

        @_EXAMPLES
        @given(data=st.data())
        def request(data: st.DataObject) -> None:
            agreement.request(operation, data)  # noqa: B023 (run before the loop moves on)

        @_EXAMPLES
        @given(data=st.data())
        def response(data: st.DataObject) -> None:
            agreement.response(operation, data)  # noqa: B023 (run before the loop moves on)

        try:
            request()
            response()
        except BaseException as e:
            e.add_note(f"{name} {operation} (SERVICES_SAMPLE={SAMPLE!r})")
            raise
    OUTCOME.agreeing.add(name)


@pytest.mark.parametrize("name", MYPY_SAMPLE)
def test_sample_of_services_passes_mypy_strict(generated: Generated, name: str) -> None:
    package = _service(generated, name).package
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(generated.root)])}
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=generated.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, f"SERVICES_SAMPLE={SAMPLE!r}\n{proc.stdout}{proc.stderr}"
    OUTCOME.type_clean.add(name)


def test_count_line(generated: Generated, capsys: pytest.CaptureFixture[str]) -> None:
    """The counts of this run, printed whatever the output capture (and asserted: every
    service generated)."""
    line = (
        f"awsJson services of botocore {services.botocore_version()}: "
        f"{len(OUTCOME.generated)}/{len(SERVICES)} generated "
        f"({OUTCOME.seconds['generate']:.0f} s), "
        f"{len(OUTCOME.importing)}/{len(IMPORTED)} importing, "
        f"{len(OUTCOME.agreeing)}/{len(IMPORTED)} agreeing with botocore "
        f"({OPERATIONS_PER_SERVICE} operations each), "
        f"{len(OUTCOME.type_clean)}/{len(MYPY_SAMPLE)} type-clean ({', '.join(MYPY_SAMPLE)}); "
        f"SERVICES_SAMPLE={SAMPLE!r}"
    )
    with capsys.disabled():
        print(f"\n{line}")
    assert generated.failures == {}

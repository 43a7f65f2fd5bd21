"""The committed package covers the whole pinned model, the same way on both clients."""

from __future__ import annotations

import asyncio
import enum
import inspect
import json
import sys
from pathlib import Path

import pytest

from codegen.naming import snake
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient, models
from cognito_idp import errors as errors_module

ROOT = Path(__file__).resolve().parents[2]
MODEL = json.loads((ROOT / "model/cognito-idp/service-2.json").read_text(encoding="utf-8"))
PAGINATORS = json.loads((ROOT / "model/cognito-idp/paginators-1.json").read_text())["pagination"]
SHAPES = MODEL["shapes"]
OPERATIONS = sorted(MODEL["operations"])


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_has_identical_sync_and_async_methods(operation: str) -> None:
    name = snake(operation)
    sync = getattr(CognitoIdentityProviderClient, name)
    async_ = getattr(AsyncCognitoIdentityProviderClient, name)
    assert inspect.signature(sync) == inspect.signature(async_)
    assert inspect.iscoroutinefunction(async_) and not inspect.iscoroutinefunction(sync)
    doc = inspect.getdoc(sync) or ""
    assert "\nRaises:\n" in doc
    if MODEL["operations"][operation].get("output"):
        assert "\nReturns:\n" in doc
    for error in MODEL["operations"][operation].get("errors", []):
        assert f"    {error['shape']}:\n" in doc


def test_counts_follow_the_pinned_model() -> None:
    methods = [
        n
        for n, v in vars(CognitoIdentityProviderClient).items()
        if inspect.isfunction(v) and not n.startswith(("_", "paginate_"))
    ]
    assert len(methods) == len(OPERATIONS)
    paginate = [n for n in vars(CognitoIdentityProviderClient) if n.startswith("paginate_")]
    assert sorted(paginate) == sorted(f"paginate_{snake(op)}" for op in PAGINATORS)
    error_shapes = {n for n, s in SHAPES.items() if s.get("exception")}
    assert set(errors_module.ERRORS) >= error_shapes
    enums = {n for n, s in SHAPES.items() if "enum" in s}
    for name in enums:
        cls = getattr(models, name)
        assert issubclass(cls, enum.StrEnum)
        assert [m.value for m in cls] == SHAPES[name]["enum"]
    structures = {
        n
        for n, s in SHAPES.items()
        if s["type"] == "structure" and not s.get("exception") and not s.get("document")
    }
    assert structures <= set(models.__all__)


def test_with_botocore_1_44_8_the_service_has_the_expected_size() -> None:
    assert len(OPERATIONS) == 153
    assert sum(1 for s in SHAPES.values() if s.get("exception")) == 60
    assert sum(1 for s in SHAPES.values() if "enum" in s) == 70
    assert len(PAGINATORS) == 11
    unsigned = [o for o in MODEL["operations"].values() if o.get("authtype") == "none"]
    assert len(unsigned) == 34


@pytest.mark.parametrize("operation", OPERATIONS)
def test_each_operation_module_is_an_attribute_of_its_package(operation: str) -> None:
    """Client methods reach their operation's module as ``_operations.<name>``."""
    from cognito_idp import _operations

    module = getattr(_operations, snake(operation))
    assert module is sys.modules[f"cognito_idp._operations.{snake(operation)}"]
    assert module.OPERATION.name == operation


def test_the_operations_package_has_no_other_attributes() -> None:
    from cognito_idp import _operations

    assert not hasattr(_operations, "no_such_operation")
    assert not hasattr(_operations, "__wrapped__")
    with pytest.raises(AttributeError, match="no_such_operation"):
        _operations.no_such_operation  # noqa: B018 (the lookup is the point)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_each_method_builds_the_request_its_arguments_describe(
    operation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Client methods build the request positionally (``new_request``, a third of a keyword
    call's cost): each argument must still land in its own field, and the object must be the
    one ``Request(**arguments)`` makes, fields set in the same order."""
    from cognito_idp import _operations

    name = snake(operation)
    module = getattr(_operations, name)
    assert module.Request is not None  # every cognito-idp operation takes an input
    params = list(inspect.signature(getattr(CognitoIdentityProviderClient, name)).parameters)
    arguments = {p: f"value-{i}" for i, p in enumerate(params[1:])}
    expected = module.Request(**arguments)
    seen: list[object] = []

    def capture(spec: object, request: object) -> None:
        seen.append(request)

    async def capture_async(spec: object, request: object) -> None:
        seen.append(request)

    client = CognitoIdentityProviderClient(region="us-east-1")
    monkeypatch.setattr(client, "_invoke", capture)  # only the request is looked at
    getattr(client, name)(**arguments)
    async_client = AsyncCognitoIdentityProviderClient(region="us-east-1")
    monkeypatch.setattr(async_client, "_invoke", capture_async)
    asyncio.run(getattr(async_client, name)(**arguments))
    for request in seen:
        assert type(request) is type(expected)
        assert list(vars(request).items()) == list(vars(expected).items())
        assert request == expected

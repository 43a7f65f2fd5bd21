"""The forms of ``paginators-1.json`` beyond one token and one list of results, generated on
a small model and run against a fake transport: ``more_results`` (the last page says so),
results that are not one list (pages only), ``non_aggregate_keys``, and tokens the SDK does not
follow (a named omission, not a wrong paginator).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.codegen.test_paginators import AsyncFakeTransport, FakeTransport, options
from tests.support.synthetic import (
    Generated,
    forget,
    metadata,
    operation,
    run_mypy,
    structure,
    write_generated,
)
from typedaws_runtime.errors import ValidationError
from typedaws_runtime.paginate import AsyncPagePaginator, PagePaginator, Paginator


def forms_model() -> dict[str, Any]:
    ops = {
        name: operation(name, f"{name}Request", f"{name}Response")
        for name in ("ListMore", "ListBoth", "ListKeyed")
    }
    for op in ops.values():
        op["authtype"] = "none"
    return {
        "metadata": metadata(),
        "operations": ops,
        "shapes": {
            "Str": {"type": "string"},
            "Bool": {"type": "boolean"},
            "Count": {"type": "integer"},
            "StrList": {"type": "list", "member": {"shape": "Str"}},
            "Key": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Str"}},
            "ListMoreRequest": structure({"Marker": "Str"}),
            "ListMoreResponse": structure(
                {"Names": "StrList", "Marker": "Str", "HasMore": "Bool", "Total": "Count"}
            ),
            "ListBothRequest": structure({"Token": "Str"}),
            "ListBothResponse": structure({"Names": "StrList", "Ids": "StrList", "Token": "Str"}),
            "ListKeyedRequest": structure({"StartKey": "Key"}),
            "ListKeyedResponse": structure({"Names": "StrList", "LastKey": "Key"}),
        },
    }


PAGINATORS = {
    "pagination": {
        "ListMore": {
            "input_token": "Marker",
            "output_token": "Marker",
            "more_results": "HasMore",
            "result_key": "Names",
            "non_aggregate_keys": ["Total"],
        },
        "ListBoth": {
            "input_token": "Token",
            "output_token": "Token",
            "result_key": ["Names", "Ids"],
        },
        "ListKeyed": {"input_token": "StartKey", "output_token": "LastKey", "result_key": "Names"},
    }
}


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("forms")
    package, files = write_generated(root, "forms", forms_model(), paginators=PAGINATORS)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


def client(forms: Generated, transport: object) -> Any:
    return forms.module("client").TinyServiceClient(**options(transport))


def test_more_results_false_ends_paging_whatever_the_token(forms: Generated) -> None:
    transport = FakeTransport(
        {"Names": ["a"], "Marker": "m1", "HasMore": True, "Total": 3},
        {"Names": ["b", "c"], "Marker": "m2", "HasMore": False, "Total": 3},
    )
    with client(forms, transport) as c:
        paginator = c.paginate_list_more()
        assert isinstance(paginator, Paginator)
        pages = list(paginator)
    assert [p.names for p in pages] == [["a"], ["b", "c"]]
    # Non-aggregate members are page fields: each page keeps its own.
    assert [p.total for p in pages] == [3, 3]
    assert transport.sent == [{}, {"Marker": "m1"}]


def test_more_results_absent_also_ends_paging(forms: Generated) -> None:
    transport = FakeTransport({"Names": ["a"], "Marker": "m1"})
    with client(forms, transport) as c:
        assert list(c.paginate_list_more().items()) == ["a"]
    assert len(transport.sent) == 1


def test_several_result_keys_give_pages_without_items(forms: Generated) -> None:
    transport = FakeTransport(
        {"Names": ["a"], "Ids": ["1"], "Token": "t1"},
        {"Names": ["b"], "Ids": ["2"]},
    )
    with client(forms, transport) as c:
        paginator = c.paginate_list_both()
        assert isinstance(paginator, PagePaginator)
        assert not hasattr(paginator, "items")
        assert [(p.names, p.ids) for p in paginator] == [(["a"], ["1"]), (["b"], ["2"])]
    assert transport.sent == [{}, {"Token": "t1"}]
    params = inspect.signature(forms.module("client").TinyServiceClient.paginate_list_both)
    assert list(params.parameters) == ["self", "starting_token"]


def test_async_pages_without_items(forms: Generated) -> None:
    transport = AsyncFakeTransport({"Names": ["a"], "Token": "t1"}, {"Ids": ["2"]})

    async def run() -> list[list[str] | None]:
        cls = forms.module("async_client").AsyncTinyServiceClient
        async with cls(**options(transport)) as c:
            paginator = c.paginate_list_both(starting_token="t0")
            assert isinstance(paginator, AsyncPagePaginator)
            return [page.ids async for page in paginator]

    assert asyncio.run(run()) == [None, ["2"]]
    assert transport.sent == [{"Token": "t0"}, {"Token": "t1"}]


def test_a_paginator_of_pages_refuses_max_items(forms: Generated) -> None:
    spec = forms.module("_operations.list_both").PAGINATOR
    request = forms.module("_operations.list_both").ListBothRequest()
    with pytest.raises(ValidationError, match="no list of items"):
        Paginator(lambda op, r: None, spec, request, max_items=2)
    with pytest.raises(TypeError, match="no single list of items"):
        list(Paginator(lambda op, r: None, spec, request).items())


def test_a_token_that_is_not_a_string_is_a_named_omission(forms: Generated) -> None:
    cls = forms.module("client").TinyServiceClient
    assert not hasattr(cls, "paginate_list_keyed")
    assert hasattr(cls, "list_keyed")
    assert "ListKeyed: its input_token StartKey is not a string" in " ".join(cls.__doc__.split())


def test_generated_forms_pass_mypy_strict(forms: Generated) -> None:
    proc = run_mypy(forms.root, forms.package)
    assert proc.returncode == 0, proc.stdout + proc.stderr

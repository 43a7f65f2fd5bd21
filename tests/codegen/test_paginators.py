"""Paginators from ``paginators-1.json``: generated on a small synthetic model, then used.

The generated package talks to a fake in-memory transport, so these tests check the generated
glue (method signatures, the request of each page, the items) without any server.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.build import ModelError, build_service
from codegen.emit.clients import control_params
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import (
    PROVENANCE,
    forget,
    metadata,
    operation,
    run_mypy,
    signature,
    structure,
    write_generated,
)
from typedaws_runtime.errors import PaginationError
from typedaws_runtime.http import HttpRequest, HttpResponse
from typedaws_runtime.paginate import AsyncPaginator, Paginator

# --------------------------------------------------------------------------------------------
# The model


def paged_model() -> dict[str, Any]:
    """Three paginated operations (optional, required and no limit) and one plain one."""
    ops = {
        "ListThings": operation("ListThings", "ListThingsRequest", "ListThingsResponse"),
        "ListAll": operation("ListAll", "ListAllRequest", "ListAllResponse"),
        "ListNoLimit": operation("ListNoLimit", "ListNoLimitRequest", "ListNoLimitResponse"),
        "GetThing": operation("GetThing", "GetThingRequest", "GetThingResponse"),
    }
    for op in ops.values():
        op["authtype"] = "none"
    return {
        "metadata": metadata(),
        "operations": ops,
        "shapes": {
            "Str": {"type": "string"},
            "Token": {"type": "string", "min": 1},
            "PageSize": {"type": "integer", "min": 1, "max": 50},
            "Max": {"type": "integer", "min": 1, "max": 25},
            "Thing": structure({"Id": "Str"}, ("Id",)),
            "ThingList": {"type": "list", "member": {"shape": "Thing"}},
            "StrList": {"type": "list", "member": {"shape": "Str"}},
            "ListThingsRequest": structure(
                {"Filter": "Str", "MaxResults": "PageSize", "NextToken": "Token", "Owner": "Str"},
                ("Owner",),
            ),
            "ListThingsResponse": structure({"Things": "ThingList", "NextToken": "Token"}),
            "ListAllRequest": structure({"Max": "Max", "Marker": "Token"}, ("Max",)),
            "ListAllResponse": structure({"Names": "StrList", "NextMarker": "Token"}, ("Names",)),
            "ListNoLimitRequest": structure({"Token": "Token"}),
            "ListNoLimitResponse": structure({"Names": "StrList", "Token": "Token"}),
            "GetThingRequest": structure({"Id": "Str"}, ("Id",)),
            "GetThingResponse": structure({"Thing": "Thing"}),
        },
    }


def paginators() -> dict[str, Any]:
    return {
        "pagination": {
            "ListThings": {
                "input_token": "NextToken",
                "output_token": "NextToken",
                "limit_key": "MaxResults",
                "result_key": "Things",
            },
            "ListAll": {
                "input_token": ["Marker"],
                "output_token": ["NextMarker"],
                "limit_key": "Max",
                "result_key": ["Names"],
            },
            "ListNoLimit": {"input_token": "Token", "output_token": "Token", "result_key": "Names"},
        }
    }


def build(model: dict[str, Any], pages: dict[str, Any] | None, **kwargs: Any) -> Any:
    return build_service(
        model,
        package="pg",
        overrides=ServiceOverrides(),
        provenance=PROVENANCE,
        paginators=pages,
        **kwargs,
    )


class Generated:
    def __init__(self, root: Path, package: str, files: dict[str, str]) -> None:
        self.root = root
        self.package = package
        self.files = files

    def module(self, rel: str) -> types.ModuleType:
        return importlib.import_module(f"{self.package}.{rel}")


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("paged")
    package, files = write_generated(root, "paged", paged_model(), paginators=paginators())
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


# --------------------------------------------------------------------------------------------
# Fake transports: answer each request with the next queued JSON body


class FakeTransport:
    def __init__(self, *bodies: dict[str, object]) -> None:
        self.bodies = list(bodies)
        self.sent: list[dict[str, object]] = []

    def send(self, request: HttpRequest) -> HttpResponse:
        self.sent.append(json.loads(request.body))
        body = json.dumps(self.bodies.pop(0)).encode()
        return HttpResponse(200, {"content-type": "application/x-amz-json-1.1"}, body)

    def close(self) -> None:
        pass


class AsyncFakeTransport:
    def __init__(self, *bodies: dict[str, object]) -> None:
        self.sync = FakeTransport(*bodies)
        self.sent = self.sync.sent

    async def send(self, request: HttpRequest) -> HttpResponse:
        return self.sync.send(request)

    async def close(self) -> None:
        pass


def options(transport: object) -> dict[str, Any]:
    return {"region": "us-east-1", "endpoint_url": "http://tiny.test", "transport": transport}


# --------------------------------------------------------------------------------------------
# Client methods


def test_both_clients_get_a_paginate_method_per_paginator(paged: Generated) -> None:
    for cls in (
        paged.module("client").TinyServiceClient,
        paged.module("async_client").AsyncTinyServiceClient,
    ):
        methods = {n for n in vars(cls) if n.startswith("paginate_")}
        assert methods == {"paginate_list_things", "paginate_list_all", "paginate_list_no_limit"}


@pytest.mark.parametrize(
    "method", ["paginate_list_things", "paginate_list_all", "paginate_list_no_limit"]
)
def test_sync_and_async_paginate_methods_have_the_samesignature(
    paged: Generated, method: str
) -> None:
    sync = getattr(paged.module("client").TinyServiceClient, method)
    asynchronous = getattr(paged.module("async_client").AsyncTinyServiceClient, method)
    *sync_params, (_, _, _, sync_return) = signature(sync)
    *async_params, (_, _, _, async_return) = signature(asynchronous)
    assert sync_params == async_params
    assert sync_return.startswith("Paginator[")
    assert async_return == "Async" + sync_return
    # The async method returns its paginator at once: ``async for`` awaits each page.
    assert not inspect.iscoroutinefunction(asynchronous)


def test_paginate_signature_leaves_out_the_token_and_the_limit(paged: Generated) -> None:
    sig = inspect.signature(paged.module("client").TinyServiceClient.paginate_list_things)
    params = sig.parameters
    assert list(params) == [
        "self",
        "owner",
        "filter",
        "page_size",
        "max_items",
        "starting_token",
    ]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(params.values())[1:])
    assert params["owner"].default is inspect.Parameter.empty
    assert params["page_size"].default is None
    assert params["max_items"].default is None
    assert str(params["page_size"].annotation) == "int | None"
    assert str(sig.return_annotation) == "Paginator[ListThingsResponse, Thing]"


def test_required_limit_defaults_to_the_model_maximum(paged: Generated) -> None:
    sig = inspect.signature(paged.module("client").TinyServiceClient.paginate_list_all)
    assert list(sig.parameters) == ["self", "page_size", "max_items", "starting_token"]
    assert sig.parameters["page_size"].default == 25
    assert str(sig.parameters["page_size"].annotation) == "int"
    assert str(sig.return_annotation) == "Paginator[ListAllResponse, str]"


def test_paginator_without_limit_key_has_no_page_size(paged: Generated) -> None:
    sig = inspect.signature(paged.module("client").TinyServiceClient.paginate_list_no_limit)
    assert list(sig.parameters) == ["self", "max_items", "starting_token"]


def test_required_limit_without_maximum_must_be_given() -> None:
    model = paged_model()
    del model["shapes"]["Max"]["max"]
    service = build(model, paginators())
    (op,) = [o for o in service.operations if o.name == "ListAll"]
    assert op.paginator is not None
    assert control_params(op.paginator)[0] == "page_size: int"


def test_docstring_says_what_is_paginated(paged: Generated) -> None:
    doc = paged.module("client").TinyServiceClient.paginate_list_things.__doc__
    assert "Every page of ListThings, following NextToken" in doc
    assert "ListThingsResponse" in doc and "``things``" in doc
    assert "sent as ``MaxResults``" in doc
    adoc = paged.module("async_client").AsyncTinyServiceClient.paginate_list_things.__doc__
    assert "AsyncPaginator[ListThingsResponse, Thing]" in adoc


def test_client_module_imports_the_paginate_module_lazily(paged: Generated) -> None:
    text = paged.files["client.py"]
    head, _, _ = text.partition("class TinyServiceClient")
    runtime_head = head.partition("if TYPE_CHECKING:")[0]
    assert "typedaws_runtime.paginate" not in runtime_head
    assert "from typedaws_runtime.paginate import Paginator" in head  # for annotations only
    assert "typedaws_runtime.paginate" not in paged.files["_operations/list_things.py"]


# --------------------------------------------------------------------------------------------
# The operation module's page functions


def test_operation_module_reads_items_and_token(paged: Generated) -> None:
    op = paged.module("_operations.list_things")
    thing = paged.module("_shapes.thing").Thing
    page = op.ListThingsResponse(things=[thing(id="a"), thing(id="b")], next_token="t")
    assert op.items_of(page) == [thing(id="a"), thing(id="b")]
    assert op.items_of(op.ListThingsResponse()) == ()
    assert op.next_token_of(page) == "t"
    assert op.next_token_of(op.ListThingsResponse(next_token="")) is None
    request = op.ListThingsRequest(owner="me", max_results=3)
    assert op.with_token(request, "t2") == op.ListThingsRequest(
        owner="me", max_results=3, next_token="t2"
    )
    assert op.with_items(page, (thing(id="a"),)).things == [thing(id="a")]
    assert op.PAGINATOR.operation is op.OPERATION
    assert op.PAGINATOR.token_member == "NextToken"
    assert not hasattr(paged.module("_operations.get_thing"), "PAGINATOR")


# --------------------------------------------------------------------------------------------
# Running the generated paginators


def test_sync_paginator_follows_tokens(paged: Generated) -> None:
    transport = FakeTransport(
        {"Things": [{"Id": "a"}, {"Id": "b"}], "NextToken": "t1"},
        {"Things": [], "NextToken": "t2"},
        {"Things": [{"Id": "c"}]},
    )
    with paged.module("client").TinyServiceClient(**options(transport)) as client:
        paginator = client.paginate_list_things(owner="me", filter="x", page_size=2)
        assert isinstance(paginator, Paginator)
        assert [t.id for t in paginator.items()] == ["a", "b", "c"]
    assert transport.sent == [
        {"Owner": "me", "Filter": "x", "MaxResults": 2},
        {"Owner": "me", "Filter": "x", "MaxResults": 2, "NextToken": "t1"},
        {"Owner": "me", "Filter": "x", "MaxResults": 2, "NextToken": "t2"},
    ]


def test_async_paginator_follows_tokens_and_caps_items(paged: Generated) -> None:
    transport = AsyncFakeTransport(
        {"Names": ["a", "b"], "NextMarker": "m1"},
        {"Names": ["c", "d"], "NextMarker": "m2"},
    )

    async def run() -> list[list[str]]:
        cls = paged.module("async_client").AsyncTinyServiceClient
        async with cls(**options(transport)) as client:
            paginator = client.paginate_list_all(max_items=3)
            assert isinstance(paginator, AsyncPaginator)
            return [page.names async for page in paginator]

    assert asyncio.run(run()) == [["a", "b"], ["c"]]
    assert transport.sent == [{"Max": 25}, {"Max": 25, "Marker": "m1"}]


def test_repeated_token_raises_pagination_error(paged: Generated) -> None:
    transport = FakeTransport(
        {"Names": ["a"], "Token": "t1"},
        {"Names": ["b"], "Token": "t1"},
    )
    with paged.module("client").TinyServiceClient(**options(transport)) as client:
        got: list[str] = []
        with pytest.raises(PaginationError, match="ListNoLimit returned a Token"):
            got.extend(client.paginate_list_no_limit().items())
    assert got == ["a"]
    assert len(transport.sent) == 2


# --------------------------------------------------------------------------------------------
# What the generator refuses, and what it skips


def _with_entry(**entry: Any) -> dict[str, Any]:
    base = {
        "input_token": "NextToken",
        "output_token": "NextToken",
        "limit_key": "MaxResults",
        "result_key": "Things",
    }
    base.update(entry)
    return {"pagination": {"ListThings": {k: v for k, v in base.items() if v is not None}}}


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        (_with_entry(more_results="IsTruncated"), "'IsTruncated' is not a member"),
        (_with_entry(input_token="Missing"), "'Missing' is not a member of ListThingsRequest"),
        (_with_entry(limit_key="Filter"), "is not a IntegerShape"),
        (_with_entry(extra_key="X"), "unsupported keys extra_key"),
        ({"pagination": {"Nope": {}}}, "paginators of operations not in the model: Nope"),
    ],
)
def test_unsupported_paginators_raise_model_error(pages: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelError, match=message.replace("(", r"\(")):
        build(paged_model(), pages)


@pytest.mark.parametrize(
    ("pages", "why"),
    [
        (_with_entry(input_token=["NextToken", "Owner"]), "input_token is not one member"),
        (_with_entry(output_token="length(Things)"), "output_token is not one member"),
        (_with_entry(output_token="Things"), "output_token Things is not a string"),
    ],
)
def test_paginators_with_other_tokens_are_named_omissions(pages: dict[str, Any], why: str) -> None:
    """The operation stays; only its paginate method goes, and the client's docstring says
    which and why."""
    service = build(paged_model(), pages)
    (op,) = [o for o in service.operations if o.name == "ListThings"]
    assert op.paginator is None
    assert [name for name, _ in service.omitted_paginators] == ["ListThings"]
    assert why in service.omitted_paginators[0][1]
    client = render_files(service)["client.py"]
    assert "paginate_list_things" not in client
    assert "ListThings: its" in client


@pytest.mark.parametrize("result_key", ["Things.Id", ["Things", "NextToken"], "NextToken", None])
def test_results_other_than_one_list_give_pages_only(result_key: object) -> None:
    service = build(paged_model(), _with_entry(result_key=result_key, non_aggregate_keys=["X"]))
    (op,) = [o for o in service.operations if o.name == "ListThings"]
    assert op.paginator is not None
    assert op.paginator.result is None
    assert service.omitted_paginators == ()


def test_paginated_operation_without_output_raises_model_error() -> None:
    model = paged_model()
    del model["operations"]["ListThings"]["output"]
    with pytest.raises(ModelError, match="needs both an input and an output"):
        build(model, _with_entry())


def test_member_named_like_a_paginator_argument_raises_model_error() -> None:
    model = paged_model()
    model["shapes"]["ListThingsRequest"]["members"]["MaxItems"] = {"shape": "PageSize"}
    with pytest.raises(ModelError, match="max_items"):
        build(model, _with_entry())


def test_paginators_of_operations_left_out_are_skipped() -> None:
    service = build(paged_model(), paginators(), operations=["GetThing", "ListAll"])
    paginated = {o.name for o in service.operations if o.paginator is not None}
    assert paginated == {"ListAll"}


def test_no_paginators_file_means_no_paginate_methods() -> None:
    service = build(paged_model(), {"pagination": {}})
    assert all(o.paginator is None for o in service.operations)
    files = render_files(build(paged_model(), None))
    assert "paginate_" not in files["client.py"]


def test_generated_paginators_pass_mypy_strict(paged: Generated) -> None:
    proc = run_mypy(paged.root, paged.package)
    assert proc.returncode == 0, proc.stdout + proc.stderr

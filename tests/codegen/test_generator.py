"""Tests of the code generator on small synthetic models: build, render, write, generated code.

Every test generates a package from a hand-written botocore-style model into a temporary folder
and imports it (or type-checks it); nothing here reads the pinned cognito-idp model.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import enum
import importlib
import inspect
import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore import xform_name

import typedaws_runtime.serde
import typedaws_runtime.signature_types
from codegen.build import ModelError, build_service
from codegen.files import diff_package, write_package
from codegen.overrides import ServiceOverrides
from tests.support.synthetic import (
    PROVENANCE,
    ROOT,
    Generated,
    forget,
    generate_files,
    metadata,
    operation,
    package_name,
    run_mypy,
    signature,
    structure,
)
from typedaws_runtime.client import Client
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.errors import ServiceError


def is_dataclass(obj: object) -> bool:
    """``dataclasses.is_dataclass`` without its type narrowing, which hides generated members."""
    return dataclasses.is_dataclass(obj)


UTC = datetime.UTC

# --------------------------------------------------------------------------------------------
# Models


RICH_OVERRIDES = ServiceOverrides(
    sensitive_shapes=frozenset({"PinType"}), sensitive_members=frozenset({"Token"})
)


def rich_model() -> dict[str, Any]:
    """Four operations using every shape kind, shared shapes, errors, enums and secrets."""
    return {
        "metadata": metadata(),
        "operations": {
            "DoThing": operation(
                "DoThing",
                "DoThingRequest",
                "DoThingResponse",
                ("ThingError", "OtherFault"),
                authtype="none",
            ),
            "ListThingsV2": operation(
                "ListThingsV2", "ListThingsV2Request", "ListThingsV2Response", ("ThingError",)
            ),
            "GetThing": operation("GetThing", "GetThingRequest", "GetThingResponse"),
            "Close": operation("Close"),
        },
        "shapes": {
            "Str": {"type": "string"},
            "Name": {"type": "string", "min": 2, "max": 5},
            "Count": {"type": "integer", "min": 1, "max": 10},
            "Big": {"type": "long"},
            "Ratio": {"type": "float"},
            "Precise": {"type": "double"},
            "Flag": {"type": "boolean"},
            "When": {"type": "timestamp"},
            "Data": {"type": "blob"},
            "Doc": {"type": "structure", "members": {}, "document": True},
            "StrList": {"type": "list", "member": {"shape": "Str"}, "max": 2},
            "StrMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Count"}},
            "Color": {"type": "string", "enum": ["red", "green", "blue-ish"]},
            "SecretType": {"type": "string", "sensitive": True},
            "SecretList": {"type": "list", "member": {"shape": "SecretType"}},
            "SecretMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "SecretType"}},
            "PinType": {"type": "string"},
            "Nested": structure({"Inner": "Str", "Pin": "PinType"}, ("Inner",)),
            "Node": structure({"Value": "Str", "Children": "NodeList"}),
            "NodeList": {"type": "list", "member": {"shape": "Node"}},
            "Thing": structure({"Id": "Str", "Color": "Color"}, ("Id",)),
            "ThingList": {"type": "list", "member": {"shape": "Thing"}},
            "DoThingRequest": structure(
                {
                    "Name": "Name",
                    "Count": "Count",
                    "Big": "Big",
                    "Ratio": "Ratio",
                    "Precise": "Precise",
                    "Flag": "Flag",
                    "When": "When",
                    "Data": "Data",
                    "Doc": "Doc",
                    "Items": "StrList",
                    "Counts": "StrMap",
                    "Color": "Color",
                    "Nested": "Nested",
                    "Tree": "Node",
                    "Secret": "SecretType",
                    "Token": "Str",
                    "Secrets": "SecretList",
                    "SecretsByName": "SecretMap",
                },
                ("Name", "Count"),
            ),
            "DoThingResponse": structure(
                {
                    "Big": "Big",
                    "Ratio": "Ratio",
                    "Precise": "Precise",
                    "Flag": "Flag",
                    "When": "When",
                    "Data": "Data",
                    "Doc": "Doc",
                    "Items": "StrList",
                    "Counts": "StrMap",
                    "Color": "Color",
                    "Tree": "Node",
                }
            ),
            "ListThingsV2Request": structure(
                {"From": "Str", "Class": "Str", "Lambda": "Count"}, ("From",)
            ),
            "ListThingsV2Response": structure({"Things": "ThingList"}),
            "GetThingRequest": structure({"Id": "Str"}, ("Id",)),
            "GetThingResponse": structure({"Thing": "Thing"}),
            "ThingError": structure(
                {"Code": "Str", "Message": "Str", "Detail": "Str"}, exception=True
            ),
            "OtherFault": structure({}, exception=True, error={"code": "Other.Fault"}),
        },
    }


# --------------------------------------------------------------------------------------------
# Generating and importing


@pytest.fixture
def generate(tmp_path: Path) -> Iterator[Any]:
    """``generate(model, stem, overrides=None)``: write and import a package from ``model``."""
    made: list[str] = []
    sys.path.insert(0, str(tmp_path))

    def _generate(
        model: dict[str, Any], stem: str = "pkg", overrides: ServiceOverrides | None = None
    ) -> Generated:
        package = package_name(tmp_path, stem)
        files = generate_files(model, package, overrides)
        write_package(files, tmp_path / package)
        made.append(package)
        importlib.invalidate_caches()
        return Generated(tmp_path, package, files)

    yield _generate
    sys.path.remove(str(tmp_path))
    for package in made:
        forget(package)


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("rich")
    package = package_name(root, "rich")
    files = generate_files(rich_model(), package, RICH_OVERRIDES)
    write_package(files, root / package)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


# --------------------------------------------------------------------------------------------
# (1) Naming


def test_camel_case_operation_becomes_botocore_snake_case_method(rich: Generated) -> None:
    client = rich.module("client")
    method = xform_name("ListThingsV2")
    assert method == "list_things_v2"
    assert callable(getattr(client.TinyServiceClient, method))
    assert callable(client.TinyServiceClient.do_thing)
    assert callable(client.TinyServiceClient.get_thing)
    assert "_operations/list_things_v2.py" in rich.files


def test_keyword_members_get_a_trailing_underscore(rich: Generated) -> None:
    op = rich.module("_operations.list_things_v2")
    names = [f.name for f in dataclasses.fields(op.ListThingsV2Request)]
    assert names == ["from_", "class_", "lambda_"]
    request = op.ListThingsV2Request(from_="a", class_="b", lambda_=3)
    text = op.serialize_ListThingsV2Request(request)
    assert json.loads(text) == {"From": "a", "Class": "b", "Lambda": 3}
    params = inspect.signature(rich.module("client").TinyServiceClient.list_things_v2).parameters
    assert list(params) == ["self", "from_", "class_", "lambda_"]


def test_operation_named_close_does_not_shadow_the_client_close(rich: Generated) -> None:
    sync = rich.module("client").TinyServiceClient
    asynchronous = rich.module("async_client").AsyncTinyServiceClient
    assert callable(sync.close_)
    assert callable(asynchronous.close_)
    assert sync.close is Client.close
    assert "close" not in vars(sync)
    assert "close" not in vars(asynchronous)
    assert "_operations/close.py" in rich.files


def test_error_member_named_code_does_not_shadow_service_error_code(rich: Generated) -> None:
    errors = rich.module("errors")
    assert "code_" in errors.ThingError.__annotations__
    assert "code" not in errors.ThingError.__annotations__
    assert "message" not in errors.ThingError.__annotations__  # the runtime's message
    err = errors.ThingError(code="ThingError", message="boom", status_code=400, request_id="r")
    err._read_members({"Code": "E42", "Message": "boom", "Detail": "d"}, "")
    assert err.code == "ThingError"
    assert err.code_ == "E42"
    assert err.detail == "d"
    assert err.message == "boom"


# --------------------------------------------------------------------------------------------
# (2) Required and optional members


def test_request_is_keyword_only_dataclass_with_required_members_first(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    cls = op.DoThingRequest
    assert is_dataclass(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    assert list(fields)[:2] == ["name", "count"]
    for name in ("name", "count"):
        assert fields[name].default is dataclasses.MISSING
        assert fields[name].default_factory is dataclasses.MISSING
    optional = [n for n in fields if n not in ("name", "count")]
    assert len(optional) == 16
    for name in optional:
        assert fields[name].default is None, name
    assert all(f.kw_only for f in fields.values())
    with pytest.raises(TypeError):
        cls()
    with pytest.raises(TypeError):
        cls("ab", 3)
    assert cls(name="ab", count=3).big is None


def test_nested_required_member_has_no_default(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    fields = {f.name: f for f in dataclasses.fields(op.Nested)}
    assert fields["inner"].default is dataclasses.MISSING
    assert fields["pin"].default is None
    thing = {f.name: f for f in dataclasses.fields(rich.module("_shapes.thing").Thing)}
    assert thing["id"].default is dataclasses.MISSING
    assert thing["color"].default is None


# --------------------------------------------------------------------------------------------
# (3) Secrets stay out of repr


def test_sensitive_shape_and_override_members_are_not_in_repr(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    request = op.DoThingRequest(
        name="ab",
        count=3,
        secret="s3cr3t-shape-value",  # the model marks SecretType sensitive
        token="t0ken-member-value",  # ServiceOverrides.sensitive_members
        nested=op.Nested(inner="visible-inner", pin="p1n-shape-value"),  # sensitive_shapes
    )
    for text in (repr(request), str(request), repr(request.nested), str(request.nested)):
        assert "s3cr3t-shape-value" not in text
        assert "t0ken-member-value" not in text
        assert "p1n-shape-value" not in text
    assert "visible-inner" in repr(request)
    assert "name='ab'" in repr(request)


def test_lists_and_maps_of_sensitive_values_are_not_in_repr(rich: Generated) -> None:
    """SecretList is a list of the sensitive SecretType; SecretMap's values are SecretType.

    botocore has such shapes (Cognito Identity LoginsMap, AppRunner RuntimeEnvironmentSecrets,
    Storage Gateway GatewayNetworkInterfaces, ...).
    """
    op = rich.module("_operations.do_thing")
    request = op.DoThingRequest(
        name="ab",
        count=3,
        secrets=["l1st-secret-value"],
        secrets_by_name={"k": "m4p-secret-value"},
    )
    for text in (repr(request), str(request)):
        assert "l1st-secret-value" not in text
        assert "m4p-secret-value" not in text


# --------------------------------------------------------------------------------------------
# (4) Where each shape is defined; lazy models


def test_shape_placement(rich: Generated) -> None:
    pkg = rich.package
    do_thing = rich.module("_operations.do_thing")
    # Used by DoThing only (recursively, for Node): in that operation's module.
    assert do_thing.Nested.__module__ == f"{pkg}._operations.do_thing"
    assert do_thing.Node.__module__ == f"{pkg}._operations.do_thing"
    assert "class Nested" in rich.files["_operations/do_thing.py"]
    # Used by ListThingsV2 and GetThing: shared.
    thing = rich.module("_shapes.thing")
    assert thing.Thing.__module__ == f"{pkg}._shapes.thing"
    assert "class Thing" not in rich.files["_operations/list_things_v2.py"]
    assert "class Thing" not in rich.files["_operations/get_thing.py"]
    # Used by three operations: shared too.
    assert rich.module("_shapes.color").Color.__module__ == f"{pkg}._shapes.color"
    # Errors in errors.py, and nowhere else.
    errors = rich.module("errors")
    assert errors.ThingError.__module__ == f"{pkg}.errors"
    assert errors.OtherFault.__module__ == f"{pkg}.errors"
    for rel, text in rich.files.items():
        if rel != "errors.py":
            assert "class ThingError" not in text, rel
    assert sorted(rich.files) == [
        "__init__.py",
        "_boto3.py",
        "_operations/__init__.py",
        "_operations/close.py",
        "_operations/do_thing.py",
        "_operations/get_thing.py",
        "_operations/list_things_v2.py",
        "_service.py",
        "_shapes/__init__.py",
        "_shapes/color.py",
        "_shapes/thing.py",
        "async_client.py",
        "client.py",
        "errors.py",
        "models/__init__.py",
        "py.typed",
        "pytest_plugin.py",
        "testing.py",
    ]


EXPECTED_MODELS = {
    "Color": "_shapes.color",
    "DoThingRequest": "_operations.do_thing",
    "DoThingResponse": "_operations.do_thing",
    "GetThingRequest": "_operations.get_thing",
    "GetThingResponse": "_operations.get_thing",
    "ListThingsV2Request": "_operations.list_things_v2",
    "ListThingsV2Response": "_operations.list_things_v2",
    "Nested": "_operations.do_thing",
    "Node": "_operations.do_thing",
    "Thing": "_shapes.thing",
}


def test_models_lazily_exports_every_class(rich: Generated) -> None:
    pkg = rich.package
    forget(pkg)
    package = importlib.import_module(pkg)
    assert {"TinyServiceClient", "AsyncTinyServiceClient"} <= set(package.__all__)
    loaded = [n for n in sys.modules if n.startswith(f"{pkg}._operations.")]
    assert loaded == [], "importing the package must not import operation modules"
    models = importlib.import_module(f"{pkg}.models")
    loaded = [n for n in sys.modules if n.startswith((f"{pkg}._operations.", f"{pkg}._shapes."))]
    assert loaded == [], "importing models must not import shape modules"
    assert models.__all__ == sorted(models.__all__)
    assert set(EXPECTED_MODELS) <= set(models.__all__)
    assert sorted(dir(models)) == sorted(models.__all__)
    thing = models.Thing
    assert thing.__module__ == f"{pkg}._shapes.thing"
    assert f"{pkg}._operations.do_thing" not in sys.modules
    for name, module in EXPECTED_MODELS.items():
        cls = getattr(models, name)
        assert isinstance(cls, type), name
        assert cls.__module__ == f"{pkg}.{module}", name
    with pytest.raises(AttributeError):
        _ = models.NoSuchShape


def test_every_export_of_models_resolves(rich: Generated) -> None:
    models = rich.module("models")
    for name in models.__all__:
        assert isinstance(getattr(models, name), type), name


# --------------------------------------------------------------------------------------------
# (5) Errors


def test_every_modelled_error_subclasses_the_service_base_error(rich: Generated) -> None:
    errors = rich.module("errors")
    base = errors.TinyServiceError
    assert issubclass(base, ServiceError)
    assert issubclass(errors.ThingError, base)
    assert issubclass(errors.OtherFault, base)
    assert dict(errors.ERRORS) == {
        "ThingError": errors.ThingError,
        "OtherFault": errors.OtherFault,
        "Other.Fault": errors.OtherFault,
    }
    loaded_base, mapping = rich.module("_service").SERVICE.load_errors()
    assert loaded_base is base
    assert mapping is errors.ERRORS


def test_error_base_name_follows_the_client_name(generate: Any) -> None:
    """botocore's client class name (what boto3 users know): the abbreviation without
    "Amazon"/"AWS", else the full name."""
    model = {
        "metadata": {**metadata("my-cool svc"), "serviceAbbreviation": "Amazon My-Cool"},
        "operations": {"Op": operation("Op", errors=("Boom",))},
        "shapes": {"Boom": structure({}, exception=True)},
    }
    errors = generate(model, "errname").module("errors")
    assert issubclass(errors.MyCoolError, ServiceError)
    assert issubclass(errors.Boom, errors.MyCoolError)


def test_enum_used_only_by_an_error_is_defined(generate: Any) -> None:
    """Common in botocore: e.g. Transcribe BadRequestException.Reason, Glue errors' codes."""
    model = {
        "metadata": metadata("Tiny"),
        "operations": {"Op": operation("Op", "OpRequest", None, ("BadThing",))},
        "shapes": {
            "Str": {"type": "string"},
            "OpRequest": structure({"A": "Str"}),
            "Reason": {"type": "string", "enum": ["TOO_BIG", "TOO_SMALL"]},
            "BadThing": structure({"Reason": "Reason"}, exception=True),
        },
    }
    gen = generate(model, "errenum")
    errors = gen.module("errors")
    err: Any = errors.BadThing(code="BadThing", message="", status_code=400, request_id=None)
    err._read_members({"Reason": "TOO_BIG"}, "")
    assert err.reason == "TOO_BIG"
    models = gen.module("models")
    for name in models.__all__:
        getattr(models, name)


def test_shape_named_like_the_base_error_does_not_replace_it(generate: Any) -> None:
    """Storage Gateway has a StorageGatewayError structure, used only by its errors."""
    model = {
        "metadata": metadata("Tiny"),
        "operations": {"Op": operation("Op", "OpRequest", None, ("BadThing",))},
        "shapes": {
            "Str": {"type": "string"},
            "OpRequest": structure({"A": "Str"}),
            "TinyError": structure({"Detail": "Str"}),
            "BadThing": structure({"Error": "TinyError"}, exception=True),
        },
    }
    gen = generate(model, "errclash")
    errors = gen.module("errors")
    base, _ = gen.module("_service").SERVICE.load_errors()
    assert issubclass(base, ServiceError)
    assert issubclass(errors.BadThing, base)
    err: Any = errors.BadThing(code="BadThing", message="", status_code=400, request_id=None)
    err._read_members({"Error": {"Detail": "d"}}, "")
    assert is_dataclass(err.error)
    assert err.error.detail == "d"
    # The structure keeps its model name with a trailing "_", as other clashing names do.
    assert is_dataclass(gen.module("models").TinyError_)


# --------------------------------------------------------------------------------------------
# (6) Enums


def test_enum_shape_is_a_str_enum(rich: Generated) -> None:
    color = rich.module("_shapes.color").Color
    assert issubclass(color, enum.StrEnum)
    assert {m.name: m.value for m in color} == {
        "RED": "red",
        "GREEN": "green",
        "BLUE_ISH": "blue-ish",
    }


def test_response_parsing_keeps_unknown_enum_values_as_str(rich: Generated) -> None:
    """A value the model does not list is kept, as ``Unmodelled``: a ``str`` that an input of
    the same enum takes back."""
    color = rich.module("_shapes.color").Color
    op = rich.module("_operations.do_thing")
    known = op.parse_DoThingResponse({"Color": "blue-ish"}, "")
    assert known.color is color.BLUE_ISH
    unknown = op.parse_DoThingResponse({"Color": "ultraviolet"}, "")
    assert unknown.color == "ultraviolet"
    assert type(unknown.color) is Unmodelled
    assert isinstance(unknown.color, str)
    thing = rich.module("_shapes.thing").parse_Thing({"Id": "t", "Color": "mauve"}, "")
    assert thing.color == "mauve"
    assert type(thing.color) is Unmodelled


# --------------------------------------------------------------------------------------------
# (7) Serializing and parsing every kind of shape


def _no_constant(name: str) -> object:
    raise AssertionError(f"{name} is not JSON")


def test_serialize_every_kind(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    color = rich.module("_shapes.color").Color
    request = op.DoThingRequest(
        name="ab",
        count=3,
        big=2**40,
        ratio=math.nan,
        precise=1.5,
        flag=False,
        when=datetime.datetime(2020, 1, 1, tzinfo=UTC),
        data=b"hello",
        doc={"a": [1, None, "x"], "b": {"c": True}},
        items=("x", "y"),
        counts={"k": 2},
        color=color.GREEN,
        nested=op.Nested(inner="i"),
        tree=op.Node(value="root", children=[op.Node(value="leaf", children=[])]),
        secret="s",
        token="t",
        secrets=["a"],
        secrets_by_name={"k": "v"},
    )
    text = op.serialize_DoThingRequest(request)
    expected = {
        "Name": "ab",
        "Count": 3,
        "Big": 2**40,
        "Ratio": "NaN",
        "Precise": 1.5,
        "Flag": False,
        "When": 1577836800,
        "Data": base64.b64encode(b"hello").decode(),
        "Doc": {"a": [1, None, "x"], "b": {"c": True}},
        "Items": ["x", "y"],
        "Counts": {"k": 2},
        "Color": "green",
        "Nested": {"Inner": "i"},
        "Tree": {"Value": "root", "Children": [{"Value": "leaf", "Children": []}]},
        "Secret": "s",
        "Token": "t",
        "Secrets": ["a"],
        "SecretsByName": {"k": "v"},
    }
    # Valid JSON (no bare NaN), and compact: as json.dumps writes the same value.
    out = json.loads(text, parse_constant=_no_constant)
    assert out == expected
    assert text == json.dumps(out, separators=(",", ":"), ensure_ascii=False)
    assert out["Data"] == "aGVsbG8="


def test_serialize_omits_unset_members_and_special_floats(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    text = op.serialize_DoThingRequest(
        op.DoThingRequest(
            name="ab",
            count=1,
            ratio=math.inf,
            precise=-math.inf,
            when=datetime.datetime(2020, 1, 1, 0, 0, 0, 500000, tzinfo=UTC),
        )
    )
    assert json.loads(text, parse_constant=_no_constant) == {
        "Name": "ab",
        "Count": 1,
        "Ratio": "Infinity",
        "Precise": "-Infinity",
        "When": 1577836800.5,
    }


def test_parse_every_kind(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    color = rich.module("_shapes.color").Color
    body = json.loads(
        json.dumps(
            {
                "Big": 2**40,
                "Ratio": 2.5,
                "Precise": "NaN",
                "Flag": False,
                "When": 1577836800.25,
                "Data": base64.b64encode(b"\x00\xffbytes").decode(),
                "Doc": {"a": [1, None, "x"]},
                "Items": ["x", "y"],
                "Counts": {"k": 2},
                "Color": "red",
                "Tree": {"Value": "root", "Children": [{"Value": "leaf"}]},
                "Unknown": "ignored",
            }
        )
    )
    response = op.parse_DoThingResponse(body, "")
    assert isinstance(response, op.DoThingResponse)
    assert response.big == 2**40
    assert response.ratio == 2.5
    assert math.isnan(response.precise)
    assert response.flag is False
    assert response.when == datetime.datetime(2020, 1, 1, 0, 0, 0, 250000, tzinfo=UTC)
    assert response.when.tzinfo is not None
    assert response.when.utcoffset() == datetime.timedelta(0)
    assert response.data == b"\x00\xffbytes"
    assert type(response.data) is bytes
    assert response.doc == {"a": [1, None, "x"]}
    assert response.items == ["x", "y"]
    assert response.counts == {"k": 2}
    assert response.color is color.RED
    assert response.tree == op.Node(value="root", children=[op.Node(value="leaf")])
    assert isinstance(response.tree.children[0], op.Node)
    empty = op.parse_DoThingResponse({}, "")
    assert all(getattr(empty, f.name) is None for f in dataclasses.fields(empty))


def test_recursive_structure_round_trips(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    tree = op.Node(
        value="a",
        children=[op.Node(value="b", children=[op.Node(value="c")]), op.Node(value="d")],
    )
    wire = json.loads(op.serialize_Node(tree))
    assert wire == {
        "Value": "a",
        "Children": [{"Value": "b", "Children": [{"Value": "c"}]}, {"Value": "d"}],
    }
    assert op.parse_Node(wire, "") == tree


def test_parse_shared_structure_list(rich: Generated) -> None:
    op = rich.module("_operations.list_things_v2")
    thing = rich.module("_shapes.thing").Thing
    response = op.parse_ListThingsV2Response({"Things": [{"Id": "1"}, {"Id": "2"}]}, "")
    assert response.things == [thing(id="1"), thing(id="2")]


def test_parse_reports_missing_required_member_with_its_path(rich: Generated) -> None:
    op = rich.module("_operations.list_things_v2")
    with pytest.raises(typedaws_runtime.serde.ShapeMismatch) as info:
        op.parse_ListThingsV2Response({"Things": [{"Id": "1"}, {"Color": "red"}]}, "")
    assert info.value.path == ".Things[1].Id"


# --------------------------------------------------------------------------------------------
# (8) Validation


def test_check_lists_every_problem_without_values(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    request = op.DoThingRequest(
        name="toolongname-SECRETVALUE",
        count=99,
        flag="yes-WRONGTYPEVALUE",
        items=["a1", "b2", "c3"],
        nested=op.Nested(inner=None),
        counts={"k": 0},
    )
    problems: list[str] = []
    op.check_DoThingRequest(request, "", problems, True)
    assert sorted(problems) == sorted(
        [
            "name: length 23 is above the maximum of 5",
            "count: value is above the maximum of 10",
            "flag: expected bool, got str",
            "items: item count 3 is above the maximum of 2",
            "counts value #0: value is below the minimum of 1",
            "nested.inner: required, but missing",
        ]
    )
    text = "\n".join(problems)
    for value in ("SECRETVALUE", "WRONGTYPEVALUE", "yes", "a1", "99"):
        assert value not in text


def test_check_reports_missing_required_and_too_short(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    problems: list[str] = []
    op.check_DoThingRequest(op.DoThingRequest(name="a", count=None), "", problems, True)
    assert problems == [
        "name: length 1 is below the minimum of 2",
        "count: required, but missing",
    ]
    problems = []
    op.check_DoThingRequest(op.DoThingRequest(name=7, count=0), "", problems, True)
    assert problems == ["name: expected str, got int", "count: value is below the minimum of 1"]


def test_check_accepts_a_valid_request(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    request = op.DoThingRequest(
        name="ab",
        count=10,
        items=["x"],
        tree=op.Node(children=[op.Node(value="v")]),
        when=datetime.datetime(2020, 1, 1, tzinfo=UTC),
        data=b"x",
        doc=None,
    )
    problems: list[str] = []
    op.check_DoThingRequest(request, "", problems, True)
    assert problems == []


def test_check_rejects_wrong_request_type(rich: Generated) -> None:
    op = rich.module("_operations.do_thing")
    problems: list[str] = []
    op.check_DoThingRequest({"Name": "ab"}, "", problems, True)
    assert problems == ["request: expected DoThingRequest, got dict"]


# --------------------------------------------------------------------------------------------
# (9) Determinism


def test_rendering_twice_is_byte_identical(rich: Generated) -> None:
    again = generate_files(rich_model(), rich.package, RICH_OVERRIDES)
    assert again == rich.files
    assert list(again) == list(rich.files)


def test_rendering_does_not_depend_on_hash_seed_or_shape_order(tmp_path: Path) -> None:
    script = (
        "import hashlib, json, sys\n"
        "from tests.codegen.test_generator import rich_model, RICH_OVERRIDES, PROVENANCE\n"
        "from codegen.build import build_service\n"
        "from codegen.render import render_files\n"
        "m = rich_model()\n"
        "if sys.argv[1] == 'reversed':\n"
        "    m['shapes'] = dict(reversed(list(m['shapes'].items())))\n"
        "s = build_service(m, package='seeded', overrides=RICH_OVERRIDES, provenance=PROVENANCE)\n"
        "files = render_files(s)\n"
        "print(hashlib.sha256(json.dumps(files, sort_keys=False).encode()).hexdigest())\n"
    )
    digests = set()
    for seed, order in (("1", "model"), ("2", "model"), ("3", "reversed")):
        proc = subprocess.run(
            [sys.executable, "-c", script, order],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(proc.stdout.strip())
    assert len(digests) == 1


# --------------------------------------------------------------------------------------------
# (10, 11) Writing, stale files, and checking


def test_write_package_removes_stale_files(rich: Generated, tmp_path: Path) -> None:
    target = tmp_path / "out"
    changed = write_package(rich.files, target)
    assert sorted(p.relative_to(target).as_posix() for p in changed) == sorted(rich.files)
    assert write_package(rich.files, target) == []
    (target / "_operations" / "old_op.py").write_text("stale\n", encoding="utf-8")
    (target / "_gone").mkdir()
    (target / "_gone" / "x.py").write_text("stale\n", encoding="utf-8")
    (target / "__pycache__").mkdir(exist_ok=True)
    (target / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")
    (target / "client.py").write_text("edited\n", encoding="utf-8")
    changed = write_package(rich.files, target)
    assert sorted(p.relative_to(target).as_posix() for p in changed) == [
        "_gone/x.py",
        "_operations/old_op.py",
        "client.py",
    ]
    assert not (target / "_operations" / "old_op.py").exists()
    assert not (target / "_gone").exists()
    assert (target / "__pycache__" / "client.cpython-311.pyc").exists()
    assert (target / "client.py").read_text(encoding="utf-8") == rich.files["client.py"]
    assert diff_package(rich.files, target) == []


def test_write_package_drops_modules_of_removed_operations(tmp_path: Path) -> None:
    package = package_name(tmp_path, "shrink")
    target = tmp_path / package
    write_package(generate_files(rich_model(), package, RICH_OVERRIDES), target)
    assert (target / "_operations" / "get_thing.py").exists()
    fewer = generate_files(rich_model(), package, RICH_OVERRIDES, operations=["DoThing"])
    problems = diff_package(fewer, target)
    assert "stale: _operations/get_thing.py" in problems
    assert "stale: _operations/list_things_v2.py" in problems
    assert "stale: _operations/close.py" in problems
    assert "stale: _shapes/thing.py" in problems
    assert "changed: client.py" in problems
    assert not any(p.startswith("missing: ") for p in problems)
    write_package(fewer, target)
    assert not (target / "_operations" / "get_thing.py").exists()
    assert not (target / "_shapes").exists()
    assert diff_package(fewer, target) == []


def test_diff_package_reports_missing_changed_and_stale(rich: Generated, tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert diff_package(rich.files, target) == [f"missing: {rel}" for rel in sorted(rich.files)]
    write_package(rich.files, target)
    assert diff_package(rich.files, target) == []
    (target / "errors.py").unlink()
    (target / "client.py").write_text(rich.files["client.py"] + "# edit\n", encoding="utf-8")
    (target / "_shapes" / "extra.py").write_text("", encoding="utf-8")
    (target / "_shapes" / "__pycache__").mkdir()
    (target / "_shapes" / "__pycache__" / "thing.cpython-311.pyc").write_bytes(b"\0")
    assert diff_package(rich.files, target) == [
        "changed: client.py",
        "missing: errors.py",
        "stale: _shapes/extra.py",
    ]


def test_check_reports_a_hand_edited_generated_file(
    rich: Generated, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    import codegen.__main__ as cli

    output = tmp_path / "generated"
    settings = cli.Settings(
        service="tiny",
        package="tinypkg",
        model_dir=tmp_path / "model",
        output_dir=output,
        operations=None,
    )
    monkeypatch.setattr(cli, "ROOT", tmp_path)
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    monkeypatch.setattr(cli, "generated_files", lambda s: dict(rich.files))
    assert cli.main(["check"]) == 1
    assert "missing: client.py" in capsys.readouterr().err
    assert cli.main(["generate"]) == 0
    assert cli.main(["check"]) == 0
    capsys.readouterr()
    edited = output / "tinypkg" / "_operations" / "do_thing.py"
    edited.write_text(edited.read_text(encoding="utf-8").replace("ab", "ba"), encoding="utf-8")
    assert diff_package(rich.files, output / "tinypkg") == ["changed: _operations/do_thing.py"]
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "changed: _operations/do_thing.py" in err
    assert "client.py" not in err


# --------------------------------------------------------------------------------------------
# (12) Type checking


def test_generated_package_passes_mypy_strict(rich: Generated) -> None:
    proc = run_mypy(rich.root, rich.package)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success" in proc.stdout


def test_members_named_like_builtins_pass_mypy_strict(tmp_path: Path) -> None:
    """botocore has them: Cognito AssetType.Bytes, DataSync ...Detail.List, forecast Datetime."""
    model = {
        "metadata": metadata("Tiny"),
        "operations": {"Op": operation("Op", "OpRequest", "OpResponse")},
        "shapes": {
            "Str": {"type": "string"},
            "Blob": {"type": "blob"},
            "Time": {"type": "timestamp"},
            "StrList": {"type": "list", "member": {"shape": "Str"}},
            "OpRequest": structure(
                {"Bytes": "Blob", "Other": "Blob", "Datetime": "Time", "When": "Time"}
            ),
            "OpResponse": structure({"List": "StrList", "More": "StrList", "Str": "Str"}),
        },
    }
    package = package_name(tmp_path, "builtins")
    write_package(generate_files(model, package), tmp_path / package)
    proc = run_mypy(tmp_path, package)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --------------------------------------------------------------------------------------------
# Document shapes


@pytest.mark.parametrize("shape_name", ["Doc", "Document"])
def test_document_shape_is_not_rendered_as_a_class(generate: Any, shape_name: str) -> None:
    """botocore writes documents as ``structure`` + ``document: true``; cognito-idp names one
    ``Document`` (CompleteWebAuthnRegistrationRequest.Credential)."""
    model = {
        "metadata": metadata("Tiny"),
        "operations": {"Op": operation("Op", "OpRequest", "OpResponse")},
        "shapes": {
            "OpRequest": structure({"Settings": shape_name}),
            "OpResponse": structure({"Settings": shape_name}),
            shape_name: {"type": "structure", "members": {}, "document": True},
        },
    }
    gen = generate(model, f"doc{shape_name.lower()}")
    op = gen.module("_operations.op")
    text = op.serialize_OpRequest(op.OpRequest(settings={"a": [1]}))
    assert json.loads(text) == {"Settings": {"a": [1]}}
    assert op.parse_OpResponse({"Settings": [1, "x"]}, "").settings == [1, "x"]
    # The annotation must still mean the runtime's JSON value type, whatever the shape's name.
    assert "settings: _types.Document | None" in gen.files["_operations/op.py"]
    assert op._types is typedaws_runtime.signature_types
    assert f"class {shape_name}" not in gen.files["_operations/op.py"]
    assert shape_name not in gen.module("models").__all__


# --------------------------------------------------------------------------------------------
# (13) Model errors


@pytest.mark.parametrize(
    ("where", "shapes"),
    [
        ("input", {}),
        ("member", {"OpRequest": structure({"A": "Missing"})}),
        (
            "list item",
            {
                "OpRequest": structure({"A": "L"}),
                "L": {"type": "list", "member": {"shape": "Missing"}},
            },
        ),
        (
            "map value",
            {
                "OpRequest": structure({"A": "M"}),
                "M": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "Missing"}},
                "S": {"type": "string"},
            },
        ),
    ],
)
def test_undefined_shape_raises_model_error(where: str, shapes: dict[str, Any]) -> None:
    name = "OpRequest" if where == "input" else "Missing"
    model = {
        "metadata": metadata(),
        "operations": {"Op": operation("Op", "OpRequest")},
        "shapes": shapes,
    }
    with pytest.raises(ModelError, match=name):
        build_service(model, package="bad", overrides=ServiceOverrides(), provenance=PROVENANCE)


def test_undefined_error_shape_raises_model_error() -> None:
    model = {
        "metadata": metadata(),
        "operations": {"Op": operation("Op", errors=("NoSuchError",))},
        "shapes": {},
    }
    with pytest.raises(ModelError, match="NoSuchError"):
        build_service(model, package="bad", overrides=ServiceOverrides(), provenance=PROVENANCE)


def test_unknown_operation_names_raise_model_error() -> None:
    with pytest.raises(ModelError, match="Nope, Zilch"):
        build_service(
            rich_model(),
            package="bad",
            overrides=ServiceOverrides(),
            provenance=PROVENANCE,
            operations=["DoThing", "Zilch", "Nope"],
        )


def test_operations_limit_what_is_built() -> None:
    service = build_service(
        rich_model(),
        package="some",
        overrides=RICH_OVERRIDES,
        provenance=PROVENANCE,
        operations=["GetThing"],
    )
    assert [op.name for op in service.operations] == ["GetThing"]
    assert [e.name for e in service.errors] == []
    # Only GetThing uses Thing now, so it moves into the operation's module.
    assert [m.path for m in service.modules] == ["_operations.get_thing"]
    assert sorted(n for n, _ in service.exported_models()) == [
        "Color",
        "ColorValue",
        "GetThingRequest",
        "GetThingResponse",
        "Thing",
    ]


def test_unsupported_shape_type_raises_model_error() -> None:
    model = {
        "metadata": metadata(),
        "operations": {"Op": operation("Op", "OpRequest")},
        "shapes": {"OpRequest": structure({"A": "Weird"}), "Weird": {"type": "quantum"}},
    }
    with pytest.raises(ModelError, match="Weird"):
        build_service(model, package="bad", overrides=ServiceOverrides(), provenance=PROVENANCE)


# --------------------------------------------------------------------------------------------
# (14) Sync and async clients agree


@pytest.mark.parametrize("method", ["do_thing", "list_things_v2", "get_thing", "close_"])
def test_sync_and_async_methods_have_the_samesignature(rich: Generated, method: str) -> None:
    sync = getattr(rich.module("client").TinyServiceClient, method)
    asynchronous = getattr(rich.module("async_client").AsyncTinyServiceClient, method)
    assert signature(sync) == signature(asynchronous)
    assert inspect.iscoroutinefunction(asynchronous)
    assert not inspect.iscoroutinefunction(sync)


def test_client_method_signature_details(rich: Generated) -> None:
    sig = inspect.signature(rich.module("client").TinyServiceClient.do_thing)
    params = list(sig.parameters.values())
    assert params[0].name == "self"
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
    assert [p.name for p in params[1:3]] == ["name", "count"]
    assert params[1].default is inspect.Parameter.empty
    assert all(p.default is None for p in params[3:])
    assert str(sig.parameters["items"].annotation) == "Sequence[str] | None"
    assert str(sig.parameters["color"].annotation) == "Color | ColorValue | Unmodelled | None"
    assert str(sig.return_annotation) == "DoThingResponse"
    closing = inspect.signature(rich.module("client").TinyServiceClient.close_)
    assert list(closing.parameters) == ["self"]
    assert str(closing.return_annotation) == "None"


def test_client_methods_cover_every_operation(rich: Generated) -> None:
    for cls in (
        rich.module("client").TinyServiceClient,
        rich.module("async_client").AsyncTinyServiceClient,
    ):
        methods = {n for n, v in vars(cls).items() if inspect.isfunction(v)}
        assert methods == {"do_thing", "list_things_v2", "get_thing", "close_"}

"""The generator fills a secret hash in request maps that the overrides name, for any service.

A synthetic model whose names differ from Cognito's shows that nothing but the override table
says which map, which keys and which client id member.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from codegen.build import ModelError, build_service
from codegen.files import format_files, write_package
from codegen.overrides import SecretHashMap, ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import (
    PROVENANCE,
    Generated,
    forget,
    metadata,
    operation,
    package_name,
    run_mypy,
    structure,
)
from typedaws_runtime.secret_hash import compute_secret_hash

SECRET = "the-app-secret"

OVERRIDES = ServiceOverrides(
    secret_hash=("Hash", "Login", "App"),
    secret_hash_maps=(
        SecretHashMap(
            member="Params", username_key="LOGIN", secret_hash_key="HASH", client_id_member="App"
        ),
        SecretHashMap(
            member="Answers",
            username_key="WHO",
            secret_hash_key="PROOF",
            client_id_member="AppId",
            note="A note for callers.",
        ),
    ),
)


def model(params_shape: str = "ParamMap") -> dict[str, Any]:
    return {
        "metadata": metadata(),
        "operations": {
            "Start": operation("Start", "StartRequest", authtype="none"),
            "Answer": operation("Answer", "AnswerRequest", authtype="none"),
            "Both": operation("Both", "BothRequest", authtype="none"),
            "NoApp": operation("NoApp", "NoAppRequest", authtype="none"),
        },
        "shapes": {
            "Str": {"type": "string"},
            "Secret": {"type": "string", "sensitive": True},
            "Count": {"type": "integer"},
            "ParamMap": {
                "type": "map",
                "key": {"shape": "Str"},
                "value": {"shape": "Str"},
                "sensitive": True,
            },
            "CountMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Count"}},
            "StartRequest": structure({"App": "Str", "Params": params_shape}, ("App",)),
            "AnswerRequest": structure({"AppId": "Str", "Answers": "ParamMap"}),
            "BothRequest": structure(
                {"App": "Str", "Login": "Str", "Hash": "Secret", "Params": "ParamMap"},
                ("App", "Login"),
            ),
            "NoAppRequest": structure({"Params": "ParamMap"}),
        },
    }


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("secret_hash")
    package = package_name(root, "hashmaps")
    service = build_service(model(), package=package, overrides=OVERRIDES, provenance=PROVENANCE)
    files = format_files(render_files(service), package=package)
    write_package(files, root / package)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


def test_map_entry_is_filled_from_the_named_keys(gen: Generated) -> None:
    start = gen.module("_operations.start")
    given = MappingProxyType({"LOGIN": "alice", "OTHER": "x"})
    request = start.Request(app="app-1", params=given)
    filled = start.fill_secret_hash(request, SECRET)
    assert start.OPERATION.fill_secret_hash is start.fill_secret_hash
    assert filled.params == {
        "LOGIN": "alice",
        "OTHER": "x",
        "HASH": compute_secret_hash(SECRET, "alice", "app-1"),
    }
    assert dict(given) == {"LOGIN": "alice", "OTHER": "x"}
    assert filled.app == "app-1"


def test_optional_client_id_that_is_unset_fills_nothing(gen: Generated) -> None:
    answer = gen.module("_operations.answer")
    request = answer.Request(answers={"WHO": "bob"})
    assert answer.fill_secret_hash(request, SECRET) is request
    filled = answer.fill_secret_hash(answer.Request(app_id="a", answers={"WHO": "bob"}), SECRET)
    assert filled.answers["PROOF"] == compute_secret_hash(SECRET, "bob", "a")


def test_member_and_map_are_filled_together_each_only_where_missing(gen: Generated) -> None:
    both = gen.module("_operations.both")
    request = both.Request(app="a", login="carol", params={"LOGIN": "dave"})
    filled = both.fill_secret_hash(request, SECRET)
    assert filled.hash == compute_secret_hash(SECRET, "carol", "a")
    assert filled.params["HASH"] == compute_secret_hash(SECRET, "dave", "a")

    given = both.Request(app="a", login="carol", hash="mine", params={"LOGIN": "dave"})
    filled = both.fill_secret_hash(given, SECRET)
    assert filled.hash == "mine"
    assert filled.params["HASH"] == compute_secret_hash(SECRET, "dave", "a")

    done = both.Request(app="a", login="carol", hash="mine", params={"HASH": "theirs"})
    assert both.fill_secret_hash(done, SECRET) is done


def test_request_without_the_client_id_member_gets_no_fill(gen: Generated) -> None:
    no_app = gen.module("_operations.no_app")
    assert not hasattr(no_app, "fill_secret_hash")
    assert no_app.OPERATION.fill_secret_hash is None


def test_docstring_states_the_rule_and_the_note(gen: Generated) -> None:
    client = gen.module("client").TinyServiceClient
    start = " ".join((client.start.__doc__ or "").split())
    assert "HASH is added (to a new mapping), computed from the secret, the LOGIN entry" in start
    answer = " ".join((client.answer.__doc__ or "").split())
    assert "the WHO entry and ``app_id``, when the map has a WHO and no PROOF." in answer
    assert "A note for callers." in answer


def test_generated_fill_passes_mypy_strict(gen: Generated) -> None:
    proc = run_mypy(gen.root, gen.package)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_named_member_that_is_not_a_string_map_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="Start: Params is not a map of strings to strings"):
        build_service(
            model("CountMap"),
            package=package_name(tmp_path),
            overrides=OVERRIDES,
            provenance=PROVENANCE,
        )

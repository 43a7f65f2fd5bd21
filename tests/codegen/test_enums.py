"""Enum inputs are typed so that a misspelt value is a type error; responses stay open.

An input takes the enum's member, the literal string of a value the model lists (the
``<Enum>Value`` alias generated beside the class) or ``Unmodelled``; a response's field is
``Enum | str``, as values newer than the model arrive as plain strings. At run time nothing
changes: any string is accepted and sent.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from codegen.build import build_service
from codegen.files import format_files, write_package
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import (
    PROVENANCE,
    ROOT,
    Generated,
    forget,
    metadata,
    operation,
    package_name,
    structure,
)
from typedaws_runtime.enums import Unmodelled


def model() -> dict[str, Any]:
    return {
        "metadata": metadata(),
        "operations": {
            "Paint": operation("Paint", "PaintRequest", "PaintResponse", authtype="none"),
        },
        "shapes": {
            "Color": {"type": "string", "enum": ["red", "dark-green", 'say "hi"']},
            "Colors": {"type": "list", "member": {"shape": "Color"}},
            # A shape named like the alias would be: the alias gives way.
            "ShadeValue": {"type": "string"},
            "Shade": {"type": "string", "enum": ["light", "deep"]},
            "Swatch": structure({"Color": "Color"}, ("Color",)),  # in the request and response
            "PaintRequest": structure(
                {
                    "Color": "Color",
                    "Others": "Colors",
                    "Swatch": "Swatch",
                    "Shade": "Shade",
                    "Note": "ShadeValue",
                },
                ("Color",),
            ),
            "PaintResponse": structure({"Color": "Color", "Swatch": "Swatch"}),
        },
    }


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    root = tmp_path_factory.mktemp("enums")
    package = package_name(root, "enums")
    service = build_service(
        model(), package=package, overrides=ServiceOverrides(), provenance=PROVENANCE
    )
    files = format_files(render_files(service), package=package)
    write_package(files, root / package)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    yield Generated(root, package, files)
    sys.path.remove(str(root))
    forget(package)


def _annotations(cls: type) -> dict[str, str]:
    return {k: str(v) for k, v in inspect.get_annotations(cls).items()}


def test_inputs_take_the_enum_its_literal_values_or_unmodelled(gen: Generated) -> None:
    op = gen.module("_operations.paint")
    fields = _annotations(op.PaintRequest)
    assert fields["color"] == "Color | ColorValue | Unmodelled"
    assert fields["others"] == "Sequence[Color | ColorValue | Unmodelled] | None"
    assert fields["shade"] == "Shade | ShadeValue_ | Unmodelled | None"
    assert fields["note"] == "str | None"
    client = gen.module("client").TinyServiceClient
    assert client.paint.__annotations__["color"] == "Color | ColorValue | Unmodelled"


def test_responses_stay_open(gen: Generated) -> None:
    """A response's enum is the enum or ``Unmodelled`` (a value newer than the model), which an
    input of the same enum takes as it is."""
    op = gen.module("_operations.paint")
    assert _annotations(op.PaintResponse)["color"] == "Color | Unmodelled | None"
    # In both a request and a response: typed as an input, which a parsed value fits.
    swatch = gen.module("_operations.paint").Swatch
    assert _annotations(swatch)["color"] == "Color | ColorValue | Unmodelled"
    assert swatch.__init__.__annotations__["color"] == "Color | ColorValue | Unmodelled"


def _literal_values(source: str, alias: str) -> tuple[str, ...]:
    """The strings of ``alias: TypeAlias = Literal[...]`` in ``source``."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == alias
            and isinstance(node.value, ast.Subscript)
        ):
            assert ast.unparse(node.annotation) == "TypeAlias"
            assert ast.unparse(node.value.value) == "Literal"
            values = ast.literal_eval(node.value.slice)
            return values if isinstance(values, tuple) else (values,)
    raise AssertionError(f"no {alias} alias")


def test_the_alias_is_the_model_values_for_checkers_and_str_at_run_time(gen: Generated) -> None:
    paint = gen.module("_operations.paint")
    assert paint.ColorValue is str
    source = gen.files["_operations/paint.py"]
    assert _literal_values(source, "ColorValue") == ("red", "dark-green", 'say "hi"')
    assert "typing" not in {
        line.split()[1] for line in source.splitlines() if line.startswith(("import ", "from "))
    }, "typing is imported for type checkers only"
    models = gen.module("models")
    assert {"ColorValue", "ShadeValue_"} <= set(models.__all__)
    assert models.ColorValue is str


def test_run_time_accepts_any_string_and_sends_it(gen: Generated) -> None:
    op = gen.module("_operations.paint")
    color = gen.module("_operations.paint").Color
    for value in (color.RED, "dark-green", Unmodelled("ultraviolet"), "not-even-close"):
        request = op.PaintRequest(color=value, others=[value])
        problems: list[str] = []
        op.check_PaintRequest(request, "", problems, True)
        assert problems == []
        sent = json.loads(op.serialize_PaintRequest(request))
        assert sent == {"Color": str(value), "Others": [str(value)]}


def _mypy(gen: Generated, code: str) -> subprocess.CompletedProcess[str]:
    user = gen.root / "user_code.py"
    user.write_text(textwrap.dedent(code).replace("PKG", gen.package))
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(gen.root)])}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(user)],
        cwd=gen.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_mypy_accepts_the_three_forms_and_reports_a_misspelt_value(gen: Generated) -> None:
    good = _mypy(
        gen,
        """
        from typedaws_runtime.enums import Unmodelled
        from PKG.client import TinyServiceClient
        from PKG.models import Color, ColorValue, PaintResponse, Swatch

        def use(client: TinyServiceClient, response: PaintResponse) -> None:
            client.paint(color=Color.RED)
            client.paint(color="dark-green", others=["red", Color.RED, Unmodelled("new")])
            client.paint(color=Unmodelled("ultraviolet"))
            chosen: ColorValue = "red"
            client.paint(color=chosen, swatch=Swatch(color="red"))
            if response.color is not None:
                client.paint(color=response.color)  # a response's value goes back as it is
        """,
    )
    assert good.returncode == 0, good.stdout + good.stderr

    bad = _mypy(
        gen,
        """
        from PKG.client import TinyServiceClient
        from PKG.models import PaintResponse

        def use(client: TinyServiceClient, response: PaintResponse, text: str) -> None:
            client.paint(color="dark-gren")
            client.paint(color=text)
        """,
    )
    errors = [line for line in bad.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["6", "7"], bad.stdout

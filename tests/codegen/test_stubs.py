"""The stub files: a module's typed surface, without what only runs.

The stubs of the shipped package are compared with its modules by mypy's stubtest in
``tests/typing``; these tests show, on small modules, what a stub keeps and what it drops.
"""

from __future__ import annotations

import ast

from codegen.files import format_files
from codegen.stubs import models_stub, module_stub, package_init_stub

CLIENT = '''\
"""The client."""

from __future__ import annotations

from demo import _operations as _ops
from typedaws_runtime.client import Client
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demo.models import PingResponse


class DemoClient(Client):
    """A client."""

    _service = object()

    def ping(self, *, name: str, count: int | None = None) -> PingResponse:
        """Ping the service."""
        _op = _ops.ping
        return self._invoke(_op.OPERATION, _op.Request(name=name, count=count))

    def _helper(self) -> None:
        pass

    def __repr__(self) -> str:
        return "DemoClient()"
'''

SHAPES = '''\
"""Shapes."""

from __future__ import annotations

import enum

from demo._shapes import other as _shapes_other
from typedaws_runtime import lazy_dataclass as _dc
from typedaws_runtime import serde as _s
from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from demo._shapes.other import Other
    from typedaws_runtime.enums import Unmodelled


class Color(enum.StrEnum):
    """The values of Color."""

    RED = "RED"
    BLUE = "BLUE"


if TYPE_CHECKING:
    ColorValue: TypeAlias = Literal["RED", "BLUE"]
    """Color's values as literal strings."""
else:
    ColorValue = str


@_dc.dataclass(kw_only=True)
class Paint(Boto3Dicts):
    """A paint."""

    name: str
    """Its name."""

    secret: str = _dc.field(repr=False)
    """Hidden from repr."""

    color: Color | Unmodelled | None = None
    other: Other | None = _dc.field(default=None, repr=False)
    """Another shape."""


def serialize_Paint(v: Paint) -> str:
    return _s.json_str(v.name) + _shapes_other.serialize_Other(v.other)
'''

MODELS_INIT = '''\
"""Every model class."""

from __future__ import annotations

__all__ = ["Color", "ColorValue", "Paint"]
'''

PACKAGE_INIT = '''\
"""Demo: typed clients."""

from __future__ import annotations

from typedaws_runtime import lazy
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demo.client import DemoClient

__version__ = "1.0.0.0"
"""The version."""

_WHERE = {"DemoClient": "demo.client"}


def __getattr__(name: str) -> object:
    return lazy.load(__name__, _WHERE, name)


__all__ = ["DemoClient", "Unmodelled", "__version__"]
'''


def _formatted(stub: str) -> str:
    """The stub as generated: ruff removes the imports left unused, and lays it out."""
    return format_files({"m.pyi": stub}, package="demo-stubs", first_party=["demo"])["m.pyi"]


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {
        n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_a_module_stub_keeps_signatures_and_docstrings_and_drops_what_runs() -> None:
    stub = _formatted(module_stub(CLIENT, "demo.client"))
    tree = ast.parse(stub)
    functions = _functions(tree)
    assert set(functions) == {"ping", "__repr__"}  # the private helper is gone
    ping = functions["ping"]
    assert ast.get_docstring(ping) == "Ping the service."
    assert len(ping.body) == 1  # the docstring, nothing that runs
    assert ast.unparse(ping.args) == "self, *, name: str, count: int | None=..."
    assert ast.unparse(functions["__repr__"].body[0]) == "..."
    assert "_service" not in stub and "_ops" not in stub
    assert "from demo.models import PingResponse" in stub  # flattened from TYPE_CHECKING
    assert "TYPE_CHECKING" not in stub


def test_the_models_stub_declares_every_class_field_and_alias_in_one_module() -> None:
    stub = _formatted(models_stub(MODELS_INIT, {"_shapes/paint.py": SHAPES}, "demo"))
    tree = ast.parse(stub)
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    assert set(classes) == {"Color", "Paint"}
    paint = classes["Paint"]
    assert [ast.unparse(d) for d in paint.decorator_list] == ["dataclass(kw_only=True)"]
    fields = {
        ast.unparse(s.target): (ast.unparse(s.annotation), s.value is not None)
        for s in paint.body
        if isinstance(s, ast.AnnAssign)
    }
    assert fields == {
        "name": ("str", False),
        "secret": ("str", False),  # field(repr=False): still required
        "color": ("Color | Unmodelled | None", True),
        "other": ("Other | None", True),  # field(default=None, ...): a default
    }
    assert "serialize_Paint" not in stub
    assert "Its name." in stub and "Another shape." in stub  # field docstrings kept
    assert "ColorValue: TypeAlias = Literal['RED', 'BLUE']" in ast.unparse(tree)
    assert "ColorValue = str" not in stub  # the run-time half of the alias
    enum_members = [ast.unparse(s) for s in classes["Color"].body if isinstance(s, ast.Assign)]
    assert enum_members == ["RED = 'RED'", "BLUE = 'BLUE'"]
    # The model modules' own imports go: their classes are declared here.
    assert "demo._shapes" not in stub and "lazy_dataclass" not in stub
    assert "from dataclasses import dataclass" in stub
    assert "__all__ = ['Color', 'ColorValue', 'Paint']" in ast.unparse(tree)


def test_the_package_stub_re_exports_what_all_names() -> None:
    stub = _formatted(package_init_stub(PACKAGE_INIT, "demo"))
    text = ast.unparse(ast.parse(stub))
    assert "from demo.client import DemoClient as DemoClient" in text
    assert "from typedaws_runtime.enums import Unmodelled as Unmodelled" in text
    assert "__version__ = '1.0.0.0'" in text
    assert "__getattr__" not in text and "_WHERE" not in text
    assert '"""Demo: typed clients."""' in stub  # the package's docstring

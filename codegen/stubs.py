"""Stub files: what the type checker of a program that uses the SDK reads.

Why. mypy analyses every module a program imports, function bodies included. A program that
imported the client made ``mypy --strict`` read the 300 generated modules of requests,
responses and shapes with their serializers, parsers and validators, and the runtime's engine
down to asyncio's stubs, which only the engine needs: its cold run took 2.5 times as long as the
same program against boto3 with mypy-boto3-cognito-idp (``make bench`` measures both).

What. Two PEP 561 partial stub packages, written to ``generated/stubs/`` and shipped in the
wheel beside the packages they describe:

- ``<package>-stubs``: ``__init__.pyi``, ``client.pyi``, ``async_client.pyi``, ``errors.pyi``
  and ``models/__init__.pyi``, which declares every model class in one module. The modules
  left out (``testing``, ``auth``, ...) are read from the package itself, as "partial" says.
- ``typedaws_runtime-stubs``: ``client.pyi``, the clients' base classes without the engine.

How. Each stub is the formatted module it describes with what only runs taken away: function
bodies (docstrings kept), private members, default values, and the implementation's imports
(ruff then removes those left unused). So a stub cannot disagree with its module; the
downstream tests (``tests/typing``) check both with mypy's stubtest.

This repository's own type checking does not see the stubs (``generated/stubs`` is on no search
path): it checks the implementation.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterable, Mapping
from pathlib import Path

RUNTIME = "typedaws_runtime"
RUNTIME_CLIENT = Path(__file__).resolve().parent.parent / RUNTIME / "client.py"
RUNTIME_CLIENT_CLASSES = ("_BaseClient", "Client", "AsyncClient")
"""The classes of ``typedaws_runtime.client`` a generated client's stub derives from."""

STUBS_DIR = "stubs"
"""The folder, beside the generated package, of the stub packages."""

PARTIAL = "partial\n"
"""``py.typed`` of a stub package that describes some modules only (PEP 561)."""

HEADER = "# The typed surface of {module}, for type checkers (codegen/stubs.py).\n"


class _Source:
    """A formatted module's text, for copying its statements line by line."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tree = ast.parse(text)

    def segment(self, node: ast.stmt | ast.expr) -> str:
        """The source of ``node``, whole lines, as written."""
        first = node.lineno
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = min([first, *(d.lineno for d in node.decorator_list)])
        end = node.end_lineno if node.end_lineno is not None else node.lineno
        return "\n".join(self.lines[first - 1 : end])

    @staticmethod
    def expr(node: ast.expr) -> str:
        """An expression on one line (ruff lays it out again)."""
        return ast.unparse(node)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _type_checking_block(node: ast.stmt) -> list[ast.stmt] | None:
    """What ``node``, if an ``if TYPE_CHECKING:`` block, declares for type checkers (its
    ``else``, which runs instead, is left out); None for any other statement."""
    if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
        return node.body
    return None


def _statements(node: ast.stmt) -> list[ast.stmt]:
    """``node``, or the statements of an ``if TYPE_CHECKING:`` block."""
    block = _type_checking_block(node)
    return [node] if block is None else block


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _imports(src: _Source, skip: tuple[str, ...]) -> list[str]:
    """The module's import lines, those under ``TYPE_CHECKING`` too, but those of modules
    starting with one of ``skip`` (whose names the stub declares itself)."""
    out: list[str] = []
    for node in src.tree.body:
        for stmt in _statements(node):
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
                continue
            if isinstance(stmt, ast.ImportFrom) and (stmt.module or "").startswith(skip):
                continue
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                out.append(ast.unparse(stmt))
    return out


def _signature(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """``def name(...) -> type:`` with each default written ``...``, as stubs write them."""
    bare = ast.Constant(value=...)
    args = copy.copy(node.args)
    args.kw_defaults = [None if d is None else bare for d in args.kw_defaults]
    args.defaults = [bare for _ in args.defaults]
    head = copy.copy(node)  # every field of this Python's node kept (3.12 added type_params)
    head.args, head.body, head.decorator_list = args, [ast.Pass()], []
    text = ast.unparse(ast.fix_missing_locations(head))
    return text.rpartition("\n")[0]  # without the body's ``pass``


def _function(src: _Source, node: ast.FunctionDef | ast.AsyncFunctionDef, indent: str) -> str:
    """A function's stub: decorators, signature, docstring (or ``...``)."""
    decorators = [f"{indent}@{src.expr(d)}" for d in node.decorator_list]
    head = f"{indent}{_signature(node)}"
    first = node.body[0]
    body = src.segment(first) if _is_docstring(first) else f"{indent}    ..."
    return "\n".join([*decorators, head, body])


def _field(src: _Source, node: ast.AnnAssign, indent: str) -> str:
    """A field or attribute declaration: its annotation, and ``= ...`` if it has a default."""
    target = src.expr(node.target)
    declared = f"{indent}{target}: {src.expr(node.annotation)}"
    if node.value is None:
        return declared
    value = node.value
    is_field = isinstance(value, ast.Call) and src.expr(value.func).rpartition(".")[2] == "field"
    if is_field and isinstance(value, ast.Call):
        # dataclasses.field(...) (or lazy_dataclass's): a default only if it names one
        named = {k.arg for k in value.keywords}
        return f"{declared} = ..." if named & {"default", "default_factory"} else declared
    return f"{declared} = ..."


def _unquoted(node: ast.expr) -> ast.expr:
    """``node`` with its string type arguments as names (``Base["T"]`` -> ``Base[T]``): a stub
    needs no forward references, and ruff then sees the names used."""
    tree = ast.parse(ast.unparse(node), mode="eval")
    for sub in ast.walk(tree):
        argument = sub.slice if isinstance(sub, ast.Subscript) else None
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            assert isinstance(sub, ast.Subscript)
            sub.slice = ast.Name(id=argument.value)
    return tree.body


def _class(src: _Source, node: ast.ClassDef, decorators: Mapping[str, str]) -> str:
    """A class's stub: decorators (renamed by ``decorators``), header and docstring, public
    fields with their docstrings, and public methods (dunder methods included)."""
    indent = " " * (node.body[0].col_offset)
    parts: list[str] = []
    for d in node.decorator_list:
        text = src.expr(d)
        for old, new in decorators.items():
            text = text.replace(old, new)
        parts.append(f"@{text}")
    bases = ", ".join(src.expr(_unquoted(b)) for b in node.bases)
    parts.append(f"class {node.name}({bases}):" if bases else f"class {node.name}:")
    kept_last = True
    for i, stmt in enumerate(node.body):
        if _is_docstring(stmt):
            if i == 0 or kept_last:
                parts.append(src.segment(stmt))
            continue
        kept_last = False
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if not _private(stmt.target.id):
                parts.append(_field(src, stmt, indent))
                kept_last = True
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            if not _private(stmt.name):
                parts.append(_function(src, stmt, indent))
                kept_last = True
        elif isinstance(stmt, ast.Assign) and all(
            isinstance(t, ast.Name) and not _private(t.id) for t in stmt.targets
        ):
            parts.append(src.segment(stmt))  # an enum's member
            kept_last = True
    if len(parts) == len(node.decorator_list) + 1:
        parts.append(f"{indent}...")
    return "\n".join(parts)


def _module(docstring: str | None, imports: Iterable[str], body: Iterable[str]) -> str:
    head = f'"""{docstring}"""\n\n' if docstring else ""
    unique = list(dict.fromkeys(imports))
    return head + "\n".join(unique) + "\n\n\n" + "\n\n\n".join(body) + "\n"


# -- the stubs ----------------------------------------------------------------------------------


def module_stub(text: str, module: str, classes: tuple[str, ...] | None = None) -> str:
    """The stub of a module: its classes (those named in ``classes``, or all) with their
    public methods and fields, its public variables as declared (``ERRORS: Mapping[...]``), and
    the ``TypeVar`` declarations they use."""
    src = _Source(text)
    body: list[str] = []
    for node in src.tree.body:
        if isinstance(node, ast.ClassDef) and (classes is None or node.name in classes):
            body.append(_class(src, node, {}))
        elif classes is None and isinstance(node, ast.AnnAssign):
            name = src.expr(node.target)
            if not _private(name):
                body.append(f"{name}: {src.expr(node.annotation)}")
    used = "\n".join(body)
    type_vars = [
        src.segment(node)
        for node in src.tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and src.expr(node.value.func) == "TypeVar"
        and isinstance(node.targets[0], ast.Name)
        and f"[{node.targets[0].id}]" in used
    ]
    imports = _imports(src, skip=())
    docstring = ast.get_docstring(src.tree)
    return HEADER.format(module=module) + _module(docstring, imports, type_vars + body)


def models_stub(init: str, modules: Mapping[str, str], package: str) -> str:
    """``models/__init__.pyi``: every class and value alias of the model modules (their text by
    path) declared in one module, and ``__all__`` of the ``models`` package (``init``)."""
    decorators = {"_dc.dataclass": "dataclass"}
    skip = (f"{package}.", f"{RUNTIME}.lazy_dataclass", f"{RUNTIME}.static_typing")
    imports = ["from dataclasses import dataclass"]
    body: list[str] = []
    for _, text in sorted(modules.items()):
        src = _Source(text)
        imports += _imports(src, skip=skip)
        for node in src.tree.body:
            if isinstance(node, ast.ClassDef):
                body.append(_class(src, node, decorators))
            elif (block := _type_checking_block(node)) is not None:
                declared = [s for s in block if not isinstance(s, ast.Import | ast.ImportFrom)]
                if declared:
                    body.append(_dedent("\n".join(src.segment(s) for s in declared)))
    exports = _Source(init)
    body += _all(exports)
    docstring = ast.get_docstring(exports.tree)
    return HEADER.format(module=f"{package}.models") + _module(docstring, imports, body)


def _all(src: _Source) -> list[str]:
    """The module's ``__all__ = [...]`` statement, as written."""
    return [
        src.segment(node)
        for node in src.tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    ]


def _dedent(text: str) -> str:
    return "\n".join(line[4:] if line.startswith("    ") else line for line in text.splitlines())


def package_init_stub(text: str, package: str) -> str:
    """``__init__.pyi``: the names of ``__all__``, each imported from where it is defined, and
    the package's own constants."""
    src = _Source(text)
    (all_,) = _all(src)
    exported = set(ast.literal_eval(all_.partition("=")[2].strip()))
    imports = [
        f"from {stmt.module} import {alias.name} as {alias.asname or alias.name}"
        for node in src.tree.body
        for stmt in _statements(node)
        if isinstance(stmt, ast.ImportFrom) and stmt.module != "__future__"
        for alias in stmt.names
        if (alias.asname or alias.name) in exported
    ]
    constants: list[str] = []
    nodes = src.tree.body
    for node, after in zip(nodes, [*nodes[1:], None], strict=True):
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id in exported:
            doc = after if after is not None and _is_docstring(after) else None
            constants.append(src.segment(node) + ("\n" + src.segment(doc) if doc else ""))
    extra = ["from collections.abc import Mapping", "from typing import Final"]
    return HEADER.format(module=package) + _module(
        ast.get_docstring(src.tree), [*imports, *extra], [*constants, all_]
    )


def stub_files(package: str, files: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Stub package name -> its files (relative path -> text), from the generated ``files``."""
    model_texts = {
        rel: text
        for rel, text in files.items()
        if rel.startswith(("_operations/", "_shapes/")) and not rel.endswith("__init__.py")
    }
    ours = {
        "py.typed": PARTIAL,
        "__init__.pyi": package_init_stub(files["__init__.py"], package),
        "client.pyi": module_stub(files["client.py"], f"{package}.client"),
        "async_client.pyi": module_stub(files["async_client.py"], f"{package}.async_client"),
        "errors.pyi": module_stub(files["errors.py"], f"{package}.errors"),
        "models/__init__.pyi": models_stub(files["models/__init__.py"], model_texts, package),
    }
    runtime = {
        "py.typed": PARTIAL,
        "client.pyi": module_stub(
            RUNTIME_CLIENT.read_text(encoding="utf-8"), f"{RUNTIME}.client", RUNTIME_CLIENT_CLASSES
        ),
    }
    return {f"{package}-stubs": ours, f"{RUNTIME}-stubs": runtime}

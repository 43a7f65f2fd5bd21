"""Render the IR into a package folder: jinja2 templates, then ruff, then stale files removed.

Rendering happens in memory first (``render_files``), so the same function serves both
``generate`` (write the files) and ``check`` (compare with what is on disk).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from codegen.ir import LINE_LENGTH, RUNTIME_DATACLASS, Module, Scope, Service

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

RUNTIME_SERDE = "from aws_runtime import serde as _s"
RUNTIME_VALIDATE = "from aws_runtime import validate as _v"
TYPING_LITERAL = "from typing import Literal, TypeAlias"
"""What the ``Literal`` alias of an enum's values needs, for type checkers only."""
RUNTIME_TYPE_CHECKING = "from aws_runtime.static_typing import TYPE_CHECKING"
"""typing.TYPE_CHECKING without importing typing at run time (see aws_runtime.static_typing)."""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # jinja2 declares ``filters`` with an unannotated default, which strict pyright flags.
    env.filters["pyrepr"] = repr  # pyright: ignore[reportUnknownMemberType]
    return env


class Renderer:
    def __init__(self, service: Service) -> None:
        self.service = service
        self.env = _environment()

    def _template(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(service=self.service, **context)

    def header(self) -> str:
        p = self.service.provenance
        return (
            f"# Generated from the botocore {p.botocore_version} model of "
            f"{self.service.service_name} (sha256 {p.sha256[:16]}).\n"
            "# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`."
        )

    def _module(self, scope: Scope, docstring: str, body: str) -> str:
        imports = scope.import_lines()
        type_imports = scope.type_import_lines()
        if type_imports:
            imports.append(RUNTIME_TYPE_CHECKING)
        return self._template(
            "module.py.j2",
            header=self.header(),
            docstring=docstring,
            imports=imports,
            type_imports=type_imports,
            body=body.strip() + "\n",
        )

    def shapes_module(self, module: Module) -> str:
        scope = Scope(package=self.service.package, module=module.path)
        parts: list[str] = []
        for e in module.enums:
            scope.need("import enum")
            scope.need_type(TYPING_LITERAL)
            parts.append(self._template("enum.py.j2", e=e, scope=scope))
        if any(s.used_in_input or s.used_in_output for s in module.structures):
            scope.need(RUNTIME_SERDE)
        if any(s.used_in_input for s in module.structures):
            scope.need(RUNTIME_VALIDATE)
        if module.structures:
            scope.need(RUNTIME_DATACLASS)
        for s in module.structures:
            parts.append(self._template("structure.py.j2", s=s, scope=scope))
        op = module.operation
        if op is not None:
            scope.need("from aws_runtime.operation import OperationSpec")
            scope.need(RUNTIME_SERDE)
            scope.need(RUNTIME_VALIDATE)
            if op.host_labels:
                scope.need("from collections.abc import Mapping")
            if op.paginator is not None:
                scope.need("from aws_runtime.operation import PaginatorSpec")
            parts.append(self._template("operation.py.j2", op=op, scope=scope))
            doc = f"{op.name}: its request and response, and how they travel."
        else:
            doc = "Shapes shared by several operations."
        body = "\n\n".join(p.strip() for p in parts)
        return self._module(scope, doc, body)

    def errors_module(self) -> str:
        scope = Scope(package=self.service.package, module="errors")
        scope.need("from collections.abc import Mapping")
        scope.need("from aws_runtime.errors import ServiceError")
        if any(e.members for e in self.service.errors):
            scope.need(RUNTIME_SERDE)
        errors = self._template("errors.py.j2", scope=scope)
        own = [m for m in self.service.modules if m.path == "errors"]
        enums = [self._template("enum.py.j2", e=e, scope=scope) for m in own for e in m.enums]
        structures = [
            self._template("structure.py.j2", s=s, scope=scope) for m in own for s in m.structures
        ]
        if enums:
            scope.need("import enum")
            scope.need_type(TYPING_LITERAL)
        if structures:
            scope.need(RUNTIME_DATACLASS)
            scope.need(RUNTIME_SERDE)
        body = "\n\n".join(p.strip() for p in [*enums, *structures, errors])
        return self._module(scope, f"Every error {self.service.full_name} models.", body)

    def client_module(self, *, is_async: bool) -> str:
        s = self.service
        scope = Scope(
            package=s.package,
            module="async_client" if is_async else "client",
            annotations_only=True,
        )
        base = "AsyncClient" if is_async else "Client"
        scope.need(f"from aws_runtime.client import {base}")
        scope.need(f"from {s.package}._service import SERVICE")
        kind = "Asynchronous" if is_async else "Synchronous"
        body = self._template(
            "client.py.j2",
            scope=scope,
            is_async=is_async,
            class_name=s.async_client_class if is_async else s.client_class,
            base_class=base,
            doc=f"{kind} client for {s.full_name}.",
        )
        return self._module(scope, f"The {kind.lower()} {s.full_name} client.", body)

    def operations_init(self) -> str:
        return f"{self.header()}\n{self._template('operations_init.py.j2')}"

    def service_module(self) -> str:
        scope = Scope(package=self.service.package, module="_service")
        scope.need("from collections.abc import Mapping")
        scope.need("from aws_runtime.errors import ServiceError")
        scope.need("from aws_runtime.operation import ServiceSpec")
        body = self._template("service.py.j2")
        return self._module(scope, "Service-wide facts the runtime needs.", body)

    def endpoint_rules_module(self) -> str:
        scope = Scope(package=self.service.package, module="_endpoint_rules")
        scope.need("from collections.abc import Mapping")
        scope.need_type("from typing import Final")
        scope.need("from aws_runtime.static_typing import cast")
        body = self._template("endpoint_rules.py.j2")
        doc = "The endpoint rule set and AWS partition data, read when a client is created."
        return self._module(scope, doc, body)

    def package_init(self) -> str:
        s = self.service
        scope = Scope(package=s.package, module="__init__")
        scope.need("from collections.abc import Mapping")
        scope.need_type("from typing import Final")
        scope.need("from aws_runtime import lazy")
        scope.need("from aws_runtime.enums import Unmodelled")
        scope.need("from aws_runtime.secret_hash import compute_secret_hash")
        # Each client module is imported when its class is first asked for: a sync program
        # never loads the async client, and the reverse.
        exports = [(s.async_client_class, "async_client"), (s.client_class, "client")]
        for name, module in exports:
            scope.type_ref(module, name)
        body = self._template("package_init.py.j2", exports=exports)
        doc = f"{s.full_name}: typed synchronous and asynchronous clients."
        return self._module(scope, doc, body)

    def extension_module(self, package: str) -> str:
        """A submodule re-exporting a hand-written package's public names (its ``__all__``)."""
        body = self._template("extension.py.j2", package=package)
        return f"{self.header()}\n{body}"

    def models_init(self) -> str:
        s = self.service
        scope = Scope(package=s.package, module="models")
        scope.need("from aws_runtime import lazy")
        scope.need("from collections.abc import Mapping")
        scope.need_type("from typing import Final")
        models = s.exported_models()
        for name, module in models:
            scope.type_ref(module, name)
        body = self._template("models_init.py.j2", exports=models)
        doc = (
            "Every request, response and shape class, each imported on first use\n\n"
            "so that a program pays only for the operations it calls."
        )
        return self._module(scope, doc, body)


def render_files(service: Service) -> dict[str, str]:
    """Relative path -> text of every generated file (before formatting)."""
    r = Renderer(service)
    files: dict[str, str] = {
        "__init__.py": r.package_init(),
        "py.typed": "",
        "_service.py": r.service_module(),
        "client.py": r.client_module(is_async=False),
        "async_client.py": r.client_module(is_async=True),
        "errors.py": r.errors_module(),
        "models/__init__.py": r.models_init(),
    }
    if service.endpoint_rules is not None:
        files["_endpoint_rules.py"] = r.endpoint_rules_module()
    for submodule, package in service.extensions:
        files[f"{submodule}.py"] = r.extension_module(package)
    packages = {"_operations", "_shapes"}
    for module in service.modules:
        if module.path == "errors":
            continue
        files[module.file] = r.shapes_module(module)
    for pkg in sorted(packages):
        if any(f.startswith(pkg + "/") for f in files):
            files[f"{pkg}/__init__.py"] = (
                r.operations_init()
                if pkg == "_operations"
                else f'{r.header()}\n"""Generated modules; import from the package instead."""\n'
            )
    return files


def format_files(
    files: dict[str, str], *, package: str, first_party: Sequence[str] = ()
) -> dict[str, str]:
    """Run ruff (import fixes, then the formatter) over the generated Python files.

    Ruff runs in isolated mode with its settings given here, so the output does not depend
    on where the package is generated or on any configuration file. ``first_party``: other
    packages of this project the files import (the hand-written extensions), sorted as the
    project's own ruff settings sort them.
    """
    known = ", ".join(repr(name) for name in ("aws_runtime", package, *first_party))
    settings = [
        "--isolated",
        "--line-length",
        str(LINE_LENGTH),
        "--target-version",
        "py311",
        "--config",
        f"lint.isort.known-first-party = [{known}]",
        "--config",
        "lint.typing-modules = ['aws_runtime.static_typing']",
    ]
    ruff = [sys.executable, "-m", "ruff"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / package
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        fix = [*ruff, "check", *settings, "--fix-only", "--exit-zero", "--select", "I,F401"]
        _run([*fix, "--quiet", package], cwd=tmp)
        _run([*ruff, "format", *settings, "--quiet", package], cwd=tmp)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def _run(cmd: list[str], *, cwd: str) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:4])} failed on generated code:\n{proc.stderr}")


def write_package(files: dict[str, str], target: Path) -> list[Path]:
    """Write ``files`` under ``target`` and delete files there that are no longer generated.

    Returns the paths that changed or were removed.
    """
    changed: list[Path] = []
    target.mkdir(parents=True, exist_ok=True)
    for rel, text in sorted(files.items()):
        path = target / rel
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(path)
    for path in sorted(target.rglob("*")):
        rel = path.relative_to(target).as_posix()
        if path.is_file() and rel not in files and "__pycache__" not in rel:
            path.unlink()
            changed.append(path)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_dir() and path.name != "__pycache__" and not any(path.iterdir()):
            path.rmdir()
    return changed


def diff_package(files: dict[str, str], target: Path) -> list[str]:
    """Relative paths where ``target`` differs from ``files`` (missing, changed or stale)."""
    problems: list[str] = []
    for rel, text in sorted(files.items()):
        path = target / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"changed: {rel}")
    if target.exists():
        for path in sorted(target.rglob("*")):
            rel = path.relative_to(target).as_posix()
            if path.is_file() and rel not in files and "__pycache__" not in rel:
                problems.append(f"stale: {rel}")
    return problems

"""Small synthetic botocore-style models, and generating, importing and type-checking packages
from them: what the generator's tests share.

Nothing here reads the pinned cognito-idp model.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

from codegen.build import build_service
from codegen.files import format_files, write_package
from codegen.ir import Provenance
from codegen.overrides import ServiceOverrides
from codegen.render import render_files

ROOT = Path(__file__).resolve().parents[2]
PROVENANCE = Provenance(botocore_version="0.0.test", sha256="0" * 64, api_version="2020-01-01")


def metadata(service_id: str = "Tiny Service") -> dict[str, Any]:
    return {
        "protocol": "json",
        "jsonVersion": "1.1",
        "targetPrefix": "Tiny",
        "serviceId": service_id,
        "endpointPrefix": "tiny",
        "serviceFullName": service_id,
        "apiVersion": "2020-01-01",
    }


def operation(
    name: str,
    input: str | None = None,
    output: str | None = None,
    errors: tuple[str, ...] = (),
    **extra: Any,
) -> dict[str, Any]:
    op: dict[str, Any] = {"name": name, "http": {"method": "POST", "requestUri": "/"}}
    if input is not None:
        op["input"] = {"shape": input}
    if output is not None:
        op["output"] = {"shape": output}
    if errors:
        op["errors"] = [{"shape": e} for e in errors]
    op.update(extra)
    return op


def structure(members: dict[str, str], required: tuple[str, ...] = (), **extra: Any) -> Any:
    shape: dict[str, Any] = {
        "type": "structure",
        "members": {name: {"shape": target} for name, target in members.items()},
    }
    if required:
        shape["required"] = list(required)
    shape.update(extra)
    return shape


def generate_files(
    model: dict[str, Any],
    package: str,
    overrides: ServiceOverrides | None = None,
    operations: list[str] | None = None,
) -> dict[str, str]:
    service = build_service(
        model,
        package=package,
        overrides=overrides or ServiceOverrides(),
        provenance=PROVENANCE,
        operations=operations,
    )
    return format_files(render_files(service), package=package)


def forget(package: str) -> None:
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]


def package_name(tmp_path: Path, stem: str = "pkg") -> str:
    digest = hashlib.sha256(str(tmp_path).encode()).hexdigest()[:10]
    return f"cg_{stem}_{digest}"


class Generated:
    """A package generated into ``root / package`` and importable while the fixture lives."""

    def __init__(self, root: Path, package: str, files: dict[str, str]) -> None:
        self.root = root
        self.package = package
        self.files = files

    def module(self, rel: str = "") -> types.ModuleType:
        return importlib.import_module(f"{self.package}.{rel}" if rel else self.package)


def run_mypy(root: Path, package: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(root)])}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def signature(method: Any) -> list[tuple[str, str, str, str]]:
    sig = inspect.signature(method)
    params = [
        (p.name, p.kind.name, repr(p.default), str(p.annotation)) for p in sig.parameters.values()
    ]
    return [*params, ("return", "", "", str(sig.return_annotation))]


def write_generated(
    root: Path,
    stem: str,
    model: dict[str, Any],
    overrides: ServiceOverrides | None = None,
    **inputs: Any,
) -> tuple[str, dict[str, str]]:
    """Generate ``model`` (with the other model files in ``inputs``: ``paginators=``,
    ``waiters=``) as a formatted package under ``root``: (its name, its files)."""
    package = package_name(root, stem)
    service = build_service(
        model,
        package=package,
        overrides=overrides or ServiceOverrides(),
        provenance=PROVENANCE,
        **inputs,
    )
    files = format_files(render_files(service), package=package)
    write_package(files, root / package)
    return package, files

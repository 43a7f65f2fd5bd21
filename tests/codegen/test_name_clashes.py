"""Shapes named like what generated modules import or Python's builtins, and operations whose
parameters differ only in order: the package still type-checks and keeps every name usable."""

from __future__ import annotations

from pathlib import Path

from codegen.build import build_service
from codegen.files import format_files, write_package
from codegen.overrides import ServiceOverrides
from codegen.render import render_files
from tests.support.synthetic import (
    PROVENANCE,
    metadata,
    operation,
    package_name,
    run_mypy,
    structure,
)


def model() -> dict[str, object]:
    return {
        "metadata": metadata(),
        "operations": {
            "Put": operation("Put", input="PutInput", output="PutOutput"),
            "DropA": operation("DropA", input="DropAInput"),
            "DropB": operation("DropB", input="DropBInput"),
        },
        "shapes": {
            "PutInput": structure({"Mapping": "Mapping", "Protocol": "Protocol"}),
            "PutOutput": structure({"Warnings": "WarningList", "Mapping": "Mapping"}),
            "Mapping": structure({"Name": "String"}),
            "Protocol": {"type": "string", "enum": ["tcp", "udp"]},
            "WarningList": {"type": "list", "member": {"shape": "Warning"}},
            "Warning": structure({"Message": "String"}),
            "DropAInput": structure(
                {"Id": "String", "IndexId": "String"}, required=("Id", "IndexId")
            ),
            "DropBInput": structure(
                {"IndexId": "String", "Id": "String"}, required=("IndexId", "Id")
            ),
            "String": {"type": "string"},
        },
    }


def test_clashing_names_get_a_trailing_underscore_and_the_package_passes_mypy_strict(
    tmp_path: Path,
) -> None:
    package = package_name(tmp_path, "clashes")
    service = build_service(
        model(), package=package, overrides=ServiceOverrides(), provenance=PROVENANCE
    )
    files = format_files(render_files(service), package=package)
    write_package(files, tmp_path / package)

    proc = run_mypy(tmp_path, package)

    assert proc.returncode == 0, proc.stdout
    models = files["models/__init__.py"]
    for name in ("Mapping_", "Protocol_", "Warning_"):
        assert f'"{name}"' in models, name

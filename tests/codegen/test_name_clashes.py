"""Shapes named like what generated modules import or Python's builtins, and operations whose
parameters differ only in order: the package still type-checks and keeps every name usable."""

from __future__ import annotations

from pathlib import Path

from tests.support.synthetic import (
    metadata,
    operation,
    run_mypy,
    structure,
    write_generated,
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
    package, files = write_generated(tmp_path, "clashes", model())

    proc = run_mypy(tmp_path, package)

    assert proc.returncode == 0, proc.stdout
    models = files["models/__init__.py"]
    for name in ("Mapping_", "Protocol_", "Warning_"):
        assert f'"{name}"' in models, name

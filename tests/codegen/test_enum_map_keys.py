"""A map keyed by an enum shape, in a structure both sent and received: its keys are ``str``,
what the wire carries and the parser returns, so the package type-checks and a response's map
can be passed back as it is."""

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
        "operations": {"Put": operation("Put", input="Config", output="Config")},
        "shapes": {
            "Config": structure({"Policies": "PolicyMap"}),
            "PolicyMap": {"type": "map", "key": {"shape": "LogType"}, "value": {"shape": "Policy"}},
            "LogType": {"type": "string", "enum": ["system-logs", "application-logs"]},
            "Policy": {"type": "string", "enum": ["managed", "disabled"]},
        },
    }


def test_enum_keyed_map_in_input_and_output_passes_mypy_strict(tmp_path: Path) -> None:
    package, files = write_generated(tmp_path, "enumkeys", model())

    proc = run_mypy(tmp_path, package)

    assert proc.returncode == 0, proc.stdout
    declared = next(
        line.strip()
        for line in files["_operations/put.py"].splitlines()
        if line.strip().startswith("policies:")
    )
    assert declared.startswith(("policies: Mapping[str, ", "policies: dict[str, ")), declared

"""The wheel users install ships the generated package and the runtime, both typed."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_generated_package_and_runtime_with_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    provenance = json.loads((ROOT / "model/cognito-idp/PROVENANCE.json").read_text())
    # The version carries the model's botocore version (then the SDK's revision).
    assert wheel.name.startswith(f"cognito_idp_typed-{provenance['botocore_version']}.")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cognito_idp/py.typed" in names
    assert "typedaws_runtime/py.typed" in names
    assert "cognito_idp/_operations/confirm_sign_up.py" in names
    assert "typedaws_runtime/client.py" in names
    # The stub packages for downstream type checkers, beside the packages, marked partial.
    archive = zipfile.ZipFile(wheel)
    for stubs in ("cognito_idp-stubs", "typedaws_runtime-stubs"):
        assert archive.read(f"{stubs}/py.typed") == b"partial\n"
        assert f"{stubs}/client.pyi" in names
    assert {"cognito_idp-stubs/__init__.pyi", "cognito_idp-stubs/models/__init__.pyi"} <= names
    # The generator and its templates are development tools, not part of what users install.
    assert not any(n.startswith(("codegen/", "templates/", "tests/", "generated/")) for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert requires, "the runtime dependencies are declared"
    assert not any("jinja2" in r.lower() for r in requires)
    # HTTP is the runtime's own: no HTTP client library is installed with it.
    assert not any(lib in r.lower() for r in requires for lib in ("aiohttp", "urllib3", "httpx"))

"""Import cost as the number of generated operations grows, and the time to generate.

The package is generated three times into a temporary folder, with ConfirmSignUp alone, with
ten operations, and with all of them, exactly as ``make generate`` would (same settings, only
``operations`` differs). Each is imported in fresh processes (bytecode compiled beforehand):
``import cognito_idp`` alone, and ``import cognito_idp`` plus a client plus the module of the
one operation a program uses.
"""

from __future__ import annotations

import compileall
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from codegen.__main__ import Settings, generated_files, load_settings
from codegen.files import write_package
from codegen.model import load_pinned

PACKAGE_IMPORT = """\
import time
_t0 = time.perf_counter()
import cognito_idp
_t1 = time.perf_counter()
import sys
assert cognito_idp.__file__.startswith(sys.argv[1]), cognito_idp.__file__
print((_t1 - _t0) * 1e3)
"""

ONE_OPERATION = """\
import time
_t0 = time.perf_counter()
import cognito_idp
from cognito_idp._operations import confirm_sign_up
client = cognito_idp.CognitoIdentityProviderClient(
    region="us-east-1", endpoint_url="http://127.0.0.1:9"
)
_t1 = time.perf_counter()
import sys
assert cognito_idp.__file__.startswith(sys.argv[1]), cognito_idp.__file__
print((_t1 - _t0) * 1e3)
"""


def _subsets(settings: Settings) -> dict[str, tuple[str, ...] | None]:
    operations = load_pinned(settings.model_dir).service["operations"]
    assert isinstance(operations, dict)
    names = sorted(str(n) for n in cast(dict[str, object], operations))
    others = [n for n in names if n != "ConfirmSignUp"]
    return {
        "1": ("ConfirmSignUp",),
        "10": ("ConfirmSignUp", *others[:9]),
        f"all ({len(names)})": None,
    }


def _time_child(script: str, pkg_root: Path, env: Mapping[str, str], cwd: Path) -> float:
    child_env = dict(env)
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pkg_root), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-c", script, str(pkg_root)],
        env=child_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"scaling child failed:\n{proc.stderr}")
    return float(proc.stdout.strip())


def run(env: Mapping[str, str], cwd: Path, repeats: int) -> dict[str, object]:
    settings = load_settings()
    rows: list[dict[str, object]] = []
    generate_all_s = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        packages: list[tuple[str, Path, int]] = []
        for label, ops in _subsets(settings).items():
            t0 = time.perf_counter()
            files = generated_files(dataclasses.replace(settings, operations=ops))
            elapsed = time.perf_counter() - t0
            if ops is None:
                generate_all_s = elapsed
            root = Path(tmp) / f"ops-{len(ops) if ops else 'all'}"
            write_package(files, root / settings.package)
            compileall.compile_dir(root, quiet=1)
            op_modules = sum(1 for f in files if f.startswith("_operations/") and "__" not in f)
            packages.append((label, root, op_modules))
            rows.append({"operations": label, "files": len(files), "generate_s": elapsed})
        # Warm the bytecode of the runtime and libraries once, then interleave the sizes.
        for _, root, _ in packages:
            _time_child(ONE_OPERATION, root, env, cwd)
        samples: dict[str, dict[str, list[float]]] = {
            label: {"import_ms": [], "one_op_ms": []} for label, _, _ in packages
        }
        for _ in range(repeats):
            for label, root, _ in packages:
                samples[label]["import_ms"].append(_time_child(PACKAGE_IMPORT, root, env, cwd))
                samples[label]["one_op_ms"].append(_time_child(ONE_OPERATION, root, env, cwd))
        for row, (label, _, op_modules) in zip(rows, packages, strict=True):
            row["operation_modules"] = op_modules
            row["import_ms"] = statistics.median(samples[label]["import_ms"])
            row["one_op_ms"] = statistics.median(samples[label]["one_op_ms"])
            row["samples"] = samples[label]
    return {"rows": rows, "generate_all_s": generate_all_s, "repeats": repeats}

"""A downstream project type-checks against the built wheel.

How: ``tools.wheel_env`` builds the wheel from the working tree and installs it into a fresh
virtual environment that sees nothing of the repository, as a user installs it, stub packages
included. This venv's mypy and pyright then check a copy of ``downstream/`` with
``--python-executable`` / ``--pythonpath`` pointed at the fresh interpreter, whose ``bin`` also
comes first on ``PATH`` (``pyright --verifytypes`` ignores ``--pythonpath`` and finds packages
through the ``python`` on ``PATH``).

- ``good.py`` must pass mypy --strict and pyright strict without a single diagnostic.
- ``bad.py`` marks each deliberately wrong line with ``# expect: <label>``; both checkers must
  report errors on exactly those lines, and their normalized output (``bad.py:LINE: severity:
  first line of the message [code]``, no paths or columns) must equal ``expected/``.
  ``UPDATE_TYPING_EXPECTED=1`` rewrites the saved output instead of comparing it.
- ``pyright --verifytypes cognito_idp --ignoreexternal`` must find every symbol fully typed.
- mypy's stubtest finds the stubs in agreement with the modules they describe.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools import wheel_env

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DOWNSTREAM = HERE / "downstream"
EXPECTED = HERE / "expected"
UPDATE = os.environ.get("UPDATE_TYPING_EXPECTED") == "1"
CHECKERS = ("mypy", "pyright")
EXPECT_MARK = re.compile(r"\S  # expect: (?P<label>.+)$")  # a trailing comment after code


@dataclass(frozen=True)
class Downstream:
    """The fresh environment with the wheel installed, and the copied downstream project."""

    venv: Path
    python: Path
    site_packages: Path
    project: Path
    env: Mapping[str, str]


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    severity: str
    message: str
    code: str

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message} [{self.code}]"


def _run(args: list[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> str:
    try:
        return wheel_env.run(args, env=env, cwd=cwd)
    except wheel_env.WheelEnvError as e:
        pytest.fail(str(e))


def _tool(downstream: Downstream, *args: str) -> subprocess.CompletedProcess[str]:
    """Run this environment's ``python -m <args>`` in the downstream project, as its user would."""
    return subprocess.run(
        [sys.executable, "-m", *args],
        capture_output=True,
        text=True,
        env=downstream.env,
        cwd=downstream.project,
        timeout=120,
    )


@pytest.fixture(scope="module")
def downstream(tmp_path_factory: pytest.TempPathFactory) -> Downstream:
    base = tmp_path_factory.mktemp("typing")
    try:
        installed = wheel_env.create(base)
    except wheel_env.WheelEnvError as e:
        pytest.fail(str(e))
    project = base / "downstream"
    shutil.copytree(DOWNSTREAM, project, ignore=shutil.ignore_patterns("__pycache__"))
    return Downstream(
        installed.venv, installed.python, installed.site_packages, project, installed.env
    )


@pytest.fixture(scope="module")
def mypy_diagnostics(downstream: Downstream) -> list[Diagnostic]:
    proc = _tool(
        downstream,
        "mypy",
        "--config-file=pyproject.toml",
        f"--python-executable={downstream.python}",
        f"--cache-dir={downstream.project / '.mypy_cache'}",
        "--output=json",
        "good.py",
        "bad.py",
    )
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    found: list[Diagnostic] = []
    for raw in proc.stdout.splitlines():
        if not raw.startswith("{"):
            continue
        d = json.loads(raw)
        if d["severity"] == "note":
            continue  # hints beside an error ("defined in ...") add nothing to what is caught
        found.append(
            Diagnostic(Path(d["file"]).name, d["line"], d["severity"], d["message"], d["code"])
        )
    assert found, f"mypy reported nothing:\n{proc.stdout}\n{proc.stderr}"
    return sorted(found)


@pytest.fixture(scope="module")
def pyright_diagnostics(downstream: Downstream) -> list[Diagnostic]:
    proc = _tool(
        downstream,
        "pyright",
        "--outputjson",
        "--pythonpath",
        str(downstream.python),
        "--project",
        str(downstream.project),
    )
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] == 2, report["summary"]
    found = [
        Diagnostic(
            Path(d["file"]).name,
            d["range"]["start"]["line"] + 1,
            d["severity"],
            d["message"].splitlines()[0],
            d.get("rule", ""),
        )
        for d in report["generalDiagnostics"]
    ]
    return sorted(found)


def _diagnostics(request: pytest.FixtureRequest, checker: str) -> list[Diagnostic]:
    found: list[Diagnostic] = request.getfixturevalue(f"{checker}_diagnostics")
    return found


def _expected_lines() -> dict[int, str]:
    text = (DOWNSTREAM / "bad.py").read_text()
    marks = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = EXPECT_MARK.search(line)
        if match:
            marks[number] = match["label"]
    return marks


def test_checks_the_installed_wheel_not_the_repository(downstream: Downstream) -> None:
    where = _run(
        [
            str(downstream.python),
            "-c",
            "import typedaws_runtime.transports.asyncio_transport, typedaws_runtime.transports"
            ".socket_transport, cognito_idp.models as m, cognito_idp.errors as e;"
            "m.ConfirmSignUpResponse; print(m.__file__); print(e.__file__)",
        ],
        env=downstream.env,
        cwd=downstream.project,
    )
    for path in where.split():
        assert Path(path).is_relative_to(downstream.site_packages), where
    search = _run([str(downstream.python), "-c", "import sys; print(*sys.path, sep='\\n')"])
    leaks = [p for p in search.splitlines() if p and Path(p).resolve().is_relative_to(ROOT)]
    assert not leaks, f"the repository is visible from the fresh environment: {leaks}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_correct_code_passes_strict_checking(request: pytest.FixtureRequest, checker: str) -> None:
    found = [d.render() for d in _diagnostics(request, checker) if d.file == "good.py"]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_wrong_line_is_reported_and_nothing_else(
    request: pytest.FixtureRequest, checker: str
) -> None:
    marks = _expected_lines()
    assert len(marks) >= 8
    reported = {d.line for d in _diagnostics(request, checker) if d.file == "bad.py"}
    missed = {line: label for line, label in marks.items() if line not in reported}
    assert not missed, f"{checker} no longer catches: {missed}"
    unmarked = sorted(reported - marks.keys())
    assert not unmarked, f"{checker} reports lines of bad.py not marked '# expect:': {unmarked}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_output_on_wrong_code_matches_saved(request: pytest.FixtureRequest, checker: str) -> None:
    lines = [d.render() for d in _diagnostics(request, checker) if d.file == "bad.py"]
    actual = "\n".join(lines) + "\n"
    saved = EXPECTED / f"{checker}.txt"
    if UPDATE:
        saved.write_text(actual)
        return
    assert saved.exists(), f"{saved} is missing: run with UPDATE_TYPING_EXPECTED=1"
    assert actual == saved.read_text(), (
        f"{checker}'s output on bad.py changed; review it and run with UPDATE_TYPING_EXPECTED=1"
    )


def test_verifytypes_finds_every_public_symbol_fully_typed(downstream: Downstream) -> None:
    proc = _tool(
        downstream, "pyright", "--verifytypes", "cognito_idp", "--ignoreexternal", "--outputjson"
    )
    report = json.loads(proc.stdout)
    completeness = report["typeCompleteness"]
    # The package verified is the one installed from the wheel, with its py.typed.
    root = Path(completeness["packageRootDirectory"])
    assert root.is_relative_to(downstream.site_packages), report.get("generalDiagnostics")
    assert completeness["pyTypedPath"]
    incomplete = [
        f"{s['name']}: {'; '.join(d['message'] for d in s['diagnostics'])}"
        for s in completeness["symbols"]
        if not s["isTypeKnown"] or s["isTypeAmbiguous"]
    ]
    assert not incomplete, "\n".join(incomplete)
    assert completeness["exportedSymbolCounts"]["withUnknownType"] == 0
    assert completeness["exportedSymbolCounts"]["withAmbiguousType"] == 0
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 0
    assert completeness["completenessScore"] == 1
    assert report["summary"]["errorCount"] == 0, report["generalDiagnostics"]
    assert proc.returncode == 0, proc.stderr


def _module_names(root: Path, package: str, suffix: str) -> set[str]:
    """The modules under ``root`` (a package or stub package of ``package``), by name."""
    names = set()
    for path in root.rglob(f"*{suffix}"):
        parts = path.relative_to(root).with_suffix("").parts
        names.add(".".join((package, *parts)).removesuffix(".__init__"))
    return names


def _stubtest_allowlist(downstream: Downstream) -> list[str]:
    """What stubtest is told to let pass, each for its reason.

    - The modules the partial stub package leaves out: type checkers read them from the
      package itself.
    - The ``Literal`` aliases of enum values (``AuthFlowTypeValue``): ``str`` at run time by
      design, the literals for type checkers.
    - The engine of ``typedaws_runtime.client`` (``ClientCore``) and its type variables (names
      at run time, as ``typedaws_runtime.static_typing`` makes them): not the surface.
    """
    site = downstream.site_packages
    stubbed = _module_names(site / "cognito_idp-stubs", "cognito_idp", ".pyi")
    assert {"cognito_idp", "cognito_idp.client", "cognito_idp.models"} <= stubbed, stubbed
    left_out = _module_names(site / "cognito_idp", "cognito_idp", ".py") - stubbed
    aliases = _run(
        [
            str(downstream.python),
            "-c",
            "import cognito_idp.models as m; "
            "print(*(n for n in m.__all__ if getattr(m, n) is str), sep='\\n')",
        ],
        env=downstream.env,
    ).split()
    assert len(aliases) > 50, aliases
    # stubtest looks for no stub of a module whose own name is private (``cognito_idp._service``)
    allow = [re.escape(n) for n in sorted(left_out) if not n.rpartition(".")[2].startswith("_")]
    allow += [re.escape(f"cognito_idp.models.{name}") for name in aliases]
    allow.append(r"typedaws_runtime\.client\.(ClientCore|RequestT|ResponseT|TransportT)")
    return allow


def test_stubs_agree_with_the_modules_they_describe(downstream: Downstream) -> None:
    """mypy's stubtest compares each stub with the module it describes, as installed: every
    public name, signature, field and base, with nothing allowed but what is listed above."""
    allowlist = downstream.project / "stubtest-allowlist.txt"
    allowlist.write_text("\n".join(_stubtest_allowlist(downstream)) + "\n")
    config = downstream.project / "stubtest.ini"
    # The environment has the wheel's dependencies only: pytest, which the (unstubbed) fixture
    # module imports, is not there.
    config.write_text(
        f"[mypy]\npython_executable = {downstream.python}\n"
        "[mypy-pytest.*]\nignore_missing_imports = True\n"
    )
    env = dict(downstream.env, PYTHONPATH=str(downstream.site_packages))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            f"--mypy-config-file={config}",
            f"--allowlist={allowlist}",
            "cognito_idp",
            "typedaws_runtime.client",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=downstream.project,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[:6000] + proc.stderr[-2000:]
    assert "Success" in proc.stdout, proc.stdout

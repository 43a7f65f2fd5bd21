"""The version policy (``codegen.versions``): ``update-model`` resets the revision and records
the change report in the changelog; ``check-model`` fails only when the pinned model lags."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import codegen.__main__ as cli
from codegen.diff import diff_models
from codegen.model import Provenance
from codegen.versions import (
    add_changelog_entry,
    changelog_entry,
    check_model,
    reset_revision,
    version_key,
)

Model = dict[str, object]

OLD: Model = {
    "metadata": {"apiVersion": "2020-01-01"},
    "operations": {
        "Op": {"name": "Op", "input": {"shape": "In"}},
        "Gone": {"name": "Gone", "input": {"shape": "In"}},
    },
    "shapes": {
        "Str": {"type": "string"},
        "In": {"type": "structure", "members": {"Id": {"shape": "Str"}}, "required": []},
    },
}
NEW: Model = {
    "metadata": {"apiVersion": "2020-01-01"},
    "operations": {
        "Op": {"name": "Op", "input": {"shape": "In"}},
        "Added": {"name": "Added", "input": {"shape": "In"}},
    },
    "shapes": OLD["shapes"],
}
"""``Gone`` removed (breaking), ``Added`` added (compatible)."""

PYPROJECT = """\
[project]
name = "tiny"
revision = 7

[tool.codegen]
service = "tiny"
revision = 3
# operations = ["Op"]

[tool.other]
revision = 5
"""


def write_pinned(folder: Path, model: Model, botocore_version: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    provenance = {"botocore_version": botocore_version, "service": "tiny", "files": {}}
    (folder / "PROVENANCE.json").write_text(json.dumps(provenance), encoding="utf-8")


def run_update_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_version: str
) -> list[str]:
    """``update-model`` from OLD pinned at 1.0.0 to NEW from botocore ``new_version``."""

    def refresh(service: str, folder: Path) -> Provenance:
        write_pinned(folder, NEW, new_version)
        return Provenance(
            botocore_version=new_version, service=service, api_version="2020-01-01", sha256="0"
        )

    settings = cli.Settings(
        service="tiny",
        package="tiny",
        model_dir=tmp_path / "model",
        output_dir=tmp_path / "generated",
        operations=None,
        pyproject=tmp_path / "pyproject.toml",
        changelog=tmp_path / "CHANGELOG.md",
    )
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    monkeypatch.setattr(cli, "refresh_pinned", refresh)
    assert cli.main(["update-model"]) == 0
    return (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8").splitlines()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_pinned(tmp_path / "model", OLD, "1.0.0")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text(
        "# Changelog\n\nIntro.\n\n## 1.0.0.3 (2020-01-01)\n\nOlder.\n", encoding="utf-8"
    )
    return tmp_path


def test_update_model_puts_the_report_first_and_resets_the_revision(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    today = datetime.date.today().isoformat()
    lines = run_update_model(project, monkeypatch, "1.0.1")
    assert lines == [
        "# Changelog",
        "",
        "Intro.",
        "",
        f"## 1.0.1.0 ({today})",
        "",
        "The cognito-idp model of botocore 1.0.1.",
        "**BREAKING: 1 of 2 API changes** can break code written against the previous version;"
        " each is marked below.",
        "",
        "### Operations",
        "",
        "- compatible: `Added (added)`: operation added",
        "- **BREAKING**: `Gone (gone)`: operation removed",
        "",
        "## 1.0.0.3 (2020-01-01)",
        "",
        "Older.",
    ]
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert pyproject == PYPROJECT.replace("revision = 3", "revision = 0")
    out = capsys.readouterr().out
    assert "revision reset to 0" in out
    assert "CHANGELOG.md: added 1.0.1.0" in out


def test_update_model_to_the_same_botocore_leaves_changelog_and_revision(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    assert run_update_model(project, monkeypatch, "1.0.0") == before.splitlines()
    assert (project / "pyproject.toml").read_text(encoding="utf-8") == PYPROJECT


def test_an_entry_is_added_once_and_a_new_changelog_gets_a_title(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    today = datetime.date(2030, 1, 2)
    entry = changelog_entry("2.0.0.0", "2.0.0", [], today)
    assert add_changelog_entry(changelog, "2.0.0.0", entry)
    assert not add_changelog_entry(changelog, "2.0.0.0", entry + "again\n")
    text = changelog.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n\n")
    assert text.endswith("## 2.0.0.0 (2030-01-02)\n\nThe cognito-idp model of botocore 2.0.0.\n"
                         "No API changes.\n")  # fmt: skip


def test_compatible_changes_say_none_is_breaking() -> None:
    new = json.loads(json.dumps(OLD))
    new["operations"]["Added"] = {"name": "Added", "input": {"shape": "In"}}
    entry = changelog_entry("1.0.1.0", "1.0.1", diff_models(OLD, new), datetime.date(2030, 1, 1))
    assert "1 API changes, none breaking." in entry
    assert "BREAKING" not in entry


def test_reset_revision_needs_the_codegen_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.codegen]\nrevision = 0\n", encoding="utf-8")
    assert not reset_revision(path)
    path.write_text("[project]\nrevision = 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"no \[tool.codegen\]"):
        reset_revision(path)


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.44.10") > version_key("1.44.9")


def test_check_model_fails_with_both_versions_when_the_pinned_model_lags(tmp_path: Path) -> None:
    write_pinned(tmp_path, OLD, "1.44.8")
    status, message = check_model(tmp_path, "1.44.10", "model/tiny")
    assert status == 1
    assert message == (
        "model/tiny is pinned to botocore 1.44.8, but botocore 1.44.10 is installed:"
        " run `make update-model`"
    )


@pytest.mark.parametrize("installed", ["1.44.8", "1.44.7"])
def test_check_model_passes_when_up_to_date(tmp_path: Path, installed: str) -> None:
    write_pinned(tmp_path, OLD, "1.44.8")
    status, message = check_model(tmp_path, installed, "model/tiny")
    assert status == 0
    assert "\n" not in message and "1.44.8" in message


def test_check_model_without_provenance_fails(tmp_path: Path) -> None:
    assert check_model(tmp_path, "1.44.8", "m") == (
        1,
        "m has no PROVENANCE.json: run `make update-model`",
    )


def test_cli_check_model_exit_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pinned(tmp_path, OLD, "1.0.0")
    settings = cli.Settings(
        service="tiny", package="tiny", model_dir=tmp_path, output_dir=tmp_path, operations=None
    )
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    monkeypatch.setattr(cli, "installed_botocore_version", lambda: "1.0.1")
    assert cli.main(["check-model"]) == 1
    assert "run `make update-model`" in capsys.readouterr().err
    monkeypatch.setattr(cli, "installed_botocore_version", lambda: "1.0.0")
    assert cli.main(["check-model"]) == 0
    assert "up to date" in capsys.readouterr().out

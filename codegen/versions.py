"""The package's version policy: the changelog entry of a model update, and ``check-model``.

The version is ``<botocore version>.<revision>``: the botocore release whose model is pinned
leads, so a user can tell which AWS API a release speaks, and ``revision`` (``[tool.codegen]``)
counts releases of the SDK on that same model. A model update therefore starts the revision
again at 0 (``reset_revision``). The version cannot say whether an update breaks callers, so
the changelog entry does: it leads with the number of breaking changes and marks each one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from pathlib import Path

from codegen.diff import Change, Kind
from codegen.model import PROVENANCE_FILE, read_json

CHANGELOG_TITLE = "# Changelog"
CHANGELOG_INTRO = (
    'Newest first. A version is `<botocore version>.<revision>` (see README, "Versions");'
    " changes marked **BREAKING** can stop code written against the previous version from"
    " running or type-checking."
)


def version_key(version: str) -> tuple[int, ...]:
    """A release version as numbers, so that 1.44.10 sorts after 1.44.9."""
    return tuple(int(part) for part in re.findall(r"\d+", version))


def pinned_botocore_version(model_dir: Path) -> str | None:
    """The botocore version ``PROVENANCE.json`` in ``model_dir`` records; None when absent."""
    path = model_dir / PROVENANCE_FILE
    return str(read_json(path)["botocore_version"]) if path.exists() else None


def installed_botocore_version() -> str:
    """The version of the botocore this interpreter imports (the one in ``.venv``)."""
    import importlib.metadata

    return importlib.metadata.version("botocore")


def check_model(model_dir: Path, installed: str, shown: str) -> tuple[int, str]:
    """An exit status and one line: non-zero when the pinned model lags ``installed``.

    ``shown`` names the model folder in the message."""
    pinned = pinned_botocore_version(model_dir)
    if pinned is None:
        return 1, f"{shown} has no {PROVENANCE_FILE}: run `make update-model`"
    if version_key(pinned) < version_key(installed):
        return 1, (
            f"{shown} is pinned to botocore {pinned}, but botocore {installed} is installed:"
            " run `make update-model`"
        )
    if version_key(pinned) > version_key(installed):
        return 0, (
            f"{shown} is pinned to botocore {pinned}, newer than the installed {installed}"
            " (nothing to update)"
        )
    return 0, f"{shown} is up to date with the installed botocore {installed}"


def reset_revision(pyproject: Path) -> bool:
    """Set ``revision`` in ``[tool.codegen]`` of ``pyproject`` to 0, changing nothing else;
    whether the file changed."""
    text = pyproject.read_text(encoding="utf-8")
    section = re.search(r"(?ms)^\[tool\.codegen\]\n(.*?)(?=^\[|\Z)", text)
    if section is None:
        raise ValueError(f"{pyproject}: no [tool.codegen] table")
    body = section.group(1)
    line = r"(?m)^revision[ \t]*=[ \t]*\d+[ \t]*$"
    new_body, count = re.subn(line, "revision = 0", body, count=1)
    if count == 0 or new_body == body:
        return False
    pyproject.write_text(
        text[: section.start(1)] + new_body + text[section.end(1) :], encoding="utf-8"
    )
    return True


def changelog_entry(
    version: str,
    botocore_version: str,
    changes: Iterable[Change],
    date: datetime.date,
) -> str:
    """The changelog section of a model update: the API change report as Markdown, breaking
    changes counted up front so that nobody upgrades past one unawares."""
    items = sorted(changes, key=Change.sort_key)
    breaking = sum(c.breaking for c in items)
    lines = [f"## {version} ({date.isoformat()})", ""]
    lines.append(f"The cognito-idp model of botocore {botocore_version}.")
    if not items:
        lines.append("No API changes.")
    elif breaking:
        lines.append(
            f"**BREAKING: {breaking} of {len(items)} API changes** can break code written"
            " against the previous version; each is marked below."
        )
    else:
        lines.append(f"{len(items)} API changes, none breaking.")
    for kind in Kind:
        group = [c for c in items if c.kind is kind]
        if group:
            lines += ["", f"### {kind.value}", ""]
            lines += [
                f"- {'**BREAKING**' if c.breaking else 'compatible'}: `{c.subject}`: {c.detail}"
                for c in group
            ]
    return "\n".join(lines) + "\n"


def add_changelog_entry(changelog: Path, version: str, entry: str) -> bool:
    """Put ``entry`` first in ``changelog`` (created when missing); False, changing nothing,
    when the changelog already has a section for ``version``."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    if re.search(rf"(?m)^## {re.escape(version)}( |$)", text):
        return False
    if not text.strip():
        text = f"{CHANGELOG_TITLE}\n\n{CHANGELOG_INTRO}\n"
    first = re.search(r"(?m)^## ", text)
    at = first.start() if first else len(text)
    head = text[:at].rstrip("\n") + "\n\n"
    tail = text[at:]
    changelog.write_text(head + entry + ("\n" + tail if tail else ""), encoding="utf-8")
    return True

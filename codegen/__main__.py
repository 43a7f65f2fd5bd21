"""Command line: ``python -m codegen {generate,check,update-model,check-model,model-diff OLD NEW}``.

Settings (package name, model folder, operations, output folder) come from
``[tool.codegen]`` in ``pyproject.toml`` so that ``generate`` and ``check`` always agree.
``generate --service <name> [--out <dir>]`` (and ``check``) do any other awsJson service
instead, from the installed botocore's model (``codegen.services``).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from codegen import services
from codegen.build import ModelError, build_service
from codegen.diff import Change, diff_models, format_report, read_model
from codegen.files import diff_package, format_files, write_package
from codegen.ir import Service
from codegen.model import PinnedModel, load_pinned, refresh_pinned
from codegen.overrides import overrides_for
from codegen.render import render_files
from codegen.stubs import STUBS_DIR, stub_files
from codegen.versions import (
    add_changelog_entry,
    changelog_entry,
    check_model,
    installed_botocore_version,
    pinned_botocore_version,
    reset_revision,
)

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    service: str
    package: str
    model_dir: Path
    output_dir: Path
    operations: tuple[str, ...] | None
    revision: int = 0
    distribution: str = ""
    """The name the package ships under (``[project] name``), which its User-Agent shows."""
    from_botocore: bool = False
    """Read the model from the installed botocore rather than from ``model_dir``."""
    pyproject: Path | None = None
    """Where ``update-model`` resets the revision; None: nowhere."""
    changelog: Path | None = None
    """Where ``update-model`` records the API change report; None: nowhere."""


DEFAULT_SERVICE_OUT = "build/services"
"""Where ``--service`` packages go without ``--out``: outside ``generated/``, which holds the
one package this project ships."""


def service_settings(service: str, out: Path) -> Settings:
    """Settings for any awsJson service of the installed botocore: no distribution of its own,
    so its User-Agent names its import name."""
    return Settings(
        service=service,
        package=services.package_name(service),
        model_dir=out,
        output_dir=out,
        operations=None,
        from_botocore=True,
    )


def load_settings(pyproject: Path = ROOT / "pyproject.toml") -> Settings:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    cfg = data["tool"]["codegen"]
    ops = cfg.get("operations")
    return Settings(
        service=cfg["service"],
        package=cfg["package"],
        model_dir=ROOT / cfg["model_dir"],
        output_dir=ROOT / cfg["output_dir"],
        operations=tuple(ops) if ops else None,
        revision=int(cfg.get("revision", 0)),
        distribution=str(data.get("project", {}).get("name", "")),
        pyproject=pyproject,
        changelog=pyproject.parent / "CHANGELOG.md",
    )


def pinned_service(settings: Settings) -> tuple[Service, PinnedModel]:
    """The IR of the pinned model as ``generate`` builds it, and the pinned files."""
    if settings.from_botocore:
        pinned = services.load_service(settings.service)
    else:
        pinned = load_pinned(settings.model_dir)
    provenance = dataclasses.replace(
        pinned.provenance, revision=settings.revision, distribution=settings.distribution
    )
    service = build_service(
        pinned.service,
        paginators=pinned.paginators,
        endpoint_rules=pinned.endpoint_rules,
        partitions=pinned.partitions,
        waiters=pinned.waiters,
        package=settings.package,
        overrides=overrides_for(settings.service),
        provenance=provenance,
        operations=settings.operations,
    )
    return service, pinned


def generated_files(settings: Settings) -> dict[str, str]:
    service, _ = pinned_service(settings)
    extensions = [package for _, package in service.extensions]
    return format_files(render_files(service), package=settings.package, first_party=extensions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "command", choices=["generate", "check", "update-model", "check-model", "model-diff"]
    )
    parser.add_argument("old", nargs="?", help="model-diff: old service-2.json[.gz] or folder")
    parser.add_argument("new", nargs="?", help="model-diff: new service-2.json[.gz] or folder")
    parser.add_argument(
        "--service", help="generate/check: this awsJson service of botocore (e.g. dynamodb)"
    )
    parser.add_argument(
        "--out", type=Path, help=f"with --service: the package's folder ({DEFAULT_SERVICE_OUT})"
    )
    args = parser.parse_args(argv)
    given = [a for a in (args.old, args.new) if a is not None]
    if len(given) != (2 if args.command == "model-diff" else 0):
        parser.error("OLD and NEW are required by model-diff, and only by model-diff")
    if args.service is None and args.out is not None:
        parser.error("--out goes with --service")
    if args.service is not None and args.command not in ("generate", "check"):
        parser.error("--service goes with generate and check only")
    if args.service is not None:
        out = args.out if args.out is not None else ROOT / DEFAULT_SERVICE_OUT
        try:
            return _generate_or_check(args.command, service_settings(args.service, out))
        except services.ServiceNotSupported as e:
            print(f"{parser.prog}: error: {e}", file=sys.stderr)
            return 2
        except ModelError as e:
            print(f"{parser.prog}: error: {args.service}: {e}", file=sys.stderr)
            return 1
    settings = load_settings()
    if args.command == "model-diff":
        old_model, new_model = read_model(Path(args.old)), read_model(Path(args.new))
        changes = diff_models(old_model, new_model, settings.operations)
        print(format_report(changes, f"API changes from {args.old} to {args.new}"), end="")
        return 0
    if args.command == "check-model":
        status, message = check_model(
            settings.model_dir, installed_botocore_version(), str(_shown(settings.model_dir))
        )
        print(message, file=sys.stderr if status else sys.stdout)
        return status
    if args.command == "update-model":
        pinned = settings.model_dir / "service-2.json"  # kept in memory: the file is replaced
        old = read_model(pinned) if pinned.exists() else dict[str, object]()
        old_version = pinned_botocore_version(settings.model_dir)
        prov = refresh_pinned(settings.service, settings.model_dir)
        print(f"pinned {prov.service} from botocore {prov.botocore_version} (sha256 {prov.sha256})")
        changes = diff_models(old, read_model(settings.model_dir), settings.operations)
        print(format_report(changes, f"API changes (botocore {prov.botocore_version})"), end="")
        if prov.botocore_version != old_version:
            _record_model_update(settings, prov.botocore_version, changes)
        return 0
    return _generate_or_check(args.command, settings)


def _record_model_update(settings: Settings, botocore_version: str, changes: list[Change]) -> None:
    """A new botocore version starts the revision again at 0 (the policy in codegen.versions)
    and gets a changelog entry holding the change report."""
    version = f"{botocore_version}.0"
    if settings.pyproject is not None and reset_revision(settings.pyproject):
        print(f"{_shown(settings.pyproject)}: [tool.codegen] revision reset to 0")
    if settings.changelog is not None:
        entry = changelog_entry(version, botocore_version, changes, datetime.date.today())
        if add_changelog_entry(settings.changelog, version, entry):
            print(f"{_shown(settings.changelog)}: added {version}")
        else:
            print(f"{_shown(settings.changelog)}: already has {version}, left as it is")


def _shown(path: Path) -> Path:
    """``path`` relative to the repository when it is inside it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def generated_trees(settings: Settings) -> dict[Path, dict[str, str]]:
    """Folder -> its generated files: the package, and its stub packages (``codegen.stubs``)
    in ``stubs/`` beside it."""
    files = generated_files(settings)
    trees = {settings.output_dir / settings.package: files}
    for name, stubs in stub_files(settings.package, files).items():
        formatted = format_files(stubs, package=name, first_party=[settings.package])
        trees[settings.output_dir / STUBS_DIR / name] = formatted
    return trees


def _generate_or_check(command: str, settings: Settings) -> int:
    trees = generated_trees(settings)
    if command == "generate":
        for target, files in trees.items():
            changed = write_package(files, target)
            print(f"generated {len(files)} files in {_shown(target)} ({len(changed)} changed)")
        return 0
    problems = [
        f"{_shown(target)}: {problem}"
        for target, files in trees.items()
        for problem in diff_package(files, target)
    ]
    if problems:
        how = (
            f"python -m codegen generate --service {settings.service} --out {settings.output_dir}"
            if settings.from_botocore
            else "make generate"
        )
        print(f"generated code is out of date; run `{how}`:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    for target, files in trees.items():
        print(f"{_shown(target)} is up to date ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

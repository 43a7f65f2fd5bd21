"""Command line: ``python -m codegen {generate,check,update-model,model-diff OLD NEW}``.

Settings (package name, model folder, operations, output folder) come from
``[tool.codegen]`` in ``pyproject.toml`` so that ``generate`` and ``check`` always agree.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from codegen.build import build_service
from codegen.diff import diff_models, format_report, read_model
from codegen.files import diff_package, format_files, write_package
from codegen.ir import Service
from codegen.model import PinnedModel, load_pinned, refresh_pinned
from codegen.overrides import overrides_for
from codegen.render import render_files

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
    )


def pinned_service(settings: Settings) -> tuple[Service, PinnedModel]:
    """The IR of the pinned model as ``generate`` builds it, and the pinned files."""
    pinned = load_pinned(settings.model_dir)
    provenance = dataclasses.replace(
        pinned.provenance, revision=settings.revision, distribution=settings.distribution
    )
    service = build_service(
        pinned.service,
        paginators=pinned.paginators,
        endpoint_rules=pinned.endpoint_rules,
        partitions=pinned.partitions,
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
    parser.add_argument("command", choices=["generate", "check", "update-model", "model-diff"])
    parser.add_argument("old", nargs="?", help="model-diff: old service-2.json[.gz] or folder")
    parser.add_argument("new", nargs="?", help="model-diff: new service-2.json[.gz] or folder")
    args = parser.parse_args(argv)
    given = [a for a in (args.old, args.new) if a is not None]
    if len(given) != (2 if args.command == "model-diff" else 0):
        parser.error("OLD and NEW are required by model-diff, and only by model-diff")
    settings = load_settings()
    target = settings.output_dir / settings.package
    if args.command == "model-diff":
        old_model, new_model = read_model(Path(args.old)), read_model(Path(args.new))
        changes = diff_models(old_model, new_model, settings.operations)
        print(format_report(changes, f"API changes from {args.old} to {args.new}"), end="")
        return 0
    if args.command == "update-model":
        pinned = settings.model_dir / "service-2.json"  # kept in memory: the file is replaced
        old = read_model(pinned) if pinned.exists() else dict[str, object]()
        prov = refresh_pinned(settings.service, settings.model_dir)
        print(f"pinned {prov.service} from botocore {prov.botocore_version} (sha256 {prov.sha256})")
        changes = diff_models(old, read_model(settings.model_dir), settings.operations)
        print(format_report(changes, f"API changes (botocore {prov.botocore_version})"), end="")
        return 0
    files = generated_files(settings)
    if args.command == "generate":
        changed = write_package(files, target)
        print(
            f"generated {len(files)} files in {target.relative_to(ROOT)} ({len(changed)} changed)"
        )
        return 0
    problems = diff_package(files, target)
    if problems:
        print("generated code is out of date; run `make generate`:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"{target.relative_to(ROOT)} is up to date ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

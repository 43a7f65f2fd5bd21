"""Loading botocore service models, and the pinned copy kept in the repository.

The generator reads a pinned copy (``model/<service>/``) so that output depends on the
repository alone; ``refresh_pinned`` replaces that copy from the installed botocore and
records where it came from (botocore version and sha256 of each file).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import cast

JsonObject = dict[str, object]

MODEL_FILES = (
    "service-2.json",
    "endpoint-rule-set-1.json",
    "paginators-1.json",
    "waiters-2.json",
)
PROVENANCE_FILE = "PROVENANCE.json"
PARTITIONS_FILE = "partitions.json"
"""botocore's partition data (``data/partitions.json``), for the rule set's ``aws.partition``."""


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """Where a pinned model came from, and so the package generated from it."""

    botocore_version: str
    api_version: str
    sha256: str
    """sha256 of the pinned ``service-2.json`` exactly as stored."""
    service: str = ""
    """botocore's name for the service (``cognito-idp``)."""
    revision: int = 0
    """The SDK's own revision for this model: bumped when the generator or runtime changes
    what is generated while the model stays the same (``[tool.codegen] revision``)."""
    distribution: str = ""
    """The name the package ships under (``[project] name``); empty: its import name."""

    @property
    def package_version(self) -> str:
        """The package's version: the botocore version of its model, then the revision."""
        return f"{self.botocore_version}.{self.revision}"

    def user_agent(self, package: str) -> str:
        """The SDK's product in User-Agent (``cognito-idp-typed/1.44.8.0``)."""
        return f"{self.distribution or package}/{self.package_version}"


def read_json(path: Path) -> JsonObject:
    """Read a JSON object from a plain or gzip-compressed file."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object at the top level")
    return cast(JsonObject, data)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True, kw_only=True)
class PinnedModel:
    """The pinned files of one service."""

    service: JsonObject
    """``service-2.json``: operations and shapes."""
    paginators: JsonObject | None
    """``paginators-1.json``, when the service has paginators."""
    endpoint_rules: JsonObject | None
    """``endpoint-rule-set-1.json``, when the service has one."""
    provenance: Provenance
    partitions: JsonObject | None = None
    """``partitions.json``: the AWS partitions (Region patterns, DNS suffixes)."""
    waiters: JsonObject | None = None
    """``waiters-2.json``, when the service has waiters."""


def load_pinned(model_dir: Path) -> PinnedModel:
    """Load the pinned model files and their provenance."""

    def optional(name: str) -> JsonObject | None:
        path = model_dir / name
        return read_json(path) if path.exists() else None

    prov = read_json(model_dir / PROVENANCE_FILE)
    return PinnedModel(
        service=read_json(model_dir / "service-2.json"),
        paginators=optional("paginators-1.json"),
        endpoint_rules=optional("endpoint-rule-set-1.json"),
        partitions=optional(PARTITIONS_FILE),
        waiters=load_waiters(model_dir),
        provenance=Provenance(
            botocore_version=str(prov["botocore_version"]),
            service=str(prov["service"]),
            api_version=str(prov["api_version"]),
            sha256=sha256_of(model_dir / "service-2.json"),
        ),
    )


def load_waiters(model_dir: Path) -> JsonObject | None:
    """``waiters-2.json`` (or ``.json.gz``, as botocore ships some) next to ``service-2.json``
    in ``model_dir``, a pinned folder or botocore's; None when the service has no waiters."""
    for name in ("waiters-2.json", "waiters-2.json.gz"):
        path = model_dir / name
        if path.exists():
            return read_json(path)
    return None


def installed_botocore_dir(service: str) -> tuple[Path, str]:
    """The newest model folder of ``service`` in the installed botocore, and its version."""
    import importlib

    botocore = importlib.import_module("botocore")  # untyped: read two attributes only
    root = Path(str(botocore.__file__)).parent / "data" / service
    versions = sorted(p for p in root.iterdir() if p.is_dir())
    if not versions:
        raise FileNotFoundError(f"botocore has no model for {service!r}")
    return versions[-1], str(botocore.__version__)


def refresh_pinned(service: str, model_dir: Path) -> Provenance:
    """Copy the installed botocore's model files for ``service`` into ``model_dir``."""
    source, version = installed_botocore_dir(service)
    model_dir.mkdir(parents=True, exist_ok=True)
    copies = [(name, source / name) for name in MODEL_FILES]
    copies.append((PARTITIONS_FILE, source.parent.parent / PARTITIONS_FILE))  # data/partitions.json
    for name, path in copies:
        candidates = [path, path.with_name(f"{path.name}.gz")]
        found = next((c for c in candidates if c.exists()), None)
        if found is None:
            continue
        data = read_json(found)
        (model_dir / name).write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    service_model = read_json(model_dir / "service-2.json")
    metadata = cast(JsonObject, service_model["metadata"])
    prov = Provenance(
        botocore_version=version,
        service=service,
        api_version=str(metadata["apiVersion"]),
        sha256=sha256_of(model_dir / "service-2.json"),
    )
    record = {
        "botocore_version": prov.botocore_version,
        "service": prov.service,
        "api_version": prov.api_version,
        "files": {
            name: sha256_of(model_dir / name)
            for name in (*MODEL_FILES, PARTITIONS_FILE)
            if (model_dir / name).exists()
        },
    }
    (model_dir / PROVENANCE_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return prov

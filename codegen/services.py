"""Any awsJson service of the pinned botocore (the one the ``dev`` extra installs).

``python -m codegen generate --service <name>`` reads the model straight from botocore's data
(``botocore/data/<name>/<newest version>/``) instead of a pinned copy in the repository, so
any service whose protocol is awsJson (1.0 or 1.1) can be generated without committing its
model. Names follow boto3: the package is botocore's service name with ``-`` as ``_``
(``secretsmanager``, ``ssm_contacts``); the classes follow botocore's client class
(``DynamoDBClient``, ``SFNClient``: see ``naming.client_stem``).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
import keyword
from pathlib import Path
from typing import cast

from codegen.model import (
    PARTITIONS_FILE,
    JsonObject,
    PinnedModel,
    Provenance,
    load_waiters,
    read_json,
)

PROTOCOL = "json"
"""The only protocol the runtime speaks (awsJson 1.0 and 1.1)."""


class ServiceNotSupported(ValueError):
    """The named service is not in botocore, or does not speak awsJson; a one-line message."""


def data_dir() -> Path:
    """The installed botocore's ``data`` folder."""
    botocore = importlib.import_module("botocore")  # untyped: one attribute read
    return Path(str(botocore.__file__)).parent / "data"


def botocore_version() -> str:
    return str(importlib.import_module("botocore").__version__)


def _newest(service: str) -> Path | None:
    """The newest API version folder of ``service`` that holds a service model."""
    root = data_dir() / service
    if not root.is_dir():
        return None
    versions = sorted(d for d in root.iterdir() if d.is_dir() and any(d.glob("service-2.json*")))
    return versions[-1] if versions else None


def _file(folder: Path, name: str) -> Path | None:
    return next((p for p in (folder / name, folder / f"{name}.gz") if p.exists()), None)


def _raw(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def speaks_awsjson(metadata: JsonObject) -> bool:
    """Whether botocore talks awsJson to the service: the model's ``protocol`` is ``json``.

    Models that list ``json`` among other ``protocols`` but prefer another (Smithy RPC v2
    CBOR) are left out: botocore does not talk awsJson to them, so it is no reference.
    """
    return metadata.get("protocol") == PROTOCOL


def json_services() -> list[str]:
    """botocore's name of every awsJson service of the installed botocore, sorted."""
    found: list[str] = []
    for folder in sorted(p for p in data_dir().iterdir() if p.is_dir()):
        newest = _newest(folder.name)
        if newest is None:
            continue
        model = json.loads(_raw(cast(Path, _file(newest, "service-2.json"))))
        if speaks_awsjson(cast(JsonObject, model.get("metadata", {}))):
            found.append(folder.name)
    return found


def package_name(service: str) -> str:
    """The import name of ``service``'s package: boto3's (``ssm-contacts`` -> ``ssm_contacts``)."""
    name = service.replace("-", "_").replace(".", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


def load_service(service: str) -> PinnedModel:
    """The model files of ``service`` in the installed botocore, with their provenance;
    ServiceNotSupported when botocore has no such service or it does not speak awsJson."""
    folder = _newest(service)
    if folder is None:
        raise ServiceNotSupported(f"botocore {botocore_version()} has no service {service!r}")
    model_path = cast(Path, _file(folder, "service-2.json"))
    raw = _raw(model_path)
    model = cast(JsonObject, json.loads(raw))
    metadata = cast(JsonObject, model.get("metadata", {}))
    if not speaks_awsjson(metadata):
        protocol = metadata.get("protocol")
        raise ServiceNotSupported(
            f"{service} speaks {protocol}, not awsJson: only awsJson services can be generated"
        )

    def optional(name: str) -> JsonObject | None:
        path = _file(folder, name)
        return read_json(path) if path is not None else None

    partitions = _file(data_dir(), PARTITIONS_FILE)
    return PinnedModel(
        service=model,
        paginators=optional("paginators-1.json"),
        endpoint_rules=optional("endpoint-rule-set-1.json"),
        waiters=load_waiters(folder),
        partitions=read_json(partitions) if partitions is not None else None,
        provenance=Provenance(
            botocore_version=botocore_version(),
            service=service,
            api_version=str(metadata.get("apiVersion", folder.name)),
            # Of the JSON text, so that it does not depend on how botocore compresses it.
            sha256=hashlib.sha256(raw).hexdigest(),
        ),
    )

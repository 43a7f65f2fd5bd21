"""Generating awsJson services of the pinned botocore into a test's folder, and importing them
from there: what the tests that use other services' packages share.

Generation is ``python -m codegen generate --service``'s build and rendering; ruff's
formatting is optional (it changes layout, not meaning, and costs a second per service).
"""

from __future__ import annotations

import dataclasses
import importlib
import types
from pathlib import Path

from codegen.__main__ import pinned_service, service_settings
from codegen.files import format_files, write_package
from codegen.ir import Service
from codegen.model import PinnedModel
from codegen.render import render_files


def generate_service(
    name: str, out: Path, *, package: str | None = None, formatted: bool = False
) -> tuple[Service, PinnedModel]:
    """Write botocore service ``name``'s package to ``out / <package>``.

    ``package`` renames it: a test session that generates the same service twice (or imports
    boto3's names elsewhere) keeps each copy apart by giving them different names.
    """
    settings = service_settings(name, out)
    if package is not None:
        settings = dataclasses.replace(settings, package=package)
    service, pinned = pinned_service(settings)
    files = render_files(service)
    if formatted:
        files = format_files(files, package=service.package)
    write_package(files, out / service.package)
    return service, pinned


def import_from(root: Path, package: str) -> types.ModuleType:
    """Import ``package``, and check that it is the copy under ``root`` (``root`` must be on
    ``sys.path``): not one of the same name from elsewhere."""
    module = importlib.import_module(package)
    where = Path(str(module.__file__)).resolve()
    assert where.is_relative_to(root.resolve()), f"{package} is {where}"
    return module

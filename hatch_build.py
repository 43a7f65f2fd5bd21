"""Wheel build hook: the stub packages (``generated/stubs``, see ``codegen/stubs.py``) ship
in wheels, installed beside the packages they describe.

An editable install leaves them out: this repository's own type checking checks the
implementation, and the stubs would hide it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

STUBS = Path("generated") / "stubs"


class StubPackagesHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        for stubs in sorted((Path(self.root) / STUBS).glob("*-stubs")):
            build_data["force_include"][str(STUBS / stubs.name)] = stubs.name

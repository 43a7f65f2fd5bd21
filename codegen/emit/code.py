"""Generated code as values: a piece of text and the imports it needs.

Every emitter returns ``Code``; pieces combine with ``cat``, ``join`` and ``lines``, and their
imports travel with them, so a module imports exactly what its pieces name. Nothing is
recorded on the side: the module being written (``here``) is an argument, and a reference to
a name of another generated module is written ``alias.name`` (run time) or ``name`` (for
annotations, imported under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LINE_LENGTH = 100
"""The generated code's line length: ruff formats to it, docstrings are wrapped to it."""


@dataclass(frozen=True)
class Imports:
    """What a piece of generated code needs imported."""

    runtime: frozenset[str] = frozenset()
    """Import lines run when the module is imported."""
    annotation: frozenset[str] = frozenset()
    """Import lines that annotations need: run too in modules of dataclasses (so that
    ``typing.get_type_hints`` works on them), for type checkers only in client modules."""
    type_only: frozenset[str] = frozenset()
    """Import lines for type checkers only (under ``TYPE_CHECKING``)."""
    modules: frozenset[str] = frozenset()
    """Generated modules (paths inside the package) referred to at run time, by alias."""
    type_names: frozenset[tuple[str, str]] = frozenset()
    """(generated module, name) pairs that annotations name, for type checkers only."""

    def __or__(self, other: Imports) -> Imports:
        if not other:
            return self
        if not self:
            return other
        return Imports(
            runtime=self.runtime | other.runtime,
            annotation=self.annotation | other.annotation,
            type_only=self.type_only | other.type_only,
            modules=self.modules | other.modules,
            type_names=self.type_names | other.type_names,
        )

    def __bool__(self) -> bool:
        return bool(
            self.runtime or self.annotation or self.type_only or self.modules or self.type_names
        )


NO_IMPORTS = Imports()


@dataclass(frozen=True)
class Code:
    """Generated text (an expression, statements or definitions) and the imports it needs."""

    text: str
    imports: Imports = NO_IMPORTS

    def __str__(self) -> str:
        return self.text


Piece = Code | str
"""What the combinators take: code, or plain text that needs no import."""


def _code(piece: Piece) -> Code:
    return piece if isinstance(piece, Code) else Code(piece)


def cat(*pieces: Piece) -> Code:
    """The pieces written one after the other."""
    return join("", pieces)


def join(sep: str, pieces: Iterable[Piece]) -> Code:
    """The pieces with ``sep`` between them."""
    codes = [_code(p) for p in pieces]
    imports = NO_IMPORTS
    for c in codes:
        imports = imports | c.imports
    return Code(sep.join(c.text for c in codes), imports)


def lines(pieces: Iterable[Piece]) -> Code:
    """The pieces as consecutive lines."""
    return join("\n", pieces)


def indent(piece: Piece, levels: int = 1) -> Code:
    """Every non-empty line of ``piece`` indented by ``levels`` four-space steps."""
    code = _code(piece)
    pad = "    " * levels
    text = "\n".join(pad + line if line else "" for line in code.text.split("\n"))
    return Code(text, code.imports)


def runtime_import(line: str) -> Imports:
    return Imports(runtime=frozenset({line}))


def annotation_import(line: str) -> Imports:
    return Imports(annotation=frozenset({line}))


def type_import(line: str) -> Imports:
    return Imports(type_only=frozenset({line}))


@dataclass(frozen=True)
class RuntimeModule:
    """A module of the runtime, imported under a short alias (``_s`` for ``serde``)."""

    package: str
    module: str
    alias: str

    @property
    def import_line(self) -> str:
        return f"from {self.package} import {self.module} as {self.alias}"

    def __call__(self, name: str) -> Code:
        """``alias.name``, with the import that makes it work at run time."""
        return Code(f"{self.alias}.{name}", runtime_import(self.import_line))

    def in_annotation(self, name: str) -> Code:
        """``alias.name`` in an annotation."""
        return Code(f"{self.alias}.{name}", annotation_import(self.import_line))


SERDE = RuntimeModule("typedaws_runtime", "serde", "_s")
"""JSON writers and readers of each model type."""
SIGNATURE_TYPES = RuntimeModule("typedaws_runtime", "signature_types", "_types")
"""Types that fields and signatures name (``Document``), in a module light for type checkers."""
VALIDATE = RuntimeModule("typedaws_runtime", "validate", "_v")
"""Checks of request values against the model's constraints."""
REDACT = RuntimeModule("typedaws_runtime", "redact", "_r")
"""Collects the sensitive values inside a value, to mask them in errors."""
DATACLASS = RuntimeModule("typedaws_runtime", "lazy_dataclass", "_dc")
"""Models become standard dataclasses on first look (see typedaws_runtime.lazy_dataclass)."""


def from_import(module: str, name: str) -> Code:
    """``name``, imported from ``module`` at run time."""
    return Code(name, runtime_import(f"from {module} import {name}"))


def type_from_import(module: str, name: str) -> Code:
    """``name``, imported from ``module`` for type checkers only."""
    return Code(name, type_import(f"from {module} import {name}"))


def annotation_from_import(module: str, name: str) -> Code:
    """``name`` in an annotation, imported from ``module``."""
    return Code(name, annotation_import(f"from {module} import {name}"))


UNMODELLED = type_from_import("typedaws_runtime.enums", "Unmodelled")
"""The escape for enum values newer than the model, in annotations."""


def module_alias(module: str) -> str:
    """The alias a generated module is imported under: ``_shapes.thing`` -> ``_shapes_thing``."""
    return "_" + module.replace(".", "_").lstrip("_")


def runtime_ref(here: str, module: str, name: str) -> Code:
    """``name`` of generated ``module``, as code in module ``here`` evaluates it."""
    if module == here:
        return Code(name)
    return Code(f"{module_alias(module)}.{name}", Imports(modules=frozenset({module})))


def type_ref(here: str, module: str, name: str) -> Code:
    """``name`` of generated ``module`` in an annotation of module ``here``."""
    if module == here:
        return Code(name)
    return Code(name, Imports(type_names=frozenset({(module, name)})))


def import_lines(imports: Imports, package: str, *, annotations_run: bool) -> list[str]:
    """The import lines run at import time: runtime lines, then generated modules by alias;
    with ``annotations_run``, those of annotations too."""
    found = imports.runtime | imports.annotation if annotations_run else imports.runtime
    out = sorted(found)
    for module in sorted(imports.modules):
        parent, _, leaf = f"{package}.{module}".rpartition(".")
        out.append(f"from {parent} import {leaf} as {module_alias(module)}")
    return out


def type_import_lines(
    imports: Imports,
    package: str,
    *,
    annotations_run: bool,
    models: frozenset[str] = frozenset(),
) -> list[str]:
    """The import lines for type checkers only (under ``TYPE_CHECKING``).

    ``models``: the generated modules whose names ``<package>.models`` re-exports, imported
    from there instead. A module that is not itself a model module names model classes so,
    as the stubs do (``codegen.stubs``): a type checker that reads the stubs sees each class
    in ``models`` only, and a class imported from its own module would be another type.
    """
    found = imports.type_only if annotations_run else imports.type_only | imports.annotation
    by_module: dict[str, set[str]] = {}
    for module, name in imports.type_names:
        by_module.setdefault("models" if module in models else module, set()).add(name)
    return sorted(found) + [
        f"from {package}.{module} import {', '.join(sorted(names))}"
        for module, names in sorted(by_module.items())
    ]

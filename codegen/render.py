"""Render the IR into the text of each generated file: the emitters' pieces laid out by the
jinja2 templates, each module importing what its pieces need.

``codegen.files`` then formats the texts with ruff and writes or compares them.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from codegen.emit import (
    clients,
    errors,
    features,
    models,
    operations,
    parsers,
    secrets,
    serializers,
    testing,
    validators,
    waiters,
)
from codegen.emit.code import (
    LINE_LENGTH,
    Code,
    Imports,
    Piece,
    cat,
    from_import,
    import_lines,
    indent,
    join,
    lines,
    runtime_import,
    type_from_import,
    type_import_lines,
    type_ref,
)
from codegen.emit.docstrings import enum_doc, member_doc, structure_doc
from codegen.ir import EnumShape, Module, Service, Structure

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

TYPE_CHECKING_IMPORT = "from typedaws_runtime.static_typing import TYPE_CHECKING"
"""typing.TYPE_CHECKING without importing typing at run time (typedaws_runtime.static_typing)."""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # jinja2 declares ``filters`` with an unannotated default, which strict pyright flags.
    env.filters["pyrepr"] = repr  # pyright: ignore[reportUnknownMemberType]
    return env


def _imports(pieces: list[Code]) -> Imports:
    return join("", pieces).imports


class Renderer:
    """Lays out the generated files: modules and classes from the emitters' pieces, through
    the templates; each module imports what its pieces need."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.env = _environment()

    def _template(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(service=self.service, **context)

    def header(self) -> str:
        p = self.service.provenance
        return (
            f"# Generated from the botocore {p.botocore_version} model of "
            f"{self.service.service_name} (sha256 {p.sha256[:16]}).\n"
            "# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`."
        )

    def _module(self, docstring: str, body: Code, *, annotations_run: bool = True) -> str:
        """A module: header, docstring, imports (run-time, then under ``TYPE_CHECKING``), body.

        ``annotations_run``: the imports annotations need run at import time (modules of
        dataclasses, for ``typing.get_type_hints``), or are for type checkers only; those
        name model classes through ``models``, as the stubs do.
        """
        package = self.service.package
        imports = import_lines(body.imports, package, annotations_run=annotations_run)
        models_ = frozenset[str]() if annotations_run else self.service.model_modules()
        type_imports = type_import_lines(
            body.imports, package, annotations_run=annotations_run, models=models_
        )
        if type_imports:
            imports.append(TYPE_CHECKING_IMPORT)
        return self._template(
            "module.py.j2",
            header=self.header(),
            docstring=docstring,
            imports=imports,
            type_imports=type_imports,
            body=body.text.strip() + "\n",
        )

    def _class(
        self,
        name: str,
        doc: str,
        body: list[Code],
        *,
        bases: Piece = "",
        decorator: Code | None = None,
    ) -> Code:
        """A class: its decorator, bases, docstring and body blocks (fields, methods)."""
        base = cat(bases)
        text = self._template(
            "class.py.j2",
            decorator=decorator.text if decorator is not None else "",
            name=name,
            bases=base.text,
            doc=doc,
            body=[b.text for b in body],
        )
        extra = [base] if decorator is None else [base, decorator]
        return Code(text, _imports([*extra, *body]))

    # -- model classes ------------------------------------------------------------------------

    def enum(self, e: EnumShape) -> Code:
        doc = enum_doc(e, 4) + models.UNKNOWN_VALUES
        cls = self._class(e.class_name, doc, [models.enum_members(e)], bases=models.STR_ENUM)
        return join("\n\n\n", [cls, models.enum_alias(e)])

    def _fields(self, fields: list[tuple[Code, str]]) -> list[Code]:
        """Field declarations, each followed by its docstring (documented ones)."""
        out: list[Code] = []
        for declaration, doc in fields:
            out.append(lines([declaration, f'"""{doc}"""']) if doc else declaration)
        return out

    def structure(self, s: Structure) -> Code:
        here = s.module
        fields = self._fields(
            [
                (models.field(m, here, output=s.output_types), m.documentation and member_doc(m, 4))
                for m in s.ordered_members()
            ]
        )
        cls = self._class(
            s.class_name,
            structure_doc(s, 4),
            fields,
            bases=models.BOTO3_DICTS,
            decorator=models.decorator(),
        )
        functions = [cls]
        if s.used_in_input:
            functions += [
                serializers.serializer_function(s, here),
                secrets.secrets_function(s, here),
                validators.validator_function(s, here),
            ]
        if s.used_in_output:
            functions.append(parsers.parser_function(s, here))
        return join("\n\n\n", functions)

    def error(self, e: Structure) -> Code:
        here, base = e.module, self.service.error_base
        body = self._fields(
            [(errors.field(m, here), m.documentation and member_doc(m, 4)) for m in e.members]
        )
        if e.members:
            body.append(parsers.read_members_method(e, here))
        return self._class(e.class_name, structure_doc(e, 4), body, bases=base)

    # -- modules ------------------------------------------------------------------------------

    def boto3_module(self) -> str:
        structures = [st for m in self.service.modules for st in m.structures]
        doc = '"""The keys boto3 uses for each model\'s members (read by ``Boto3Dicts``)."""'
        return f"{self.header()}\n{doc}\n\n{models.boto3_names(structures)}"

    def shapes_module(self, module: Module) -> str:
        parts = [self.enum(e) for e in module.enums]
        parts += [self.structure(s) for s in module.structures]
        op = module.operation
        if op is not None:
            parts += operations.operation_parts(op, module.path)
            parts += features.discovery_parts(self.service, op, module.path)
            doc = f"{op.name}: its request and response, and how they travel."
        else:
            doc = "Shapes shared by several operations."
        return self._module(doc, join("\n\n\n", parts))

    def errors_module(self) -> str:
        s = self.service
        own = [m for m in s.modules if m.path == "errors"]
        parts = [self.enum(e) for m in own for e in m.enums]
        parts += [self.structure(st) for m in own for st in m.structures]
        base = errors.base_class()
        parts.append(self._class(s.error_base, errors.base_doc(s), [], bases=base))
        parts += [self.error(e) for e in s.errors]
        parts.append(errors.error_table(s))
        return self._module(f"Every error {s.full_name} models.", join("\n\n\n", parts))

    def client_module(self, *, is_async: bool) -> str:
        s = self.service
        here = "async_client" if is_async else "client"
        base = from_import("typedaws_runtime.client", "AsyncClient" if is_async else "Client")
        body = [clients.service_attribute(s.package)]
        for op in s.operations:
            body.append(clients.operation_method(op, here, s.package, is_async=is_async))
            paginate = clients.paginate_method(op, here, s.package, is_async=is_async)
            if paginate is not None:
                body.append(paginate)
        body += [features.unsupported_method(u, is_async=is_async) for u in s.unsupported]
        body += waiters.client_methods(s, here, is_async=is_async)
        kind = "Asynchronous" if is_async else "Synchronous"
        name = s.async_client_class if is_async else s.client_class
        cls_doc = f"{kind} client for {s.full_name}." + paginators_omitted(s)
        cls = self._class(name, cls_doc, body, bases=base)
        doc = f"The {kind.lower()} {s.full_name} client."
        return self._module(doc, cls, annotations_run=False)

    def waiters_module(self) -> str:
        """``_waiters``: each waiter's spec, which the clients' wait methods import."""
        doc = "The waiters: what each ``wait_until_...`` method calls, and what it waits for."
        return self._module(doc, waiters.module_body(self.service), annotations_run=False)

    def _static(self, docstring: str, template: str, imports: Imports, **context: Any) -> str:
        """A module written by its template alone, which needs ``imports``."""
        return self._module(docstring, Code(self._template(template, **context), imports))

    def operations_init(self) -> str:
        return f"{self.header()}\n{self._template('operations_init.py.j2')}"

    def service_module(self) -> str:
        imports = _imports(
            [
                from_import("collections.abc", "Mapping"),
                from_import("typedaws_runtime.errors", "ServiceError"),
                from_import("typedaws_runtime.operation", "ServiceSpec"),
                *features.service_imports(self.service),
            ]
        )
        return self._static("Service-wide facts the runtime needs.", "service.py.j2", imports)

    def endpoint_rules_module(self) -> str:
        imports = _imports(
            [
                from_import("collections.abc", "Mapping"),
                type_from_import("typing", "Final"),
                from_import("typedaws_runtime.static_typing", "cast"),
            ]
        )
        doc = "The endpoint rule set and AWS partition data, read when a client is created."
        return self._static(doc, "endpoint_rules.py.j2", imports)

    def _lazy_exports(self, here: str, exports: list[tuple[str, str]], *more: Piece) -> Imports:
        """What module ``here``, which re-exports ``exports`` (name, module) on first use,
        imports: the names for type checkers, and the runtime's loader."""
        refs = [type_ref(here, module, name) for name, module in exports]
        return _imports(
            [
                *refs,
                *(cat(p) for p in more),
                Code("", runtime_import("from typedaws_runtime import lazy")),
                from_import("collections.abc", "Mapping"),
                type_from_import("typing", "Final"),
            ]
        )

    def package_init(self) -> str:
        s = self.service
        # Each client module is imported when its class is first asked for: a sync program
        # never loads the async client, and the reverse.
        exports = [(s.async_client_class, "async_client"), (s.client_class, "client")]
        imports = self._lazy_exports(
            "__init__",
            exports,
            from_import("typedaws_runtime.enums", "Unmodelled"),
            from_import("typedaws_runtime.secret_hash", "compute_secret_hash"),
        )
        doc = f"{s.full_name}: typed synchronous and asynchronous clients."
        doc += features.unsupported_note(s)
        return self._static(doc, "package_init.py.j2", imports, exports=exports)

    def extension_module(self, package: str) -> str:
        """A submodule re-exporting a hand-written package's public names (its ``__all__``)."""
        body = self._template("extension.py.j2", package=package)
        return f"{self.header()}\n{body}"

    def testing_module(self) -> str:
        """``testing``: the ``Stubber`` typed for this service's clients (tests import it)."""
        s = self.service
        here = "testing"
        params = [testing.params_class(op, here) for op in s.operations]
        responses, errors_, protocols = testing.overloads(s, here)
        table = testing.operations_table(s)
        runtime = cat(
            from_import("typing", "TypeAlias"),
            from_import("typing", "TypeVar"),
            Code("", runtime_import(f"from typedaws_runtime import testing as {testing.TESTING}")),
            from_import("typedaws_runtime.errors", "SdkError"),
            *(from_import("typedaws_runtime.testing", name) for name in testing.REEXPORTS[1:]),
            type_from_import("collections.abc", "Awaitable"),
            type_from_import("collections.abc", "Callable"),
            type_from_import("collections.abc", "Mapping"),
            type_ref(here, "client", s.client_class),
            type_ref(here, "async_client", s.async_client_class),
        )
        imports = _imports([runtime, table, *params, *protocols, *responses, *errors_])
        doc = (
            f"Stubbing {s.full_name} clients in tests.\n\n"
            "Typed responses and errors are queued for each client method, each call's\n"
            "parameters are checked, and nothing is sent.\n\n"
            "``Stubber`` ties each method to its response class and parameters, so a wrong one\n"
            "is a type error; see ``typedaws_runtime.testing`` for how stubbing works. Only\n"
            "tests import this module: the clients never do."
        )
        text = self._template(
            "testing.py.j2",
            exports=sorted([*testing.REEXPORTS, *(testing.params_name(op) for op in s.operations)]),
            method_alias=testing.METHOD_ALIAS,
            testing=testing.TESTING,
            params="\n\n\n".join(p.text for p in params),
            protocols="\n\n\n".join(p.text for p in protocols),
            table=table.text,
            overloaded=len(responses) > 1,
            add_response_overloads=indent("\n\n".join(r.text for r in responses)).text,
            add_client_error_overloads=indent("\n\n".join(e.text for e in errors_)).text,
        )
        return self._module(doc, Code(text, imports), annotations_run=False)

    def pytest_plugin(self) -> str:
        """``pytest_plugin``: fixtures giving tests a stubbed client or one of moto's emulator."""
        s = self.service
        imports = _imports(
            [
                Code("", runtime_import("import pytest")),
                Code("", runtime_import("from typedaws_runtime import pytest_support as _support")),
                type_from_import("collections.abc", "Iterator"),
                type_ref("pytest_plugin", "client", s.client_class),
                type_ref("pytest_plugin", "async_client", s.async_client_class),
                type_ref("pytest_plugin", "testing", "Stubber"),
            ]
        )
        # A package generated outside a distribution of its own gets moto from moto's.
        distribution = s.provenance.distribution
        install = f"{distribution}[testing]" if distribution else "moto[server]"
        doc = (
            f"pytest fixtures for code that uses {s.package}: ``{s.package}_stub`` and\n"
            f"``{s.package}_async_stub`` (a ``Stubber`` on a client that sends nothing), and\n"
            f"``{s.package}_moto`` (a client of moto's emulator, which the ``testing`` extra\n"
            "installs)."
        )
        text = self._template("pytest_plugin.py.j2", fixture=s.package, install=install)
        return self._module(doc, Code(text, imports), annotations_run=False)

    def models_init(self) -> str:
        models_ = self.service.exported_models()
        doc = (
            "Every request, response and shape class, each imported on first use, so that a\n"
            "program pays only for the operations it calls."
        )
        imports = self._lazy_exports("models", models_)
        return self._static(doc, "models_init.py.j2", imports, exports=models_)


def paginators_omitted(s: Service) -> str:
    """The client docstring's note on the model's paginators it has no method for."""
    if not s.omitted_paginators:
        return ""
    why = "; ".join(f"{op}: {reason}" for op, reason in s.omitted_paginators)
    text = (
        "Paginators of the model without a ``paginate_`` method here (page with the "
        f"operation's own token arguments): {why}."
    )
    return "\n\n" + textwrap.fill(text, width=LINE_LENGTH - 8)


def render_files(service: Service) -> dict[str, str]:
    """Relative path -> text of every generated file (before formatting)."""
    r = Renderer(service)
    files: dict[str, str] = {
        "__init__.py": r.package_init(),
        "py.typed": "",
        "_service.py": r.service_module(),
        "client.py": r.client_module(is_async=False),
        "async_client.py": r.client_module(is_async=True),
        "errors.py": r.errors_module(),
        "models/__init__.py": r.models_init(),
        "testing.py": r.testing_module(),
        "pytest_plugin.py": r.pytest_plugin(),
        "_boto3.py": r.boto3_module(),
    }
    if service.endpoint_rules is not None:
        files["_endpoint_rules.py"] = r.endpoint_rules_module()
    if service.waiters:
        files[f"{waiters.MODULE}.py"] = r.waiters_module()
    for submodule, package in service.extensions:
        files[f"{submodule}.py"] = r.extension_module(package)
    packages = {"_operations", "_shapes"}
    for module in service.modules:
        if module.path == "errors":
            continue
        files[module.file] = r.shapes_module(module)
    for pkg in sorted(packages):
        if any(f.startswith(pkg + "/") for f in files):
            files[f"{pkg}/__init__.py"] = (
                r.operations_init()
                if pkg == "_operations"
                else f'{r.header()}\n"""Generated modules; import from the package instead."""\n'
            )
    return files

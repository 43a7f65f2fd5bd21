"""The documentation site's sources: the hand-written pages of ``docs/`` and an API page for
every operation, model and error of the generated package.

The API pages are read off the importable package (its clients' methods, ``models.__all__``,
``errors``), and their text is rendered by mkdocstrings from the package's own docstrings and
signatures, so the reference cannot drift from the code. Run by ``make docs``::

    python -m codegen.docs_pages [--out build/docs]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import pkgutil
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUT = ROOT / "build" / "docs"

PACKAGE = "cognito_idp"
SYNC_CLIENT = "CognitoIdentityProviderClient"
ASYNC_CLIENT = "AsyncCognitoIdentityProviderClient"

# The hand-written pages, in the order the navigation shows them (paths under docs/): the
# start page, then the guides.
GUIDES: Sequence[tuple[str, str]] = (
    ("Getting started", "index.md"),
    ("Coming from boto3", "guides/from-boto3.md"),
    ("App client secrets (SecretHash)", "guides/secret-hash.md"),
    ("Sign-in and tokens", "guides/auth.md"),
    ("Testing your code", "guides/testing.md"),
    ("Network options", "guides/network.md"),
    ("Interceptors and tracing", "guides/interceptors.md"),
    ("Regenerating the SDK", "guides/regenerating.md"),
)

NavItem = str | Mapping[str, "NavItem"] | Sequence["NavItem"]


@dataclass(frozen=True)
class Operation:
    """One operation of the service, as both clients expose it."""

    name: str
    """The service's name for it (``ConfirmSignUp``), the page's title."""
    method: str
    """The clients' method (``confirm_sign_up``), also the page's file name."""
    summary: str
    """The first sentence of the method's docstring."""
    paginated: bool
    """Whether the clients also have ``paginate_<method>``."""
    models: Sequence[str]
    """The public model names defined with the operation (request, response, its own enums)."""


@dataclass(frozen=True)
class ModelGroup:
    """Public model names defined together in one shared module: a page of their own."""

    slug: str
    title: str
    names: Sequence[str]
    summary: str


@dataclass(frozen=True)
class Catalogue:
    """What the API pages document, read from the generated package."""

    operations: Sequence[Operation]
    model_groups: Sequence[ModelGroup]
    errors: Sequence[str]


def first_sentence(doc: str | None) -> str:
    """The docstring's opening sentence on one line, for tables and indexes."""
    if not doc:
        return ""
    paragraph = inspect.cleandoc(doc).split("\n\n", 1)[0]
    text = " ".join(paragraph.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _module_of(models: ModuleType, name: str, exported: set[str]) -> str:
    # A literal-strings alias (AuthFlowTypeValue) is `str` at run time: it lives with its enum.
    if name.endswith("Value") and name[: -len("Value")] in exported:
        name = name[: -len("Value")]
    module = getattr(getattr(models, name), "__module__", None)
    if not isinstance(module, str):
        raise LookupError(f"cannot tell where {PACKAGE}.models.{name} is defined")
    return module


def collect(package: str = PACKAGE) -> Catalogue:
    """Read operations, models and errors off the importable generated package."""
    client = getattr(importlib.import_module(f"{package}.client"), SYNC_CLIENT)
    async_client = getattr(importlib.import_module(f"{package}.async_client"), ASYNC_CLIENT)
    models = importlib.import_module(f"{package}.models")
    errors = importlib.import_module(f"{package}.errors")
    operations_package = importlib.import_module(f"{package}._operations")

    exported: set[str] = set(models.__all__)
    by_module: dict[str, list[str]] = {}
    for name in sorted(exported):
        by_module.setdefault(_module_of(models, name, exported), []).append(name)

    operations: list[Operation] = []
    for info in pkgutil.iter_modules(operations_package.__path__):
        method = info.name
        if not (hasattr(client, method) and hasattr(async_client, method)):
            raise LookupError(f"{method}: an operation module without a client method")
        spec = importlib.import_module(f"{operations_package.__name__}.{method}").OPERATION
        operations.append(
            Operation(
                name=str(spec.name),
                method=method,
                summary=first_sentence(getattr(client, method).__doc__),
                paginated=hasattr(client, f"paginate_{method}"),
                models=by_module.pop(f"{operations_package.__name__}.{method}", []),
            )
        )
    operations.sort(key=lambda op: op.name)

    groups: list[ModelGroup] = []
    for module, names in sorted(by_module.items()):
        slug = module.rsplit(".", 1)[1]
        # The module's main class: the one its file is named after (an enum's alias follows it).
        title = next((n for n in names if _snake(n) == slug), names[0])
        summary = first_sentence(getattr(models, title).__doc__)
        groups.append(ModelGroup(slug=slug, title=title, names=names, summary=summary))
    groups.sort(key=lambda group: group.title.lower())

    error_names = sorted(
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and value.__module__ == errors.__name__
        and issubclass(value, Exception)
    )
    return Catalogue(operations=operations, model_groups=groups, errors=error_names)


def _snake(name: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and (not name[i - 1].isupper() or name[i + 1 : i + 2].islower()):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def _body_lines(text: str) -> list[tuple[str, bool]]:
    # Each line, and whether it is markdown text (not inside a fenced code block).
    out: list[tuple[str, bool]] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            out.append((line, False))
        else:
            out.append((line, not fenced))
    return out


def readme_section(readme: str, heading: str) -> str:
    """The text under ``heading`` (a whole heading line, ``## Use``) up to the next heading."""
    lines = _body_lines(readme)
    starts = [i for i, (line, text) in enumerate(lines) if text and line == heading]
    if len(starts) != 1:
        raise LookupError(f"README.md has {len(starts)} headings {heading!r}, not one")
    body: list[str] = []
    for line, text in lines[starts[0] + 1 :]:
        if text and line.startswith("#"):
            break
        body.append(line)
    return "\n".join(body).strip() + "\n"


def readme_paragraph(readme: str, start: str) -> str:
    """The paragraph of README.md that begins with ``start``."""
    found = [p for p in readme.split("\n\n") if p.startswith(start)]
    if len(found) != 1:
        raise LookupError(f"README.md has {len(found)} paragraphs starting {start!r}, not one")
    return found[0].strip() + "\n"


_SECTION = "<!-- README: "
_PARAGRAPH = "<!-- README paragraph: "


def include_readme(page: str, readme: str) -> str:
    """Replace each marker line by README.md's text, so a guide says what README says.

    ``<!-- README: ## Heading -->`` takes that section's own text (up to the next heading);
    ``<!-- README paragraph: Words -->`` the paragraph that begins with those words.
    """
    out: list[str] = []
    for line in page.splitlines():
        if line.startswith(_SECTION) and line.endswith(" -->"):
            out.append(readme_section(readme, line[len(_SECTION) : -len(" -->")]))
        elif line.startswith(_PARAGRAPH) and line.endswith(" -->"):
            out.append(readme_paragraph(readme, line[len(_PARAGRAPH) : -len(" -->")]))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _directive(path: str, **options: object) -> str:
    lines = [f"::: {path}"]
    if options:
        lines.append("    options:")
        lines.extend(f"      {key}: {json.dumps(value)}" for key, value in options.items())
    return "\n".join(lines) + "\n"


def _folded(title: str, path: str) -> str:
    # The async method says what the sync one says: folded, to keep the page short.
    body = _directive(path, heading_level=3)
    return f'??? note "{title}"\n\n' + "".join(f"    {line}\n" for line in body.splitlines())


def operation_page(op: Operation) -> str:
    """An operation's page: both clients' methods, paginators, then its own models."""
    sync = f"{PACKAGE}.client.{SYNC_CLIENT}"
    asynchronous = f"{PACKAGE}.async_client.{ASYNC_CLIENT}"
    parts = [
        f"# {op.name}\n",
        f"`client.{op.method}(...)` on [`{SYNC_CLIENT}`](../clients.md#{PACKAGE}.{SYNC_CLIENT}), "
        f"`await client.{op.method}(...)` on "
        f"[`{ASYNC_CLIENT}`](../clients.md#{PACKAGE}.{ASYNC_CLIENT}): the same keyword arguments, "
        "the same response and errors.\n",
        _directive(f"{sync}.{op.method}"),
        _folded(f"Async: `await client.{op.method}(...)`", f"{asynchronous}.{op.method}"),
    ]
    if op.paginated:
        parts.append("## Pagination\n")
        parts.append(_directive(f"{sync}.paginate_{op.method}", heading_level=3))
        parts.append(
            _folded(
                f"Async: `client.paginate_{op.method}(...)`",
                f"{asynchronous}.paginate_{op.method}",
            )
        )
    if op.models:
        parts.append("## Models\n")
        parts.extend(_directive(f"{PACKAGE}.models.{name}", heading_level=3) for name in op.models)
    return "\n".join(parts)


def _table(header: tuple[str, str], rows: Sequence[tuple[str, str]]) -> str:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|"]
    lines.extend(f"| {a} | {b.replace('|', '&#124;')} |" for a, b in rows)
    return "\n".join(lines) + "\n"


def operations_index(catalogue: Catalogue) -> str:
    rows = [
        (f"[{op.name}]({op.method}.md)", f"`{op.method}`: {op.summary}")
        for op in catalogue.operations
    ]
    paginated = ", ".join(
        f"[`paginate_{op.method}`]({op.method}.md#pagination)"
        for op in catalogue.operations
        if op.paginated
    )
    return (
        "# Operations\n\n"
        f"Every operation of the service is a method on both clients, `{SYNC_CLIENT}` and "
        f"`{ASYNC_CLIENT}`, with the same keyword arguments. "
        f"{len(catalogue.operations)} operations:\n\n"
        + _table(("Operation", "Method"), rows)
        + "\n## Paginators\n\nThese operations also have a `paginate_*` method on both "
        f"clients: {paginated}.\n"
    )


def model_page(group: ModelGroup) -> str:
    body = "\n".join(_directive(f"{PACKAGE}.models.{name}") for name in group.names)
    return f"# {group.title}\n\n{body}"


def models_index(catalogue: Catalogue) -> str:
    rows = [
        (f"[{g.title}]({g.slug}.md)", g.summary or ", ".join(f"`{n}`" for n in g.names))
        for g in catalogue.model_groups
    ]
    return (
        "# Models\n\n"
        f"Every model is importable from `{PACKAGE}.models`. A request and response class, "
        "and an enum only one operation uses, is documented on its operation's page; these "
        "shapes are shared by several operations. Each enum has beside it the type of its "
        "literal strings (`...Value`) for your own annotations.\n\n"
        + _table(("Model", "What it is"), rows)
    )


def errors_page(catalogue: Catalogue) -> str:
    return (
        "# Errors\n\n"
        f"Every error the service models is a class in `{PACKAGE}.errors`, under "
        "`CognitoIdentityProviderError`; all derive from `typedaws_runtime.errors.SdkError`, "
        "as do the runtime's own (transport failures, timeouts, validation).\n\n"
        + _directive(
            f"{PACKAGE}.errors",
            show_root_heading=False,
            members_order="alphabetical",
            show_bases=True,
        )
        + "\n## Runtime errors\n\n"
        + _directive(
            "typedaws_runtime.errors",
            show_root_heading=False,
            members_order="source",
            show_bases=True,
            heading_level=3,
        )
    )


def clients_page() -> str:
    members = ["__init__", "meta", "close", "aclose"]
    return (
        "# Clients\n\n"
        "Both clients take the same keyword-only options; each operation's method is on its "
        "[own page](operations/index.md).\n\n"
        + _directive(
            f"{PACKAGE}.{SYNC_CLIENT}",
            members=members,
            inherited_members=True,
            show_bases=False,
        )
        + "\n"
        + _directive(
            f"{PACKAGE}.{ASYNC_CLIENT}",
            members=members,
            inherited_members=True,
            show_bases=False,
        )
    )


def api_index(catalogue: Catalogue) -> str:
    return (
        "# API reference\n\n"
        "Written from the generated package's own docstrings and signatures.\n\n"
        "- [Clients](clients.md): the options both clients take.\n"
        f"- [Operations](operations/index.md): all {len(catalogue.operations)}, with their "
        "arguments, response and errors, sync and async.\n"
        f"- [Models](models/index.md): the {len(catalogue.model_groups)} shapes operations "
        "share.\n"
        f"- [Errors](errors.md): the {len(catalogue.errors)} modelled errors and the runtime's.\n"
        "- [Testing](testing.md): `Stubber` and the pytest plugin.\n"
        "- [Auth toolkit](auth.md): `cognito_idp.auth`.\n"
    )


def testing_page() -> str:
    return (
        "# Testing\n\nSee the guide [Testing your code](../guides/testing.md).\n\n"
        + _directive(
            f"{PACKAGE}.testing.Stubber",
            members=["add_response", "add_client_error", "assert_no_pending_responses"],
            inherited_members=True,
        )
        + "\n"
        + _directive(f"{PACKAGE}.pytest_plugin", show_root_heading=True)
    )


def auth_page() -> str:
    return (
        "# Auth toolkit\n\nSee the guide [Sign-in and tokens](../guides/auth.md).\n\n"
        + _directive("cognito_auth", show_root_heading=False, show_submodules=False)
    )


def api_pages(catalogue: Catalogue) -> dict[str, str]:
    """Each API page's path under the site's sources, and its markdown."""
    pages = {
        "api/index.md": api_index(catalogue),
        "api/clients.md": clients_page(),
        "api/operations/index.md": operations_index(catalogue),
        "api/models/index.md": models_index(catalogue),
        "api/errors.md": errors_page(catalogue),
        "api/testing.md": testing_page(),
        "api/auth.md": auth_page(),
    }
    for op in catalogue.operations:
        pages[f"api/operations/{op.method}.md"] = operation_page(op)
    for group in catalogue.model_groups:
        pages[f"api/models/{group.slug}.md"] = model_page(group)
    return pages


def navigation(catalogue: Catalogue) -> list[NavItem]:
    """The site's navigation: the guides, then the API reference."""
    guides: list[NavItem] = [{title: path} for title, path in GUIDES[1:]]
    api: list[NavItem] = [
        "api/index.md",
        {"Clients": "api/clients.md"},
        {
            "Operations": [
                "api/operations/index.md",
                *({op.name: f"api/operations/{op.method}.md"} for op in catalogue.operations),
            ]
        },
        {
            "Models": [
                "api/models/index.md",
                *({g.title: f"api/models/{g.slug}.md"} for g in catalogue.model_groups),
            ]
        },
        {"Errors": "api/errors.md"},
        {"Testing": "api/testing.md"},
        {"Auth toolkit": "api/auth.md"},
    ]
    start_title, start_path = GUIDES[0]
    return [{start_title: start_path}, {"Guides": guides}, {"API reference": api}]


def write(
    out: Path = OUT,
    docs: Path = DOCS,
    catalogue: Catalogue | None = None,
    readme_path: Path | None = None,
) -> Path:
    """Lay out the site's sources under ``out``; return the mkdocs configuration to build."""
    catalogue = catalogue or collect()
    src = out / "src"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(docs, src, ignore=shutil.ignore_patterns("mkdocs.yml"))
    readme = (readme_path or docs.parent / "README.md").read_text(encoding="utf-8")
    for page in src.rglob("*.md"):
        page.write_text(include_readme(page.read_text(encoding="utf-8"), readme), "utf-8")
    for path, text in api_pages(catalogue).items():
        target = src / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = {
        "INHERIT": os.path.relpath(docs / "mkdocs.yml", out),
        "docs_dir": "src",
        "site_dir": "site",
        "nav": navigation(catalogue),
    }
    # JSON is YAML: mkdocs reads it as it is.
    config_path = out / "mkdocs.yml"
    config_path.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return config_path


def main(argv: Sequence[str] | None = None, echo: Callable[[str], object] = print) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs_pages", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (build/docs)")
    args = parser.parse_args(argv)
    out: Path = args.out
    echo(str(write(out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The documentation site's sources, written from the committed package (no mkdocs, no browser)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import cognito_idp.models
from codegen import docs_pages
from codegen.docs_check import broken_links
from codegen.docs_pages import Catalogue, collect, include_readme, readme_section
from cognito_idp import AsyncCognitoIdentityProviderClient, CognitoIdentityProviderClient

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return collect()


@pytest.fixture(scope="module")
def pages(catalogue: Catalogue) -> dict[str, str]:
    return docs_pages.api_pages(catalogue)


def _nav_paths(item: object) -> Iterator[str]:
    if isinstance(item, str):
        yield item
    elif isinstance(item, dict):
        for value in item.values():
            yield from _nav_paths(value)
    elif isinstance(item, list):
        for value in item:
            yield from _nav_paths(value)


def test_every_operation_of_both_clients_has_a_page(
    catalogue: Catalogue, pages: dict[str, str]
) -> None:
    methods = {op.method for op in catalogue.operations}
    assert len(methods) == len(catalogue.operations) > 100
    for method in methods:
        assert callable(getattr(CognitoIdentityProviderClient, method))
        assert callable(getattr(AsyncCognitoIdentityProviderClient, method))
        page = pages[f"api/operations/{method}.md"]
        assert f"::: cognito_idp.client.CognitoIdentityProviderClient.{method}\n" in page
        assert f"::: cognito_idp.async_client.AsyncCognitoIdentityProviderClient.{method}\n" in page
    index = pages["api/operations/index.md"]
    assert all(f"]({method}.md)" in index for method in methods)


def test_the_confirm_sign_up_page(catalogue: Catalogue, pages: dict[str, str]) -> None:
    op = next(op for op in catalogue.operations if op.name == "ConfirmSignUp")
    assert op.method == "confirm_sign_up"
    assert op.summary == "Confirms the account of a new user."
    assert not op.paginated
    assert "ConfirmSignUpResponse" in op.models
    page = pages["api/operations/confirm_sign_up.md"]
    assert page.startswith("# ConfirmSignUp\n")
    assert "::: cognito_idp.models.ConfirmSignUpResponse\n" in page
    assert "## Pagination" not in page


def test_a_paginated_operation_documents_its_paginators(pages: dict[str, str]) -> None:
    page = pages["api/operations/list_users.md"]
    assert "## Pagination" in page
    assert "::: cognito_idp.client.CognitoIdentityProviderClient.paginate_list_users\n" in page
    assert "[`paginate_list_users`](list_users.md#pagination)" in pages["api/operations/index.md"]


def test_every_model_and_error_is_documented_once(
    catalogue: Catalogue, pages: dict[str, str]
) -> None:
    directives = [
        line.removeprefix("::: cognito_idp.models.")
        for text in pages.values()
        for line in text.splitlines()
        if line.lstrip().startswith("::: cognito_idp.models.")
    ]
    assert sorted(directives) == sorted(cognito_idp.models.__all__)
    shared = {g.title for g in catalogue.model_groups}
    assert {"UserType", "AttributeType", "AuthFlowType"} <= shared
    assert "CodeMismatchException" in catalogue.errors
    assert "::: cognito_idp.errors\n" in pages["api/errors.md"]


def test_the_guides_take_their_text_from_the_readme(tmp_path: Path, catalogue: Catalogue) -> None:
    config = docs_pages.write(tmp_path, catalogue=catalogue)
    settings = json.loads(config.read_text(encoding="utf-8"))
    src = tmp_path / settings["docs_dir"]
    for path in _nav_paths(settings["nav"]):
        assert (src / path).is_file(), path
    assert (tmp_path / settings["INHERIT"]).resolve() == ROOT / "docs" / "mkdocs.yml"
    for page in src.rglob("*.md"):
        assert "<!-- README" not in page.read_text(encoding="utf-8"), page
    network = (src / "guides" / "network.md").read_text(encoding="utf-8")
    assert "**Proxies.**" in network and "HttpxTransport" in network
    assert "client_secret=" in (src / "guides" / "secret-hash.md").read_text(encoding="utf-8")


def test_readme_sections_end_at_the_next_heading_outside_code() -> None:
    readme = "# T\n\n## A\n\nText.\n\n```sh\n# a comment\n```\n\n### B\n\nMore.\n"
    assert readme_section(readme, "## A") == "Text.\n\n```sh\n# a comment\n```\n"
    assert include_readme("x\n<!-- README: ### B -->\n", readme) == "x\nMore.\n\n"
    with pytest.raises(LookupError):
        readme_section(readme, "## Missing")


def test_the_link_checker_finds_a_missing_page_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">a</a> <a href="a/#here">ok</a> <a href="a/#gone">x</a> <a href="b/">y</a>'
        ' <a href="https://example.com/">out</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<h1 id="here">A</h1><a href="../">up</a>')
    assert broken_links(tmp_path) == [
        "/: a/#gone names no anchor of /a/",
        "/: b/ leads to no page",
    ]

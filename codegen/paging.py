"""Which paginators of ``paginators-1.json`` the SDK generates, and what each pages over.

Generated, with the tokens followed as botocore follows them:

- one input and one output token, each a top-level string member, and an optional
  ``limit_key`` (an integer member): the page size;
- ``more_results`` naming a top-level boolean member: a page where it is false is the last,
  whatever token it carries;
- ``result_key`` naming exactly one top-level list member: ``items()`` yields its items and
  ``max_items`` counts them. Any other ``result_key`` (several members, a path, a member that
  is not a list) gives a paginator of pages only (``PagePaginator``): there is no one list to
  yield from, count or cut;
- ``non_aggregate_keys`` need nothing: pages are yielded whole, so those members are page
  fields like any other.

Omitted, each with the reason ``omission`` gives (the client's docstring lists them):
tokens that are several members, a path or an expression, or a member that is not a string
(DynamoDB's key maps, which botocore passes around as base64 JSON), and ``more_results`` given
as a path. The operations themselves are generated; only their ``paginate_`` method is not.
"""

from __future__ import annotations

from codegen.ir import BooleanShape, ListShape, Member, StringShape, Structure
from codegen.view import ModelError, PaginatorModel


def _top_level(entry: PaginatorModel, key: str, struct: Structure) -> Member | None:
    """The member ``key`` names when it names one top-level member; None for several names,
    a path or an expression; ModelError for a plain name the structure lacks."""
    names = entry.names(key)
    if len(names) != 1 or not names[0].isidentifier():
        return None
    found = next((m for m in struct.members if m.wire_name == names[0]), None)
    if found is None:
        raise ModelError(f"{entry.where}: {key} {names[0]!r} is not a member of {struct.name}")
    return found


def omission(entry: PaginatorModel, request: Structure, response: Structure) -> str | None:
    """Why the paginator is not generated; None when it is."""
    for key, struct in (("input_token", request), ("output_token", response)):
        token = _top_level(entry, key, struct)
        if token is None:
            return f"its {key} is not one member ({', '.join(entry.names(key))})"
        if not isinstance(token.shape, StringShape):
            return f"its {key} {token.wire_name} is not a string"
    if entry.has("more_results"):
        more = _top_level(entry, "more_results", response)
        if more is None:
            return f"its more_results is not one member ({', '.join(entry.names('more_results'))})"
        if not isinstance(more.shape, BooleanShape):
            return f"its more_results {more.wire_name} is not a boolean"
    return None


def more_results(entry: PaginatorModel, response: Structure) -> Member | None:
    """The boolean member that is false on the last page, when the entry names one."""
    return _top_level(entry, "more_results", response) if entry.has("more_results") else None


def result(entry: PaginatorModel, response: Structure) -> Member | None:
    """The one top-level list member ``items()`` yields from; None for pages only."""
    if not entry.has("result_key"):
        return None
    found = _top_level(entry, "result_key", response)
    return found if found is not None and isinstance(found.shape, ListShape) else None

"""Docstrings: the model's HTML documentation as plain text, and the text the generator adds
(client methods' Args, Returns and Raises sections, Google style).

Each function returns a docstring's text wrapped for a docstring indented by ``indent``
spaces, its lines unindented: where the docstring goes, the layout indents it.
"""

from __future__ import annotations

import textwrap

from codegen.docs import docstring_safe, html_to_text
from codegen.emit.code import LINE_LENGTH
from codegen.ir import EnumShape, ListShape, Member, Operation, Paginator, Structure


def docblock(html: str, indent: int) -> str:
    """Model HTML as docstring text, for a docstring indented by ``indent`` spaces."""
    return docstring_safe(html_to_text(html, width=LINE_LENGTH - indent - 6))


def _fill(text: str, indent: int) -> str:
    """Plain ``text`` wrapped for a docstring indented by ``indent``."""
    return textwrap.fill(text, width=LINE_LENGTH - 4 - indent)


def _item(name: str, text: str) -> str:
    """An entry of an Args, Returns or Raises section: its name, then its text below it."""
    return f"    {name}:\n" + "\n".join("        " + ln if ln else "" for ln in text.split("\n"))


def member_doc(member: Member, indent: int) -> str:
    return docblock(member.documentation, indent)


def structure_doc(struct: Structure, indent: int) -> str:
    return docblock(struct.documentation, indent) or f"The {struct.name} structure."


def enum_doc(enum: EnumShape, indent: int) -> str:
    return docblock(enum.documentation, indent) or f"The values of {enum.name}."


def value_alias_doc(enum: EnumShape) -> str:
    """The docstring of an enum's ``Literal`` alias (indented for the ``if TYPE_CHECKING:``
    body)."""
    cls, alias = enum.class_name, enum.value_alias
    if enum.values:
        member, value = enum.values[0]
        takes = f"``{cls}.{member}`` or ``{value!r}``"
    else:
        takes = f"a member of {cls}"
    text = (
        f"The values of {cls} as literal strings, for type checkers: an input typed "
        f"``{cls} | {alias} | Unmodelled`` takes {takes}, and a type checker reports a "
        "misspelt value. ``str`` at run time."
    )
    # The first line follows the quotes of a docstring indented by 4, the others are indented
    # by 4 more (the alias is declared under ``if TYPE_CHECKING:``).
    first, *rest = textwrap.wrap(text, width=LINE_LENGTH - 8, subsequent_indent="    ")
    return docstring_safe("\n".join([first, *(line.removeprefix("    ") for line in rest)]))


# -- client methods ---------------------------------------------------------------------------


def secret_hash_note(op: Operation, member: Member) -> str:
    """What the client secret does to ``member``, for the method's docstring, or ``""``."""
    if op.secret_hash is not None and member is op.secret_hash[0]:
        _, user, cid = op.secret_hash
        return (
            "With the client's ``client_secret``: computed from the secret, ``"
            f"{user.attr}`` and ``{cid.attr}`` when not given."
        )
    for entry in op.secret_hash_maps:
        if member is entry.member:
            text = (
                f"With the client's ``client_secret``: {entry.rule.secret_hash_key} is added "
                f"(to a new mapping), computed from the secret, the {entry.rule.username_key} "
                f"entry and ``{entry.client_id.attr}``, when the map has a "
                f"{entry.rule.username_key} and no {entry.rule.secret_hash_key}."
            )
            return f"{text} {entry.rule.note}" if entry.rule.note else text
    return ""


def idempotency_note(member: Member) -> str:
    """What the client sends for an idempotency token left out, for the method's docstring."""
    if not member.idempotency_token:
        return ""
    return (
        "An idempotency token: when not given, a fresh UUID4 is sent, the same for every "
        "attempt of this call, so the service applies a retried call once."
    )


def operation_doc(op: Operation, indent: int) -> str:
    """A client method's docstring: summary, then Args, Returns and Raises sections."""
    parts = [docblock(op.documentation, indent) or f"Calls {op.name}."]
    if op.deprecated:
        parts.append("Deprecated: the service marks this operation deprecated.")
    if op.params():
        args = ["Args:"]
        for m in op.params():
            text = docblock(m.documentation, indent + 8) or "(no documentation)"
            extra = secret_hash_note(op, m) or idempotency_note(m)
            if extra:
                text = f"{text}\n\n{_fill(extra, indent + 8)}"
            args.append(_item(m.attr, text))
        parts.append("\n".join(args))
    if op.output is not None:
        summary = docblock(op.output.documentation, indent + 8) or "The response."
        parts.append("Returns:\n" + _item(op.output.class_name, summary))
    raises = ["Raises:"]
    for e in op.errors:
        text = docblock(e.documentation, indent + 8) or "(no documentation)"
        raises.append(_item(e.class_name, text))
    raises.append("    ValidationError: the request breaks the model's constraints.")
    raises.append("    TransportError: the HTTP exchange failed (connection error or timeout).")
    parts.append("\n".join(raises))
    return "\n\n".join(parts)


def fill_secret_hash_doc(op: Operation) -> str:
    """``fill_secret_hash``'s docstring: what it fills, from what."""
    parts: list[str] = []
    if op.secret_hash is not None:
        sh, user, cid = op.secret_hash
        parts.append(f"``{sh.attr}`` (from ``{user.attr}`` and ``{cid.attr}``)")
    for entry in op.secret_hash_maps:
        parts.append(
            f"``{entry.member.attr}[{entry.rule.secret_hash_key!r}]`` (from its "
            f"{entry.rule.username_key!r} and ``{entry.client_id.attr}``, in a new mapping)"
        )
    text = (
        "``v`` with the secret hash computed from the client secret where the caller gave "
        f"none: {'; '.join(parts)}."
    )
    return _fill(text, 4)


# -- paginators -------------------------------------------------------------------------------


def items_doc(pg: Paginator) -> str:
    assert pg.result is not None, "only paginators with items read them"
    return (
        f"The {pg.result.wire_name} of one {pg.operation} page: what "
        f"``{pg.method}(...).items()`` yields."
    )


def paginator_doc(pg: Paginator, indent: int, *, runtime_class: str, is_async: bool) -> str:
    """A paginate method's docstring: summary, then Args, Returns and Raises sections."""
    loop = "async for" if is_async else "for"
    response, token = pg.response.class_name, pg.output_token.wire_name
    following = f"Every page of {pg.operation}, following {token} from page to page"
    if pg.more_results is not None:
        following += f" while {pg.more_results.wire_name} is true"
    if pg.result is not None:
        iterating = (
            f"Iterating yields each page ({response}); ``.items()`` yields the items of "
            f"``{pg.result.attr}`` ({pg.result.wire_name}) of every page in turn. "
        )
    else:
        iterating = (
            f"Iterating yields each page ({response}); the pages have no one list of "
            "results, so there is no ``.items()`` and no ``max_items``. "
        )
    parts = [
        _fill(following + ".", indent),
        _fill(
            iterating + "Nothing is sent before iteration starts, and each iteration starts again "
            f"from the first page. See ``{pg.operation_method}`` for the operation itself.",
            indent,
        ),
    ]
    args = ["Args:"]
    for m in pg.params:
        args.append(_item(m.attr, docblock(m.documentation, indent + 8) or "(no documentation)"))
    if pg.limit is not None:
        size = f"How many items to ask for in each page (sent as ``{pg.limit.wire_name}``)."
        if pg.limit_default is not None:
            size += (
                f" The service requires one: {pg.limit_default}, the most it allows, unless given."
            )
        elif pg.limit.required:
            size += " The service requires one."
        else:
            size += " The service's default when None."
        args.append(_item("page_size", _fill(size, indent + 8)))
    if pg.result is not None:
        cap = (
            "Stop after this many items in all; the page that reaches the cap is cut to fit. "
            "No cap when None."
        )
        args.append(_item("max_items", _fill(cap, indent + 8)))
    start = f"Start after the page that returned this ``{token}`` instead of at the first page."
    args.append(_item("starting_token", _fill(start, indent + 8)))
    parts.append("\n".join(args))
    if pg.result is not None:
        item = pg.result.shape
        item_name = item.member.name if isinstance(item, ListShape) else item.name
        pages = f"The pages (``{loop} page in ...``), or their items with ``.items()``."
        returns = f"{runtime_class}[{response}, {item_name}]"
    else:
        pages = f"The pages (``{loop} page in ...``)."
        returns = f"{runtime_class}[{response}, Never]"
    parts.append("Returns:\n" + _item(returns, _fill(pages, indent + 8)))
    invalid = "The arguments break the model's constraints; raised here."
    repeated = (
        f"While iterating, when the service returns a {token} a second time. Iterating "
        f"also raises what ``{pg.operation_method}`` raises."
    )
    parts.append(
        "\n".join(
            [
                "Raises:",
                _item("ValidationError", _fill(invalid, indent + 8)),
                _item("PaginationError", _fill(repeated, indent + 8)),
            ]
        )
    )
    return "\n\n".join(parts)

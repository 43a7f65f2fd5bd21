"""Turn the HTML ``documentation`` strings of botocore service models into plain text.

botocore documents every operation, shape and member with a fragment of HTML. The generated
SDK puts that text into docstrings, which editors show verbatim on hover, so the markup has to
become readable plain text: wrapped paragraphs, ``- item`` lists, ``Note:`` call-outs,
backticked code and links written out as ``text (URL)``.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

__all__ = ["docstring_safe", "html_to_text"]

# Tags that only start and end a paragraph.
_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "div",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "fullname",
        "blockquote",
        "pre",
        "section",
        "table",
        "tr",
        "hr",
    }
)
# Block tags that also open a frame affecting indentation, prefixes or list numbering.
_FRAME_TAGS = frozenset({"ul", "ol", "li", "dl", "dd", "note", "important"})
_BLOCK_TAGS = _PARAGRAPH_TAGS | _FRAME_TAGS
# Inline tags whose content is rendered specially (or whose edge whitespace is tidied).
_INLINE_TAGS = frozenset({"a", "code", "b", "i", "em", "strong"})
_CALLOUT_PREFIXES = {"note": "Note: ", "important": "Important: "}
_DD_INDENT = 4
_NESTED_LIST_INDENT = 2

# Private sentinels placed in the text buffer; any occurrence in the input is removed first.
_BR = "\x00"  # hard line break from <br>
_SOFT = "\x01"  # whitespace that ended an inline element; dropped before punctuation
_WS = " \t\n\r\f\v"

_WS_RUN = re.compile(f"[{_WS}]+")
_SOFT_BEFORE_PUNCT = re.compile(f"[ {_SOFT}]*{_SOFT}[ {_SOFT}]*(?=[,.;:!?)])")
_SPACE_RUN = re.compile(f"[ {_SOFT}]+")
_BACKSLASHES_BEFORE_END = re.compile(r"(\\*)\"\Z")


def _resolve(text: str) -> str:
    """Collapse whitespace, apply soft-space rules and strip the ends."""
    text = _WS_RUN.sub(" ", text)
    text = _SOFT_BEFORE_PUNCT.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def _is_absolute(href: str) -> bool:
    parts = urlsplit(href)
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme == "mailto")


@dataclass
class _Inline:
    tag: str
    href: str
    parts: list[str] = field(default_factory=list[str])

    def render(self) -> str:
        raw = "".join(self.parts)
        core = raw.strip(_WS + _SOFT)
        lead = " " if raw[:1] and raw[0] in _WS + _SOFT else ""
        trail = _SOFT if raw[-1:] and raw[-1] in _WS + _SOFT else ""
        if self.tag == "a":
            body = self._render_link(_resolve(core))
        elif self.tag == "code":
            body = f"`{_resolve(core)}`" if core else ""
        else:
            body = core
        if not body:
            return _SOFT if raw else ""
        return lead + body + trail

    def _render_link(self, text: str) -> str:
        if not _is_absolute(self.href):
            return text
        if not text or text == self.href:
            return self.href
        return f"{text} ({self.href})"


@dataclass
class _Block:
    tag: str
    indent: int  # column where wrapped content inside this frame starts
    marker: str = ""  # "- " or "3. " for <li>
    nested: bool = False  # for lists: inside another list item
    tight_start: bool = False  # for lists: first bullet follows its <dt> term directly
    counter: int = 0  # for <ol>: items seen so far
    pending: bool = True  # <li>: marker not written yet; callouts: prefix not written yet
    emitted: bool = False  # some paragraph was written inside this frame


@dataclass
class _Paragraph:
    lines: list[str]
    tight: bool  # joined to the previous paragraph without a blank line


class _Converter(HTMLParser):
    def __init__(self, width: int) -> None:
        super().__init__(convert_charrefs=True)
        self._width = width
        self._text: list[str] = []
        self._inline: list[_Inline] = []
        self._blocks: list[_Block] = []
        self._paragraphs: list[_Paragraph] = []
        self._next_tight: bool | None = None

    # -- parser callbacks -------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INLINE_TAGS:
            href = next((value or "" for name, value in attrs if name == "href"), "")
            self._inline.append(_Inline(tag, href.strip()))
            return
        if tag == "br":
            self._buffer().append(_BR)
            return
        if tag not in _BLOCK_TAGS:
            return  # unknown tag: keep its text only
        self._flush()
        if tag in ("ul", "ol"):
            self._open_list(tag)
        elif tag == "li":
            self._open_item()
        elif tag == "dl":
            self._blocks.append(_Block(tag, self._indent()))
        elif tag == "dt":
            self._pop_open("dd")
            self._next_tight = False
        elif tag == "dd":
            self._pop_open("dd")
            self._blocks.append(_Block(tag, self._indent() + _DD_INDENT))
            self._next_tight = True
        elif tag in _CALLOUT_PREFIXES:
            self._blocks.append(_Block(tag, self._indent()))

    def handle_endtag(self, tag: str) -> None:
        if tag in _INLINE_TAGS:
            if any(frame.tag == tag for frame in self._inline):
                while self._close_inline() != tag:
                    pass
            return
        if tag not in _BLOCK_TAGS:
            return
        self._flush()
        if tag in _FRAME_TAGS and any(block.tag == tag for block in self._blocks):
            while self._blocks.pop().tag != tag:
                pass
            self._next_tight = None

    def handle_data(self, data: str) -> None:
        self._buffer().append(data.replace(_BR, "").replace(_SOFT, ""))

    # -- structure ----------------------------------------------------------------------------

    def _buffer(self) -> list[str]:
        return self._inline[-1].parts if self._inline else self._text

    def _indent(self) -> int:
        return self._blocks[-1].indent if self._blocks else 0

    def _innermost(self, *tags: str) -> _Block | None:
        return next((block for block in reversed(self._blocks) if block.tag in tags), None)

    def _pop_open(self, tag: str) -> None:
        """Implicitly close an unclosed ``tag`` frame sitting on top of the stack."""
        if self._blocks and self._blocks[-1].tag == tag:
            self._blocks.pop()

    def _open_list(self, tag: str) -> None:
        item = self._innermost("li")
        parent = self._innermost("ul", "ol")
        if item is not None and parent is not None:
            if item.pending:  # item with no text of its own: give its marker a line
                self._emit_lines([item.marker.rstrip()], " " * (item.indent - len(item.marker)))
                item.pending = False
            self._blocks.append(_Block(tag, parent.indent + _NESTED_LIST_INDENT, nested=True))
        else:
            tight_start = self._next_tight is True  # e.g. a list opening a <dd>
            self._blocks.append(_Block(tag, self._indent(), tight_start=tight_start))

    def _open_item(self) -> None:
        self._pop_open("li")
        parent = self._innermost("ul", "ol")
        if parent is None:  # stray <li>: treat as a bullet at the current indentation
            self._blocks.append(_Block("li", self._indent() + 2, marker="- "))
            self._next_tight = False
            return
        parent.counter += 1
        marker = f"{parent.counter}. " if parent.tag == "ol" else "- "
        self._blocks.append(_Block("li", parent.indent + len(marker), marker=marker))
        # Bullets are one block: only the first one of a top-level list gets a blank line.
        self._next_tight = parent.nested or parent.emitted or parent.tight_start

    # -- text ---------------------------------------------------------------------------------

    def _close_inline(self) -> str:
        frame = self._inline.pop()
        self._buffer().append(frame.render())
        return frame.tag

    def _flush(self) -> None:
        while self._inline:
            self._close_inline()
        raw = "".join(self._text)
        self._text.clear()
        lines: list[str] = []
        for segment in raw.split(_BR):
            line = _resolve(segment)
            if line or (lines and lines[-1]):  # keep at most one blank line between breaks
                lines.append(line)
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            return
        callout = self._innermost(*_CALLOUT_PREFIXES)
        if callout is not None and callout.pending:
            lines[0] = _CALLOUT_PREFIXES[callout.tag] + lines[0]
            callout.pending = False
        self._emit_text(lines)

    def _emit_text(self, lines: list[str]) -> None:
        indent = " " * self._indent()
        first_indent = indent
        item = self._innermost("li")
        if item is not None and item.pending:
            first_indent = " " * (item.indent - len(item.marker)) + item.marker
            item.pending = False
        out: list[str] = []
        for number, line in enumerate(lines):
            if not line:
                out.append("")
                continue
            wrapper = textwrap.TextWrapper(
                width=self._width,
                initial_indent=first_indent if number == 0 else indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            out.extend(wrapper.wrap(line))
        self._emit_lines(out, "")

    def _emit_lines(self, lines: list[str], indent: str) -> None:
        self._paragraphs.append(
            _Paragraph([(indent + line).rstrip() for line in lines], bool(self._next_tight))
        )
        self._next_tight = None
        for block in self._blocks:
            block.emitted = True

    def result(self) -> str:
        self.close()
        self._flush()
        out: list[str] = []
        for paragraph in self._paragraphs:
            if out and not paragraph.tight:
                out.append("")
            out.extend(paragraph.lines)
        return "\n".join(out).strip("\n")


def html_to_text(html: str | None, *, width: int = 88) -> str:
    """Return plain text for a botocore HTML documentation string.

    Paragraphs are separated by one blank line; there are no trailing spaces and no leading
    or trailing blank lines. Lines are wrapped to ``width`` columns without ever splitting a
    word or URL. ``None`` or an empty string gives ``""``.
    """
    if not html:
        return ""
    converter = _Converter(width)
    converter.feed(html)
    return converter.result().translate(_TYPOGRAPHY)


_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
"""Typographic characters that read like ASCII ones, as ASCII (linters flag look-alikes)."""


def docstring_safe(text: str) -> str:
    """Escape ``text`` so it can sit between triple double quotes of a (non-raw) docstring.

    Backslashes are doubled, every ``\"\"\"`` is escaped and an unescaped trailing ``"`` (which
    would merge with the closing quotes) becomes ``\\"``. Nothing is appended.
    """
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    match = _BACKSLASHES_BEFORE_END.search(text)
    if match is not None and len(match.group(1)) % 2 == 0:
        text = text[:-1] + '\\"'
    return text

"""Finding the secret values of a request, to keep them out of error messages.

Which members are sensitive is known when the code is generated: each request structure has a
generated ``secrets_<class>`` function that appends their values, with no reflection at run
time. It runs only when an error is being raised, never on the success path.

What is masked is values, never the names around them: the keys of a sensitive map
(``PASSWORD``, ``USERNAME``) are names the service's own messages use
("USER_PASSWORD_AUTH flow not enabled for this client"), and masking them would destroy the
message without hiding anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from typedaws_runtime import cjson
from typedaws_runtime.static_typing import cast

MIN_SECRET_LENGTH = 3


def _values(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in cast("Mapping[object, object]", value).values():
            yield from _values(v)
    elif isinstance(value, (list, tuple)):
        for v in cast("Sequence[object]", value):
            yield from _values(v)
    elif hasattr(value, "__dict__"):  # a model instance: its fields
        for v in vars(value).values():
            yield from _values(v)


def add_values(value: object, out: list[object]) -> None:
    """Append every string value ``value`` holds, at any depth, to ``out``: a mapping's values
    (not its keys), a sequence's items, a model instance's fields."""
    out.extend(_values(value))


def _json_forms(secret: str) -> set[str]:
    """How a JSON encoder may write ``secret`` inside a string, where that differs from the
    secret itself: a server quoting the request body in its message shows it so.

    Non-ASCII characters kept or written ``\\uXXXX``; ``/`` as is or written ``\\/``.
    """
    forms = {cjson.encode_str(secret)[1:-1], cjson.encode_str_ascii(secret)[1:-1]}
    if "/" in secret:
        forms |= {form.replace("/", "\\/") for form in forms}
    forms.discard(secret)
    return forms


def redact(text: str, secrets: Sequence[object]) -> str:
    """``text`` with each secret found in it masked, raw or JSON-escaped, longest first.

    Strings too short to mask without mangling the text (under ``MIN_SECRET_LENGTH``) and
    values that are not strings are left out. The usual message holds no secret: then nothing
    is sorted and nothing is replaced. A JSON-escaped form differs from the secret only by
    escapes, which all start with a backslash: they are looked for only in a text that has one.
    """
    escaped = "\\" in text
    try:  # the usual message holds none of them: the cheapest test that says so
        for s in secrets:
            if s and s in text:  # type: ignore[operator]  # TypeError below for a non-string
                break
        else:
            if not escaped:
                return text
    except TypeError:  # a value that is not a string: the careful loop below leaves it out
        pass
    hits: list[str] = []
    for s in secrets:
        if not isinstance(s, str) or len(s) < MIN_SECRET_LENGTH:
            continue
        if s in text:
            hits.append(s)
        if escaped:
            hits.extend(form for form in _json_forms(s) if form in text)
    if not hits:
        return text
    for secret in sorted(set(hits), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text

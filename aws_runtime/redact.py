"""Finding the secret values of a request, to keep them out of error messages.

Which members are sensitive is known when the code is generated: each request structure has a
generated ``secrets_<class>`` function that appends their values, with no reflection at run
time. It runs only when an error is being raised, never on the success path.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from aws_runtime.static_typing import cast

MIN_SECRET_LENGTH = 3


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for k, v in cast("Mapping[object, object]", value).items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in cast("Sequence[object]", value):
            yield from _strings(v)
    elif hasattr(value, "__dict__"):  # a model instance: its fields
        for v in vars(value).values():
            yield from _strings(v)


def add_strings(value: object, out: list[object]) -> None:
    """Append every string ``value`` holds (keys and values, at any depth) to ``out``."""
    out.extend(_strings(value))


def redact(text: str, secrets: Sequence[object]) -> str:
    """``text`` with each secret found in it masked, longest first.

    Strings too short to mask without mangling the text (under ``MIN_SECRET_LENGTH``) and
    values that are not strings are left out. The usual message holds no secret: then nothing
    is sorted and nothing is replaced.
    """
    try:  # the usual message holds none of them: the cheapest test that says so
        for s in secrets:
            if s and s in text:  # type: ignore[operator]  # TypeError below for a non-string
                break
        else:
            return text
    except TypeError:  # a value that is not a string: the careful loop below leaves it out
        pass
    hits: list[str] = []
    for s in secrets:
        if isinstance(s, str) and s in text and len(s) >= MIN_SECRET_LENGTH:
            hits.append(s)
    if not hits:
        return text
    for secret in sorted(set(hits), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text

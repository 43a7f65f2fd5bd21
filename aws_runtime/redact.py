"""Finding the secret values of a request, to keep them out of error messages.

Sensitive fields are the dataclass fields declared with ``repr=False``. This walk runs only
when an error is being raised, never on the success path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from typing import cast

MIN_SECRET_LENGTH = 3


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, Mapping):
        for k, v in cast(Mapping[object, object], value).items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in cast(Sequence[object], value):
            yield from _strings(v)


def secrets_of(request: object) -> list[str]:
    """Every string held by a sensitive field of ``request`` (at any depth), longest first."""
    found: set[str] = set()

    def walk(value: object, sensitive: bool) -> None:
        if sensitive:
            found.update(s for s in _strings(value) if len(s) >= MIN_SECRET_LENGTH)
            return
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), not f.repr)
        elif isinstance(value, Mapping):
            for v in cast(Mapping[object, object], value).values():
                walk(v, False)
        elif isinstance(value, (list, tuple)):
            for v in cast(Sequence[object], value):
                walk(v, False)

    walk(request, False)
    return sorted(found, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text

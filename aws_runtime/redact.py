"""Finding the secret values of a request, to keep them out of error messages.

Which members are sensitive is known when the code is generated: each request structure has a
generated ``secrets_<class>`` function that appends their values, with no reflection at run
time. It runs only when an error is being raised, never on the success path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from aws_runtime.static_typing import TypeVar, cast

RequestT = TypeVar("RequestT")

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


def secrets_of(
    request: RequestT, collect: Callable[[RequestT, list[object]], None] | None
) -> list[str]:
    """The secrets the generated ``collect`` finds in ``request``, longest first.

    Values too short to mask without mangling the message (under ``MIN_SECRET_LENGTH``) and
    missing ones (None) are dropped.
    """
    if collect is None:
        return []
    found: list[object] = []
    collect(request, found)
    secrets = {s for s in found if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH}
    if len(secrets) < 2:
        return list(secrets)
    return sorted(secrets, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text

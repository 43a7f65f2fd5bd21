"""Finding the secret values of a request, to keep them out of error messages.

Sensitive fields are the dataclass fields declared with ``repr=False``. This walk runs only
when an error is being raised, never on the success path; which fields of a class are
sensitive is worked out once per class.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from aws_runtime.static_typing import cast

MIN_SECRET_LENGTH = 3

_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}
"""Dataclass -> (field name, sensitive) of each field."""


def _fields(cls: type) -> tuple[tuple[str, bool], ...] | None:
    """The fields of a dataclass type, or None for any other type."""
    known = _FIELDS.get(cls)
    if known is None:
        import dataclasses  # the error path only; models have imported it already

        if not dataclasses.is_dataclass(cls):
            return None
        known = tuple((f.name, not f.repr) for f in dataclasses.fields(cls))
        _FIELDS[cls] = known
    return known


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for k, v in cast(Mapping[object, object], value).items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in cast(Sequence[object], value):
            yield from _strings(v)
    elif (fields := _fields(type(value))) is not None:
        for name, _ in fields:
            yield from _strings(getattr(value, name))


def secrets_of(request: object) -> list[str]:
    """Every string held by a sensitive field of ``request`` (at any depth), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        kind = type(value)
        if kind is str or kind is bool or kind is int or kind is float or kind is bytes:
            return  # the usual members, ahead of the checks below (ABC checks are slow)
        fields = _FIELDS.get(kind)
        if fields is None:
            if value is None or isinstance(value, (str, int, float, bytes)):
                return
            if isinstance(value, Mapping):
                for v in cast(Mapping[object, object], value).values():
                    walk(v)
                return
            if isinstance(value, (list, tuple)):
                for v in cast(Sequence[object], value):
                    walk(v)
                return
            fields = _fields(kind)
            if fields is None:
                return
        for name, sensitive in fields:
            member = getattr(value, name)
            if member is None:
                continue
            if sensitive:
                if type(member) is str:  # the usual secret: no walk needed
                    if len(member) >= MIN_SECRET_LENGTH:
                        found.add(member)
                else:
                    found.update(s for s in _strings(member) if len(s) >= MIN_SECRET_LENGTH)
            else:
                walk(member)

    walk(request)
    if len(found) < 2:
        return list(found)
    return sorted(found, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text

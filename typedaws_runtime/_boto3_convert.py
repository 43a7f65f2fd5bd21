"""The conversions behind ``Boto3Dicts`` (imported by its methods on first use).

``to_boto3`` walks the values (a model, a list, a map, an enum member); ``from_boto3`` walks the
class's type hints, which say what each member holds: another model, a list or map of them, an
enum, a timestamp, a blob, a document, or a plain value.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import importlib
import types
import typing
from collections.abc import Mapping, Sequence

from typedaws_runtime.boto3_dicts import Boto3Dicts
from typedaws_runtime.enums import Unmodelled
from typedaws_runtime.errors import ValidationError

T = typing.TypeVar("T", bound=Boto3Dicts)

IGNORED = frozenset({"ResponseMetadata"})
"""Keys of boto3's response dicts that are not members of the shape."""


def member_names(cls: type[Boto3Dicts]) -> Mapping[str, str]:
    """attribute -> boto3 key, for each member of ``cls``, from its package's ``_boto3``."""
    module = cls.__module__
    root = module.rsplit(".", 2)[0] if module.count(".") >= 2 else module.rpartition(".")[0]
    names: Mapping[str, Mapping[str, str]] = importlib.import_module(f"{root}._boto3").NAMES
    return names[cls.__name__]


def to_boto3(model: Boto3Dicts) -> dict[str, object]:
    out: dict[str, object] = {}
    for attr, key in member_names(type(model)).items():
        value = getattr(model, attr)
        if value is not None:
            out[key] = _plain(value)
    return out


def _plain(value: object) -> object:
    if isinstance(value, Boto3Dicts):
        return to_boto3(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Unmodelled):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in typing.cast("Sequence[object]", value)]
    if isinstance(value, Mapping):
        entries = typing.cast("Mapping[object, object]", value)
        return {key: _plain(item) for key, item in entries.items()}
    return value


_HINTS: dict[type, dict[str, object]] = {}


def _hints(cls: type) -> dict[str, object]:
    hints = _HINTS.get(cls)
    if hints is None:
        dataclasses.fields(cls)  # the first look, which makes the annotations resolvable
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def from_boto3(cls: type[T], data: Mapping[str, object]) -> T:
    problems: list[str] = []
    model = _model(cls, data, "", problems)
    if problems or model is None:
        raise ValidationError(f"{cls.__name__}.from_boto3", problems)
    return model


def _model(cls: type[T], data: object, path: str, problems: list[str]) -> T | None:
    if not isinstance(data, Mapping):
        problems.append(f"{path or cls.__name__}: expected a dict, got {type(data).__name__}")
        return None
    names = member_names(cls)
    attrs = {key: attr for attr, key in names.items()}
    hints = _hints(cls)
    values: dict[str, object] = {}
    for key, value in typing.cast("Mapping[object, object]", data).items():
        attr = attrs.get(key) if isinstance(key, str) else None
        where = f"{path}.{key}" if path else str(key)
        if attr is None:
            if key not in IGNORED:
                problems.append(f"{where}: not a member of {cls.__name__}")
            continue
        values[attr] = _value(hints[attr], value, where, problems)
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]  # every Boto3Dicts model is a dataclass
        if field.default is dataclasses.MISSING and values.get(field.name) is None:
            problems.append(f"{path + '.' if path else ''}{names[field.name]}: required")
    if problems:
        return None
    return cls(**values)


def _value(hint: object, value: object, path: str, problems: list[str]) -> object:
    """``value`` (boto3's) as the member typed ``hint`` holds it."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        return _one_of(options, value, path, problems)
    return _one_of([hint], value, path, problems)


def _one_of(options: list[object], value: object, path: str, problems: list[str]) -> object:
    for option in options:
        origin = typing.get_origin(option) or option
        if isinstance(origin, type) and issubclass(origin, Boto3Dicts):
            return _model(origin, value, path, problems)
        if isinstance(origin, type) and issubclass(origin, enum.Enum) and isinstance(value, str):
            try:
                return origin(value)
            except ValueError:
                continue  # a value newer than the model: Unmodelled, further on
        if origin in (list, Sequence) and isinstance(value, list | tuple):
            [item] = typing.get_args(option) or (object,)
            items = typing.cast("Sequence[object]", value)
            return [_value(item, v, f"{path}[{i}]", problems) for i, v in enumerate(items)]
        if origin in (dict, Mapping) and isinstance(value, Mapping):
            _, item = typing.get_args(option) or (str, object)
            entries = typing.cast("Mapping[object, object]", value)
            return {k: _value(item, v, f"{path}.{k}", problems) for k, v in entries.items()}
        if origin is datetime.datetime:
            return _timestamp(value, path, problems)
        if origin is bytes:
            return _blob(value, path, problems)
        if origin is Unmodelled and isinstance(value, str):
            return Unmodelled(value)
        if origin is object or (
            origin in (str, int, float, bool)
            and isinstance(value, origin)
            and not (origin is not bool and isinstance(value, bool))
        ):
            return value
        if origin is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
    problems.append(f"{path}: unexpected {type(value).__name__}")
    return None


def _timestamp(value: object, path: str, problems: list[str]) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value  # a naive one is sent as UTC, as botocore sends it
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, datetime.UTC)
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    problems.append(f"{path}: expected a timestamp, got {type(value).__name__}")
    return None


def _blob(value: object, path: str, problems: list[str]) -> bytes | None:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    problems.append(f"{path}: expected bytes, got {type(value).__name__}")
    return None

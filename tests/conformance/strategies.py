"""Hypothesis strategies derived from the generator's IR, for comparisons with botocore.

Requests are drawn as pairs: our dataclass value and the equivalent botocore parameters (wire
names; blobs as ``bytes``, timestamps as ``datetime``, enums as ``str``). Every request respects
the model's required members, lengths and ranges, so that our client-side validation and
botocore's accept it. Responses are drawn as the JSON value the service could send.

``botocore_view`` turns a value our parsers returned into what botocore's parser returns for the
same body, through the IR's naming rules (attribute -> wire name), so the two can be compared
with ``assert_same``.
"""

from __future__ import annotations

import base64
import datetime
import enum
import functools
import importlib
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import cast

from hypothesis import strategies as st

from codegen.__main__ import load_settings, pinned_service
from codegen.ir import (
    BlobShape,
    BooleanShape,
    DocumentShape,
    EnumShape,
    FloatShape,
    IntegerShape,
    ListShape,
    MapShape,
    Operation,
    Service,
    Shape,
    StringShape,
    StructRef,
    Structure,
    TimestampShape,
)
from typedaws_runtime.enums import Unmodelled

UTC = datetime.UTC

Pair = tuple[object, object]
"""(our value, botocore's value) for one request value."""

Strategy = st.SearchStrategy

# Sizes are capped (above the model's minimum) to keep examples small and fast: the point is
# agreement on every shape and member, not large payloads.
STRING_EXTRA = 20
BLOB_EXTRA = 24
COLLECTION_EXTRA = 3

INTEGER_RANGES = {
    "byte": (-(2**7), 2**7 - 1),
    "short": (-(2**15), 2**15 - 1),
    "integer": (-(2**31), 2**31 - 1),
    "long": (-(2**63), 2**63 - 1),
}
"""The range of each model integer type, for members without their own ``min``/``max``."""

EPOCH_SECONDS_MAX = 2**32
"""Response timestamps stay in 1970..2106: where ``fromtimestamp`` works on every platform."""

UNMODELED_MEMBER = "UnmodeledMemberOfConformanceTests"
"""A member the model does not know, which responses may carry: both parsers must ignore it."""


# --------------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Model:
    """The IR of the pinned model, its JSON, and the generated package it describes."""

    service: Service
    service_json: Mapping[str, object]
    structures: Mapping[tuple[str, str], Structure]

    @property
    def operations(self) -> dict[str, Operation]:
        return {op.name: op for op in self.service.operations}

    def structure(self, ref: StructRef) -> Structure:
        return self.structures[(ref.module, ref.class_name)]

    def module(self, path: str) -> ModuleType:
        return importlib.import_module(f"{self.service.package}.{path}")

    def cls(self, struct: Structure) -> type:
        return cast(type, getattr(self.module(struct.module), struct.class_name))

    def function(self, struct: Structure, prefix: str) -> Callable[..., object]:
        """The generated ``serialize_``/``parse_``/``check_`` function of ``struct``."""
        fn = getattr(self.module(struct.module), prefix + struct.class_name)
        return cast(Callable[..., object], fn)

    def model_type(self, shape_name: str) -> str:
        shapes = cast(Mapping[str, Mapping[str, object]], self.service_json["shapes"])
        return str(shapes[shape_name]["type"])


@functools.cache
def load_model() -> Model:
    """The IR built as ``python -m codegen generate`` builds it (see ``generated_files``)."""
    service, pinned = pinned_service(load_settings())
    return model_of(service, pinned.service)


def model_of(service: Service, service_json: Mapping[str, object]) -> Model:
    """The ``Model`` of any generated service: its IR and the JSON it was built from."""
    structures = {(s.module, s.class_name): s for m in service.modules for s in m.structures}
    structures.update({(e.module, e.class_name): e for e in service.errors})
    return Model(service=service, service_json=service_json, structures=structures)


def _size_bounds(low: int | None, high: int | None, extra: int) -> tuple[int, int]:
    lo = low or 0
    hi = lo + extra if high is None else min(high, lo + extra)
    return lo, max(lo, hi)


# --------------------------------------------------------------------------------------------
# JSON documents (model ``document`` shapes)


def _json_scalars() -> Strategy[object]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=STRING_EXTRA),
    )


def json_documents(*, allow_null: bool) -> Strategy[object]:
    """Any JSON value (finite numbers only: JSON has no NaN); top-level null when allowed."""
    doc = st.recursive(
        _json_scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=COLLECTION_EXTRA),
            st.dictionaries(st.text(max_size=STRING_EXTRA), inner, max_size=COLLECTION_EXTRA),
        ),
        max_leaves=8,
    )
    return doc if allow_null else doc.filter(lambda v: v is not None)


# --------------------------------------------------------------------------------------------
# Requests: (ours, botocore's) pairs


class RequestStrategies:
    """Strategies of valid request values, as (our value, botocore parameter) pairs."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._structures: dict[tuple[str, str], Strategy[Pair]] = {}

    def structure(self, struct: Structure) -> Strategy[Pair]:
        """Our dataclass instance and botocore's parameter dict for ``struct``."""
        key = (struct.module, struct.class_name)
        cached = self._structures.get(key)
        if cached is None:
            # Deferred: a structure may (indirectly) contain itself. Optional members and
            # collections' empty draws let hypothesis end the recursion.
            cached = st.deferred(lambda: self._build_structure(struct))
            self._structures[key] = cached
        return cached

    def _build_structure(self, struct: Structure) -> Strategy[Pair]:
        cls = self.model.cls(struct)
        members = {m.attr: m for m in struct.members}

        def build(drawn: Mapping[str, Pair]) -> Pair:
            ours = cls(**{attr: pair[0] for attr, pair in drawn.items()})
            theirs = {members[attr].wire_name: pair[1] for attr, pair in drawn.items()}
            return ours, theirs

        if struct.is_union:
            if not struct.members:
                return st.just(build({}))
            # Exactly one member set.
            choices = [st.fixed_dictionaries({m.attr: self.value(m.shape)}) for m in struct.members]
            return st.one_of(choices).map(build)
        required = {m.attr: self.value(m.shape) for m in struct.members if m.required}
        optional = {m.attr: self.value(m.shape) for m in struct.members if not m.required}
        return st.fixed_dictionaries(required, optional=optional).map(build)

    def value(self, shape: Shape) -> Strategy[Pair]:
        if isinstance(shape, StructRef):
            return self.structure(self.model.structure(shape))
        if isinstance(shape, EnumShape):
            return self._enum(shape)
        if isinstance(shape, StringShape):
            return _same(_text(shape.min_len, shape.max_len))
        if isinstance(shape, IntegerShape):
            low, high = INTEGER_RANGES[self.model.model_type(shape.name)]
            lo = low if shape.minimum is None else shape.minimum
            hi = high if shape.maximum is None else shape.maximum
            return _same(st.integers(lo, hi))
        if isinstance(shape, FloatShape):
            bounded = shape.minimum is not None or shape.maximum is not None
            # NaN and infinities are valid unbounded floats: both SDKs send them as strings.
            floats = st.floats(
                shape.minimum, shape.maximum, allow_nan=not bounded, allow_infinity=not bounded
            )
            return _same(floats)
        if isinstance(shape, BooleanShape):
            return _same(st.booleans())
        if isinstance(shape, TimestampShape):
            # Naive datetimes are UTC for both SDKs; aware ones in any fixed offset.
            offsets = st.timedeltas(
                min_value=datetime.timedelta(hours=-23, minutes=-59),
                max_value=datetime.timedelta(hours=23, minutes=59),
            ).map(lambda d: datetime.timezone(datetime.timedelta(minutes=d // _MINUTE)))
            zones = st.one_of(st.none(), st.just(UTC), offsets)
            return _same(
                st.datetimes(
                    min_value=datetime.datetime(1900, 1, 2),
                    max_value=datetime.datetime(2200, 1, 1),
                    timezones=zones,
                )
            )
        if isinstance(shape, BlobShape):
            lo, hi = _size_bounds(shape.min_len, shape.max_len, BLOB_EXTRA)
            return _same(st.binary(min_size=lo, max_size=hi))
        if isinstance(shape, DocumentShape):
            return _same(json_documents(allow_null=False))
        if isinstance(shape, ListShape):
            return self._list(shape)
        if isinstance(shape, MapShape):
            return self._map(shape)
        raise TypeError(f"no request strategy for {type(shape).__name__} {shape.name}")

    def _enum(self, shape: EnumShape) -> Strategy[Pair]:
        cls = cast(type[enum.Enum], getattr(self.model.module(shape.module), shape.class_name))
        members = list(cls)
        known = [m for m in members if _fits(str(m.value), shape.min_len, shape.max_len)]
        # A member, its plain string, or a value this SDK does not know (any string is valid).
        options: list[Strategy[Pair]] = []
        if known:
            options.append(st.sampled_from(known).map(lambda m: (m, str(m.value))))
            options.append(st.sampled_from(known).map(lambda m: (str(m.value), str(m.value))))
        options.append(_same(_text(shape.min_len, shape.max_len)))
        return st.one_of(options)

    def _list(self, shape: ListShape) -> Strategy[Pair]:
        lo, hi = _size_bounds(shape.min_len, shape.max_len, COLLECTION_EXTRA)
        item = self.value(shape.member)
        if shape.sparse:
            item = st.one_of(st.just((None, None)), item)
        # Requests take any sequence: a tuple must serialize as a list does.
        container = st.sampled_from([list, tuple])
        return st.tuples(st.lists(item, min_size=lo, max_size=hi), container).map(
            lambda t: (t[1](p[0] for p in t[0]), [p[1] for p in t[0]])
        )

    def _map(self, shape: MapShape) -> Strategy[Pair]:
        lo, hi = _size_bounds(shape.min_len, shape.max_len, COLLECTION_EXTRA)
        value = self.value(shape.value)
        if shape.sparse:
            value = st.one_of(st.just((None, None)), value)
        entries = st.lists(
            st.tuples(self.value(shape.key), value),
            min_size=lo,
            max_size=hi,
            unique_by=lambda e: e[0][1],
        )
        return entries.map(lambda es: ({k[0]: v[0] for k, v in es}, {k[1]: v[1] for k, v in es}))


_MINUTE = datetime.timedelta(minutes=1)


def _same(values: Strategy[object]) -> Strategy[Pair]:
    """Values both SDKs take as they are."""
    return values.map(lambda v: (v, v))


def _text(low: int | None, high: int | None) -> Strategy[str]:
    lo, hi = _size_bounds(low, high, STRING_EXTRA)
    return st.text(min_size=lo, max_size=hi)


def _fits(value: str, low: int | None, high: int | None) -> bool:
    return (low is None or len(value) >= low) and (high is None or len(value) <= high)


# --------------------------------------------------------------------------------------------
# Responses: JSON bodies


class ResponseStrategies:
    """Strategies of JSON values the service may send for a shape."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._structures: dict[tuple[str, str], Strategy[object]] = {}

    def structure(self, struct: Structure) -> Strategy[object]:
        key = (struct.module, struct.class_name)
        cached = self._structures.get(key)
        if cached is None:
            cached = st.deferred(lambda: self._build_structure(struct))
            self._structures[key] = cached
        return cached

    def _build_structure(self, struct: Structure) -> Strategy[object]:
        if struct.is_union and struct.members:
            # A service sends exactly one member of a union (botocore refuses anything else).
            return st.one_of(
                [st.fixed_dictionaries({m.wire_name: self.value(m.shape)}) for m in struct.members]
            ).map(lambda d: dict(d))
        required = {m.wire_name: self.value(m.shape) for m in struct.members if m.required}
        # An optional member may also arrive as an explicit null, which means absent.
        optional = {
            m.wire_name: st.one_of(st.none(), self.value(m.shape))
            for m in struct.members
            if not m.required
        }
        optional[UNMODELED_MEMBER] = json_documents(allow_null=True)
        return st.fixed_dictionaries(required, optional=optional).map(lambda d: dict(d))

    def value(self, shape: Shape) -> Strategy[object]:
        if isinstance(shape, StructRef):
            return self.structure(self.model.structure(shape))
        if isinstance(shape, EnumShape):
            known = [value for _, value in shape.values]
            # Values this SDK does not know yet must arrive too (as plain strings).
            unknown = st.text(max_size=STRING_EXTRA)
            return st.one_of(st.sampled_from(known), unknown) if known else unknown
        if isinstance(shape, StringShape):
            return _text(shape.min_len, shape.max_len)
        if isinstance(shape, IntegerShape):
            low, high = INTEGER_RANGES[self.model.model_type(shape.name)]
            lo = low if shape.minimum is None else shape.minimum
            hi = high if shape.maximum is None else shape.maximum
            return st.integers(lo, hi)
        if isinstance(shape, FloatShape):
            return st.floats(shape.minimum, shape.maximum, allow_nan=False, allow_infinity=False)
        if isinstance(shape, BooleanShape):
            return st.booleans()
        if isinstance(shape, TimestampShape):
            # awsJson sends epoch seconds: whole, with milliseconds (what Cognito sends), or
            # any float.
            whole = st.integers(0, EPOCH_SECONDS_MAX)
            millis = st.integers(0, EPOCH_SECONDS_MAX * 1000).map(lambda ms: ms / 1000)
            anyfloat = st.floats(0, EPOCH_SECONDS_MAX)
            return st.one_of(whole, millis, anyfloat)
        if isinstance(shape, BlobShape):
            lo, hi = _size_bounds(shape.min_len, shape.max_len, BLOB_EXTRA)
            return st.binary(min_size=lo, max_size=hi).map(
                lambda b: base64.b64encode(b).decode("ascii")
            )
        if isinstance(shape, DocumentShape):
            return json_documents(allow_null=False)
        if isinstance(shape, ListShape):
            lo, hi = _size_bounds(shape.min_len, shape.max_len, COLLECTION_EXTRA)
            item = self.value(shape.member)
            if shape.sparse:
                item = st.one_of(st.none(), item)
            return st.lists(item, min_size=lo, max_size=hi)
        if isinstance(shape, MapShape):
            lo, hi = _size_bounds(shape.min_len, shape.max_len, COLLECTION_EXTRA)
            value = self.value(shape.value)
            if shape.sparse:
                value = st.one_of(st.none(), value)
            return st.dictionaries(self._key(shape.key), value, min_size=lo, max_size=hi).map(
                lambda d: dict(d)
            )
        raise TypeError(f"no response strategy for {type(shape).__name__} {shape.name}")

    def _key(self, shape: Shape) -> Strategy[str]:
        if isinstance(shape, EnumShape) and shape.values:
            return st.one_of(st.sampled_from([v for _, v in shape.values]), st.text())
        if isinstance(shape, (StringShape, EnumShape)):
            return _text(shape.min_len, shape.max_len)
        raise TypeError(f"map key of {type(shape).__name__} {shape.name}")


# --------------------------------------------------------------------------------------------
# Our parsed values as botocore returns them


def botocore_view(model: Model, value: object, shape: Shape, path: str) -> object:
    """``value`` (from our parsers) as botocore's parser shows it: wire names, plain values.

    Also checks the type promises botocore has no counterpart for: a known enum value arrives
    as the enum member, and timestamps are timezone-aware.
    """
    if value is None:
        return None
    if isinstance(shape, StructRef):
        struct = model.structure(shape)
        return structure_view(model, value, struct, path)
    if isinstance(shape, ListShape):
        items = cast(Sequence[object], value)
        return [botocore_view(model, x, shape.member, f"{path}[{i}]") for i, x in enumerate(items)]
    if isinstance(shape, MapShape):
        entries = cast(Mapping[str, object], value)
        return {
            k: botocore_view(model, x, shape.value, f"{path}[{k!r}]") for k, x in entries.items()
        }
    if isinstance(shape, EnumShape):
        known = {v for _, v in shape.values}
        if isinstance(value, enum.Enum):
            return str(value.value)
        assert type(value) is Unmodelled, f"{path}: enum value is a {type(value).__name__}"
        assert value not in known, f"{path}: known value {value!r} not parsed as an enum member"
        return str(value)
    if isinstance(shape, TimestampShape):
        assert isinstance(value, datetime.datetime), f"{path}: not a datetime"
        assert value.tzinfo is not None, f"{path}: naive datetime {value!r}"
        return value.astimezone(UTC)
    return value


def structure_view(model: Model, value: object, struct: Structure, path: str) -> dict[str, object]:
    assert type(value).__name__ == struct.class_name, f"{path}: got {type(value).__name__}"
    out: dict[str, object] = {}
    for m in struct.members:
        x = getattr(value, m.attr)
        if x is not None:
            out[m.wire_name] = botocore_view(model, x, m.shape, f"{path}.{m.wire_name}")
    return out


def assert_same(ours: object, theirs: object, path: str = "") -> None:
    """Deep equality that also insists on the same JSON-level types (``1`` is not ``1.0``)."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict), f"{path}: ours is {ours!r}, botocore's is {theirs!r}"
        ours_d = cast(dict[object, object], ours)
        theirs_d = cast(dict[object, object], theirs)
        assert ours_d.keys() == theirs_d.keys(), (
            f"{path}: keys differ: only ours {sorted(map(repr, ours_d.keys() - theirs_d.keys()))},"
            f" only botocore's {sorted(map(repr, theirs_d.keys() - ours_d.keys()))}"
        )
        for k, v in theirs_d.items():
            assert_same(ours_d[k], v, f"{path}[{k!r}]")
        return
    if isinstance(theirs, list):
        assert isinstance(ours, list), f"{path}: ours is {ours!r}, botocore's is {theirs!r}"
        ours_l = cast(list[object], ours)
        theirs_l = cast(list[object], theirs)
        assert len(ours_l) == len(theirs_l), f"{path}: ours {ours!r}, botocore's {theirs!r}"
        for i, (a, b) in enumerate(zip(ours_l, theirs_l, strict=True)):
            assert_same(a, b, f"{path}[{i}]")
        return
    if isinstance(theirs, datetime.datetime):
        # botocore's datetimes are in the local zone (tzlocal), ours in UTC: aware datetimes
        # compare as instants, which is what must agree.
        assert isinstance(ours, datetime.datetime), f"{path}: ours is {ours!r}"
        assert ours == theirs, f"{path}: ours {ours.isoformat()}, botocore's {theirs.isoformat()}"
        return
    assert type(ours) is type(theirs), (
        f"{path}: ours is {type(ours).__name__} {ours!r}, "
        f"botocore's is {type(theirs).__name__} {theirs!r}"
    )
    if isinstance(theirs, float) and isinstance(ours, float) and math.isnan(theirs):
        assert math.isnan(ours), f"{path}: ours {ours!r}, botocore's NaN"
        return
    assert ours == theirs, f"{path}: ours {ours!r}, botocore's {theirs!r}"

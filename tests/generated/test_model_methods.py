"""The model classes' written-out ``__init__``, ``__repr__`` and ``__eq__`` behave exactly as the
ones ``@dataclass`` would have generated, for every model class of the service.

The reference is a dataclass made here from the class's own fields (``make_dataclass``, same
names, defaults and ``repr`` flags, keyword-only); both get the same values and must agree.
"""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from cognito_idp import models

MODEL_CLASSES = sorted(
    name
    for name in models.__all__
    if isinstance(getattr(models, name), type) and dataclasses.is_dataclass(getattr(models, name))
)


def _reference(cls: type) -> type:
    specs: list[tuple[str, object, dataclasses.Field[object]]] = []
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING:
            spec: dataclasses.Field[object] = dataclasses.field(repr=f.repr)
        else:
            spec = dataclasses.field(default=f.default, repr=f.repr)
        specs.append((f.name, f.type, spec))
    return dataclasses.make_dataclass(cls.__name__, specs, kw_only=True)


def test_there_are_model_classes() -> None:
    assert len(MODEL_CLASSES) > 390


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_methods_match_what_dataclass_generates(name: str) -> None:
    cls = getattr(models, name)
    ref = _reference(cls)
    fields = [f.name for f in dataclasses.fields(cls)]

    # __init__: the same keyword-only parameters, required ones without a default.
    ours = inspect.signature(cls)
    theirs = inspect.signature(ref)
    assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
        (p.name, p.kind, p.default) for p in theirs.parameters.values()
    ]

    values = {field: f"value-{i}" for i, field in enumerate(fields)}
    mine, reference = cls(**values), ref(**values)
    assert repr(mine) == repr(reference)
    assert [getattr(mine, f) for f in fields] == list(values.values())

    # __eq__: equal to an equal instance, different when any one field differs, never equal to
    # an instance of another class with the same fields; unhashable, as dataclasses are.
    assert mine == cls(**values)
    for field in fields:
        assert mine != cls(**{**values, field: "changed"}), field
    assert mine != reference
    assert (mine == reference) is (reference == mine)
    assert cls.__hash__ is None

    # The dataclasses functions see the same fields.
    assert dataclasses.asdict(mine) == dataclasses.asdict(reference)
    if fields:
        changed = dataclasses.replace(mine, **{fields[-1]: "replaced"})
        assert getattr(changed, fields[-1]) == "replaced"
        assert type(changed) is cls

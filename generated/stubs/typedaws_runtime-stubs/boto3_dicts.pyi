# The typed surface of typedaws_runtime.boto3_dicts, for type checkers (codegen/stubs.py).
"""Models as the dicts boto3 takes and returns, for code that moves from boto3 a call at a time.

Every generated request, response and shape class derives from ``Boto3Dicts``:
``model.to_boto3()`` is the dict boto3 uses for that shape (its PascalCase member names,
members left unset omitted, timestamps as ``datetime`` and blobs as ``bytes``, as botocore gives
them) and ``Model.from_boto3(d)`` reads one back (a response dict's ``ResponseMetadata`` is
ignored; a timestamp may also be given as epoch seconds or ISO 8601 text, and a blob as text,
as boto3 takes them). Both round-trip. A key that is not a member of the shape, a missing
required member or a value of the wrong kind is a ``ValidationError`` naming its path.

The member names come from the generated package's ``_boto3`` module and the types from the
class's annotations, both read on first use: nothing here costs a program that does not call
it."""

from collections.abc import Mapping
from typing import Self, dataclass_transform

@dataclass_transform(kw_only_default=True)
class Boto3Dicts:
    """Base of generated model classes: conversion to and from boto3's dicts."""

    __slots__ = ()
    def to_boto3(self) -> dict[str, object]:
        """This model as the dict boto3 uses for its shape (PascalCase keys, unset members
        omitted, ``datetime`` and ``bytes`` as botocore gives them)."""
    @classmethod
    def from_boto3(cls, data: Mapping[str, object]) -> Self:
        """The model for the dict boto3 takes or returns for this shape; ``ValidationError``
        for a key that is not a member, a missing required member or a wrong kind of value."""

__all__ = ["Boto3Dicts"]

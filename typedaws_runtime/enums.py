"""Enum values newer than a generated SDK's model.

An enum input of a generated client is typed as the enum, the literal strings of the values
the model lists (``AuthFlowTypeValue``), or ``Unmodelled``: a type checker then reports a
misspelt value, and a value the service added after the SDK was generated still goes through,
said so in the code. At run time every string is accepted and sent as it is.
"""

from __future__ import annotations

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


class Unmodelled(str):
    """A value of an enum that this SDK's model does not know yet, sent as is.

    ``client.initiate_auth(auth_flow=Unmodelled("NEW_FLOW"), ...)``: a ``str`` in every way,
    which type checkers accept where an enum value is expected.
    """

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: object, handler: Callable[[object], object]
    ) -> object:
        """For pydantic: any ``str``, kept as ``Unmodelled``, but only once nothing else of the
        union took it, so that a value the model lists still becomes its enum member.

        pydantic-core is imported by name: a static import would make every type checker of a
        program that uses this SDK read pydantic-core's stubs (a tenth of a second of a cold
        ``mypy`` run), whether or not the program uses pydantic."""
        import importlib

        core_schema = importlib.import_module("pydantic_core.core_schema")

        return core_schema.lax_or_strict_schema(
            lax_schema=core_schema.no_info_after_validator_function(cls, handler(str)),
            strict_schema=core_schema.is_instance_schema(cls),
        )

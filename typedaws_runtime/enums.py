"""Enum values newer than a generated SDK's model.

An enum input of a generated client is typed as the enum, the literal strings of the values
the model lists (``AuthFlowTypeValue``), or ``Unmodelled``: a type checker then reports a
misspelt value, and a value the service added after the SDK was generated still goes through,
said so in the code. At run time every string is accepted and sent as it is.
"""

from __future__ import annotations


class Unmodelled(str):
    """A value of an enum that this SDK's model does not know yet, sent as is.

    ``client.initiate_auth(auth_flow=Unmodelled("NEW_FLOW"), ...)``: a ``str`` in every way,
    which type checkers accept where an enum value is expected.
    """

    __slots__ = ()

"""The IR of waiters (``waiters-2.json``): each waiter, its acceptors, and each acceptor's
JMESPath expression resolved against the typed response.

Data only, like ``codegen.ir``; ``codegen.waiters`` builds it and ``codegen.emit.waiters``
writes Python from it. An expression is a tree of the nodes below, each knowing the type of
the value it gives (``Value``), so that the emitted function reads attributes a type checker
checks, and the generator refuses what it cannot type.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.ir import Member, Operation, Shape, Structure


@dataclass(frozen=True, kw_only=True)
class Value:
    """What is known of a value an expression gives."""

    shape: Shape | None = None
    """Its model shape, for annotations; None: any value (``object``)."""
    struct: Structure | None = None
    """A structure's members, when the value is one (its fields can be read)."""
    items: Value | None = None
    """What each item is, when the value is a list."""
    nullable: bool = True
    """Whether it may be None (a missing member, or null propagated)."""


ANY = Value()
"""A value of any type: a literal, a function's or a comparison's result."""


@dataclass(frozen=True, kw_only=True)
class Current:
    """``@``: the value the expression is evaluated on (the response, or a list's item)."""

    value: Value


@dataclass(frozen=True, kw_only=True)
class Field:
    """``base.Member``: a member of a structure; null when the structure is."""

    base: Expr
    member: Member
    value: Value


@dataclass(frozen=True, kw_only=True)
class Project:
    """``base[].each`` / ``base[*].each``: ``each`` of every item, nulls left out."""

    base: Expr
    each: Expr
    """Evaluated on one item (its ``Current`` is the item)."""
    value: Value


@dataclass(frozen=True, kw_only=True)
class Select:
    """``base[?keep]``: the items for which ``keep`` is true."""

    base: Expr
    keep: Expr
    """Evaluated on one item (its ``Current`` is the item)."""
    value: Value


@dataclass(frozen=True, kw_only=True)
class Literal:
    """A JSON literal (`` `0` ``, ``'ACTIVE'``)."""

    json: object
    value: Value = ANY


@dataclass(frozen=True, kw_only=True)
class Compare:
    """``left op right``, ``op`` one of ``== != < <= > >=``."""

    op: str
    left: Expr
    right: Expr
    value: Value = ANY


@dataclass(frozen=True, kw_only=True)
class Logic:
    """``left && right`` (``op`` ``and``) or ``left || right`` (``or``): JMESPath's, which
    gives one of the operands."""

    op: str
    left: Expr
    right: Expr
    value: Value = ANY


@dataclass(frozen=True, kw_only=True)
class Not:
    """``!operand``."""

    operand: Expr
    value: Value = ANY


@dataclass(frozen=True, kw_only=True)
class Function:
    """``length(x)`` or ``contains(subject, search)``."""

    name: str
    args: tuple[Expr, ...]
    value: Value = ANY


Expr = Current | Field | Project | Select | Literal | Compare | Logic | Not | Function


@dataclass(frozen=True, kw_only=True)
class Acceptor:
    """One acceptor: the state it leads to when its matcher matches."""

    state: str
    """``success``, ``failure`` or ``retry``."""
    matcher: str
    """``path``, ``pathAll``, ``pathAny``, ``error`` or ``status``."""
    expected: object
    """The JSON value compared with: the expression's value, an error code, a status."""
    argument: str | None = None
    """The JMESPath expression of a path matcher, as the model writes it."""
    path: Expr | None = None
    """That expression, resolved."""

    @property
    def needs_response(self) -> bool:
        """Whether only a response (never a service error) can match."""
        if self.matcher == "error":
            return self.expected is False
        if self.matcher == "status":
            return self.expected == 200
        return True


@dataclass(frozen=True, kw_only=True)
class Waiter:
    """A waiter: the client methods ``wait_until_<name>`` call ``operation`` until one of
    ``acceptors`` says success or failure."""

    name: str
    """The model's name (``TableExists``)."""
    method: str
    """The client method (``wait_until_table_exists``)."""
    constant: str
    """The name of its ``WaiterSpec`` in the generated ``_waiters`` module."""
    operation: Operation
    delay: int | float
    max_attempts: int
    description: str
    acceptors: tuple[Acceptor, ...]

    CONTROLS = ("delay", "max_attempts", "max_wait")
    """Names of the arguments every waiter method adds to the operation's."""

    @property
    def success_needs_response(self) -> bool:
        """Whether every way to succeed is a response (the method then returns it)."""
        return all(a.needs_response for a in self.acceptors if a.state == "success")

    @property
    def success_needs_error(self) -> bool:
        """Whether every way to succeed is a service error (the method returns None)."""
        return all(not a.needs_response for a in self.acceptors if a.state == "success")

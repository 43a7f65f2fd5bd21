"""Paginators: iterate over every page of a paginated operation, or over the items in them.

Generated clients build a ``Paginator`` (sync) or an ``AsyncPaginator`` from the operation's
``PaginatorSpec``. Both delegate every decision (which token to send next, when to stop, how
many items are left, whether the service repeated a token) to ``_Walk``, so they differ only
in how a page is fetched.

Semantics, the same as botocore's paginators where they overlap:

- Iterating yields pages (the typed response objects); ``items()`` yields the items of the
  paginator's result member across pages. Where the pages have no single list of results
  (several result members, or one that is not a list), the operation gets a ``PagePaginator``
  (``AsyncPagePaginator``): pages only, no ``items()`` and no ``max_items``.
- The output token is followed until a page comes without one (absent or empty), or, for
  operations that say so (``more_results``), until a page says there are no more.
- ``max_items`` caps the number of items in all: no page is fetched after the cap is reached,
  and the page that reaches it is cut so that exactly ``max_items`` items are seen. That last
  page keeps the token the service sent, which points after its *uncut* end.
- A token the service already sent (or the starting token) coming back raises
  ``PaginationError``: following it would repeat pages forever.
- Each iteration starts again from the first page (or the starting token); nothing is sent
  before iteration starts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

from typedaws_runtime.errors import PaginationError, ValidationError
from typedaws_runtime.operation import OperationSpec, PaginatorSpec

__all__ = ["AsyncPagePaginator", "AsyncPaginator", "PagePaginator", "Paginator"]

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
FetchT = TypeVar("FetchT")


class _Walk(Generic[ResponseT, ItemT]):
    """One pass over the pages: the token to send next, the tokens seen, the items left."""

    __slots__ = (
        "_items",
        "_left",
        "_next_token",
        "_operation",
        "_seen",
        "_token_member",
        "_with_items",
        "done",
        "token",
    )

    def __init__(
        self,
        spec: PaginatorSpec[RequestT, ResponseT, ItemT],
        start: str | None,
        max_items: int | None,
    ) -> None:
        self._operation = spec.operation.name
        self._token_member = spec.token_member
        self._next_token = spec.next_token
        self._items = spec.items
        self._with_items = spec.with_items
        self.token = start
        """The token to send for the next page (None: the first page)."""
        self._seen: set[str] = {start} if start else set()
        self._left = max_items
        self.done = False
        """True once no page is left to fetch."""

    def take(self, page: ResponseT) -> ResponseT:
        """Account for a fetched page; returns it, cut to ``max_items`` where needed."""
        if self._left is not None and self._items is not None:
            items = self._items(page)
            if len(items) >= self._left:
                if len(items) > self._left and self._with_items is not None:
                    page = self._with_items(page, items[: self._left])
                self._left = 0
                self.done = True
                return page
            self._left -= len(items)
        token = self._next_token(page)
        if not token:
            self.done = True
        elif token in self._seen:
            raise PaginationError(self._operation, self._token_member)
        else:
            self._seen.add(token)
            self.token = token
        return page


class _PaginatorBase(Generic[ResponseT, ItemT, FetchT]):
    """What both paginators share: the checked request, the spec, the item cap, and fetching
    the page after a token (``FetchT``: the page, or an awaitable of it)."""

    def __init__(
        self,
        invoke: Callable[[OperationSpec[RequestT, ResponseT], RequestT], FetchT],
        spec: PaginatorSpec[RequestT, ResponseT, ItemT],
        request: RequestT,
        *,
        start: str | None = None,
        max_items: int | None = None,
    ) -> None:
        problems: list[str] = []
        if max_items is not None and (isinstance(max_items, bool) or max_items < 1):
            problems.append("max_items: must be at least 1 (or None for no limit)")
        if max_items is not None and spec.items is None:
            problems.append("max_items: the pages of this operation have no list of items")
        spec.operation.validate(request, "", problems, True)
        if problems:
            raise ValidationError(spec.operation.name, problems)
        self._operation = spec.operation.name
        self._items = spec.items
        self._max_items = max_items

        def new_walk() -> _Walk[ResponseT, ItemT]:
            return _Walk(spec, start, max_items)

        self._walk = new_walk

        def fetch(token: str | None) -> FetchT:
            return invoke(spec.operation, spec.with_token(request, token))

        self._fetch = fetch

    def _items_of(self) -> Callable[[ResponseT], Sequence[ItemT]]:
        """How to read the items of a page; TypeError for a spec without them."""
        if self._items is None:
            raise TypeError(f"{self._operation}: its pages have no single list of items")
        return self._items

    @property
    def operation(self) -> str:
        """The name of the paginated operation (``ListUsers``)."""
        return self._operation

    @property
    def max_items(self) -> int | None:
        return self._max_items

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operation}, max_items={self._max_items!r})"


class Paginator(_PaginatorBase[ResponseT, ItemT, ResponseT]):
    """The pages of a paginated operation: ``for page in paginator``, or ``.items()``.

    Re-iterable: each ``for`` loop starts again from the first page. Safe to share across
    threads as the client is (each iteration keeps its own state).
    """

    def __iter__(self) -> Iterator[ResponseT]:
        """Each page in turn (the typed response of the operation)."""
        walk = self._walk()
        while not walk.done:
            yield walk.take(self._fetch(walk.token))

    def pages(self) -> Iterator[ResponseT]:
        """Each page in turn; the same as iterating over the paginator."""
        return iter(self)

    def items(self) -> Iterator[ItemT]:
        """Each item of every page in turn, at most ``max_items`` of them."""
        items_of = self._items_of()
        for page in self:
            yield from items_of(page)


class AsyncPaginator(_PaginatorBase[ResponseT, ItemT, Awaitable[ResponseT]]):
    """The pages of a paginated operation: ``async for page in paginator``, or ``.items()``.

    Re-iterable: each ``async for`` loop starts again from the first page.
    """

    async def __aiter__(self) -> AsyncIterator[ResponseT]:
        """Each page in turn (the typed response of the operation)."""
        walk = self._walk()
        while not walk.done:
            yield walk.take(await self._fetch(walk.token))

    def pages(self) -> AsyncIterator[ResponseT]:
        """Each page in turn; the same as iterating over the paginator."""
        return aiter(self)

    async def items(self) -> AsyncIterator[ItemT]:
        """Each item of every page in turn, at most ``max_items`` of them."""
        items_of = self._items_of()
        async for page in self:
            for item in items_of(page):
                yield item


class PagePaginator(_PaginatorBase[ResponseT, ItemT, ResponseT]):
    """The pages of a paginated operation whose pages have no single list of results (several
    result members, or one that is not a list): ``for page in paginator``.

    No ``items()``, and no ``max_items``: there is no one list to count or cut. Re-iterable,
    like ``Paginator``.
    """

    def __init__(
        self,
        invoke: Callable[[OperationSpec[RequestT, ResponseT], RequestT], ResponseT],
        spec: PaginatorSpec[RequestT, ResponseT, ItemT],
        request: RequestT,
        *,
        start: str | None = None,
    ) -> None:
        super().__init__(invoke, spec, request, start=start)

    def __iter__(self) -> Iterator[ResponseT]:
        """Each page in turn (the typed response of the operation)."""
        walk = self._walk()
        while not walk.done:
            yield walk.take(self._fetch(walk.token))

    def pages(self) -> Iterator[ResponseT]:
        """Each page in turn; the same as iterating over the paginator."""
        return iter(self)


class AsyncPagePaginator(_PaginatorBase[ResponseT, ItemT, Awaitable[ResponseT]]):
    """``PagePaginator`` for the asynchronous client: ``async for page in paginator``."""

    def __init__(
        self,
        invoke: Callable[[OperationSpec[RequestT, ResponseT], RequestT], Awaitable[ResponseT]],
        spec: PaginatorSpec[RequestT, ResponseT, ItemT],
        request: RequestT,
        *,
        start: str | None = None,
    ) -> None:
        super().__init__(invoke, spec, request, start=start)

    async def __aiter__(self) -> AsyncIterator[ResponseT]:
        """Each page in turn (the typed response of the operation)."""
        walk = self._walk()
        while not walk.done:
            yield walk.take(await self._fetch(walk.token))

    def pages(self) -> AsyncIterator[ResponseT]:
        """Each page in turn; the same as iterating over the paginator."""
        return aiter(self)

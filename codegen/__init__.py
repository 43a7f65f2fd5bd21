"""Generates a typed Python SDK package from a botocore JSON service model.

The pipeline reads one way, a module (or package) per step:

1. ``model``: load the pinned JSON files (service model, paginators, endpoint rules).
2. ``view``: the typed view of the service model, and what its operations reach.
3. ``build``: decide names and places, giving the IR (``ir``: frozen dataclasses, data only).
4. ``emit``: write code from the IR, one module per concern, each piece with its imports.
5. ``render``: lay the pieces out in modules and classes through ``templates/``.
6. ``files``: format with ruff, then write the package (or compare it with what is on disk).

``diff`` compares two models through the same view. ``__main__`` is the command line.
"""

"""Generates a typed Python SDK package from a botocore JSON service model.

The pipeline reads one way: ``model`` (load the pinned JSON files) -> ``view`` (the typed view
of the service model, and what its operations reach) -> ``build`` (frozen IR in ``ir``) ->
``render`` (jinja2 templates, ruff, stale-file removal). ``diff`` reads two models through the
same view. ``__main__`` is the command line.
"""

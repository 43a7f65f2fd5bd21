"""Generates a typed Python SDK package from a botocore JSON service model.

The pipeline reads one way: ``model`` (load the JSON) -> ``build`` (frozen IR in ``ir``) ->
``render`` (jinja2 templates, ruff, stale-file removal). ``__main__`` is the command line.
"""

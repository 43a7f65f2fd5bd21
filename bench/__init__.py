"""The benchmark: ``make bench`` (``python -m bench``); see bench/RESULTS.md."""

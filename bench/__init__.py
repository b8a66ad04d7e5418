"""Benchmark: the dashboard's queries on national-scale synthetic data (``python -m bench``)."""

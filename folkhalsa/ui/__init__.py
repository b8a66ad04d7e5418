"""Streamlit glue: the one cache layer, the filter bar and small shared widgets."""

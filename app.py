"""Folkhälsopanelen: the entry point (``streamlit run app.py``)."""

from folkhalsa.ui import shell

shell.run()

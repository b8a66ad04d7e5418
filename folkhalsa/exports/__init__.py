"""Exports: the meeting deck (PowerPoint), the follow-up report (Word) and tables (Excel, CSV).

Plain Python over the store and the queries; nothing here imports Streamlit, so the pages
and the command line build the very same files.
"""

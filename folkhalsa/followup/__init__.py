"""The one model of a committee's follow-up period: periods, goals, indicators, dialogues, economy.

Computed once, without Streamlit; the pages, Mötesläge and the Word, PowerPoint and Excel
exports only render it, so no two outputs can disagree on a figure.
"""

"""Mötesläge: the follow-up as slides for the committee meeting; arrows step, ?bild=3 opens slide 3."""

import streamlit as st

from folkhalsa.exports import deck
from folkhalsa.ui import downloads, shell, slides, views, widgets

sel = shell.selection()
slides.style()
if sel.period is None:
    widgets.no_data(sel)
    st.stop()

data = views.report(sel)
deck_slides = deck.build(data)
number = slides.current_number(len(deck_slides))
slide = deck_slides[number - 1]


def files() -> None:
    for kind in ("pptx", "docx", "xlsx", "csv"):  # one under the other: the popover is narrow
        downloads.report_buttons(data, (kind,))


slides.navigation(number, len(deck_slides), notes=slide.notes, tools=files, exit_params=shell.link_params(sel))
slides.draw(slide, number)

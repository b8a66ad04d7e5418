"""Colours by meaning, defined once (after the Okabe–Ito palette: safe for colour-blind readers).

Pages and charts take colours from here; ``.streamlit/config.toml`` carries the same
categorical palette and status colours for Streamlit's own widgets (a test keeps the two in step).

Contrast on white (WCAG 2.x): every status and series colour at least 3:1 (graphics), every
text colour at least 4.5:1 (tests/hardening/test_ui_contrast.py). Okabe–Ito's orange, sky blue
and yellow are too light for that (2.25, 2.31 and 1.32:1), so they are darkened here (orange,
teal, olive), and the vermilion and reddish purple moved so that every pair of colours stays
apart also as seen with protanopia, deuteranopia and tritanopia (simulated in the test).
"""

from __future__ import annotations

BLUE = "#0072B2"            # 5.19:1
ORANGE = "#D67A00"          # 3.16:1 (Okabe–Ito #E69F00 is 2.25:1)
BLUISH_GREEN = "#009E73"    # 3.42:1
REDDISH_PURPLE = "#BD6B98"  # 3.67:1
TEAL = "#0D5963"            # 8.0:1 (in place of sky blue #56B4E9, 2.31:1)
VERMILION = "#F06542"       # 3.16:1
OLIVE = "#4B580E"           # 7.77:1 (in place of yellow #F0E442, 1.32:1)
BLACK = "#000000"
GREY = "#8C8C8C"            # 3.36:1

# The series colours, in order (the name is kept: the order and the idea are Okabe–Ito's)
OKABE_ITO = (BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, TEAL, VERMILION, OLIVE, BLACK)

STATUS_COLOUR = {
    "uppfylls": BLUISH_GREEN,
    "delvis": ORANGE,
    "uppfylls_inte": VERMILION,
    "ej_bedomd": GREY,
}
# Coloured text (status words, Streamlit's :green[…]): darker, at least 4.5:1 on white
STATUS_TEXT_COLOUR = {
    "uppfylls": "#00785A",       # 5.48:1
    "delvis": "#9A4E00",         # 6.06:1
    "uppfylls_inte": "#B03A1A",  # 6.06:1
    "ej_bedomd": "#5E5E5E",      # 6.48:1
}
TARGET_COLOUR = BLACK
NEUTRAL_COLOUR = BLUE
GENDER_COLOUR = {"T": BLUE, "K": REDDISH_PURPLE, "M": ORANGE}

FOCUS_COLOUR = BLUE  # the keyboard focus outline of links (folkhalsa/ui/shell.py)

# Streamlit's coloured-text names for st.markdown(":green[...]") by status
STATUS_MARKDOWN_COLOUR = {"uppfylls": "green", "delvis": "orange", "uppfylls_inte": "red", "ej_bedomd": "gray"}

PLOT_FONT_SIZE = 18  # readable from the back of a meeting room
GRID_COLOUR = "#DDDDDD"
SEPARATOR_COLOUR = "#FFFFFF"  # thin line between stacked bars

# Meeting mode and the exported files: dark text on white, for a projector in a lit room.
TEXT_COLOUR = "#111111"
MUTED_TEXT_COLOUR = "#4D4D4D"
BACKGROUND_COLOUR = "#FFFFFF"
RULE_COLOUR = "#949494"          # also the "budget" bars of the exported slides: 3.03:1
HEADER_TEXT_COLOUR = "#FFFFFF"   # on NEUTRAL_COLOUR table headers
STRIPE_COLOUR = "#EEF4FA"        # every other table row

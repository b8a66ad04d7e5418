"""Colours by meaning, defined once (Okabe–Ito palette: safe for colour-blind readers).

Pages and charts take colours from here; ``.streamlit/config.toml`` carries the same
categorical palette for Streamlit's own widgets (a test keeps the two in step).
"""

from __future__ import annotations

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

STATUS_COLOUR = {
    "uppfylls": "#009E73",       # bluish green
    "delvis": "#E69F00",         # orange
    "uppfylls_inte": "#D55E00",  # vermillion
    "ej_bedomd": "#8C8C8C",      # grey
}
TARGET_COLOUR = "#000000"
NEUTRAL_COLOUR = "#0072B2"
GENDER_COLOUR = {"T": "#0072B2", "K": "#CC79A7", "M": "#E69F00"}

# Streamlit's coloured-text names for st.markdown(":green[...]") by status
STATUS_MARKDOWN_COLOUR = {"uppfylls": "green", "delvis": "orange", "uppfylls_inte": "red", "ej_bedomd": "gray"}

PLOT_FONT_SIZE = 18  # readable from the back of a meeting room
GRID_COLOUR = "#DDDDDD"
SEPARATOR_COLOUR = "#FFFFFF"  # thin line between stacked bars

# Meeting mode and the exported files: dark text on white, for a projector in a lit room.
TEXT_COLOUR = "#111111"
MUTED_TEXT_COLOUR = "#4D4D4D"
BACKGROUND_COLOUR = "#FFFFFF"
RULE_COLOUR = "#BFBFBF"
HEADER_TEXT_COLOUR = "#FFFFFF"   # on NEUTRAL_COLOUR table headers
STRIPE_COLOUR = "#EEF4FA"        # every other table row

"""The meeting deck as PowerPoint: native, editable charts and tables, sources in small print.

Draws the slides of :mod:`folkhalsa.exports.deck` on a blank 16:9 layout, so the file
holds the same content as the Mötesläge page; each slide's drafted sentences are its
speaker notes.
"""

from __future__ import annotations

import io
import re

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from folkhalsa import fmt, theme
from folkhalsa.exports import deck
from folkhalsa.exports.report import ReportData

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
CONTENT_W = WIDTH - 2 * MARGIN
NUMBER_FORMAT = {"antal": '#,##0', "procent": '0" %"', "tkr": '#,##0" tkr"'}
AXIS_TITLE = {"antal": "Antal", "procent": "Procent", "tkr": "Tusen kronor (tkr)"}


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _text(slide, left, top, width, height, text: str, size: int, *, bold: bool = False,
          colour: str = theme.TEXT_COLOUR, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        run = para.add_run()
        run.text = fmt.xml_safe(line)
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = rgb(colour)
    return box


def _points(slide, left, top, width, height, points: list[str], size: int):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, point in enumerate(points):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.space_after = Pt(size // 2)
        run = para.add_run()
        run.text = fmt.xml_safe(point)
        run.font.size = Pt(size)
        run.font.color.rgb = rgb(theme.TEXT_COLOUR)


def _table(slide, left, top, width, table: deck.Table, size: int):
    n_rows, n_cols = len(table.rows) + 1, len(table.headers)
    row_h = Pt(size * 1.9)
    shape = slide.shapes.add_table(n_rows, n_cols, left, top, width, row_h * n_rows)
    grid = shape.table
    weights = table.widths or [1.0] * n_cols
    for i, w in enumerate(weights):
        grid.columns[i].width = Emu(int(width * w / sum(weights)))
    for r in range(n_rows):
        grid.rows[r].height = row_h
        values = table.headers if r == 0 else table.rows[r - 1]
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(theme.NEUTRAL_COLOUR if r == 0 else
                                           theme.STRIPE_COLOUR if r % 2 == 0 else theme.BACKGROUND_COLOUR)
            cell.margin_left = cell.margin_right = Pt(5)
            cell.margin_top = cell.margin_bottom = Pt(3)
            para = cell.text_frame.paragraphs[0]
            para.alignment = PP_ALIGN.LEFT if c == 0 or not _is_figure(value) else PP_ALIGN.RIGHT
            run = para.add_run()
            run.text = fmt.xml_safe(value)
            run.font.size = Pt(size)
            run.font.bold = r == 0 or (r == n_rows - 1 and str(values[0]) == "Summa")
            run.font.color.rgb = rgb(theme.HEADER_TEXT_COLOUR if r == 0 else theme.TEXT_COLOUR)
    return shape


_FIGURE = re.compile(r"^[+−±]?[\d\u00a0,]+(\u00a0%|\u00a0tkr)?$|^–$")


def _is_figure(value: str) -> bool:
    """Numbers (and the missing dash) are right-aligned so that digits line up."""
    return bool(_FIGURE.match(str(value)))


def _chart(slide, left, top, width, height, chart: deck.Chart):
    data = CategoryChartData(number_format=NUMBER_FORMAT.get(chart.unit, "General"))
    data.categories = [fmt.xml_safe(c) for c in chart.categories]
    for series in chart.series:
        data.add_series(fmt.xml_safe(series.name), list(series.values))
    kind = XL_CHART_TYPE.LINE_MARKERS if chart.kind == "line" else XL_CHART_TYPE.COLUMN_CLUSTERED
    graphic = slide.shapes.add_chart(kind, left, top, width, height, data).chart
    graphic.has_legend = True
    graphic.legend.position = XL_LEGEND_POSITION.TOP
    graphic.legend.include_in_layout = False
    graphic.legend.font.size = Pt(16)
    graphic.font.size = Pt(16)
    graphic.font.color.rgb = rgb(theme.TEXT_COLOUR)
    value_axis = graphic.value_axis
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = AXIS_TITLE.get(chart.unit, chart.unit)
    value_axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    value_axis.tick_labels.number_format = NUMBER_FORMAT.get(chart.unit, "General")
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.minimum_scale = 0
    if chart.unit == "procent":
        value_axis.maximum_scale = 100
    value_axis.major_gridlines.format.line.color.rgb = rgb(theme.RULE_COLOUR)
    colours = [theme.NEUTRAL_COLOUR, theme.TARGET_COLOUR] if chart.kind == "line" else \
        [theme.RULE_COLOUR, theme.NEUTRAL_COLOUR]
    graphic.category_axis.tick_labels.font.size = Pt(12 if chart.kind == "bar" else 14)
    plot = graphic.plots[0]
    if chart.kind == "bar":
        plot.gap_width = 60
        plot.has_data_labels = True
        plot.data_labels.font.size = Pt(12)
        plot.data_labels.number_format = NUMBER_FORMAT["tkr"]
        plot.data_labels.number_format_is_linked = False
    for series, colour in zip(plot.series, colours, strict=False):
        if chart.kind == "line":
            series.format.line.color.rgb = rgb(colour)
            series.format.line.width = Pt(4 if colour == theme.NEUTRAL_COLOUR else 2.5)
            series.smooth = False
            series.marker.style = XL_MARKER_STYLE.CIRCLE if colour == theme.NEUTRAL_COLOUR else XL_MARKER_STYLE.DASH
            series.marker.size = 11
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = rgb(colour)
            if colour == theme.TARGET_COLOUR:
                series.format.line.dash_style = 4  # MSO_LINE.DASH
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = rgb(colour)
    return graphic


def _figures(slide, top, figures: list[deck.Figure], per_row: int = 4) -> int:
    """Big key figures in rows of four; returns the height used."""
    box_w = CONTENT_W // per_row
    box_h = Inches(1.2)
    for i, figure in enumerate(figures):
        left = MARGIN + box_w * (i % per_row)
        y = top + box_h * (i // per_row)
        _text(slide, left, y, box_w - Inches(0.15), Inches(0.6), figure.value, 30, bold=True)
        _text(slide, left, y + Inches(0.55), box_w - Inches(0.15), Inches(0.45), figure.label, 14,
              colour=theme.MUTED_TEXT_COLOUR)
    rows = (len(figures) + per_row - 1) // per_row
    return box_h * rows


def _table_size(tables: list[deck.Table]) -> int:
    """Type size for stacked tables: as large as the rows (and the lines of long first cells) allow."""
    lines = sum(1 + len(str(row[0])) // 70 for table in tables for row in table.rows) + len(tables)
    return 18 if lines <= 6 else 16 if lines <= 9 else 14 if lines <= 12 else 11


def notes(slide, lines: list[str]) -> None:
    """The drafted sentences as the slide's speaker notes, one paragraph each."""
    if lines:
        slide.notes_slide.notes_text_frame.text = fmt.xml_safe("\n".join(lines))


def draw(prs: Presentation, slide_data: deck.Slide, number: int, total: int, data: ReportData) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    notes(slide, slide_data.notes)
    footer_top = HEIGHT - Inches(0.55)
    _text(slide, MARGIN, footer_top, Inches(8.6), Inches(0.45), slide_data.source, 9,
          colour=theme.MUTED_TEXT_COLOUR).name = "Källa"
    _text(slide, WIDTH - MARGIN - Inches(3.6), footer_top, Inches(3.6), Inches(0.45),
          f"{data.committee_name} · {fmt.day(data.made_on)} · {number}/{total}", 9,
          colour=theme.MUTED_TEXT_COLOUR, align=PP_ALIGN.RIGHT).name = "Sidfot"
    if slide_data.kind == "title":
        _text(slide, MARGIN, Inches(2.0), CONTENT_W, Inches(1.2), slide_data.title, 48, bold=True).name = "Titel"
        _text(slide, MARGIN, Inches(3.2), CONTENT_W, Inches(0.8), slide_data.subtitle, 30,
              colour=theme.NEUTRAL_COLOUR)
        _points(slide, MARGIN, Inches(4.3), CONTENT_W, Inches(1.5), slide_data.points, 20)
        return
    title_size = 32 if len(slide_data.title) <= 60 else 24 if len(slide_data.title) <= 100 else 20
    _text(slide, MARGIN, Inches(0.3), CONTENT_W, Inches(1.1), slide_data.title, title_size, bold=True,
          anchor=MSO_ANCHOR.BOTTOM).name = "Titel"
    _text(slide, MARGIN, Inches(1.4), CONTENT_W, Inches(0.5), slide_data.subtitle, 18,
          colour=theme.MUTED_TEXT_COLOUR)
    top = Inches(2.0)
    if slide_data.figures:
        top += _figures(slide, top, slide_data.figures) + Inches(0.1)
    bottom = footer_top - Inches(0.1)
    if slide_data.chart is not None and slide_data.chart.categories:
        chart_w = (Inches(4.8) if slide_data.kind == "economy" else Inches(5.6)) if slide_data.tables else CONTENT_W
        _chart(slide, MARGIN, top, chart_w, bottom - top, slide_data.chart)
        for table in slide_data.tables:
            left = MARGIN + chart_w + Inches(0.3)
            _table(slide, left, top, CONTENT_W - chart_w - Inches(0.3), table,
                   13 if slide_data.kind == "economy" else 14)
    else:
        size = _table_size(slide_data.tables)
        for table in slide_data.tables:
            shape = _table(slide, MARGIN, top, CONTENT_W, table, size)
            top += shape.height + Inches(0.25)
    if slide_data.points:
        n = len(slide_data.points)
        _points(slide, MARGIN, top, CONTENT_W, bottom - top, slide_data.points, 24 if n <= 4 else 18 if n <= 7 else 14)


def build(data: ReportData) -> bytes:
    """The .pptx file of the deck, as bytes."""
    slides = deck.build(data)
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    prs.core_properties.title = fmt.xml_safe(f"{data.committee_name}: {deck.report_title(data)}")
    prs.core_properties.language = "sv-SE"
    for i, slide_data in enumerate(slides, start=1):
        draw(prs, slide_data, i, len(slides), data)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()

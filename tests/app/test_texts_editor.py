"""Rapportens texter on Hantera data: an editor saves a text and it is in the Word report; no one else can."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from folkhalsa import access, versions
from folkhalsa.exports import docx, report
from folkhalsa.store import Store, current_folder
from folkhalsa.ui import texts_editor
from tests.app.helpers import all_text, open_app
from tests.storetools import CLI

SUMMARY = "Nämnden har haft ett gott år.\n\n**Inte fetstil** och <b>ingen tagg</b>\x07 – som skrivet."


def _area(at, label: str):
    return next(t for t in at.text_area if t.label == label)


def _word_text(root: Path) -> list[str]:
    data = report.report_data(Store(current_folder(root)), "1380", 2022, "UR2")
    return [p.text for p in Document(io.BytesIO(docx.build(data))).paragraphs]


def test_an_editor_saves_a_summary_and_it_is_in_the_word_report(own_store, monkeypatch):
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022", period="UR2")
    assert "Rapportens texter" in all_text(at)
    labels = [t.label for t in at.text_area]
    assert labels == ["Sammanfattning", "Kvalitetsstyrning (verksamhet)", "Ekonomi", "Ackumulerad budgetavvikelse",
                      "Prognos budgetavvikelse", "Ordförande (namn)", "Nämndtjänsteperson (namn)"]
    assert _area(at, "Sammanfattning").value.startswith("Inledning")  # the demo's own text
    assert not any(b.key == "confirm_texts" for b in at.button)  # nothing changed, nothing to save

    _area(at, "Sammanfattning").set_value(SUMMARY).run()
    _area(at, "Ordförande (namn)").set_value("Anna Andersson").run()
    assert not at.exception
    preview = [df.value for df in at.dataframe if "Ändring" in df.value.columns]
    assert preview and {"ändrad", "ny"} <= set(preview[-1]["Ändring"])
    at.button(key="confirm_texts").click().run()
    assert not at.exception
    assert "Sparat" in all_text(at) and "Texterna finns nu i Word" in all_text(at)
    assert _area(at, "Sammanfattning").value == SUMMARY.strip().replace("\x07", "")  # control character dropped
    record = versions.history(own_store)[0]
    assert record["action"] == "redigering" and "Rapportens texter" in record["summary"]

    paragraphs = _word_text(own_store)
    assert "Nämnden har haft ett gott år." in paragraphs
    assert "**Inte fetstil** och <b>ingen tagg</b> – som skrivet." in paragraphs  # plain, control char gone
    assert "Anna Andersson" in paragraphs
    assert not any(p.startswith("Inledning") for p in paragraphs)

    versions.undo(own_store, CLI)  # history and undo follow
    assert any(p == "Inledning" for p in _word_text(own_store))


def test_an_emptied_text_is_removed_and_the_report_shows_the_placeholder(own_store, monkeypatch):
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022", period="UR2")
    _area(at, "Kvalitetsstyrning (verksamhet)").set_value("   ").run()
    at.button(key="confirm_texts").click().run()
    assert not at.exception
    text = "\n".join(_word_text(own_store))
    assert "[Texten är inte skriven ännu: skriv texten om kvalitetsstyrningen" in text
    _, rows = versions.current_rows(own_store)
    assert not [k for k in rows["texts"] if k[3] == "kvalitetsstyrning"]


def test_without_editor_rights_the_texts_cannot_be_saved(own_store):
    before = versions.current_id(own_store)
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022", period="UR2")
    assert "Ändringar är avstängda" in all_text(at)
    assert len(at.text_area) == 7 and all(t.disabled for t in at.text_area)
    assert not any(b.key == "confirm_texts" and not b.disabled for b in at.button)
    # Even a change that got past the page is refused by the write function itself.
    _, rows = versions.current_rows(own_store)
    prepared = texts_editor.prepare_texts(rows, "LN1380", 2022, "UR2", {"sammanfattning": "Försök utan rätt"})
    assert prepared.ok and prepared.diffs
    reader = access.web_editor(oidc_configured=False, logged_in=False, email=None, allowlist=[], local_mode=False)
    with pytest.raises(access.AccessDenied):
        versions.commit(own_store, prepared.after, reader, "redigering", "försök", base=before)
    assert versions.current_id(own_store) == before
    assert "Försök utan rätt" not in "\n".join(_word_text(own_store))

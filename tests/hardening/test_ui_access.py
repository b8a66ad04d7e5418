"""Hardened 8: a blank entry in the editors list never admits a signed-in user without an e-mail."""

from __future__ import annotations

import pytest

from folkhalsa import access


@pytest.mark.parametrize("email", [None, "", " ", "\t"])
@pytest.mark.parametrize("allowlist", [[""], [" "], ["", " "], ["anna@halland.se", ""], [None]])
def test_blank_editor_entry_admits_no_one_without_email(email, allowlist):
    editor = access.web_editor(oidc_configured=True, logged_in=True, email=email, allowlist=allowlist,
                               local_mode=False)
    assert not editor.allowed
    with pytest.raises(access.AccessDenied):
        access.require(editor)


def test_real_editor_still_admitted_next_to_blank_entries():
    editor = access.web_editor(oidc_configured=True, logged_in=True, email="Anna@Halland.se",
                               allowlist=["", " ", "anna@halland.se"], local_mode=False)
    assert editor.allowed and editor.identity == "Anna@Halland.se"


def test_allowlist_given_as_one_string_is_not_split_into_letters():
    # secrets `editors = "anna@halland.se"` (a string, not a list): never match single characters
    editor = access.web_editor(oidc_configured=True, logged_in=True, email="a", allowlist="anna@halland.se",
                               local_mode=False)
    assert not editor.allowed
    ok = access.web_editor(oidc_configured=True, logged_in=True, email="anna@halland.se",
                           allowlist="anna@halland.se", local_mode=False)
    assert ok.allowed

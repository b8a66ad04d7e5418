"""Access: reading is open; every write path refuses a user who is not an allowed editor."""

from __future__ import annotations

import pytest

from folkhalsa import access, versions
from folkhalsa.__main__ import main
from tests.storetools import LOCAL, new_store, tree_hash

NOT_SIGNED_IN = access.web_editor(oidc_configured=True, logged_in=False, email=None,
                                  allowlist=["anna@halland.se"], local_mode=False)
NOT_ON_LIST = access.web_editor(oidc_configured=True, logged_in=True, email="bo@example.se",
                                allowlist=["anna@halland.se"], local_mode=False)
NO_OIDC_NO_LOCAL = access.web_editor(oidc_configured=False, logged_in=False, email=None, allowlist=[],
                                     local_mode=False)


def test_rules_of_access():
    assert not NOT_SIGNED_IN.allowed and "inte inloggad" in NOT_SIGNED_IN.reason
    assert not NOT_ON_LIST.allowed and "bo@example.se finns inte med bland redaktörerna" in NOT_ON_LIST.reason
    assert not NO_OIDC_NO_LOCAL.allowed and "FOLKHALSA_LOCAL_EDITOR=1" in NO_OIDC_NO_LOCAL.reason
    ok = access.web_editor(oidc_configured=True, logged_in=True, email="Anna@Halland.se ",
                           allowlist=["anna@halland.se"], local_mode=False)
    assert ok.allowed and ok.identity == "Anna@Halland.se"
    # With OIDC configured, the local mode does not open writing to everyone.
    assert not access.web_editor(oidc_configured=True, logged_in=False, email=None, allowlist=[],
                                 local_mode=True).allowed
    assert LOCAL.allowed and LOCAL.identity.startswith("lokal användare")
    assert access.local_mode_enabled({"FOLKHALSA_LOCAL_EDITOR": "1"})
    assert not access.local_mode_enabled({})


WRITES = {
    "commit": lambda root, ed: versions.commit(root, {"goals": {}}, ed, "import", "x"),
    "undo": lambda root, ed: versions.undo(root, ed),
    "snapshot": lambda root, ed: versions.snapshot(root, "Möte 2022-08-31", ed),
    "init": lambda root, ed: versions.init_store(root.parent / "ny", ed),
}


@pytest.mark.parametrize("who", [NOT_SIGNED_IN, NOT_ON_LIST, NO_OIDC_NO_LOCAL, None, "anna@halland.se"],
                         ids=["not-signed-in", "not-on-allowlist", "no-oidc-no-local-mode", "none", "a-string"])
@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_path_refuses(tmp_path, who, write):
    root = new_store(tmp_path)
    versions.commit(root, {"goals": {}}, LOCAL, "import", "något att ångra")
    before = tree_hash(tmp_path)
    with pytest.raises(access.AccessDenied):
        WRITES[write](root, who)
    assert tree_hash(tmp_path) == before


def test_the_command_line_acts_as_the_local_user(tmp_path, monkeypatch):
    root = new_store(tmp_path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    assert main(["snapshot", "Möte 1"]) == 0
    assert versions.snapshots(root)[0]["who"].startswith("lokal användare")

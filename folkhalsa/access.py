"""Who may change the data. Reading needs no login; every write needs an allowed editor.

* With OIDC configured (an ``[auth]`` section in the app's secrets) an editor is a user
  signed in with ``st.login`` whose e-mail is in the allowlist ``editors`` of the secrets.
* Without OIDC, editing in the browser is off unless the app was started in single-user
  local mode: ``FOLKHALSA_LOCAL_EDITOR=1`` (the person at this computer is the editor).
* The command line acts as the local user: whoever can run it on the store's folder owns
  the folder (the file system's permissions are the access control).

The write functions (``folkhalsa.versions``) call :func:`require` themselves, so a refused
user is refused even if a button were shown by mistake.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable
from dataclasses import dataclass

LOCAL_ENV = "FOLKHALSA_LOCAL_EDITOR"


class AccessDenied(PermissionError):
    """Raised by every write path when the editor is not allowed; the message is Swedish."""


@dataclass(frozen=True)
class Editor:
    identity: str  # e-mail, or "lokal användare (namn)"
    allowed: bool
    reason: str  # why not allowed (Swedish), or how the user was recognised


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "okänd"


def cli_editor() -> Editor:
    """The person at the terminal: allowed, recorded as the local user."""
    return Editor(f"lokal användare ({_local_user()}, kommandorad)", True, "Kommandoraden körs av mappens ägare.")


def local_mode_enabled(environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(LOCAL_ENV, "").strip().lower() in {"1", "ja", "true", "yes"}


def web_editor(*, oidc_configured: bool, logged_in: bool, email: str | None,
               allowlist: Iterable[str] | str | None, local_mode: bool) -> Editor:
    """Decide, without Streamlit, whether a browser user may write."""
    if oidc_configured:
        if not logged_in:
            return Editor("", False, "Du är inte inloggad. Logga in för att ändra data; läsa kan alla.")
        mail = (email or "").strip()
        if not mail:
            return Editor("", False, "Kontot har ingen e-postadress, så det kan inte prövas mot listan över "
                                     "redaktörer (editors). Logga in med ett konto som har en e-postadress.")
        if mail.lower() not in allowed_emails(allowlist):
            return Editor(mail, False, f"{mail or 'Kontot'} finns inte med bland redaktörerna (editors) "
                                       "i appens hemligheter. Be administratören lägga till dig.")
        return Editor(mail, True, f"Inloggad som {mail}.")
    if local_mode:
        return Editor(f"lokal användare ({_local_user()})", True,
                      f"Lokalt enanvändarläge ({LOCAL_ENV}=1): du som kör panelen på den här datorn får ändra.")
    return Editor("", False, "Ändringar är avstängda: ingen inloggning (OIDC) är konfigurerad och panelen "
                             f"startades inte i lokalt enanvändarläge ({LOCAL_ENV}=1). Se README.")


def allowed_emails(allowlist: Iterable[str] | str | None) -> set[str]:
    """The editors' addresses, lower case; blank or non-text entries never match anyone."""
    if allowlist is None:
        return set()
    if isinstance(allowlist, str):  # `editors = "a@b.se"` in the secrets: one address, not its letters
        allowlist = [allowlist]
    return {a.strip().lower() for a in allowlist if isinstance(a, str) and a.strip()}


def require(editor: object) -> Editor:
    """The editor, if allowed to write; otherwise :class:`AccessDenied` with the reason."""
    if not isinstance(editor, Editor):
        raise AccessDenied("Ingen redaktör angiven: ändringen görs inte.")
    if not editor.allowed:
        raise AccessDenied(editor.reason or "Du får inte ändra data.")
    return editor

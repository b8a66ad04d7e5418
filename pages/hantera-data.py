"""Hantera data: template, import with preview, editing, undo, snapshots and the change log."""

from folkhalsa.ui import manage, shell

manage.page(shell.selection(allow_empty=True))

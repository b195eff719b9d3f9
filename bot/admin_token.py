"""The dashboard's admin token for `grantbot serve`: the setting, or one generated once and kept in the home."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from knowledge.errors import BadInput
from settings import Settings

TOKEN_FILE = "admin-token"


def _create(path: Path) -> str | None:
    """A new token written to ``path`` readable by its owner only; None when the file already exists."""
    token = secrets.token_urlsafe(24)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return None
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    return token


def with_admin_token(settings: Settings, url: str) -> tuple[Settings, str]:
    """``settings`` with an admin token, and the line that tells how to open the dashboard.

    Without GRANTBOT_ADMIN_TOKEN a first `make run` would leave /admin closed with no hint why, so
    serve generates a token once, keeps it under GRANTBOT_HOME and shows it this one time; later runs
    name the file instead of printing the secret again.
    """
    if settings.admin_token:
        return settings, f"grantbot: dashboard on {url}/admin (sign in with GRANTBOT_ADMIN_TOKEN)"
    path = settings.ensure_home() / TOKEN_FILE
    token = _create(path)
    if token:
        note = f"admin token (shown once; kept in {path}): {token}"
    else:
        token = path.read_text(encoding="utf-8").strip()
        note = f"sign in with the admin token in {path}"
    if not token:
        raise BadInput(f"{path} is empty: delete it to get a new admin token, or set GRANTBOT_ADMIN_TOKEN")
    return settings.model_copy(update={"admin_token": token}), f"grantbot: dashboard on {url}/admin; {note}"

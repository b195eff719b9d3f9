"""The command-line channel: `grantbot` (the entry point ``bot.cli:main``) and its commands."""

from bot.cli.commands import app, main

__all__ = ["app", "main"]

"""The command-line channel: `grantbot` and its commands (``bot.cli.commands``)."""


def main() -> None:
    """`grantbot` (the entry point ``bot.cli:main``)."""
    # Imported when run, not when the package is: importing ``bot.cli.check`` alone stays as light as
    # a check needs (benchmarks/bench_check.py times it).
    from bot.cli.commands import main as run

    run()

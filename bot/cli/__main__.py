"""`python -m bot.cli …` runs `grantbot …`."""

from bot.cli.commands import main

main()

"""`python -m bot.cli …` runs `grantbot …`."""

from bot.cli import main

main()

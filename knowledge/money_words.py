"""Word stems that speak of grant money in the five languages: one list for every extractor that
asks "is this sentence about the money?" (shares of costs, amounts on offer), each adding its own."""

from __future__ import annotations

# Matched as substrings ("tilskuddet", "bevilget", "fundet"), case-insensitively.
GRANT_MONEY = (
    r"tilsk|tilskot|midl|medel|medl|bidrag|støtt|stött|stöd|stød|pulje|belø|belopp|bevilg|bevilj|budsj|budget"
    r"|finansi|grant|fund"
)

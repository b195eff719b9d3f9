"""Word stems that speak of grant money in the five languages: one list for every extractor that
asks "is this sentence about the money?" (shares of costs, amounts on offer, the co-funding an
eligibility rule requires), each adding its own."""

from __future__ import annotations

# Matched as substrings ("tilskuddet", "bevilget", "fundet"), case-insensitively.
GRANT_MONEY = (
    r"tilsk|tilskot|midl|medel|medl|bidrag|støtt|stött|stöd|stød|pulje|belø|belopp|bevilg|bevilj|budsj|budget"
    r"|finansi|grant|fund"
)
# What a grant or a share of it covers ("kostnadene", "utgifter", "omkostninger", "costs").
COSTS = r"kostn|omkostn|utgift|udgift|expens|cost"
# What the applicant pays itself ("egenandel", "own contribution"), not the funder's "medfinansiering".
APPLICANT_OWN = (
    r"egenandel|eigenandel|eigendel|egeninns|eigeninns|egeninsats|egenfinans|eigenfinans|egen finansiering"
    r"|selvfinans|own contribution"
)
# The applicant's own share of the costs, however it is named ("egenandel", "medfinansiering", "co-financing").
OWN_SHARE = rf"{APPLICANT_OWN}|medfinans|co-?financ|co-?fund|match(?:ed|ing) fund"
# The sign or word after a percentage ("50 %", "50 prosent", "50 pct.").
PERCENT = r"(?:%|prosent\b|procent\b|percent\b|per[ ]cent\b|pct\b\.?|pst\b\.?)"

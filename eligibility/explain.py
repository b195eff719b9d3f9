"""A check result as a chat reply: the verdict, the reason of each rule, and what to tell us next."""

from __future__ import annotations

from eligibility.models import CheckResult

_LANGS = ("nb", "nn", "sv", "da", "en")
_VERDICTS = {
    "eligible": (
        "Ja, dere kan søke.",
        "Ja, de kan søkje.",
        "Ja, ni kan ansöka.",
        "Ja, I kan søge.",
        "Yes, you can apply.",
    ),
    "not_eligible": (
        "Nei, dere kan ikke søke.",
        "Nei, de kan ikkje søkje.",
        "Nej, ni kan inte ansöka.",
        "Nej, I kan ikke søge.",
        "No, you cannot apply.",
    ),
    "undetermined": (
        "Det kan jeg ikke avgjøre ennå.",
        "Det kan eg ikkje avgjere enno.",
        "Det kan jag inte avgöra än.",
        "Det kan jeg ikke afgøre endnu.",
        "I cannot tell yet.",
    ),
}
_FIELDS = {
    "applicant_type": (
        "hva slags søker dere er",
        "kva slags søkjar de er",
        "vilken typ av sökande ni är",
        "hvilken type ansøger I er",
        "what kind of applicant you are",
    ),
    "country": (
        "hvilket land dere hører til",
        "kva land de høyrer til",
        "vilket land ni hör till",
        "hvilket land I hører til",
        "which country you are in",
    ),
    "population": (
        "innbyggertallet",
        "innbyggjartalet",
        "invånarantalet",
        "indbyggertallet",
        "your population",
    ),
    "partners": (
        "hvem dere søker sammen med",
        "kven de søkjer saman med",
        "vilka ni ansöker tillsammans med",
        "hvem I søger sammen med",
        "who you apply together with",
    ),
    "co_funding": (
        "hvor stor andel dere finansierer selv",
        "kor stor del de finansierer sjølve",
        "hur stor andel ni finansierar själva",
        "hvor stor en andel I selv finansierer",
        "what share you fund yourselves",
    ),
}
_TELL = (
    "Fortell meg {fields}.",
    "Fortel meg {fields}.",
    "Berätta {fields}.",
    "Fortæl mig {fields}.",
    "Tell me {fields}.",
)
_AND = (" og ", " og ", " och ", " og ", " and ")
_MAX = (
    "Maksimalt beløp: {value} {currency}.",
    "Maksimalt beløp: {value} {currency}.",
    "Högsta belopp: {value} {currency}.",
    "Maksimalt beløb: {value} {currency}.",
    "Maximum amount: {value} {currency}.",
)


def _join(items: list[str], i: int) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _AND[i] + items[-1]


def reply_lines(result: CheckResult, language: str) -> list[str]:
    """The verdict, one line per rule with its reason, the maximum amount, and the question for what is missing."""
    i = _LANGS.index(language) if language in _LANGS else _LANGS.index("en")
    lines = [_VERDICTS[result.verdict][i]]
    lines += [f"- {r.reason}" for r in result.rules if r.outcome != "pass" or result.verdict == "eligible"]
    if result.max_amount:
        value = f"{result.max_amount['value']:,}".replace(",", " ")
        lines.append(_MAX[i].format(value=value, currency=result.max_amount["currency"]))
    asks = [_FIELDS[f][i] for f in result.missing if f in _FIELDS]
    if asks:
        lines.append(_TELL[i].format(fields=_join(asks, i)))
    return lines

"""Sums in a table whose column header names the currency ("Kommune Kroner" over "Osterøy 1 675 000").

Pages list grants per municipality or project as rows of a name and a bare sum; the currency is
written once, in the header. Each row is quoted as it stands, so the fact keeps its own line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_CURRENCY_WORD = r"(?:kroner|kronor|kr\.?|nok|sek|dkk|eur|euro|€)"
# The header: a few words without digits, the last naming the currency ("Beløp (kr)", "Sum i NOK").
_HEADER = re.compile(
    rf"^[ \t|]*[^\W\d][^\d\n]{{0,60}}?[ \t|(]+(?:i[ \t]+|in[ \t]+)?(?P<cur>{_CURRENCY_WORD})\)?[ \t|]*$", re.I
)
# A row: a label, then a sum grouped in thousands at the end of the line.
_ROW = re.compile(r"^[ \t|]*(?P<label>[^\W\d][^\n]*?)[ \t|]+(?P<sum>\d{1,3}(?:[ \u00a0.]\d{3})+)[ \t|]*$")
_MAX_ROWS = 60


@dataclass(frozen=True)
class TableSum:
    value: float
    currency: str
    text: str
    line: str
    header: str  # the column header, whose words may say what the sums are ("Søkt beløp")
    start: int
    end: int


def column_sums(text: str, currency_of: Callable[[str], str | None]) -> list[TableSum]:
    """Sums in rows under a header that names their currency; the table ends at the first other line."""
    out: list[TableSum] = []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for k, (_, line) in enumerate(lines):
        header = _HEADER.match(line)
        currency = currency_of(header.group("cur")) if header else None
        if not currency:
            continue
        for start, row_text in lines[k + 1 : k + 1 + _MAX_ROWS]:
            row = _ROW.match(row_text)
            if not row:
                break
            digits = re.sub(r"\D", "", row.group("sum"))
            out.append(
                TableSum(float(digits), currency, row.group("sum"), row_text.strip(), line.strip(),
                         start + row.start("sum"), start + row.end("sum"))
            )
    return out

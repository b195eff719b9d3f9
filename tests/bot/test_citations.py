"""Citation numbering."""

from bot.citations import Citations


def test_the_same_quote_is_cited_once_with_one_number():
    cites = Citations("000_1de9e93bc0097409.txt")
    first = cites.cite("Frist for søknad er mandag 6. september 2004.")
    second = cites.cite("Kontaktpersoner: Ann-Kristin Endal 99 740 740")
    again = cites.cite("Frist for søknad er mandag 6. september 2004.")
    assert (first, second, again) == ("[1]", "[2]", "[1]")
    assert [c.n for c in cites.items] == [1, 2]

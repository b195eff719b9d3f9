"""Who handles the applications, as the text states it."""

import pytest

from knowledge.handlers import application_handler


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Det er Helsedirektoratet som lyser ut midlene og som behandler søknadene.", "Helsedirektoratet"),
        ("Søknadene behandles av Innovasjon Norge.", "Innovasjon Norge"),
        ("Ansökningarna handläggs av Länsstyrelsen i Stockholm.", "Länsstyrelsen i Stockholm"),
        ("Statsforvalteren i Vestland behandler søknadene.", "Statsforvalteren i Vestland"),
    ],
)
def test_the_body_that_handles_the_applications_is_read_with_its_sentence(text, who):
    assert application_handler(text) == (who, text)


def test_a_text_that_names_no_handler_names_none():
    assert application_handler("Det er ikke klart. Kommunene kan søke.") is None

"""Label/value layouts: each value is read with the label the layout gives it."""

from knowledge.layout import read_fields


def _pairs(text: str) -> list[tuple[str, list[str]]]:
    return [(f.label.text, [v.text for v in f.values]) for f in read_fields(text)]


def test_label_with_a_colon_names_the_value_below():
    text = "Søknadsfrist:\n03.06.2019 23:59:00\nMålgruppe:\nKommuner\nRapporteringsfrist:\n01.02.2021 00:00:00"
    assert _pairs(text) == [("Søknadsfrist:", ["03.06.2019 23:59:00"]), ("Rapporteringsfrist:", ["01.02.2021 00:00:00"])]


def test_dates_before_their_labels_in_a_block_of_important_dates():
    text = (
        "Viktige datoer\n\n03. feb 2021\n\nÅpen for søknad\n\n17. mar 2021\n\nSøknadsfrist hovedprosjekt\n\n"
        "16. jun 2021\n\nTidligste tillatte prosjektstart\n\n30. sep 2024\n\nSeneste tillatte prosjektslutt\n\n"
        "Viktige datoer\n\nOm utlysningen\n\nMålet med hovedprosjektene i RFF er at det skal føre til innovasjon."
    )
    assert _pairs(text)[1] == ("Søknadsfrist hovedprosjekt", ["17. mar 2021"])
    assert _pairs(text)[3] == ("Seneste tillatte prosjektslutt", ["30. sep 2024"])


def test_labels_over_their_values_when_the_last_label_has_a_value():
    text = "deadlines\nOpening\n17.02.2025\nDeadline\n17.03.2025 23:59\nFunding rate\n50-65 %\nLink to the call"
    assert _pairs(text) == [("Opening", ["17.02.2025"]), ("Deadline", ["17.03.2025 23:59"])]


def test_a_label_over_a_list_of_dates_names_them_all():
    text = "Søknadsfrister 2012\n\n • 1.mars\n • 1. juni\n • 1. september\n • 1. november\n\nHvordan søke?"
    assert _pairs(text) == [("Søknadsfrister 2012", ["• 1.mars", "• 1. juni", "• 1. september", "• 1. november"])]


def test_a_date_written_over_several_lines_with_its_time_is_one_value():
    text = "Søknadsfrister\n\nsep\n\n03\n\n2024\n\nKl. 13:00\n\ndes\n\n03\n\n2024\n\nKl. 13:00\n\nFormål"
    [(label, values)] = _pairs(text)
    assert label == "Søknadsfrister" and values == ["sep\n\n03\n\n2024\n\nKl. 13:00", "des\n\n03\n\n2024\n\nKl. 13:00"]


def test_a_sentence_ending_in_a_colon_introduces_the_list_below():
    text = "Kommuner som ikke er med i kommuneprogrammet har følgende søknadsfrister:\n\n • 1. april\n • 1. oktober\n"
    assert _pairs(text)[0][1] == ["• 1. april", "• 1. oktober"]


def test_a_block_ending_in_a_heading_over_a_name_reads_label_first():
    text = "Åpner\n\n1. feb 2024\n\nSøknadsfrist\n\n1. mars 2024\n\nKontakt\n\nOla Nordmann\n\nRådgiver"
    assert _pairs(text) == [("Åpner", ["1. feb 2024"]), ("Søknadsfrist", ["1. mars 2024"])]

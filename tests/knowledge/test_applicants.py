"""Applicant types: who may apply, as CONTRACT codes, read from who-may-apply statements."""

from __future__ import annotations

from pathlib import Path

from knowledge.applicants import extract_applicants
from knowledge.documents import build_document
from knowledge.loaders import load_file
from knowledge.models import Document

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def _sample(name: str) -> Document:
    return build_document(load_file(SAMPLE / name))


def _codes(text: str, language: str = "nb") -> set[str]:
    doc = Document(source="t.md", title="t", text=text, language=language, content_hash="x")
    return {f.code for f in extract_applicants(doc)}


def test_municipal_grant_in_seed_is_for_municipalities_only():
    assert {f.code for f in extract_applicants(_sample("000_1de9e93bc0097409.txt"))} == {"municipality"}


def test_swedish_municipalities_and_county_councils_may_apply_together():
    codes = {f.code for f in extract_applicants(_sample("001_1a68e8f698feec8c.txt"))}
    assert codes == {"municipality", "region"}


def test_hospitals_as_cooperation_partners_are_not_applicants():
    assert {f.code for f in extract_applicants(_sample("002_56ff6eb9f7905725.txt"))} == {"municipality"}


def test_award_news_names_no_applicants():
    assert extract_applicants(_sample("003_6397588da340b2da.txt")) == []


def test_every_quote_is_a_span_of_the_document():
    doc = _sample("001_1a68e8f698feec8c.txt")
    assert all(f.quote in doc.text for f in extract_applicants(doc))


def test_who_may_apply_section_with_a_list():
    text = (
        "Hvem kan søke?\n\n  • Kommuner og kommunale foretak\n  • Frivillige lag, foreninger og organisasjoner\n\n"
        "Hvordan søke?\n\nNye og gjentatte søknader leveres via elektronisk søknadsskjema"
    )
    assert _codes(text) == {"municipality", "ngo"}


def test_negated_sentence_in_the_section_excludes_private_persons():
    text = (
        "Kven kan søke:\n\n • Offentlege instansar\n • Frivillige organisasjonar\n • Private aktørar\n\n"
        "Enkeltpersonsforetak eller privatpersonar kan ikkje søke.\n\nNytt regelverk for tilskotsordninga"
    )
    codes = _codes(text, "nn")
    assert {"municipality", "ngo", "company"} <= codes and "individual" not in codes


def test_section_naming_only_regions_excludes_municipalities():
    text = "Vilka som kan rekvirera\n\nSamtliga regioner.\n\nRekvisition görs via Socialstyrelsens e-tjänst."
    assert _codes(text, "sv") == {"region"}


def test_place_after_kommunar_is_not_a_county_municipality_applicant():
    assert _codes(
        "Kven kan søkje:\n\nKommunane i Vestland fylkeskommune. Kvar kommune kan sende inn ein søknad.", "nn"
    ) == {"municipality"}


def test_danish_invitation_to_apply_names_ngos():
    text = (
        "Sundhedsstyrelsen inviterer hermed private landsdækkende non-profit foreninger og organisationer "
        "til at ansøge om midler til konkrete indsatser."
    )
    assert _codes(text, "da") == {"ngo"}


def test_partner_set_off_by_commas_is_not_an_applicant():
    text = "Regionerne kan, i samarbejde med en selvejende institution, søge om penge hos Sundheds- og Ældreministeriet."
    assert _codes(text, "da") == {"region"}


def test_partners_after_the_applicant_are_not_applicants():
    text = (
        "Puljen kan søges af alle kommuner. Hvor det er relevant, kan ansøgningen indsendes af kommuner i "
        "samarbejde med almene boligorganisationer, selvejende institutioner og private leverandører."
    )
    assert _codes(text, "da") == {"municipality"}


def test_swedish_passive_agent_gives_ngos():
    text = (
        "Statsbidraget kan sökas av ideella föreningar som under minst ett år bedrivit informatörsverksamhet."
    )
    assert _codes(text, "sv") == {"ngo"}


def test_private_individuals_are_not_eligible_but_entrepreneurs_are_companies():
    text = (
        "Are individuals and teams equally eligible to apply?\n\nPrivate individuals are not eligible to apply.\n\n"
        "Eligible applicants are registered entities, organisations (public, private, NGO’s etc.) or individual "
        "entrepreneurs."
    )
    codes = _codes(text, "en")
    assert {"ngo", "company"} <= codes and "individual" not in codes


def test_locality_of_an_association_is_not_a_municipal_applicant():
    text = "Bidrag för energioptimering kan sökas av föreningar i kommunen för att renovera föreningshusen."
    assert _codes(text, "sv") == {"ngo"}


def test_beneficiary_target_group_is_not_read_when_who_may_apply_is_stated():
    text = (
        "Målgruppe:\nPersoner, eller grupper av personer, med rusmiddelrelaterte problemer\n"
        "Hvem kan søke:\nKommuner i Finnmark\n"
    )
    assert _codes(text) == {"municipality"}


def test_target_group_section_is_the_fallback():
    assert _codes("Målgruppe\n\nKommuner i Nasjonalt velferdsteknologiprogram\n\nTildelingskriterier") == {
        "municipality"
    }


def test_grant_to_regions_and_municipalities_is_the_fallback():
    text = "Socialstyrelsen har fått i uppdrag att fördela statsbidrag till regioner och kommuner för merkostnader."
    assert _codes(text, "sv") == {"municipality", "region"}


def test_association_named_after_municipalities_is_not_an_applicant():
    text = "Regeringen uppdrar åt Socialstyrelsen att betala ut statsbidrag till kommunerna. Socialstyrelsen ska samtala med Sveriges Kommuner och Regioner."
    assert _codes(text, "sv") == {"municipality"}


def test_applicants_must_be_statement_names_the_applicant():
    assert _codes("Applicants must be non-profit organisations registered in Norway.", "en") == {"ngo"}


def test_application_submitted_by_the_municipality_names_the_applicant():
    assert _codes("Søknaden skal sendes inn av kommunen, ikke av den enkelte skole.") == {"municipality"}

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


# Structure: what a heading or a lead-in says about the lines under it.


def test_who_heading_with_its_answer_on_the_same_long_line():
    text = (
        "Kven kan søkje? Frivillige organisasjonar som er registrert i Enhetsregisteret (Brønnøysundregistera) "
        "og interkommunale friluftsråd som arbeider med aktivitetsfremmande tiltak for friluftsliv."
    )
    assert _codes(text, "nn") == {"ngo"}


def test_recipient_heading_reads_the_bullet_list_under_it():
    text = (
        "Tilskuddsmottakere for ordningen:\n"
        "• Kommuner og fylkeskommuner som Sametinget har samarbeidsavtaler med\n"
        "Det kan søkes om tilskudd til følgende tiltak:\n• Samarbeidsprosjekter med fylkeskommunene."
    )
    assert _codes(text) == {"municipality", "county_municipality"}


def test_swedish_stodtagare_heading_names_associations():
    text = (
        "Stödtagare\nÅländska ideella föreningar, annan juridisk person eller socialt företag som varit "
        "registrerade minst ett kalenderår.\nAnsökan\nAnsökan görs digitalt."
    )
    assert "ngo" in _codes(text, "sv")


def test_who_may_receive_heading_reads_its_list():
    text = (
        "Vem kan få stöd?\n• myndigheter\n• kommuner\n• landsting och regioner\n• företag\n"
        "• föreningar och andra organisationer.\nVilka faktorer påverkar möjligheten att få stöd?\n"
        "Länsstyrelsen kommer att bedöma din ansökan utifrån vissa kriterier."
    )
    assert _codes(text, "sv") == {"state_agency", "municipality", "region", "company", "ngo"}


def test_lead_in_without_colon_governs_the_bullets_after_it():
    text = (
        "Hvem kan få tilskudd?\n\nHusbanken kan gi tilskudd til utleieboliger til\n• kommuner\n"
        "• stiftelser og andre som bidrar til etablering av kommunalt disponerte utleieboliger"
    )
    assert _codes(text) == {"municipality", "ngo"}


def test_lead_in_with_agent_cue_makes_the_list_applicants():
    text = "Bidraget kan sökas av:\n• Föreningar\n• Kommuner\n\nBidraget kan användas till:\n• Lokalhyra"
    assert _codes(text, "sv") == {"ngo", "municipality"}


def test_you_must_be_lead_in_names_the_applicant():
    assert _codes("Ni ska antingen vara:\n• en ideell förening\n• ett registrerat trossamfund", "sv") == {
        "ngo"
    }


# Words: adjectives, nynorsk and Danish forms, verbs of obtaining.


def test_adjectives_before_an_organisation_noun_name_the_kinds():
    text = (
        "Statlige, fylkeskommunale, kommunale og private institusjoner og virksomheter, stiftelser, "
        "forskningsinstitusjoner og organisasjoner kan søke om midler."
    )
    assert _codes(text) == {
        "state_agency",
        "county_municipality",
        "municipality",
        "company",
        "ngo",
        "research_institution",
    }


def test_nynorsk_state_agencies_may_apply():
    assert _codes("Alle statlege verksemder kan søke før 20. januar 2021.", "nn") == {"state_agency"}


def test_nynorsk_forms_of_companies_and_foundations():
    text = "Kommunar, fylkeskommune, selskap, stiftingar, organisasjonar og andre samanslutningar kan søkje om tilskot."
    assert _codes(text, "nn") == {"municipality", "county_municipality", "company", "ngo"}


def test_danish_kan_opnaa_stotte_names_the_applicants():
    text = "Både foreninger, private, virksomheder, selvejende og offentlige institutioner samt kommuner og regioner kan opnå støtte fra puljen."
    assert {"ngo", "company", "municipality", "region"} <= _codes(text, "da")


def test_swedish_myndigheter_are_state_agencies():
    assert _codes("Myndigheter kan söka medel via MSB från anslag 2:4 Krisberedskap.", "sv") == {
        "state_agency"
    }


def test_long_adverbial_between_modal_and_verb():
    text = "Länsstyrelserna kan inom ramen för denna utlysning ansöka om medel för större investeringar."
    assert _codes(text, "sv") == {"county_administration"}


def test_abbreviation_between_modal_and_verb():
    assert _codes("Lag og foreninger kan iht. ordningen søke om tilskudd til fiskeformål.") == {"ngo"}


def test_invited_to_submit_applications_names_the_applicants():
    text = (
        "Föreningar, grupper och enskilda personer, vilka önskar bli delaktiga av de anslag som staden reserverat, "
        "uppmanas inlämna sina ansökningar senast söndagen den 31 januari 2010."
    )
    assert _codes(text, "sv") == {"ngo", "individual"}


def test_welcome_to_apply_with_the_list_after_a_semicolon():
    assert _codes("Alle er velkomne til at søge; foreninger, borgere og netværk.", "da") == {
        "ngo",
        "individual",
    }


def test_scheme_limited_to_municipalities():
    text = (
        "Ordningen er avgrenset til de kommuner som per i dag ikke har et slikt tilbud til sine innbyggere."
    )
    assert _codes(text) == {"municipality"}


def test_call_open_for_researchers_at_universities():
    text = "The call is open for researchers at universities and other research institutions in the Nordic countries."
    assert _codes(text, "en") == {"research_institution"}


# Roles: negation, partners, on whose behalf, the issuer, the place to send applications.


def test_negation_without_a_modal_is_no_permission():
    text = (
        "Ansøgerkredsen\n\nAnsøgerkredsen til Erhvervspuljen omfatter erhvervsrettede foreninger og sammenslutninger.\n\n"
        "Der gives ikke tilskud til private borgere, enkeltvirksomheder eller til projekter med driftstilskud."
    )
    assert _codes(text, "da") == {"ngo"}


def test_partners_in_the_who_section_are_not_applicants():
    text = (
        "Hvem kan søke?\n\nDet må vere ei statleg verksemd som står som søkjar om medfinansiering.\n"
        "Andre statlege verksemder, kommunar, næringsliv m.fl. kan vere samarbeidspartar."
    )
    assert _codes(text, "nn") == {"state_agency"}


def test_second_clause_with_another_verb_names_no_applicant():
    text = (
        "Vem får söka?\n\nDet är kommuner som kan ansöka om LONA-bidrag, men olika lokala aktörer, "
        "till exempel intresseorganisationer, kan initiera projekt."
    )
    assert _codes(text, "sv") == {"municipality"}


def test_on_whose_behalf_is_not_the_applicant():
    text = (
        "Hvem kan søge?\n\nDet er kommunalbestyrelsen, der efter aftale og på vegne af en boligorganisationen, "
        "indsender ansøgning til Social- og Boligstyrelsen."
    )
    assert _codes(text, "da") == {"municipality"}


def test_where_applications_are_sent_is_not_the_applicant():
    text = (
        "Lag og foreninger kan søke om tilskudd til friluftsformål. "
        "Søknader skal sendes til kommunen innen 15.desember."
    )
    assert _codes(text) == {"ngo"}


def test_named_region_is_not_a_kind_of_applicant():
    text = "För ansökningar om stöd till kommersiell service hänvisas till Region Värmland, som avsatt projektmedel."
    assert _codes(text, "sv") == set()


def test_known_body_in_definite_form_is_not_a_kind_in_the_section():
    text = (
        "Hvem kan søke?\n\n• Kommuner og kommunale foretak\n• Frivillige lag, foreninger og organisasjoner\n"
        "Fylkeskommunen har også egne regionale retningslinjer som er mer detaljerte."
    )
    assert _codes(text) == {"municipality", "ngo"}


def test_who_applies_stated_with_no_known_kind_leaves_the_target_group_out():
    text = (
        "Hvem kan søge?\n\nPuljens ansøgerkreds er ejere af plejeboliger, hvor demente borgere er en del af "
        "målgruppen.\n\nDet kan være kommuner, boligorganisationer eller selvejende institutioner."
    )
    assert "individual" not in _codes(text, "da")


# Weak cues, read only when nothing states who may apply.


def test_grant_supports_associations_is_the_fallback():
    assert _codes(
        "Anläggningsbidrag\n\nBidraget avser att stödja idrottsföreningar som äger egen anläggning.", "sv"
    ) == {"ngo"}


def test_compensation_to_municipalities_is_the_fallback():
    text = "Länsstyrelsen kan ge ersättning till kommuner som vill utveckla kapacitet och beredskap."
    assert _codes(text, "sv") == {"municipality"}


def test_reader_addressed_by_a_question_is_the_fallback():
    text = "Vill du, din förening eller ditt företag ordna aktiviteter för barn och unga under sommarlovet?"
    assert _codes(text, "sv") == {"ngo", "company"}


def test_a_label_line_naming_a_kind_is_the_fallback():
    text = "Kulturbidrag (2024)\nKulturföreningar\nAnsökan kräver följande dokument: Verksamhetsberättelse"
    assert _codes(text, "sv") == {"ngo"}


def test_following_actors_may_apply_lead_in_reads_the_list():
    text = "Følgende aktører kan søke:\n• Kommuner\n• Frivillige organisasjoner\n\nHva kan det søkes om?\n• Drift"
    assert _codes(text) == {"municipality", "ngo"}


def test_kinds_with_another_act_in_the_who_section_are_not_applicants():
    text = "Hvem kan søke?\nDet er kun KS som kan søke om midlene. Kommunene kan delta i nettverkene."
    assert _codes(text) == set()


def test_target_group_of_the_applicant_is_not_an_applicant():
    text = (
        "Vem kan söka?\n\nOrganisationer med små och medelstora företag som målgrupp. "
        "Även offentlig sektor, såsom kommuner, regioner och statliga myndigheter."
    )
    assert _codes(text, "sv") == {"ngo", "municipality", "region", "state_agency"}


def test_relative_clause_in_the_who_section_describes_the_applicant():
    text = (
        "Hvem kan søge?\n\nCivilsamfundsorganisationer med en frivilligindsats, der understøtter borgere, "
        "der oplever udfordringer med det digitale."
    )
    assert _codes(text, "da") == {"ngo"}


def test_where_the_applicant_comes_from_is_no_applicant():
    text = "FoU-institusjoner fra regionen kan også søke dersom det er i samarbeid med regionale bedrifter."
    assert _codes(text) == {"research_institution"}


def test_role_defined_after_the_call_names_the_applicants():
    text = (
        "Danmarks Erhvervsfremmebestyrelse har åbnet for ansøgninger fra operatører, der vil gennemføre "
        "stedbaserede erhvervsudviklingsprojekter. Operatører kan fx være lokale erhvervsråd og -centre, "
        "kommuner og andre juridiske enheder."
    )
    assert _codes(text, "da") == {"municipality"}


def test_definition_of_the_applicant_names_the_kinds():
    assert _codes("Det kan være kommuner, boligorganisationer eller selvejende institutioner.", "da") == set()
    assert _codes("Ansøger kan være kommuner eller selvejende institutioner.", "da") == {
        "municipality",
        "ngo",
    }


def test_applications_may_come_from_associations():
    text = "Lokale søknader kan komme fra organisasjoner og foreninger på Østlandet."
    assert _codes(text) == {"ngo"}


def test_contributing_is_not_a_grant_to_someone():
    text = "Med indsatsen ønsker bestyrelsen at bidrage til at realisere de potentialer, virksomhederne har."
    assert _codes(text, "da") == set()


def test_call_aimed_at_municipalities():
    assert _codes("The call is aimed at municipalities in the Nordic region.", "en") == {"municipality"}


def test_kinds_after_a_turn_to_negation_are_not_agents():
    text = "Tilskuddet kan søkes av frivillige organisasjoner, men ikke av kommuner."
    assert _codes(text) == {"ngo"}


def test_semicolons_between_items_keep_the_list_going():
    text = (
        "Ansøgerkredsen til Erhvervspuljen omfatter erhvervsrettede foreninger og sammenslutninger, herunder "
        "handelsstandsforeninger; uddannelsesinstitutioner; non-profit initiativer m.v."
    )
    assert _codes(text, "da") == {"ngo", "research_institution"}


def test_application_made_by_names_the_applicants():
    assert _codes("Ansökan kan göras av kommuner, regioner och företag.", "sv") == {
        "municipality",
        "region",
        "company",
    }


def test_who_carries_out_the_work_is_the_fallback():
    text = (
        "Vi ger ersättning till insatser som bedrivs utan vinstsyfte, och som kommunen genomför i egen regi "
        "eller tillsammans med en eller flera organisationer."
    )
    assert _codes(text, "sv") == {"municipality"}


def test_kind_governed_by_a_preposition_in_the_section_is_not_named_as_applicant():
    text = (
        "Hvem kan få tilskudd?\n\nHusbanken kan gi tilskudd til utleieboliger til\n• kommuner\n"
        "For ytterligere krav til privat aktør se Veileder tilskudd til utleieboliger"
    )
    assert _codes(text) == {"municipality"}


def test_scheme_directed_at_private_persons_names_them():
    text = (
        "Hvem kan søke?\n\nTilskuddsordningen er rettet mot privatpersoner som eier fredete bygninger og anlegg. "
        "Offentlig eide og finansierte virksomheter kan ikke motta tilskudd fra posten."
    )
    assert _codes(text) == {"individual"}


def test_supporting_means_the_object_right_after_the_verb():
    text = "Dels att stötta projekt för att stödja barns och ungdomars självständiga organisering i ideella organisationer."
    assert _codes(text, "sv") == set()


def test_table_row_with_a_who_label():
    assert _codes("| Hvem kan søke | Kommuner og fylkeskommuner |\n| Frist | 1. mars |") == {
        "municipality",
        "county_municipality",
    }


def test_applicant_label_with_its_value():
    assert _codes("Søker: Frivillige organisasjoner og stiftelser\nFrist: 1. mars") == {"ngo"}


def test_funding_available_to_municipalities():
    assert _codes("Funding is available to municipalities and county councils.", "en") == {
        "municipality",
        "region",
    }


def test_pool_directed_at_associations_is_the_fallback():
    assert _codes("Puljen er rettet mod foreninger i hele landet.", "da") == {"ngo"}


def test_english_public_sector_and_business_words():
    text = "Local authorities, regional authorities, SMEs and associations may apply in association with universities."
    assert _codes(text, "en") == {"municipality", "region", "company", "ngo"}


def test_a_sentence_may_name_a_kind_wherever_its_applicant_words_do():
    # may_name only rules out: over every sentence of the sample pages and every kind, it is False only
    # where noun_spans finds no word of that kind, and many sentences are ruled out.
    from knowledge.applicant_words import VOCABULARY, may_name, noun_spans
    from knowledge.sentences import split_sentences

    kinds = {code for _, codes in VOCABULARY for code in codes}
    sentences = [s.text for f in sorted(SAMPLE.iterdir()) for s in split_sentences(_sample(f.name).text)]
    ruled_out = 0
    for sentence in sentences:
        named = {code for code, _, _ in noun_spans(sentence)}
        for kind in kinds:
            if not may_name(sentence, kind):
                assert kind not in named, (kind, sentence)
                ruled_out += 1
    assert ruled_out > len(sentences) * len(kinds) / 2


def test_whose_projects_are_funded_may_apply_when_nothing_else_says():
    # Nasjonalforeningen's page on ExtraStiftelsen (2018), as scraped.
    text = (
        "Søke om midler til aktiviteter og større prosjekter\n\n"
        "ExtraStiftelsen Helseprosjekter fordeler overskuddet fra Norsk Tipping til prosjekter fra ulike "
        "frivillige organisasjoner.\n"
    )
    assert _codes(text) == {"ngo"}


def test_a_kind_inside_a_name_is_no_applicant_whichever_alternative_spells_it():
    # "ExtraStiftelsen" is a foundation's name, not "stiftelser" that may apply.
    assert _codes("Midler til helseprosjekter fra ExtraStiftelsen\n\nDere kan søke om midler til prosjekter.") == set()

"""English organisations and places told by their shape or a nearby cue (invented sentences in news style)."""

from __future__ import annotations

from reader_app.core.document import Passage, PassageRole
from reader_app.core.facts.entities import RuleBasedRecognizer
from reader_app.core.facts.model import FactKind
from reader_app.core.segmentation import split_sentences

ORG, PERSON, PLACE = FactKind.ORG, FactKind.PERSON, FactKind.PLACE


def texts(text: str, kind: FactKind) -> set[str]:
    passage = Passage(PassageRole.ARTICLE, text, "en", split_sentences(text, "en"))
    return {fact.text for fact in RuleBasedRecognizer().find_entities(passage) if fact.kind is kind}


def test_a_name_defined_by_its_initials_is_an_organisation() -> None:
    text = "According to Notes from Poland (NFP), some stores offered postal services."
    assert {"Notes from Poland", "NFP"} <= texts(text, ORG)
    assert texts(text, PLACE) == set()
    assert {"Federal Aviation Administration", "FAA"} <= texts(
        "The Federal Aviation Administration (FAA) grounded the jets.", ORG
    )


def test_initials_of_a_place_a_post_or_a_term_make_no_organisation() -> None:
    assert texts("The United Arab Emirates (UAE) agreed to the plan.", ORG) == set()
    assert texts("The Chief Executive Officer (CEO) of the firm resigned.", ORG) == set()
    assert texts("Gross Domestic Product (GDP) rose by 2%.", ORG) == set()


def test_a_capitalised_the_inside_a_sentence_opens_a_title() -> None:
    assert "The Atlantic" in texts('A voter told The Atlantic, "We are trying."', ORG)
    assert "Atlantic" not in texts('A voter told The Atlantic, "We are trying."', PLACE)
    assert texts("The ship crossed the Atlantic in May.", ORG) == set()


def test_a_head_with_of_ends_before_the_next_name() -> None:
    orgs = texts("Researchers at the University of Tulsa and Kenyon College published the study.", ORG)
    assert {"University of Tulsa", "Kenyon College"} <= orgs
    assert texts("Researchers at the University of Tulsa and Kenyon College published it.", PLACE) == set()


def test_more_endings_of_bodies() -> None:
    assert "Carnival Cruise Lines" in texts("Carnival Cruise Lines cancelled the voyage.", ORG)
    diocese = "The Roman Catholic Diocese of Scranton filed for bankruptcy."
    assert "Roman Catholic Diocese of Scranton" in texts(diocese, ORG)
    confederation = texts("It was approved by the Brazilian Cycling Confederation.", ORG)
    assert any("Cycling Confederation" in name for name in confederation)


def test_a_school_district_is_a_body_not_an_area() -> None:
    text = "The Coronado Unified School District said it would close two schools."
    assert "Coronado Unified School District" in texts(text, ORG)
    assert texts(text, PLACE) == set()
    assert "Jefferson County" in texts("Flooding hit Jefferson County on Monday.", PLACE)


def test_places_in_hyphenated_words() -> None:
    assert "UK" in texts("On Thursday, UK-based retailer Tesco agreed to the deal.", PLACE)
    assert "Beijing" in texts("The vote ousted pro-Beijing candidates.", PLACE)


def test_names_listed_after_a_plural_of_businesses() -> None:
    assert {"Biedronka", "LIDL"} <= texts("Shoppers moved to discount stores like Biedronka and LIDL.", ORG)


def test_a_possessive_before_initials_is_no_definition() -> None:
    text = "On Thursday, the United Kingdom's (UK) Conservative Party netted 66 seats."
    assert "Conservative Party" in texts(text, ORG)
    assert not any("Kingdom" in name for name in texts(text, ORG))


def test_the_speaker_after_a_quotation_is_a_person() -> None:
    text = '"These attacks are our right", Saree said.'
    assert "Saree" in texts(text, PERSON)
    assert texts(text, ORG) == set()
    assert "Google" in texts('"We will appeal," Google said.', ORG)


def test_a_people_is_no_organisation() -> None:
    assert texts("President Vladimir Putin declared Russians would continue to be paid.", ORG) == set()


def test_places_named_by_a_place_noun() -> None:
    places = texts("Curfews were extended in the holy cities of Mecca and Medina.", PLACE)
    assert {"Mecca", "Medina"} <= places
    assert "Khurais" in texts("Drones struck a plant and the Khurais oil field.", PLACE)


def test_a_centre_with_for_is_a_body() -> None:
    text = "Officials at the Centers for Disease Control warned on Monday."
    assert "Centers for Disease Control" in texts(text, ORG)
    assert texts(text, PERSON) == set()


def test_an_outlet_someone_speaks_to() -> None:
    orgs = texts("He told the Guardian on Monday, and she told the Associated Press that it was over.", ORG)
    assert {"Guardian", "Associated Press"} <= orgs
    assert texts("He told the President it was done.", ORG) == set()
    assert "Al Jazeera" in texts("Speaking to Al Jazeera, the minister said the talks failed.", ORG)


def test_a_survey_is_a_body() -> None:
    assert "U.S. Geological Survey" in texts("The U.S. Geological Survey said the quake struck at 5 a.m.", ORG)

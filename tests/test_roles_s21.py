"""Session 21 (recipient roles): which span is the recipient. Sentences written here."""
from __future__ import annotations

from datetime import date

import pytest

from eventlens import api

PUBLISHED = date(2021, 3, 4)


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.text_info.trigger.lower(), [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in api.extract(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("Chile has established diplomatic ties with Fiji.", "established", "Chile", "Fiji"),
    ("Kenya restored diplomatic relations with Somalia on Monday.", "restored", "Kenya", "Somalia"),
    ("Egypt has improved its relations with Qatar.", "improved", "Egypt", "Qatar"),
])
def test_ties_with_a_party_make_it_the_recipient(text, trigger, actor, target):
    # like "severed ties with X": the party the ties are with is acted on, not a joint actor
    found = [e for e in _events(text) if e[1] == trigger]
    assert found and all(e[0] == "SUPPORT" and e[2] == [actor] and e[3] == [target] for e in found), _events(text)


def test_ties_established_together_keep_both_as_actors():
    found = [e for e in _events("Chile and Fiji established diplomatic ties on Monday.") if e[1] == "established"]
    assert found and all(sorted(e[2]) == ["Chile", "Fiji"] and e[3] == [] for e in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("Norway is sending aid to help Yemen recover from the war.", "Yemen"),
    ("Sweden gave 3 million dollars to help Malawi cope with the drought.", "Malawi"),
    ("After the earthquake, the Indian army sent troops to help Nepal recover.", "Nepal"),
])
def test_aid_to_help_a_party_do_something_goes_to_that_party(text, target):
    # "help X V": the parser makes X the subject of V, but X is whom the aid helps
    found = [e for e in _events(text) if e[0] == "AID"]
    assert found and all(e[3] == [target] for e in found), _events(text)


def test_aid_to_help_ensure_names_no_party_from_a_nested_clause():
    found = [e for e in _events("Germany donated food to help ensure that refugees survive the winter.") if e[0] == "AID"]
    assert found and all(e[3] == [] for e in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("Belarusian police detained hundreds of marchers in Minsk on Sunday as demonstrations went on over the vote.",
     "hundreds of marchers in Minsk"),
    ("Soldiers captured the airport in Benghazi from where the militia had launched raids.", "the airport in Benghazi"),
    ("Rebels attacked an army camp in western Chad, the third attack in the region this month.",
     "an army camp in western Chad"),
])
def test_a_place_phrase_hung_on_the_verb_stays_with_people_or_a_site_acted_on(text, target):
    found = [e for e in _events(text) if e[1] in {"detained", "captured", "attacked"}]
    assert found and all(e[3] == [target] for e in found), _events(text)


def test_a_place_phrase_after_a_person_met_is_where_they_met():
    found = [e for e in _events("The minister met the ambassador in Paris on Friday.") if e[1] == "met"]
    assert found and not any("Paris" in r for e in found for r in e[2] + e[3]), found


def test_a_place_after_partners_in_talks_is_where_they_met():
    text = "The envoy held talks with Chinese officials in Geneva on Tuesday."
    found = [e for e in _events(text) if e[1] == "talks"]
    assert found and not any("Geneva" in r for e in found for r in e[2] + e[3]), found


def test_members_of_a_spelled_out_body_keep_its_sector_with_their_place():
    text = ("Fighters of the outlawed Karoo Liberation Front ambushed a bus in Kenya on Friday. Police detained "
            "five KLF members in Garissa on Saturday.")
    found = [r for e in api.extract(text, PUBLISHED) if e.text_info.trigger.lower() == "detained" for r in e.recipient]
    assert found and all(r.text.startswith("five KLF members") and r.sector == "REB" for r in found), found

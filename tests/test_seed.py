"""The canonical example (../shared/seed/edm-tajikistan-iran.txt): what a human coder expects.

Nothing in the project's data names the people or places of this article; these assertions hold only
if the general rules (titles, demonyms, coreference, gazetteer) resolve them.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.record import Article, Event


@pytest.fixture(scope="module")
def seed_events(shared_data, pipeline) -> list[Event]:
    from eventlens.ingest import read_inputs

    path = shared_data.parent / "seed" / "edm-tajikistan-iran.txt"
    if not path.exists():
        pytest.skip("needs ../shared/seed/edm-tajikistan-iran.txt")
    articles = [a for a in read_inputs([str(path)], published=date(2005, 5, 10)) if isinstance(a, Article)]
    assert len(articles) == 1
    return pipeline.code(articles[0])


def _countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _find(events, etype, trigger_word=None, **where) -> list[Event]:
    out = [e for e in events if e.event == etype and (trigger_word is None or trigger_word in e.text_info.trigger.lower())]
    assert out, f"no {etype} ({trigger_word}) among {[(e.event, e.text_info.trigger) for e in events]}"
    return out


def test_header_and_citation_are_not_coded(seed_events):
    assert seed_events
    for e in seed_events:
        assert "Eurasia Daily Monitor" not in e.text
        assert "Itar-Tass" not in e.text
    assert "IRNA, April 20, 23" in seed_events[0].cite_info.sources


def test_meeting_and_memorandum(seed_events):
    consult = _find(seed_events, "CONSULT", "met")[0]
    assert consult.date == "2005-04-20" and consult.date_precision == "day"
    assert _countries(consult.actor + consult.recipient) == {"TJK", "IRN"}
    assert consult.mode == "visit"  # the Tajik minister visits Tehran: visitor actor, host recipient
    assert _countries(consult.actor) == {"TJK"} and _countries(consult.recipient) == {"IRN"}
    assert consult.event_loc and consult.event_loc.country == "IRN" and consult.event_loc.name == "Tehran"
    support = _find(seed_events, "SUPPORT", "sign")[0]
    assert support.date == "2005-04-20"
    assert _countries(support.actor) == {"TJK", "IRN"}  # signing together: all parties are actors


def test_ministers_carry_country_and_sector(seed_events):
    consult = _find(seed_events, "CONSULT", "met")[0]
    tj, ir = consult.actor[0], consult.recipient[0]
    assert (tj.country, tj.sector, tj.kind) == ("TJK", "GOV", "person") and "MIL" in tj.other_sectors
    assert "Khayrulloyev" in (tj.name or "")
    assert (ir.country, ir.sector) == ("IRN", "GOV") and "MIL" in ir.other_sectors
    assert "Shamkhani" in (ir.name or "")


def test_offer_of_help(seed_events):
    agree = _find(seed_events, "AGREE", "offer")[0]
    assert _countries(agree.actor) == {"IRN"}


def test_imprisonment_and_detention(seed_events):
    sanction = _find(seed_events, "SANCTION")[0]
    assert sanction.date == "2005-04-28"
    officer = sanction.recipient[0]
    assert "Nasriddinov" in (officer.name or "") and officer.country == "TJK" and officer.sector == "MIL"
    detained = _find(seed_events, "COERCE", "detain")[0]
    assert any(a.sector == "COP" and a.country == "TJK" for a in detained.actor)
    assert any("Nasriddinov" in (r.name or "") for r in detained.recipient)
    loc = detained.event_loc
    assert loc is not None and loc.country == "TJK" and loc.resolution == 3  # a district


def test_interior_ministry_exercises(seed_events):
    mob = _find(seed_events, "MOBILIZE", "exercise")[0]
    assert _countries(mob.actor) == {"TJK"} and mob.actor[0].sector == "COP"
    assert mob.date == "2005-04-29"
    assert mob.event_loc is not None and mob.event_loc.country == "TJK"


def test_arrest_of_the_opposition_leader(seed_events):
    arrest = _find(seed_events, "COERCE", "arrest")[0]
    leader = arrest.recipient[0]
    assert "Iskandarov" in (leader.name or "")
    assert (leader.country, leader.sector) == ("TJK", "PTY") and "OPP" in leader.other_sectors


def test_russian_withdrawal(seed_events):
    retreat = _find(seed_events, "RETREAT", "withdraw")[0]
    assert _countries(retreat.actor) == {"RUS"}  # "Russia's ... its withdrawal of border personnel"
    assert retreat.modality == "asserted"  # "have not hampered ... its withdrawal": negation out of scope


def test_analysis_is_not_coded_as_action(seed_events):
    for e in seed_events:
        if e.text.startswith("Tehran considers"):
            assert e.modality != "asserted", (e.event, e.text_info.trigger)
        assert not (e.event == "ASSAULT" and e.modality in {"asserted", "reported"})  # "possible terrorist attacks"


def test_background_deployment_is_not_dated_to_publication(seed_events):
    for e in seed_events:
        if "deployment" in e.text_info.trigger:
            assert e.modality == "historical"
            assert not (e.date or "").startswith("2005")

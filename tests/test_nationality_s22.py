"""Actors (session 22, issue 4): a description that states a person's nationality ("X, a Spanish national",
"Y is a Somali citizen") is that person's country at every mention, and it outranks a country read from another
of the person's descriptions ("Venezuelan lawyer X ... X, a Spanish national"). A nationality noun alone was no
sector term, so the apposition was dropped and the later mention came out as the country itself. Names and
sentences are invented.
"""

from __future__ import annotations

import datetime


def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    from eventlens import api

    return [(a.text, a.name, a.country) for e in api.extract(text, datetime.date(2024, 3, 6))
            for a in e.actor + e.recipient]


def test_a_national_apposition_on_a_later_mention_names_the_person():
    found = _parties("Ecuadorian police arrested Ana Sousa at the airport in Quito on Sunday. Sousa, a Portuguese "
                     "national, was charged with fraud on Monday.")
    sousa = [(n, c) for t, n, c in found if t.startswith("Sousa")]
    assert sousa == [("Ana Sousa", "PRT")], found


def test_the_stated_nationality_reaches_the_first_mention():
    found = _parties("Ugandan police arrested John Okello at a border post on Monday. Okello, a Rwandan "
                     "national, was later charged with smuggling.")
    okello = [c for t, n, c in found if "Okello" in t]
    assert okello == ["RWA", "RWA"], found


def test_a_stated_nationality_outranks_another_description():
    found = _parties("Chilean architect Tomas Vidal was arrested in Lima last week. Vidal, a dual Italian citizen, "
                     "was charged with espionage on Friday.")
    assert [c for t, n, c in found if "Vidal" in t] == ["ITA", "ITA"], found


def test_a_copular_citizen_statement_outranks_a_title_country():
    found = _parties("Somali surgeon Hamid Warsame was arrested in Nairobi on Monday. Warsame is a Djiboutian citizen, "
                     "his family said.")
    assert [c for t, n, c in found if "Warsame" in t] == ["DJI"], found


def test_a_demonym_with_another_noun_is_no_nationality_statement():
    # a tourist's description says nothing the first, stated country must yield to
    found = _parties("Chilean architect Tomas Vidal was arrested in Lima last week. Vidal, an Italian-speaking "
                     "tourist, was charged with espionage on Friday.")
    assert [c for t, n, c in found if "Vidal" in t] == ["CHL", "CHL"], found

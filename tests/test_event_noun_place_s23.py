"""Session 23 (types): a town or province that only modifies the event noun ("a <town> bomb blast") is the
event's place; with no actor the event would otherwise be dropped for having no where. A country name in
that slot ("a US airstrike") says who, not where, and stays out."""
from __future__ import annotations

import pytest

from eventlens.pipeline import Pipeline
from eventlens.record import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.event_loc.country if e.event_loc else None)
            for e in pipeline.code(Article(article_id="s23", text=text))]


def test_town_modifying_the_phrase_noun_places_the_event(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "AFG") in _places(pipeline, "Nine people were killed in a Kandahar bomb blast on Sunday.")
    assert ("ASSAULT", "PAK") in _places(pipeline, "Four people were wounded in a Peshawar grenade attack on Friday.")


def test_country_modifier_is_not_the_place(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "USA") not in _places(pipeline, "Six people were killed in a US drone strike on Sunday.")

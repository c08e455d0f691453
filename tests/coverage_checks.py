"""Checks shared by the coverage tests (tests/test_coverage_*.py): code one sentence of our own, published
on a fixed day, and ask whether an event of a type (and mode) is there, realised or at all."""

from __future__ import annotations

from datetime import date

from eventlens.record import REALIZED_MODALITIES, Article, Event

PUBLISHED = date(2024, 5, 10)


def code(pipeline, text: str) -> list[Event]:
    return pipeline.code(Article("t", text, published=PUBLISHED))


def _seen(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.event, e.text_info.trigger, e.modality) for e in events]


def assert_coded(pipeline, text: str, etype: str, mode: str | None = None, *, realised: bool = True) -> None:
    """An event of `etype` (realised, unless `realised=False`), with `mode` when one is given."""
    events = code(pipeline, text)
    found = [e for e in events if e.event == etype and (not realised or e.modality in REALIZED_MODALITIES)]
    assert found, f"no {'realised ' if realised else ''}{etype} in {text!r}: {_seen(events)}"
    if mode is not None:
        assert mode in {e.mode for e in found}, _seen(found)


def assert_not_coded(pipeline, text: str, etype: str, *, realised_only: bool = False) -> None:
    """No event of `etype` at all (or, with `realised_only`, none that is realised)."""
    events = code(pipeline, text)
    wrong = [e for e in events if e.event == etype and (not realised_only or e.modality in REALIZED_MODALITIES)]
    assert not wrong, _seen(events)



def event_places(pipeline, text: str, event: str) -> list:
    """The `event_loc` of every `event` coded in `text` (at least one, or the test fails here)."""
    found = [e for e in code(pipeline, text) if e.event == event]
    assert found, f"no {event} coded in {text!r}"
    return [e.event_loc for e in found]

# --- role tests (tests/test_roles_s*.py): the events of a sentence with no publication date -----------


def extracted(pipeline, text: str) -> list[Event]:
    """The events `eventlens.extract` codes in `text`; at least one, or the test fails here."""
    import eventlens

    events = eventlens.extract(text, pipeline=pipeline)
    assert events, f"no event in {text!r}"
    return events


def top_event(pipeline, text: str) -> Event:
    return max(extracted(pipeline, text), key=lambda e: e.confidence)


def top_realised(pipeline, text: str) -> Event:
    """The most confident realised (asserted, reported, historical) event of `text`; fails when there is none."""
    events = [e for e in code(pipeline, text) if e.modality in REALIZED_MODALITIES]
    assert events, f"no realised event in {text!r}"
    return max(events, key=lambda e: e.confidence)


def parties(actors) -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of each actor or recipient."""
    return [(a.text, a.country, a.sector) for a in actors]


# --- actor tests (tests/test_actors*.py): resolve one phrase of a sentence ------------------------------


def resolve_phrase(nlp, resolver, text: str, phrase: str):
    """The actors `resolver` reads in `phrase`, a substring of `text`, parsed by `nlp` as one article."""
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None, phrase
    return resolver.resolve(span, resolver.start_article(doc))

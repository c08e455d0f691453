"""Cross-article dedup on constructed events: what must merge, what must not, and the summaries."""

from __future__ import annotations

import dataclasses

from eventlens.dedup import Cluster, DedupSettings, cluster_events, cluster_id, stats
from eventlens.record import Actor, CiteInfo, Event, EventLoc, TextInfo, event_id


def ev(article: str, text: str, *, kind: str = "ASSAULT", day: str = "2031-03-04", actor: str | None = "NLD",
       recipient: str | None = "SLD", place: tuple[str, str, float, float] | None = None,
       source: str = "Daily Planet", unit: str | None = None) -> Event:
    """An event; `unit` adds a named organisation to the actors (a participant known by name)."""
    loc = EventLoc(name=place[0], country=place[1], lat=place[2], lon=place[3]) if place else None
    named = [Actor(text=unit, name=unit, country=actor, kind="organization")] if unit else []
    return Event(
        id=event_id(article, 0, 0, 4, kind), article_id=article, event=kind, text=text,
        text_info=TextInfo(0, 0, len(text), text.split()[0], 0, 4),
        actor=([Actor(text=actor, country=actor, kind="country")] if actor else []) + named,
        recipient=[Actor(text=recipient, country=recipient, kind="country")] if recipient else [],
        date=day, date_precision="day", event_loc=loc,
        cite_info=CiteInfo(publication=source, published=day, sources=[source]),
    )


CLASH = "Northland artillery shells the Southland border town of Vell, killing five soldiers."
CLASH_AGAIN = "Northland artillery shelled the Southland border town of Vell; the death toll of soldiers rises to seven."
UNIT = "Northland Third Artillery Brigade"  # named in both reports of the clash
# Background events of other kinds and places, so word weights are not all equal.
BACKGROUND = [
    ev(f"bg{i}", text, kind=kind, actor=a, recipient=r, day=f"2031-03-{i + 1:02d}")
    for i, (text, kind, a, r) in enumerate([
        ("Farmers protest a water tax in Eastland.", "PROTEST", "ELD", None),
        ("Eastland and Westland sign a fishing treaty.", "AGREE", "ELD", "WLD"),
        ("Westland police arrest eleven smugglers at the port.", "COERCE", "WLD", None),
        ("Students protest tuition fees in Westland.", "PROTEST", "WLD", None),
        ("Southland and Eastland ministers meet to discuss trade.", "CONSULT", "SLD", "ELD"),
        ("A bomb kills three at a market in Eastland.", "ASSAULT", None, "ELD"),
    ])
]


def _cluster_of(clusters: list[Cluster], event: Event) -> Cluster:
    return next(c for c in clusters if event.id in c.member_ids)


def test_same_event_reported_by_two_articles_merges() -> None:
    a = ev("a1", CLASH, day="2031-03-04", source="Daily Planet", unit=UNIT)
    b = ev("a2", CLASH_AGAIN, day="2031-03-05", source="Metro Wire", unit=UNIT)
    clusters = cluster_events([a, b, *BACKGROUND])
    merged = _cluster_of(clusters, a)
    assert b.id in merged.member_ids
    assert a.link == b.link == merged.cluster_id == cluster_id(a.id)
    assert merged.num_articles == 2 and merged.num_sources == 2
    assert (merged.first_report, merged.last_report) == ("2031-03-04", "2031-03-05")
    assert merged.actor_countries == ["NLD"] and merged.recipient_countries == ["SLD"]
    # Members are kept; every event, merged or not, has its cluster id.
    assert all(e.link for e in BACKGROUND)
    assert stats(clusters).merged_clusters == 1


def test_different_type_or_too_far_apart_or_same_article_stay_apart() -> None:
    a = ev("a1", CLASH)
    other_type = ev("a2", CLASH_AGAIN, kind="COERCE")
    late = ev("a3", CLASH_AGAIN, day="2031-03-10")
    same_article = ev("a1", CLASH_AGAIN)
    same_article.id = "other-id"
    clusters = cluster_events([a, other_type, late, same_article, *BACKGROUND])
    assert _cluster_of(clusters, a).member_ids == [a.id]
    assert stats(clusters).merged_clusters == 0


def test_incompatible_places_or_participants_stay_apart() -> None:
    a = ev("a1", CLASH, place=("Vell", "SLD", 10.0, 20.0))
    elsewhere = ev("a2", CLASH_AGAIN, place=("Vell", "ELD", 10.0, 20.0))
    far = ev("a3", CLASH_AGAIN, place=("Vell", "SLD", 14.0, 20.0))  # ~445 km away
    other_parties = ev("a4", CLASH_AGAIN, actor="ELD", recipient="WLD")
    clusters = cluster_events([a, elsewhere, far, other_parties, *BACKGROUND])
    assert stats(clusters).merged_clusters == 0
    near = ev("a5", CLASH_AGAIN, place=("Vell", "SLD", 10.2, 20.1))
    clusters = cluster_events([a, near, *BACKGROUND])
    assert _cluster_of(clusters, a).member_ids == [a.id, near.id]


def test_dissimilar_text_does_not_merge() -> None:
    a = ev("a1", CLASH)
    unrelated = ev("a2", "Southland marines board a Northland fishing trawler and detain its crew.")
    clusters = cluster_events([a, unrelated, *BACKGROUND])
    assert stats(clusters).merged_clusters == 0
    strict = cluster_events([ev("a1", CLASH), ev("a2", CLASH_AGAIN), *BACKGROUND],
                            DedupSettings(min_similarity=0.99))
    assert stats(strict).merged_clusters == 0


def test_daily_reports_do_not_chain_beyond_the_span() -> None:
    reports = [ev(f"d{i}", CLASH, day=f"2031-03-{i:02d}") for i in range(1, 21)]
    clusters = cluster_events([*reports, *BACKGROUND], DedupSettings(max_span_days=7))
    sizes = sorted(c.num_events for c in clusters if c.event == "ASSAULT" and "Vell" in c.text)
    assert len(sizes) >= 3 and max(sizes) <= 8  # 20 days of reports, spans of at most 8 days


def test_cluster_id_does_not_change_when_later_reports_join() -> None:
    a = ev("a1", CLASH, day="2031-03-04", unit=UNIT)
    b = ev("a2", CLASH_AGAIN, day="2031-03-05", source="Metro Wire", unit=UNIT)
    first = _cluster_of(cluster_events([a, b, *BACKGROUND]), a).cluster_id
    c = ev("a3", CLASH_AGAIN.replace("seven", "nine"), day="2031-03-06", source="Harbour Times", unit=UNIT)
    grown = _cluster_of(cluster_events([c, b, a, *BACKGROUND]), a)
    assert grown.cluster_id == first and grown.num_articles == 3 and grown.num_sources == 3


def test_events_without_dates_are_left_unlinked() -> None:
    undated = ev("u1", CLASH)
    undated.date = None
    undated.cite_info.published = None
    clusters = cluster_events([undated, *BACKGROUND])
    assert undated.link is None
    assert stats(clusters).events == len(BACKGROUND)


def test_sentences_naming_different_countries_are_different_events() -> None:
    peru = ev("a1", "Peru receives a shipment of grain donated by Canada.", kind="AID", actor="CAN", recipient=None)
    chile = ev("a2", "Chile receives a shipment of grain donated by Canada.", kind="AID", actor="CAN", recipient=None)
    clusters = cluster_events([peru, chile, *BACKGROUND])
    assert stats(clusters).merged_clusters == 0
    # Naming fewer countries is no conflict: the second report adds detail, not a new place.
    follow_up = ev("a3", "A shipment of grain donated by Canada arrives in Peru's main port.", kind="AID",
                   actor="CAN", recipient=None)
    clusters = cluster_events([peru, follow_up, *BACKGROUND])
    assert _cluster_of(clusters, peru).member_ids == [peru.id, follow_up.id]


def test_generic_participants_do_not_count_as_shared_names() -> None:
    def attack(article: str, text: str) -> Event:
        event = ev(article, text, actor=None, recipient=None)
        event.actor = [Actor(text="Two gunmen", kind="group")]
        return event

    a = attack("a1", "Two gunmen are killed in a shootout at a checkpoint.")
    b = attack("a2", "Two gunmen are killed by police at a market.")
    # Similar wording, but "two gunmen" names no one: the stricter threshold applies and they stay apart.
    assert stats(cluster_events([a, b, *BACKGROUND])).merged_clusters == 0
    named_a = attack("a3", "Gunmen of the Red Hand are killed in a shootout at a checkpoint.")
    named_b = attack("a4", "Gunmen of the Red Hand are killed at a checkpoint, police say.")
    named_a.actor = named_b.actor = [Actor(text="Red Hand", name="Red Hand", kind="group")]
    clusters = cluster_events([named_a, named_b, *BACKGROUND])
    assert _cluster_of(clusters, named_a).num_articles == 2


def test_dedup_store_writes_links(tmp_path) -> None:
    from eventlens.dedup import dedup_store
    from eventlens.record import Article
    from eventlens.store import Store

    a = ev("a1", CLASH, day="2031-03-04", unit=UNIT)
    b = ev("a2", CLASH_AGAIN, day="2031-03-05", source="Metro Wire", unit=UNIT)
    background = [dataclasses.replace(e, link=None) for e in BACKGROUND]  # other tests linked them
    with Store(f"sqlite:///{tmp_path / 'd.db'}") as store:
        for event in (a, b, *background):
            store.save(Article(article_id=event.article_id, text=event.text), [event])
        assert all(e.link is None for e in store.query_events())
        result = dedup_store(store)
        stored = {e.id: e.link for e in store.query_events()}
    assert result.merged_clusters == 1
    assert stored[a.id] == stored[b.id] == cluster_id(a.id)
    assert len(set(stored.values())) == len(stored) - 1


def test_different_casualty_counts_are_different_incidents_unless_a_toll_update() -> None:
    def attack(article: str, text: str, dead: int, day: str) -> Event:
        event = ev(article, text, day=day, unit=UNIT)
        event.size.dead = dead
        return event

    first = attack("a1", "Northland shelling kills 13 soldiers at the Vell border post.", 13, "2031-03-04")
    other = attack("a2", "Northland shelling kills 10 soldiers at the Vell border post.", 10, "2031-03-05")
    assert stats(cluster_events([first, other, *BACKGROUND])).merged_clusters == 0
    update = attack("a3", "The toll from Northland shelling at the Vell border post rises to 15 soldiers.", 15,
                    "2031-03-05")
    clusters = cluster_events([first, update, *BACKGROUND])
    assert _cluster_of(clusters, first).member_ids == [first.id, update.id]


def test_recurring_attacks_on_different_days_merge_only_with_a_named_participant() -> None:
    monday = ev("a1", CLASH, day="2031-03-04")
    tuesday = ev("a2", CLASH.replace("five", "four"), day="2031-03-05")
    # Countries alone: the same shelling of the same town on two days is two incidents.
    assert stats(cluster_events([monday, tuesday, *BACKGROUND])).merged_clusters == 0
    # Reported twice on the same day, it is one.
    again = ev("a3", CLASH_AGAIN, day="2031-03-04")
    assert _cluster_of(cluster_events([monday, again, *BACKGROUND]), monday).num_articles == 2
    # Other types are not held to it: a demand repeated the next day is still one demand.
    demand = ev("b1", "Northland demands that Southland withdraw its troops from Vell.", kind="REQUEST")
    repeated = ev("b2", "Northland demands Southland pull its troops out of Vell.", kind="REQUEST",
                  day="2031-03-05")
    assert _cluster_of(cluster_events([demand, repeated, *BACKGROUND]), demand).num_articles == 2
    # Nor when the setting is emptied.
    loose = DedupSettings(recurring_types=frozenset())
    assert stats(cluster_events([ev("a1", CLASH), ev("a2", CLASH_AGAIN, day="2031-03-05"), *BACKGROUND],
                                loose)).merged_clusters == 1


def test_an_act_said_to_happen_again_or_in_the_other_direction_is_another_event() -> None:
    def arrest(article: str, text: str, day: str, actor: str = "SLD") -> Event:
        return ev(article, text, kind="COERCE", actor=actor, recipient=None, day=day, unit="Vell Police")

    first = arrest("a1", "Police detain Arno Kell, an opposition leader, in Vell.", "2031-03-04")
    again = arrest("a2", "Police detain Arno Kell again, in Vell.", "2031-03-06")
    same = arrest("a3", "Police detain Arno Kell, an opposition leader, at a rally in Vell.", "2031-03-04")
    clusters = cluster_events([first, again, same, *BACKGROUND])
    assert _cluster_of(clusters, first).member_ids == [first.id, same.id]
    # Directed acts: who does what to whom must agree.
    accuses = ev("b1", "Northland accuses Southland of shelling Vell.", kind="ACCUSE", actor="NLD", recipient="SLD")
    back = ev("b2", "Southland accuses Northland of shelling Vell.", kind="ACCUSE", actor="SLD", recipient="NLD")
    assert stats(cluster_events([accuses, back, *BACKGROUND])).merged_clusters == 0
    # Meetings have no direction: "Northland meets Southland" and "Southland hosts Northland" are one.
    meets = ev("c1", "Northland and Southland ministers meet in Vell over the border.", kind="CONSULT",
               actor="NLD", recipient="SLD")
    hosts = ev("c2", "Southland ministers host Northland ministers in Vell over the border.", kind="CONSULT",
               actor="SLD", recipient="NLD")
    assert _cluster_of(cluster_events([meets, hosts, *BACKGROUND]), meets).num_articles == 2


def test_recurring_attacks_in_two_towns_are_two_incidents_however_close() -> None:
    def strike(article: str, town: str, geonameid: int, lat: float) -> Event:
        event = ev(article, f"Northland air strikes hit a market in {town}, Southland.", unit=UNIT)
        event.event_loc = EventLoc(name=town, country="SLD", lat=lat, lon=20.0, geonameid=geonameid, resolution=4)
        return event

    vell, orm = strike("a1", "Vell", 101, 10.0), strike("a2", "Orm", 102, 10.3)  # ~33 km apart
    assert stats(cluster_events([vell, orm, *BACKGROUND])).merged_clusters == 0
    again = strike("a3", "Vell", 101, 10.0)
    assert _cluster_of(cluster_events([vell, again, *BACKGROUND]), vell).num_articles == 2
    # Placed only to their provinces: different provinces are different incidents too.
    vell.event_loc = EventLoc(name="Vell Province", country="SLD", admin1="Vell Province", lat=10.0, lon=20.0,
                              geonameid=201, resolution=2)
    orm.event_loc = EventLoc(name="Orm Province", country="SLD", admin1="Orm Province", lat=10.3, lon=20.0,
                             geonameid=202, resolution=2)
    assert stats(cluster_events([vell, orm, *BACKGROUND])).merged_clusters == 0

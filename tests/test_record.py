"""`Event.to_dict` is `dataclasses.asdict` without its deep copy: the same dicts."""

from __future__ import annotations

import dataclasses
from collections import namedtuple

from eventlens.record import Actor, CiteInfo, Event, EventLoc, Size, TextInfo, _plain


def _event() -> Event:
    return Event(
        id="e1", article_id="a1", event="SANCTION", text="The council froze the assets of two firms.",
        text_info=TextInfo(0, 0, 42, "froze", 12, 17), mode="economic", context=["economic"],
        actor=[Actor(text="The council", sector="GOV", kind="organization", start=0, end=11, other_sectors=["LEG"])],
        recipient=[Actor(text="two firms", kind="group")],
        event_loc=EventLoc(name="Lisbon", country="PRT", lat=38.7, lon=-9.1, geonameid=2267057, countries=["PRT"]),
        size=Size(arrested=3), goldstein=-4.0, quad_code=3, confidence=0.75,
        cite_info=CiteInfo(published="2024-05-01", sources=["a wire, May 1"]),
    )


def test_to_dict_is_asdict():
    event = _event()
    assert event.to_dict() == dataclasses.asdict(event)
    assert list(event.to_dict()) == list(dataclasses.asdict(event))  # field order too
    bare = Event(id="e2", article_id="a2", event="PROTEST", text="", text_info=TextInfo(0, 0, 0, "", 0, 0))
    assert bare.to_dict() == dataclasses.asdict(bare)


def test_to_dict_shares_no_mutable_part_with_the_event():
    event = _event()
    out = event.to_dict()
    out["actor"][0]["other_sectors"].append("MIL")
    out["context"].clear()
    out["event_loc"]["countries"].append("ESP")
    assert event.actor[0].other_sectors == ["LEG"] and event.context == ["economic"]
    assert event.event_loc.countries == ["PRT"]


@dataclasses.dataclass
class _Holder:
    value: object


def test_other_containers_convert_as_asdict_does():
    pair = namedtuple("pair", "left right")
    holder = _Holder({"t": (Size(dead=1), [TextInfo(1, 2, 3, "x", 4, 5)]), "n": pair(Size(), {"k": Size(injured=2)}),
                      "s": {"a", "b"}})
    assert _plain(holder) == dataclasses.asdict(holder)
    assert isinstance(_plain(holder)["value"]["n"], pair)
    assert _plain(holder)["value"]["t"][0] == {"dead": 1, "injured": None, "arrested": None}

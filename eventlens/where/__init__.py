"""`where` stage: an offline GeoNames-derived gazetteer, toponyms in a Doc and event locations
(issue 5, "Places").

- `default_gazetteer()`: the on-disk index for this process (built at first use into the cache dir).
- `locate_event(sent, trigger, argument_tokens, focus_countries, gazetteer) -> EventLoc | None`.
- `ruler_place_patterns(gazetteer)`: entity-ruler patterns for capitals, first-level regions and towns named after them ("Kansas City").
- `article_places(doc, focus, gazetteer)`: every toponym of an article, resolved.
"""

from __future__ import annotations

import functools
from typing import Any

from .gazetteer import FakeGazetteer, OfflineGazetteer, cache_dir
from .place import Gazetteer, Place, name_key

__all__ = ["FakeGazetteer", "Gazetteer", "OfflineGazetteer", "Place", "article_places", "cache_dir",
           "default_gazetteer", "locate_event", "name_key", "ruler_place_patterns", "toponyms"]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> OfflineGazetteer:
    """The process's offline gazetteer (opened once; built into `cache_dir()` the first time)."""
    return OfflineGazetteer()


def __getattr__(name: str) -> Any:
    # spaCy-dependent parts load on first use, so importing the gazetteer stays light.
    if name in ("locate_event", "article_places", "toponyms"):
        from . import locate

        return getattr(locate, name)
    if name == "ruler_place_patterns":
        from .patterns import ruler_place_patterns

        return ruler_place_patterns
    raise AttributeError(name)

"""actors stage: who acted, with PLOVER country, sector, kind and a canonical name.

`ActorResolver.start_article(doc)` reads the whole article once (people and their titles, organisations
and their countries, focus countries); `ActorResolver.resolve(span, memory)` turns an argument phrase into
`record.Actor`s. `ruler_patterns()` gives the entity-ruler patterns for countries, demonyms, IGOs and seats
of government. All vocabulary lives in reviewed files under `eventlens/lexicons/`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from .memory import ArticleActors, Person
from .patterns import ruler_patterns
from .resolve import ActorResolver, ResolverSettings
from .tables import ActorTables, NameEntry, load_tables


def countries_in(doc: Doc, tables: ActorTables | None = None) -> Counter[str]:
    """Country codes named in the doc (names, demonyms, capitals, seats), with counts."""
    return ActorResolver(tables or load_tables()).countries_in(doc)


__all__ = [
    "ActorResolver", "ArticleActors", "ActorTables", "NameEntry", "Person", "ResolverSettings",
    "countries_in", "load_tables", "ruler_patterns",
]

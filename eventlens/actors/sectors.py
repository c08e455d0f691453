"""PLOVER sectors from role nouns and organisation types (the reviewed `lexicons/sectors.yaml`).

`SectorLexicon.find(tokens)` returns every term in a token sequence (longest match first, left to right);
`SectorLexicon.combine(hits)` turns the hits of one actor into a primary sector plus other sectors, by the
rules written at the top of sectors.yaml (strong terms decide, OPP/PRE are secondary unless alone, weak
generic heads count only when nothing else does, a "former" office-holder is ELI).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .. import yamlload

SECTOR_CODES: tuple[str, ...] = (
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
)
TERM_KINDS = ("person", "organization", "group")
HYPHENS = frozenset({"-", "–", "‐"})


# How many words' `_candidates` a lexicon remembers before it starts again.
STARTS_MAX = 200_000


def _plural_of(word: str, singular: str) -> bool:
    """'Marines' ~ 'marine': the lemmatizer keeps proper-noun plurals as written."""
    return word in (singular + "s", singular + "es") or (singular.endswith("y") and word == singular[:-1] + "ies")


class TokenLike(Protocol):
    """What the matcher needs from a token (spaCy tokens satisfy it)."""

    text: str
    lower_: str
    lemma_: str


@dataclass(frozen=True)
class SectorGroup:
    name: str
    sector: str
    other: tuple[str, ...] = ()
    kind: str = "person"
    weak: bool = False
    # the one state whose office or body the term names ("Taoiseach": IRL), else None (session 23)
    country: str | None = None


NOT_ACTOR = SectorGroup(name="not an actor", sector="UNK", kind="group")


@dataclass(frozen=True)
class SectorHit:
    """One term found in a token list: token positions [start, end) in that list."""

    start: int
    end: int
    term: str
    group: SectorGroup
    former: bool = False  # preceded by "former"/"ousted"/...: the office is no longer held

    @property
    def sector(self) -> str:
        return self.group.sector


@dataclass
class SectorLexicon:
    groups: list[SectorGroup]
    # first word -> [(words, case_sensitive, term, group)], longest first
    index: dict[str, list[tuple[tuple[str, ...], bool, str, SectorGroup]]]
    primary_order: tuple[str, ...]
    secondary_only: frozenset[str]
    counterpart_terms: frozenset[tuple[str, ...]]
    former_words: frozenset[str]
    former_sector: str
    former_applies_to: frozenset[str]
    person_title_words: frozenset[str] = field(default_factory=frozenset)
    person_title_heads: frozenset[str] = field(default_factory=frozenset)  # last word of each title
    honorifics: frozenset[str] = field(default_factory=frozenset)
    office_terms: frozenset[str] = field(default_factory=frozenset)
    # business titles that head a territory's government when their `of` phrase is a place ("chief executive")
    territory_offices: frozenset[str] = field(default_factory=frozenset)
    quantity_heads: frozenset[str] = field(default_factory=frozenset)
    member_bodies: frozenset[str] = field(default_factory=frozenset)
    kin_words: frozenset[str] = field(default_factory=frozenset)  # "son", "widow": relatives of someone
    kin_sector: str = "ELI"  # the kin of an office-holder (PLOVER: family members of officials)
    kin_of_sectors: frozenset[str] = field(default_factory=frozenset)  # the office-holders' sectors
    kin_else_sector: str = "CVL"  # the kin of anyone else
    sole_offices: frozenset[str] = field(default_factory=frozenset)  # one holder per state ("prime minister")
    relation_heads: frozenset[str] = field(default_factory=frozenset)  # "critic", "son": of someone else
    owned_things: frozenset[str] = field(default_factory=frozenset)  # "base", "convoy": a body's posts and vehicles
    envoys: frozenset[str] = field(default_factory=frozenset)  # "ambassador": a state's representative abroad
    striking_trades: frozenset[str] = field(default_factory=frozenset)  # "pilots" on strike are workers
    backed_by: frozenset[str] = field(default_factory=frozenset)  # "backed" in "Iran-backed": another's support
    led_by: frozenset[str] = field(default_factory=frozenset)  # "led" in "Saudi-led": the leader's
    run_by: frozenset[str] = field(default_factory=frozenset)  # "run" in "Hamas-run ministry": the runner's organ
    armed_acts: frozenset[str] = field(default_factory=frozenset)  # "air strikes": a state's armed forces acting
    # "the Obama administration": heads that, named after a person, are a state's executive, and the state
    # meant when the article does not say
    person_administration_heads: frozenset[str] = field(default_factory=frozenset)
    person_administration_country: str | None = None
    # "Northwind Airlines ground staff", "bank employees": a head of a `workforce_heads` sector (the people who
    # work somewhere) outranks an employer of a `workforce_over` sector named before it
    workforce_heads: frozenset[str] = field(default_factory=frozenset)
    workforce_over: frozenset[str] = field(default_factory=frozenset)
    workforce_nouns: frozenset[str] = field(default_factory=frozenset)  # "staff": a company's are its workers
    workforce_sector: str = "LAB"
    # "Igbo leaders": generic leader heads of a people that is no state's are its notables
    people_leader_heads: frozenset[str] = field(default_factory=frozenset)
    people_leader_sector: str = "ELI"
    people_leader_peoples: frozenset[str] = field(default_factory=frozenset)  # as written
    people_leader_bodies: frozenset[str] = field(default_factory=frozenset)  # "leaders of the X community"
    # (text, lower, lemma) of a word -> the terms that may start at it (`_candidates`; empty for most
    # words), remembered for the words seen (bounded by `STARTS_MAX`): most words start none, and most recur
    _starts: dict[tuple[str, str, str], tuple[tuple, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_yaml(cls, path: Path, tokenize: Callable[[str], tuple[str, ...]]) -> SectorLexicon:
        data = yamlload.safe_load(path.read_text(encoding="utf-8"))
        return cls.from_dict(data, tokenize)

    @classmethod
    def from_dict(cls, data: dict[str, Any], tokenize: Callable[[str], tuple[str, ...]]) -> SectorLexicon:
        def words(term: str) -> tuple[str, ...]:
            return tuple(w for w in tokenize(term) if w not in HYPHENS)

        order = tuple(data["primary_order"])
        unknown = [s for s in order if s not in SECTOR_CODES]
        if unknown or sorted(order) != sorted(SECTOR_CODES):
            raise ValueError(f"sectors.yaml: primary_order must list the 25 PLOVER sectors once (bad: {unknown})")
        groups: list[SectorGroup] = []
        index: dict[str, list[tuple[tuple[str, ...], bool, str, SectorGroup]]] = {}
        titles: set[str] = set()
        heads: set[str] = set()
        for g in data["groups"]:
            group = SectorGroup(
                name=g["name"], sector=g["sector"], other=tuple(g.get("other") or ()),
                kind=g.get("kind", "person"), weak=g.get("strength", "strong") == "weak",
                country=g.get("country") or None,
            )
            if group.country is not None and not re.fullmatch(r"[A-Z]{3}", str(group.country)):
                raise ValueError(f"sectors.yaml group {group.name!r}: country must be an ISO3 code, not {group.country!r}")
            for code in (group.sector, *group.other):
                if code not in SECTOR_CODES:
                    raise ValueError(f"sectors.yaml group {group.name!r}: unknown sector {code!r}")
            if group.kind not in TERM_KINDS:
                raise ValueError(f"sectors.yaml group {group.name!r}: unknown kind {group.kind!r}")
            groups.append(group)
            for term in g["terms"]:
                term = str(term)
                case_sensitive = term != term.lower()
                ws = words(term) if case_sensitive else tuple(w.lower() for w in words(term))
                index.setdefault(ws[0] if case_sensitive else ws[0].lower(), []).append(
                    (ws, case_sensitive, term, group)
                )
                if group.kind == "person":
                    titles.update(w.lower() for w in ws)
                    # the head noun: "minister" in "minister of defence", "chief" in "army chief"
                    low = [w.lower() for w in ws]
                    heads.add(low[low.index("of") - 1] if "of" in low[1:] else low[-1])
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        # phrases that contain a term but name no actor ("third party"): matched like terms, never returned
        for term in data.get("not_actors") or ():
            ws = tuple(w.lower() for w in words(str(term)))
            index.setdefault(ws[0], []).append((ws, False, str(term), NOT_ACTOR))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        former = data.get("former") or {}
        kin = data.get("kin") or {}
        workforce = data.get("workforce") or {}
        for code in (kin.get("sector", "ELI"), kin.get("else_sector", "CVL"), *(kin.get("of_sectors") or ()),
                     *(workforce.get("heads") or ()), *(workforce.get("over") or ()), workforce.get("sector", "LAB"),
                     (data.get("people_leaders") or {}).get("sector", "ELI")):
            if code not in SECTOR_CODES:
                raise ValueError(f"sectors.yaml kin/workforce: unknown sector {code!r}")
        return cls(
            groups=groups,
            index=index,
            primary_order=order,
            secondary_only=frozenset(data.get("secondary_only") or ()),
            counterpart_terms=frozenset(tuple(w.lower() for w in words(t)) for t in data.get("counterpart_terms") or ()),
            former_words=frozenset(w.lower() for w in former.get("words") or ()),
            former_sector=former.get("sector", "ELI"),
            former_applies_to=frozenset(former.get("applies_to") or ()),
            person_title_words=frozenset(titles),
            person_title_heads=frozenset(heads),
            honorifics=frozenset(data.get("honorifics") or ()),
            office_terms=frozenset(str(t).lower() for t in data.get("offices") or ()),
            territory_offices=frozenset(str(t).lower() for t in data.get("territory_offices") or ()),
            quantity_heads=frozenset(str(t).lower() for t in data.get("quantity_heads") or ()),
            member_bodies=frozenset(str(t).lower() for t in data.get("member_bodies") or ()),
            kin_words=frozenset(str(t).lower() for t in kin.get("words") or ()),
            kin_sector=kin.get("sector", "ELI"),
            kin_of_sectors=frozenset(kin.get("of_sectors") or ()),
            kin_else_sector=kin.get("else_sector", "CVL"),
            sole_offices=frozenset(str(t).lower() for t in data.get("sole_offices") or ()),
            relation_heads=frozenset(str(t).lower() for t in data.get("relation_heads") or ())
            | frozenset(str(t).lower() for t in kin.get("words") or ()),
            owned_things=frozenset(str(t).lower() for t in data.get("owned_things") or ()),
            envoys=frozenset(str(t).lower() for t in data.get("envoys") or ()),
            striking_trades=frozenset(str(t).lower() for t in data.get("striking_trades") or ()),
            backed_by=frozenset(str(t).lower() for t in data.get("backed_by") or ()),
            led_by=frozenset(str(t).lower() for t in data.get("led_by") or ()),
            run_by=frozenset(str(t).lower() for t in data.get("run_by") or ()),
            armed_acts=frozenset(str(t).lower() for t in data.get("armed_acts") or ()),
            person_administration_heads=frozenset(
                str(t).lower() for t in (data.get("person_administration") or {}).get("heads") or ()),
            person_administration_country=(data.get("person_administration") or {}).get("default_country"),
            workforce_heads=frozenset((data.get("workforce") or {}).get("heads") or ()),
            workforce_over=frozenset((data.get("workforce") or {}).get("over") or ()),
            workforce_nouns=frozenset(str(t).lower() for t in (data.get("workforce") or {}).get("nouns") or ()),
            workforce_sector=(data.get("workforce") or {}).get("sector", "LAB"),
            people_leader_heads=frozenset(str(t).lower() for t in (data.get("people_leaders") or {}).get("heads") or ()),
            people_leader_sector=(data.get("people_leaders") or {}).get("sector", "ELI"),
            people_leader_peoples=frozenset(str(t) for t in (data.get("people_leaders") or {}).get("peoples") or ()),
            people_leader_bodies=frozenset(str(t).lower() for t in (data.get("people_leaders") or {}).get("bodies") or ()),
        )

    # -- matching -------------------------------------------------------------------------------------

    @staticmethod
    def _keys(tok: TokenLike) -> tuple[str, str, str]:
        return tok.text, tok.lower_, tok.lemma_.lower()

    def _match_at(self, toks: Sequence[TokenLike], i: int,
                  keys: Sequence[tuple[str, str, str]] | None = None,
                  candidates: Sequence[tuple] | None = None) -> tuple[int, str, SectorGroup] | None:
        """The longest term starting at toks[i]; `keys`: each token's (text, lower, lemma lower), read
        once by the caller (spaCy builds each string on every attribute access); `candidates`: the
        word's `_candidates`, when the caller has them."""
        if keys is None:
            keys = [self._keys(t) for t in toks]
        if candidates is None:
            if not self._may_start(keys[i]):
                return None  # most words start no term: no candidate list to build
            candidates = self._candidates(keys[i])
        if not candidates:
            return None
        best: tuple[int, str, SectorGroup] | None = None
        for ws, case_sensitive, term, group in candidates:
            if i + len(ws) > len(toks) or (best and len(ws) <= best[0]):
                continue
            ok = True
            for w, (t_text, t_lower, t_lemma) in zip(ws, keys[i : i + len(ws)], strict=False):
                if case_sensitive:
                    ok = t_text == w
                else:
                    ok = w in (t_lower, t_lemma) or _plural_of(t_lower, w)
                if not ok:
                    break
            if ok:
                best = (len(ws), term, group)
        return best

    def _candidates(self, key: tuple[str, str, str]) -> tuple[tuple, ...]:
        """The index's terms whose first word is the word's spelling, lower case, lemma or one of the
        stems ("ministries" -> "ministr" + "y"), in that order: those `_match_at` tries at the word."""
        text, lower, lemma = key
        index = self.index
        return tuple(c for k in dict.fromkeys((text, lower, lemma, lower[:-1], lower[:-2], lower[:-3] + "y"))
                     if k in index for c in index[k])

    def _may_start(self, key: tuple[str, str, str]) -> bool:
        """Whether any of the index's first words is the word's spelling, lower case, lemma or one of the
        stems `_match_at` tries."""
        text, lower, lemma = key
        index = self.index
        return text in index or lower in index or lemma in index or lower[:-1] in index \
            or lower[:-2] in index or lower[:-3] + "y" in index

    def find(self, tokens: Sequence[TokenLike]) -> list[SectorHit]:
        """Terms in `tokens` (hyphen tokens ignored), longest first; positions index `tokens`."""
        return self.find_keys([(t.text, t.lower_, t.lemma_.lower()) for t in tokens])

    def find_keys(self, token_keys: Sequence[tuple[str, str, str]]) -> list[SectorHit]:
        """`find` of tokens given by their (text, lower, lemma lower), e.g. a span of the coded doc's
        `docmemo.token_keys`, which are read once per doc instead of once per walk."""
        pos: list[int] = []
        keys: list[tuple[str, str, str]] = []
        for i, k in enumerate(token_keys):
            if k[0] in HYPHENS:
                continue
            pos.append(i)
            keys.append(k)
        toks = keys  # `_match_at` reads only their number
        hits: list[SectorHit] = []
        former_seen = False
        j = 0
        starts = self._starts
        if len(starts) > STARTS_MAX:
            starts.clear()
        while j < len(toks):
            key = keys[j]
            candidates = starts.get(key)
            if candidates is None:
                candidates = starts[key] = self._candidates(key)
            m = self._match_at(toks, j, keys, candidates) if candidates else None
            if m is None:
                if keys[j][1] in self.former_words:
                    former_seen = True
                j += 1
                continue
            n, term, group = m
            if group is not NOT_ACTOR:
                hits.append(SectorHit(pos[j], pos[j + n - 1] + 1, term, group, former=former_seen))
            j += n
        return hits

    def offices_of(self, hits: list[SectorHit], tokens: Sequence[TokenLike]) -> list[SectorHit]:
        """An office followed by "of" + a described body takes that body's sector: "president of the
        farmers' association" is AGR/SOC, not GOV; "president of Kenya" (no sector word after) stays GOV."""
        out: list[SectorHit] = []
        for k, h in enumerate(hits):
            after = hits[k + 1 :]
            if h.term.lower() in self.office_terms and h.end < len(tokens) and tokens[h.end].lower_ == "of" \
                    and any(a.group.kind != "person" for a in after):
                continue
            out.append(h)
        return out

    def is_counterpart(self, tokens: Sequence[TokenLike]) -> bool:
        words = [t.lower_ for t in tokens if t.text not in HYPHENS]
        lemmas = [t.lemma_.lower() for t in tokens if t.text not in HYPHENS]
        for term in self.counterpart_terms:
            n = len(term)
            for i in range(len(words) - n + 1):
                if all(term[k] in (words[i + k], lemmas[i + k]) for k in range(n)):
                    return True
        return False

    # -- combining ------------------------------------------------------------------------------------

    def _hit_sectors(self, hit: SectorHit) -> tuple[str, tuple[str, ...]]:
        if hit.former and hit.sector in self.former_applies_to:
            return self.former_sector, (hit.sector, *hit.group.other)
        return hit.sector, hit.group.other

    def combine(self, hits: Sequence[SectorHit]) -> tuple[str | None, list[str]]:
        """Primary sector and other sectors of one actor from all its terms (rules: sectors.yaml)."""
        strong = [h for h in hits if not h.group.weak and h.sector not in self.secondary_only]
        secondary = [h for h in hits if not h.group.weak and h.sector in self.secondary_only]
        weak = [h for h in hits if h.group.weak]
        deciding = strong or secondary or weak
        # "the teachers' union", "Union of Teachers": a members' body takes its members' sector first
        members = [h for h in strong if h.group.kind in ("person", "group") and h.term.lower() not in self.member_bodies]
        if members and any(h.term.lower() in self.member_bodies for h in strong):
            deciding = members
        if not deciding:
            return None, []
        rank = {s: i for i, s in enumerate(self.primary_order)}
        primaries = [self._hit_sectors(h)[0] for h in deciding]
        primary = min(primaries, key=lambda s: rank.get(s, len(rank)))
        others: list[str] = []
        counted = strong + secondary if strong or secondary else weak
        for h in counted:
            sector, extra = self._hit_sectors(h)
            for s in (sector, *extra):
                if s != primary and s not in others:
                    others.append(s)
        return primary, others

"""The actor stage's reviewed tables, loaded once and indexed by token sequence.

Sources (all under `eventlens/lexicons/`, each with a comment header saying what it holds and why):
`countries.tsv` (states, dependencies, disputed and historic entities with names, demonyms, capitals),
`institutions.tsv` (seats of government and national agencies), `igos.tsv` (international organisations
with PLOVER codes) and `sectors.yaml` (role nouns -> sectors, see `sectors.py`). pycountry adds the ISO
short and official names of every state we list, so the hand-written table only carries what it lacks.

Names are matched as token sequences, case-sensitively, so the tables are tokenized with spaCy's English
tokenizer (the same rules as the `en_core_web_*` pipelines) when they are loaded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .sectors import SectorLexicon

# What a matched name denotes. `block` names exist only to stop a shorter, wrong match ("Latin America"
# must not yield "America" -> USA); they carry no code.
NAME_KINDS = ("country", "demonym", "capital", "seat", "agency", "igo", "block", "admin1")
COUNTRY_ROW_TYPES = ("state", "special", "dependency", "disputed", "historic", "region", "block")
PLOVER_IGO_CODES = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")
# whitespace: what spaCy's tokenizer may drop between tokens (it keeps every other character)
_SPACES = re.compile(r"\s+")

Tokenize = Callable[[str], tuple[str, ...]]


@dataclass(frozen=True)
class NameEntry:
    """One name as written ("Tehran", "Iranian", "Kremlin", "UN") and what it stands for."""

    text: str
    kind: str  # one of NAME_KINDS
    code: str | None  # PLOVER country code (ISO3, KOS, SUN, UNO, IGO, ...)
    name: str  # canonical name: the country's, or the organisation's
    sector: str | None = None  # sector the name itself fixes (seat, agency, IGO)
    disputed: bool = False  # partially recognised entity: actors also get sector PRE
    people: bool = False  # a demonym-like name (NORP), not a place name (matters for "block" names)


@dataclass
class ActorTables:
    """All names by token sequence, plus the sector lexicon. Build with `load_tables()`."""

    names: dict[tuple[str, ...], NameEntry]
    country_names: dict[str, str]  # code -> canonical name
    sectors: SectorLexicon
    tokenize: Tokenize
    max_name_len: int = field(init=False)
    # first token of a name -> longest name starting with it (lets a scan skip most tokens at once)
    first_tokens: dict[str, int] = field(init=False)
    # True when `tokenize` is spaCy's tokenizer, which keeps every character but whitespace: a text's
    # tokens can then make a name only if the text without its whitespace is the name's tokens joined
    lossless: bool = False
    _joined: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.max_name_len = max((len(k) for k in self.names), default=1)
        self.first_tokens = {}
        for k in self.names:
            self.first_tokens[k[0]] = max(self.first_tokens.get(k[0], 0), len(k))
        self._joined = frozenset(_SPACES.sub("", "".join(k)) for k in self.names)

    def lookup(self, text: str) -> NameEntry | None:
        if self.lossless and _SPACES.sub("", text) not in self._joined:
            return None  # no name's characters: no need to tokenize (most actor phrases are no bare name)
        return self.names.get(self.tokenize(text))

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None

    def entries(self, kinds: tuple[str, ...] = NAME_KINDS) -> Iterator[tuple[tuple[str, ...], NameEntry]]:
        for key, entry in self.names.items():
            if entry.kind in kinds:
                yield key, entry


def lexicon_dir() -> Path:
    return Path(str(resources.files("eventlens") / "lexicons"))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a commented TSV: the last `#`-line before the data names the columns."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if "\t" in line:
                    header = line[1:].split("\t")
                continue
            if not line.strip():
                continue
            if header is None:
                raise ValueError(f"{path.name}: no '#col<TAB>col' header line before the data")
            cells = line.split("\t")
            if len(cells) != len(header):
                raise ValueError(f"{path.name}: {len(cells)} cells, expected {len(header)}: {line!r}")
            rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return rows


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@functools.lru_cache(maxsize=1)
def english_tokenizer() -> Tokenize:
    """spaCy's rule-based English tokenizer (no model), as a cached text -> token texts function."""
    import spacy

    tok = spacy.blank("en").tokenizer
    return lambda text: tuple(t.text for t in tok(text))


def _pycountry_names(iso3: str) -> list[str]:
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return []
    names = [getattr(c, a, None) for a in ("name", "common_name", "official_name")]
    # ISO writes "Iran, Islamic Republic of": inverted names never occur in running text.
    return [n for n in names if n and "," not in n and "(" not in n]


def _with_dotted(names: list[str]) -> list[str]:
    """Names plus the dotted spelling of each all-capital acronym ("DRC" -> "D.R.C.", "ROK" -> "R.O.K."):
    news writes both, and a dotted acronym the tables lack is left to the gazetteer, which may read it as
    some region's abbreviation elsewhere ("C.A.R." as the Philippines' Cordillera). The dotted form never
    overrides a name already listed (first writer wins)."""
    out = list(names)
    for n in names:
        if re.fullmatch(r"[A-Z]{2,5}", n):
            out.append(".".join(n) + ".")
    return out


def _add(names: dict[tuple[str, ...], NameEntry], key: tuple[str, ...], entry: NameEntry) -> None:
    # First writer wins: states come before dependencies and historic rows, so a shared name keeps
    # the state's reading; institution and IGO names never override a country name.
    names.setdefault(key, entry)


@functools.lru_cache(maxsize=4)
def load_tables(directory: str | None = None) -> ActorTables:
    """Load and index every table (cached: the result is read-only by convention). For the package's own
    tables, the tokens of every name and term come from the start-up cache when an earlier process has
    tokenized them (`eventlens.startcache`: tokenizing is most of a worker's ~0.5 s here); the tables
    are built from them by the same code, and the tokenizer is made on first use."""
    if directory:
        tokenize = english_tokenizer()
        names, country_names, sectors = _read_tables(Path(directory), tokenize)
        return ActorTables(names=names, country_names=country_names, sectors=sectors, tokenize=tokenize,
                           lossless=True)
    from ..startcache import cached

    built: list[tuple] = []

    def tokenize_all() -> dict[str, tuple[str, ...]]:
        seen: dict[str, tuple[str, ...]] = {}

        def tokenize(text: str) -> tuple[str, ...]:
            seen[text] = english_tokenizer()(text)
            return seen[text]

        built.append(_read_tables(lexicon_dir(), tokenize))
        return seen

    tokens = cached("actor-table-tokens", tokenize_all)
    names, country_names, sectors = built[0] if built else _read_tables(
        lexicon_dir(), lambda text: tokens[text] if text in tokens else _tokenize_lazily(text))
    return ActorTables(names=names, country_names=country_names, sectors=sectors, tokenize=_tokenize_lazily,
                       lossless=True)


@functools.lru_cache(maxsize=16384)
def _tokenize_lazily(text: str) -> tuple[str, ...]:
    # remembered: `lookup` asks for the same few actor phrases ("China", "the government") again and again
    return english_tokenizer()(text)


def _read_tables(base: Path, tokenize: Tokenize
                 ) -> tuple[dict[tuple[str, ...], NameEntry], dict[str, str], SectorLexicon]:
    names: dict[tuple[str, ...], NameEntry] = {}
    country_names: dict[str, str] = {}

    for row in read_tsv(base / "countries.tsv"):
        rtype, code = row["type"], row["code"] or None
        if rtype not in COUNTRY_ROW_TYPES:
            raise ValueError(f"countries.tsv: unknown type {rtype!r}")
        disputed = rtype == "disputed"
        name = row["name"]
        if rtype in ("state", "special", "historic") and code:
            country_names.setdefault(code, name)
        canonical = name if rtype in ("state", "special", "historic", "disputed") else country_names.get(code, name)
        kind_name = "block" if rtype == "block" else "country"
        # a region row contributes its demonyms only; its name is a place (where stage), not a country
        all_names = [] if rtype == "region" else [name, *split_list(row["aliases"])]
        if rtype == "state":
            all_names += _pycountry_names(row["iso"])
        for n in _with_dotted(all_names):
            _add(names, tokenize(n), NameEntry(n, kind_name, code, canonical if code else n, disputed=disputed))
        for n in split_list(row["demonyms"]):
            kind = "block" if rtype == "block" else "demonym"
            _add(names, tokenize(n), NameEntry(n, kind, code, canonical if code else n, disputed=disputed,
                                               people=True))
        for n in split_list(row["capitals"]) if rtype != "region" else ():
            _add(names, tokenize(n), NameEntry(n, "capital", code, canonical, disputed=disputed))

    for row in read_tsv(base / "institutions.tsv"):
        if row["kind"] not in ("seat", "agency"):
            raise ValueError(f"institutions.tsv: unknown kind {row['kind']!r}")
        for n in [row["name"], *split_list(row["aliases"])]:
            _add(names, tokenize(n), NameEntry(n, row["kind"], row["code"], row["name"], row["sector"] or None))

    for row in read_tsv(base / "igos.tsv"):
        if row["code"] not in PLOVER_IGO_CODES:
            raise ValueError(f"igos.tsv: {row['code']!r} is not a PLOVER non-state code")
        for n in _with_dotted([row["name"], *split_list(row["aliases"])]):
            _add(names, tokenize(n), NameEntry(n, "igo", row["code"], row["name"], row["sector"] or None))

    sectors = SectorLexicon.from_yaml(base / "sectors.yaml", tokenize)
    return names, country_names, sectors


def tsv_column_names(path: Path) -> list[str]:
    """The header of a commented TSV (used by the schema test)."""
    with path.open(encoding="utf-8") as fh:
        header = [line[1:].rstrip("\n").split("\t") for line in fh if line.startswith("#") and "\t" in line]
    return header[-1] if header else []


__all__ = ["ActorTables", "NameEntry", "load_tables", "read_tsv", "split_list", "english_tokenizer"]

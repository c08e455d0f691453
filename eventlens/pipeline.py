"""Article in, events out: runs the stages in order (nlp -> events -> actors -> when -> where).

`Pipeline.code(article)` is pure per article (the spaCy model and tables are loaded once per process
and shared read-only), so the same object codes one article, a batch, or a Dask partition.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import __version__, docmemo
from .actors.parties import OTHER_PARTY_TYPES, act_sectors, own_side_recipient, unborrow_focus
from .actors.resolve import COUNTRY_BACKREF_NOUNS, PERSON_PRONOUNS, says_nonlocal, uprooted_phrase
from .actors.tables import PLOVER_IGO_CODES
from .config import Settings
from .events import DEPLOY_VERBS, WORDS, EventCandidate, find_events, may_have_events, roles, threat_mode
from .events.cues import (
    Cues,
    disaster_cue,
    disaster_title,
    disaster_toll,
    discard_domains,
    inquiry_into_disaster,
    load_cues,
    political_cue,
)
from .events.lexicon import TriggerLexicon, load_lexicon
from .events.prefilter import TriggerPrefilter
from .events.scoring import load_scores
from .record import Actor, Article, CiteInfo, Coder, Event, TextInfo, event_id
from .when.event import long_ago, resolve_event_date
from .where.locate import article_country, article_focus, locate_event

T = TypeVar("T")
# Sectors that make a participant political in a sentence with sport/business cue words.
STRICT_POLITICAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "IGO", "UNO"}
# Entity labels that make an otherwise unknown participant worth keeping ("Hamas", "the Kifaya group").
NAMED_LABELS = {"PERSON", "ORG", "GPE"}
PRONOUNS = WORDS["participant_pronouns"]
# any pronoun a party phrase may be (a bare place test must not take one for a named person)
ALL_PARTY_PRONOUNS = PRONOUNS | PERSON_PRONOUNS
# Sectors that make a participant political (used against sport/business look-alikes).
# (UAF: unidentified gunmen and bombers are armed political violence as much as MIL or REB: "a suicide truck
# bomber attacked a market" is not a business story because of the truck and the market)
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "IGO", "NGO", "UNO", "CVL", "REF", "ELI", "PRE",
                     "UAF"}
# Events older than this (days before publication) are background, i.e. `historical`.
HISTORICAL_DAYS = 365


def _once(compute: Callable[[], T]) -> Callable[[], T]:
    """`compute`, run on the first call only (as `functools.cache` of a function without arguments, which
    costs more to make than most of these are asked)."""
    box: list[T] = []

    def get() -> T:
        if not box:
            box.append(compute())
        return box[0]

    return get


@dataclass
class _Chunk:
    text: str
    offset: int


def split_text(text: str, max_chars: int) -> list[_Chunk]:
    """Split a long text at paragraph (else sentence, else hard) boundaries into chunks of at most
    `max_chars`, so memory stays bounded whatever the input size."""
    if len(text) <= max_chars:
        return [_Chunk(text, 0)]
    chunks: list[_Chunk] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            cut = text.rfind("\n\n", start + max_chars // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + max_chars // 2, end)
                cut = cut + 1 if cut != -1 else -1
            if cut == -1:
                cut = text.rfind(" ", start + max_chars // 2, end)
            end = cut if cut > start else end
        chunks.append(_Chunk(text[start:end], start))
        start = end
        while start < len(text) and text[start].isspace():  # a chunk never starts with whitespace,
            start += 1  # so sentence offsets match those of the unsplit text
    return chunks


class Pipeline:
    def __init__(self, settings: Settings | None = None, nlp: Language | None = None, gazetteer=None,
                 lexicon: TriggerLexicon | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp = nlp
        self._gazetteer = gazetteer
        self.lexicon = lexicon or load_lexicon()
        self.cues = load_cues()
        self.scores = load_scores()
        self._resolver = None
        self.coder = Coder(name="eventlens", version=__version__, lexicon_version=self.lexicon.version)

    # Loaded on first use so that constructing a Pipeline is cheap (and picklable for Dask).
    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .nlp import load_nlp

            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from .where import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @property
    def resolver(self):
        if self._resolver is None:
            from .actors import ActorResolver

            self._resolver = ActorResolver.from_lexicons()
            self._resolver.place_country = self._place_country
        return self._resolver

    def _place_country(self, name: str, focus: str | None, well_known: bool = False) -> str | None:
        """The country of a town or region named in an actor's phrase ("the mayor of Springfield"): the
        gazetteer's most likely reading, the article's focus country counting, when its main name is
        the name written (no near-spelling: "Hamas" is no town); `well_known`: only a country, capital,
        province or city of 100,000 people (for a name the model did not tag as a place)."""
        from .where.locate import strong_match
        from .where.place import name_key
        from .where.resolve import resolve

        place = resolve(self.gazetteer, name, {focus: 1.0} if focus else None)
        if place is None or name_key(place.name) != name_key(name):
            return None
        if well_known and not strong_match(name, [place]):
            return None
        return place.country

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_nlp"] = None  # reloaded (once) in the worker process
        state["_resolver"] = None
        state.pop("prefilter", None)  # cached_property; rebuilt with the model
        return state

    def parse(self, texts: Iterable[str], batch_size: int | None = None, whole: bool = True) -> Iterator[Doc]:
        """The docs the coder needs: the model only for texts whose words could make a trigger
        (`events.prefilter`), entities only where a tagged trigger word could make an event.
        `whole=False` (chunks of a long article, whose sentences are counted) runs the model on every text."""
        from .nlp import parse

        prefilter = self.prefilter if whole else None
        return parse(self.nlp, texts, batch_size or self.settings.batch_size,
                     needs_entities=lambda doc: may_have_events(doc, self.lexicon),
                     needs_model=None if prefilter is None else prefilter.may_match,
                     max_chars=self.settings.batch_chars)

    @functools.cached_property
    def prefilter(self) -> TriggerPrefilter | None:
        """The spelling test of which texts can hold an event (None if the model's rules cannot bound
        the spellings, and then every text is parsed)."""
        from .nlp.attributes import Speller

        return TriggerPrefilter.from_lexicon(self.lexicon, Speller(self.nlp))

    def code(self, article: Article) -> list[Event]:
        return next(self.code_many([article]))[1]

    def warm_up(self) -> None:
        """Build now what coding would build on first use, for a process about to code many articles
        (`eventlens run` workers do this as the cluster starts, while the corpus is being read): the
        model, lexicons, gazetteer and prefilter (coding a tiny article), the actor tables' tokenizer
        (a blank spaCy English, 0.3-0.7 s) and the date fallback's tables (dateparser, 0.7-0.9 s).
        Only caches fill: no later answer changes."""
        from .actors.tables import english_tokenizer
        from .when.normalize import warm_fallback

        self.code(Article(article_id="eventlens-warm-up", text="The minister met the ambassador."))
        english_tokenizer()
        warm_fallback()

    def code_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code a stream of articles, parsing many short ones per `nlp.pipe` batch (most news items
        are far shorter than a batch) while a batch never holds more than `batch_chars` characters,
        which bounds memory whatever the input (long texts arrive as chunks)."""
        coded_date = datetime.now(UTC).date().isoformat()
        events: list[Event] = []
        sent_offset = 0
        for batch in self._batches(articles):
            whole = all(chunk.offset == 0 and last for _, chunk, last in batch)
            docs = self.parse([chunk.text for _, chunk, _ in batch], batch_size=len(batch), whole=whole)
            for (article, chunk, last), doc in zip(batch, docs, strict=True):
                if chunk.offset == 0:
                    events, sent_offset = [], 0
                events += self._code_doc(doc, article, chunk.offset, sent_offset, coded_date)
                if last:
                    yield article, events
                else:  # later chunks number their sentences after this one's
                    sent_offset += sum(1 for _ in doc.sents)

    def _batches(self, articles: Iterable[Article]) -> Iterator[list[tuple[Article, _Chunk, bool]]]:
        """(article, chunk, is_last_chunk) in batches; an article's chunks never straddle two batches,
        so its events are complete when its last chunk is coded."""
        batch: list[tuple[Article, _Chunk, bool]] = []
        size = 0
        for article in articles:
            chunks = split_text(article.text, self.settings.max_chunk_chars)
            if batch and (size + len(article.text) > self.settings.batch_chars or len(batch) >= self.settings.batch_size):
                yield batch
                batch, size = [], 0
            if len(chunks) > 1:  # a long article is coded alone, chunk by chunk
                if batch:
                    yield batch
                    batch, size = [], 0
                for k, chunk in enumerate(chunks):
                    yield [(article, chunk, k == len(chunks) - 1)]
                continue
            batch.append((article, chunks[0], True))
            size += len(article.text)
        if batch:
            yield batch

    def code_docs(self, pairs: Iterable[tuple[Article, Doc]], coded_date: str | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """Code already-parsed docs (used when the caller batches `nlp.pipe` over many articles)."""
        coded_date = coded_date or datetime.now(UTC).date().isoformat()
        for article, doc in pairs:
            yield article, self._code_doc(doc, article, 0, 0, coded_date)

    # ------------------------------------------------------------------ one document
    def _code_doc(self, doc: Doc, article: Article, char_offset: int, sent_offset: int, coded_date: str) -> list[Event]:
        with docmemo.coding(doc):  # the doc's entities are built once for all stages (`eventlens.docmemo`)
            return self._code_doc_memo(doc, article, char_offset, sent_offset, coded_date)

    def _code_doc_memo(self, doc: Doc, article: Article, char_offset: int, sent_offset: int,
                       coded_date: str) -> list[Event]:
        if not doc.has_annotation("DEP"):
            return []  # skipped by `parse`: no token is spelled like a trigger word (or empty text)
        candidates = find_events(doc, self.lexicon, self.cues)
        if not candidates:
            return []
        memory = self.resolver.start_article(doc)
        # The countries and regions the article is about, for its event places: its toponyms resolved
        # together plus its demonyms and seats of power (`where.locate.article_focus`; measured on LGL and
        # GeoVirus against the actor tables' country counts: country 0.781 -> 0.835 and 0.865 -> 0.877).
        # Computed once, when the first event gets as far as needing a place.
        focus = _once(lambda: article_focus(doc, self.gazetteer, self.resolver, names=memory.names))
        sents = list(doc.sents)
        year_hint = _year_hint(article)
        events: list[Event] = []
        placed: list[tuple[Event, EventCandidate]] = []
        sentence_cues: dict[int, tuple] = {}
        for cand in candidates:
            sent = sents[cand.sentence]
            defaulted: set[int] = set()
            actors = _share_stated_country(self._resolve(doc, cand.actors, memory, defaulted), defaulted)
            r_defaulted: set[int] = set()
            stated = _once(lambda c=cand: self.resolver.stated_countries(
                [doc[a.start:a.end] for a in c.actors], memory))
            resolved_recipients = self._resolve(doc, cand.recipients, memory, r_defaulted, people=True)
            recipients = [r for r in resolved_recipients
                          if not _same(r, actors) and not self._bare_place(r)
                          and not own_side_recipient(r, actors, cand.type, memory, stated)]
            bare_places = [r for r in resolved_recipients if not _same(r, actors) and self._bare_place(r)]
            unborrow_focus(actors, defaulted, recipients, r_defaulted, cand, memory)
            act_sectors(actors, cand.type, cand.mode, doc[cand.trigger].lemma_.lower(), memory)
            nobody = not actors and not recipients
            if nobody and (cand.type not in ACTORLESS_TYPES or cand.modality.value not in {"asserted", "reported"}
                           or cand.type == "CONCEDE" and not _lifts_a_measure(cand, doc, self.cues)
                           or cand.type == "RETREAT" and (cand.mode != "ceasefire" or roles.onset_verb_of(doc[cand.trigger]) is None)):
                continue  # nobody named: a topic, not an event
            if not actors and cand.modality.value in {"hypothetical", "future"}:
                continue  # an unrealised act with no one to do it says nothing
            if cand.entry.actor_sector and not any(
                a.sector in cand.entry.actor_sector or set(a.other_sectors) & cand.entry.actor_sector
                or (a.kind == "country" and cand.entry.actor_sector & {"GOV", "MIL"}) for a in actors
            ):
                continue
            if cand.sentence not in sentence_cues:  # computed once per sentence
                strong_cue, weak_cue = discard_domains(sent, self.cues)
                # the political cue only matters against a domain cue: most sentences have none
                sentence_cues[cand.sentence] = (strong_cue, weak_cue,
                                                bool(strong_cue or weak_cue) and political_cue(sent, self.cues))
            strong, weak, political = sentence_cues[cand.sentence]
            # a labour or hunger strike is a protest whatever the trade or the prices it is about ("truck drivers
            # went on strike over fuel prices", "miners at the copper mine walked off the job")
            unambiguous_protest = cand.type == "PROTEST" and (doc[cand.trigger].lemma_.lower() in UNAMBIGUOUS_PROTEST
                                                              or cand.mode in STRIKE_MODES)
            if strong and not political and not unambiguous_protest and not any(
                    self._political(a, sent) for a in actors + recipients):
                continue  # strong sport/business/entertainment cue and nothing political
            # (a weak cue does not undo an unambiguous protest by people other than businesses either: "truck drivers
            # blocked roads to protest fuel prices", not "shareholders protested the merger")
            if weak and not political and not (cand.type == "PROTEST" and cand.mode in STRIKE_MODES) \
                    and not (unambiguous_protest and actors and not any(a.sector == "BUS" for a in actors)) \
                    and not any(_political(a) for a in actors + recipients):
                continue
            if cand.type == "CONSULT" and not any(_official(a) or _known_person(a) for a in actors) and not any(
                    _official(r) and r.kind != "country" for r in recipients) and not (
                    any(a.kind == "person" and a.name for a in actors)
                    and (cand.mode != "visit" or bool(recipients) or _named_people(actors) >= 2
                         or political_cue(sent, self.cues))):
                # "a pilgrim who visited Israel": a place visited does not make a visit political; s19: nor does the
                # visit of one named person of no known country or sector with no one and nowhere visited (an actor's
                # visit to a fan convention, a site's reporter visiting a stall), unless the sentence is about politics
                # (a context cue). Talks and meetings of named people stay (leaders are often named bare: "Merkel
                # spoke by phone with Obama"), and so does a named person visiting a country ("Merkel visited Portugal").
                continue
            if cand.type == "SUPPORT" and not recipients and _issue_stance(doc[cand.trigger]):
                continue  # s22b: "the mayor has supported LGBT rights": a stance on an issue, no party supported
            if cand.type == "SUPPORT" and not actors and _agentless_passive(doc[cand.trigger]):
                continue  # s23: "he was widely praised": praise received from nobody named is a situation, not an act
            if cand.type == "CONSULT" and _press_contact(actors + recipients):
                continue  # s22b: "the minister talked with reporters": an interview, not a meeting of parties
            if cand.type == "AID" and doc[cand.trigger].lemma_.lower() in FOREIGN_ONLY_AID_VERBS and not any(
                    r.country and r.country not in {a.country for a in actors} for r in recipients):
                continue  # s22: "the army trained its soldiers": no other country's forces are helped
            if cand.type == "AID" and not actors and doc[cand.trigger].lemma_.lower() in SELF_EVIDENT_AID_VERBS:
                continue  # s19: "was evacuated to a hospital", "thousands were evacuated ahead of the storm": nobody aids
            if cand.type == "ASSAULT" and not any(_can_attack(a) for a in actors) and disaster_cue(sent, self.cues):
                continue  # "floods claimed 150 lives", "cholera kills 51": deaths, not an attack
            if cand.type == "ACCUSE" and cand.mode == "investigate" and inquiry_into_disaster(doc[cand.trigger], self.cues):
                continue  # s19: "ordered an investigation into the stampede": an inquiry into an accident accuses nobody
            if cand.type == "ASSAULT" and not any(_can_attack(a) for a in actors) \
                    and disaster_toll(sent, doc[cand.trigger], self.cues) \
                    and (disaster_title(article.title, self.cues) or _after_disaster(sent, self.cues)):
                # s17 events: "twenty people have been confirmed killed" under a hurricane's title: its toll;
                # s19: so too right after a sentence about the disaster ("A dam burst in the floods. Most of the
                # people killed were farmers.")
                continue
            if cand.type == "ASSAULT" and _personal_quarrel(doc[cand.trigger], actors + recipients):
                continue  # s17 events: "the Oval Office clash between the two presidents" is a row, not fighting
            if cand.type == "SUPPORT" and doc[cand.trigger].lemma_.lower() in roles.JUSTIFYING_VERBS and not any(
                    r.country and a.country and r.country != a.country for r in recipients for a in actors):
                # "the minister defended his government's decision": self-justification, not support; a side
                # not known to differ ("Lopez defended Mexico's policy", his country unknown) is taken as his own
                continue
            purpose = roles.relief_purpose(doc[cand.trigger], disaster_cue(sent, self.cues)) \
                if cand.type == "MOBILIZE" and cand.entry.pos == "verb" else None
            if purpose is not None:
                # "deployed 50 soldiers to Nigeria to train its troops", "sent troops to help flood victims": forces sent
                # to assist are AID (manual: military and police assistance; mobilizing forces for disaster relief);
                # with no destination named, those helped are the recipients
                cand = _retyped(cand, "AID", None, "070", "forces sent to assist coded as AID (PLOVER manual)")
                helped = roles.helped_party(purpose)
                if not recipients and helped is not None and helped.pos_ in {"NOUN", "PROPN"}:
                    recipients = [r for r in self._resolve(doc, [roles.argument(helped, "object of the purpose")], memory, set(),
                                                           people=True) if not _same(r, actors)]
            if cand.type == "MOBILIZE" and doc[cand.trigger].lemma_.lower() in roles.EXERCISE_NOUNS:
                partners = roles.exercise_partners(doc[cand.trigger], doc[cand.predicate], [doc[a.head] for a in cand.actors])
                for p in self._resolve(doc, partners, memory):
                    if p.country and p.country not in {a.country for a in actors}:
                        # "conducted exercises with Tanzania and Uganda", "the navies of Russia and Vietnam held
                        # exercises": each state named is a party to a joint exercise (s13b coop)
                        actors = [*actors, p]
            if cand.type == "RETREAT" and cand.mode == "withdraw" and actors and all(_civil_body(a) for a in actors) \
                    and not _forces_moved(doc[cand.trigger]):
                # "Amnesty International withdrew from Hungary", "the UN pulled out of Somalia": a body with no forces
                # that takes itself (or its staff, aid or monitors) out of a country is what the manual files under
                # SANCTION withdraw; RETREAT withdraw is for armed forces pulling back
                cand = _retyped(cand, "SANCTION", "withdraw", "166",
                                "a civil body withdrawing itself coded as SANCTION withdraw (PLOVER manual)")
            if cand.type == "COERCE" and cand.mode == "seize" and doc[cand.trigger].lemma_.lower() == "occupy" and actors \
                    and all(a.sector in PROTESTING_SECTORS and not set(a.other_sectors) & ARMED_SECTORS for a in actors):
                # "workers occupied the shipyard", "students occupied the rectorate": civilians holding a building or
                # a square as a protest block access to it (manual PROTEST obstruct); an occupation by a state's forces or
                # armed groups stays COERCE seize
                etype, mode, cameo = self.cues.retypings["obstruct"]
                cand = _retyped(cand, etype, mode, cameo, f"a place occupied by civilians as a protest: {etype} {mode}")
            if _joint_exercise(cand, doc, actors):
                # "Russia and China held naval exercises": the PLOVER manual keeps MOBILIZE for one country's
                # exercise and codes joint ones as COOPERATE; all the parties are actors
                cand, recipients = _as_joint_exercise(cand), []
            # the parties the clause's subject names, before the partners of a joint act join them: "X said Y must
            # cooperate with Z" asks Y, not Z (s22 roles)
            asked = actors
            if cand.joint and recipients and cand.type in {"AGREE", "SUPPORT", "COOPERATE", "RETREAT", "ASSAULT"}:
                actors, recipients = _dedupe(actors + recipients), []
            modality = cand.modality.value
            trigger = doc[cand.trigger]
            own_state = _backshifted_aux(cand) and self._speaker_states_own(cand, doc, actors, memory)
            cand, speaker = _stated_intention(cand, doc, self.scores, own_state)
            modality = cand.modality.value
            if speaker is not None:  # "X said Y must ...": X asks Y
                said_by = self._resolve(doc, [roles.argument(speaker, "speaker")], memory)
                if said_by:
                    actors, recipients = said_by, asked
                    # "warned Tehran that it must stop ...": the pronoun is the one told, not the teller (s22 roles)
                    told = roles.obliged_addressee(doc[cand.predicate]) if len(cand.actors) == 1 else None
                    if told is not None and doc[cand.actors[0].head].dep_ == "nsubj" \
                            and doc[cand.actors[0].head].head.i == cand.predicate:
                        recipients = self._resolve(doc, [roles.argument(told, "the one told of the obligation")], memory,
                                                   people=True) or recipients
            if modality in {"asserted", "reported"} and _past_tenure(trigger):
                modality = "historical"  # s19: "agreed under former President X": an earlier term, not the news
            if modality in {"asserted", "reported"} and _past_decade(trigger, article.published):
                modality = "historical"  # s20: "were expelled in the 1960s": a decade long gone, not the news
            when = resolve_event_date(sent, trigger, article.published, modality, year_hint)
            if modality in {"asserted", "reported"} and (_is_historical(when.date, when.precision, article.published) or (
                    when.date is None and when.text and long_ago(when.text) == 0 and article.published is not None)):
                modality = "historical"  # s22: "convicted years ago" has no year, but lies years back
            if modality == "asserted" and _scheduled(doc[cand.predicate] if cand.predicate >= 0 else trigger, when.date,
                                                     when.precision, article.published):
                modality = "future"  # s19: "the minister flies to Cairo on Friday and then visits Amman": a schedule
            arg_tokens = [doc[a.head] for a in cand.actors + cand.recipients]
            loc = locate_event(sent, trigger, arg_tokens, focus(), self.gazetteer)
            if nobody and (loc is None or not loc.country):
                continue  # "riots broke out" needs a place to be an event an analyst can use
            housed = False
            if loc is None and not any(a.country for a in actors + recipients) and not any(
                    a.name and a.kind in {"person", "organization"} for a in actors + recipients) and not any(
                    a.sector in STRICT_POLITICAL_SECTORS | UNPLACED_ACTOR_SECTORS.get(cand.type, set()) for a in actors) and not (
                    cand.type in TARGETED_TYPES and any(r.sector in STRICT_POLITICAL_SECTORS for r in recipients)):
                # no who and no where that an analyst could place: "the children fought"; an actor of a
                # political sector is still someone ("the rebels demanded ...", "soldiers arrested 12 men")
                if (home := _nonstate_home(actors, recipients, focus())) is not None:
                    housed = _house_nonstate(actors, recipients, home)
                else:
                    continue
            # the parties the text names, before a place acted on joins them as a recipient
            named_parties = {t for a in (*actors, *recipients) for t in (a.text, a.name) if t}
            moved = _relocate_borrowed(recipients, r_defaulted, actors, loc)
            recipients, placed_recipient = self._place_recipients(
                cand, actors, recipients, loc, doc, [] if resolved_recipients else cand.recipients)
            if placed_recipient and bare_places:
                self._name_the_place_acted_on(recipients, bare_places, loc)
            placed_recipient = placed_recipient or moved
            mode = _refine_mode(cand, actors)
            if cand.type == "CONSULT" and not roles.mediates(cand.entry):  # a mediator is neither host nor partner
                actors, recipients, mode = _consult_roles(actors, recipients, mode, loc, named_parties)
            attributed = None
            if cand.modality.attributed_to:
                s, e = cand.modality.attributed_to
                attributed = doc[s:e].text
            event = self._record(doc, article, cand, sent, actors, recipients, mode, modality, attributed,
                                 when, loc, char_offset, sent_offset, coded_date)
            if placed_recipient:
                event.explanation += "; recipient country: none stated, so the country of the event location"
            if housed:
                event.explanation += "; actor country: none stated, so the country the article is about"
            unfocused = _unfocus_placed(event, cand.type, loc, defaulted)
            _place_actors(event, cand.type, loc, self.resolver.tables.sectors.envoys)
            for a, country in unfocused:
                a.country = a.country or country  # not placed after all: the focus as before
            if loc is None:
                # no place in the sentence: the country the article is about, when it fixes one and nothing in
                # the sentence points elsewhere; set after the parties, whose countries it does not touch (s17 where)
                event.event_loc = article_country(sent, focus(), self.gazetteer,
                                                  [a.country for a in (*event.actor, *event.recipient)])
                if event.event_loc is not None:
                    event.explanation += "; place: none in the sentence, so the country the article is about"
            events.append(event)
            placed.append((event, cand))
        adoptions = _rank_governed(doc, placed)
        return _merge_same_sentence([e for e in events if not any(e is a for a in adoptions)])

    def _place_recipients(self, cand: EventCandidate, actors: list[Actor], recipients: list[Actor],
                          loc, doc: Doc | None = None, unresolved: list | tuple = ()) -> tuple[list[Actor], bool]:
        """Nobody with a country on the receiving end: people and groups named without one are of the
        country where it happens ("beat a religious leader in Kansas"); if nobody is named, the event
        falls on that country ("lifted the curfew in Montenegro"), as PLOVER's coders do. Not when the
        place is the actor's own name ("Iran refused ..."), nor for cooperation aimed outward at the
        actor's own country. `unresolved`: the recipient arguments of the text when none of them resolved
        to an actor (people the tables cannot place stay the recipient, of the place's country, rather
        than the place). Returns the recipients and whether the place supplied a country."""
        if loc is None or not loc.country or any(r.country for r in recipients):
            return recipients, False
        if loc.text and any(loc.text == a.text or loc.text == re.sub(r"^the\s+", "", a.text or "", flags=re.I)
                            for a in actors):  # "The DPRK is threatening ...": not a threat to itself
            return recipients, False
        if cand.type in OUTWARD_TYPES and any(a.country == loc.country for a in actors):
            return recipients, False
        # "Ethiopia and Eritrea signed a peace deal in Algiers": where two states settle something
        # between themselves is the venue, not a party
        # (a meeting too: "Serbia and Kosovo held talks in Brussels"; not a visit, whose place is the host's) (s15)
        if not recipients and (cand.type in JOINT_VENUE_TYPES or cand.type == "CONSULT" and cand.mode != "visit") \
                and len({a.country for a in actors if a.country}) > 1:
            return recipients, False
        # an unnamed armed body ("a military base", "the army checkpoint") is the one of the place too
        local = [r for r in recipients if (r.kind in {"person", "group", "unknown"}
                 or r.kind == "organization" and not r.name and r.sector in ARMED_SECTORS) and not _nonlocal(r, loc)]
        for r in local:
            r.country = loc.country
        if not local and any(not r.country and r.kind in {"group", "unknown"} and uprooted_phrase(r.text or "")
                             for r in recipients):
            # "the coast guard held 60 migrants at a port in Malta": the text names whom the act falls on; the
            # host country is neither theirs nor a party to it
            return recipients, False
        # "The Prime Minister of Pakistan condemned ...": the place names whose minister it is, so the
        # country is not also the party acted on ("Police in Karachi arrested ..." is a location)
        if not local and loc.text and any(a.country == loc.country and _names_own_place(a.text or "", loc.text)
                                          for a in actors):
            return recipients, False
        # "A court in Berlin rejected an extradition request", "officials in Nairobi condemned the report": a
        # place that only says where the one speaking is, is not whom the words are aimed at (acts done in
        # a place still fall on it: "police in Lagos raided a warehouse", "lifted the curfew in X") (s15)
        if not local and loc.text and cand.type in WORDS_AT_OTHERS and any(
                a.country == loc.country and _locates_actor(a.text or "", loc.text) for a in actors):
            return recipients, False
        if not recipients and unresolved and doc is not None:
            # "The two parents were arrested in Texas", "he was jailed in Nuku'alofa", "killing four in Paris": the
            # people the text names are the recipient, of the place's country, not the place itself (s17 roles)
            # (not the protesters themselves: "A student group protested outside parliament", where the small
            # model hangs the intransitive verb on the group as a passive participle)
            trig = doc[cand.trigger]
            people = [a for a in unresolved if roles.names_someone(doc[a.head], cand.type in TARGETED_TYPES)
                      and not (cand.type == "PROTEST" and trig.dep_ == "acl" and trig.head.i == a.head)]
            if people:
                return [Actor(text=doc[a.start:a.end].text, country=loc.country,
                              kind="person" if doc[a.head].tag_ in {"PRP", "NN", "NNP"} else "group",
                              start=doc[a.start].idx, end=doc[a.end - 1].idx + len(doc[a.end - 1])) for a in people], True
        if not local and not (recipients and cand.type in OTHER_PARTY_TYPES):
            # a named party of words is not joined by the country where they were said ("X blamed the Y
            # administration ..., and said Z hopes": Z is the speaker's side)
            recipients = recipients + [Actor(text=loc.text or loc.name or loc.country, country=loc.country,
                                             name=self.resolver.tables.country_name(loc.country), kind="country")]
        return recipients, True

    def _name_the_place_acted_on(self, recipients: list[Actor], bare_places: list[Actor], loc) -> None:
        """'threatened to shell X, the airfield north of Y': the country of the event's place stands in
        for the recipient, but the place the act names as its object, in that same country, is the text the
        recipient was written as (X, not the town Y the location came from). Only the text and offsets change (s14
        spans)."""
        placed = recipients[-1] if recipients else None
        if placed is None or placed.kind != "country" or placed.country != loc.country or placed.start is not None:
            return
        for r in bare_places:
            if r.text and r.start is not None and any(p.country == loc.country for p in self.gazetteer.lookup(r.text)):
                placed.text, placed.start, placed.end = r.text, r.start, r.end
                return

    def _resolve(self, doc: Doc, args, memory, focus_defaulted: set[int] | None = None,
                 people: bool = False) -> list[Actor]:
        """Actors for argument spans; ids of actors whose country only came from the article's focus
        (the phrase names no country) are added to `focus_defaulted`. With `people`, a phrase naming people
        the sector tables do not know ("released 19 Christians") counts as informative."""
        out: list[Actor] = []
        for a in args:
            span = doc[a.start:a.end]
            named = any(t.ent_type_ in NAMED_LABELS for t in span) or people and roles.names_people(doc[a.head])
            found = [x for x in self.resolver.resolve(span, memory) if _informative(x, named)]
            head = doc[a.head]
            if not found and head.pos_ == "PRON" and head.lower_ in PRONOUNS:
                # "The rebels said they will release ...": a pronoun in what someone says is the speaker
                from .events.modality import speaker

                who = speaker(head.head) if head.dep_ in {"nsubj", "nsubjpass", "poss"} else None
                # "Officials said he was accused ...": a singular pronoun is not a plural speaker
                if who is not None and who.i != head.i and not (
                        head.lower_ in {"he", "his", "she", "her", "it", "its"} and who.tag_ in {"NNS", "NNPS"}) \
                        and not _quoted_third_person(head, who):
                    arg = roles.argument(who, "speaker")
                    w_span = doc[arg.start:arg.end]
                    w_named = any(t.ent_type_ in NAMED_LABELS for t in w_span)
                    found = [x for x in self.resolver.resolve(w_span, memory) if _informative(x, w_named)]
            if not found and (pair := PAIR_PHRASE.match(span.text)):
                # "Armenia and Azerbaijan ... urged both sides to stop": the two states named together before
                n = pair["n"]
                found = _named_pair(doc, span, memory, self.resolver,
                                    2 if n is None else GROUP_SIZES.get(n.lower()) or int(n))
            stated: bool | None = None  # read only when an actor could have its country from the focus
            for actor in found:
                if not _same(actor, out):
                    if focus_defaulted is not None and actor.country and actor.kind in {"group", "organization", "unknown"}:
                        if stated is None:
                            # the country came from the article's focus, not from the phrase ("border personnel")
                            # ("the country's lawmakers" refers back to a country named before: stated too)
                            # (not a place the people are in: "six militants in North Waziristan" names where, not whose)
                            stated = any(t.ent_id_ or t.ent_type_ in NAMED_LABELS or t.pos_ == "PRON"
                                         or (t.dep_ == "poss" and t.lemma_.lower() in COUNTRY_BACKREF_NOUNS)
                                         for t in span if not _in_place_phrase(t, head))
                        if not stated:
                            focus_defaulted.add(id(actor))
                    out.append(actor)
        return out

    def _speaker_states_own(self, cand: EventCandidate, doc: Doc, actors: list[Actor], memory) -> bool:  # noqa: ANN001
        """s23 types: the act's subject is the speaker's own state, named ("the Turkish president said Turkey would
        impose sanctions", "Ghana's foreign minister said the government could expel the envoy"): every resolved
        actor is a country or a government body of one country, and the speaker is an office-holder or body of
        government or armed forces (OWN_STATE_SECTORS) of that country. A speaker of another state, an analyst or
        a party politician out of office predicts ("Erdogan said Russia would ...")."""
        from .events.modality import speaker

        pred = doc[cand.predicate]
        who = speaker(pred)
        if who is None or not actors or not any(c.dep_ == "nsubj" for c in pred.children):
            return False
        countries = {a.country for a in actors}
        if len(countries) != 1 or None in countries or not all(
                a.kind == "country" or a.sector in OWN_STATE_SECTORS for a in actors):
            return False
        said_by = self._resolve(doc, [roles.argument(who, "speaker")], memory)
        return bool(said_by) and all(
            a.country in countries and a.kind != "country" and (a.sector in OWN_STATE_SECTORS or set(a.other_sectors) & OWN_STATE_SECTORS)
            for a in said_by)

    def _bare_place(self, a: Actor) -> bool:
        """'deployment into Central Asia': a region or city without a government is where, not whom. A phrase
        the resolver reads as a person is someone, though a town bears the name ("urged Kim to ...", "met
        Lincoln": many surnames are also places in the gazetteer; s22 roles); a pronoun is not named by itself."""
        named_person = a.kind == "person" and bool(a.text) and a.text.lower() not in ALL_PARTY_PRONOUNS
        return not a.country and not a.sector and not named_person and bool(a.text and self.gazetteer.lookup(a.text))

    def _political(self, a: Actor, sent: Span) -> bool:
        """A participant that makes a sport/business/entertainment sentence political: an office,
        institution or armed group, not a place name standing for a team or a city ("Madrid's defence")."""
        if a.sector not in STRICT_POLITICAL_SECTORS or a.kind == "country":
            return False
        return not (a.text and self.gazetteer.lookup(a.text))

    def _record(self, doc, article, cand: EventCandidate, sent: Span, actors, recipients, mode, modality,
                attributed, when, loc, char_offset, sent_offset, coded_date) -> Event:
        toks = [doc[i] for i in cand.trigger_tokens]
        t_start = min(t.idx for t in toks) + char_offset
        t_end = max(t.idx + len(t) for t in toks) + char_offset
        s_start = sent.start_char + char_offset
        trigger_text = article.text[t_start:t_end]
        for a in actors + recipients:
            if a.start is not None:
                a.start += char_offset
                a.end += char_offset
        confidence = _confidence(cand, actors, recipients, modality)
        explanation = (
            f"trigger '{trigger_text}' matched lexicon entry {cand.entry.group}:'{cand.entry.phrase}' -> "
            f"{cand.type}{'/' + mode if mode else ''} (CAMEO {cand.cameo}); pattern: {cand.pattern}; "
            f"actor: {', '.join(a.via for a in cand.actors) or 'none'}; "
            f"recipient: {', '.join(a.via for a in cand.recipients) or 'none'}; "
            f"modality {modality}{' (' + cand.modality.cue + ')' if cand.modality.cue else ''}"
        )
        return Event(
            id=event_id(article.article_id, s_start, t_start, t_end, cand.type),
            article_id=article.article_id,
            event=cand.type,
            mode=mode,
            context=cand.context,
            actor=actors,
            recipient=recipients,
            date=when.date,
            date_precision=when.precision,
            date_text=when.text,
            event_loc=loc,
            modality=modality,
            attributed_to=attributed,
            size=cand.size,
            text=docmemo.text(sent),
            text_info=TextInfo(sentence=cand.sentence + sent_offset, start=s_start, end=sent.end_char + char_offset,
                               trigger=trigger_text, trigger_start=t_start, trigger_end=t_end),
            cameo=cand.cameo,
            quad_code=self.scores.quad(cand.type),
            goldstein=self.scores.goldstein_for(cand.cameo),
            plover_score=self.scores.plover(cand.type, mode),
            confidence=confidence,
            explanation=explanation,
            coder=self.coder,
            coded_date=coded_date,
            cite_info=CiteInfo(publication=article.publication, title=article.title, url=article.url,
                               published=article.published.isoformat() if article.published else None,
                               sources=list(article.sources)),
        )


# Cooperation aimed at someone else: "Iran will offer help" made in Iran is not aimed at Iran, so the
# place's country becomes the recipient only when it is not the actor's own.
OUTWARD_TYPES = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "REQUEST"}
# Protest words with no sports or business sense: a protest staged near a stadium is still a protest
# ("rally", "strike" and "march" have other senses and stay subject to the domain discards; a strike coded
# as a labour or hunger strike does not: STRIKE_MODES).
UNAMBIGUOUS_PROTEST = WORDS["unambiguous_protest"]
# PROTEST modes that a domain cue does not undo: the work stoppage or fast is the act, whatever the domain.
STRIKE_MODES = frozenset({"strike", "hunger"})
# Who can carry out an attack; an ASSAULT in a disaster sentence needs one of them as actor.
ARMED_SECTORS = {"MIL", "REB", "COP", "PRM", "CRM", "SPY", "UAF", "GOV"}
# A place's own organs that act on people where they are (police, authorities, courts): see _relocate_borrowed.
PLACE_ORGAN_SECTORS = frozenset({"COP", "GOV", "JUD"})
# Besides the political sectors, the actors that make an unplaced event with no country still an event
# of its type: gunmen or gangs attacking, protesters, workers, students or farmers protesting.
# (session 15 ngec: an armed group laying down its arms or pulling back is a RETREAT as much as its attack is an
# ASSAULT: "militia lays down arms", "rebels withdraw from the town")
UNPLACED_ACTOR_SECTORS = {"ASSAULT": ARMED_SECTORS, "PROTEST": {"CVL", "LAB", "EDU", "MED", "AGR", "NGO", "REL"},
                          "RETREAT": ARMED_SECTORS}
# Types of acts done to someone whose target of a political sector makes the act an event even unplaced
# ("local opposition leader beaten", "the mayor was detained"): the same rule as an actor of such a sector
# (session 15 ngec).
TARGETED_TYPES = {"ASSAULT", "COERCE"}
# Types that are still events when the text names no participant but places them ("clashes erupted
# in Aden", "a curfew was imposed in Kenya", "eight were killed in a blast in Cairo", "the curfew was
# lifted in Mombasa": CONCEDE only when a coercive measure is lifted, see `_lifts_a_measure`; RETREAT only
# for a ceasefire that an onset verb says took effect, the manual's "observing a ceasefire": "a truce took
# hold in Sarajevo", not "an agreement to maintain a ceasefire").
ACTORLESS_TYPES = {"PROTEST", "ASSAULT", "COERCE", "CONCEDE", "RETREAT"}


# ---------------------------------------------------------------------- helpers (pure)
# Words and dealings aimed at another party (OTHER_PARTY_TYPES less the acts that can be done to a place:
# conceding, sanctioning, withdrawing): where the actor stands is not whom they are aimed at.
WORDS_AT_OTHERS = OTHER_PARTY_TYPES - {"CONCEDE", "SANCTION", "RETREAT"}
# Types whose parties act together: with two countries among the actors, the place is only the venue
JOINT_VENUE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})


# "both sides", "the two countries": the two parties named together before (s15); "all three nations", "the
# four countries": the states of a list of that many named together before (s18)
PAIR_PHRASE = re.compile(r"(?i)^(?:both|the two|the 2|(?P<all>all|all the|the) (?P<n>three|four|five|six|[3-6]))\s+"
                         r"(?:sides|countries|nations|parties|governments|states|neighbou?rs)$")
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}
# What may stand between two names of one list: "Russia, China and Iran", "Kenya, Uganda, and the DRC".
LIST_JOINS = frozenset({",", "and", ", and", "and the", ", the", ", and the"})
# Where the two parties are looked for: the phrase's own sentence (before it) and the two before it.
PAIR_SENTENCES_BACK = 2


def _placed_pair(t: Token) -> bool:
    """Is the name inside a place phrase ("clashes in Chad and Sudan", "the border with Chad and Sudan")?"""
    for _ in range(6):
        if t.dep_ == "prep" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "prep" and (t.lower_ in WHERE_PREPS | {"along", "within", "into", "over", "through", "via"}
                                 or t.lower_ == "with" and t.head.lemma_.lower() in {"border", "frontier"})


def _named_pair(doc: Doc, span: Span, memory, resolver, size: int = 2) -> list[Actor]:
    """The `size` states a pair or group phrase refers back to: the nearest list of exactly that many country names
    (or demonyms, capitals) written as a coordination ("Armenia and Azerbaijan", "between Sudan and South Sudan",
    "Turkish and Greek officials", "Russia, China and Iran") before the phrase, in its sentence or the two before.
    Nothing when none is found: a bogus pair is worse than none. The actors keep the phrase's text and offsets,
    one per state."""
    sents = list(doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= span.start < s.end), None)
    if here is None:
        return []
    lo = sents[max(0, here - PAIR_SENTENCES_BACK)].start
    names = sorted((m for m in memory.names if m.entry.kind in {"country", "demonym", "capital"} and m.entry.code
                    and lo <= m.start and m.end <= span.start), key=lambda m: m.start)
    for run in reversed(_name_lists(doc, names)):
        if len(run) != size or len({m.entry.code for m in run}) != size:
            continue
        if any(s.start <= run[0].start < s.end and run[-1].end > s.end for s in sents) or _placed_pair(doc[run[0].end - 1]):
            continue  # not across a sentence end, nor places ("near the border with Chad and Sudan")
        out = []
        for m in run:
            found = resolver.resolve(doc[m.start : m.end], memory)
            if len(found) != 1 or found[0].country != m.entry.code:
                return []
            x = found[0]
            x.text, x.start, x.end = span.text, span.start_char, span.end_char
            out.append(x)
        return out
    return []


def _name_lists(doc: Doc, names: list) -> list[list]:
    """The names as runs written as one list: "A and B", "A, B and C" (the last join an "and"; a run of two
    needs it: "Kenya, Uganda" alone is no list)."""
    runs: list[list] = []
    for m in names:
        last = runs[-1][-1] if runs else None
        if last is not None and doc[last.end : m.start].text.strip().lower() in LIST_JOINS:
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        # a list ends with "and": cut what follows the last "and" join ("A and B, C" is the list "A and B")
        ands = [k for k in range(1, len(run)) if "and" in doc[run[k - 1].end : run[k].start].text.lower().split()]
        if ands:
            out.append(run[: ands[-1] + 1])
    return out


def _lifts_a_measure(cand: EventCandidate, doc: Doc, cues) -> bool:
    """A concession with nobody named is an event only when what it ends is a coercive measure
    ("curfew lifted in Mombasa"), not any ban or restriction ("speed restrictions lifted")."""
    return any(doc[a.head].lemma_.lower() in cues.lifted_measures or doc[a.head].lower_ in cues.lifted_measures
               for a in cand.recipients)


_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|around|over|within|along|from)$")


def _names_own_place(actor_text: str, place: str) -> bool:
    """The place is part of the actor's own name ("Prime Minister of Pakistan", "Pakistan's army"), not a
    location phrase inside it ("police in Karachi", "troops at Kandahar")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", actor_text):
        if not _WHERE_BEFORE.search(actor_text[: m.start()].rstrip().lower()):
            return True
    return False


def _locates_actor(actor_text: str, place: str) -> bool:
    """The place is a location phrase inside the actor's phrase ("a court in Berlin", "officials in
    Nairobi"): it says where the actor is."""
    return any(_WHERE_BEFORE.search(actor_text[: m.start()].rstrip().lower())
               for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", actor_text))


def _place_actors(event: Event, etype: str, loc, envoys: frozenset[str] = frozenset()) -> None:
    """Countries from the event's place, set after scoring so that an inferred country does not raise
    the confidence. People and groups acting with no country ("insurgents beheaded two officials near
    Kalat", "ethnic Albanians demonstrated in Serbia": the resolver gives an ethnicity no country of
    its own), and police or security forces named by a common noun ("Police in Karachi arrested ..."), are
    of the place's country, except in outward types (a visitor is not from the place
    visited) and for holders of a state office, who belong to their own state."""
    if loc is None or not loc.country:
        return
    # "Obama and Putin will attack Iraq": a person acting on the country that is the place is not from it
    target = any(r.start is not None and r.kind == "country" and r.country == loc.country for r in event.recipient)
    # nor is one acting on the place's envoy ("X expelled two American diplomats": a state expels, summons or
    # receives another state's envoys; sectors.yaml `envoys`; session 16)
    target = target or any(r.start is not None and r.country == loc.country and r.kind in {"person", "group"}
                           and any(w in envoys or w.removesuffix("s") in envoys
                                   for w in (x.strip(".,'’").lower() for x in (r.text or "").split()))
                           for r in event.recipient)
    placed = [a for a in event.actor if not a.country
              and (a.kind in {"group", "person", "unknown"} or (a.kind == "organization" and a.sector == "COP"))
              and etype not in OUTWARD_TYPES and not _officeholder(a) and not _nonlocal(a, loc)
              and not (etype in {"RETREAT", "MOBILIZE"} and a.sector in {"MIL", "PRM"})  # troops move abroad
              and not (target and a.kind in {"person", "unknown"})]
    for a in placed:
        a.country = loc.country
    if placed:
        event.explanation += "; actor country: none stated, so the country of the event location"


def _unfocus_placed(event: Event, etype: str, loc, defaulted: set[int]) -> list[tuple[Actor, str]]:
    """'A gunman shot shoppers at a store in Texas' in an article that names Mexico most: an unnamed group whose
    country only came from the article's focus, acting in a place the sentence puts in another country, is not
    the focus country's; `_place_actors` then gives it the place's country where it gives one to a group that
    states none (s18). Returns the groups unset with their focus country, for the caller to restore when the
    place gives none. Not a body named before ("the group" that is al-Shabaab, coded IMG), an organisation
    ("the government" of the article's state acts abroad as often as at home), nor troops sent or pulled back."""
    if loc is None or not loc.country or etype in OUTWARD_TYPES | {"MOBILIZE", "RETREAT"}:
        return []
    out = []
    for a in event.actor:
        if id(a) in defaulted and a.country and a.country != loc.country and a.kind in {"group", "unknown"} \
                and not a.name and a.country not in PLOVER_IGO_CODES:
            out.append((a, a.country))
            a.country = None
    return out


def _nonlocal(a: Actor, loc=None) -> bool:  # noqa: ANN001 (a where.Location)
    """An unnamed group the text says is from elsewhere ("foreign journalists", "international monitors", "the US
    and others"): the place it acts in, or the article's country, is not its own (s18). A named body or a person
    ("Foreign Minister X", "the Foreign Ministry") is not meant: "foreign" is then part of the office. Nor a group
    whose own phrase places it ("an international force in Liberia"): PLOVER codes it where it is stationed."""
    if a.kind in {"group", "unknown"} and not a.name and uprooted_phrase(a.text or ""):
        return True  # "migrants in Malta": where migrants are is the host's (actor_words `uprooted_heads`)
    if loc is not None and loc.text and _locates_actor(a.text or "", loc.text):
        return False
    return a.kind in {"group", "organization", "unknown"} and not a.name and says_nonlocal((a.text or "").split())


def _officeholder(a: Actor) -> bool:
    """A person holding a state office ("President Bill Clinton"): of their own state, which the place
    of what they do says nothing about ("imposed sanctions on Kabul")."""
    return a.kind == "person" and a.sector in {"GOV", "MIL", "LEG", "JUD"}


# Prepositions whose phrase says where a party is, not whose it is ("militants in X", "troops near X").
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})


def _in_place_phrase(t: Token, head: Token) -> bool:
    """Is the token inside a place phrase of the argument's head ("six militants [in North Waziristan]")?"""
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in WHERE_PREPS and t.head.i == head.i:
            return True
        t = t.head
    return False


# Organised non-state bodies that speak for their members: clergy, charities and rights groups, unions,
# universities, doctors' bodies. Acting on someone named ("the imam condemned the police"), in an article
# that is about one country, they are that country's (issue 4); vague actors ("sources") have no sector.
ORGANISED_NONSTATE = frozenset({"REL", "NGO", "LAB", "EDU", "MED"})


def _nonstate_home(actors: list[Actor], recipients: list[Actor], focus) -> str | None:
    """The one country an article is about, for an event with no country and no place whose actor is an
    organised non-state body acting on someone named; None when the article weighs two countries alike
    (the runner-up at least half the leader) or names none."""
    if not recipients or not any(a.sector in ORGANISED_NONSTATE for a in actors):
        return None
    weights = {k: v for k, v in (focus or {}).items() if "/" not in k and v > 0 and len(k) == 3}
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if ranked[0][0] in PLOVER_IGO_CODES or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1] / 2):
        return None
    return ranked[0][0]


def _house_nonstate(actors: list[Actor], recipients: list[Actor], home: str) -> bool:
    """Give the article's country to the participants that state none and have a sector (the body acting,
    and a body acted on: "the police", "the government"); people with no sector stay unplaced."""
    housed = False
    for a in actors + recipients:
        if not a.country and a.sector and a.kind != "country" and not _nonlocal(a):
            a.country = home
            housed = True
    return housed


def _relocate_borrowed(recipients: list[Actor], borrowed: set[int], actors: list[Actor], loc) -> bool:
    """'Russian warplanes struck Idlib, killing 21 people': people named without a country took the
    article's focus, which is only that of the state or armed actor acting on them; the event's place in
    another country says whose they are. Returns whether a recipient was moved."""
    if loc is None or not loc.country:
        return False
    moved = False
    for r in recipients:
        # (an unnamed site or body of any sector too: "Russian warplanes bombed a hospital in Idlib")
        if id(r) in borrowed and (r.kind == "group" or r.kind == "organization" and not r.name) \
                and r.country and r.country != loc.country \
                and any(a.country == r.country and (a.kind == "country" or a.sector in ARMED_SECTORS)
                        or a.country == loc.country and a.sector in PLACE_ORGAN_SECTORS and a.kind != "country"
                        for a in actors):
            # (or the place's own police or authorities acted on them there: "Police in Karachi arrested three
            # men suspected of plotting attacks on American targets" took the focus from "American"; session 16)
            r.country = loc.country
            moved = True
    return moved


# Quotation marks as the tokenizer leaves them (straight and curly, double and single-double).
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "„"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _quoted_third_person(pron: Token, speaker: Token) -> bool:
    """'"At night, they picked out ten more people and shot them," the witness said': in a direct quotation a
    speaker names themself in the first person; a third-person pronoun there is someone else, so it does not
    stand for the speaker (reported speech without quotation marks still does: "the rebels said they will
    release ..."). A quotation mark between the pronoun and the speaker marks the quotation (s17 roles)."""
    if pron.lower_ in FIRST_PERSON:
        return False
    lo, hi = sorted((pron.i, speaker.i))
    return any(t.text in QUOTE_MARKS for t in pron.doc[lo + 1 : hi])


def _informative(a: Actor, named: bool) -> bool:
    """Keep participants we can say something about; an unknown but named organisation ("Hamas",
    "the Kifaya group") is kept, a bare common noun with no country or sector is not."""
    return bool(a.country or a.sector or (a.kind in {"person", "organization", "group"} and a.name) or named)


def _official(a: Actor) -> bool:
    """A participant whose meetings and visits are political: a state, an international body, an office,
    party, armed group, religious or elite figure."""
    return (a.kind == "country" or a.country in PLOVER_IGO_CODES or a.sector in STRICT_POLITICAL_SECTORS | {"ELI", "REL", "NGO"}
            or bool(set(a.other_sectors) & STRICT_POLITICAL_SECTORS))


def _after_disaster(sent: Span, cues: Cues) -> bool:
    """The sentence before `sent` speaks of deaths from nature, disease or an accident (`disaster_cue`)."""
    return sent.start > 0 and disaster_cue(sent.doc[sent.start - 1].sent, cues)


# Aid verbs whose passive with nobody named tells a precaution or a patient's transfer, not aid given (s19;
# constructions.yaml `unattributed_aid_verbs`).
SELF_EVIDENT_AID_VERBS = WORDS["unattributed_aid_verbs"]
# Aid verbs that count only with a recipient of another country than the actors' (s22; `foreign_only_aid_verbs`).
FOREIGN_ONLY_AID_VERBS = WORDS["foreign_only_aid_verbs"]


# Heads of the press whose meeting is a consultation of the press, not an interview (s22b; `press_executive_words`).
PRESS_EXECUTIVE_WORDS = WORDS["press_executive_words"]


def _press_contact(parties: list[Actor]) -> bool:
    """A party is a news outlet or a journalist (sector JRN, with no political sector beside it) and none is a head of
    the press: the talk is an interview or a press contact ("talked with reporters", "the paper spoke to lawmakers")."""
    press = [a for a in parties if a.sector == "JRN" and not set(a.other_sectors) & STRICT_POLITICAL_SECTORS]
    return bool(press) and not any(w.lower() in PRESS_EXECUTIVE_WORDS for a in press for w in re.findall(r"[\w-]+", a.text))


# Objects of support that name an issue, not a party (s22b; constructions.yaml `issue_nouns`).
ISSUE_NOUNS = WORDS["issue_nouns"]
SUPPORT_NOUNS = WORDS["support_nouns"]


def _agentless_passive(trigger: Token) -> bool:
    """A verb in the passive with no "by" agent ("he was also praised in the West", "the plan, widely welcomed,
    ..."): the verb form of s19's praise received with no source named."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    passive = any(c.dep_ == "auxpass" for c in trigger.children) or trigger.dep_ == "acl"
    return passive and not any(c.dep_ == "agent" for c in trigger.children)


def _issue_stance(trigger: Token) -> bool:
    """A verb of support whose direct object is an issue noun ("supported LGBT rights", "backs the cause"); s23
    types: also support "for" an issue, said with a verb of stating or as the noun itself ("expressed support for
    same-sex marriage", "voiced backing for abortion rights", "her support for euthanasia")."""
    if trigger.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ISSUE_NOUNS for c in trigger.children):
            return True
        nouns = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in SUPPORT_NOUNS]
    else:
        nouns = [trigger] if trigger.lemma_.lower() in SUPPORT_NOUNS else []
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ISSUE_NOUNS for o in p.children)
        for n in nouns for p in n.children)


def _known_person(a: Actor) -> bool:
    """A named person whose country or sector is known: enough to make their meeting or visit political
    (s19: a named person with neither, such as an actor or a private citizen, is not)."""
    return a.kind == "person" and bool(a.name) and bool(a.country or a.sector or a.other_sectors)


def _named_people(parties: list[Actor]) -> int:
    """How many distinct named persons take part."""
    return len({a.name for a in parties if a.kind == "person" and a.name})


def _can_attack(a: Actor) -> bool:
    """An armed or state participant, who can carry out an attack in a sentence about a disaster. A bare 'it'
    resolved to a country does not count there (s19): in "the typhoon hit Taiwan, where it killed two", 'it' is
    the storm, and a state that killed people is named ("Egypt said it killed 40 militants" names Egypt too)."""
    return a.sector in ARMED_SECTORS or a.kind == "country" and a.text.strip().lower() != "it"


def _political(a: Actor) -> bool:
    return a.sector in POLITICAL_SECTORS or a.kind == "country" or bool(set(a.other_sectors) & POLITICAL_SECTORS)


def _key(a: Actor) -> tuple:
    return (a.name or a.text, a.country)


def _same(a: Actor, others: list[Actor]) -> bool:
    # the same phrase is the same actor, unless it names several countries ("Hungarian and Romanian officials")
    return any(_key(a) == _key(o) or (a.start is not None and a.start == o.start and a.country == o.country) for o in others)


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if not _same(a, out):
            out.append(a)
    return out


def _share_stated_country(actors: list[Actor], focus_defaulted: set[int]) -> list[Actor]:
    """In one event, an unnamed group whose country only came from the article's focus takes the country
    of a co-actor that names its own ("Russia's withdrawal of border personnel": Russian personnel)."""
    stated = {a.country for a in actors if a.country and id(a) not in focus_defaulted}
    if len(stated) == 1:
        (country,) = stated
        for a in actors:
            if id(a) in focus_defaulted:
                a.country = country
    return actors


def _stated_intention(cand: EventCandidate, doc: Doc, scores, own_state: bool = False) -> tuple[EventCandidate, Token | None]:
    """PLOVER returns one category, not category + auxiliary mode. A stated future act of cooperation
    ("X said it will release the prisoners") is AGREE; a stated future act of force or coercion, or any
    stated act with a condition ("will withdraw unless ..."), is THREATEN; "X said Y must ..." is a
    REQUEST from X to Y (returned with X's token). Scheduled events that nobody states ("will meet
    next month") keep their type and modality. `own_state`: the act's subject is the state the speaker
    holds office in ("the Turkish president said Turkey would ..."), stating as "it would" does (s23)."""
    from .events.modality import Modality, announced, conditional, speaker

    none = (cand, None)
    pred = doc[cand.predicate]
    if cand.modality.value == "hypothetical" and cand.modality.cue in {"must", "should", "ought"} and cand.type != "REQUEST":
        who = speaker(pred, messages=True)
        if who is not None:
            return replace(cand, type="REQUEST", mode=None, cameo="100", modality=Modality("asserted", f"'{cand.modality.cue}' in reported speech"),
                           pattern=cand.pattern + f"; '{who.text} said ... {cand.modality.cue} {cand.type}' coded as REQUEST"), who
    if cand.modality.value in {"negated", "hypothetical"} and cand.entry.obj is not None and "@will_not" in cand.entry.obj:
        # "will not tolerate attacks on its borders": the refusal to put up with an act is the warning itself (s14)
        return replace(cand, modality=Modality("asserted", "a stated refusal to tolerate warns"),
                       pattern=cand.pattern + "; 'will not tolerate' is a warning"), None
    if (cand.modality.value == "negated" and scores.quad(cand.type) in (1, 2) and
            any(c.lower_ in {"will", "would", "wo", "shall"} for c in pred.children) and announced(pred)):
        # "said it would not provide aid": a refusal
        return replace(cand, type="REJECT", mode=None, cameo="120", modality=Modality("asserted", f"stated refusal to {cand.type}"),
                       pattern=cand.pattern + f"; stated refusal of {cand.type} coded as REJECT"), None
    if (cand.modality.value == "negated" and cand.type in {"AGREE", "CONCEDE"} and cand.entry.pos == "verb"
            and cand.trigger == cand.predicate and any(c.dep_ == "neg" for c in pred.children)
            and len(cand.actors) == 1 and not any(r.via == "'with' phrase" for r in cand.recipients)
            and not any(c.dep_ == "conj" for s in pred.children if s.dep_ in {"nsubj", "nsubjpass"} for c in s.children)):
        # "Iran did not accept the proposal", "would not back down": one party declining to agree or to
        # yield refuses (CAMEO 12); not two parties failing to agree with each other
        return replace(cand, type="REJECT", mode=None, cameo="120", modality=Modality("asserted", f"declined to {cand.type}"),
                       pattern=cand.pattern + f"; negated {cand.type} coded as REJECT"), None
    quad = scores.quad(cand.type)
    # a stated sanction threatens as a stated use of force does ("said it will impose sanctions on X"), though
    # the quad table counts SANCTION as verbal conflict (scores.yaml)
    coercive = quad == 4 or cand.type == "SANCTION"
    backshifted = (cand.modality.value == "hypothetical" and cand.modality.cue in BACKSHIFTED_AUX | HEDGED_AUX
                   and (coercive or cand.modality.cue == "would") and (_speaker_is_subject(pred) or own_state))
    if cand.type == "REJECT" and (cand.modality.value == "future" or backshifted) and announced(pred):
        # "the union said it will refuse to comply", "Zembla said it would reject any partition plan": a refusal
        # stated is made by stating it (PLOVER REJECT is a verbal act), as a stated "will not" is (above)
        return replace(cand, modality=Modality("asserted", f"stated refusal ({cand.modality.cue or cand.modality.value})"),
                       pattern=cand.pattern + "; a stated future refusal is the refusal"), None
    if (cand.modality.value != "future" and not backshifted) or cand.type in {"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"}:
        return none
    decision = _taken_decision(pred, cand.modality)
    if decision is not None and quad in (1, 2):
        # "the government decided to ease restrictions", "the court has decided to allow X to run": a decision
        # taken is the act of cooperation itself (the manual codes the decision), not a stated intention
        return replace(cand, modality=decision, pattern=cand.pattern + f"; a decision taken to {cand.type} codes the act"), None
    if not announced(pred):
        if coercive and _conditional_warning(pred, cand.modality) is not None:
            # "if X attacks the town, Y will respond with force": force promised on a condition is a warning to
            # whoever must meet it, stated by the sentence itself; the condition's own act is hypothetical and
            # ranks below
            return replace(cand, type="THREATEN", mode=threat_mode(cand.type, cand.mode, doc[cand.trigger].lemma_), cameo="130",
                           modality=Modality("asserted", f"conditional {cand.type}"),
                           pattern=cand.pattern + f"; future {cand.type} on a condition coded as THREATEN"), None
        if cand.type in PLANNED_AS_AGREE and cand.modality.value == "future" and _planned(pred, cand.modality) \
                and not conditional(pred):
            # "Erdogan will meet Putin in Ankara on Monday", "is scheduled to visit Kenya": the manual codes future
            # meetings and visits, and any CONSULT, SUPPORT, COOPERATE or AID in the future tense, as AGREE (the
            # intention is what is reported); not RETREAT or CONCEDE, which stay as they are
            return replace(cand, type="AGREE", mode=None, cameo="030",
                           modality=Modality("asserted", f"planned {cand.type}"),
                           pattern=cand.pattern + f"; planned future {cand.type} coded as AGREE (PLOVER manual)"), None
        return none
    if cand.type in STATED_DEPLOYMENTS and pred.lemma_.lower() in DEPLOY_VERBS and not conditional(pred) \
            and not _force_vowed(pred) and not _sent_against(pred):
        # "Zembla said it will send troops in support of the government", "announced that its navy would patrol the
        # strait with two more frigates": a stated plan to move one's own forces warns nobody (THREATEN needs a coercive warning,
        # manual); it stays a future deployment. Sent "against" someone, vowed, or under "unless", it threatens.
        return none
    if conditional(pred) or coercive:
        new_type, cameo = "THREATEN", "130"
    elif quad in (1, 2):
        new_type, cameo = "AGREE", "030"
    else:
        return none
    # a threat's mode is what it threatens (manual): "said it would invade the island" threatens territory
    mode = threat_mode(cand.type, cand.mode, doc[cand.trigger].lemma_) if new_type == "THREATEN" else None
    return replace(cand, type=new_type, mode=mode, cameo=cameo,
                   modality=Modality("asserted", f"stated intention to {cand.type}"),
                   pattern=cand.pattern + f"; stated future {cand.type} coded as {new_type} (PLOVER: one category, no auxiliary)"), None


# Sectors of those who fight with arms: a clash with one of them is fighting (`_personal_quarrel`).
FIGHTING_SECTORS = ARMED_SECTORS - {"GOV"}
QUARREL_WORDS = WORDS["quarrel_words"]


def _personal_quarrel(trigger: Token, parties: list) -> bool:
    """A clash (constructions.yaml quarrel_words) between single people: some party is a person and none is a
    group, a country, an organisation or of an armed sector (s17 events)."""
    if trigger.lemma_.lower() not in QUARREL_WORDS and trigger.lower_ not in QUARREL_WORDS:
        return False
    return any(p.kind == "person" for p in parties) and not any(
        p.kind in {"group", "country", "organization"} or p.sector in FIGHTING_SECTORS
        or set(p.other_sectors) & FIGHTING_SECTORS for p in parties)


def _conditional_warning(pred: Token, modality) -> Token | None:
    """A future act in the sentence's main clause, with its own subject and "will", under a conditional clause
    ("if X attacks, Y will respond with force", "Y will impose sanctions unless X withdraws"). Not "would" or
    "could" (a guess: "if talks fail, the army could attack"), nor a clause of another verb."""
    from .events.modality import load_cues

    cues = load_cues()
    if modality.value != "future" or pred.dep_ != "ROOT" or pred.pos_ not in {"VERB", "AUX"}:
        return None
    # (a headline's "X to arrest editors if ..." states the future with "to" on the root verb: s14 trig)
    if not any(c.dep_ == "aux" and (c.lower_ in cues.future_aux or c.lower_ == "to") for c in pred.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ not in {"there", "it"} for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in cues.conditional_marks - {"whether"} for m in c.children)), None)


# Verbs of deciding: their infinitive, once the decision is taken, is the act decided (`_taken_decision`).
DECISION_VERBS = WORDS["decision_verbs"]


def _taken_decision(pred: Token, modality) -> object | None:
    """The modality of a decision taken ("decided to ease", "has decided to allow"), when the act is future only
    because it is that decision's infinitive; None otherwise ("will decide whether to ease", "may decide to")."""
    from .events.modality import classify

    gov = pred.head
    if modality.value != "future" or modality.cue != gov.text or gov.lemma_.lower() not in DECISION_VERBS:
        return None
    if pred.dep_ not in {"xcomp", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return None
    taken = classify(gov)
    return taken if taken.value in {"asserted", "reported"} else None


# Cooperation the manual codes as AGREE when reported in the future tense, stated by someone or not.
PLANNED_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _planned(pred: Token, modality) -> bool:
    """A future act told as a plan in the sentence's own main clause ("Putin will meet Erdogan", "is scheduled to
    visit"), with a planning cue (modality.yaml planned_cues); not a clause of another verb ("hoped that Greece
    will help", "a visit that will boost trade") or a second act joined to a main one ("opened an inquiry into
    the firm and will meet its owners": the inquiry is the event)."""
    from .events.modality import load_cues

    if pred.pos_ not in {"VERB", "AUX"} or (modality.cue or "").lower() not in load_cues().planned_cues:
        return False
    t = pred
    while t.dep_ == "xcomp" and t.head is not t:
        t = t.head
    return t.dep_ == "ROOT"


# Deployments: stated as planned, they are not threats by themselves (`_stated_intention`); a show of force
# ("said it plans to launch a missile") still is one.
STATED_DEPLOYMENTS = {"MOBILIZE"}
# Verbs of a vow or warning above a stated deployment that make it a threat ("vowed to send troops"): the
# coder's force vows (`events.FORCE_VOWS`) and a warning (constructions.yaml `force_vow_verbs`).
FORCE_VOW_VERBS = WORDS["force_vow_verbs"]


def _sent_against(pred: Token) -> bool:
    """An "against" phrase on the verb or its object: "will send troops against the rebels"."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for h in [pred, *(c for c in pred.children if c.dep_ == "dobj")]
               for c in h.children)


def _force_vowed(pred: Token) -> bool:
    """A verb of vowing or warning governs the act through complements ("warned it would deploy ...")."""
    t = pred
    for _ in range(4):
        if t.dep_ not in {"xcomp", "ccomp", "conj"} or t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in FORCE_VOW_VERBS:
            return True
    return False


# "Iraq said it would allow ...", "NATO confirmed it would tighten the blockade", "said it could cut ties":
# in reported speech these are the speaker's own "will"/"can", shifted back by the verb of saying.
BACKSHIFTED_AUX = {"would", "could"}
# A coercive act its maker says it "may" or "might" take is a threat as "could" is ("said it may impose sanctions",
# "warned it might expel the diplomats"); a cooperative one stays hypothetical (s14 trig).
HEDGED_AUX = {"may", "might"}
# Sectors of a state's own voice: an office-holder or body of these speaks for the state it serves (s23 types).
OWN_STATE_SECTORS = {"GOV", "MIL"}
# Verbs of warning whose subject states the act of the clause they govern ("warned it could expel ...").
WARNING_VERBS = {"warn", "caution"}
SELF_PRONOUNS = WORDS["self_pronouns"]
OWN_STATE_NOUNS = WORDS["own_state_nouns"]
OWN_POSSESSIVES = WORDS["own_possessives"]


def _backshifted_aux(cand: EventCandidate) -> bool:
    """The candidate is hypothetical by a "would"/"could"/"may"/"might" that reported speech may backshift."""
    return cand.modality.value == "hypothetical" and cand.modality.cue in BACKSHIFTED_AUX | HEDGED_AUX


def _speaker_is_subject(pred: Token) -> bool:
    """The act's subject is the one who states it: a pronoun ("X said it would ...") or the same word
    as the subject of the verb of saying above it (not "X said Y would ...", which is a prediction)."""
    from .events.modality import speaker

    subj = [c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}]
    who = speaker(pred)
    if who is None and pred.dep_ == "ccomp" and pred.head.lemma_.lower() in WARNING_VERBS:
        # "Egypt warned it may impose sanctions": the one who warns is the speaker too (s14 trig)
        who = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    if not subj or who is None or subj[0].dep_ == "nsubjpass":
        return False
    s = subj[0]
    if s.lemma_.lower() in OWN_STATE_NOUNS and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in s.children):
        return True  # "said his country would ...", "said their government could ..." (s23 types)
    return s.lower_ in SELF_PRONOUNS or (s.lemma_.lower() == who.lemma_.lower() and s.pos_ in {"PROPN", "NOUN"})


def _year_hint(article: Article) -> int | None:
    for s in article.sources:
        m = re.search(r"\b(19|20)\d{2}\b", s)
        if m:
            return int(m.group(0))
    return None


FORMER_MARKERS = WORDS["former_markers"]
TENURE_NOUNS = WORDS["tenure_nouns"]


_TENURE_PREPS = frozenset({"under", "during"})


def _past_tenure(trigger: Token) -> bool:
    """The trigger's clause places the act in an earlier term of office (constructions.yaml `former_markers`,
    `tenure_nouns`): "the treaty, which had been agreed under former President X", "during his time as vice
    president, he called for ...". The 'under'/'during' phrase hangs on the trigger or on the verbs that govern it
    within the sentence; "under the late king's rule" counts, "under pressure from a former ally" does not (the
    marker must modify the phrase's own head or its possessor)."""
    if _TENURE_PREPS.isdisjoint(docmemo.words(trigger.doc)):
        return False  # (no 'under' or 'during' in the whole doc: nothing to walk)
    for verb in [trigger, *trigger.ancestors]:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _TENURE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # the head, its possessor, or the title before a name ("former US President | Barack Obama")
                holders = [obj, *(c for c in obj.children if c.dep_ in {"poss", "compound"})]
                if prep.lower_ == "under" and any(c.dep_ in {"amod", "advmod", "compound"} and c.lower_ in FORMER_MARKERS
                                                  for h in holders for c in h.children):
                    return True
                if prep.lower_ == "during" and obj.lemma_.lower() in TENURE_NOUNS and any(
                        c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
                    return True
        if verb.dep_ in {"ROOT", "ccomp", "advcl"} and verb is not trigger:
            break  # the governing clause's own time is its own
    return False


# A decade written as "1960s" (the small model tags it NNS or CD); its phrase under these prepositions dates the act.
_DECADE = re.compile(r"^(1[5-9]|20)\d0s$")
_DECADE_PREPS = frozenset({"in", "during", "throughout", "through"})
# Clauses with a time of their own: a decade inside them does not date the trigger ("the army, which was founded in
# the 1960s, shelled the town"); a to-infinitive without its own subject shares its verb's time and is read.
_OWN_TIME_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "conj", "parataxis", "xcomp"})


def _past_decade(trigger: Token, published: date | None) -> bool:
    """The trigger's clause puts the act in a decade that ended more than a year before publication ("farmers
    driven off their land in the 1970s to build a dam", "troops killed hundreds during the 1980s"):
    background, `historical` (s20 precision). The `when` stage has no date for a decade, so `_is_historical`
    cannot tell. The phrase is looked for in the trigger's own clause (and the infinitives of purpose it chains),
    then in the clauses that govern it, each without its nested clauses."""
    if published is None or not _has_decade(trigger.doc):
        return False
    for verb in [trigger, *trigger.ancestors]:
        stack = [verb]
        while stack:
            tok = stack.pop()
            m = _DECADE.match(tok.lower_)
            if m and tok.dep_ in {"pobj", "conj"} and (tok.head.lower_ in _DECADE_PREPS or tok.head.dep_ == "pobj"
                                                       and tok.head.head.lower_ in _DECADE_PREPS):
                return int(tok.lower_[:4]) + 9 < published.year - 1
            stack.extend(c for c in tok.children
                         if c.dep_ not in _OWN_TIME_DEPS or (c.dep_ in {"xcomp", "advcl"} and _subjectless_infinitive(c)))
        if verb.dep_ in {"ROOT", "ccomp", "advcl", "relcl"} or verb.pos_ in {"VERB", "AUX"} and verb is not trigger:
            break  # the governing clause's own time is its own
    return False


def _has_decade(doc: Doc) -> bool:
    """Some word of the doc is written as a decade (`_DECADE`): only then can `_past_decade` find one, so the
    clause walks of its events are skipped in the other docs (once per coded doc, `docmemo.per_doc`)."""
    memo = docmemo.per_doc("has_decade", of=doc)
    if memo is not None and "found" in memo:
        return memo["found"]
    found = any(_DECADE.match(word) for word in docmemo.words(doc))
    if memo is not None:
        memo["found"] = found
    return found


def _subjectless_infinitive(verb: Token) -> bool:
    """A "to" infinitive with no subject of its own ("to make way for the base"): it shares its verb's time."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _is_historical(iso: str | None, precision: str | None, published: date | None) -> bool:
    if not iso or not published or precision in {None, "publication"}:
        return False
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return False
    if precision == "year":
        return d.year < published.year - 1
    return (published - d).days > HISTORICAL_DAYS


def _scheduled(verb: Token, iso: str | None, precision: str | None, published: date | None) -> bool:
    """A present-tense verb ("flies to Cairo on Friday", "is visiting Amman on Sunday") whose day resolves after
    the publication day tells a schedule, not an act that happened (s19 modality): a report's own past acts are
    dated on or before the day it appeared. Only a day the text names; a headline's present ("X visits Y") with
    no date, or one dated before publication, stays as it was."""
    if precision != "day" or not iso or published is None:
        return False
    try:
        if date.fromisoformat(iso) <= published:
            return False
    except ValueError:
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _joint_exercise(cand: EventCandidate, doc: Doc, actors: list[Actor]) -> bool:
    """A military exercise (roles.yaml exercise_nouns) coded MOBILIZE whose actors are of two or more countries."""
    return (cand.type == "MOBILIZE" and doc[cand.trigger].lemma_.lower() in roles.EXERCISE_NOUNS
            and len({a.country for a in actors if a.country}) >= 2)


def _retyped(cand: EventCandidate, etype: str, mode: str | None, cameo: str, why: str) -> EventCandidate:
    """The candidate coded as another type, its pattern saying why (the manual's reading of the construction)."""
    return replace(cand, type=etype, mode=mode, cameo=cameo, pattern=f"{cand.pattern}; {why}")


# Country codes of bodies that are no state and field no army of their own: non-governmental and intergovernmental
# organisations (an IMG such as al-Qaeda is a militarised group and is left out).
CIVIL_BODY_CODES = frozenset({"NGO", "IGO", "UNO", "EUR"})


def _civil_body(a: Actor) -> bool:
    """An organisation coded as an NGO or an intergovernmental body, of no armed sector ("UN troops" are)."""
    return a.kind == "organization" and a.country in CIVIL_BODY_CODES and a.sector not in ARMED_SECTORS \
        and not set(a.other_sectors) & ARMED_SECTORS


def _forces_moved(trigger: Token) -> bool:
    """The verb's object is a force other than peacekeepers ("NATO withdrew its troops"): a military withdrawal, RETREAT
    (peacekeepers withdrawn are the manual's SANCTION, as sanction.withdraw.s6b codes them)."""
    obj = roles.direct_object(trigger)
    return obj is not None and obj.lemma_.lower() in roles.FORCE_NOUNS and obj.lemma_.lower() not in {"peacekeeper", "peacekeepers"}


# Sectors of civilians whose occupation of a place is a protest (PROTEST obstruct): civilians, workers,
# students, the opposition, social groups and farmers.
PROTESTING_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "SOC", "AGR"})


def _as_joint_exercise(cand: EventCandidate) -> EventCandidate:
    return replace(cand, type="COOPERATE", mode=None, cameo="062", joint=True,
                   context=sorted({*cand.context, "military"}),
                   pattern=cand.pattern + "; an exercise of two or more countries' forces coded as COOPERATE (PLOVER manual)")


def _refine_mode(cand: EventCandidate, actors: list[Actor]) -> str | None:
    if cand.type == "MOBILIZE":
        sectors = {a.sector for a in actors} | {s for a in actors for s in a.other_sectors}
        if "COP" in sectors and "MIL" not in {a.sector for a in actors}:
            return "police"
        if sectors & {"REB"}:
            return "militia"
    return cand.mode


def _consult_roles(actors, recipients, mode, loc, named_parties: set[str]):
    """PLOVER: the visitor is the actor and the host the recipient (mode visit); with no host/visitor
    distinction all parties are actors. A venue tells host from visitor only when it is not itself the name of
    a party the text gives (`named_parties`, before a place acted on joins the recipients): "Kenya held talks
    with Uganda" is located in Kenya by its own subject, which makes no host of Kenya (session 15); "attend a
    summit in Cairo" still makes Egypt the host."""
    if not recipients:
        return actors, recipients, mode
    where = loc.country if loc and loc.text not in named_parties else None
    a_c = {a.country for a in actors}
    r_c = {r.country for r in recipients}
    if where and where in r_c and where not in a_c:
        return actors, recipients, "visit"
    if where and where in a_c and where not in r_c:
        return recipients, actors, "visit"  # the host was named first: swap so the visitor is the actor
    if mode == "visit":
        return actors, recipients, mode
    return _dedupe(actors + recipients), [], mode


def _confidence(cand: EventCandidate, actors, recipients, modality: str) -> float:
    c = cand.entry.strength
    if any(a.country for a in actors):
        c += 0.1
    elif not actors:
        c -= 0.15
    if recipients and any(r.country or r.sector for r in recipients):
        c += 0.05
    if cand.entry.pos == "noun" and "light verb" not in cand.pattern:
        c -= 0.1
    if "repaired" in cand.pattern or "operation" in cand.pattern:
        c -= 0.05
    if modality in {"hypothetical", "negated"}:
        c -= 0.2
    elif modality == "future":
        c -= 0.15  # not (yet) realised: a realised event of the same sentence ranks first
    c += 0.05 * cand.clause_rank
    return round(max(0.05, min(0.99, c)), 3)


REALISED = {"asserted", "reported", "historical"}


def _adopted_content(pred: Token, gov: Token) -> bool:
    """The predicate is a participle on a document noun (roles.yaml `document_nouns`) that is the object of a
    verb of adopting (constructions.yaml `adopting_verbs`): "approved a resolution condemning the raids". Not a
    document someone else wrote ("endorsed the Security Council resolution calling for ...", "backed Egypt's
    statement"): endorsing another's text supports its author."""
    doc_noun = pred.head
    if pred.dep_ != "acl" or pred.tag_ != "VBG" or doc_noun.lemma_.lower() not in roles.DOCUMENT_NOUNS:
        return False
    if doc_noun.dep_ != "dobj" or doc_noun.head.i != gov.i or gov.lemma_.lower() not in WORDS["adopting_verbs"]:
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in doc_noun.children)


def _rank_governed(doc: Doc, placed: list[tuple[Event, EventCandidate]]) -> list[Event]:
    """An event whose clause hangs under another realised event's trigger ranks below it: the governing act is
    what the sentence tells, the governed one its content, object, circumstance or sequel ("X rejected the plan
    and called on Y to resume talks", "X will look into claims that Y armed the militia", "said it would let the
    agency bring in food"). Confidence is capped just below the governor's; the records stay. Not when only the
    governed event names its actor ("was wounded in an air raid by X"). Returns the adoptions of a document
    whose content is itself coded ("approved a resolution condemning X"), for the caller to drop."""
    adoptions: list[Event] = []
    for ev, cand in placed:
        pred = doc[cand.predicate] if cand.predicate >= 0 else doc[cand.trigger]
        heads = {doc[cand.trigger].i, pred.i}
        ancestors = {t.i for h in heads for t in doc[h].ancestors}
        for gov_ev, gov in placed:
            if gov is cand or gov.sentence != cand.sentence or gov.trigger in heads or gov_ev.modality not in REALISED:
                continue
            if ev.actor and not gov_ev.actor and not (gov_ev.event == "ACCUSE" and "ccomp" in gov.entry.recipient):
                # "was wounded in an airstrike by X": the casualty names nobody, the attack names its actor; but what
                # "a report alleged that X did" is the allegation's content however the report is named (s15 quad)
                continue
            if _adopted_content(pred, doc[gov.trigger]):
                # "the Council approved a resolution condemning X": the document's content is what its adopters
                # say, the approval only the way they say it (no SUPPORT of anyone): the content is the event
                adoptions.append(gov_ev)
                continue
            if gov.trigger in ancestors and ev.confidence >= gov_ev.confidence:
                ev.confidence = round(max(0.05, gov_ev.confidence - 0.01), 3)
                ev.explanation += f"; ranked below the {gov_ev.event} it depends on ('{doc[gov.trigger].text}')"
    return adoptions


def _nested(a: Actor, b: Actor) -> bool:
    """The same party named twice, once inside the other's phrase: "US" in "A US Predator drone attack"."""
    return (a.country == b.country and a.sector == b.sector and a.start is not None and b.start is not None
            and a.end is not None and b.end is not None and (b.start <= a.start and a.end <= b.end or a.start <= b.start and b.end <= a.end))


def _covered(ev: Event, k: Event) -> bool:
    """Every party of `ev` is one of `k`'s in the same role, by key or by a nested phrase of the same country and
    sector ("a US drone attack killed six militants": the noun's actor "US", the verb's its whole subject)."""
    if not ev.actor and not ev.recipient:
        return False
    return all(any(_key(a) == _key(o) or _nested(a, o) for o in k.actor) for a in ev.actor) \
        and all(any(_key(r) == _key(o) or _nested(r, o) for o in k.recipient) for r in ev.recipient)


def _merge_same_sentence(events: list[Event]) -> list[Event]:
    """One record per (sentence, event type, participants): 'the imprisonment of X, convicted and
    sentenced' is one SANCTION, not three. A record whose participants are all covered by an earlier
    record of the same type in the same sentence is dropped."""
    kept: list[Event] = []
    for ev in events:
        # by role: "gunmen who were shot dead by police had attacked a bus" has the gunmen as the
        # police's target and as the attackers of the bus, two events
        names = {("a", _key(a)) for a in ev.actor} | {("r", _key(r)) for r in ev.recipient}
        dup = False
        for k in kept:
            if k.event != ev.event or k.text_info.start != ev.text_info.start or k.modality != ev.modality:
                continue
            other = {("a", _key(a)) for a in k.actor} | {("r", _key(r)) for r in k.recipient}
            if names <= other or not names or _covered(ev, k):
                dup = True
                break
            if other <= names or _covered(k, ev):
                kept.remove(k)
                break
        if not dup:
            kept.append(ev)
    # Same trigger, same type can never appear twice.
    seen: set[tuple] = set()
    out = []
    for ev in kept:
        key = (ev.text_info.start, ev.text_info.trigger_start, ev.event)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out

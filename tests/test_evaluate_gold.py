"""Gold-set evaluators for CAMEO-coded data: crosswalk, PETRARCH records, ConfliBERT class and BIO files.

The format tests use small hand-written strings in each file's layout; the smoke tests run every
evaluator on the real files in ../shared/data (skipped when absent) with a few sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.evaluate import EvalOptions
from eventlens.evaluate.cameo_map import cameo_root, is_statement, parse_crosswalk
from eventlens.evaluate.conflibert import (
    NerSentence,
    SpanCounts,
    align_tokens,
    bio_spans,
    detokenize,
    match_key,
    parse_class_tsv,
    parse_ner,
    quad_answer,
    score_spans,
)
from eventlens.evaluate.petrarch import GoldSentence, Tally, parse_records, real_country, score_sentence
from eventlens.record import Actor, Article, Event, TextInfo

CROSSWALK = """# a header comment (rows written for this test in the crosswalk's format)
03: AGREE
030: AGREE,  , diplomatic # test row a
036: AGREE,  , diplomatic # test row b

08: CONCEDE
080: CONCEDE,   ,  # test row c

08: RETREAT
0841: RETREAT, release,   legal # test row d

17: COERCE
173: COERCE, arrest, legal            # test row e
175: ASSAULT, pro_autocracy , military # test row f, listed first
175: COERCE, , military # a second, later row for the same code

19: ASSAULT
190: ASSAULT, , military # test row g
~~~~~
"""


def _event(event_type: str, cameo: str | None = None, confidence: float = 0.5, modality: str = "asserted",
           quad: int | None = None, actors: list[Actor] | None = None,
           recipients: list[Actor] | None = None) -> Event:
    info = TextInfo(sentence=0, start=0, end=10, trigger="x", trigger_start=0, trigger_end=1)
    return Event(id=event_type + (cameo or ""), article_id="a", event=event_type, text="x", text_info=info,
                 cameo=cameo, confidence=confidence, modality=modality, quad_code=quad,
                 actor=actors or [], recipient=recipients or [])


# --- crosswalk ------------------------------------------------------------------------------------


def test_crosswalk_most_specific_code_then_parents():
    cw = parse_crosswalk(CROSSWALK)
    assert cw.plover_type("0841") == "RETREAT"  # own row
    assert cw.plover_type("0362") == "AGREE"  # parent 036
    assert cw.plover_type("173") == "COERCE"
    assert cw.plover_type("1731") == "COERCE"  # parent 173
    assert cw.plover_type("174L") == "COERCE"  # letter suffix -> 174 -> 17
    assert cw.plover_type("190") == "ASSAULT"
    assert cw.lookup("0841").mode == "release"


def test_crosswalk_first_row_wins_and_statements_are_unmapped():
    cw = parse_crosswalk(CROSSWALK)
    assert cw.plover_type("08") == "CONCEDE"  # root listed twice: the first row
    assert cw.plover_type("175") == "ASSAULT"
    assert cw.plover_type("023") is None and cw.plover_type("010") is None
    assert cw.plover_type("903") is None  # invented unit-test code, no root 90
    assert cw.plover_type("") is None and cw.plover_type(None) is None


def test_cameo_root_and_statement():
    assert cameo_root("0841") == "08" and cameo_root("190") == "19"
    assert cameo_root("903") is None and cameo_root("") is None and cameo_root(None) is None
    assert is_statement("023") and is_statement("010") and not is_statement("036")


def test_real_crosswalk_maps_known_codes(shared_data):
    from eventlens.evaluate.cameo_map import load_crosswalk

    cw = load_crosswalk(shared_data / "openeventdata__PLOVER" / "CAMEO2PLOVER-2021.txt")
    assert cw.plover_type("042") == "CONSULT"
    assert cw.plover_type("0841") == "RETREAT"
    assert cw.plover_type("1712") == "ASSAULT"
    assert cw.plover_type("173") == "COERCE"
    assert cw.plover_type("112") == "ACCUSE"
    assert cw.plover_type("020") is None


# --- PETRARCH records -----------------------------------------------------------------------------

PETRARCH_XML = """<Validation>
# a banner line the pseudo-XML carries
<Sentences>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
<EventCoding eventcode="042" sourcecode="DEU" targetcode="FRA" />
<Text>
French ministers visited
Germany on Monday.
</Text>
<Parse>1	French	French	ADJ	JJ	_	2	amod	_	_</Parse>
</Sentence>
<!-- <Sentence id="COMMENTED"> must be ignored </Sentence> -->
<Sentence date="19950101" id="S2" category="DEMO" sentence="true">
<!-- a comment inside a record -->
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened here.</Text>
</Sentence>
<Sentence category="OTHER" date="20150101" id="S4" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="ARN" targetcode="GON" />
<Text>
</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence date="19950101" id="S3" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Discard me.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_parse_petrarch_records():
    records = parse_records(PETRARCH_XML)
    assert [r.id for r in records] == ["S1", "S2", "S4", "S3"]
    s1 = records[0]
    assert s1.text == "French ministers visited Germany on Monday."
    assert [(c.eventcode, c.source, c.target) for c in s1.codings] == [("042", "FRA", "DEU"), ("042", "DEU", "FRA")]
    assert not s1.no_events
    assert records[1].no_events and not records[1].codings
    assert records[2].text == "Arnor attacked Gondor."  # empty <Text>: rebuilt from the CoNLL-U parse
    assert records[3].no_events


def test_score_sentence_pairs_statements_and_no_events():
    cw = parse_crosswalk(CROSSWALK)
    sent = GoldSentence("x", "T", "Arnor met Gondor.")
    from eventlens.evaluate.petrarch import GoldCoding

    sent.codings = [GoldCoding("036", "ARN", "GON"), GoldCoding("036", "GON", "ARN"),
                    GoldCoding("190", "ARN", "GON"), GoldCoding("023", "ARN", "GON")]
    tally = Tally()
    score_sentence(sent, [_event("AGREE", "036", 0.9), _event("CONSULT", "040", 0.5)], cw, tally)
    assert tally.pairs == 2 and tally.agree == 1  # AGREE found, ASSAULT missed; the pair counted once
    assert tally.statements_left_out == 1
    assert tally.top1_sentences == 1 and tally.top1_agree == 1
    assert tally.roots == 2 and tally.root_agree == 1
    assert tally.confusion[("ASSAULT", "AGREE")] == 1

    empty = GoldSentence("y", "T", "Nothing.", no_events=True)
    score_sentence(empty, [_event("ASSAULT", "190")], cw, tally)
    score_sentence(empty, [], cw, tally)
    assert tally.no_event_sentences == 2 and tally.no_event_correct == 1


def test_actor_countries_only_where_real_and_named():
    named = {"FRA"}
    assert real_country("FRAGOV", named) == "FRA"
    assert real_country("DEU", named) is None  # real code, not named in the sentence
    assert real_country("GON", {"GON"}) is None  # fictional code


# --- ConfliBERT -----------------------------------------------------------------------------------


def test_parse_class_tsv_and_match_key():
    rows = parse_class_tsv("Alpha said hello.\t0\nBeta attacked Gamma.\t4\nbroken line\n\t3\n")
    assert rows == [("Alpha said hello.", 0), ("Beta attacked Gamma.", 4)]
    assert match_key("{Beta ``attacked'' \\$5 Gamma.}") == match_key("Beta attacked $5 Gamma.")
    assert match_key("Beta attacked Gamma") != match_key("Beta attacked Delta")


def test_quad_answer_uses_realised_events_only():
    assert quad_answer([]) == 0
    assert quad_answer([_event("ASSAULT", modality="negated", quad=4)]) == 0
    assert quad_answer([_event("ACCUSE", quad=3, confidence=0.9), _event("ASSAULT", quad=4, confidence=0.4)]) == 3


def test_bio_spans():
    tags = ["B-S", "I-S", "O", "B-T", "B-T", "I-T", "O", "I-R", "I-R", "B-S"]
    assert bio_spans(tags) == {"S": [(0, 2), (9, 10)], "T": [(3, 4), (4, 6)], "R": [(7, 9)]}


def test_detokenize_and_align():
    tokens = ["The", "U.S.", "(", "Washington", ")", "said", "Moscow", "’s", "plan", "failed", "."]
    text, offsets = detokenize(tokens)
    assert text == "The U.S. (Washington) said Moscow’s plan failed."
    assert [text[s:e] for s, e in offsets] == tokens
    original = "The U.S.  (Washington) said Moscow’s plan failed."
    aligned = align_tokens(tokens, original)
    assert aligned is not None and [original[s:e] for s, e in aligned] == tokens
    assert align_tokens(tokens, "The U.S. said something else.") is None


def test_parse_ner_takes_spacing_from_originals():
    ner = "Arnor B-S\nforces I-S\nattacked O\nGondor B-T\n. O\n\nElves B-R\nand I-R\nDwarves I-R\nmet O\n"
    plain = parse_ner(ner)
    assert [s.text for s in plain] == ["Arnor forces attacked Gondor.", "Elves and Dwarves met"]
    spaced = parse_ner(ner, ["Arnor  forces attacked Gondor."])
    assert spaced[0].text == "Arnor  forces attacked Gondor."
    s = spaced[0]
    assert [s.text[s.tokens[a][0]:s.tokens[b - 1][1]] for a, b in s.spans["S"]] == ["Arnor  forces"]
    assert plain[1].spans == {"R": [(0, 3)]}


def test_score_spans_exact_overlap_token():
    sent = NerSentence("Arnor forces attacked Gondor", [(0, 5), (6, 12), (13, 21), (22, 28)])
    counts = SpanCounts()
    score_spans(sent, [(0, 2)], [(6, 12)], counts)  # ours "forces" inside gold "Arnor forces"
    assert counts.exact == [0, 1, 1]
    assert counts.overlap == [1, 0, 0]
    assert counts.token == [1, 0, 1]
    score_spans(sent, [(3, 4)], [(22, 28)], counts)  # exact hit
    assert counts.exact == [1, 1, 1] and counts.token == [2, 0, 1]


def test_gsr_participant_scores_apart_from_the_type():
    from eventlens.evaluate.plover_gsr import score_participants

    gold = [
        {"id": "1", "event": "ASSAULT", "source": [{"code": "ARN", "sector": "MIL"}],
         "target": [{"code": "GON", "sector": "CIV"}]},
        {"id": "2", "event": "PROTEST", "source": [{"code": "ROH", "sector": "OPP"}], "target": []},
    ]
    coded = {
        "1": [_event("ASSAULT", actors=[Actor("Arnor forces", country="ARN", sector="MIL")],
                     recipients=[Actor("Gondor", country="GON")])],
        "2": [_event("ACCUSE", actors=[Actor("Rohan", country="ROH", sector="GOV")])],
    }
    counts, typed = score_participants(gold, coded)
    assert counts["actor"] == [2, 0, 0] and typed["actor"] == [1, 0, 0]  # sentence 2 has another type
    assert counts["recipient"] == typed["recipient"] == [1, 0, 0]
    assert counts["sector"] == [1, 1, 2] and typed["sector"] == [1, 0, 1]


def test_uncoded_sentences_split_by_whether_a_trigger_was_found(pipeline):
    from eventlens.evaluate.plover_gsr import uncoded_breakdown

    texts = ["The weather was mild on the coast all week.",  # no trigger word at all
             "Riots broke out."]  # a trigger, but no one and no place to make it an event
    assert pipeline.code(Article(article_id="a", text=texts[1])) == []
    assert uncoded_breakdown(pipeline, texts) == {"uncoded": 2, "uncoded_no_trigger": 1, "uncoded_dropped": 1}


# --- smoke: every evaluator on a few real sentences -------------------------------------------------


@pytest.mark.parametrize("gold", ["petrarch-validation", "petrarch-unit", "conflibert-quad", "conflibert-actors"])
def test_evaluator_smoke(gold, shared_data: Path, pipeline):
    from eventlens.evaluate import GOLD_SETS, load_all

    load_all()
    result = GOLD_SETS[gold](EvalOptions(split="all", limit=5), pipeline=pipeline)
    assert result.gold == gold and 0 < result.n <= 5
    assert result.metrics
    for name, value in result.metrics.items():
        assert 0.0 <= value <= 1.0, name
    assert result.tables and all(isinstance(t, str) for t in result.tables)


def test_ngec_headline_templates_are_filled_in_sentence_case():
    from eventlens.evaluate.ngec_headlines import fill

    text = fill("{country_1} Condemns {country_2}'s Response to UN Report", 0)
    assert text == "France condemns Nigeria's response to UN report."
    assert fill("Protests Spread Across {city}", 3) == "Protests spread across Izmir."


def test_ngec_headlines_split_and_labels(shared_data):
    from eventlens.evaluate.ngec_headlines import default_path, load_gold

    path = default_path()
    if path is None:
        pytest.skip("needs ../shared/data/ahalterman__NGEC-2025 (development-only gold data)")
    dev, test = load_gold(path, "dev"), load_gold(path, "test")
    assert len(dev) + len(test) == len(load_gold(path, "all")) > 300
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    assert all("{" not in r["text"] for r in dev + test)


@pytest.mark.parametrize("gold", ["conflibert-quad", "conflibert-actors"])
def test_conflibert_train_split_reads_the_training_file(gold, shared_data: Path, pipeline):
    """`--split train` scores the ConfliBERT training file (our tuning set), not the test file."""
    from eventlens.evaluate import GOLD_SETS, load_all

    load_all()
    train = GOLD_SETS[gold](EvalOptions(split="train", limit=3), pipeline=pipeline)
    test = GOLD_SETS[gold](EvalOptions(split="all", limit=3), pipeline=pipeline)
    assert train.n == 3 and "split=train" in train.tables[0]
    assert "train." in train.tables[0] and "test." in test.tables[0]


def test_train_split_is_refused_where_there_is_no_training_file():
    from eventlens.errors import GoldNotFound
    from eventlens.evaluate import in_split

    with pytest.raises(GoldNotFound, match="no train split"):
        in_split("Some sentence.", "train")


@pytest.mark.parametrize(("args", "listed"), [(["--split", "test"], False), (["--split", "dev"], True),
                                              (["--split", "test", "--show-items"], True),
                                              (["--split", "dev", "--hide-items"], False)])
def test_cli_hides_item_listings_of_the_held_out_split(monkeypatch, args, listed):
    """Per-item listings quote gold sentences; for --split test they stay hidden unless asked for."""
    from click.testing import CliRunner

    from eventlens import cli
    from eventlens.evaluate import EvalResult

    result = EvalResult(gold="g", n=1, metrics={"acc": 0.5}, tables=["confusion table"],
                        items=["first disagreements\n  a quoted gold sentence"])
    monkeypatch.setattr(cli.api, "evaluate", lambda *a, **k: result)
    out = CliRunner().invoke(cli.main, ["evaluate", "--gold", "g", *args]).output
    assert "confusion table" in out
    assert ("a quoted gold sentence" in out) is listed
    assert ("per-item listings hidden" in out) is (not listed)

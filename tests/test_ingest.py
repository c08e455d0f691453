"""Input reading: every format, ids, dates, header/citation parsing, and every kind of bad input."""

from __future__ import annotations

import io
import json
import logging
from datetime import date
from pathlib import Path

import pytest
from conftest import BAD_INPUT_EXPECTED, HUGE_TEXT_BYTES

from eventlens.errors import BadRecord
from eventlens.ingest import read_inputs
from eventlens.ingest.decode import decode_bytes
from eventlens.ingest.fields import parse_published, split_text_document
from eventlens.record import Article

BODY = "The foreign ministers of Chile and Peru met in Lima on Monday to discuss fishing rights."


def read(*paths, **kwargs) -> list[Article | BadRecord]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def bad(items) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


# --- plain text -------------------------------------------------------------------------------------


def test_txt_header_and_citation_are_parsed_not_coded(tmp_path: Path) -> None:
    f = tmp_path / "weekly-chile-peru.txt"
    f.write_text(f"Publication: Example Weekly Volume: 3 Issue: 7\n\n{BODY}\n\n"
                 "(EFE, March 3, 4; Reuters, March 4; Andina, March 5).\n")
    (a,) = read(f)
    assert a.article_id == "weekly-chile-peru"
    assert a.publication == "Example Weekly"
    assert a.metadata["volume"] == "3" and a.metadata["issue"] == "7"
    assert a.sources == ["EFE, March 3, 4", "Reuters, March 4", "Andina, March 5"]
    assert a.text == BODY
    assert a.published is None


def test_txt_without_header_keeps_all_text(tmp_path: Path) -> None:
    text = ("WASHINGTON: The president met the prime minister on Tuesday.\n\n"
            "(The ministry did not respond to a request for comment.)")
    f = tmp_path / "plain.txt"
    f.write_text(text)
    (a,) = read(f, published=date(2020, 5, 1))
    assert a.text == text  # a dateline is not a header; a parenthesised sentence is not a citation
    assert a.sources == [] and a.publication is None
    assert a.published == date(2020, 5, 1)


@pytest.mark.parametrize("tail,sources", [
    ("(BBC)", ["BBC"]),
    ("(Interfax, May 2)", ["Interfax, May 2"]),
    ("(AP, 14 June)", ["AP, 14 June"]),
    ("(see above)", []),
    ("(a long aside, which people sometimes write at the end of an article)", []),
])
def test_citation_block_recognition(tail: str, sources: list[str]) -> None:
    parts = split_text_document(f"{BODY}\n\n{tail}")
    assert parts.sources == sources
    assert parts.body == (BODY if sources else f"{BODY}\n\n{tail}")


def test_txt_header_date_and_title(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text(f"Title: Talks in Lima\nDate: 2021-03-01\n\n{BODY}")
    (a,) = read(f, published=date(1999, 1, 1))
    assert (a.title, a.published, a.text) == ("Talks in Lima", date(2021, 3, 1), BODY)


# --- records ----------------------------------------------------------------------------------------


def test_jsonl_fields_ids_dates_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    rows = [
        {"id": 17, "text": BODY, "published": "2021-03-01", "title": "T", "url": "http://x", "publication": "P",
         "lang": "en", "tags": ["a"]},
        {"id": "b", "text": BODY + " Again.", "published": "2021-03-02T23:30:00+00:00"},
        {"id": "c", "text": BODY + " Once more."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    a, b, c = read(f, published=date(2000, 1, 1))
    assert (a.article_id, a.published, a.title, a.url, a.publication) == ("17", date(2021, 3, 1), "T", "http://x", "P")
    assert a.metadata["lang"] == "en" and a.metadata["tags"] == ["a"] and a.metadata["source"] == str(f)
    assert b.published == date(2021, 3, 2)  # the record's date wins over --published
    assert c.published == date(2000, 1, 1)  # --published fills records without one


def test_json_list_single_object_and_csv(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"id": "l1", "text": BODY}, {"id": "l2", "text": BODY + "!"}]))
    (tmp_path / "one.json").write_text(json.dumps({"id": "o1", "text": BODY, "published": "2020-02-02"}))
    (tmp_path / "table.csv").write_text(
        'id,text,published,region\nc1,"' + BODY + ', they said.",2019-09-09,south\nc2,"Two\nlines",,north\n')
    got = {a.article_id: a for a in read(tmp_path / "list.json", tmp_path / "one.json", tmp_path / "table.csv")}
    assert sorted(got) == ["c1", "c2", "l1", "l2", "o1"]
    assert got["o1"].published == date(2020, 2, 2)
    assert got["c1"].metadata["region"] == "south" and got["c1"].published == date(2019, 9, 9)
    assert got["c2"].text == "Two\nlines" and got["c2"].published is None


def test_record_errors_name_the_record(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text('{"text": "no id"}\n{"id": "x", "text": ""}\n{"id": "y", "text": "ok", "published": "soon"}\n[1]\n')
    items = read(f)
    reasons = [(b.record, b.reason) for b in bad(items)]
    assert [r for r, _ in reasons] == [f"{f}:line 1", f"{f}:line 2", f"{f}:line 3", f"{f}:line 4"]
    assert "id" in reasons[0][1] and "text" in reasons[1][1] and "not a date" in reasons[2][1]
    assert articles(items) == []


def test_csv_without_required_columns_is_bad(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("title,body\na,b\n")
    (b,) = read(f)
    assert isinstance(b, BadRecord) and "'id' (or 'url') and 'text'" in b.reason


def test_a_news_export_without_id_is_known_by_its_url_and_dated_by_its_date_column(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text("url,date,title,text\nhttps://news.example/a,2020-01-02,A,Troops withdrew from the town.\n"
                 ",2020-01-03,B,No address here.\n")
    a, bad = read(f)
    assert a.article_id == "https://news.example/a" and a.published.isoformat() == "2020-01-02"
    assert a.title == "A" and "date" not in a.metadata
    assert isinstance(bad, BadRecord) and "'id' (or 'url')" in bad.reason


def test_extract_reads_current_events_days_like_run(tmp_path: Path) -> None:
    from eventlens import api
    from eventlens.ingest.corpus import read_corpus

    day = tmp_path / "2004" / "01" / "2004-01-05.yaml"
    day.parent.mkdir(parents=True)
    day.write_text("Date: 2004-01-05\nSource_URI: January 5 2004\nIntelligence_Payload:\n"
                   "  Armed conflicts:\n  - Rebels attacked a convoy near the capital. (Reuters)\n")
    (tmp_path / "SOURCE.txt").write_text("where this came from")
    assert [i.text for i in read_corpus([tmp_path])] == ["Rebels attacked a convoy near the capital."]

    class Recorder:  # a coder that keeps what it was given
        seen: list = []

        def code_many(self, articles):
            for article in articles:
                self.seen.append(article)
                yield article, []

    coder = Recorder()
    assert list(api.extract_files([str(tmp_path)], pipeline=coder)) == []
    assert [a.text for a in coder.seen] == ["Rebels attacked a convoy near the capital."]  # not raw YAML


# --- html -------------------------------------------------------------------------------------------


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"""<html><head><title>Talks in Lima | Example News</title>
<meta property="article:published_time" content="2021-03-01T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Lima</h1><p>{BODY}</p><p>Officials said the two governments would meet again.</p></article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>""")
    (a,) = read(f)
    assert a.article_id == "page"
    assert BODY in a.text and "Copyright" not in a.text and "Home" not in a.text
    assert a.title and "Talks in Lima" in a.title
    assert a.published == date(2021, 3, 1)


# --- stdin and directories ---------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_jsonl_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b'{"id": "s1", "text": "A met B."}\n{"id": "s2", "text": "C met D."}\n')
    assert [a.article_id for a in read("-")] == ["s1", "s2"]
    _stdin(monkeypatch, BODY.encode())
    (a,) = read("-", published=date(2021, 1, 1))
    assert (a.article_id, a.text, a.published) == ("stdin", BODY, date(2021, 1, 1))


def test_directory_ids_are_relative_paths_without_extension(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "2021" / "march").mkdir(parents=True)
    (root / "2021" / "march" / "lima-talks.txt").write_text(BODY)
    (root / "top.html").write_text(f"<html><body><article><p>{BODY} More text here.</p></article></body></html>")
    (root / "feed.jsonl").write_text('{"id": "rec-1", "text": "A met B."}\n')
    (root / ".hidden.txt").write_text("skip me")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("skip me too")
    ids = [a.article_id for a in read(root)]
    assert sorted(ids) == ["2021/march/lima-talks", "rec-1", "top"]


def test_input_format_overrides_extension(tmp_path: Path) -> None:
    f = tmp_path / "dump.data"
    f.write_text('{"id": "d1", "text": "A met B."}\n')
    assert [a.article_id for a in read(f, input_format="jsonl")] == ["d1"]
    assert [a.article_id for a in read(f)] == ["dump"]  # unknown extension: read as text
    with pytest.raises(ValueError, match="unknown input format"):
        read(f, input_format="docx")


def test_missing_path_is_a_bad_record(tmp_path: Path) -> None:
    (b,) = read(tmp_path / "nope.txt")
    assert isinstance(b, BadRecord) and "no such file" in b.reason


# --- bad input corpus --------------------------------------------------------------------------------


def test_bad_input_corpus_one_error_per_bad_record(bad_corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="eventlens.ingest"):
        items = read(bad_corpus)
    failures = {Path(b.record.split(":line")[0]).name: b for b in bad(items)}
    for name, expected in BAD_INPUT_EXPECTED.items():
        if expected is None:
            assert name not in failures, failures.get(name)
        else:
            assert expected.lower() in failures[name].reason.lower(), (name, failures.get(name))
    broken = [b for b in bad(items) if "broken.jsonl" in b.record]
    assert [b.record.rsplit(":", 1)[1] for b in broken] == ["line 2"]
    # Every error is one line naming the file.
    for b in bad(items):
        assert "\n" not in str(b) and str(bad_corpus) in str(b)
    good = {a.article_id: a for a in articles(items)}
    assert {"good-1", "good-3", "good", "huge", "latin1", "cp1252"} == set(good)
    assert len(bad(items)) == sum(v is not None for v in BAD_INPUT_EXPECTED.values()) + 1
    # latin-1 / cp1252: decoded correctly, with a warning naming the file.
    assert "São Tomé" in good["latin1"].text and "“peace talks”" in good["cp1252"].text
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "latin1.txt" in warned and "cp1252.txt" in warned
    assert good["latin1"].metadata["encoding"] in ("cp1252", "latin-1")
    # The 20 MB text is accepted whole (the pipeline chunks it).
    assert len(good["huge"].text) >= HUGE_TEXT_BYTES - 100
    assert good["good-3"].published == date(2021, 3, 2)


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"\n \t\n", "empty"),
    (b"%PDF-1.4\n\x00\x01\x02binary", "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "binary"),
    (b"abc \x81\x8d\x8f\x90\x9d\xff" * 10, "undecodable"),
    (b"\xef\xbb\xbfUTF-8 text with BOM", None),
    ("UTF-16 text".encode("utf-16"), None),
])
def test_decode_bytes(data: bytes, reason: str | None) -> None:
    if reason is None:
        text = decode_bytes(data, "f").text
        assert text.startswith(("UTF-8 text", "UTF-16 text"))  # BOM removed, text intact
    else:
        with pytest.raises(BadRecord, match=reason):
            decode_bytes(data, "f")


@pytest.mark.parametrize("value,expected", [
    ("2005-05-10", date(2005, 5, 10)),
    ("2005-05-10T08:00:00Z", date(2005, 5, 10)),
    ("May 10, 2005", date(2005, 5, 10)),
    (date(2005, 5, 10), date(2005, 5, 10)),
    ("", None),
    (None, None),
])
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


def test_jsonl_lines_are_decoded_one_by_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"id": "u", "text": "Caf\xc3\xa9 talks in S\xc3\xa3o Paulo"}\n'
                  + '{"id": "w", "text": "Caf\u00e9 \u201ctalks\u201d"}\n'.encode("cp1252")
                  + b'{"id": "x", "text": "broken \x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d"}\n'
                  + b'{"id": "y", "text": "after the bad line"}\n')
    with caplog.at_level(logging.WARNING, logger="eventlens.ingest"):
        items = read(f)
    good = {a.article_id: a for a in articles(items)}
    assert good["u"].text == "Café talks in São Paulo" and "encoding" not in good["u"].metadata
    assert good["w"].text == "Café “talks”" and good["w"].metadata["encoding"] == "cp1252"
    assert "y" in good
    (b,) = bad(items)
    assert b.record == f"{f}:line 3" and "undecodable" in b.reason
    assert f"{f}:line 2" in caplog.text


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"\n\n", "empty"), (b"\x00\x01{}", "binary")])
def test_jsonl_empty_or_binary(tmp_path: Path, data: bytes, reason: str) -> None:
    f = tmp_path / "x.jsonl"
    f.write_bytes(data)
    (b,) = read(f)
    assert isinstance(b, BadRecord) and reason in b.reason and b.record == str(f)


def test_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.jsonl"
    f.write_bytes('{"id": "a", "text": "Kyiv talks"}\n{"id": "b", "text": "more"}\n'.encode("utf-16"))
    assert [a.article_id for a in read(f)] == ["a", "b"]

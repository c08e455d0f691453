"""`eventlens recode` after a lexicon change: events added, removed and retyped are reported."""

from __future__ import annotations

from eventlens import api


class RetypingPipeline:
    """A second 'lexicon': codes 'met' as SUPPORT instead of CONSULT and finds 'signed' too."""

    def __init__(self, base) -> None:
        self.base = base

    def code_many(self, articles):
        from dataclasses import replace

        from eventlens.record import event_id

        for article, events in self.base.code_many(articles):
            out = []
            for e in events:
                if e.event == "CONSULT":
                    ti = e.text_info
                    e = replace(e, event="SUPPORT", id=event_id(e.article_id, ti.start, ti.trigger_start, ti.trigger_end, "SUPPORT"))
                if e.event != "ASSAULT":
                    out.append(e)
            yield article, out


def test_recode_reports_retyped_and_removed(tmp_path, fake_pipeline):
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "x1", "text": "The ministers met in Geneva. Rebels attacked a post.", "published": "2024-01-02"}\n')
    db = f"sqlite:///{tmp_path / 'e.db'}"
    api.ingest([str(src)], db=db, progress=False, pipeline=fake_pipeline)
    before = sorted(e.event for e in api.query_events(db=db))
    assert before == ["ASSAULT", "CONSULT"]
    report = api.recode(db=db, pipeline=RetypingPipeline(fake_pipeline))
    assert report.articles == 1
    assert [(o.event, n.event) for o, n in report.retyped] == [("CONSULT", "SUPPORT")]
    assert [e.event for e in report.removed] == ["ASSAULT"]
    assert sorted(e.event for e in api.query_events(db=db)) == ["SUPPORT"]
    # recoding again with the same coder changes nothing
    again = api.recode(db=db, pipeline=RetypingPipeline(fake_pipeline))
    assert not again.added and not again.removed and not again.retyped

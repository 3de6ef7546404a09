"""The corpus generator as an extraction test, and the benchmark's smoke mode.

``renda-kg generate`` plants facts it writes down in ``manifest.json``; the pipeline must
recover most of them. ``renda-kg bench --quick`` must still print its table; no timing
is asserted (the machine decides those).
"""
from __future__ import annotations

import json
import re

import pytest

from renda_kg.cli import main
from renda_kg.generate import EXTRACTED_CATEGORIES, check_facts, generate, read_manifest, recall

ARTICLES = 20
MIN_RECALL = 0.80


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(ARTICLES, folder, seed=7)
    return folder


def test_generate_is_deterministic(tmp_path, corpus):
    again = tmp_path / "again"
    generate(ARTICLES, again, seed=7)
    for name in read_manifest(corpus):
        assert (again / name).read_bytes() == (corpus / name).read_bytes(), name
    prefix = tmp_path / "prefix"
    generate(5, prefix, seed=7)  # article i depends only on (seed, i)
    assert {n: f for n, f in read_manifest(prefix).items()} == {n: f for n, f in list(read_manifest(corpus).items())[:5]}


def test_generate_mixes_layouts_and_encodings(corpus):
    entries = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["articles"]
    assert {e["layout"] for e in entries} == {"dump", "html"}
    assert {e["encoding"] for e in entries} == {"utf-8", "gbk"}
    sizes = [(corpus / e["file"]).stat().st_size for e in entries]
    assert 1500 < sum(sizes) / len(sizes) < 20000  # about the sample's length


def test_generated_articles_are_set_in_areas_with_a_congress():
    """A development zone (德州经济技术开发区) elects no congress: no article has it hold one.
    (Counties are drawn per article; 2,000 draws reach the zones the gazetteer lists.)"""
    import random

    from renda_kg.generate import _extractor, pick_county
    zones = {c.place.name for c in (pick_county(random.Random(i)) for i in range(2000)) if _extractor().is_zone(c.place)}
    assert not zones, zones


def test_the_corpus_plants_inquiries_and_measures(corpus):
    facts = [f for planted in read_manifest(corpus).values() for f in planted]
    assert any(f[0] == "rel" and f[3] == "rk:questions" for f in facts)
    units = {f[4] for f in facts if f[0] == "quantity" and len(f) == 5}
    assert len(units) >= 3, units   # 万亩, 公里, 万吨 …, each checked against rk:unit


def test_planted_people_and_sessions_are_checked(corpus, pipeline):
    """A post held, a post relieved and a session with its votes are checked against the
    article's graph, and a name the article does not have is not found."""
    checked = 0
    for name, facts in list(read_manifest(corpus).items())[:3]:
        graph = pipeline.process_file(corpus / name).graph
        planted = [f for f in facts if f[0] in ("person", "post", "meeting")]
        assert {f[0] for f in planted} == {"person", "post", "meeting"}, name
        assert all(all(oks) for oks in check_facts(graph, planted).values()), name
        wrong = [[*f[:2], f[2] + "某", *f[3:]] for f in planted]   # no one and no session of that name
        assert not any(any(oks) for oks in check_facts(graph, wrong).values()), name
        checked += len(planted)
    assert checked


def test_generate_command(tmp_path, capsys):
    assert main(["generate", "--articles", "3", "--output", str(tmp_path / "c"), "--seed", "1"]) == 0
    assert "wrote 3 articles" in capsys.readouterr().out
    assert len(read_manifest(tmp_path / "c")) == 3


def test_pipeline_recovers_planted_facts(corpus, pipeline):
    results = []
    for name, facts in read_manifest(corpus).items():
        result = pipeline.process_file(corpus / name)
        assert result.article.title, name
        results.append(check_facts(result.graph, facts))
    totals = recall(results)
    report = ", ".join(f"{cat} {f}/{n}" for cat, (f, n) in sorted(totals.items()))
    for cat in ("places", "bodies", "mechanisms"):
        found, planted = totals[cat]
        assert planted and found / planted >= MIN_RECALL, f"{cat}: {found}/{planted} recovered ({report})"
    found = sum(totals[c][0] for c in EXTRACTED_CATEGORIES if c in totals)
    planted = sum(totals[c][1] for c in EXTRACTED_CATEGORIES if c in totals)
    assert found / planted >= MIN_RECALL, report


def test_bench_quick_prints_its_table(tmp_path, capsys):
    assert main(["bench", "--quick", "--workdir", str(tmp_path / "bench")]) == 0
    out = capsys.readouterr().out
    for row in ("load end to end", "flatness", "query article_metadata (listing)", "export turtle", "export nquads",
                "validate whole store", "baseline"):
        assert row in out, row
    # each load's time, and the part of it the compaction at the end took
    loads = re.findall(r"load end to end .*? art/s \((\d+) s, (\d+) s of it compacting\)", out)
    assert loads and all(int(part) <= int(whole) for whole, part in loads), out

"""The quick tests that let a sentence skip a reader.

Most sentences name no law, committee, state organ or designated site, and running an
alternation of every such name over each of them was a large share of a load's time. The
extractor now first asks whether the sentence holds any of the names' last characters,
worked out from the same data the names come from (the ontology's endings, the law and
committee lists): a name added there is let through without a code change.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from renda_kg.loaders.extract import _last_characters, law_names
from renda_kg.loaders.reader import read_article
from renda_kg.pipeline import Pipeline

DEVSET = Path(__file__).parent / "devset" / "articles"
SAMPLES = Path(__file__).parents[1] / "loaders" / "samples"


@pytest.fixture(scope="module")
def extractor():
    return Pipeline().extractor


def test_last_characters_let_every_name_through_and_nothing_without_names():
    hint = _last_characters(["人民法院", "条例", "a]", "x-"])
    for text in ("县人民法院", "某条例", "a]", "x-"):
        assert hint.search(text)
    assert not hint.search("县人大常委会召开会议")
    assert not _last_characters([]).search("任何句子")
    assert not _last_characters(["", ""]).search("任何句子")


def test_every_name_the_extractor_looks_for_passes_its_quick_test(extractor):
    guarded = {
        "laws": (extractor._law_hint, law_names()),
        "committees": (extractor._committee_hint, [name for name, _ in extractor._committee_names]),
        "state organs": (extractor._state_organ_hint, re.findall(r"[^|]+", extractor._state_organ.pattern)),
        "designated sites": (extractor._designated_site_hint,
                             [e for endings in extractor._site_endings.values() for e in endings]),
    }
    for what, (hint, names) in guarded.items():
        assert names, what
        missed = [name for name in names if not hint.search(name)]
        assert not missed, f"{what}: {missed[:5]}"


def _facts(extractor, path: Path):
    extraction = extractor.extract(read_article(path))
    return (sorted((k, e.kind, e.label, sorted(e.alt_labels)) for k, e in extraction.entities.items()),
            sorted((f.subject, f.predicate, str(f.obj), f.evidence.span.start) for f in extraction.facts))


@pytest.mark.parametrize("path", sorted(DEVSET.iterdir()) + sorted(SAMPLES.iterdir()), ids=lambda p: p.name)
def test_the_quick_tests_change_no_fact(extractor, path, monkeypatch):
    """The same entities and facts with every quick test answering yes."""
    with_hints = _facts(extractor, path)
    for name in ("_law_hint", "_committee_hint", "_state_organ_hint", "_designated_site_hint"):
        monkeypatch.setattr(extractor, name, re.compile(""))
    assert _facts(extractor, path) == with_hints

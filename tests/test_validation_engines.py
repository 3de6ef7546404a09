"""The compiled validation engine (Oxigraph) gives pySHACL's report, on the sample and
on every way test_shapes breaks it; constraints it does not know are refused."""
from __future__ import annotations

import copy

import pytest
from rdflib import Graph, Literal, Namespace

from renda_kg.graph.validate import UnsupportedShape, _compile_shapes, validate

from test_shapes import BREAKAGES

SH = Namespace("http://www.w3.org/ns/shacl#")


def _key(report):
    # pySHACL names a SHACL-SPARQL result's path only when the query selects one; compare the rest.
    return sorted((v.focus_iri, v.value or "", v.message_en, v.message_zh, v.severity) for v in report.violations)


def test_sample_conforms_on_both_engines(sample_result, vocab):
    fast, reference = validate(sample_result.graph, vocab), validate(sample_result.graph, vocab, engine="pyshacl")
    assert fast.conforms and reference.conforms
    assert fast.violations == reference.violations == []


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda b: b.__name__)
def test_broken_copy_gives_the_same_report(sample_result, vocab, breakage):
    g = Graph()
    for t in sample_result.graph:
        g.add(t)
    breakage(g)
    fast, reference = validate(g, vocab), validate(g, vocab, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    assert _key(fast) == _key(reference)


def test_unknown_constraint_is_refused_not_skipped(vocab):
    shapes = copy.deepcopy(vocab.shapes)
    shape = next(shapes.subjects(SH.targetClass, None))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(UnsupportedShape):
        _compile_shapes(shapes)


def test_unknown_engine_is_an_error(sample_result, vocab):
    with pytest.raises(ValueError, match="unknown validation engine"):
        validate(sample_result.graph, vocab, engine="nope")


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_whole_store_validation_finds_a_break_in_one_article(tmp_path, sample_result, vocab, kind):
    from renda_kg.graph.store import open_store
    from renda_kg.graph.validate import validate_store
    from renda_kg.pipeline import sync_ontology

    with open_store(kind, tmp_path / "s") as store:
        sync_ontology(store, vocab)
        store.replace_graph(sample_result.graph_name, sample_result.graph)
        assert validate_store(store, vocab).conforms
        broken = Graph()
        for t in sample_result.graph:
            broken.add(t)
        article = sample_result.graph_name
        title = vocab.term("dcterms:title")
        broken.remove((article, title, None))
        store.replace_graph(article, broken)
        fast, reference = validate_store(store, vocab), validate_store(store, vocab, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    assert _key(fast) == _key(reference)
    assert any(v.focus_iri == str(article) and "title" in v.message_en for v in fast.violations)

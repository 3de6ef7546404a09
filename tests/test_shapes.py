"""SHACL shapes: the sample's graph conforms, and each way of breaking a graph is
reported with a message (Chinese and English) that names the problem."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from renda_kg.graph.validate import ValidationReport, validate

from conftest import CJK, ORG, PROV, RK

RK_ID = "https://w3id.org/renda-kg/id/"


# ---------------------------------------------------------------------------- helpers
def _by_label(g: Graph, label: str) -> URIRef:
    found = [s for s in g.subjects(RDFS.label, Literal(label, lang="zh")) if isinstance(s, URIRef)]
    assert len(found) == 1, f"want one node labelled {label!r}, found {found}"
    return found[0]


def _article(g: Graph) -> URIRef:
    (a,) = list(g.subjects(RDF.type, RK.Article))
    return a


def _one(g: Graph, cls: URIRef) -> URIRef:
    nodes = sorted(g.subjects(RDF.type, cls))
    assert nodes, f"the sample has no {cls}"
    return nodes[0]


@dataclass
class Breakage:
    """What a broken copy must produce: a violation on ``focus`` whose English message
    contains ``phrase``."""

    phrase: str
    focus: URIRef | None = None
    value: URIRef | None = None


def unlabel_entity(g: Graph) -> Breakage:
    body = _by_label(g, "乌镇镇人大")
    g.remove((body, RDFS.label, None))
    g.add((body, RDFS.label, Literal("Wuzhen town congress", lang="en")))
    return Breakage("Chinese label", focus=body)


def two_chinese_labels(g: Graph) -> Breakage:
    body = _by_label(g, "乌镇镇人大")
    g.add((body, RDFS.label, Literal("乌镇人大", lang="zh")))
    return Breakage("exactly one Chinese label", focus=body)


def town_congress_over_subdistrict(g: Graph) -> Breakage:
    body = _by_label(g, "乌镇镇人大")
    subdistrict = _by_label(g, "高桥街道")
    assert (subdistrict, RDF.type, RK.Subdistrict) in g
    g.remove((body, RK.hasJurisdiction, None))
    g.add((body, RK.hasJurisdiction, subdistrict))
    return Breakage("must have a town or township as its jurisdiction", focus=body)


def subdistrict_committee_as_congress(g: Graph) -> Breakage:
    body = _by_label(g, "人大高桥街道工委")
    g.add((body, RDF.type, RK.PeoplesCongress))
    return Breakage("cannot also be a people's congress", focus=body)


def quote_off_its_offsets(g: Graph) -> Breakage:
    ev = sorted(g.subjects(RDF.type, RK.Sentence))[0]
    quote = str(g.value(ev, RK.quote))
    changed = quote[:-2] + ("甲" if quote[-2] != "甲" else "乙") + quote[-1]
    assert len(changed) == len(quote) and changed != quote
    g.set((ev, RK.quote, Literal(changed)))
    return Breakage("not the article body's text at its offsets", focus=_article(g), value=ev)


def offsets_shifted(g: Graph) -> Breakage:
    ev = sorted(g.subjects(RDF.type, RK.Sentence))[0]
    g.set((ev, RK.startOffset, Literal(int(g.value(ev, RK.startOffset)) + 1, datatype=XSD.integer)))
    return Breakage("not the article body's text at its offsets", focus=_article(g), value=ev)


def relation_without_evidence(g: Graph) -> Breakage:
    wuzhen = _by_label(g, "乌镇镇人大")
    shimen = _by_label(g, "石门镇人大")
    assert (wuzhen, RK.guides, shimen) not in g
    g.add((wuzhen, RK.guides, shimen))
    return Breakage("has no evidence sentence", focus=_article(g), value=wuzhen)


def evidence_without_fact(g: Graph) -> Breakage:
    body = _by_label(g, "乌镇镇人大")
    area = g.value(body, RK.hasJurisdiction)
    g.remove((body, RK.hasJurisdiction, area))
    return Breakage("is not in the graph", focus=_article(g))


def two_titles(g: Graph) -> Breakage:
    a = _article(g)
    g.add((a, DCTERMS.title, Literal("另一个标题")))
    return Breakage("exactly one title", focus=a)


def no_title(g: Graph) -> Breakage:
    a = _article(g)
    g.remove((a, DCTERMS.title, None))
    return Breakage("exactly one title", focus=a)


def step_index_zero(g: Graph) -> Breakage:
    step = _one(g, RK.ProcedureStep)
    g.set((step, RK.stepIndex, Literal(0, datatype=XSD.integer)))
    return Breakage("counting from 1", focus=step)


def committee_without_parent(g: Graph) -> Breakage:
    committee = _by_label(g, "桐乡市人大财政经济委员会")
    assert (committee, RDF.type, RK.SpecialCommittee) in g
    g.remove((committee, ORG.subOrganizationOf, None))
    return Breakage("must belong to a congress body", focus=committee)


def issued_not_datetime(g: Graph) -> Breakage:
    a = _article(g)
    g.set((a, DCTERMS.issued, Literal("2023-10-07", datatype=XSD.date)))
    return Breakage("xsd:dateTime", focus=a)


def no_retrieved_from(g: Graph) -> Breakage:
    a = _article(g)
    g.remove((a, RK.retrievedFrom, None))
    return Breakage("where it was read from", focus=a)


def sentence_without_article(g: Graph) -> Breakage:
    sentence = sorted(g.subjects(RDF.type, RK.Sentence))[0]
    g.remove((sentence, PROV.wasQuotedFrom, None))
    return Breakage("quoted from one article", focus=sentence)


def evidence_without_sentence(g: Graph) -> Breakage:
    ev = sorted(g.subjects(RDF.type, RK.Evidence))[0]
    g.remove((ev, RK.inSentence, None))
    return Breakage("point to one sentence", focus=ev)


def evidence_in_two_sentences(g: Graph) -> Breakage:
    ev, other = sorted(g.subjects(RDF.type, RK.Evidence))[0], sorted(g.subjects(RDF.type, RK.Sentence))[-1]
    assert (ev, RK.inSentence, other) not in g
    g.add((ev, RK.inSentence, other))
    return Breakage("point to one sentence", focus=ev)


def quantity_without_number(g: Graph) -> Breakage:
    q = _one(g, RK.Quantity)
    g.remove((q, RK.numericValue, None))
    return Breakage("needs one number", focus=q)


def area_within_itself(g: Graph) -> Breakage:
    town = _by_label(g, "乌镇镇")
    g.add((town, RK.withinArea, town))
    return Breakage("cannot lie within itself", focus=_article(g), value=town)


BREAKAGES: list[Callable[[Graph], Breakage]] = [
    unlabel_entity, two_chinese_labels, town_congress_over_subdistrict, subdistrict_committee_as_congress,
    quote_off_its_offsets, offsets_shifted, relation_without_evidence, evidence_without_fact, two_titles,
    no_title, step_index_zero, committee_without_parent, issued_not_datetime, no_retrieved_from,
    sentence_without_article, evidence_without_sentence, evidence_in_two_sentences, quantity_without_number, area_within_itself,
]


# ---------------------------------------------------------------------------- tests
@pytest.fixture(scope="module")
def sample_report(sample_result, vocab) -> ValidationReport:
    return validate(sample_result.graph, vocab)


def test_sample_graph_conforms(sample_report):
    assert sample_report.conforms, sample_report.text()
    assert sample_report.violations == []
    assert sample_report.text().startswith("Conforms")


def test_sample_graph_has_what_the_shapes_check(sample_result):
    """The shapes are only meaningful if the sample exercises them."""
    g = sample_result.graph
    for cls in (RK.Article, RK.Evidence, RK.TownCongress, RK.SubdistrictWorkingCommittee, RK.SpecialCommittee,
                RK.ProcedureStep, RK.Quantity, RK.Town, RK.Subdistrict):
        assert next(g.subjects(RDF.type, cls), None) is not None, cls


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__ for b in BREAKAGES])
def test_broken_copy_is_reported(breakage, sample_graph, vocab):
    expected = breakage(sample_graph)
    report = validate(sample_graph, vocab)
    assert not report.conforms
    matching = [v for v in report.violations if expected.phrase in v.message_en]
    assert matching, f"no violation says {expected.phrase!r}:\n{report.text()}"
    if expected.focus is not None:
        assert str(expected.focus) in {v.focus_iri for v in matching}, report.text()
    if expected.value is not None:
        assert str(expected.value) in {v.value for v in matching}, report.text()
    for v in matching:  # the message exists in both languages
        assert v.message_en and v.message_zh, v
        assert CJK.search(v.message_zh), f"not Chinese: {v.message_zh!r}"
        assert not CJK.search(v.message_en), f"not English: {v.message_en!r}"
        assert v.severity == "Violation"
    text = report.text()
    assert expected.phrase in text and matching[0].message_zh in text


def test_report_names_the_focus_by_its_label(sample_graph, vocab):
    committee_without_parent(sample_graph)
    report = validate(sample_graph, vocab)
    (v,) = [v for v in report.violations if "must belong to a congress body" in v.message_en]
    assert v.focus == "桐乡市人大财政经济委员会"
    assert v.path == "org:subOrganizationOf"
    assert "桐乡市人大财政经济委员会" in report.text()


def test_validation_uses_the_class_tree(sample_graph, vocab):
    """Shapes target rk:CongressBody; a TownCongress is checked through the ontology."""
    body = _by_label(sample_graph, "乌镇镇人大")
    other = _by_label(sample_graph, "石门镇")
    sample_graph.add((body, RK.hasJurisdiction, other))  # two jurisdictions
    report = validate(sample_graph, vocab)
    assert any("at most one jurisdiction" in v.message_en and v.focus_iri == str(body)
               for v in report.violations), report.text()


def test_validation_does_not_modify_the_graph(sample_graph, vocab):
    before = set(sample_graph)
    step_index_zero(sample_graph)
    broken = set(sample_graph)
    validate(sample_graph, vocab)
    assert set(sample_graph) == broken and broken != before

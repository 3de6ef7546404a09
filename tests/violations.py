"""A statement added to an extracted article graph, and whether the shapes reject it."""
from __future__ import annotations

from rdflib import RDFS, Literal, URIRef

from renda_kg.graph.validate import validate
from renda_kg.loaders.reader import parse_article


def rejected_when_added(pipeline, vocab, article: str, subject: str, predicate: URIRef, obj: str,
                        message_en: str) -> bool:
    """Extract ``article`` (which must conform), add ``subject predicate obj`` between the
    entities so labelled, and whether the report then has ``message_en`` about the subject."""
    graph = pipeline.process(parse_article(article.encode("utf-8"), "article.txt")).graph
    assert validate(graph, vocab).conforms
    focus = next(graph.subjects(RDFS.label, Literal(subject, lang="zh")))
    graph.add((focus, predicate, next(graph.subjects(RDFS.label, Literal(obj, lang="zh")))))
    report = validate(graph, vocab)
    return any(v.message_en == message_en and v.focus_iri == str(focus) for v in report.violations)

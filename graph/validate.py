"""SHACL validation of article graphs: one entry point, :func:`validate`.

The shapes file is the single source of truth; it is run in two parts. Core
constraints go to pySHACL, with only the ontology's class tree as its ``ont_graph``
(mixing in the whole ontology per article cost most of the time). SHACL-SPARQL
constraints are compiled once into single queries over all focus nodes and run by
Oxigraph: pySHACL evaluates them per focus node with rdflib's engine, which took
seconds per article. Both parts report in the same form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
import pyshacl
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .vocab import Vocabulary

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str          # the focus node, by its label where it has one
    focus_iri: str
    path: str | None
    severity: str
    message_en: str
    message_zh: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"[{self.severity}] {self.focus} <{self.focus_iri}>{where}{value}: {self.message_en} / {self.message_zh}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def text(self) -> str:
        if self.conforms:
            return "Conforms: no violations."
        lines = [f"{len(self.violations)} violation(s):"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)


def _label(data: Graph, node) -> str:
    for lit in data.objects(node, RDFS.label):
        if isinstance(lit, Literal):
            return str(lit)
    return str(node)


def _message(report: Graph, shapes: Graph, result, lang: str) -> str:
    """The result's message in ``lang``; pySHACL reports one language of a SPARQL
    constraint's messages, so fall back to the constraint's own sh:message."""
    messages = list(report.objects(result, SH.resultMessage))
    for source in (report.value(result, SH.sourceConstraint), report.value(result, SH.sourceShape)):
        if source is not None:
            messages += list(shapes.objects(source, SH.message))
    chosen = [str(m) for m in messages if isinstance(m, Literal) and m.language == lang]
    return chosen[0] if chosen else (str(messages[0]) if messages else "")


@dataclass(frozen=True)
class _SparqlConstraint:
    query: str                 # one SELECT over every focus node, ?this in place of $this
    messages: tuple[Literal, ...]
    severity: str


@dataclass(frozen=True)
class _CompiledShapes:
    core: Graph                # the shapes without their SPARQL constraints, for pySHACL
    hierarchy: Graph           # the ontology's class tree (what targetClass and sh:class need)
    hierarchy_nt: str
    sparql: tuple[_SparqlConstraint, ...]


@lru_cache(maxsize=8)
def _compile(vocab: Vocabulary) -> _CompiledShapes:
    shapes = vocab.shapes
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (
        (str(shapes.value(d, SH.prefix)), str(shapes.value(d, SH.namespace))) for d in shapes.objects(None, SH.declare)))
    core = Graph()
    for t in shapes:
        core.add(t)
    compiled = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        targets = list(shapes.objects(shape, SH.targetClass))
        select = str(shapes.value(constraint, SH.select))
        body = select.replace("$this", "?this")
        focus = " UNION ".join(f"{{ ?this a/<{RDFS.subClassOf}>* <{t}> }}" for t in targets)
        body = re.sub(r"WHERE\s*\{", "WHERE { " + focus + " ", body, count=1)
        severity = shapes.value(constraint, SH.severity) or shapes.value(shape, SH.severity) or SH.Violation
        compiled.append(_SparqlConstraint(prefixes + body, tuple(shapes.objects(constraint, SH.message)),
                                          str(severity).rsplit("#", 1)[-1]))
        core.remove((shape, SH.sparql, constraint))
        core.remove((constraint, None, None))
    hierarchy = Graph()  # the declarations and the class and property trees, not labels or individuals
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in vocab.graph.subjects(RDF.type, kind):
            hierarchy.add((term, RDF.type, kind))
    for link in (RDFS.subClassOf, RDFS.subPropertyOf):
        for sub, sup in vocab.graph.subject_objects(link):
            hierarchy.add((sub, link, sup))
    return _CompiledShapes(core, hierarchy, hierarchy.serialize(format="nt"), tuple(compiled))


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        return Literal(term.value, lang=term.language, datatype=None if term.language else URIRef(term.datatype.value))
    return Literal(str(term))


def _sparql_violations(data: Graph, vocab: Vocabulary, compiled: _CompiledShapes) -> list[Violation]:
    store = ox.Store()
    store.load(data.serialize(format="nt") + compiled.hierarchy_nt, ox.RdfFormat.N_TRIPLES)
    out = []
    for constraint in compiled.sparql:
        for row in store.query(constraint.query):
            focus, value = _term(row["this"]), _term(row["value"])
            path = _term(row["path"]) if _has(row, "path") else None
            messages = {m.language: str(m) for m in constraint.messages}
            out.append(Violation(
                focus=_label(data, focus), focus_iri=str(focus),
                path=vocab.namespaces.normalizeUri(path) if isinstance(path, URIRef) else None,
                severity=constraint.severity, message_en=messages.get("en", ""), message_zh=messages.get("zh", ""),
                value=str(value) if value is not None else None))
    return out


def _has(row, name: str) -> bool:
    try:
        return row[name] is not None
    except (KeyError, IndexError):
        return False


def validate(data: Graph, vocab: Vocabulary) -> ValidationReport:
    """Validate ``data`` against the ontology's SHACL shapes, with the ontology's class tree."""
    compiled = _compile(vocab)
    sparql_violations = _sparql_violations(data, vocab, compiled)
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=compiled.core, ont_graph=compiled.hierarchy, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        severity = report.value(result, SH.resultSeverity)
        value = report.value(result, SH.value)
        violations.append(Violation(
            focus=_label(data, focus), focus_iri=str(focus),
            path=vocab.namespaces.normalizeUri(path) if isinstance(path, URIRef) else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            message_en=_message(report, vocab.shapes, result, "en"),
            message_zh=_message(report, vocab.shapes, result, "zh"),
            value=str(value) if value is not None else None))
    violations += sparql_violations
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message_en, v.value or ""))
    return ValidationReport(bool(conforms) and not sparql_violations, violations)

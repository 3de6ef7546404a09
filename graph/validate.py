"""SHACL validation of article graphs: one entry point, :func:`validate`."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyshacl
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

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


def validate(data: Graph, vocab: Vocabulary) -> ValidationReport:
    """Validate ``data`` against the ontology's SHACL shapes, with the ontology's class tree."""
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=vocab.shapes, ont_graph=vocab.graph, inference="none",
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
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message_en))
    return ValidationReport(bool(conforms), violations)

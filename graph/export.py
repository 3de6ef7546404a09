"""Export the store: serializers chosen by name, as rdflib's are."""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from rdflib import Dataset, Graph, URIRef

from .build import IriMinter
from .store import GraphStore
from .vocab import Vocabulary


@dataclass(frozen=True)
class ExportFormat:
    name: str
    rdflib_format: str
    keeps_graphs: bool      # one graph per article (TriG, N-Quads, JSON-LD) or merged
    suffix: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("turtle", "turtle", False, ".ttl"),
    ExportFormat("trig", "trig", True, ".trig"),
    ExportFormat("nquads", "nquads", True, ".nq"),
    ExportFormat("jsonld", "json-ld", True, ".jsonld"),
    ExportFormat("xml", "xml", False, ".rdf"),
)}


def data_graph_names(store: GraphStore, vocab: Vocabulary) -> list[URIRef]:
    """Every named graph but the ontology's own: the articles and the reviewers' curation."""
    return [g for g in store.graph_names() if g != vocab.iri]


def article_graph_names(store: GraphStore, vocab: Vocabulary) -> list[URIRef]:
    """The named graphs that hold one article each."""
    prefix = str(IriMinter(vocab).article_prefix)
    return [g for g in store.graph_names() if str(g).startswith(prefix)]


def export(store: GraphStore, vocab: Vocabulary, fmt: str, out: IO[bytes]) -> int:
    """Write the store's data graphs to ``out``; returns the number of triples written."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    names = data_graph_names(store, vocab)
    if spec.keeps_graphs:
        target = Dataset()
        for prefix, ns in vocab.namespaces.namespaces():
            target.bind(prefix, ns)
        for s, p, o, g in store.quads(names):
            target.add((s, p, o, target.graph(g)))
        count = sum(len(target.graph(g)) for g in names)
    else:
        target = Graph(namespace_manager=vocab.namespaces)
        for s, p, o, _ in store.quads(names):
            target.add((s, p, o))
        count = len(target)
    out.write(target.serialize(format=spec.rdflib_format, encoding="utf-8"))
    return count

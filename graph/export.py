"""Export the store: serializers chosen by name, as rdflib's are.

From the embedded store the quads go straight to Oxigraph's serializers (rdflib's took
several times longer and held the whole store as Python objects); JSON-LD, and other
stores, go through rdflib.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from .build import IriMinter
from .store import GraphStore
from .vocab import Vocabulary


@dataclass(frozen=True)
class ExportFormat:
    name: str
    rdflib_format: str
    keeps_graphs: bool      # one graph per article (TriG, N-Quads, JSON-LD) or merged, with the ontology
    suffix: str
    oxigraph_format: ox.RdfFormat | None = None


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("turtle", "turtle", False, ".ttl", ox.RdfFormat.TURTLE),
    ExportFormat("trig", "trig", True, ".trig", ox.RdfFormat.TRIG),
    ExportFormat("nquads", "nquads", True, ".nq", ox.RdfFormat.N_QUADS),
    ExportFormat("jsonld", "json-ld", True, ".jsonld"),
    ExportFormat("xml", "xml", False, ".rdf", ox.RdfFormat.RDF_XML),
)}


def data_graph_names(store: GraphStore, vocab: Vocabulary) -> list[URIRef]:
    """Every named graph but the ontology's own: the articles and the reviewers' curation."""
    return [g for g in store.graph_names() if g != vocab.iri]


def article_graph_names(store: GraphStore, vocab: Vocabulary) -> list[URIRef]:
    """The named graphs that hold one article each."""
    prefix = str(IriMinter(vocab).article_prefix)
    return [g for g in store.graph_names() if str(g).startswith(prefix)]


def export(store: GraphStore, vocab: Vocabulary, fmt: str, out: IO[bytes]) -> int:
    """Write the store to ``out``; returns the number of triples written. Formats that keep
    graphs write the data graphs (articles, curation); the others write the merge of every
    graph, the ontology's included, so that one file carries the classes' labels too."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    names = data_graph_names(store, vocab) if spec.keeps_graphs else store.graph_names()
    native = getattr(store, "oxigraph", None)
    if native is not None and spec.oxigraph_format is not None:
        return _export_oxigraph(store, names, vocab, spec, out)
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


def _export_oxigraph(store, names: list[URIRef], vocab: Vocabulary, spec: ExportFormat, out: IO[bytes]) -> int:
    native = store.oxigraph
    # id: would write id:area\/… (a slash in a local name must be escaped): full IRIs read better.
    prefixes = {p: str(ns) for p, ns in vocab.namespaces.namespaces() if p and str(ns) != str(vocab.instance_ns)}
    if spec.keeps_graphs:
        quads = [q for name in names for q in native.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))]
        out.write(ox.serialize(quads, format=spec.oxigraph_format, prefixes=prefixes))
        return len(quads)
    # The store keeps the merge of its graphs: Oxigraph writes it in Rust, each statement
    # once. Its order is that of the store's index, the same for the same data.
    out.write(native.dump(format=spec.oxigraph_format, from_graph=store.merged_graph(), prefixes=prefixes))
    return store.merged_size()

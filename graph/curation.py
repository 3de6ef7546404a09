"""Corrections a reviewer makes: facts added by hand and extracted facts suppressed.

A curation file is YAML a person can write::

    reviewer: 张三 <mailto:zhangsan@example.org>
    add:
      - subject: 大麻镇人大            # a label (rdfs:label or skos:altLabel @zh), an IRI or id:… CURIE
        predicate: rk:pilots
        object: 民生实事项目票决制
        note: 试点先行 refers to the 17 项制度
      - subject: 乌镇镇人大
        predicate: rk:hasBrand
        object: 乌镇议事厅
        object_kind: WorkBrand          # make a new entity of this ontology class when none has the label
    suppress:
      - subject: 桐乡市人大常委会
        predicate: rk:operatesMechanism
        object: 视察调研

``renda-kg curate FILE`` stores it in the store's curation graph, apart from the extracted
facts: additions as triples plus a :class:`rk:CuratedStatement` with the reviewer; a
suppression as an :class:`rk:Suppression`, which every load applies, so a corrected
article stays corrected when it is loaded again.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from .build import IriMinter, digest
from .store import GraphStore, normalize
from .vocab import UnknownTerm, Vocabulary


class CurationError(ValueError):
    """A curation file that cannot be applied; names the file, the row and the problem."""


@dataclass(frozen=True)
class Curation:
    reviewer: str
    additions: Graph        # the curation graph: added triples and their provenance
    suppressed: frozenset   # (s, p, o) that no article graph may hold


def curation_graph_name(vocab: Vocabulary) -> URIRef:
    return URIRef(f"{vocab.instance_ns}curation")


def read_curation(path: str | Path, store: GraphStore, vocab: Vocabulary) -> Curation:
    """Parse and resolve a curation file against the entities in ``store``."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise CurationError(f"{path}: no such curation file") from None
    except yaml.YAMLError as exc:
        raise CurationError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not str(data.get("reviewer") or "").strip():
        raise CurationError(f"{path}: a curation file needs a 'reviewer' (who answers for these corrections)")
    reviewer = str(data["reviewer"]).strip()
    labels = _label_index(store)
    mint = IriMinter(vocab)
    graph = Graph(namespace_manager=vocab.namespaces)
    agent = _agent(reviewer, vocab)
    graph.add((agent, RDFS.label, Literal(reviewer)))

    def resolve(row: dict, field: str, where: str, kind: str | None = None) -> URIRef | Literal:
        value = row.get(field)
        if value is None or str(value).strip() == "":
            raise CurationError(f"{where}: '{field}' is missing")
        value = str(value).strip()
        if value.startswith(("http://", "https://")):
            return URIRef(value)
        if value.startswith("id:"):
            return URIRef(f"{vocab.instance_ns}{value[3:]}")
        found = labels.get(value, set())
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            raise CurationError(f"{where}: {field} {value!r} names {len(found)} things; give its IRI instead: "
                                + ", ".join(sorted(found)))
        if kind:
            try:
                cls = vocab.term(kind)
            except UnknownTerm as exc:
                raise CurationError(f"{where}: {field}_kind: {exc}") from None
            iri = mint.entity(kind, f"curated:{value}")
            graph.add((iri, RDF.type, cls))
            graph.add((iri, RDFS.label, Literal(value, lang="zh")))
            labels.setdefault(value, set()).add(iri)
            return iri
        raise CurationError(f"{where}: {field} {value!r} is not the label of anything in the store "
                            f"(give {field}_kind to create it, or its IRI)")

    def statement(row: object, index: int, section: str) -> tuple[URIRef, URIRef, object, str]:
        where = f"{path}: {section}[{index}]"
        if not isinstance(row, dict):
            raise CurationError(f"{where}: want a mapping with subject, predicate and object")
        subject = resolve(row, "subject", where, row.get("subject_kind"))
        try:
            predicate = vocab.term(str(row.get("predicate", "")).strip())
        except UnknownTerm as exc:
            raise CurationError(f"{where}: predicate: {exc}") from None
        if "value" in row:
            obj = Literal(row["value"])
        else:
            obj = resolve(row, "object", where, row.get("object_kind"))
        return subject, predicate, obj, where

    cls_added, cls_suppressed = vocab.term("CuratedStatement"), vocab.term("Suppression")
    attributed = vocab.term("prov:wasAttributedTo")
    suppressed = set()
    for section, cls in (("add", cls_added), ("suppress", cls_suppressed)):
        rows = data.get(section) or []
        if not isinstance(rows, list):
            raise CurationError(f"{path}: '{section}' must be a list")
        for index, row in enumerate(rows):
            s, p, o, _ = statement(row, index, section)
            node = mint.entity(vocab.local_name(cls), f"{section}|{s}|{p}|{o}", reviewer)
            graph.add((node, RDF.type, cls))
            graph.add((node, RDF.subject, s))
            graph.add((node, RDF.predicate, p))
            graph.add((node, RDF.object, o))
            graph.add((node, attributed, agent))
            if row.get("note"):
                graph.add((node, RDFS.comment, Literal(str(row["note"]))))
            if cls == cls_added:
                graph.add((s, p, o))
            else:
                suppressed.add((s, p, normalize(o)))
    return Curation(reviewer, graph, frozenset(suppressed))


def _agent(reviewer: str, vocab: Vocabulary) -> URIRef:
    return URIRef(f"{vocab.instance_ns}reviewer/{digest(reviewer)}")


def _label_index(store: GraphStore) -> dict[str, set[URIRef]]:
    index: dict[str, set[URIRef]] = {}
    rows = store.query(f"SELECT DISTINCT ?e ?l WHERE {{ {{ ?e <{RDFS.label}> ?l }} UNION {{ ?e <{SKOS.altLabel}> ?l }} "
                       f"FILTER (isIRI(?e) && LANG(?l) = 'zh') }}")
    for e, label in rows:
        index.setdefault(str(label), set()).add(e)
    return index


def stored_suppressions(store: GraphStore, vocab: Vocabulary) -> set[tuple]:
    """The (s, p, o) that reviewers have suppressed, as the store records them."""
    name = curation_graph_name(vocab)
    if name not in store.graph_names():
        return set()
    graph = store.graph(name)
    cls = vocab.term("Suppression")
    return {(graph.value(n, RDF.subject), graph.value(n, RDF.predicate), normalize(graph.value(n, RDF.object)))
            for n in graph.subjects(RDF.type, cls)}


def suppress(graph: Graph, suppressed: set[tuple], vocab: Vocabulary) -> int:
    """Remove suppressed facts and their evidence from an article graph; returns how many facts."""
    removed = 0
    for s, p, o in suppressed:
        if (s, p, o) in graph:
            graph.remove((s, p, o))
            removed += 1
        for ev in list(graph.subjects(RDF.subject, s)):
            if graph.value(ev, RDF.predicate) == p and normalize(graph.value(ev, RDF.object)) == o:
                graph.remove((ev, None, None))
    return removed


def apply_curation(store: GraphStore, curation: Curation, vocab: Vocabulary) -> tuple[int, int]:
    """Store the curation graph and apply its suppressions to every article graph.

    Returns (facts added, facts suppressed)."""
    store.replace_graph(curation_graph_name(vocab), curation.additions)
    removed = 0
    for name in store.graph_names():
        if name in (vocab.iri, curation_graph_name(vocab)):
            continue
        graph = store.graph(name)
        count = suppress(graph, set(curation.suppressed), vocab)
        if count:
            store.replace_graph(name, graph)
            removed += count
    added = sum(1 for _ in curation.additions.subjects(RDF.type, vocab.term("CuratedStatement")))
    return added, removed

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

``renda-kg curate FILE`` stores it in a curation graph of its own, apart from the extracted
facts: additions as triples plus a :class:`rk:CuratedStatement` with the reviewer; a
suppression as an :class:`rk:Suppression`, which every load applies, so a corrected
article stays corrected when it is loaded again. The graph is named from the file's path:
several files add up, and running a file again replaces what it said before (editing the
file is how a correction is changed or withdrawn). A curation whose result breaks the
shapes is refused, and the store is left as it was.
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
    additions: Graph        # the file's curation graph: added triples and their provenance
    suppressed: frozenset   # (s, p, o) that no article graph may hold
    graph_name: URIRef      # where the additions go (see curation_graph_name)
    source: str = ""        # the file, for messages


def curation_graph_name(vocab: Vocabulary, path: str | Path | None = None) -> URIRef:
    """The graph of one curation file, named from its full path (two files called fixes.yaml
    in two folders are two files); without one, the single curation graph that stores
    written before files had their own graphs hold (still read)."""
    base = f"{vocab.instance_ns}curation"
    return URIRef(base if path is None else f"{base}/file/{digest(str(Path(path).resolve()))}")


def is_curation_graph(name: URIRef, vocab: Vocabulary) -> bool:
    base = str(curation_graph_name(vocab))
    return str(name) == base or str(name).startswith(base + "/")


def read_curation(path: str | Path, store: GraphStore, vocab: Vocabulary) -> Curation:
    """Parse and resolve a curation file against the entities in ``store``."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise CurationError(f"{path}: no such curation file") from None
    except UnicodeDecodeError:
        raise CurationError(f"{path}: not UTF-8 text (a curation file is YAML in UTF-8)") from None
    except yaml.YAMLError as exc:
        raise CurationError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not str(data.get("reviewer") or "").strip():
        raise CurationError(f"{path}: a curation file needs a 'reviewer' (who answers for these corrections)")
    reviewer = str(data["reviewer"]).strip()
    labels = _label_index(store)
    mint = IriMinter(vocab)
    graph = Graph(namespace_manager=vocab.namespaces)
    graph_name = curation_graph_name(vocab, path)
    graph.add((graph_name, vocab.term("curationFile"), Literal(str(path.resolve()))))  # for --list, --withdraw
    agent = _agent(reviewer, vocab)
    graph.add((agent, RDFS.label, Literal(reviewer)))

    def resolve(row: dict, field: str, where: str, kind: str | None = None, may_create: bool = True) -> URIRef | Literal:
        value = row.get(field)
        if value is None or str(value).strip() == "":
            raise CurationError(f"{where}: '{field}' is missing")
        value = str(value).strip()
        if value.startswith(("http://", "https://")):
            return URIRef(value)
        if value.startswith("id:"):
            return URIRef(f"{vocab.instance_ns}{value[3:]}")
        cls = None
        if kind:
            try:
                cls = vocab.term(kind)
            except UnknownTerm as exc:
                raise CurationError(f"{where}: {field}_kind: {exc.args[0]}") from None
        found = labels.get(value, set())
        minted = mint.entity(kind, f"curated:{value}") if cls is not None else None
        if len(found) > 1:
            raise CurationError(f"{where}: {field} {value!r} names {len(found)} things; give its IRI instead: "
                                + ", ".join(sorted(found)))
        if found and found != {minted}:
            return next(iter(found))
        if not may_create:   # a suppression names what is there; it makes nothing
            raise CurationError(f"{where}: {field} {value!r} is not the label of anything in the store, "
                                f"so there is nothing to suppress (check the label, or give its IRI)")
        if cls is None:
            raise CurationError(f"{where}: {field} {value!r} is not the label of anything in the store "
                                f"(give {field}_kind to create it, or its IRI)")
        # New, or made by a curation before (this file run again, or another file): the
        # kind and label are stated here, so that they stay while any file needs them.
        graph.add((minted, RDF.type, cls))
        graph.add((minted, RDFS.label, Literal(value, lang="zh")))
        labels.setdefault(value, set()).add(minted)
        return minted

    def statement(row: object, index: int, section: str) -> tuple[URIRef, URIRef, object, str]:
        where = f"{path}: {section}[{index}]"
        if not isinstance(row, dict):
            raise CurationError(f"{where}: want a mapping with subject, predicate and object")
        adding = section == "add"
        subject = resolve(row, "subject", where, row.get("subject_kind"), adding)
        try:
            predicate = vocab.term(str(row.get("predicate", "")).strip())
        except UnknownTerm as exc:
            raise CurationError(f"{where}: predicate: {exc.args[0]}") from None
        if "value" in row:
            obj = Literal(row["value"])
        else:
            obj = resolve(row, "object", where, row.get("object_kind"), adding)
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
    return Curation(reviewer, graph, frozenset(suppressed), graph_name, str(path))


@dataclass(frozen=True)
class StoredCuration:
    """One curation graph in a store, as ``renda-kg curate --list`` shows it."""
    graph_name: URIRef
    file: str | None          # None: a graph written before graphs recorded their file
    reviewers: tuple[str, ...]
    added: int
    suppressed: int


def stored_curations(store: GraphStore, vocab: Vocabulary) -> list[StoredCuration]:
    """The curation graphs in ``store``, by file."""
    added, suppression, attributed = vocab.term("CuratedStatement"), vocab.term("Suppression"), vocab.term("prov:wasAttributedTo")
    out = []
    for name in store.graph_names():
        if not is_curation_graph(name, vocab):
            continue
        graph = store.graph(name)
        file = graph.value(name, vocab.term("curationFile"))
        reviewers = {str(graph.value(agent, RDFS.label)) for agent in graph.objects(None, attributed)}
        out.append(StoredCuration(name, str(file) if file is not None else None, tuple(sorted(reviewers)),
                                  sum(1 for _ in graph.subjects(RDF.type, added)),
                                  sum(1 for _ in graph.subjects(RDF.type, suppression))))
    return sorted(out, key=lambda c: (c.file or "", str(c.graph_name)))


def withdraw_curation(store: GraphStore, vocab: Vocabulary, target: str) -> StoredCuration:
    """Remove one curation file's graph, found by the file's path (the file need not be
    there any more: a moved or deleted file) or by the graph's IRI. Its additions go at
    once; the facts it suppressed come back when their articles are loaded again."""
    stored = stored_curations(store, vocab)
    wanted = URIRef(target) if target.startswith(("http://", "https://")) else curation_graph_name(vocab, target)
    found = [c for c in stored if c.graph_name == wanted]
    if not found:
        known = "\n".join(f"  {c.file or '(no file recorded)'}  <{c.graph_name}>" for c in stored) or "  (none)"
        raise CurationError(f"{target}: no curation from this file or graph in the store; the store has:\n{known}")
    store.remove_graph(found[0].graph_name)
    return found[0]


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
    """The (s, p, o) that reviewers have suppressed, as the store records them (every file's)."""
    cls = vocab.term("Suppression")
    out = set()
    for name in store.graph_names():
        if is_curation_graph(name, vocab):
            graph = store.graph(name)
            out |= {(graph.value(n, RDF.subject), graph.value(n, RDF.predicate), normalize(graph.value(n, RDF.object)))
                    for n in graph.subjects(RDF.type, cls)}
    return out


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
    """Store the file's curation graph and apply its suppressions to every article graph,
    then validate the store: if a node the curation touches breaks a shape, every graph it
    changed is put back and :class:`CurationError` says why.

    Returns (facts added, facts suppressed)."""
    from .validate import validate_store  # validate.py builds on the store, as this does

    names = store.graph_names()
    touched = {str(n) for triple in curation.additions for n in triple if isinstance(n, URIRef)}
    touched |= {str(s) for s, _, _ in curation.suppressed}

    def violations() -> set:   # on the nodes this file touches
        return {v for v in validate_store(store, vocab).violations
                if v.severity == "Violation" and v.focus_iri in touched}

    already = violations()   # a curation answers only for what it breaks
    # what to put back if it fails: None for a graph that was not there
    previous: dict[URIRef, Graph | None] = {
        curation.graph_name: store.graph(curation.graph_name) if curation.graph_name in names else None}
    removed = 0
    try:
        for name in names:
            if name == vocab.iri or is_curation_graph(name, vocab):
                continue
            graph = store.graph(name)
            count = suppress(graph, set(curation.suppressed), vocab)
            if count:
                previous[name] = store.graph(name)
                store.replace_graph(name, graph)
                removed += count
        store.replace_graph(curation.graph_name, curation.additions)
        broken = sorted(violations() - already, key=str)
        if broken:
            lines = "\n".join(f"  {v}" for v in broken[:20])
            raise CurationError(f"{curation.source or 'curation'}: the corrections would break the shapes, so "
                                f"nothing was changed ({len(broken)} violation(s)):\n{lines}")
    except BaseException:
        for name, graph in previous.items():
            if graph is None:
                store.remove_graph(name)
            else:
                store.replace_graph(name, graph)
        raise
    added = sum(1 for _ in curation.additions.subjects(RDF.type, vocab.term("CuratedStatement")))
    return added, removed

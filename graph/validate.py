"""SHACL validation of article graphs: one entry point, :func:`validate`.

The shapes file is the single source of truth. Two engines read it, chosen by name:

``oxigraph`` (the default) compiles every constraint once into one SPARQL query over
all focus nodes and runs it in an in-memory Oxigraph store holding the article graph
and the ontology's class and property trees (or, for a whole store, in the store). The
class tree is closed in Python when the shapes are compiled: a target class stands for
the list of its subclasses, not an ``rdf:type/rdfs:subClassOf*`` path. pySHACL evaluates constraints per focus
node with rdflib's engine: 2 s per article with the SHACL-SPARQL constraints, 0.1 s
without them; the compiled queries take a few milliseconds. It knows the constraint
components the shapes use (counts, datatype, class, languageIn, minLength,
minInclusive, qualified counts, sh:or, sh:not, SHACL-SPARQL) and refuses any other,
so a new kind of constraint in the shapes is never silently skipped.

``pyshacl`` is the reference: the test suite checks that both give the same report.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import pyoxigraph as ox
import pyshacl
from oxrdflib._converter import from_ox  # the store's converter too (graph/store.py)
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .build import IriMinter
from .terms import n_triples
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


class UnsupportedShape(ValueError):
    """A constraint component the compiled engine does not know (use engine="pyshacl")."""


@dataclass(frozen=True)
class _Query:
    """One compiled constraint: a SELECT giving ?this (and ?value, ?path where they apply)."""

    sparql: str
    messages: tuple[Literal, ...]
    severity: str
    path: URIRef | None = None
    per_graph: bool = False    # a SHACL-SPARQL check of one article's integrity: run graph by graph


@dataclass(frozen=True)
class _CompiledShapes:
    queries: tuple[_Query, ...]
    hierarchy: Graph           # the declarations and the class and property trees
    hierarchy_nt: str


class _ClassTree:
    """The ontology's class tree, closed once in Python: a focus or ``sh:class`` test becomes
    ``?x a ?c`` with ``?c`` among a class's known subclasses. Oxigraph evaluated
    ``rdf:type/rdfs:subClassOf*`` for every typed node in the store (15 s per count check at
    1M triples); with the classes listed it reads the type index for each."""

    def __init__(self, ontology: Graph):
        self._narrower: dict[Node, set[Node]] = {}
        for sub, sup in ontology.subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                self._narrower.setdefault(sup, set()).add(sub)

    def closure(self, cls: Node) -> list[Node]:
        """``cls`` and every class below it, in a stable order."""
        seen, todo = {cls}, [cls]
        while todo:
            for sub in self._narrower.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return sorted(seen, key=str)

    def one_of(self, classes: list[Node]) -> str:
        return " ".join(_n3(c) for c in sorted({k for cls in classes for k in self.closure(cls)}, key=str))


def _n3(term: Node) -> str:
    return term.n3()


def _is_a(tree: _ClassTree, var: str, cls: Node) -> str:
    return f"EXISTS {{ {var} a ?_class . FILTER (?_class IN ({', '.join(_n3(c) for c in tree.closure(cls))})) }}"


def _focus(tree: _ClassTree, targets: list[Node]) -> str:
    # DISTINCT first: a node may have several of the target classes, and over a union of
    # article graphs (rdflib's, a server's) a shared body is typed once per article.
    return f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?_focus_class {{ {tree.one_of(targets)} }} ?this a ?_focus_class }} }}"


def _rdf_list(g: Graph, head: Node) -> list[Node]:
    items = []
    while head and head != RDF.nil:
        items.append(g.value(head, RDF.first))
        head = g.value(head, RDF.rest)
    return items


def _component_test(g: Graph, tree: _ClassTree, component: Node, o: Node) -> str:
    """A SPARQL expression true when ?v satisfies one constraint component."""
    if component == SH["class"]:
        return _is_a(tree, "?v", o)
    if component == SH.datatype:
        return f"(isLiteral(?v) && DATATYPE(?v) = {_n3(o)})"
    if component == SH.languageIn:
        langs = " || ".join(f'LANGMATCHES(LANG(?v), "{lang}")' for lang in _rdf_list(g, o))
        return f"(isLiteral(?v) && ({langs}))"
    if component == SH["or"]:
        return "(" + " || ".join(_value_test(g, tree, alt) for alt in _rdf_list(g, o)) + ")"
    raise UnsupportedShape(f"constraint {component} inside a value shape")


def _value_test(g: Graph, tree: _ClassTree, node: Node) -> str:
    """A SPARQL expression true when ?v conforms to the (value-level) shape ``node``."""
    tests = [_component_test(g, tree, p, o) for p, o in g.predicate_objects(node) if p not in (SH.message, RDF.type)]
    return " && ".join(tests) if tests else "true"


def _property_queries(g: Graph, tree: _ClassTree, focus: str, prop: Node, severity: str) -> list[_Query]:
    path = g.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShape(f"property path {path} (only single IRIs are compiled)")
    messages = tuple(g.objects(prop, SH.message))
    p = _n3(path)
    values = f"{focus} ?this {p} ?v ."
    out = []

    def q(where: str, select: str = "?this (?v AS ?value)") -> None:
        out.append(_Query(f"SELECT DISTINCT {select} WHERE {{ {where} }}", messages, severity, path))

    # A property's lower and upper bounds share its message, so one grouping checks both:
    # the count checks are the costliest (every focus node grouped), and half as many run.
    counts: dict[str, list[str]] = {}

    def count(condition: str, having: str) -> None:
        counts.setdefault(condition, []).append(having)

    handled = {SH.path, SH.message, SH.name, SH.description, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.severity}
    for comp, o in g.predicate_objects(prop):
        if comp in handled:
            continue
        if comp == SH.minCount:
            count("", f"COUNT(DISTINCT ?v) < {int(o)}")
        elif comp == SH.maxCount:
            count("", f"COUNT(DISTINCT ?v) > {int(o)}")
        elif comp == SH.qualifiedValueShape:
            test = _value_test(g, tree, o)
            low, high = g.value(prop, SH.qualifiedMinCount), g.value(prop, SH.qualifiedMaxCount)
            if low is not None:
                count(f"FILTER ({test})", f"COUNT(DISTINCT ?v) < {int(low)}")
            if high is not None:
                count(f"FILTER ({test})", f"COUNT(DISTINCT ?v) > {int(high)}")
        elif comp == SH.minLength:
            q(f"{values} FILTER (isBlank(?v) || STRLEN(STR(?v)) < {int(o)})")
        elif comp == SH.minInclusive:
            q(f"{values} FILTER (!(?v >= {_n3(o)}))")
        elif comp in (SH["class"], SH.datatype, SH.languageIn, SH["or"]):
            q(f"{values} FILTER (!({_component_test(g, tree, comp, o)}))")
        else:
            raise UnsupportedShape(f"constraint component {comp}")
    for condition, havings in counts.items():
        out.append(_Query(
            f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ SELECT DISTINCT ?this ?v WHERE {{ ?this {p} ?v {condition} }} }} }} "
            f"GROUP BY ?this HAVING ({' || '.join(havings)})", messages, severity, path))
    return out


def _compile_shapes(shapes: Graph, tree: _ClassTree | None = None) -> list[_Query]:
    tree = tree or _ClassTree(shapes)  # without an ontology: each class stands for itself
    prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                       for d in shapes.objects(None, SH.declare))
    queries: list[_Query] = []
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        focus = _focus(tree, sorted(shapes.objects(shape, SH.targetClass), key=str))
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for comp, o in shapes.predicate_objects(shape):
            if comp == SH.property:
                queries += _property_queries(shapes, tree, focus, o, severity)
            elif comp == SH.sparql:
                select = str(shapes.value(o, SH.select)).replace("$this", "?this")
                select = re.sub(r"WHERE\s*\{", "WHERE { " + focus + " ", select, count=1)
                queries.append(_Query(prefixes + select, tuple(shapes.objects(o, SH.message)), severity, per_graph=True))
            elif comp == SH["not"]:
                # As SHACL reports it: the focus node is also the value that conforms to the negated shape.
                queries.append(_Query(f"SELECT DISTINCT ?this (?this AS ?value) WHERE {{ {focus} "
                                      f"FILTER ({_value_test(shapes, tree, o).replace('?v', '?this')}) }}",
                                      tuple(shapes.objects(shape, SH.message)), severity))
            elif comp in (SH.targetClass, RDF.type, SH.message, SH.name, SH.description, SH.severity, RDFS.label, RDFS.comment):
                continue
            else:
                raise UnsupportedShape(f"node constraint {comp} on {shape}")
    return queries


@lru_cache(maxsize=8)
def _compile(vocab: Vocabulary) -> _CompiledShapes:
    hierarchy = Graph()  # the declarations and the class and property trees, not labels or individuals
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in vocab.graph.subjects(RDF.type, kind):
            hierarchy.add((term, RDF.type, kind))
    for link in (RDFS.subClassOf, RDFS.subPropertyOf):
        for sub, sup in vocab.graph.subject_objects(link):
            hierarchy.add((sub, link, sup))
    return _CompiledShapes(tuple(_compile_shapes(vocab.shapes, _ClassTree(vocab.graph))), hierarchy, n_triples(hierarchy))


def _get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError, TypeError):
        return None


def _oxigraph(data: Graph, vocab: Vocabulary, nt: str | None = None) -> ValidationReport:
    compiled = _compile(vocab)
    store = ox.Store()
    # lenient: rdflib wrote these IRIs, and the ontology's were checked when it was read
    store.load((nt if nt is not None else n_triples(data)) + compiled.hierarchy_nt, ox.RdfFormat.N_TRIPLES,
               lenient=True)
    return _run_compiled(store, compiled, vocab, lambda node: _label(data, node))


def validate_store(store, vocab: Vocabulary, engine: str = "oxigraph") -> ValidationReport:
    """Validate everything in a store (all its graphs together, with the ontology's).

    On the embedded store the compiled queries run where the data is, over the merge of
    its graphs; other stores are copied into one rdflib graph first."""
    native = getattr(store, "oxigraph", None)
    if engine == "oxigraph" and native is not None:
        dataset = store.query_dataset()

        def label(node):
            rows = list(native.query(f"SELECT ?l WHERE {{ <{node}> <{RDFS.label}> ?l }} LIMIT 1",
                                     **dataset)) if isinstance(node, URIRef) else []
            return rows[0]["l"].value if rows else str(node)
        prefix = IriMinter(vocab).article_prefix
        names = store.graph_names()
        articles = [g for g in names if str(g).startswith(prefix)]
        shared = [g for g in names if not str(g).startswith(prefix)]  # the ontology, the curation
        return _run_compiled(native, _compile(vocab), vocab, label, dataset, (articles, shared))
    union = Graph()
    for s, p, o, g in store.quads():
        if g != vocab.iri:
            union.add((s, p, o))
    return validate(union, vocab, engine)


def _runs(store: ox.Store, query: _Query, dataset: dict | None, graphs: tuple[list, list]) -> list[Callable[[], list]]:
    """The runs of one compiled query, each giving its rows: one over the store's default
    graph (``dataset`` None: one article's graph), one over the whole store's ``dataset``, or
    one per article for integrity checks (over the merge they would join every article's
    facts about a shared body)."""
    if dataset is None:
        return [lambda: list(store.query(query.sparql))]
    if not query.per_graph:
        return [lambda: list(store.query(query.sparql, **dataset))]
    articles, shared = graphs
    shared_nodes = [ox.NamedNode(str(g)) for g in shared]
    return [lambda g=g: list(store.query(query.sparql, default_graph=[ox.NamedNode(str(g))] + shared_nodes))
            for g in articles]


def _all_rows(store: ox.Store, queries, dataset: dict | None, graphs: tuple[list, list]):
    """(query, rows) for every run, in order. A whole store's runs go to a thread a core:
    Oxigraph evaluates without Python's lock, and the per-article checks are thousands of
    small queries."""
    runs = [(query, run) for query in queries for run in _runs(store, query, dataset, graphs)]
    if dataset is None:  # one article's graph, in a load's worker process: its cores are taken
        return [(query, run()) for query, run in runs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        return list(zip((query for query, _ in runs), pool.map(lambda item: item[1](), runs)))


def _run_compiled(store: ox.Store, compiled: _CompiledShapes, vocab: Vocabulary, label, dataset: dict | None = None,
                  graphs: tuple[list, list] = ([], [])) -> ValidationReport:
    seen, out = set(), []
    for query, rows in _all_rows(store, compiled.queries, dataset, graphs):
        for row in rows:
            focus, value = from_ox(_get(row, "this")), from_ox(_get(row, "value"))
            path = from_ox(_get(row, "path")) or query.path
            key = (focus, path, value, query.messages)
            if key in seen:
                continue
            seen.add(key)
            messages = {m.language: str(m) for m in query.messages}
            out.append(Violation(
                focus=label(focus), focus_iri=str(focus),
                path=vocab.namespaces.normalizeUri(path) if isinstance(path, URIRef) else None,
                severity=query.severity, message_en=messages.get("en", ""), message_zh=messages.get("zh", ""),
                value=str(value) if value is not None else None))
    out.sort(key=lambda v: (v.focus, v.path or "", v.message_en, v.value or ""))
    return ValidationReport(not any(v.severity == "Violation" for v in out), out)


def _pyshacl(data: Graph, vocab: Vocabulary) -> ValidationReport:
    if not data.store.context_aware:  # pySHACL mixes the ontology in through a ConjunctiveGraph
        copy = Graph()
        for triple in data:
            copy.add(triple)
        data = copy
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=vocab.shapes, ont_graph=_compile(vocab).hierarchy, inference="none",
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
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message_en, v.value or ""))
    return ValidationReport(bool(conforms), violations)


ENGINES: dict[str, Callable[[Graph, Vocabulary], ValidationReport]] = {"oxigraph": _oxigraph, "pyshacl": _pyshacl}


def validate(data: Graph, vocab: Vocabulary, engine: str = "oxigraph", nt: str | None = None) -> ValidationReport:
    """Validate ``data`` against the ontology's SHACL shapes, with the ontology's class tree.

    ``nt``, the same graph as N-Triples when the caller has it, spares serialising it again."""
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; known: {', '.join(ENGINES)}")
    return ENGINES[engine](data, vocab, nt) if engine == "oxigraph" else ENGINES[engine](data, vocab)

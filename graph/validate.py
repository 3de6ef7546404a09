"""SHACL validation of article graphs: one entry point, :func:`validate`.

The shapes file is the single source of truth. Three engines read it, chosen by name.

The compiled engines turn each constraint once into a SPARQL query over all focus nodes
and into the same check in Python. The class tree is closed in Python when the shapes
are compiled: a target class stands for the list of its subclasses, not an
``rdf:type/rdfs:subClassOf*`` path. They know the constraint components the shapes use
(counts, datatype, class, languageIn, minLength, minInclusive, qualified counts, sh:or,
sh:not, SHACL-SPARQL) and refuse any other, so a new kind of constraint in the shapes is
never silently skipped.

``compiled`` (the default, for one article: every load validates each article) runs
the Python checks over the article's statements and the SHACL-SPARQL constraints in an
in-memory Oxigraph store holding the article graph and the ontology's class and property
trees. ``oxigraph`` runs every query in such a store, and :func:`validate_store` runs
them in the store itself, over every graph. A Python check answers as its query would,
SPARQL's errors included (an ill-typed number compared drops the row).

``pyshacl`` is the reference: the test suite checks that the compiled engines give its
report, and each other's (pySHACL evaluates constraints per focus node with rdflib's
engine: 2 s per article with the SHACL-SPARQL constraints, 0.1 s without them).
"""
from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable

import pyoxigraph as ox
import pyshacl
from oxrdflib._converter import from_ox  # the store's converter too (graph/store.py)
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .build import IriMinter
from .order import NUMERIC_DATATYPES
from .terms import n_triples, statements
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
    """A constraint component the compiled engines do not know (use engine="pyshacl")."""


class _Triples:
    """One article's statements (with the class and property trees), indexed for the
    compiled checks that run in Python: the values of a property, the types of a node."""

    def __init__(self, triples):
        # by property first: a check reads one property of many nodes
        self.values: dict[Node, dict[Node, set[Node]]] = {}
        values = self.values
        for s, p, o in triples:
            if p in values:
                values[p].setdefault(s, set()).add(o)
            else:
                values[p] = {s: {o}}
        self.types: dict[Node, set[Node]] = values.get(RDF.type, {})
        self._instances: dict[Node, list[Node]] = {}
        for node, types in self.types.items():
            for cls in types:
                self._instances.setdefault(cls, []).append(node)
        self._focus: dict[frozenset, list[Node]] = {}

    def focus(self, classes: frozenset) -> list[Node]:
        """The nodes of any of ``classes`` (as ``?this a ?c``, ``?c`` among them), once each."""
        if classes not in self._focus:
            self._focus[classes] = list(dict.fromkeys(node for cls in classes for node in self._instances.get(cls, ())))
        return self._focus[classes]


# A value-level test is a SPARQL expression on a variable and the same test in Python,
# which answers True, False, or None where the expression is an error in SPARQL (an
# ill-typed number compared): a FILTER drops such a row, and the Python checks do too.
@dataclass(frozen=True)
class _IsA:
    classes: tuple[Node, ...]   # the class and every class below it

    def sparql(self, var: str) -> str:
        return f"EXISTS {{ {var} a ?_class . FILTER (?_class IN ({', '.join(_n3(c) for c in self.classes)})) }}"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        return not triples.types.get(value, set()).isdisjoint(self.classes)


@dataclass(frozen=True)
class _Datatype:
    datatype: URIRef

    def sparql(self, var: str) -> str:
        return f"(isLiteral({var}) && DATATYPE({var}) = {_n3(self.datatype)})"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        return isinstance(value, Literal) and _datatype(value) == self.datatype


@dataclass(frozen=True)
class _LanguageIn:
    languages: tuple[str, ...]

    def sparql(self, var: str) -> str:
        langs = " || ".join(f'LANGMATCHES(LANG({var}), "{lang}")' for lang in self.languages)
        return f"(isLiteral({var}) && ({langs}))"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        return isinstance(value, Literal) and any(_lang_matches(value.language or "", lang) for lang in self.languages)


@dataclass(frozen=True)
class _MinLength:
    length: int

    def sparql(self, var: str) -> str:
        return f"(!isBlank({var}) && STRLEN(STR({var})) >= {self.length})"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        return not isinstance(value, BNode) and len(str(value)) >= self.length


@dataclass(frozen=True)
class _MinInclusive:
    bound: Literal   # a number (checked when the shapes are compiled)

    def sparql(self, var: str) -> str:
        return f"({var} >= {_n3(self.bound)})"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        number = _number(value)
        return None if number is None else number >= _number(self.bound)


@dataclass(frozen=True)
class _AnyOf:   # sh:or
    tests: tuple

    def sparql(self, var: str) -> str:
        return "(" + " || ".join(test.sparql(var) for test in self.tests) + ")"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        answers = [test.holds(value, triples) for test in self.tests]   # SPARQL's ||: true wins over an error
        return True if True in answers else (None if None in answers else False)


@dataclass(frozen=True)
class _AllOf:   # the components of one value shape
    tests: tuple

    def sparql(self, var: str) -> str:
        return "(" + " && ".join(test.sparql(var) for test in self.tests) + ")" if self.tests else "true"

    def holds(self, value: Node, triples: _Triples) -> bool | None:
        answers = [test.holds(value, triples) for test in self.tests]   # SPARQL's &&: false wins over an error
        return False if False in answers else (None if None in answers else True)


def _datatype(literal: Literal) -> URIRef:
    """SPARQL's DATATYPE of a literal."""
    if literal.language:
        return RDF.langString
    return literal.datatype or XSD.string


def _lang_matches(tag: str, lang_range: str) -> bool:
    """SPARQL's LANGMATCHES (RFC 4647 basic filtering)."""
    tag, lang_range = tag.lower(), lang_range.lower()
    if lang_range == "*":
        return bool(tag)
    return tag == lang_range or tag.startswith(lang_range + "-")


def _number(term: Node):
    """A numeric literal's value as SPARQL compares it; None where comparing it is an error."""
    if not isinstance(term, Literal) or term.datatype not in NUMERIC_DATATYPES:
        return None
    value = term.value
    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool) or value != value:
        return None   # ill-typed, or NaN (which Oxigraph does not compare either)
    return value


def _n3(term: Node) -> str:
    return term.n3()


@dataclass(frozen=True)
class _Query:
    """One compiled constraint: a SELECT giving ?this (and ?value, ?path where they apply),
    and the same constraint as a Python check over one article's triples where it has one
    (all but SHACL-SPARQL constraints), giving (focus, value) of each violation."""

    sparql: str
    messages: tuple[Literal, ...]
    severity: str
    path: URIRef | None = None
    per_graph: bool = False    # a SHACL-SPARQL check of one article's integrity: run graph by graph
    check: Callable[[_Triples], Iterable[tuple[Node, Node | None]]] | None = None


@dataclass(frozen=True)
class _CompiledShapes:
    queries: tuple[_Query, ...]
    hierarchy: Graph           # the declarations and the class and property trees
    hierarchy_nt: str
    hierarchy_triples: tuple   # the same, as (s, p, o) of rdflib terms


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

    def closure(self, cls: Node) -> tuple[Node, ...]:
        """``cls`` and every class below it, in a stable order."""
        seen, todo = {cls}, [cls]
        while todo:
            for sub in self._narrower.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return tuple(sorted(seen, key=str))

    def one_of(self, classes: list[Node]) -> tuple[Node, ...]:
        return tuple(sorted({k for cls in classes for k in self.closure(cls)}, key=str))


def _focus(classes: tuple[Node, ...]) -> str:
    # DISTINCT first: a node may have several of the target classes, and over a union of
    # article graphs (rdflib's, a server's) a shared body is typed once per article.
    return f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?_focus_class {{ {' '.join(map(_n3, classes))} }} ?this a ?_focus_class }} }}"


def _rdf_list(g: Graph, head: Node) -> list[Node]:
    items = []
    while head and head != RDF.nil:
        items.append(g.value(head, RDF.first))
        head = g.value(head, RDF.rest)
    return items


def _component_test(g: Graph, tree: _ClassTree, component: Node, o: Node):
    """The test a value passes when it satisfies one constraint component, or None when
    ``component`` is not a test of one value."""
    if component == SH["class"]:
        return _IsA(tree.closure(o))
    if component == SH.datatype:
        return _Datatype(o)
    if component == SH.languageIn:
        return _LanguageIn(tuple(str(lang) for lang in _rdf_list(g, o)))
    if component == SH["or"]:
        return _AnyOf(tuple(_value_test(g, tree, alt) for alt in _rdf_list(g, o)))
    if component == SH.minLength:
        return _MinLength(int(o))
    if component == SH.minInclusive:
        if _number(o) is None:
            raise UnsupportedShape(f"sh:minInclusive {o} (only numbers are compiled)")
        return _MinInclusive(o)
    return None


def _value_test(g: Graph, tree: _ClassTree, node: Node) -> _AllOf:
    """The test a value passes when it conforms to the (value-level) shape ``node``."""
    tests = []
    for p, o in g.predicate_objects(node):
        if p in (SH.message, RDF.type):
            continue
        test = _component_test(g, tree, p, o)
        if test is None:
            raise UnsupportedShape(f"constraint {p} inside a value shape")
        tests.append(test)
    return _AllOf(tuple(tests))


def _value_check(classes: frozenset, path: URIRef, test) -> Callable[[_Triples], list]:
    def check(triples: _Triples) -> list:
        values = triples.values.get(path, {})
        # FILTER (!(test)): a value fails when its test is false, not when it is an error
        return [(this, value) for this in triples.focus(classes)
                for value in values.get(this, ()) if test.holds(value, triples) is False]
    return check


def _count_check(classes: frozenset, path: URIRef, test, bounds: list[tuple[str, int]]) -> Callable[[_Triples], list]:
    low = max((limit for op, limit in bounds if op == "<"), default=0)
    high = min((limit for op, limit in bounds if op == ">"), default=None)

    def check(triples: _Triples) -> list:
        out, values = [], triples.values.get(path, {})
        for this in triples.focus(classes):
            found = values.get(this, ())
            n = len(found) if test is None else sum(test.holds(v, triples) is True for v in found)
            if n < low or (high is not None and n > high):
                out.append((this, None))
        return out
    return check


def _property_queries(g: Graph, tree: _ClassTree, classes: tuple[Node, ...], prop: Node, severity: str) -> list[_Query]:
    path = g.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShape(f"property path {path} (only single IRIs are compiled)")
    messages = tuple(g.objects(prop, SH.message))
    focus, members, p = _focus(classes), frozenset(classes), _n3(path)
    out = []
    # A property's lower and upper bounds share its message, so one grouping checks both:
    # the count checks are the costliest (every focus node grouped), and half as many run.
    counts: dict[object, list[tuple[str, int]]] = {}   # the values' test (None: all) -> bounds

    handled = {SH.path, SH.message, SH.name, SH.description, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.severity}
    for comp, o in g.predicate_objects(prop):
        if comp in handled:
            continue
        if comp == SH.minCount:
            counts.setdefault(None, []).append(("<", int(o)))
        elif comp == SH.maxCount:
            counts.setdefault(None, []).append((">", int(o)))
        elif comp == SH.qualifiedValueShape:
            test = _value_test(g, tree, o)
            low, high = g.value(prop, SH.qualifiedMinCount), g.value(prop, SH.qualifiedMaxCount)
            if low is not None:
                counts.setdefault(test, []).append(("<", int(low)))
            if high is not None:
                counts.setdefault(test, []).append((">", int(high)))
        elif (test := _component_test(g, tree, comp, o)) is not None:
            out.append(_Query(f"SELECT DISTINCT ?this (?v AS ?value) WHERE {{ {focus} ?this {p} ?v . "
                              f"FILTER (!({test.sparql('?v')})) }}", messages, severity, path,
                              check=_value_check(members, path, test)))
        else:
            raise UnsupportedShape(f"constraint component {comp}")
    for test, bounds in counts.items():
        condition = "" if test is None else f"FILTER ({test.sparql('?v')})"
        having = " || ".join(f"COUNT(DISTINCT ?v) {op} {limit}" for op, limit in bounds)
        out.append(_Query(
            f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ SELECT DISTINCT ?this ?v WHERE {{ ?this {p} ?v {condition} }} }} }} "
            f"GROUP BY ?this HAVING ({having})", messages, severity, path,
            check=_count_check(members, path, test, bounds)))
    return out


def _not_check(classes: frozenset, test) -> Callable[[_Triples], list]:
    def check(triples: _Triples) -> list:
        return [(this, this) for this in triples.focus(classes) if test.holds(this, triples) is True]
    return check


def _compile_shapes(shapes: Graph, tree: _ClassTree | None = None) -> list[_Query]:
    tree = tree or _ClassTree(shapes)  # without an ontology: each class stands for itself
    prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                       for d in shapes.objects(None, SH.declare))
    queries: list[_Query] = []
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        classes = tree.one_of(sorted(shapes.objects(shape, SH.targetClass), key=str))
        focus = _focus(classes)
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for comp, o in shapes.predicate_objects(shape):
            if comp == SH.property:
                queries += _property_queries(shapes, tree, classes, o, severity)
            elif comp == SH.sparql:
                select = str(shapes.value(o, SH.select)).replace("$this", "?this")
                select = re.sub(r"WHERE\s*\{", "WHERE { " + focus + " ", select, count=1)
                queries.append(_Query(prefixes + select, tuple(shapes.objects(o, SH.message)), severity, per_graph=True))
            elif comp == SH["not"]:
                # As SHACL reports it: the focus node is also the value that conforms to the negated shape.
                test = _value_test(shapes, tree, o)
                queries.append(_Query(f"SELECT DISTINCT ?this (?this AS ?value) WHERE {{ {focus} "
                                      f"FILTER ({test.sparql('?this')}) }}",
                                      tuple(shapes.objects(shape, SH.message)), severity,
                                      check=_not_check(frozenset(classes), test)))
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
    return _CompiledShapes(tuple(_compile_shapes(vocab.shapes, _ClassTree(vocab.graph))), hierarchy,
                           n_triples(hierarchy), tuple(hierarchy))


def _get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError, TypeError):
        return None


def _compiled(data: Graph, vocab: Vocabulary, nt: str | None = None) -> ValidationReport:
    """One article's graph: the constraints compiled to Python checks run over its triples
    (a tenth of the time the same constraints took as ninety SPARQL queries, most of it
    Oxigraph reading each query); the SHACL-SPARQL constraints run in Oxigraph."""
    compiled = _compile(vocab)
    triples = _Triples(itertools.chain(statements(data), compiled.hierarchy_triples))
    found = [(query, [(this, value, None) for this, value in query.check(triples)])
             for query in compiled.queries if query.check is not None]
    sparql = [query for query in compiled.queries if query.check is None]
    if sparql:
        store = _article_store(data, compiled, nt)
        found += [(query, [(_term(row, "this"), _term(row, "value"), _term(row, "path")) for row in store.query(query.sparql)])
                  for query in sparql]
    return _report(found, vocab, lambda node: _label(data, node))


def _article_store(data: Graph, compiled: _CompiledShapes, nt: str | None) -> ox.Store:
    store = ox.Store()
    # lenient: rdflib wrote these IRIs, and the ontology's were checked when it was read
    store.load((nt if nt is not None else n_triples(data)) + compiled.hierarchy_nt, ox.RdfFormat.N_TRIPLES,
               lenient=True)
    return store


def _oxigraph(data: Graph, vocab: Vocabulary, nt: str | None = None) -> ValidationReport:
    """One article's graph, every constraint as a SPARQL query run by Oxigraph (as a whole
    store is validated)."""
    compiled = _compile(vocab)
    return _run_compiled(_article_store(data, compiled, nt), compiled, vocab, lambda node: _label(data, node))


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
    return _report([(query, [(_term(row, "this"), _term(row, "value"), _term(row, "path")) for row in rows])
                    for query, rows in _all_rows(store, compiled.queries, dataset, graphs)], vocab, label)


def _term(row, name: str) -> Node | None:
    return from_ox(_get(row, name))


def _report(found: list[tuple[_Query, list[tuple]]], vocab: Vocabulary, label) -> ValidationReport:
    """The report of each constraint's violations, found as (focus, value, path) (path
    None: the constraint's own), once each, in a stable order."""
    seen, out = set(), []
    for query, violations in found:
        for focus, value, path in violations:
            path = path or query.path
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


ENGINES: dict[str, Callable[[Graph, Vocabulary], ValidationReport]] = {
    "compiled": _compiled, "oxigraph": _oxigraph, "pyshacl": _pyshacl}


def validate(data: Graph, vocab: Vocabulary, engine: str = "compiled", nt: str | None = None) -> ValidationReport:
    """Validate ``data`` against the ontology's SHACL shapes, with the ontology's class tree.

    ``nt``, the same graph as N-Triples when the caller has it, spares serialising it again."""
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; known: {', '.join(ENGINES)}")
    return ENGINES[engine](data, vocab) if engine == "pyshacl" else ENGINES[engine](data, vocab, nt)

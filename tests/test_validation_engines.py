"""The compiled validation engines (Python checks, and SPARQL run by Oxigraph) give
pySHACL's report, on the sample and on every way test_shapes breaks it; they give each
other's on graphs broken at random; constraints they do not know are refused."""
from __future__ import annotations

import copy
import random
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef

from renda_kg.graph.validate import UnsupportedShape, _compile_shapes, validate

from test_shapes import BREAKAGES

SH = Namespace("http://www.w3.org/ns/shacl#")


def _key(report):
    # pySHACL names a SHACL-SPARQL result's path only when the query selects one; compare the rest.
    return sorted((v.focus_iri, v.value or "", v.message_en, v.message_zh, v.severity) for v in report.violations)


ENGINES = ["compiled", "oxigraph"]


@pytest.mark.parametrize("engine", ENGINES)
def test_sample_conforms_on_every_engine(sample_result, vocab, engine):
    fast, reference = validate(sample_result.graph, vocab, engine), validate(sample_result.graph, vocab, engine="pyshacl")
    assert fast.conforms and reference.conforms
    assert fast.violations == reference.violations == []


def _copy(graph: Graph) -> Graph:
    g = Graph()
    for t in graph:
        g.add(t)
    return g


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda b: b.__name__)
def test_broken_copy_gives_the_same_report(sample_result, vocab, breakage, engine):
    g = _copy(sample_result.graph)
    breakage(g)
    fast, reference = validate(g, vocab, engine), validate(g, vocab, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    assert _key(fast) == _key(reference)


# Ways to break a statement, each aimed at a kind of constraint: counts (a value dropped
# or doubled), datatypes and languages (a value of another kind), classes (a node retyped,
# a link to a literal or to a node of another class), lengths (an empty string, a blank
# node), bounds (negative, ill-typed and non-numeric numbers). Not a number of a derived
# integer type: Oxigraph reads "5"^^xsd:nonNegativeInteger as an xsd:integer, so its
# queries take it for one; the Python checks, as pySHACL, do not.
_ODD_VALUES = [Literal(""), Literal("x", lang="en"), Literal("x", lang="zh-Hans"), Literal("x", lang="ZH"), Literal(-1),
               Literal(0), Literal("abc", datatype=XSD.integer), Literal(Decimal("2.5")), Literal(1.5e300),
               Literal(True), Literal("2024-01-01", datatype=XSD.date),
               Literal("x", datatype=XSD.string), BNode(), URIRef("https://example.org/nothing")]


def _mutate(g: Graph, rng: random.Random) -> str:
    # a property first, then one of its statements: each constraint is as likely to be hit
    predicate = rng.choice(sorted(set(g.predicates()), key=str))
    s, p, o = rng.choice(sorted(g.triples((None, predicate, None)), key=lambda t: tuple(map(str, t))))
    nodes = sorted({x for x in g.subjects() if isinstance(x, URIRef)}, key=str)
    classes = sorted(set(g.objects(None, RDF.type)), key=str)
    how = rng.randrange(6)
    if how == 0:
        g.remove((s, p, o))
        return f"removed {p} of {s}"
    if how == 1:
        value = rng.choice(_ODD_VALUES)
        g.remove((s, p, o))
        g.add((s, p, value))
        return f"{p} of {s} set to {value!r}"
    if how == 2:
        value = rng.choice(_ODD_VALUES + [Literal(str(o) + "二", lang="zh"), rng.choice(nodes)])
        g.add((s, p, value))
        return f"{p} of {s} given a second value {value!r}"
    if how == 3:
        node, cls = rng.choice(nodes), rng.choice(classes)
        g.remove((node, RDF.type, None))
        g.add((node, RDF.type, cls))
        return f"{node} retyped {cls}"
    if how == 4:
        node = rng.choice(nodes)
        g.add((s, p, node))
        return f"{p} of {s} linked to {node}"
    node = rng.choice(nodes)
    g.remove((node, RDFS.label, None))
    return f"{node} unlabelled"


@pytest.mark.parametrize("seed", range(60))
def test_python_checks_answer_as_their_queries(sample_result, vocab, seed):
    """The Python checks and their SPARQL queries give the same report, violation for
    violation (focus, path, value, messages), on a copy of the sample broken in several
    random ways at once."""
    rng = random.Random(seed)
    g = _copy(sample_result.graph)
    done = [_mutate(g, rng) for _ in range(1 + seed % 6)]
    python, sparql = validate(g, vocab, "compiled"), validate(g, vocab, "oxigraph")
    assert _named(python, g) == _named(sparql, g), "\n".join(done)


def _named(report, g: Graph) -> list:
    """The violations, a blank node value as such: Oxigraph names a graph's blank nodes anew."""
    terms = {str(t) for triple in g for t in triple if not isinstance(t, BNode)}
    return [(v.focus, v.focus_iri, v.path, v.severity, v.message_en, v.message_zh,
             v.value if v.value is None or v.value in terms else "a blank node") for v in report.violations]


def test_random_breaks_do_break(sample_result, vocab):
    """The random breaks above reach the constraints: most seeds give violations."""
    broken = 0
    for seed in range(60):
        rng = random.Random(seed)
        g = _copy(sample_result.graph)
        for _ in range(1 + seed % 6):
            _mutate(g, rng)
        broken += not validate(g, vocab, "compiled").conforms
    assert broken >= 45


def test_unknown_constraint_is_refused_not_skipped(vocab):
    shapes = copy.deepcopy(vocab.shapes)
    shape = next(shapes.subjects(SH.targetClass, None))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(UnsupportedShape):
        _compile_shapes(shapes)


def test_unknown_engine_is_an_error(sample_result, vocab):
    with pytest.raises(ValueError, match="unknown validation engine"):
        validate(sample_result.graph, vocab, engine="nope")


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_whole_store_validation_finds_a_break_in_one_article(tmp_path, sample_result, vocab, kind):
    from renda_kg.graph.store import open_store
    from renda_kg.graph.validate import validate_store
    from renda_kg.pipeline import sync_ontology

    with open_store(kind, tmp_path / "s") as store:
        sync_ontology(store, vocab)
        store.replace_graph(sample_result.graph_name, sample_result.graph)
        assert validate_store(store, vocab).conforms
        broken = Graph()
        for t in sample_result.graph:
            broken.add(t)
        article = sample_result.graph_name
        title = vocab.term("dcterms:title")
        broken.remove((article, title, None))
        store.replace_graph(article, broken)
        fast, reference = validate_store(store, vocab), validate_store(store, vocab, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    assert _key(fast) == _key(reference)
    assert any(v.focus_iri == str(article) and "title" in v.message_en for v in fast.violations)


def test_each_value_test_answers_as_its_sparql_expression():
    """Every kind of value test, alone and combined (sh:or, a shape's several components),
    on values of every kind: the Python answer (True, False, None for an error) is what
    Oxigraph makes of the test's SPARQL expression."""
    import pyoxigraph as ox

    from renda_kg.graph.validate import (_AllOf, _AnyOf, _Datatype, _IsA, _LanguageIn, _MinInclusive, _MinLength,
                                         _Triples)

    ex = Namespace("https://example.org/")
    typed = [(ex.a, RDF.type, ex.Town), (ex.b, RDF.type, ex.Body), (ex.b, RDF.type, ex.Town)]
    values = _ODD_VALUES + [Literal("乌镇", lang="zh"),
                            Literal("x", lang="zh-cn"), Literal(7), Literal("NaN", datatype=XSD.double), ex.a, ex.b]
    singles = [_IsA((ex.Town,)), _IsA((ex.Body, ex.Committee)), _Datatype(XSD.string), _Datatype(XSD.integer),
               _Datatype(RDF.langString), _LanguageIn(("zh",)), _LanguageIn(("en", "zh")), _LanguageIn(("*",)),
               _MinLength(1), _MinLength(3), _MinInclusive(Literal(0)), _MinInclusive(Literal(Decimal("2.5")))]
    tests = singles + [_AnyOf((_MinInclusive(Literal(1)), _Datatype(XSD.string))),
                       _AnyOf((_MinInclusive(Literal(1)), _IsA((ex.Town,)))),
                       _AllOf((_MinInclusive(Literal(1)), _Datatype(XSD.integer))),
                       _AllOf((_MinLength(1), _MinInclusive(Literal(0)))), _AllOf(())]
    store = ox.Store()
    for s, p, o in typed:
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o)))
    holder = ox.NamedNode(ex.holder)
    for i, value in enumerate(values):
        store.load(f"<{ex.holder}> <{ex[f'p{i}']}> {value.n3() if not isinstance(value, BNode) else '_:v'} .\n",
                   ox.RdfFormat.N_TRIPLES)
    triples = _Triples(typed)
    checked = 0
    for test in tests:
        for i, value in enumerate(values):
            rows = list(store.query(f"SELECT (IF({test.sparql('?v')}, 1, 0) AS ?r) WHERE {{ {holder} <{ex[f'p{i}']}> ?v }}"))
            answer = rows[0]["r"]
            expected = None if answer is None else answer.value == "1"
            assert test.holds(value, triples) is expected, f"{test} on {value!r}"
            checked += 1
    assert checked == len(tests) * len(values)

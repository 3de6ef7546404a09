"""The embedded store orders a query's rows in Python where Oxigraph's ORDER BY is slow
(graph/order.py): the rows must come in the order Oxigraph itself gives them, for every
kind of key it takes over and for the keys it leaves to the engine."""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef

from renda_kg.graph.order import NotOrderedHere, SortKey, plan_order, sort_rows
from renda_kg.graph.store import open_store

EX = Namespace("http://example.org/")
GRAPH = URIRef("http://example.org/graph")
PREFIX = "PREFIX ex: <http://example.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"


def _items() -> Graph:
    """Forty items with names (some missing, some equal), numbers of three datatypes,
    dates, references (IRIs or missing), Chinese labels and a mixed column."""
    g = Graph()
    names = ["乌镇镇", "桐乡市", "崇福镇", "", "a", "B", "乌镇镇", None]
    for i in range(40):
        item = EX[f"item{i:02d}"]
        g.add((item, EX.kind, EX.Item))
        name = names[i % len(names)]
        if name is not None:
            g.add((item, EX.name, Literal(name)))
        number = [Literal(i % 7), Literal(Decimal(i % 5) / 2), Literal(float(i % 3) - 0.5)][i % 3]
        g.add((item, EX.number, number))
        if i % 4:
            g.add((item, EX.date, Literal(f"2024-0{1 + i % 9}-1{i % 10}", datatype=XSD.date)))
        if i % 5:
            g.add((item, EX.ref, EX[f"ref{(i * 7) % 11}"]))
        g.add((item, EX.label, Literal(f"第{i % 6}项", lang="zh")))
        g.add((item, EX.mixed, Literal(i) if i % 2 else Literal(f"s{i}")))
        if i % 9 == 0:
            g.add((item, EX.blank, BNode()))
        if i % 3 == 0:   # by the day the first sorts last, by the instant first (10:00Z, 12:00Z)
            zoned = ["2024-05-01+14:00", "2024-04-30-12:00", "2024-04-30Z"][i % 9 // 3]
            g.add((item, EX.zoned, Literal(zoned, datatype=XSD.date, normalize=False)))
    return g


SELECT = PREFIX + """SELECT ?item ?name ?number ?date ?ref ?label ?mixed ?blank ?zoned WHERE {
  ?item ex:kind ex:Item ; ex:number ?number ; ex:label ?label ; ex:mixed ?mixed .
  OPTIONAL { ?item ex:name ?name }
  OPTIONAL { ?item ex:date ?date }
  OPTIONAL { ?item ex:ref ?ref }
  OPTIONAL { ?item ex:blank ?blank }
  OPTIONAL { ?item ex:zoned ?zoned }
}
"""
TAKEN_OVER = [
    "ORDER BY ?number ?item",
    "ORDER BY DESC(?number) ?item",
    "ORDER BY STR(?name) ?item",
    "ORDER BY COALESCE(STR(?name), \"\") DESC(?item)",
    "ORDER BY ?date DESC(STR(?name)) ?item",
    "ORDER BY ?ref ?number ?item",
    "ORDER BY DESC(?ref) STR(?ref) ?item",
    "ORDER BY STR(?label) ?item",
]
LEFT_TO_ENGINE_AT_RUN_TIME = [   # planned, but the rows hold what the engine must order
    "ORDER BY ?label ?item",       # language-tagged literals
    "ORDER BY ?mixed ?item",       # numbers and strings in one key
    "ORDER BY ?blank ?item",       # blank nodes
    "ORDER BY ?zoned ?item",       # dates with a time zone
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    data = _items()
    embedded = open_store("oxigraph", tmp_path_factory.mktemp("order") / "store")
    embedded.replace_graph(GRAPH, data)
    reference = ox.Store()   # Oxigraph ordering by itself, the same statements in its default graph
    reference.extend(ox.Quad(*(ox.NamedNode(t) if isinstance(t, URIRef) else _ox_term(t) for t in triple))
                     for triple in data)
    yield embedded, reference
    embedded.close()


def _ox_term(term):
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(term.datatype or XSD.string))


def _engine_rows(reference, query: str) -> list[list[str]]:
    result = reference.query(query)
    return [[None if t is None else "_:" if isinstance(t, ox.BlankNode) else t.value for t in solution]
            for solution in result]


def _rows(store, query: str) -> list[list[str]]:
    # blank nodes by kind alone: the store names them its own way
    return [[None if t is None else "_:" if isinstance(t, BNode) else str(t) for t in row]
            for row in store.answer(query).rows]


@pytest.mark.parametrize("order_by", TAKEN_OVER + LEFT_TO_ENGINE_AT_RUN_TIME)
def test_rows_come_in_the_order_oxigraph_gives(stores, order_by):
    embedded, reference = stores
    query = SELECT + order_by
    assert plan_order(query) is not None
    expected = _engine_rows(reference, query)
    assert len(expected) == 40
    rows = _rows(embedded, query)
    if "?blank" not in order_by:
        assert rows == expected
    else:   # blank nodes: the same rows, and the same order of the items that have none
        assert sorted(map(repr, rows)) == sorted(map(repr, expected))
        assert [r for r in rows if r[7] is None] == [r for r in expected if r[7] is None]


def test_the_order_is_not_the_order_without_order_by(stores):
    """The test above would pass vacuously if the rows came out sorted anyway."""
    embedded, _ = stores
    assert _rows(embedded, SELECT + "ORDER BY DESC(?number) ?item") != _rows(embedded, SELECT)


@pytest.mark.parametrize("query", [
    SELECT,                                                            # no ORDER BY
    SELECT + "ORDER BY ?number ?item LIMIT 5",                         # a slice needs the order
    SELECT + "ORDER BY ?number OFFSET 5",
    SELECT + "ORDER BY ?number VALUES ?item { ex:item01 }",            # trailing VALUES
    SELECT + "ORDER BY (?number + 1)",                                 # an expression
    SELECT + "ORDER BY COALESCE(?name, ?ref)",
    PREFIX + "SELECT ?item (COUNT(*) AS ?n) WHERE { ?item ex:kind ex:Item } GROUP BY ?item ORDER BY (MIN(?item))",
    PREFIX + "CONSTRUCT { ?s ex:p ?o } WHERE { ?s ex:number ?o } ORDER BY ?o",
    PREFIX + "SELECT ?item WHERE { { SELECT ?item WHERE { ?item ex:kind ex:Item } ORDER BY ?item LIMIT 3 } }",
    PREFIX + "# ORDER BY ?item in a comment\nSELECT ?item WHERE { ?item ex:name \"ORDER BY ?item\" }",
])
def test_what_is_left_to_the_engine(query):
    assert plan_order(query) is None


def test_the_query_without_its_order_by_keeps_the_rest():
    plan = plan_order(SELECT + "# ORDER BY in a comment\nORDER BY ?number ?item")
    assert plan.query == SELECT + "# ORDER BY in a comment\n"
    assert [k.variable for k in plan.keys] == ["number", "item"]


def test_a_key_the_query_does_not_return_is_left_to_the_engine(stores):
    embedded, reference = stores
    query = PREFIX + "SELECT ?item WHERE { ?item ex:kind ex:Item ; ex:number ?number } ORDER BY DESC(?number) ?item"
    assert _rows(embedded, query) == _engine_rows(reference, query)


def test_terms_the_engine_must_order_are_refused():
    """sort_rows hands back to the engine what SPARQL does not order plainly."""
    key = (SortKey("x"),)
    for terms in ([Literal("NaN", datatype=XSD.double), Literal(1)],          # NaN orders nowhere
                  [Literal("甲", lang="zh"), Literal("乙", lang="zh")],          # language-tagged
                  [Literal(1), Literal("a")],                                    # two kinds of literal
                  [Literal("2024-01-01T00:00:00+08:00", datatype=XSD.dateTime)],  # a time zone
                  [Literal("2024-05-01+14:00", datatype=XSD.date, normalize=False)],  # a day in a zone (as the store gives it)
                  [BNode(), URIRef("http://example.org/a")]):
        with pytest.raises(NotOrderedHere):
            sort_rows(["x"], [[t] for t in terms], key)
    rows = [[Literal(2)], [None], [Literal(Decimal("1.5"))], [URIRef("http://example.org/a")]]
    assert sort_rows(["x"], rows, key) == [[None], [URIRef("http://example.org/a")],
                                           [Literal(Decimal("1.5"))], [Literal(2)]]

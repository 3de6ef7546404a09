"""The merge of the program's graphs on Virtuoso: each statement once, as the queries read it.

Virtuoso's default graph, when a query names none, repeats a statement once per graph
that states it, so a query over articles that name the same town does the work once per
article for each pattern it joins: ``bodies_jurisdictions`` went past the tests' 30 s
timeout at 14 articles naming 桐乡市. The ``sparql`` store keeps the merge of its graphs
in a graph of its own and queries read it as their default graph. These tests check the
merge after loads, reloads and removals, that graph variables still range over the
article graphs alone, that a graph named by IRI still answers, and that a server written
by an older version is answered right and mended by its next write.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Variable

from renda_kg.graph.sparql import push
from renda_kg.graph.store import open_store
from renda_kg.pipeline import load_paths
from renda_kg.queries.runner import load_queries

sys.path.insert(0, str(Path(__file__).parent))
from answers import same_on_engines  # noqa: E402

QUERIES = load_queries()

TOWNS = ["乌镇镇", "濮院镇", "崇福镇", "洲泉镇", "大麻镇", "河山镇", "石门镇", "屠甸镇", "高桥街道", "梧桐街道",
         "凤鸣街道", "龙翔街道"]


def _article(i: int, town: str) -> str:
    """A short article naming 桐乡市, its standing committee and a town: the statements
    about 桐乡市 repeat in every article's graph."""
    return (f"桐乡市人大常委会到{town}开展调研（{i}）\n发布时间:2025-0{1 + i % 9}-1{i % 10} 09:00:00\n\n"
            f"  本网讯   近日,桐乡市人大常委会组织部分市人大代表到{town}开展民生实事项目票决制调研。"
            f"{town}人大负责人汇报了代表联络站建设情况。\n\n来源: 桐乡市人大 作者:钱七\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("same-county")
    for i in range(24):
        (folder / f"t{i:02d}.txt").write_text(_article(i, TOWNS[i % len(TOWNS)]), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def engines(server, corpus, tmp_path_factory):
    embedded = open_store("oxigraph", tmp_path_factory.mktemp("ox") / "store")
    remote = server.sparql_store()
    for name in remote.graph_names():
        remote.remove_graph(name)
    for store in (embedded, remote):
        outcomes = load_paths(store, [str(corpus)])
        assert len(outcomes) == 24 and all(o.ok for o in outcomes), [o.summary() for o in outcomes if not o.ok]
    yield {"oxigraph": embedded, "virtuoso": remote}
    embedded.close()


def _union(store) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads()}


def _merged(store) -> set:
    return set(store.graph(store.merged_graph))


def _count(store, text: str) -> int:
    return int(next(iter(store.query(text)))[0])


def test_the_merge_holds_every_statement_of_the_graphs_once(engines):
    remote = engines["virtuoso"]
    union = _union(remote)
    assert union == _union(engines["oxigraph"])
    assert _merged(remote) == union
    assert remote.merged_graph not in remote.graph_names()
    # what a query reads by default: each statement once, as on the embedded store
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _count(remote, text) == _count(engines["oxigraph"], text) == len(union)


def test_graph_variables_range_over_the_article_graphs_alone(engines):
    # the merge is a graph on the server; a query's GRAPH ?g must not take it, or a pattern
    # inside GRAPH ?g would join statements of different articles
    text = ("SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/renda-kg/')) }")
    on = {name: tuple(int(v) for v in next(iter(store.query(text)))) for name, store in engines.items()}
    assert on["virtuoso"] == on["oxigraph"]
    assert on["virtuoso"][0] == 25   # 24 articles and the ontology
    # two statements from two articles about different towns: never in one article graph
    across = ("ASK { GRAPH ?g { ?a <http://www.w3.org/2000/01/rdf-schema#label> '乌镇镇'@zh . "
              "?b <http://www.w3.org/2000/01/rdf-schema#label> '洲泉镇'@zh } }")
    assert engines["oxigraph"].query(across).askAnswer is False
    assert engines["virtuoso"].query(across).askAnswer is False


def test_a_graph_named_by_its_iri_still_answers(engines):
    # Virtuoso reads GRAPH <iri> as empty once a default graph is given: such a query is
    # sent without the merge as its default graph
    remote = engines["virtuoso"]
    name = remote.graph_names()[-1]
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    assert _count(remote, text) == len(remote.graph(name)) == _count(engines["oxigraph"], text) > 20


@pytest.mark.parametrize("name", ["bodies_jurisdictions", "mechanisms_by_area", "place_hierarchy",
                                  "entities_in_several_articles", "facts_per_article", "evidence_for_fact"])
def test_stored_queries_over_many_articles_naming_one_county(engines, name):
    # bodies_jurisdictions went past the store's 30 s timeout on Virtuoso's union at 14
    # such articles; here there are 24
    same_on_engines(engines, QUERIES[name], {}, {})


def test_reloads_and_removals_keep_the_merge_in_step(engines, corpus):
    remote, embedded = engines["virtuoso"], engines["oxigraph"]
    changed = corpus / "t03.txt"
    changed.write_text(_article(3, "乌镇镇").replace("民生实事项目票决制", "执法检查"), encoding="utf-8")
    for store in (remote, embedded):
        assert all(o.ok for o in load_paths(store, [str(changed)]))
    assert _merged(remote) == _union(remote) == _union(embedded)
    # a statement the old version alone made has left the merge; one other articles share stays
    # (VALUES, not FILTER IN: Virtuoso 7 turns non-ASCII constants in expressions into '?')
    text = ("SELECT ?l (COUNT(*) AS ?n) WHERE { VALUES ?l { '执法检查'@zh '民生实事项目票决制'@zh '桐乡市人大常委会'@zh } "
            "?m <http://www.w3.org/2000/01/rdf-schema#label> ?l } GROUP BY ?l ORDER BY ?l")
    counts = {name: [(str(l), int(n)) for l, n in store.query(text)] for name, store in engines.items()}
    assert counts["virtuoso"] == counts["oxigraph"] and len(counts["oxigraph"]) == 3
    gone = remote.graph_names()[5]
    for store in (remote, embedded):
        store.remove_graph(gone)
    assert _merged(remote) == _union(remote) == _union(embedded)
    assert gone not in remote.graph_names()


def test_a_server_written_before_the_merge_is_read_through_its_union_until_a_write(
        server, engines, capsys):
    remote = engines["virtuoso"]
    server.isql(f"SPARQL CLEAR GRAPH <{remote.merged_graph}>;")
    older = server.sparql_store()
    assert older.graph_names() == remote.graph_names()
    notice = capsys.readouterr().err
    assert "written before renda-kg kept their merge" in notice and str(older.merged_graph) in notice
    same_on_engines({"oxigraph": engines["oxigraph"], "virtuoso": older}, QUERIES["place_hierarchy"], {}, {})
    # the next write builds the merge whole, then keeps it
    name = engines["oxigraph"].graph_names()[0]
    push(engines["oxigraph"], older, [name])
    assert _merged(older) == _union(older) == _union(engines["oxigraph"])
    rows = older.query("SELECT ?g WHERE { GRAPH ?g { ?g ?p ?o } } LIMIT 1").bindings
    assert rows and rows[0][Variable("g")] != older.merged_graph


# -- the query text sent with the merge (no server needed) ---------------------------
def test_each_graph_variable_group_is_kept_off_the_merge():
    from rdflib import URIRef
    from rdflib.plugins.sparql import prepareQuery

    from renda_kg.graph.sparql import graph_variables_besides

    text = ('SELECT * WHERE { GRAPH ?a { ?s ?p "} GRAPH ?x {" . { ?s ?q ?o } } '
            'OPTIONAL { graph $b { ?s <urn:p#GRAPH> ?graph } } ?graph ?p ?o . '
            'FILTER NOT EXISTS { GRAPH ?c { ?s ?p ?o } } GRAPH <urn:g> { ?s ?p ?o } }  # GRAPH ?d {')
    merged = URIRef("urn:merged")
    assert graph_variables_besides(text, merged) == (
        'SELECT * WHERE { GRAPH ?a { ?s ?p "} GRAPH ?x {" . { ?s ?q ?o } } FILTER (?a != <urn:merged>) '
        'OPTIONAL { graph $b { ?s <urn:p#GRAPH> ?graph } FILTER ($b != <urn:merged>) } ?graph ?p ?o . '
        'FILTER NOT EXISTS { GRAPH ?c { ?s ?p ?o } FILTER (?c != <urn:merged>) } GRAPH <urn:g> { ?s ?p ?o } }'
        '  # GRAPH ?d {')
    prepareQuery(graph_variables_besides(text, merged))   # still a query


@pytest.mark.parametrize("text,names", [
    ("SELECT * { GRAPH ?g { ?s ?p ?o } }", False),
    ("SELECT * { graph <urn:a> { ?s ?p ?o } }", True),
    ("SELECT * { GRAPH rk:a { ?s ?p ?o } }", True),
    ("SELECT * FROM <urn:a> { ?s ?p ?o }", True),
    ("SELECT ?from { ?s rk:graph ?from } # GRAPH <urn:a>", False),
    ('SELECT * { ?s ?p "FROM <urn:a>" }', False),
])
def test_a_query_that_names_its_graphs_is_told_apart(text, names):
    from renda_kg.graph.sparql import names_its_graphs

    assert names_its_graphs(text) is names


def test_a_merge_on_the_server_is_read_and_kept_whatever_its_server_header_says():
    # behind a proxy that hides Virtuoso's Server header, a client must still keep the
    # merge in step, or the clients that read it would read a stale one
    from urllib.parse import parse_qs

    from test_server import JSON_ROWS, FakeServer

    from renda_kg.graph.sparql import SparqlStore

    srv = FakeServer([(200, "application/sparql-results+json", '{"head": {}, "boolean": true}'),
                      (200, "application/sparql-results+json", JSON_ROWS)])
    try:
        store = SparqlStore(endpoint=srv.url, timeout=5)
        assert len(list(store.query("SELECT ?n ?x WHERE { GRAPH ?g { ?n ?p ?x } }"))) == 1
        probe, asked = (parse_qs(body.decode()) for _, _, body in srv.requests)
        assert "renda-kg/merged" in probe["query"][0]
        assert asked["default-graph-uri"] == ["https://w3id.org/renda-kg/merged"]
        assert "FILTER (?g != <https://w3id.org/renda-kg/merged>)" in asked["query"][0]
    finally:
        srv.close()

"""The stored queries (``queries/*.rq``) and their runner, on the 桐乡 “五化” sample article.

The answers checked here are what a researcher reads in the article itself
(``loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt``), not whatever the extractor
happens to produce: the 四单 model's steps and actors, the laws under enforcement
inspection, the committees of the 桐乡市 standing committee, the places above 乌镇镇.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef

from renda_kg.graph.sparql import bind_values
from renda_kg.graph.store import open_store
from renda_kg.pipeline import load_paths
from renda_kg.queries.runner import (
    QueryError,
    StoredQuery,
    check_read_only,
    format_result,
    load_queries,
    parse_query_file,
    queries_dir,
    resolve_query,
    run_query,
)

SAMPLE = Path(__file__).parents[1] / "loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt"
QUERIES = load_queries()
RK = "https://w3id.org/renda-kg/ontology#"

# Queries that need more than the sample to have anything to say (it names no one with a
# post, and no session): tests/test_server.py's corpus has them.
# Queries whose rows the sample does not give: shown on other articles (people, sessions and
# appraised departments in the session store below and in tests/test_departments.py).
NEEDS_SEVERAL_ARTICLES = {"entities_in_several_articles", "people_and_posts", "meetings_and_resolutions",
                          "departments_appraised", "posts_relieved", "legislative_contact_points",
                          "democracy_practice_sites", "livelihood_projects", "deputy_proposals", "proposal_handlers",
                          "proposal_supervisors", "departments_questioned", "activity_leaders"}

# A second, hand-written article (same text-dump layout as the sample) that mentions
# entities the sample also mentions.
SECOND_ARTICLE = """\
桐乡市人大常委会开展食品安全法执法检查
发布时间:2024-01-05 10:00:00

  本网讯   近日,桐乡市人大常委会组织开展食品安全法执法检查,乌镇镇人大配合开展检查。

来源: 桐乡市人大 作者:张三
"""

NASTY_VALUES = [
    '乌镇镇" } ; DROP ALL ; #',
    "乌镇镇' } ; DROP ALL ; #",
    "<http://example.org/x>",
    "a > b < c",
    "back\\slash\\",
    "乌镇镇\n} DROP ALL ; #\n",
    "SERVICE <http://127.0.0.1:1/> {}",
    '"""} } ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
]


# ---------------------------------------------------------------- fixtures and helpers

@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("query-store") / "store"
    s = open_store("oxigraph", path)
    outcomes = load_paths(s, [SAMPLE])
    assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
    yield s
    s.close()


def run(store, name: str, **params):
    return run_query(store, QUERIES[name], params)


def records(result) -> list[dict[str, str | None]]:
    """Rows as dicts of plain strings (None for an unbound cell)."""
    return [{v: (None if t is None else str(t)) for v, t in zip(result.variables, row)} for row in result.rows]


def column(result, name: str) -> list[str | None]:
    return [r[name] for r in records(result)]


def triple_count(store) -> int:
    rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    return int(rows[0][0])


def default_value(param) -> str:
    return {"iri": "urn:renda-kg:nothing", "integer": "0", "date": "2000-01-01"}.get(param.type, "无此名称")


# ---------------------------------------------------------------- the stored query files

def test_at_least_twelve_stored_queries():
    assert len(QUERIES) >= 12, sorted(QUERIES)


def test_queries_folder_is_the_package_folder():
    assert {p.stem for p in queries_dir().glob("*.rq")} == set(QUERIES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_has_header_and_parses(name):
    q = QUERIES[name]
    assert q.title and q.title != name, f"{name}: no '#+ title:'"
    assert len(q.description) > 20, f"{name}: no '#+ description:'"
    assert name == name.lower() and " " not in name and "-" not in name, "snake_case file names"
    text = q.text
    assert "PREFIX" in text
    assert "ORDER BY" in text, f"{name}: rows should come in a fixed order"
    # every declared param is a variable of the query and in its SELECT projection
    select = text[text.index("SELECT"):text.index("WHERE")]
    for p in q.params:
        assert p.description, f"{name}: param {p.name} has no description"
        assert f"?{p.name}" in select, f"{name}: param {p.name} must be in the SELECT projection"
        assert p.optional, f"{name}: param {p.name}: stored queries take only optional params"
    # every header line parses as a known key
    for line in text.splitlines():
        if line.startswith("#+"):
            assert line.split(":")[0].split()[-1] in ("title", "description", "param", "values"), line
    check_read_only(text, name)  # raises on anything but a read-only query


@pytest.mark.parametrize("name", sorted(set(QUERIES) - NEEDS_SEVERAL_ARTICLES))
def test_every_query_returns_rows_on_the_sample(store, name):
    result = run(store, name)
    assert result.rows, f"{name} returned no rows on the sample"
    assert len(result.variables) == len(set(result.variables))
    # deterministic: the same rows in the same order a second time
    assert run(store, name).rows == result.rows


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_unmatched_param_values_return_no_rows(store, name):
    q = QUERIES[name]
    for p in q.params:
        result = run_query(store, q, {p.name: default_value(p)})
        assert result.rows == [], f"{name}: {p.name}={default_value(p)!r} should match nothing"


# ---------------------------------------------------------------- what the article says

def test_bodies_jurisdictions(store):
    rows = records(run(store, "bodies_jurisdictions"))
    pairs = {(r["body"], r["area"]) for r in rows}
    assert ("桐乡市人大常委会", "桐乡市") in pairs
    assert ("乌镇镇人大", "乌镇镇") in pairs
    assert ("石门镇人大", "石门镇") in pairs
    kinds = {r["body"]: r["body_kind"] for r in rows}
    assert kinds["桐乡市人大常委会"] == "人大常委会"
    assert kinds["乌镇镇人大"] == "乡镇人大"
    narrowed = records(run(store, "bodies_jurisdictions", area="乌镇镇"))
    assert {r["body"] for r in narrowed} == {"乌镇镇人大"}
    assert narrowed[0]["within"] == "桐乡市"
    assert len(narrowed) < len(rows)


def test_committees_of_standing_committee(store):
    result = run(store, "committees_of_standing_committee", standing_committee="桐乡市人大常委会")
    rows = records(result)
    assert {r["standing_committee"] for r in rows} == {"桐乡市人大常委会"}
    committees = [r["committee"] for r in rows]
    assert any("法制" in c for c in committees), committees          # 法制委(监察司法工委)
    assert any("财政经济" in c or "财经" in c for c in committees)   # 财经委(预算工委)
    assert any("选举任免代表" in c or "代选" in c for c in committees)  # 代选工委
    assert any("主任会议" in c for c in committees)                   # 主任会议
    kinds = {r["committee"]: r["kind"] for r in rows}
    assert [k for c, k in kinds.items() if "主任会议" in c] == ["主任会议"]
    also = " ".join(r["also_called"] or "" for r in rows)
    assert "代选工委" in also and "法制委" in also
    # the towns' own congresses are not committees of the standing committee
    assert not any(c.endswith("镇人大") for c in committees)


def test_closed_loop_steps_four_orders_model(store):
    result = run(store, "closed_loop_steps", mechanism="“四单”工作模式")
    rows = records(result)
    assert [r["step"] for r in rows] == ["点单", "定单", "接单", "验单"]
    assert [r["actor"] for r in rows] == ["企业", "代表", "办事处", "人大"]
    assert [int(r["step_index"]) for r in rows] == [1, 2, 3, 4]
    assert {r["mechanism_label"] for r in rows} == {"“四单”工作模式"}
    assert all("高桥" in (r["run_by"] or "") for r in rows)


def test_closed_loop_steps_all_in_order(store):
    rows = records(run(store, "closed_loop_steps"))
    by_mechanism: dict[str, list[int]] = {}
    for r in rows:
        by_mechanism.setdefault(r["mechanism_iri"], []).append(int(r["step_index"]))
    assert all(indexes == sorted(indexes) for indexes in by_mechanism.values())
    steps = {r["mechanism_label"]: [x["step"] for x in rows if x["mechanism_label"] == r["mechanism_label"]]
             for r in rows}
    assert ["提出", "交办", "反馈", "回访"] in steps.values()          # 人大凤鸣街道工委
    assert ["建议收集", "整理交办", "重点督办", "评优评先"] in steps.values()  # 崇福镇人大


def test_law_enforcement_inspections(store):
    rows = records(run(store, "law_enforcement_inspections"))
    inspected = {r["law"] for r in rows if r["relation"] == "执法检查"}
    assert {"食品安全法", "就业促进法"} <= inspected
    assert {r["body"] for r in rows if r["law"] == "食品安全法"} == {"桐乡市人大常委会"}
    referred = {r["law"] for r in rows if r["relation"] != "执法检查"}
    assert "地方组织法" in referred                       # 对照地方组织法
    # inspections come first
    relations = [r["relation"] for r in rows]
    assert relations == sorted(relations, key=lambda x: x != "执法检查")
    assert all(r["quote"] and r["law"] in r["quote"] for r in rows)
    assert {r["law"] for r in records(run(store, "law_enforcement_inspections", law="就业促进法"))} == {"就业促进法"}


def test_place_hierarchy_of_wuzhen(store):
    rows = records(run(store, "place_hierarchy", place="乌镇镇"))
    ancestors = [(r["related"], r["steps"]) for r in rows if r["direction"].startswith("within")]
    assert ancestors == [("桐乡市", "1"), ("嘉兴市", "2"), ("浙江省", "3")]       # nearest first
    assert {r["place"] for r in rows} == {"乌镇镇"}


def test_place_hierarchy_of_tongxiang_contains_towns(store):
    rows = records(run(store, "place_hierarchy", place="桐乡市"))
    descendants = {r["related"] for r in rows if r["direction"].startswith("contains")}
    assert {"乌镇镇", "石门镇", "崇福镇", "濮院镇", "洲泉镇", "大麻镇", "凤鸣街道", "梧桐街道", "高桥街道"} <= descendants
    assert "东兴社区" in descendants                             # two steps down, via 梧桐街道
    steps = {r["related"]: r["steps"] for r in rows if r["direction"].startswith("contains")}
    assert steps["东兴社区"] == "2" and steps["乌镇镇"] == "1"
    contains = [int(r["steps"]) for r in rows if r["direction"].startswith("contains")]
    assert contains == sorted(contains)                          # nearest first
    assert {r["related"] for r in rows if r["direction"].startswith("within")} == {"嘉兴市", "浙江省"}


def test_evidence_for_fact_offsets_match(store):
    result = run(store, "evidence_for_fact")
    rows = records(result)
    assert rows
    assert all(r["matches"] == "true" for r in rows), [r for r in rows if r["matches"] != "true"][:3]
    assert all(r["quote"] and r["article_title"] for r in rows)
    assert all(int(r["start"]) < int(r["end"]) for r in rows)
    matches = result.variables.index("matches")
    assert all(row[matches] == Literal(True) for row in result.rows)


def test_evidence_for_fact_params_narrow(store):
    everything = records(run(store, "evidence_for_fact"))
    about_wuzhen = records(run(store, "evidence_for_fact", subject="乌镇镇人大"))
    assert 0 < len(about_wuzhen) < len(everything)
    assert {r["subject"] for r in about_wuzhen} == {"乌镇镇人大"}
    topics = records(run(store, "evidence_for_fact", subject="乌镇镇人大", predicate=RK + "supervisesTopic"))
    assert {r["object"] for r in topics} == {"数字经济", "生态农业", "社会治理"}
    assert all("乌镇镇人大" in r["quote"] for r in topics)
    inspections = records(run(store, "evidence_for_fact", predicate=RK + "inspectsLaw"))
    assert {r["object"] for r in inspections} >= {"食品安全法", "就业促进法"}
    assert {r["predicate"] for r in inspections} == {RK + "inspectsLaw"}


def test_mechanisms_by_area(store):
    rows = records(run(store, "mechanisms_by_area", area="崇福镇"))
    assert {r["body"] for r in rows} == {"崇福镇人大"}
    assert any("建议收集" in r["mechanism"] for r in rows)
    everything = records(run(store, "mechanisms_by_area"))
    assert len(everything) > len(rows)
    # a set of bodies (各镇(街道)人大) counts for the area it is located in
    assert any(r["via"].startswith("set") and r["area"] == "桐乡市" for r in everything)
    assert any(r["area"] == "凤鸣街道" and "提出" in r["mechanism"] for r in everything)


def test_bodies_running_mechanism_matches_other_names(store):
    everything = records(run(store, "bodies_running_mechanism"))
    by_label = records(run(store, "bodies_running_mechanism", mechanism="执法检查"))
    assert 0 < len(by_label) < len(everything)
    assert {r["mechanism_label"] for r in by_label} == {"执法检查"}
    assert "桐乡市人大常委会" in {r["body"] for r in by_label}
    # 述职评议 is another name (skos:altLabel) of 代表述职评议
    by_alt = records(run(store, "bodies_running_mechanism", mechanism="述职评议"))
    assert {r["mechanism_label"] for r in by_alt} == {"代表述职评议"}
    assert {r["mechanism"] for r in by_alt} == {"述职评议"}
    brands = {(r["body"], r["mechanism_label"]) for r in everything if r["relation_iri"] == RK + "hasBrand"}
    assert ("濮院镇人大", "代表有约") in brands


def test_representative_groups(store):
    rows = records(run(store, "representative_groups_by_body", body="濮院镇人大"))
    assert {r["group_kind"] for r in rows} == {"代表联盟"}
    assert len(rows) == 5                                        # 五个代表联盟
    assert any("新青年" in r["group"] for r in rows)
    everything = records(run(store, "representative_groups_by_body"))
    assert any("财经" in r["group"] and r["group_kind"] == "专业代表小组" for r in everything)


def test_liaison_station_structure(store):
    rows = records(run(store, "liaison_station_structure"))
    # 1个市总站 + 11个镇(街道)联络站 + N个联络室(点)
    assert [int(r["tier_order"]) for r in rows] == [1, 2, 3]
    assert [r["station_count"] for r in rows] == ["1", "11", None]
    assert "总站" in rows[0]["station_kind"]
    assert {r["owner"] for r in rows} == {"桐乡市人大常委会"}
    assert "‘桐’代表说" in rows[0]["owner_brands"]


def test_quantities(store):
    rows = records(run(store, "quantities"))
    values = {(r["value"], r["unit"], r["counted_thing"]) for r in rows}
    assert ("17", "项", "制度") in values
    assert ("8", "个", "代表小组") in values
    assert all(r["quote"] for r in rows)
    eight = [r for r in rows if r["value"] == "8"]
    assert eight[0]["subject"] == "人大高桥街道工委"


def test_supervision_topics(store):
    rows = records(run(store, "supervision_topics"))
    pairs = {(r["body"], r["topic"]) for r in rows}
    assert {("乌镇镇人大", "数字经济"), ("乌镇镇人大", "生态农业"), ("乌镇镇人大", "社会治理"),
            ("石门镇人大", "就医问题")} <= pairs
    assert {r["topic"] for r in records(run(store, "supervision_topics", body="石门镇人大"))} == {"就医问题"}


def test_guidance(store):
    rows = records(run(store, "guidance"))
    responsible = {(r["body"], r["target"]) for r in rows if r["relation"] == "负责"}
    assert any("法制" in body and target == "备案审查" for body, target in responsible)
    assert any("财政经济" in body and target == "预决算监督" for body, target in responsible)
    guides = [r for r in rows if r["relation"] == "指导"]
    committees = [r for r in guides if r["body_kind"] in ("专门委员会", "工作委员会", "主任会议")]
    assert committees and all(r["part_of"] == "桐乡市人大常委会" for r in committees)
    assert any("选举任免代表" in r["body"] for r in committees)       # 代选工委落实……的指导


def test_article_metadata_and_facts_per_article(store, sample_result):
    (meta,) = records(run(store, "article_metadata"))
    assert meta["title"] == "桐乡市人大以“五化”提升基层人大工作整体效能"
    assert meta["issued"].startswith("2023-10-07T16:32")
    assert meta["source"] == "桐乡市人大"
    assert set(meta["authors"].split("; ")) == {"严克明", "王海英"}
    assert int(meta["body_length"]) > 3000
    (facts,) = records(run(store, "facts_per_article"))
    assert facts["title"] == meta["title"]
    assert int(facts["relations"]) > 50 and int(facts["entities"]) > 30
    assert int(facts["evidence_records"]) >= int(facts["relations"])
    # as the article's graph has them: its evidence records, and the statements they name
    g = sample_result.graph
    records_in_graph = set(g.subjects(RDF.type, URIRef(RK + "Evidence")))
    named = {(g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)) for ev in records_in_graph}
    assert (int(facts["evidence_records"]), int(facts["relations"])) == (len(records_in_graph), len(named))
    assert int(facts["entities"]) == len(set(g.objects(sample_result.graph_name, URIRef(RK + "mentions"))))


def test_entities_in_several_articles(tmp_path):
    assert run_query_on_fresh(tmp_path, "entities_in_several_articles", [SAMPLE]).rows == []
    second = tmp_path / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    result = run_query_on_fresh(tmp_path, "entities_in_several_articles", [SAMPLE, second])
    rows = records(result)
    entities = {r["entity"]: r for r in rows}
    assert "乌镇镇人大" in entities
    assert int(entities["乌镇镇人大"]["articles"]) == 2
    assert "食品安全法执法检查" in entities["乌镇镇人大"]["article_titles"]
    assert "桐乡市人大常委会" in entities and "食品安全法" in entities
    # 石门镇人大 is only in the sample
    assert "石门镇人大" not in entities


def run_query_on_fresh(tmp_path: Path, name: str, paths: list[Path]):
    folder = tmp_path / f"store-{len(paths)}"
    s = open_store("oxigraph", folder)
    try:
        assert all(o.ok for o in load_paths(s, paths))
        return run_query(s, QUERIES[name], {})
    finally:
        s.close()


# ---------------------------------------------------------------- injection safety

@pytest.mark.parametrize("value", NASTY_VALUES)
def test_param_values_stay_literals(store, value):
    before = triple_count(store)
    graphs = store.graph_names()
    ran = 0
    for name, q in QUERIES.items():
        for p in q.params:
            if p.type in ("zh", "string"):
                result = run_query(store, q, {p.name: value})
                assert result.rows == [], f"{name}: {p.name}={value!r} matched something"
                ran += 1
    assert ran >= 5
    assert triple_count(store) == before
    assert store.graph_names() == graphs
    # and the store still answers as before
    assert run(store, "closed_loop_steps", mechanism="“四单”工作模式").rows


@pytest.mark.parametrize("value", [v for v in NASTY_VALUES] + ["not an iri", "<urn:x>", ""])
def test_iri_param_refuses_non_iris(store, value):
    before = triple_count(store)
    with pytest.raises(QueryError, match="predicate"):
        run(store, "evidence_for_fact", predicate=value)
    assert triple_count(store) == before


def test_iri_param_that_names_nothing(store):
    assert run(store, "evidence_for_fact", predicate="http://127.0.0.1:1/").rows == []


# ---------------------------------------------------------------- what the runner refuses

@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX rk: <https://w3id.org/renda-kg/ontology#>\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
])
def test_runner_refuses_update(text):
    with pytest.raises(QueryError, match="Update"):
        parse_query_file("#+ title: bad\n" + text, "bad")


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:1/> { ?s ?q ?r } } }",
])
def test_runner_refuses_service(text):
    with pytest.raises(QueryError, match="SERVICE"):
        parse_query_file(text, "remote")


def test_runner_refuses_update_file(tmp_path):
    path = tmp_path / "wipe.rq"
    path.write_text("#+ title: wipe\nDROP ALL\n", encoding="utf-8")
    with pytest.raises(QueryError, match="Update"):
        resolve_query(str(path))


def test_invalid_sparql_is_a_query_error():
    with pytest.raises(QueryError, match="not a valid SPARQL query"):
        parse_query_file("SELECT ?x WHERE { ?x ", "broken")


def test_unknown_param(store):
    with pytest.raises(QueryError, match="unknown parameter"):
        run(store, "place_hierarchy", town="乌镇镇")


def test_missing_required_param(store):
    q = parse_query_file(
        "#+ title: Places\n#+ description: one place\n#+ param: place zh  the place\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?x ?place WHERE { ?x rdfs:label ?place }", "needs_place")
    with pytest.raises(QueryError, match="missing required parameter"):
        run_query(store, q, {})
    assert run_query(store, q, {"place": "乌镇镇"}).rows


def test_bad_param_line():
    with pytest.raises(QueryError, match="bad param line"):
        parse_query_file("#+ param: place town optional  a place\nSELECT * WHERE { ?s ?p ?o }", "bad_param")


RESTATED = """#+ title: Statements per place
#+ description: how many statements name each place
#+ param: place zh optional  the place
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?place ?n WHERE {
  ?x rdfs:label ?place .
  {
    SELECT ?x (COUNT(*) AS ?n) WHERE {
      #+ values: place
      ?x rdfs:label ?place ; ?p ?o .
    }
    GROUP BY ?x
  }
}
ORDER BY ?place
"""


def test_restated_parameter_goes_into_its_subquery(store):
    q = parse_query_file(RESTATED, "restated")
    bound = bind_values(q.text, q.bindings({"place": "乌镇镇"}))
    values = 'VALUES (?place) { ("乌镇镇"@zh) }'
    assert bound.count(values) == 2
    marker = bound.index("#+ values: place")
    assert bound.index(values, marker) < bound.index("?x rdfs:label ?place ; ?p ?o")
    assert bind_values(q.text, {}) == q.text   # a listing runs the file as written
    # narrowed in the subquery too, the lookup is still the listing's row for the place
    listing = [r for r in records(run_query(store, q, {})) if r["place"] == "乌镇镇"]
    assert listing and records(run_query(store, q, {"place": "乌镇镇"})) == listing


NARROWED = RESTATED.replace("""      #+ values: place
      ?x rdfs:label ?place ; ?p ?o .""", """      #+ values: place { ?x rdfs:label ?place }
      ?x ?p ?o .""")


def test_restated_pattern_narrows_a_lookup_only(store):
    q = parse_query_file(NARROWED, "narrowed")
    assert bind_values(q.text, {}) == q.text   # a listing counts every statement of every thing
    bound = bind_values(q.text, q.bindings({"place": "乌镇镇"}))
    marker = bound.index("#+ values: place")
    # the VALUES block and then the line's pattern, before the subquery's own patterns
    assert '\n VALUES (?place) { ("乌镇镇"@zh) }\n { ?x rdfs:label ?place }\n      ?x ?p ?o .' in bound[marker:]
    listing = [r for r in records(run_query(store, q, {})) if r["place"] == "乌镇镇"]
    assert listing and records(run_query(store, q, {"place": "乌镇镇"})) == listing


def test_restated_pattern_needs_every_parameter_it_names():
    text = NARROWED.replace("#+ param: place zh optional  the place",
                            "#+ param: place zh optional  the place\n#+ param: kind iri optional  its class")
    text = text.replace("SELECT ?place ?n", "SELECT ?place ?kind ?n").replace(
        "#+ values: place { ?x rdfs:label ?place }", "#+ values: place kind { ?x rdfs:label ?place ; a ?kind }")
    q = parse_query_file(text, "narrowed")
    only_place = bind_values(q.text, q.bindings({"place": "乌镇镇"}))
    # the place is restated; the pattern, which needs the kind too, is left out
    after_line = only_place[only_place.index("\n", only_place.index("#+ values:")):]
    assert after_line.startswith('\n VALUES (?place) { ("乌镇镇"@zh) }\n      ?x ?p ?o .')
    assert "a ?kind" not in after_line


@pytest.mark.parametrize("pattern,problem", [
    ("{ ?x rdfs:label ?name }", "must narrow by [?]place"),
    ("{ ?x rdfs:label ?place", "does not parse"),
    ("{ ?x rdfs:label ?place . FILTER ( }", "does not parse"),
    ("{ ?x undeclared:label ?place }", "does not parse"),   # the query declares no such prefix
])
def test_restated_pattern_is_checked(pattern, problem):
    with pytest.raises(QueryError, match=problem):
        parse_query_file(NARROWED.replace("{ ?x rdfs:label ?place }", pattern), "narrowed")


@pytest.mark.parametrize("line,problem", [
    ("      #+ values: town", "must name parameters"),
    ("      #+ values:", "must name parameters"),
])
def test_restated_values_must_name_parameters(line, problem):
    with pytest.raises(QueryError, match=problem):
        parse_query_file(RESTATED.replace("      #+ values: place", line), "restated")


def test_a_query_without_where_still_parses():
    # the WHERE group is looked for only when a '#+ values:' line needs it
    assert parse_query_file("#+ title: one thing\nDESCRIBE <urn:renda-kg:x>", "describe").title == "one thing"


def test_restated_values_must_stand_in_the_where_group():
    text = RESTATED.replace("      #+ values: place\n", "").replace("SELECT ?place", "#+ values: place\nSELECT ?place", 1)
    with pytest.raises(QueryError, match="inside the WHERE group"):
        parse_query_file(text, "restated")


def test_unknown_query_name():
    with pytest.raises(QueryError, match="no stored query"):
        resolve_query("no_such_query")


# ---------------------------------------------------------------- output formats

@pytest.mark.parametrize("name", ["closed_loop_steps", "liaison_station_structure", "law_enforcement_inspections"])
def test_output_formats_agree(store, name):
    result = run(store, name)
    expected = [["" if t is None else str(t) for t in row] for row in result.rows]

    csv_rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert csv_rows[0] == result.variables
    assert csv_rows[1:] == expected

    tsv_rows = list(csv.reader(io.StringIO(format_result(result, "tsv")), delimiter="\t"))
    assert tsv_rows[0] == result.variables
    assert tsv_rows[1:] == expected

    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == result.variables
    bindings = data["results"]["bindings"]
    assert len(bindings) == len(result.rows)
    for binding, row in zip(bindings, expected):
        assert [binding.get(v, {}).get("value", "") for v in result.variables] == row
    assert all(b[v]["type"] in ("uri", "literal", "bnode") for b in bindings for v in b)

    table = format_result(result, "table").splitlines()
    assert table[0].split() == result.variables
    assert set(table[1]) <= {"-", " "}
    assert table[-1] == f"({len(result.rows)} rows)"
    assert len(table) == len(result.rows) + 3
    for line, row in zip(table[2:-1], expected):
        assert line.split() == [c for c in row if c]

    with pytest.raises(QueryError, match="unknown result format"):
        format_result(result, "xml")


def test_json_keeps_language_and_datatype(store):
    data = json.loads(format_result(run(store, "closed_loop_steps", mechanism="“四单”工作模式"), "json"))
    first = data["results"]["bindings"][0]
    assert first["step"] == {"type": "literal", "value": "点单", "xml:lang": "zh"}
    assert first["step_index"]["datatype"].endswith("#integer")
    assert first["mechanism_iri"]["type"] == "uri"


# ---------------------------------------------------------------- command line

def _cli() -> list[str]:
    script = Path(sys.executable).parent / "renda-kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "renda_kg"]


def test_cli_lists_queries(tmp_path):
    proc = subprocess.run(_cli() + ["query", "--list", "--store", str(tmp_path / "empty-store")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for name, q in QUERIES.items():
        assert name in proc.stdout
        assert q.title in proc.stdout


def test_cli_runs_a_query_as_csv(tmp_path):
    folder = tmp_path / "cli-store"
    s = open_store("oxigraph", folder)
    try:
        assert all(o.ok for o in load_paths(s, [SAMPLE]))
    finally:
        s.close()  # one process at a time may open the on-disk store
    proc = subprocess.run(_cli() + ["query", "closed_loop_steps", "--format", "csv", "--store", str(folder),
                                    "--param", "mechanism=“四单”工作模式"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["step"] for r in rows] == ["点单", "定单", "接单", "验单"]

    proc = subprocess.run(_cli() + ["query", "closed_loop_steps", "--format", "csv", "--store", str(folder)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(list(csv.DictReader(io.StringIO(proc.stdout)))) > 4


def test_cli_refuses_injection_and_bad_params(tmp_path):
    folder = tmp_path / "cli-store"
    s = open_store("oxigraph", folder)
    try:
        assert all(o.ok for o in load_paths(s, [SAMPLE]))
        before = triple_count(s)
    finally:
        s.close()
    proc = subprocess.run(_cli() + ["query", "place_hierarchy", "--store", str(folder),
                                    "--param", 'place=乌镇镇" } ; DROP ALL ; #'],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "(0 rows)" in proc.stdout
    proc = subprocess.run(_cli() + ["query", "place_hierarchy", "--store", str(folder), "--param", "town=乌镇镇"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "unknown parameter" in proc.stderr + proc.stdout
    s = open_store("oxigraph", folder)
    try:
        assert triple_count(s) == before
    finally:
        s.close()


def test_stored_query_type():
    assert all(isinstance(q, StoredQuery) and q.path and q.path.endswith(f"{n}.rq") for n, q in QUERIES.items())


SESSION_ARTICLE = """\
桐乡市第十七届人民代表大会第三次会议闭幕
发布时间:2024-01-12 17:00:00

  本网讯   1月11日,桐乡市第十七届人民代表大会第三次会议闭幕。会议表决通过了关于桐乡市人民政府工作报告的决议,赞成370票,反对2票,弃权4票。会议还通过了关于桐乡市人民法院工作报告的决议,赞成361票,反对8票,弃权7票。
  市人大常委会主任刘建平主持会议,副主任赵红、韩冰出席。会议选举李国强为桐乡市人大常委会副主任,免去周明的桐乡市自然资源局局长职务。
  大会期间,由沈立新等11名代表联名提出的《关于加快城乡污水管网改造的议案》经大会主席团决定列为大会议案,陆晓芸领衔提出的《关于增设城乡公交线路的建议》交由市人民政府研究办理。会议期间另收到《关于加强校园周边交通管理的建议》等建议126件。

来源: 桐乡市人大 作者:王五
"""


@pytest.fixture(scope="module")
def session_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("session")
    (folder / "session.txt").write_text(SESSION_ARTICLE, encoding="utf-8")
    s = open_store("oxigraph", folder / "store")
    outcomes = load_paths(s, [folder / "session.txt"])
    assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
    yield s
    s.close()


def test_meetings_and_resolutions_gives_each_resolution_with_its_votes(session_store):
    rows = records(run(session_store, "meetings_and_resolutions"))
    assert {(r["meeting"], r["body"], r["term"], r["session"], r["date"]) for r in rows} == {
        ("桐乡市第十七届人民代表大会第三次会议", "桐乡市人民代表大会", "17", "3", "2024-01-11")}
    assert sorted((r["resolution"], r["for"], r["against"], r["abstaining"]) for r in rows) == [
        ("关于桐乡市人民政府工作报告的决议", "370", "2", "4"),
        ("关于桐乡市人民法院工作报告的决议", "361", "8", "7"),
    ]
    assert records(run(session_store, "meetings_and_resolutions", body="桐乡市人大常委会")) == []


def test_people_and_posts_gives_each_holder_with_the_body_of_the_post(session_store):
    rows = records(run(session_store, "people_and_posts"))
    held = {(r["person"], r["post"], r["body"]) for r in rows}
    assert {("刘建平", "桐乡市人大常委会主任", "桐乡市人大常委会"),
            ("赵红", "桐乡市人大常委会副主任", "桐乡市人大常委会"),
            ("韩冰", "桐乡市人大常委会副主任", "桐乡市人大常委会"),
            ("李国强", "桐乡市人大常委会副主任", "桐乡市人大常委会")} <= held, held
    lookup = records(run(session_store, "people_and_posts", person="赵红"))
    assert [(r["person"], r["post"]) for r in lookup] == [("赵红", "桐乡市人大常委会副主任")]
    assert not any(r["person"] == "周明" for r in rows), "免去…职务: no post he holds"
    # 免去周明的…局长职务: a post he was relieved of, in the city's department
    relieved = records(run(session_store, "posts_relieved"))
    assert [(r["person"], r["post"], r["body"]) for r in relieved] == [("周明", "桐乡市自然资源局局长", "桐乡市自然资源局")]
    assert records(run(session_store, "posts_relieved", person="赵红")) == []


def test_deputy_proposals_gives_each_motion_and_suggestion_with_its_lead_deputy_and_session(session_store):
    rows = records(run(session_store, "deputy_proposals"))
    listed = sorted((r["proposal"], r["kind"], r["deputy"], r["session"], r["body"], r["value"], r["counted_thing"])
                    for r in rows)
    session, body = "桐乡市第十七届人民代表大会第三次会议", "桐乡市人民代表大会"
    assert listed == sorted([
        ("关于加快城乡污水管网改造的议案", "代表议案", "沈立新", session, body, "11", "代表"),   # 11 deputies signed it
        ("关于加强校园周边交通管理的建议", "代表建议", None, session, body, None, None),     # no deputy named
        ("关于增设城乡公交线路的建议", "代表建议", "陆晓芸", session, body, None, None),
    ]), listed
    # a lookup by the deputy who led them: that deputy's alone
    assert [r["proposal"] for r in records(run(session_store, "deputy_proposals", deputy="陆晓芸"))] == ["关于增设城乡公交线路的建议"]
    assert records(run(session_store, "deputy_proposals", deputy="刘建平")) == []


HANDLING_ARTICLE = """\
绍兴市人大常委会开展重点建议督办
发布时间:2024-04-18 09:00:00

  本网讯   市人大常委会主任陈立新领衔督办《关于加快推进城镇老旧小区改造的建议》，由市住房和城乡建设局主办、市财政局、市水利局协办；副主任刘志华领衔督办《关于加强农村饮水安全保障的建议》，由市水利局承办。

来源: 绍兴市人大常委会
"""


def test_proposal_handlers_gives_each_department_with_its_role(tmp_path):
    # A department's list of the proposals it was given, as lead or as assistant: what a
    # journalist counts to see which department handles most of the deputies' suggestions.
    (tmp_path / "handling.txt").write_text(HANDLING_ARTICLE, encoding="utf-8")
    store = open_store("oxigraph", tmp_path / "store")
    try:
        assert all(o.ok for o in load_paths(store, [tmp_path / "handling.txt"]))
        rows = records(run(store, "proposal_handlers"))
        renovation, water = "关于加快推进城镇老旧小区改造的建议", "关于加强农村饮水安全保障的建议"
        assert sorted((r["department"], r["role"], r["proposal"], r["kind"]) for r in rows) == sorted([
            ("绍兴市住房和城乡建设局", "主办单位", renovation, "代表建议"),
            ("绍兴市财政局", "协办单位", renovation, "代表建议"),
            ("绍兴市水利局", "协办单位", renovation, "代表建议"),
            ("绍兴市水利局", "主办单位", water, "代表建议"),
        ]), rows
        assert {r["article_title"] for r in rows} == {"绍兴市人大常委会开展重点建议督办"}
        # a lookup by a department: the proposals it handles, in either role, lead first
        assert [(r["proposal"], r["role"]) for r in records(run(store, "proposal_handlers", department="绍兴市水利局"))] == [
            (water, "主办单位"), (renovation, "协办单位")]
        assert records(run(store, "proposal_handlers", department="绍兴市教育局")) == []
    finally:
        store.close()


def test_proposal_supervisors_gives_each_leader_with_the_post_the_article_gives(tmp_path):
    # Which proposals a standing committee's leaders follow up themselves (领衔督办): a
    # researcher of congress supervision lists them by leader, with the post that explains
    # why they can (主任, 副主任); the deputy who raised it is not its supervisor.
    (tmp_path / "handling.txt").write_text(HANDLING_ARTICLE, encoding="utf-8")
    store = open_store("oxigraph", tmp_path / "store")
    try:
        assert all(o.ok for o in load_paths(store, [tmp_path / "handling.txt"]))
        renovation, water = "关于加快推进城镇老旧小区改造的建议", "关于加强农村饮水安全保障的建议"
        rows = records(run(store, "proposal_supervisors"))
        assert [(r["supervisor"], r["post"], r["proposal"], r["kind"], r["article_title"]) for r in rows] == [
            ("刘志华", "绍兴市人大常委会副主任", water, "代表建议", "绍兴市人大常委会开展重点建议督办"),
            ("陈立新", "绍兴市人大常委会主任", renovation, "代表建议", "绍兴市人大常委会开展重点建议督办"),
        ], rows
        assert [r["proposal"] for r in records(run(store, "proposal_supervisors", supervisor="陈立新"))] == [renovation]
        assert records(run(store, "proposal_supervisors", supervisor="绍兴市水利局")) == []
    finally:
        store.close()


def test_proposal_handlers_lists_every_relation_from_a_proposal_to_its_handlers():
    # The query names the relations (for Oxigraph's sake): they must be the ontology's
    # relations from a deputies' proposal to the bodies handling it, subproperties included.
    import re as _re
    from rdflib import RDFS, URIRef
    from renda_kg.graph.vocab import default_vocabulary
    vocab = default_vocabulary()
    proposal, organization = URIRef(RK + "DeputyProposal"), URIRef("http://www.w3.org/ns/org#Organization")
    tops = {p for p in vocab.graph.subjects(RDFS.domain, proposal) if (p, RDFS.range, organization) in vocab.graph}
    handling = {str(p) for top in tops for p in vocab.graph.transitive_subjects(RDFS.subPropertyOf, top)}
    assert {RK + "handledBy", RK + "coHandledBy"} <= handling
    written = _re.search(r"VALUES \?relation \{([^}]*)\}", QUERIES["proposal_handlers"].text).group(1).split()
    assert {w.replace("rk:", RK) for w in written} == handling


@pytest.mark.parametrize("name", ["deputy_proposals", "proposal_supervisors"])
def test_proposal_queries_list_every_kind_of_proposal_the_ontology_has(name):
    # The query names the kinds in its group (for Oxigraph's sake): they must be the ontology's.
    import re as _re
    from rdflib import RDFS, URIRef
    from renda_kg.graph.vocab import default_vocabulary
    vocab = default_vocabulary()
    rk = "https://w3id.org/renda-kg/ontology#"
    kinds = {str(c) for c in vocab.graph.transitive_subjects(RDFS.subClassOf, URIRef(rk + "DeputyProposal"))} - {rk + "DeputyProposal"}
    # every VALUES ?class block (proposal_supervisors names the kinds twice: in its group and
    # in the subquery that reads their labels)
    blocks = _re.findall(r"VALUES \?class \{([^}]*)\}", QUERIES[name].text)
    assert blocks, name
    for block in blocks:
        assert {w.replace("rk:", rk) for w in block.split()} == kinds, name


@pytest.mark.parametrize("name", ["bodies_running_mechanism", "closed_loop_steps", "mechanisms_by_area"])
def test_queries_of_bodies_running_mechanisms_list_every_running_relation_the_ontology_has(name):
    # The queries name the relations (for Oxigraph's sake, a list in the query reads faster
    # than rdfs:subPropertyOf* in the store): they must be every relation to a mechanism the
    # ontology has, or a body hosting an activity (主办) would be missing from them.
    import re as _re
    from rdflib import RDFS, URIRef
    from renda_kg.graph.vocab import default_vocabulary
    vocab = default_vocabulary()
    rk = "https://w3id.org/renda-kg/ontology#"
    # the relations to a mechanism: those whose range is rk:Mechanism or below it, and theirs below
    # them; a body's, not a person's (rk:leads: who led the team, not who runs the mechanism)
    mechanisms = set(vocab.graph.transitive_subjects(RDFS.subClassOf, URIRef(rk + "Mechanism")))
    people = set(vocab.graph.transitive_subjects(RDFS.subClassOf, URIRef(rk + "Person")))
    running = {str(p) for top, kind in vocab.graph.subject_objects(RDFS.range) if kind in mechanisms
               and not set(vocab.graph.objects(top, RDFS.domain)) & people
               for p in vocab.graph.transitive_subjects(RDFS.subPropertyOf, top)}
    assert {rk + "hosts", rk + "undertakes", rk + "coOrganizes", rk + "pilots"} <= running
    assert rk + "leads" not in running
    text = QUERIES[name].text
    lists = _re.findall(r"VALUES \?(?:relation_iri|running) \{([^}]*)\}", text) + \
        _re.findall(r"\?body_iri ((?:rk:\w+\|)+rk:\w+) \?mechanism_iri", text) + \
        _re.findall(r"\?relation_iri IN \(([^)]*)\)", text)
    assert lists, f"{name}: no list of relations found"
    for written in lists:
        assert {w.replace("rk:", rk) for w in _re.split(r"[\s|,]+", written.strip())} == running, (name, written)

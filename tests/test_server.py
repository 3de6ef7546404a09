"""The ``sparql`` store and ``--endpoint``/``push``: a real Virtuoso 7, plus small fake
servers for the failures a real one will not produce on demand.

The Virtuoso tests start a private server (``tests/virtuoso.py``); without one installed
they skip, unless ``CI=true`` or ``RENDA_KG_REQUIRE_VIRTUOSO=1`` make that a failure.
"""
from __future__ import annotations

import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from rdflib import XSD, Graph, Literal, URIRef

from renda_kg.graph.export import article_graph_names
from renda_kg.graph.sparql import (
    PASSWORD_ENV,
    PushError,
    ServerError,
    SparqlStore,
    TruncatedResult,
    bind_values,
    push,
    sparql_term,
)
from renda_kg.graph.store import STORES, MemoryStore, StoreError, normalize, open_store
from renda_kg.pipeline import load_paths
from renda_kg.queries.runner import load_queries, parse_query_file, run_query

sys.path.insert(0, str(Path(__file__).parent))
from answers import same_on_engines  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "loaders" / "samples" / "zjrd-2023-10-07-tongxiang-wuhua.txt"
QUERIES = load_queries()
RK = "https://w3id.org/renda-kg/ontology#"

# A small second corpus in the sample's text-dump layout, sharing bodies, places, laws
# and mechanisms with the sample and with each other.
CORPUS = {
    "a1-shipin.txt": """桐乡市人大常委会开展食品安全法执法检查
发布时间:2024-01-05 10:00:00

  本网讯   近日,桐乡市人大常委会组织开展食品安全法执法检查,乌镇镇人大配合开展检查。
  乌镇镇人大紧紧围绕乌镇高质量发展目标,对数字经济等领域工作进行监督。

来源: 桐乡市人大 作者:张三
""",
    "a2-chongfu.txt": """崇福镇人大建立8个代表小组
发布时间:2024-02-10 09:00:00

  本网讯   近日,崇福镇人大组建8个代表小组,打造“代表有约”人大工作品牌。
  崇福镇人大推行“四单”工作模式,企业“点单”、代表“定单”、部门“接单”、群众“评单”。

来源: 桐乡市人大 作者:李四 王五
""",
    "a3-puyuan.txt": """濮院镇人大组建代表联盟
发布时间:2024-03-15 15:20:00

  本网讯   近日,濮院镇人大成立时尚产业代表联盟,桐乡市人大常委会法制委员会指导各镇(街道)人大开展规范性文件备案审查。
  濮院镇人大对就医问题开展专题监督,并依据《中华人民共和国食品安全法》开展执法检查。

来源: 桐乡市人大 作者:赵六
""",
    "a4-wutong.txt": """梧桐街道人大工委推进民生实事项目人大代表票决制
发布时间:2024-04-20 08:45:00

  本网讯   近日,桐乡市人大梧桐街道工委推进民生实事项目人大代表票决制,建立“提出—交办—反馈—回访”闭环机制。
  梧桐街道共有代表联络站11个,乌镇镇人大、崇福镇人大参加交流。

来源: 桐乡市人大 作者:张三
""",
    # people with posts, a session, its resolutions and their votes
    "a5-session.txt": """桐乡市第十七届人民代表大会第三次会议闭幕
发布时间:2024-01-12 17:00:00

  本网讯   1月11日,桐乡市第十七届人民代表大会第三次会议闭幕。会议表决通过了关于桐乡市人民政府工作报告的决议,赞成370票,反对2票,弃权4票。会议还通过了关于桐乡市人民法院工作报告的决议,赞成361票,反对8票,弃权7票。
  市人大常委会主任刘建平主持会议,副主任赵红、韩冰出席。会议选举李国强为桐乡市人大常委会副主任,免去周明的桐乡市自然资源局局长职务。

来源: 桐乡市人大 作者:王五
""",
    # departments a standing committee appraised, with their ratings
    "a6-appraisal.txt": """桐乡市人大常委会开展部门工作评议
发布时间:2024-06-20 09:00:00

  本网讯   6月18日,桐乡市人大常委会组织对市住建局、市交通运输局开展满意度测评。市住建局满意率95.6%,市交通运输局满意票28票、基本满意票3票、不满意票1票。

来源: 桐乡市人大 作者:赵六
""",
    # a grassroots legislative contact point and the opinions it gathered
    "a7-contact-point.txt": """梧桐街道基层立法联系点征集法规草案意见
发布时间:2024-07-02 10:00:00

  本网讯   近日,梧桐街道作为嘉兴市人大常委会基层立法联系点,就《嘉兴市文明行为促进条例(草案)》征求意见。该联系点共收集意见建议38条,其中5条被采纳。

来源: 桐乡市人大 作者:李四
""",
    # a practice site of whole-process people's democracy, named by a subdistrict's working committee
    "a8-practice-site.txt": """凤鸣街道全过程人民民主基层实践点揭牌
发布时间:2024-08-15 10:00:00

  本网讯   8月14日,凤鸣街道人大工委全过程人民民主基层实践点揭牌。该街道已培育议事员52名,全年开展议事活动16次。

来源: 桐乡市人大 作者:王五
""",
    # livelihood projects voted on at a town's session
    "a9-projects.txt": """崇福镇第十八届人民代表大会第三次会议召开
发布时间:2025-01-10 10:00:00

  本网讯   1月9日,崇福镇第十八届人民代表大会第三次会议召开。“老旧小区加装电梯”项目得票79票,“农贸市场改造”项目得票76票。

来源: 桐乡市人大 作者:赵六
""",
    # deputies' motions and suggestions, one without a lead deputy named
    "a10-proposals.txt": """桐乡市第十七届人民代表大会第三次会议收到代表议案建议
发布时间:2025-01-12 10:00:00

  本网讯   在桐乡市第十七届人民代表大会第三次会议上,由沈立新等11名代表联名提出的《关于加快城乡污水管网改造的议案》经大会主席团决定列为大会议案,陆晓芸领衔提出的《关于增设城乡公交线路的建议》交由市人民政府研究办理。会议期间另收到《关于加强校园周边交通管理的建议》等建议126件。

来源: 桐乡市人大 作者:钱七
""",
    "a11-handling.txt": """桐乡市人大常委会督办重点建议
发布时间:2025-04-18 09:00:00

  本网讯   市人大常委会主任刘建平领衔督办《关于增设城乡公交线路的建议》，由市交通运输局主办、市财政局协办；副主任赵红领衔督办《关于加强农村饮水安全保障的建议》，由市水利局承办，市农业农村局配合。

来源: 桐乡市人大 作者:钱七
""",
    # a special inquiry: the departments whose heads answered it
    "a12-inquiry.txt": """桐乡市人大常委会开展养老服务工作专题询问
发布时间:2025-05-20 09:00:00

  本网讯   5月19日,桐乡市人大常委会围绕养老服务工作开展专题询问,常委会组成人员现场提问,市民政局、市卫健局主要负责人到会应询。
  5月20日,桐乡市人大常委会副主任沈国强带队,对全市贯彻实施《中华人民共和国大气污染防治法》情况开展执法检查。

来源: 桐乡市人大 作者:钱七
""",
}

NASTY_VALUES = [
    '乌镇镇" } ; DROP ALL ; #',
    "乌镇镇' } ; DROP ALL ; #",
    "<http://example.org/x>",
    "a > b < c",
    "back\\slash\\",
    "乌镇镇\n} DROP ALL ; #\n",
    "\r\t\"\"\"} } ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
    "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }",
    "} } SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } #",
]

SERVER_TIMEOUT = 60  # seconds: no single server test may hang longer


# -- fixtures ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return folder


def clear(store) -> None:
    for name in store.graph_names():
        store.remove_graph(name)


@pytest.fixture(scope="module")
def engines(server, corpus, tmp_path_factory):
    """The corpus loaded into rdflib's Memory store, the embedded Oxigraph and Virtuoso."""
    memory = MemoryStore()
    oxigraph = open_store("oxigraph", tmp_path_factory.mktemp("ox") / "store")
    remote = server.sparql_store()
    clear(remote)
    for store in (memory, oxigraph, remote):
        outcomes = load_paths(store, [str(corpus)])
        assert all(o.ok for o in outcomes), [o.summary() for o in outcomes if not o.ok]
        assert len(outcomes) == len(CORPUS) + 1
    yield {"rdflib": memory, "oxigraph": oxigraph, "virtuoso": remote}
    oxigraph.close()


# -- the stored queries on three engines --------------------------------------------
PARAM_CASES = [
    ("bodies_jurisdictions", {"area": "桐乡市"}),
    ("bodies_running_mechanism", {"mechanism": "执法检查"}),
    ("closed_loop_steps", {"mechanism": "“四单”工作模式"}),
    ("evidence_for_fact", {"predicate": RK + "inspectsLaw"}),
    ("evidence_for_fact", {"subject": "乌镇镇人大"}),
    ("place_hierarchy", {"place": "乌镇镇"}),
    ("mechanisms_by_area", {"area": "崇福镇"}),
    ("supervision_topics", {"body": "乌镇镇人大"}),   # restates its parameter in subqueries
    ("liaison_station_structure", {"area": "桐乡市"}),   # its parameter inside a subquery
    ("people_and_posts", {"person": "赵红"}),
    ("meetings_and_resolutions", {"body": "桐乡市人民代表大会"}),
    ("departments_appraised", {"department": "桐乡市住房和城乡建设局"}),
    ("posts_relieved", {"person": "周明"}),
    ("legislative_contact_points", {"point": "梧桐街道基层立法联系点"}),
    ("democracy_practice_sites", {"site": "凤鸣街道全过程人民民主基层实践点"}),
    ("livelihood_projects", {"project": "老旧小区加装电梯项目"}),
    ("deputy_proposals", {"deputy": "陆晓芸"}),
    ("proposal_handlers", {"department": "桐乡市财政局"}),
    ("proposal_supervisors", {"supervisor": "赵红"}),
    ("departments_questioned", {"department": "桐乡市卫生健康局"}),
    ("activity_leaders", {"person": "沈国强"}),
]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_stored_query_same_answers_on_three_engines(engines, name):
    same_on_engines(engines, QUERIES[name], {}, VIRTUOSO_DIFFERENCES)


# Where Virtuoso 7.2.5 answers differently, and why (reported, not worked around: each is
# a defect of Virtuoso or a query construct to rewrite; rdflib and Oxigraph must agree
# on every query regardless). An entry whose query starts to agree just passes.
SEPARATOR = ("Virtuoso 7.2.5 turns a non-ASCII constant inside GROUP_CONCAT into '?': "
             "separator=\"、\" gives 李四?王五")
NOT_EXISTS_PATH = ("Virtuoso 7.2.5 drops rows from transitive paths whose ends the surrounding pattern "
                   "binds: FILTER NOT EXISTS { ?x a ?n . ?n rdfs:subClassOf+ ?c } (the 'most specific "
                   "class' test), and likewise rdfs:subClassOf+ / rk:withinArea+ joined with other patterns")
LANG_ORDER = ("Virtuoso 7.2.5 orders long language-tagged literals by its stored prefix, not by their "
              "text; ORDER BY STR(?label) would order them as the other engines do")
# Every stored query now avoids these constructs (ASCII separators, fixed-length rdfs:subClassOf paths,
# ORDER BY STR(…) on labels), so no query is expected to differ; the reasons above stay as
# the record of what Virtuoso 7.2.5 gets wrong.
VIRTUOSO_DIFFERENCES: dict[str, str] = {}


@pytest.mark.parametrize("name,values", PARAM_CASES, ids=[f"{n}-{'-'.join(v)}" for n, v in PARAM_CASES])
def test_stored_queries_with_parameters_same_answers(engines, name, values):
    same_on_engines(engines, QUERIES[name], values, VIRTUOSO_DIFFERENCES)


# -- parameters bound as RDF terms --------------------------------------------------
ECHO = parse_query_file("#+ param: v string  anything\nSELECT ?v WHERE { }\n", "echo")
ECHO_ZH = parse_query_file("#+ param: v zh  anything\nSELECT ?v (STR(?v) AS ?s) WHERE { }\n", "echo_zh")


@pytest.mark.parametrize("value", NASTY_VALUES, ids=range(len(NASTY_VALUES)))
def test_injection_values_stay_literals_on_every_engine(engines, value):
    before = {e: len(s.graph_names()) for e, s in engines.items()}
    for engine, store in engines.items():
        echo = run_query(store, ECHO, {"v": value})
        assert [[normalize(t) for t in row] for row in echo.rows] == [[Literal(value)]], engine
        echo = run_query(store, ECHO_ZH, {"v": value})
        assert [[normalize(t) for t in row] for row in echo.rows] == [[Literal(value, lang="zh"), Literal(value)]], engine
        for name in ("bodies_jurisdictions", "supervision_topics", "mechanisms_by_area"):
            param = QUERIES[name].params[0].name
            assert run_query(store, QUERIES[name], {param: value}).rows == [], (engine, name)
    assert {e: len(s.graph_names()) for e, s in engines.items()} == before


def test_values_block_goes_into_the_where_group():
    text = ('PREFIX ex: <http://example.org/where#>\n# a comment with WHERE { braces }\n'
            'SELECT ?where ?x WHERE {\n  ?x ex:p "WHERE { }" .\n}\nORDER BY ?x')
    bound = bind_values(text, {"x": URIRef("http://example.org/a"), "where": Literal('"} ;')})
    assert bound == text.replace(
        "WHERE {\n  ?x", 'WHERE { VALUES (?where ?x) { ("\\"} ;" <http://example.org/a>) }\n\n  ?x')
    # no WHERE keyword; CONSTRUCT's template is not the WHERE group
    assert bind_values("SELECT * { ?s ?p ?o }", {"s": URIRef("urn:x")}).startswith(
        "SELECT * { VALUES (?s) { (<urn:x>) }")
    bound = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef("urn:x")})
    assert bound == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<urn:x>) }\n ?s ?p ?o }"


def test_terms_are_escaped_never_pasted():
    assert sparql_term(Literal('a"b\\c\nd', lang="zh")) == '"a\\"b\\\\c\\nd"@zh'
    assert sparql_term(Literal("5", datatype=XSD.integer)) == '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    with pytest.raises(Exception):
        sparql_term(URIRef("http://example.org/a> } ; DROP ALL ; <x"))
    with pytest.raises(ServerError):
        bind_values("SELECT ?x WHERE { }", {"x } ; DROP ALL ; #": Literal("v")})


# -- push, load, query, export, stats, validate through --endpoint ------------------
def cli(*args, env_extra=None, timeout=SERVER_TIMEOUT):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "renda_kg", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def loaded_store(corpus, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("pushed") / "store"
    done = cli("load", "--store", str(store), str(corpus))
    assert done.returncode == 0, done.stdout + done.stderr
    return store


def server_graphs(server) -> dict[URIRef, set]:
    remote = server.sparql_store()
    return {name: set(remote.graph(name)) for name in remote.graph_names()}


def test_push_sends_every_graph_and_a_repush_leaves_the_server_identical(server, loaded_store, vocab):
    clear(server.sparql_store())
    env = {PASSWORD_ENV: server.password}
    done = cli("push", "--store", str(loaded_store), "--endpoint", server.endpoint, "--user", server.user,
               env_extra=env)
    assert done.returncode == 0, done.stderr
    assert server.password not in done.stdout + done.stderr
    assert f"pushed {len(CORPUS) + 2} graphs" in done.stdout
    with open_store("oxigraph", loaded_store) as local:
        expected = {name: set(local.graph(name)) for name in local.graph_names()}
    assert vocab.iri in expected
    first = server_graphs(server)
    assert first == expected
    again = cli("push", "--store", str(loaded_store), "--endpoint", server.endpoint, "--user", server.user,
                env_extra=env)
    assert again.returncode == 0, again.stderr
    assert server_graphs(server) == first


def test_push_through_sparql_update_when_there_is_no_graph_store(server, loaded_store):
    remote = server.sparql_store(graph_store=None)
    remote.graph_store, remote._use_gsp = None, False
    clear(remote)
    with open_store("oxigraph", loaded_store) as local:
        names = local.graph_names()
        written = push(local, remote, names)
        assert written == names
        assert {n: set(remote.graph(n)) for n in remote.graph_names()} == {n: set(local.graph(n)) for n in names}


def test_a_push_failing_midway_says_which_graphs_were_written_and_a_repush_repairs(server, loaded_store):
    remote = server.sparql_store()
    clear(remote)
    calls = []
    real = remote.replace_graph

    def flaky(name, graph):
        calls.append(name)
        if len(calls) == 3:
            raise ServerError(f"{server.endpoint} answered HTTP 500")
        real(name, graph)

    remote.replace_graph = flaky
    with open_store("oxigraph", loaded_store) as local:
        names = local.graph_names()
        with pytest.raises(PushError) as failure:
            push(local, remote, names)
        err = failure.value
        assert err.written == names[:2] and err.failed == names[2] and err.remaining == names[3:]
        message = str(err)
        assert all(str(n) in message for n in names)
        assert "written before the failure (2)" in message
        assert sorted(remote.graph_names()) == sorted(names[:2])
        remote.replace_graph = real
        assert push(local, remote, names) == names
        assert {n: set(remote.graph(n)) for n in remote.graph_names()} == {n: set(local.graph(n)) for n in names}


def test_commands_with_endpoint(server, corpus, tmp_path):
    clear(server.sparql_store())
    env = {PASSWORD_ENV: server.password}
    common = ["--endpoint", server.endpoint, "--user", server.user]
    load = cli("load", *common, str(corpus), env_extra=env)
    assert load.returncode == 0, load.stdout + load.stderr
    assert f"{len(CORPUS) + 1} of {len(CORPUS) + 1} article(s) loaded" in load.stdout
    again = cli("load", *common, str(corpus / SAMPLE.name), env_extra=env)
    assert "0 triples added, 0 removed" in again.stdout

    query = cli("query", "closed_loop_steps", "--param", "mechanism=“四单”工作模式", "--format", "json",
                *common, env_extra=env)
    assert query.returncode == 0, query.stderr
    rows = json.loads(query.stdout)["results"]["bindings"]
    assert [r["step"]["value"] for r in rows if r["step_index"]["value"] == "1"]

    stats = cli("stats", *common, env_extra=env)
    assert stats.returncode == 0, stats.stderr
    assert f"articles: {len(CORPUS) + 1}" in stats.stdout

    out = tmp_path / "out.trig"
    export = cli("export", "--format", "trig", "--output", str(out), *common, env_extra=env)
    assert export.returncode == 0, export.stderr
    from rdflib import Dataset
    exported = Dataset()
    exported.parse(out, format="trig")
    assert len({g.identifier for g in exported.graphs() if len(g)}) == len(CORPUS) + 1

    validate = cli("validate", *common, env_extra=env)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    for done in (load, query, stats, export, validate):
        assert server.password not in done.stdout + done.stderr


def test_bench_times_a_push_to_the_server_and_leaves_nothing_there(server, tmp_path, monkeypatch):
    """Issue 6, item 6: where a server runs, the bench reports push throughput against the
    same push into the embedded store, and takes its graphs away again."""
    from renda_kg.bench import run

    remote = server.sparql_store()
    before = remote.graph_names()  # other tests' graphs: the bench must leave them alone
    monkeypatch.setenv(PASSWORD_ENV, server.password)
    table = run(quick=True, workdir=str(tmp_path / "bench"), skip=("load", "queries", "export", "validate"),
                endpoint=server.endpoint, user=server.user)
    row = next(line for line in table.splitlines() if line.startswith("push to the SPARQL server"))
    assert int(re.search(r"(\d+) graphs", row).group(1)) > 0
    rate, base = (float(x) for x in re.search(r"([\d.]+)k quads/s.*embedded store ([\d.]+)k quads/s", row).groups())
    assert rate > 0 and base > 0
    assert remote.graph_names() == before
    assert server.password not in table


def test_no_password_flag_and_no_password_no_write(server):
    done = cli("push", "--endpoint", server.endpoint, "--user", server.user, "--password", "x")
    assert done.returncode == 2 and "unrecognized arguments: --password" in done.stderr
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    done = subprocess.run([sys.executable, "-m", "renda_kg", "stats", "--endpoint", server.endpoint,
                           "--user", server.user], capture_output=True, text=True, timeout=30,
                          env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and PASSWORD_ENV in done.stderr


def test_wrong_password_is_refused_clearly(server, sample_graph):
    bad = SparqlStore(endpoint=server.endpoint, user=server.user, password="not-the-password", timeout=10)
    started = time.monotonic()
    with pytest.raises(ServerError, match="refused the credentials") as failure:
        bad.replace_graph(URIRef("https://w3id.org/renda-kg/id/article/x"), sample_graph)
    assert "not-the-password" not in str(failure.value) and "not-the-password" not in repr(bad)
    assert time.monotonic() - started < 10


def test_truncation_at_the_row_cap_is_detected(server, engines):
    remote = engines["virtuoso"]
    with pytest.raises(TruncatedResult, match="ResultSetMaxRows"):
        remote.query("SELECT ?s ?o WHERE { ?s ?p ?o . ?x ?q ?o }")   # well over the cap
    # a client told a smaller cap than the server's: whole graphs still come back, in pages
    small = server.sparql_store(max_rows=50)
    name = article_graph_names(remote, _vocab())[0]
    assert len(remote.graph(name)) > 120
    assert set(small.graph(name)) == set(engines["oxigraph"].graph(name))
    with pytest.raises(TruncatedResult):
        small.query(f"SELECT * WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")


def _vocab():
    from renda_kg.graph.vocab import default_vocabulary
    return default_vocabulary()


def test_ask_and_construct_through_the_server(engines):
    remote = engines["virtuoso"]
    assert remote.query(f"ASK {{ ?s a <{RK}Article> }}").askAnswer is True
    assert remote.query("ASK { <urn:nothing> ?p ?o }").askAnswer is False
    name = article_graph_names(remote, _vocab())[0]
    built = remote.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
    assert {(s, p, normalize(o)) for s, p, o in built.graph} == set(remote.graph(name))


def test_store_kind_is_registered():
    assert "sparql" in STORES
    store = open_store("sparql", None, endpoint="http://127.0.0.1:9/sparql")
    assert isinstance(store, SparqlStore)
    with pytest.raises(StoreError, match="http"):
        open_store("sparql", None, endpoint="ftp://example.org/")


# -- servers that misbehave -----------------------------------------------------------
class FakeServer:
    """A loopback HTTP server answering from a script: a list of (status, type, body)."""

    def __init__(self, script, delay: float = 0.0):
        self.script, self.delay, self.requests = list(script), delay, []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                outer.requests.append((self.command, self.path, self.rfile.read(length)))
                time.sleep(outer.delay)
                status, ctype, body = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake():
    servers = []

    def make(script, delay=0.0):
        servers.append(FakeServer(script, delay))
        return servers[-1]
    yield make
    for s in servers:
        s.close()


JSON_ROWS = json.dumps({"head": {"vars": ["n", "x"]}, "results": {"bindings": [
    {"n": {"type": "typed-literal", "datatype": str(XSD.integer), "value": "7"},
     "x": {"type": "typed-literal", "datatype": str(XSD.string), "value": "乌镇镇"}}]}})


def test_virtuoso_typed_literal_and_ask_as_html(fake):
    srv = fake([(200, "application/sparql-results+json", JSON_ROWS)])
    rows = list(SparqlStore(endpoint=srv.url, timeout=5).query("SELECT ?n ?x WHERE { }"))
    assert rows == [(Literal(7), Literal("乌镇镇"))]
    srv = fake([(200, "text/html; charset=UTF-8", "<html><body>true</body></html>")])
    assert SparqlStore(endpoint=srv.url, timeout=5).query("ASK { }").askAnswer is True
    for body, answer in (("true", True), ("false", False)):   # a bare word in text/plain
        srv = fake([(200, "text/plain", body)])
        assert SparqlStore(endpoint=srv.url, timeout=5).query("ASK { }").askAnswer is answer
    srv = fake([(200, "text/html", "<html><body>Welcome to Virtuoso</body></html>")])
    with pytest.raises(ServerError, match="not SPARQL JSON results|cannot read the ASK"):
        SparqlStore(endpoint=srv.url, timeout=5).query("SELECT ?x WHERE { }")


def test_a_query_virtuoso_refuses_on_its_cost_estimate_says_what_to_change(fake):
    srv = fake([(200, "text/plain", "false"),
                (500, "text/plain", "Virtuoso 42000 Error The estimated execution time 12207 (sec) exceeds the "
                                    "limit of 400 (sec).")])
    with pytest.raises(ServerError, match=r"(?s)HTTP 500.*12207.*MaxQueryCostEstimationTime.*virtuoso.ini"):
        SparqlStore(endpoint=srv.url, timeout=5).query("SELECT ?x WHERE { ?x ?p ?o }")
    assert len(srv.requests) == 2   # the question whether it keeps the merge, then the query: not retried


def test_transient_errors_are_retried_with_backoff(fake):
    srv = fake([(503, "text/plain", "busy"), (502, "text/plain", "bad gateway"),
                (200, "application/sparql-results+json", JSON_ROWS)])
    store = SparqlStore(endpoint=srv.url, timeout=5, retries=3, backoff=0.05)
    assert len(list(store.query("SELECT ?n ?x WHERE { }"))) == 1
    # the first request asks whether the server keeps the merge (it is no Virtuoso): it
    # met the 503 and the 502, and its third try went through; then the query itself
    assert len(srv.requests) == 4
    assert [b"merged" in body for _, _, body in srv.requests] == [True, True, True, False]
    srv = fake([(504, "text/plain", "gateway timeout")])
    started = time.monotonic()
    with pytest.raises(ServerError, match="HTTP 504.*gave up after 3 attempts"):
        SparqlStore(endpoint=srv.url, timeout=5, retries=2, backoff=0.05).query("SELECT ?x WHERE { }")
    assert len(srv.requests) == 3 and time.monotonic() - started < 5


def test_server_error_500_is_reported_at_once(fake):
    srv = fake([(500, "text/plain", "Virtuoso 42000 Error SR186: out of memory")])
    store = SparqlStore(endpoint=srv.url, timeout=5, retries=3, backoff=0.05)
    with pytest.raises(ServerError, match="HTTP 500.*SR186"):
        store.query("SELECT ?x WHERE { }")
    assert len(srv.requests) == 1
    with pytest.raises(ServerError, match="HTTP 500"):
        store.replace_graph(URIRef("https://w3id.org/renda-kg/id/x"), Graph())


def test_down_and_slow_servers_fail_within_bounded_time(fake):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]   # closed again: nothing listens there
    started = time.monotonic()
    with pytest.raises(ServerError, match="cannot reach .*(refused|running)"):
        SparqlStore(endpoint=f"http://127.0.0.1:{port}/sparql", timeout=2, retries=2, backoff=0.05).query("ASK {}")
    assert time.monotonic() - started < 5
    srv = fake([(200, "application/sparql-results+json", JSON_ROWS)], delay=3)
    started = time.monotonic()
    with pytest.raises(ServerError, match="did not answer within 1 s"):
        SparqlStore(endpoint=srv.url, timeout=1, retries=1, backoff=0.05).query("SELECT ?x WHERE { }")
    assert time.monotonic() - started < 8


def test_cli_reports_a_down_server_clearly():
    done = cli("query", "guidance", "--endpoint", "http://127.0.0.1:9/sparql", timeout=60)
    assert done.returncode == 2
    assert "renda-kg query: error:" in done.stderr and "cannot reach http://127.0.0.1:9/sparql" in done.stderr
    assert "Traceback" not in done.stderr


def test_graph_store_missing_falls_back_to_sparql_update(fake):
    # first the answer to whether the server keeps the merge (no: it is no Virtuoso)
    srv = fake([(200, "text/plain", "false"), (405, "text/plain", "method not allowed"), (200, "text/plain", "ok")])
    store = SparqlStore(endpoint=srv.url, graph_store=srv.url.replace("/sparql", "/gsp"), timeout=5)
    g = Graph()
    g.add((URIRef("urn:a"), URIRef("urn:b"), Literal('x" } ; DROP ALL ; #')))
    store.replace_graph(URIRef("https://w3id.org/renda-kg/id/x"), g)
    _, (m1, p1, _), (m2, p2, body) = srv.requests
    assert m1 == "PUT" and "graph=https%3A%2F%2Fw3id.org" in p1
    assert m2 == "POST"
    from urllib.parse import parse_qs
    update = parse_qs(body.decode())["update"][0]
    assert update.startswith("DROP SILENT GRAPH <https://w3id.org/renda-kg/id/x> ;\nINSERT DATA { GRAPH")
    assert '"x\\" } ; DROP ALL ; #"' in update


def test_a_load_into_the_server_reads_each_old_graph_not_the_list_of_every_graph(server, corpus, monkeypatch):
    # listing every graph's name for each article made a load into a server holding 581
    # articles take 2.3 s an article instead of 0.34 s, and it grows with the server
    remote = server.sparql_store()
    clear(remote)   # (left as the engines fixture had it: the same corpus, loaded again below)
    listings = []
    real = SparqlStore.graph_names
    monkeypatch.setattr(SparqlStore, "graph_names", lambda self: listings.append(1) or real(self))
    first = load_paths(remote, [str(corpus)])
    again = load_paths(remote, [str(corpus)])
    assert len(first) == len(again) == len(CORPUS) + 1 and all(o.ok for o in first + again)
    assert len(listings) <= 2   # once a load at most (the reviewers' suppressions), not once an article
    assert all(o.added == o.removed == 0 for o in again)
    assert all(o.added == len(remote.graph(o.graph_name)) > 20 for o in first)

"""The ``renda-kg`` command line, run as a user runs it: a separate process."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal

from renda_kg.graph.store import normalize, open_store
from renda_kg.queries.runner import load_queries

from conftest import RK

TIMEOUT = 300


def run(*args, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("RENDA_KG_STORE", "RENDA_KG_ONTOLOGY")}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "renda_kg", *map(str, args)], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=TIMEOUT)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


LOADED_LINE = re.compile(r"^loaded (?P<path>.+): (?P<added>\d+) triples added, (?P<removed>\d+) removed "
                         r"\((?P<total>\d+) in graph\), (?P<entities>\d+) entities, (?P<relations>\d+) relations, "
                         r"(?P<violations>\d+) violations$", re.M)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def loaded_store(workdir, sample_path) -> tuple[Path, subprocess.CompletedProcess]:
    """A store the CLI loaded the sample into, and the load's output."""
    store = workdir / "store"
    proc = run("load", "--store", store, sample_path, cwd=workdir)
    return store, proc


# ---------------------------------------------------------------------------- load
def test_load_reports_each_article(loaded_store, sample_path, sample_result):
    _, proc = loaded_store
    out = ok(proc)
    (m,) = list(LOADED_LINE.finditer(out))
    assert m["path"] == str(sample_path)
    assert int(m["added"]) == len(sample_result.graph) == int(m["total"])
    assert int(m["removed"]) == 0
    assert int(m["entities"]) == len(sample_result.extraction.entities) > 0
    assert int(m["relations"]) == sample_result.relations > 0
    assert int(m["violations"]) == 0
    assert "1 of 1 article(s) loaded" in out


def test_load_missing_path_fails_and_names_it(tmp_path):
    missing = tmp_path / "nowhere" / "article.txt"
    proc = run("load", "--store", tmp_path / "store", missing, cwd=tmp_path)
    assert proc.returncode != 0
    assert str(missing) in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_load_bad_file_fails_and_names_it(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("load", "--store", tmp_path / "store", empty, cwd=tmp_path)
    assert proc.returncode != 0
    assert f"FAILED {empty}" in proc.stdout
    assert "empty" in proc.stdout


def test_reloading_adds_nothing(tmp_path, sample_path):
    store = tmp_path / "store"
    ok(run("load", "--store", store, sample_path, cwd=tmp_path))
    out = ok(run("load", "--store", store, sample_path, cwd=tmp_path))
    (m,) = list(LOADED_LINE.finditer(out))
    assert (m["added"], m["removed"]) == ("0", "0")


# ---------------------------------------------------------------------------- validate, query, export, stats
def test_validate_says_the_store_conforms(loaded_store, workdir):
    store, _ = loaded_store
    out = ok(run("validate", "--store", store, cwd=workdir))
    assert "Conforms" in out


def test_query_list_names_the_stored_queries(loaded_store, workdir):
    store, _ = loaded_store
    out = ok(run("query", "--list", "--store", store, cwd=workdir))
    queries = load_queries()
    assert queries, "no stored queries (queries/*.rq) ship with the program"
    for name, q in queries.items():
        assert re.search(rf"^{re.escape(name)}\s+{re.escape(q.title)}", out, re.M), name


def test_query_list_as_json_gives_each_query_and_its_parameters(loaded_store, workdir):
    store, _ = loaded_store
    listed = json.loads(ok(run("query", "--list", "--format", "json", "--store", store, cwd=workdir)))
    queries = load_queries()
    assert [q["name"] for q in listed] == list(queries)
    for entry in listed:
        assert [p["name"] for p in entry["params"]] == [p.name for p in queries[entry["name"]].params]


def test_an_iri_parameter_may_use_the_query_s_own_prefix(loaded_store, workdir, vocab):
    store, _ = loaded_store
    full = str(vocab.term("operatesMechanism"))
    by_iri = ok(run("query", "evidence_for_fact", "--param", f"predicate={full}", "--format", "csv",
                    "--store", store, cwd=workdir))
    by_curie = ok(run("query", "evidence_for_fact", "--param", "predicate=rk:operatesMechanism", "--format", "csv",
                      "--store", store, cwd=workdir))
    assert by_curie == by_iri and len(by_iri.strip().splitlines()) > 1, by_iri


@pytest.mark.parametrize("args, problem", [
    (["--all", "--param", "area=乌镇镇"], "--all runs every stored query without parameters"),
    (["mechanisms_by_area", "--param", "area=乌镇镇", "--param", "area=桐乡市"], "--param area given twice"),
])
def test_query_parameters_that_would_be_ignored_are_refused(loaded_store, workdir, args, problem):
    store, _ = loaded_store
    proc = run("query", *args, "--store", store, cwd=workdir)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert problem in proc.stderr, proc.stderr


def test_csv_output_is_the_rows_and_nothing_after(loaded_store, workdir):
    store, _ = loaded_store
    out = ok(run("query", "article_metadata", "--format", "csv", "--store", store, cwd=workdir))
    assert out.endswith("\n") and not out.endswith("\n\n"), repr(out[-20:])
    assert len(out.splitlines()) == 2   # the header and the sample's row


@pytest.mark.parametrize("args", [["load", "-j", "0", "x.txt"], ["generate", "--articles", "-1", "--output", "o"]])
def test_counts_below_one_are_usage_errors(tmp_path, args):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "less than 1" in proc.stderr, proc.stderr
    assert not (tmp_path / "o").exists() and not (tmp_path / "renda-store").exists()


def test_version_is_the_package_s(tmp_path):
    from importlib.metadata import version
    assert ok(run("--version", cwd=tmp_path)).strip() == f"renda-kg {version('renda-kg')}"


def test_export_trig_writes_a_file_that_parses(loaded_store, workdir, sample_result):
    store, _ = loaded_store
    target = workdir / "out.trig"
    proc = run("export", "--store", store, "--format", "trig", "--output", target, cwd=workdir)
    assert ok(proc) == ""  # the data went to the file, not stdout
    ds = Dataset().parse(target, format="trig")
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert sample_result.graph_name in names
    n = len(ds.graph(sample_result.graph_name))
    assert n == len(sample_result.graph)
    assert f"wrote {n} triples to {target}" in proc.stderr


def test_export_to_a_path_it_cannot_write_names_it_and_leaves_no_file(loaded_store, workdir):
    store, _ = loaded_store
    for target in (workdir / "missing-folder" / "out.ttl", workdir):
        proc = run("export", "--store", store, "--output", target, cwd=workdir)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert f"{target}: " in proc.stderr, proc.stderr
    assert not list(workdir.glob(".*.partial")) and not (workdir / "missing-folder").exists()


def test_export_turtle_to_stdout(loaded_store, workdir, sample_result, vocab):
    """Turtle is the merge of the store's graphs: the article's and the ontology's."""
    store, _ = loaded_store
    out = ok(run("export", "--store", store, cwd=workdir))
    g = Graph().parse(data=out, format="turtle")
    got = {(s, p, normalize(o)) for s, p, o in g}
    article = {(s, p, normalize(o)) for s, p, o in sample_result.graph}
    assert article <= got
    assert len(g) == len(article | {(s, p, normalize(o)) for s, p, o in vocab.graph})


def test_stats_counts_triples_articles_and_entities(loaded_store, workdir, sample_result):
    store, _ = loaded_store
    out = ok(run("stats", "--store", store, cwd=workdir))
    assert re.search(rf"^triples:\s+{len(sample_result.graph)}$", out, re.M), out
    assert re.search(rf"^statements in article graphs \(quads\):\s+{len(sample_result.graph)}$", out, re.M), out
    assert re.search(r"^articles:\s+1$", out, re.M), out
    assert "entities by class:" in out
    g = sample_result.graph
    town_congresses = len(set(g.subjects(RDF.type, RK.TownCongress)))
    assert town_congresses > 0
    assert re.search(rf"^\s+{town_congresses}\s+TownCongress\s+乡镇人大$", out, re.M), out


# ---------------------------------------------------------------------------- store selection
def test_store_env_is_honoured_without_store_option(tmp_path, sample_path):
    env = {"RENDA_KG_STORE": "env-store"}
    ok(run("load", sample_path, cwd=tmp_path, env=env))
    assert (tmp_path / "env-store" / "renda-kg-store.json").is_file()
    assert not (tmp_path / "renda-store").exists()
    out = ok(run("stats", cwd=tmp_path, env=env))
    assert re.search(r"^articles:\s+1$", out, re.M), out
    # --store wins over the environment
    open_store("oxigraph", tmp_path / "other").close()   # an empty store
    out = ok(run("stats", "--store", tmp_path / "other", cwd=tmp_path, env=env))
    assert re.search(r"^articles:\s+0$", out, re.M), out


@pytest.mark.parametrize("command", [["stats"], ["validate"], ["query", "article_metadata"], ["export"],
                                     ["curate", "c.yaml"]])
def test_a_command_that_reads_a_mistyped_store_says_so_and_creates_nothing(tmp_path, command):
    proc = run(*command, "--store", tmp_path / "stroe", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "stroe: no store here" in proc.stderr, proc.stderr
    assert not (tmp_path / "stroe").exists()
    (tmp_path / "empty").mkdir()   # an empty folder is no store either, and stays empty
    proc = run(*command, "--store", tmp_path / "empty", cwd=tmp_path)
    assert proc.returncode != 0 and "empty: no store here" in proc.stderr, proc.stderr
    assert not any((tmp_path / "empty").iterdir())


def test_a_store_path_that_is_a_file_is_refused(tmp_path, sample_path):
    (tmp_path / "afile").write_text("keep", encoding="utf-8")
    for command in (["load", sample_path], ["stats"]):
        proc = run(*command, "--store", tmp_path / "afile", cwd=tmp_path)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert "afile: not a store folder" in proc.stderr + proc.stdout, proc.stderr + proc.stdout
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("variable, value", [("RENDA_KG_MAX_ARTICLE_BYTES", "abc"), ("RENDA_KG_LOCK_WAIT", "abc"),
                                             ("RENDA_KG_LOCK_WAIT", "nan")])
def test_a_bad_number_in_the_environment_is_named(tmp_path, sample_path, variable, value):
    proc = run("load", "--store", tmp_path / "s", sample_path, cwd=tmp_path, env={variable: value})
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Traceback" not in out, out
    assert f"{variable}={value!r}" in out, out


def test_store_may_be_given_before_or_after_the_command(loaded_store, workdir):
    store, _ = loaded_store
    before, after = ok(run("--store", store, "stats", cwd=workdir)), ok(run("stats", "--store", store, cwd=workdir))
    assert before == after and re.search(r"^articles:\s+1$", before, re.M), before


def test_default_store_is_in_the_working_folder(tmp_path, sample_path):
    ok(run("load", sample_path, cwd=tmp_path))
    assert (tmp_path / "renda-store" / "renda-kg-store.json").is_file()


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("keep", encoding="utf-8")
    proc = run("stats", "--store", folder, cwd=tmp_path)
    assert proc.returncode != 0
    assert "not a renda-kg store" in proc.stderr and "Traceback" not in proc.stderr


def test_unknown_command_is_a_usage_error(tmp_path):
    proc = run("frobnicate", cwd=tmp_path)
    assert proc.returncode == 2
    assert "usage" in proc.stderr


# ---------------------------------------------------------------------------- demo
def test_demo_runs_the_main_job(tmp_path):
    store, output = tmp_path / "demo-store", tmp_path / "demo.ttl"
    out = ok(run("demo", "--store", store, "--output", output, cwd=tmp_path))
    for step in ("load", "validate", "query --all", "export"):
        assert f"===== renda-kg {step} =====" in out
    assert "Conforms" in out
    g = Graph().parse(output, format="turtle")
    assert (None, None, Literal("乌镇镇人大", lang="zh")) in g
    assert len(g) > 100


def test_push_to_an_address_that_is_no_sparql_server_fails_and_says_so(loaded_store, workdir):
    """A web server that answers 200 to everything took the writes and the push said it had
    pushed; it must fail, naming the address."""
    import http.server
    import threading

    class Page(http.server.BaseHTTPRequestHandler):
        def _page(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            body = b"<html><body>welcome</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        do_GET = do_POST = do_PUT = do_DELETE = _page

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        store, _ = loaded_store
        proc = run("push", "--store", store, "--endpoint", url, cwd=workdir)
    finally:
        server.shutdown()
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    assert url in proc.stderr and "pushed" not in proc.stdout, proc.stdout + proc.stderr


def test_curate_lists_and_withdraws_curation_files(tmp_path, sample_path):
    ok(run("load", sample_path, "--store", tmp_path / "s", cwd=tmp_path))
    fixes = tmp_path / "fixes.yaml"
    fixes.write_text("reviewer: 张三\nadd:\n  - subject: 乌镇镇人大\n    predicate: rk:hasBrand\n"
                     "    object: 乌镇议事厅\n    object_kind: WorkBrand\n", encoding="utf-8")
    ok(run("curate", fixes, "--store", tmp_path / "s", cwd=tmp_path))
    listed = ok(run("curate", "--list", "--store", tmp_path / "s", cwd=tmp_path))
    assert re.fullmatch(rf"{re.escape(str(fixes.resolve()))}\t张三\t1 added\t0 suppressed\t<[^>]+/curation/file/\w+>\n",
                        listed), listed
    out = ok(run("curate", "--withdraw", "fixes.yaml", "--store", tmp_path / "s", cwd=tmp_path))
    assert out.startswith(f"withdrew {fixes.resolve()}: its 1 added fact(s)"), out
    assert ok(run("curate", "--list", "--store", tmp_path / "s", cwd=tmp_path)) == ""
    for wrong in ([], [fixes, "--list"], ["--list", "--withdraw", fixes]):
        proc = run("curate", *wrong, "--store", tmp_path / "s", cwd=tmp_path)
        assert proc.returncode == 2 and "give one of FILE, --list or --withdraw" in proc.stderr, proc.stderr


def test_two_files_of_one_article_in_one_load_are_named(tmp_path, sample_path):
    """The second copy replaces the first (one article, one graph), and the load says so."""
    folder = tmp_path / "twice"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(sample_path.read_bytes())
    out = ok(run("load", "--store", tmp_path / "store", folder, cwd=tmp_path))
    lines = [line for line in out.splitlines() if line.startswith("loaded ")]
    assert len(lines) == 2
    assert "warning" not in lines[0]
    assert f"the same article as {folder / 'a.txt'}" in lines[1]


def test_a_load_that_writes_nothing_leaves_no_store(tmp_path):
    # a mistyped path loaded into a new store: the store must not be created, so that the
    # next command on it says "no store here" rather than answering from an empty one
    proc = run("load", "--store", tmp_path / "typo-store", tmp_path / "missing.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert not (tmp_path / "typo-store").exists()
    stats = run("stats", "--store", tmp_path / "typo-store", cwd=tmp_path)
    assert stats.returncode != 0 and "no store here" in stats.stderr


def test_stats_counts_a_statement_two_articles_make_once_as_a_triple(tmp_path, sample_path):
    # the same statement in two article graphs (both name 桐乡市人大常委会) is one triple and
    # two statements of the store; "triples" counted the statements
    from conftest import SECOND_ARTICLE
    second = tmp_path / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    ok(run("load", "--store", store, sample_path, second, cwd=tmp_path))
    out = ok(run("stats", "--store", store, cwd=tmp_path))
    triples = int(re.search(r"^triples:\s+(\d+)$", out, re.M).group(1))
    quads = int(re.search(r"^statements in article graphs \(quads\):\s+(\d+)$", out, re.M).group(1))
    from renda_kg.graph.vocab import default_vocabulary
    with open_store("oxigraph", store) as opened:
        data = [(s, p, o) for s, p, o, g in opened.quads() if g != default_vocabulary().iri]
    assert quads == len(data) and triples == len(set(data)) < quads, (triples, quads)


def test_curate_list_says_when_there_are_none(loaded_store, workdir):
    store, _ = loaded_store
    proc = run("curate", "--list", "--store", store, cwd=workdir)
    assert proc.returncode == 0 and proc.stdout == "" and "no curations in this store" in proc.stderr, proc

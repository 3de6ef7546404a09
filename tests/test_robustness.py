"""Nothing lost, nothing let in (issue 7): bad input, crashes, concurrent use, injection.

Every case runs the program as a user does (``python -m renda_kg …`` in a separate
process), is bounded in time (subprocess timeouts, ``time.monotonic``) and checks both
what the program says and what the store holds afterwards (quads compared before and
after through :func:`renda_kg.graph.store.open_store`). Big and binary inputs are
generated in ``tmp_path``.

Cases that find a real bug are kept and marked ``xfail(strict=True)`` with the bug in
the reason: when it is fixed the test starts passing and strict mode asks for the mark
to be removed.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph

from renda_kg.graph.store import MARKER, open_store, normalize

from conftest import ONTOLOGY_DIR, RK, SAMPLE, SECOND_ARTICLE

DCTERMS = Namespace("http://purl.org/dc/terms/")
ONTOLOGY_IRI = URIRef("https://w3id.org/renda-kg/ontology")

CLI_TIMEOUT = 120          # one ordinary CLI run (seconds)
BIG_FILE_LIMIT = 60        # the 50 MB file must be loaded or refused within this
BIG_FILE_RSS_MB = 1500     # … and in at most this much memory
BOMB_LIMIT = 20            # an entity bomb must be dealt with within this (half of it for a bare parse)
BOMB_RSS_MB = 1000
CORPUS_SIZE = int(os.environ.get("RENDA_KG_ROBUSTNESS_ARTICLES", "300"))

LOADED_LINE = re.compile(r"^loaded (?P<path>.+): (?P<added>\d+) triples added, (?P<removed>\d+) removed "
                         r"\((?P<total>\d+) in graph\)", re.M)
FAILED_LINE = re.compile(r"^FAILED (?P<path>.+?): (?P<problem>.*)$", re.M)
SUMMARY_LINE = re.compile(r"^(?P<ok>\d+) of (?P<all>\d+) article\(s\) loaded", re.M)


# ============================================================================ helpers
def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("RENDA_KG_STORE", "RENDA_KG_ONTOLOGY")}
    environ.update(extra or {})
    return environ


def cli(*args, cwd: Path, env: dict[str, str] | None = None, timeout: float = CLI_TIMEOUT,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "renda_kg", *map(str, args)], cwd=cwd, env=_env(env),
                          capture_output=True, text=True, timeout=timeout, input=stdin)


@dataclass
class Measured:
    returncode: int | None   # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def measured(argv: list[str], *, cwd: Path, limit: float, env: dict[str, str] | None = None) -> Measured:
    """Run ``argv``, killing it at ``limit`` seconds; its own wall time and peak RSS (wait4)."""
    out, err = cwd / f".out-{time.monotonic_ns()}", cwd / f".err-{time.monotonic_ns()}"
    started = time.monotonic()
    with open(out, "w") as fo, open(err, "w") as fe:
        proc = subprocess.Popen(argv, cwd=cwd, env=_env(env), stdout=fo, stderr=fe)
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > limit:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                killed = True
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen quiet
    seconds = time.monotonic() - started
    return Measured(None if killed else proc.returncode, out.read_text(errors="replace"),
                    err.read_text(errors="replace"), seconds, usage.ru_maxrss / 1024)


def renda(*args) -> list[str]:
    return [sys.executable, "-m", "renda_kg", *map(str, args)]


def snapshot(path: Path) -> dict[URIRef, frozenset]:
    """Every graph of the store at ``path``: name → its triples (blank nodes canonicalised)."""
    graphs: dict[URIRef, set] = {}
    with open_store("oxigraph", path) as store:
        for s, p, o, g in store.quads():
            graphs.setdefault(g, set()).add((s, p, o))
    out = {}
    for name, triples in graphs.items():
        if any(isinstance(t, BNode) for triple in triples for t in triple):
            g = Graph()
            for triple in triples:
                g.add(triple)
            triples = set(to_canonical_graph(g))
        out[name] = frozenset(triples)
    return out


def merge_differences(path: Path) -> int:
    """Statements by which the store's default graph differs from the merge of its named
    graphs, which the store must keep there."""
    import pyoxigraph as ox
    store = ox.Store.read_only(str(path))
    try:
        merge = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        union = {q.triple for q in store if isinstance(q.graph_name, ox.NamedNode)}
        return len(merge ^ union)
    finally:
        del store


def articles_in(snap: dict) -> dict[URIRef, frozenset]:
    return {name: triples for name, triples in snap.items() if name != ONTOLOGY_IRI}


def literals(snap: dict) -> list[str]:
    return [str(o) for triples in snap.values() for _, _, o in triples if isinstance(o, Literal)]


def about(output: str, path: Path) -> list[str]:
    """The output lines naming ``path``, the path itself cut out (its name may contain any word)."""
    return [line.replace(str(path), "<file>") for line in output.splitlines() if str(path) in line]


def expected_graph(pipeline, path: Path) -> tuple[URIRef, frozenset]:
    result = pipeline.process_file(path)
    return result.graph_name, frozenset((s, p, normalize(o)) for s, p, o in result.graph)


def check_article_graph(triples: frozenset, expected: frozenset, name: URIRef) -> None:
    """Wholly present: the rk:Article with title and body, every quote at its offsets, every triple."""
    g = Graph()
    for t in triples:
        g.add(t)
    articles = list(g.subjects(RDF.type, RK.Article))
    assert articles == [name], f"{name}: article nodes {articles}"
    title = g.value(name, DCTERMS.title)
    body = g.value(name, RK.bodyText)
    assert title is not None and str(title).strip(), f"{name}: no title"
    assert body is not None and str(body).strip(), f"{name}: no body"
    body = str(body)
    for ev in g.subjects(RDF.type, RK.Evidence):
        sentence = g.value(ev, RK.inSentence)
        quote, start, end = (g.value(sentence, RK.quote), g.value(sentence, RK.startOffset),
                             g.value(sentence, RK.endOffset)) if sentence is not None else (None,) * 3
        assert None not in (quote, start, end), f"{ev}: incomplete evidence"
        assert body[int(start):int(end)] == str(quote), f"{ev}: quote does not match the body at its offsets"
    assert len(triples) == len(expected), f"{name}: {len(triples)} triples, a clean load has {len(expected)}"
    assert triples == expected


def sample_paragraphs(n: int = 4) -> list[str]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[12:64] if line.strip()][:n]


SAMPLE_TITLE = "桐乡市人大以“五化”提升基层人大工作整体效能"


def html_page(title: str = SAMPLE_TITLE, *, charset: str | None = "utf-8", dated: str | None = "2023-10-07 16:32:00",
              head: str = "", doctype: str = "<!DOCTYPE html>", paragraphs: list[str] | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    date = f"发布时间:{dated} " if dated is not None else ""
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or sample_paragraphs()))
    return (f"{doctype}\n<html><head>{meta}{head}<title>{title}_浙江人大</title></head>\n<body>"
            f'<div class="nav"><a href="/">首页</a> &gt; <a href="/sxrd/">市县人大</a></div>\n'
            f"<h1>{title}</h1>\n<div class=\"info\">{date}来源:桐乡市人大</div>\n"
            f'<div class="content">\n{body}\n</div>\n<div class="footer">版权所有 浙江省人大常委会</div>'
            f"</body></html>\n")


TOWNS = ["乌镇镇", "石门镇", "崇福镇", "洲泉镇", "大麻镇", "濮院镇", "河山镇", "屠甸镇"]


def make_corpus(folder: Path, n: int, start: int = 0, paragraphs: int = 3) -> list[Path]:
    """``n`` distinct articles made from the sample: own title, 发布时间, town and paragraphs."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    head, trailer = lines[:9], lines[64:]
    body = [line for line in lines[12:64] if line.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        town = TOWNS[i % len(TOWNS)]
        chosen = [body[0]] + [body[(i + k * 7) % (len(body) - 1) + 1] for k in range(paragraphs - 1)]
        chosen = [p.replace("乌镇镇", town) for p in chosen]
        chosen[0] += f"本期编号{i}。"
        stamp = f"{2020 + i // 336}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}:00"
        text = "\n".join(head + [f"{town}人大第{i + 1}号工作动态：基层人大工作整体效能", f"发布时间:{stamp}", ""]
                         + [x for p in chosen for x in (p, "")] + trailer) + "\n"
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def session_processes(sid: int) -> list[int]:
    """Live processes of session ``sid`` (a load started with ``start_new_session``), zombies aside."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[3]) == sid:
            found.append(int(stat.parent.name))
    return found


def survivors_after(sid: int, grace: float = 5.0) -> list[int]:
    """Processes of session ``sid`` still alive ``grace`` seconds after its leader was killed."""
    deadline = time.monotonic() + grace
    while (alive := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def kill_by_pid(pids: list[int]) -> None:
    """End processes this test started (a killed load's workers), one by one, by their id."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class Listener:
    """A TCP port that records every connection: a SERVICE call would show up here."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


# ============================================================================ fixtures
@pytest.fixture(scope="module")
def base_store(tmp_path_factory) -> Path:
    """A store holding the sample article, loaded by the CLI; tests work on copies."""
    folder = tmp_path_factory.mktemp("robust-base")
    store = folder / "store"
    proc = cli("load", "--store", store, SAMPLE, cwd=folder)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return store


@pytest.fixture
def store(base_store, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy


@pytest.fixture(scope="module")
def pipe():
    from renda_kg.pipeline import Pipeline
    return Pipeline()


# ============================================================================ bad input
# Every bad file is loaded by its own CLI run into its own copy of the sample store;
# the runs are independent, so they go four at a time.

def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
                     + os.urandom(6000))


def _truncated(path: Path, where: str) -> None:
    page = html_page().encode("utf-8")
    if where == "body":       # mid-tag, after the first paragraph of the article
        first = page.index(b"<p>")
        cut = page.index(b"<p>", first + 3) + 2
    elif where == "after_paragraph":   # between tags: the page stops after a whole paragraph
        cut = page.index(b"</p>", page.index(b"</p>") + 4) + 4
    else:                     # mid-tag in <head>: nothing of the article arrived
        cut = page.index(b"<title>") + 4
    path.write_bytes(page[:cut])


def _index_page(path: Path) -> None:
    items = "\n".join(f'<li><a href="/art/2023/10/{i}.html">桐乡市人大常委会开展第{i}次执法检查工作</a>'
                      f"<span>2023-10-{1 + i % 28:02d}</span></li>" for i in range(40))
    path.write_text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>市县人大_浙江人大</title></head>'
                    f'<body><div class="nav"><a href="/">首页</a></div><ul class="list">\n{items}\n</ul>'
                    '<div class="page">共 40 条 1/2 页 下一页</div></body></html>\n', encoding="utf-8")


BAD_FILES = {
    # case: (file name, writer)
    "empty": ("empty.txt", lambda p: p.write_bytes(b"")),
    "png": ("image.png", _png),
    "png_as_html": ("article.html", _png),          # a crawler saved an image under .html
    "index_page": ("index.html", _index_page),
    "truncated_in_body": ("truncated.html", lambda p: _truncated(p, "body")),
    "truncated_in_head": ("cut-head.html", lambda p: _truncated(p, "head")),
    "truncated_after_paragraph": ("cut-after-p.html", lambda p: _truncated(p, "after_paragraph")),
    "gbk_meta": ("gbk-meta.html", lambda p: p.write_bytes(html_page(charset="gbk").encode("gbk"))),
    "gbk_no_meta": ("gbk-nometa.html", lambda p: p.write_bytes(html_page(charset=None).encode("gbk"))),
    "gbk_lies": ("gbk-lies.html", lambda p: p.write_bytes(html_page(charset="utf-8").encode("gbk"))),
    "date_missing": ("undated.html", lambda p: p.write_text(html_page(dated=None), encoding="utf-8")),
    "date_unparseable": ("bad-date.html", lambda p: p.write_text(html_page(dated="二〇二三年十月某日"), encoding="utf-8")),
    "date_impossible": ("impossible-date.html",
                        lambda p: p.write_text(html_page(dated="2023-13-45 25:61:00"), encoding="utf-8")),
    "missing": ("no/such/article.html", None),
}


@dataclass
class BadRun:
    path: Path
    proc: subprocess.CompletedProcess
    store: Path
    before: dict
    after: dict

    @property
    def output(self) -> str:
        return self.proc.stdout + self.proc.stderr


@pytest.fixture(scope="module")
def bad_runs(base_store, tmp_path_factory) -> dict[str, BadRun]:
    root = tmp_path_factory.mktemp("bad-input")
    jobs = {}
    for case, (name, writer) in BAD_FILES.items():
        folder = root / case
        folder.mkdir()
        path = folder / name
        if writer:
            writer(path)
        store = folder / "store"
        shutil.copytree(base_store, store)
        jobs[case] = (path, store, snapshot(store))

    def run(case):
        path, store, _ = jobs[case]
        return case, cli("load", "--store", store, path, cwd=path.parent if path.parent.exists() else root)

    with ThreadPoolExecutor(4) as pool:
        procs = dict(pool.map(run, jobs))
    return {case: BadRun(path, procs[case], store, before, snapshot(store))
            for case, (path, store, before) in jobs.items()}


def assert_refused(run: BadRun, reason: str) -> None:
    """Exit non-zero, FAILED line naming the file and the problem, summary names it, store unchanged."""
    out = run.output
    assert run.proc.returncode != 0, out
    assert "Traceback" not in out, out
    failed = [m for m in FAILED_LINE.finditer(run.proc.stdout) if m["path"] == str(run.path)]
    assert failed, f"no FAILED line naming {run.path}:\n{out}"
    assert re.search(reason, failed[0]["problem"], re.I), f"reason {failed[0]['problem']!r} !~ {reason!r}"
    summary = SUMMARY_LINE.search(run.proc.stdout)
    assert summary and summary["ok"] == "0", out
    assert any(re.search(reason, line, re.I) for line in about(run.proc.stdout.split("failed:")[-1], run.path)), \
        f"the closing summary does not name {run.path} with its reason:\n{out}"
    assert run.after == run.before, "a refused file changed the store"


def assert_loaded(run: BadRun, pipe) -> tuple[URIRef, frozenset]:
    out = run.output
    assert run.proc.returncode == 0, out
    assert "Traceback" not in out, out
    assert any(m["path"] == str(run.path) for m in LOADED_LINE.finditer(run.proc.stdout)), out
    name, triples = expected_graph(pipe, run.path)
    assert run.after.get(name) == triples
    # (the pages restate the sample's title and time, so they replace its graph: one article)
    others = {k: v for k, v in run.before.items() if k != name}
    assert {k: v for k, v in run.after.items() if k != name} == others  # nothing else touched
    return name, triples


def test_empty_file_is_refused(bad_runs):
    assert_refused(bad_runs["empty"], r"empty")


@pytest.mark.parametrize("case", ["png", "png_as_html"])
def test_binary_file_is_refused(bad_runs, case):
    assert_refused(bad_runs[case], r"binary|undecodable")


def test_index_page_of_links_is_refused(bad_runs):
    assert_refused(bad_runs["index_page"], r"no article body|not an article|links")


def test_page_truncated_before_the_article_is_refused(bad_runs):
    assert_refused(bad_runs["truncated_in_head"], r"no article body|truncated")


def test_page_cut_between_paragraphs_is_refused(bad_runs):
    # no tag left open, but the page never closes its <body> or <html>: loaded, it would
    # replace the article with its first two paragraphs
    assert_refused(bad_runs["truncated_after_paragraph"], r"truncated")


def test_truncated_page_is_refused_or_flagged(bad_runs):
    run = bad_runs["truncated_in_body"]
    lines = about(run.output, run.path)
    assert any(re.search(r"truncat|incomplete|cut off|unterminated|unclosed", line, re.I) for line in lines), \
        run.output
    if run.proc.returncode != 0:
        assert run.after == run.before


@pytest.mark.parametrize("case", ["gbk_meta", "gbk_no_meta", "gbk_lies"])
def test_gbk_pages_load_with_correct_chinese(bad_runs, pipe, case):
    run = bad_runs[case]
    name, _ = assert_loaded(run, pipe)
    g = Graph()
    for t in run.after[name]:
        g.add(t)
    assert str(g.value(name, DCTERMS.title)) == SAMPLE_TITLE
    body = str(g.value(name, RK.bodyText))
    assert sample_paragraphs(1)[0] in body
    assert "\ufffd" not in body and "锟斤拷" not in body


@pytest.mark.parametrize("case", ["date_missing", "date_unparseable", "date_impossible"])
def test_page_without_a_usable_date_loads_without_a_date(bad_runs, pipe, case):
    run = bad_runs[case]
    name, triples = assert_loaded(run, pipe)
    assert not [t for t in triples if t[1] == DCTERMS.issued]
    assert any(str(o) == SAMPLE_TITLE for s, p, o in triples if p == DCTERMS.title)


@pytest.mark.parametrize("case", ["date_missing", "date_unparseable", "date_impossible"])
def test_page_without_a_usable_date_is_warned_about(bad_runs, case):
    run = bad_runs[case]
    assert any(re.search(r"warn|date", line, re.I)
               for line in about(run.output, run.path)), run.output


def test_missing_path_is_refused(bad_runs):
    run = bad_runs["missing"]
    assert run.proc.returncode != 0
    assert "Traceback" not in run.output
    assert f"FAILED {run.path}: no such file or folder" in run.proc.stdout
    assert "0 of 1 article(s) loaded; 1 failed:" in run.proc.stdout
    assert run.after == run.before


def test_folder_mixing_good_and_bad_files(store, tmp_path, pipe):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    good = [folder / "a-sample.txt", folder / "sub" / "b-second.txt", folder / "c-gbk.html"]
    shutil.copy(SAMPLE, good[0])
    good[1].write_text(SECOND_ARTICLE, encoding="utf-8")
    good[2].write_bytes(html_page(charset=None).encode("gbk"))
    bad = {folder / "0-empty.txt": "empty", folder / "d-photo.html": "binary",
           folder / "sub" / "e-cut.html": "truncated"}
    (folder / "0-empty.txt").write_bytes(b"")
    _png(folder / "d-photo.html")
    _truncated(folder / "sub" / "e-cut.html", "head")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article suffix, skipped")
    before = snapshot(store)
    proc = cli("load", "--store", store, folder, cwd=tmp_path)
    out = proc.stdout
    assert proc.returncode != 0, out + proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"{len(good)} of {len(good) + len(bad)} article(s) loaded; {len(bad)} failed:" in out
    loaded = {m["path"] for m in LOADED_LINE.finditer(out)}
    assert loaded == {str(p) for p in good}
    closing = out.split("failed:")[-1]
    for path, reason in bad.items():
        assert f"FAILED {path}: " in out
        assert any(reason in line for line in about(closing, path)), f"summary lacks {path}: {reason}"
    # the good ones after the first bad one were loaded too (the batch went on)
    assert out.index(f"FAILED {folder / '0-empty.txt'}") < out.index(f"loaded {good[-1]}")
    after = snapshot(store)
    expected = dict(expected_graph(pipe, p) for p in good)
    sample_name = expected_graph(pipe, SAMPLE)[0]
    assert set(after) == set(before) | set(expected)
    for name, triples in expected.items():
        assert after[name] == triples
    # the sample was already there: reloading it (from another path) changes only its retrievedFrom
    for name in set(before) - {sample_name}:
        assert after[name] == before[name]


def test_fifty_megabyte_file_is_dealt_with_in_bounded_time_and_memory(store, tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    head = ("\n".join(lines[:11]) + "\n").encode("utf-8")
    chunk = ("\n\n".join(line for line in lines[11:64] if line.strip()) + "\n\n").encode("utf-8")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as out:
        out.write(head)
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            out.write(chunk)
    assert big.stat().st_size >= 50 * 1024 * 1024
    before = snapshot(store)
    run = measured(renda("load", "--store", store, big), cwd=tmp_path, limit=BIG_FILE_LIMIT)
    assert run.returncode is not None, (
        f"still running after {BIG_FILE_LIMIT} s (peak {run.max_rss_mb:.0f} MB); output so far:\n{run.output[-2000:]}")
    assert run.max_rss_mb < BIG_FILE_RSS_MB, f"peak RSS {run.max_rss_mb:.0f} MB"
    assert "Traceback" not in run.output
    if run.returncode != 0:
        assert any(re.search(r"too (large|big)|size|MB", line) for line in about(run.stdout, big)), run.output
        assert snapshot(store) == before
    else:
        assert any(m["path"] == str(big) for m in LOADED_LINE.finditer(run.stdout))


# ============================================================================ SHACL refusal
def test_article_failing_the_shapes_is_refused_and_nothing_enters(store, tmp_path, pipe, second_article):
    ontology = tmp_path / "ontology-copy"
    shutil.copytree(ONTOLOGY_DIR, ontology, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    shapes = ontology / "shapes.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8") + textwrap.dedent("""
        rks:RobustnessImpossibleShape a sh:NodeShape ;
            sh:targetClass rk:Article ;
            sh:property [ sh:path rk:numericValue ; sh:minCount 1 ;
                sh:message "测试：文章须有数值（无人产生）"@zh , "Test: an article needs a numeric value (nothing produces one)"@en ] .
        """), encoding="utf-8")
    before = snapshot(store)
    proc = cli("load", "--store", store, second_article, cwd=tmp_path, env={"RENDA_KG_ONTOLOGY": str(ontology)})
    out = proc.stdout
    assert proc.returncode != 0, out + proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"FAILED {second_article}: does not conform to the shapes" in out
    assert "Test: an article needs a numeric value (nothing produces one)" in out
    assert "测试：文章须有数值（无人产生）" in out
    assert "rk:numericValue" in out
    assert f"  {second_article}: does not conform to the shapes" in out.split("failed:")[-1]
    assert snapshot(store) == before
    name, _ = expected_graph(pipe, second_article)
    assert name not in before


# ============================================================================ crash and resume
def test_kill_minus_9_mid_load_then_resume(tmp_path, pipe):
    corpus = make_corpus(tmp_path / "corpus", CORPUS_SIZE)
    expected = dict(expected_graph(pipe, p) for p in corpus)
    by_path = {str(p): expected_graph(pipe, p)[0] for p in corpus}
    assert len(expected) == CORPUS_SIZE, "corpus articles must be distinct"
    store = tmp_path / "store"
    cmd = renda("load", tmp_path / "corpus", "--store", store)

    proc = subprocess.Popen(cmd, cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + CLI_TIMEOUT
        while not any(line.startswith("loaded ") for line in lines):
            assert proc.poll() is None, f"load ended before committing anything:\n{''.join(lines)}"
            assert time.monotonic() < deadline, "no committed line within the time limit"
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)   # mid-way through a commit batch
        proc.wait(10)
    finally:
        # worker processes of the killed load, if any outlived it (see the test below)
        kill_by_pid(survivors_after(proc.pid, grace=2.0) if proc.poll() is not None else [])
    reader.join(10)
    assert proc.returncode == -signal.SIGKILL
    reported = {m["path"] for m in LOADED_LINE.finditer("".join(lines))}
    assert 0 < len(reported) < CORPUS_SIZE, f"{len(reported)} loaded before the kill"
    print(f"killed after {len(reported)} of {CORPUS_SIZE} articles were reported loaded")

    # The store opens and every article graph in it is whole; the rest are wholly absent.
    after_crash = snapshot(store)
    assert merge_differences(store) == 0
    present = articles_in(after_crash)
    assert set(present) <= set(expected), "a graph that no article of the corpus makes"
    assert {by_path[p] for p in reported} <= set(present), "an article reported loaded is missing"
    for name, triples in present.items():
        check_article_graph(triples, expected[name], name)
    absent = set(expected) - set(present)
    assert absent, "the kill came after the whole corpus was committed"
    mentioned = {s for triples in present.values() for s, _, _ in triples} | \
                {o for triples in present.values() for _, _, o in triples}
    assert not (absent & mentioned), "an absent article is referred to from the store"

    # The same command again completes the load without duplicating anything.
    rerun = cli(*cmd[3:], cwd=tmp_path, timeout=600)
    assert rerun.returncode == 0, rerun.stdout[-3000:] + rerun.stderr
    assert f"{CORPUS_SIZE} of {CORPUS_SIZE} article(s) loaded" in rerun.stdout
    for m in LOADED_LINE.finditer(rerun.stdout):
        if by_path[m["path"]] in present:
            assert (m["added"], m["removed"]) == ("0", "0"), m.group(0)
    resumed = snapshot(store)

    clean_store = tmp_path / "clean"
    clean = cli(*cmd[3:-1], clean_store, cwd=tmp_path, timeout=600)
    assert clean.returncode == 0, clean.stdout[-3000:] + clean.stderr
    assert resumed == snapshot(clean_store)
    assert articles_in(resumed) == expected


def test_kill_minus_9_leaves_no_worker_processes(tmp_path):
    make_corpus(tmp_path / "corpus", 40, start=6000, paragraphs=1)
    proc = subprocess.Popen(renda("load", tmp_path / "corpus", "--store", tmp_path / "store"), cwd=tmp_path,
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    survivors = []
    try:
        deadline = time.monotonic() + CLI_TIMEOUT
        while len(session_processes(proc.pid)) < 2 and proc.poll() is None:   # wait for its workers, if any
            assert time.monotonic() < deadline
            time.sleep(0.02)
        workers = [pid for pid in session_processes(proc.pid) if pid != proc.pid]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        survivors = survivors_after(proc.pid)
    finally:
        kill_by_pid(survivors)
    assert not survivors, f"{len(survivors)} of {len(workers)} worker process(es) outlived the killed load"


# ============================================================================ old or foreign stores
@pytest.mark.parametrize("marker", [{"format": 0, "program": "renda-kg"}, {"format": 4, "program": "renda-kg"},
                                    "not json {"])
def test_store_of_another_format_is_refused_with_advice(store, tmp_path, marker):
    (store / MARKER).write_text(marker if isinstance(marker, str) else json.dumps(marker))
    files = {p: p.read_bytes() for p in store.rglob("*") if p.is_file()}
    for args in (("load", "--store", store, SAMPLE), ("query", "facts_per_article", "--store", store)):
        proc = cli(*args, cwd=tmp_path)
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr
        message = proc.stderr
        assert str(store) in message and "format" in message, message
        assert re.search(r"export it|new --store", message), f"no advice on what to do: {message}"
    assert {p: p.read_bytes() for p in store.rglob("*") if p.is_file()} == files


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes")
    proc = cli("load", "--store", folder, SAMPLE, cwd=tmp_path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert f"{folder}: exists and is not a renda-kg store" in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


# ============================================================================ concurrent use
def _check_two_loads(procs, results, by_path, expected, store) -> None:
    reported = set()
    for proc, (out, err) in zip(procs, results):
        assert "Traceback" not in err, err
        if proc.returncode != 0:   # allowed: stopped with a clear message
            assert "in use by another renda-kg process" in err, out[-2000:] + err
        else:
            assert re.search(r"^(\d+) of \1 article\(s\) loaded", out, re.M), out[-2000:]
        reported |= {by_path[m["path"]] for m in LOADED_LINE.finditer(out)}
    snap = snapshot(store)
    assert merge_differences(store) == 0
    assert set(articles_in(snap)) == reported
    for name in reported:
        check_article_graph(snap[name], expected[name], name)


def test_two_loads_on_one_store_at_once(tmp_path, pipe):
    half_a = make_corpus(tmp_path / "a", 60, start=1000, paragraphs=2)
    half_b = make_corpus(tmp_path / "b", 60, start=2000, paragraphs=2)
    expected = dict(expected_graph(pipe, p) for p in half_a + half_b)
    by_path = {str(p): expected_graph(pipe, p)[0] for p in half_a + half_b}
    store = tmp_path / "store"
    open_store("oxigraph", store).close()   # an existing, empty store
    env = _env({"RENDA_KG_LOCK_WAIT": "120"})
    procs = [subprocess.Popen(renda("load", tmp_path / half, "--store", store), cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in ("a", "b")]
    results = [p.communicate(timeout=300) for p in procs]
    print("two loads:", [(p.returncode, len(LOADED_LINE.findall(out))) for p, (out, _) in zip(procs, results)])
    _check_two_loads(procs, results, by_path, expected, store)


# Runs the CLI with a pause between creating a new store and writing its marker file, so a
# second process reliably arrives in that window (it is a few milliseconds otherwise).
_SLOW_CREATE = """
import sys, time
from renda_kg.graph import store as st
original = st.OxigraphDiskStore._write_marker
def slow(self):
    if not (self.path / st.MARKER).exists():
        time.sleep(float(sys.argv[1]))
    original(self)
st.OxigraphDiskStore._write_marker = slow
from renda_kg.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_second_load_while_a_new_store_is_being_created(tmp_path, pipe):
    half_a = make_corpus(tmp_path / "a", 10, start=4000, paragraphs=1)
    half_b = make_corpus(tmp_path / "b", 10, start=5000, paragraphs=1)
    expected = dict(expected_graph(pipe, p) for p in half_a + half_b)
    by_path = {str(p): expected_graph(pipe, p)[0] for p in half_a + half_b}
    store = tmp_path / "store"
    wrapper = tmp_path / "slow_create.py"
    wrapper.write_text(_SLOW_CREATE)
    env = _env({"RENDA_KG_LOCK_WAIT": "120"})
    first = subprocess.Popen([sys.executable, str(wrapper), "8", "load", str(tmp_path / "a"), "--store", str(store)],
                             cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (store.exists() and any(store.iterdir())):
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.02)
    second = subprocess.Popen(renda("load", tmp_path / "b", "--store", store), cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    procs = [first, second]
    results = [p.communicate(timeout=300) for p in procs]
    _check_two_loads(procs, results, by_path, expected, store)


# Runs the CLI with every article's reading slowed down, so that a load lasts long enough
# for queries started during it to answer while it is still running (commits are unchanged).
_SLOW_READ = """
import sys, time
from renda_kg.pipeline import Pipeline
original = Pipeline.process_file
def slow(self, path):
    time.sleep(float(sys.argv[1]))
    return original(self, path)
Pipeline.process_file = slow
from renda_kg.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_query_during_a_load_sees_whole_articles(tmp_path, pipe):
    corpus = make_corpus(tmp_path / "corpus", 150, start=3000, paragraphs=2)
    graphs = dict(expected_graph(pipe, p) for p in corpus)
    counts = {}
    for name, triples in graphs.items():
        g = Graph()
        for t in triples:
            g.add(t)
        evidence = set(g.subjects(RDF.type, RK.Evidence))
        relations = {(g.value(e, RDF.subject), g.value(e, RDF.predicate), g.value(e, RDF.object)) for e in evidence}
        counts[str(name)] = (len(relations), len(evidence), len(set(g.objects(name, RK.mentions))))
    store = tmp_path / "store"
    wrapper = tmp_path / "slow_read.py"
    wrapper.write_text(_SLOW_READ)
    load = subprocess.Popen([sys.executable, str(wrapper), "0.2", "load", str(tmp_path / "corpus"), "--store",
                             str(store)], cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(load.stdout), daemon=True)
    reader.start()
    answers = []   # (query, load still running when it answered)
    try:
        deadline = time.monotonic() + CLI_TIMEOUT
        while not any(line.startswith("loaded ") for line in lines):
            assert load.poll() is None and time.monotonic() < deadline, "".join(lines)
            time.sleep(0.01)
        while load.poll() is None and len(answers) < 5:   # ask again and again while the load runs
            query = cli("query", "facts_per_article", "--format", "csv", "--store", store, cwd=tmp_path)
            answers.append((query, load.poll() is None))
    finally:
        load.wait(300)
        reader.join(10)
    assert load.returncode == 0
    print("queries during the load:", [(q.returncode, len(q.stdout.splitlines()) - 1, running)
                                       for q, running in answers])
    assert any(running for _, running in answers), "no query answered while the load was running"
    for query, running in answers:
        assert "Traceback" not in query.stderr
        if query.returncode != 0:
            assert re.search(r"in use|busy", query.stderr), query.stderr
            continue
        rows = list(csv.DictReader(io.StringIO(query.stdout)))
        assert rows, "no article listed though one was committed"
        for row in rows:
            assert row["article"] in counts, row
            got = tuple(int(row[k] or 0) for k in ("relations", "evidence_records", "entities"))
            assert got == counts[row["article"]], f"{row['title']}: partial article {got} != {counts[row['article']]}"


# ============================================================================ nothing let in: queries
INJECTIONS = [
    '乌镇镇" } ; DROP ALL ; #',
    '乌镇镇人大"@zh } } ; DROP ALL ; #',
    "<", ">", "\\", '\\" ) } DROP ALL #',
    "乌镇镇人大\n} ; DROP ALL ; #",
    "line one\r\nline two",
    "{PORT}",  # replaced by a SERVICE clause aimed at the listener
]


def _value(template: str, port: int) -> str:
    if template == "{PORT}":
        return f'x"@zh }} SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} #'
    return template


def test_query_parameters_are_literals(store, tmp_path):
    listener = Listener()
    env = {"RENDA_KG_LOCK_WAIT": "120"}
    try:
        before = snapshot(store)
        jobs = [("supervision_topics", "body", _value(v, listener.port)) for v in INJECTIONS]
        jobs += [("article_metadata", "title", _value(v, listener.port)) for v in INJECTIONS[:1] + INJECTIONS[-1:]]
        jobs += [("supervision_topics", "body", "乌镇镇人大")]  # control: a real value finds rows
        with ThreadPoolExecutor(4) as pool:
            procs = list(pool.map(lambda job: cli("query", job[0], "--param", f"{job[1]}={job[2]}", "--format",
                                                  "csv", "--store", store, cwd=tmp_path, env=env), jobs))
        for (query, param, value), proc in zip(jobs, procs):
            assert proc.returncode == 0, f"{query} {param}={value!r}: {proc.stderr}"
            rows = [row for row in csv.reader(io.StringIO(proc.stdout)) if row]
            if value == "乌镇镇人大":
                assert len(rows) > 1, "control query found nothing: the test would prove nothing"
            else:
                assert len(rows) == 1, f"{query} {param}={value!r} returned rows: {rows[:3]}"
        assert snapshot(store) == before
        assert listener.connections == 0
    finally:
        listener.close()


def test_iri_parameter_that_is_not_an_iri_is_refused(store, tmp_path):
    before = snapshot(store)
    value = "https://w3id.org/renda-kg/ontology#x> } ; DROP ALL ; #"
    proc = cli("query", "evidence_for_fact", "--param", f"predicate={value}", "--store", store, cwd=tmp_path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "is not an IRI" in proc.stderr and "predicate" in proc.stderr
    assert snapshot(store) == before


RQ_FILES = {
    "insert.rq": ("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> \"c\" } }", r"Update is not allowed"),
    "drop.rq": ("DROP ALL", r"Update is not allowed"),
    "delete.rq": ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", r"Update is not allowed"),
    "select-then-drop.rq": ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 ;\nDROP ALL", r"Update is not allowed|not a valid"),
    "service.rq": ("SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", r"SERVICE is not allowed"),
    "service-nested.rq": ("SELECT ?s WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:{port}/s> "
                          "{ ?s ?q ?v } } } LIMIT 1", r"SERVICE is not allowed"),
}


def test_query_files_with_update_or_service_are_refused(store, tmp_path):
    listener = Listener()
    try:
        before = snapshot(store)
        files = []
        for name, (text, _) in RQ_FILES.items():
            path = tmp_path / name
            path.write_text(f"#+ title: {name}\n" + text.replace("{port}", str(listener.port)), encoding="utf-8")
            files.append(path)
        with ThreadPoolExecutor(4) as pool:
            procs = list(pool.map(lambda p: cli("query", p, "--store", store, cwd=tmp_path), files))
        for path, proc in zip(files, procs):
            assert proc.returncode != 0, f"{path.name} ran: {proc.stdout}"
            assert "Traceback" not in proc.stderr
            assert re.search(RQ_FILES[path.name][1], proc.stderr), f"{path.name}: {proc.stderr}"
            assert path.stem in proc.stderr
        assert snapshot(store) == before
        assert listener.connections == 0
    finally:
        listener.close()


# ============================================================================ nothing let in: XML
def _entity_bomb(depth: int = 9, root: str = "html") -> str:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, depth + 1)]
    return f"<!DOCTYPE {root} [\n" + "\n".join(entities)


@pytest.mark.parametrize("suffix", [".html", ".xhtml"])
def test_html_article_with_xxe_and_entity_bomb_is_read_without_expansion(store, tmp_path, pipe, suffix):
    canary = tmp_path / "canary.txt"
    token = "CANARY-" + os.urandom(8).hex()
    canary.write_text(token)
    doctype = (_entity_bomb(9) + f'\n<!ENTITY xxe SYSTEM "file:///etc/passwd">'
               f'\n<!ENTITY canary SYSTEM "file://{canary}">\n]>')
    paragraphs = sample_paragraphs(3)
    paragraphs[1] += " &xxe; &canary; &lol9;"
    page = tmp_path / f"xxe{suffix}"
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n'
                    + html_page(doctype=doctype, paragraphs=paragraphs), encoding="utf-8")
    before = snapshot(store)
    run = measured(renda("load", "--store", store, page), cwd=tmp_path, limit=BOMB_LIMIT)
    assert run.returncode is not None, f"still running after {BOMB_LIMIT} s"
    assert run.max_rss_mb < BOMB_RSS_MB, f"peak RSS {run.max_rss_mb:.0f} MB"
    assert "Traceback" not in run.output
    after = snapshot(store)
    text = "\n".join(literals(after))
    assert "root:x:0:0" not in text and token not in text
    assert "lol" * 20 not in text, "an entity was expanded"
    if run.returncode == 0:
        name, triples = expected_graph(pipe, page)
        assert after[name] == triples
    else:
        assert about(run.stdout, page), run.output
        assert after == before


def _rdfxml(doctype: str, value: str) -> str:
    return (f'<?xml version="1.0"?>\n{doctype}\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
            '         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"\n'
            '         xmlns:owl="http://www.w3.org/2002/07/owl#">\n'
            '  <owl:Ontology rdf:about="https://w3id.org/renda-kg/ontology"/>\n'
            '  <owl:Class rdf:about="https://w3id.org/renda-kg/ontology#Town">\n'
            f'    <rdfs:comment>{value}</rdfs:comment>\n'
            '  </owl:Class>\n</rdf:RDF>\n')


def test_rdflib_rdfxml_parser_does_not_resolve_external_entities(tmp_path):
    """What rdflib (as installed) does with an XXE in an RDF/XML ontology, as Protégé might save it."""
    token = "CANARY-" + os.urandom(8).hex()
    (tmp_path / "secret.txt").write_text(token)
    (tmp_path / "evil.dtd").write_text(f'<!ENTITY leak "{token}">')
    general = _rdfxml(f'<!DOCTYPE rdf:RDF [\n<!ENTITY xxe SYSTEM "file://{tmp_path}/secret.txt">\n'
                      '<!ENTITY passwd SYSTEM "file:///etc/passwd">\n]>', "&xxe; &passwd;")
    parameter = _rdfxml(f'<!DOCTYPE rdf:RDF [\n<!ENTITY % ext SYSTEM "file://{tmp_path}/evil.dtd">\n%ext;\n]>',
                        "&leak;")
    for name, text in (("general.owl", general), ("parameter.owl", parameter)):
        path = tmp_path / name
        path.write_text(text)
        started = time.monotonic()
        g = Graph()
        try:
            g.parse(path, format="xml")
        except Exception:  # noqa: BLE001  refusing the document is fine too
            pass
        assert time.monotonic() - started < 10
        text_of = " ".join(str(o) for o in g.objects() if isinstance(o, Literal))
        assert token not in text_of and "root:x:0:0" not in text_of, f"{name}: external entity resolved"


_BOMB_SCRIPT = """
import sys
from rdflib import Graph
doc = open(sys.argv[1]).read()
g = Graph()
try:
    g.parse(data=doc, format="xml")
except Exception as exc:
    print("refused:", type(exc).__name__, exc)
else:
    print("parsed", len(g), max((len(str(o)) for o in g.objects()), default=0))
"""


def test_rdfxml_ontology_with_an_entity_bomb_is_refused_fast(tmp_path, monkeypatch):
    """rdflib expands RDF/XML entities (quadratically): the program refuses them before it parses."""
    import shutil
    import time

    from renda_kg.graph.vocab import load_vocabulary

    folder = tmp_path / "onto"
    shutil.copytree(Path(__file__).parents[1] / "ontology", folder, ignore=shutil.ignore_patterns("qc", "*.py", "*.md"))
    (folder / "bomb.owl").write_text(_rdfxml(_entity_bomb(9, "rdf:RDF") + "\n]>", "&lol9;"))
    started = time.monotonic()
    with pytest.raises(ValueError, match="bomb.owl.*entit"):
        load_vocabulary(folder)
    assert time.monotonic() - started < 10


_SERVER_SCRIPT = """
import sys, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
body = open(sys.argv[1], "rb").read()

class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/rdf+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = _answer
    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
from renda_kg.graph.store import open_store
import renda_kg.graph.sparql  # registers the kind
store = open_store("sparql", None, endpoint=f"http://127.0.0.1:{server.server_port}/sparql", prompt=False,
                   retries=0, timeout=10)
try:
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    print("parsed", max((len(str(o)) for o in result.graph.objects()), default=0))
    print("\\n".join(str(o) for o in result.graph.objects()))
except Exception as exc:
    print("refused:", type(exc).__name__, exc)
"""


def _server_answer(tmp_path: Path, body: str) -> Measured:
    answer = tmp_path / "answer.rdf"
    answer.write_text(body)
    script = tmp_path / "server.py"
    script.write_text(_SERVER_SCRIPT)
    return measured([sys.executable, str(script), str(answer)], cwd=tmp_path, limit=BOMB_LIMIT / 2)


def test_sparql_server_rdfxml_answer_with_xxe_is_not_resolved(tmp_path):
    token = "CANARY-" + os.urandom(8).hex()
    (tmp_path / "secret.txt").write_text(token)
    run = _server_answer(tmp_path, _rdfxml(f'<!DOCTYPE rdf:RDF [\n<!ENTITY xxe SYSTEM "file://{tmp_path}/secret.txt">'
                                           '\n]>', "&xxe;"))
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output
    assert re.search(r"^(parsed|refused)", run.stdout, re.M), run.output
    assert token not in run.output


def test_sparql_server_rdfxml_entity_bomb_is_bounded(tmp_path):
    run = _server_answer(tmp_path, _rdfxml(_entity_bomb(9, "rdf:RDF") + "\n]>", "&lol9;"))
    assert run.returncode is not None, f"still parsing the server's answer after {BOMB_LIMIT / 2} s"
    assert run.max_rss_mb < BOMB_RSS_MB
    assert "lol" * 20 not in run.stdout

"""Stores of article graphs (Oxigraph on disk and rdflib's memory store): loading,
reloading, replacing, failed loads, batches, persistence, locking, store folders and
markers, export round trips and evidence offsets."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from renda_kg.graph.export import FORMATS, article_graph_names, export
from renda_kg.graph.store import MARKER, GraphStore, StoreError, normalize, open_store
from renda_kg.graph.terms import integer, iri, n_triples, string
from renda_kg.graph.vocab import ONTOLOGY_ENV, load_vocabulary
from renda_kg.pipeline import ArticleResult, Pipeline, load_paths

from conftest import RK, SECOND_ARTICLE

KINDS = ["oxigraph", "memory"]
# Changing this sentence of the sample removes the facts quoted from it.
OLD_SENTENCE = "石门镇人大围绕群众关注度较高的就医问题"
NEW_SENTENCE = "石门镇人大围绕群众关注度较高的养老服务问题"


# ---------------------------------------------------------------------------- helpers
def snapshot(store: GraphStore) -> set:
    """Every quad in the store, literals normalised; on the embedded store, with the merge
    of its data graphs (as quads in graph None)."""
    quads = set(store.quads())
    if getattr(store, "merged_graph", lambda: None)() is not None:
        quads |= {(s, p, o, None) for s, p, o in merge_of(store)}
    return quads


def merge_of(store) -> set:
    """The statements the embedded store keeps as the merge of its data graphs."""
    from oxrdflib._converter import from_ox

    return {(from_ox(q.subject), from_ox(q.predicate), normalize(from_ox(q.object)))
            for q in store.oxigraph.quads_for_pattern(None, None, None, store.merged_graph())}


def union_of_graphs(store) -> set:
    return {(s, p, o) for s, p, o, g in store.quads()}


def open_kind(kind: str, path: Path) -> GraphStore:
    return open_store(kind, path if kind == "oxigraph" else None)


class CachingPipeline(Pipeline):
    """The real pipeline, remembering each file's result by its bytes: the store tests
    load the same few articles many times and are about the store, not extraction."""

    def __init__(self, vocab):
        super().__init__(vocab)
        self._seen: dict[tuple[str, bytes], object] = {}

    def process_file(self, path):
        try:
            key = (str(path), Path(path).read_bytes())
        except OSError:
            return super().process_file(path)
        if key not in self._seen:
            self._seen[key] = super().process_file(path)
        done = self._seen[key]
        graph = Graph()
        for t in done.graph:
            graph.add(t)
        return ArticleResult(done.article, done.extraction, graph, done.graph_name)


@pytest.fixture(scope="module")
def cached_pipeline(vocab):
    return CachingPipeline(vocab)


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    s = open_kind(request.param, tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def loaded(store, cached_pipeline, sample_path):
    """A store holding the sample article."""
    (outcome,) = load_paths(store, [str(sample_path)], cached_pipeline)
    assert outcome.ok, outcome.problem
    return store


def _write_changed_sample(sample_path: Path, folder: Path) -> Path:
    text = sample_path.read_text(encoding="utf-8")
    assert text.count(OLD_SENTENCE) == 1
    changed = folder / "changed" / sample_path.name
    changed.parent.mkdir(parents=True, exist_ok=True)
    changed.write_text(text.replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")
    return changed


def _quotes(store: GraphStore) -> list[str]:
    return [str(q) for (q,) in store.query(
        "SELECT ?q WHERE { ?e a <https://w3id.org/renda-kg/ontology#Evidence> ; "
        "<https://w3id.org/renda-kg/ontology#inSentence>/<https://w3id.org/renda-kg/ontology#quote> ?q }")]


def _subjects_labelled(store: GraphStore, graph: URIRef, label: str) -> set[URIRef]:
    return set(store.graph(graph).subjects(RDFS.label, Literal(label, lang="zh")))


# ---------------------------------------------------------------------------- loading
def test_sample_loads_into_one_named_graph(store, cached_pipeline, sample_path, sample_result, vocab):
    (outcome,) = load_paths(store, [str(sample_path)], cached_pipeline)
    assert outcome.ok, outcome.problem
    assert outcome.added == len(sample_result.graph) and outcome.removed == 0
    assert store.graph_names() == sorted([sample_result.graph_name, vocab.iri])
    stored = set(store.graph(sample_result.graph_name))
    assert stored == {(s, p, normalize(o)) for s, p, o in sample_result.graph}
    # the ontology is kept in its own graph, as the files say
    assert set(store.graph(vocab.iri)) == {(s, p, normalize(o)) for s, p, o in vocab.graph}
    assert article_graph_names(store, vocab) == [sample_result.graph_name]


def test_loading_twice_leaves_the_store_identical(loaded, cached_pipeline, sample_path):
    before = snapshot(loaded)
    (again,) = load_paths(loaded, [str(sample_path)], cached_pipeline)
    assert again.ok
    assert (again.added, again.removed) == (0, 0)
    assert snapshot(loaded) == before


def test_same_article_from_another_path_is_the_same_graph(loaded, cached_pipeline, sample_path, tmp_path):
    before = snapshot(loaded)
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(sample_path.read_bytes())
    (outcome,) = load_paths(loaded, [str(copy)], cached_pipeline)
    assert outcome.ok
    assert len(loaded.graph_names()) == len({g for *_, g in before if g is not None})
    # only where it was read from changes
    changed = {q[1] for q in snapshot(loaded) ^ before}
    assert changed == {RK.retrievedFrom}


def test_changed_article_replaces_its_graph(loaded, cached_pipeline, sample_path, sample_result, tmp_path):
    names_before = loaded.graph_names()
    assert any(OLD_SENTENCE in q for q in _quotes(loaded))
    changed = _write_changed_sample(sample_path, tmp_path)
    (outcome,) = load_paths(loaded, [str(changed)], cached_pipeline)
    assert outcome.ok, outcome.problem
    assert outcome.result.graph_name == sample_result.graph_name
    assert outcome.removed > 0 and outcome.added > 0
    assert loaded.graph_names() == names_before
    quotes = _quotes(loaded)
    assert not any(OLD_SENTENCE in q for q in quotes)
    assert any(NEW_SENTENCE in q for q in quotes)
    body = loaded.graph(sample_result.graph_name).value(sample_result.graph_name, RK.bodyText)
    assert NEW_SENTENCE in str(body) and OLD_SENTENCE not in str(body)


def test_two_articles_share_one_resource_per_body(loaded, cached_pipeline, second_article, sample_result, vocab):
    (outcome,) = load_paths(loaded, [str(second_article)], cached_pipeline)
    assert outcome.ok, outcome.problem
    first, second = sample_result.graph_name, outcome.result.graph_name
    assert first != second
    assert sorted(article_graph_names(loaded, vocab)) == sorted([first, second])
    for label in ("乌镇镇人大", "桐乡市人大常委会", "乌镇镇"):
        in_first = _subjects_labelled(loaded, first, label)
        in_second = _subjects_labelled(loaded, second, label)
        assert len(in_first) == 1 and in_first == in_second, label
        union = {s for (s,) in loaded.query(
            'SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } '
            'FILTER (STR(?l) = "%s") }' % label)}
        assert union == in_first, label


# ---------------------------------------------------------------------------- failed loads
def _bad_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    blank = folder / "blank.txt"
    blank.write_text("  \n\n \t\n", encoding="utf-8")
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    no_body = folder / "no-body.html"
    no_body.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    return {"empty": empty, "blank": blank, "binary": binary, "no-body": no_body}


@pytest.mark.parametrize("which", ["missing", "empty", "blank", "binary", "no-body", "folder-of-nothing"])
def test_failed_load_leaves_the_store_as_it_was(loaded, cached_pipeline, tmp_path, which):
    before = snapshot(loaded)
    bad = _bad_inputs(tmp_path / "bad")
    if which == "missing":
        path = tmp_path / "does-not-exist.txt"
    elif which == "folder-of-nothing":
        path = tmp_path / "nothing"
        path.mkdir()
    else:
        path = bad[which]
    outcomes = load_paths(loaded, [str(path)], cached_pipeline)
    assert snapshot(loaded) == before
    assert all(not o.ok for o in outcomes)
    if which != "folder-of-nothing":
        (outcome,) = outcomes
        assert outcome.problem
        assert str(path) in outcome.summary()
        assert outcome.summary().startswith("FAILED")


def test_article_failing_the_shapes_changes_nothing(loaded, cached_pipeline, sample_path, ontology_copy,
                                                    monkeypatch, tmp_path):
    before = snapshot(loaded)
    shapes = ontology_copy / "shapes.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8") + textwrap.dedent("""
        rks:ImpossibleShape a sh:NodeShape ;
            sh:targetClass rk:Article ;
            sh:property [ sh:path rk:sectionPath ; sh:minCount 2 ;
                sh:message "测试：不可能满足"@zh , "Test: impossible to satisfy"@en ] .
        """), encoding="utf-8")
    monkeypatch.setenv(ONTOLOGY_ENV, str(ontology_copy))
    strict = Pipeline(load_vocabulary(ontology_copy))
    # a changed version: if it were committed the store would change
    changed = _write_changed_sample(sample_path, tmp_path)
    (outcome,) = load_paths(loaded, [str(changed)], strict)
    assert not outcome.ok
    assert "does not conform" in outcome.problem and "impossible to satisfy" in outcome.problem
    assert outcome.report is not None and not outcome.report.conforms
    assert str(changed) in outcome.summary()
    assert snapshot(loaded) == before


class _BreaksMidway(Graph):
    """A graph whose iteration fails part way, like an interrupted write."""

    def __iter__(self):
        for i, triple in enumerate(super().__iter__()):
            if i == 10:
                raise RuntimeError("interrupted")
            yield triple

    def triples(self, pattern, *args, **kwargs):
        for i, triple in enumerate(super().triples(pattern, *args, **kwargs)):
            if i == 10:
                raise RuntimeError("interrupted")
            yield triple


def test_replace_graph_is_one_transaction(loaded, sample_result):
    """The documented guarantee: a replace that fails part way leaves the old graph."""
    before = snapshot(loaded)
    broken = _BreaksMidway()
    for t in sample_result.graph:
        broken.add(t)
    with pytest.raises(RuntimeError, match="interrupted"):
        loaded.replace_graph(sample_result.graph_name, broken)
    assert snapshot(loaded) == before


@pytest.mark.parametrize("kind", KINDS)
def test_graphs_written_together_are_as_written_one_by_one(kind, tmp_path, sample_result):
    """The loader hands new articles to the store twenty at a time; the store must end as if
    each had been replaced on its own, a graph named twice ending as its second copy."""
    whole = sample_result.graph.serialize(format="nt", encoding="utf-8")
    part = b"".join(line + b"\n" for line in whole.splitlines()[::3])
    a, b = URIRef("https://example.org/graph/a"), URIRef("https://example.org/graph/b")
    batch = [(a, whole), (b, part), (a, part)]
    together, alone = open_kind(kind, tmp_path / "together"), open_kind(kind, tmp_path / "alone")
    try:
        counts = together.replace_many_nt(batch)
        assert counts == [alone.replace_nt_counting(name, nt) for name, nt in batch]
        assert counts[0] == (len(sample_result.graph), 0) and counts[2][0] == 0 and counts[2][1] > 0
        assert snapshot(together) == snapshot(alone)
        assert set(together.graph(a)) == set(together.graph(b)) and len(together.graph(a)) == len(part.splitlines())
    finally:
        together.close()
        alone.close()


def test_a_failing_batch_of_new_graphs_writes_none_of_them(tmp_path, sample_result):
    store = open_kind("oxigraph", tmp_path / "store")
    try:
        good = sample_result.graph.serialize(format="nt", encoding="utf-8")
        with pytest.raises(SyntaxError):
            store.replace_many_nt([(URIRef("https://example.org/graph/good"), good),
                                   (URIRef("https://example.org/graph/bad"), good + b"<broken .\n")])
        assert snapshot(store) == set()
    finally:
        store.close()


def test_batch_loads_the_good_and_names_the_bad(store, cached_pipeline, sample_path, tmp_path, vocab):
    folder = tmp_path / "batch"
    bad = _bad_inputs(folder / "bad")
    (folder / "good").mkdir()
    (folder / "good" / sample_path.name).write_bytes(sample_path.read_bytes())
    (folder / "good" / "second.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    (folder / "README.md").write_text("not an article", encoding="utf-8")  # skipped: not an article suffix
    outcomes = load_paths(store, [str(folder)], cached_pipeline)
    by_name = {Path(o.origin).name: o for o in outcomes}
    assert set(by_name) == {sample_path.name, "second.txt"} | {p.name for p in bad.values()}
    assert by_name[sample_path.name].ok and by_name["second.txt"].ok
    for path in bad.values():
        outcome = by_name[path.name]
        assert not outcome.ok and outcome.problem
        assert path.name in outcome.summary()
    assert len(article_graph_names(store, vocab)) == 2


def test_missing_path_in_a_batch_does_not_stop_the_others(store, cached_pipeline, sample_path, tmp_path, vocab):
    missing = tmp_path / "no-such-article.txt"
    outcomes = load_paths(store, [str(sample_path), str(missing)], cached_pipeline)
    by_origin = {o.origin: o for o in outcomes}
    assert str(missing) in by_origin and not by_origin[str(missing)].ok
    assert str(sample_path) in by_origin and by_origin[str(sample_path)].ok
    assert len(article_graph_names(store, vocab)) == 1


# ---------------------------------------------------------------------------- the store on disk
def test_store_persists_across_close_and_reopen(cached_pipeline, sample_path, tmp_path):
    path = tmp_path / "store"
    with open_store("oxigraph", path) as s:
        load_paths(s, [str(sample_path)], cached_pipeline)
        before = snapshot(s)
    assert (path / MARKER).is_file()
    assert json.loads((path / MARKER).read_text())["format"] == 3
    with open_store("oxigraph", path) as s:
        assert snapshot(s) == before
        assert len(s.graph_names()) == 2


SECOND_PROCESS = """
import sys
from renda_kg.graph.store import StoreError, open_store
try:
    open_store("oxigraph", sys.argv[1])
except StoreError as exc:
    print(exc, file=sys.stderr)
    sys.exit(3)
print("opened")
"""


def test_second_process_is_told_the_store_is_in_use(tmp_path):
    path = tmp_path / "store"
    with open_store("oxigraph", path):
        run = subprocess.run([sys.executable, "-c", SECOND_PROCESS, str(path)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 3, run.stdout + run.stderr
        assert "in use" in run.stderr
        assert "Traceback" not in run.stderr
        cli = subprocess.run([sys.executable, "-m", "renda_kg", "stats", "--store", str(path)],
                             capture_output=True, text=True, timeout=120)
        assert cli.returncode != 0
        assert "in use" in cli.stderr and "Traceback" not in cli.stderr
    # once the first process lets go, the store opens again
    run = subprocess.run([sys.executable, "-c", SECOND_PROCESS, str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "opened" in run.stdout, run.stderr


def test_a_process_waiting_for_the_store_is_seen_by_its_holder(tmp_path):
    """A long load keeps the store open between batches unless someone waits for it: the
    waiter must be seen, get in once the holder lets go, and leave no notice behind."""
    import time

    path = tmp_path / "store"
    with open_store("oxigraph", path) as holder:
        assert not holder.others_waiting()
        waiter = subprocess.Popen([sys.executable, "-c", SECOND_PROCESS, str(path)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env={**os.environ, "RENDA_KG_LOCK_WAIT": "60"})
        deadline = time.monotonic() + 60
        while not holder.others_waiting():
            assert waiter.poll() is None and time.monotonic() < deadline, waiter.communicate()
            time.sleep(0.05)
    out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0 and "opened" in out, err
    assert "in use by another renda-kg process; waiting" in err
    with open_store("oxigraph", path) as holder:
        assert not holder.others_waiting()
        assert not list(path.glob("waiting.*")), "the waiter's notice outlived it"
        # a waiter killed before it could take its notice back does not hold a load up
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        notice = path / f"waiting.{int(dead.stdout)}"
        notice.touch()
        assert not holder.others_waiting()
        assert not notice.exists()


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    folder = tmp_path / "my-documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="not a renda-kg store"):
        open_store("oxigraph", folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # nothing written into it


def test_new_and_empty_folders_become_stores(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for path in (empty, tmp_path / "new"):
        with open_store("oxigraph", path) as s:
            assert s.graph_names() == []
        assert (path / MARKER).is_file()


@pytest.mark.parametrize("marker", [{"format": 99, "program": "renda-kg"}, {"program": "renda-kg"}, "not json"],
                         ids=["other-version", "no-version", "garbage"])
def test_marker_with_another_format_is_refused(cached_pipeline, sample_path, tmp_path, marker):
    path = tmp_path / "store"
    with open_store("oxigraph", path) as s:
        load_paths(s, [str(sample_path)], cached_pipeline)
    text = marker if isinstance(marker, str) else json.dumps(marker)
    (path / MARKER).write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        open_store("oxigraph", path)
    message = str(info.value)
    assert str(path) in message
    assert "format" in message
    assert "export" in message and "new --store" in message  # says what to do
    assert (path / MARKER).read_text(encoding="utf-8") == text  # left alone


def test_unknown_store_kind_is_refused():
    with pytest.raises(StoreError, match="unknown store kind 'nope'.*memory.*oxigraph"):
        open_store("nope")


# ---------------------------------------------------------------------------- export
@pytest.fixture(scope="module", params=KINDS)
def two_articles(request, tmp_path_factory, cached_pipeline, sample_path):
    """A store holding two articles; the export tests only read it."""
    folder = tmp_path_factory.mktemp("export")
    second = folder / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    s = open_kind(request.param, folder / "store")
    outcomes = load_paths(s, [str(sample_path), str(second)], cached_pipeline)
    assert all(o.ok for o in outcomes)
    yield s
    s.close()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_parses_back_to_the_same_triples(two_articles, vocab, fmt):
    spec = FORMATS[fmt]
    out = io.BytesIO()
    count = export(two_articles, vocab, fmt, out)
    data = out.getvalue()
    # TriG, N-Quads, JSON-LD: everything but the ontology's own graph (the articles, and any
    # other data graphs); Turtle, RDF/XML: the merge of every graph, the ontology's included
    names = [g for g in two_articles.graph_names() if g != vocab.iri or not spec.keeps_graphs]
    assert len(article_graph_names(two_articles, vocab)) == 2
    assert set(article_graph_names(two_articles, vocab)) <= set(names)
    expected_quads = set(two_articles.quads(names))
    if spec.keeps_graphs:
        ds = Dataset()
        ds.parse(data=data, format=spec.rdflib_format)
        got = {(s, p, normalize(o), g) for s, p, o, g in ds.quads((None, None, None, None))
               if g is not None and g != ds.default_graph.identifier}
        got_default = {t for t in ds.default_graph}
        assert got_default == set()
        assert {q[3] for q in got} == set(names)
        assert got == expected_quads
        assert count == len(expected_quads)
    else:
        g = Graph().parse(data=data, format=spec.rdflib_format)
        got = {(s, p, normalize(o)) for s, p, o in g}
        expected = {(s, p, o) for s, p, o, _ in expected_quads}
        assert got == expected
        assert count == len(expected)
    # the ontology is part of the merged exports only
    assert any(str(vocab.iri) == str(q[0]) for q in expected_quads) == (not spec.keeps_graphs)
    assert "乌镇镇人大".encode("utf-8") in data or fmt == "xml" and b"&#" in data


def test_turtle_export_is_the_same_bytes_whatever_the_load_order(cached_pipeline, sample_path, vocab, tmp_path):
    """Exports are diffed and checked in: the same data must give the same file."""
    second = tmp_path / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    outputs = []
    for order, paths in (("forward", [sample_path, second]), ("backward", [second, sample_path])):
        with open_kind("oxigraph", tmp_path / order) as store:
            assert all(o.ok for o in load_paths(store, [str(p) for p in paths], cached_pipeline))
            out = io.BytesIO()
            export(store, vocab, "turtle", out)
            outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]


def test_export_refuses_an_unknown_format(two_articles, vocab):
    with pytest.raises(ValueError, match="unknown export format"):
        export(two_articles, vocab, "csv", io.BytesIO())


# ---------------------------------------------------------------------------- offsets
def test_evidence_offsets_round_trip(loaded, sample_result):
    rows = list(loaded.query("""
        PREFIX rk: <https://w3id.org/renda-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?ev ?body ?q ?s ?e ?sub WHERE {
            ?ev a rk:Evidence ; rk:inSentence ?sentence .
            ?sentence prov:wasQuotedFrom ?a ; rk:quote ?q ; rk:startOffset ?s ; rk:endOffset ?e .
            ?a rk:bodyText ?body .
            BIND (SUBSTR(?body, ?s + 1, ?e - ?s) AS ?sub) }"""))
    n_evidence = len(set(sample_result.graph.subjects(RDF.type, RK.Evidence)))
    assert n_evidence > 0 and len(rows) == n_evidence
    for ev, body, quote, start, end, sub in rows:
        start, end = int(start), int(end)
        assert 0 <= start < end <= len(str(body))
        assert str(body)[start:end] == str(quote), ev  # Python indexing
        assert str(sub) == str(quote), ev               # SPARQL SUBSTR, as the ontology documents


def test_a_parallel_load_with_the_smallest_window_loads_every_article_in_order(tmp_path, monkeypatch, vocab):
    """The workers may run only a few articles ahead of the commits (the loader's memory is
    bounded so); even a window of one article a worker must not stall the load or reorder it."""
    from renda_kg import pipeline
    from renda_kg.generate import generate

    generate(12, tmp_path / "corpus", seed=11)
    files = sorted(str(p) for p in (tmp_path / "corpus").iterdir() if p.name.startswith("article-"))
    monkeypatch.setattr(pipeline, "IN_FLIGHT", 1)
    settled = []
    outcomes = pipeline.load_batched(lambda: open_store("oxigraph", tmp_path / "store"), files, jobs=2,
                                     on_outcome=lambda o: settled.append(o.origin))
    assert [o.origin for o in outcomes] == files == settled
    assert all(o.ok for o in outcomes), [o.problem for o in outcomes if not o.ok]
    with open_store("oxigraph", tmp_path / "store") as store:
        assert len({o.graph_name for o in outcomes}) == len(article_graph_names(store, vocab))


def test_a_load_that_grows_the_store_compacts_it_and_a_small_one_does_not(tmp_path, monkeypatch, vocab):
    """Compaction halves query times on a store written by many bulk loads, but costs
    seconds per million statements: a large load pays for it, one more article does not."""
    from renda_kg import pipeline
    from renda_kg.generate import generate
    from renda_kg.graph.store import OxigraphDiskStore

    generate(12, tmp_path / "corpus", seed=12)
    files = sorted(str(p) for p in (tmp_path / "corpus").iterdir() if p.name.startswith("article-"))
    done = []
    original = OxigraphDiskStore.optimize
    monkeypatch.setattr(OxigraphDiskStore, "optimize", lambda self, grown_by=None: done.append(
        (grown_by, original(self, grown_by))) or done[-1][1])
    monkeypatch.setattr(pipeline, "COMMIT_EVERY", 3)   # several bulk writes, handed over in several batches
    opener = lambda: open_store("oxigraph", tmp_path / "store")  # noqa: E731
    outcomes = pipeline.load_batched(opener, files[:-1], batch_seconds=0)
    assert all(o.ok for o in outcomes)
    assert done == [(sum(o.added for o in outcomes), True)]
    with opener() as store:
        before = store.answer("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    (last,) = pipeline.load_batched(opener, files[-1:])
    assert last.ok and done[-1] == (last.added, False), done
    with opener() as store:
        after = store.answer("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert int(after[0][0]) == int(before[0][0]) + last.added
        assert len(article_graph_names(store, vocab)) == len(files)


def test_a_load_starts_writing_with_a_small_batch_and_grows_it(tmp_path, monkeypatch):
    """A small load must not read every article before writing the first: the first batch
    holds FIRST_BATCH articles, the next ones grow up to COMMIT_EVERY, and every article
    is written once, in order."""
    from renda_kg import pipeline
    from renda_kg.generate import generate

    generate(14, tmp_path / "corpus", seed=14)
    files = sorted(str(p) for p in (tmp_path / "corpus").iterdir() if p.name.startswith("article-"))
    written = []
    original = pipeline.commit_many
    monkeypatch.setattr(pipeline, "commit_many",
                        lambda store, batch, *rest: written.append([o.origin for o in batch]) or original(store, batch, *rest))
    monkeypatch.setattr(pipeline, "FIRST_BATCH", 2)
    monkeypatch.setattr(pipeline, "COMMIT_EVERY", 6)
    outcomes = pipeline.load_batched(lambda: open_store("oxigraph", tmp_path / "store"), files, jobs=1,
                                     batch_seconds=3600)
    assert all(o.ok for o in outcomes), [o.problem for o in outcomes if not o.ok]
    assert [origin for batch in written for origin in batch] == files
    sizes = [len(batch) for batch in written]
    assert sizes[0] == 2 and max(sizes) > 2 and max(sizes) <= 6, sizes


# ---------------------------------------------------------------------------- the merge
def test_the_merge_is_the_union_of_the_graphs_after_every_change(cached_pipeline, sample_path, tmp_path, vocab):
    """Queries on the embedded store read the merge: it must follow every load, reload,
    replacement, removal and failed write."""
    second = tmp_path / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    with open_kind("oxigraph", tmp_path / "store") as store:
        def check(step):
            assert merge_of(store) == union_of_graphs(store), step

        assert all(o.ok for o in load_paths(store, [str(sample_path), str(second)], cached_pipeline))
        check("two articles")
        shared = merge_of(store) & {(s, p, o) for s, p, o in store.graph(article_graph_names(store, vocab)[0])}
        assert shared, "the two articles share no statement: the test proves nothing"
        (outcome,) = load_paths(store, [str(_write_changed_sample(sample_path, tmp_path))], cached_pipeline)
        assert outcome.ok and outcome.removed > 0
        check("a changed article replaced")
        before = snapshot(store)
        broken = _BreaksMidway()
        for t in outcome.result.graph:
            broken.add(t)
        with pytest.raises(RuntimeError, match="interrupted"):
            store.replace_graph(outcome.result.graph_name, broken)
        assert snapshot(store) == before
        for name in article_graph_names(store, vocab):
            store.remove_graph(name)
            check(f"{name} removed")
        assert merge_of(store) == set(store.graph(vocab.iri))  # the ontology's statements are left


def _as_format_1(path: Path) -> None:
    """Make a store as the first format left it: no merge, marker format 1."""
    import pyoxigraph as ox

    native = ox.Store(str(path))
    native.clear_graph(ox.DefaultGraph())
    native.flush()
    del native
    (path / MARKER).write_text(json.dumps({"format": 1, "program": "renda-kg"}))


def test_a_store_of_the_first_format_is_merged_when_opened_for_writing(cached_pipeline, sample_path,
                                                                       tmp_path, vocab):
    from renda_kg.queries.runner import load_queries, run_query

    second = tmp_path / "second.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    path = tmp_path / "store"
    queries = load_queries()

    def answers(store):
        out = {}
        for name in ("bodies_jurisdictions", "facts_per_article", "entities_in_several_articles"):
            out[name] = run_query(store, queries[name], {}).rows
        exported = io.BytesIO()
        export(store, vocab, "turtle", exported)
        out["turtle"] = {(s, p, normalize(o)) for s, p, o in Graph().parse(data=exported.getvalue(), format="turtle")}
        return out

    with open_kind("oxigraph", path) as store:
        assert all(o.ok for o in load_paths(store, [str(sample_path), str(second)], cached_pipeline))
        expected, quads = answers(store), set(store.quads())
    assert expected["bodies_jurisdictions"] and expected["facts_per_article"]
    _as_format_1(path)
    # read-only, it cannot be brought up to date: refused, with what to do, and left as it was
    with pytest.raises(StoreError, match="earlier version.*format 1.*open it once for writing"):
        open_store("oxigraph", path, read_only=True)
    assert json.loads((path / MARKER).read_text())["format"] == 1
    with open_store("oxigraph", path) as store:
        assert json.loads((path / MARKER).read_text())["format"] == 3
        assert merge_of(store) == union_of_graphs(store)
        assert set(store.quads()) == quads
        assert answers(store) == expected


FORMAT_2_SAMPLE = Path(__file__).parent / "data" / "store-format-2-sample.nq.gz"


def test_a_store_of_the_second_format_gets_its_sentences_as_a_load_would_write_them(cached_pipeline, sample_path,
                                                                                  tmp_path):
    """The sample article as the previous version stored it (each evidence record quoting its
    sentence itself: tests/data/store-format-2-sample.nq.gz, dumped from that version's store):
    opened for writing, the store holds what this version's load of the article holds, in
    place (no reload needed, so nothing else the store holds is put at risk), and a reload
    then changes nothing."""
    import gzip

    old = gzip.decompress(FORMAT_2_SAMPLE.read_bytes())
    # the file it was read from, there: here, the sample is where this checkout keeps it
    old = re.sub(rb'(ontology#retrievedFrom> )"[^"]*"', lambda m: m.group(1) + json.dumps(str(sample_path)).encode(), old)
    path = tmp_path / "store"
    native = ox.Store(str(path))
    native.bulk_load(old, ox.RdfFormat.N_QUADS)   # the article's graph, and the merge:
    native.extend([ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(old, format=ox.RdfFormat.N_QUADS)])
    native.flush()
    del native
    (path / MARKER).write_text(json.dumps({"format": 2, "program": "renda-kg"}))
    quoting = "<https://w3id.org/renda-kg/ontology#quote>"
    assert old.count(b"/id/evidence/") and all(b"/id/sentence/" not in line for line in old.splitlines()
                                               if quoting.encode() in line)
    with pytest.raises(StoreError, match="earlier version.*format 2"):
        open_store("oxigraph", path, read_only=True)
    result = cached_pipeline.process_file(sample_path)
    with open_store("oxigraph", path) as store:
        assert json.loads((path / MARKER).read_text())["format"] == 3
        assert set(store.graph(result.graph_name)) == {(s, p, normalize(o)) for s, p, o in result.graph}
        assert merge_of(store) == union_of_graphs(store)
        assert _quotes(store)
    with open_store("oxigraph", path) as store:   # a reload of the upgraded article changes nothing
        outcome = load_paths(store, [str(sample_path)], cached_pipeline)[0]
        assert outcome.ok and (outcome.added, outcome.removed) == (0, 0)


def test_a_store_opened_read_only_gives_its_graphs_and_quads(tmp_path, cached_pipeline, sample_path):
    """A reader that opens the store read-only (the bench, a second process) reads each
    graph as the writer does; through rdflib's Dataset, Oxigraph refused (it would create
    the graph first)."""
    with open_store("oxigraph", tmp_path / "store") as store:
        assert all(o.ok for o in load_paths(store, [str(sample_path)], cached_pipeline))
        expected = {name: set(store.graph(name)) for name in store.graph_names()}
        quads = set(store.quads())
    assert len(expected) >= 2 and all(expected.values())   # the article and the ontology
    with open_store("oxigraph", tmp_path / "store", read_only=True) as reader:
        assert {name: set(reader.graph(name)) for name in reader.graph_names()} == expected
        assert set(reader.quads()) == quads



def test_answers_from_the_embedded_store_are_the_terms_rdflib_builds(tmp_path):
    """The store builds the rdflib terms of an answer itself, faster than rdflib's
    constructors (graph/store.py): each must be the object rdflib would build, down to
    the value and attributes that rdflib keeps (a newer rdflib could add one)."""
    ex = "http://example.org/"
    graph = Graph()
    expected_objects = [
        URIRef(ex + "桐乡市"),
        Literal("桐乡市人大常委会"),                                  # plain: an xsd:string
        Literal("Tongxiang", lang="en"),
        Literal("42", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
        Literal("2024-05-01+08:00", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"),
                normalize=False),
    ]
    for i, obj in enumerate(expected_objects):
        graph.add((URIRef(ex + f"s{i}"), URIRef(ex + "p"), obj))
    with open_store("oxigraph", tmp_path / "store") as store:
        store.replace_graph(URIRef(ex + "g"), graph)
        answered = store.answer(f"SELECT ?s ?o WHERE {{ GRAPH <{ex}g> {{ ?s ?o_p ?o }} }} ORDER BY ?s").rows
        quads = {s: o for s, _, o, _ in store.quads([URIRef(ex + "g")])}
    assert [row[1] for row in answered] == expected_objects
    for (subject, got), want in zip(answered, expected_objects):
        assert quads[subject] == got and type(subject) is URIRef and subject == URIRef(str(subject))
        for term in (got, quads[subject]):
            assert type(term) is type(want) and str(term) == str(want) and hash(term) == hash(want)
            for slot in getattr(type(want), "__slots__", ()):
                assert getattr(term, slot) == getattr(want, slot), (want, slot)
            assert term.n3() == want.n3()

def test_terms_built_fast_are_the_terms_rdflib_builds():
    """Article graphs are built with graph/terms.py's constructors: each term must be the
    object rdflib's constructor gives, slot by slot, or graphs would compare unequal."""
    pairs = [
        (iri("https://w3id.org/renda-kg/id/body/0a1b"), URIRef("https://w3id.org/renda-kg/id/body/0a1b")),
        (string("桐乡市人大常委会"), Literal("桐乡市人大常委会")),
        (string("桐乡市", "zh"), Literal("桐乡市", lang="zh")),
        (integer(0), Literal(0, datatype=XSD.integer)),
        (integer(1234), Literal(1234, datatype=XSD.integer)),
        (integer(-7), Literal(-7, datatype=XSD.integer)),
    ]
    for fast, want in pairs:
        assert type(fast) is type(want) and str(fast) == str(want) and hash(fast) == hash(want) and fast == want
        for slot in getattr(type(want), "__slots__", ()):
            assert getattr(fast, slot) == getattr(want, slot), (want, slot)
        assert fast.n3() == want.n3()


def test_n_triples_writes_every_literal_so_that_it_reads_back_the_same():
    """The fast N-Triples writer feeds validation and the store: quotes, backslashes, line
    breaks, tabs, control characters, language tags, datatypes and blank nodes must all
    read back as the same graph, one statement a line."""
    ex = "http://example.org/"
    graph = Graph()
    texts = ['他说"好"', "a\\b", "第一行\n第二行\r\n", "tab\there", "bell\x07 esc\x1b del\x7f",
             "\u2028 line separator", "emoji 🏛", " ", "'single'"]
    for i, text in enumerate(texts):
        graph.add((URIRef(ex + f"s{i}"), RDFS.label, Literal(text)))
        graph.add((URIRef(ex + f"s{i}"), RDFS.comment, Literal(text, lang="zh-Hans")))
    graph.add((URIRef(ex + "n"), URIRef(ex + "count"), Literal(42)))
    graph.add((URIRef(ex + "n"), URIRef(ex + "when"), Literal("2024-05-01+08:00", datatype=XSD.date, normalize=False)))
    blank = BNode()
    graph.add((blank, RDF.type, URIRef(ex + "Thing")))
    graph.add((URIRef(ex + "n"), URIRef(ex + "has"), blank))
    text = n_triples(graph)
    assert text.count("\n") == len(graph) and text.endswith(" .\n")
    # read back as rdflib's own writer's text reads back (rdflib's parser drops a date's zone)
    reference = graph.serialize(format="nt")
    assert isomorphic(Graph().parse(data=text, format="nt"), Graph().parse(data=reference, format="nt"))

    def ground(nt):  # Oxigraph's reading, strictly; blank nodes aside (their names differ)
        return {t for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
                if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)}
    assert ground(text) == ground(reference) and len(ground(text)) == len(graph) - 2


LOAD_AFTER_THE_JVM = """
import sys
from pathlib import Path
from renda_kg import pipeline
from renda_kg.graph.qc import OwlApi, OwlApiUnavailable
from renda_kg.graph.store import open_store

try:
    OwlApi()  # the OWL API checks start a Java VM in this process (JPype)
except OwlApiUnavailable as exc:
    print("no OWL API here:", exc)
    sys.exit(0)
folder = Path(sys.argv[1])
files = sorted(str(p) for p in (folder / "corpus").iterdir() if p.name.startswith("article-"))
outcomes = pipeline.load_batched(lambda: open_store("oxigraph", folder / "store"), files, jobs=2)
assert all(o.ok for o in outcomes) and len(outcomes) == len(files), [o.problem for o in outcomes]
print("loaded", len(outcomes))
"""


def test_a_parallel_load_after_the_owl_api_checks_does_not_hang(tmp_path):
    """A process that ran the OWL API checks (a JVM through JPype) and then loads with
    workers: forked from it, a worker hung for ever in JPype's garbage-collection hook
    (it hung the test suite once). The load runs in a child process with a time limit."""
    import subprocess
    import sys

    from renda_kg.generate import generate

    generate(16, tmp_path / "corpus", seed=5)
    try:
        done = subprocess.run([sys.executable, "-c", LOAD_AFTER_THE_JVM, str(tmp_path)], capture_output=True,
                              text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("a parallel load after the OWL API checks did not finish in 300 s")
    assert done.returncode == 0, done.stderr[-2000:]
    if done.stdout.startswith("no OWL API here"):   # found by the child: no VM in this process
        pytest.skip(done.stdout.strip())
    assert "loaded 16" in done.stdout


def _edited_ontology(tmp_path, edit) -> Path:
    """A copy of the ontology files with ``edit`` applied to renda.ttl's text."""
    import shutil
    from renda_kg.graph.vocab import ontology_dir
    folder = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), folder, ignore=shutil.ignore_patterns("qc", "*.py", "*.md", "__pycache__"))
    target = folder / "renda.ttl"
    target.write_text(edit(target.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def test_a_load_that_refuses_every_article_leaves_the_ontology_graph_as_it_was(tmp_path, sample_path):
    from renda_kg.graph.vocab import load_vocabulary
    from renda_kg.pipeline import Pipeline, load_batched, load_paths
    store_path = tmp_path / "store"
    with open_store("oxigraph", store_path) as store:
        assert all(o.ok for o in load_paths(store, [str(sample_path)]))
        before = set(store.quads())
    edited = load_vocabulary(_edited_ontology(tmp_path, lambda t: t.replace('"引文"@zh', '"原句"@zh')))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with open_store("oxigraph", store_path) as store:
        assert not any(o.ok for o in load_paths(store, [str(empty)], Pipeline(edited)))
        assert set(store.quads()) == before
    outcomes = load_batched(lambda: open_store("oxigraph", store_path), [str(empty)], pipeline=Pipeline(edited))
    assert not any(o.ok for o in outcomes)
    with open_store("oxigraph", store_path) as store:
        assert set(store.quads()) == before
        # and the first article that loads brings the edit in
        assert all(o.ok for o in load_paths(store, [str(sample_path)], Pipeline(edited)))
        assert (None, None, Literal("原句", lang="zh")) in store.graph(edited.iri)


def test_an_ontology_without_a_class_the_extractor_uses_refuses_articles_by_name(tmp_path, sample_path):
    import re
    from renda_kg.graph.vocab import load_vocabulary
    from renda_kg.pipeline import Pipeline, load_paths
    # the sample's 代表联盟 are rk:DeputyAlliance, a class the extractor names (the shapes do not)
    folder = _edited_ontology(tmp_path, lambda t: re.sub(r"\nrk:DeputyAlliance a owl:Class.*?\.\n", "\n", t, flags=re.S))
    vocab = load_vocabulary(folder)
    with open_store("oxigraph", tmp_path / "store") as store:
        (outcome,) = load_paths(store, [str(sample_path)], Pipeline(vocab))
        assert not outcome.ok
        assert "renda.ttl" in outcome.problem and "DeputyAlliance" in outcome.problem, outcome.problem
        assert store.graph_names() == []


def _ontology_copy(tmp_path) -> Path:
    """A user's copy of the ontology files, to edit as in Protégé."""
    import shutil
    from renda_kg.graph.vocab import ontology_dir
    folder = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), folder, ignore=shutil.ignore_patterns("qc", "*.py", "*.md", "__pycache__"))
    return folder


def test_a_shape_naming_an_undeclared_class_is_refused_with_the_file(tmp_path):
    from renda_kg.graph.vocab import load_vocabulary
    folder = _ontology_copy(tmp_path)
    shapes = folder / "shapes.ttl"
    text = shapes.read_text(encoding="utf-8")
    assert "sh:targetClass rk:Evidence" in text
    shapes.write_text(text.replace("sh:targetClass rk:Evidence", "sh:targetClass rk:Evidense", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"shapes.ttl: sh:targetClass rk:Evidense is not declared"):
        load_vocabulary(folder)


def test_a_store_that_fails_halfway_through_a_batch_is_told_what_it_holds(tmp_path):
    """A server that goes away after some of a batch's articles: those are reported as
    loaded, and the error says how many went in before it."""
    from renda_kg.generate import generate
    from renda_kg.graph.store import MemoryStore
    from renda_kg.pipeline import load_batched

    class GoesAway(MemoryStore):
        commits = 0

        def replace_nt_counting(self, name, nt):
            if GoesAway.commits == 3:
                raise StoreError("http://127.0.0.1:1/sparql: connection refused (is the server running?)")
            GoesAway.commits += 1
            return super().replace_nt_counting(name, nt)

    generate(6, tmp_path / "corpus", "halfway")
    store = GoesAway()
    heard = []
    with pytest.raises(StoreError) as err:
        load_batched(lambda: store, [str(tmp_path / "corpus")], jobs=1, on_outcome=heard.append,
                     batch_seconds=600)   # one batch of six, however slow the machine
    loaded = [o for o in heard if o.ok]
    assert len(loaded) == 3 and all(o.written for o in loaded)
    assert "connection refused" in str(err.value)
    assert "3 article(s) of the batch being written were written before the failure" in str(err.value)
    assert len([g for g in store.graph_names() if "/article/" in str(g)]) == 3


# ---------------------------------------------------------------------------- a corrected article
@pytest.mark.parametrize("how", ["load_paths", "load_batched"])
def test_an_article_whose_title_was_corrected_replaces_the_one_read_from_its_file_before(tmp_path, how):
    """A file loaded again with its title (or date) corrected names a new article graph (the
    name comes from the title, time and source where the page gives no URL): the one read
    from that file before must go, or every count of the article is doubled."""
    from renda_kg import pipeline

    article = tmp_path / "a.txt"
    text = "曹县人大常委会召开主任会议\n时间：2025-05-10\n\n5月9日，山东省菏泽市曹县人大常委会召开主任会议，听取县住建局的汇报。\n"
    article.write_text(text, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text(SECOND_ARTICLE, encoding="utf-8")

    def load(paths):
        if how == "load_paths":
            with open_store("oxigraph", tmp_path / "store") as store:
                return pipeline.load_paths(store, paths)
        return pipeline.load_batched(lambda: open_store("oxigraph", tmp_path / "store"), paths, jobs=1)

    assert all(o.ok for o in load([str(article), str(other)]))
    article.write_text(text.replace("召开主任会议\n", "召开第三十次主任会议\n", 1), encoding="utf-8")
    (outcome,) = load([str(article)])
    assert outcome.ok and any("replaces the article read from" in w for w in outcome.warnings), outcome.warnings
    with open_store("oxigraph", tmp_path / "store") as store:
        titles = sorted(str(r[0]) for r in store.answer(
            "SELECT ?t WHERE { GRAPH ?g { ?g a <https://w3id.org/renda-kg/ontology#Article> ; "
            "<http://purl.org/dc/terms/title> ?t } }").rows)
    assert titles == sorted(["曹县人大常委会召开第三十次主任会议", SECOND_ARTICLE.splitlines()[0]]), titles


def test_a_class_misspelt_in_the_ontology_is_pointed_at_there(tmp_path):
    # a Protégé user renames rk:TownCongress by mistake: the shapes name it first, and the
    # message must lead to the ontology's misspelt term, not only to the shapes file
    from renda_kg.graph.vocab import load_vocabulary
    folder = _ontology_copy(tmp_path)
    ontology = folder / "renda.ttl"
    text = ontology.read_text(encoding="utf-8")
    assert "rk:TownCongress a owl:Class" in text
    ontology.write_text(text.replace("rk:TownCongress a owl:Class", "rk:TownCongres a owl:Class", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"rk:TownCongress is not declared in the ontology; the ontology "
                                         r"\(.*renda.ttl.*\) declares rk:TownCongres: a typo there or here\?"):
        load_vocabulary(folder)

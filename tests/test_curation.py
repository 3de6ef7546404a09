"""A reviewer's corrections: added facts and suppressions that survive reloading."""
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from renda_kg.graph.curation import CurationError, apply_curation, read_curation, stored_curations, withdraw_curation
from renda_kg.graph.store import open_store
from renda_kg.graph.vocab import default_vocabulary
from renda_kg.pipeline import load_paths

SAMPLE = Path(__file__).parents[1] / "loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt"

CURATION = """\
reviewer: 张三 <mailto:zhangsan@example.org>
add:
  - subject: 大麻镇人大
    predicate: rk:pilots
    object: 民生实事项目票决制
    note: 试点先行 refers to the 17 项制度
  - subject: 乌镇镇人大
    predicate: rk:hasBrand
    object: 乌镇议事厅
    object_kind: WorkBrand
suppress:
  - subject: 桐乡市人大常委会
    predicate: rk:operatesMechanism
    object: 视察调研
"""


def _iri(store, label):
    rows = list(store.query(f'SELECT DISTINCT ?e WHERE {{ ?e <{RDFS.label}> "{label}"@zh }}'))
    assert len(rows) == 1, (label, rows)
    return rows[0][0]


def _has(store, s, p, o, graphs):
    return any((s, p, o) == (qs, qp, qo) for qs, qp, qo, _ in store.quads(graphs))


@pytest.fixture()
def store(tmp_path):
    with open_store("oxigraph", tmp_path / "store") as st:
        assert all(o.ok for o in load_paths(st, [str(SAMPLE)]))
        yield st


def test_additions_and_suppressions_apply_and_survive_reload(store, tmp_path):
    vocab = default_vocabulary()
    rk = vocab.ns
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    sc, survey = _iri(store, "桐乡市人大常委会"), URIRef(f"{vocab.instance_ns}mechanism/inspection-survey")
    articles = [g for g in store.graph_names() if "/article/" in str(g)]
    assert _has(store, sc, rk.operatesMechanism, survey, articles), "the sample yields the fact to suppress"

    curation_file = read_curation(path, store, vocab)
    added, removed = apply_curation(store, curation_file, vocab)
    assert (added, removed) == (2, 1)
    assert not _has(store, sc, rk.operatesMechanism, survey, articles)
    # the evidence of the suppressed fact went with it
    assert not [ev for ev in store.graph(articles[0]).subjects(RDF.subject, sc)
                if store.graph(articles[0]).value(ev, RDF.object) == survey
                and store.graph(articles[0]).value(ev, RDF.predicate) == rk.operatesMechanism]

    curation = store.graph(curation_file.graph_name)
    dama = _iri(store, "大麻镇人大")
    assert (dama, rk.pilots, URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")) in curation
    statements = list(curation.subjects(RDF.type, rk.CuratedStatement))
    assert len(statements) == 2
    reviewer = curation.value(statements[0], vocab.term("prov:wasAttributedTo"))
    assert curation.value(reviewer, RDFS.label) == Literal("张三 <mailto:zhangsan@example.org>")
    brand = _iri(store, "乌镇议事厅")
    assert (brand, RDF.type, rk.WorkBrand) in curation

    # kept apart from extracted facts, and the article reloads without undoing the review
    assert all(not _has(store, dama, rk.pilots, o, articles) for o in [URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")])
    assert all(o.ok for o in load_paths(store, [str(SAMPLE)]))
    assert not _has(store, sc, rk.operatesMechanism, survey, articles)
    assert (dama, rk.pilots, URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")) in store.graph(curation_file.graph_name)


@pytest.mark.parametrize("text, problem", [
    ("add: []\n", "reviewer"),
    ("reviewer: x\nadd:\n  - subject: 不存在的机构\n    predicate: rk:guides\n    object: 乌镇镇人大\n", "not the label of anything"),
    ("reviewer: x\nadd:\n  - subject: 乌镇镇人大\n    predicate: rk:noSuchProperty\n    object: 乌镇镇\n",
     "predicate: 'rk:noSuchProperty' is not declared"),   # (quoted once, not as a KeyError's repr)
    # a suppression cannot create what it names: no hint to give a kind
    ("reviewer: x\nsuppress:\n  - subject: 乌镇镇人大\n    predicate: rk:guides\n    object: 不存在的机构\n    object_kind: TownCongress\n",
     "nothing to suppress"),
    ("reviewer: x\nsuppress:\n  - subject: 乌镇镇人大\n    object: 乌镇镇\n", "predicate"),
    ("reviewer: [unclosed\n", "not valid YAML"),
])
def test_bad_curation_files_are_refused_and_change_nothing(store, tmp_path, text, problem):
    vocab = default_vocabulary()
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    before = set(store.quads())
    with pytest.raises(CurationError) as err:
        apply_curation(store, read_curation(path, store, vocab), vocab)
    assert str(path) in str(err.value) and problem in str(err.value)
    assert set(store.quads()) == before


def _curate(store, tmp_path, name, text):
    vocab = default_vocabulary()
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return apply_curation(store, read_curation(path, store, vocab), vocab)


ADD_ONLY = CURATION.split("suppress:")[0]
SUPPRESS_ONLY = "reviewer: 李四\nsuppress:" + CURATION.split("suppress:")[1]


def test_several_files_add_up_and_survive_reload(store, tmp_path):
    vocab = default_vocabulary()
    rk = vocab.ns
    articles = [g for g in store.graph_names() if "/article/" in str(g)]
    sc, survey = _iri(store, "桐乡市人大常委会"), URIRef(f"{vocab.instance_ns}mechanism/inspection-survey")
    _curate(store, tmp_path, "a.yaml", SUPPRESS_ONLY)
    _curate(store, tmp_path, "b.yaml", ADD_ONLY)
    # b's additions did not undo a's suppression, and a reload still applies it
    assert not _has(store, sc, rk.operatesMechanism, survey, articles)
    assert all(o.ok for o in load_paths(store, [str(SAMPLE)]))
    assert not _has(store, sc, rk.operatesMechanism, survey, articles)
    dama, voting = _iri(store, "大麻镇人大"), URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")
    assert _has(store, dama, rk.pilots, voting, None)
    # the two files' graphs are apart: each has its own records
    curated = [g for g in store.graph_names() if "/curation" in str(g)]
    assert len(curated) == 2


def test_running_a_file_again_changes_nothing(store, tmp_path):
    _curate(store, tmp_path, "c.yaml", CURATION)
    before = set(store.quads())
    assert _curate(store, tmp_path, "c.yaml", CURATION) == (2, 0)
    assert set(store.quads()) == before
    brand = _iri(store, "乌镇议事厅")   # the created entity keeps its label (and kind)
    assert (brand, RDF.type, default_vocabulary().ns.WorkBrand) in {(s, p, o) for s, p, o, _ in store.quads()}


def test_an_edited_file_withdraws_what_it_no_longer_says(store, tmp_path):
    vocab = default_vocabulary()
    _curate(store, tmp_path, "d.yaml", ADD_ONLY)
    dama, voting = _iri(store, "大麻镇人大"), URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")
    assert _has(store, dama, vocab.ns.pilots, voting, None)
    only_brand = ADD_ONLY.split("  - subject: 大麻镇人大")[0] + "  - subject: 乌镇镇人大" + ADD_ONLY.split("  - subject: 乌镇镇人大")[1]
    assert _curate(store, tmp_path, "d.yaml", only_brand) == (1, 0)
    assert not _has(store, dama, vocab.ns.pilots, voting, None)
    assert _iri(store, "乌镇议事厅")


def test_a_curation_that_breaks_the_shapes_is_refused_and_changes_nothing(store, tmp_path):
    vocab = default_vocabulary()
    bad = ("reviewer: 王五\nadd:\n  - {subject: 大麻镇人大, predicate: rk:hasJurisdiction, object: 民生实事项目票决制}\n"
           "suppress:\n  - {subject: 桐乡市人大常委会, predicate: rk:operatesMechanism, object: 视察调研}\n")
    before = set(store.quads())
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(CurationError) as err:
        apply_curation(store, read_curation(path, store, vocab), vocab)
    assert str(path) in str(err.value) and "shapes" in str(err.value) and "大麻镇人大" in str(err.value)
    assert set(store.quads()) == before   # the suppression in the same file was put back too


def test_a_curation_that_fails_halfway_puts_every_graph_back(store, tmp_path):
    """The suppression is written to the article graph, then the curation graph cannot be:
    the article graph is put back as it was."""
    vocab = default_vocabulary()
    path = tmp_path / "c.yaml"
    path.write_text(CURATION, encoding="utf-8")
    curation = read_curation(path, store, vocab)
    before = set(store.quads())
    replace = store.replace_graph

    def failing(name, graph):
        if name == curation.graph_name:
            raise OSError("disk full")
        replace(name, graph)

    store.replace_graph = failing
    with pytest.raises(OSError, match="disk full"):
        apply_curation(store, curation, vocab)
    store.replace_graph = replace
    assert set(store.quads()) == before


def test_a_moved_curation_file_can_be_listed_and_withdrawn_by_its_old_path(store, tmp_path):
    """A file moved to another folder is a new file (its graph is named from its path): the
    old path's corrections stay until withdrawn, by that path, though no file is there."""
    vocab = default_vocabulary()
    rk = vocab.ns
    old, new = tmp_path / "a" / "fixes.yaml", tmp_path / "b" / "fixes.yaml"
    old.parent.mkdir()
    new.parent.mkdir()
    old.write_text(CURATION, encoding="utf-8")
    apply_curation(store, read_curation(old, store, vocab), vocab)
    old.rename(new)
    new.write_text(CURATION.split("suppress:")[0], encoding="utf-8")   # edited after the move: no suppression
    apply_curation(store, read_curation(new, store, vocab), vocab)
    listed = {c.file: c for c in stored_curations(store, vocab)}
    assert set(listed) == {str(old.resolve()), str(new.resolve())}
    assert (listed[str(old.resolve())].added, listed[str(old.resolve())].suppressed) == (2, 1)
    assert listed[str(old.resolve())].reviewers == ("张三 <mailto:zhangsan@example.org>",)

    gone = withdraw_curation(store, vocab, str(old))
    assert gone.file == str(old.resolve()) and not old.exists()
    assert [c.file for c in stored_curations(store, vocab)] == [str(new.resolve())]
    # the new file still adds what both said; the old file's suppression no longer holds on a reload
    dama, voting = _iri(store, "大麻镇人大"), URIRef(f"{vocab.instance_ns}mechanism/livelihood-project-voting")
    assert list(store.query(f"ASK {{ <{dama}> <{rk.pilots}> <{voting}> }}"))[0]
    sc, survey = _iri(store, "桐乡市人大常委会"), URIRef(f"{vocab.instance_ns}mechanism/inspection-survey")
    assert all(o.ok for o in load_paths(store, [str(SAMPLE)]))
    articles = [g for g in store.graph_names() if "/article/" in str(g)]
    assert _has(store, sc, rk.operatesMechanism, survey, articles)

    withdraw_curation(store, vocab, str(stored_curations(store, vocab)[0].graph_name))  # by its graph IRI
    assert stored_curations(store, vocab) == []
    assert not list(store.query(f"ASK {{ <{dama}> <{rk.pilots}> <{voting}> }}"))[0]


def test_withdrawing_a_curation_the_store_does_not_have_names_what_it_has(store, tmp_path):
    vocab = default_vocabulary()
    path = tmp_path / "fixes.yaml"
    path.write_text(CURATION, encoding="utf-8")
    apply_curation(store, read_curation(path, store, vocab), vocab)
    before = sorted(store.graph_names())
    with pytest.raises(CurationError, match=r"elsewhere\.yaml: no curation from this file or graph.*\n.*fixes\.yaml"):
        withdraw_curation(store, vocab, str(tmp_path / "elsewhere.yaml"))
    assert sorted(store.graph_names()) == before

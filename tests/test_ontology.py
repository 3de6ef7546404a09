"""The ontology files: they parse, declare what the program and users rely on, are
documented in Chinese and English, are consistent under a real OWL reasoner, and the
program follows edits made to them."""
from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from renda_kg.graph.validate import validate
from renda_kg.graph.vocab import ONTOLOGY_ENV, UnknownTerm, default_vocabulary, load_vocabulary
from renda_kg.pipeline import Pipeline

from conftest import FOAF, ONTOLOGY_DIR, ONTOLOGY_IRI, ORG, PROV, RK

TTL_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))
ONTOLOGY_FILES = [p for p in TTL_FILES if not p.name.startswith("shapes")]
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _parse(paths) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


# Parsed at collection so every declared term becomes its own test case.
ONTOLOGY = _parse(ONTOLOGY_FILES)
RENDA = _parse([ONTOLOGY_DIR / "renda.ttl"])


def _curie(iri: URIRef) -> str:
    return ONTOLOGY.namespace_manager.normalizeUri(iri)


def _declared_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)})


TERMS = _declared_terms(RENDA)
RK_TERMS = [t for t in TERMS if str(t).startswith(str(RK))]
EXTERNAL_TERMS = [t for t in TERMS if not str(t).startswith(str(RK))]
RK_CLASSES = sorted(c for c in ONTOLOGY.subjects(RDF.type, OWL.Class) if str(c).startswith(str(RK)))
INDIVIDUALS = sorted(ONTOLOGY.subjects(RDF.type, OWL.NamedIndividual))


def _langs(graph: Graph, s: URIRef, p: URIRef) -> list[str | None]:
    return [o.language for o in graph.objects(s, p) if isinstance(o, Literal)]


def _ancestors(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


# ---------------------------------------------------------------------------- files
@pytest.mark.parametrize("path", TTL_FILES, ids=[p.name for p in TTL_FILES])
def test_file_parses_as_turtle(path):
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0


def test_the_expected_files_are_there():
    names = {p.name for p in TTL_FILES}
    assert {"renda.ttl", "mechanisms.ttl", "shapes.ttl"} <= names


def test_ontology_header():
    headers = set(ONTOLOGY.subjects(RDF.type, OWL.Ontology))
    assert headers == {URIRef(ONTOLOGY_IRI)}
    assert ONTOLOGY.value(URIRef(ONTOLOGY_IRI), OWL.versionIRI) is not None


def test_no_owl_imports_so_it_opens_offline():
    everything = _parse(TTL_FILES)
    assert list(everything.triples((None, OWL.imports, None))) == []


def test_vocabulary_reads_the_ontology_iri_and_namespaces(vocab):
    assert str(vocab.iri) == ONTOLOGY_IRI
    assert str(vocab.ns) == str(RK)
    assert str(vocab.instance_ns) == "https://w3id.org/renda-kg/id/"


# ---------------------------------------------------------------------------- classes
REQUIRED_CLASSES = ["CongressBody", "AdministrativeArea", "Town", "Subdistrict", "RepresentativeGroup",
                    "LiaisonStation", "Mechanism", "Law", "Article", "Person", "Meeting"]


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_required_class_is_declared(name):
    assert (RK[name], RDF.type, OWL.Class) in ONTOLOGY


@pytest.mark.parametrize("name", ["Town", "Subdistrict"])
def test_area_kinds_are_administrative_areas(name):
    assert (RK[name], RDFS.subClassOf, RK.AdministrativeArea) in ONTOLOGY


@pytest.mark.parametrize("name", ["StandingCommittee", "TownCongress", "SubdistrictWorkingCommittee",
                                  "SpecialCommittee", "WorkingCommittee", "ChairpersonsMeeting"])
def test_body_kinds_are_congress_bodies(name):
    assert (RK[name], RDF.type, OWL.Class) in ONTOLOGY
    assert RK.CongressBody in _ancestors(ONTOLOGY, RK[name])


@pytest.mark.parametrize("cls, parent", [
    (RK.CongressBody, ORG.FormalOrganization),
    (RK.RepresentativeGroup, ORG.Organization),
    (RK.Person, FOAF.Person),
    (RK.Article, PROV.Entity),
], ids=["CongressBody<org:FormalOrganization", "RepresentativeGroup<org:Organization",
        "Person<foaf:Person", "Article<prov:Entity"])
def test_alignment_with_standard_vocabularies(cls, parent):
    assert parent in _ancestors(ONTOLOGY, cls)
    assert (parent, RDF.type, OWL.Class) in ONTOLOGY  # declared, since nothing is imported


def test_subdistrict_is_not_a_town():
    assert RK.Town not in _ancestors(ONTOLOGY, RK.Subdistrict)
    assert RK.PeoplesCongress not in _ancestors(ONTOLOGY, RK.SubdistrictWorkingCommittee)


# ---------------------------------------------------------------------------- documentation
@pytest.mark.parametrize("term", TERMS, ids=[_curie(t) for t in TERMS])
def test_term_has_labels_and_english_definition(term):
    labels = _langs(RENDA, term, RDFS.label)
    assert labels.count("zh") == 1, f"{_curie(term)}: want one rdfs:label@zh, have {labels}"
    assert labels.count("en") == 1, f"{_curie(term)}: want one rdfs:label@en, have {labels}"
    definitions = _langs(RENDA, term, SKOS.definition)
    assert "en" in definitions, f"{_curie(term)}: no skos:definition@en"
    for d in RENDA.objects(term, SKOS.definition):
        assert str(d).strip(), f"{_curie(term)}: empty definition"


@pytest.mark.parametrize("term", RK_TERMS, ids=[_curie(t) for t in RK_TERMS])
def test_rk_term_has_chinese_definition(term):
    assert "zh" in _langs(RENDA, term, SKOS.definition), f"{_curie(term)}: no skos:definition@zh"


def test_terms_cover_classes_properties_and_external_terms():
    # guards the parametrisation above: it must not silently test nothing
    kinds = {t for term in RK_TERMS for t in RENDA.objects(term, RDF.type)}
    assert set(TERM_TYPES) <= kinds
    assert {ORG.FormalOrganization, ORG.subOrganizationOf, FOAF.Person, PROV.Entity} <= set(EXTERNAL_TERMS)


@pytest.mark.parametrize("ind", INDIVIDUALS, ids=[_curie(i) for i in INDIVIDUALS])
def test_named_individual_is_documented_and_typed(ind):
    labels = _langs(ONTOLOGY, ind, RDFS.label)
    assert labels.count("zh") == 1 and "en" in labels, f"{_curie(ind)}: labels {labels}"
    assert "en" in _langs(ONTOLOGY, ind, SKOS.definition)
    kinds = [t for t in ONTOLOGY.objects(ind, RDF.type) if t != OWL.NamedIndividual]
    assert kinds and all((k, RDF.type, OWL.Class) in ONTOLOGY for k in kinds)
    assert all(lang == "zh" for lang in _langs(ONTOLOGY, ind, SKOS.altLabel))


def test_every_external_term_says_where_it_is_defined():
    for term in EXTERNAL_TERMS:
        assert RENDA.value(term, RDFS.isDefinedBy) is not None, _curie(term)


# ---------------------------------------------------------------------------- the code's view
@pytest.mark.parametrize("term", RK_TERMS, ids=[_curie(t) for t in RK_TERMS])
def test_vocabulary_resolves_every_rk_term(vocab, term):
    local = str(term)[len(str(RK)):]
    assert vocab.term(local) == term
    assert vocab.term(f"rk:{local}") == term


@pytest.mark.parametrize("term", EXTERNAL_TERMS, ids=[_curie(t) for t in EXTERNAL_TERMS])
def test_vocabulary_resolves_every_external_term(vocab, term):
    assert vocab.term(_curie(term)) == term


@pytest.mark.parametrize("cls", RK_CLASSES, ids=[_curie(c) for c in RK_CLASSES])
def test_every_class_can_mint_instance_iris(vocab, cls):
    segment = vocab.iri_segment(cls)
    assert segment and "/" not in segment and " " not in segment


@pytest.mark.parametrize("name", ["NoSuchClass", "rk:NoSuchClass", "town", "org:NoSuchTerm",
                                  "nope:Town", "Ontology"])
def test_undeclared_names_are_refused(vocab, name):
    with pytest.raises(UnknownTerm):
        vocab.term(name)


def test_renamed_class_is_caught_at_once(ontology_copy):
    """A rename in Protégé must make term() fail instead of writing dangling triples."""
    renda = ontology_copy / "renda.ttl"
    renda.write_text(renda.read_text(encoding="utf-8").replace("rk:LiaisonPoint ", "rk:LiaisonSpot "),
                     encoding="utf-8")
    edited = load_vocabulary(ontology_copy)
    assert edited.term("LiaisonSpot") == RK.LiaisonSpot
    with pytest.raises(UnknownTerm):
        edited.term("LiaisonPoint")


# ---------------------------------------------------------------------------- OWL reasoner
def _reason(graph: Graph, tmp_path: Path) -> owlready2.World:
    """Load ``graph`` into a fresh owlready2 World and run HermiT on it."""
    nt = tmp_path / "ontology.nt"
    nt.write_bytes(graph.serialize(format="nt", encoding="utf-8"))
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load(format="ntriples")
    with onto:
        owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    return world


def _with_disjoint_towns_and_subdistricts() -> Graph:
    g = Graph()
    for t in ONTOLOGY:
        g.add(t)
    g.add((RK.Town, OWL.disjointWith, RK.Subdistrict))
    return g


@pytest.mark.reasoner
def test_reasoner_finds_ontology_consistent_with_satisfiable_classes(tmp_path):
    world = _reason(ONTOLOGY, tmp_path)  # raises OwlReadyInconsistentOntologyError if inconsistent
    assert list(world.inconsistent_classes()) == []
    # the reasoner really saw our classes
    town = world.search_one(iri=str(RK.Town))
    assert town is not None
    assert world.search_one(iri=str(RK.AdministrativeArea)) in town.ancestors()


@pytest.mark.reasoner
def test_reasoner_finds_ontology_and_sample_data_consistent(tmp_path, sample_result):
    g = Graph()
    for t in ONTOLOGY:
        g.add(t)
    for t in sample_result.graph:
        g.add(t)
    world = _reason(g, tmp_path)
    assert list(world.inconsistent_classes()) == []


@pytest.mark.reasoner
def test_reasoner_reports_a_deliberate_inconsistency(tmp_path):
    g = _with_disjoint_towns_and_subdistricts()
    both = URIRef("https://w3id.org/renda-kg/id/area/test-town-and-subdistrict")
    g.add((both, RDF.type, OWL.NamedIndividual))
    g.add((both, RDF.type, RK.Town))
    g.add((both, RDF.type, RK.Subdistrict))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(g, tmp_path)


@pytest.mark.reasoner
def test_reasoner_reports_an_unsatisfiable_class(tmp_path):
    g = _with_disjoint_towns_and_subdistricts()
    g.add((RK.TownSubdistrict, RDF.type, OWL.Class))
    g.add((RK.TownSubdistrict, RDFS.subClassOf, RK.Town))
    g.add((RK.TownSubdistrict, RDFS.subClassOf, RK.Subdistrict))
    world = _reason(g, tmp_path)
    unsatisfiable = {c.iri for c in world.inconsistent_classes()} - {str(OWL.Nothing)}
    assert unsatisfiable == {str(RK.TownSubdistrict)}


# ---------------------------------------------------------------------------- edits are followed
NEW_MECHANISM = URIRef("https://w3id.org/renda-kg/id/mechanism/back-alley-renovation")
NEW_MECHANISM_TTL = """

mech:back-alley-renovation a owl:NamedIndividual , rk:Mechanism ;
    rdfs:label "背街小巷整治"@zh , "back-alley renovation"@en ;
    skos:definition "Renovating the lanes behind main streets."@en , "整治背街小巷。"@zh .
"""


def _mentions(graph: Graph, iri: URIRef) -> bool:
    return any(iri in triple for triple in graph)


def test_pipeline_follows_an_added_mechanism(ontology_copy, monkeypatch, sample_path, sample_result):
    assert "背街小巷整治" in sample_result.article.body
    assert not _mentions(sample_result.graph, NEW_MECHANISM)  # without the edit it is not there

    mechanisms = ontology_copy / "mechanisms.ttl"
    mechanisms.write_text(mechanisms.read_text(encoding="utf-8") + NEW_MECHANISM_TTL, encoding="utf-8")
    monkeypatch.setenv(ONTOLOGY_ENV, str(ontology_copy))

    edited = default_vocabulary()  # the environment variable picks the working copy
    assert edited.files is not None and all(p.parent == ontology_copy for p in edited.files.ontology)
    result = Pipeline(load_vocabulary(ontology_copy)).process_file(sample_path)
    g = result.graph
    assert (NEW_MECHANISM, RDF.type, RK.Mechanism) in g
    assert (result.graph_name, RK.mentions, NEW_MECHANISM) in g
    # linked to a body, with evidence naming the phrase
    linked = [s for s, p in g.subject_predicates(NEW_MECHANISM) if p != RK.mentions and p != RDF.object]
    assert linked, "the new mechanism is mentioned but not related to any body"
    quotes = [str(g.value(g.value(ev, RK.inSentence), RK.quote)) for ev in g.subjects(RDF.object, NEW_MECHANISM)]
    assert quotes and all("背街小巷整治" in q for q in quotes)


def test_pipeline_without_edit_ignores_the_copy(ontology_copy, sample_path):
    result = Pipeline(load_vocabulary(ontology_copy)).process_file(sample_path)
    assert not _mentions(result.graph, NEW_MECHANISM)


def test_ontology_env_points_at_a_folder(tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv(ONTOLOGY_ENV, str(empty))
    with pytest.raises(FileNotFoundError, match="no ontology files"):
        load_vocabulary()


def test_a_well_known_prefix_the_files_do_not_bind_still_names_its_terms():
    """Protégé's RDF/XML declares only the namespaces its elements use: PROV terms named only
    in rdf:resource values leave prov: unbound, and the program asks for prov:wasQuotedFrom."""
    from renda_kg.graph.vocab import OntologyFiles, Vocabulary, parse_ontology_files
    files = OntologyFiles.discover()
    bound = parse_ontology_files(list(files.ontology))
    bare = Graph(bind_namespaces="none")
    for triple in bound:
        bare.add(triple)
    bare.bind("rk", dict(bound.namespaces())["rk"])
    assert "prov" not in dict(bare.namespaces())
    vocab = Vocabulary(bare, parse_ontology_files(list(files.shapes)))
    assert str(vocab.term("prov:wasQuotedFrom")) == "http://www.w3.org/ns/prov#wasQuotedFrom"


def test_an_alias_added_to_a_mechanism_gives_the_same_facts_as_its_label(ontology_copy):
    """An alias added in Protégé (执法大体检 for 执法检查) is read as the inspection it names,
    and the law it inspects is inspected, not merely referred to."""
    from renda_kg.loaders.reader import parse_article
    mechanisms = ontology_copy / "mechanisms.ttl"
    text = mechanisms.read_text(encoding="utf-8")
    old = 'rdfs:label "执法检查"@zh , "enforcement inspection"@en ;'
    assert old in text
    mechanisms.write_text(text.replace(old, old + '\n    skos:altLabel "执法大体检"@zh ;'), encoding="utf-8")
    pipeline = Pipeline(load_vocabulary(ontology_copy))
    rk = pipeline.vocab.ns

    def facts(word):
        body = f"近日，桐乡市人大常委会组织开展《浙江省生态环境保护条例》{word}，听取市生态环境局工作汇报。"
        graph = pipeline.process(parse_article(("标题：桐乡市人大常委会开展" + word + "\n" + body).encode("utf-8"),
                                               "alias.txt")).graph
        return {(p, o) for _, p, o in graph if p in (rk.inspectsLaw, rk.refersToLaw, rk.operatesMechanism)}

    assert facts("执法大体检") == facts("执法检查")
    assert any(p == rk.inspectsLaw for p, _ in facts("执法大体检"))


def test_a_deprecated_class_gets_no_new_members(ontology_copy, sample_path):
    renda = ontology_copy / "renda.ttl"
    text = renda.read_text(encoding="utf-8")
    old = 'rdfs:label "代表联盟"@zh , "deputies\' alliance"@en ;'
    assert old in text
    renda.write_text(text.replace(old, old + "\n    owl:deprecated true ;"), encoding="utf-8")
    before = Pipeline(load_vocabulary(ONTOLOGY_DIR)).process_file(sample_path).graph
    after = Pipeline(load_vocabulary(ontology_copy)).process_file(sample_path).graph
    assert any(True for _ in before.subjects(RDF.type, RK.DeputyAlliance)), "the sample names 代表联盟"
    assert not any(True for _ in after.subjects(RDF.type, RK.DeputyAlliance))


@pytest.mark.parametrize("edit, classes, properties, replaced", [
    # a class the patterns find, with literal attributes and facts pointing at it
    ("rk:Quantity owl:deprecated true .", ["Quantity"], ["hasQuantity", "numericValue", "unit"], {}),
    # a superclass: its subclasses' members go too
    ("rk:RepresentativeGroup owl:deprecated true .",
     ["RepresentativeGroup", "DeputyGroup", "ProfessionalDeputyGroup", "DeputyAlliance"], [], {}),
    # an object property, and a datatype property
    ("rk:operatesMechanism owl:deprecated true .", [], ["operatesMechanism"], {}),
    ("rk:stationCount owl:deprecated true .", [], ["stationCount"], {}),
    # replaced: a town congress is read as a people's congress (its presidium still belongs to it)
    ("rk:TownCongress owl:deprecated true ; dcterms:isReplacedBy rk:PeoplesCongress .", ["TownCongress"], [],
     {"TownCongress": "PeoplesCongress"}),
    ("rk:inspectsLaw owl:deprecated true ; dcterms:isReplacedBy rk:refersToLaw .", [], ["inspectsLaw"],
     {"inspectsLaw": "refersToLaw"}),
])
def test_a_deprecated_term_is_no_longer_read_from_articles(ontology_copy, sample_path, edit, classes, properties,
                                                           replaced):
    """Marking a class or property owl:deprecated in Protégé stops every pattern that finds
    it: no new members (of it or of a class below it), no new statements, and nothing left
    pointing at what was dropped, so the article still conforms to the shapes. With
    dcterms:isReplacedBy, the replacement takes the members or statements over."""
    with (ontology_copy / "renda.ttl").open("a", encoding="utf-8") as renda:
        renda.write(f"\n{edit}\n")
    vocab = load_vocabulary(ontology_copy)
    before = Pipeline(load_vocabulary(ONTOLOGY_DIR)).process_file(sample_path).graph
    after = Pipeline(vocab).process_file(sample_path).graph

    def typed(graph, name):
        return set(graph.subjects(RDF.type, RK[name]))

    def stated(graph, name):
        return set(graph.subject_objects(RK[name])) | {("evidence", e) for e in graph.subjects(RDF.predicate, RK[name])}
    assert any(typed(before, c) for c in classes) or any(stated(before, p) for p in properties), "the sample has it"
    for name in classes:
        assert not typed(after, name), name
        if name in replaced:
            assert typed(before, name) <= typed(after, replaced[name])
        else:
            gone = typed(before, name)
            assert not any((s in gone or o in gone) for s, _, o in after), f"a statement still names a dropped {name}"
    for name in properties:
        assert not stated(after, name), name
        if name in replaced:
            assert {so for so in stated(before, name) if so[0] != "evidence"} <= stated(after, replaced[name])
    assert typed(after, "Article") and len(after) > len(before) / 3   # the rest of the article is still read
    report = validate(after, vocab)
    assert report.conforms, report.text()


def test_the_same_file_saved_in_two_syntaxes_is_refused(ontology_copy):
    renda = ontology_copy / "renda.ttl"
    Graph().parse(renda, format="turtle").serialize(ontology_copy / "renda.owl", format="xml")
    with pytest.raises(ValueError, match=r"renda.owl and renda.ttl are both here"):
        load_vocabulary(ontology_copy)


def test_a_syntax_error_in_an_edited_ontology_names_its_line(ontology_copy):
    """A hand edit that breaks the Turtle is reported with the file and the line of the
    mistake (rdflib's own parser may name a line some way after it)."""
    renda = ontology_copy / "renda.ttl"
    lines = renda.read_text(encoding="utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if line.startswith("rk:TownCongress a owl:Class")) + 1
    lines[broken - 1] += ' oops "unclosed'
    renda.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"renda.ttl: not valid turtle: .*\bline {broken}\b"):
        load_vocabulary(ontology_copy)

"""What a reader of the 桐乡 “五化” sample article finds in it, checked against the extractor's graph.

The expected facts live in ``tests/data/sample_expected.tsv``; they were written by reading
``loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt`` as a domain expert would, not by
running the extractor.  Each row is one test case whose id is the row's id, so a known miss
can be marked in the TSV's ``xfail`` column (or with ``-k``/``--deselect``).

Entities are found by their Chinese label (IRIs are opaque).  Row syntax for subjects and
objects:

* ``桐乡市``            the one entity whose rdfs:label@zh is exactly this, or the
                         well-known mechanism individual of ontology/mechanisms.ttl so labelled
* ``~四单``              the one mechanism (rk:Mechanism or a subclass) whose label contains 四单
* ``@rk:LiaisonNetwork`` the one instance of that class
* ``a|b``                either of the two
* ``*``                  anything

After the row-driven tests come generic ones: the article's metadata, evidence for every
relation, one Chinese label and an ontology class for every entity, no page chrome and no
fake generic bodies.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

HERE = Path(__file__).parent
SAMPLE = Path(__file__).parents[1] / "loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt"
EXPECTED = HERE / "data" / "sample_expected.tsv"

RK = Namespace("https://w3id.org/renda-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_DATETIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
CURIES = {"rk": RK, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "rdfs": RDFS, "rdf": RDF}

PREFIXES = """
PREFIX rk: <https://w3id.org/renda-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# Nodes that are parts of facts, not named things: never looked up by label.
AUXILIARY = (RK.Evidence, RK.Sentence, RK.Article, RK.ProcedureStep, RK.NetworkTier, RK.Quantity)
# The classes whose members are named things (rks:NamedEntityShape's targets).
NAMED = (RK.AdministrativeArea, RK.CongressBody, RK.ResidentsCouncil, RK.BodySet, RK.RepresentativeGroup,
         RK.LiaisonStation, RK.LiaisonNetwork, RK.Mechanism, RK.Law, RK.PolicyDocument,
         RK.SupervisionTopic, RK.Person, RK.Meeting)

# Expected entities the article body does not name (they come from the gazetteer or the
# breadcrumb), so the article need not rk:mentions them.
NOT_NAMED_IN_BODY = {"area-zhejiang", "area-jiaxing"}

# Page chrome of the sample (header, picture news, footer) that must not become an entity.
CHROME = ["易炼红", "图片新闻", "浙ICP", "公网安备", "技术支持", "关闭窗口", "设为首页", "加入收藏",
          "当前位置", "省十四届", "立法先行", "研究室", "信息中心", "责任编辑"]


# --------------------------------------------------------------------------- expectations


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    subject: str
    predicate: str
    object: str
    note: str
    xfail: str


def load_rows() -> list[Row]:
    with EXPECTED.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = [Row(**{k: (v or "").strip() for k, v in rec.items()}) for rec in reader]
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids in sample_expected.tsv"
    return rows


ROWS = load_rows()


def cases(*kinds: str, rows: list[Row] = ROWS) -> list:
    return [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(reason=r.xfail, strict=False)] if r.xfail else [])
            for r in rows if r.kind in kinds]


def term(curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    return CURIES[prefix][local]


def step_groups() -> list:
    """One case per mechanism with expected steps: all of them, in order, and no others."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in ROWS:
        if r.kind == "step":
            groups[r.subject].append(r)
    params = []
    for subject, rows in groups.items():
        gid = re.sub(r"-step-\d+$", "", rows[0].id) + "-all-steps"
        reasons = [r.xfail for r in rows if r.xfail]
        marks = [pytest.mark.xfail(reason=reasons[0], strict=False)] if reasons else []
        params.append(pytest.param(subject, rows, id=gid, marks=marks))
    return params


# --------------------------------------------------------------------------- the graph


class KG:
    """The article graph, the ontology, and lookups by label."""

    def __init__(self, g: Graph, onto: Graph):
        self.g = g
        self.onto = onto
        self.u = Graph()
        self.u += g
        self.u += onto
        articles = list(g.subjects(RDF.type, RK.Article))
        assert len(articles) == 1, f"expected one rk:Article, found {len(articles)}"
        self.article = articles[0]
        self.body = str(g.value(self.article, RK.bodyText) or "")

    # -- classes
    def is_a(self, node, cls: URIRef) -> bool:
        types = set(self.g.objects(node, RDF.type)) | set(self.onto.objects(node, RDF.type))
        return any(cls in set(self.onto.transitive_objects(t, RDFS.subClassOf)) for t in types)

    def subproperties(self, prop: URIRef) -> set:
        return set(self.onto.transitive_subjects(RDFS.subPropertyOf, prop))

    # -- entities
    def entities(self) -> set:
        """Every typed node of the article graph that is not part of a fact's machinery."""
        return {s for s in set(self.g.subjects(RDF.type, None))
                if not any(self.is_a(s, a) for a in AUXILIARY)}

    def named_entities(self) -> set:
        return {s for s in self.entities() if any(self.is_a(s, c) for c in NAMED)}

    def labels(self, node) -> list[str]:
        return [str(l) for l in self.u.objects(node, RDFS.label) if getattr(l, "language", None) == "zh"]

    def alt_labels(self, node) -> list[str]:
        return [str(l) for l in self.u.objects(node, SKOS.altLabel)]

    def name(self, node) -> str:
        labels = self.labels(node)
        return labels[0] if labels else str(node)

    def candidates(self, spec: str) -> list | None:
        """The nodes a subject/object spec may denote; None for ``*``."""
        if spec == "*":
            return None
        found: list = []
        for alt in spec.split("|"):
            found += [n for n in self._one_spec(alt) if n not in found]
        return found

    def _one_spec(self, spec: str) -> list:
        if spec.startswith("@"):
            cls = term(spec[1:])
            return sorted(s for s in self.entities() if self.is_a(s, cls))
        if spec.startswith("~"):
            key = spec[1:]
            return sorted(s for s in self.entities()
                          if self.is_a(s, RK.Mechanism) and any(key in l for l in self.labels(s)))
        found = {s for s in self.entities() if spec in self.labels(s)}
        # The well-known mechanisms of ontology/mechanisms.ttl keep their own IRIs.
        found |= {s for s in self.onto.subjects(RDF.type, OWL.NamedIndividual)
                  if Literal(spec, lang="zh") in set(self.onto.objects(s, RDFS.label))}
        return sorted(found)

    def resolve(self, spec: str):
        """The single node a spec denotes; fails the test with the reason otherwise."""
        nodes = self.candidates(spec)
        if not nodes:
            pytest.fail(f"no entity for {spec!r}; labels of that kind in the graph: {self._near(spec)}")
        if len(nodes) > 1:
            pytest.fail(f"{len(nodes)} entities for {spec!r} (one thing, one IRI): "
                        + ", ".join(f"{n} {self.labels(n)}" for n in nodes))
        return nodes[0]

    def _near(self, spec: str) -> list[str]:
        key = spec.lstrip("~@").split("|")[0]
        hint = key[-2:] if len(key) >= 2 else key
        return sorted({l for s in self.entities() for l in self.labels(s) if hint in l})[:30]

    def describe(self, node) -> str:
        facts = [f"{self.onto.qname(p) if p.startswith(str(RK)) else p} {self.name(o)}"
                 for p, o in self.g.predicate_objects(node) if isinstance(o, URIRef)]
        return f"{self.name(node)}: " + "; ".join(sorted(facts))

    def has(self, subjects: list | None, prop: URIRef, objects: list | None) -> bool:
        props = self.subproperties(prop)
        for s, p, o in self.g.triples((None, None, None)):
            if p in props and (subjects is None or s in subjects) and (objects is None or o in objects):
                return True
        return False

    # -- evidence
    def variants(self, node) -> set[str]:
        """Ways the text may name a node: labels, altLabels, quoted parts, unprefixed forms."""
        out: set[str] = set()
        for label in self.labels(node) + self.alt_labels(node):
            out.add(label)
            out.update(re.findall(r"[“‘\"](.+?)[”’\"]", label))
            for prefix in ("桐乡市人大常委会", "桐乡市人大", "桐乡市各", "桐乡市", "人大"):
                if label.startswith(prefix) and len(label) > len(prefix) + 1:
                    out.add(label[len(prefix):])
            for suffix in ("代表联盟", "专业代表小组"):
                if label.endswith(suffix) and len(label) > len(suffix):
                    out.add(label[: -len(suffix)])
        return {norm(v) for v in out if v}


def norm(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


@pytest.fixture(scope="module")
def vocab():
    from renda_kg.graph.vocab import default_vocabulary
    return default_vocabulary()


@pytest.fixture(scope="module")
def graph() -> Graph:
    from renda_kg.pipeline import graph_for_file
    return graph_for_file(SAMPLE)


@pytest.fixture(scope="module")
def kg(graph, vocab) -> KG:
    return KG(graph, vocab.graph)


# --------------------------------------------------------------------------- row-driven tests


@pytest.mark.parametrize("row", cases("entity"))
def test_entity_has_class(kg: KG, row: Row):
    node = kg.resolve(row.subject)
    types = sorted(kg.onto.qname(t) for t in kg.g.objects(node, RDF.type))
    assert kg.is_a(node, term(row.object)), f"{row.subject} is typed {types}, expected {row.object} ({row.note})"


@pytest.mark.parametrize("row", [p for p in cases("entity") if p.values[0].id not in NOT_NAMED_IN_BODY])
def test_article_mentions_entity(kg: KG, row: Row):
    node = kg.resolve(row.subject)
    assert (kg.article, RK.mentions, node) in kg.g, f"the article does not rk:mentions {row.subject}"


@pytest.mark.parametrize("row", cases("alt"))
def test_alt_label(kg: KG, row: Row):
    node = kg.resolve(row.subject)
    assert row.object in kg.alt_labels(node), (
        f"{row.subject} lacks altLabel {row.object!r}; has {kg.alt_labels(node)}")
    assert Literal(row.object, lang="zh") in set(kg.g.objects(node, SKOS.altLabel)), "altLabel must be @zh"


@pytest.mark.parametrize("row", cases("rel"))
def test_relation(kg: KG, row: Row):
    subjects = kg.candidates(row.subject)
    objects = kg.candidates(row.object)
    for spec, found in ((row.subject, subjects), (row.object, objects)):
        if found is not None and not found:
            pytest.fail(f"no entity for {spec!r}; near labels: {kg._near(spec)}")
    assert kg.has(subjects, term(row.predicate), objects), (
        f"missing: {row.subject} {row.predicate} {row.object} ({row.note})\n  found: "
        + "\n  found: ".join(kg.describe(s) for s in (subjects or [])))


@pytest.mark.parametrize("row", cases("absent"))
def test_not_an_entity(kg: KG, row: Row):
    wrong = [n for n in kg.entities() if norm(row.subject) in [norm(l) for l in kg.labels(n)]]
    assert not wrong, f"{row.subject!r} should not be an entity label ({row.note}): {wrong}"


# -- steps: object "index;label(|alternative label);actor (may be empty)"


def step_nodes(kg: KG, mechanism) -> dict[int, list]:
    by_index: dict[int, list] = defaultdict(list)
    for step in kg.g.objects(mechanism, RK.hasStep):
        index = kg.g.value(step, RK.stepIndex)
        by_index[int(index.toPython()) if index is not None else 0].append(step)
    return by_index


@pytest.mark.parametrize("row", cases("step"))
def test_step(kg: KG, row: Row):
    mechanism = kg.resolve(row.subject)
    index, labels, actor = row.object.split(";")
    steps = step_nodes(kg, mechanism).get(int(index), [])
    assert len(steps) == 1, f"{kg.name(mechanism)} has {len(steps)} steps with rk:stepIndex {index}"
    step = steps[0]
    assert set(kg.labels(step)) & set(labels.split("|")), (
        f"step {index} of {kg.name(mechanism)} is labelled {kg.labels(step)}, expected {labels}")
    if actor:
        actors = [str(a) for a in kg.g.objects(step, RK.stepActor)]
        assert actors == [actor], f"step {index} ({labels}) of {kg.name(mechanism)}: actor {actors}, expected {actor}"


@pytest.mark.parametrize("subject, rows", step_groups())
def test_steps_complete_and_ordered(kg: KG, subject: str, rows: list[Row]):
    mechanism = kg.resolve(subject)
    by_index = step_nodes(kg, mechanism)
    expected = {int(r.object.split(";")[0]): r.object.split(";")[1].split("|")[0] for r in rows}
    got = {i: [kg.name(s) for s in steps] for i, steps in sorted(by_index.items())}
    assert sorted(got) == sorted(expected), f"{kg.name(mechanism)}: steps {got}, expected {expected}"


# -- liaison network tiers: object "order;station kind keyword;count (empty: no rk:stationCount)"


def tiers(kg: KG, network) -> dict[int, list]:
    by_order: dict[int, list] = defaultdict(list)
    for tier in kg.g.objects(network, RK.hasTier):
        order = kg.g.value(tier, RK.tierOrder)
        by_order[int(order.toPython()) if order is not None else 0].append(tier)
    return by_order


@pytest.mark.parametrize("row", cases("tier"))
def test_network_tier(kg: KG, row: Row):
    network = kg.resolve(row.subject)
    order, kind, count = row.object.split(";")
    found = tiers(kg, network).get(int(order), [])
    assert len(found) == 1, f"the network has {len(found)} tiers with rk:tierOrder {order}"
    tier = found[0]
    kinds = [str(k) for k in kg.g.objects(tier, RK.stationKind)]
    assert any(kind in k for k in kinds), f"tier {order}: stationKind {kinds}, expected one containing {kind}"
    counts = [c.toPython() for c in kg.g.objects(tier, RK.stationCount)]
    if count:
        assert counts == [int(count)], f"tier {order} ({kind}): stationCount {counts}, expected {count}"
        assert all(c.datatype == XSD_INTEGER for c in kg.g.objects(tier, RK.stationCount))
    else:
        assert counts == [], f"tier {order} ({kind}) is N in the text, yet has stationCount {counts}"


def test_network_has_exactly_three_tiers(kg: KG):
    network = kg.resolve("@rk:LiaisonNetwork")
    assert sorted(tiers(kg, network)) == [1, 2, 3]


# -- counts: object "value;keyword;keyword" (each keyword in unit + countedThing)


@pytest.mark.parametrize("row", cases("quantity"))
def test_quantity(kg: KG, row: Row):
    value, *keywords = row.object.split(";")
    subjects = kg.candidates(row.subject)
    pairs = [(s, q) for s, p, q in kg.g.triples((None, RK.hasQuantity, None))
             if subjects is None or s in subjects]
    seen = []
    for s, q in pairs:
        number = kg.g.value(q, RK.numericValue)
        text = " ".join(str(x) for x in (*kg.g.objects(q, RK.unit), *kg.g.objects(q, RK.countedThing)))
        seen.append(f"{kg.name(s)}: {number} {text}")
        if number is not None and Decimal(str(number.toPython())) == Decimal(value) \
                and all(k in text for k in keywords):
            return
    pytest.fail(f"no quantity {value} {'/'.join(keywords)} on {row.subject} ({row.note}); quantities: {seen}")


# --------------------------------------------------------------------------- the article


def test_article_metadata(kg: KG):
    g, a = kg.g, kg.article
    assert str(g.value(a, DCTERMS.title)) == "桐乡市人大以“五化”提升基层人大工作整体效能"
    issued = g.value(a, DCTERMS.issued)
    assert issued is not None and issued.datatype == XSD_DATETIME
    assert str(issued).startswith("2023-10-07T16:32:00")
    assert str(g.value(a, DCTERMS.source)) == "桐乡市人大"
    assert str(g.value(a, RK.sectionPath)) == "首页 > 市县人大 > 嘉兴市"
    assert str(g.value(a, RK.retrievedFrom)).endswith("zjrd-2023-10-07-tongxiang-wuhua.txt")


def test_article_authors(kg: KG):
    authors = list(kg.g.objects(kg.article, DCTERMS.creator))
    assert all((p, RDF.type, RK.Person) in kg.g for p in authors)
    assert sorted(kg.name(p) for p in authors) == ["严克明", "王海英"]


def test_body_is_the_article_text(kg: KG):
    assert "近年来" in kg.body[:40] and "桐乡市人大常委会以全面提升基层人大工作质量和水平作为重点" in kg.body
    assert kg.body.rstrip().endswith("人大代表队伍。")
    leaked = [c for c in CHROME + ["来源:", "浙江省人大常委会主办"] if c in kg.body]
    assert not leaked, f"page chrome in the body: {leaked}"


# --------------------------------------------------------------------------- evidence


def relation_triples(kg: KG) -> list[tuple]:
    """Entity-to-entity facts read from the text: ontology object properties off non-article nodes."""
    props = {p for p in kg.onto.subjects(RDF.type, OWL.ObjectProperty)
             if str(p).startswith(str(RK)) or p in (ORG.subOrganizationOf, DCTERMS.creator)}
    props.discard(RK.mentions)
    return [(s, p, o) for s, p, o in kg.g if p in props
            and (s, RDF.type, RK.Article) not in kg.g and (s, RDF.type, RK.Evidence) not in kg.g]


def quote_of(kg: KG, ev) -> str:
    """The words of the sentence an evidence record points to."""
    return str(kg.g.value(kg.g.value(ev, RK.inSentence), RK.quote))


def evidence_for(kg: KG, s, p, o) -> list:
    return [ev for ev in kg.g.subjects(RDF.subject, s)
            if (ev, RDF.predicate, p) in kg.g and (ev, RDF.object, o) in kg.g and (ev, RDF.type, RK.Evidence) in kg.g]


def test_graph_has_relations_and_evidence(kg: KG):
    assert len(relation_triples(kg)) >= 50
    assert len(list(kg.g.subjects(RDF.type, RK.Evidence))) >= 50
    assert len(list(kg.g.subjects(RDF.type, RK.Sentence))) >= 20


def test_a_sentence_is_one_node_shared_by_its_facts(kg: KG):
    """Each sentence once (its quote and offsets not repeated per fact), and each used."""
    sentences = list(kg.g.subjects(RDF.type, RK.Sentence))
    places = [(kg.g.value(s, RK.startOffset), kg.g.value(s, RK.endOffset)) for s in sentences]
    assert len(set(places)) == len(places), "two sentence nodes at the same offsets"
    used = set(kg.g.objects(None, RK.inSentence))
    assert set(sentences) == used, f"{len(set(sentences) - used)} sentences no evidence points to"
    assert len(list(kg.g.subjects(RDF.type, RK.Evidence))) > 2 * len(sentences)


def test_every_relation_has_evidence(kg: KG):
    missing = [f"{kg.name(s)} {kg.onto.qname(p)} {kg.name(o)}"
               for s, p, o in relation_triples(kg) if not evidence_for(kg, s, p, o)]
    assert not missing, f"{len(missing)} relations without evidence: {missing[:20]}"


def test_evidence_is_quoted_from_the_article(kg: KG):
    bad = [ev for ev in kg.g.subjects(RDF.type, RK.Evidence)
           if len(list(kg.g.objects(ev, RK.inSentence))) != 1
           or list(kg.g.objects(kg.g.value(ev, RK.inSentence), PROV.wasQuotedFrom)) != [kg.article]]
    assert not bad, f"{len(bad)} evidence nodes not in one sentence quoted from the one article"


def test_evidence_offsets_give_the_quote(kg: KG):
    bad = []
    for ev in kg.g.subjects(RDF.type, RK.Sentence):
        quotes = list(kg.g.objects(ev, RK.quote))
        starts = list(kg.g.objects(ev, RK.startOffset))
        ends = list(kg.g.objects(ev, RK.endOffset))
        if not (len(quotes) == len(starts) == len(ends) == 1):
            bad.append(f"{ev}: {len(quotes)} quotes, {len(starts)} starts, {len(ends)} ends")
            continue
        q, s, e = str(quotes[0]), int(starts[0].toPython()), int(ends[0].toPython())
        if not (0 <= s < e <= len(kg.body)) or kg.body[s:e] != q or not q.strip():
            bad.append(f"{ev}: [{s}:{e}] is {kg.body[s:e]!r}, quote {q!r}")
    assert not bad, "\n".join(bad[:20])


def test_evidence_offsets_in_sparql(kg: KG):
    """The same check as the SHACL shape, in SPARQL: SUBSTR(body, start+1, end-start) = quote."""
    bad = list(kg.g.query(PREFIXES + """
        SELECT ?ev WHERE {
            ?ev a rk:Evidence ; rk:inSentence ?sentence .
            ?sentence rk:quote ?q ; rk:startOffset ?s ; rk:endOffset ?e ; prov:wasQuotedFrom ?a .
            ?a rk:bodyText ?body .
            FILTER (?e <= ?s || SUBSTR(?body, ?s + 1, ?e - ?s) != STR(?q)) }"""))
    assert not bad, f"{len(bad)} evidence quotes differ from the body at their offsets"


def test_evidence_supports_a_fact_in_the_graph(kg: KG):
    bad = [ev for ev in kg.g.subjects(RDF.type, RK.Evidence)
           if not all(len(list(kg.g.objects(ev, p))) == 1 for p in (RDF.subject, RDF.predicate, RDF.object))
           or (kg.g.value(ev, RDF.subject), kg.g.value(ev, RDF.predicate), kg.g.value(ev, RDF.object)) not in kg.g]
    assert not bad, f"{len(bad)} evidence nodes whose statement is not in the graph"


def test_evidence_quote_is_one_paragraph(kg: KG):
    bad = [str(q) for q in kg.g.objects(None, RK.quote) if "\n" in str(q)]
    assert not bad, f"quotes spanning paragraphs: {bad[:5]}"


# For these predicates the sentence names the object (a law, a topic, a mechanism, the body
# or set that guides or forms a group), even when the subject is only implied.
OBJECT_NAMED_IN_QUOTE = (RK.supervisesTopic, RK.inspectsLaw, RK.refersToLaw, RK.hasBrand, RK.operatesMechanism,
                         RK.pilots, RK.responsibleFor, RK.guides, RK.organizedBy, RK.hasStep)


def test_evidence_quote_names_the_object(kg: KG):
    bad = []
    for s, p, o in relation_triples(kg):
        if p not in OBJECT_NAMED_IN_QUOTE:
            continue
        variants = kg.variants(o)
        for ev in evidence_for(kg, s, p, o):
            quote = norm(quote_of(kg, ev))
            if not any(v in quote for v in variants):
                bad.append(f"{kg.name(s)} {kg.onto.qname(p)} {kg.name(o)}: quote {quote[:60]!r}…")
    assert not bad, "\n".join(bad[:20])


def test_evidence_quote_names_an_end(kg: KG):
    """Every fact between named things is read from a sentence naming at least one of them
    (rk:withinArea may come from the gazetteer, so it is exempt)."""
    bad = []
    for s, p, o in relation_triples(kg):
        if p == RK.withinArea or not (kg.labels(s) and kg.labels(o)):
            continue
        variants = kg.variants(s) | kg.variants(o)
        for ev in evidence_for(kg, s, p, o):
            quote = norm(quote_of(kg, ev))
            if not any(v in quote for v in variants):
                bad.append(f"{kg.name(s)} {kg.onto.qname(p)} {kg.name(o)}: quote {quote[:60]!r}…")
    assert not bad, "\n".join(bad[:20])


# --------------------------------------------------------------------------- entities in general


def test_every_entity_has_one_chinese_label(kg: KG):
    bad = []
    for node in kg.named_entities():
        zh = [l for l in kg.g.objects(node, RDFS.label) if getattr(l, "language", None) == "zh"]
        if len(zh) != 1 or not str(zh[0]).strip() or str(zh[0]) != str(zh[0]).strip():
            bad.append(f"{node}: {zh}")
    assert not bad, "\n".join(bad[:20])


def test_every_alt_label_is_chinese(kg: KG):
    bad = [(s, l) for s, l in kg.g.subject_objects(SKOS.altLabel) if getattr(l, "language", None) != "zh"]
    assert not bad, f"altLabels not @zh: {bad[:10]}"


def test_every_type_is_declared_in_the_ontology(kg: KG):
    declared = set(kg.onto.subjects(RDF.type, OWL.Class)) | {OWL.NamedIndividual}
    bad = sorted({str(t) for t in kg.g.objects(None, RDF.type) if t not in declared})
    assert not bad, f"classes not in the ontology: {bad}"


def test_every_named_entity_has_an_ontology_class(kg: KG):
    untyped = [s for s in kg.g.objects(kg.article, RK.mentions) if not list(kg.g.objects(s, RDF.type))]
    assert not untyped, f"mentioned but untyped: {untyped[:10]}"


def test_one_thing_one_iri(kg: KG):
    by_label: dict[str, list] = defaultdict(list)
    for node in kg.named_entities():
        for label in kg.labels(node):
            by_label[label].append(node)
    dupes = {l: n for l, n in by_label.items() if len(n) > 1}
    assert not dupes, f"labels shared by several IRIs: {dupes}"


def test_no_chrome_in_labels(kg: KG):
    texts = [str(l) for p in (RDFS.label, SKOS.altLabel) for l in kg.g.objects(None, p)]
    bad = sorted({t for t in texts for c in CHROME + ["浙江省人大常委会"] if c in t})
    assert not bad, f"page chrome became labels: {bad}"


# A congress body or area labelled by a generic word instead of a name: 镇(街道)人大, 各镇人大,
# 街道人大, 镇人大主席团, 人大街道工委, 市人大常委会, 专(工)委, 各委室 …
FAKE_BODY = re.compile(
    r"^(?:全市|各|其他|本|该)*(?:镇|乡|街道|镇街|开发区|镇\s*\(\s*街道\s*\))(?:人大|人代会|居民议事会)"
    r"|^人大(?:街道)?工委$|^(?:市|县|区)?人大常委会|^专\s*\(\s*工\s*\)\s*委|委室$|^主席团$|^主任会议$"
)
GENERIC_AREA = {"省", "市", "县", "区", "镇", "乡", "街道", "开发区", "社区", "村", "市区", "镇街", "县乡"}


def test_no_fake_generic_bodies(kg: KG):
    bad = []
    for node in kg.named_entities():
        for label in kg.labels(node):
            plain = norm(label)
            if kg.is_a(node, RK.CongressBody) and FAKE_BODY.search(plain):
                bad.append(label)
            if kg.is_a(node, RK.AdministrativeArea) and (plain in GENERIC_AREA or "(" in plain):
                bad.append(label)
            if "镇(街道)" in plain and not kg.is_a(node, RK.BodySet) and (
                    kg.is_a(node, RK.CongressBody) or kg.is_a(node, RK.AdministrativeArea)):
                bad.append(label)
    assert not bad, f"generic words labelled as if they were named bodies or places: {bad}"


def test_body_sets_are_named_by_their_area(kg: KG):
    bad = [l for s in kg.entities() if kg.is_a(s, RK.BodySet) for l in kg.labels(s) if not l.startswith("桐乡市")]
    assert not bad, f"sets of bodies without the area they lie in: {bad}"


def test_subdistricts_have_no_congress(kg: KG):
    """A 街道 has a working committee of the county standing committee, never a people's congress."""
    bad = [kg.name(b) for b in kg.entities() if kg.is_a(b, RK.PeoplesCongress)
           and (any("街道" in l for l in kg.labels(b))
                or any(kg.is_a(a, RK.Subdistrict) for a in kg.g.objects(b, RK.hasJurisdiction)))]
    bad += [kg.name(b) for b in kg.entities()
            if kg.is_a(b, RK.SubdistrictWorkingCommittee) and kg.is_a(b, RK.PeoplesCongress)]
    assert not bad, f"congresses of subdistricts: {bad}"


def test_each_body_has_at_most_one_jurisdiction(kg: KG):
    bad = {kg.name(b): [kg.name(a) for a in kg.g.objects(b, RK.hasJurisdiction)]
           for b in kg.entities() if len(list(kg.g.objects(b, RK.hasJurisdiction))) > 1}
    assert not bad, f"bodies with several jurisdictions: {bad}"

"""The scorer (renda_kg.score) and the development set in tests/devset.

The scoring functions are tested on small hand-made graphs: a perfect extraction scores 1.0, a
missing fact lowers recall, an extra entity or relation lowers precision.  On the dev set itself
only what must always hold is asserted (every article reads, no site chrome becomes an entity);
the figures are printed, not asserted (``renda-kg score`` shows them).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from renda_kg.score import (Expected, find_pairs, format_table, load_expected, norm, overall, parse_rows,
                            score_folder, score_graph)

DEVSET = Path(__file__).parent / "devset"
RK = Namespace("https://w3id.org/renda-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
ID = Namespace("https://w3id.org/renda-kg/id/test/")


@pytest.fixture(scope="module")
def onto() -> Graph:
    from renda_kg.graph.vocab import default_vocabulary
    return default_vocabulary().graph


def expected(text: str) -> Expected:
    header = "id\tkind\tsubject\tpredicate\tobject\tnote\txfail\n"
    lines = [header] + ["\t".join((line.split(" | ") + [""] * 7)[:7]) + "\n"
                        for line in text.strip().splitlines()]
    return Expected(parse_rows(lines))


GOLD = """
town | entity | 石门镇 | a | rk:Town
tc | entity | 石门镇人大 | a | rk:TownCongress
tc-alt | alt | 石门镇人大 | skos:altLabel | 石门镇人民代表大会
tc-jur | rel | 石门镇人大 | rk:hasJurisdiction | 石门镇
p | entity | 王立新 | a | rk:Person
p-post | post | 王立新 | org:Post | 石门镇人大;主席
m | entity | ~四单 | a | rk:WorkingModel
tc-m | rel | 石门镇人大 | rk:operatesMechanism | ~四单
q | quantity | * | rk:hasQuantity | 12;个;项目
"""


def node(g: Graph, name: str, cls, label: str, *alts: str) -> URIRef:
    iri = ID[name]
    g.add((iri, RDF.type, cls))
    g.add((iri, RDFS.label, Literal(label, lang="zh")))
    for alt in alts:
        g.add((iri, SKOS.altLabel, Literal(alt, lang="zh")))
    return iri


def perfect() -> Graph:
    g = Graph()
    town = node(g, "town", RK.Town, "石门镇")
    tc = node(g, "tc", RK.TownCongress, "石门镇人大")
    person = node(g, "p", RK.Person, "王立新")
    model = node(g, "m", RK.WorkingModel, "“四单”工作模式")
    g.add((tc, RK.hasJurisdiction, town))
    g.add((tc, RK.operatesMechanism, model))
    post = ID["post"]
    g.add((post, RDF.type, RK.Post))
    g.add((post, ORG.heldBy, person))
    g.add((post, ORG.postIn, tc))
    g.add((post, RK.postTitle, Literal("主席")))
    q = ID["q"]
    g.add((q, RDF.type, RK.Quantity))
    g.add((q, RK.numericValue, Literal(12)))
    g.add((q, RK.unit, Literal("个")))
    g.add((q, RK.countedThing, Literal("候选项目")))
    g.add((tc, RK.hasQuantity, q))
    return g


def test_perfect_extraction_scores_one(onto):
    s = score_graph(perfect(), onto, expected(GOLD))
    for tally in (s.entities, s.relations, s.values):
        assert (tally.precision, tally.recall) == (1.0, 1.0), s
    assert s.chrome == []
    assert (s.entities.tp_gold, s.entities.expected) == (4, 4)
    assert (s.relations.tp_gold, s.relations.expected) == (3, 3)   # two relations and the post


def test_missing_entity_and_relation_lower_recall(onto):
    g = perfect()
    g.remove((ID["tc"], RK.operatesMechanism, ID["m"]))
    g.remove((ID["m"], None, None))
    s = score_graph(g, onto, expected(GOLD))
    assert s.entities.recall == pytest.approx(3 / 4) and s.entities.precision == 1.0
    assert s.relations.recall == pytest.approx(2 / 3) and s.relations.precision == 1.0
    assert any("四单" in m for m in s.missed_entities)
    assert any(m.startswith("tc-m:") for m in s.missed_relations)


def test_missing_value_lowers_value_recall(onto):
    g = perfect()
    g.remove((ID["q"], None, None))
    g.remove((None, RK.hasQuantity, None))
    s = score_graph(g, onto, expected(GOLD))
    assert s.values.recall == 0.0 and s.values.precision is None


def test_extra_entity_lowers_precision(onto):
    g = perfect()
    node(g, "extra", RK.Town, "大麻镇")
    s = score_graph(g, onto, expected(GOLD))
    assert s.entities.recall == 1.0
    assert s.entities.precision == pytest.approx(4 / 5)
    assert s.extra_entities == ["大麻镇 (rk:Town)"]


def test_extra_relation_lowers_precision(onto):
    g = perfect()
    g.add((ID["tc"], RK.guides, ID["town"]))
    s = score_graph(g, onto, expected(GOLD))
    assert s.relations.recall == 1.0
    assert s.relations.precision == pytest.approx(3 / 4)


def test_second_iri_for_one_thing_is_a_false_positive(onto):
    g = perfect()
    node(g, "tc2", RK.TownCongress, "石门镇人民代表大会")  # an altLabel of the expected body
    s = score_graph(g, onto, expected(GOLD))
    assert s.entities.recall == 1.0 and s.entities.precision == pytest.approx(4 / 5)


def test_class_must_be_the_expected_one_or_a_subclass(onto):
    g = perfect()
    g.remove((ID["tc"], RDF.type, RK.TownCongress))
    g.add((ID["tc"], RDF.type, RK.StandingCommittee))  # right name, wrong kind of body
    s = score_graph(g, onto, expected(GOLD))
    assert s.entities.recall == pytest.approx(3 / 4) and s.entities.precision == pytest.approx(3 / 4)
    assert s.wrong_class and "石门镇人大" in s.wrong_class[0]
    # a subclass of the expected class is right: TownCongress ⊑ PeoplesCongress
    s = score_graph(perfect(), onto, expected(GOLD.replace("rk:TownCongress", "rk:PeoplesCongress")))
    assert s.entities.recall == 1.0 and s.entities.precision == 1.0


def test_names_match_by_alt_label_and_across_scripts(onto):
    g = perfect()
    g.set((ID["tc"], RDFS.label, Literal("石門鎮人民代表大會", lang="zh")))  # traditional, the altLabel
    s = score_graph(g, onto, expected(GOLD))
    assert s.entities.recall == 1.0 and s.relations.recall == 1.0
    assert norm("（壺鎮鎮）「代表」") == "(壶镇镇)“代表”"


def test_wrong_post_title_or_body_is_wrong(onto):
    g = perfect()
    g.set((ID["post"], RK.postTitle, Literal("副主席")))
    s = score_graph(g, onto, expected(GOLD))
    assert s.relations.recall == pytest.approx(2 / 3) and s.relations.precision == pytest.approx(2 / 3)


def test_inferred_containment_is_neutral(onto):
    gold = GOLD + "\ncounty | entity | 桐乡市 | a | rk:County\ntown-in | rel | 石门镇 | rk:withinArea | 桐乡市\n" \
                  "tc-in | rel | 桐乡市 | rk:withinArea | 嘉兴市\ncity | entity | 嘉兴市 | a | rk:PrefectureCity"
    g = perfect()
    county, city = node(g, "county", RK.County, "桐乡市"), node(g, "city", RK.PrefectureCity, "嘉兴市")
    g.add((ID["town"], RK.withinArea, county))
    g.add((county, RK.withinArea, city))
    g.add((ID["town"], RK.withinArea, city))  # true by transitivity: neither right nor wrong
    s = score_graph(g, onto, expected(gold))
    assert s.relations.precision == 1.0 and s.relations.recall == 1.0


def test_chrome_and_absent_labels_are_reported(onto):
    g = perfect()
    node(g, "chrome", RK.Town, "当前位置首页")
    node(g, "absent", RK.Town, "袁花镇")
    s = score_graph(g, onto, expected(GOLD + "\nx | absent | 袁花镇 | - | -"))
    assert s.chrome == ["当前位置首页", "袁花镇"]


def test_tally_sums_over_articles(onto):
    a = score_graph(perfect(), onto, expected(GOLD), "a")
    g = perfect()
    node(g, "extra", RK.Town, "大麻镇")
    b = score_graph(g, onto, expected(GOLD), "b")
    total = overall([a, b])
    assert total.entities.precision == pytest.approx(8 / 9) and total.entities.recall == 1.0
    assert "overall" in format_table([a, b])


# --------------------------------------------------------------------------- the dev set


def test_devset_files_pair_up():
    pairs = find_pairs(DEVSET)
    articles = {a.name for a, _ in pairs}
    assert len([a for a in articles if not a.startswith("zjrd-")]) >= 8
    assert "zjrd-2023-10-07-tongxiang-wuhua.txt" in articles  # the sample, via '# article:'
    for article, tsv in pairs:
        assert article.is_file(), article
        rows = load_expected(tsv).rows
        assert rows and all(r.kind in {"entity", "alt", "rel", "post", "quantity", "step", "tier", "attr",
                                       "absent", "chrome"} for r in rows), tsv
        assert all(r.subject and r.object for r in rows if r.kind not in ("absent", "chrome")), tsv


def test_devset_expected_classes_are_in_the_ontology(onto):
    from rdflib.namespace import OWL
    classes = set(onto.subjects(RDF.type, OWL.Class))
    for _, tsv in find_pairs(DEVSET):
        for r in load_expected(tsv).of("entity"):
            prefix, _, local = r.object.partition(":")
            assert prefix == "rk" and RK[local] in classes, f"{tsv.name} {r.id}: {r.object}"


@pytest.fixture(scope="module")
def devset_scores():
    scores = score_folder(DEVSET)
    print("\n" + format_table(scores))
    return scores


def test_every_devset_article_is_read(devset_scores):
    failed = {s.name: s.error for s in devset_scores if s.error}
    assert not failed, failed


def test_no_site_chrome_entity_on_the_devset(devset_scores):
    bad = {s.name: s.chrome for s in devset_scores if s.chrome}
    assert not bad, f"site chrome became entity labels: {bad}"


def test_extraction_reaches_the_aims_overall(devset_scores):
    """The issue's aims on the dev set plus the sample: entities P and R >= 0.9, relations R >= 0.75."""
    total = overall(devset_scores)
    assert total.entities.precision >= 0.9, format_table(devset_scores)
    assert total.entities.recall >= 0.9, format_table(devset_scores)
    assert total.relations.recall >= 0.75, format_table(devset_scores)


def test_extraction_reaches_the_aims_on_the_sample(devset_scores):
    (sample,) = [s for s in devset_scores if "sample" in s.name]
    assert sample.entities.precision >= 0.9 and sample.entities.recall >= 0.9
    assert sample.relations.recall >= 0.75

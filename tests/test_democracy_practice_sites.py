"""Practice sites of whole-process people's democracy (全过程人民民主基层实践基地, 实践点, 实践站):
a place a congress body names as an example, often sharing rooms with a liaison station.

Left by the ninth acceptance pass (2026-11-29) and read since the tenth session: a site was no
entity, so what it counted went to the home body, and a site written after its working
committee's name (梧桐街道人大工委全过程人民民主基层实践点) had neither place nor body.
"""
from __future__ import annotations

import pytest

from renda_kg.graph.store import open_store
from renda_kg.graph.validate import validate_store
from renda_kg.loaders.reader import parse_article
from renda_kg.pipeline import Pipeline, load_paths
from renda_kg.queries.runner import resolve_query, run_query

from extracted import related  # (pytest puts tests/ on sys.path: it has no __init__.py)

ARTICLE = """梧桐街道全过程人民民主基层实践点揭牌
来源：桐乡市人大常委会
发布时间：2025-04-18 09:30:00

4月17日，桐乡市梧桐街道人大工委全过程人民民主基层实践点揭牌。该实践点已培育议事员52名，全年开展议事活动16次。
濮院镇全过程人民民主实践站同日投用。全市共建成全过程人民民主基层实践点23个。
"""


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def extraction(pipeline):
    return pipeline.extractor.extract(parse_article(ARTICLE.encode("utf-8"), "site.txt"))


def _label(extraction, key):
    return extraction.entities[key].label


def test_a_site_is_named_by_its_place_not_by_the_county_written_before_its_committee(extraction):
    sites = {e.label for e in extraction.entities.values() if e.kind == "DemocracyPracticeSite"}
    # 全市共建成…23个 names no site (共建成 is no name)
    assert sites == {"梧桐街道全过程人民民主基层实践点", "濮院镇全过程人民民主实践站"}, sites
    located = related(extraction, "rk:locatedIn")
    assert ("梧桐街道全过程人民民主基层实践点", "梧桐街道") in located
    assert ("濮院镇全过程人民民主实践站", "濮院镇") in located
    assert not any(site.startswith("桐乡市") for site, _ in located if "实践" in site)


def test_the_working_committee_written_before_a_site_named_it(extraction):
    assert related(extraction, "rk:practiceSiteOf") == {("梧桐街道全过程人民民主基层实践点", "人大梧桐街道工委")}


def test_what_a_site_counts_is_its_own_and_the_city_counts_its_sites(extraction):
    counts = {}
    for f in extraction.facts:
        if f.predicate == "rk:hasQuantity":
            q = extraction.entities[f.obj].attributes
            counts.setdefault(_label(extraction, f.subject), set()).add(
                (q["rk:numericValue"][0], q.get("rk:countedThing", [""])[0]))
    # 该实践点: the one named before; 培育 is the verb, not the thing counted
    assert counts["梧桐街道全过程人民民主基层实践点"] == {(52, "议事员"), (16, "议事活动")}, counts
    # 全市: the home city, 桐乡市 (a county-level city), whose committee the source is
    assert counts["桐乡市"] == {(23, "全过程人民民主基层实践点")}, counts


@pytest.mark.parametrize("engine", ["oxigraph", "memory"])
def test_loaded_sites_validate_and_the_stored_query_lists_them(pipeline, tmp_path, engine):
    (tmp_path / "site.txt").write_text(ARTICLE, encoding="utf-8")
    with open_store(engine, tmp_path / "store") as store:
        outcomes = load_paths(store, [str(tmp_path / "site.txt")], pipeline)
        assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
        report = validate_store(store, pipeline.vocab)
        query = resolve_query("democracy_practice_sites")
        listing = run_query(store, query)
        lookup = run_query(store, query, {"site": "濮院镇全过程人民民主实践站"})
    assert report.conforms, report.text()
    columns = ("site", "area", "named_by", "counted_thing", "value")

    def rows(answer):
        return [tuple("" if row[answer.variables.index(c)] is None else str(row[answer.variables.index(c)])
                      for c in columns) for row in answer.rows]
    assert rows(listing) == [
        ("梧桐街道全过程人民民主基层实践点", "梧桐街道", "人大梧桐街道工委", "议事员", "52"),
        ("梧桐街道全过程人民民主基层实践点", "梧桐街道", "人大梧桐街道工委", "议事活动", "16"),
        ("濮院镇全过程人民民主实践站", "濮院镇", "", "", ""),
    ]
    assert rows(lookup) == rows(listing)[2:]


def test_no_site_is_named_by_the_words_of_a_clause(pipeline):
    # found on two acceptance articles: 委会在陈埭镇举行全过程人民民主基层实践基地 and
    # 武侯区首个街道级全过程人民民主基层实践基地 were sites; 8个全过程人民民主基层实 was what was counted
    text = ("晋江市陈埭镇全过程人民民主基层实践基地揭牌\n来源：晋江人大\n发布时间：2025-07-15\n\n"
            "7月12日，晋江市人大常委会在陈埭镇举行全过程人民民主基层实践基地揭牌仪式，同时为首批8个全过程人民民主基层实践点授牌。"
            "该基地是晋江市首个镇级全过程人民民主基层实践基地。\n")
    extraction = pipeline.extractor.extract(parse_article(text.encode("utf-8"), "jinjiang.txt"))
    sites = {e.label for e in extraction.entities.values() if e.kind == "DemocracyPracticeSite"}
    assert sites == set(), sites
    counted = {q.attributes["rk:countedThing"][0] for q in extraction.entities.values() if q.kind == "Quantity"}
    assert counted == {"全过程人民民主基层实践点"}, counted


def test_this_site_is_the_one_its_own_sentence_named_before_it(pipeline):
    # a second site, named after the first: its 该实践点 is itself, not the site named last time
    text = ("桐乡市推进全过程人民民主实践\n来源：桐乡市人大\n发布时间：2024-05-10\n\n"
            "桐乡市梧桐街道人大工委全过程人民民主实践基地揭牌运行，该实践基地已培育议事员39名。\n"
            "乌镇镇人大全过程人民民主基层实践点揭牌运行，该实践点已培育议事员33名。\n")
    extraction = pipeline.extractor.extract(parse_article(text.encode("utf-8"), "two-sites.txt"))
    owners = {extraction.entities[f.obj].attributes["rk:numericValue"][0]: _label(extraction, f.subject)
              for f in extraction.facts if f.predicate == "rk:hasQuantity"}
    assert owners == {39: "梧桐街道全过程人民民主实践基地", 33: "乌镇镇全过程人民民主基层实践点"}, owners

"""Two ways articles describe the 家站点 and the mechanisms run in them that quotes do not mark:

- the steps of a mechanism listed after a colon, each opening with who takes it
  (“站网融合”工作机制：代表联系网格员、网格员收集民意、代表分类处理、工委跟踪问效);
- a liaison station named by the market or park it is set up in (在宾王市场设立人大代表联络点).

A researcher comparing how subdistricts run their stations asks for the steps and who takes
each, and for every station with the community it serves and the body that runs it.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.reader import parse_article

HEAD = "稠城街道：家站点全覆盖\n来源：义乌人大\n发布时间：2024-06-12\n\n义乌市稠城街道现有各级人大代表53名。"


def _extract(pipeline, text: str):
    return pipeline.extractor.extract(parse_article((HEAD + text).encode("utf-8"), "stations.txt"))


def _steps(extraction) -> dict[str, list[tuple[int, str, str | None]]]:
    """Each mechanism's label → its steps as (index, label, actor), in order."""
    out: dict[str, list] = {}
    for f in extraction.facts:
        if f.predicate == "rk:hasStep":
            step = extraction.entities[f.obj]
            out.setdefault(extraction.entities[f.subject].label, []).append(
                (step.attributes["rk:stepIndex"][0], step.label, (step.attributes.get("rk:stepActor") or [None])[0]))
    return {k: sorted(v) for k, v in out.items()}


def test_steps_listed_after_a_colon_are_read_with_who_takes_each(pipeline):
    extraction = _extract(pipeline, "人大稠城街道工委在向阳社区人大代表联络站试点“站网融合”工作机制：代表联系网格员、"
                                    "网格员收集民意、代表分类处理、工委跟踪问效，形成闭环。")
    assert _steps(extraction) == {"“站网融合”工作机制": [
        (1, "联系网格员", "代表"), (2, "收集民意", "网格员"), (3, "分类处理", "代表"), (4, "跟踪问效", "工委")]}


def test_steps_listed_after_an_unquoted_mechanism(pipeline):
    extraction = _extract(pipeline, "人大稠城街道工委探索建立民意收集处理机制：群众反映问题、代表收集整理、部门研究办理。")
    assert _steps(extraction) == {"民意收集处理机制": [
        (1, "反映问题", "群众"), (2, "收集整理", "代表"), (3, "研究办理", "部门")]}


@pytest.mark.parametrize("sentence", [
    # what the mechanism achieved, not its steps: the items do not open with who acts
    "人大稠城街道工委推行“站网融合”工作机制：解决问题32个、化解矛盾15起。",
    # the places it runs in
    "人大稠城街道工委推行“站网融合”工作机制：绣湖社区、向阳社区先行试点。",
    # one item with a role is not enough: every item must open with one
    "人大稠城街道工委推行“站网融合”工作机制：代表联系网格员、每月通报进展。",
])
def test_a_colon_list_that_is_not_steps_gives_none(pipeline, sentence):
    assert _steps(_extract(pipeline, sentence)) == {}


def _stations(extraction) -> dict[str, tuple[str, set[str], set[str]]]:
    """Each station's label → (kind, labels of where it is, labels of who runs it)."""
    label = lambda key: extraction.entities[key].label  # noqa: E731
    out = {}
    for key, entity in extraction.entities.items():
        if entity.kind.startswith("Liaison") and entity.kind != "LiaisonNetwork":
            out[entity.label] = (entity.kind,
                                 {label(f.obj) for f in extraction.facts if f.subject == key and f.predicate == "rk:locatedIn"},
                                 {label(f.obj) for f in extraction.facts if f.subject == key and f.predicate == "rk:stationOf"})
    return out


def test_a_station_set_up_in_a_market_is_named_by_it_and_serves_the_community_named_before(pipeline):
    extraction = _extract(pipeline, "宾王社区结合商贸集聚的特点，在宾王市场设立人大代表联络点，由在市场经营的人大代表定期听取商户意见。")
    assert _stations(extraction) == {
        "宾王市场人大代表联络点": ("LiaisonPoint", {"宾王社区"}, {"人大稠城街道工委"})}


def test_a_station_in_a_park_without_a_community_is_in_the_subdistrict(pipeline):
    extraction = _extract(pipeline, "人大稠城街道工委在义乌国际商贸城设立人大代表联络站，方便经营户反映诉求。")
    assert _stations(extraction) == {
        "义乌国际商贸城人大代表联络站": ("LiaisonStation", {"稠城街道"}, {"人大稠城街道工委"})}


@pytest.mark.parametrize("sentence", [
    # every market: no name
    "人大稠城街道工委在各市场设立人大代表联络点。",
    # a room of a community's own service centre is where the community's station is, not a name
    "绣湖社区在社区党群服务中心设立人大代表联络站。",
])
def test_no_station_is_named_by_a_word_that_names_no_site(pipeline, sentence):
    assert not [name for name in _stations(_extract(pipeline, sentence)) if "市场" in name or "中心" in name]


def test_one_subdistrict_home_counted_is_the_subdistricts_own(pipeline):
    extraction = _extract(pipeline, "人大稠城街道工委建成1个街道人大代表之家、13个社区人大代表联络站，实现家站点全覆盖。")
    assert _stations(extraction).get("稠城街道人大代表之家") == ("LiaisonStation", {"稠城街道"}, {"人大稠城街道工委"})


def test_several_subdistrict_homes_counted_are_no_one_station(pipeline):
    extraction = _extract(pipeline, "义乌市人大常委会指导建成11个街道人大代表之家，实现全覆盖。")
    assert "稠城街道人大代表之家" not in _stations(extraction)

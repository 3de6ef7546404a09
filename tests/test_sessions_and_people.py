"""Standing-committee sessions, resolutions, appointments and dismissals, as the congresses'
own reports write them.

Found by a fifth acceptance pass (2026-11-29): a standing committee's session written in
full (…人民代表大会常务委员会第二十次会议) was recorded as a session of the congress, and got
its attendance and votes; short forms (市九届人大常委会第二十次会议) were no session; a
resolution whose name holds a body's name was lost; votes written before the resolution went
to the session; dismissals of people with three-character names and accepted resignations
were dropped; a committee of the national congress was made the district's.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.reader import parse_article
from renda_kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _extract(pipeline, body: str, title: str = "绍兴市人大常委会召开会议", source: str = "绍兴市人大常委会"):
    text = f"{title}\n来源：{source}\n时间：2024-03-01\n\n{body}\n"
    return pipeline.extractor.extract(parse_article(text.encode("utf-8"), "session.txt"))


def _label(extraction, key):
    return extraction.entities[key].label


def _facts(extraction, predicate):
    return {(_label(extraction, f.subject), _label(extraction, f.obj)) for f in extraction.facts
            if f.predicate == predicate and f.obj_is_entity}


def _meetings(extraction):
    return {(e.attributes.get("rk:termNumber", [None])[0], e.attributes.get("rk:sessionNumber", [None])[0])
            for e in extraction.entities.values() if e.kind == "Meeting"}


def test_a_standing_committee_session_written_in_full_is_the_committee_s(pipeline):
    extraction = _extract(pipeline, "绍兴市第九届人民代表大会常务委员会第二十次会议在市行政中心举行。应到常委会组成人员38人，实到35人。")
    assert _meetings(extraction) == {(9, 20)}
    held_by = {body for _, body in _facts(extraction, "rk:meetingOf")}
    assert held_by == {"绍兴市人大常委会"}, held_by
    assert not any(e.kind == "PeoplesCongress" for e in extraction.entities.values()), "no congress session"
    counted = {e.attributes["rk:countedThing"][0] for e in extraction.entities.values()
               if e.kind == "Quantity" and "rk:countedThing" in e.attributes}
    assert "应到常委会组成人员" in counted, counted


@pytest.mark.parametrize("body, owner, numbers", [
    ("市九届人大常委会第二十一次会议将于5月召开。", "绍兴市人大常委会", (9, 21)),
    ("市十五届人大三次会议代表建议交办会召开。", "绍兴市人民代表大会", (15, 3)),
])
def test_a_session_written_without_第_is_read(pipeline, body, owner, numbers):
    extraction = _extract(pipeline, body)
    assert _meetings(extraction) == {numbers}
    assert {body for _, body in _facts(extraction, "rk:meetingOf")} == {owner}
    # 三次会议 is the session's number, not a count of meetings
    assert not any(e.kind == "Quantity" for e in extraction.entities.values())


def test_one_session_written_two_ways_is_one_meeting(pipeline):
    extraction = _extract(pipeline, "绍兴市第十五届人民代表大会第三次会议开幕。市十五届人大三次会议期间，代表提出建议。")
    assert len([e for e in extraction.entities.values() if e.kind == "Meeting"]) == 1


def _resolutions(extraction):
    return {e.label for e in extraction.entities.values() if e.kind == "Resolution"}


def _votes(extraction):
    out = {}
    for f in extraction.facts:
        if f.predicate == "rk:hasQuantity" and extraction.entities[f.subject].kind == "Resolution":
            quantity = extraction.entities[f.obj].attributes
            out.setdefault(_label(extraction, f.subject), set()).add(
                (quantity["rk:countedThing"][0], quantity["rk:numericValue"][0]))
    return out


def test_votes_written_before_the_resolution_are_its_votes(pipeline):
    extraction = _extract(pipeline, "会议以32票赞成、0票反对、1票弃权，表决通过了关于批准2023年市级决算的决议。")
    assert _votes(extraction) == {"关于批准2023年市级决算的决议": {("赞成", 32), ("反对", 0), ("弃权", 1)}}


def test_a_resolution_whose_name_holds_a_body_or_a_law_is_one_resolution(pipeline):
    extraction = _extract(pipeline, "会议还通过了关于接受程立新辞去市人大常委会委员职务的决定。"
                                    "会议审议通过了《绍兴市人民代表大会常务委员会关于修改〈绍兴市餐厨垃圾管理条例〉的决定》，赞成33票。")
    assert _resolutions(extraction) == {"关于接受程立新辞去市人大常委会委员职务的决定",
                                        "绍兴市人民代表大会常务委员会关于修改〈绍兴市餐厨垃圾管理条例〉的决定"}
    assert _votes(extraction) == {"绍兴市人民代表大会常务委员会关于修改〈绍兴市餐厨垃圾管理条例〉的决定": {("赞成", 33)}}
    assert "绍兴市餐厨垃圾管理条例" in {e.label for e in extraction.entities.values() if e.kind == "Law"}


@pytest.mark.parametrize("title, law", [
    ("《中华人民共和国民营经济促进法（草案）》", "民营经济促进法"),
    ("《绍兴市养犬管理条例（草案）》", "绍兴市养犬管理条例"),
    ("《马边彝族自治县自治条例修正案》", "马边彝族自治县自治条例"),
])
def test_a_draft_or_an_amendment_names_its_law(pipeline, title, law):
    extraction = _extract(pipeline, f"会议审议了{title}。")
    assert law in {e.label for e in extraction.entities.values() if e.kind == "Law"}


def _people(extraction, predicate):
    out = set()
    for f in extraction.facts:
        if f.predicate == "org:heldBy" and predicate == "org:heldBy":
            out.add((_label(extraction, f.obj), _label(extraction, f.subject)))
        elif f.predicate == predicate == "rk:relievedOf":
            out.add((_label(extraction, f.subject), _label(extraction, f.obj)))
    return out


def test_dismissals_resignations_and_lists_of_appointees(pipeline):
    extraction = _extract(pipeline, "会议决定免去赵志刚的绍兴市教育局局长职务，免去俞伟的市教育局副局长职务；"
                                    "任命褚文斌、夏雨婷为市中级人民法院审判员；接受金海涛辞去绍兴市人民政府副市长职务的请求。")
    assert _people(extraction, "rk:relievedOf") == {
        ("赵志刚", "绍兴市教育局局长"), ("俞伟", "绍兴市教育局副局长"), ("金海涛", "绍兴市人民政府副市长")}
    assert _people(extraction, "org:heldBy") == {("褚文斌", "绍兴市中级人民法院审判员"), ("夏雨婷", "绍兴市中级人民法院审判员")}


def test_a_committee_of_the_national_congress_is_no_committee_of_the_district(pipeline):
    extraction = _extract(pipeline, "虹桥街道基层立法联系点就全国人大常委会法制工作委员会征求意见的法律草案收集意见建议32条。",
                          title="长宁区人大常委会召开座谈会", source="上海市长宁区人大常委会")
    committees = {e.label for e in extraction.entities.values() if e.kind in ("WorkingCommittee", "SpecialCommittee")}
    assert committees == set(), committees


def _held(extraction):
    return {(_label(extraction, f.obj), _label(extraction, f.subject)) for f in extraction.facts
            if f.predicate == "org:heldBy"}


def test_names_without_a_han_surname(pipeline):
    extraction = _extract(pipeline, "县人大常委会主任次仁多吉主持会议，甲玛乡人大主席扎西顿珠作交流发言。"
                                    "省人大常委会副主任于立军、曲木史哈、陈放出席会议。县人大代表买买提·艾力、古丽·阿不都参加。",
                          title="墨竹工卡县人大常委会召开会议", source="墨竹工卡县人大常委会")
    people = {person for person, _ in _held(extraction)}
    assert {"次仁多吉", "扎西顿珠", "于立军", "曲木史哈", "陈放", "买买提·艾力"} <= people, people
    assert "古丽" not in people


def test_heads_of_courts_procuratorates_and_committees(pipeline):
    extraction = _extract(pipeline, "市中级人民法院院长胡春雷，市人民检察院检察长钱永康列席会议。"
                                    "市人大常委会选举任免联络工作委员会主任赵海燕介绍情况。")
    held = _held(extraction)
    assert ("胡春雷", "绍兴市中级人民法院院长") in held, held
    assert ("钱永康", "绍兴市人民检察院检察长") in held, held
    assert ("赵海燕", "绍兴市人大常委会选举任免联络工作委员会主任") in held, held

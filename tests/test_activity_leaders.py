"""Who led the work a congress body sent its people out to do (带队, 率队, 任组长).

A researcher of supervision asks which of a standing committee's leaders led which
enforcement inspections and surveys, and on which law: 副主任沈国强带队，对…《大气污染防治法》…
开展执法检查. Only what a body runs in the same sentence is led: someone who accompanies the
team (在市长王五陪同下) leads nothing, nor does a leader of a visit to learn another body's
way of working.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.reader import parse_article

from answers import answers_after_loading
from extracted import related
from violations import rejected_when_added
from conftest import RK

ARTICLE = """海宁市人大常委会开展大气污染防治法执法检查
来源：海宁市人大
发布时间：2022-06-30

6月28日至29日，海宁市人大常委会副主任沈国强带队，对全市贯彻实施《中华人民共和国大气污染防治法》情况开展执法检查。
在市长王五陪同下，市人大常委会主任张三、副主任李四带队开展视察调研。
"""


def _led(pipeline, text: str) -> set[tuple[str, str]]:
    head = "海宁市人大常委会工作动态\n来源：海宁市人大\n发布时间：2022-06-30\n\n"
    return related(pipeline.extractor.extract(parse_article((head + text).encode("utf-8"), "leaders.txt")), "rk:leads")


def test_the_people_named_before_the_verb_lead_what_the_body_runs(pipeline):
    assert _led(pipeline, ARTICLE.split("\n\n", 1)[1]) == {
        ("沈国强", "执法检查"), ("张三", "视察调研"), ("李四", "视察调研")}


@pytest.mark.parametrize("sentence, expected", [
    # the leader of the inspection team, written with 由…任组长 and 常委会 alone
    ("海宁市人大常委会成立由常委会副主任李明任组长的执法检查组，对《中华人民共和国食品安全法》实施情况开展执法检查。",
     {("李明", "执法检查")}),
    ("市人大常委会副主任赵红率队开展执法检查。", {("赵红", "执法检查")}),
    # a visit to learn another body's way of working: not the body's own, so led by no one
    ("副主任沈国强带队赴嘉兴市南湖区考察学习“代表联络站+网格”工作法。", set()),
    # no body runs anything in the sentence
    ("副主任沈国强带队走访了部分企业。", set()),
])
def test_what_is_led(pipeline, sentence, expected):
    assert _led(pipeline, sentence) == expected


def test_the_leaders_post_is_in_the_standing_committee(pipeline):
    text = "海宁市人大常委会成立由常委会副主任李明任组长的执法检查组，对《中华人民共和国食品安全法》实施情况开展执法检查。"
    head = "海宁市人大常委会工作动态\n来源：海宁市人大\n发布时间：2022-06-30\n\n"
    extraction = pipeline.extractor.extract(parse_article((head + text).encode("utf-8"), "leaders.txt"))
    assert related(extraction, "org:postIn") == {
        ("海宁市人大常委会副主任", "海宁市人大常委会")}


@pytest.mark.parametrize("engine", ["oxigraph", "memory"])
def test_the_stored_query_lists_each_leader_with_post_law_and_sentence(pipeline, tmp_path, engine):
    listing, by_person, by_mechanism = answers_after_loading(
        pipeline, tmp_path, engine, ARTICLE, "activity_leaders", {"person": "沈国强"}, {"mechanism": "视察调研"})
    column = lambda res, row, name: str(row[res.variables.index(name)] or "")  # noqa: E731
    inspection, survey = ARTICLE.splitlines()[4], ARTICLE.splitlines()[5]
    rows = lambda res: [tuple(column(res, r, c) for c in ("person", "post", "mechanism", "law", "body", "quote"))  # noqa: E731
                        for r in res.rows]
    assert rows(listing) == [
        ("张三", "海宁市人大常委会主任", "视察调研", "", "海宁市人大常委会", survey),
        ("李四", "海宁市人大常委会副主任", "视察调研", "", "海宁市人大常委会", survey),
        ("沈国强", "海宁市人大常委会副主任", "执法检查", "大气污染防治法", "海宁市人大常委会", inspection),
    ]
    assert rows(by_person) == rows(listing)[2:]
    assert rows(by_mechanism) == rows(listing)[:2]


def test_the_shapes_reject_leading_what_is_not_a_mechanism(pipeline, vocab):
    assert rejected_when_added(pipeline, vocab, ARTICLE, "沈国强", RK.leads, "海宁市",
                               "What a person leads must be a mechanism")

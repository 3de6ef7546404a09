"""Who takes part in an enforcement inspection (执法检查), and the hearing of a special work
report (听取审议专项工作报告), where articles name them without the mechanism's own words.

A researcher of supervision counts which bodies inspected which law and which reports a
standing committee heard: a town congress the county entrusts with its part of an inspection
(委托…同步对本辖区开展检查) inspected too, and 听取和审议市政府关于…情况的报告 is the hearing of a
special work report, while hearing the inspection group's own report is part of the inspection.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.reader import parse_article

from extracted import related

HEAD = "海宁市人大常委会开展执法检查\n来源：海宁市人大\n发布时间：2022-06-30\n\n"


def _operated(pipeline, text: str) -> set[tuple[str, str]]:
    return related(pipeline.extractor.extract(parse_article((HEAD + text).encode("utf-8"), "inspection.txt")),
                   "rk:operatesMechanism")


def test_bodies_this_inspection_is_entrusted_to_take_part_in_it(pipeline):
    operated = _operated(pipeline, "此次执法检查由市人大常委会委托长安镇人大、许村镇人大和人大海洲街道工委，"
                                   "同步对本辖区贯彻实施法律的情况开展检查，上下联动推进。")
    assert {body for body, mechanism in operated if mechanism == "执法检查"} == {
        "海宁市人大常委会", "长安镇人大", "许村镇人大", "人大海洲街道工委"}


def test_bodies_inspecting_their_own_area_in_step_take_part_in_the_inspection(pipeline):
    operated = _operated(pipeline, "检查中，长安镇人大、许村镇人大同步对本辖区开展检查，共发放调查问卷1200份。")
    assert {("长安镇人大", "执法检查"), ("许村镇人大", "执法检查")} <= operated


@pytest.mark.parametrize("sentence, heard", [
    ("市人大常委会听取和审议了市政府关于大气污染防治工作情况的报告。", True),
    ("市人大常委会会议听取审议市人民法院关于行政审判工作情况的报告，并开展满意度测评。", True),
    # the inspection group's own report: part of the inspection, not a report of the government
    ("市人大常委会会议听取和审议了市人大常委会执法检查组关于检查《中华人民共和国大气污染防治法》实施情况的报告。", False),
    # the annual report to the full congress
    ("大会听取和审议了政府工作报告。", False),
])
def test_hearing_a_report_of_the_government_is_a_special_work_report(pipeline, sentence, heard):
    operated = _operated(pipeline, sentence)
    assert (("海宁市人大常委会", "听取审议专项工作报告") in operated) is heard, operated

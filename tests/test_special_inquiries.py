"""Special inquiries (专题询问) and interpellations (质询): the government departments a congress
body questions, whose heads answer in person (到会应询).

A researcher of supervision asks which departments a standing committee put questions to, on
what, and in which sentence the article says so; a department only named in the same sentence
for another reason (the problems are handed to it afterwards, or an inquiry is only planned)
was not questioned.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.reader import parse_article

from answers import answers_after_loading
from extracted import related
from violations import rejected_when_added
from conftest import RK

INQUIRY = """桐乡市人大常委会开展养老服务工作专题询问
来源：桐乡市人大常委会
发布时间：2024-09-20

9月18日，桐乡市人大常委会围绕养老服务工作开展专题询问，常委会组成人员和部分市人大代表现场提问，市民政局、市卫健局主要负责人到会应询。
会后，市人大常委会将询问中提出的问题交市住建局研究处理，并对市财政局开展满意度测评。
"""


def _questioned(pipeline, text: str) -> set[tuple[str, str]]:
    return related(pipeline.extractor.extract(parse_article(text.encode("utf-8"), "inquiry.txt")), "rk:questions")


def test_the_departments_that_answer_are_questioned_by_the_body_holding_the_inquiry(pipeline):
    assert _questioned(pipeline, INQUIRY) == {("桐乡市人大常委会", "桐乡市民政局"), ("桐乡市人大常委会", "桐乡市卫生健康局")}


@pytest.mark.parametrize("sentence, expected", [
    # the departments asked, written after the verb
    ("桐乡市人大常委会询问了市教育局、市财政局等部门负责人。", {"桐乡市教育局", "桐乡市财政局"}),
    # an interpellation
    ("桐乡市人大常委会对市水利局开展质询。", {"桐乡市水利局"}),
    # in the sentence after the one that opens the inquiry
    ("桐乡市人大常委会召开专题询问会。市民政局局长张三到会回答询问。", {"桐乡市民政局"}),
    # the problems are handed to the department: it was not asked
    ("会后，桐乡市人大常委会将询问中提出的问题交市住建局整改。", set()),
    # a plan, not an inquiry held
    ("桐乡市人大常委会将于9月对市民政局开展专题询问。", set()),
    # answering deputies' questions at a meeting is not an inquiry
    ("桐乡市人大常委会组织代表座谈，市民政局负责人现场回答代表提问。", set()),
])
def test_what_a_sentence_says_was_questioned(pipeline, sentence, expected):
    found = _questioned(pipeline, "标题：测试\n发布时间：2024-05-10\n来源：桐乡市人大\n\n" + sentence + "\n")
    assert {department for _, department in found} == expected


def test_an_appraisal_in_the_same_article_stays_an_appraisal(pipeline):
    extraction = pipeline.extractor.extract(parse_article(INQUIRY.encode("utf-8"), "inquiry.txt"))
    appraised = {extraction.entities[f.obj].label for f in extraction.facts if f.predicate == "rk:appraises"}
    assert appraised == {"桐乡市财政局"}


@pytest.mark.parametrize("engine", ["oxigraph", "memory"])
def test_the_stored_query_lists_each_department_questioned_with_its_sentence(pipeline, tmp_path, engine):
    result, lookup, by_body = answers_after_loading(pipeline, tmp_path, engine, INQUIRY, "departments_questioned",
                                                    {"department": "桐乡市卫生健康局"}, {"body": "桐乡市人大常委会"})
    column = lambda res, row, name: str(row[res.variables.index(name)])  # noqa: E731
    first_sentence = INQUIRY.splitlines()[4]
    assert [(column(result, r, "body"), column(result, r, "department"), column(result, r, "area"),
             column(result, r, "quote")) for r in result.rows] == [
        ("桐乡市人大常委会", "桐乡市卫生健康局", "桐乡市", first_sentence),
        ("桐乡市人大常委会", "桐乡市民政局", "桐乡市", first_sentence),
    ]
    assert [column(lookup, r, "department") for r in lookup.rows] == ["桐乡市卫生健康局"]
    assert len(by_body.rows) == 2


def test_the_shapes_reject_questioning_what_is_not_a_department(pipeline, vocab):
    assert rejected_when_added(pipeline, vocab, INQUIRY, "桐乡市人大常委会", RK.questions, "桐乡市",
                               "What a body questions must be a government department")

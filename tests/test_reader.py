"""What the loader promises about reading article files: metadata, clean bodies, errors."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from renda_kg.loaders.model import ArticleError
from renda_kg.loaders.reader import decode, iter_article_paths, parse_article, read_article
from renda_kg.loaders.text import byline_authors, is_byline, is_note, is_organisation, masthead_paper, split_authors

HERE = Path(__file__).parent
DATA = HERE / "data" / "reader"
SAMPLE = HERE.parent / "loaders" / "samples" / "zjrd-2023-10-07-tongxiang-wuhua.txt"
DEVSET = HERE / "devset" / "articles"

# Site chrome of the sample page that must never leak into the body.
SAMPLE_CHROME = ["首 页", "人大概览", "图片新闻", "易炼红", "您当前位置", "来源:", "关闭窗口",
                 "浙ICP备", "公网安备", "技术支持", "主办"]


def assert_no_chrome(body: str, chrome: list[str]) -> None:
    leaked = [text for text in chrome if text in body]
    assert not leaked, f"site chrome in body: {leaked}"


# ----------------------------------------------------------------- the real sample


@pytest.fixture(scope="module")
def sample():
    return read_article(SAMPLE)


def test_sample_metadata(sample):
    assert sample.title == "桐乡市人大以“五化”提升基层人大工作整体效能"
    assert sample.published == datetime(2023, 10, 7, 16, 32, 0)
    assert sample.source == "桐乡市人大"
    assert sample.authors == ("严克明", "王海英")
    assert sample.section_path == ("首页", "市县人大", "嘉兴市")
    assert sample.url is None
    assert sample.encoding == "utf-8"
    assert sample.origin == str(SAMPLE)


def test_sample_body_is_the_article_only(sample):
    assert sample.body.startswith("本网讯")
    assert sample.body.endswith("人大代表队伍。")
    assert "桐乡市人大常委会以全面提升基层人大工作质量" in sample.body
    assert_no_chrome(sample.body, SAMPLE_CHROME)
    assert "桐乡市人大以“五化”提升基层人大工作整体效能" not in sample.body
    assert "发布时间" not in sample.body


def test_sample_paragraphs_are_trimmed_and_non_empty(sample):
    paragraphs = sample.body.split("\n")
    assert len(paragraphs) == 26
    assert all(p and p == p.strip() and not p.startswith("\u3000") for p in paragraphs)
    # Internal spacing is kept exactly: offsets index into the body.
    assert paragraphs[0].startswith("本网讯   近年来,")
    assert "迭代升级,突出工作规范化" in paragraphs


# ----------------------------------------------------------------- hand-written pages


def test_gbk_page_declaring_gb2312():
    article = read_article(DATA / "anji_gbk.html")
    # 堃 is in GBK/GB18030 but not GB2312: the declared charset is read as its superset.
    assert article.encoding == "gb18030"
    assert article.title == "递铺街道人大工委开展老旧小区改造专项视察"
    assert article.published == datetime(2023, 5, 12)
    assert article.source == "递铺街道人大工委"
    assert article.authors == ("李明", "王堃")
    assert article.section_path == ("首页", "工作动态", "乡镇人大")
    assert "县人大代表王堃建议" in article.body
    assert article.body.startswith("5月10日，递铺街道人大工委")
    assert article.body.endswith("推动代表意见建议落地见效。")
    assert_no_chrome(article.body, ["人大概况", "最新动态", "第十二次主任会议", "分享到", "微信",
                                    "相关链接", "孝丰镇", "版权所有", "ICP", "主办单位", "浏览次数",
                                    "广告", "请输入关键字", "当前位置"])


def test_undeclared_gbk_dump_the_detector_rejects_is_still_read():
    # A text dump in GBK, no charset anywhere, whose many short navigation lines make
    # charset_normalizer give up (found by the 10,000-article benchmark): bytes that decode
    # strictly as GB18030 are still that text, not "undecodable".
    data = (DATA / "gbk_dump_detector_rejects.txt").read_bytes()
    text, encoding = decode(data, "dump.txt")
    assert encoding == "gb18030"
    assert text == data.decode("gbk")
    article = read_article(DATA / "gbk_dump_detector_rejects.txt")
    assert "闭环化" in article.title


def test_full_width_punctuation_is_kept_in_the_body():
    article = read_article(DATA / "anji_gbk.html")
    assert "做到“改前问需、改中问效、改后问评”。" in article.body


def test_utf8_page_with_bom_and_no_charset_declaration():
    article = read_article(DATA / "jiashan_bom.html")
    assert article.encoding == "utf-8-sig"
    assert article.title == "嘉善县人大代表“双联系”走进魏塘街道"
    assert article.published == datetime(2021, 9, 3, 10, 20)
    assert article.source == "嘉善县人大常委会"
    assert article.authors == ("陈晓",)
    assert article.url == "https://www.jsrd.gov.cn/art/2021/9/3/art_1572_58921.html"
    assert article.section_path == ("首页", "代表工作", "代表风采")
    # <br>-separated paragraphs become lines; the double <br> leaves no empty line.
    assert article.body.split("\n") == [
        "近日，嘉善县人大常委会组织部分省、市、县人大代表走进魏塘街道，开展“双联系”活动。",
        "活动中，代表们走访了“人大代表联络站”，与选民面对面交流，收集到“加快老城区停车设施建设”等意见建议12条。",
        "县人大常委会代表工委负责人表示，将对收集到的意见建议进行梳理交办，跟踪督办，确保件件有回音。",
    ]
    assert "\ufeff" not in article.title + article.body


def test_gb18030_text_dump_without_declaration():
    raw = (DATA / "haiyan_gb18030.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is not UTF-8
    article = read_article(DATA / "haiyan_gb18030.txt")
    assert article.encoding == "gb18030"
    assert article.title == "武原街道人大工委开展民生实事项目代表票决"
    assert article.published == datetime(2022, 6, 18)
    assert article.source == "海盐县人大"
    assert article.authors == ()
    assert article.section_path == ("首页", "工作动态", "街道人大")
    assert "等8个项目当选为2022年度街道民生实事项目" in article.body
    assert article.body.endswith("确保项目按期建成、群众满意。")
    assert_no_chrome(article.body, ["字号", "人大概况", "打印本页", "关闭窗口", "上一篇", "版权所有",
                                    "技术支持"])


def test_epaper_page_with_byline_and_issue_line():
    article = read_article(DATA / "zjrd_epaper.html")
    assert article.title == "乌镇镇人大：“码上议”让民意直通车开进村社"
    assert article.published == datetime(2022, 3, 15)
    assert article.source == "浙江人大"
    assert article.authors == ("李某", "王某")
    assert article.body.startswith("“以前提意见要跑到镇里")
    assert "已收集群众意见建议156条，办结率达92%。" in article.body
    assert_no_chrome(article.body, ["■", "记者", "通讯员", "2022年第3期", "第04版", "未经授权", "版权所有"])


def test_town_page_with_label_variants_and_hit_counter():
    article = read_article(DATA / "zhouquan_town.html")
    assert article.title == "洲泉镇人大开展“代表联络站活动日”活动"
    assert article.published == datetime(2019, 5, 20)
    assert article.source == "洲泉镇人大"
    assert article.authors == ("张某",)
    assert article.section_path == ("首页", "镇人大动态")
    assert "现场答复7条，其余交相关部门办理。" in article.body
    assert len(article.body.split("\n")) == 3
    assert_no_chrome(article.body, ["浏览次数", "发布时期", "打印本页", "关闭窗口", "版权所有", "ICP",
                                    "政务公开", "您现在的位置"])


def test_text_without_metadata():
    article = read_article(DATA / "no_metadata.txt")
    assert article.title == "崇福镇人大代表联络站开展“站站通”活动"
    assert article.published is None
    assert article.source is None
    assert article.authors == ()
    assert article.section_path == ()
    assert article.body.split("\n") == [
        "近日，崇福镇人大组织各代表联络站开展“站站通”交流活动，代表们相互学习联络站建设和运行经验。",
        "活动中，各联络站负责人围绕“选民接待”“意见办理”等内容作交流发言。",
    ]


def test_text_whose_first_line_is_a_sentence_has_no_title():
    article = parse_article("近日，镇人大召开代表大会。\n会议审议了政府工作报告。".encode(), "inline.txt")
    assert article.title == ""
    assert article.body == "近日，镇人大召开代表大会。\n会议审议了政府工作报告。"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("发布时间：2023-10-07 16:32:00", datetime(2023, 10, 7, 16, 32, 0)),
        ("发布日期: 2023-10-07", datetime(2023, 10, 7)),
        ("时间：2023年10月7日", datetime(2023, 10, 7)),
        ("发布时期:2023/10/07 来源：乌镇镇人大 点击：56", datetime(2023, 10, 7)),
        ("发布时间　：　２０２３－１０－０７", datetime(2023, 10, 7)),
    ],
)
def test_metadata_line_date_forms(line, published):
    dump = f"镇人大召开主席团会议\n{line}\n　　会议研究了代表联络站建设工作。\n"
    article = parse_article(dump.encode("utf-8"), "inline.txt")
    assert article.title == "镇人大召开主席团会议"
    assert article.published == published
    assert article.body == "会议研究了代表联络站建设工作。"


def test_dump_with_byline_and_metadata_on_one_line():
    dump = (
        "浙江人大 2022年第3期\n"
        "余杭区人大开展代表履职积分管理\n"
        "发布日期：2022年3月1日 文章来源：浙江人大 浏览次数：\n"
        "本报记者 李某\n"
        "　　余杭区人大常委会对代表履职实行积分管理。\n"
        "编辑：王某\n"
        "相关新闻\n"
        "临平区人大召开代表小组活动推进会\n"
    )
    article = parse_article(dump.encode("utf-8"), "inline.txt")
    assert article.title == "余杭区人大开展代表履职积分管理"
    assert article.published == datetime(2022, 3, 1)
    assert article.source == "浙江人大"
    assert article.authors == ("李某",)
    # The trailer ends the body: the related headline after it is not article text.
    assert article.body == "余杭区人大常委会对代表履职实行积分管理。"


def test_sentence_starting_with_a_role_word_is_body_not_byline():
    dump = "标题一则\n发布时间：2023-01-02\n文化礼堂成为代表联络新阵地。\n记者从会上获悉，全镇已建成联络站5个。\n"
    article = parse_article(dump.encode("utf-8"), "inline.txt")
    assert article.authors == ()
    assert article.body.split("\n")[0] == "文化礼堂成为代表联络新阵地。"


# ----------------------------------------------------------------- decoding


def test_decode_prefers_bom_then_declaration_then_utf8():
    assert decode("\ufeff人大".encode("utf-8"), "x") == ("人大", "utf-8-sig")
    assert decode("人大".encode("utf-16"), "x") == ("人大", "utf-16")
    page = '<html><head><meta charset="gbk"></head><body>人大</body></html>'
    assert decode(page.encode("gbk"), "x") == (page, "gb18030")
    assert decode("人大代表".encode("utf-8"), "x") == ("人大代表", "utf-8")


def test_decode_http_equiv_declaration():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>镇人大</body></html>'
    assert decode(page.encode("gb2312"), "x") == (page, "gb18030")


# ----------------------------------------------------------------- errors


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ArticleError, match="empty") as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert caught.value.origin == str(path)


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n")
    with pytest.raises(ArticleError, match="empty"):
        read_article(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    with pytest.raises(ArticleError, match="binary") as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_undecodable_bytes_without_nul_are_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x81, 0x30, 0xFF, 0x80]) * 64)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_missing_file_is_refused(tmp_path):
    path = tmp_path / "nowhere" / "article.html"
    with pytest.raises(ArticleError, match="no such file") as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_html_page_without_a_text_body_is_refused():
    path = DATA / "no_body.html"
    with pytest.raises(ArticleError, match="no article body") as caught:
        read_article(path)
    assert str(path) in str(caught.value)


# ----------------------------------------------------------------- finding files


def test_iter_article_paths_walks_folders_sorted(tmp_path):
    for name in ["b/2.html", "b/1.shtml", "a.txt", "c/d/e.htm", "notes.md", "img.png", "x.xhtml", "b/README"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("人大", encoding="utf-8")
    found = iter_article_paths([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt", "b/1.shtml", "b/2.html", "c/d/e.htm", "x.xhtml",
    ]


def test_iter_article_paths_takes_files_as_given(tmp_path):
    note = tmp_path / "notes.md"
    note.write_text("人大", encoding="utf-8")
    assert iter_article_paths([note, str(DATA / "no_metadata.txt")]) == [note, DATA / "no_metadata.txt"]


def test_utf8_text_cut_inside_a_character_is_called_truncated():
    data = "本网讯 桐乡市人大常委会召开主任会议，听取乌镇镇人大工作汇报。".encode("utf-8")
    with pytest.raises(ArticleError, match="truncated: the file ends in the middle of a UTF-8 character"):
        decode(data[:-1], "cut.txt")


def test_a_folder_without_article_files_is_named_with_the_reason(tmp_path):
    (tmp_path / "scan.bin").write_bytes(b"\x00\x01")
    with pytest.raises(ArticleError) as err:
        iter_article_paths([tmp_path])
    assert err.value.origin == str(tmp_path) and "no article files" in err.value.problem and ".html" in err.value.problem


def test_iter_article_paths_rejects_missing_paths(tmp_path):
    missing = tmp_path / "gone"
    with pytest.raises(ArticleError, match="no such file") as caught:
        iter_article_paths([DATA, missing])
    assert str(missing) in str(caught.value)


def test_every_fixture_but_the_bodiless_page_reads():
    readable = [p for p in iter_article_paths([DATA]) if p.name != "no_body.html"]
    assert len(readable) == 11
    for path in readable:
        article = read_article(path)
        assert article.title and article.body


def test_aspnet_page_wrapped_in_one_form_keeps_its_article():
    paragraph = "　　会议听取和审议了镇人民政府关于农村人居环境整治工作情况的报告，代表们提出了具体意见建议。"
    page = (
        '<html><head><meta charset="utf-8">'
        '<meta property="og:title" content="凝心聚力——记大麻镇人大主席团工作">'
        '<meta property="og:url" content="https://www.txrd.gov.cn/art/2023/1/5/art_1.html"></head><body>'
        '<form id="form1" method="post"><header><nav><ul class="menu"><li>首页</li></ul></nav></header>'
        '<h1 class="logo">桐乡人大</h1><div class="content">'
        + "".join(f"<p>{paragraph}</p>" for _ in range(4))
        + '</div><div class="footer">版权所有 桐乡市人大常委会</div></form></body></html>'
    )
    article = parse_article(page.encode("utf-8"), "aspnet.aspx")
    assert article.title == "凝心聚力——记大麻镇人大主席团工作"
    assert article.url == "https://www.txrd.gov.cn/art/2023/1/5/art_1.html"
    assert article.body.split("\n") == [paragraph.strip("\u3000")] * 4
    assert_no_chrome(article.body, ["首页", "桐乡人大", "版权所有"])


# ----------------------------------------------------------------- e-paper, magazine and repost layouts
# Dev-set articles (written by a colleague as realistic examples) and, for each rule,
# a hand-written fixture of another paper/site so the rules are not fitted to one file.


def test_devset_epaper_dump_masthead_dateline_edition_and_byline():
    article = read_article(DEVSET / "04-zhili-epaper.txt")
    # The paper's name is the source, not the title; the headline follows the edition line.
    assert article.title == "织里镇人大推行“三单”工作法 民生诉求件件有回音"
    assert article.published == datetime(2023, 3, 15)
    assert article.source == "湖州日报"
    assert article.authors == ("李楠", "王晓东")
    assert article.body.startswith("本报讯　“家门口的断头路打通了")
    assert article.body.endswith("镇人大代表56名。")
    assert_no_chrome(article.body, ["湖州日报数字报", "星期三", "第A2版", "上一版", "下一版", "■", "通讯员",
                                    "民生诉求件件有回音", "本版责任编辑", "美术编辑", "版权所有", "ICP"])


def test_epaper_dump_with_kicker_subtitle_and_editor_line():
    article = read_article(DATA / "jiaxing_epaper.txt")
    # Kicker above and ——subtitle below: the headline is the line above the byline.
    assert article.title == "斜桥镇人大票决民生实事项目"
    assert article.published == datetime(2022, 11, 8)
    assert article.source == "嘉兴日报"
    assert article.authors == ("张某某", "陈某")
    assert article.body.startswith("本报讯　日前，海宁市斜桥镇")
    assert article.body.endswith("镇人大将组织代表开展专项视察。")
    assert_no_chrome(article.body, ["电子版", "星期二", "第03版", "上一期", "版面导航", "凝心聚力办实事",
                                    "——镇人大代表", "本报记者", "本版编辑", "美术编辑", "版权所有"])


def test_devset_magazine_column_byline_and_affiliation():
    article = read_article(DEVSET / "05-wenling-zjrd-magazine.txt")
    # The column name (基层之窗) is above the headline; the headline is above 文/….
    assert article.title == "温岭：参与式预算让政府“钱袋子”晒在阳光下"
    # An issue (2022年第3期) is not a day: no publication date; the magazine is the source.
    assert article.published is None
    assert article.source == "浙江人大"
    assert article.authors == ("郭晓峰",)
    assert article.body.startswith("2005年，温岭市新河镇人大")
    assert article.body.endswith("进一步扩大参与式预算的覆盖面。")
    assert_no_chrome(article.body, ["2022年第3期", "基层之窗", "钱袋子”晒在阳光下", "文/", "郭晓峰",
                                    "作者单位", "责任编辑"])


def test_magazine_with_bar_byline_and_author_note():
    article = read_article(DATA / "changxing_magazine.txt")
    assert article.title == "一位乡镇人大代表的“民情日记”"
    assert article.published is None
    assert article.source == "人民之声"
    assert article.authors == ("李某某",)
    assert article.body.split("\n")[0].startswith("在长兴县和平镇")
    assert len(article.body.split("\n")) == 2
    assert_no_chrome(article.body, ["2023年第5期", "代表风采", "文 |", "李某某", "作者系", "责任编辑"])


def test_devset_traditional_repost_meta_bar_in_spans():
    article = read_article(DEVSET / "06-jinyun-repost-traditional.html")
    assert article.title == "縉雲縣壺鎮鎮人大：“代表接待日”架起連心橋"
    # An unlabelled date beside 來源/作者 fields is the publication time.
    assert article.published == datetime(2021, 8, 16, 9, 42)
    # Fields are matched in simplified form but keep the page's own characters.
    assert article.source == "縉雲新聞網"
    assert article.authors == ("樓曉峰",)
    # The body stays in traditional characters, full-width quotes and all.
    assert article.body.startswith("今年以來，縉雲縣壺鎮鎮人大以代表聯絡站為陣地，全面推行「代表接待日」制度")
    assert article.body.endswith("並要求在全縣各鄉鎮人大推廣。")
    assert_no_chrome(article.body, ["原標題", "轉載", "解憂日", "打開APP", "分享到", "聲明", "熱門推薦",
                                    "版權所有", "ICP"])


def test_traditional_repost_with_labelled_spans_and_original_title():
    article = read_article(DATA / "longyou_repost_traditional.html")
    assert article.title == "龍游縣人大常委會開展「代表聯絡站」專題視察"
    # 發佈時間/來源/作者 in adjacent <span>s with no space between them.
    assert article.published == datetime(2021, 9, 3)
    assert article.source == "龍游縣人大"
    assert article.authors == ("鄭某", "徐某")
    assert article.body.startswith("9月1日，龍游縣人大常委會")
    assert len(article.body.split("\n")) == 2
    assert_no_chrome(article.body, ["原標題", "再提速", "發佈時間", "衢州市人大常委會召開主任會議"])


def test_meta_bar_elements_named_for_their_field():
    article = read_article(DATA / "deqing_meta_classes.html")
    assert article.title == "德清县人大代表走进联络站"
    # <time datetime>, <span class="source">, <em class="author"> with no labels;
    # the related list's <span class="time"> is another article's date.
    assert article.published == datetime(2022, 4, 6, 8, 30)
    assert article.source == "德清县人大常委会"
    assert article.authors == ("沈某", "俞某")
    assert article.body.startswith("4月2日，德清县人大代表")
    assert_no_chrome(article.body, ["德清县人大常委会 沈某", "新市镇人大召开主席团会议"])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("■记者 李某 通讯员 王某", ("李某", "王某")),
        ("本报记者 张某某　通讯员 陈某", ("张某某", "陈某")),
        ("本報記者 張某", ("張某",)),
        ("文/郭某某", ("郭某某",)),
        ("文 | 郭某某", ("郭某某",)),
        ("文｜郭某某", ("郭某某",)),
        ("文/图 李某", ("李某",)),
        ("记者 李某 通讯员 王某 报道", ("李某", "王某")),
    ],
)
def test_byline_patterns(line, authors):
    assert is_byline(line)
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["文化礼堂成为代表联络新阵地", "记者从会上获悉，全镇已建成联络站5个。",
                                  "文明实践站与代表联络站融合建设", "图书室成为代表学习阵地"])
def test_lines_starting_with_role_words_are_not_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("line", "paper"),
    [("湖州日报", "湖州日报"), ("湖州日报数字报", "湖州日报"), ("嘉兴日报电子版", "嘉兴日报"),
     ("浙江人大电子版", "浙江人大"), ("湖州日報數字報", "湖州日報"), ("钱江晚报", "钱江晚报")],
)
def test_mastheads_name_the_paper(line, paper):
    assert masthead_paper(line) == paper


@pytest.mark.parametrize("line", ["县人大常委会听取工作情况通报", "代表联络站建设情况汇报",
                                  "织里镇人大推行“三单”工作法", "日报"])
def test_headlines_are_not_mastheads(line):
    assert masthead_paper(line) is None


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("（作者单位：温岭市人大常委会办公室）", True),
        ("作者单位：温岭市人大常委会办公室", True),
        ("（作者系长兴县人大常委会代表工委干部）", True),
        ("原标题：《壶镇：代表接待日成了群众“解忧日”》", True),
        ("（本文轉載自縉雲新聞網，原標題：《壺鎮：代表接待日》）", True),
        ("（一）加强代表联络站建设，做到有场所、有制度、有活动。", False),
        ("作者在调研中发现，联络站活动还不够经常。", False),
    ],
)
def test_author_and_repost_notes(line, note):
    assert is_note(line) is note


def test_repost_note_names_the_source_when_no_field_does():
    dump = ("镇人大开展代表接待日活动\n"
            "　　近日，镇人大组织代表进站接待选民。\n"
            "（本文转载自海宁新闻网，原标题：《代表进站听民声》）\n")
    article = parse_article(dump.encode("utf-8"), "inline.txt")
    assert article.source == "海宁新闻网"
    assert article.body == "近日，镇人大组织代表进站接待选民。"


def test_dump_with_bare_date_and_fields_on_one_line():
    dump = ("乌镇镇人大召开主席团会议\n"
            "2023-05-06 10:00　來源：桐鄉市人大　作者：沈某\n"
            "　　会议研究了代表联络站建设工作。\n")
    article = parse_article(dump.encode("utf-8"), "inline.txt")
    assert article.title == "乌镇镇人大召开主席团会议"
    assert article.published == datetime(2023, 5, 6, 10, 0)
    assert article.source == "桐鄉市人大"
    assert article.authors == ("沈某",)
    assert article.body == "会议研究了代表联络站建设工作。"


PARAGRAPHS = ["近日，桐乡市人大常委会组织开展《浙江省生态环境保护条例》执法检查，听取市生态环境局工作汇报。",
              "检查组深入乌镇镇、崇福镇实地察看，并召开座谈会听取意见建议。",
              "市人大常委会副主任王某某参加检查，要求各部门抓好问题整改。"]


def _page(closed: bool = True) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>市人大常委会开展执法检查</title></head>\n<body>'
            '<h1>市人大常委会开展执法检查</h1>\n<div class="info">发布时间:2023-10-07 来源:桐乡市人大</div>\n'
            f'<div class="content">\n{body}\n</div>\n<div class="footer">版权所有 桐乡市人大常委会 浙ICP备05000000号</div>\n'
            '<script>var hits = 1;</script>' + ("</body></html>\n" if closed else "\n"))


def test_a_whole_page_may_leave_out_its_closing_body_and_html_tags():
    """HTML allows a page to end without </body></html>; when the page goes on after its
    article (a footer, a script), it is whole and reads as the closed page does."""
    whole = parse_article(_page(closed=True).encode("utf-8"), "closed.html")
    unclosed = parse_article(_page(closed=False).encode("utf-8"), "unclosed.html")
    assert unclosed.body == whole.body and unclosed.title == whole.title
    assert "要求各部门抓好问题整改" in unclosed.body


@pytest.mark.parametrize("cut", ["after the second paragraph", "inside the last paragraph", "after the article"])
def test_a_page_cut_inside_its_article_is_refused(cut):
    """A save that stopped in the article (between paragraphs, or inside one, no tag left
    open) would replace the article with its first part: refused as truncated. A page that
    stops right after its article cannot be told from one cut there: refused too."""
    page = _page(closed=False)
    end = {"after the second paragraph": page.index("</p>", page.index("</p>") + 4) + 4,
           "inside the last paragraph": page.index("抓好问题整改"),
           "after the article": page.index("</div>", page.index('<div class="content">')) + 6}[cut]
    with pytest.raises(ArticleError, match="truncated HTML: .*nothing follows the article's last paragraph"):
        parse_article(page[:end].encode("utf-8"), "cut.html")


def test_paragraphs_each_wrapped_in_a_block_of_their_own_are_all_kept():
    """WeChat exports and some CMSs put every <p> in a <section> or <div> of its own; the
    article is all of them, not the longest one."""
    page = """<html><head><meta charset="utf-8"><title>罗山街道人大工委召开会议</title></head><body>
<h1>罗山街道人大工委召开会议</h1><div><p>2024-03-15</p></div>
<div id="js_content">
<section><section><p><span>近日，晋江市罗山街道人大工委指导缺塘社区召开居民议事会会议，21名议事员开展议事协商。</span></p></section></section>
<div><p>去年以来，罗山街道人大工委在辖区16个社区全部建立居民议事会，累计议定民生事项143件。</p></div>
<section><p>晋江市人大常委会副主任许文彬参加会议。</p></section>
</div></body></html>"""
    article = parse_article(page.encode("utf-8"), "wechat.html")
    assert article.body.split("\n") == [
        "近日，晋江市罗山街道人大工委指导缺塘社区召开居民议事会会议，21名议事员开展议事协商。",
        "去年以来，罗山街道人大工委在辖区16个社区全部建立居民议事会，累计议定民生事项143件。",
        "晋江市人大常委会副主任许文彬参加会议。",
    ]


def test_a_one_paragraph_article_in_a_wrapper_is_read_without_the_page_around_it():
    page = """<html><head><meta charset="utf-8"><title>镇人大开展视察</title></head><body>
<div class="nav"><p>网站首页</p></div>
<div><div><p>近日，乌镇镇人大组织部分市、镇人大代表视察民生实事项目推进情况，代表们提出意见建议12条。</p></div></div>
<div><p>主办单位：某某</p></div></body></html>"""
    article = parse_article(page.encode("utf-8"), "one.html")
    assert article.body == "近日，乌镇镇人大组织部分市、镇人大代表视察民生实事项目推进情况，代表们提出意见建议12条。"


def test_a_title_given_as_a_labelled_field_loses_its_label():
    text = "标题：永登县城关镇人大推进代表联络站建设\n来源：永登县人大\n时间：2023-11-21\n\n今年以来，城关镇人大建成1个镇人大代表联络站。\n"
    assert parse_article(text.encode("utf-8"), "labelled.txt").title == "永登县城关镇人大推进代表联络站建设"
    undated = "标题：城关镇人大推进代表联络站建设\n\n今年以来，城关镇人大建成1个镇人大代表联络站。\n"
    assert parse_article(undated.encode("utf-8"), "undated.txt").title == "城关镇人大推进代表联络站建设"


def test_an_epaper_page_bar_is_not_the_title():
    text = ("许昌日报\n2024年06月05日 星期三\n第03版：县域经济\n\n首页 上一版 下一版 PDF下载\n\n"
            "禹州市构建人大代表联络站网络\n\n本报讯 近年来，禹州市人大常委会坚持把代表联络站建设作为重要抓手。\n")
    article = parse_article(text.encode("utf-8"), "epaper.txt")
    assert article.title == "禹州市构建人大代表联络站网络"
    assert "上一版" not in article.body


def test_two_congresses_articles_with_one_title_and_day_are_two_articles():
    def article(source):
        return parse_article(f"市人大常委会召开主任会议\n来源：{source}\n发布时间：2024-03-01\n\n"
                             f"2月29日，{source}召开主任会议。\n".encode("utf-8"), "a.txt")
    assert article("浏阳市人大常委会").identity != article("禹州市人大常委会").identity
    assert article("浏阳市人大常委会").identity == article("浏阳市人大常委会").identity


def test_a_saved_error_page_is_not_an_article():
    page = ('<html><head><meta charset="utf-8"><title>404 页面不存在</title></head><body><h1>404</h1>'
            '<p>抱歉，您访问的页面不存在或已被删除。</p><p><a href="/">返回首页</a></p></body></html>')
    with pytest.raises(ArticleError, match=r"error\.html: not an article: an error page"):
        parse_article(page.encode("utf-8"), "error.html")


def test_a_gbk_page_cut_inside_a_character_is_called_truncated():
    page = ('<html><head><meta charset="gbk"><title>镇人大开展视察</title></head><body>'
            '<p>近日，乌镇镇人大组织部分人大代表视察民生实事项目推进情况。</p><p>代表们提出意见建议').encode("gbk")
    with pytest.raises(ArticleError, match=r"truncated: the file ends in the middle of a GBK/GB18030 character"):
        parse_article(page[:-1], "cut.html")


def test_a_reporter_field_is_an_author_and_ends_the_source():
    text = "鼓樓區人大代表聯絡站聽民聲\n來源：大公報　記者：鄭雅婷　發布時間：2024-05-09 10:42\n\n福州市鼓樓區人大常委會近年推動代表聯絡站提質增效。\n"
    article = parse_article(text.encode("utf-8"), "trad.txt")
    assert (article.source, article.authors) == ("大公報", ("鄭雅婷",))


def test_a_paper_s_lead_byline_names_the_authors():
    text = ("许昌日报\n2024年06月05日 星期三\n\n禹州市构建人大代表联络站网络\n\n"
            "本报讯（记者 赵磊 通讯员 孙艳）近年来，禹州市人大常委会坚持把代表联络站建设作为重要抓手。\n")
    assert parse_article(text.encode("utf-8"), "lead.txt").authors == ("赵磊", "孙艳")


def test_a_site_name_and_date_line_is_the_source_and_the_date():
    for line in ("合肥市人大常委会网站　2024-05-10", "2024-05-10　合肥市人大常委会网站"):
        text = f"高新区人大工委开展专项视察\n\n{line}\n\n5月8日，合肥高新区人大工委组织代表开展专项视察。\n"
        article = parse_article(text.encode("utf-8"), "site.txt")
        assert (article.source, article.published) == ("合肥市人大常委会网站", datetime(2024, 5, 10)), line
        assert "网站" not in article.body


def test_a_sidebar_box_heading_is_not_the_title():
    page = ('<html><head><meta charset="utf-8"><title>临淄区人大常委会</title></head><body><table><tr>'
            '<td><table><tr><td class="lefttitle">栏目导航</td></tr><tr><td><a href="/a">工作动态</a></td></tr></table></td>'
            '<td><table><tr><td class="biaoti"><b>区人大常委会听取备案审查工作情况报告</b></td></tr>'
            '<tr><td><span>2024-03-29</span></td></tr>'
            '<tr><td class="content"><p>3月28日，临淄区人大常委会听取和审议区人大常委会法工委关于2023年度规范性文件备案审查工作情况的报告。</p>'
            '</td></tr></table></td></tr></table></body></html>')
    assert parse_article(page.encode("utf-8"), "table.html").title == "区人大常委会听取备案审查工作情况报告"


# ---- a fifth acceptance pass (2026-11-29, fifth session)

WECHAT_POST = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="开发区人大工委：“代表议事厅”里议出发展“金点子”"></head>
<body><div class="rich_media_content" id="js_content">
<section><p style="text-align:center"><span>点击蓝字 关注我们</span></p></section>
<section><p>来源：赣州经开区人大工委</p><p>作者：钟晓燕　刘文斌</p></section>
<section><p>3月15日，赣州经济技术开发区人大工委召开“代表议事厅”专题议事会，组织区内各级人大代表与园区企业负责人面对面，共商优化营商环境举措。</p></section>
<section><p>会上，12名代表和企业负责人围绕用工、融资等问题提出意见建议18条，人大工委梳理形成问题清单交有关部门办理。</p></section>
<section><p>长按识别二维码</p></section>
</div></body></html>"""


def test_a_wechat_post_s_banner_before_its_source_line_is_not_the_article():
    article = parse_article(WECHAT_POST.encode("utf-8"), "wechat.html")
    assert article.body.startswith("3月15日，赣州经济技术开发区人大工委"), article.body[:40]
    assert "关注我们" not in article.body and "二维码" not in article.body
    assert article.source == "赣州经开区人大工委"
    assert article.authors == ("钟晓燕", "刘文斌")


FRAMED = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>连南瑶族自治县第十七届人大常委会召开第十九次会议 | 清远人大</title></head><body>
<div class="top-nav"><a href="/">首页</a> · <a href="/xwzx/">新闻中心</a></div>
<div class="content-wrap"><h2>连南瑶族自治县第十七届人大常委会召开第十九次会议</h2>
<p class="time">发布时间：２０２４－０３－１８　　来源：连南瑶族自治县人大常委会</p>
<iframe id="contentFrame" srcdoc="&lt;html&gt;&lt;body&gt;&lt;div class=&quot;TRS_Editor&quot;&gt;&lt;p&gt;3月15日，连南瑶族自治县第十七届人大常委会召开第十九次会议，县人大常委会主任唐明主持会议。&lt;/p&gt;&lt;p&gt;会议听取和审议了县人民政府关于民族文化保护传承工作情况的报告，并进行了满意度测评。&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;"></iframe>
</div><div class="foot">清远市人大常委会办公室　版权所有　粤ICP备05001234号</div></body></html>"""


def test_an_article_inside_an_iframe_srcdoc_is_read_with_the_page_s_title_and_date():
    article = parse_article(FRAMED.encode("utf-8"), "framed.html")
    assert article.title == "连南瑶族自治县第十七届人大常委会召开第十九次会议"
    assert article.body.startswith("3月15日，连南瑶族自治县第十七届人大常委会召开第十九次会议")
    assert article.published == datetime(2024, 3, 18)   # full-width digits
    assert article.source == "连南瑶族自治县人大常委会"


def test_an_office_line_with_a_date_in_chinese_numerals_gives_source_and_date():
    text = ("巫山县人大常委会推进人大代表之家建设全覆盖\n\n巫山县人大常委会办公室  二〇二四年三月十五日\n\n"
            "今年以来，巫山县人大常委会以“家站点”建设为抓手，推动全县26个乡镇（街道）人大代表之家全覆盖。\n")
    article = parse_article(text.encode("utf-8"), "numerals.txt")
    assert article.published == datetime(2024, 3, 15)
    assert article.source == "巫山县人大常委会办公室"
    assert article.body.startswith("今年以来")


def test_a_contributor_line_and_the_date_after_it_close_the_article():
    text = ("墨竹工卡县人大常委会组织开展乡镇人大工作交流观摩活动\n\n"
            "3月15日，墨竹工卡县人大常委会组织全县8个乡镇人大主席开展工作交流观摩活动。\n"
            "（墨竹工卡县人大常委会办公室 供稿）\n2024年3月18日\n墨竹工卡县人大常委会办公室 主办\n")
    article = parse_article(text.encode("utf-8"), "contributed.txt")
    assert article.body.endswith("开展工作交流观摩活动。"), article.body[-30:]
    assert article.source == "墨竹工卡县人大常委会办公室"
    assert article.published == datetime(2024, 3, 18)


def test_a_site_date_and_bylines_line_and_a_photo_caption():
    text = ("晋江市安海镇人大代表联络站开展代表述职评议活动\n晋江人大网　2024-07-03　　记者：许雅玲　通讯员：施文杰\n\n"
            "7月2日，晋江市安海镇人大代表联络站举行代表向选民述职评议会，12名代表逐一述职。\n"
            "述职评议会现场。（施文杰 摄）\n选民代表对述职代表进行了满意度测评。\n")
    article = parse_article(text.encode("utf-8"), "byline.txt")
    assert article.source == "晋江人大网"
    assert article.published == datetime(2024, 7, 3)
    assert article.authors == ("许雅玲", "施文杰")
    assert "摄" not in article.body and article.body.endswith("满意度测评。")


BULLETIN = """仙桃人大工作
2024年第3期（总第118期）
仙桃市人大常委会办公室编                    2024年4月2日

仙桃市人大常委会深化镇（街道）人大
代表小组建设

今年以来，仙桃市人大常委会坚持以提升代表履职
实效为目标，指导全市各镇（街道）人大深化代表小组
建设，推动代表小组活动常态化、规范化。

一、健全组织体系。市人大常委会制定出台《仙桃市人
大代表小组活动规则》，全市各镇（街道）共划分代表小组
152个，实现市、镇两级人大代表编组全覆盖。郑场镇人大
主席团将辖区代表编入8个代表小组，每个代表小组确定1名

— 3 —

召集人，每季度至少开展一次活动。市人大常委会副主任刘
汉华带队赴神农架林区学习考察代表小组建设的经验做法。

报：省人大常委会选举任免联络工作室，市委办公室
"""


def test_a_text_converted_from_pdf_is_read_in_paragraphs_without_page_numbers():
    article = parse_article(BULLETIN.encode("utf-8"), "bulletin.txt")
    assert article.title == "仙桃市人大常委会深化镇（街道）人大代表小组建设"
    assert article.source == "仙桃市人大常委会办公室编"
    assert article.published == datetime(2024, 4, 2)
    paragraphs = article.body.split("\n")
    assert paragraphs[0] == "今年以来，仙桃市人大常委会坚持以提升代表履职实效为目标，指导全市各镇（街道）人大深化代表小组建设，推动代表小组活动常态化、规范化。"
    assert "《仙桃市人大代表小组活动规则》" in article.body and "副主任刘汉华" in article.body
    assert "每个代表小组确定1名召集人" in article.body   # across the page break
    assert "— 3 —" not in article.body and "报：" not in article.body
    assert len(paragraphs) == 2, paragraphs


@pytest.mark.parametrize("closing, authors", [
    ("（通讯员 何晓东 记者 陈嘉怡）", ("何晓东", "陈嘉怡")),
    ("（区人大常委会预算工委 俞佳）", ("俞佳",)),
    # a two-character name spaced out to the width of three (方　园)
    ("（汤池镇人大　方　园）", ("方园",)),
    # the writer credited after the office; 图/ credits the photographer, not the text
    ("（市人大常委会办公室　文/袁　芳　图/易　军）", ("袁芳",)),
])
def test_a_byline_in_brackets_closes_the_article(closing, authors):
    text = ("柯桥区人大常委会召开会议\n时间：2025-11-20\n\n"
            "11月18日，柯桥区人大常委会召开会议，听取和审议了区人民政府关于国有资产管理情况的综合报告。\n" + closing + "\n")
    article = parse_article(text.encode("utf-8"), "closing.txt")
    assert article.authors == authors
    assert article.body.endswith("综合报告。")


@pytest.mark.parametrize("head, title, source, published", [
    # an app export: the app's name, then its date-and-source line, then the headline
    ("沂水县融媒体中心\n2024-04-18 09:32  来源：沂水县融媒体中心\n\n我县打造“家站点”履职阵地 代表联系群众“零距离”\n",
     "我县打造“家站点”履职阵地 代表联系群众“零距离”", "沂水县融媒体中心", datetime(2024, 4, 18, 9, 32)),
    # an e-paper's text: masthead, dateline, edition, page bar, headline, byline
    ("人民代表报\n2024年11月05日　星期二\n第03版：地方人大\n上一版　下一版\n\n城固县：建议办理闭环管理 件件有回音\n"
     "■本报记者 马志远　通讯员 周晓燕\n\n", "城固县：建议办理闭环管理 件件有回音", "人民代表报", datetime(2024, 11, 5)),
    # the site, its column and the date on one line
    ("眉山人大网　履职风采　2024-09-10\n\n罗春燕：果园里走出来的“泥腿子”代表\n\n",
     "罗春燕：果园里走出来的“泥腿子”代表", "眉山人大网", datetime(2024, 9, 10)),
])
def test_headers_of_apps_papers_and_sites(head, title, source, published):
    text = head + "近年来，沂水县人大常委会坚持把代表之家、代表联络站建设作为密切代表同人民群众联系的重要抓手，实现家站点全覆盖。\n"
    article = parse_article(text.encode("utf-8"), "header.txt")
    assert (article.title, article.source, article.published) == (title, source, published)
    assert article.body.startswith("近年来")


def test_a_date_then_a_committee_is_the_source():
    html = ("<html><head><meta charset='utf-8'><title>市人大常委会听取审议备案审查工作情况报告</title></head><body>"
            "<h1>市人大常委会听取审议备案审查工作情况报告</h1><p class='time'>2024-08-29 16:05　赣州市人大常委会法制工作委员会</p>"
            "<div class='content'><p>8月28日，赣州市第六届人大常委会第二十二次会议听取和审议了市人大常委会法制工作委员会关于规范性文件备案审查工作情况的报告。</p></div>"
            "</body></html>")
    article = parse_article(html.encode("utf-8"), "committee.html")
    assert article.source == "赣州市人大常委会法制工作委员会"
    assert article.published == datetime(2024, 8, 29, 16, 5)


def test_a_page_of_several_news_items_keeps_them_all():
    # a 工作动态 page: one <li> of heading, date and paragraph per item. Only the longest item
    # was read (the others were lost without a word).
    items = [("县人大常委会召开主任会议", "10月8日，兰考县人大常委会召开第四十二次主任会议，县人大常委会主任王宏伟主持会议并讲话。"),
             ("县人大常委会开展执法检查", "10月13日至15日，县人大常委会副主任刘淑芳带领执法检查组，对食品安全法贯彻实施情况开展执法检查。"),
             ("东坝头镇人大开展代表小组活动", "10月20日，东坝头镇人大组织张庄村代表小组的7名镇人大代表，围绕乡村旅游发展开展专题视察活动。")]
    lis = "".join(f"<li><h3>{h}</h3><p class=\"date\">2025-10-{8 + i}</p><p>{p}</p></li>" for i, (h, p) in enumerate(items))
    html = ("<html><head><meta charset='utf-8'><title>工作动态</title></head><body><div class='nav'>首页 &gt; 工作动态</div>"
            "<h1>兰考县人大常委会工作动态（2025年10月）</h1><div class='pubinfo'>来源：兰考县人大常委会办公室　发布时间：2025-10-31</div>"
            f"<div class='content'><ul class='news-list'>{lis}</ul></div><div class='footer'>兰考县人大常委会办公室主办</div></body></html>")
    article = parse_article(html.encode("utf-8"), "list.html")
    for heading, paragraph in items:
        assert heading in article.body and paragraph in article.body, article.body
    assert "主办" not in article.body


# ---- an eleventh acceptance pass: spaced-out names, bodies as authors, e-paper pages


@pytest.mark.parametrize(("line", "authors"), [
    ("本报记者　王　璐", ("王璐",)),
    ("记者 张　某　某", ("张某某",)),
    # a space between two names of two characters still separates them
    ("记者　王璐　李强", ("王璐", "李强")),
    ("记者　王　璐　李强", ("王璐", "李强")),
    ("记者 王　璐、李　强", ("王璐", "李强")),
    # a spaced name is not glued to the word after it
    ("记者 王　璐 报道", ("王璐",)),
    ("文/图 李某", ("李某",)),
])
def test_a_name_spaced_out_is_one_name(line, authors):
    assert is_byline(line)
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["文/李某 图/王某", "记者 李某 摄影 王某"])
def test_a_photographer_s_credit_is_not_an_author(line):
    # like a caption's （王某 摄）: the pictures' credit, not the text's
    assert byline_authors(line) == ("李某",)


def test_single_characters_too_many_for_a_name_are_no_name():
    assert split_authors("一 二 三 四 五") == ()


@pytest.mark.parametrize(("name", "organisation"), [
    ("县人大常委会代表工作委员会", True), ("市人大城建环资委", True), ("县融媒体中心", True), ("县水利局", True),
    ("汤池镇人大", True), ("王建社", False), ("欧阳娜娜", False), ("袁芳", False),
])
def test_bodies_and_people_among_credits(name, organisation):
    assert is_organisation(name) is organisation


def test_a_body_in_the_author_field_is_no_author():
    text = ("市人大常委会开展水土保持法执法检查\n\n发布时间：2025-08-22　来源：赣州市人大常委会　作者：市人大城建环资委\n\n"
            "8月18日至21日，赣州市人大常委会副主任钟国华带领执法检查组开展水土保持法执法检查。\n")
    article = parse_article(text.encode("utf-8"), "body-author.txt")
    assert article.authors == ()
    assert article.source == "赣州市人大常委会"


def test_a_body_in_the_author_field_is_the_source_when_no_line_gives_one():
    page = ("<html><head><meta charset='utf-8'><title>尤溪县构建代表联络站网络</title></head><body>"
            "<h1 class='title'>尤溪县构建代表联络站网络</h1>"
            "<div class='attr'>作者：县人大常委会代表工作委员会　发布日期：2025-06-18　阅读：562次</div>"
            "<div class='text'><p>近年来，尤溪县人大常委会坚持把代表联络站建设作为密切代表同人民群众联系的重要抓手。</p></div>"
            "</body></html>")
    article = parse_article(page.encode("utf-8"), "body-author.html")
    assert article.authors == ()
    assert article.source == "县人大常委会代表工作委员会"


def test_a_body_in_the_author_field_leaves_room_for_a_person_s_byline():
    text = ("镇人大开展代表接待日活动\n\n发布时间：2025-04-17　作者：汤池镇人大\n\n"
            "4月15日是汤池镇人大代表集中接待日，5名代表在金盆村人大代表之家接待群众。\n"
            "（通讯员 方园）\n")
    article = parse_article(text.encode("utf-8"), "both.txt")
    assert article.authors == ("方园",)
    assert article.source == "汤池镇人大"


def test_a_body_in_the_author_field_leaves_room_for_a_lead_byline():
    text = ("县人大常委会召开主任会议\n\n发布时间：2025-03-02　来源：县人大网　作者：县人大常委会办公室\n\n"
            "本报讯（记者 赵磊）3月1日，县人大常委会召开主任会议，研究代表联络站建设工作。\n")
    assert parse_article(text.encode("utf-8"), "lead.txt").authors == ("赵磊",)


EPAPER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>山西日报数字报-省人大常委会召开第十次会议</title></head><body>
<div class="masthead"><img src="logo.png" alt="山西日报"><span class="paperdate">2024年11月30日 星期六</span></div>
<div class="pagebar"><a href="../index.html">首页</a> | <a href="node_1.html">上一版</a> | <span class="banci">第03版：要闻</span></div>
<div class="article"><h1>省人大常委会召开第十次会议</h1>
<div class="byline">本报记者　王　璐</div>
<div id="ozoom"><p>本报讯　11月29日，山西省第十四届人民代表大会常务委员会第十次会议在太原闭幕，会议表决通过了两件地方性法规。</p>
<p>会议应出席常委会组成人员62人，实际出席54人，符合法定人数。</p></div>
<div class="editor">责任编辑：张　敏</div></div></body></html>"""


def test_an_epaper_page_is_a_page_of_the_paper_its_title_names():
    article = parse_article(EPAPER_PAGE.encode("utf-8"), "epaper.html")
    assert article.source == "山西日报"
    assert article.authors == ("王璐",)


def test_a_paper_s_logo_names_an_epaper_page_whose_title_does_not():
    page = EPAPER_PAGE.replace("山西日报数字报-", "")
    assert parse_article(page.encode("utf-8"), "epaper.html").source == "山西日报"


def test_a_page_naming_no_page_of_a_paper_takes_no_paper_as_its_source():
    page = EPAPER_PAGE.replace("第03版：要闻", "要闻")
    assert parse_article(page.encode("utf-8"), "site.html").source is None


def test_a_source_line_outranks_the_paper_of_an_epaper_page():
    page = EPAPER_PAGE.replace('<div class="byline">', '<div class="source">来源：山西人大网</div><div class="byline">')
    assert parse_article(page.encode("utf-8"), "epaper.html").source == "山西人大网"


def test_a_wechat_article_s_account_is_its_source():
    # found by the eleventh acceptance pass: the account's name is a link, which the inline
    # metadata left out with the page's link lists, so the article had no source
    page = ("<html><head><meta charset='utf-8'><title>小寨路街道人大工委开展“选民接待日”活动</title></head><body>"
            "<div id='page-content' class='rich_media_area_primary'>"
            "<h1 class='rich_media_title' id='activity-name'>小寨路街道人大工委开展“选民接待日”活动</h1>"
            "<div id='meta_content' class='rich_media_meta_list'>\n"
            "<span class='rich_media_meta rich_media_meta_text'>雁塔人大</span>\n"
            "<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'>"
            "<a href='javascript:void(0);' id='js_name'>雁塔人大</a></span>\n"
            "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2025-06-17 18:32</em>\n"
            "<em class='rich_media_meta rich_media_meta_text'>陕西</em>\n</div>"
            "<div class='rich_media_content' id='js_content'><p>6月15日，小寨路街道人大工委组织辖区市、区人大代表开展"
            "第二季度“选民接待日”活动，共接待选民86人次，收集意见建议23条。</p>"
            "<p>街道人大工委将对收集的意见建议进行梳理，交相关部门办理并及时反馈。</p></div></div></body></html>")
    article = parse_article(page.encode("utf-8"), "wechat.html")
    assert article.source == "雁塔人大"


def test_a_page_s_site_name_is_read_from_its_title_and_logo():
    page = ("<html><head><title>南门街道：代表有约让民生小事有人管 - 海曙人大</title></head><body>"
            "<div class='header'><img src='logo.png' alt='宁波市海曙区人大常委会'></div>"
            "<h1>南门街道：代表有约让民生小事有人管</h1><div class='info'>来源：人大南门街道工委　发布时间：2024-04-12</div>"
            "<div class='content'><p>近日，人大南门街道工委组织区人大代表进站接待选民，收集意见建议48条，"
            "并通过居民议事会推动加装电梯等民生小事落地见效，群众满意度持续提升。</p></div></body></html>")
    article = parse_article(page.encode("utf-8"), "nanmen.html")
    assert "海曙人大" in article.site and "宁波市海曙区人大常委会" in article.site, article.site
    assert "海曙" not in article.body


def test_a_paper_s_credit_line_under_a_headline_and_its_subtitle():
    text = ("“数据跑”代替“人工查” 小店区人大预算监督装上“千里眼”\n——小店区预算联网监督系统运行情况调查\n"
            "《太原日报》2024年12月17日 第03版　记者　郝静怡　通讯员　续佳\n\n"
            "　　“以前查预算执行，要翻几十本账。”小店区人大常委会预算工委负责人说。\n")
    article = parse_article(text.encode("utf-8"), "taiyuan.txt")
    assert article.title == "“数据跑”代替“人工查” 小店区人大预算监督装上“千里眼”"
    assert (article.source, article.published.date().isoformat()) == ("太原日报", "2024-12-17")
    assert set(article.authors) == {"郝静怡", "续佳"}
    assert "太原日报" not in article.body and "第03版" not in article.body


def test_a_work_report_s_date_is_the_day_its_subtitle_says_it_was_delivered():
    text = ("清河镇人民代表大会主席团工作报告\n——2025年1月15日在清河镇第十九届人民代表大会\n第六次会议上\n"
            "清河镇人大主席　曲丽华\n\n各位代表：\n　　现在，我代表清河镇人民代表大会主席团向大会报告工作，\n请予审议。\n")
    article = parse_article(text.encode("utf-8"), "qinghe.txt")
    assert article.title == "清河镇人民代表大会主席团工作报告"
    assert article.published.date().isoformat() == "2025-01-15"
    assert "第六次会议上" not in article.body and "请予审议" in article.body


def test_a_number_broken_over_a_pdf_s_line_is_joined_not_read_as_a_list_item():
    wrapped = "主席团实行“主席团成员包案、代表小组跟踪”的督办办法，截至12月底，已办结35件，办结率9"
    lines = ["清河镇人民代表大会主席团工作报告", ""] + \
        ["一年来，镇人大主席团坚持依法履职，认真组织代表开展视察调研活动，推动解决群众关心"] * 6 + \
        [wrapped, "4.6%，其余2件列入2025年计划逐步解决。", "1.坚持党的领导。"]
    article = parse_article("\n".join(lines).encode("utf-8"), "qinghe.txt")
    assert "办结率94.6%，其余2件" in article.body
    assert "\n1.坚持党的领导。" in article.body   # (an item of a list still starts its line)


# ----------------------------------------------------------------- paragraph edges


def test_paragraph_edges_are_exactly_unicode_whitespace_and_invisible_marks():
    """strip_paragraph trims what \\s matches (U+3000, NBSP, line breaks …) and the zero-width
    marks and BOM, at both ends and nowhere else: checked against every code point."""
    import re
    import sys

    from renda_kg.loaders.text import strip_paragraph

    edge = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        trimmed = bool(edge.fullmatch(c))
        assert strip_paragraph(c) == ("" if trimmed else c), f"U+{code:04X}"
        assert strip_paragraph(f"{c}{c}人 大{c}") == ("人 大" if trimmed else f"{c}{c}人 大{c}"), f"U+{code:04X}"
    line = "\u3000\u3000\u200b 代表 \u00a0联络站\ufeff\r\n\u2060"
    assert strip_paragraph(line) == "代表 \u00a0联络站"
    assert strip_paragraph(" \u3000\u200b\n") == ""


def test_a_long_prose_line_is_no_site_and_date_line():
    """A site's name and a date make a metadata line only when the line is short: the same
    words inside a long sentence stay in the body."""
    from renda_kg.loaders.text import is_metadata_line

    assert is_metadata_line("合肥人大网 2024年5月10日")
    assert not is_metadata_line("合肥人大网 2024年5月10日" + "报道了全市各级人大代表深入联络站开展接待选民活动的情况")

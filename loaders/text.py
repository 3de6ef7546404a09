"""Line-level reading of article text: metadata lines, bylines, breadcrumbs, site chrome.

Both layouts end up here: a plain-text dump is already lines, and an HTML page is
turned into lines by :mod:`renda_kg.loaders.reader`.  Everything is a pure function
over ``str``.  Metadata is matched on an NFKC copy of a line (so full-width colons,
digits and spaces need no special cases), converted to simplified characters (so
發佈時間/來源/作者 read as 发布时间/来源/作者); body lines are returned untouched,
because offsets elsewhere index into the body and its quotes are evidence.  Values
(source, author names) are cut from the NFKC copy, so they keep the page's script.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

# Whitespace (str.isspace, which is what \s matches: U+3000 and NBSP too; every such
# character is in the BMP) and zero-width characters and a stray BOM, invisible on the page
# too: the edge whitespace of a paragraph. str.strip with them took a twentieth of the time of
# the regular expression it replaces, which ran for every line of every page.
_EDGE_CHARACTERS = "".join(c for c in map(chr, range(0x10000)) if c.isspace()) + "\u200b\u200c\u200d\u2060\ufeff"

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*T?\s*(?P<H>\d{1,2})\s*[:时]\s*(?P<M>\d{1,2})(?:\s*[:分]\s*(?P<S>\d{1,2}))?)?"
)

# Labels of the fields a metadata/trailer line carries.  Longer labels come first so
# 信息来源 is not read as 来源 and 责任编辑 not as 编辑.  Labels we do not keep
# (浏览次数, 字号, ...) are listed so they end the value before them.
_DATE_LABELS = ("发布时间", "发布日期", "发布时期", "发表时间", "发表日期", "更新时间", "日期", "时间")
_SOURCE_LABELS = ("信息来源", "文章来源", "稿件来源", "新闻来源", "来源")
_AUTHOR_LABELS = ("作者", "撰稿", "文字", "记者", "通讯员")
_OTHER_LABELS = ("本版责任编辑", "本版编辑", "美术编辑", "责任校对", "责任编辑", "编辑", "责编", "审核", "校对", "浏览次数", "浏览量", "阅读次数",
                 "点击数", "点击量", "点击", "访问量", "阅读", "字号", "字体", "分享到", "打印")
_LABEL = re.compile(
    "(" + "|".join(_DATE_LABELS + _SOURCE_LABELS + _AUTHOR_LABELS + _OTHER_LABELS) + r")\s*:"
)
_META_LINE = re.compile("(?:" + "|".join(_DATE_LABELS) + r")\s*:\s*" + _DATE.pattern)
# A meta bar without a date label: 2021-08-16 09:42  来源:缙云新闻网  作者:楼晓峰.
_META_BAR_FIELD = re.compile("(?:" + "|".join(_SOURCE_LABELS + _AUTHOR_LABELS) + r")\s*:")
# A line that is only a date: the dateline of an e-paper page (2023年03月15日 星期三).
# A site's or paper's name on its own (合肥市人大常委会网站, 晋江人大网, 浙江日报).
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}(?:网站|网|人大|人大常委会|客户端|日报|晚报|报|发布|办公室|融媒体中心|委员会|工委)(?:编|编印)?")
_DATELINE = re.compile("^" + _DATE.pattern + r"\s*(?:(?:星期|周|礼拜)[一二三四五六日天])?$")

_BREADCRUMB = re.compile(r"(?:当前位置|您的位置|你的位置|现在的位置|所在位置|位置)\s*:\s*(?P<path>.*)")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|›|»|→|/|-&gt;)\s*")
# A breadcrumb with no label: 首页 > A > B.
_BARE_BREADCRUMB = re.compile(r"^(?:首页|网站首页|主页)\s*(?:>>|>|›|»|→)")

# A line that ends the body: what follows is the page's trailer and footer.
# A contributor's note closing an article: （墨竹工卡县人大常委会办公室 供稿）.
_CONTRIBUTED = re.compile(r"[(]\s*([\u4e00-\u9fff]{2,30}?)\s*(?:供稿|供图|来稿)\s*[)]")
_TRAILER = re.compile(
    r"^(?:(?:" + "|".join(_SOURCE_LABELS + _AUTHOR_LABELS)
    + r"|(?:本版|本期|美术|值班)?(?:责任)?编辑|责编|审核|(?:责任)?校对)\s*:"
    r"|(?:[\[【(]?\s*(?:关闭窗口|打印本页|打印此页|关闭本页|打印|关闭|返回)\s*[\]】)]?\s*)+$"
    r"|上一篇|下一篇|上一条|下一条|相关链接|相关新闻|相关阅读|相关文章|猜你喜欢|分享到|返回顶部)"
    r"|^" + _CONTRIBUTED.pattern + "$"   # （…人大常委会办公室 供稿）
    r"|^(?:报|送|抄送|抄报|分送)\s*:"   # a bulletin's distribution list (报：省人大常委会…)
)
_CAPTION = re.compile(r"[(]\s*[\u4e00-\u9fff]{2,12}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄\s*[)]$|^(?:图|图片)\s*[:/]")
# A name in a closing byline, spaced out or not (俞佳, 方　园), credited or not (文/袁　芳 图/易　军).
# A space always separates here (so the pattern cannot backtrack); split_authors joins 方 园.
_CLOSING_NAME = r"(?:[文图](?:\s*[/、·]\s*[文图])?\s*[:/|]\s*)?[\u4e00-\u9fff]{1,4}"
_CLOSING_BYLINE = re.compile(r"[(]\s*((?:(?:本报)?(?:记者|通讯员|见习记者)(?:\s*[\u4e00-\u9fff]){2,4}[\s、]*)+)\s*[)]"
                             r"|[(]\s*[\u4e00-\u9fff]{2,20}?(?:委|办|局|中心|工委|人大|站|室|办公室)\s+"
                             r"(" + _CLOSING_NAME + r"(?:[\s、]+" + _CLOSING_NAME + r")*)\s*[)]")
_FOOTER = re.compile(r"版权所有|ICP备|ICP证|公网安备|技术支持\s*:|主办单位|(?:主办|承办)(?:\s|$)")
_COPYRIGHT = re.compile(
    r"版权所有|copyright|©|\(c\)\s*\d{4}|未经(?:授权|许可|同意).{0,30}(?:转载|使用)|转载请注明", re.I
)
# Font-size and print widgets: 【字号：大 中 小】.
_WIDGET = re.compile(r"^[\[【]?\s*(?:字号|字体)\s*:?\s*[\[【]?\s*大|^(?:\[|【)?\s*(?:大|中|小)\s*(?:\]|】)?\s*(?:(?:\[|【)?\s*(?:大|中|小)\s*(?:\]|】)?\s*){2}$"
                     # WeChat's follow banners and footers (点击蓝字 关注我们, 长按识别二维码)
                     r"|^(?:点击|点)(?:上方)?蓝字\s*关注|^关注我们$|^长按(?:识别|扫描)?二维码|^扫码关注|^(?:阅读原文|点个在看|分享\s*收藏\s*点赞\s*在看)$")
_NAV_HINT = re.compile(r"更多\s*>>|设为首页|加入收藏|^今天是|上一版|下一版|PDF下载|版面导航")
# A title given as a labelled field in a text dump (标题：…).
_TITLE_LABEL = re.compile(r"^(?:标题|题目|標題|題目)\s*[:：]\s*")

# E-paper bylines: ■记者 李某 通讯员 王某 / 本报记者 李某.
# 文/图 count only with their slash, bar or colon (文/郭某, 文 | 郭某, 文/图 李某), so 文化…
# is not a byline.
_ROLE = (r"(?:(?:本报|本刊|本网|本台)?(?:特约|见习|实习|首席)?(?:记者|通讯员|摄影|撰稿)(?:\s*[:/|])?"
         r"|[文图](?:\s*[/、·]\s*[文图])?\s*[:/|])")
_BYLINE = re.compile(r"^[■□●◆▲▼★☆▌|\s]*" + _ROLE + r"\s*\S")
# 浙江人大 2022年第3期 / 第04版：基层之窗.
_ISSUE = re.compile(r"^(?P<paper>\S{2,16}?)\s*(?:\d{4}\s*年\s*)?第\s*\d+\s*期")
# Edition lines and the e-paper's page navigation: 第A2版:要闻 / A2版 / 上一版 下一版.
_EDITION = re.compile(
    r"^(?:版次\s*:|第\s*[A-Za-z]?\d+\s*版|[A-Za-z]\d+\s*版\s*(?::|$)"
    r"|(?:(?:上一版|下一版|上一期|下一期|版面导航|标题导航|返回目录|往期回顾|PDF版|PDF下载)\s*)+$)",
    re.I,
)
# A paper's masthead rather than a headline: 湖州日报 / 湖州日报数字报 / 浙江人大电子版.
_PAPER_KINDS = r"(?:日报|晚报|晨报|早报|时报|商报|都市报|法治报|导报|周报|报社|代表报|人大报)"
_EDITION_KINDS = r"(?:数字报刊|数字报|数字版|电子版|电子报|手机版|e?paper)"
_MASTHEAD = re.compile(
    r"^(?P<paper>[\u4e00-\u9fff]{1,12}" + _PAPER_KINDS + r")\s*" + _EDITION_KINDS + r"?$"
    r"|^(?P<other>[\u4e00-\u9fff]{2,12}?)\s*" + _EDITION_KINDS + r"$",
    re.I,
)
# A report's subtitle: ——2025年1月15日在清河镇第十九届人民代表大会第六次会议上.
_DELIVERED = re.compile(r"^[—-]+\s*(" + _DATE.pattern + r")\s*在")
# A paper's credit line under a headline: 《太原日报》2024年12月17日 第03版　记者　郝静怡　通讯员　续佳.
_PAPER_CREDIT = re.compile(r"^《(?P<paper>[\u4e00-\u9fff]{1,12}" + _PAPER_KINDS + r")》\s*(?P<date>" + _DATE.pattern
                           + r")\s*(?:第\s*[A-Za-z]?\d+\s*版)?\s*(?P<rest>.*)$")
# Notes that are neither prose nor metadata fields: the author's affiliation and
# a repost's 原标题 (kept out of the body; a 转载自 names the source).
_AFFILIATION = re.compile(r"^\(?\s*(?:作者单位|作者系|作者为|作者简介)\s*:?")
_REPOST = re.compile(r"^\(?\s*(?:原标题|原题|原文标题)\s*:|^\(?\s*(?:本文|此文|该文|文章)?(?:转载自|转自|摘自|选自|来源于)")
_REPOSTED_FROM = re.compile(r"(?:转载自|转自|摘自|选自|来源于)\s*(?P<source>[^,，。;；:()《》\s]{2,20})")
_NOT_NAMES = {"报道", "摄", "文", "图", "供稿", "整理", "文图", "通讯员", "记者"}

_AUTHOR_SPLIT = re.compile(r"[\s、,，;；/|]+")
_SENTENCE_END = ("。", "！", "？", "!", "?", "；")


def strip_paragraph(line: str) -> str:
    """Trim a paragraph's edges (full-width spaces, NBSP, zero-width marks)."""
    return line.strip(_EDGE_CHARACTERS)


@lru_cache(maxsize=4096)  # likewise: a page's lines are tested by several predicates (a quarter of reading went to NFKC)
def metadata_form(line: str) -> str:
    """The NFKC form of a line, used only to read metadata, never as body text."""
    return strip_paragraph(unicodedata.normalize("NFKC", line))


@lru_cache(maxsize=4096)  # each line is tested by several predicates
def match_form(line: str) -> str:
    """:func:`metadata_form` in simplified characters, index for index.

    Patterns are matched on this form; values are cut from :func:`metadata_form` at the
    same offsets, so a traditional page keeps its own script in names and sources.
    """
    return to_simplified(metadata_form(line))


_T2S = None


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, keeping the length (and so every offset)."""
    global _T2S
    if not text.isascii():
        if _T2S is None:
            import opencc  # imported on first use

            _T2S = opencc.OpenCC("t2s")
        converted = _T2S.convert(text)
        if len(converted) == len(text):
            return converted
        # A phrase conversion changed the length: convert character by character.
        return "".join(c if len(c := _T2S.convert(ch)) == 1 else ch for ch in text)
    return text


def parse_date(text: str) -> datetime | None:
    """The first date (and optional time) in ``text``, as a naive ``datetime``."""
    match = _DATE.search(metadata_form(text))
    if not match:
        return _chinese_numeral_date(text)
    parts = [int(match[g]) if match[g] else 0 for g in ("y", "m", "d", "H", "M", "S")]
    try:
        return datetime(*parts)
    except ValueError:  # 2023-02-30 and the like: a number, not a date
        return None


_NUMERAL_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """``17`` / ``十七`` / ``两`` → int; None for N or anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + current


def _chinese_numeral_date(text: str) -> datetime | None:
    """二〇二四年三月十五日 (the date line of an official document)."""
    match = _NUMERAL_DATE.search(text)
    if not match:
        return None
    year = int("".join(str(_CN_DIGITS[c]) for c in match[1]))   # 二〇二四: digit by digit
    try:
        return datetime(year, chinese_number(match[2]), chinese_number(match[3]))
    except ValueError:
        return None


def labelled_values(line: str) -> dict[str, str]:
    """``{label: value}`` of a line like ``来源: 桐乡市人大 作者:严克明 责任编辑:``.

    A value runs to the next known label, so fields sharing a line separate.
    """
    text, matched = metadata_form(line), match_form(line)
    matches = list(_LABEL.finditer(matched))
    values: dict[str, str] = {}
    for here, after in zip(matches, matches[1:] + [None]):
        end = after.start() if after else len(text)
        values.setdefault(here[1], text[here.end():end].strip())
    return values


@dataclass
class Metadata:
    """What metadata and trailer lines state; the first statement of a field wins."""

    published: datetime | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    section_path: tuple[str, ...] = ()
    site: str | None = None   # the site's own name, read from a page's chrome (reader.py)

    def take(self, other: "Metadata") -> None:
        self.published = self.published or other.published
        self.source = self.source or other.source
        if not credited_people(self.authors):
            # 作者：县人大常委会代表工委 credits a body: a person's byline later still counts
            self.authors = self.authors + tuple(a for a in other.authors if a not in self.authors)
        self.section_path = self.section_path or other.section_path
        self.site = self.site or other.site


def line_metadata(line: str) -> Metadata:
    """The publication time, source and authors a metadata or trailer line states.

    A date without a label (``2021-08-16 09:42 来源:…``) is the publication time, and
    a date run into a field's value (``来源:缙云新闻网 2021-08-16``) ends that value.
    """
    found = Metadata()
    site = _site_line(line)
    if site is not None:
        found.source, found.published = site
        return found
    contributed = _CONTRIBUTED.fullmatch(metadata_form(line))
    if contributed:
        found.source = contributed.group(1)
        return found
    credit = _PAPER_CREDIT.match(match_form(line))
    if credit:
        found.source, found.published = credit.group("paper"), parse_date(credit.group("date"))
        found.authors = split_authors(metadata_form(line)[credit.start("rest"):])
        return found
    values = labelled_values(line)
    for label, value in values.items():
        if label in _DATE_LABELS:
            found.published = found.published or parse_date(value)
            continue
        dated = _DATE.search(value)
        if dated and label in _SOURCE_LABELS + _AUTHOR_LABELS:
            found.published = found.published or parse_date(value)
            value = value[:dated.start()].strip()
        if label in _SOURCE_LABELS and value:
            found.source = found.source or value
        elif label in _AUTHOR_LABELS and value:
            # 记者：许雅玲　通讯员：施文杰: every field's names, in their order
            found.authors = found.authors + tuple(a for a in split_authors(value) if a not in found.authors)
    first = _LABEL.search(match_form(line)) if values else None
    if first is not None and first.start():
        # 晋江人大网　2024-07-03　　记者：…: the site and the date before the first field
        site = _site_line(metadata_form(line)[:first.start()])
        found.source = found.source or (site[0] if site else None)
        found.published = found.published or (site[1] if site else parse_date(metadata_form(line)[:first.start()]))
    return found


# The byline a paper puts in its lead: 本报讯（记者 赵磊 通讯员 孙艳）.
_LEAD_BYLINE = re.compile(r"^[^（(]{0,12}?讯\s*[（(]((?:本报|见习)?(?:记者|通讯员)[^）)]{2,40})[）)]")


def lead_byline_authors(paragraph: str) -> tuple[str, ...]:
    """The authors a first paragraph names in its lead (本报讯（记者 赵磊 通讯员 孙艳）)."""
    match = _LEAD_BYLINE.match(match_form(paragraph))
    return split_authors(metadata_form(paragraph)[match.start(1):match.end(1)]) if match else ()


def split_authors(value: str) -> tuple[str, ...]:
    """Names from ``严克明 王海英`` / ``李某、王某`` / ``记者 李某 通讯员 王某`` / ``记者 王　璐``."""
    names = []
    text, matched = metadata_form(value), match_form(value)
    for role, start, end in _credited_runs(matched):
        if _PHOTO_CREDIT.fullmatch(role.strip()):
            continue   # 图/易军: the photographer's, like a caption's （… 摄）, not the text's author
        for name in _names_in(text[start:end]):
            # A one-character token is a role word (文, 图) or a stray mark: no name is that short.
            if len(name) >= 2 and to_simplified(name) not in _NOT_NAMES and name not in names:
                names.append(name)
    return tuple(names)


# A role word where a token starts (记者, 本报记者：, 文/, 图/, 文/图): it credits the names after it.
# 文/图 before a space (文/图 李某) is one credit, not 文/ crediting 图.
_ROLE_AT_TOKEN = re.compile(r"(?:^|(?<=[\s、,，;；/|]))(?:[文图]\s*[/、·]\s*[文图](?![\u4e00-\u9fff])|" + _ROLE + ")")
_PHOTO_CREDIT = re.compile(r"图\s*[:/|]|(?:本报|本刊|本网|本台)?(?:特约|见习|实习|首席)?摄影(?:\s*[:/|])?")


def _credited_runs(matched: str) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` of each run of names in an author value, with the role word
    before it ('' for none): 文/袁芳 图/易军 → ('文/', 2, 5), ('图/', 7, 10)."""
    runs, role, start = [], "", 0
    for found in _ROLE_AT_TOKEN.finditer(matched):
        runs.append((role, start, found.start()))
        role, start = found.group(0), found.end()
    runs.append((role, start, len(matched)))
    return [run for run in runs if run[2] > run[1]]


# Characters of one name, spaced out to the width of a longer one (王　璐, 张　某　某).
_SPACED_NAME = (2, 4)


def _names_in(run: str) -> list[str]:
    """The names of a run between role words. Papers space out a two-character name
    (王　璐) to line it up with three-character ones, so single characters separated only
    by spaces are one name; a space between names of two or more characters (王璐　李强)
    or a 、 still separates them, and 摄 after a name is not part of it."""
    names: list[str] = []
    spaced: list[str] = []   # single characters seen so far, separated only by spaces
    start = 0
    for sep in [*_AUTHOR_SPLIT.finditer(run), None]:
        token = run[start:sep.start() if sep else len(run)].strip(":()")
        start = sep.end() if sep else len(run)
        if len(token) == 1 and _CJK_NAME_CHAR.match(token) and token != "摄":
            spaced.append(token)
        else:
            names.extend(_spaced_name(spaced))
            spaced = []
            names.append(token)
        if sep is None or not sep.group(0).isspace():
            names.extend(_spaced_name(spaced))
            spaced = []
    return names


_CJK_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _spaced_name(characters: list[str]) -> list[str]:
    """A name spelt out a character at a time, if that many characters can be one."""
    low, high = _SPACED_NAME
    return ["".join(characters)] if low <= len(characters) <= high else []


# An author field may credit a body (作者：县人大常委会代表工作委员会, 作者：市人大城建环资委):
# such a name has a word or an ending no person's name (two to four characters) has.
_ORGANISATION_WORD = re.compile(r"人大|政府|党委|委员会|常委会|办公室|工委")
_ORGANISATION_END = re.compile(r"(?:中心|委|办|局|站|室|院|部|所|处|科|组|社|报|网|台)$")
_LONGEST_NAME = 4


def is_organisation(name: str) -> bool:
    """Whether an author field's name is a body's (县人大常委会代表工作委员会) rather than a
    person's; a short name ending in 社 or 台 (王建社) is a person's."""
    simplified = to_simplified(name)
    return bool(_ORGANISATION_WORD.search(simplified)
                or (len(simplified) >= _LONGEST_NAME and _ORGANISATION_END.search(simplified)))


def credited_people(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names of people among an article's credits."""
    return tuple(name for name in names if not is_organisation(name))


def credited_organisations(names: tuple[str, ...]) -> tuple[str, ...]:
    """The bodies among an article's credits."""
    return tuple(name for name in names if is_organisation(name))


def _site_line(line: str) -> tuple[str, datetime] | None:
    """(site, date) of a line that is only a site's name and a date, either way round
    (``合肥市人大常委会网站 2024-05-10``, ``合肥人大网 2024年5月10日``)."""
    text = re.sub(r"\s+", " ", metadata_form(line))
    if len(text) > 40:   # first: most lines are prose, and converting them to simplified costs
        return None
    date = _DATE.search(to_simplified(text)) or _NUMERAL_DATE.search(text)
    if date is None:
        return None
    site = (text[:date.start()] + " " + text[date.end():]).strip()
    published = parse_date(date.group(0))
    # 眉山人大网　履职风采　2024-09-10: the site, its column, the date
    site = re.sub(r"^(\S+)\s+[\u4e00-\u9fff]{2,8}$", r"\1", site) if " " in site else site
    if published is None or not _SITE_NAME.fullmatch(match_form(site)):
        return None
    return site, published


def is_metadata_line(line: str) -> bool:
    """A label such as 发布时间 followed by a date, a short meta bar with a date and
    a 来源/作者 field (``2021-08-16 09:42 来源:缙云新闻网 作者:楼晓峰``), or a site's name
    and a date alone."""
    text = match_form(line)
    if _META_LINE.search(text) or _site_line(line) or _PAPER_CREDIT.match(text):
        return True
    return (len(text) <= 150 and not text.endswith(_SENTENCE_END)
            and bool(_DATE.search(text)) and bool(_META_BAR_FIELD.search(text)))


def is_dateline(line: str) -> bool:
    """A line that is only a date (and weekday): an e-paper's or dump's dateline."""
    return bool(_DATELINE.match(match_form(line))) or bool(_NUMERAL_DATE.fullmatch(metadata_form(line)))


def masthead_paper(line: str) -> str | None:
    """The paper a masthead line names (湖州日报数字报 → 湖州日报), or None."""
    if len(line) > 30:
        return None
    match = _MASTHEAD.match(match_form(line))
    if not match:
        return None
    group = "paper" if match["paper"] else "other"
    return metadata_form(line)[match.start(group):match.end(group)]


# An e-paper page names its page: 第03版：要闻 / 版次：A2 / A2版.
_PAGE_OF_PAPER = re.compile(r"第\s*[A-Za-z]?\d+\s*版|版次\s*:|(?:^|\s)[A-Za-z]\d+\s*版(?:\s*:|\s|$)", re.I)
# A page bar or edition line is short; 第2版 in a paragraph may be a book's edition.
_PAGE_BAR = 80
# How a page title joins the paper and the headline: 河北日报数字报-省十四届人大常委会…
_TITLE_PARTS = re.compile(r"\s*(?:_|\||｜|-|–|—|\s)\s*")


def epaper_paper(page_lines: list[str], page_title: str | None, logo_texts: list[str]) -> str | None:
    """The newspaper an e-paper page is a page of, named by its ``<title>``, a masthead line or
    its logo's text (河北日报数字报 → 河北日报); None on a page that names no page of a paper."""
    # (版 is written alike in simplified and traditional text: the normal form is worked out
    # only for the lines that have it)
    if not any(_PAGE_OF_PAPER.search(match_form(line)) for line in page_lines if len(line) <= _PAGE_BAR and "版" in line):
        return None
    title_parts = _TITLE_PARTS.split(strip_paragraph(page_title or ""))
    for candidate in [*title_parts, *page_lines, *logo_texts]:
        paper = masthead_paper(strip_paragraph(candidate))
        if paper and to_simplified(paper).endswith("报"):
            return paper
    return None


def is_note(line: str) -> bool:
    """An author's affiliation (作者单位:…) or a repost note (原标题:《…》, 本文转载自…)."""
    text = match_form(line)
    if len(text) > 150:
        return False
    if text.startswith("(") and not text.endswith(")"):
        return False  # a parenthesis opening a sentence, not a note
    return bool(_AFFILIATION.match(text) or _REPOST.match(text))


def note_metadata(line: str) -> Metadata:
    """The source a repost note names: （本文转载自缙云新闻网，原标题：…） → 缙云新闻网."""
    text, matched = metadata_form(line), match_form(line)
    found = _REPOSTED_FROM.search(matched)
    return Metadata(source=text[found.start("source"):found.end("source")] if found else None)


def breadcrumb_path(line: str) -> tuple[str, ...]:
    """The section path a breadcrumb line names, or ``()`` when it is not one."""
    text, matched = metadata_form(line), match_form(line)
    match = _BREADCRUMB.search(matched)
    if match:
        text = text[match.start("path"):]
    elif not _BARE_BREADCRUMB.match(matched):
        return ()
    # The last crumb of an article page is often the page itself, not a section.
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    while parts and parts[-1] in ("正文", "内容", "详情", "正文内容", "文章内容", "浏览文章"):
        parts.pop()
    return tuple(parts)


def is_trailer(line: str) -> bool:
    """A line that closes the article: source/author/editor, close/print, footer."""
    text = match_form(line)
    if _TRAILER.match(text):
        return True
    return is_footer(text) or is_copyright(text)


def is_footer(line: str) -> bool:
    text = match_form(line)
    return len(text) <= 120 and not text.endswith(_SENTENCE_END) and bool(_FOOTER.search(text))


def is_copyright(line: str) -> bool:
    text = match_form(line)
    return len(text) <= 160 and bool(_COPYRIGHT.search(text))


def is_widget(line: str) -> bool:
    """Font-size switches and similar page controls."""
    return bool(_WIDGET.search(match_form(line)))


def is_navigation(line: str) -> bool:
    """A menu bar or headline box: many short items, or nav phrases like 更多>>."""
    text = strip_paragraph(line)
    if _NAV_HINT.search(match_form(text)) or breadcrumb_path(text):
        return True
    items = [i for i in re.split(r"\s{2,}|[\xa0\u3000]+|\s*\|\s*", text) if i.strip()]
    return len(items) >= 4 and all(len(i) <= 8 for i in items)


def is_byline(line: str) -> bool:
    """An e-paper byline (■记者 李某 通讯员 王某), short and not a sentence."""
    text = match_form(line)
    if len(text) > 60 or "。" in text or not _BYLINE.match(text):
        return False
    # Names are short; a sentence that merely starts with 记者 has long runs.
    names = byline_authors(line)
    return bool(names) and all(len(name) <= 5 for name in names)


def byline_authors(line: str) -> tuple[str, ...]:
    return split_authors(re.sub(r"^[■□●◆▲▼★☆▌|\s]+", "", metadata_form(line)))


_ISSUE_ONLY = re.compile(r"^\d{4}\s*年\s*第\s*\d+\s*期(?:\s*[（(]总第\s*\d+\s*期[)）])?$")


def issue_paper(line: str) -> str | None:
    """The paper named by an issue line such as ``浙江人大 2022年第3期``."""
    text = metadata_form(line)
    if len(text) > 40 or text.endswith(_SENTENCE_END):
        return None
    match = _ISSUE.match(text)
    # 2024年第3期 alone names no paper (the bulletin's name is on a line of its own)
    return match["paper"] if match and not re.fullmatch(r"\d{4}\s*年", match["paper"]) else None


def is_edition_line(line: str) -> bool:
    text = match_form(line)
    return len(text) <= 40 and bool(_EDITION.match(text))


def looks_like_title(line: str) -> bool:
    """Short and not a sentence: what a title line in a dump looks like."""
    text = strip_paragraph(line)
    return 0 < len(text) < 60 and not text.endswith(_SENTENCE_END)


@dataclass
class Body:
    """The article paragraphs read from a run of lines, and what they stated."""

    paragraphs: list[str] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)


def read_body(lines: list[str], title: str | None = None) -> Body:
    """Paragraphs of an article from the lines that start at its body.

    Metadata lines, bylines, issue lines and widgets before the first paragraph are
    read and dropped; the first trailer line after it ends the body.  Copyright lines,
    author affiliations and repost notes (原标题:…) are dropped wherever they are.
    """
    body = Body()
    for number, raw in enumerate(lines):
        line = strip_paragraph(raw)
        if not line or (title and line == title and not body.paragraphs):
            continue
        if is_metadata_line(line):
            body.metadata.take(line_metadata(line))
            continue
        if is_copyright(line) or is_widget(line) or _CAPTION.search(metadata_form(line)):
            continue   # (a photo's caption, …（符堃 摄）, describes the picture, not the news)
        if is_note(line):
            body.metadata.take(note_metadata(line))
            continue
        if is_trailer(line):
            body.metadata.take(line_metadata(line))
            if body.paragraphs:
                # （…供稿） then the date on a line of its own: the article's date
                after = [strip_paragraph(rest) for rest in lines[number + 1:number + 3]]
                dated = next((parse_date(rest) for rest in after if rest and is_dateline(rest)), None)
                body.metadata.take(Metadata(published=dated))
                break
            continue
        closing = _CLOSING_BYLINE.fullmatch(metadata_form(line)) if body.paragraphs else None
        authors = split_authors(closing.group(1) or closing.group(2)) if closing else ()
        if authors:
            # （通讯员 何晓东 记者 陈嘉怡）, （区人大常委会预算工委 俞佳）: the article's authors
            body.metadata.take(Metadata(authors=authors))
            break
        if not body.paragraphs and _read_preamble(line, body.metadata):
            continue
        body.paragraphs.append(line)
    return body


def _read_preamble(line: str, metadata: Metadata) -> bool:
    """Whether ``line`` is a byline/issue/masthead/dateline/edition/breadcrumb line
    before the text."""
    if is_byline(line):
        metadata.take(Metadata(authors=byline_authors(line)))
        return True
    paper = issue_paper(line) or masthead_paper(line)
    if paper:
        metadata.take(Metadata(source=paper))
        return True
    if is_dateline(line):
        metadata.take(Metadata(published=parse_date(line)))
        return True
    crumbs = breadcrumb_path(line)
    if crumbs:
        metadata.take(Metadata(section_path=crumbs))
        return True
    return is_edition_line(line)


@dataclass
class Dump:
    """A text dump split into its parts."""

    title: str | None
    body: Body


# A page number of a document converted from PDF (— 3 —, - 3 -, 第3页).
_PAGE_NUMBER = re.compile(r"^\s*(?:[—\-–－]+\s*\d{1,4}\s*[—\-–－]+|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)\s*$")
# What ends a line that ends a paragraph; what starts a line that starts one.
_LINE_END = ("。", "！", "？", "；", "：", "!", "?", ";", ":", "”", "」", "）", ")", "…")
# (not 4.6%，其余… : a number broken over a line, 办结率9 / 4.6%)
_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．](?![0-9]))")


def unwrap_lines(lines: list[str]) -> list[str]:
    """A plain text converted from PDF breaks its lines at the page's width, in the middle of
    sentences (and of names: 《仙桃市人\n大代表小组活动规则》), and numbers its pages: such a
    text's lines are joined back into paragraphs and its page numbers dropped. A text whose
    lines are paragraphs comes back as it was."""
    # a page number goes with the blank lines around it: the page's last line runs on
    pages = {i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)}
    around = {j for i in pages for step in (-1, 1) for j in _blank_run(lines, i, step)}
    kept = [line for i, line in enumerate(lines) if i not in pages and i not in around]
    full = [len(line.strip()) for line in kept if len(line.strip()) >= 12]
    slack = 4   # a wrapped line may end short of the width by a wide character or two
    if len(full) < 6:
        return lines
    width = sorted(full)[len(full) * 3 // 4]   # most wrapped lines are as wide as the page
    wrapped = [n for n in full if n >= width - slack]
    # wrapped: most long lines end at the page's width, and most of those mid-sentence
    if len(wrapped) * 2 < len(full) or width > 60:
        return lines
    open_ends = sum(1 for line in kept if len(line.strip()) >= width - slack and not line.strip().endswith(_LINE_END))
    if open_ends * 2 < len(wrapped):
        return lines
    out: list[str] = []
    joinable = False
    for line in kept:
        text = line.strip()
        if not text:
            joinable = False
            out.append(line)
            continue
        if joinable and not _ITEM_START.match(text):
            out[-1] = out[-1].rstrip() + text
        else:
            out.append(line)
        joinable = len(text) >= width - slack and not text.endswith(_LINE_END)
    return out


def _blank_run(lines: list[str], at: int, step: int) -> list[int]:
    """The blank lines next to ``at``, going ``step`` (-1 up, 1 down)."""
    run, i = [], at + step
    while 0 <= i < len(lines) and not lines[i].strip():
        run.append(i)
        i += step
    return run


def read_dump(lines: list[str]) -> Dump:
    """Title, metadata and body of a page dumped as text.

    With a metadata line (发布时间: ...), the title is the nearest line above it that is
    not navigation, and the body follows it.  Without one, a short first line is the
    title and the rest is the body.
    """
    lines = [strip_paragraph(line) for line in lines]
    meta_at = next((i for i, line in enumerate(lines) if is_metadata_line(line)), None)
    if meta_at is None:
        return _read_undated_dump(lines)
    title_at = _title_above(lines, meta_at)
    head = Metadata(section_path=_section_path(lines[:meta_at]))
    for line in lines[(title_at + 1 if title_at is not None else 0):meta_at + 1]:
        if is_metadata_line(line) or is_trailer(line):
            head.take(line_metadata(line))
    title = _TITLE_LABEL.sub("", lines[title_at]) if title_at is not None else None
    if title is not None and title == head.source:
        title = None   # 沂水县融媒体中心 above 来源：沂水县融媒体中心: the site, not the headline
    body = read_body(lines[meta_at + 1:], title)
    if title is None and body.paragraphs and looks_like_title(body.paragraphs[0]):
        title = body.paragraphs.pop(0)
        # a title broken over two lines (仙桃市人大常委会深化镇（街道）人大 / 代表小组建设)
        if body.paragraphs and len(body.paragraphs[0]) <= 12 and looks_like_title(body.paragraphs[0]) \
                and len(title) >= 12:
            title += body.paragraphs.pop(0)
    head.take(body.metadata)
    body.metadata = head
    return Dump(title, body)


def _read_undated_dump(lines: list[str]) -> Dump:
    content = [line for line in lines if line]
    # Masthead, dateline, issue, edition and navigation lines above the title are
    # not the title.
    head = Metadata()
    while content and (_read_preamble(content[0], head) or is_navigation(content[0])):
        content.pop(0)
    title_at = _title_above_byline(content)
    if title_at is None:
        title_at = 0 if content and looks_like_title(content[0]) else None
    if title_at is None:
        title, rest = None, content
    else:
        # Short lines above the headline are column names and kickers (基层之窗).
        for line in content[:title_at]:
            _read_preamble(line, head)
        title, rest = _TITLE_LABEL.sub("", content[title_at]), content[title_at + 1:]
        while rest and _is_subtitle(rest[0]):
            subtitle = metadata_form(rest.pop(0))
            # (工作报告——2025年1月15日在清河镇第十九届人民代表大会 / 第六次会议上: the day the
            # report was made, its line broken where a PDF's line ended)
            delivered = _DELIVERED.match(subtitle)
            if delivered:
                head.published = head.published or parse_date(delivered.group(1))
                if not subtitle.endswith("上") and rest and re.fullmatch(r"[^，。；]{1,20}?上", metadata_form(rest[0])):
                    rest.pop(0)
    body = read_body(rest, title)
    head.take(body.metadata)
    body.metadata = head
    return Dump(title, body)


# How far into the content a byline still marks the headline above it.
_BYLINE_REACH = 5


def _title_above_byline(content: list[str]) -> int | None:
    """The headline of e-paper and magazine text: the line above the byline.

    Papers and magazines put a column name (基层之窗), a kicker or the masthead
    above the headline and the byline (■记者 某某, 文/某某) right under it, or under
    a ——subtitle.  Every line above the byline must be short, not prose.
    """
    at = next((i for i, line in enumerate(content[:_BYLINE_REACH]) if is_byline(line)), None)
    if not at:
        return None
    title_at = at - 1
    while title_at > 0 and _is_subtitle(content[title_at]):
        title_at -= 1
    if _is_subtitle(content[title_at]):
        return None
    if not all(looks_like_title(line) for line in content[:at]):
        return None
    return title_at


def _is_subtitle(line: str) -> bool:
    """A ——subtitle under a headline (——记某某镇人大工作)."""
    text = metadata_form(line)
    return text.startswith(("—", "--")) and looks_like_title(text)


def _title_above(lines: list[str], meta_at: int) -> int | None:
    for i in range(meta_at - 1, -1, -1):
        line = lines[i]
        if not line or is_trailer(line) or is_widget(line):
            continue
        if _ISSUE_ONLY.match(metadata_form(line)):
            return None   # 2024年第3期: above it is the bulletin's name; the title is below
        if (is_navigation(line) or is_byline(line) or issue_paper(line) or masthead_paper(line)
                or is_dateline(line) or is_edition_line(line)):
            continue
        if _is_subtitle(line) and i > 0 and lines[i - 1] and looks_like_title(lines[i - 1]):
            return i - 1   # (the headline above its ——subtitle)
        return i
    return None


def _section_path(lines: list[str]) -> tuple[str, ...]:
    for line in lines:
        crumbs = breadcrumb_path(line)
        if crumbs:
            return crumbs
    return ()

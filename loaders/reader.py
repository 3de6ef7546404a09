"""Read article files: bytes → text → :class:`Article`.

Two layouts arrive: HTML pages saved from congress sites and plain-text dumps of such
pages.  Both are reduced to lines and read by :mod:`renda_kg.loaders.text`; HTML adds
what its markup states (meta tags, canonical URL, the element holding the prose).
Only :func:`read_article` and :func:`iter_article_paths` touch the file system.
"""
from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable
from pathlib import Path

import charset_normalizer
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .environment import env_number
from .model import Article, ArticleError
from .text import (
    Body,
    Metadata,
    breadcrumb_path,
    credited_organisations,
    credited_people,
    epaper_paper,
    labelled_values,
    lead_byline_authors,
    line_metadata,
    parse_date,
    read_body,
    read_dump,
    split_authors,
    strip_paragraph,
    unwrap_lines,
)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".xhtml")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")

# --------------------------------------------------------------------------- decoding

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
_DECLARED_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Pages declaring gb2312 or gbk routinely use characters only gb18030 (their
# superset) has, such as rare given names; decoding as declared would fail on them.
_GB_FAMILY = {"gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936", "euc-cn", "x-euc-cn",
              "csgb2312", "chinese", "gb18030"}
# What a Chinese page without a declaration and not in UTF-8 can sensibly be in.
_CHINESE_ENCODINGS = ["gb18030", "big5"]


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was decoded with."""
    if not data.strip():
        raise ArticleError(origin, "empty file: no text to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, origin), encoding
    if b"\x00" in data:
        raise ArticleError(origin, "binary data (NUL bytes), not a text or HTML article")
    declared = _declared_charset(data)
    # A page may lie about its charset: then detection decides.
    decoded = _first_strict_decoding(data, ([declared] if declared else []) + ["utf-8"], origin)
    if decoded:
        return decoded
    for encoding in dict.fromkeys(([declared] if declared else []) + ["utf-8"]):
        if _cut_short(data, encoding):   # before detection, which would read it as something else
            raise ArticleError(origin, f"truncated: the file ends in the middle of a {_NAMES.get(encoding, encoding)} "
                                       "character")
    guess = charset_normalizer.from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    if guess is not None:
        return _checked_text(str(guess), origin), guess.encoding
    # The detector also rejects text it finds too "chaotic" (a GBK dump full of short
    # navigation lines was one): bytes that decode strictly are still that text.
    decoded = _first_strict_decoding(data, _CHINESE_ENCODINGS, origin)
    if decoded:
        return decoded
    raise ArticleError(origin, "undecodable bytes: not UTF-8, GB18030 or Big5 text")


_NAMES = {"utf-8": "UTF-8", "gb18030": "GBK/GB18030", "big5": "Big5"}


def _cut_short(data: bytes, encoding: str) -> bool:
    """In ``encoding`` throughout, but for a last character whose last bytes are missing."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return True
        try:   # codecs differ in how they report it: the text before the last character decodes
            data[:exc.start].decode(encoding)
        except UnicodeDecodeError:
            return False
        return exc.start >= len(data) - 3 and exc.end == len(data)
    return False


def _first_strict_decoding(data: bytes, encodings: list[str], origin: str) -> tuple[str, str] | None:
    """The text and encoding of the first of ``encodings`` that decodes ``data`` without error."""
    for encoding in encodings:
        try:
            return _checked_text(data.decode(encoding), origin), encoding
        except UnicodeDecodeError:
            continue
    return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, if it names a known codec."""
    if not _HTML_SNIFF.search(data[:4096]):
        return None
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match[1].decode("ascii", "ignore").lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        return _checked_text(data.decode(encoding), origin)
    except UnicodeDecodeError as error:
        raise ArticleError(origin, f"undecodable bytes: not valid {encoding} ({error.reason})") from None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")   # control characters but \t \n \v \f \r


def _checked_text(text: str, origin: str) -> str:
    """Refuse text that decoded but is mostly control characters: a binary file."""
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleError(origin, "binary data (control characters), not a text or HTML article")
    if not text.strip():
        raise ArticleError(origin, "empty file: no text to read")
    return text


# --------------------------------------------------------------------------- articles


# An article page is tens of kilobytes; a larger file is not one article (a site dump, a
# scan) and would hold the extractor for minutes.
MAX_ARTICLE_BYTES_ENV = "RENDA_KG_MAX_ARTICLE_BYTES"
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# Fewer CJK characters of prose than this is an empty shell, not an article.
MIN_PROSE = 10


def parse_article(data: bytes, origin: str) -> Article:
    """The article in ``data`` (an HTML page or a plain-text dump of one)."""
    limit = env_number(MAX_ARTICLE_BYTES_ENV, MAX_ARTICLE_BYTES, minimum=1)
    if len(data) > limit:
        raise ArticleError(origin, f"too large for one article ({len(data):,} bytes; "
                                   f"limit {limit:,}, env {MAX_ARTICLE_BYTES_ENV})")
    text, encoding = decode(data, origin)
    if _is_html(text, origin):
        title, body, meta, url = _read_page(text)
        cut = _cut_off(text, body.paragraphs)
        if cut:
            raise ArticleError(origin, f"truncated HTML: {cut}")
    else:
        dump = read_dump(unwrap_lines(text.splitlines()))
        title, body, meta, url = dump.title, dump.body, dump.body.metadata, None
    if not body.paragraphs:
        raise ArticleError(origin, "no article body found")
    prose = sum(len(_CJK_RUN.findall(p)) for p in body.paragraphs)
    if prose < MIN_PROSE:
        raise ArticleError(origin, f"no article body found (only {prose} characters of prose)")
    if _is_html(text, origin) and _only_links(text, body.paragraphs):
        raise ArticleError(origin, "no article body found: the page is a list of links (an index page?)")
    if prose < _ERROR_PAGE_PROSE and _ERROR_PAGE.search(" ".join([title or "", *body.paragraphs])):
        raise ArticleError(origin, f"not an article: an error page ({(title or body.paragraphs[0])[:40]})")
    credits = meta.authors if credited_people(meta.authors) else (meta.authors
                                                                   + lead_byline_authors(body.paragraphs[0]))
    return Article(
        origin=origin,
        title=title or "",
        body="\n".join(body.paragraphs),
        published=meta.published,
        # a body credited as the author (作者：市人大城建环资委) is no person; it published the article
        source=meta.source or next(iter(credited_organisations(credits)), None),
        authors=credited_people(credits),
        section_path=meta.section_path,
        url=url,
        site=meta.site,
        encoding=encoding,
    )


# A site's "page not found" or "access denied" page, saved instead of the article: short,
# and saying so.
_ERROR_PAGE = re.compile(r"(?<![0-9])40[34](?![0-9])|页面不存在|页面未找到|找不到(?:该|您要的|您访问的)?页面|"
                         r"已被删除|无权访问|访问出错|Not Found|Forbidden", re.I)
_ERROR_PAGE_PROSE = 60

_CLOSED = re.compile(r"</(?:html|body)\s*>", re.I)
_OPENED = re.compile(r"<(?:html|body)[\s>]", re.I)


def _cut_off(html: str, paragraphs: list[str]) -> str | None:
    """Why a saved page looks cut short, or None. HTML lets a page leave out </body> and
    </html>, but a download or a save that stopped after a paragraph leaves them out too,
    and would replace the whole article with its first part. So a page that opens <html>
    or <body> and never closes it must show that the page goes on after its article."""
    if _CLOSED.search(html):
        return None
    tail = html.rstrip()[-4096:]
    if tail.rfind("<") > tail.rfind(">"):
        return "the page ends inside a tag, with no </html>"
    if _OPENED.search(html) and not _goes_on_after(html, paragraphs):
        return ("the page opens <html> or <body> but never closes it (no </body> or </html>), "
                "and nothing follows the article's last paragraph")
    return None


_WORD_RUN = re.compile(r"[\u4e00-\u9fff\w]+")
_TAG = re.compile(r"<[^>]*>")


def _goes_on_after(html: str, paragraphs: list[str]) -> bool:
    """More of the page (text, a script, a footer) follows the article's last paragraph: a page
    cut short ends inside its article, the bulk of it. Found by the paragraph's last words as
    written in the page; where they cannot be found (an entity, a tag inside them), no."""
    words = _WORD_RUN.findall(paragraphs[-1]) if paragraphs else []
    if not words:
        return False
    probe = words[-1][-6:]
    at = html.rfind(probe)
    if at < 0:
        return False
    rest = html[at + len(probe):]
    return bool(re.search(r"<(?:script|footer)\b", rest, re.I) or _WORD_RUN.search(_TAG.sub(" ", rest)))


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]")


def _only_links(html: str, paragraphs: list[str]) -> bool:
    """Every paragraph of the body is the text of a link: an index or list page."""
    links = {node.text(strip=True) for node in LexborHTMLParser(html).css("a")}
    return all(p.strip() in links for p in paragraphs)


def read_article(path: str | Path) -> Article:
    """Read and parse one article file; ``origin`` is the path as given."""
    origin = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_ARTICLE_BYTES:  # refused before reading it into memory
            raise ArticleError(origin, f"too large for one article ({size:,} bytes; limit {MAX_ARTICLE_BYTES:,}, "
                                       "env RENDA_KG_MAX_ARTICLE_BYTES)")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ArticleError(origin, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(origin, "is a folder, not an article file") from None
    except OSError as error:
        raise ArticleError(origin, f"cannot read: {error.strerror or error}") from None
    return parse_article(data, origin)


def iter_article_paths(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """Article files named by ``paths``: files as given, folders walked recursively."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not inside:   # else the load would end with "0 of 0 loaded" and no reason
                raise ArticleError(str(given), "no article files in this folder (looked for "
                                   + ", ".join(sorted(ARTICLE_SUFFIXES)) + ", in subfolders too)")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise ArticleError(str(given), "no such file or folder")
    return list(dict.fromkeys(found))  # a file named twice is read once


def _is_html(text: str, origin: str) -> bool:
    if origin.lower().endswith(HTML_SUFFIXES):
        return True
    return bool(_HTML_SNIFF.search(text[:4096].encode("utf-8", "ignore")))


# --------------------------------------------------------------------------- HTML pages

_NEVER_TEXT = "script, style, noscript, template, svg, object, embed, select"
_CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "iframe")
_CHROME_NAMES = re.compile(
    r"nav|menu|breadcrumb|crumb|share|footer|sidebar|related|relate|comment|copyright"
    r"|(?:^|[-_\s])(?:side|foot|bottom|position|location|weizhi|dqwz|xgxw|fx)(?:$|[-_\s\d])",
    re.I,
)
_CONTENT_NAMES = re.compile(
    r"content|article|trs_editor|zoom|detail|main-text|custom_unionstyle|artibody"
    r"|(?:^|[-_\s])(?:con|text|wz|zw|nr)(?:$|[-_\s\d])",
    re.I,
)
_TITLE_NAMES = re.compile(r"title|tit|biaoti|(?:^|[-_\s])bt(?:$|[-_\s\d])", re.I)
# A sidebar's or box's heading (栏目导航, 相关链接, 热点新闻): short, and naming a kind of box.
_BOX_HEADING = re.compile(r"^.{0,4}(?:导航|栏目|链接|推荐|排行|专题|新闻|动态|公告|服务|阅读)$")
# Site-name suffixes: "标题_站点", "标题 - 站点", "标题--站点电子版".  A "——" is left
# alone: Chinese titles use it for their own subtitles.
_TITLE_SUFFIX = re.compile(r"\s*(?:_|\||｜|\s[-–—]+\s|-{2,}).*$")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "blockquote", "center",
    "pre", "header", "footer", "nav", "aside", "figure", "figcaption", "hr", "address", "form",
}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A source line break inside Chinese prose is not a space on the rendered page.
_SOURCE_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u3000-\u9fff\uff00-\uffef])")
_PUBLISHED_META = {"publishdate", "pubdate", "publishtime", "articlepublishtime", "article:published_time",
                   "og:release_date", "datepublished", "firstpublishedtime", "dc.date.issued", "dc.date"}
_AUTHOR_META = {"author", "article:author", "dc.creator"}
_SOURCE_META = {"source", "contentsource", "copysource"}
# Inline elements of a meta bar named for the field they hold, when their text has
# no label: <span class="time">2021-08-16</span> <span class="source">缙云新闻网</span>.
_INLINE_TAGS = ("span", "em", "i", "font", "small", "time", "label", "div", "p", "b", "strong")
_DATE_NAMES = re.compile(r"(?:^|[-_\s])(?:time|date|pubtime|pubdate|publish\w*|posttime|fbsj|rq)(?:$|[-_\s\d])", re.I)
_SOURCE_NAMES = re.compile(r"(?:^|[-_\s])(?:source|src|from|origin|laiyuan|ly)(?:$|[-_\s\d])", re.I)
# The account a WeChat article is published by (<a id="js_name">雁塔人大</a>, profile_nickname).
_ACCOUNT_NAMES = re.compile(r"(?:^|\s)(?:js_name|profile_nickname)(?:$|\s)")
_AUTHOR_NAMES = re.compile(r"(?:^|[-_\s])(?:author|writer|byline|zuozhe|zz)(?:$|[-_\s\d])", re.I)
_LISTS = ("a", "li", "ul", "ol", "dl", "dd", "dt")
# An element holding at least half the page's paragraph prose, and this many CJK
# characters of it, is (or wraps) the article, whatever its tag or name says.
_PROSE_KEPT = 40


def _read_page(html: str) -> tuple[str | None, Body, Metadata, str | None]:
    """Title, body, metadata and canonical URL of an HTML page."""
    tree = LexborHTMLParser(html)
    framed = _framed_page(tree)
    _decompose_outermost(tree.css(_NEVER_TEXT))
    stated, url, og_title = _meta_tags(tree)
    root = tree.body or tree.root
    # Breadcrumbs and headings live in chrome, so read them before it is removed.
    page_lines = _node_lines(root)
    crumbs = _first_breadcrumb(page_lines)
    headings = _heading_candidates(root)
    site = _site_name(_page_title(tree), [alt for img in root.css("img") if (alt := img.attributes.get("alt"))])
    _vote_tables_as_sentences(root)
    _remove_chrome(root)
    dump = read_dump(_node_lines(root))
    title = _choose_title(og_title, headings, dump.title, _page_title(tree))
    container = _article_container(root)
    body = read_body(_node_lines(container), title) if container is not None else Body()
    if framed is not None:   # the article is the document of an <iframe srcdoc>; the page has its title
        framed_title, body, framed_meta, _ = _read_page(framed)
        title = title or framed_title
        body.metadata.take(framed_meta)
    meta = stated
    meta.take(dump.body.metadata)
    meta.take(body.metadata)
    meta.take(_inline_metadata(root))
    meta.take(Metadata(section_path=crumbs))
    # an e-paper page states no 来源: it is a page of the paper its title and masthead name
    logos = [alt for img in tree.css("img") if (alt := img.attributes.get("alt"))]
    meta.take(Metadata(source=epaper_paper(page_lines, _page_title(tree), logos)))
    meta.site = site
    return title, body, meta, url


def _site_name(page_title: str | None, logos: list[str]) -> str | None:
    """The site's name: what ``<title>`` adds after the article's title (…- 海曙人大), then
    the logos that name a congress body (宁波市海曙区人大常委会), read before the chrome is
    removed. Chrome, but the one place a subdistrict's page may say which district it is in."""
    suffix = _TITLE_SUFFIX.search(page_title or "")
    named = [suffix.group().strip(" _|｜-–—")] if suffix else []
    named += [alt for alt in logos if "人大" in alt or "人民代表大会" in alt]
    return " ".join(name for name in named if name) or None


# The columns of a vote table (表决结果) and what each counts.
_VOTE_COLUMNS = re.compile(r"^(?:赞成|同意|反对|不同意|弃权|未按表决器|未按|满意|基本满意|不满意)(?:票|票数)?$")
# A rate beside the votes (满意率 95.7%), written after them.
_RATE_COLUMN = re.compile(r"^(?:满意率|得票率|赞成率)$")


def _vote_cell(column: str, value: str) -> str:
    """A vote column's cell as a report writes it: 赞成 | 52 → 赞成52票; 满意票 | 18 → 满意票18票 (a
    vote of that rating)."""
    name = column.removesuffix("票数").removesuffix("票")
    return f"{name}票{value}票" if name.endswith("满意") else f"{name}{value}票"


_NAME_COLUMN = re.compile(r"姓\s*名")
_POST_COLUMN = re.compile(r"(?:拟)?(?:任|任命|任免)?(?:职务|职位)")


def _table_header(table: LexborNode, rows: list[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    """The column names of a table and its rows below them. A header of two rows (姓名 |
    拟任职务 | 表决结果 over 赞成 | 反对 | 弃权) is read as one: a cell spanning columns gives
    its place to the names under it."""
    if len(rows) < 2:
        return None, rows
    first = table.css_first("tr")
    cells = first.css("th, td") if first is not None else []
    spans = [int(c.attributes.get("colspan") or 1) for c in cells]
    if len(cells) != len(rows[0]) or all(span == 1 for span in spans):
        return rows[0], rows[1:]
    header, under = [], iter(rows[1])
    for name, span in zip(rows[0], spans):
        header += [name] if span == 1 else [next(under, name) for _ in range(span)]
    return header, rows[2:]


def _vote_tables_as_sentences(root: LexborNode) -> None:
    """A table of votes (项目名称 | 赞成 | 反对 | 弃权, one row per resolution or person) read
    as one sentence a row, 关于…的决议：赞成209票，反对0票，弃权2票。 as a report writes it: cell
    by cell, a row was a column of lines that named nothing and counted nothing."""
    for table in root.css("table"):
        rows = [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in table.css("tr")]
        rows = [row for row in rows if any(row)]
        header, rows = _table_header(table, rows)
        if header is None or not rows:
            continue
        votes = [i for i, name in enumerate(header) if _VOTE_COLUMNS.match(name)]
        if not votes or 0 in votes:
            continue
        rates = [i for i, name in enumerate(header) if _RATE_COLUMN.match(name)]
        # (被评议部门 | 满意票 | …: a row names what was appraised, as a report's sentence would)
        named = header[0] if re.search("评议|测评", header[0]) else ""
        # (姓名 | 拟任职务 | 赞成 | 反对 | 弃权: a person appointed to a post, and the votes on it)
        post = next((i for i, name in enumerate(header) if _POST_COLUMN.fullmatch(name)), None) \
            if _NAME_COLUMN.fullmatch(header[0]) else None
        lines = []
        for row in rows:
            if len(row) != len(header) or not all(re.fullmatch(r"\d+", row[i]) for i in votes) \
                    or not all(re.fullmatch(r"\d+(?:\.\d+)?\s*[%％]", row[i]) for i in rates):
                break   # not a table of votes after all: leave it as it is
            counts = "，".join([_vote_cell(header[i], row[i]) for i in votes] + [f"{header[i]}{row[i]}" for i in rates])
            if post is not None:   # (宓　堃: a two-character name padded to a column's width)
                lines.append(f"任命{''.join(row[0].split())}为{row[post]}，{counts}。")
            else:
                lines.append(f"{named}{row[0]}：{counts}。")
        else:
            paragraphs = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
            table.replace_with(LexborHTMLParser(f"<div>{paragraphs}</div>").css_first("div"))


def _framed_page(tree: LexborHTMLParser) -> str | None:
    """The document of an ``<iframe srcdoc>`` holding more prose than the page around it."""
    frames = [(len(_CJK.findall(LexborHTMLParser(doc).text() or "")), doc)
              for frame in tree.css("iframe[srcdoc]") if (doc := frame.attributes.get("srcdoc"))]
    if not frames:
        return None
    prose, doc = max(frames, key=lambda f: f[0])
    return doc if prose > _paragraph_prose(tree.body or tree.root) else None


def _meta_tags(tree: LexborHTMLParser) -> tuple[Metadata, str | None, str | None]:
    """Metadata, canonical URL and og:title stated in ``<meta>``/``<link>`` tags."""
    meta, url, og_title = Metadata(), None, None
    for tag in tree.css("meta"):
        attrs = tag.attributes
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
        content = strip_paragraph(attrs.get("content") or "")
        if not content:
            continue
        if key in _PUBLISHED_META:
            meta.published = meta.published or parse_date(content)
        elif key in _AUTHOR_META and not content.startswith("http"):
            meta.authors = meta.authors or split_authors(content)
        elif key in _SOURCE_META:
            meta.source = meta.source or content
        elif key == "og:url" and content.startswith("http"):
            url = url or content
        elif key == "og:title":
            og_title = og_title or content
    for link in tree.css("link[rel]"):
        href = (link.attributes.get("href") or "").strip()
        if "canonical" in (link.attributes.get("rel") or "").lower() and href.startswith("http"):
            url = href  # the canonical link outranks og:url
            break
    return meta, url, og_title


def _inline_metadata(root: LexborNode) -> Metadata:
    """Fields stated by meta-bar elements named for them, outside link lists.

    A labelled field (来源:…) is read from its line wherever it sits; this reads the
    element's name when its text has no label, and ``<time datetime=…>``.
    """
    found = Metadata()
    for node in root.traverse():
        names = _names(node)
        if _ACCOUNT_NAMES.search(names) and _CJK.search(text := _one_line(node)) and len(text) <= 30:
            found.take(Metadata(source=text))   # a WeChat account's name (a link, so read before the links are left out)
            continue
        if node.tag not in _INLINE_TAGS or (not names and node.tag != "time") or _in_list(node):
            continue
        text = _one_line(node)
        if not text or len(text) > 60 or _has_block(node):
            continue
        if labelled_values(text):
            found.take(line_metadata(text))
        elif node.tag == "time" or _DATE_NAMES.search(names):
            found.take(Metadata(published=parse_date(node.attributes.get("datetime") or "") or parse_date(text)))
        elif _SOURCE_NAMES.search(names) and _CJK.search(text):
            found.take(Metadata(source=text))
        elif _AUTHOR_NAMES.search(names) and _CJK.search(text):
            found.take(Metadata(authors=split_authors(text)))
    return found


def _within(node: LexborNode | None, test) -> bool:
    """``node`` or one of its ancestors passes ``test``."""
    while node is not None:
        if test(node):
            return True
        node = node.parent
    return False


def _in_list(node: LexborNode) -> bool:
    """Inside a link or list: a related-news list's dates and sources are not ours."""
    return _within(node, lambda n: n.tag in _LISTS)


def _names(node: LexborNode) -> str:
    return " ".join(filter(None, (node.attributes.get("class"), node.attributes.get("id"))))


def _remove_chrome(root: LexborNode) -> None:
    """Drop navigation, headers, footers, sidebars, share bars and the like.

    Old sites wrap the whole page in one ASP.NET ``<form>`` or name the article
    wrapper ``main-nav-…``; an element holding most of the prose is therefore kept.
    """
    page_prose = _paragraph_prose(root)
    _decompose_outermost(
        node for node in root.traverse()
        if (node.tag in _CHROME_TAGS or _CHROME_NAMES.search(_names(node)))
        and not _holds_the_prose(_paragraph_prose(node), page_prose)
    )


def _holds_the_prose(prose: int, page_prose: int) -> bool:
    return prose >= _PROSE_KEPT and 2 * prose >= page_prose


def _decompose_outermost(nodes: Iterable[LexborNode]) -> None:
    """Remove ``nodes``; one inside another is removed with it, never twice.

    Destroying a node frees its subtree, so touching a descendant afterwards would
    read freed memory.
    """
    doomed: list[LexborNode] = []
    doomed_ids: set[int] = set()
    for node in nodes:
        if not _has_ancestor_in(node, doomed_ids):
            doomed.append(node)
            doomed_ids.add(node.mem_id)
    for node in doomed:
        node.decompose()


def _has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    return _within(node.parent, lambda n: n.mem_id in ids)


def _paragraph_prose(node: LexborNode) -> int:
    return sum(_cjk_outside_links(p) for p in node.css("p"))


def _cjk_outside_links(node: LexborNode) -> int:
    """CJK characters of ``node`` not inside links: link lists are not prose."""
    total = len(_CJK.findall(node.text()))
    return total - sum(len(_CJK.findall(a.text())) for a in node.css("a"))


def _article_container(root: LexborNode) -> LexborNode | None:
    """The element whose own paragraphs hold the most Chinese prose."""
    best, best_score = None, 0.0
    for node in root.traverse():
        if node.tag.startswith("-"):
            continue
        score = float(_own_prose(node))
        if score and _CONTENT_NAMES.search(_names(node)):
            score *= 1.5  # the CMS names it: TRS_Editor, zoom, content, ...
        # on a tie the inner element: a wrapper around a one-paragraph article scores the same
        if score > best_score or (score and score == best_score and _has_ancestor_in(node, {best.mem_id})):
            best, best_score = node, score
    return _items_together(best)


def _items_together(best: LexborNode | None) -> LexborNode | None:
    """A page of several news items (a 工作动态 list: one ``<li>`` or ``<div>`` of paragraphs
    each): the element around them all, not the one item with the most prose."""
    node = best
    for _ in range(3):   # the item's paragraph, the item, the item's wrapper
        parent = node.parent if node is not None else None
        if parent is None or parent.tag in ("body", "html"):
            break
        prose = _paragraph_prose(node)
        peers = [_paragraph_prose(child) for child in parent.iter() if child.tag == node.tag]
        if prose and sum(p >= _PROSE_KEPT for p in peers) >= 2 and sum(peers) >= 2 * prose:
            return parent
        node = parent
    return best


_WRAPPERS = ("div", "section", "span", "font")


def _own_prose(node: LexborNode) -> int:
    """Prose in a node's paragraph children: ``<p>``, leaf blocks, blocks that wrap one
    paragraph (WeChat and some CMSs put each ``<p>`` in a ``<section>`` or ``<div>`` of its
    own) and bare text."""
    prose = 0
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            prose += len(_CJK.findall(child.text(deep=False)))
        elif child.tag == "p" or (child.tag in _WRAPPERS and _wraps_one_paragraph(child)):
            prose += _cjk_outside_links(child)
    return prose


def _has_block(node: LexborNode) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in node.traverse() if child.mem_id != node.mem_id)


def _wraps_one_paragraph(node: LexborNode) -> bool:
    """No block inside but wrappers and at most one ``<p>``."""
    paragraphs = 0
    for child in node.traverse():
        if child.mem_id == node.mem_id or child.tag not in _BLOCK_TAGS:
            continue
        if child.tag == "p":
            paragraphs += 1
        elif child.tag not in _WRAPPERS:
            return False
        if paragraphs > 1:
            return False
    return True


def _node_lines(node: LexborNode | None) -> list[str]:
    """The text of ``node`` as lines: ``<br>`` and block elements break lines."""
    if node is None:
        return []
    parts: list[str] = []
    _collect_text(node, parts)
    return "".join(parts).split("\n")


def _collect_text(node: LexborNode, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = child.text(deep=False)
            if "\n" in text or "\r" in text:   # (most text nodes have no line break)
                text = _SOURCE_BREAK.sub("", text)
                text = re.sub(r"[\r\n]+", " ", text)
            parts.append(text)
        elif tag == "br":
            parts.append("\n")
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
            _collect_text(child, parts)
            parts.append("\n")
        elif not tag.startswith("-"):
            _collect_text(child, parts)


def _first_breadcrumb(lines: list[str]) -> tuple[str, ...]:
    for line in lines:
        crumbs = breadcrumb_path(line)
        if crumbs:
            return crumbs
    return ()


def _heading_candidates(root: LexborNode) -> list[str]:
    """Texts of ``<h1>`` elements, then of elements named like a title."""
    h1s = [_one_line(node) for node in root.css("h1")]
    named = [_one_line(node) for node in root.traverse()
             if node.tag in ("div", "h2", "h3", "td", "span", "p", "strong") and _TITLE_NAMES.search(_names(node))]
    return [text for text in h1s + named if 2 <= len(text) <= 120 and not _BOX_HEADING.match(text)]


def _one_line(node: LexborNode) -> str:
    return strip_paragraph(re.sub(r"\s+", " ", " ".join(_node_lines(node))))


def _page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    text = _one_line(node) if node is not None else ""
    return text or None


def _choose_title(og_title: str | None, headings: list[str], dump_title: str | None,
                  page_title: str | None) -> str | None:
    """The article title; a heading agreeing with ``<title>`` beats a site logo ``<h1>``."""
    if og_title:
        return _TITLE_SUFFIX.sub("", og_title) or og_title
    if page_title:
        for heading in headings:
            if heading in page_title:
                return heading
    if dump_title and (not page_title or dump_title in page_title):
        return dump_title
    if headings:
        return headings[0]
    if page_title:
        return _TITLE_SUFFIX.sub("", page_title) or page_title
    return dump_title

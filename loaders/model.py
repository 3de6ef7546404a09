"""Dataclasses that flow between the loader stages and into :mod:`renda_kg.graph`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class ArticleError(ValueError):
    """An input that cannot be read as an article; names the input and the problem."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """One news article as published by a congress (or a paper reposting it).

    ``body`` is the article text with site chrome removed; every offset elsewhere in
    the program is a Python ``str`` index into it, so SPARQL ``SUBSTR`` finds the same
    characters.
    """

    origin: str                      # file path or URL the bytes came from
    title: str
    body: str
    published: datetime | None = None
    source: str | None = None        # 来源 / 信息来源: the publishing body or paper
    authors: tuple[str, ...] = ()    # 作者 / 记者 bylines, one name each
    section_path: tuple[str, ...] = ()  # breadcrumb 当前位置, e.g. ("首页", "市县人大", "嘉兴市")
    url: str | None = None           # canonical URL when the page states one
    site: str | None = None          # the site's own name (<title> after the article's, a logo): 海曙人大
    encoding: str = "utf-8"          # how the bytes were decoded

    @property
    def identity(self) -> str:
        """The key that names this article across loads.

        A stated URL wins; otherwise publication time, source and title, so the same
        article read from two paths is one article and a corrected version replaces the
        old, while two congresses' articles of one day with the same title
        (市人大常委会召开主任会议) stay two.
        """
        if self.url:
            return self.url
        source = f"{self.source} " if self.source else ""
        if self.title and self.published:
            return f"{self.published.isoformat()} {source}{self.title}"
        if self.title:
            return source + self.title
        return "body:" + self.body[:200]


@dataclass(frozen=True)
class Span:
    """A half-open ``[start, end)`` range of ``Article.body``."""

    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start:self.end]


@dataclass(frozen=True)
class Sentence:
    span: Span
    text: str


@dataclass
class Entity:
    """A thing the article names: a body, a place, a group, a mechanism, a law, ...

    ``key`` is the canonical name that makes its IRI (e.g. ``乌镇镇人大``); ``kind`` is the
    local name of an ontology class.
    """

    key: str
    kind: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    # Literal-valued attributes: ontology property local name -> values.
    attributes: dict[str, list[object]] = field(default_factory=dict)


@dataclass(frozen=True)
class Fact:
    """One relation from an entity to another entity (``obj`` is a key) or a literal.

    ``evidence`` is the sentence it was read from.
    """

    subject: str
    predicate: str          # ontology property, as a CURIE such as "rk:hasJurisdiction"
    obj: object             # entity key (str) when ``obj_is_entity``, else a literal value
    evidence: Sentence
    obj_is_entity: bool = True


@dataclass
class Extraction:
    """What the extractor read from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

"""Facts to RDF: one graph per article, every relation with its evidence sentence."""
from __future__ import annotations

import datetime
import hashlib
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

from ..loaders.model import Article, Extraction
from .terms import integer, iri, string
from .vocab import Vocabulary


def digest(*parts: str, length: int = 20) -> str:
    """A short, stable name for a key: the same key gives the same IRI in every run."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


class IriMinter:
    """Deterministic instance IRIs under the ontology's ``rk:instanceNamespace``."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab

    def segment(self, kind: str) -> str:
        return self.vocab.iri_segment(self.vocab.term(kind))  # both cached by the vocabulary

    def prefix(self, kind: str) -> str:
        """What every instance IRI of ``kind`` starts with; a digest follows."""
        return f"{self.vocab.instance_ns}{self.segment(kind)}/"

    @property
    def article_prefix(self) -> str:
        return self.prefix("Article")

    # The namespace and segments come from the ontology, checked as IRIs when it was read;
    # a digest is hexadecimal: the IRIs are built without rdflib's check of every character.
    def article(self, article: Article) -> URIRef:
        return iri(f"{self.article_prefix}{digest(article.identity)}")

    def entity(self, kind: str, key: str, scope: str = "") -> URIRef:
        return iri(f"{self.prefix(kind)}{digest(scope, key)}")

    def sentence(self, article: URIRef, start: int, end: int) -> URIRef:
        """A sentence of an article, by its offsets. (The store's upgrade of evidence written
        before sentences were nodes mints the same IRI in SPARQL: see graph/store.py.)"""
        return self.entity("Sentence", f"{start}|{end}", str(article))


# Looked up once: attribute access on rdflib's namespaces costs a call per triple.
_TYPE, _LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object


def _literal(value: object) -> Literal:
    if isinstance(value, datetime.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return integer(value)
    if isinstance(value, float):
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    return string(str(value))


class ArticleTriples(SimpleMemory):
    """The store of one article graph: triples go into a set, and SimpleMemory's three
    indexes are built only when a pattern is first looked up. A load writes the graph out
    and validates that text, so the indexes were a tenth of a worker's time for nothing."""

    def __init__(self, triples: set | None = None):
        super().__init__()
        self._unindexed: set | None = set() if triples is None else triples

    def _index(self) -> None:
        if self._unindexed is not None:
            triples, self._unindexed = self._unindexed, None
            for triple in triples:
                SimpleMemory.add(self, triple, None)

    def add(self, triple, context, quoted=False):
        if self._unindexed is not None:
            self._unindexed.add(triple)
        else:
            super().add(triple, context, quoted)

    def triples(self, pattern, context=None):
        if self._unindexed is not None and pattern == (None, None, None):
            return ((triple, iter(())) for triple in list(self._unindexed))
        self._index()
        return super().triples(pattern, context)

    def remove(self, pattern, context=None):
        self._index()
        super().remove(pattern, context)

    def __len__(self, context=None):
        return len(self._unindexed) if self._unindexed is not None else super().__len__(context)

    def statements(self):
        """Every statement as (s, p, o), from the set while it is not indexed."""
        if self._unindexed is not None:
            return self._unindexed
        return (triple for triple, _ in self.triples((None, None, None)))


def article_graph(extraction: Extraction, vocab: Vocabulary) -> Graph:
    """The RDF graph of one article: metadata, entities, facts and their evidence."""
    article = extraction.article
    mint = IriMinter(vocab)
    triples: set = set()
    g = Graph(store=ArticleTriples(triples), namespace_manager=vocab.namespaces)
    a = mint.article(article)
    g.add((a, RDF.type, vocab.term("Article")))
    g.add((a, vocab.term("dcterms:title"), Literal(article.title or article.origin)))
    g.add((a, vocab.term("bodyText"), Literal(article.body)))
    g.add((a, vocab.term("retrievedFrom"), Literal(article.url or article.origin)))
    g.add((a, vocab.term("sourceEncoding"), Literal(article.encoding)))
    if article.published:
        g.add((a, vocab.term("dcterms:issued"), Literal(article.published.isoformat(), datatype=XSD.dateTime)))
    if article.source:
        g.add((a, vocab.term("dcterms:source"), Literal(article.source)))
    if article.section_path:
        g.add((a, vocab.term("sectionPath"), Literal(" > ".join(article.section_path))))
    for name in article.authors:
        person = mint.entity("Person", f"{article.source or ''}/{name}")
        g.add((person, RDF.type, vocab.term("Person")))
        g.add((person, RDFS.label, string(name, "zh")))
        g.add((a, vocab.term("dcterms:creator"), person))

    # Quantities are statements of this article, not shared things.
    def scope(kind: str) -> str:
        return article.identity if kind == "Quantity" else ""

    add = triples.add  # straight into the set: Graph.add checks each term's type on every call
    mentions = vocab.term("mentions")
    iris: dict[str, URIRef] = {}
    for key, ent in extraction.entities.items():
        explicit = ent.attributes.get("iri")
        node = URIRef(explicit[0]) if explicit else mint.entity(ent.kind, key, scope(ent.kind))
        iris[key] = node
        add((node, _TYPE, vocab.term(ent.kind)))
        add((node, _LABEL, string(ent.label, "zh")))
        for alt in sorted(ent.alt_labels):
            if alt and alt != ent.label:
                add((node, _ALT_LABEL, string(alt, "zh")))
        for prop, values in ent.attributes.items():
            if prop == "iri":
                continue
            for value in values:
                add((node, vocab.term(prop), _literal(value)))
        if ent.kind not in ("Quantity", "ProcedureStep", "NetworkTier"):
            add((a, mentions, node))

    evidence, quoted_from = vocab.term("Evidence"), vocab.term("prov:wasQuotedFrom")
    sentence, in_sentence = vocab.term("Sentence"), vocab.term("inSentence")
    quote, start, end = vocab.term("quote"), vocab.term("startOffset"), vocab.term("endOffset")
    # A sentence states four facts on average: its words and place are said once, in a node
    # the facts' evidence shares (13 to 15 % of an article's statements fewer than each quoting it).
    sentences: dict[tuple[int, int], URIRef] = {}
    for fact in extraction.facts:
        s = iris[fact.subject]
        p = vocab.term(fact.predicate)
        o = iris[fact.obj] if fact.obj_is_entity else _literal(fact.obj)
        add((s, p, o))
        span = fact.evidence.span
        said = sentences.get((span.start, span.end))
        if said is None:
            said = sentences[span.start, span.end] = mint.sentence(a, span.start, span.end)
            add((said, _TYPE, sentence))
            add((said, quoted_from, a))
            add((said, quote, string(fact.evidence.text)))
            add((said, start, integer(span.start)))
            add((said, end, integer(span.end)))
        ev = mint.entity("Evidence", f"{s}|{p}|{o}|{span.start}|{span.end}", article.identity)
        add((ev, _TYPE, evidence))
        add((ev, _SUBJECT, s))
        add((ev, _PREDICATE, p))
        add((ev, _OBJECT, o))
        add((ev, in_sentence, said))
    return g

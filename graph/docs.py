"""An HTML reference of the ontology, in Chinese and English, from the files in use.

:func:`write_docs` writes ``index.html`` (one self-contained page: no scripts, no
fonts or styles fetched from anywhere) listing the ontology header, every class,
object, datatype and annotation property and named individual of the ontology files,
each with its zh and en labels and definitions, superclasses (the alignments with
ORG, FOAF, PROV, SKOS), subclasses, domains and ranges, the lexical annotations the
extractor reads (``rk:nameSuffix``, ``rk:shortForm``, ``skos:altLabel``) and the SHACL
shapes that target it.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, Namespace, URIRef

from .vocab import Vocabulary, default_vocabulary

SH = Namespace("http://www.w3.org/ns/shacl#")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DCTERMS = Namespace("http://purl.org/dc/terms/")

SECTIONS = [  # (rdf:type, anchor, zh heading, en heading)
    (OWL.Class, "classes", "类", "Classes"),
    (OWL.ObjectProperty, "object-properties", "对象属性", "Object properties"),
    (OWL.DatatypeProperty, "datatype-properties", "数据属性", "Datatype properties"),
    (OWL.AnnotationProperty, "annotation-properties", "注释属性", "Annotation properties"),
    (OWL.NamedIndividual, "individuals", "命名个体", "Named individuals"),
]
CHARACTERISTICS = {
    OWL.FunctionalProperty: ("函数型", "functional"),
    OWL.TransitiveProperty: ("传递", "transitive"),
    OWL.SymmetricProperty: ("对称", "symmetric"),
    OWL.InverseFunctionalProperty: ("反函数型", "inverse functional"),
}

STYLE = """
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 2em auto; max-width: 70em; line-height: 1.5; color: #222; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #888; margin-top: 2em; }
section.term { border: 1px solid #ddd; border-radius: 6px; padding: 0.6em 1em; margin: 1em 0; }
section.term h3 { margin: 0.2em 0; font-size: 1.1em; }
code { background: #f4f4f4; padding: 0 0.2em; }
table.defs { border-collapse: collapse; width: 100%; }
table.defs th { text-align: left; vertical-align: top; width: 11em; color: #555; font-weight: normal; padding: 0.15em 0.5em 0.15em 0; }
table.defs td { padding: 0.15em 0; }
nav ul { columns: 3; font-size: 0.9em; } .en { color: #333; } .zh { color: #000; }
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass
class _Doc:
    vocab: Vocabulary
    graph: Graph

    def curie(self, iri) -> str:
        try:
            return self.graph.namespace_manager.normalizeUri(iri)
        except Exception:  # noqa: BLE001
            return str(iri)

    def anchor(self, iri) -> str:
        return self.curie(iri).replace(":", "_").replace("/", "_").replace("#", "_")

    def literals(self, s, p, lang: str | None = None) -> list[str]:
        return sorted(str(o) for o in self.graph.objects(s, p)
                      if isinstance(o, Literal) and (lang is None or o.language == lang))

    def label(self, iri, lang: str) -> str:
        found = self.literals(iri, RDFS.label, lang)
        return found[0] if found else ""

    def declared(self, iri) -> bool:
        return any((iri, RDF.type, t) in self.graph for t, *_ in SECTIONS)

    def link(self, node) -> str:
        if isinstance(node, BNode):
            return "<em>(anonymous class expression)</em>"
        text = f"<code>{_esc(self.curie(node))}</code>"
        zh, en = self.label(node, "zh"), self.label(node, "en")
        names = " / ".join(_esc(n) for n in (zh, en) if n)
        inner = text + (f" {names}" if names else "")
        return f'<a href="#{self.anchor(node)}">{inner}</a>' if self.declared(node) else inner

    def links(self, nodes) -> str:
        return ", ".join(self.link(n) for n in sorted(set(nodes), key=str))

    def members(self, rdf_type) -> list[URIRef]:
        return sorted((s for s in self.graph.subjects(RDF.type, rdf_type) if isinstance(s, URIRef)),
                      key=lambda s: (not str(s).startswith(str(self.vocab.ns)), self.curie(s)))


def _row(th_zh: str, th_en: str, value: str) -> str:
    if not value:
        return ""
    return f'<tr><th><span class="zh" lang="zh">{_esc(th_zh)}</span> / <span class="en" lang="en">{_esc(th_en)}</span></th><td>{value}</td></tr>'


def _term(doc: _Doc, iri: URIRef, rdf_type, shapes: Graph) -> str:
    g = doc.graph
    zh, en = doc.label(iri, "zh"), doc.label(iri, "en")
    rows = [
        _row("IRI", "IRI", f"<code>{_esc(iri)}</code>"),
        _row("中文标签", "label (zh)", "<br>".join(f'<span lang="zh">{_esc(x)}</span>' for x in doc.literals(iri, RDFS.label, "zh"))),
        _row("英文标签", "label (en)", "<br>".join(f'<span lang="en">{_esc(x)}</span>' for x in doc.literals(iri, RDFS.label, "en"))),
        _row("中文定义", "definition (zh)", "<br>".join(f'<span lang="zh">{_esc(x)}</span>' for x in doc.literals(iri, SKOS.definition, "zh"))),
        _row("英文定义", "definition (en)", "<br>".join(f'<span lang="en">{_esc(x)}</span>' for x in doc.literals(iri, SKOS.definition, "en"))),
        _row("别名", "alternative labels", "、".join(_esc(x) for x in doc.literals(iri, SKOS.altLabel))),
        _row("注释", "comment", "<br>".join(_esc(x) for x in doc.literals(iri, RDFS.comment))),
    ]
    if rdf_type == OWL.Class:
        rows += [
            _row("父类（对齐）", "superclasses (alignments)", doc.links(g.objects(iri, RDFS.subClassOf))),
            _row("子类", "subclasses", doc.links(s for s in g.subjects(RDFS.subClassOf, iri) if isinstance(s, URIRef))),
            _row("等价类", "equivalent classes", doc.links(g.objects(iri, OWL.equivalentClass))),
            _row("不相交类", "disjoint with", doc.links(g.objects(iri, OWL.disjointWith))),
            _row("作为定义域", "domain of", doc.links(g.subjects(RDFS.domain, iri))),
            _row("作为值域", "range of", doc.links(g.subjects(RDFS.range, iri))),
            _row("名称后缀", "name suffixes", "、".join(_esc(x) for x in doc.literals(iri, doc.vocab.ns.nameSuffix))),
            _row("简称", "short forms", "、".join(_esc(x) for x in doc.literals(iri, doc.vocab.ns.shortForm))),
            _row("IRI 路径段", "IRI segment", "、".join(_esc(x) for x in doc.literals(iri, doc.vocab.ns.iriSegment))),
            _row("实例", "individuals", doc.links(s for s in g.subjects(RDF.type, iri) if isinstance(s, URIRef))),
            _row("约束形状", "SHACL shapes targeting it",
                 ", ".join(f"<code>{_esc(shapes.namespace_manager.normalizeUri(s))}</code>"
                           for s in sorted(set(shapes.subjects(SH.targetClass, iri)), key=str))),
        ]
    elif rdf_type in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        kinds = [f"{zh_} / {en_}" for t, (zh_, en_) in CHARACTERISTICS.items() if (iri, RDF.type, t) in g]
        rows += [
            _row("特性", "characteristics", _esc(", ".join(kinds))),
            _row("父属性", "super-properties", doc.links(g.objects(iri, RDFS.subPropertyOf))),
            _row("子属性", "sub-properties", doc.links(g.subjects(RDFS.subPropertyOf, iri))),
            _row("定义域", "domain", doc.links(g.objects(iri, RDFS.domain))),
            _row("值域", "range", doc.links(g.objects(iri, RDFS.range))),
            _row("逆属性", "inverse of", doc.links(g.objects(iri, OWL.inverseOf))),
        ]
    else:
        rows += [_row("类型", "types", doc.links(t for t in g.objects(iri, RDF.type) if t != OWL.NamedIndividual))]
    defined_by = doc.links(g.objects(iri, RDFS.isDefinedBy))
    rows.append(_row("定义来源", "defined by", defined_by))
    title = " / ".join(_esc(x) for x in (zh, en) if x) or _esc(doc.curie(iri))
    deprecated = ' <strong>(deprecated 已弃用)</strong>' if (iri, OWL.deprecated, None) in g else ""
    return (f'<section class="term" id="{doc.anchor(iri)}" data-iri="{_esc(iri)}">'
            f'<h3>{title} <code>{_esc(doc.curie(iri))}</code>{deprecated}</h3>'
            f'<table class="defs">{"".join(rows)}</table></section>')


def render_html(vocab: Vocabulary | None = None) -> str:
    vocab = vocab or default_vocabulary()
    doc = _Doc(vocab, vocab.graph)
    g, header = vocab.graph, vocab.iri

    def first(props, lang):
        for p in props:
            found = doc.literals(header, p, lang)
            if found:
                return found[0]
        return ""

    title_zh = first((DC.title, DCTERMS.title, RDFS.label), "zh") or "本体参考"
    title_en = first((DC.title, DCTERMS.title, RDFS.label), "en") or "Ontology reference"
    meta = [
        _row("本体 IRI", "ontology IRI", f"<code>{_esc(header)}</code>"),
        _row("版本 IRI", "version IRI", "".join(f"<code>{_esc(v)}</code>" for v in g.objects(header, OWL.versionIRI))),
        _row("版本", "version", _esc(", ".join(str(v) for v in g.objects(header, OWL.versionInfo)))),
        _row("描述", "description", "<br>".join(f'<span lang="{lang}">{_esc(x)}</span>' for lang in ("zh", "en")
                                            for x in doc.literals(header, DCTERMS.description, lang))),
        _row("创建者", "creator", _esc(", ".join(doc.literals(header, DC.creator) + doc.literals(header, DCTERMS.creator)))),
        _row("许可", "licence", ", ".join(f'<a href="{_esc(v)}">{_esc(v)}</a>' for v in g.objects(header, DCTERMS.license))),
        _row("命名空间", "namespace", f"<code>{_esc(vocab.prefix)}: = {_esc(vocab.ns)}</code>"),
        _row("注释", "comment", "<br>".join(_esc(x) for x in doc.literals(header, RDFS.comment))),
    ]
    toc, body = [], []
    for rdf_type, anchor, zh, en in SECTIONS:
        members = doc.members(rdf_type)
        if not members:
            continue
        toc.append(f'<li><a href="#{anchor}">{_esc(zh)} / {_esc(en)}</a> ({len(members)})</li>')
        items = "".join(f'<li><a href="#{doc.anchor(m)}">{_esc(doc.curie(m))}</a> {_esc(doc.label(m, "zh"))}</li>' for m in members)
        body.append(f'<h2 id="{anchor}"><span lang="zh">{_esc(zh)}</span> / <span lang="en">{_esc(en)}</span></h2>'
                    f'<nav><ul>{items}</ul></nav>' + "".join(_term(doc, m, rdf_type, vocab.shapes) for m in members))
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{_esc(title_zh)} — {_esc(title_en)}</title><style>{STYLE}</style></head><body>'
            f'<h1><span lang="zh">{_esc(title_zh)}</span></h1><p class="en" lang="en"><strong>{_esc(title_en)}</strong></p>'
            f'<table class="defs">{"".join(meta)}</table>'
            f'<nav><h2>目录 / Contents</h2><ul>{"".join(toc)}</ul></nav>'
            + "".join(body) + "</body></html>\n")


def write_docs(output: Path, vocab: Vocabulary | None = None) -> Path:
    output = Path(output)
    if output.exists() and not output.is_dir():
        raise FileExistsError(f"{output}: a file is there; the reference is written into a folder")
    output.mkdir(parents=True, exist_ok=True)
    index = output / "index.html"
    index.write_text(render_html(vocab), encoding="utf-8")
    return index

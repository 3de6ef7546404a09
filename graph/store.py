"""Stores of article graphs, chosen by name like rdflib's store plugins.

``oxigraph`` (the default) keeps the dataset on disk in Oxigraph's RocksDB store and
answers SPARQL through it: rdflib's in-memory store takes seconds on multi-hop joins
that Oxigraph answers in milliseconds. ``memory`` is rdflib's own store, for tests and
as the baseline in benchmarks.

Every store replaces an article's named graph as one transaction, so a failed load
leaves the store as it was and a reload leaves it identical.

The embedded store also keeps the merge of its named graphs (the articles, the curation,
the ontology) in Oxigraph's default graph, updated in the same transaction as the graph it
comes from. Queries read that merge, where each statement is once, instead of the union of
the graphs, where a town named in 700 articles has its label 700 times: every join with it
was 700 times the work, and the stored queries had to deduplicate before each join.
"""
from __future__ import annotations

import functools
import gc
import json
import os
import sys
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox, to_ox
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..loaders.environment import env_number
from .terms import iri as _iri, n_triples, string as _string

DEFAULT_STORE_DIR = "renda-store"
STORE_ENV = "RENDA_KG_STORE"
FORMAT_VERSION = 3  # 2: the default graph holds the merge of the named graphs; 3: evidence points to sentences
READABLE_FORMATS = (1, 2, 3)  # an older store is brought to 3 when it is opened for writing
MARKER = "renda-kg-store.json"
WAITING = "waiting."  # a file "waiting.<pid>" in the store folder: that process waits for the lock
LOCK_WAIT_ENV = "RENDA_KG_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 30.0


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message says what to do."""


def default_store_path() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE_DIR)


def normalize(term: Node) -> Node:
    """RDF 1.1: a plain literal is an xsd:string; compare them as one."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


_OX_XSD_STRING = ox.NamedNode(str(XSD.string))


def term_from_ox(term):
    """A pyoxigraph term as an rdflib one. An xsd:string comes as a plain literal (what
    ``normalize`` gives). Other literals keep their lexical form: Oxigraph has already put
    numbers and dates in canonical form, and rdflib's own would drop a date's time zone
    ("2024-05-01+08:00" would become "2024-05-01")."""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return _string(term.value, term.language)
        if term.datatype == _OX_XSD_STRING:
            return _string(term.value)
        return Literal(term.value, datatype=_iri(term.datatype.value), normalize=False)
    return from_ox(term)


@dataclass
class Answer:
    """A query's answer in rdflib terms: the variables and rows of a SELECT (a CONSTRUCT's
    triples as rows of subject, predicate, object), or an ASK's boolean."""

    variables: list[str]
    rows: list[list[Node | None]] = field(default_factory=list)
    boolean: bool | None = None


def collector_paused(method):
    """Run ``method`` with Python's cycle collector off. An answer's rows are lists of terms,
    which make no cycles; but the collections that building many of them set off walk every
    object in the process: with the collector on, a 32k-row listing at 1M triples took 13 %
    longer, the 83k-row evidence listing 20 %."""
    @functools.wraps(method)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return paused


class _Converted(dict):
    """pyoxigraph terms to rdflib terms, each converted once, on its first look-up."""

    def __missing__(self, term):
        self[term] = node = term_from_ox(term)
        return node


class GraphStore:
    """The operations the program needs of a store of named graphs."""

    name = "abstract"

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        raise NotImplementedError

    def remove_graph(self, name: URIRef) -> None:
        raise NotImplementedError

    def replace_nt_counting(self, name: URIRef, nt: bytes) -> tuple[int, int]:
        """As :meth:`replace_graph_counting`, for a graph given as N-Triples in UTF-8 (from a
        worker process: as bytes, half the size of the str of a Chinese article's graph)."""
        graph = Graph()
        graph.parse(data=nt, format="nt")
        return self.replace_graph_counting(name, graph)

    def replace_many_nt(self, graphs: list[tuple[URIRef, bytes]],
                        written: Callable[[int, tuple[int, int]], None] | None = None) -> list[tuple[int, int]]:
        """Replace several graphs given as N-Triples in UTF-8, in order; (added, removed) for each.
        Each graph is all or nothing; a store may write several new ones as one transaction.
        ``written(i, counts)`` hears of each graph once it is in the store (so that a write
        that fails halfway can say what it wrote)."""
        counts = []
        for i, (name, nt) in enumerate(graphs):
            counts.append(self.replace_nt_counting(name, nt))
            if written:
                written(i, counts[-1])
        return counts

    def replace_graph_counting(self, name: URIRef, graph: Graph) -> tuple[int, int]:
        """Replace a graph; returns (triples added, triples removed) against the old one."""
        old = self._triples_now(name)
        new = {(s, p, normalize(o)) for s, p, o in graph}
        self.replace_graph(name, graph)
        return len(new - old), len(old - new)

    def _triples_now(self, name: URIRef) -> set:
        """The graph's triples as the store holds them (none: no such graph)."""
        return set(self.graph(name)) if name in self.graph_names() else set()

    def graph_names(self) -> list[URIRef]:
        raise NotImplementedError

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph."""
        out = Graph()
        for s, p, o, _ in self.quads([name]):
            out.add((s, p, o))
        return out

    @property
    def dataset(self) -> Dataset:
        raise NotImplementedError

    def query(self, sparql: str, bindings: dict[str, Node] | None = None):
        return self.dataset.query(sparql, initBindings=bindings or {})

    @collector_paused
    def answer(self, sparql: str, bindings: dict[str, Node] | None = None) -> Answer:
        """A query's whole answer (see :class:`Answer`)."""
        result = self.query(sparql, bindings)
        if result.type == "ASK":
            return Answer(["result"], [[Literal(bool(result.askAnswer))]], bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Answer(["subject", "predicate", "object"], [list(t) for t in result])
        variables = [str(v) for v in result.vars]
        return Answer(variables, [[row[v] if v in row.labels else None for v in variables] for row in result])

    def quads(self, graphs: Iterable[URIRef] | None = None) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for name in graphs if graphs is not None else self.graph_names():
            for s, p, o in self.dataset.graph(name):
                yield s, p, normalize(o), name

    def flush(self) -> None:
        """Write out what the store buffers in memory (nothing, for most stores)."""

    def optimize(self, grown_by: int | None = None) -> bool:
        """Reorganize the store for reading after a load that added ``grown_by`` statements
        (None: whatever it added); True if it did. Nothing to do for most stores."""
        return False

    def others_waiting(self) -> bool:
        """Whether another process waits to open this store (a long load then lets it in)."""
        return False

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class MemoryStore(GraphStore):
    """rdflib's Memory store: nothing on disk."""

    name = "memory"

    def __init__(self, path: Path | None = None):
        self._dataset = Dataset(default_union=True)

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        old = list(self._dataset.graph(name))
        try:
            self._dataset.remove_graph(self._dataset.graph(name))
            target = self._dataset.graph(name)
            for triple in graph:
                target.add(triple)
        except BaseException:
            # All or nothing, as Oxigraph's transaction: put the old graph back.
            self._dataset.remove_graph(self._dataset.graph(name))
            restored = self._dataset.graph(name)
            for triple in old:
                restored.add(triple)
            raise

    def remove_graph(self, name: URIRef) -> None:
        self._dataset.remove_graph(self._dataset.graph(name))

    def graph_names(self) -> list[URIRef]:
        return sorted(c.identifier for c in self._dataset.graphs()
                      if isinstance(c.identifier, URIRef) and len(c) and c.identifier != self._dataset.default_graph.identifier)


OPTIMIZE_SHARE = 0.2  # a load that grew the store by this share of it compacts the store after
# Graph statements in one bulk write (twice as many quads with the merge): 400k quads, within
# one batch of Oxigraph's bulk loader (1M), which it writes atomically. Fewer, larger
# ingestions keep the load flat as the store grows (RocksDB merges fewer files): at 100k a
# 10,000-article load slowed 1.77× from its first tenth to its last, at 200k (with writes of
# 100 articles) 0.96-1.22× in three runs. The loader holds about 1.7 kB a quad while it
# sorts them: 460 MB for the 264k quads of 100 bench articles.
BULK_GROUP = 200_000


class OxigraphDiskStore(GraphStore):
    """Oxigraph's on-disk store, driven through pyoxigraph and, for rdflib, oxrdflib."""

    name = "oxigraph"

    def __init__(self, path: Path | None = None, read_only: bool = False, wait: float | None = None):
        self.path = Path(path or default_store_path())
        self._read_only = read_only
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a store folder (a file of that name is there)")
        found = self._check_marker()
        # The marker goes in first, atomically: a second process arriving while the database
        # is being created must see a renda-kg store (and wait for its lock), not a stranger.
        self.path.mkdir(parents=True, exist_ok=True)
        self._write_marker()
        # Another process may hold the store (a load keeps it until someone says it waits,
        # then lets go after its batch): wait up to RENDA_KG_LOCK_WAIT seconds, then say so.
        wait = env_number(LOCK_WAIT_ENV, DEFAULT_LOCK_WAIT, float) if wait is None else wait
        deadline, waiting = time.monotonic() + wait, None
        try:
            while True:
                try:
                    self._ox = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
                    break
                except OSError as exc:
                    if "lock" not in str(exc).lower():
                        raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
                    if time.monotonic() >= deadline:
                        raise StoreError(f"{self.path}: the store is in use by another renda-kg process; "
                                         f"waited {wait:g} s; try again when it has finished") from exc
                    if waiting is None:
                        print(f"{self.path}: in use by another renda-kg process; waiting up to {wait:g} s",
                              file=sys.stderr)
                        # Say so where the holder looks: a load keeps the store between its
                        # batches (reopening costs RocksDB dearly) unless someone waits.
                        waiting = self.path / f"{WAITING}{os.getpid()}"
                        waiting.touch()
                    time.sleep(0.1)
        finally:
            if waiting is not None:
                waiting.unlink(missing_ok=True)
        if found in (1, 2) and read_only:
            self._ox = None
            raise StoreError(f"{self.path}: written by an earlier version (store format {found}); open it once "
                             f"for writing (any renda-kg command but bench) to bring it to format {FORMAT_VERSION}")
        if found == 1:
            self._merge_existing_graphs()
        if found in (1, 2):
            self._evidence_to_sentences()
            self._write_marker(replace=True)
        self._dataset = Dataset(store=OxigraphStore(store=_ReadsTheMerge(self._ox, self.query_dataset)),
                                default_union=True)

    def _check_marker(self) -> int | None:
        """The store's format, or None for a new store."""
        marker = self.path / MARKER
        if marker.exists():
            try:
                version = json.loads(marker.read_text()).get("format")
            except ValueError:
                version = None
            if version not in READABLE_FORMATS:
                raise StoreError(
                    f"{self.path}: store format {version!r}, this program reads format {FORMAT_VERSION}; "
                    f"export it with the program that wrote it, then load into a new --store")
            return version
        if self.path.exists() and any(self.path.iterdir()):
            raise StoreError(f"{self.path}: exists and is not a renda-kg store; choose another --store")
        return None

    def _write_marker(self, replace: bool = False) -> None:
        marker = self.path / MARKER
        if replace or not marker.exists():
            # Written beside the folder, then moved in: the folder never holds a half marker.
            temporary = self.path.parent / f".{self.path.name}.{MARKER}.{os.getpid()}"
            temporary.write_text(json.dumps({"format": FORMAT_VERSION, "program": "renda-kg"}) + "\n")
            os.replace(temporary, marker)

    def _merge_existing_graphs(self) -> None:
        """Bring a format-1 store to format 2: merge its named graphs into the default graph.
        The marker changes last, so an interrupted merge is begun again at the next open."""
        print(f"{self.path}: merging the article graphs for queries (once, for this version)", file=sys.stderr)
        self._ox.clear_graph(ox.DefaultGraph())
        data = list(self._ox.named_graphs())
        for start in range(0, len(data), 100):
            self._ox.bulk_load(b"".join(self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
                                        for g in data[start:start + 100]), ox.RdfFormat.N_TRIPLES, lenient=True)
        self._ox.flush()

    def _evidence_to_sentences(self) -> None:
        """Bring format-2 evidence to format 3: each evidence record quoted its sentence
        itself; now it points to the sentence's node (rk:inSentence), which says the quote,
        offsets and article once for every fact read from it. The node's IRI is the one a
        load mints (``IriMinter.sentence``: the digest of article, start and end), so a
        reload of an upgraded article changes nothing. In its graph and in the merge, a
        hundred graphs a transaction; a record already upgraded has no quote of its own,
        so an interrupted upgrade goes on where it stopped at the next open (the marker
        changes last)."""
        from .build import IriMinter   # the minter reads the ontology; a store needs it only here
        from .vocab import default_vocabulary

        vocab = default_vocabulary()
        term = {name: f"<{vocab.term(name)}>" for name in
                ("Evidence", "Sentence", "inSentence", "quote", "startOffset", "endOffset", "prov:wasQuotedFrom")}
        # IriMinter.entity(kind, key, scope) is sha256(scope \x1f key)[:20] after the kind's prefix
        prefix = IriMinter(vocab).prefix("Sentence")
        said = (f"{term['prov:wasQuotedFrom']} ?article ; {term['quote']} ?quote ; "
                f"{term['startOffset']} ?start ; {term['endOffset']} ?end")
        sentence = f"?sentence a {term['Sentence']} ; {said} . ?evidence {term['inSentence']} ?sentence ."
        names = [g for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)]
        print(f"{self.path}: giving the evidence of {len(names)} graphs its sentences (once, for this version)",
              file=sys.stderr)
        for start in range(0, len(names), 100):
            values = " ".join(str(g) for g in names[start:start + 100])
            self._ox.update(
                f"DELETE {{ GRAPH ?g {{ ?evidence {said} }} ?evidence {said} }}\n"
                f"INSERT {{ GRAPH ?g {{ {sentence} }} {sentence} }}\n"
                f"WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?evidence a {term['Evidence']} ; {said} }}\n"
                f'  BIND (IRI(CONCAT("{prefix}", SUBSTR(SHA256(CONCAT(STR(?article), "\\u001F", '
                f'STR(?start), "|", STR(?end))), 1, 20))) AS ?sentence) }}')
        self._ox.flush()

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph store itself, for work rdflib would do slowly (export, validation)."""
        return self._ox

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        self._replace(name, n_triples(graph))

    def query_dataset(self) -> dict:
        """Keyword arguments for pyoxigraph's ``query``: the merge as the default graph (one
        graph: a default graph listed as several is read as many times per pattern), each
        graph by name under GRAPH (an older store without it is refused read-only and
        brought up to date when opened for writing: every open store keeps it)."""
        return {}

    def merged_graph(self) -> ox.DefaultGraph:
        """The graph that holds the merge of the named graphs."""
        return ox.DefaultGraph()

    def merged_size(self) -> int:
        """Statements in the merge of the named graphs (counted in Rust, not as Python terms)."""
        result = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=ox.DefaultGraph())
        return int(next(iter(result))["n"].value)

    def quad_count(self) -> int:
        """Statements in the named graphs, each graph's counted apart (the merge not counted)."""
        return len(self._ox) - self.merged_size()

    def _replace(self, name: URIRef, nt: str | None) -> None:
        # One SPARQL Update request is one Oxigraph transaction: the graph and the merge
        # change together. A statement leaves the merge when no other graph has it.
        graph = ox.NamedNode(str(name))
        steps = [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph}) }} }}",
                 f"DROP SILENT GRAPH {graph}"]
        if nt is not None:  # None: the graph is removed
            # one INSERT DATA: a blank node may not be shared between two of them
            steps.append(f"INSERT DATA {{ GRAPH {graph} {{\n{nt}\n}}\n{nt}\n}}")
        self._ox.update(" ;\n".join(steps))

    def replace_graph_counting(self, name: URIRef, graph: Graph) -> tuple[int, int]:
        graph_name = ox.NamedNode(str(name))
        if not self._ox.contains_named_graph(graph_name):
            # A new article: one transactional extend, without writing and parsing N-Triples.
            triples = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
            self._ox.extend([ox.Quad(*t, graph_name) for t in triples] + [ox.Quad(*t) for t in triples])
            return len(graph), 0
        return self.replace_nt_counting(name, n_triples(graph).encode("utf-8"))

    def replace_nt_counting(self, name: URIRef, nt: bytes) -> tuple[int, int]:
        graph_name = ox.NamedNode(str(name))
        if not self._ox.contains_named_graph(graph_name):
            return self._add_new_graphs([(name, nt)])[0]
        new = {ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
        # Compare as Oxigraph terms: converting the old graph back to rdflib cost more than the write.
        old = set(self._ox.quads_for_pattern(None, None, None, graph_name))
        self._replace(name, nt.decode("utf-8"))
        return len(new - old), len(old - new)

    def replace_many_nt(self, graphs: list[tuple[URIRef, bytes]],
                        written: Callable[[int, tuple[int, int]], None] | None = None) -> list[tuple[int, int]]:
        counts: list[tuple[int, int]] = []
        fresh: dict[URIRef, tuple[int, bytes]] = {}  # new graphs, written together: name -> (place, nt)

        def write_fresh() -> None:
            places = [place for place, _ in fresh.values()]
            counts.extend(self._add_new_graphs(
                [(name, nt) for name, (_, nt) in fresh.items()],
                written and (lambda k, count: written(places[k], count))))
            fresh.clear()

        for i, (name, nt) in enumerate(graphs):
            if name in fresh or self._ox.contains_named_graph(ox.NamedNode(str(name))):
                write_fresh()  # in order: a graph named twice is replaced by its second copy
                counts.append(self.replace_nt_counting(name, nt))
                if written:
                    written(i, counts[-1])
            else:
                fresh[name] = (i, nt)
        write_fresh()
        return counts

    def _add_new_graphs(self, graphs: list[tuple[URIRef, bytes]],
                        written: Callable[[int, tuple[int, int]], None] | None = None) -> list[tuple[int, int]]:
        """Graphs not yet in the store, written together, each all or nothing.

        Through Oxigraph's bulk loader: it writes sorted files and hands them to RocksDB in
        one ingestion, which RocksDB applies atomically across the indexes, at less than half
        the CPU of a transaction that checks every quad (the loader's main cost). The loader
        is atomic only up to its own batch, so the graphs go in groups of whole graphs below
        ``BULK_GROUP`` quads, and the data (written by graph/terms.py) is not parsed again for IRIs.
        Each statement goes in twice, in its graph and in the merge (the default graph): a
        statement the merge has already is written over, which costs less than looking it up."""
        counts = [nt.count(b"\n") for _, nt in graphs]  # a statement a line
        group: list[bytes] = []
        members: list[int] = []   # the places in ``graphs`` of the group's graphs
        size = 0

        def write() -> None:
            nonlocal size
            if group:
                self._ox.bulk_load(b"".join(group), ox.RdfFormat.N_QUADS, lenient=True)
                for k in members if written else ():
                    written(k, (counts[k], 0))
            group.clear()
            members.clear()
            size = 0

        for k, ((name, nt), lines) in enumerate(zip(graphs, counts)):
            if size and size + lines > BULK_GROUP:
                write()
            # Every N-Triples statement ends its line with " .": the graph's name goes before it.
            group.append(nt.replace(b" .\n", f" <{name}> .\n".encode("utf-8")))
            group.append(nt)  # and into the merge
            members.append(k)
            size += lines
        write()
        return [(lines, 0) for lines in counts]

    def remove_graph(self, name: URIRef) -> None:
        self._replace(name, None)

    def quads(self, graphs: Iterable[URIRef] | None = None) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        # Straight from pyoxigraph: through rdflib's Dataset, reading a graph asks Oxigraph to
        # create it first, which a store opened read-only refuses.
        for name in graphs if graphs is not None else self.graph_names():
            for quad in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
                yield term_from_ox(quad.subject), term_from_ox(quad.predicate), term_from_ox(quad.object), name

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, bindings: dict[str, Node] | None = None):
        # Parameters go in as a VALUES block, as they go to a server: Oxigraph plans a query
        # before substituting initBindings, so a lookup by one label scanned the whole store
        # (1.7 s at 1M triples, against 0.1 s when the planner sees the value).
        from .sparql import bind_values  # sparql.py builds on this module

        return self._dataset.query(bind_values(sparql, bindings))

    @collector_paused
    def answer(self, sparql: str, bindings: dict[str, Node] | None = None) -> Answer:
        from .order import NotOrderedHere, plan_order, sort_rows
        from .sparql import bind_values

        plan = plan_order(sparql)
        if plan is not None:   # Oxigraph's ORDER BY is slow on many rows; see order.py
            answer = self._answer(bind_values(plan.query, bindings))
            try:
                answer.rows = sort_rows(answer.variables, answer.rows, plan.keys)
                return answer
            except NotOrderedHere:
                pass   # rows only the engine orders as SPARQL says: asked again, with the ORDER BY
        return self._answer(bind_values(sparql, bindings))

    def _answer(self, sparql: str) -> Answer:
        # Straight from pyoxigraph, each distinct term converted once: through rdflib's Result
        # the conversion took as long as the query (0.9 s of 2.1 s for 11k rows at 1M triples).
        result = self._ox.query(sparql, prefixes=self._prefixes, **self.query_dataset())
        if isinstance(result, ox.QueryBoolean):
            return Answer(["result"], [[Literal(bool(result))]], bool(result))
        term = _Converted({None: None}).__getitem__
        if isinstance(result, ox.QueryTriples):
            return Answer(["subject", "predicate", "object"],
                          [[term(t.subject), term(t.predicate), term(t.object)] for t in result])
        # map() of the dictionary's own look-up: a term seen before costs no Python call
        return Answer([v.value for v in result.variables], [list(map(term, solution)) for solution in result])

    @cached_property
    def _prefixes(self) -> dict[str, str]:
        # the prefixes a query through rdflib could use undeclared (rdf:, rdfs:, xsd:, owl: …)
        return {prefix: str(ns) for prefix, ns in self._dataset.namespaces() if prefix}

    def optimize(self, grown_by: int | None = None) -> bool:
        # RocksDB's compaction of every file into the last level. A store written by many
        # bulk loads is read from many files: the 1M-statement bench store, written by ten,
        # answered its queries in about half the time once compacted (1.5 s to compact it;
        # 44 s for a 13M-quad store). So a load compacts only when it grew the store by
        # OPTIMIZE_SHARE or more; a few articles added to a large store do not pay for it.
        if grown_by is not None and grown_by * 2 < OPTIMIZE_SHARE * len(self._ox):
            return False
        self._ox.optimize()
        return True

    def others_waiting(self) -> bool:
        for announced in self.path.glob(f"{WAITING}*"):
            try:
                os.kill(int(announced.name[len(WAITING):]), 0)
                return True
            except ProcessLookupError:  # a waiter killed before it could take its notice back
                announced.unlink(missing_ok=True)
            except PermissionError:  # another user's process, alive
                return True
            except ValueError:  # not a notice of ours
                continue
        return False

    def flush(self) -> None:
        # RocksDB buffers writes in memtables, up to 64 MB for each of Oxigraph's indexes.
        self._ox.flush()

    def close(self) -> None:
        # RocksDB's lock is released when the last reference to the store goes. Committed
        # transactions are safe in its write-ahead log already; the flush is for speed: the
        # next open would replay the whole unflushed log (1.6 s an open at 300 articles,
        # growing with the store), and a load opens the store once per batch.
        if not self._read_only:
            self.flush()
        self._dataset.close()
        del self._dataset, self._ox
        _return_freed_memory()


class _ReadsTheMerge:
    """The pyoxigraph store as oxrdflib sees it: a query rdflib asks of the union of the
    graphs reads the store's dataset instead (the union would hold every merged statement
    twice, once in its graph and once in the merge)."""

    def __init__(self, native: ox.Store, dataset: Callable[[], dict]):
        self._native, self._dataset = native, dataset

    def query(self, query, *, use_default_graph_as_union: bool = False, **options):
        if use_default_graph_as_union:
            options.update(self._dataset())
        return self._native.query(query, **options)

    def __getattr__(self, name):
        return getattr(self._native, name)


def _return_freed_memory() -> None:
    """Hand the memory RocksDB freed on close back to the system. glibc keeps freed pages in
    its arenas, and a load reopens the store once per batch: without this the loading
    process grew by about 300 MB over 800 articles; with it, it stays flat."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


STORES: dict[str, Callable[..., GraphStore]] = {
    "oxigraph": OxigraphDiskStore,
    "memory": MemoryStore,
}


def register_store(name: str, factory: Callable[..., GraphStore]) -> None:
    """Add a store kind, as rdflib's ``plugin.register`` adds a store plugin."""
    STORES[name] = factory


def open_store(kind: str = "oxigraph", path: Path | str | None = None, **options) -> GraphStore:
    try:
        factory = STORES[kind]
    except KeyError:
        raise StoreError(f"unknown store kind {kind!r}; known: {', '.join(sorted(STORES))}") from None
    return factory(Path(path) if path is not None else None, **options)

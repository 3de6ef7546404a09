"""Stores of article graphs, chosen by name like rdflib's store plugins.

``oxigraph`` (the default) keeps the dataset on disk in Oxigraph's RocksDB store and
answers SPARQL through it: rdflib's in-memory store takes seconds on multi-hop joins
that Oxigraph answers in milliseconds. ``memory`` is rdflib's own store, for tests and
as the baseline in benchmarks.

Every store replaces an article's named graph as one transaction, so a failed load
leaves the store as it was and a reload leaves it identical.
"""
from __future__ import annotations

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

DEFAULT_STORE_DIR = "renda-store"
STORE_ENV = "RENDA_KG_STORE"
FORMAT_VERSION = 1
MARKER = "renda-kg-store.json"
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


@dataclass
class Answer:
    """A query's answer in rdflib terms: the variables and rows of a SELECT (a CONSTRUCT's
    triples as rows of subject, predicate, object), or an ASK's boolean."""

    variables: list[str]
    rows: list[list[Node | None]] = field(default_factory=list)
    boolean: bool | None = None


class GraphStore:
    """The operations the program needs of a store of named graphs."""

    name = "abstract"

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        raise NotImplementedError

    def remove_graph(self, name: URIRef) -> None:
        raise NotImplementedError

    def replace_nt_counting(self, name: URIRef, nt: str) -> tuple[int, int]:
        """As :meth:`replace_graph_counting`, for a graph given as N-Triples (from a worker process)."""
        graph = Graph()
        graph.parse(data=nt, format="nt")
        return self.replace_graph_counting(name, graph)

    def replace_many_nt(self, graphs: list[tuple[URIRef, str]]) -> list[tuple[int, int]]:
        """Replace several graphs given as N-Triples, in order; (added, removed) for each.
        Each graph is all or nothing; a store may write several new ones as one transaction."""
        return [self.replace_nt_counting(name, nt) for name, nt in graphs]

    def replace_graph_counting(self, name: URIRef, graph: Graph) -> tuple[int, int]:
        """Replace a graph; returns (triples added, triples removed) against the old one."""
        old = set(self.graph(name)) if name in self.graph_names() else set()
        new = {(s, p, normalize(o)) for s, p, o in graph}
        self.replace_graph(name, graph)
        return len(new - old), len(old - new)

    def graph_names(self) -> list[URIRef]:
        raise NotImplementedError

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph."""
        out = Graph()
        for s, p, o in self.dataset.graph(name):
            out.add((s, p, normalize(o)))
        return out

    @property
    def dataset(self) -> Dataset:
        raise NotImplementedError

    def query(self, sparql: str, bindings: dict[str, Node] | None = None):
        return self.dataset.query(sparql, initBindings=bindings or {})

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


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt")


BULK_GROUP = 100_000  # quads in one bulk write: a tenth of a batch of Oxigraph's bulk loader (1M), and its memory


class OxigraphDiskStore(GraphStore):
    """Oxigraph's on-disk store, driven through pyoxigraph and, for rdflib, oxrdflib."""

    name = "oxigraph"

    def __init__(self, path: Path | None = None, read_only: bool = False, wait: float | None = None):
        self.path = Path(path or default_store_path())
        self._read_only = read_only
        self._check_marker()
        # The marker goes in first, atomically: a second process arriving while the database
        # is being created must see a renda-kg store (and wait for its lock), not a stranger.
        self.path.mkdir(parents=True, exist_ok=True)
        self._write_marker()
        # Another process may hold the store for a moment (a load commits in short batches):
        # wait for it up to RENDA_KG_LOCK_WAIT seconds, then say so.
        wait = float(os.environ.get(LOCK_WAIT_ENV, DEFAULT_LOCK_WAIT)) if wait is None else wait
        deadline, told = time.monotonic() + wait, False
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
                if not told:
                    print(f"{self.path}: in use by another renda-kg process; waiting up to {wait:g} s",
                          file=sys.stderr)
                    told = True
                time.sleep(0.1)
        self._dataset = Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    def _check_marker(self) -> None:
        marker = self.path / MARKER
        if marker.exists():
            try:
                version = json.loads(marker.read_text()).get("format")
            except ValueError:
                version = None
            if version != FORMAT_VERSION:
                raise StoreError(
                    f"{self.path}: store format {version!r}, this program reads format {FORMAT_VERSION}; "
                    f"export it with the program that wrote it, then load into a new --store")
        elif self.path.exists() and any(self.path.iterdir()):
            raise StoreError(f"{self.path}: exists and is not a renda-kg store; choose another --store")

    def _write_marker(self) -> None:
        marker = self.path / MARKER
        if not marker.exists():
            # Written beside the folder, then moved in: the folder never holds a half marker.
            temporary = self.path.parent / f".{self.path.name}.{MARKER}.{os.getpid()}"
            temporary.write_text(json.dumps({"format": FORMAT_VERSION, "program": "renda-kg"}) + "\n")
            os.replace(temporary, marker)

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph store itself, for work rdflib would do slowly (export, validation)."""
        return self._ox

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        self._replace(name, _nt(graph))

    def _replace(self, name: URIRef, nt: str) -> None:
        # One SPARQL Update request is one Oxigraph transaction: drop and insert together.
        self._ox.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{nt}\n}} }}")

    def replace_graph_counting(self, name: URIRef, graph: Graph) -> tuple[int, int]:
        graph_name = ox.NamedNode(str(name))
        if not self._ox.contains_named_graph(graph_name):
            # A new article: one transactional extend, without writing and parsing N-Triples.
            self._ox.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_name) for s, p, o in graph])
            return len(graph), 0
        return self.replace_nt_counting(name, _nt(graph))

    def replace_nt_counting(self, name: URIRef, nt: str) -> tuple[int, int]:
        graph_name = ox.NamedNode(str(name))
        if not self._ox.contains_named_graph(graph_name):
            return self._add_new_graphs([(name, nt)])[0]
        new = {ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
        # Compare as Oxigraph terms: converting the old graph back to rdflib cost more than the write.
        old = set(self._ox.quads_for_pattern(None, None, None, graph_name))
        self._replace(name, nt)
        return len(new - old), len(old - new)

    def replace_many_nt(self, graphs: list[tuple[URIRef, str]]) -> list[tuple[int, int]]:
        counts: list[tuple[int, int]] = []
        fresh: dict[URIRef, str] = {}  # new graphs, written together

        def write_fresh() -> None:
            counts.extend(self._add_new_graphs(list(fresh.items())))
            fresh.clear()

        for name, nt in graphs:
            if name in fresh or self._ox.contains_named_graph(ox.NamedNode(str(name))):
                write_fresh()  # in order: a graph named twice is replaced by its second copy
                counts.append(self.replace_nt_counting(name, nt))
            else:
                fresh[name] = nt
        write_fresh()
        return counts

    def _add_new_graphs(self, graphs: list[tuple[URIRef, str]]) -> list[tuple[int, int]]:
        """Graphs not yet in the store, written together, each all or nothing.

        Through Oxigraph's bulk loader: it writes sorted files and hands them to RocksDB in
        one ingestion, which RocksDB applies atomically across the indexes, at less than half
        the CPU of a transaction that checks every quad (the loader's main cost). The loader
        is atomic only up to its own batch, so the graphs go in groups of whole graphs below
        ``BULK_GROUP`` quads, and the data (written by rdflib) is not parsed again for IRIs."""
        counts = [nt.count("\n") for _, nt in graphs]  # a statement a line
        group: list[str] = []
        size = 0

        def write() -> None:
            nonlocal size
            if group:
                self._ox.bulk_load("".join(group), ox.RdfFormat.N_QUADS, lenient=True)
            group.clear()
            size = 0

        for (name, nt), lines in zip(graphs, counts):
            if size and size + lines > BULK_GROUP:
                write()
            # Every N-Triples statement ends its line with " .": the graph's name goes before it.
            group.append(nt.replace(" .\n", f" <{name}> .\n"))
            size += lines
        write()
        return [(lines, 0) for lines in counts]

    def remove_graph(self, name: URIRef) -> None:
        self._ox.update(f"DROP SILENT GRAPH <{name}>")

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, bindings: dict[str, Node] | None = None):
        # Parameters go in as a VALUES block, as they go to a server: Oxigraph plans a query
        # before substituting initBindings, so a lookup by one label scanned the whole store
        # (1.7 s at 1M triples, against 0.1 s when the planner sees the value).
        from .sparql import bind_values  # sparql.py builds on this module

        return self._dataset.query(bind_values(sparql, bindings))

    def answer(self, sparql: str, bindings: dict[str, Node] | None = None) -> Answer:
        # Straight from pyoxigraph, each distinct term converted once: through rdflib's Result
        # the conversion took as long as the query (0.9 s of 2.1 s for 11k rows at 1M triples).
        from .sparql import bind_values

        result = self._ox.query(bind_values(sparql, bindings), use_default_graph_as_union=True,
                                prefixes=self._prefixes)
        if isinstance(result, ox.QueryBoolean):
            return Answer(["result"], [[Literal(bool(result))]], bool(result))
        converted: dict = {None: None}

        def term(t):
            try:
                return converted[t]
            except KeyError:
                converted[t] = node = from_ox(t)
                return node

        if isinstance(result, ox.QueryTriples):
            return Answer(["subject", "predicate", "object"],
                          [[term(t.subject), term(t.predicate), term(t.object)] for t in result])
        return Answer([v.value for v in result.variables], [[term(t) for t in solution] for solution in result])

    @cached_property
    def _prefixes(self) -> dict[str, str]:
        # the prefixes a query through rdflib could use undeclared (rdf:, rdfs:, xsd:, owl: …)
        return {prefix: str(ns) for prefix, ns in self._dataset.namespaces() if prefix}

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

"""Article files to validated article graphs: the loaders and the graph stages joined."""
from __future__ import annotations

import gc
import os
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable
from functools import cached_property
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from .graph.build import IriMinter, article_graph
from .graph.curation import stored_suppressions, suppress
from .graph.store import GraphStore, StoreError, normalize
from .graph.terms import n_triples
from .graph.validate import ValidationReport, validate
from .graph.vocab import UnknownTerm, Vocabulary, default_vocabulary
from .loaders.extract import Extractor
from .loaders.gazetteer import default_gazetteer
from .loaders.model import Article, ArticleError, Extraction
from .loaders.reader import iter_article_paths, read_article


@dataclass
class ArticleResult:
    """One article through the pipeline: what was read, found and built."""

    article: Article
    extraction: Extraction
    graph: Graph
    graph_name: URIRef

    @property
    def relations(self) -> int:
        return sum(1 for f in self.extraction.facts if f.obj_is_entity)


class Pipeline:
    def __init__(self, vocab: Vocabulary | None = None):
        self.vocab = vocab or default_vocabulary()

    @cached_property
    def extractor(self) -> Extractor:
        return Extractor(self.vocab.lexicon, default_gazetteer())

    def process(self, article: Article) -> ArticleResult:
        extraction = self.extractor.extract(article)
        graph = article_graph(extraction, self.vocab)
        return ArticleResult(article, extraction, graph, IriMinter(self.vocab).article(article))

    def process_file(self, path: str | Path) -> ArticleResult:
        return self.process(read_article(path))


def graph_for_file(path: str | Path) -> Graph:
    """The RDF graph of one article file (ontology not included)."""
    return Pipeline().process_file(path).graph


@dataclass
class LoadOutcome:
    """What became of one input file."""

    origin: str
    ok: bool
    problem: str | None = None
    result: ArticleResult | None = None   # dropped by release() once committed
    added: int = 0
    removed: int = 0
    report: ValidationReport | None = None
    triples: int = 0
    entities: int = 0
    relations: int = 0
    warnings: list[str] = field(default_factory=list)
    graph_name: URIRef | None = None
    nt: bytes | None = None               # the graph as N-Triples in UTF-8 (half a str's size), to write
    written: bool = False                 # committed to the store
    retrieved_from: str | None = None     # the article's URL, else its file: what rk:retrievedFrom says

    def __post_init__(self) -> None:
        if self.result is not None:
            self.graph_name = self.result.graph_name
            self.retrieved_from = self.result.article.url or self.result.article.origin
            self.triples = len(self.result.graph)
            self.entities = len(self.result.extraction.entities)
            self.relations = self.result.relations

    def release(self) -> "LoadOutcome":
        """Forget the article's graph and text (a long load keeps only counts)."""
        self.result = None
        return self

    def summary(self) -> str:
        if not self.ok:
            return f"FAILED {self.origin}: {self.problem}"
        violations = len(self.report.violations) if self.report else 0
        warned = "".join(f"; warning: {w}" for w in self.warnings)
        return (f"loaded {self.origin}: {self.added} triples added, {self.removed} removed "
                f"({self.triples} in graph), {self.entities} entities, "
                f"{self.relations} relations, {violations} violations{warned}")


def sync_ontology(store: GraphStore, vocab: Vocabulary) -> None:
    """Keep the ontology in the store, in its own named graph, as the files now say."""
    if set(store.graph(vocab.iri)) != {(s, p, normalize(o)) for s, p, o in vocab.graph}:
        store.replace_graph(vocab.iri, vocab.graph)


def prepare(path: Path, pipeline: Pipeline, suppressed: set) -> LoadOutcome:
    """Read, extract and validate one article; nothing is written."""
    origin = str(path)
    try:
        result = pipeline.process_file(path)
    except ArticleError as exc:
        return LoadOutcome(origin, False, exc.problem)
    except UnknownTerm as exc:   # an edited ontology lost a class or property the extractor uses
        files = pipeline.vocab.files
        where = ", ".join(str(p) for p in files.ontology) if files else "the ontology"
        return LoadOutcome(origin, False, f"{where}: a term the program uses is missing: {exc.args[0]}")
    suppress(result.graph, suppressed, pipeline.vocab)  # reviewers' rulings hold on every load
    nt = n_triples(result.graph)  # once: the validator and a worker's hand-over both use it
    report = validate(result.graph, pipeline.vocab, nt=nt)
    if not report.conforms:
        return LoadOutcome(origin, False, "does not conform to the shapes:\n" + report.text(), result, report=report)
    warnings = [] if result.article.published else ["no publication date found (loaded without one)"]
    return LoadOutcome(origin, True, None, result, report=report, warnings=warnings, nt=nt.encode("utf-8"))


def note_repeat(outcome: LoadOutcome, first_read_from: dict[URIRef, str]) -> None:
    """Two files of one load that are one article (the same stated URL, or the same title,
    publication time and source): the later replaces the earlier, and says so."""
    if outcome.ok:
        earlier = first_read_from.setdefault(outcome.graph_name, outcome.origin)
        if earlier != outcome.origin:
            outcome.warnings.append(f"the same article as {earlier} (same URL, or same title, time and "
                                    "source): it replaces that one")


def drop_earlier_versions(store: GraphStore, outcomes: list[LoadOutcome], vocab: Vocabulary | None) -> None:
    """An article loaded before from the same file (or URL) under another name, its title or
    date corrected since, is replaced rather than kept beside the new one: its graph is
    removed, and the outcome says so. (The article's name comes from its URL, else its title,
    time and source: a corrected title named a second article, and every count was doubled.)"""
    wanted = {o.retrieved_from: o for o in outcomes if o.retrieved_from and o.graph_name is not None}
    if not wanted or vocab is None:
        return
    values = " ".join(Literal(source).n3() for source in wanted)
    rows = store.answer(f"SELECT DISTINCT ?g ?from ?title WHERE {{ VALUES ?from {{ {values} }} "
                        f"GRAPH ?g {{ ?g <{vocab.term('retrievedFrom')}> ?from . "
                        f"OPTIONAL {{ ?g <{vocab.term('dcterms:title')}> ?title }} }} }}").rows
    for name, source, title in rows:
        outcome = wanted.get(str(source))
        if outcome is not None and name != outcome.graph_name:
            store.remove_graph(name)
            outcome.warnings.append(f"replaces the article read from {source} before, as “{title}” "
                                    f"(its graph {name} is removed)")


def commit(store: GraphStore, outcome: LoadOutcome, vocab: Vocabulary | None = None) -> LoadOutcome:
    """Replace the article's graph in one transaction, counting what changed (and drop an
    earlier version of it read from the same file: see :func:`drop_earlier_versions`)."""
    drop_earlier_versions(store, [outcome], vocab)
    if outcome.result is not None and outcome.nt is None:
        outcome.added, outcome.removed = store.replace_graph_counting(outcome.graph_name, outcome.result.graph)
    else:
        outcome.added, outcome.removed = store.replace_nt_counting(outcome.graph_name, outcome.nt)
        outcome.nt = None
    outcome.written = True
    return outcome


def commit_many(store: GraphStore, outcomes: list[LoadOutcome], vocab: Vocabulary | None = None) -> list[LoadOutcome]:
    """As :func:`commit` for several articles: the store may write the new ones together
    (the embedded store, in one bulk write: see ``OxigraphDiskStore.replace_many_nt``)."""
    if any(o.nt is None for o in outcomes):
        return [commit(store, o, vocab) for o in outcomes]
    drop_earlier_versions(store, outcomes, vocab)

    def written(i: int, counts: tuple[int, int]) -> None:   # as each graph goes in
        outcome = outcomes[i]
        (outcome.added, outcome.removed), outcome.nt, outcome.written = counts, None, True

    store.replace_many_nt([(o.graph_name, o.nt) for o in outcomes], written)
    return outcomes


class WriteFailed(Exception):
    """A batch's write failed; ``written`` are its articles that were committed before."""

    def __init__(self, cause: BaseException, written: list[LoadOutcome]):
        super().__init__(str(cause))
        self.cause, self.written = cause, written


# -- worker processes: extraction and validation are CPU-bound Python, one core each ----
_WORKER: tuple[Pipeline, set] | None = None


def _init_worker(suppressed: set, parent: int | None = None) -> None:
    global _WORKER
    _die_with_parent(parent)
    pipeline = Pipeline()
    pipeline.extractor  # built now, with the gazetteer and the lexicon, to be frozen with them
    # Out of the cycle collector's sight: it walked these long-lived objects at each full
    # collection (5 % of a worker's time in a profiled load), and they are never garbage.
    gc.freeze()
    # An article's objects are freed by their counts, and few form cycles: a young-generation
    # collection every 10,000 allocations rather than 700, and the older generations after 50
    # and 100 of the one below rather than 10 and 10 (1-3 % of a worker's time, measured side
    # by side on 300 articles with these three thresholds).
    gc.set_threshold(10_000, 50, 100)
    _WORKER = (pipeline, suppressed)


def _die_with_parent(parent: int | None = None) -> None:
    """A worker must not outlive a load that was killed (kill -9 skips the pool's cleanup).
    ``parent``: the load's process, when it forked this one."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still applies
        pass
    # A load killed between the fork and the line above sent no signal: this worker is an
    # orphan already (a test that killed a load as its workers started found one left).
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _prepare_in_worker(path: Path) -> LoadOutcome:
    pipeline, suppressed = _WORKER
    return prepare(path, pipeline, suppressed).release()  # the graph crosses as N-Triples


IN_FLIGHT = 24  # articles a worker may have ready ahead of the commits (a graph is about 0.25 MB of N-Triples in UTF-8)


def prepare_all(files: list[Path], pipeline: Pipeline, suppressed: set, jobs: int = 1):
    """Prepared outcomes in file order, from ``jobs`` processes (one when few files)."""
    if jobs <= 1 or len(files) < 4 * jobs:
        for path in files:
            yield prepare(path, pipeline, suppressed)
        return
    import multiprocessing
    import threading

    # Backpressure: the pool would read ahead without limit, and when the workers outran the
    # commits (as a store grows, they do) the waiting graphs piled up in this process: 1.7 GB
    # by the end of a 10,000-article load. Only IN_FLIGHT articles are out at any time.
    window = threading.Semaphore(IN_FLIGHT * jobs)

    def paced():
        for path in files:
            window.acquire()
            yield path

    start = _worker_start()   # (a forkserver's workers are its children, not the load's)
    parent = os.getpid() if start == "fork" else None
    with multiprocessing.get_context(start).Pool(jobs, _init_worker, (suppressed, parent)) as pool:
        for outcome in pool.imap(_prepare_in_worker, paced(), chunksize=2):
            window.release()
            yield outcome


def _worker_start() -> str:
    """How the workers start: forked (they start at once, sharing the loaded modules),
    unless this process runs a Java VM (the OWL API checks of graph/qc.py, through JPype).
    A forked child has the VM's memory but none of its threads, and JPype calls into the
    VM after Python's garbage collections: the child waits for ever (a test load hung so).
    The forkserver starts workers from a fresh process that has no VM."""
    jpype = sys.modules.get("jpype")
    if jpype is not None and jpype.isJVMStarted():
        return "forkserver"
    return "fork"


def begin_load(store: GraphStore, pipeline: Pipeline) -> set:
    """Before a load: the reviewers' suppressions. (The ontology graph is brought in line
    with the files only before the first article is written: a load that refuses every
    article changes nothing.)"""
    return stored_suppressions(store, pipeline.vocab)


def expand_paths(paths: list[str]) -> tuple[list[Path], list[LoadOutcome]]:
    """Article files under ``paths``, and a failure for each path that is not there."""
    files: dict[Path, None] = {}  # ordered and unique: a file named twice loads once
    failures = []
    for given in paths:
        try:
            files.update(dict.fromkeys(iter_article_paths([given])))
        except ArticleError as exc:
            failures.append(LoadOutcome(exc.origin, False, exc.problem))
    return list(files), failures


def load_paths(store: GraphStore, paths: list[str], pipeline: Pipeline | None = None,
               keep_results: bool = True) -> list[LoadOutcome]:
    """Read, extract, validate and commit each article; a bad one changes nothing.

    ``keep_results=False`` drops each article's graph once committed, for long loads."""
    pipeline = pipeline or Pipeline()
    suppressed = begin_load(store, pipeline)
    files, outcomes = expand_paths(paths)
    synced, first_read_from = False, {}
    for path in files:
        outcome = prepare(path, pipeline, suppressed)
        note_repeat(outcome, first_read_from)
        if outcome.ok:
            if not synced:
                sync_ontology(store, pipeline.vocab)
                synced = True
            commit(store, outcome, pipeline.vocab)
        outcomes.append(outcome if keep_results else outcome.release())
    return outcomes


COMMIT_EVERY = 100  # articles in one bulk write at most (about 130k statements, 260k quads with the merge; see BULK_GROUP)
FIRST_BATCH = 25  # articles in a load's first batch; each next batch may be twice the last, up to COMMIT_EVERY
MOST_PENDING = 200  # prepared articles waiting for the writer at most (about 50 MB of N-Triples in UTF-8); then reading waits
READER_GAP = 0.3  # seconds the store stays free when another process waits for it


class _Committer:
    """Writes batches of prepared articles, in order, in a thread of its own: the next batch
    is read and validated while one is written (pyoxigraph lets go of the GIL in its bulk
    loader). The store stays open from batch to batch: closing and reopening a large
    RocksDB store cost a 10,000-article load 40 % of its writing time. It is let go between
    two batches only when another process announces that it waits for it (a query, a second
    load), and opened again after a short gap."""

    def __init__(self, open_store: Callable[[], GraphStore], store: GraphStore,
                 before_first_write: Callable[[GraphStore], None] | None = None, vocab: Vocabulary | None = None):
        self._open, self._store, self.vocab = open_store, store, vocab
        self._before_first_write = before_first_write
        self._released_at = float("-inf")
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="renda-kg-commit")
        self._writing: Future | None = None

    def idle(self) -> bool:
        return self._writing is None or self._writing.done()

    def hand_over(self, batch: list[LoadOutcome]) -> list[LoadOutcome]:
        """Start writing ``batch``; returns the batch before it, once that is written."""
        written = self.written()
        self._writing = self._thread.submit(self._write, list(batch))
        return written

    def written(self) -> list[LoadOutcome]:
        """The batch being written, once it is (waits for it); nothing if there is none."""
        writing, self._writing = self._writing, None
        return writing.result() if writing is not None else []

    def _write(self, batch: list[LoadOutcome]) -> list[LoadOutcome]:
        if self._store is None:
            # A process that waited for the store polls every 0.1 s: give it time to get in.
            time.sleep(max(0.0, self._released_at + READER_GAP - time.monotonic()))
            self._store = self._open()
        if self._before_first_write is not None:
            self._before_first_write(self._store)
            self._before_first_write = None
        try:
            for start in range(0, len(batch), COMMIT_EVERY):
                commit_many(self._store, batch[start:start + COMMIT_EVERY], self.vocab)
        except Exception as exc:
            raise WriteFailed(exc, [outcome.release() for outcome in batch if outcome.written]) from exc
        if self._store.others_waiting():
            self._release()
        return [outcome.release() for outcome in batch]

    def optimize(self, grown_by: int) -> None:
        """After the last batch: let the store reorganize itself for reading, if worth it."""
        if grown_by:
            if self._store is None:
                self._store = self._open()
            started = time.monotonic()
            if self._store.optimize(grown_by):
                print(f"store compacted for queries in {time.monotonic() - started:.1f} s", file=sys.stderr)

    def _release(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store.close()
            self._released_at = time.monotonic()

    def close(self) -> None:
        """Wait for the batch being written (a failed write stays unreported), then let go."""
        try:
            if self._writing is not None:
                self._writing.exception()
        finally:
            self._thread.shutdown()
            self._release()


def load_batched(open_store: Callable[[], GraphStore], paths: list[str], jobs: int = 1,
                 on_outcome: Callable[[LoadOutcome], None] = lambda outcome: None,
                 pipeline: Pipeline | None = None, batch_seconds: float = 5.0) -> list[LoadOutcome]:
    """The load as the command line runs it: articles read and validated by ``jobs``
    processes, committed in order in batches by a writer thread (see :class:`_Committer`),
    graphs dropped once committed. A batch is handed over when the writer is free and it
    holds ``COMMIT_EVERY`` articles or is ``batch_seconds`` old. The first batches are
    smaller (``FIRST_BATCH``, then twice as many each time), so that writing starts while
    the rest is read: a load of 100 articles was otherwise read whole, then written.
    ``on_outcome`` hears of every article as it is settled: a failure at once, a loaded
    article once it is written."""
    pipeline = pipeline or Pipeline()
    store = open_store()
    try:
        suppressed = begin_load(store, pipeline)
    except BaseException:
        store.close()
        raise
    committer = _Committer(open_store, store, lambda target: sync_ontology(target, pipeline.vocab), pipeline.vocab)
    try:
        return _load_in_batches(committer, paths, jobs, on_outcome, pipeline, suppressed, batch_seconds)
    except WriteFailed as failure:
        # Say which articles of the failed batch are in the store (those of earlier
        # batches were reported as they were written): a server may fail halfway.
        for outcome in failure.written:
            on_outcome(outcome)
        raise StoreError(f"{failure.cause}\n{len(failure.written)} article(s) of the batch being written were "
                         f"written before the failure (listed above); load again to finish: an article "
                         f"already in the store is replaced by the same graph") from failure.cause
    finally:
        committer.close()


def _load_in_batches(committer: _Committer, paths: list[str], jobs: int, on_outcome, pipeline: Pipeline,
                     suppressed: set, batch_seconds: float) -> list[LoadOutcome]:
    """:func:`load_batched`'s reading and handing over, batch after batch."""
    files, outcomes = expand_paths(paths)
    for outcome in outcomes:
        on_outcome(outcome)
    pending: list[LoadOutcome] = []
    batch = min(FIRST_BATCH, COMMIT_EVERY)
    started, first_read_from = time.monotonic(), {}
    for outcome in prepare_all(files, pipeline, suppressed, jobs):
        note_repeat(outcome, first_read_from)
        outcomes.append(outcome)
        if not outcome.ok:
            on_outcome(outcome)
            continue
        pending.append(outcome)
        due = len(pending) >= batch or time.monotonic() - started >= batch_seconds
        if (due and committer.idle()) or len(pending) >= MOST_PENDING:
            for written in committer.hand_over(pending):
                on_outcome(written)
            pending.clear()
            batch = min(2 * batch, COMMIT_EVERY)
            started = time.monotonic()
        elif committer.idle():
            for written in committer.written():
                on_outcome(written)
    for written in (committer.hand_over(pending) if pending else []) + committer.written():
        on_outcome(written)
    committer.optimize(sum(o.added for o in outcomes if o.ok))
    return outcomes

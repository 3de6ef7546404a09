"""``renda-kg bench``: load throughput, flatness, stored queries, export and validation, with baselines.

Every phase runs in a fresh child process (``multiprocessing`` with *spawn*), which reports
its own peak RSS (``getrusage(RUSAGE_SELF).ru_maxrss``), so each figure's memory is that
phase's alone. Articles come from :mod:`renda_kg.generate` (same seed, same corpus).

Phases:

1. load: ``load_paths`` (read, extract, SHACL-validate, commit) of the first N generated
   files into a fresh on-disk store, at each size; per-article times from the moments the
   pipeline starts each file. Baseline: the same articles into rdflib's memory store.
2. flatness: mean per-article time of the last 10 % of the largest load over the first 10 %.
3. queries: every stored query, as a listing (no parameter) and, when it takes parameters,
   as a lookup with values read from the listing; p50/p95 on stores of about the target
   triple counts. Those stores are built the cheap way (extract and build each article's
   graph, then bulk-load N-Quads through pyoxigraph, no per-article validation).
   Baseline: rdflib's in-memory store (``MemoryStore``) holding the same quads as the smaller.
4. export: Turtle and N-Quads of the larger store through ``renda_kg.graph.export``.
   Baseline: pyoxigraph's own serializers over the same article triples/quads.
5. validate: whole-store SHACL as ``renda-kg validate`` does it (the shapes compiled to SPARQL
   and run by the store where the data lies), at both sizes. Baseline: every article graph
   copied into one rdflib graph and validated by pySHACL with the same shapes.
6. push (with ``--endpoint``): ``renda-kg push`` of the smaller store's article graphs to the
   server. Baseline: the same push into a fresh embedded store. The graphs are removed after.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path

# Issue 6's figures to reach.
GOAL_LOAD = 20.0            # articles/s
GOAL_FLAT = 1.5             # last 10 % / first 10 %
GOAL_RSS_LOAD = 1024        # MB during the largest load
GOAL_LOOKUP_MS = 50.0       # parameterised lookups, p50 at the large store
GOAL_LISTING_MS = 1000.0    # listings and aggregates, p50 at the large store
GOAL_VS_MEMORY = 20.0       # × faster than rdflib's memory store at the small store
GOAL_EXPORT_TTL_S = 10.0
GOAL_VALIDATE_S = 30.0
GOAL_VALIDATE_MB = 2048

FULL = {"sizes": (100, 1000, 10000), "triples": (100_000, 1_000_000), "query_budget": 5.0, "query_timeout": 30,
        "phase_timeout": 7200, "validate_timeout": 600}
QUICK = {"sizes": (3, 8), "triples": (1_500, 4_000), "query_budget": 0.2, "query_timeout": 5,
         "phase_timeout": 300, "validate_timeout": 30}


# --------------------------------------------------------------------------- child processes

def _peak_mb() -> float:
    """This process's peak RSS: VmHWM (of this address space; ru_maxrss would carry the
    parent's peak across fork+exec), else ru_maxrss."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _load_rss(r: dict) -> str:
    """A load's peak RSS: the loading process's, and its largest worker's beside it."""
    return f"{r['rss_mb']:.0f} MB" + (f" (workers {r['workers_rss_mb']:.0f})" if r.get("workers_rss_mb") else "")


class PhaseTimeout(RuntimeError):
    pass


def _child_main(conn, func_name: str, kwargs: dict) -> None:
    def emit(*message):
        conn.send(("item", message))

    try:
        if func_name == "phase_queries":
            kwargs = {**kwargs, "emit": emit}
        out = globals()[func_name](**kwargs)
        out["rss_mb"] = _peak_mb()
        conn.send(("ok", out))
    except BaseException:  # report anything to the parent
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def _spawn(func_name: str, kwargs: dict):
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(child, func_name, kwargs))
    proc.start()
    child.close()
    return proc, parent


def _stop(proc) -> None:
    proc.kill()
    proc.join()


def in_child(func_name: str, timeout: float | None = None, **kwargs) -> dict:
    """Run ``func_name(**kwargs)`` of this module in a fresh interpreter; its result plus rss_mb.
    Raises PhaseTimeout when it takes longer than ``timeout`` seconds (the child is killed)."""
    proc, conn = _spawn(func_name, kwargs)
    try:
        if not conn.poll(timeout):
            _stop(proc)
            raise PhaseTimeout(f"{func_name} did not finish in {timeout:.0f} s")
        status, payload = conn.recv()
    except EOFError:
        status, payload = "error", "the child exited without a result"
    proc.join()
    if status != "ok":
        raise RuntimeError(f"bench phase {func_name} failed:\n{payload}")
    return payload


def queries_in_children(timeout: float, **kwargs) -> dict:
    """phase_queries, restarted past any query that runs longer than ``timeout`` s (recorded as a timeout)."""
    timings: dict[str, dict] = {}
    params = dict(kwargs.pop("params", None) or {})
    rss, setup = 0.0, 0.0
    while True:
        proc, conn = _spawn("phase_queries", {**kwargs, "params": params, "skip": sorted(timings)})
        current = None
        while True:
            if not conn.poll(timeout if current is not None else max(timeout, 600)):  # setup may be slow
                _stop(proc)
                if current is None:
                    raise PhaseTimeout("phase_queries: no progress (store setup too slow)")
                timings[current] = {"timeout_s": timeout}
                break
            try:
                status, payload = conn.recv()
            except EOFError:
                raise RuntimeError("phase_queries: the child died") from None
            if status == "item":
                kind, label, data = payload
                if kind == "start":
                    current = label
                elif kind == "timing":
                    timings[label] = data
                    current = ""  # between queries: the next "start" names the next one
                elif kind == "param":
                    params[label] = data
                elif kind == "setup":
                    setup = data
                continue
            proc.join()
            if status == "error":
                raise RuntimeError(f"bench phase phase_queries failed:\n{payload}")
            rss = max(rss, payload["rss_mb"])
            return {"timings": timings, "params": params, "setup_s": setup, "rss_mb": rss}


# --------------------------------------------------------------------------- phases (run in children)

def phase_load(files: list[str], store_dir: str, kind: str = "oxigraph") -> dict:
    """The command line's load (parallel read/validate, batched commits), timed per article."""
    from .graph.store import open_store
    from .pipeline import Pipeline, load_batched

    # The extractor is left to the workers, as ``renda-kg load`` leaves it: built here too,
    # it held about 100 MB in this process that the command line's load never has.
    pipeline = Pipeline()
    if kind == "memory":  # one store object for the whole run: it lives in this process only
        memory = open_store("memory")
        memory.close = lambda: None
        opener = lambda: memory  # noqa: E731
    else:
        opener = lambda: open_store(kind, store_dir)  # noqa: E731
    settled: list[float] = []
    start = time.perf_counter()
    outcomes = load_batched(opener, files, os.cpu_count() or 1, lambda o: settled.append(time.perf_counter()),
                            pipeline)
    end = time.perf_counter()
    with opener() as store:
        quads = store.quad_count() if hasattr(store, "quad_count") else sum(1 for _ in store.quads())
    # Intervals between settled articles, from the first: the workers' start-up is not a
    # per-article cost (it would make the first 10 % look slow and the load look flatter).
    marks = settled
    per = [b - a for a, b in zip(marks, marks[1:])] or [end - start]
    tenth = max(1, len(per) // 10)
    return {"articles": len(files), "loaded": sum(o.ok for o in outcomes), "seconds": end - start,
            "first10_ms": 1000 * statistics.mean(per[:tenth]), "last10_ms": 1000 * statistics.mean(per[-tenth:]),
            "quads": quads, "first_problem": next((o.problem[:300] for o in outcomes if not o.ok), None),
            # after the last article settled: the store's compaction for queries (one thread)
            "compacting_s": end - settled[-1] if settled else 0.0,
            # the largest worker's peak (they have ended): the RSS column is this process's
            "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def phase_build(store_dir: str, target: int, seed: str, dump_path: str | None) -> dict:
    """A store of about ``target`` article triples, built cheaply: extract + build, bulk-load N-Quads."""
    import pyoxigraph as ox

    from .generate import render_dump, write_article
    from .graph.store import OxigraphDiskStore
    from .graph.terms import n_triples
    from .loaders.reader import parse_article
    from .pipeline import Pipeline, sync_ontology

    start = time.perf_counter()
    pipeline = Pipeline()
    store = OxigraphDiskStore(Path(store_dir))
    sync_ontology(store, pipeline.vocab)
    triples, articles, graphs = 0, 0, []
    while triples < target:
        _, info = write_article(seed, articles)
        result = pipeline.process(parse_article(render_dump(info).encode("utf-8"), f"bench-{articles}.txt"))
        graphs.append((result.graph_name, n_triples(result.graph).encode("utf-8")))
        triples += len(result.graph)
        articles += 1
    built = time.perf_counter()
    store.replace_many_nt(graphs)  # bulk writes, as a load's, with the merge
    store.flush()
    loaded = time.perf_counter()
    store.optimize(triples)  # as a load that grew the store this much compacts it
    quads = store.quad_count()
    if dump_path:
        ox.serialize((q for q in store.oxigraph if isinstance(q.graph_name, ox.NamedNode)), dump_path,
                     ox.RdfFormat.N_QUADS)  # the named graphs: the memory store makes its own union
    store.close()
    return {"articles": articles, "triples": triples, "quads": quads, "build_s": built - start,
            "bulk_load_s": loaded - built, "optimize_s": time.perf_counter() - loaded}


def phase_queries(store_dir: str | None, nquads: str | None, budget: float, params: dict | None = None,
                  skip: list | None = None, emit=None) -> dict:
    """p50/p95 (ms) of every stored query, listing and lookup, on the store on disk or, from
    ``nquads``, rdflib's memory store. Progress and results go out through ``emit``."""
    from .graph.store import MemoryStore, open_store
    from .queries.runner import load_queries, run_query

    emit = emit or (lambda *m: None)
    start = time.perf_counter()
    if nquads:
        store = MemoryStore()
        store.dataset.parse(nquads, format="nquads")
    else:
        store = open_store("oxigraph", store_dir, read_only=True)
    emit("setup", "", time.perf_counter() - start)
    chosen = dict(params or {})
    skip = set(skip or ())
    for name, query in load_queries().items():
        variants = [("listing", {})] + ([("lookup", None)] if query.params else [])
        for variant, values in variants:
            label = f"{name} ({variant})"
            if values is None:
                values = chosen.get(name)
            if label in skip or values is None:
                continue
            emit("start", label, None)
            samples, rows = [], 0
            t_end = time.perf_counter() + budget
            while True:
                t0 = time.perf_counter()
                result = run_query(store, query, values)
                samples.append(1000 * (time.perf_counter() - t0))
                rows = len(result.rows)
                if len(samples) >= 50 or (len(samples) >= 3 and time.perf_counter() > t_end) \
                        or samples[-1] > 5000:
                    break  # enough runs; a slow query's one run is its figure
            samples.sort()
            emit("timing", label, {"p50": statistics.median(samples),
                                   "p95": samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))],
                                   "runs": len(samples), "rows": rows})
            if variant == "listing" and query.params and name not in chosen:
                value = _lookup_value(query, result)
                if value:
                    chosen[name] = value
                    emit("param", name, value)
    return {}


def _lookup_value(query, result) -> dict | None:
    """Values for a query's parameters, read from its own listing (the first row that has them)."""
    for p in query.params:
        for column in (p.name, f"{p.name}_label", f"{p.name}_iri"):
            if column in result.variables:
                i = result.variables.index(column)
                value = next((str(r[i]) for r in result.rows if r[i] is not None and str(r[i])), None)
                if value and (p.type != "iri" or value.startswith("http")):
                    return {p.name: value}
    return None


def phase_export(store_dir: str, fmt: str, out_path: str) -> dict:
    from .graph.export import export
    from .graph.store import open_store
    from .graph.vocab import default_vocabulary

    vocab = default_vocabulary()
    start = time.perf_counter()
    with open_store("oxigraph", store_dir) as store, open(out_path, "wb") as out:
        count = export(store, vocab, fmt, out)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "triples": count, "bytes": os.path.getsize(out_path)}


def phase_export_native(store_dir: str, fmt: str, out_path: str) -> dict:
    """pyoxigraph's own serializer over the same triples (turtle) or quads (nquads)."""
    import pyoxigraph as ox

    from .graph.vocab import default_vocabulary

    ontology = ox.NamedNode(str(default_vocabulary().iri))
    start = time.perf_counter()
    store = ox.Store.read_only(store_dir)
    # as renda-kg exports them: Turtle the merge of every graph, N-Quads the data graphs
    quads = (q for q in store if isinstance(q.graph_name, ox.NamedNode) and (fmt == "turtle" or q.graph_name != ontology))
    if fmt == "turtle":
        ox.serialize((q.triple for q in quads), out_path, ox.RdfFormat.TURTLE)
    else:
        ox.serialize(quads, out_path, ox.RdfFormat.N_QUADS)
    return {"seconds": time.perf_counter() - start, "bytes": os.path.getsize(out_path)}


def phase_validate(store_dir: str, engine: str = "renda") -> dict:
    """As ``renda-kg validate`` does it (``engine="renda"``): the compiled shapes run by the
    store, over its graphs where they lie. The baseline (``engine="pyshacl"``) copies every
    article graph into one rdflib graph and runs pySHACL over the same shapes."""
    from rdflib import RDF, Graph, Namespace

    from .graph.export import article_graph_names
    from .graph.store import open_store
    from .graph.validate import validate_store
    from .graph.vocab import default_vocabulary

    vocab = default_vocabulary()
    start = time.perf_counter()
    # (rdflib's Dataset.graph() writes, so the baseline's copy needs a writable store)
    with open_store("oxigraph", store_dir, read_only=engine == "renda") as store:
        if engine == "renda":
            loaded = time.perf_counter()
            report = validate_store(store, vocab)
            end = time.perf_counter()  # the count below is the table's size, not validation
            conforms, violations = report.conforms, len(report.violations)
            size = _article_quads(store, vocab)
        else:
            union = Graph()
            for s, p, o, _ in store.quads(article_graph_names(store, vocab)):
                union.add((s, p, o))
    if engine != "renda":
        import pyshacl

        loaded = time.perf_counter()
        conforms, report_graph, _ = pyshacl.validate(union, shacl_graph=vocab.shapes, ont_graph=vocab.graph,
                                                     inference="none", abort_on_first=False, allow_warnings=True,
                                                     advanced=True)
        violations = len(set(report_graph.subjects(RDF.type, Namespace("http://www.w3.org/ns/shacl#").ValidationResult)))
        end = time.perf_counter()
        size = len(union)  # triples: the copy merged the graphs
    return {"seconds": end - start, "load_s": loaded - start, "validate_s": end - loaded,
            "size": size, "violations": violations, "conforms": conforms}


def phase_push(store_dir: str, endpoint: str | None, user: str | None, target_dir: str | None = None) -> dict:
    """``renda-kg push`` of every article graph of the store: to the server at ``endpoint``,
    or (the baseline) through the same code into a fresh embedded store at ``target_dir``.
    The pushed graphs are removed from the server afterwards."""
    from .graph.export import article_graph_names
    from .graph.sparql import get_password, push
    from .graph.store import open_store
    from .graph.vocab import default_vocabulary

    vocab = default_vocabulary()
    with open_store("oxigraph", store_dir) as source:
        names = article_graph_names(source, vocab)
        quads = _article_quads(source, vocab)
        if endpoint:
            target = open_store("sparql", None, endpoint=endpoint, user=user,
                                password=get_password(user, prompt=False) if user else None)
        else:
            target = open_store("oxigraph", target_dir)
        try:
            start = time.perf_counter()
            push(source, target, names)
            seconds = time.perf_counter() - start
            if endpoint:
                for name in names:
                    target.remove_graph(name)
        finally:
            target.close()
    return {"seconds": seconds, "graphs": len(names), "quads": quads}


def _article_quads(store, vocab) -> int:
    """Quads in the article graphs of an embedded store, counted by Oxigraph."""
    import pyoxigraph as ox

    from .graph.export import article_graph_names

    return sum(1 for name in article_graph_names(store, vocab)
               for _ in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(name))))


# --------------------------------------------------------------------------- the table

def _size(n: float) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.2g}M"
    if n >= 1000:
        return f"{n / 1000:.3g}k"
    return str(int(n))


def _ms(v: float) -> str:
    return f"{v:.0f} ms" if v >= 10 else f"{v:.1f} ms"


class Table:
    HEAD = ("measure", "size", "value", "peak RSS", "baseline (same run)", "ratio", "goal")

    def __init__(self):
        self.rows: list[tuple[str, ...]] = []

    def add(self, *cells) -> None:
        self.rows.append(tuple(str(c) for c in cells))
        print("  .. " + " | ".join(str(c) for c in cells), file=sys.stderr, flush=True)

    def render(self) -> str:
        from .queries.runner import _pad, _width
        widths = [max(_width(r[i]) for r in [self.HEAD, *self.rows]) for i in range(len(self.HEAD))]
        lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in [self.HEAD, *self.rows]]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else (" ok" if ok else " MISSED")


def run(articles: int | None = None, quick: bool = False, workdir: str | None = None, seed: str = "bench",
        skip: tuple[str, ...] = (), keep: bool = False, endpoint: str | None = None,
        user: str | None = None) -> str:
    plan = dict(QUICK if quick else FULL)
    sizes = list(plan["sizes"])
    if articles:
        sizes = [s for s in sizes if s < articles] + [articles]
    small_t, large_t = plan["triples"]
    work = Path(workdir or tempfile.mkdtemp(prefix="renda-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    table = Table()
    notes = []
    try:
        # corpus
        from .generate import generate
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        t0 = time.perf_counter()
        entries = generate(max(sizes), corpus, seed)
        files = [str(corpus / e["file"]) for e in entries]
        notes.append(f"corpus: {len(files)} generated articles (seed {seed!r}) in {time.perf_counter() - t0:.1f} s; "
                     f"avg {statistics.mean(os.path.getsize(f) for f in files) / 1024:.1f} KiB/file")

        # 1. load throughput and 2. flatness
        if "load" not in skip:
            base = in_child("phase_load", plan["phase_timeout"], files=files[:sizes[0]], store_dir=str(work / "load-memory"),
                            kind="memory")
            base_rate = base["articles"] / base["seconds"]
            first_rate = None
            largest = None
            for n in sizes:
                store_dir = work / f"load-{n}"
                shutil.rmtree(store_dir, ignore_errors=True)
                r = in_child("phase_load", plan["phase_timeout"], files=files[:n], store_dir=str(store_dir))
                rate = r["articles"] / r["seconds"]
                first_rate = first_rate or rate
                loaded = f"{r['loaded']}/{r['articles']} loaded" if r["loaded"] != r["articles"] else ""
                if r["first_problem"]:
                    notes.append(f"load {n}: first refusal: {r['first_problem']}")
                table.add("load end to end (oxigraph disk)", f"{n} articles → {_size(r['quads'])} quads",
                          f"{rate:.1f} art/s ({r['seconds']:.0f} s, {r['compacting_s']:.0f} s of it compacting) "
                          f"{loaded}".strip(), _load_rss(r),
                          f"memory store {base_rate:.1f} art/s @{sizes[0]}", f"{rate / base_rate:.2f}×",
                          f"≥{GOAL_LOAD:.0f} art/s" + _verdict(rate >= GOAL_LOAD))
                largest = (n, r)
                shutil.rmtree(store_dir, ignore_errors=True)
            n, r = largest
            flat = r["last10_ms"] / r["first10_ms"]
            table.add("flatness: last 10 % / first 10 %", f"{n} articles",
                      f"{r['last10_ms']:.0f} vs {r['first10_ms']:.0f} ms/article", _load_rss(r),
                      "first 10 % of the same load", f"{flat:.2f}×",
                      f"≤{GOAL_FLAT}×" + _verdict(flat <= GOAL_FLAT) + f"; RSS ≤{GOAL_RSS_LOAD} MB"
                      + _verdict(r["rss_mb"] <= GOAL_RSS_LOAD))

        # stores for queries, export and validation
        stores = {}
        for target in (small_t, large_t):
            store_dir = work / f"store-{_size(target)}"
            shutil.rmtree(store_dir, ignore_errors=True)
            dump = str(work / f"store-{_size(target)}.nq") if target == small_t else None
            b = in_child("phase_build", plan["phase_timeout"], store_dir=str(store_dir), target=target, seed=seed, dump_path=dump)
            stores[target] = (store_dir, b, dump)
            notes.append(f"store ~{_size(target)}: {b['articles']} articles, {b['quads']} quads (ontology included), "
                         f"built the cheap way: extract+build {b['build_s']:.1f} s, pyoxigraph bulk_load of N-Quads "
                         f"{b['bulk_load_s']:.1f} s, compacted as after a load {b['optimize_s']:.1f} s, {b['rss_mb']:.0f} MB "
                         f"(no per-article SHACL)")

        # 3. queries
        if "queries" not in skip:
            small_dir, small_b, dump = stores[small_t]
            large_dir, large_b, _ = stores[large_t]
            qt = plan["query_timeout"]
            q_small = queries_in_children(qt, store_dir=str(small_dir), nquads=None, budget=plan["query_budget"])
            q_large = queries_in_children(qt, store_dir=str(large_dir), nquads=None, budget=plan["query_budget"],
                                          params=q_small["params"])
            q_mem = queries_in_children(qt, store_dir=None, nquads=dump, budget=plan["query_budget"],
                                        params=q_small["params"])
            notes.append(f"queries: lookups use values read from each query's own listing at ~{_size(small_t)}: "
                         + "; ".join(f"{k} {v}" for k, v in sorted(q_small["params"].items())))
            notes.append(f"memory baseline: rdflib parsed the ~{_size(small_t)} N-Quads in {q_mem['setup_s']:.1f} s; "
                         f"a query run over {plan['query_timeout']} s is cut off (timeout)")
            worst_ratio = None
            for label in q_small["timings"]:
                s, l, m = q_small["timings"][label], q_large["timings"].get(label, {}), q_mem["timings"].get(label, {})
                lookup = label.endswith("(lookup)")
                goal_ms = GOAL_LOOKUP_MS if lookup else GOAL_LISTING_MS
                if "p50" in m and "p50" in s:
                    ratio = m["p50"] / max(s["p50"], 1e-6)
                    base_txt = f"memory {_ms(m['p50'])} @{_size(small_t)}"
                elif "timeout_s" in m:
                    ratio = m["timeout_s"] * 1000 / max(s.get("p50", 1e-6), 1e-6)
                    base_txt = f"memory >{m['timeout_s']} s @{_size(small_t)}"
                else:
                    ratio, base_txt = None, "memory: n/a"
                worst_ratio = ratio if worst_ratio is None or (ratio is not None and ratio < worst_ratio) else worst_ratio
                value = (f"{_ms(s['p50'])}/{_ms(s['p95'])} @{_size(small_t)}; " if "p50" in s else "timeout; ") + (
                    f"{_ms(l['p50'])}/{_ms(l['p95'])} @{_size(large_t)} ({l['rows']} rows)" if "p50" in l else "timeout")
                ok = ("p50" in l and l["p50"] <= goal_ms) and (ratio is not None and ratio >= GOAL_VS_MEMORY)
                table.add(f"query {label} p50/p95", f"{_size(small_t)}; {_size(large_t)}", value,
                          f"{q_large['rss_mb']:.0f} MB", base_txt,
                          ("n/a" if ratio is None else (">" if "timeout_s" in m else "") + f"{ratio:.1f}×"),
                          f"p50 ≤{goal_ms:.0f} ms @{_size(large_t)}, ≥{GOAL_VS_MEMORY:.0f}× memory" + _verdict(ok))

        # 4. export
        if "export" not in skip:
            large_dir, large_b, _ = stores[large_t]
            for fmt in ("turtle", "nquads"):
                out = str(work / f"export.{fmt}")
                e = in_child("phase_export", plan["phase_timeout"], store_dir=str(large_dir), fmt=fmt, out_path=out)
                os.remove(out)
                nat = in_child("phase_export_native", plan["phase_timeout"], store_dir=str(large_dir), fmt=fmt, out_path=out)
                os.remove(out)
                goal = f"≤{GOAL_EXPORT_TTL_S:.0f} s" + _verdict(e["seconds"] <= GOAL_EXPORT_TTL_S) if fmt == "turtle" else ""
                table.add(f"export {fmt} (renda-kg export)", f"{_size(e['triples'])} triples",
                          f"{e['seconds']:.1f} s, {e['bytes'] / 2**20:.0f} MiB", f"{e['rss_mb']:.0f} MB",
                          f"pyoxigraph serializer {nat['seconds']:.1f} s, {nat['rss_mb']:.0f} MB",
                          f"{nat['seconds'] / e['seconds']:.2f}×", goal)

        # 5. validation
        if "validate" not in skip:
            baseline_timed_out_at = None
            for target in (small_t, large_t):
                store_dir = stores[target][0]
                runs = {}
                for engine in ("renda", "pyshacl"):
                    if engine == "pyshacl" and baseline_timed_out_at:
                        runs[engine] = None  # ten times the data will not take less: spare the machine
                        continue
                    try:
                        runs[engine] = in_child("phase_validate", plan["validate_timeout"], store_dir=str(store_dir),
                                                engine=engine)
                    except PhaseTimeout:
                        runs[engine] = None
                        if engine == "pyshacl":
                            baseline_timed_out_at = _size(target)
                v, base = runs["renda"], runs["pyshacl"]
                base_txt = (f"pySHACL {base['seconds']:.1f} s, {base['rss_mb']:.0f} MB, {base['violations']} violations"
                            if base else f"pySHACL: over {plan['validate_timeout']} s"
                            + (f" (at {baseline_timed_out_at}; not rerun larger)" if baseline_timed_out_at != _size(target) else ""))
                goal = ""
                if target == large_t:
                    ok = v is not None and v["seconds"] <= GOAL_VALIDATE_S and v["rss_mb"] <= GOAL_VALIDATE_MB
                    goal = f"≤{GOAL_VALIDATE_S:.0f} s, ≤{GOAL_VALIDATE_MB // 1024} GB" + _verdict(ok)
                if v is None:
                    table.add("validate whole store (renda-kg validate)", f"~{_size(stores[target][1]['quads'])} quads",
                              f"timeout: over {plan['validate_timeout']} s", "?", base_txt, "?", goal)
                    continue
                ratio = (f"{base['seconds'] / v['seconds']:.2f}×" if base
                         else f">{plan['validate_timeout'] / v['seconds']:.1f}×")
                table.add("validate whole store (renda-kg validate)", f"{_size(v['size'])} quads",
                          f"{v['seconds']:.1f} s (open {v['load_s']:.1f} + validate {v['validate_s']:.1f}); "
                          f"{v['violations']} violations", f"{v['rss_mb']:.0f} MB", base_txt, ratio, goal)

        # 6. push to a SPARQL server, when one is named
        if endpoint and "push" not in skip:
            store_dir = stores[small_t][0]
            base_dir = work / "push-baseline"
            shutil.rmtree(base_dir, ignore_errors=True)
            base = in_child("phase_push", plan["phase_timeout"], store_dir=str(store_dir), endpoint=None, user=None,
                            target_dir=str(base_dir))
            shutil.rmtree(base_dir, ignore_errors=True)
            r = in_child("phase_push", plan["phase_timeout"], store_dir=str(store_dir), endpoint=endpoint, user=user)
            rate, base_rate = r["quads"] / r["seconds"], base["quads"] / base["seconds"]
            table.add("push to the SPARQL server (renda-kg push)", f"{r['graphs']} graphs, {_size(r['quads'])} quads",
                      f"{rate / 1000:.1f}k quads/s, {r['graphs'] / r['seconds']:.1f} graphs/s ({r['seconds']:.1f} s)",
                      f"{r['rss_mb']:.0f} MB", f"same push into the embedded store {base_rate / 1000:.1f}k quads/s",
                      f"{rate / base_rate:.2f}×", "")
            notes.append(f"push: to {endpoint}; the pushed graphs were removed from it afterwards")
    finally:
        if not keep and workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    machine = (f"{platform.node()}: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
               f"{_mem_gb():.0f} GB RAM, Python {platform.python_version()}, {platform.system()} {platform.release()}")
    header = f"renda-kg bench{' --quick' if quick else ''} — {machine}\n"
    ratio_note = ("ratio: load = this size's rate over the memory-store rate; flatness = last/first; "
                  "query = memory-store p50 over oxigraph p50 at the small store (higher is better); "
                  "export = pyoxigraph seconds over renda-kg seconds (below 1: renda-kg is slower); "
                  "validate = pySHACL seconds over renda-kg seconds; "
                  "push = server rate over the same push into the embedded store")
    return header + "\n" + table.render() + "\n\n" + ratio_note + "\n" + "\n".join("- " + n for n in notes)


def _mem_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        return 0.0


def main(args) -> int:
    print(run(articles=args.articles, quick=args.quick, workdir=args.workdir, seed=args.seed,
              skip=tuple(args.skip or ()), keep=args.keep, endpoint=args.endpoint, user=args.user), flush=True)
    return 0

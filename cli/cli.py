"""The ``renda-kg`` command line: load, validate, query, export, stats, demo."""
from __future__ import annotations

import argparse
import signal
import sys
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .graph.export import FORMATS, article_graph_names, export
from .graph.store import STORES, GraphStore, StoreError, default_store_path, open_store
from .graph.validate import validate
from .graph.vocab import default_vocabulary
from .pipeline import load_paths
from .queries.runner import QueryError, format_result, load_queries, resolve_query, run_query


def _store(args) -> GraphStore:
    return open_store(args.store_kind, args.store)


def sample_path() -> Path:
    """The sample article shipped with the package (the user's own document)."""
    folder = Path(str(resources.files("renda_kg.loaders"))) / "samples"
    return next(iter(sorted(folder.glob("*.txt"))))


# -- commands -------------------------------------------------------------------
def cmd_load(args) -> int:
    with _store(args) as store:
        outcomes = load_paths(store, args.paths)
    for outcome in outcomes:
        print(outcome.summary())
    failed = [o for o in outcomes if not o.ok]
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} article(s) loaded"
          + (f"; {len(failed)} failed: " + ", ".join(o.origin for o in failed) if failed else ""))
    return 1 if failed or not outcomes else 0


def cmd_validate(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        union = Graph()  # all article graphs together: shapes may span articles
        for s, p, o, _ in store.quads(article_graph_names(store, vocab)):
            union.add((s, p, o))
    report = validate(union, vocab)
    print(report.text())
    return 0 if report.conforms else 1


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {pair!r}: want KEY=VALUE")
        out[key] = value
    return out


def cmd_query(args) -> int:
    if args.list:
        for name, q in load_queries().items():
            params = ", ".join(f"{p.name}{'?' if p.optional else ''}:{p.type}" for p in q.params)
            print(f"{name:28} {q.title}" + (f"  [{params}]" if params else ""))
        return 0
    if args.all:
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
    print(format_result(result, args.format))
    return 0


def cmd_export(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        if args.output:
            with open(args.output, "wb") as out:
                count = export(store, vocab, args.format, out)
            print(f"wrote {count} triples to {args.output} ({args.format})", file=sys.stderr)
        else:
            export(store, vocab, args.format, sys.stdout.buffer)
    return 0


def cmd_stats(args) -> int:
    vocab = default_vocabulary()
    with _store(args) as store:
        names = article_graph_names(store, vocab)
        triples = sum(1 for _ in store.quads(names))
        rows = store.query(  # the ontology IRI comes from the ontology file, not from a user
            f"SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e a ?class }} "
            f"FILTER (?g != <{vocab.iri}>) }} GROUP BY ?class ORDER BY DESC(?n) ?class")
        print(f"triples:  {triples}")
        print(f"articles: {len(names)}")
        print("entities by class:")
        for cls, n in rows:
            print(f"  {int(n):6}  {vocab.local_name(cls):28} {vocab.label(cls)}")
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


COMMANDS = {"load": cmd_load, "validate": cmd_validate, "query": cmd_query, "export": cmd_export,
            "stats": cmd_stats, "demo": cmd_demo}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="renda-kg", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", type=Path, default=None,
                        help="store folder (default ./renda-store; env RENDA_KG_STORE)")
    common.add_argument("--store-kind", default="oxigraph", choices=sorted(STORES),
                        help="store implementation (default: oxigraph, on disk)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", parents=[common], help="read articles, extract, validate, commit one graph each")
    p.add_argument("paths", nargs="+", help="article files or folders")

    sub.add_parser("validate", parents=[common], help="SHACL over the whole store; exit 1 on violations")

    p = sub.add_parser("query", parents=[common], help="run a stored query (or a .rq file)")
    p.add_argument("query", nargs="?", help="stored query name or path to a .rq file")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="bind a query parameter")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument("--list", action="store_true", help="list the stored queries")
    p.add_argument("--all", action="store_true", help="run every stored query with no parameters")

    p = sub.add_parser("export", parents=[common], help="write the store as RDF")
    p.add_argument("--format", default="turtle", choices=list(FORMATS))
    p.add_argument("--output", "-o", default=None, help="file to write (default: stdout)")

    sub.add_parser("stats", parents=[common], help="counts of triples, articles and entities by class")

    p = sub.add_parser("demo", parents=[common], help="the main job on the shipped sample article")
    p.add_argument("--output", "-o", default="renda-sample.ttl", help="Turtle file to write")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `renda-kg export | head` ends quietly
    if args.store is None:
        args.store = default_store_path()
    try:
        return COMMANDS[args.command](args)
    except (StoreError, QueryError, ValueError) as exc:
        print(f"renda-kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

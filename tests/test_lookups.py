"""A stored query's lookup is its listing narrowed to the value asked for.

Researchers read a lookup (``renda-kg query place_hierarchy --param place=乌镇镇``) as
the rows of the listing about that place, no more, no fewer, in the listing's order. A
query may restate its parameter inside a subquery (``#+ values:``, graph/sparql.py) so
that a lookup does not compute the whole store's answer first; a restatement that dropped
or added a row, on the embedded store or on rdflib's, shows here.

The embedded store holds the sample article and a small generated corpus, so that every
query has rows about several bodies, places and mechanisms; rdflib's store (which binds a
parameter by initBindings, not by the VALUES blocks) holds the sample and two generated
articles (people with posts, sessions: the sample has neither), being slow on some of these
queries with more. Values are read from each listing.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from renda_kg.generate import generate
from renda_kg.graph.store import open_store
from renda_kg.pipeline import load_paths
from renda_kg.queries.runner import load_queries, run_query

sys.path.insert(0, str(Path(__file__).parent))
from answers import normalised  # noqa: E402

SAMPLE = Path(__file__).parents[1] / "loaders/samples/zjrd-2023-10-07-tongxiang-wuhua.txt"
QUERIES = load_queries()
VALUES_PER_PARAM = 4

# Where a parameter is matched otherwise than by equality with its own column: the
# listing column it narrows, and the columns a lookup fills that a listing leaves empty.
NARROWS = {
    # the label or another name of the mechanism; the mechanism column repeats the name asked
    ("bodies_running_mechanism", "mechanism"): ("mechanism_label", {"mechanism"}),
    ("closed_loop_steps", "mechanism"): ("mechanism_label", {"mechanism"}),
}


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lookup-corpus")
    generate(12, folder, seed=11)
    return [SAMPLE] + sorted(p for p in folder.iterdir() if p.name != "manifest.json")


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def store(request, corpus_files, tmp_path_factory):
    path = tmp_path_factory.mktemp(f"lookup-{request.param}") / "store"
    s = open_store(request.param, path)
    outcomes = load_paths(s, corpus_files if request.param == "oxigraph" else corpus_files[:3])
    assert all(o.ok for o in outcomes), [o.summary() for o in outcomes if not o.ok]
    yield s
    s.close()


def cases():
    for name, query in sorted(QUERIES.items()):
        for param in query.params:
            yield pytest.param(name, param.name, id=f"{name}-{param.name}")


def picked(values: list[str]) -> list[str]:
    """A few distinct values spread over the listing (first, last and between)."""
    distinct = list(dict.fromkeys(v for v in values if v))
    if len(distinct) <= VALUES_PER_PARAM:
        return distinct
    step = (len(distinct) - 1) / (VALUES_PER_PARAM - 1)
    return [distinct[round(i * step)] for i in range(VALUES_PER_PARAM)]


@pytest.mark.parametrize("name,param", list(cases()))
def test_lookup_is_the_listing_narrowed(store, name, param):
    query = QUERIES[name]
    listing = run_query(store, query, {})
    narrowed_by, filled = NARROWS.get((name, param), (param, set()))
    at = listing.variables.index(narrowed_by)
    values = picked([None if row[at] is None else str(row[at]) for row in listing.rows])
    assert values, f"{name}: the listing has no {narrowed_by} to look up"
    kept = [i for i, v in enumerate(listing.variables) if v not in filled]
    listed = normalised(query, listing)
    for value in values:
        lookup = run_query(store, query, {param: value})
        assert lookup.variables == listing.variables
        expected = [[row[i] for i in kept] for row, raw in zip(listed, listing.rows)
                    if raw[at] is not None and str(raw[at]) == value]
        got = [[row[i] for i in kept] for row in normalised(query, lookup)]
        assert got == expected, f"{name} {param}={value!r}: the lookup is not the listing's rows for it"
        for column in filled:
            j = lookup.variables.index(column)
            assert all(str(row[j]) == value for row in lookup.rows), f"{name}: {column} should repeat {value!r}"

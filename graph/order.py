"""A SELECT's ORDER BY done in Python, for the embedded Oxigraph store.

Oxigraph's sort decodes the terms of both rows at every comparison, and a label or an IRI
longer than a few bytes is read back from RocksDB each time: at 1M triples, ordering the
11,165 rows of ``bodies_running_mechanism`` took about 450 ms of the query's 1,060, and
Python sorts the same rows, once read, in about 60 ms. So where a query's ORDER BY asks for
what SPARQL defines plainly, the store runs the query without it and sorts the answer
here; everything else is left to the engine.

Taken over: keys that are a projected variable, ``STR(?v)`` or ``COALESCE(STR(?v) | ?v,
"constant")``, each ASC or DESC, with no LIMIT, OFFSET or trailing VALUES after the ORDER
BY (those need the order inside the engine). Keys compare as SPARQL 1.1 orders them
(§15.1): unbound first, then IRIs by their text, then literals. The literals of one key
must be all strings (simple or ``xsd:string``), all numbers, all ``xsd:date`` or all
``xsd:dateTime`` values without a time zone, or all booleans, as SPARQL's ``<`` compares
them. Where the rows hold anything else for a key (a blank node, which the engine orders
by its own ids; a language-tagged literal; literals of several kinds; a date or time with
a time zone, which compares as the instant it starts at, and which rdflib's Python value
of an ``xsd:date`` drops), :func:`sort_rows` raises :class:`NotOrderedHere` and the store
asks the engine to order the rows.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rdflib import XSD, BNode, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Node

from .sparql import top_level_tokens

# the parser wraps every expression in one node per level of the grammar
_WRAPPERS = {"ConditionalOrExpression", "ConditionalAndExpression", "RelationalExpression",
             "AdditiveExpression", "MultiplicativeExpression"}
NUMERIC_DATATYPES = {XSD[t] for t in ("integer", "decimal", "float", "double", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                             "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                             "unsignedByte")}
_TIMES = {XSD.date, XSD.dateTime}
_ZONE = re.compile(r"(Z|[+-]\d\d:\d\d)\s*$")   # a time zone at the end of a date's lexical form


class NotOrderedHere(ValueError):
    """The rows hold terms that this module does not order as the engine would."""


@dataclass(frozen=True)
class SortKey:
    """One ORDER BY condition: a variable, read as its string (``STR``) or as it is, with
    a constant in place of an unbound value (``COALESCE``)."""
    variable: str
    as_string: bool = False
    default: Literal | None = None
    descending: bool = False


@dataclass(frozen=True)
class OrderPlan:
    query: str                  # the query without its ORDER BY
    keys: tuple[SortKey, ...]


@lru_cache(maxsize=256)
def plan_order(text: str) -> OrderPlan | None:
    """The query without its top-level ORDER BY and the keys to sort by, or None where
    the engine must order the rows itself."""
    tokens = list(top_level_tokens(text))
    words = [w for _, w in tokens]
    if not words or words[0] not in ("SELECT", "PREFIX", "BASE"):
        return None
    at = next((i for (i, w), (_, nxt) in zip(tokens, tokens[1:]) if w == "ORDER" and nxt == "BY"), None)
    if at is None or "SELECT" not in words:
        return None
    tail = [w for i, w in tokens if i > at]
    if any(w in ("LIMIT", "OFFSET", "VALUES") for w in tail) or "{" in tail:
        return None
    prologue = text[:next(i for i, w in tokens if w == "SELECT")]
    try:  # only the ORDER BY is parsed: the whole query takes rdflib up to 150 ms
        parsed = parseQuery(prologue + "SELECT * WHERE { } " + text[at:])
    except Exception:  # noqa: BLE001 - the engine reports what is wrong with the query
        return None
    keys = []
    for condition in parsed[1]["orderby"]["condition"]:
        key = _sort_key(condition)
        if key is None:
            return None
        keys.append(key)
    return OrderPlan(text[:at], tuple(keys))


def _unwrap(expr):
    while getattr(expr, "name", None) in _WRAPPERS and set(expr.keys()) == {"expr"}:
        expr = expr["expr"]
    return expr


def _plain_string(expr) -> Literal | None:
    # a quoted string in the parse tree: literal_{'string': …}, with 'lang' or 'datatype' if typed
    if getattr(expr, "name", None) == "literal" and set(expr.keys()) == {"string"}:
        return Literal(str(expr["string"]))
    return None


def _sort_key(condition) -> SortKey | None:
    descending = False
    if getattr(condition, "name", None) == "OrderCondition":
        descending = condition.get("order") == "DESC"
        condition = condition["expr"]
    expr, default = _unwrap(condition), None
    if getattr(expr, "name", None) == "Builtin_COALESCE":
        args = [_unwrap(a) for a in expr["arg"]]
        if len(args) != 2:
            return None
        expr, default = args[0], _plain_string(args[1])
        if default is None:
            return None
    as_string = getattr(expr, "name", None) == "Builtin_STR"
    if as_string:
        expr = _unwrap(expr["arg"])
    if not isinstance(expr, Variable):
        return None
    return SortKey(str(expr), as_string, default, descending)


def sort_rows(variables: list[str], rows: list[list[Node | None]], keys: tuple[SortKey, ...]) -> list:
    """The rows in the order the keys give (stable: rows equal on every key keep their order)."""
    for key in keys:
        if key.variable not in variables:
            raise NotOrderedHere(f"ORDER BY ?{key.variable}, which the query does not return")
    columns = []
    for key in keys:
        at = variables.index(key.variable)
        ranks = _ranks([row[at] for row in rows], key)
        if key.descending:   # each distinct rank replaced by minus its place among them
            place = {rank: -n for n, rank in enumerate(sorted(set(ranks)))}
            ranks = list(map(place.__getitem__, ranks))
        columns.append(ranks)
    # one stable sort on every key at once (a sort per key, the last key first, took longer)
    by_row = list(zip(*columns))
    return [rows[i] for i in sorted(range(len(rows)), key=by_row.__getitem__)]


def _ranks(terms: list[Node | None], key: SortKey) -> list[tuple]:
    """Each term's place in SPARQL's order, as a tuple Python compares the same way."""
    default = None if key.default is None else (3, str(key.default))
    # Ranked once per distinct term, by id(): the store hands out one object per distinct
    # term, and a row's rank is then a dictionary look-up done in C (map), not in a loop.
    distinct = dict(zip(map(id, terms), terms))
    kinds = set()
    rank_of = {}
    for ident, term in distinct.items():
        if key.as_string and isinstance(term, (URIRef, Literal)):
            rank, kind = (3, str(term)), "string"       # STR(): a simple literal
        elif term is None or key.as_string and isinstance(term, BNode):   # STR(_:b) is an error
            rank, kind = default or (0, ""), "string" if default else None
        elif isinstance(term, BNode):   # the engine orders them by its own ids
            raise NotOrderedHere(f"?{key.variable} holds a blank node")
        elif isinstance(term, URIRef):
            rank, kind = (2, str(term)), None
        else:
            kind = _kind(term)
            rank = (3, _literal_value(term, kind))
        if kind:
            kinds.add(kind)
            if len(kinds) > 1:
                raise NotOrderedHere(f"?{key.variable} holds literals of several kinds: {', '.join(sorted(kinds))}")
        rank_of[ident] = rank
    return list(map(rank_of.__getitem__, map(id, terms)))


def _kind(term: Literal) -> str:
    if term.language:
        raise NotOrderedHere(f"language-tagged literal {term!r}")
    if term.datatype is None or term.datatype == XSD.string:
        return "string"
    if term.datatype in NUMERIC_DATATYPES:
        return "number"
    if term.datatype in _TIMES:
        return str(term.datatype)   # a date and a dateTime do not compare
    if term.datatype == XSD.boolean:
        return "boolean"
    raise NotOrderedHere(f"literal of datatype {term.datatype}")


def _literal_value(term: Literal, kind: str):
    if kind == "string":
        return str(term)
    value = term.toPython()
    if kind == "number" and not (isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
                                 and value == value):   # NaN equals nothing and orders nowhere
        raise NotOrderedHere(f"ill-typed number or NaN {term!r}")
    if kind == "boolean" and not isinstance(value, bool):
        raise NotOrderedHere(f"ill-typed boolean {term!r}")
    if kind not in ("number", "boolean") and (not isinstance(value, (datetime.date, datetime.datetime))
                                              or getattr(value, "tzinfo", None) or _ZONE.search(term)):
        raise NotOrderedHere(f"date or time with a time zone, or ill-typed: {term!r}")
    return value

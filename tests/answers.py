"""Answers compared as SPARQL promises them, for the tests that compare two answers.

Engines agree on the rows of a stored query, not on everything about them: a string
literal may come back typed xsd:string or plain (RDF 1.1 holds them one), a number in
another lexical form, and a GROUP_CONCAT list in any order (SPARQL leaves it to the
engine; rdflib's order even changes with Python's hash seed).
"""
from __future__ import annotations

import re

from rdflib import XSD, Literal

from renda_kg.graph.store import normalize

_CONCAT = re.compile(r'GROUP_CONCAT\s*\(.*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s+\?(\w+)', re.I | re.S)
_NUMERIC = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "decimal", "nonNegativeInteger",
                                  "positiveInteger", "unsignedInt", "unsignedLong")}


def _norm(term, separator: str | None):
    """A term as compared across engines: RDF 1.1 string literals as one, numbers by value,
    GROUP_CONCAT lists as sets (SPARQL leaves their order to the engine)."""
    if term is None:
        return None
    term = normalize(term)
    if isinstance(term, Literal):
        if separator is not None:
            return ("concat", tuple(sorted(set(str(term).split(separator)))) if str(term) else ())
        if term.datatype and str(term.datatype) in _NUMERIC:
            return ("number", term.toPython() if not isinstance(term.toPython(), str) else str(term))
        return ("literal", str(term), term.language, str(term.datatype) if term.datatype else None)
    return (type(term).__name__, str(term))


def normalised(query, result):
    seps = {var: sep for sep, var in _CONCAT.findall(query.text)}
    return [tuple(_norm(t, seps.get(v)) for v, t in zip(result.variables, row)) for row in result.rows]

"""rdflib terms built fast, and graphs written as N-Triples fast.

A load builds about 1,300 statements an article and writes each article as N-Triples
twice over (for its validation and for the store); an answer from the store converts
thousands of terms. rdflib's constructors check and normalise what these callers already
know to be well formed, and its N-Triples writer checks and escapes every term again at
each occurrence. The terms built here are the objects rdflib builds, down to every slot
(``tests/test_store.py`` compares them).
"""
from __future__ import annotations

import json

from rdflib import XSD, Graph, Literal, URIRef

_XSD_INTEGER = XSD.integer


def iri(text: str) -> URIRef:
    """``URIRef(text)`` without rdflib's check of the characters: for IRIs Oxigraph has
    parsed or the program minted (the check was a third of the cost of building one)."""
    return str.__new__(URIRef, text)


def string(text: str, lang: str | None = None) -> Literal:
    """``Literal(text)`` or ``Literal(text, lang=lang)``, the same object built in an
    eighth of the time: rdflib's constructor works out a Python value and a normal form
    that a plain or language-tagged string does not have."""
    literal = str.__new__(Literal, text)
    literal._language, literal._datatype, literal._value, literal._ill_typed = lang, None, text, None
    return literal


def integer(value: int) -> Literal:
    """``Literal(value, datatype=XSD.integer)`` for a Python int."""
    literal = str.__new__(Literal, str(value))
    literal._language, literal._datatype, literal._value, literal._ill_typed = None, _XSD_INTEGER, value, None
    return literal


class _Written(dict):
    """Each term's N-Triples text, worked out on its first occurrence."""

    def __missing__(self, term):
        if isinstance(term, Literal):
            # json's escapes (\" \\ \n \r \t \b \f \uXXXX) are all N-Triples escapes, and it
            # never leaves a line break in the text: one statement stays one line.
            text = json.dumps(str(term), ensure_ascii=False)
            if term.language:
                text += f"@{term.language}"
            elif term.datatype is not None:
                text += f"^^<{term.datatype}>"
        else:
            text = term.n3()  # an IRI (checked here, once, as rdflib's writer does) or _:blank
        self[term] = text
        return text


def statements(graph: Graph):
    """The (s, p, o) of ``graph``: straight from its store's set where it keeps one (an
    article graph as a load builds it, graph/build.py), else through rdflib."""
    unindexed = getattr(graph.store, "statements", None)
    return unindexed() if unindexed is not None else graph


def n_triples(graph: Graph) -> str:
    """``graph`` as N-Triples, one statement a line: what ``graph.serialize(format="nt")``
    gives, in a third of the time."""
    written = _Written()
    return "".join(f"{written[s]} {written[p]} {written[o]} .\n" for s, p, o in statements(graph))

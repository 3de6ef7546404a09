"""Stored SPARQL queries: the ``queries/*.rq`` files, their headers and their runner.

Each file starts with a grlc-style header::

    #+ title: Congress bodies and their jurisdictions
    #+ description: Every congress body with the area it works for.
    #+ param: area zh optional  Only bodies whose area has this Chinese label (e.g. 桐乡市)

A ``param`` names a query variable, its type (``iri``, ``string``, ``zh``, ``integer``,
``date``) and whether it may be left out. Values are bound as RDF terms (rdflib's
``initBindings``; elsewhere a ``VALUES`` block of escaped N-Triples terms), never pasted
into the query text as written, so a value like ``乌镇镇" } ; DROP ALL ; #`` stays a
literal.

A lookup is the listing narrowed to the value asked for. Where a subquery or an OPTIONAL
would compute its answer for the whole store first (Oxigraph evaluates an OPTIONAL's group
on its own, then joins it), a line ``#+ values: body`` inside that group restates the
parameter there (graph/sparql.py, ``bind_values``); the group must bind the variable by a
pattern of its own, as the outer group does (or the line's pattern, which goes in with the
values), so that the restatement drops only rows the outer join would drop
(``tests/test_lookups.py`` checks every stored query's lookups against its listing).

Write a parameter's variable into the SELECT projection (Oxigraph substitutes only
projected variables; the parser checks it) and into a required pattern or a FILTER: a
variable bound only inside OPTIONAL filters nothing.

The default graph is what all the graphs say together. The embedded store answers from the
merge it keeps, where each statement is once (and the ontology); rdflib's union has set
semantics too; but a SPARQL server's union (Virtuoso's) gives a statement once per graph
that holds it. Use DISTINCT or GROUP BY and COUNT(DISTINCT …) where that would change an
answer; GRAPH ?g still reaches each article's graph.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import XSD, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.term import Node

from ..graph.sparql import RESTATED_VALUES, restated_names, top_level_tokens, where_group_start
from ..graph.store import Answer

PARAM_TYPES = ("iri", "string", "zh", "integer", "date")


class QueryError(ValueError):
    """A query that cannot be run as asked: names the query and the problem."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    optional: bool
    description: str

    def term(self, value: str, query: str, prefixes: dict[str, str] | None = None) -> Node:
        """The RDF term for a value given on the command line. An IRI may be written with a
        prefix the query declares (``rk:inspectsLaw``), as the queries and curation files do."""
        if self.type == "iri":
            prefix, colon, local = value.partition(":")
            if colon and prefixes and prefix in prefixes and not local.startswith("//"):
                value = prefixes[prefix] + local
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", value):
                raise QueryError(f"{query}: parameter {self.name}: {value!r} is not an IRI")
            return URIRef(value)
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"{query}: parameter {self.name}: {value!r} is not an integer")
            return Literal(int(value), datatype=XSD.integer)
        if self.type == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise QueryError(f"{query}: parameter {self.name}: {value!r} is not a date (YYYY-MM-DD)")
            return Literal(value, datatype=XSD.date)
        if self.type == "zh":
            return Literal(value, lang="zh")
        return Literal(value)


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    text: str
    params: tuple[Parameter, ...] = ()
    path: str | None = None

    def bindings(self, values: dict[str, str]) -> dict[str, Node]:
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter(s) {', '.join(unknown)}; "
                             f"this query takes: {', '.join(known) or 'none'}")
        missing = [p.name for p in self.params if not p.optional and p.name not in values]
        if missing:
            raise QueryError(f"{self.name}: missing required parameter(s) {', '.join(missing)}")
        prefixes = declared_prefixes(self.text)
        return {name: known[name].term(value, self.name, prefixes) for name, value in values.items()}


_PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.I | re.M)


def declared_prefixes(text: str) -> dict[str, str]:
    """The PREFIX declarations of a query's text, prefix → namespace."""
    return {prefix or "": namespace for prefix, namespace in _PREFIX.findall(text)}


_HEADER = re.compile(r"^#\+\s*(\w+)\s*:\s*(.*)$")


def parse_query_file(text: str, name: str, path: str | None = None) -> StoredQuery:
    """Read the ``#+`` header and check the query: SELECT/ASK/CONSTRUCT/DESCRIBE only."""
    meta: dict[str, str] = {}
    params: list[Parameter] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "param":
            parts = value.split(None, 3)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise QueryError(f"{name}: bad param line {value!r}: want 'NAME TYPE [optional] description', "
                                 f"TYPE one of {', '.join(PARAM_TYPES)}")
            optional = len(parts) > 2 and parts[2] == "optional"
            desc = " ".join(parts[3:] if optional else parts[2:])
            params.append(Parameter(parts[0], parts[1], optional, desc))
        elif key != "values":   # restated parameters: checked below, used by bind_values
            meta[key] = value
    query = check_read_only(text, name)
    _check_restated(text, name, params)
    _check_projection(query, name, params)
    return StoredQuery(name, meta.get("title", name), meta.get("description", ""), text, tuple(params), path)


def _check_restated(text: str, name: str, params: list[Parameter]) -> None:
    """A ``#+ values:`` line names declared parameters and stands inside the WHERE group."""
    declared = {p.name for p in params}
    lines = list(RESTATED_VALUES.finditer(text))
    where = where_group_start(text) if lines else 0   # a DESCRIBE may have no WHERE
    for line in lines:
        names = restated_names(line.group("names"))
        unknown = [n for n in names if n not in declared]
        if not names or unknown:
            raise QueryError(f"{name}: '#+ values:' line {line.group().strip()!r} must name parameters "
                             f"of the query ({', '.join(sorted(declared)) or 'none declared'})")
        if line.start() < where:
            raise QueryError(f"{name}: '#+ values:' line {line.group().strip()!r} must stand inside the "
                             "WHERE group (in the subquery it narrows)")
        pattern = line.group("pattern")
        if pattern:
            unused = [n for n in names if not re.search(rf"[?$]{n}\b", pattern)]
            if unused:
                raise QueryError(f"{name}: the pattern of '#+ values:' line {line.group().strip()!r} must "
                                 f"narrow by {', '.join('?' + n for n in unused)}")
            try:   # on its own, with the query's prefixes: a group that parses goes in anywhere a group can
                translateQuery(parseQuery(f"{_prologue(text)}\nSELECT * WHERE {{ {pattern} }}"))
            except Exception as err:  # noqa: BLE001 - pyparsing's errors have no common base
                raise QueryError(f"{name}: the pattern of '#+ values:' line {line.group().strip()!r} "
                                 f"does not parse: {err}") from None


def _prologue(text: str) -> str:
    """The query's PREFIX and BASE declarations: the text before its query form."""
    forms = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
    return text[:next((i for i, token in top_level_tokens(text) if token in forms), 0)]


def _check_projection(query, name: str, params: list[Parameter]) -> None:
    """Oxigraph substitutes only projected variables: a param left out of SELECT would be ignored."""
    if query.algebra.name != "SelectQuery" or not params:
        return
    projected = {str(v) for v in query.algebra.get("PV", [])}
    missing = [p.name for p in params if p.name not in projected]
    if missing:
        raise QueryError(f"{name}: parameter(s) {', '.join(missing)} must appear in the SELECT projection")


def check_read_only(text: str, name: str, allow_service: bool = False):
    """Refuse SPARQL Update and, unless allowed, SERVICE (no query reaches another host).
    Gives the query's algebra (rdflib's), for the other checks."""
    try:
        parsed = parseQuery(text)
    except Exception as exc:
        if re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", text, re.I):
            raise QueryError(f"{name}: SPARQL Update is not allowed here; queries only read") from None
        raise QueryError(f"{name}: not a valid SPARQL query: {exc}") from None
    query = translateQuery(parsed)
    if not allow_service and _uses_service(query.algebra):
        raise QueryError(f"{name}: SERVICE is not allowed: a query may not reach another host")
    return query


def _uses_service(node) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_uses_service(v) for v in node)
    return False


def queries_dir() -> Path:
    return Path(str(resources.files("renda_kg.queries")))


def load_queries(folder: Path | None = None) -> dict[str, StoredQuery]:
    folder = folder or queries_dir()
    out = {}
    for path in sorted(folder.glob("*.rq")):
        out[path.stem] = parse_query_file(path.read_text(encoding="utf-8"), path.stem, str(path))
    return out


def resolve_query(name_or_file: str, folder: Path | None = None) -> StoredQuery:
    """A stored query by name, or a ``.rq`` file by path."""
    if name_or_file.endswith(".rq") or "/" in name_or_file:
        path = Path(name_or_file)
        if not path.is_file():
            raise QueryError(f"{name_or_file}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QueryError(f"{name_or_file}: not UTF-8 text (a query file is SPARQL in UTF-8)") from None
        return parse_query_file(text, path.stem, str(path))
    path = (folder or queries_dir()) / f"{name_or_file}.rq"   # that file alone: each takes ~0.1 s to check
    if not path.is_file():
        raise QueryError(f"{name_or_file}: no stored query of that name; see 'renda-kg query --list'")
    return parse_query_file(path.read_text(encoding="utf-8"), path.stem, str(path))


QueryResult = Answer  # a stored query's answer: variables and rows, or an ASK's boolean


def run_query(store, query: StoredQuery, values: dict[str, str] | None = None) -> QueryResult:
    bindings = query.bindings(values or {})
    try:
        return store.answer(query.text, bindings)
    except (RuntimeError, SyntaxError) as exc:  # engines report bad queries in their own types
        raise QueryError(f"{query.name}: {exc}") from exc


def _cell(term: Node | None) -> str:
    return "" if term is None else str(term)


def _table_cell(term: Node | None) -> str:
    # One line per row: a quote spanning lines would break the table.
    return _cell(term).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps({"head": {"vars": result.variables},
                           "results": {"bindings": [
                               {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                               for row in result.rows]}}, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([[_cell(t) for t in row] for row in result.rows])
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown result format {fmt!r}; known: table, csv, tsv, json")
    cells = [result.variables] + [[_table_cell(t) for t in row] for row in result.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(result.variables))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "bnode", "value": str(term)}


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f" else 1
               for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))

"""The ``sparql`` store: article graphs kept in a SPARQL 1.1 server (Virtuoso, Fuseki, …).

Reads go through SPARQLWrapper and ask for SPARQL JSON results, which are read here
rather than by SPARQLWrapper so that servers' departures from the standard are handled
in one place:

* Virtuoso writes ``"type": "typed-literal"`` (SPARQL XML's old name) for literals with a
  datatype; it is read as ``literal``.
* Virtuoso may answer an ASK with ``text/html`` or ``text/plain`` ("true"/"false"); the
  body is read whatever the content type says.
* Virtuoso stops every answer at ``ResultSetMaxRows`` (10000 by default) and says so only
  in an ``X-SPARQL-MaxRows`` header, or not at all. The store is told the server's cap
  (``max_rows``, default 10000): an answer carrying that header, or with as many rows as
  the cap, raises :class:`TruncatedResult` instead of being returned short. Graph dumps
  (``graph``/``quads``), which may legitimately exceed the cap, are read in pages of
  ``max_rows`` with ``ORDER BY``/``LIMIT``/``OFFSET``.
* CONSTRUCT/DESCRIBE answers are asked for as N-Triples and parsed by rdflib (JSON-LD
  and RDF/XML from servers are where SPARQLWrapper's converters trip).

Writes use the SPARQL 1.1 Graph Store HTTP Protocol (``PUT ?graph=IRI`` replaces one
graph; ``DELETE`` removes it) when a graph-store URL is known, and otherwise, or when
the server has no such service (404/405/501), SPARQL Update:
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`` in one request, or, for graphs
over ``UPDATE_CHUNK`` triples (Virtuoso refuses long INSERT DATA), followed by more
INSERT DATA requests.

On Virtuoso (its ``Server`` header says so) the program keeps the merge of its graphs,
each statement once, in a graph of its own, ``<prefix>merged``
(``https://w3id.org/renda-kg/merged``), and queries read it as their
default graph (``default-graph-uri``). Virtuoso's default graph is otherwise the union of
all its graphs with a statement repeated once per graph that states it: a town named in
700 articles has 700 copies of its label, every join with it does 700 times the work, and
``bodies_jurisdictions`` took 32 s on 14 articles (0.06 s on their merge). The embedded
store keeps the same merge in its default graph. Each write keeps the merge in step: the
statements only the old graph states leave it, the graph is written, its statements join
it. Virtuoso still lets ``GRAPH ?g`` range over every graph when a default graph is
given, the merge among them; a server that follows the protocol to the letter would
hide the named graphs, so elsewhere no merge is kept or read. A Virtuoso holding graphs
written before the merge existed is queried through its union (with a notice) until the
next write builds the merge.

For Virtuoso-style URLs (path ending in ``/sparql``) with a user, writes go to
``/sparql-auth`` and ``/sparql-graph-crud-auth`` with HTTP Digest authentication.

Parameters of a query cannot travel as ``initBindings`` to a server, so they are bound
by a ``VALUES`` block put at the start of the query's WHERE group, built from the RDF
terms' N-Triples serialisation (escaped; IRIs checked by rdflib): the value of a
parameter is always one RDF term and never query text. The rest of the query text is
sent as written.

Every request has a timeout; connection refused/reset, timeouts and HTTP 502/503/504
are retried with exponential backoff; everything else fails at once with a message
naming the server and the problem, never the password.
"""
from __future__ import annotations

import getpass
import json
import os
import re
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from rdflib import XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.query import Result
from rdflib.term import Node
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as sw_errors

from ..loaders.environment import env_number
from .store import STORES, GraphStore, StoreError, normalize, register_store
from .terms import n_triples

PASSWORD_ENV = "RENDA_KG_PASSWORD"
MAX_ROWS_ENV = "RENDA_KG_MAX_ROWS"
DEFAULT_MAX_ROWS = 10000          # Virtuoso's default ResultSetMaxRows
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3
# The graphs this program writes: the ontology (https://w3id.org/renda-kg/ontology) and
# the articles (https://w3id.org/renda-kg/id/…). A server holds other graphs too
# (Virtuoso's own system graphs, other people's data); they are not ours to list.
GRAPH_PREFIX = "https://w3id.org/renda-kg/"
TRANSIENT_HTTP = {502, 503, 504}
GSP_MISSING_HTTP = {404, 405, 501}
UPDATE_CHUNK = 400   # triples per INSERT DATA when falling back to SPARQL Update
# Virtuoso refuses a query whose estimated cost passes its MaxQueryCostEstimationTime, and
# its estimates run far off: queries it put at hours answered in 0.1 s at 1M triples
ESTIMATE_HINT = ("\n(Virtuoso refused the query on its own estimate of the cost, before running it; its "
                 "estimates run far off (openlink/virtuoso-opensource#229). Raise MaxQueryCostEstimationTime "
                 "in the [SPARQL] section of the server's virtuoso.ini, or comment it out)")


class ServerError(StoreError):
    """A SPARQL server that is down, slow, refuses us or answers in a way we cannot read."""


class TruncatedResult(ServerError):
    """The server stopped an answer at its row cap (Virtuoso's ResultSetMaxRows)."""


class _Transient(Exception):
    """A failure worth retrying; carries the message to give if retries run out."""


def get_password(user: str | None, *, prompt: bool = True) -> str | None:
    """The password for ``user``: from RENDA_KG_PASSWORD, else asked on the terminal."""
    if not user:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if prompt and sys.stdin.isatty():
        return getpass.getpass(f"password for {user}: ")
    raise ServerError(f"user {user!r} given but no password: set {PASSWORD_ENV} or run on a terminal to be asked")


# -- binding parameters as RDF terms ----------------------------------------------
_ECHARS = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def sparql_term(term: Node) -> str:
    """One RDF term in SPARQL syntax, escaped: an IRI as rdflib's ``n3()`` writes it (rdflib
    refuses IRIs with spaces, quotes or angle brackets), a literal always as a one-line
    short string with every quote, backslash and line break escaped."""
    if isinstance(term, URIRef):
        return term.n3()
    if isinstance(term, Literal):
        lexical = "".join(_ECHARS.get(ch, ch) for ch in str(term))
        lexical = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04X}", lexical)
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype:
            return f'"{lexical}"^^{URIRef(term.datatype).n3()}'
        return f'"{lexical}"'
    raise ServerError(f"cannot bind {type(term).__name__} {term!r} on a server: only IRIs and literals")


def _skip(text: str, i: int) -> int:
    """If a comment, string or IRI starts at ``i``, the index just past it; else ``i``."""
    ch = text[i]
    if ch == "#":
        end = text.find("\n", i)
        return len(text) if end < 0 else end + 1
    if ch in "\"'":
        if text.startswith(ch * 3, i):
            end = i + 3
            while True:
                end = text.find(ch * 3, end)
                if end < 0:
                    return len(text)
                if text[end - 1] != "\\":
                    return end + 3
                end += 1
        j = i + 1
        while j < len(text) and text[j] != ch:
            j += 2 if text[j] == "\\" else 1
        return j + 1
    if ch == "<":
        m = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>").match(text, i)
        if m:
            return m.end()
    return i


# a variable, a keyword or a prefixed name (rk:graph is one token, not the keyword GRAPH)
_TOKEN = re.compile(r"[?$]\w+|[A-Za-z_][\w-]*(?::[\w.-]*)?|:[\w.-]*")


def _tokens(text: str) -> Iterator[tuple[int, str]]:
    """``(index, token)`` for each brace, IRI, variable, keyword and prefixed name of a
    query, at any depth; comments, strings and the rest are passed over."""
    i = 0
    while i < len(text):
        j = _skip(text, i)
        if j != i:
            if text[i] == "<":
                yield i, text[i:j]
            i = j
            continue
        if text[i] in "{}":
            yield i, text[i]
            i += 1
            continue
        m = _TOKEN.match(text, i) if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_") else None
        if m:
            yield i, m.group()
            i = m.end()
        else:
            i += 1


def top_level_tokens(text: str) -> Iterator[tuple[int, str]]:
    """``(index, token)`` for what stands outside every group: each keyword (upper-cased)
    and the braces that open and close a top-level group; IRIs and variables (a variable
    may be named like a keyword) are passed over."""
    depth = 0
    for i, token in _tokens(text):
        if token == "{":
            if depth == 0:
                yield i, token
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                yield i, token
        elif depth == 0 and token[0] not in "?$<":
            yield i, token.upper()


@lru_cache(maxsize=256)
def names_its_graphs(text: str) -> bool:
    """Whether a query says which graphs it reads: a ``FROM`` clause, or ``GRAPH`` with an
    IRI rather than a variable."""
    previous = ""
    for _, token in _tokens(text):
        if token.upper() == "FROM" or (previous == "GRAPH" and token[0] not in "?$"):
            return True
        previous = token.upper()
    return False


@lru_cache(maxsize=256)
def graph_variables_besides(text: str, graph: URIRef) -> str:
    """The query with ``FILTER (?v != <graph>)`` after each ``GRAPH ?v { … }`` group, so
    that a graph variable never takes ``graph``."""
    inserts: list[tuple[int, str]] = []
    opened: list[str | None] = []     # for each open brace: the graph variable it scopes
    before: list[str] = ["", ""]      # the two tokens before this one
    for i, token in _tokens(text):
        if token == "{":
            opened.append(before[1] if before[0].upper() == "GRAPH" and before[1][:1] in ("?", "$") else None)
        elif token == "}" and opened:
            scoped = opened.pop()
            if scoped:
                inserts.append((i + 1, f" FILTER ({scoped} != {sparql_term(graph)})"))
        before = [before[1], token]
    for at, filtered in reversed(inserts):
        text = text[:at] + filtered + text[at:]
    return text


@lru_cache(maxsize=256)   # a stored query's text is scanned once, not at every run
def where_group_start(text: str) -> int:
    """Index just past the ``{`` that opens the query's top-level WHERE group."""
    after_where, first_brace = False, None
    for i, token in top_level_tokens(text):
        if token == "WHERE":
            after_where = True
        elif token == "{":
            if after_where:
                return i + 1
            if first_brace is None:
                first_brace = i + 1
    if first_brace is not None and not re.search(r"\bCONSTRUCT\b", text[:first_brace], re.I):
        return first_brace   # SELECT … { } without the optional WHERE keyword
    raise ServerError("cannot find the WHERE clause of the query to bind its parameters")


# A query may restate its parameters inside a subquery: a comment line of its own,
#     #+ values: body
# in a subquery's WHERE group puts the parameters it names (those that are given) in a
# VALUES block there too. Oxigraph evaluates a subquery whole before it joins the answer
# with the rest, so a lookup by one body first found every body's evidence; restated,
# the subquery finds that body's alone. The line is a comment, so a listing (and an
# engine that sees the file as written) reads the query unchanged.
#
# The line may end with a group, a pattern that narrows the rows by the parameter:
#     #+ values: place { ?below rdfs:label ?place }
# goes in with the VALUES block when every parameter the line names is given, and not at
# all in a listing. A lookup can then start from the value asked for through a pattern
# that would cost a listing a join with every label in the store.
RESTATED_VALUES = re.compile(r"^[ \t]*#\+[ \t]*values[ \t]*:(?P<names>[^{\n]*)(?P<pattern>\{[^\n]*?)?[ \t]*$",
                             re.M | re.I)


def restated_names(line_names: str) -> list[str]:
    """The parameter names of a ``#+ values:`` line (spaces or commas between them)."""
    return [n for n in re.split(r"[\s,]+", line_names.strip()) if n]


def bind_values(text: str, bindings: dict[str, Node] | None) -> str:
    """The query with its parameters bound by a ``VALUES`` block at the start of the WHERE
    group (so that FILTERs and EXISTS in that group see them, as with initBindings), and
    again wherever a ``#+ values:`` line restates them (with the line's pattern, if it has
    one and all its parameters are given)."""
    if not bindings:
        return text
    for name in bindings:
        if not _VARNAME.match(name):
            raise ServerError(f"{name!r} is not a SPARQL variable name")

    def values(names: list[str]) -> str:
        return (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
                + " ".join(sparql_term(bindings[n]) for n in names) + ") }\n")

    pieces, done = [], 0
    for at, names, pattern in value_sites(text):
        given = sorted(bindings) if names is None else sorted(n for n in names if n in bindings)
        if given:
            pieces += [text[done:at], values(given)]
            if pattern and len(given) == len(names):
                pieces.append(f" {pattern}\n")
            done = at
    return "".join(pieces) + text[done:]


@lru_cache(maxsize=256)
def value_sites(text: str) -> list[tuple[int, tuple[str, ...] | None, str | None]]:
    """Where ``bind_values`` puts VALUES blocks, in order, with the parameters each takes
    (``None`` for all of them: the start of the WHERE group) and the line's pattern."""
    sites = [(min(line.end() + 1, len(text)), tuple(restated_names(line.group("names"))), line.group("pattern"))
             for line in RESTATED_VALUES.finditer(text)]   # after the line's newline
    return sorted(sites + [(where_group_start(text), None, None)], key=lambda site: site[0])


def query_type(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, read by rdflib's parser (SPARQLWrapper's guess
    from keywords trips on words like "asked" in a query's comments)."""
    try:
        name = parseQuery(text)[1].name
    except Exception:  # noqa: BLE001 - the server will say what is wrong with it
        return "SELECT"
    return {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "DESCRIBE"}.get(name, "SELECT")


# -- reading answers ----------------------------------------------------------------
def json_term(cell: dict) -> Node:
    kind = cell.get("type")
    value = cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):   # typed-literal: Virtuoso, SPARQL XML's old name
        if "xml:lang" in cell:
            return Literal(value, lang=cell["xml:lang"])
        if cell.get("datatype") and cell["datatype"] != str(XSD.string):   # RDF 1.1: one and the same
            return Literal(value, datatype=URIRef(cell["datatype"]))
        return Literal(value)
    raise ServerError(f"the server sent a result term of unknown type {kind!r}")


def _ask_from_text(body: str) -> bool | None:
    text = re.sub(r"<[^>]*>", " ", body).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    return None


class SparqlStore(GraphStore):
    """Named graphs in a SPARQL 1.1 server; see the module docstring."""

    name = "sparql"

    def __init__(self, path=None, *, endpoint: str, graph_store: str | None = None,
                 update_endpoint: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 retries: int = DEFAULT_RETRIES, backoff: float = 0.5, max_rows: int | None = None,
                 graph_prefix: str = GRAPH_PREFIX, prompt: bool = True):
        if not endpoint or not re.match(r"https?://", endpoint):
            raise ServerError(f"--endpoint {endpoint!r}: want an http(s) URL of a SPARQL endpoint")
        self.endpoint = endpoint
        self.user = user
        self._password = password if password is not None else get_password(user, prompt=prompt)
        virtuoso_style = urllib.parse.urlsplit(endpoint).path.rstrip("/").endswith("/sparql")
        base = endpoint.rstrip("/")
        if update_endpoint is None:
            update_endpoint = base + "-auth" if (virtuoso_style and user) else endpoint
        if graph_store is None and virtuoso_style:
            graph_store = base + ("-graph-crud-auth" if user else "-graph-crud")
        self.update_endpoint = update_endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_rows = int(max_rows or env_number(MAX_ROWS_ENV, DEFAULT_MAX_ROWS, minimum=2))
        self.graph_prefix = graph_prefix
        self._use_gsp = graph_store is not None
        self._opener = self._build_opener()
        self.merged_graph = URIRef(graph_prefix + "merged")
        self._merge: str | None = None   # "kept", "missing" (older graphs), "none" (not Virtuoso)

    # -- plumbing ---------------------------------------------------------------
    def _build_opener(self) -> urllib.request.OpenerDirector:
        handlers = []
        if self.user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.endpoint, self.update_endpoint, self.graph_store} - {None}:
                manager.add_password(None, url, self.user, self._password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        return urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:   # never the password
        return f"SparqlStore({self.endpoint!r}, user={self.user!r})"

    def _with_retries(self, what: str, action: Callable[[], object]):
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return action()
            except _Transient as exc:
                if attempt == self.retries:
                    raise ServerError(f"{what}: {exc} (gave up after {self.retries + 1} attempts)") from None
                time.sleep(delay)
                delay *= 2

    def _classify(self, url: str, exc: BaseException) -> Exception:
        """A failure as a _Transient (retry) or a ServerError (give up), with a plain message."""
        if isinstance(exc, urllib.error.HTTPError):
            code = exc.code
            detail = _short(exc)
            if code in TRANSIENT_HTTP:
                return _Transient(f"{url} answered HTTP {code} (server busy or restarting)")
            if code == 401:
                return ServerError(f"{url} refused the credentials (HTTP 401)" +
                                   ("" if self.user else "; give --user and set " + PASSWORD_ENV))
            if code == 403:
                who = f"user {self.user!r} may not do this" if self.user else "no --user was given, and this needs one"
                return ServerError(f"{url}: {who} (HTTP 403){detail}")
            if code == 404:
                return ServerError(f"{url}: no SPARQL service at this address (HTTP 404)")
            if code == 500:
                return ServerError(f"{url}: the server failed (HTTP 500){detail}")
            return ServerError(f"{url} answered HTTP {code}{detail}")
        if isinstance(exc, (TimeoutError, socket.timeout)) or "timed out" in str(exc):
            return _Transient(f"{url} did not answer within {self.timeout:g} s")
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (ConnectionRefusedError, ConnectionResetError, ConnectionAbortedError,
                               BrokenPipeError)) or isinstance(exc, (ConnectionError,)):
            return _Transient(f"cannot reach {url}: {_reason(reason)} (is the server running?)")
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return _Transient(f"{url} did not answer within {self.timeout:g} s")
        if isinstance(exc, (urllib.error.URLError, OSError)):
            return ServerError(f"cannot reach {url}: {_reason(reason)}")
        return ServerError(f"{url}: {type(exc).__name__}: {exc}")

    def _http(self, method: str, url: str, data: bytes | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
        def attempt():
            request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.status, dict(response.headers), response.read()
            except Exception as exc:  # noqa: BLE001 - every failure is classified
                err = self._classify(url, exc)
                if isinstance(exc, urllib.error.HTTPError):
                    err.code = exc.code
                raise err from None
        return self._with_retries(f"{method} {url}", attempt)

    def _wrapper(self, text: str, accept: str | None = None) -> SPARQLWrapper:
        sparql = SPARQLWrapper(self.endpoint, agent="renda-kg")
        sparql.setMethod(POST)
        sparql.setOnlyConneg(True)   # no format=/output= parameters: Virtuoso answers 406 to a mismatch
        sparql.setReturnFormat(TURTLE if accept else JSON)
        sparql.setTimeout(int(max(1, self.timeout)))
        if self.user:
            sparql.setHTTPAuth(DIGEST)
            sparql.setCredentials(self.user, self._password, realm="SPARQL")
        if accept:
            sparql.addCustomHttpHeader("Accept", accept)
        # Virtuoso reads GRAPH <iri> as empty once a default graph is given: a query
        # that names its graphs goes as written
        # and GRAPH ?v ranges over every graph, the merge too: it is kept out by a FILTER
        if self._merge == "kept" and not names_its_graphs(text):
            sparql.addDefaultGraph(str(self.merged_graph))
            text = graph_variables_besides(text, self.merged_graph)
        sparql.setQuery(text)
        return sparql

    def _select_raw(self, text: str, accept: str | None = None) -> tuple[str, dict, bytes, str]:
        """Send a query through SPARQLWrapper; (query type, headers, body, content type)."""
        def attempt():
            sparql = self._wrapper(text, accept)
            try:
                result = sparql.query()
                with result.response as response:
                    body = response.read()
                    headers = dict(response.headers)
            except sw_errors.QueryBadFormed as exc:
                raise ServerError(f"{self.endpoint} rejected the query as malformed: {_sw_detail(exc)}") from None
            except sw_errors.Unauthorized:
                raise ServerError(f"{self.endpoint} refused the credentials (HTTP 401)") from None
            except sw_errors.EndPointNotFound:
                raise ServerError(f"{self.endpoint}: no SPARQL service at this address (HTTP 404)") from None
            except sw_errors.EndPointInternalError as exc:
                detail = _sw_detail(exc)
                raise ServerError(f"{self.endpoint}: the server failed (HTTP 500): {detail}"
                                  + (ESTIMATE_HINT if "estimated execution time" in detail else "")) from None
            except sw_errors.SPARQLWrapperException as exc:
                raise ServerError(f"{self.endpoint}: {type(exc).__name__}: {_sw_detail(exc)}") from None
            except Exception as exc:  # noqa: BLE001
                raise self._classify(self.endpoint, exc) from None
            content_type = headers.get("Content-Type", headers.get("content-type", "")).split(";")[0].strip()
            return sparql.queryType, headers, body, content_type
        return self._with_retries(f"query to {self.endpoint}", attempt)

    # -- the merge (Virtuoso) ----------------------------------------------------
    def _own_graphs_filter(self, var: str = "?g") -> str:
        """Keeps ``var`` to this program's graphs, the merge left out."""
        return (f"FILTER (STRSTARTS(STR({var}), {sparql_term(Literal(self.graph_prefix))}) "
                f"&& {var} != {sparql_term(self.merged_graph)})")

    def _merge_state(self) -> str:
        """Whether this server holds the merge, or is a Virtuoso to hold it ("kept"), is a
        Virtuoso with graphs written before it ("missing"), or neither ("none"); asked once."""
        if self._merge is None:
            held, server = self._asked(f"ASK {{ GRAPH {sparql_term(self.merged_graph)} {{ ?s ?p ?o }} }}")
            # a merge there is kept in step whatever the header says (a proxy may hide it):
            # a write that skipped it would leave it stale for the clients that read it
            if held:
                self._merge = "kept"
            elif "virtuoso" not in server.lower():
                self._merge = "none"
            else:
                older, _ = self._asked(f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} {self._own_graphs_filter()} }}")
                self._merge = "missing" if older else "kept"
                if self._merge == "missing":
                    print(f"{self.endpoint}: its renda-kg graphs were written before renda-kg kept their merge "
                          f"({self.merged_graph}); queries read the union of the graphs, which is slow where "
                          "many articles name the same things, until the next write (a push or a load) "
                          "builds the merge", file=sys.stderr)
        return self._merge

    def _asked(self, text: str) -> tuple[bool, str]:
        """An ASK's answer (False where none can be read: the query to come will say what
        is wrong) and the server's ``Server`` header."""
        _, headers, body, content_type = self._select_raw(text)
        try:
            answer = self._ask(body, content_type).askAnswer
        except ServerError:
            answer = False
        return answer, {k.lower(): v for k, v in headers.items()}.get("server", "")

    def _keep_merge(self) -> bool:
        """Before a write: True if the merge is to be kept in step; builds it first where
        the server holds graphs written before it."""
        state = self._merge_state()
        if state == "missing":
            self._update(f"INSERT {{ GRAPH {sparql_term(self.merged_graph)} {{ ?s ?p ?o }} }} "
                         f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._own_graphs_filter()} }}")
            self._merge = state = "kept"
        return state == "kept"

    def _merge_out(self, name: URIRef) -> None:
        """The statements that only ``name`` states leave the merge."""
        g, m = sparql_term(name), sparql_term(self.merged_graph)
        self._update(f"DELETE {{ GRAPH {m} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                     f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} {self._own_graphs_filter('?other')} "
                     f"FILTER (?other != {g}) }} }}")

    def _merge_in(self, name: URIRef) -> None:
        self._update(f"INSERT {{ GRAPH {sparql_term(self.merged_graph)} {{ ?s ?p ?o }} }} "
                     f"WHERE {{ GRAPH {sparql_term(name)} {{ ?s ?p ?o }} }}")

    # -- GraphStore -------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> Result:
        self._merge_state()
        text = bind_values(sparql, bindings)
        qtype = query_type(text)
        if qtype in ("CONSTRUCT", "DESCRIBE"):
            return self._graph_query(text, qtype)
        _, headers, body, content_type = self._select_raw(text)
        if qtype == "ASK":
            return self._ask(body, content_type)
        data = self._json(body, content_type)
        variables = [Variable(v) for v in data.get("head", {}).get("vars", [])]
        rows = data.get("results", {}).get("bindings")
        if rows is None:
            if "boolean" in data:
                return self._ask(body, "application/json")
            raise ServerError(f"{self.endpoint}: the answer has no results")
        capped = {k.lower(): v for k, v in headers.items()}.get("x-sparql-maxrows")
        if capped is not None:
            raise TruncatedResult(
                f"{self.endpoint} cut the answer at {capped} rows (its ResultSetMaxRows): the result is "
                f"incomplete. Narrow the query, or raise ResultSetMaxRows in the server's virtuoso.ini "
                f"[SPARQL] section and set {MAX_ROWS_ENV} to the new cap")
        if len(rows) >= self.max_rows:
            raise TruncatedResult(
                f"{self.endpoint} gave {len(rows)} rows, as many as {MAX_ROWS_ENV} allows ({self.max_rows}; "
                f"Virtuoso's ResultSetMaxRows is 10000 unless its virtuoso.ini says otherwise): the result may "
                f"be incomplete. Narrow the query, or set {MAX_ROWS_ENV} to the server's cap if it is higher")
        result = Result("SELECT")
        result.vars = variables
        result.bindings = [{Variable(k): json_term(v) for k, v in row.items()} for row in rows]
        return result

    def _json(self, body: bytes, content_type: str) -> dict:
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            snippet = body[:200].decode("utf-8", "replace")
            raise ServerError(f"{self.endpoint} answered {content_type or 'without a content type'}, "
                              f"not SPARQL JSON results: {snippet!r}") from None

    def _ask(self, body: bytes, content_type: str) -> Result:
        answer = None
        if "json" in content_type:
            answer = self._json(body, content_type).get("boolean")
        if answer is None:  # Virtuoso: ASK as text/html or text/plain
            try:
                data = self._json(body, content_type)
                answer = data.get("boolean") if isinstance(data, dict) else data   # a bare true/false
            except ServerError:
                answer = _ask_from_text(body.decode("utf-8", "replace"))
        if not isinstance(answer, bool):
            raise ServerError(f"{self.endpoint}: cannot read the ASK answer ({content_type}): "
                              f"{body[:200].decode('utf-8', 'replace')!r}")
        result = Result("ASK")
        result.askAnswer = answer
        return result

    def _graph_query(self, text: str, qtype: str) -> Result:
        _, _, body, content_type = self._select_raw(
            text, accept="application/n-triples, text/plain;q=0.9, text/turtle;q=0.5")
        # RDF/XML is not taken from a server: rdflib's parser expands internal entities
        # (an entity bomb would hang the program); ask for and accept only line formats.
        if content_type == "application/rdf+xml":
            raise ServerError(f"{self.endpoint}: answered the {qtype} query in RDF/XML, which renda-kg does not "
                              "read from servers; it asked for N-Triples or Turtle")
        fmt = {"text/turtle": "turtle", "application/x-turtle": "turtle",
               "application/ld+json": "json-ld"}.get(content_type, "nt")
        graph = Graph()
        try:
            graph.parse(data=body.decode("utf-8"), format=fmt)
        except Exception as exc:  # noqa: BLE001
            raise ServerError(f"{self.endpoint}: cannot read the {qtype} answer as {fmt}: {exc}") from None
        result = Result(qtype)
        result.graph = graph
        return result

    def _select_all(self, text: str) -> Iterator[dict]:
        """Every row of an ordered SELECT that may exceed the server's cap: asked whole
        first; only when the server cuts it, again in pages below the cap."""
        try:
            yield from self.query(text).bindings
            return
        except TruncatedResult:
            pass
        offset, size = 0, self.max_rows - 1
        while True:
            rows = list(self.query(f"{text}\nLIMIT {size} OFFSET {offset}").bindings)
            yield from rows
            if not rows or len(rows) < size:
                return
            offset += len(rows)

    def graph_names(self) -> list[URIRef]:
        rows = self._select_all(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                f"{self._own_graphs_filter()} }} ORDER BY ?g")
        return sorted(URIRef(row[Variable("g")]) for row in rows)

    def graph_sizes(self) -> dict[URIRef, int]:
        """Triples in each of this program's graphs on the server, in one query."""
        rows = self._select_all(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                                f"{self._own_graphs_filter()} }} GROUP BY ?g ORDER BY ?g")
        return {URIRef(row[Variable("g")]): int(row[Variable("n")]) for row in rows}

    def _triples(self, name: URIRef) -> Iterator[tuple[Node, Node, Node]]:
        s, p, o = Variable("s"), Variable("p"), Variable("o")
        for row in self._select_all(f"SELECT ?s ?p ?o WHERE {{ GRAPH {sparql_term(name)} {{ ?s ?p ?o }} }} "
                                    f"ORDER BY ?s ?p ?o"):
            yield row[s], row[p], row[o]

    def _triples_now(self, name: URIRef) -> set:
        # asked for directly (none: no rows), not looked for among every graph's name: a
        # load of one article into a server holding ten thousand listed them all
        return set(self.graph(name))

    def graph(self, name: URIRef) -> Graph:
        out = Graph()
        for s, p, o in self._triples(name):
            out.add((s, p, normalize(o)))
        return out

    def quads(self, graphs: Iterable[URIRef] | None = None):
        for name in graphs if graphs is not None else self.graph_names():
            for s, p, o in self._triples(name):
                yield s, p, normalize(o), name

    @property
    def dataset(self):
        raise ServerError("a SPARQL server store has no local rdflib Dataset; use query(), graph() or quads()")

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        if any(isinstance(t, BNode) for triple in graph for t in triple):
            raise ServerError(f"{name}: blank nodes cannot be replaced reliably on a server; "
                              "the program's graphs use IRIs only")
        if name == self.merged_graph:
            raise ServerError(f"{name} is the merge of renda-kg's graphs on the server, kept by the program")
        body = n_triples(graph).encode("utf-8")
        # out of the merge before the write, into it after: a write that fails between
        # leaves the merge short of this graph alone, and writing the graph again mends it
        merged = self._keep_merge()
        if merged:
            self._merge_out(name)
        self._write_graph(name, body)
        if merged:
            self._merge_in(name)

    def _write_graph(self, name: URIRef, body: bytes) -> None:
        if self._use_gsp:
            url = self._gsp_url(name)
            try:
                self._http("PUT", url, body, {"Content-Type": "text/turtle; charset=utf-8"})
                return
            except ServerError as exc:
                if getattr(exc, "code", None) not in GSP_MISSING_HTTP:
                    raise
                self._use_gsp = False   # the server lacks the Graph Store Protocol: SPARQL Update
        # One request (DROP + INSERT DATA) when the graph is small enough; Virtuoso refuses an
        # INSERT DATA whose generated SQL passes 10000 lines (SP031), so a larger graph goes in
        # chunks after the first: not atomic, but a failure is reported and a re-push repairs.
        g = sparql_term(name)
        lines = body.decode("utf-8").splitlines()
        chunks = [lines[i:i + UPDATE_CHUNK] for i in range(0, len(lines), UPDATE_CHUNK)] or [[]]
        for i, chunk in enumerate(chunks):
            drop = f"DROP SILENT GRAPH {g} ;\n" if i == 0 else ""
            self._update(f"{drop}INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(chunk) + "\n} }")

    def remove_graph(self, name: URIRef) -> None:
        if self._keep_merge():
            self._merge_out(name)
        if self._use_gsp:
            try:
                self._http("DELETE", self._gsp_url(name))
                return
            except ServerError as exc:
                if getattr(exc, "code", None) == 404:
                    return  # already absent
                if getattr(exc, "code", None) not in GSP_MISSING_HTTP:
                    raise
                self._use_gsp = False
        self._update(f"DROP SILENT GRAPH {sparql_term(name)}")

    def _gsp_url(self, name: URIRef) -> str:
        sep = "&" if "?" in self.graph_store else "?"
        return f"{self.graph_store}{sep}graph={urllib.parse.quote(str(name), safe='')}"

    def _update(self, text: str) -> None:
        data = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._http("POST", self.update_endpoint, data,
                   {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                    "Accept": "application/sparql-results+json, text/plain, */*;q=0.1"})

    def ping(self) -> None:
        """Fail with a clear ServerError unless the endpoint answers a trivial ASK."""
        self.query("ASK { }")


def _reason(reason) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return text or type(reason).__name__


def _short(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read()[:300].decode("utf-8", "replace").strip()
    except Exception:  # noqa: BLE001
        body = ""
    body = re.sub(r"<[^>]*(>|$)", " ", body)   # tags, and one the 300 characters cut
    body = re.sub(r"\s+", " ", body).strip()
    return f": {body}" if body else ""


def _sw_detail(exc: Exception) -> str:
    text = str(exc)
    text = text.split("Response:", 1)[-1]
    text = re.sub(r"^b['\"]|['\"]$", "", text.strip())
    text = text.replace("\\n", " ")
    return re.sub(r"\s+", " ", text).strip()[:400]


# -- pushing a store to a server ----------------------------------------------------
class PushError(ServerError):
    """A push that stopped midway: says which graphs were written before it failed."""

    def __init__(self, message: str, written: list[URIRef], failed: URIRef, remaining: list[URIRef]):
        super().__init__(message)
        self.written, self.failed, self.remaining = written, failed, remaining


def push(source: GraphStore, target: GraphStore, names: list[URIRef],
         progress: Callable[[int, int, URIRef, int], None] | None = None) -> list[URIRef]:
    """Replace each named graph of ``target`` with the one in ``source``; the names written.
    A server is asked a trivial query first and counted afterwards: an address that takes
    the writes but is no SPARQL store (a web page, Virtuoso's admin pages) answers the
    writes with 200 too."""
    if hasattr(target, "ping"):
        target.ping()
    written: list[URIRef] = []
    sizes: dict[URIRef, int] = {}
    for i, name in enumerate(names):
        try:
            graph = source.graph(name)
            target.replace_graph(name, graph)
        except StoreError as exc:
            remaining = names[i + 1:]
            raise PushError(
                f"push stopped at graph {i + 1} of {len(names)} ({name}): {exc}\n"
                f"written before the failure ({len(written)}): " + (", ".join(written) or "none") + "\n"
                f"not written ({len(remaining) + 1}): {name}" + "".join(f", {n}" for n in remaining) + "\n"
                "push again to finish: each graph is replaced, so a re-push repairs a partial one",
                written, name, remaining) from None
        written.append(name)
        sizes[name] = len(graph)
        if progress:
            progress(i + 1, len(names), name, len(graph))
    if hasattr(target, "graph_sizes"):
        found = target.graph_sizes()
        wrong = [n for n in written if found.get(n, 0) != sizes[n]]
        if wrong:
            raise PushError(f"{getattr(target, 'endpoint', target)} does not hold what was pushed: "
                            f"{len(wrong)} of {len(written)} graphs differ in size (first: {wrong[0]}, "
                            f"{sizes[wrong[0]]} triples pushed, {found.get(wrong[0], 0)} there). "
                            "Is this the server's SPARQL endpoint?", written[:0], wrong[0], wrong[1:])
    return written


if "sparql" not in STORES:
    register_store("sparql", SparqlStore)

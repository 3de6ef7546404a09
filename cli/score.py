"""Score extraction against hand-written expected facts: precision and recall per article and overall.

An expected-facts file is a TSV in the format of ``tests/data/sample_expected.tsv`` (columns
``id kind subject predicate object note xfail``), read here with two directives in comments:

* ``# article: PATH``  the article it describes (relative to the TSV); default: the file of the
  same stem in the sibling ``articles/`` folder (or next to the TSV).
* ``# include: PATH``  rows of another expected file (relative to the TSV) are part of this one.

Row kinds and what the scorer does with them:

* ``entity``  ``subject`` is a named thing the article names, ``object`` its class.  Entities of the
  scored kinds (places, bodies, groups, stations, mechanisms, laws, documents, people, meetings)
  count for entity recall, and any extracted entity of those kinds that matches no row is a false
  positive, so an expected file must list every such entity a careful reader would extract.
* ``alt``     another name of an expected entity (``object``); names match by label or altLabel.
* ``rel``     a relation ``subject predicate object`` between named things (``a|b`` alternatives in
  subject, predicate or object; ``~key`` a mechanism whose label contains key; ``@rk:Class`` an
  instance of that class; ``*`` anything).  A subproperty of the expected predicate matches.
* ``post``    ``person org:Post body;title``: the person holds a post with that title in that body
  (``*`` as body: any or none), read from ``org:Post``/``org:Membership`` nodes.  Counted as relations.
* ``quantity`` ``value;keyword…`` on ``subject`` (``*`` any); ``step`` ``index;label(|alt);actor``;
  ``tier`` ``order;kind;count``; ``attr`` ``subject property value`` (rk:termNumber, rk:sessionNumber):
  the values, scored together.
* ``absent``  no entity may have exactly this rdfs:label (an altLabel may be a short form);
  ``chrome``  no label or altLabel may contain this text.
  Both, and a list of site-chrome words common to the genre, make the chrome check.

An extracted entity that only matches a name used in a relation row (not an ``entity`` row) is
neither right nor wrong; a second extracted entity matching an already matched row is a false
positive (one thing, one IRI).  ``xfail`` rows are counted like the others and marked in the details.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

RK = Namespace("https://w3id.org/renda-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
CURIES = {"rk": RK, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "rdfs": RDFS, "rdf": RDF}

# Scored kinds of entity: the top class of each, in report order.
KINDS = {
    "places": (RK.AdministrativeArea,),
    "bodies": (RK.CongressBody, RK.ResidentsCouncil, RK.BodySet),
    "groups": (RK.RepresentativeGroup,),
    "stations": (RK.LiaisonStation,),
    "mechanisms": (RK.Mechanism,),
    "laws": (RK.Law,),
    "documents": (RK.PolicyDocument,),
    "people": (RK.Person,),
    "meetings": (RK.Meeting,),
    "departments": (RK.GovernmentDepartment,),
    "contact points": (RK.LegislativeContactPoint,),
    "practice sites": (RK.DemocracyPracticeSite,),
    "projects": (RK.LivelihoodProject,),
    "state organs": (RK.StateOrgan,),
}
# Nodes that are parts of facts, never entities or ends of a relation.
AUXILIARY = (RK.Article, RK.Evidence, RK.Sentence, RK.Quantity, RK.ProcedureStep, RK.NetworkTier, ORG.Post, ORG.Membership)
# Predicates that are not relations between named things (scored elsewhere or bookkeeping).
NOT_RELATIONS = {RK.mentions, RK.hasStep, RK.hasTier, RK.hasQuantity, ORG.heldBy, ORG.postIn, ORG.member,
                 ORG.organization, ORG.role, PROV.wasQuotedFrom, RDF.subject, RDF.object}
# Relations that are true but left out of expected files: neither right nor wrong.
NEUTRAL_PREDICATES = {RK.hasMember}
VALUE_PREDICATES = {"rk:termNumber": RK.termNumber, "rk:sessionNumber": RK.sessionNumber}
POST_LINKS = ((ORG.heldBy, ORG.postIn), (ORG.member, ORG.organization))

# Site chrome of the genre: no entity label may contain any of these.
CHROME = ("首页", "当前位置", "您现在的位置", "版权所有", "ICP", "公网安备", "技术支持", "关闭窗口", "打印本页",
          "分享到", "相关链接", "猜你喜欢", "热门推荐", "友情链接", "上一篇", "下一篇", "浏览次数", "点击数",
          "责任编辑", "发布时间", "发布时期", "信息来源", "来源:", "来源：", "作者:", "作者：", "扫一扫",
          "公众号", "下载APP", "未经授权", "转载", "Copyright", "联系我们", "网站地图", "设为首页", "加入收藏",
          "主办", "承办", "字号", "返回顶部")


# --------------------------------------------------------------------------- text


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
        return opencc.OpenCC("t2s")
    except Exception:  # pragma: no cover - opencc is a dependency; degrade to no conversion
        return None


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The form names are compared in: NFKC (full-width → half-width), no spaces, simplified characters,
    「」 as “”."""
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(text.split()).replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
    conv = _t2s()
    return conv.convert(text) if conv else text


def qname(iri) -> str:
    """``rk:Town`` for an IRI in a known namespace, else the IRI."""
    for prefix, ns in CURIES.items():
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


def term(curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    if prefix not in CURIES:
        raise ValueError(f"unknown prefix in {curie!r}")
    return CURIES[prefix][local]


# --------------------------------------------------------------------------- expected facts


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    subject: str
    predicate: str
    object: str
    note: str = ""
    xfail: str = ""


@dataclass
class Expected:
    """The expected facts of one article."""

    rows: list[Row]
    article: Path | None = None
    source: Path | None = None

    def of(self, *kinds: str) -> list[Row]:
        return [r for r in self.rows if r.kind in kinds]


def parse_rows(lines: Iterable[str]) -> list[Row]:
    body = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for rec in reader:
        values = {k: (v or "").strip() for k, v in rec.items() if k in Row.__dataclass_fields__}
        rows.append(Row(**values))
    return rows


def load_expected(path: str | Path) -> Expected:
    """Rows of an expected-facts TSV with its ``# include:`` files; ``# article:`` names its article."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    article = None
    rows: list[Row] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("# article:"):
            article = (path.parent / stripped.split(":", 1)[1].strip()).resolve()
        elif stripped.startswith("# include:"):
            rows += load_expected(path.parent / stripped.split(":", 1)[1].strip()).rows
    rows += parse_rows(text.splitlines())
    seen: set[str] = set()
    for r in rows:
        if r.id in seen:
            raise ValueError(f"{path}: duplicate row id {r.id!r}")
        seen.add(r.id)
    return Expected(rows, article, path)


# --------------------------------------------------------------------------- the extracted graph


class View:
    """An article graph seen through the ontology: classes, names, relations, values."""

    def __init__(self, g: Graph, onto: Graph):
        self.g = g
        self.onto = onto
        self._supers: dict = {}
        self._superprops: dict = {}

    def superclasses(self, cls) -> set:
        if cls not in self._supers:
            self._supers[cls] = set(self.onto.transitive_objects(cls, RDFS.subClassOf))
        return self._supers[cls]

    def superproperties(self, prop) -> set:
        if prop not in self._superprops:
            self._superprops[prop] = set(self.onto.transitive_objects(prop, RDFS.subPropertyOf))
        return self._superprops[prop]

    def types(self, node) -> set:
        return set(self.g.objects(node, RDF.type)) | set(self.onto.objects(node, RDF.type))

    def is_a(self, node, cls) -> bool:
        return any(cls in self.superclasses(t) for t in self.types(node))

    def kind(self, node) -> str | None:
        """The scored kind of a node (``places``, ``bodies`` …), or None."""
        if any(self.is_a(node, a) for a in AUXILIARY):
            return None
        for kind, classes in KINDS.items():
            if any(self.is_a(node, c) for c in classes):
                return kind
        return None

    def labels(self, node) -> list[str]:
        return [str(l) for l in self.g.objects(node, RDFS.label) if getattr(l, "language", None) in ("zh", None)]

    def names(self, node) -> set[str]:
        return {norm(str(l)) for p in (RDFS.label, SKOS.altLabel) for l in self.g.objects(node, p)}

    def name(self, node) -> str:
        labels = self.labels(node)
        return labels[0] if labels else str(node)

    def things(self) -> list:
        """Typed nodes that are not parts of facts: the ends of relations."""
        nodes = {s for s in self.g.subjects(RDF.type, None) if isinstance(s, URIRef)}
        return sorted(n for n in nodes if not any(self.is_a(n, a) for a in AUXILIARY))

    def entities(self) -> list:
        return [n for n in self.things() if self.kind(n)]

    def relations(self) -> list[tuple]:
        things = set(self.things())
        out = []
        for s, p, o in self.g:
            if p == RDF.type or p in NOT_RELATIONS or not isinstance(o, URIRef):
                continue
            if s in things and o in things:
                out.append((s, p, o))
        return sorted(out)

    def posts(self) -> list[tuple]:
        """(post node, person, body or None, titles) for every org:Post / org:Membership."""
        out = []
        for held, within in POST_LINKS:
            for post, person in self.g.subject_objects(held):
                bodies = list(self.g.objects(post, within)) or [None]
                titles = {norm(str(l)) for p in (RK.postTitle, RDFS.label, SKOS.altLabel)
                          for l in self.g.objects(post, p)}
                for role in self.g.objects(post, ORG.role):
                    titles |= self.names(role)
                for body in bodies:
                    out.append((post, person, body, titles))
        return out


# --------------------------------------------------------------------------- matching


class Matcher:
    """Which graph nodes an expected subject/object spec denotes."""

    def __init__(self, view: View, expected: Expected):
        self.view = view
        self.alts: dict[str, set[str]] = defaultdict(set)
        for r in expected.of("alt"):
            self.alts[norm(r.subject)].add(norm(r.object))

    def spec_names(self, label: str) -> set[str]:
        key = norm(label)
        return {key} | self.alts.get(key, set())

    def matches(self, node, spec: str) -> bool:
        if node is None:
            return spec == "*"
        for alt in spec.split("|"):
            alt = alt.strip()
            if alt == "*":
                return True
            if alt.startswith("@"):
                if self.view.is_a(node, term(alt[1:])):
                    return True
            elif alt.startswith("~"):
                key = norm(alt[1:])
                if self.view.is_a(node, RK.Mechanism) and any(key in n for n in self.view.names(node)):
                    return True
            elif self.view.names(node) & self.spec_names(alt):
                return True
        return False

    def exact(self, node, spec: str) -> bool:
        """The node's own label is the spec's label (preferred when aligning)."""
        labels = {norm(l) for l in self.view.labels(node)}
        return any(norm(a) in labels for a in spec.split("|")) or (
            spec.startswith("~") and any(norm(spec[1:]) in l for l in labels))

    def predicate_ok(self, p, spec: str) -> bool:
        wanted = set()
        for curie in spec.split("|"):
            try:
                wanted.add(term(curie.strip()))
            except (ValueError, KeyError):
                continue
        return bool(wanted & ({p} | self.view.superproperties(p)))


# --------------------------------------------------------------------------- scores


@dataclass
class Tally:
    tp_pred: int = 0   # extracted items that are right
    extracted: int = 0
    tp_gold: int = 0   # expected items that were found
    expected: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.expected if self.expected else None

    def __iadd__(self, other: "Tally") -> "Tally":
        self.tp_pred += other.tp_pred
        self.extracted += other.extracted
        self.tp_gold += other.tp_gold
        self.expected += other.expected
        return self


@dataclass
class ArticleScore:
    name: str
    entities: Tally = field(default_factory=Tally)
    relations: Tally = field(default_factory=Tally)
    values: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed_entities: list[str] = field(default_factory=list)
    wrong_class: list[str] = field(default_factory=list)
    extra_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    extra_relations: list[str] = field(default_factory=list)
    missed_values: list[str] = field(default_factory=list)
    extra_values: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)
    error: str | None = None


def _kind_of_class(view: View, curie: str) -> str | None:
    cls = term(curie)
    for kind, classes in KINDS.items():
        if any(c in view.superclasses(cls) or c == cls for c in classes):
            return kind
    return None


def _mark(r: Row) -> str:
    if not r.xfail:
        return ""
    return f"  [{r.xfail}]" if r.xfail.startswith("known miss") else f"  [known miss: {r.xfail}]"


def _row_text(r: Row) -> str:
    mark = _mark(r)
    return f"{r.id}: {r.subject} {r.predicate} {r.object}{mark}"


def score_entities(view: View, m: Matcher, expected: Expected, score: ArticleScore) -> None:
    gold = [r for r in expected.of("entity") if _kind_of_class(view, r.object)]
    extracted = view.entities()
    # Names used only in relations: an extracted entity with such a name is neither right nor wrong.
    named = {norm(r.subject) for r in gold}
    allowed: set[str] = set()
    for r in expected.of("rel", "post"):
        for spec in (r.subject, r.object.split(";")[0] if r.kind == "post" else r.object):
            for alt in spec.split("|"):
                if alt and alt[0] not in "*@~" and norm(alt) not in named:
                    allowed |= m.spec_names(alt)

    pairs = []
    for gi, r in enumerate(gold):
        for node in extracted:
            if m.matches(node, r.subject):
                ok = view.is_a(node, term(r.object))
                pairs.append((not ok, not m.exact(node, r.subject), gi, node, ok))
    pairs.sort(key=lambda t: (t[0], t[1], t[2], str(t[3])))
    gold_done: dict[int, object] = {}
    node_done: dict = {}
    for _, _, gi, node, ok in pairs:
        if gi in gold_done or node in node_done or not ok:
            continue
        gold_done[gi] = node
        node_done[node] = gi
    wrong: dict = {}
    for _, _, gi, node, ok in pairs:
        if not ok and gi not in gold_done and node not in node_done and node not in wrong:
            wrong[node] = gi

    for gi, r in enumerate(gold):
        kind = _kind_of_class(view, r.object)
        tally = score.by_kind[kind]
        tally.expected += 1
        if gi in gold_done:
            tally.tp_gold += 1
        else:
            got = [f"{view.name(n)} {sorted(qname(t) for t in view.types(n))}"
                   for n, g in wrong.items() if g == gi]
            if got:
                score.wrong_class.append(f"{r.subject}: expected {r.object}, extracted as {'; '.join(got)}")
            score.missed_entities.append(f"{r.subject} ({r.object})" + _mark(r))
    for node in extracted:
        kind = view.kind(node)
        if node in node_done:
            score.by_kind[kind].extracted += 1
            score.by_kind[kind].tp_pred += 1
            continue
        if node not in wrong and view.names(node) & allowed:
            continue  # named only in a relation row: neutral
        score.by_kind[kind].extracted += 1
        own = {norm(l) for l in view.labels(node)}
        dup = any(m.exact(node, gold[gi].subject) or any(own & m.spec_names(a) for a in gold[gi].subject.split("|"))
                  for gi in gold_done)
        types = ", ".join(sorted(qname(t) for t in view.types(node)))
        score.extra_entities.append(f"{view.name(node)} ({types})" + ("  [duplicate of a matched entity]" if dup else ""))
    for tally in score.by_kind.values():
        score.entities += tally


def _within_closure(m: Matcher, expected: Expected) -> dict[str, set[str]]:
    """Expected containment between place names, transitively (for neutral inferred withinArea)."""
    up: dict[str, set[str]] = defaultdict(set)
    for r in expected.of("rel"):
        if any(p.strip() in ("rk:withinArea", "rk:locatedIn") for p in r.predicate.split("|")):
            for s in r.subject.split("|"):
                for o in r.object.split("|"):
                    for sn in m.spec_names(s):
                        up[sn] |= m.spec_names(o)
    closed: dict[str, set[str]] = {}
    for start in list(up):
        seen, todo = set(), list(up[start])
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo += list(up.get(n, ()))
        closed[start] = seen
    return closed


def score_relations(view: View, m: Matcher, expected: Expected, score: ArticleScore) -> None:
    gold = expected.of("rel")
    post_rows = expected.of("post")
    found_rows: set[str] = set()
    closure = _within_closure(m, expected)
    tally = score.relations
    for s, p, o in view.relations():
        hits = [r for r in gold if m.predicate_ok(p, r.predicate) and m.matches(s, r.subject) and m.matches(o, r.object)]
        if hits:
            tally.extracted += 1
            tally.tp_pred += 1
            found_rows.update(r.id for r in hits)
            continue
        if p in NEUTRAL_PREDICATES:
            continue
        if p in (RK.withinArea, RK.locatedIn) and any(
                o_name in closure.get(s_name, ()) for s_name in view.names(s) for o_name in view.names(o)):
            continue  # entailed by the expected containment (withinArea is transitive)
        tally.extracted += 1
        score.extra_relations.append(f"{view.name(s)} {qname(p)} {view.name(o)}")
    for post, person, body, titles in view.posts():
        hits = []
        for r in post_rows:
            body_spec, _, title = r.object.partition(";")
            title = norm(title)
            if not m.matches(person, r.subject) or not (body_spec == "*" or m.matches(body, body_spec)):
                continue
            if not title or any(t == title or (t.endswith(title) and not t.endswith("副" + title)) for t in titles):
                hits.append(r)
        tally.extracted += 1
        if hits:
            tally.tp_pred += 1
            found_rows.update(r.id for r in hits)
        else:
            where = view.name(body) if body is not None else "-"
            score.extra_relations.append(f"{view.name(person)} post {'/'.join(sorted(titles)) or '?'} in {where}")
    for r in gold + post_rows:
        tally.expected += 1
        if r.id in found_rows:
            tally.tp_gold += 1
        else:
            score.missed_relations.append(_row_text(r))


def _number(value) -> Decimal | None:
    try:
        return Decimal(str(value.toPython() if isinstance(value, Literal) else value))
    except (InvalidOperation, ValueError, TypeError):
        return None


def score_values(view: View, m: Matcher, expected: Expected, score: ArticleScore) -> None:
    """Quantities, steps, network tiers and meeting numbers: one extracted item satisfies one row."""
    g = view.g
    items: list[tuple[str, object, object, tuple]] = []  # (kind, item node, owner, data)
    for q in sorted(set(g.subjects(RDF.type, RK.Quantity))):
        owners = list(g.subjects(RK.hasQuantity, q)) or [None]
        text = norm(" ".join(str(x) for p in (RK.unit, RK.countedThing, RDFS.label) for x in g.objects(q, p)))
        items.append(("quantity", q, owners, (_number(g.value(q, RK.numericValue)), text)))
    for st in sorted(set(g.subjects(RDF.type, RK.ProcedureStep))):
        owners = list(g.subjects(RK.hasStep, st)) or [None]
        actors = {norm(str(a)) for a in g.objects(st, RK.stepActor)}
        items.append(("step", st, owners, (_number(g.value(st, RK.stepIndex)), view.names(st), actors)))
    for t in sorted(set(g.subjects(RDF.type, RK.NetworkTier))):
        owners = list(g.subjects(RK.hasTier, t)) or [None]
        kinds = " ".join(norm(str(k)) for k in g.objects(t, RK.stationKind))
        counts = [_number(c) for c in g.objects(t, RK.stationCount)]
        items.append(("tier", t, owners, (_number(g.value(t, RK.tierOrder)), kinds, counts)))
    for curie, prop in VALUE_PREDICATES.items():
        for s, v in g.subject_objects(prop):
            items.append(("attr", (s, prop, v), [s], (curie, _number(v), norm(str(v)))))

    def fits(r: Row, item) -> bool:
        kind, _, owners, data = item
        if kind != r.kind or not any(m.matches(o, r.subject) for o in owners):
            return False
        parts = r.object.split(";")
        if kind == "quantity":
            value, text = data
            return value is not None and value == _number(parts[0]) and all(norm(k) in text for k in parts[1:] if k)
        if kind == "step":
            index, names, actors = data
            labels = {norm(x) for x in parts[1].split("|")} if len(parts) > 1 else set()
            actor = norm(parts[2]) if len(parts) > 2 and parts[2] else ""
            return index == _number(parts[0]) and bool(labels & names) and (not actor or actor in actors)
        if kind == "tier":
            order, kinds, counts = data
            count = parts[2] if len(parts) > 2 else ""
            return order == _number(parts[0]) and norm(parts[1]) in kinds and (
                counts == [_number(count)] if count else not counts)
        if kind == "attr":
            curie, number, text = data
            return r.predicate == curie and (number == _number(r.object) if number is not None else text == norm(r.object))
        return False

    rows = expected.of("quantity", "step", "tier", "attr")
    # Most specific rows first, so “62;张;选票” takes its item before “62;张” does.
    order = sorted(range(len(rows)), key=lambda i: -len([x for x in rows[i].object.split(";") if x]))
    used: set[int] = set()
    found: set[int] = set()
    for i in order:
        for j, item in enumerate(items):
            if j not in used and fits(rows[i], item):
                used.add(j)
                found.add(i)
                break
    tally = score.values
    tally.expected += len(rows)
    tally.tp_gold += len(found)
    score.missed_values += [_row_text(rows[i]) for i in range(len(rows)) if i not in found]
    for j, item in enumerate(items):
        tally.extracted += 1
        if j in used or any(fits(r, item) for r in rows):
            tally.tp_pred += 1
        else:
            kind, node, owners, data = item
            owner = ", ".join(view.name(o) for o in owners if o is not None) or "-"
            label = view.name(node) if kind != "attr" else f"{data[0]} {data[2]}"
            score.extra_values.append(f"{kind} {label} (of {owner})")


def chrome_labels(view: View, expected: Expected) -> list[str]:
    """Entity labels that are site chrome: common chrome words, the file's chrome and absent rows."""
    words = [norm(w) for w in CHROME] + [norm(r.subject) for r in expected.of("chrome")]
    absent = {norm(r.subject) for r in expected.of("absent")}
    bad = set()
    for node in view.things():
        for p in (RDFS.label, SKOS.altLabel):
            for label in view.g.objects(node, p):
                text = norm(str(label))
                # an absent name may be an altLabel (a short form), never the label
                if (p == RDFS.label and text in absent) or any(w and w in text for w in words):
                    bad.add(str(label))
    return sorted(bad)


def score_graph(g: Graph, onto: Graph, expected: Expected, name: str = "") -> ArticleScore:
    """Score one article graph (ontology not included) against its expected facts."""
    view = View(g, onto)
    m = Matcher(view, expected)
    score = ArticleScore(name)
    score_entities(view, m, expected, score)
    score_relations(view, m, expected, score)
    score_values(view, m, expected, score)
    score.chrome = chrome_labels(view, expected)
    return score


# --------------------------------------------------------------------------- the dev set


def default_devset() -> Path:
    """``tests/devset`` of the working folder, else of the source tree this module lives in."""
    here = Path.cwd() / "tests" / "devset"
    if here.is_dir():
        return here
    source = Path(__file__).resolve().parents[1] / "tests" / "devset"
    if source.is_dir():
        return source
    raise ValueError("no dev set here: the dev set is tests/devset in a checkout of renda-kg (run from there), "
                     "or give a FOLDER of articles and expected facts")


def find_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """(article, expected TSV) pairs of a folder: ``expected/*.tsv`` with ``articles/`` beside it, or
    TSVs next to their articles."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    tsv_dir = folder / "expected" if (folder / "expected").is_dir() else folder
    art_dir = folder / "articles" if (folder / "articles").is_dir() else folder
    pairs = []
    for tsv in sorted(tsv_dir.glob("*.tsv")):
        expected = load_expected(tsv)
        article = expected.article
        if article is None:
            stem = tsv.name[: -len(".tsv")].removesuffix(".expected")
            candidates = [p for p in sorted(art_dir.glob(stem + ".*")) if p.suffix.lower() != ".tsv"]
            if not candidates:
                raise ValueError(f"{tsv}: no article {stem}.* in {art_dir} and no '# article:' line")
            article = candidates[0]
        pairs.append((article, tsv))
    if not pairs:
        raise ValueError(f"{folder}: no expected-facts files (*.tsv)")
    return pairs


def score_folder(folder: str | Path, pipeline=None) -> list[ArticleScore]:
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    onto = pipeline.vocab.graph
    scores = []
    for article, tsv in find_pairs(folder):
        name = tsv.name[: -len(".tsv")]
        expected = load_expected(tsv)
        try:
            result = pipeline.process_file(article)
        except Exception as exc:  # an article that cannot be read scores nothing, loudly
            s = ArticleScore(name, error=f"{type(exc).__name__}: {exc}")
            s.entities.expected = len([r for r in expected.of("entity")])
            s.relations.expected = len(expected.of("rel", "post"))
            s.values.expected = len(expected.of("quantity", "step", "tier", "attr"))
            scores.append(s)
            continue
        scores.append(score_graph(result.graph, onto, expected, name))
    return scores


def overall(scores: list[ArticleScore]) -> ArticleScore:
    total = ArticleScore("overall")
    for s in scores:
        total.entities += s.entities
        total.relations += s.relations
        total.values += s.values
        for kind, t in s.by_kind.items():
            total.by_kind[kind] += t
        total.chrome += [f"{s.name}: {c}" for c in s.chrome]
    return total


def _f(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def format_table(scores: list[ArticleScore], details: bool = False) -> str:
    width = max([len(s.name) for s in scores] + [12])
    head = (f"{'article':{width}}  {'ent P':>5} {'ent R':>5}  {'rel P':>5} {'rel R':>5}  {'val P':>5} {'val R':>5}"
            f"  {'entities':>9} {'relations':>9} {'values':>9}  chrome")
    lines = [head, "-" * len(head)]

    def line(s: ArticleScore) -> str:
        e, r, v = s.entities, s.relations, s.values
        counts = f"{e.tp_gold:>3}/{e.expected:<3}{'':>2}{r.tp_gold:>3}/{r.expected:<3}{'':>2}{v.tp_gold:>3}/{v.expected:<3}"
        return (f"{s.name:{width}}  {_f(e.precision):>5} {_f(e.recall):>5}  {_f(r.precision):>5} {_f(r.recall):>5}"
                f"  {_f(v.precision):>5} {_f(v.recall):>5}  {counts}  {len(s.chrome)}"
                + (f"  ERROR {s.error}" if s.error else ""))

    for s in scores:
        lines.append(line(s))
    total = overall(scores)
    lines += ["-" * len(head), line(total), "",
              "entities by kind (all articles):", f"  {'kind':12} {'P':>5} {'R':>5}  found/expected  right/extracted"]
    for kind in KINDS:
        t = total.by_kind.get(kind)
        if t and (t.expected or t.extracted):
            lines.append(f"  {kind:12} {_f(t.precision):>5} {_f(t.recall):>5}  {t.tp_gold:>5}/{t.expected:<8} {t.tp_pred:>5}/{t.extracted}")
    lines.append("")
    lines.append("P = right/extracted, R = found/expected; columns entities/relations/values give found/expected.")
    lines.append("chrome = entity labels that are site chrome (must be 0).")
    if total.chrome:
        lines.append("CHROME LABELS: " + "; ".join(total.chrome))
    if details:
        for s in scores:
            lines += ["", f"## {s.name}"]
            for title, items in (("missed entities", s.missed_entities), ("wrong class", s.wrong_class),
                                 ("extra entities", s.extra_entities), ("missed relations", s.missed_relations),
                                 ("extra relations", s.extra_relations), ("missed values", s.missed_values),
                                 ("extra values", s.extra_values), ("chrome labels", s.chrome)):
                if items:
                    lines.append(f"  {title} ({len(items)}):")
                    lines += [f"    {x}" for x in items]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="renda-kg score", description="Score extraction on a dev set.")
    parser.add_argument("folder", nargs="?", default=None, help="dev-set folder (default: tests/devset)")
    parser.add_argument("--details", "-v", action="store_true", help="list misses and extras per article")
    args = parser.parse_args(argv)
    print(format_table(score_folder(args.folder or default_devset()), details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Facts from an article: mentions found by gazetteer and patterns, relations by cue words.

The extractor reads one sentence at a time. It first finds *mentions* (places, congress
bodies, sets of bodies, groups, stations, mechanisms, laws, documents, topics, counts),
each with its span in the body, then relates them inside clauses: the first body of a
clause is its agent, cue words (指导, 执法检查, 负责 …) choose the relation. Context
resolves short names: in an article from 桐乡市人大, 市人大常委会 is 桐乡市人大常委会.

Every fact carries the sentence it was read from; kinds are ontology class local names
and suffixes come from the ontology through the :class:`Lexicon`.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from .gazetteer import Gazetteer, Place
from .lexicon import (Lexicon, actor_words, committees, department_names, full_name_of, law_names, post_titles,
                      state_organ_names, surnames, transliterated_name_characters)
from .model import Article, Entity, Extraction, Fact, Sentence
from .sentences import clause_spans, split_sentences
from .text import chinese_number

CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"   # (with Extensions A to G: 周䶮, 彭𫖯)
# Words that look like place names by their ending but are not places.
_NOT_PLACES = {"全市", "市区", "城区", "镇区", "本市", "我市", "该市", "全县", "全区", "辖区", "园区", "社区", "街道",
               "开发区", "新区", "景区", "小区", "片区", "山区", "街区", "乡镇", "城乡", "县乡", "镇街", "村社区"}
# Categories of mentions, by the ontology class their kind descends from.
_CATEGORY_ROOTS = ("AdministrativeArea", "CongressBody", "ResidentsCouncil", "BodySet", "RepresentativeGroup",
                   "LiaisonStation", "LiaisonNetwork", "Mechanism", "Law", "PolicyDocument", "SupervisionTopic",
                   "GovernmentDepartment", "LegislativeContactPoint", "DemocracyPracticeSite", "StateOrgan",
                   "ElectionCommittee")


_ALL_CJK = re.compile(f"[{CJK}]+")

_TO_SIMPLIFIED = None


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, offset for offset (繁體轉載 read like the original)."""
    global _TO_SIMPLIFIED
    if _TO_SIMPLIFIED is None:
        import opencc  # imported on first use: most articles need no conversion

        _TO_SIMPLIFIED = opencc.OpenCC("t2s")
    converted = _TO_SIMPLIFIED.convert(text)
    if converted == text:   # simplified already: the usual case, compared in C
        return text
    changed = sum(a != b for a, b in zip(text, converted)) if len(converted) == len(text) else len(text)
    # Simplified text has a few characters OpenCC still maps (乾 → 干 in 乾县, 乾务镇): convert only
    # text that is written in traditional characters.
    if changed <= max(2, len(text) // 200):
        return text
    if len(converted) == len(text):
        return converted
    # A phrase conversion changed the length: convert character by character instead.
    return "".join(ch if len(c := _TO_SIMPLIFIED.convert(ch)) != 1 else c for ch in text)


# Words that may follow a person's name (王建国主持会议, 李晓燕就…作说明).
_AFTER_NAME = ("主持|出席|参加|表示|指出|强调|介绍|说|等|同志|带队|讲话|一行|一同|获得|以|作|在|到|和|与|及|对|为|向|陪同|率|就|"
               "将|带领|还|也|同|主动|认真|现场|围绕|深入|代表|通报|汇报|宣读|传达|提出|发言|领衔|当选|任|分别|一起|共同|"
               "建议|认为|呼吁|反映|提交|表态|希望|坦言|告诉|感慨|辞去|辞职|列席|多次|又|再次|受|所作|先后|亲自|专门|"
               "一直|曾|已|正在|首先|随后|来到|前往|赴|调研|视察|检查|走访|看望|慰问|回答|答复|作出|率队|带头|牵头|"
               "负责|分管|结合|说|谈|的|累计|共|获|获得|得票|依次|积极|持续|聚焦|通过|利用|依托|主动|接待|收集|推动|"
               "提问|询问|回应|解答|说明|宣读|主讲|点评|总结|针对|当场|随即|逐一|担任|关注|追问|质询")

# What a person's name never is: words with these characters, verbs of this genre.
# (人大代表和居民代表40余人: 和居民 ends in the people a list goes on to, no name)
_NOT_A_NAME = re.compile(r"[了着过的们]|^(?:成立|建立|组织|开展|参加|提出|围绕|深入|积极|认真|全面|进一步|联系|走访|开始)"
                         r"|^包[案联保片村户抓]"   # (主席团成员包案: each takes a case in charge)
                         r"|^[和与及].?(?:居民|村民|群众|干部|职工|党员|企业|代表|委员)$")
# Words a short form (镇人大) may follow; after any other character it ends a name (爱新舍里镇人大).
_BEFORE_SHORT_FORM = "对和与及在由的将从为各把到向即等、是经听请给让同跟"
# Words after a name that seldom end a given name: before another such word, they follow it.
_RARELY_ENDS_NAME = "作在到向就将率对陪"

# The titles of posts a congress appoints to or relieves of (任命…为…局长, 免去…的…主任职务).
_APPOINTED_TITLE = r"副?(?:厅长|局长|主任委员|主任|主席|院长|庭长|检察长|秘书长|委员|审判员|检察员|镇长|乡长|县长|区长|市长|省长)"

# Corner brackets (common in traditional-character reposts) read as curly quotes.
_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’",
                         **{chr(0xFF10 + i): str(i) for i in range(10)}, "．": "."})   # ２８４名: 284名


_INSPECTION = "known:执法检查"   # the mention key of the enforcement-inspection individual (mechanisms.ttl)


@dataclass(frozen=True)
class Mention:
    start: int          # body offsets
    end: int
    key: str
    kind: str
    surface: str


@dataclass
class Context:
    """What the article as a whole tells about its short names."""

    home: Place | None          # the area of the publishing congress (桐乡市 for 桐乡市人大)
    home_body: str | None       # key of the body that acts when a sentence names none
    carried: str | None = None  # the subject of a sentence that ended in ；, for the next one
    year: int | None = None     # the article's year, for dates written as 5月20日
    meeting: str | None = None  # the session the article is reporting, for 会议应到代表65名
    congress_session: str | None = None  # the congress's session named last, reported or referred to, for 大会期间
    last: dict[str, Place] = field(default_factory=dict)  # area kind -> last such place named (该镇)
    last_seen: dict[str, int] = field(default_factory=dict)  # area kind -> sentence number it was named in
    sentence: int = 0                                       # number of the sentence being read
    named: dict[str, Place] = field(default_factory=dict)   # 市/县/区 -> the last such area named (永登县)
    places: dict[str, Place] = field(default_factory=dict)  # name as written -> the place it was read as
    council: str | None = None  # the residents' council named last, for 本次议事会
    resolution: str | None = None  # the resolution named last, for 表决结果为：赞成25票…
    people: dict[str, str] = field(default_factory=dict)  # name -> person key, for the name written again
    posts_held: dict[tuple[str, str], tuple[str, str | None]] = field(default_factory=dict)  # (person, title) -> (label, body)
    station: str | None = None  # the liaison station named last, for 本站, 该站
    person: str | None = None   # the person named last, for 她, 他
    contact_point: str | None = None  # the legislative contact point named last, for 该联系点
    election_committee: str | None = None  # the election committee named last, for 选举委员会 written bare
    relieving: int = -99   # the sentence number of a list of posts relieved that a semicolon ended
    proposals: dict[str, list[str]] = field(default_factory=dict)  # a session's title -> its proposals' keys (by lead)
    practice_site: str | None = None  # the practice site named last, for 该实践点, 该基地
    group: str | None = None  # the deputies' group named last, for 该代表小组, …，代表小组现有
    meeting_of: dict[str, str] = field(default_factory=dict)  # session key -> the body that holds it
    post_body: tuple[int, str | None] = (-99, None)  # the sentence number and body of the last post in a body
    count_owner: tuple[int, str | None] = (-99, None)  # the sentence number and owner of the last count
    short_titles: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # 条例 -> (key, kind, label) of 《…条例》

    def latest(self, *kinds: str) -> Place | None:
        """The place of any of ``kinds`` named last: the town or subdistrict the text is about."""
        kind = max((k for k in kinds if k in self.last), key=lambda k: self.last_seen.get(k, -99), default=None)
        return self.last[kind] if kind else None

    def recent(self, kind: str, window: int = 2) -> Place | None:
        """The place of ``kind`` named in this or the last ``window`` sentences: 乡人大 right after 井头乡."""
        if self.sentence - self.last_seen.get(kind, -99) <= window:
            return self.last.get(kind)
        return None

    def place_for_short(self, char: str) -> Place | None:
        """市 / 县 / 区 / 省 in 市人大常委会 → the home area (or its ancestor) so named."""
        if self.home is None:
            return None
        if char == "省":
            return self.home.ancestor(1)
        # else the last one the article named: a city's site on 永登县's 县人大常委会
        return next((p for p in self.home.path if p.level <= 3 and p.name.endswith(char)), self.named.get(char))


class _Collector:
    """Entities and facts of one article, deduplicated, in reading order."""

    def __init__(self, article: Article, lexicon: Lexicon):
        self.lexicon = lexicon
        self.result = Extraction(article)
        self._seen: set[tuple] = set()

    def entity(self, key: str, kind: str, label: str, surface: str | None = None, iri: str | None = None) -> str:
        ent = self.result.entities.get(key)
        if ent is None:
            ent = self.result.entities[key] = Entity(key, kind, label)
            if iri:
                ent.attributes["iri"] = [iri]
        elif kind != ent.kind and self.lexicon.is_a(kind, ent.kind):
            ent.kind = kind  # a more specific kind wins
        if surface and surface != ent.label:
            ent.alt_labels.add(surface)
        return key

    def attribute(self, key: str, prop: str, value: object) -> None:
        values = self.result.entities[key].attributes.setdefault(prop, [])
        if value not in values:
            values.append(value)

    def retire(self) -> None:
        """Follow the ontology's deprecations (owl:deprecated true). A deprecated class with a
        replacement (dcterms:isReplacedBy) gives its members to the replacement, a deprecated
        property its statements; without one, the members of a deprecated class (or of a class
        below one) are dropped, with every fact about them, and so are the statements of a
        deprecated property. One place for every kind the patterns find; data already stored
        keeps the old terms (the QC query deprecated_in_use lists that)."""
        retired, replaced = self.lexicon.retired, self.lexicon.replacements
        if not retired:
            return

        def current(curie: str) -> str | None:
            """The property to state for ``curie``: itself, its replacement, or None."""
            prefix, _, name = curie.partition(":")
            if prefix != "rk" or name not in retired:
                return curie
            return f"rk:{replaced[name]}" if name in replaced else None

        result, dropped = self.result, set()
        for key, ent in list(result.entities.items()):
            kind = replaced.get(ent.kind, ent.kind)
            if any(self.lexicon.is_a(kind, r) for r in retired):
                dropped.add(key)
                del result.entities[key]
                continue
            ent.kind = kind
            attributes = {}
            for prop, values in ent.attributes.items():
                prop = current(prop)
                if prop is not None:
                    kept = attributes.setdefault(prop, [])
                    kept += [v for v in values if v not in kept]
            ent.attributes = attributes
        facts = []
        for f in result.facts:
            predicate = current(f.predicate)
            if predicate is None or f.subject in dropped or (f.obj_is_entity and f.obj in dropped):
                continue
            facts.append(replace(f, predicate=predicate) if predicate != f.predicate else f)
        self._keep_once(facts)   # a replacement may repeat a fact

    def _keep_once(self, facts: list[Fact]) -> None:
        """The article's facts: these, each once from each sentence."""
        kept, seen = [], set()
        for f in facts:
            if (f.subject, f.predicate, f.obj, f.evidence.span) not in seen:
                seen.add((f.subject, f.predicate, f.obj, f.evidence.span))
                kept.append(f)
        self.result.facts = kept

    def one_session_however_written(self) -> None:
        """县人大常委会第十五次会议, written before or after 县第十七届人大常委会第十五次会议: one
        session, when the article names one session of that number of that body with its term
        (two terms' 第十五次会议 leave the one without its term alone)."""
        entities, facts = self.result.entities, self.result.facts
        owner = {f.subject: f.obj for f in facts if f.predicate == "rk:meetingOf"}

        def numbered(key: str) -> tuple | None:
            ent = entities[key]
            if ent.kind != "Meeting" or "rk:sessionNumber" not in ent.attributes:
                return None
            return owner.get(key), ent.attributes["rk:sessionNumber"][0]

        termed: dict[tuple, list[str]] = {}
        for key, ent in entities.items():
            if "rk:termNumber" in ent.attributes and numbered(key):
                termed.setdefault(numbered(key), []).append(key)
        # (a session numbered in its year, 2024年第3次, is no session of a term: its key says so)
        same = {key: termed[numbered(key)][0] for key, ent in entities.items()
                if numbered(key) and "rk:termNumber" not in ent.attributes
                and key.endswith(f"/第{numbered(key)[1]}次") and len(termed.get(numbered(key), ())) == 1}
        for old, into in same.items():
            gone, kept = entities.pop(old), entities[into]
            kept.alt_labels |= (gone.alt_labels | {gone.label}) - {kept.label}
            for prop, values in gone.attributes.items():
                kept.attributes.setdefault(prop, values)   # (a date the termed session lacks)
        if same:
            self._keep_once([replace(f, subject=same.get(f.subject, f.subject),
                                     obj=same.get(f.obj, f.obj) if f.obj_is_entity else f.obj) for f in facts])

    def fact(self, subject: str, predicate: str, obj: object, sentence: Sentence, literal: bool = False,
             once: bool = False) -> None:
        """Record a fact read from ``sentence``; ``once`` facts (structure, such as a place's
        parent) keep only the first sentence that gave them."""
        if subject == obj and not literal:
            return
        signature = (subject, predicate, obj, None if once else sentence.span)
        if signature in self._seen:
            return
        self._seen.add(signature)
        self.result.facts.append(Fact(subject, predicate, obj, sentence, obj_is_entity=not literal))


class Extractor:
    """One extractor serves many articles: the lexicon and gazetteer are built once."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        area_suffixes = sorted({s for k in lexicon.area_levels for s in lexicon.suffixes.get(k, ())}, key=len, reverse=True)
        self._area_suffix = re.compile("|".join(map(re.escape, area_suffixes)))
        self._committee_names = sorted(
            ((name, c) for c in committees() for name in (c.full, *c.short)), key=lambda x: len(x[0]), reverse=True)
        known = [(alias, term) for term in lexicon.known_terms for alias in (term.label, *term.aliases)]
        self._known = dict(sorted(known, key=lambda x: len(x[0]), reverse=True))
        self._known_pattern = re.compile("|".join(map(re.escape, self._known))) if self._known else None
        self._known_patterns = [(re.compile(p), term) for term in lexicon.known_terms for p in term.patterns]
        titles = "|".join(map(re.escape, post_titles()))
        names = "|".join(map(re.escape, surnames()))
        # the titles before a name, each with up to 16 characters before it
        # (松阳县新兴镇大木山茶园合作社理事长), several joined by 、
        posts = rf"((?:[{CJK}]{{0,16}}?(?:{titles})、)*[{CJK}]{{0,16}}?(?:{titles}))[ \u3000]?"
        self._person_pattern = re.compile(rf"{posts}((?:{names})(?:某某|某|[{CJK}]{{1,2}}))")
        # What every match of it ends with: most sentences have none, and searching for this
        # costs a fraction of trying the pattern above (up to ten characters before each title)
        # at every position.
        self._person_hint = re.compile(rf"(?:{titles})[ \u3000]?(?:{names})")
        # 副主任阿不都热合曼·吐尔逊: a name of two parts joined by a middle dot, no Han surname
        self._dotted_person = re.compile(rf"{posts}([{CJK}]{{2,6}}[·•・][{CJK}]{{2,8}}?)(?=[^{CJK}]|{_AFTER_NAME}|$)")
        # 主任那仁满都拉到会: a Mongolian or Tibetan name, of its own characters, ending where names end
        sounds = re.escape(transliterated_name_characters())
        self._sounds = frozenset(transliterated_name_characters())
        self._transliterated_person = re.compile(rf"{posts}([{sounds}]{{3,6}})(?=[^{CJK}]|{_AFTER_NAME}|$)")
        self._transliterated_hint = re.compile(rf"(?:{titles})[ \u3000]?[{sounds}]{{3}}")
        self._surname = re.compile(rf"(?:{names})")
        self._listed_name = re.compile(rf"、((?:{names})(?:某某|某|[{CJK}]{{1,2}}))")
        # 金盆村, 书圣故里社区, 古北居民区, 乌兰嘎查: a village-level area's name, by the endings
        # the ontology gives that level
        self._village_endings = lexicon.level_endings(5)
        self._area_endings = tuple(lexicon.endings("AdministrativeArea"))
        village = "|".join(map(re.escape, self._village_endings))
        stations = r"(?:人大)?(?:代表)?(?:联络站|代表之家|联络室|联络点)"
        # what every station word of _unknown_station, _stations_in and _stations_counted below
        # holds: a sentence without it names no station of theirs (kept beside them, so that
        # a word added there is seen)
        self._station_word = re.compile("联络|之家")
        # a station in a community the gazetteer does not list
        self._unknown_station = re.compile(rf"([{CJK}]{{2,5}}?(?:{village}))({stations})")
        # a residents' council of a community the gazetteer does not list (县前社区居民议事会)
        self._unknown_council = re.compile(rf"([{CJK}]{{2,5}}?(?:{village}))({_COUNCIL_NAMES})")
        # 在书圣故里社区、八字桥社区建立人大代表联络站: one in each
        self._stations_in = re.compile(rf"([{CJK}]{{2,6}}?(?:{village})(?:、[{CJK}]{{2,6}}?(?:{village}))*)(?:分别)?"
                                       rf"(?:建立|设立|建成|挂牌|成立)了?([{CJK}]{{0,2}}?{stations})")
        # 金盆村、汤池村、三江村等8个村级代表之家: the villages listed have one each
        self._stations_counted = re.compile(rf"((?:[{CJK}]{{2,6}}?(?:{village})、)+[{CJK}]{{2,6}}?(?:{village}))等?"
                                            rf"[0-9一二两三四五六七八九十]+个(?:村级|社区级|村|社区)?"
                                            rf"((?:人大)?(?:代表)?(?:联络站|代表之家|之家|联络室|联络点))")
        self._station_pattern = re.compile(
            r"(?:人大)?(?:代表)?(?:" + "|".join(map(re.escape, lexicon.endings("LiaisonStation"))) + ")")
        # One alternation, longest names first, instead of a search per name.
        self._law_pattern = re.compile("|".join(map(re.escape, sorted(law_names(), key=len, reverse=True))))
        self._law_hint = _last_characters(law_names())
        self._committee_by_name = dict(self._committee_names)
        self._committee_pattern = re.compile("|".join(re.escape(n) for n, _ in self._committee_names))
        self._committee_hint = _last_characters([n for n, _ in self._committee_names])
        self._mechanism_suffixes = lexicon.endings("Mechanism")
        self._document_suffixes = tuple(lexicon.suffixes.get("PolicyDocument", ()))
        department_endings = lexicon.endings("GovernmentDepartment")
        # 县住建局 is 县住房和城乡建设局: a department is named by its full name
        self._department_full = full_name_of(department_names())
        # 住建局, 交通运输局, 卫健委: the endings of a department's name; 局面, 局势 are no names
        self._department_ending = re.compile(
            rf"(?:{'|'.join(map(re.escape, department_endings))})(?![面势部限])") if department_endings else None
        # (镇选举委员会: a body of an area, written as its organs are)
        organ_endings = sorted(lexicon.endings("StateOrgan") + lexicon.endings("ElectionCommittee"), key=len, reverse=True)
        # 县人民法院, 市中级人民法院, 县监委: an organ of the area written (or 省/市/县/区 standing for it) before it
        self._state_organ = re.compile("|".join(map(re.escape, organ_endings))) if organ_endings else None
        self._state_organ_hint = _last_characters(organ_endings)
        self._organ_full = full_name_of(state_organ_names())   # 法院 → 人民法院
        # Sites a standing committee or working committee names (基层立法联系点, 全过程人民民主
        # 基层实践点): the ending of each kind, and the relation to the body that named it.
        self._site_endings = {kind: lexicon.endings(kind) for kind, _, _ in _DESIGNATED_SITES}
        self._designated_sites = [(kind, re.compile("|".join(map(re.escape, self._site_endings[kind]))), relation, prefix)
                                  for kind, relation, prefix in _DESIGNATED_SITES if self._site_endings[kind]]
        self._designated_site_hint = _last_characters([e for endings in self._site_endings.values() for e in endings])
        # Asked again and again (every mention of every sentence, every place-name candidate)
        # with the few answers the lexicon allows: each is worked out once.
        self._categories: dict[str, str] = {}
        levels = list(lexicon.area_levels.values())
        self._level_kinds = {level: kind for kind, level in lexicon.area_levels.items() if levels.count(level) == 1}
        self._stems: dict[str, str] = {}

    # -- entry point --------------------------------------------------------
    def extract(self, article: Article) -> Extraction:
        out = _Collector(article, self.lexicon)
        ctx = self._context(article, out)
        ctx.year = article.published.year if article.published else None
        # (自治区人大常委会, 自治区人民政府 in a region's article: 自治区 is written for the region itself)
        region = ctx.home.ancestor(1) if ctx.home is not None else None
        if region is not None and region.name.endswith("自治区"):
            ctx.places["自治区"] = region
        # (州人大常委会, 州十一届人大常委会 in an autonomous prefecture's article: 州 is the prefecture)
        prefecture = ctx.home.ancestor(2) if ctx.home is not None else None
        if prefecture is not None and prefecture.name.endswith("自治州"):
            ctx.places["州"] = prefecture
        # Match on simplified characters; quote the original (the conversion keeps offsets).
        matching = to_simplified(article.body).translate(_QUOTES)
        for number, sentence in enumerate(split_sentences(matching)):
            ctx.sentence = number
            evidence = Sentence(sentence.span, article.body[sentence.span.start:sentence.span.end])
            _SentenceReader(self, ctx, out, matching, sentence, evidence).read()
        out.one_session_however_written()
        out.retire()
        return out.result

    def _context(self, article: Article, out: _Collector) -> Context:
        """The home area: from the source (桐乡市人大), else the title, else the first county named;
        a place inside it that the title or the opening names is more precise (a city's site
        reposting 永登县城关镇人大召开会议: home is 城关镇).

        Of a run of places (江苏省南京市鼓楼区人大) the last, most specific one is home."""
        home, titled = None, False
        for text in (article.source or "", article.title, article.body[:300]):
            if titled and text is not article.title:
                break   # 泉州市人大常委会开展…: a title naming the home is not refined by the places of the text
            place, start, end = self._first_place(text, home)
            if place is None and text is article.source and (short := re.match(rf"([{CJK}]{{2,6}}?)人大", text)):
                place, start, end = self.gazetteer.resolve(short.group(1)), 0, 0   # (宁夏人大网, 海曙人大)
            if place is None and text is article.title and home is not None and home.level == 1 \
                    and re.match("(?:自治区|省)人大", to_simplified(text)):
                # (自治区人大常委会听取…报告 on 宁夏人大网: the region's own body, not refined by the text)
                titled = True
            if place is None:
                continue
            # 市人大常委会视察锦江区: the body the text names by its level acts in the place after
            # it; its area, above that place, is home
            level = re.search(r"([省市县])人大", to_simplified(text[:start]))
            if level and (above := place.ancestor("省市县".index(level.group(1)) + 1)) is not None \
                    and above is not place:
                place, end = above, 0
            titled = text is article.title
            if home is None:
                home = place
            elif home in place.path[1:]:
                # (景德镇市人大常委会's 珠山区基层立法联系点召开座谈会: a district named without its
                # body is where things happen, not whose body reports; a town's session is its own)
                if place.level >= 4 or re.match("人大|人民代表大会", to_simplified(text[end:])):
                    return Context(place, None)
                break
            elif place != home:
                break
        # (宁夏人大网 as the source, where nothing else names a place: the site it names)
        named_site = article.site or (article.source if home is None and article.source else None)
        if named_site and (home is None or home.level < 3):
            site, _, _ = self._first_place(named_site, None)
            short = re.match(rf"([{CJK}]{{2,6}}?)人大", named_site)
            site = site or (self.gazetteer.resolve(short.group(1)) if short else None)   # 海曙人大
            if home is None:
                # (人大南门街道工委 on the site 海曙人大: the subdistrict of that district, which
                # nothing in the article names)
                for text in (article.source or "", article.title, article.body[:300]) if site else ():
                    place, _, _ = self._first_place(text, site)
                    if place is not None and site in place.path[1:]:
                        return Context(place, None)
                home = site
            elif site is not None and home in site.path[1:]:
                # (《贵州省未成年人保护条例》在我县… on 湄潭县人大常委会's site: the province the body
                # names first is above the site's county, which is home)
                home = site
        return Context(home, None)

    def _first_place(self, text: str, near: Place | None) -> tuple[Place | None, int, int]:
        """The first township-or-above place ``text`` names (the last of a run such as 南京市鼓楼区),
        and where its name starts and ends."""
        spans = self.place_spans(to_simplified(text), near)
        for i, (start, end, place, _) in enumerate(spans):
            if place.level > 4:
                continue
            while i + 1 < len(spans) and spans[i + 1][0] == end and spans[i + 1][2].level <= 4:
                i += 1
                end, place = spans[i][1], spans[i][2]
            return place, start, end
        return None, 0, 0

    # -- places -----------------------------------------------------------------
    def places_in(self, text: str, near: Place | None) -> list[Place]:
        return [p for _, _, p, _ in self.place_spans(text, near)]

    def place_spans(self, text: str, near: Place | None,
                    named: dict[str, Place] | None = None) -> list[tuple[int, int, Place, str]]:
        """(start, end, place, name as written) for each place the gazetteer confirms; a name
        the article placed before (``named``: 晋江市罗山街道, then 罗山街道) is that place."""
        found: list[tuple[int, int, Place | None, str]] = []
        named = dict(named or {})
        for match in self._area_suffix.finditer(text):
            end = match.end()
            # up to 12 characters: 合肥高新技术产业开发区, 宁国市经济技术开发区
            names = [(end - length, text[end - length:end])
                     for length in range(min(12, end), len(match.group()), -1)]
            # (人大窑湾街道工委: the 大 is 人大's, not 大窑湾街道's, a subdistrict of 大连)
            names = [(start, name) for start, name in names if _ALL_CJK.fullmatch(name) and name not in _NOT_PLACES
                     and not (name[0] == "大" and text[start - 1:start] == "人")]
            # A place written right after its parent (南京市鼓楼区; 宁国市 + 经济技术开发区, not
            # 宁 + 国 + 市经济技术开发区 elsewhere) is looked up under it first.
            parents = {f[1]: f[2] for f in found if f[2] is not None}
            under = ((start, name, self._resolve_place(name, parents[start]), parents[start])
                     for start, name in names if start in parents)
            hit = next(((start, name, self._written_under(name, place, parent))
                        for start, name, place, parent in under
                        if place is not None and (len(name) > 2 or parent in place.path)), None)
            # 曹县, 攸县: a name of one character and its ending stands alone or after its parent
            # (和县 in 省、市和县两级 or 《…报告》和县人民检察院, 费县 in 经费县级 are words), and is a
            # place's own name
            # (广州 in a dateline, 广州报道, is no short form to go by)
            # (会同黟县人大常委会, 赴曹县: after a word that joins or leads to a place, too)
            names = [(start, name) for start, name in names
                     if len(name) > 2 or ((start == 0 or not _ALL_CJK.match(text[start - 1]) or text[start - 1] in "同与和及在到赴")
                                          and name[0] not in "和与及"
                                          and any(p.name == name for p in self.gazetteer.lookup(name)))]
            for start, name in names if hit is None else ():
                place = named.get(name) or self._resolve_place(name, near)
                if place is not None or self.gazetteer.lookup(name):
                    # A name the gazetteer knows but the context cannot place (斜桥镇, one of
                    # several) still holds its characters: 斜桥镇乡村振兴 is not 桥镇乡 + 村.
                    hit = (start, name, place)
                    if _GENERIC_ZONE.match(name) and name not in named:
                        hit = self._zone_of(text, start, name, near)
                    break
            if hit is None and _GENERIC_ZONE.match(match.group()):   # 合肥高新区: the ending is the name
                hit = self._zone_of(text, match.start(), match.group(), near)
            if hit is not None:
                if hit[2] is not None:
                    named[hit[1]] = hit[2]
                found.append((hit[0], end, hit[2], hit[1]))
        return [f for f in _longest_first(found, lambda f: (f[0], f[1])) if f[2] is not None]

    def _written_under(self, name: str, place: Place, parent: Place) -> Place:
        """杨场镇龙鹄村: a village the text writes under its town is that town's, whatever
        town the gazetteer files a village of that name under."""
        if place.level == 5 and parent.level == 4 and parent not in place.path:
            return Place(name, 5, parent)
        return place

    def _zone_of(self, text: str, start: int, name: str, near: Place | None) -> tuple[int, str, Place | None]:
        """经济开发区, 高新区: a kind's name that many counties give their zone, taken only under
        the place written right before it (仙桃经济开发区 is 仙桃市's, not 樊城区's 经济开发区),
        and kept as written there."""
        for length in (4, 3, 2):
            prefix = text[max(0, start - length):start]
            owner = self._resolve_place(prefix, near) if len(prefix) == length else None
            if owner is not None and owner.level <= 3:
                return start - length, prefix + name, Place(prefix + name, 4, owner)
        return start, name, None

    def _resolve_place(self, name: str, near: Place | None) -> Place | None:
        if self.gazetteer.lookup(name) or (near and self._village_level(name)):
            place = self.gazetteer.resolve(name, near=near)
            if place is not None:
                return place
        if near is None or near.ancestor(3) is None or self.lexicon.area_kind(name, 4) is None:
            return None
        county = near.ancestor(3)
        stem = self._stem(name)
        for child in self.gazetteer.children(county):
            if child.level != 4:
                continue
            # 乌镇人大 for 乌镇镇人大: the name written without its own ending.
            if child.name.startswith(name) and self._stem(child.name) == name:
                return child
            # The text decides the kind: 高桥镇 in text, 高桥街道 in an older list.
            if len(stem) >= 2 and self._stem(child.name) == stem:
                return Place(name, 4, county)
        return None

    def _village_level(self, name: str) -> bool:
        return self.lexicon.area_kind(name, 5) is not None

    def _stem(self, name: str) -> str:
        """A town-level name without its ending (乌镇镇 → 乌镇), or "" if it has none."""
        try:
            return self._stems[name]
        except KeyError:
            pass
        kind = self.lexicon.area_kind(name, 4)
        stem = ""
        if kind is not None:
            ending = max((s for s in self.lexicon.suffixes[kind] if name.endswith(s)), key=len)
            stem = name[: -len(ending)]
        self._stems[name] = stem
        return stem

    def category(self, kind: str) -> str:
        """The root of a mention's kind among _CATEGORY_ROOTS (AdministrativeArea, CongressBody …),
        or the kind itself."""
        try:
            return self._categories[kind]
        except KeyError:
            root = self._categories[kind] = next((r for r in _CATEGORY_ROOTS if self.lexicon.is_a(kind, r)), kind)
            return root

    def area_kind(self, place: Place) -> str:
        """The area class of a gazetteer place: by its ending at its level, else the one class
        of that level (上海市 is a province-level place; 阿拉善盟 a prefecture-level one), else
        by its ending alone."""
        if self.is_zone(place):   # 苏州工业园区, which the gazetteer lists with the counties
            return "DevelopmentZone"
        return (self.lexicon.area_kind(place.name, place.level) or self._level_kinds.get(place.level)
                or self.lexicon.area_kind(place.name) or "AdministrativeArea")

    def is_zone(self, place: Place) -> bool:
        """A development zone or industrial park, whatever level the gazetteer files it at: it
        elects no congress of its own."""
        return place.name.endswith(self.lexicon.suffixes.get("DevelopmentZone", ()))


# Units of an amount, not of a count: what they measure is named before the number
# (一般公共预算收入48.62亿元, 耕地面积56.8万亩, 水资源总量1.5亿立方米), and an amount no
# body is named with is the area's. Longest first, as the alternation tries them. (Not 千米:
# 三千米 is 3,000 metres, which the numerals, reading 三千 first, would take as 3 千米.)
_MONEY = ("亿元", "万元", "元")
_MEASURES = ("平方公里", "万平方米", "平方米", "亿立方米", "万立方米", "立方米", "万亩", "亩", "公里", "万吨", "吨")


def _last_characters(names) -> re.Pattern:
    """The names' last characters as one class: a sentence with none of them names none of
    them, a test far quicker than running an alternation of many names over it."""
    last = sorted({re.escape(name[-1]) for name in names if name})
    return re.compile("[" + "".join(last) + "]" if last else "(?!)")   # (no names: nothing to find)


def _longest_first(items, span_of):
    """Non-overlapping items, preferring longer spans, in text order."""
    chosen, taken = [], []
    for item in sorted(items, key=lambda i: (-(span_of(i)[1] - span_of(i)[0]), span_of(i)[0])):
        s, e = span_of(item)
        if all(e <= ts or s >= te for ts, te in taken):
            chosen.append(item)
            taken.append((s, e))
    return sorted(chosen, key=lambda i: span_of(i)[0])


class _SentenceReader:
    """Mentions and facts of one sentence."""

    def __init__(self, ex: Extractor, ctx: Context, out: _Collector, body: str, sentence: Sentence,
                 evidence: Sentence | None = None):
        # ``body``/``sentence`` are the text matched on; ``evidence`` is the original wording.
        self.ex, self.ctx, self.out, self.body = ex, ctx, out, body
        self.s = evidence or sentence
        self.text = sentence.text
        self.base = sentence.span.start
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []  # sentence-relative spans already explained
        self._proposal_titles: list[tuple[re.Match, str, str]] = []  # deputies' motions and suggestions (_titles)
        # the body of the post named last, in this sentence or the one before (县人大常委会主任刘建华
        # 主持会议。副主任周雅琴出席: 副主任 of 县人大常委会)
        self._last_post_body: str | None = ctx.post_body[1] if ctx.sentence - ctx.post_body[0] <= 1 else None
        self._last_count_owner: str | None = None  # what the count read last was about

    # -- bookkeeping ----------------------------------------------------------
    def _after_last(self, marks: str, position: int) -> int:
        """Where the part of the sentence that ``position`` (a body offset) is in begins: just
        after the last of ``marks`` before it (，；。 for its clause), else at the sentence's start."""
        start = self.s.span.start
        return max([start] + [i + 1 for i in (self.body.rfind(c, start, position) for c in marks) if i >= 0])

    def _free(self, s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in self.taken)

    def mention(self, s: int, e: int, key: str, kind: str, label: str, surface: str | None = None,
                iri: str | None = None, claim: bool = True) -> str:
        self.out.entity(key, kind, label, surface if surface is not None else self.text[s:e], iri)
        self.mentions.append(Mention(self.base + s, self.base + e, key, kind, self.text[s:e]))
        if claim:
            self.taken.append((s, e))
        return key

    def fact(self, subject: str, predicate: str, obj: object, literal: bool = False) -> None:
        self.out.fact(subject, predicate, obj, self.s, literal)

    def structure(self, subject: str, predicate: str, obj: str) -> None:
        self.out.fact(subject, predicate, obj, self.s, once=True)

    def category(self, kind: str) -> str:
        return self.ex.category(kind)

    # -- reading ---------------------------------------------------------------
    def read(self) -> None:
        places = self._context_places(self.ex.place_spans(self.text, self.ctx.home, self.ctx.places))
        if places and places[0][0] == 0 and self.ctx.meeting:
            self._leave_session(places[0][2])
        # 关于接受…辞去县人大常委会委员职务的决定, 关于批准《…条例》的决定: one name each
        resolutions = self._resolution_spans()
        self._titles()  # a body named inside 《》 is part of a title, not a mention
        self._sets(places)
        self._bodies(places)
        self._committees()
        self._session_presidium()
        self._state_organs(places)
        self._departments(places)
        self._designated_sites(places)
        self._meetings(places)
        self._resolutions(resolutions)
        self._proposals()
        self._projects()
        self._stations(places)
        self._places(places)
        self._unknown_stations()
        self._distributed_stations()
        self._stations_at_sites(places)
        self._people()
        self._appointments()
        self._people_again()
        self._pronouns()
        self._named_mechanisms()  # 部门评议工作闭环机制 before the 部门评议 inside it
        self._known_mechanisms()
        self._quoted_mechanisms()
        self._laws()
        self._groups()
        self._named_groups(places)
        self._network()
        self._topics()
        self._study_visits()
        self._quantities()
        self._relations()
        self._handling()
        self._supervisors()
        self._leaders()
        ordered = sorted(self.mentions, key=lambda m: m.start)
        bodies = [m for m in ordered if self.category(m.kind) in ("CongressBody", "BodySet")]
        self.ctx.station = next((m.key for m in reversed(ordered) if self.category(m.kind) == "LiaisonStation"),
                                self.ctx.station)
        self.ctx.person = next((m.key for m in reversed(ordered) if m.kind == "Person"), self.ctx.person)
        self.ctx.contact_point = next((m.key for m in reversed(ordered) if m.kind == "LegislativeContactPoint"),
                                      self.ctx.contact_point)
        self.ctx.practice_site = next((m.key for m in reversed(ordered) if m.kind == "DemocracyPracticeSite"),
                                      self.ctx.practice_site)
        self.ctx.group = next((m.key for m in reversed(ordered) if self.category(m.kind) == "RepresentativeGroup"),
                              self.ctx.group)
        if self.text.endswith(("；", ";")):
            self.ctx.carried = bodies[0].key if bodies else self.ctx.carried
        else:
            self.ctx.carried = None

    # places ---------------------------------------------------------------------
    def place_entity(self, place: Place, surface: str | None = None) -> str:
        """The place and its parents as entities, linked by rk:withinArea."""
        key = self.out.entity(place.key, self.ex.area_kind(place), place.name, surface)
        child = key
        for parent in place.path[1:]:
            parent_key = self.out.entity(parent.key, self.ex.area_kind(parent), parent.name)
            self.structure(child, "rk:withinArea", parent_key)
            child = parent_key
        return key

    def _places(self, places) -> None:
        for s, e, place, name in places:
            # 该镇, 我市 point at a place; they are not its names
            key = self.place_entity(place, None if self._CONTEXT_WORD.fullmatch(name) else name)
            self.mentions.append(Mention(self.base + s, self.base + e, key, self.ex.area_kind(place), name))

    _CONTEXT_WORD = re.compile(r"(该|本|我|全)(镇|乡|街道|市|县|区)")

    # 丹棱镇、齐乐镇人大: a township written in a list after one the gazetteer files, and unknown
    # to it, is a township of the same county
    _LISTED_TOWN = re.compile(rf"、([{CJK}]{{1,4}}?(?:镇|乡|街道))(?=[、和及]|人大|人民代表大会|[，,。；;]|$)")

    def _context_places(self, places):
        """该镇, 本街道, 我市: the place the article or the text before was about (and a township
        the gazetteer lacks, listed after one it has)."""
        found = list(places)
        for s, e, place, _ in places:
            listed = self._LISTED_TOWN.match(self.text, e) if place.level == 4 and place.parent is not None else None
            name = listed.group(1) if listed else ""
            if listed and not any(ps == listed.start(1) for ps, _, _, _ in found) \
                    and not self.ex.gazetteer.lookup(name) and not _NOT_A_NAME.search(name) \
                    and self.ex.lexicon.area_kind(name, 4):
                found.append((listed.start(1), listed.end(1), Place(name, 4, place.parent), name))
        for m in self._CONTEXT_WORD.finditer(self.text):
            if any(s < m.end() and m.start() < e for s, e, _, _ in places):
                continue
            word = m.group(2)
            if word in ("市", "县", "区"):
                place = self.ctx.place_for_short(word)
            else:
                kind = self.ex.lexicon.area_kind("X" + word, 4) or ""
                # the nearest one named before it in this sentence, else in the sentences before
                earlier = [p for s, _, p, _ in places if s < m.start() and p.level == 4 and self.ex.area_kind(p) == kind]
                place = earlier[-1] if earlier else self.ctx.last.get(kind)
            if place is not None and m.group(1) != "全":
                found.append((m.start(), m.end(), place, m.group(0)))
        # 自治区人大常委会, 自治区人民政府, 州人大常委会: the region or prefecture the article is in
        # (see extract), where the word stands alone
        for word, pattern in (("自治区", r"(?<![各区个族])自治区"), ("州", rf"(?:(?<![{CJK}])|(?<=[由受经在对向与和及为是被将把从]))州(?=[{CJK}])(?![长里内外际])")):
            if (area := self.ctx.places.get(word)) is not None and word in self.text:
                for m in re.finditer(pattern, self.text):
                    if not any(s < m.end() and m.start() < e for s, e, _, _ in found):
                        found.append((m.start(), m.end(), area, word))
        for _, _, place, name in found:
            if not self._CONTEXT_WORD.fullmatch(name):
                self.ctx.places[name] = place
            if 1 < place.level <= 3:
                self.ctx.named[place.name[-1]] = place
            if place.level == 4:
                self.ctx.last[self.ex.area_kind(place)] = place
                self.ctx.last_seen[self.ex.area_kind(place)] = self.ctx.sentence
        return sorted(found, key=lambda f: f[0])

    # congress bodies -----------------------------------------------------------
    def standing_committee(self, place: Place) -> str:
        key = place.key + "人大常委会"
        self.out.entity(key, "StandingCommittee", place.name + "人大常委会")
        self.structure(key, "rk:hasJurisdiction", self.place_entity(place))
        return key

    def town_congress(self, place: Place) -> str:
        key = place.key + "人大"
        self.out.entity(key, "TownCongress", place.name + "人大")
        self.structure(key, "rk:hasJurisdiction", self.place_entity(place))
        return key

    def subdistrict_committee(self, place: Place) -> str:
        key = place.key + "人大工委"
        self.out.entity(key, "SubdistrictWorkingCommittee", "人大" + place.name + "工委")
        self.structure(key, "rk:hasJurisdiction", self.place_entity(place))
        county = place.ancestor(3)
        if county is not None:
            self.structure(key, "org:subOrganizationOf", self.standing_committee(county))
        return key

    # a term written into the name; not a meeting's (历下区第十八届人大常委会第二十三次会议)
    _TERMED_COMMITTEE = re.compile(r"第[0-9一二三四五六七八九十]+届(?:人大常委会|人民代表大会常务委员会)(?!第)")

    def _sharing_renda(self, places) -> list[bool]:
        """For each place, whether it shares the 人大 of a list it heads or runs through:
        金山镇、稷下街道人大 names both bodies; 瑞金市、龙南市、石城县人大常委会 three
        standing committees (a list of places of one level, towns or counties)."""
        sharing = [False] * len(places)
        for i in range(len(places) - 2, -1, -1):
            _, end, place, _ = places[i]
            following = places[i + 1]
            if following[0] == end + 1 and self.text[end] == "、" and place.level == following[2].level \
                    and place.level in (3, 4):
                after = self.text[following[1]:]
                shared = "人大(?!代表|常委)" if place.level == 4 else "人大常委会|人民代表大会常务委员会"
                sharing[i] = sharing[i + 1] or bool(re.match(shared, after))
        return sharing

    def dispatched_committee(self, place: Place) -> str:
        key = place.key + "人大工委"
        self.out.entity(key, "WorkingCommittee", place.name + "人大工委")
        self.structure(key, "rk:hasJurisdiction", self.place_entity(place))
        self.structure(key, "org:subOrganizationOf", self.standing_committee(place.parent))
        return key

    def _named_before(self, places, level: str, at: int) -> Place | None:
        """The area a short form (市人大常委会) stands for when the sentence named an area of its
        level before it that is not the home area or above it: 汕头市 in 在广东省汕头市，市人大常委会…
        (an article about several cities), 黄山市 in 黄山市人大常委会副主任汪胜利说，…市人大常委会."""
        named = [place for start, _, place, name in places
                 if start < at and 1 < place.level <= 3 and place.name.endswith(level) and name != level]
        home = self.ctx.home
        if not named or (home is not None and named[-1] in home.path):
            return None
        return named[-1]

    def _bodies(self, places) -> None:
        text = self.text
        shared = self._sharing_renda(places)
        for (s, e, place, name), sharing in zip(places, shared):
            if not self._free(s, e):
                continue   # 《安吉县人民代表大会常务委员会关于…的决定》: a body in a title is part of it
            kind = self.ex.area_kind(place)
            rest = text[e:]
            if kind == "Subdistrict" and text[max(0, s - 2):s] == "人大" and rest.startswith("工委"):
                self.mention(s - 2, e + 2, self.subdistrict_committee(place), "SubdistrictWorkingCommittee", "")
            elif kind == "Subdistrict" and text[max(0, s - 5):s] == "人大常委会" and rest.startswith(("工委", "工作委员会")):
                # 朝阳区人大常委会望京街道工委 (…街道工作委员会): the working committee, named after
                # its standing committee
                self.mention(s, e + (2 if rest.startswith("工委") else 5), self.subdistrict_committee(place),
                             "SubdistrictWorkingCommittee", "")
            elif kind == "Subdistrict" and re.match("人大工委|人大(?!代表|常委|主任)", rest):
                length = 4 if rest.startswith("人大工委") else 2   # 稷下街道人大: its working committee
                self.mention(s, e + length, self.subdistrict_committee(place), "SubdistrictWorkingCommittee", "")
            elif sharing and kind == "Subdistrict":   # the place's name alone is no name of the body
                self.mention(s, e, self.subdistrict_committee(place), "SubdistrictWorkingCommittee", "", "")
            elif sharing and kind in ("Town", "Township"):
                self.mention(s, e, self.town_congress(place), "TownCongress", "", "")
            elif sharing and place.level == 3:
                self.mention(s, e, self.standing_committee(place), "StandingCommittee", "", "")
            elif kind in _COUNCIL_AREAS and (council := re.match(_COUNCIL_NAMES, rest)):
                # 梧桐街道议政会, 团泽社区居民议事会 named without a term (第二届…会议 is read with the meetings)
                self.mention(s, e + council.end(), self._meeting_owner(place, council.group()), "ResidentsCouncil", "")
            elif (1 < place.level <= 3 or kind == "DevelopmentZone") and rest.startswith("人大工委"):
                # 锡林郭勒盟人大工委, 合肥高新区人大工委: the working committee the standing
                # committee above sets up there
                self.mention(s, e + 4, self.dispatched_committee(place), "WorkingCommittee", "")
            elif place.level <= 3 and rest.startswith("人大及其常委会"):
                # 洛阳市人大及其常委会: the congress and its standing committee, each named
                self.mention(s, e + 2, self.peoples_congress(place), "PeoplesCongress", "")
                self.mention(e + 4, e + 7, self.standing_committee(place), "StandingCommittee", "", "")
            elif rest.startswith("人代会") and (place.level <= 3 or kind in ("Town", "Township")):
                # 资兴市人代会票决…: the congress, acting in its session
                town = place.level > 3
                self.mention(s, e + 3, self.town_congress(place) if town else self.peoples_congress(place),
                             "TownCongress" if town else "PeoplesCongress", "")
            elif place.level <= 3 and re.match("人大常委会|人民代表大会常务委员会|人大(?!代表)", rest):
                length = re.match("人大常委会|人民代表大会常务委员会|人大", rest).end()
                key = self.standing_committee(place)
                if rest[length:].startswith("主任会议"):
                    self._chairpersons(s, e + length + 4, key)
                else:
                    self.mention(s, e + length, key, "StandingCommittee", "")
            elif place.level <= 3 and (termed := self._TERMED_COMMITTEE.match(rest)):
                # 浏阳市第十七届人大常委会副主任: the standing committee, named with its term
                self.mention(s, e + termed.end(), self.standing_committee(place), "StandingCommittee", "")
            elif kind in ("Town", "Township") and re.match("人大(?!代表|常委)|人民代表大会(?!第)", rest):
                length = re.match("人大|人民代表大会", rest).end()
                key = self.town_congress(place)
                if rest[length:].startswith("主席团"):
                    self._presidium(s, e + length + 3, key)
                else:
                    self.mention(s, e + length, key, "TownCongress", "")
        if "人" in text:
            self._short_form_bodies(places)
        # 本次议事会, 该议事会: the council named last
        if "议" in text:
            for m in re.finditer("(?:本次|该|此次)(?:居民)?(议事会|议政会)", text):
                if self.ctx.council and self._free(m.start(), m.end()):
                    self.mention(m.start(), m.end(), self.ctx.council, "ResidentsCouncil", "", "")
        # A presidium named alone belongs to the town congress the sentence is about.
        if "主席团" in text:
            congresses = [m for m in self.mentions if m.kind == "TownCongress"]
            for m in re.finditer("主席团(?!会议)", text):
                if self._free(m.start(), m.end()) and len({c.key for c in congresses}) == 1:
                    self._presidium(m.start(), m.end(), congresses[0].key, surface="主席团")

    def _short_form_bodies(self, places) -> None:
        """Bodies named by their level alone (each pattern needs 人: 人大, 人代会, 人民代表大会)."""
        text = self.text
        # Short forms: 市人大常委会 (the home area), 镇人大 (the one town in the sentence).
        for m in re.finditer("([省市县区旗])(?:人大常委会|人民代表大会常务委员会)(主任会议)?", text):   # (旗: a banner, Inner Mongolia)
            if not self._free(m.start(), m.end()) or re.search("(?:设区的?|各)$", text[:m.start()]):
                continue   # 各设区的市人大常委会, 8个设区市人大常委会: every such city's, no one body
            place = self._named_before(places, m.group(1), m.start()) or self.ctx.place_for_short(m.group(1))
            if place is None:
                continue
            key = self.standing_committee(place)
            if m.group(2):
                self.out.entity(key, "StandingCommittee", "", m.group(0)[: -len(m.group(2))])
                self._chairpersons(m.start(), m.end(), key)
            else:
                self.mention(m.start(), m.end(), key, "StandingCommittee", "")
        # 县人代会: the congress of the county the text is about
        for m in re.finditer("(?<![镇乡])([市县区])人代会", text):
            if self._free(m.start(), m.end()) and not re.search("(?:各|两)$", text[:m.start()]) and \
                    (place := self._named_before(places, m.group(1), m.start()) or self.ctx.place_for_short(m.group(1))):
                self.mention(m.start(), m.end(), self.peoples_congress(place), "PeoplesCongress", "")
        towns = {p.key: p for _, _, p, _ in places if self.ex.area_kind(p) in ("Town", "Township")}
        for m in re.finditer("([镇乡])人大(?!代表|常委)(主席团)?", text):   # 镇人大代表联络站 is a station
            if not self._free(m.start(), m.end()):
                continue
            if m.start() > 0 and re.match(f"[{CJK}]", text[m.start() - 1]) and text[m.start() - 1] not in _BEFORE_SHORT_FORM:
                continue   # 爱新舍里镇人大, 乡镇人大: a town the gazetteer lacks, or towns in general
            if len(towns) == 1:
                town = next(iter(towns.values()))
            else:  # no town in this sentence: the one the text was just about
                town = self.ctx.recent("Town" if m.group(1) == "镇" else "Township")
            if town is None or len(towns) > 1:
                continue
            key = self.town_congress(town)
            if m.group(2):
                self._presidium(m.start(), m.end(), key)
            else:
                self.mention(m.start(), m.end(), key, "TownCongress", "")

    def _jurisdiction(self, body: str | None) -> str | None:
        """The key of the area ``body`` has jurisdiction over, as the article has stated it."""
        return next((f.obj for f in self.out.result.facts if f.subject == body and f.predicate == "rk:hasJurisdiction"), None)

    def part_of(self, key: str, parent: str) -> None:
        """A committee, chairpersons' meeting or presidium: its parent's and its parent's area."""
        self.structure(key, "org:subOrganizationOf", parent)
        area = self._jurisdiction(parent)
        if area is not None:
            self.structure(key, "rk:hasJurisdiction", area)

    def _chairpersons(self, s: int, e: int, committee_key: str) -> None:
        self.mention(s, e, self.chairpersons_meeting(committee_key), "ChairpersonsMeeting", "")

    def chairpersons_meeting(self, committee_key: str) -> str:
        """The chairpersons' meeting (主任会议) of a standing committee: named (市人大常委会主任
        会议), or the body whose numbered sittings an article names (第三十五次主任会议)."""
        key = committee_key + "主任会议"
        self.out.entity(key, "ChairpersonsMeeting", self.out.result.entities[committee_key].label + "主任会议")
        self.part_of(key, committee_key)
        return key

    def _session_presidium(self) -> None:
        """大会主席团 (and 主席团成员): the presidium of the session in view, its congress's."""
        if "主席团" not in self.text and "执行主席" not in self.text:
            return
        # (the session in view, or the congress session named last: 县十七届人大二次会议期间，…经大会
        # 主席团决定 in an article about the standing committee's meeting on its bills)
        candidates = [self.ctx.meeting_of.get(self.ctx.meeting), *reversed(list(self.ctx.meeting_of.values()))]
        congress = next((owner for owner in candidates if owner is not None
                         and self.ex.lexicon.is_a(self.out.result.entities[owner].kind, "PeoplesCongress")), None)
        if congress is None:
            return
        # (大会执行主席赵立伟: a member of the presidium chairing a plenary meeting, the presidium's post)
        for m in re.finditer("大会主席团|(?<![人大会])主席团(?=成员)|大会(?=执行主席)", self.text):
            if self._free(*m.span()):
                self._presidium(m.start(), m.end(), congress, m.group() if m.group() != "大会" else "")

    def _presidium(self, s: int, e: int, congress_key: str, surface: str | None = None) -> None:
        label = self.out.result.entities[congress_key].label + "主席团"
        key = self.mention(s, e, congress_key + "主席团", "Presidium", label, surface)
        self.part_of(key, congress_key)

    _SET = re.compile(r"(全[市县区])?(各)?(?:(开发区、)?(镇|乡镇|镇街)(?:[（(]街道[)）]|、街道|街道)?|(乡))(?:、开发区)?(人大(?!代表|常委|主席|工作者)|人代会)"
                      r"|(各)?人大街道工委")

    def _sets(self, places) -> None:
        """各镇(街道)人大 and the like: one set of bodies, not a body named 镇(街道)人大."""
        home = self.ctx.home
        if home is None or home.level > 3 or ("人大" not in self.text and "人代会" not in self.text):
            return
        for m in self._SET.finditer(self.text):
            if m.group(6) == "人代会":
                continue  # the town congress session, not a body
            s = m.start()
            if not (m.group(1) or m.group(2) or m.group(7) or "街" in m.group(0)) and \
                    (self.ctx.recent("Town") or self.ctx.recent("Township")):
                continue  # 乡人大 after 井头乡 was named: that township's congress, read below
            if s > 0 and re.match(f"[{CJK}]", self.text[s - 1]) and not m.group(1) and not m.group(2) and not m.group(7) \
                    and self.text[s - 1] not in _BEFORE_SHORT_FORM:
                continue  # 乌镇镇人大: the 镇人大 of a named town
            if m.group(2) and any(ps < s and pe == m.end(4) and (ps == 0 or self.text[ps - 1] != "对") for ps, pe, *_ in places):
                continue  # 下各镇人大全过程人民民主实践基地: the town 下各镇's (对下各镇人大 stays 对下 + 各镇人大)
            if m.group(0).endswith("街道工委"):
                label = f"{home.name}各人大街道工委"
            elif "街" in m.group(0):
                label = f"{home.name}各镇（街道）人大"
            else:
                label = f"{home.name}各镇人大"
            key = home.key + label[len(home.name):]
            self.mention(s, m.end(), key, "BodySet", label)
            self.structure(key, "rk:locatedIn", self.place_entity(home))

    def _committees(self) -> None:
        text = self.text
        if not self.ex._committee_hint.search(text):   # (most sentences)
            return
        found = [(m.start(), m.end(), self.ex._committee_by_name[m.group()])
                 for m in self.ex._committee_pattern.finditer(text)
                 if self._free(m.start(), m.end()) and not (m.start() > 0 and text[m.start() - 1] == "专")]
        scs = [m for m in self.mentions if m.kind == "StandingCommittee"]
        aliases: set[int] = set()
        for i, (s, e, committee) in enumerate(found):
            if i in aliases:
                continue
            parent = next((sc.key for sc in reversed(scs) if sc.end - self.base <= s), None)
            if re.search(r"全国人大(?:常委会)?$", text[:s]):
                continue   # 全国人大常委会法制工作委员会: a committee of the national congress
            short = re.search(r"([省市县区])人大(?:常委会)?$", text[:s])
            if short and not any(sc.end - self.base == s for sc in scs):
                # 县人大社会建设委员会, 区人大财政经济委员会: the area 县/区 stands for
                place = self.ctx.place_for_short(short.group(1))
                parent = self.standing_committee(place) if place is not None else None
                if parent is None:
                    continue
            if parent is None:
                home = self.ctx.home
                if home is None or home.level > 3:
                    continue
                parent = self.standing_committee(home)
            working = committee.full.replace("委员会", "工作委员会")
            if text[s:e] != committee.full and parent + working in self.out.result.entities:
                # 财政经济工作委员会主任缪晓东介绍，…财经委运用…: the short name of the working
                # committee the article named (a county-level standing committee's), not a special one
                committee = self.ex._committee_by_name.get(working, committee)
            kind = self.ex.lexicon.kind_by_suffix(committee.full, "CongressBody") or "CongressBody"
            area = self.out.result.entities[parent].label[: -len("人大常委会")]
            label = f"{area}人大{committee.full}" if kind == "SpecialCommittee" else f"{area}人大常委会{committee.full}"
            key = self.mention(s, e, parent + committee.full, kind, label)
            self.part_of(key, parent)
            # 法制委(监察司法工委): one office under two names.
            if i + 1 < len(found) and re.fullmatch(r"[（(]", text[e:found[i + 1][0]]) \
                    and re.match(r"[)）]", text[found[i + 1][1]:]):
                alias_s, alias_e, _ = found[i + 1]
                self.out.entity(key, kind, label, text[alias_s:alias_e])
                self.taken.append((alias_s, alias_e))
                aliases.add(i + 1)

    # government departments ------------------------------------------------------------
    # What a department's own name (between its area and its ending) never holds.
    _NOT_DEPARTMENT = re.compile(rf"[^{CJK}]|人大|常委|代表|党|政协|纪委|工作|[的了是在对为与及等中上下]|新(?!闻)|"
                                 r"[大全格布结当开时变]$")   # 大局, 格局, 布局 … (财政局 is one)

    def _departments(self, places) -> None:
        """县住建局, 凤阳县交通运输局, 市市场监管局: departments of a people's government
        (政府工作部门), in the area written before them or the one 省/市/县/区 stands for."""
        if self.ex._department_ending is None:
            return
        place_ends = {e: (s, place) for s, e, place, _ in places if place.level <= 3}
        listed: dict[int, tuple[Place | None, str]] = {}   # end → area, and its level character
        for m in self.ex._department_ending.finditer(self.text):
            found = self._department_area(m.start(), m.end(), place_ends, listed)
            if found is None:
                continue
            start, name_start, area, level = found
            if not self._free(start, m.end()):
                continue
            name = self.text[name_start:m.end()]
            label = (area.name if area is not None else level) + self.ex._department_full.get(name, name)
            branch = self._BRANCH.match(self.text, m.end())
            if branch is not None and self._free(start, branch.end()):
                self._department_branch(start, branch, label, area)
                continue
            key = self.mention(start, m.end(), self._department_key(area, label),
                               "GovernmentDepartment", label)
            listed[m.end()] = area, level
            if area is not None:
                self.structure(key, "rk:locatedIn", self.place_entity(area))

    @staticmethod
    def _department_key(area: Place | None, label: str) -> str:
        return f"department:{area.key if area else ''}/{label}"

    # 市生态环境局鹿邑分局, 市公安局高新区分局: a city bureau's branch (分局) in one of its areas
    _BRANCH = re.compile(rf"([{CJK}]{{2,5}}?)分局")

    def _department_branch(self, start: int, branch: re.Match, parent_label: str, area: Place | None) -> None:
        """The branch as a department of its own, located in the area it is named after when
        that is one of the parent's (鹿邑 → 鹿邑县), a sub-organization of the parent."""
        parent = self.out.entity(self._department_key(area, parent_label), "GovernmentDepartment", parent_label)
        label = parent_label + branch.group()
        key = self.mention(start, branch.end(), self._department_key(area, label), "GovernmentDepartment", label)
        self.structure(key, "org:subOrganizationOf", parent)
        place = self.ex.gazetteer.resolve(branch.group(1), near=area) if area is not None else None
        place = place if place is not None and area in place.path[1:] else area
        if area is not None:
            self.structure(parent, "rk:locatedIn", self.place_entity(area))
        if place is not None:
            self.structure(key, "rk:locatedIn", self.place_entity(place))

    def _department_area(self, ending: int, end: int, place_ends, listed) -> tuple[int, int, Place | None, str] | None:
        """For the name ending at ``ending``: (start of the department's words, start of its own
        name, its area, the level character that stood for the area). The area is the nearest
        one before it, a place or a level character, with an acceptable name between them
        (住建 in 县住建局; 市场监管 in 市市场监管局, not 场监管), or the one of the department
        before it in a list (``listed``)."""
        shortest = 2 if end - ending == 1 else 0   # 县局 is no name; 县发改委 is
        for at in range(ending - shortest, max(-1, ending - 13), -1):   # 文化体育广播电视和旅游局: 11
            name = self.text[at:ending]
            if at > 0 and self.text[at - 1] == "、" and at - 1 in listed and not self._NOT_DEPARTMENT.search(name):
                return at, at, *listed[at - 1]   # 区农业农村局、财政局: listed after another, in its area
            if name and self._NOT_DEPARTMENT.search(name):
                return None
            if at in place_ends:
                start, place = place_ends[at]
                return start, at, place, ""
            level = self.text[at - 1] if at > 0 else ""
            # (社区议事厅, 城市管理局: 区 and 市 end a word there, not an area's name)
            if level and level in "省市县区" and not (level == "市" and name.startswith("场")) \
                    and not _ENDS_IN_LEVEL.fullmatch(self.text[max(0, at - 2):at]) \
                    and not any(s < at <= e for e, (s, _) in place_ends.items()):
                return at - 1, at, self.ctx.place_for_short(level), level
        return None

    # state organs (一府一委两院) ---------------------------------------------------------------
    def _state_organs(self, places) -> None:
        """县人民法院, 正定县人民检察院, 市中级人民法院, 县人民政府: an organ of the area named right
        before it, or of the one 省/市/县/区 stands for (各级人民政府 is none); likewise an area's
        election committee (龙门镇选举委员会, 县选举委员会)."""
        if self.ex._state_organ is None or not self.ex._state_organ_hint.search(self.text):
            return
        # (梅李镇人民政府: a town has a government, though no court or procuratorate)
        place_ends = {e: (s, place) for s, e, place, _ in places if place.level <= 4}
        for m in self.ex._state_organ.finditer(self.text):
            if not self._free(*m.span()):
                continue
            kind = self.ex.lexicon.kind_by_suffix(m.group(), "StateOrgan") or \
                self.ex.lexicon.kind_by_suffix(m.group(), "ElectionCommittee") or "StateOrgan"
            if m.start() in place_ends:
                start, place = place_ends[m.start()]
                if place.level == 4 and not (self.ex.lexicon.is_a(kind, "PeoplesGovernment") or kind == "ElectionCommittee"):
                    continue
            elif m.start() and self.text[m.start() - 1] in "镇乡" and kind == "ElectionCommittee" \
                    and (town := self.ctx.last.get("Town" if self.text[m.start() - 1] == "镇" else "Township")) is not None:
                start, place = m.start() - 1, town   # (镇选举委员会: the town in view's)
            elif m.start() and self.text[m.start() - 1] in "省市县区" \
                    and not _ENDS_IN_LEVEL.fullmatch(self.text[max(0, m.start() - 2):m.start()]) \
                    and not re.match("[两三四五六七八九十几各]", self.text[max(0, m.start() - 2):m.start() - 1]):
                # (三县人民政府: several counties' governments, no one organ)
                start, place = m.start() - 1, self.ctx.place_for_short(self.text[m.start() - 1])
            elif kind == "ElectionCommittee" and self.ctx.election_committee is not None:
                # (叶振宗任选举委员会主任: the committee named before)
                self.mention(m.start(), m.end(), self.ctx.election_committee, kind, "")
                continue
            else:
                continue
            if place is None:
                continue
            name = m.group()
            full = self.ex._organ_full.get(name, name)
            key = self.mention(start, m.end(), f"organ:{place.key}/{full}", kind, place.name + full)
            self.structure(key, "rk:locatedIn", self.place_entity(place))
            if kind == "ElectionCommittee":
                self.ctx.election_committee = key

    # sites a body names: legislative contact points, practice sites ---------------------
    # What is written before 基层立法联系点 and is no name of one (设立基层立法联系点, 作为…).
    _NOT_POINT_NAME = re.compile(r"^(?:依托|通过|利用|在|将|对|由|和|与|及|到|的|于|为|各|全|把|作为|成为|是|被|"
                                 r"确定|设立|设|建立|建|挂牌|授牌|个|家|所|该|本|此|其|了)+")
    # Words no site's own name holds (要进一步发挥基层立法联系点…作用, 则把基层立法联系点建在窑场里).
    _IN_NO_POINT_NAME = re.compile(r"要|则|把|还|也|进一步|发挥|充分|用好|加强|积极|不断|持续|着力|注重|突出|延伸|征集|意见")

    def _designated_sites(self, places) -> None:
        """景德镇市基层立法联系点, 虹桥街道作为全国人大常委会法工委基层立法联系点, 前海基层立法联系点,
        梧桐街道全过程人民民主基层实践点: a site a body names (基层立法联系点, 全过程人民民主实践点),
        named by the place before it, or by the place the clause is about when a body's name
        is written before it (else by that body: 景德镇市人大常委会基层立法联系点), or by its own
        words. A local body written before it named it."""
        if not self.ex._designated_site_hint.search(self.text):   # (most sentences)
            return
        place_ends = None
        for kind, ending, relation, prefix in self.ex._designated_sites:
            sites = []
            for m in ending.finditer(self.text):
                if self._free(*m.span()):
                    place_ends = place_ends or {e: (s, place) for s, e, place, _ in places}
                    sites.append(self._designated_site(m, kind, relation, prefix, places, place_ends))
            if not any(sites):
                continue
            # (太阳村镇基层立法联系点…是柳州市人大常委会设立的…: the body the sentence says set it up)
            named_by = next((b for b in self.mentions if self.category(b.kind) == "CongressBody"
                             and self.body[b.start - 1:b.start] in ("是", "由", "经")
                             and self.body[b.end:b.end + 2] in ("设立", "确定", "授牌", "命名")), None)
            for site in sites if named_by is not None else ():
                if site is not None:
                    self.structure(site, relation, named_by.key)

    def _designated_site(self, m: re.Match, kind: str, relation: str, prefix: str, places, place_ends) -> str | None:
        start, body = m.start(), None
        national = re.search(r"全国人大常委会(?:法制工作委员会|法工委)?$", self.text[:start])
        if national:
            start = national.start()
        else:
            body = next((x for x in self.mentions if self.category(x.kind) == "CongressBody"
                         and x.end - self.base == start), None)
            start = body.start - self.base if body else start
        # 景德镇市立法联系点 is its 基层立法联系点: the longest ending that ends as written
        full = max((e for e in self.ex._site_endings[kind] if e.endswith(m.group())), key=len)
        if start in place_ends and not (national or body):
            begin, place = place_ends[start]
        elif national or body:
            # 虹桥街道作为…基层立法联系点: the place the clause is about, not a place written
            # before the body as part of its name (桐乡市梧桐街道人大工委…)
            clause = self._after_last("，,；;。", self.base + start) - self.base
            named = start
            while named in place_ends:
                named = place_ends[named][0]
            begin, place = next(((s, p) for s, e, p, _ in reversed(places) if clause <= s and e <= named),
                                (None, None))
            if place is None and body:
                # 梧桐街道人大工委全过程人民民主基层实践点: the site of the body's own area
                begin, place = next(((s, p) for s, e, p, _ in reversed(places)
                                     if body.start - self.base <= s and e <= m.start()), (None, None))
                if place is None:   # 市人大常委会基层立法联系点: the body's own
                    label = self.out.result.entities[body.key].label + full
                    key = self.mention(body.start - self.base, m.end(), f"{prefix}:{label}", kind, label)
                    self.structure(key, relation, body.key)
                    return key
        else:
            # its own words, after anything named before it (晋江市人大常委会在陈埭镇举行…: none)
            after = max([0] + [x.end - self.base for x in self.mentions if x.end - self.base <= start])
            words = re.search(rf"[{CJK}]{{2,8}}$", self.text[after:start])
            # (市人大常委会设立基层立法联系点12个: no name, the words after the last verb)
            # (推动代表联络站与基层立法联系点…融合: the words after 与, no name either)
            words = re.split("设立|建立|建成|新建|打造|创建|命名|确定|挂牌|授牌|成立|作为|成为|是|举行|召开|推进|推动|推广|建设"
                             "|与|和|及|同", words.group())[-1] if words else ""
            lead = self._NOT_POINT_NAME.match(words)
            name = words[lead.end() if lead else 0:]
            # (首个街道级…, 首批8个…: which one, not a name)
            if len(name) >= 2 and not _NOT_A_NAME.search(name) and "人大" not in name and not re.search("[个批级首]", name) \
                    and not self._IN_NO_POINT_NAME.search(name):
                key = self.mention(start - len(name), m.end(), f"{prefix}:{name}{m.group()}", kind, name + m.group())
                if body is not None:
                    self.structure(key, relation, body.key)
                return key
            return None   # (该基层立法联系点 is read with the pronouns)
        if place is None:
            return None
        key = self.mention(begin if not (national or body) else m.start(), m.end(), place.key + full,
                           kind, place.name + full)
        if national or body:
            self.mention(begin, begin + len(place.name), key, kind, "", "", claim=False)
        self.structure(key, "rk:locatedIn", self.place_entity(place))
        if body is not None:
            self.structure(key, relation, body.key)
        return key

    # meetings --------------------------------------------------------------------
    # 第九届人民代表大会常务委员会第二十次会议 is the standing committee's; 市九届人大常委会第二十次会议
    # and 市十五届人大三次会议 write the same without 第.
    _MEETING = re.compile(r"(?<![0-9一二三四五六七八九十])第?([0-9一二三四五六七八九十]+)届"
                          r"(人民代表大会常务委员会|人大常委会|人民代表大会|人大|居民议政会|议政会|居民议事会)?"
                          r"第?([0-9一二三四五六七八九十百]+)次(?:全体)?(主任)?会议")
    _DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")

    # 县人大常委会第二十六次会议: a standing committee's session written without its term
    # (县人大常委会第二十六次主任会议: a sitting of its chairpersons' meeting)
    _SC_SESSION = re.compile(r"人大常委会第([0-9一二三四五六七八九十百]+)次(?:全体)?(主任)?会议")
    # 镇人大主席团召开2024年第三次会议: a body's meetings numbered within the year
    _YEAR_SESSION = re.compile(r"((?:19|20)\d\d)年第([0-9一二三四五六七八九十]+)次(?:全体)?会议")
    # 练市镇第十八届人大主席团召开第三次会议: a town presidium's sitting, numbered within its term
    _PRESIDIUM_SITTING = re.compile(r"第([0-9一二三四五六七八九十]+)届(?:人大)?主席团(?:召开|举行)了?(第([0-9一二三四五六七八九十]+)次(?:全体)?会议)")
    # 市人大常委会召开第四十二次主任会议: the standing committee named before it
    _CHAIRPERSONS_SITTING = re.compile(r"(?<![届年])(?<!人大常委会)第([0-9一二三四五六七八九十百]+)次主任会议")

    def _meetings(self, places) -> None:
        """第三届人民代表大会第二次会议: a session of the congress of the place before it."""
        if "会议" not in self.text:   # (every meeting pattern here and in _year_meetings ends in 会议)
            return
        spans = [m.span() for m in self._MEETING.finditer(self.text)] + \
            [m.span() for m in self._SC_SESSION.finditer(self.text)]
        for m in self._MEETING.finditer(self.text):
            if not self._free(*m.span()):
                continue
            if m.group(2) is None:
                self._body_meeting(m, spans)   # 镇人大主席团召开第十八届第五次会议: the body named before it
                continue
            place, start = self._meeting_place(m.start(), places)
            if place is None:
                continue
            body = "人大常委会" if m.group(2) == "人民代表大会常务委员会" else m.group(2)
            owner = self._meeting_owner(place, body)
            if m.group(4):   # 市十届人大常委会第三十五次主任会议: its chairpersons' meeting sits
                owner = self.chairpersons_meeting(owner) if body == "人大常委会" and owner is not None else None
            if owner is not None:
                self._meeting(start, m.end(), owner, place.name + m.group(0),
                              chinese_number(m.group(1)), chinese_number(m.group(3)), spans)
        self._year_meetings(spans)
        for m in self._SC_SESSION.finditer(self.text):
            before = [p for p in places if p[1] == m.start()]
            level = self.text[m.start() - 1] if m.start() and not before else ""
            # (the standing committee's own name before 第…次会议 is read as a body already)
            if not self._free(m.start() + len("人大常委会"), m.end()) or not (before or level in ("省", "市", "县", "区")):
                continue
            place, start = self._meeting_place(m.start(), places)
            if place is not None and place.level <= 3:
                owner = self.standing_committee(place)
                label = self.out.result.entities[owner].label + m.group(0)[len("人大常委会"):]
                if m.group(2):
                    owner = self.chairpersons_meeting(owner)
                self._meeting(start, m.end(), owner, label, None, chinese_number(m.group(1)), spans)

    def _meeting_place(self, at: int, places) -> tuple[Place | None, int]:
        """The area whose body holds the session named at ``at``, and where its name starts."""
        before = [p for p in places if p[1] == at]
        level = self.text[at - 1] if at and not before else ""
        if level in ("省", "市", "县", "区"):   # 市九届人大常委会…: the area 市 stands for
            return self.ctx.place_for_short(level), at - 1
        if level in ("镇", "乡") and (town := self.ctx.last.get("Town" if level == "镇" else "Township")) is not None:
            return town, at - 1   # (镇第十九届人民代表大会第四次会议: the town the text is about)
        if before:
            return before[-1][2], before[-1][0]
        return self._sentence_area(places), at

    def _meeting(self, start: int, end: int, owner: str, label: str, term: int | None, session: int | None,
                 spans: list[tuple[int, int]], number: str | None = None) -> None:
        """A session of ``owner`` (``number``: how the key numbers it, 第18届第5次 by default)."""
        # one session however its body is written (人大, 人民代表大会; 议政会, 居民议事会)
        number = number or (f"第{term}届第{session}次" if term else f"第{session}次")
        key = self.mention(start, end, f"{owner}/{number}", "Meeting", label, self.text[start:end])
        if term:
            self.out.attribute(key, "rk:termNumber", term)
        if session:
            self.out.attribute(key, "rk:sessionNumber", session)
        when = self._meeting_date(start, end, spans)
        if when is not None:
            self.out.attribute(key, "dcterms:date", when)
        self.structure(key, "rk:meetingOf", owner)
        # (关于县十七届人大二次会议代表议案办理情况的报告, 县十七届人大二次会议期间: an earlier session
        # the text refers to, not the one it reports, which stays in view for 会议应到…)
        # (该决定将报赤峰市第十五届人民代表大会第五次会议备案: a session ahead, not in view)
        referred = re.search(r"关于[^，,。；;]{0,6}$|(?:报|报请|提交|提请)$", self.text[:start]) or \
            re.match(r"期间|以来|备案|(?:代表|大会)?(?:议案|建议)|[^，,。；;]{0,8}?(?:交办|提出)的", self.text[end:])
        if self.ctx.meeting is None or not referred:
            self.ctx.meeting = key
        self.ctx.meeting_of[key] = owner
        if not self._standing_committee_meeting(key):
            self.ctx.congress_session = key

    def _meeting_date(self, start: int, end: int, spans: list[tuple[int, int]]) -> datetime.date | None:
        """The date written nearest before the session (11月18日，县人大常委会第二十六次会议…), else
        after it (…第三次会议于1月10日开幕), with no other session named between."""
        dates = list(self._DATE.finditer(self.text))
        before = [d for d in dates if d.end() <= start and not any(d.end() <= s < start for s, _ in spans)]
        after = [d for d in dates if d.start() >= end and self.text[d.start() - 1:d.start()] in ("于", "在")
                 and not any(end <= s < d.start() for s, _ in spans)]
        date = before[-1] if before else (after[0] if after else None)
        year = int(date.group(1)) if date and date.group(1) else self.ctx.year
        if date is None or not year:
            return None
        try:
            return datetime.date(year, int(date.group(2)), int(date.group(3)))
        except ValueError:
            return None   # 2月30日: not a date; leave the meeting undated

    def _body_before(self, at: int, verbs: bool = False) -> Mention | None:
        """The congress body named last before ``at`` in the sentence; with ``verbs``, only one
        written right before it or before 召开/举行 (镇人大主席团召开2024年第三次会议)."""
        body = max((x for x in self.mentions if self.category(x.kind) == "CongressBody" and x.end <= self.base + at),
                   key=lambda x: x.end, default=None)
        if body is not None and verbs and not re.fullmatch(r"(?:召开|举行)了?|的?", self.body[body.end:self.base + at]):
            return None
        return body

    def _year_meetings(self, spans: list[tuple[int, int]]) -> None:
        """镇人大主席团召开2024年第三次会议: a body's meetings numbered within the year; 练市镇第十八届人大
        主席团召开第三次会议: a presidium's, within its term; and 兰考县人大常委会召开第四十二次主任会议:
        a sitting of its chairpersons' meeting."""
        for m in self._YEAR_SESSION.finditer(self.text):
            body = self._body_before(m.start(), verbs=True)
            if body is not None and self._free(*m.span()):
                label = self.out.result.entities[body.key].label + m.group(0)
                self._meeting(m.start(), m.end(), body.key, label, None, chinese_number(m.group(2)), spans,
                              number=f"{m.group(1)}年第{chinese_number(m.group(2))}次")
        for m in self._PRESIDIUM_SITTING.finditer(self.text):
            presidium = next((x for x in self.mentions if x.kind == "Presidium"
                              and m.start() <= x.end - self.base <= m.start(2)), None)
            if presidium is not None and self._free(*m.span(2)):
                term, number = chinese_number(m.group(1)), chinese_number(m.group(3))
                name = self.out.result.entities[presidium.key].label   # (练市镇人大主席团 → 练市镇第十八届人大主席团)
                label = (name.replace("人大主席团", f"第{m.group(1)}届人大主席团") if "人大主席团" in name
                         else f"{name}第{m.group(1)}届") + m.group(2)
                self._meeting(m.start(2), m.end(2), presidium.key, label, term, number, spans)
        for m in self._CHAIRPERSONS_SITTING.finditer(self.text):
            body = self._body_before(m.start(), verbs=True)
            if body is not None and body.kind == "StandingCommittee" and self._free(*m.span()):
                label = self.out.result.entities[body.key].label + m.group(0)
                self._meeting(m.start(), m.end(), self.chairpersons_meeting(body.key), label, None,
                              chinese_number(m.group(1)), spans)

    def _body_meeting(self, m: re.Match, spans: list[tuple[int, int]]) -> None:
        """第十八届第五次会议 after the body that holds it (主席团, 常委会), named in the sentence."""
        body = self._body_before(m.start())
        if body is not None and m.group(0).startswith("第") and self._free(*m.span()):
            label = self.out.result.entities[body.key].label + m.group(0)
            self._meeting(m.start(), m.end(), body.key, label, chinese_number(m.group(1)), chinese_number(m.group(3)),
                          spans)

    # 通过了关于…的决议; 通过了《连南瑶族自治县人民代表大会常务委员会关于…的决定》
    _RESOLUTION = re.compile(r"通过(?:了)?(?:《([^《》，,。；;]{0,30}?)(?=关于))?(关于[^，,。；;“”]{2,60}?的(?:决议|决定))(》)?")
    _NEXT_RESOLUTION = re.compile(r"[、和及](关于[^，,。；;“”、]{2,60}?的(?:决议|决定))")

    # 关于市人民政府工作报告的决议：赞成209票…: a resolution whose votes the sentence gives (a vote table's row)
    # (关于雷山县人民法院工作报告的决议以赞成165票…获得通过: likewise)
    # (其中，关于政府工作报告的决议以赞成436票…: the first of the list the sentence before gave)
    _VOTED_RESOLUTION = re.compile(r"^(?:其中[，,]\s*)?(关于[^，,。；;“”：:]{2,60}?的(?:决议|决定))(?=[：:，,]\s*(?:赞成|同意|表决)|以)")
    # (…，任命李晓峰、王丽娟的决定均以23票赞成…；免去张志强职务的决定以…: a decision on posts its votes name)
    _VOTED_DECISION = re.compile(r"(?:^|(?<=[，,；;：:]))((?:任命|免去|接受)[^，,。；;“”：:]{2,40}?的决定)(?=均?以)")

    _TWO_RESOLUTIONS = re.compile(r"(?:^|(?<=[，,；;：:]))关于(([^，,。；;“”和]{2,30}?)和([^，,。；;“”和]{2,30}?))的(?:两|2)[个项]"
                                  r"(决议|决定)(?=[，,]?\s*分别)")

    def _resolution_spans(self) -> list[tuple[int, int, str]]:
        """The resolutions a sentence names, claimed before the bodies inside their names are
        read: (start, end, name)."""
        found = []
        if "决" not in self.text:   # (each pattern names a 决议 or a 决定)
            return found
        matches = [(m, False) for m in self._RESOLUTION.finditer(self.text)] + \
            [(m, True) for pattern in (self._VOTED_RESOLUTION, self._VOTED_DECISION) for m in pattern.finditer(self.text)]
        # 关于市中级人民法院工作报告和市人民检察院工作报告的两个决议，分别以…: the two, each named in full
        for m in self._TWO_RESOLUTIONS.finditer(self.text):
            if self._free(m.start(), m.end()):
                self.taken.append(m.span())
                found += [(m.start(), m.end(2), f"关于{m.group(2)}的{m.group(4)}"),
                          (m.start(3), m.end(), f"关于{m.group(3)}的{m.group(4)}")]
        for m, voted in matches:
            if voted:
                start, end = m.span(1)
            else:
                start, end = (m.start(1) - 1, m.end(3)) if m.group(1) is not None and m.group(3) else m.span(2)
            spans = [(start, end)]
            at = end   # 通过了关于A的决议、关于B的决议: each of the list
            while (more := self._NEXT_RESOLUTION.match(self.text, at)) is not None:
                spans.append(more.span(1))
                at = more.end()
            for start, end in spans:
                if not self._free(start, end):
                    continue
                self.taken.append((start, end))
                found.append((start, end, self.text[start:end].strip("《》")))
                # 关于修改〈…条例〉的决定, 关于批准《…条例》的决定: the law it is about
                for law in re.finditer(r"[〈《]([^〈〉《》]{2,40}(?:法|条例))[〉》]", self.text[start:end]):
                    self.mention(start + law.start(), start + law.end(), "law:" + _law_key(law.group(1)), "Law",
                                 _law_key(law.group(1)), law.group(1), claim=False)
        return found

    def _leave_session(self, opening: Place) -> None:
        """A sentence that opens with a place apart from the session in view's (永兴县县级民生实事项目
        从10个候选项目中票决产生7个 after 桂阳县's session, in a city's round-up) is about that place:
        the session is out of view."""
        area = self._jurisdiction(self.ctx.meeting_of.get(self.ctx.meeting))
        if area is not None and area not in {p.key for p in opening.path} and not area.startswith(opening.key):
            self.ctx.meeting = None

    def _session_in_view(self) -> str | None:
        """The session the sentence names, else the one the article reports."""
        return next((x.key for x in self.mentions if x.kind == "Meeting"), None) or self.ctx.meeting

    @property
    def _home_key(self) -> str:
        """The home area's key, under which what no session or body scopes is keyed."""
        return self.ctx.home.key if self.ctx.home else ""

    def _resolutions(self, found: list[tuple[int, int, str]]) -> None:
        """表决通过了关于…的决议: what a session voted on, at the session in view."""
        for start, end, name in found:
            meeting = self._session_in_view()
            key = self.mention(start, end, f"resolution:{meeting or self._home_key}/{name}", "Resolution", name, name, claim=False)
            if meeting:
                self.fact(key, "rk:adoptedAt", meeting)
            self.ctx.resolution = key

    # livelihood projects (民生实事项目) --------------------------------------------------------
    # “老旧小区加装电梯”项目得票79票; 1.山河镇中心小学供暖管网改造项目，得票56票; …：巴彦图嘎嘎查饮水
    # 安全巩固提升工程，得赞成票37票
    # (安丰镇区老旧小区改造提升工程（得票61票）: the votes in brackets too)
    _VOTES_AFTER = r"(?=[，,（(]?\s*(?:得票|获得?赞成票|得赞成票|获得?\d+票|得\d+票|以\d+票))"
    _QUOTED_PROJECT = re.compile(rf"“([^“”]{{2,24}})”(项目|工程)?{_VOTES_AFTER}")
    # a project in a list: “老旧小区加装电梯”项目, “城乡公交一体化”, 古镇污水管网改造工程
    _LIST_ITEM = re.compile(rf"“([^“”]{{2,28}})”(项目|工程)?|((?:(?![和及])[{CJK}]){{2,28}}(?:项目|工程))")
    _VOTED_LIST = re.compile(rf"票决(?:产生|出|确定)了?((?:(?:{_LIST_ITEM.pattern})[、和及])*(?:{_LIST_ITEM.pattern}))(?=等|[，,。；;]|$)")
    _LISTED_PROJECT = re.compile(rf"(?:^|[0-9][.、．]|[；;：:、，,]|[)）]、)\s*([{CJK}“”]{{2,30}}?(?:项目|工程|改造|建设)){_VOTES_AFTER}")

    def _projects(self) -> None:
        """The livelihood projects a session voted on, each named where its votes are given,
        at the session in view."""
        if "票" not in self.text:
            return
        found = [(m.start(), m.end(), m.group(1) + (m.group(2) or "")) for m in self._QUOTED_PROJECT.finditer(self.text)]
        found += [(*m.span(1), m.group(1)) for m in self._LISTED_PROJECT.finditer(self.text)]
        # 票决产生古镇污水管网改造工程、中心幼儿园扩建工程等8个民生实事项目: the projects the vote chose,
        # named without their votes (not 票决产生8个民生实事项目, which counts them)
        for listed in self._VOTED_LIST.finditer(self.text):
            for item in self._LIST_ITEM.finditer(self.text, *listed.span(1)):
                label = item.group(3) or item.group(1) + (item.group(2) or "")
                if not re.match(r"[一二两三四五六七八九十百]+[个项件]|.*(?:民生实事|候选)项目$", label):
                    found.append((*item.span(), label))
        for start, end, label in found:
            lead = re.match("其中|包括|以及|及|和", label)   # (，其中古镇消防设施改造项目得票最高)
            if lead and len(label) - lead.end() >= 4:
                start, label = start + lead.end(), label[lead.end():]
            if not self._free(start, end):
                continue
            meeting = self._session_in_view()
            key = self.mention(start, end, f"project:{meeting or self._home_key}/{label}", "LivelihoodProject", label)
            if meeting:
                self.fact(key, "rk:votedAt", meeting)

    def _project_voted(self, count: Mention) -> str | None:
        """得票79票: the votes of the project named before them in its part of the sentence."""
        if self.out.result.entities[count.key].attributes.get("rk:unit") != ["票"]:
            return None
        part = self._after_last("；;。", count.start)
        projects = [m for m in self.mentions if m.kind == "LivelihoodProject" and part <= m.start and m.end <= count.start]
        return max(projects, key=lambda m: m.end).key if projects else None

    def _elected(self, count: Mention) -> str | None:
        """选举沈建华为…镇长，得票80票: the votes of the person elected before them; 王庆文获满意票24票:
        of the official appraised."""
        thing = self.out.result.entities[count.key].attributes.get("rk:countedThing", [""])[0]
        # 沈志强获得赞成票61票，反对票0票…，当选为镇长; 选举李明涛为副县长，李明涛得赞成票168票:
        # the votes of the person elected
        # (…补选张国庆为…委员。张国庆得赞成票430票: the person named right before 得)
        elected = re.fullmatch("得?(?:赞成|反对|弃权)票?|全票", thing) is not None and (
            "当选" in self.body[count.start:self.s.span.end] or re.search("选举|补选|任命", self.text)
            or any(m.kind == "Person" and m.end <= count.start
                   and re.fullmatch("[得获](?:得)?", self.body[m.end:count.start - len(thing)] or "") for m in self.mentions)) or (
            not thing and re.match(r"[0-9一二两三四五六七八九十百]+票当选", self.body[count.start:count.end]))   # 张卫东以61票当选…
        if thing not in ("得票", "满意票", "基本满意票", "不满意票") and not elected:
            return None
        clause = self._after_last("；;。", count.start)
        people = [m for m in self.mentions if m.kind == "Person" and m.end <= count.start
                  and (thing == "得票" or elected or m.start >= clause)]
        return max(people, key=lambda m: m.end).key if people else None

    def _vote_on(self, count: Mention) -> str | None:
        """赞成370票: a vote count belongs to the resolution the sentence named before it, or
        (以32票赞成…，表决通过了关于…的决议) the first one after it."""
        if self.out.result.entities[count.key].attributes.get("rk:unit") != ["票"]:
            return None
        resolutions = [m for m in self.mentions if m.kind == "Resolution"]
        before = [m for m in resolutions if m.end <= count.start]
        part = self._after_last("；;", count.start)
        if not any(m.start >= part for m in before) and (verb := re.search("任命|免去|辞去", self.body[part:count.start])):
            # (…的决定以23票赞成获得通过；任命刘婷、杨建伟为审判员以22票赞成: that part's own
            # appointment, which the session voted on; 任命宓堃为市发展和改革委员会主任，赞成31票: the
            # one appointee's)
            named = {m.key for m in self.mentions if m.kind == "Person" and part + verb.end() <= m.start < count.start}
            if len(named) == 1 and verb.group() == "任命":
                return next(iter(named))
            return next((m.key for m in self.mentions if m.kind == "Meeting"), None) or self.ctx.meeting
        if before:
            return max(before, key=lambda m: m.end).key
        if resolutions:
            return min(resolutions, key=lambda m: m.start).key
        # 批准《南阳市白河水环境保护条例》，赞成57票: the votes of the law approved or adopted before them
        # (《唐山市海洋牧场管理条例》以赞成53票…获得批准: the law the votes are said of)
        approved = [m for m in self.mentions if m.kind == "Law" and m.end <= count.start
                    and (re.search(r"(?:批准|通过)了?[《〈]?$", self.body[max(self.s.span.start, m.start - 4):m.start])
                         or (re.match(r"以", self.body[m.end:m.end + 1])
                             and re.search("批准|通过", self.body[count.start:self.s.span.end])))]
        if approved:
            return max(approved, key=lambda m: m.end).key
        # 通过了关于…的决议。表决结果为：赞成25票…: the votes of the one named just before
        return self.ctx.resolution if re.match(r"(?:表决|投票)结果|赞成", self.text) else None

    def _sentence_area(self, places) -> Place | None:
        towns = {p.key: p for _, _, p, _ in places if p.level == 4}
        if len(towns) == 1:
            return next(iter(towns.values()))
        return self.ctx.home

    def _meeting_owner(self, place: Place, body: str) -> str | None:
        kind = self.ex.area_kind(place)
        if re.fullmatch(_COUNCIL_NAMES, body):
            if kind not in _COUNCIL_AREAS:
                return None
            key = place.key + "居民议事会"  # 居民议事会（议政会）: an area's one council, by either name
            self.out.entity(key, "ResidentsCouncil", place.name + body, place.name + body)
            self.structure(key, "rk:locatedIn", self.place_entity(place))
            self.ctx.council = key
            return key
        if body == "人大常委会":
            return self.standing_committee(place) if place.level <= 3 else None
        return self.peoples_congress(place)

    def peoples_congress(self, place: Place) -> str | None:
        """The people's congress of a place: a town congress, or 缙云县人民代表大会."""
        kind = self.ex.area_kind(place)
        if kind in ("Town", "Township"):
            return self.town_congress(place)
        if place.level > 3:
            return None
        key = place.key + "人民代表大会"
        self.out.entity(key, "PeoplesCongress", place.name + "人民代表大会")
        self.structure(key, "rk:hasJurisdiction", self.place_entity(place))
        return key

    # liaison stations ------------------------------------------------------------------
    def _stations(self, places) -> None:
        """XX社区人大代表联络站, XX镇代表之家: a station of the place's congress body; 镇人大代表联络站
        written alone: the station of the town the text is about."""
        pattern = self.ex._station_pattern
        starts = {s for s, *_ in places}
        for s, e, place, name in places:
            m = pattern.match(self.text, e)
            if m is None and e not in starts and (named := self._NAMED_STATION.match(self.text, e)) \
                    and not self._NOT_A_STATION_NAME.search(named.group()) and not named.group(1).endswith(self.ex._area_endings):
                m = named   # (not 晋江市安海镇人大代表联络站, 壶镇镇工联村…: a place named in a place)
            if m and self._free(s, m.end()):
                self._station(s, m.end(), place, self.text[e:m.end()])
        # 县人大代表联络总站: the central station of the county 县 stands for (a 市人大代表联络站
        # may be any station where city deputies meet voters: only the central one is read so)
        for m in re.finditer(r"(镇|乡|街道)((?:人大)?代表(?:联络站|之家))|([县市区])((?:人大)?代表联络总站)", self.text) \
                if "代表" in self.text else ():
            before = self.text[m.start() - 1] if m.start() else ""
            place = (self.ctx.recent({"镇": "Town", "乡": "Township"}.get(m.group(1), "Subdistrict")) if m.group(1)
                     else self.ctx.place_for_short(m.group(3)))
            # (建成1个街道人大代表之家、13个社区人大代表联络站: one, so the subdistrict's own)
            one = re.search(r"(?<![0-9])(?:1|一)个$", self.text[:m.start()])
            if place is not None and self._free(*m.span()) and (not re.match(f"[{CJK}]", before)
                                                                 or before in _BEFORE_SHORT_FORM or one):
                self._station(m.start(), m.end(), place, m.group(2) or m.group(4), surface=m.group(0))

    # 稠城街道宾王人大代表联络站: a station a place names by a name of its own (a quarter's), the
    # ending written in full; not 稠城街道建立人大代表联络站
    _NAMED_STATION = re.compile(rf"([{CJK}]{{2,3}}?)(?:人大)?代表联络(?:总站|站)")
    _NOT_A_STATION_NAME = re.compile(r"^(?:[在和与及等各全的了把将对由到为是]|建立|设立|建成|成立|依托|开展|组织|召开|"
                                     r"辖区|所有|每个|中心|村级|社区|各级|各类|三级|两级)|(?:的|了|和|等)(?:人大)?代表")

    def _station(self, start: int, end: int, place: Place, words: str, surface: str | None = None,
                 label: str | None = None) -> None:
        """The station ``words`` (人大代表联络站, 代表之家 …) of ``place``, written at start..end;
        ``label`` where the station has a name of its own (宾王市场人大代表联络点)."""
        label = label or place.name + words
        kind = self.ex.lexicon.kind_by_suffix(label, "LiaisonStation") or "LiaisonStation"
        key = self.mention(start, end, self._station_key(place, words), kind, label, surface)
        self.structure(key, "rk:locatedIn", self.place_entity(place))
        body = self._body_of_area(place)
        if body:
            self.structure(key, "rk:stationOf", body)

    @staticmethod
    def _station_key(place: Place, words: str) -> str:
        """金盆村人大代表之家 and 金盆村代表之家 are one station."""
        return place.key + words.removeprefix("人大")

    _LEADING_WORDS = re.compile(r"^(?:依托|通过|利用|在|将|对|由|和|与|及|到|的|于|为|建|设|各|全|把)+")

    _BEFORE_A_NAME = re.compile(r".*(?:[了在到]|走访|调研|视察|来到|前往)")

    def _unknown_stations(self) -> None:
        """A station, or a residents' council, in a community the gazetteer does not list: the
        place is made under the town."""
        if "议" not in self.text and not self.ex._station_word.search(self.text):
            return   # (no station word, and every council name has 议)
        town = self.ctx.last.get("Town") or self.ctx.last.get("Township") or self.ctx.last.get("Subdistrict")
        if town is None and self.ctx.home is not None and self.ctx.home.level == 4:
            town = self.ctx.home
        if town is None:
            return
        found = [(m, True) for m in self.ex._unknown_station.finditer(self.text)]
        if "议" in self.text:
            found += [(m, False) for m in self.ex._unknown_council.finditer(self.text)]
        for m, station in found:
            lead = self._LEADING_WORDS.match(m.group(1))
            start, within = self._after_named_area(m.start(1) + (lead.end() if lead else 0), m.end(1))
            # (走访了荣华居民区…, 联系点在荣华居民区…: the words before the name; 调研居民区代表联络室
            # 建设情况: a kind of station, no name)
            verb = self._BEFORE_A_NAME.match(self.text, start, m.end(1))
            start = verb.end() if verb else start
            name = self.text[start:m.end(1)]
            # (依托代表联络站和各社区代表联络点: 各社区 is every community, no name)
            if len(name) < 3 or name in self.ex._village_endings or re.search("[和与及各、]|联络|代表", name) \
                    or not self._free(start, m.end()):
                continue
            place = Place(name, 5, within or town)
            if station:
                self._station(start, m.end(), place, m.group(2))
            elif (council := self._meeting_owner(place, m.group(2))) is not None:
                # (宾王社区居民议事会和县前社区居民议事会的议事员: each community's own council)
                self.mention(start, m.end(), council, "ResidentsCouncil", "")
                self.place_entity(place)

    def _after_named_area(self, start: int, end: int) -> tuple[int, Place | None]:
        """Where a community's or village's own name starts in ``text[start:end]``, after a
        town written before it as part of the run (虎门镇怀德社区 is 虎门镇's 怀德社区, the one
        怀德社区 names), and that town (or subdistrict)."""
        towns = [x for x in self.mentions if self.category(x.kind) == "AdministrativeArea"
                 and start < x.end - self.base <= end - 3 and x.start - self.base >= start - 8]
        if not towns:
            return start, None
        town = max(towns, key=lambda x: x.end)
        place = self.ctx.places.get(self.body[town.start:town.end])
        return town.end - self.base, place if place is not None and place.level == 4 else None


    def _distributed_stations(self) -> None:
        """在书圣故里社区、八字桥社区建立人大代表联络站, 金盆村、汤池村等8个村级代表之家: one
        station in each."""
        if not self.ex._station_word.search(self.text):
            return
        town = self.ctx.recent("Subdistrict", 99) or self.ctx.recent("Town", 99) or self.ctx.recent("Township", 99)
        if town is None and self.ctx.home is not None and self.ctx.home.level == 4:
            town = self.ctx.home
        counted = self.ex._stations_counted.finditer(self.text) if "、" in self.text and "个" in self.text else ()
        for m in [*self.ex._stations_in.finditer(self.text), *counted]:
            ending = re.sub(r"^[^人代联]*", "", m.group(2))
            offset = m.start(1)
            for part in m.group(1).split("、"):
                lead = self._LEADING_WORDS.match(part)
                start, name = offset + (lead.end() if lead else 0), part[lead.end():] if lead else part
                # (…联络站和金盆村、汤池村: the list starts after 和)
                joined = re.search("^.*[和与及的]", name)
                if joined and len(name) - joined.end() >= 3:
                    start, name = start + joined.end(), name[joined.end():]
                offset += len(part) + 1
                # (乌镇镇子夜路村建成…: the town written before the village is not its name)
                named_at, within = self._after_named_area(start, start + len(name))
                start, name = named_at, name[named_at - start:]
                if len(name) < 3 or (within or town) is None:
                    continue
                place = self.ex._resolve_place(name, within or town) or Place(name, 5, within or town)
                label = name + ending
                kind = self.ex.lexicon.kind_by_suffix(label, "LiaisonStation") or "LiaisonStation"
                key = self.mention(start, start + len(name), self._station_key(place, ending), kind, label, name,
                                   claim=False)
                self.structure(key, "rk:locatedIn", self.place_entity(place))
                body = self._body_of_area(place)
                if body:
                    self.structure(key, "rk:stationOf", body)

    # 在宾王市场设立人大代表联络点: a station named by the market, park or building it is set up in
    _STATION_AT_SITE = re.compile(rf"在([{CJK}]{{2,8}}?(?:市场|商城|商圈|商贸城|园区|产业园|工业园|大厦|广场))(?:内)?"
                                  rf"(?:建立|设立|建成|挂牌|成立|开设)了?((?:人大)?代表联络(?:站|点|室))")

    def _stations_at_sites(self, places) -> None:
        """A station set up in a market or an industrial park, named by it; it is in the community
        or village the sentence named before it (宾王社区结合商贸集聚的特点，在宾王市场设立人大代表联络点),
        else in the town or subdistrict the text is about."""
        if "在" not in self.text or "联络" not in self.text:
            return
        for m in self._STATION_AT_SITE.finditer(self.text):
            site = m.group(1)
            if site.startswith(("各", "全", "该", "本", "社区", "村", "镇", "街道")) or not self._free(*m.span(1)):
                continue
            before = [p for s, _, p, _ in places if s < m.start(1) and p.level >= 4]
            within = [x for x in self.mentions if x.kind in ("Community", "Village") and x.start - self.base < m.start(1)]
            place = (before[-1] if before else None) \
                or (self.ctx.places.get(self.body[within[-1].start:within[-1].end]) if within else None) \
                or self.ctx.latest("Subdistrict", "Town", "Township")
            if place is not None:
                name = site + m.group(2)
                self._station(m.start(1), m.end(), place, name, label=name)

    def _body_of_area(self, place: Place) -> str | None:
        """The congress body that works for a place: town congress, subdistrict committee, county
        SC, or the working committee a zone has instead (苏州工业园区人大工委)."""
        if place.level == 5 and place.parent is not None:
            place = place.parent
        kind = self.ex.area_kind(place)
        if kind in ("Town", "Township"):
            return self.town_congress(place)
        if kind == "Subdistrict":
            return self.subdistrict_committee(place)
        if place.level <= 3 and self.ex.is_zone(place) and place.parent is not None:
            return self.dispatched_committee(place)
        if place.level <= 3:
            return self.standing_committee(place)
        return None

    # people and posts ----------------------------------------------------------------------
    _OUTSIDE_BODY = re.compile(rf"[{CJK}]{{0,8}}(?:党总支|党支部|卫生院|医院|学校|中学|小学|村民委员会|居民委员会|"
                               r"合作社|公司|集团|银行|支行|分行|[工农]?厂|中心|研究院|研究所|大学|学院|幼儿园|事务所|协会|商会|"
                               r"检查组|调研组|视察组|督查组)$")
    # (县委书记, 大会主席团常务主席: a party committee's and a session presidium's posts, by their words)
    _QUALIFIER = re.compile(r"(?:[省市县区镇乡]|街道)?(?:人大常委会|人大|党委|党工委|党支部|村委会|居委会|政府|工委)$"
                            r"|[省市县区州旗]委$|(?:大会)?主席团(?:常务)?$")

    def _people(self) -> None:
        """主任 王某某, 镇党委书记、人大代表李某: a person comes with a post, never alone."""
        dotted = [] if "·" not in self.text and "•" not in self.text and "・" not in self.text \
            else list(self.ex._dotted_person.finditer(self.text))
        # (a name without a Han surname: read where no surnamed name was, after those)
        transliterated = list(self.ex._transliterated_person.finditer(self.text)) \
            if self.ex._transliterated_hint.search(self.text) else []
        if not dotted and not transliterated and not self.ex._person_hint.search(self.text):
            return
        whole = dotted + transliterated   # names read as they are written
        for m in [*self.ex._person_pattern.finditer(self.text), *whole]:
            name = m.group(2) if m in whole else self._person_name(m.group(2), m.end(2))
            if name is None or (m in transliterated and not self._free(m.start(2), m.end(2))):
                continue
            posts = self._listed_posts([self._post(part, start) for part, start in self._parts(m.group(1), m.start(1))])
            if not posts:
                continue
            self._last_post_body = next((org for *_, org in reversed(posts) if org), self._last_post_body)
            if self._last_post_body is not None:
                self.ctx.post_body = (self.ctx.sentence, self._last_post_body)
            self._holder(m.start(2), name, posts)
            # 副主任赵红、刘海涛、韩冰: each name of the list holds the posts
            at = m.start(2) + len(name)
            while (more := self.ex._listed_name.match(self.text, at)) is not None:
                name = self._person_name(more.group(1), more.end(1))
                if name is None:
                    break
                self._holder(more.start(1), name, posts)
                at = more.start(1) + len(name)

    # 任命褚文斌、夏雨婷为…审判员: each name of a list; 免去赵志刚的…职务 and 免去俞伟…职务 (a name of
    # three characters is read before its 的, of two where no 的 follows); 接受金海涛辞去…职务的请求.
    _NAMES = rf"((?:[{CJK}]{{2,4}}、)*[{CJK}]{{2,4}}?)"
    def _people_again(self) -> None:
        """叶秋萍累计提交建议31件: a person the article named with a post, written again alone."""
        named = {m.start - self.base for m in self.mentions if m.kind == "Person"}
        for name, person in self.ctx.people.items():
            at = self.text.find(name)
            while at >= 0:   # (str.find: a pattern per name would crowd re's cache of compiled patterns)
                if at not in named:
                    self.mentions.append(Mention(self.base + at, self.base + at + len(name), person, "Person", name))
                at = self.text.find(name, at + len(name))

    _PRONOUN = re.compile(r"(?:本|该|此)(?:实践(?:基地|点|站)|基地)|(?:本|该|此)(?:联络)?站|(?:本|该|此)(?:基层立法)?联系点|"
                          r"(?<!立法)(?<!代表)联系点|(?<![其])[她他](?![们人])")
    # (郑永强介绍，代表小组现有市人大代表11名: the group just named)
    _GROUP_PRONOUN = re.compile(r"(?:(?:本|该|此)|(?<=[，,；;])|^)代表小组(?=现有|共有|今年|累计|已|共)")
    _PRONOUN_HINT = re.compile("[本该此她他]|联系点|代表小组")   # what one of the two above needs

    def _pronouns(self) -> None:
        """本站, 该站: the station named last; 该联系点: the legislative contact point named last;
        该实践点, 该基地: the practice site named last; 她, 他: the person named last."""
        if not self._PRONOUN_HINT.search(self.text):   # (most sentences)
            return
        found = list(self._PRONOUN.finditer(self.text))
        if "代表小组" in self.text:
            found += self._GROUP_PRONOUN.finditer(self.text)
        for m in found:
            word = m.group()
            kind, key = (("RepresentativeGroup", self.ctx.group) if word.endswith("小组")
                         else ("DemocracyPracticeSite", self.ctx.practice_site) if "实践" in word or word.endswith("基地")
                         else ("LiaisonStation", self.ctx.station) if word.endswith("站")
                         else ("LegislativeContactPoint", self.ctx.contact_point) if word.endswith("点")
                         else ("Person", self.ctx.person))
            # (岳峰镇人大全过程人民民主基层实践点揭牌运行，该实践点…: the one this sentence named before it)
            key = next((x.key for x in reversed(self.mentions) if x.start - self.base < m.start()
                        and self.category(x.kind) == kind), key)
            if key is not None and self._free(*m.span()):
                self.mentions.append(Mention(self.base + m.start(), self.base + m.end(), key,
                                             self.out.result.entities[key].kind, m.group()))

    _APPOINTED = re.compile(rf"(?:任命|选举|补选){_NAMES}为([{CJK}]{{0,28}}?({_APPOINTED_TITLE}))(?=[，,。；;、]|$)")
    # 高晓燕获得赞成票37票、弃权1票，当选为…乡长; 杨海军以38票全票当选为…主席: a name opening its
    # clause, its votes, the post it was elected to
    # (王建平、黄丽蓉、吴清泉分别以70票、68票、65票当选为副镇长: each of the names)
    _ELECTED_AS = re.compile(rf"(?:^|(?<=[，,；;。：:]))((?:[{CJK}]{{2,4}}、)*[{CJK}]{{2,4}}?)(?:同志)?(?:分别)?(?:获得|得|以)[^。；;]{{0,40}}?当选为?"
                             rf"([{CJK}]{{0,28}}?({_APPOINTED_TITLE}))(?=[，,。；;、]|$)")
    # (…副检察长、检察委员会委员职务: several posts relieved at once)
    _RELIEVED_POSTS = rf"((?:[{CJK}]{{0,28}}?{_APPOINTED_TITLE}、)*[{CJK}]{{0,28}}?({_APPOINTED_TITLE}))职务"
    _RELIEVED = (re.compile(rf"免去[：:]?{_NAMES}(?:同志)?的{_RELIEVED_POSTS}"),
                 re.compile(rf"免去{_NAMES}(?:同志)?(?!的){_RELIEVED_POSTS}"),
                 re.compile(rf"接受{_NAMES}(?:同志)?辞去(?:其?担任的)?{_RELIEVED_POSTS}"),
                 # 任命马志远为…厅长，免去其…副厅长职务: 其 is the person named before
                 re.compile(rf"免去(其)(?:担任的)?{_RELIEVED_POSTS}"))

    _LISTED_RELIEVED = re.compile(rf"^{_NAMES}(?:同志)?的{_RELIEVED_POSTS}")

    def _appointments(self) -> None:
        """任命张伟为浏阳市交通运输局局长, 选举李国强为市人大常委会副主任: the person and the post;
        免去周明的…局长职务 (免去其…职务, …副检察长、检察委员会委员职务): the posts the person was
        relieved of."""
        if not self._APPOINTMENT_HINT.search(self.text):   # (most sentences)
            return
        # (免去：王守义的…职务；斯琴的…职务: the list goes on after the semicolon)
        listed = (self._LISTED_RELIEVED,) if self.ctx.relieving == self.ctx.sentence - 1 else ()
        for pattern, relieved in ((self._APPOINTED, False), (self._ELECTED_AS, False),
                                  *((p, True) for p in self._RELIEVED + listed)):
            for hit in pattern.finditer(self.text):
                if relieved and self.text.rstrip().endswith(("；", ";")):
                    self.ctx.relieving = self.ctx.sentence
                posts = self._posts_named(hit.group(2), hit.start(2))
                if hit.group(1) == "其":
                    person = max((m for m in self.mentions if m.kind == "Person" and m.end - self.base <= hit.start()),
                                 key=lambda m: m.end, default=None)
                    if person is not None:
                        self._holder(person.start - self.base, person.surface, posts, relieved)
                    continue
                at = hit.start(1)
                for name in hit.group(1).split("、"):
                    # (任命那仁图雅、张燊为…审判员: a Mongolian name, of its own characters, no Han surname)
                    if (self.ex._surname.match(name) and self._person_name(name, at + len(name)) == name) \
                            or ((len(name) >= 3 or relieved) and set(name) <= self.ex._sounds):
                        self._holder(at, name, posts, relieved)
                    at += len(name) + 1
        # 镇党委副书记叶振宗任选举委员会主任: a further post of the person named right before
        for person in [m for m in self.mentions if m.kind == "Person"]:
            hit = self._SERVES_AS.match(self.text, person.end - self.base)
            if hit is not None:
                self._holder(person.start - self.base, person.surface, self._posts_named(hit.group(1), hit.start(1)))
        # 第3选区（大河背村）代表黎秀凤述职: the deputy a constituency elected, to the home's congress
        for hit in self._CONSTITUENCY_DEPUTY.finditer(self.text) if "选区" in self.text and self.ctx.home else ():
            # (代表粟国栋述职后: a name before 述职, which no name before it ends in)
            name = self._person_name(hit.group(2), hit.end(2)) or next(
                (hit.group(2)[:k] for k in (3, 2) if self.text.startswith("述职", hit.start(2) + k)), None)
            if name and self.ex._surname.match(name) and self._free(hit.start(2), hit.start(2) + len(name)) \
                    and (congress := self.peoples_congress(self.ctx.home)) is not None:
                post = ("人大代表", self.out.result.entities[congress].label + "代表", hit.start(1), hit.end(1), congress)
                self._holder(hit.start(2), name, [post])
        # 副镇长候选人李伟东得票14票，未当选: a candidate, with no post
        for hit in self._CANDIDATE.finditer(self.text):
            name = hit.group(1)
            if self.ex._surname.match(name) and self._free(*hit.span(1)) and not _NOT_A_NAME.search(name):
                self._person(hit.start(1), name)

    # What every pattern of _appointments needs: 任 (任命, 担任, 兼任), 选 (选举, 补选, 当选), 免去,
    # or 职务 (…辞去…职务, a list of posts relieved)
    _APPOINTMENT_HINT = re.compile("任|选|免去|职务")
    _SERVES_AS = re.compile(rf"(?:担任|兼任|任)([{CJK}]{{0,28}}?({_APPOINTED_TITLE}))(?=[，,。；;]|$)")

    def _posts_named(self, words_run: str, at: int) -> list[tuple[str, str, int, int, str | None]]:
        """The posts of a list of them written from ``at`` (…局长、…委员): each in the body or
        organ named in it, else in the one the list named first, else as written."""
        posts, first = [], None
        for words in words_run.split("、"):
            start, end = at, at + len(words)
            at = end + 1
            title = re.search(f"{_APPOINTED_TITLE}$", words).group()
            body = next((x for x in self.mentions if self.category(x.kind) in _POST_ORGANIZATIONS
                         and x.start - self.base >= start and x.end - self.base == end - len(title)), None)
            opening = next((x for x in self.mentions if self.category(x.kind) in _POST_ORGANIZATIONS
                            and x.start - self.base == start and x.end - self.base < end - len(title)), None) \
                if body is None else None
            if body is not None:
                posts.append((title, self._post_label(body.key, title), start, end, body.key))
                first = first or body
            elif opening is not None:
                # (赤峰市中级人民法院审判委员会委员: a post in a part of the organ the words open with)
                posts.append((title, self.out.result.entities[opening.key].label + words[opening.end - self.base - start:],
                              start, end, opening.key))
                first = first or opening
            elif first is not None:   # (检察委员会委员 after 河北省人民检察院副检察长: the same organ's)
                posts.append((title, self.out.result.entities[first.key].label + words, start, end, first.key))
            elif re.fullmatch(r"副?[镇乡县区市]长", words):
                posts.append(self._post(words, start))   # (当选为副镇长: the government's of the area in view)
            else:
                posts.append((title, self._with_area(words), start, end, None))
        return posts

    _CONSTITUENCY_DEPUTY = re.compile(rf"第[0-9一二三四五六七八九十]+选区(?:[（(][^）)]{{1,12}}[)）])?(代表)([{CJK}]{{2,4}})")
    _CANDIDATE = re.compile(rf"候选人([{CJK}]{{2,4}}?)(?=得(?:票|赞成票|[0-9一二两三四五六七八九十])|获得|以[0-9一二两三四五六七八九十]|未当选|落选)")

    def _listed_posts(self, posts: list[tuple[str, str, int, int, str | None]]) -> list[tuple[str, str, int, int, str | None]]:
        """The posts of one list of titles (市人大常委会党组书记、主任), read together: a party
        group's post (党组书记) is no post in the body it sits in; a bare title after a body's
        post (主任) is a post in that body; a former post (原乡人大主席) is none held now."""
        kept, body = [], None
        for title, label, start, end, org in posts:
            if title.startswith("党组"):
                body, org = org, None
            elif org is None and label == title and body is not None:
                label, org = self._post_label(body, title), body
            elif org is not None and title != "人大代表":
                body = org
            # (原乡人大主席: none held now; 检查组成员: a member of no body the article names)
            if self.text[start - 1:start] != "原" and (org is not None or title != "成员"):
                kept.append((title, label, start, end, org))
        return kept

    def _government(self, place: Place) -> str:
        """The people's government of ``place`` (the organ 梅李镇人民政府 names)."""
        key = f"organ:{place.key}/人民政府"
        self.out.entity(key, "PeoplesGovernment", place.name + "人民政府")
        self.structure(key, "rk:locatedIn", self.place_entity(place))
        return key

    def _post_label(self, org: str, title: str) -> str:
        """区人大常委会 + 主任; 县人大常委会 + 常委会委员 is 县人大常委会委员."""
        label = self.out.result.entities[org].label
        return label + (title[3:] if label.endswith("常委会") and title.startswith("常委会") else title)

    def _with_area(self, words: str) -> str:
        """县人民法院审判员 → 安吉县人民法院审判员: the area 省/市/县/区 stands for, named."""
        place = self.ctx.place_for_short(words[0]) if words[:1] in ("省", "市", "县", "区") else None
        return place.name + words[1:] if place is not None else words

    def _person(self, start: int, name: str, owner: str | None = None) -> str:
        """The person ``name`` written at ``start``: one person however many posts the article
        gives them (主任王光明, later 县选举委员会主任王光明), keyed under the first one's body."""
        key = self.ctx.people.get(name) or f"person:{owner or self._home_key}/{name}"
        person = self.mention(start, start + len(name), key, "Person", name, claim=False)
        self.ctx.people.setdefault(name, person)
        return person

    def _holder(self, start: int, name: str, posts: list[tuple[str, str, int, int, str | None]],
                relieved: bool = False) -> None:
        """The person ``name`` at ``start``, holding ``posts`` (from :meth:`_post`), or
        ``relieved`` of them."""
        person = self._person(start, name, next((org for *_, org in posts if org), None))
        for title, label, post_start, post_end, org in posts:
            if label == title and org is None and not relieved:
                # 副主任谭晓梅主持宣誓仪式: the post of that title the article gave the person before
                label, org = self.ctx.posts_held.get((person, title), (label, org))
            elif not relieved:
                self.ctx.posts_held.setdefault((person, title), (label, org))
            post = self.mention(post_start, post_end, f"post:{person}/{label}", "Post", label,
                                self.text[post_start:post_end], claim=False)
            self.out.attribute(post, "rk:postTitle", title)
            if relieved:
                self.fact(person, "rk:relievedOf", post)
            else:
                self.fact(post, "org:heldBy", person)
            if org:
                self.fact(post, "org:postIn", org)

    @staticmethod
    def _parts(run: str, offset: int):
        position = offset
        for part in run.split("、"):
            yield part, position
            position += len(part) + 1

    def _post(self, part: str, start: int) -> tuple[str, str, int, int, str | None]:
        """(title, label, start, end, body key) of one post: 乌镇镇人大主席 → 主席 in 乌镇镇人大."""
        end = start + len(part)
        title = next(t for t in post_titles() if part.endswith(t))
        title_start = end - len(title)
        for m in self.mentions:  # a body (or a department: 县住建局局长) named right before the title
            if self.category(m.kind) in _POST_ORGANIZATIONS and m.end - self.base == title_start:
                return title, self._post_label(m.key, title), m.start - self.base, end, m.key
        level = re.fullmatch(r"([省市县区镇乡])人大代表", title)
        if level:  # 县人大代表: a deputy to that level's people's congress
            # (资兴市人大代表: the place whose name ends in the level's character, not the city in view)
            named = next((x for x in self.mentions if self.category(x.kind) == "AdministrativeArea"
                          and x.end - self.base == title_start + 1), None)
            place = self.ctx.place_for_short(level.group(1)) if level.group(1) in "省市县区" \
                else self.ctx.last.get("Town" if level.group(1) == "镇" else "Township")
            if named is not None and (area := self.ctx.places.get(named.surface)) is not None \
                    and area.name.endswith(level.group(1)):
                place, title_start = area, named.start - self.base
            if place is not None:
                org = self.peoples_congress(place)
                return "人大代表", self.out.result.entities[org].label + "代表", title_start, end, org
        qualifier = self._QUALIFIER.search(self.text[start:title_start])
        organ = _STATE_ORGAN.search(self.text[start:title_start])   # 县人民政府副县长: the government's post
        if organ is not None:
            # 市中级人民法院院长, 县人民检察院检察长: a post in a state organ, named with its area
            place = self._area_for_word(organ.group(1)) if organ.group(1) else None
            words = organ.group(0)[len(organ.group(1)):] if place is not None else organ.group(0)
            return title, (place.name if place else "") + words + title, start + organ.start(), end, None
        if qualifier is None:
            # 镇党委书记 (党委书记 is one title): name the place the 镇 stands for.
            place_word = re.search(r"(社区|村|镇|乡|苏木|街道|[省市县区])$", self.text[start:title_start])
            if place_word and place_word.group(1) in ("社区", "村"):
                # 平东社区党委书记: a community's (the one named there, if the gazetteer knows it),
                # not the 区's
                named = next((x for x in self.mentions if self.category(x.kind) == "AdministrativeArea"
                              and x.end - self.base == title_start), None)
                label = (self.out.result.entities[named.key].label if named else place_word.group(1)) + title
                return title, label, named.start - self.base if named else start + place_word.start(), end, None
            if place_word:
                place = self._area_for_word(place_word.group(1))
                if place is not None:
                    return title, place.name + title, start + place_word.start(), end, None
            # 区人大常委会主任孙立军主持会议，副主任赵红出席: a bare deputy's or member's title
            # after a body's post in the same sentence is a post in that body
            org = self._last_post_body if title in _POSTS_IN_THE_LAST_BODY else None
            if title == "委员" and org is not None and self.category(self.out.result.entities[org].kind) != "CongressBody":
                org = None   # (县卫生健康局局长…。委员郇志强: a congress body's member, not the bureau's)
            # (常委会副主任张建华, 由常委会副主任…任组长: 常委会 written alone, the standing committee's officers)
            # (成立由常委会副主任李明任组长的…: the words before 由 are the clause's, not the title's)
            officer = re.fullmatch(r"(?:[^，,。；;]*[由经请和与及])?常委会", self.text[start:title_start]) is not None \
                and title in ("主任", "副主任", "秘书长", "副秘书长")
            if org is None and self.ctx.home is not None and self.ctx.home.level <= 3 and (officer or (
                    title in ("常委会委员", "委员") and not self.text[start:title_start])):
                # (常委会委员丁慧建议, 委员贠小梅关注…: a member of the standing committee whose meeting
                # the article reports; 常委会委员 of the home's where it reports none)
                held = self.ctx.meeting_of.get(self.ctx.meeting)
                org = held if held and self.ex.lexicon.is_a(self.out.result.entities[held].kind, "StandingCommittee") \
                    else self.standing_committee(self.ctx.home) if title == "常委会委员" or officer else None
            if org is not None:
                return title, self._post_label(org, title), title_start - 3 if officer else title_start, end, org
            # 新当选的镇长沈志强, 副县长李明: the government's head of the area in view
            head = re.fullmatch(r"副?([镇乡县区市])长", title)
            area = None if head is None else (self.ctx.place_for_short(head.group(1)) if head.group(1) in "县区市"
                                              else self.ctx.last.get("Town" if head.group(1) == "镇" else "Township"))
            if area is not None:
                org = self._government(area)
                return title, self._post_label(org, title), title_start, end, org
            # 金盆村党总支书记, 汤池镇卫生院院长, 金盆村村民委员会主任: a post in a body outside the
            # congress system, kept with the words that name it
            outside = self._OUTSIDE_BODY.search(self.text[start:title_start])
            if outside is not None:
                return title, self.text[start + outside.start():end], start + outside.start(), end, None
            return title, title, title_start, end, None
        q_start = start + qualifier.start()
        text = qualifier.group(0)
        org = None
        if text in ("镇人大", "乡人大") or (text == "人大" and title in ("主席", "副主席")):
            # 人大主席 is a town congress's post (a county's is 人大常委会主任): the town in view
            area = self.ctx.last.get("Town") or self.ctx.last.get("Township")
            if area is None and text == "人大" and self.ctx.home is not None and self.ctx.home.level == 4:
                area = self.ctx.home
            org = self.town_congress(area) if area else None
        elif text[:1] in "省市县区" and text[1:] in ("人大常委会", "人大"):
            place = self.ctx.place_for_short(text[0])
            org = self.standing_committee(place) if place else None
        elif text == "街道工委" or text == "工委":
            area = self.ctx.last.get("Subdistrict")
            org = self.subdistrict_committee(area) if area else None
            if org is None and text == "工委" and self.ctx.home is not None and self.ex.is_zone(self.ctx.home):
                org = self.dispatched_committee(self.ctx.home)   # 园区人大工委主任: the zone's
        if org is None:  # 党委书记: a post outside the congress system, kept with its words
            return title, text + title, q_start, end, None
        return title, self._post_label(org, title), q_start, end, org

    def _area_for_word(self, word: str) -> Place | None:
        """省/市/县/区 in 县人民政府: the area it stands for; 镇/乡/苏木/街道: the last one named."""
        if word in ("省", "市", "县", "区"):
            return self.ctx.place_for_short(word)
        return self.ctx.last.get(self.ex.lexicon.area_kind("X" + word, 4) or "")

    def _person_name(self, candidate: str, end: int) -> str | None:
        """The name at the start of ``candidate``: 2-3 characters ending at a boundary."""
        following = self.text[end:end + 2]
        if following[:1] in ("·", "•", "・"):
            return None   # the first part of 古丽·阿不都, read whole by the dotted names' pattern
        for length in (len(candidate), len(candidate) - 1):
            name = candidate[:length]
            rest = candidate[length:] + following
            if len(name) < 2:
                return None
            if length == 3 and (name[2] in "说称讲" or (name[2] in _RARELY_ENDS_NAME and re.match(_AFTER_NAME, rest))
                                or (name[2] == "一" and rest[:1] in ("同", "起", "行"))):
                continue   # 张伟作表态发言: 张伟 作…, not 张伟作; 何静一同参加: 何静 一同…; 李强说，: 李强
            if _NOT_A_NAME.search(name):
                return None   # 镇人大代表成立了“…代表小组”: a verb, not a name
            if not rest or re.match(rf"[^{CJK}]|{_AFTER_NAME}", rest):
                return name
        return None

    # study visits -----------------------------------------------------------------------------
    def _study_visits(self) -> None:
        """赴XX考察学习…的做法: the agent learned from that place."""
        # (赴吴兴区开展立法调研: a body's own work in its area, not a visit to learn)
        if "赴" not in self.text:
            return
        for m in re.finditer(r"赴([^，,。；;]{2,24}?)(?:考察|学习|参观)", self.text):
            places = [mm for mm in self.mentions if self.category(mm.kind) == "AdministrativeArea"
                      and m.start(1) + self.base <= mm.start < m.end(1) + self.base]
            bodies = sorted((mm for mm in self.mentions if self.category(mm.kind) in ("CongressBody", "BodySet")
                             and mm.end <= m.start() + self.base), key=lambda mm: mm.start)
            if places:
                agent = bodies[0].key if bodies else self.default_agent()
                if agent:
                    self.fact(agent, "rk:learnedFrom", places[-1].key)

    # mechanisms --------------------------------------------------------------------
    def _known_mechanisms(self) -> None:
        for m in self.ex._known_pattern.finditer(self.text) if self.ex._known_pattern else ():
            term = self.ex._known[m.group()]
            if self._free(*m.span()):
                self.mention(m.start(), m.end(), "known:" + term.label, term.kind, term.label, iri=term.iri)
        for pattern, term in self.ex._known_patterns:  # 票决产生8个民生实事项目 → 民生实事项目票决制
            m = pattern.search(self.text)
            if m and not any(x.key == "known:" + term.label for x in self.mentions):
                self.mention(m.start(), m.end(), "known:" + term.label, term.kind, term.label, "", term.iri, claim=False)

    _QUOTE = re.compile(r"“([^“”]{1,30})”")

    def _quoted_mechanisms(self) -> None:
        """“代表有约”人大工作品牌, “四单”工作模式, “提出—交办—反馈—回访”的建议办理闭环."""
        if "“" not in self.text:
            return
        lex = self.ex.lexicon
        for m in self._QUOTE.finditer(self.text):
            inner = m.group(1)
            after = self.text[m.end():m.end() + 16]
            # “民声议事会”等民主协商、民主议事形式: the quote names one of a kind of things.
            instance_of = after.startswith("等")
            window = re.split(r"[，,。；“：:（(]" if instance_of else r"[，,。；、“：:（(]", after)[0]
            window = re.sub(r"^(?:的|等)", "", window)
            noun, kind = "", None
            for k in range(len(window), 0, -1):
                found = lex.kind_by_suffix(window[:k], "Mechanism")
                if found:
                    noun, kind = window[:k], found
                    break
            named = kind is None and not window[:1].strip("的") and lex.kind_by_suffix(inner, "Mechanism")
            if named:   # 试点“代表履职积分制”: the quoted name says what it is
                kind, instance_of = named, True
            elif kind is None and window.startswith("活动") and "代表" in inner:
                # 开展“代表有约”活动, “代表进站”活动: the deputies' activity a body holds under its brand
                # (not every quoted activity: “七一”活动, “世界读书日”活动 are none)
                kind = lex.kind_by_suffix("工作品牌", "Mechanism")
            if kind is None:
                continue
            # “代表接待日”制度, “民生实事项目人大代表票决制”: a well-known mechanism in quotes is that
            # one (its own individual, read by _known_mechanisms), not a second mechanism
            term = self.ex._known.get(inner + noun) or self.ex._known.get(inner)
            if term is not None:
                end = m.end() + self.text[m.end():].find(noun) + len(noun) if noun else m.end()
                self.mention(m.start(), end, "known:" + term.label, term.kind, term.label, inner + noun, term.iri,
                             claim=False)
                continue
            label = inner if kind == "WorkBrand" or instance_of else f"“{inner}”{noun}"
            start = m.start()
            steps = self._steps_in(inner)
            led = re.search(rf"((?:[{CJK}]{{1,6}}“[^“”]{{1,6}}”、)+[{CJK}]{{1,6}}“[^“”]{{1,6}}”)的$", self.text[:m.start()])
            if led:
                start = led.start(1)
                steps = [(self._actor(a), st) for a, st in re.findall(rf"([{CJK}]{{1,6}})“([^“”]{{1,6}})”", led.group(1))]
            if kind == "WorkingModel" and steps and len(steps) > 1:
                kind = "WorkingModel"
            elif steps and len(steps) > 1 and not lex.is_a(kind, "ClosedLoopProcedure") and "闭环" in noun:
                kind = "ClosedLoopProcedure"
            end = m.end() + self.text[m.end():].find(noun) + len(noun)
            key = self.mention(start, end, label, kind, label, self.text[m.start():end])
            self._step_facts(key, steps if len(steps) > 1 else self._steps_after(end))

    def _step_facts(self, key: str, steps: list[tuple[str | None, str]]) -> None:
        for index, (actor, step) in enumerate(steps if len(steps) > 1 else [], start=1):
            step_key = f"{key}#step{index}"
            self.out.entity(step_key, "ProcedureStep", step)
            if actor:
                self.out.attribute(step_key, "rk:stepActor", actor)
            self.out.attribute(step_key, "rk:stepIndex", index)
            self.fact(key, "rk:hasStep", step_key)

    def _steps_in(self, inner: str) -> list[tuple[str | None, str]]:
        parts = [p for p in re.split(r"[、—－–-]+", inner) if p]
        if len(parts) < 2:
            return []
        steps = []
        for part in parts:
            actor = next((a for a in actor_words() if part.startswith(a) and len(part) > len(a)), None)
            steps.append((actor, part[len(actor):]) if actor else (None, part))
        return steps

    _LISTED_STEPS = re.compile(rf"[：:]((?:[{CJK}]{{3,10}}、)+[{CJK}]{{3,10}})(?=[，,。；;]|$)")

    def _steps_after(self, end: int) -> list[tuple[str | None, str]]:
        """Steps listed after a colon, each opening with who takes it (“站网融合”工作机制：代表联系网格员、
        网格员收集民意、代表分类处理、工委跟踪问效). Only where every item opens with a role: a colon
        also opens a list of places, results or aims."""
        m = self._LISTED_STEPS.match(self.text, end)
        if m is None:
            return []
        steps = self._steps_in(m.group(1))
        return steps if all(actor and len(step) >= 2 for actor, step in steps) else []

    @staticmethod
    def _actor(words: str) -> str:
        return next((a for a in actor_words() if words.endswith(a)), words[-2:])

    _NAMED_MECHANISM = re.compile(rf"(?:探索|完善|优化|形成|建立|健全|构建|推行|实行|推出|实施)+"
                                  rf"([{CJK}]{{2,14}}?(?:闭环机制|工作机制|机制|闭环|工作法|模式|制度|制))(?![{CJK}])")

    def _named_mechanisms(self) -> None:
        for m in self._NAMED_MECHANISM.finditer(self.text):
            s, e = m.span(1)
            name = m.group(1)
            # 完善后的工作制度, 运行制度: a clause or a generic word, not a named mechanism.
            if not self._free(s, e) or "的" in name or name[0] in "后了等和及与并" or \
                    (name.endswith("制度") and len(name) < 6):
                continue
            # 推行民生实事项目票决制, 推行人大代表述职评议制度: the ontology's own (代表述职评议), read next
            if name in self.ex._known or re.sub(r"^人大", "", re.sub(r"(?:工作)?(?:制度|机制)$", "", name)) in self.ex._known:
                continue
            kind = self.ex.lexicon.kind_by_suffix(name, "Mechanism") or "Mechanism"
            self._step_facts(self.mention(s, e, name, kind, name), self._steps_after(e))

    # laws and documents ---------------------------------------------------------------
    # (…条例》（以下简称《条例》）: the short title the article uses for it from then on)
    _QUOTED_PROPOSAL = re.compile(r"“(关于[^“”《》]{2,58})”")
    _SHORT_TITLE = re.compile(r"[（(](?:以下)?简称[《“]([^《》“”]{1,12})[》”][)）]")

    def _titles(self) -> None:
        if "《" not in self.text and "“" not in self.text:   # (a title is in 《》, a quoted proposal in “”)
            return
        for m in re.finditer(r"《([^《》]{2,60})》", self.text):
            title = m.group(1)
            if not self._free(*m.span()) or re.search(r"简称$", self.text[:m.start()]):
                continue   # (the short title in 以下简称《条例》 names the title before it)
            if title in self.ctx.short_titles:
                key, kind, label = self.ctx.short_titles[title]
                self.mention(m.start(), m.end(), key, kind, label, label)   # (no alias: 条例 names many)
                continue
            if re.search(r"实施[〈<《][^〈〉<>]+法[〉>》]办法$", title):
                # 《河北省实施〈中华人民共和国土地管理法〉办法》: a local regulation, so a law
                named = ("law:" + title, "Law", title)
            elif self._proposal_title(m, title):
                continue
            elif title.endswith(self.ex._document_suffixes):  # 《…票决制实施办法》 is a document, not a law
                named = ("document:" + title, "PolicyDocument", title)
            elif re.search(r"(法|条例)$", law := _DRAFT.sub("", title)):
                # 《…民营经济促进法（草案）》, 《…自治条例修正案》: the law the draft is of
                named = ("law:" + _law_key(law), "Law", _law_key(law))
            else:
                continue
            self.mention(m.start(), m.end(), *named, title)
            if short := self._SHORT_TITLE.match(self.text, m.end()):
                self.ctx.short_titles[short.group(1)] = named
        # “关于增设城乡公交线路的建议”: some sites quote a proposal's title instead
        for m in self._QUOTED_PROPOSAL.finditer(self.text):
            if self._free(*m.span()):
                self._proposal_title(m, m.group(1))

    def _proposal_title(self, m: re.Match, title: str) -> bool:
        """《关于加强串场河安丰段环境综合整治的议案》, 《关于加快推进老旧小区加装电梯的建议》: a deputies'
        proposal, claimed now and named once the session the sentence names is read (_proposals)."""
        kind = title.startswith("关于") and self.ex.lexicon.kind_by_suffix(title, "DeputyProposal")
        if kind:
            self.taken.append(m.span())
            self._proposal_titles.append((m, title, kind))
        return bool(kind)

    # 由顾明华等12名代表联名提出的《…》, 陈雅琴领衔提出的《…》: the deputy who leads it, right before
    _LEAD_DEPUTY = re.compile(rf"([{CJK}]{{2,4}}?)(?:等[0-9一二两三四五六七八九十]+名(?:人大)?代表)?(?:联名|领衔)提出的?$")
    # (大会期间，代表们共提出议案1件: the session in view, written as such)
    _DURING_CONGRESS = re.compile(r"大会期间|本次大会|大会上")
    _DURING_SESSION = re.compile(r"大会期间|会议期间|本次会议|本次大会|会上|大会上|大会主席团")

    def _proposals(self) -> None:
        for m, title, kind in self._proposal_titles:
            self._proposal(m, title, kind)

    def _proposal(self, m: re.Match, title: str, kind: str) -> None:
        """A deputies' motion or suggestion, named by its title: raised at the session the
        sentence names or speaks of, led by the deputy named right before 联名/领衔提出."""
        # (a standing committee's meeting hears how proposals were handled; deputies raise them
        # at a congress's session: 经大会主席团决定 in a report to the committee is no raising there)
        sessions = [x.key for x in self.mentions if x.kind == "Meeting" and not self._standing_committee_meeting(x.key)]
        meeting = next(iter(sessions), None) or (
            self.ctx.meeting if self.ctx.meeting and self._DURING_SESSION.search(self.text)
            and not self._standing_committee_meeting(self.ctx.meeting) else None)
        person = self._lead_deputy(m.start())
        key = self.mention(m.start(), m.end(), self._proposal_key(f"proposal:{meeting or self._home_key}/{title}", person),
                           kind, title, title)
        if meeting:
            self.fact(key, "rk:raisedAt", meeting)
        if person:
            self.fact(key, "rk:leadDeputy", person)

    def _proposal_key(self, named: str, person: str | None) -> str:
        """One proposal however often the article names it; two where two deputies each lead one
        of the same title at one session."""
        keys = self.ctx.proposals.setdefault(named, [])
        lead = f"{named}@{self.out.result.entities[person].label}" if person else None
        if lead is None:
            key = keys[0] if keys else f"{named}@"
        elif lead in keys:
            key = lead
        else:   # (a title named first without its deputy, then with: the same proposal)
            unled = [k for k in keys if k.endswith("@")]
            key = unled[0] if unled and len(keys) == 1 else lead
        if key not in keys:
            keys.append(key)
        return key

    def _lead_deputy(self, title_start: int) -> str | None:
        """The deputy named right before 联名/领衔提出的《…》 at ``title_start``: a person read
        already, else the longest end of the words that starts with a surname (由顾明华)."""
        lead = self._LEAD_DEPUTY.search(self.text, max(0, title_start - 24), title_start)
        if lead is None:
            return None
        person = next((x.key for x in self.mentions if x.kind == "Person" and x.end - self.base == lead.end(1)), None)
        if person is None:
            words = lead.group(1)
            name = next((words[-k:] for k in (3, 2) if len(words) >= k and self.ex._surname.match(words[-k:])
                         and not _NOT_A_NAME.search(words[-k:])), None)
            person = self._person(lead.end(1) - len(name), name) if name else None
        return person

    def _standing_committee_meeting(self, meeting: str) -> bool:
        body = self.ctx.meeting_of.get(meeting)
        return body is not None and self.ex.lexicon.is_a(self.out.result.entities[body].kind, "StandingCommittee")

    def _laws(self) -> None:
        if not self.ex._law_hint.search(self.text):   # (most sentences)
            return
        for m in self.ex._law_pattern.finditer(self.text):
            if self._free(*m.span()):
                self.mention(m.start(), m.end(), "law:" + m.group(), "Law", m.group())

    # groups, stations -----------------------------------------------------------------------
    def _groups(self) -> None:
        if "代表" not in self.text:   # (every group named here is a 代表小组 or 代表联盟)
            return
        for m in re.finditer(r"((?:“[^“”]{1,8}”)+)([0-9一二两三四五六七八九十]+)个代表联盟", self.text):
            for q in re.finditer(r"“([^“”]{1,8})”", m.group(1)):
                label = q.group(1) + "代表联盟"
                self.mention(m.start(1) + q.start(), m.start(1) + q.end(),
                             f"group:{label}@{self._owner_key(m.start())}", "DeputyAlliance", label, q.group(0),
                             claim=False)
        # 第三代表小组, 西片代表小组: a deputies' group named by its number or its part of the area
        named = [(m.start(), m.end()) for m in re.finditer(
            r"(?:第[0-9一二两三四五六七八九十]+|[东南西北中]片区?)代表小组", self.text)]
        # 依托周家代表小组、细门代表小组: by its village, after a verb or in a list
        for m in self._GROUP_LIST.finditer(self.text):
            at = m.start(1)
            for part in re.split("[、和及]", m.group(1)):
                if not re.match("[各全本该每]", part) and not part.endswith("专业代表小组"):
                    named.append((at, at + len(part)))
                at += len(part) + 1
        # 组建了“航天代表小组”, “猕猴桃产业代表小组”: a group named in quotes
        named += [m.span(1) for m in re.finditer(rf"“([{CJK}]{{1,12}}代表小组)”", self.text)
                  if not m.group(1).endswith("专业代表小组")]
        for start, end in named:
            if self._free(start, end):
                label = self.text[start:end]
                self.mention(start, end, f"group:{label}@{self._owner_key(start)}", "DeputyGroup", label, claim=False)
        # 财政经济、法治建设、农业农村5个专业代表小组: fields of two to four characters, a count after them
        for m in re.finditer(rf"((?:[{CJK}]{{2,4}}、)*[{CJK}]{{2,4}})等?(?:[0-9一二两三四五六七八九十]+个)?专业代表小组",
                             self.text) if "专业代表小组" in self.text else ():
            for field_name in m.group(1).split("、"):
                # (镇人大组织专业代表小组, 召开专业代表小组…: a verb, not a field; 组建城建专业代表小组: 城建)
                field_name = self._BEFORE_FIELD.sub("", field_name).removesuffix("等")   # (财经、法律等专业代表小组)
                if len(field_name) < 2 or re.search("[各全本该每的了和与及在是为]", field_name) or _GROUP_VERB.search(field_name):
                    continue   # (要推动专业代表小组深度参与…: a verb, no field)
                label = field_name + "专业代表小组"
                self.mention(m.start(), m.end(), f"group:{label}@{self._owner_key(m.start())}", "ProfessionalDeputyGroup",
                             label, label, claim=False)

    _BEFORE_FIELD = re.compile(r"^.*(?:组织|依托|指导|成立|组建|通过|开展|召开|遴选|设立|建立|联系|参加)")

    # The words before a group's own name (新设立的生物医药行业代表小组, 成立时尚产业代表联盟).
    _BEFORE_GROUP_NAME = re.compile(r".*(?:的|了|成立|组建|设立|建立|依托|组织|指导|其中|将|由|和|与|及|在|为|编入|编为|"
                                    r"新|各|全|本|该|每|个|等|即|是)")
    _GENERIC_GROUP_NAME = re.compile(r"(?:驻.*|.*人大.*|.*代表.*|街道|社区|村|镇|乡|片区|企业|行业|产业|园区|专业|"
                                     r"[省市县区]|[省市县区镇乡]级|基层|各级|全体|小组)")

    def _named_groups(self, places) -> None:
        """生物医药行业代表小组, 时尚产业代表联盟, “智造强链”代表联盟, 什刹海街道代表小组: a group named
        by its own words, in quotes or not, or by its place (then its place's body's)."""
        if "代表" not in self.text:   # (most sentences)
            return
        place_ends = {e: place for s, e, place, _ in places}
        covered = {m.end - self.base for m in self.mentions if self.category(m.kind) == "RepresentativeGroup"}
        for m in re.finditer(r"(?<!专业)(?:代表小组|代表联盟)(?!长)", self.text):
            if m.end() in covered or not self._free(*m.span()):
                continue
            # (“民营经济”人大代表联盟: 人大 may stand between the name and the kind)
            quoted = re.search(r"“([^“”]{1,10})”(?:人大)?$", self.text[:m.start()])
            place = place_ends.get(m.start())
            if quoted:
                start, name = quoted.start(), quoted.group(1)
            elif place is not None:
                start, name = m.start() - len(place.name), place.name
            else:
                run = re.search(rf"[{CJK}]{{1,12}}$", self.text[:m.start()])
                name = self._BEFORE_GROUP_NAME.sub("", run.group()) if run else ""
                start = m.start() - len(name)
            # (unquoted, a name of its trade: 评选优秀代表小组, 推动代表小组 are no names)
            # (组建了蔬菜种业代表联盟和营商环境代表联盟: an alliance named where it is set up, or at
            # the head of its clause, whatever its trade)
            alliance = m.group() == "代表联盟" and len(name) <= 6 and re.search(
                r"(?:^|[，,；;。：:、和与及]|组建了?|成立了?|设立了?|建立了?)$", self.text[:start])
            if not 2 <= len(name) <= 10 or (place is None and (self._GENERIC_GROUP_NAME.fullmatch(name)
                                                                or _NOT_A_NAME.search(name) or _GROUP_VERB.search(name))) \
                    or not (quoted or place or alliance or re.search("(?:行业|产业|企业|园区|商会|协会|片区|界)$", name)):
                continue
            label = name + m.group()
            kind = self.ex.lexicon.kind_by_suffix(label, "RepresentativeGroup") or "RepresentativeGroup"
            owner = self._body_of_area(place) if place is not None else self._owner_key(start)
            # 市人大代表虎门镇代表小组: the city's deputies in the town, a group of the city's
            # standing committee, not of the town's congress
            level = re.search(r"([省市县区])人大代表$", self.text[:start]) if place is not None else None
            above = self.ctx.place_for_short(level.group(1)) if level else None
            if above is not None and above.level < place.level:
                start, owner = level.start(), self.standing_committee(above)
                label = f"{above.name}人大代表{label}"
            self.mention(start, m.end(), f"group:{label}@{owner or ''}", kind, label, self.text[start:m.end()],
                         claim=False)

    _GROUP_LIST = re.compile(rf"(?:依托|组织|指导|成立|组建|其中)了?((?:[{CJK}]{{2,4}}?代表小组[、和及])*[{CJK}]{{2,4}}?代表小组)")

    def _owner_key(self, position: int) -> str:
        """The body a group belongs to: the nearest one before it, else the home body; a town
        congress for its presidium (镇人大主席团 organizes the town's groups for its congress: one
        group, named in two sentences, is one)."""
        owner = self.owner(self.base + position)
        if owner and self.out.result.entities[owner].kind == "Presidium" and owner.endswith("主席团"):
            congress = owner[: -len("主席团")]
            if congress in self.out.result.entities:
                return congress
        return owner or ""

    # (1个县级人大代表联络总站: 级 too)
    # (12个街道（园区）代表联络站, 45个村（居）联络点)
    _TIER = re.compile(r"(?P<count>\d+|N|[一二两三四五六七八九十]+)个(?P<where>[市县区镇乡街道社区村级园居（）()]*?)(?:人大)?(?:代表)?"
                       r"(?P<kind>联络总站|总站|代表之家|联络站|站|联络室[（(]点[)）]|联络室|室|联络点|点)")
    # 县级人大代表之家1个、镇街人大代表联络站19个: the same, the count after the station's kind
    _TIER_AFTER = re.compile(r"(?P<where>[市县区镇乡街道社区村级园居（）()]*?)(?:人大)?(?:代表)?"
                             r"(?P<kind>联络总站|代表之家|联络站|联络室[（(]点[)）]|联络室|联络点)"
                             r"(?P<count>\d+|[一二两三四五六七八九十]+)个")

    def _network(self) -> None:
        if "个" not in self.text:   # (both tier patterns count in 个)
            return
        tiers = list(self._TIER.finditer(self.text))
        after = list(self._TIER_AFTER.finditer(self.text))
        if len(after) > len(tiers):
            tiers = after
        joined = [t for i, t in enumerate(tiers) if i == 0 or re.fullmatch(r"[+＋、]|和|以及", self.text[tiers[i - 1].end():t.start()])]
        if len(joined) < 2 or self.ctx.home is None:
            return
        home = self.ctx.home
        # (江夏区构建了“1+12+45”…: the area the sentence names before the tiers)
        named = max((m for m in self.mentions if self.category(m.kind) == "AdministrativeArea" and m.end - self.base <= joined[0].start()
                     and self.ctx.places.get(m.surface) is not None), key=lambda m: m.end, default=None)
        area = self.ctx.places[named.surface] if named is not None else \
            self.ctx.recent("Subdistrict", 1) or self.ctx.recent("Town", 1) or home
        label = f"{area.name}人大代表联络站网络"
        key = self.mention(joined[0].start(), joined[-1].end(), area.key + "/network", "LiaisonNetwork", label)
        self.structure(key, "rk:locatedIn", self.place_entity(area))
        for order, tier in enumerate(joined, start=1):
            tier_key = f"{key}/tier{order}"
            self.out.entity(tier_key, "NetworkTier", tier.group(0))
            self.out.attribute(tier_key, "rk:tierOrder", order)
            self.out.attribute(tier_key, "rk:stationKind", tier.group("kind"))
            count = chinese_number(tier.group("count"))
            if count is not None:
                self.out.attribute(tier_key, "rk:stationCount", count)
            self.fact(key, "rk:hasTier", tier_key)
            self.taken.append(tier.span())

    # topics --------------------------------------------------------------------------------
    def _topics(self) -> None:
        found = []
        if "围绕" not in self.text and "报告" not in self.text and "、" not in self.text:   # (what each pattern needs)
            return
        for m in re.finditer(rf"围绕[^，,。；]{{0,20}}?([{CJK}]{{2,6}}问题)", self.text):
            found.append((m.start(1), m.end(1), m.group(1)))
        for m in re.finditer(rf"围绕([{CJK}]{{2,12}}?)(?:开展|进行|组织)(?:专题询问|视察|调研|监督|执法检查)", self.text):
            found.append((m.start(1), m.end(1), m.group(1)))
        # 听取和审议区政府关于重点项目建设情况的专项工作报告: the report's subject is what is supervised
        if "报告" in self.text and re.search("听取|审议", self.text):
            for m in re.finditer(rf"(?:政府|法院|检察院|监委|委员会)关于(?:[0-9]{{4}}年度?)?([{CJK}]{{2,16}}?)(?:工作)?"
                                 rf"(?:情况|工作情况)的(?:专项工作|综合|专项|工作)?报告", self.text):
                found.append((m.start(1), m.end(1), m.group(1)))
        for m in re.finditer(rf"对((?:[{CJK}]{{2,8}}、)+[{CJK}]{{2,8}})等(?:领域|方面)", self.text):
            offset = m.start(1)
            for part in m.group(1).split("、"):
                found.append((offset, offset + len(part), part))
                offset += len(part) + 1
        for s, e, name in found:
            if "的" in name:  # 关注度较高的就医问题 → 就医问题
                s += name.rindex("的") + 1
                name = name[name.rindex("的") + 1:]
            if self._free(s, e) and len(name) >= 2 and "等" not in name:
                self.mention(s, e, "topic:" + name, "SupervisionTopic", name)

    # counts -----------------------------------------------------------------------------------
    # (3至5个 is a range, no count)
    _COUNT = re.compile(rf"(?<![0-9.—\-~至第零一二两三四五六七八九十百千万])([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?"
                        rf"({'|'.join(_MONEY + _MEASURES)}|万人次|万人|人次|个次|个|项|名|大项|小项|章|条|件|家|次|位|户|张|票|人|份|场次|场|篇|所|节|分(?![钟之别类批组期段局会院行站区享工布散])|%|％)"
                        # 12名市、镇人大代表; 六章四十二条: the count after it is no part of what is counted
                        rf"((?:[省市县区镇乡]、)*(?:(?![一二两三四五六七八九十百千]+[章条项个名件次])[{CJK}“”]){{0,10}})")

    def _quantities(self) -> None:
        previous: tuple[int, str] | None = None   # where the last count ended, what it counted
        for m in self._COUNT.finditer(self.text):
            if not self._free(m.start(), m.end(2)):
                continue
            value = chinese_number(m.group(1)) if not re.match(r"[0-9]", m.group(1)) else (
                float(m.group(1)) if "." in m.group(1) else int(m.group(1)))
            if value is None or m.group(1) == "一" or m.group(3).startswith("“") \
                    or (self.text[m.start() - 1:m.start()] == "“" and not m.group(1).isdigit()):
                continue  # 一个, 一条“…”之路: an article, not a count; “二次办理”: a name, no count
            if m.group(2) == "个" and m.group(3).startswith(("月", "工作日", "小时", "季度")):
                continue  # 3个月内: a time, not a count
            if m.group(2) == "分" and not m.group(1)[0].isdigit():
                continue  # 十分重视: very, no score
            if m.group(2) in ("分", "%", "％") and re.match(r"(?:以上|以下)(?:[（(]含[)）])?(?:的|为|者)|[至到~～－-]\s*[0-9]",
                                                          self.text[m.end(2):]):
                continue  # 90分以上的, 80分至90分, 满意率80%以上为满意: a grade's bounds; 综合得分95.2分 is a score
            if m.group(2) == "节" and not re.match(r"[0-9]|.*[十百]", m.group(1)):
                continue  # 五一节, 六一节: a holiday; 授课386节, 十二节课 are lessons
            if re.search(r"(?:低于|高于|不足|不超过)$", self.text[:m.start()]):
                continue  # 对满意率低于90%的…: a threshold, not a count
            thing = re.split(_NOT_COUNTED, m.group(3).replace("“", "").replace("”", ""))[0]
            # 8个全过程人民民主基层实践点: a site's name ending is what is counted, whole (12个基层立法联系点
            # 广泛征求意见: and no more)
            thing = max([e.group() for _, ending, _, _ in self.ex._designated_sites
                         if (e := ending.match(self.text, m.start(3)))], key=len, default=thing)
            if m.group(2) == "章":
                thing = ""   # 共6章42条: a law's chapters, counted by their unit
            elif (not thing and not m.group(3).startswith("来自")) or m.group(2) in ("%", "％", *_MONEY, *_MEASURES):
                # (由23名来自制造业企业的代表组成: who they are comes after, not before)
                # 应到代表65名，满意率95.6%, 代表63名编入: what is counted comes before the number,
                # after a place, body or session named there (浏阳市民生实事项目10件 counts 民生实事项目;
                # 县人大常委会第十五次会议应到组成人员35人, 应到组成人员).
                start = max([m.start() - 18] + [x.end - self.base for x in self.mentions
                                               if m.start() - 20 < x.end - self.base <= m.start()
                                               and self.category(x.kind) in _NAMED_BEFORE_A_COUNT])
                before = re.split(rf"[^{CJK}]", self.text[max(0, start):m.start()])[-1]
                # (从12个候选项目中…: the unit of the count before, not what this one counts)
                after_count = re.search(r"[0-9]$", self.text[:m.start() - len(before)]) is not None
                # the words after the last verb, or before it where it ends the run (收入完成48.62亿元)
                # (办结率, 满意率: a rate, not the verb; 共同开展: no 共; 0票反对: 对 is part of a word)
                before = next((part for part in reversed(re.split(
                    r"(?:已|累计|以来|配备|达到|达|有(?!效)|为|共计|(?<!公)共(?!同)|共同|是|均|了|的|等|将|新建|获得?|组织|动员|完成|安排|压减|提出|收集|办结|"
                    r"开展|占(?!比)|及|收到|受理|征集|发放|梳理|制定|出台|建立|建成|设立|形成|明确|确定|(?<!反)对|培养|培育|选聘|查看|召开|举办|举行|分别|低于|高于|超过|至少|走访|"
                    # (漏损率控制在12%, 水土保持率提高到87.6%, 通行时间缩短约40%, 计划总投资约1.36亿元)
                    # (满意率均在90%以上, 满意率保持在95%: the rate, not 在)
                    r"控制在|保持在|稳定在|在$|提高到|提升到|提高至|提升至|降低到|降至|下降到|增加到|增至|缩短|约|由|增设|设置|审批|推动解决|推动|以|改造|"
                    # (选举产生县人大代表14名, 依法划分选区32个, 集中视察不少于2次)
                    r"产生|划分|不少于|不低于|协调|施划|抽查|开设|仅|吸纳|评选|收回|"
                    # (8个民生实事项目中已完工2个: 2 of the projects)
                    r"完工|竣工|开工|"
                    # (处置固体废物3.5万吨, 复垦耕地1200亩: the land or waste the work was done on)
                    r"处置|整治|治理|复垦|"
                    # (接待选民群众326人次, 审查规范性文件23件, 督促纠正2件: whom or what; not 接待室, 审查意见)
                    r"接待(?!室|日|站|点|中心|窗口)|审查(?!意见|报告|工作|结果|监督)|督促|纠正|"
                    # (通过上缴财政…等方式整改问题金额3.15亿元)
                    r"方式)(?!率)", before)) if part), "")
                # (省、市、县、镇四级人大代表9名: the levels listed, 四级 starts what is counted)
                before = re.sub(r"^[省市县区镇乡](?=[两三四五]级)", "", before)
                # (年底前全市农村自来水普及率: the scope 全市 starts what is counted)
                before = re.sub(r"^.+?(?=全[省市县区镇乡].{2,})", "", before)
                thing = re.sub(r"^(?:[今去明本当全]?年(?!度)|大会|本次会议|本次|会议|会上|其中|其他|其余|其|另|分别|和|与|以|"
                               r"得(?=赞成|反对|弃权)|全[省市县区镇乡])+", "",
                               before) or thing
                # (20名代表中有5名: what the count before it counted, its unit left behind, 名代表中 → 代表)
                thing = re.sub(r"^(?:名|个|人|位|家|项|件)(.+?)中$", r"\1", thing)
                if after_count:
                    thing = re.sub(r"^[个名人位家项件条票次]", "", thing)
                # (“老旧小区加装电梯”项目得票79票: the project, read with the projects, owns its 得票)
                thing = re.sub(r"^.*(?:项目|工程)(?=得票$)", "", thing)
                thing = "得票" if thing == "得" else thing   # (候选人李伟东得14票: the votes a person got)
            if not thing and previous and m.start() and self.text[m.start() - 1] in "、和及" \
                    and re.fullmatch("[、和及]?", self.text[previous[0]:m.start()]):
                thing = previous[1]   # 满意率分别为95.6%、92.3%: the second counts what the first does
            elif not thing and previous and (area := self._area_before(m.start())) is not None \
                    and re.fullmatch(r"[，,、]", self.text[previous[0]:area.start - self.base]):
                thing = previous[1]   # 古城区建成代表联络站11个，玉龙纳西族自治县16个: the same thing in the next area
            elif previous and previous[0] == m.start() and re.match(r"[0-9一二两三四五六七八九十百千万]", m.group(0)) \
                    and self.text[m.start() - 1] in "章条项个名件次":
                thing = ""            # 共6章42条: articles, not 章 (63名编入6个代表小组 is read on)
            elif not thing and previous and previous[2] == m.group(2) and re.search(r"(?:其中|其余|其他|另有|另)$", self.text[:m.start()]):
                thing = previous[1]   # 建成代表联络站10个，其中4个…，其余6个…: parts of the count before
            previous = (m.end(), thing, m.group(2))
            label = m.group(0)[: m.end(2) - m.start()] + thing
            key = f"quantity:{self.base + m.start()}"
            self.out.entity(key, "Quantity", label)
            self.out.attribute(key, "rk:numericValue", value)
            self.out.attribute(key, "rk:unit", m.group(2))
            if thing:
                self.out.attribute(key, "rk:countedThing", thing)
            self.mentions.append(Mention(self.base + m.start(), self.base + m.end(), key, "Quantity", m.group(0)))

    # relations -------------------------------------------------------------------------------------
    def owner(self, position: int) -> str | None:
        # 县住建局满意率95.6%: a department named right before a count in its clause owns it
        # (县交通运输局、县水利局等6家承办单位: a count of the list, not of the last department)
        department = max((m for m in self.mentions if m.kind == "GovernmentDepartment" and m.end <= position
                          and not re.search("[，,；;。：:]", self.body[m.end:position])), key=lambda m: m.end, default=None)
        rating = re.match(r"[0-9.]+\s*(?:%|％|票|分)", self.body[position:position + 12])
        if department is not None and not self.body.startswith("等", department.end) and rating:
            return department.key   # (a rating, a vote or a score: 区财政局3个部门 counts departments)
        # 被评议部门县教育局：满意票18票，基本满意票4票…: the ratings of the department the row opens with
        opener = next((m for m in self.mentions if m.kind == "GovernmentDepartment" and m.end < position
                       and self.body[m.end:m.end + 1] in "：:" and not re.search("[。；;]", self.body[m.end:position])),
                      None) if rating else None
        if opener is not None:
            return opener.key
        # 县医疗保障局获得满意票19票…，综合得分95.2分: the ratings of the department the sentence opens with
        # (测评结果显示：县医疗保障局…: opening the part after a colon; 莫建华牵头推动…，测评满意率为95.6%:
        # a deputy's appraisal, the satisfaction the voters gave them)
        appraised = ("GovernmentDepartment", "Person") if rating and "满意" in self.body[max(0, position - 8):position + 12] \
            else ("GovernmentDepartment",)
        subject = next((m for m in self.mentions if m.kind in appraised
                        and m.start == self._after_last("：:", m.start)), None) if rating else None
        if subject is not None and not re.search("全[省市县区镇乡]", self.body[subject.end:position]) \
                and not any(m.kind == subject.kind and subject.end <= m.start < position for m in self.mentions):
            return subject.key
        # 全区一般公共预算收入完成128.6亿元, 县级预算收入: the area's, where no body is named before it
        clause = self._after_last("，,；;。", position)
        named_here = any(clause <= m.start < position and m.kind not in ("Quantity", "Mechanism")
                         and self.category(m.kind) != "AdministrativeArea" for m in self.mentions)
        if (re.match(rf"(?:同比|比上年)?(?:增长|下降|减少|提高)|[{CJK}]{{0,6}}占比", self.body[clause:position])
                or (re.match("其中", self.body[clause:position]) and not named_here)) and self._last_count_owner:
            # 完成128.6亿元，增长5.3%: the rise of the count before it; 登记选民812356人，其中新增
            # 选民15420人: a part of it
            return self._last_count_owner
        # (…收集意见建议63条，…形成41条意见建议。其中，涉及…的12条: parts of the last count of the
        # sentence before, whoever it was about)
        sentence_before, owner_before = self.ctx.count_owner
        if owner_before and sentence_before == self.ctx.sentence - 1 and re.match("其中[，,]", self.body[self.s.span.start:]) \
                and not any(m.start < position and m.kind not in ("Quantity", "Mechanism")
                            and self.category(m.kind) != "AdministrativeArea" for m in self.mentions):
            return owner_before
        # 锦江区共设立区、街道、社区三级河长186名: the area the clause is about, named first (its
        # deputies, 平乐镇现有镇人大代表52名, are its congress's)
        # (古城区建成代表联络站11个，玉龙纳西族自治县16个: each area's count, the thing said once;
        # 乌镇镇今年完成高标准农田建设1.2万亩: money or a measure, whatever the verb)
        # (an amount's thing is named before it: what follows it is not what it measures; read
        # once here for the rest of the method too)
        amount = self._AMOUNT.match(self.body, position, position + 16)
        area = next((m for m in self.mentions if m.start == clause and m.end <= position
                     and self.category(m.kind) == "AdministrativeArea"
                     and (re.match(r"(?:共|现有|累计|已|全年|建成)", self.body[m.end:position]) or m.end == position or amount)
                     and not re.search("代表(?!联络|之家)", self.body[m.end:position if amount else position + 16])), None)
        if area is not None and not any(clause <= m.start < position and self.category(m.kind) in ("CongressBody", "BodySet")
                                        for m in self.mentions):
            return area.key
        # (…汇报：今年全区共列入重点项目126个，总投资386.5亿元: the area's, clause after clause,
        # to the end of the part the colon or semicolon opens)
        whole = re.search(r"全([省市县区])|([省市县区])级", self.body[clause:position])
        part = clause
        if whole is None:
            part = self._after_last("：:；;", position)
            whole = re.match(r"[^，,]{0,8}?全([省市县区])()", self.body[part:clause]) if part < clause else None
        if whole and not any(part <= m.start < position and self.category(m.kind) in ("CongressBody", "BodySet")
                             for m in self.mentions):
            place = self.ctx.place_for_short(whole.group(1) or whole.group(2))
            if place is not None:
                return self.place_entity(place)
        # (宜章县在候选项目征集阶段…共征集群众意见建议1380余条, in a city's round-up of its counties:
        # the county the sentence is about, where no body or organ is named before the count)
        home = self.ctx.home
        if home is not None and home.level < 3 and not any(
                m.start < position and m.kind != "Quantity" and self.category(m.kind) not in ("AdministrativeArea", "Mechanism", "Law")
                for m in self.mentions):
            # (the sentence's subject: opening it, its count's clause, or after a time: 今年1月，汝城县对…)
            county = max((m for m in self.mentions if m.start < position and m.key.startswith(home.key) and m.key != home.key
                           and self.ex.lexicon.is_a(m.kind, "County") and not self.body.startswith("、", m.end)
                           and (m.start in (clause, self.s.span.start)
                                or re.fullmatch(r"[^，,。；;]{0,10}[，,]", self.body[self.s.span.start:m.start]))),
                         key=lambda m: m.start, default=None)   # (…，武侯区设立三级河长214名: the nearest)
            if county is not None:
                return county.key
        meetings = [m for m in self.mentions if m.kind == "Meeting"]
        if meetings:  # counts in a sentence about a session are the session's (votes, attendance)
            return meetings[0].key
        # (过去一年，县人大常委会共召开常委会会议8次: a body's own year, though it says 会议)
        body_first = any(m.end <= position and self.category(m.kind) == "CongressBody" for m in self.mentions)
        # (资兴市人代会从9个候选项目中票决产生6个: another congress than the one whose session is in view)
        another = any(m.end <= position and m.kind in ("PeoplesCongress", "TownCongress")
                      and m.key != self.ctx.meeting_of.get(self.ctx.meeting) for m in self.mentions)
        # (另有3个候选项目得票未过半数，未能当选: a session's election; a standing committee's meeting elects no one)
        elected = "当选" in self.text and not self._standing_committee_meeting(self.ctx.meeting) if self.ctx.meeting else False
        if self.ctx.meeting and not another and (re.search("票决|选票|表决|应到|实到|出席", self.text) or elected or (
                not body_first and re.search("(?<!主任)会议|大会", self.text))):
            # (…关于市十七届人大四次会议代表建议交办情况的汇报。本次大会期间，代表共提出建议312件: in a
            # standing committee's meeting, 大会 is the congress's session it spoke of)
            if self._DURING_CONGRESS.search(self.text) and self._standing_committee_meeting(self.ctx.meeting) \
                    and self.ctx.congress_session:
                return self.ctx.congress_session
            return self.ctx.meeting
        # a person named before the count, after any body, in its clause or in a sentence that
        # names no body: 叶秋萍累计提交建议31件，开展调研22次
        # (a group owns a count of its members or work, not a count of groups: the groups named
        # before “新青年”五个代表联盟 are those counted)
        groups = not re.match(rf"[0-9一二两三四五六七八九十]+[个支](?:[{CJK}]{{0,4}})(?:代表小组|代表联盟)",
                              self.body[position:position + 14])
        # (县人大代表联络总站设在县人大常委会机关，全年接待群众120人次: where it is, not who counts)
        # (nor a station a count of stations: 金盆村、三江村等8个村级代表之家 are the town's)
        stations = not re.match(rf"[0-9一二两三四五六七八九十]+个(?:[{CJK}]{{0,4}})(?:代表之家|联络站|联络点|联络室)",
                                self.body[position:position + 14])
        # (…农业农村5个专业代表小组，共吸纳代表76名: the groups of a list together, none of them alone)
        if groups:
            listed = [m for m in self.mentions if m.end <= position and self.category(m.kind) == "RepresentativeGroup"]
            last_end = max((m.end for m in listed), default=None)
            groups = len({m.key for m in listed if m.end == last_end}) < 2
        named = [m for m in self.mentions if m.end <= position and (self.category(m.kind) in (
            "CongressBody", "BodySet", "ResidentsCouncil", "LegislativeContactPoint", "DemocracyPracticeSite",
            "StateOrgan", "ElectionCommittee")
            or (groups and self.category(m.kind) == "RepresentativeGroup")
            or (stations and self.category(m.kind) == "LiaisonStation"))
            and not self.body.endswith("设在", 0, m.start)
            and not (self.body.endswith("经", 0, m.start) and self.body.startswith("批准", m.end))]   # (经市人大常委会批准设立: it approved, no more)
        # A deputy's own work (叶秋萍累计提交建议31件), not an official's answer (副乡长龙建国回应，
        # 已落实管护资金45万元), nor the work of deputies named together (高建国，…马秀兰等11名代表
        # 共接待居民64人次; 吴秀英及部分乡人大代表共18人参加).
        said = self._after_last("；;", position)
        speaker = max((m for m in self.mentions if m.kind == "Person" and said <= m.start and m.end <= position),
                      key=lambda m: m.end, default=None)
        department = self._department_of(speaker.key) if speaker is not None and not named else None
        if department is not None:
            return department   # 县住建局局长吴晓峰回应，今年计划改造老旧小区21个: the department's
        bodies = named + [m for m in self.mentions if m.kind == "Person" and m.end <= position
                          and (m.start >= clause or not named) and self._deputy(m.key)
                          and not re.search(r"(?:等|及|和)(?:[^，,。；;]*?[0-9一二两三四五六七八九十]+[名位人]|$)",
                                            self.body[m.end:position])]
        if bodies:
            last = max(bodies, key=lambda m: m.end)
            # (市人大常委会会同黟县人大常委会先后8次深入…: the count of the body that led, the other joining it)
            leader = next((m for m in bodies if m.end <= last.start
                           and re.fullmatch("会同|与|同", self.body[m.end:last.start])), None)
            return (leader or last).key
        # (区财政局对…问题，收回结余结转资金2860万元: the department its part of the sentence is about)
        agents = [m for m in self.mentions if said <= m.start < position and m.kind == "GovernmentDepartment"] \
            if amount else []
        if len(agents) == 1:
            return agents[0].key
        if self.ctx.home is not None and (amount or "整改" in self.body[said:position + 16]):
            # 市属国有企业实现营业收入1289.4亿元, 征收水土保持补偿费1.85亿元, 全市耕地面积56.8万亩: money
            # or a measure no body is named with is the home area's (its enterprises', its
            # government's, its land), not its congress's;
            # so are the results of rectifying audit findings (已整改到位61个，整改率89.7%), the
            # government's work that a report to the congress gives
            return self.place_entity(self.ctx.home)
        return self.default_agent()

    _AMOUNT = re.compile(rf"[0-9.]+(?:余|多)?(?:{'|'.join(_MONEY + _MEASURES)})")   # money or a measure

    _RECOMMENDS = re.compile(r"(建议|要求|希望|表示|介绍)[，,：:]")

    def _recommended(self, position: int) -> bool:
        """Whether the sentence before ``position`` is a recommendation to others (会议建议，要…;
        钟国华要求，各级政府…要…) or an official's account of the government's work (市财政局局长
        罗慧敏表示，…): a mechanism coined there is not the congress body's own."""
        cue = None
        for cue in self._RECOMMENDS.finditer(self.body, self.s.span.start, position):
            pass
        if cue is None:
            return False
        if cue.group(1) == "建议":
            return True
        if cue.group(1) in ("要求", "希望"):
            # asked of the government (各级政府及有关部门要…, 各承办单位要…), not of the congress's
            # own stations or committees (各代表联络站要进一步完善…工作机制)
            addressed = re.match(r"[^，,。；;]*?要", self.body[cue.end():position])
            return bool(addressed and re.search("政府|部门|单位|承办|企业", addressed.group())
                        and not re.search("人大|代表|联络站", addressed.group()))
        speaker = max((m for m in self.mentions if m.kind == "Person" and m.end <= cue.start()),
                      key=lambda m: m.end, default=None)
        return speaker is not None and self._department_of(speaker.key) is not None

    def _site_opening(self, inside: list[Mention], start: int, before: int) -> str | None:
        """A station or site that opens the clause (after the places its name starts with) and
        acts in it: the key of 束河街道代表联络站 in 古城区束河街道代表联络站探索…."""
        at = start + len(self.body[start:before]) - len(self.body[start:before].lstrip())
        for x in inside:
            if x.start != at or x.end > before:
                continue
            if self.category(x.kind) == "AdministrativeArea":
                at = x.end   # a place named before the site's own name
            elif self.category(x.kind) in ("LiaisonStation", "LegislativeContactPoint", "DemocracyPracticeSite") \
                    and re.match(_SITE_ACTS, self.body[x.end:before]):
                return x.key
        return None

    def _area_before(self, at: int) -> Mention | None:
        """The place named right before ``at`` in the sentence (玉龙纳西族自治县16个), if any."""
        return next((x for x in self.mentions if self.category(x.kind) == "AdministrativeArea"
                     and x.end - self.base == at), None)

    def _deputy(self, person: str) -> bool:
        """Whether the article names ``person`` a deputy (人大代表) or a post of their own."""
        entities = self.out.result.entities
        return any(f.obj == person and f.predicate == "org:heldBy"
                   and entities[f.subject].attributes.get("rk:postTitle", [""])[0].endswith("代表")
                   for f in self.out.result.facts)

    def _department_of(self, person: str) -> str | None:
        """The government department the article gives ``person`` a post in, if any."""
        entities, facts = self.out.result.entities, self.out.result.facts
        posts = {f.subject for f in facts if f.predicate == "org:heldBy" and f.obj == person}
        return next((f.obj for f in facts if f.predicate == "org:postIn" and f.subject in posts
                     and entities[f.obj].kind == "GovernmentDepartment"), None)

    def default_agent(self) -> str | None:
        """Who acts when a sentence names no body: the publishing area's congress body."""
        home = self.ctx.home
        return self._body_of_area(home) if home is not None else None

    def _relations(self) -> None:
        if not self.mentions:   # (a sentence that names nothing relates nothing)
            return
        body_cats = ("CongressBody", "BodySet")
        ordered = sorted(self.mentions, key=lambda m: m.start)
        # 区人大常委会预算工作委员会: the committee acts, not the standing committee written before it
        named_before = {m.start for m in ordered if self.category(m.kind) == "CongressBody"}
        sentence_bodies = [m for m in ordered if self.category(m.kind) in body_cats
                           and not (m.kind == "StandingCommittee" and m.end in named_before)]
        roles = self._event_roles(ordered)
        for clause in clause_spans(self.s):
            inside = [m for m in ordered if clause.start <= m.start < clause.end]
            if not inside:
                continue   # a clause that names nothing relates nothing
            text = self.body[clause.start:clause.end]
            bodies = [m for m in inside if m in sentence_bodies]
            agents = [m for m in bodies if not _OBJECT_CUE.search(self.body[max(clause.start, m.start - 10):m.start])]
            # 指导各镇人大…，将…: the object of a pivot verb acts in the clauses after it; 在X, 对X do not.
            # (…；《南阳市白河水环境保护条例》落实…: a clause whose subject is a title is about it)
            earlier = [m for m in sentence_bodies if m.end <= clause.start
                       and self.body[max(self.s.span.start, m.start - 1):m.start] not in ("在", "对", "向")
                       and not text.lstrip().startswith("《")]
            acting = agents[0] if agents else (earlier[0] if earlier else None)
            if acting is None:   # 湖北省…常务委员会第十八次会议表决批准了《…》: the body holding the session
                held = next((m for m in inside if m.kind == "Meeting" and m.key in self.ctx.meeting_of), None)
                if held is not None:
                    owner = self.ctx.meeting_of[held.key]
                    acting = Mention(held.start, held.end, owner, self.out.result.entities[owner].kind, held.surface)
            carried = None if text.lstrip().startswith("《") else self.ctx.carried   # (likewise after a ；)
            respective = self._respectively(inside)
            # The home body acts by default only where the clause gives it something to do: not
            # where each count has an owner of its own (该联系点收集意见38条), so that it is not
            # named (nor its jurisdiction quoted) from a clause that does not concern it.
            if acting is None and not carried and not any(self.category(m.kind) in _ACTED_ON for m in inside):
                last, owned = self._last_count_owner, []
                for m in (m for m in inside if m.kind == "Quantity"):
                    self._last_count_owner = self._count_owner(m, respective)   # (a rise is the last count's)
                    if self._last_count_owner is None:
                        break
                    owned.append((self._last_count_owner, m.key))
                else:
                    for owner, count in owned:
                        self.fact(owner, "rk:hasQuantity", count)
                    continue
                self._last_count_owner = last   # read again below, with the home body as the default
            # (近年来，各地人大常委会围绕…探索…: congresses in general, not the home body)
            agent = acting.key if acting else (carried or (None if _CONGRESSES_IN_GENERAL.search(self.text)
                                                           else self.default_agent()))
            if agent is None:
                continue
            # 荣昌区人大常委会与隆昌市人大常委会组成联合执法检查组: both act
            partners = self._joined_with(acting, sentence_bodies) if acting else []
            # 委托…, 指导晋江市人大常委会、安溪县人大常委会同步开展执法检查: those bodies do it too
            delegated = [b for b in bodies if b.key != agent] if re.search(
                "委托|交办|联动|组织|指导[^，,。；;]*(?:同步|同时|一并)", text) else []
            # 代表们围绕参加人代会、参与视察调研等情况作了汇报: what deputies report they did
            reported = [] if agents else [r.span() for r in _REPORTED.finditer(self.body, clause.start, clause.end)]
            pilots = [m for m in bodies if re.search(r"(?:在|选择|确定)$", self.body[max(clause.start, m.start - 2):m.start])]
            if "试点" in text and (pilots or bodies):
                agent = (pilots or bodies)[0].key
            for m in inside:
                cat = self.category(m.kind)
                if cat in body_cats and m.key != agent and re.search("指导|督促|要求", text) and not self._is_part(m.key, agent):
                    self.fact(agent, "rk:guides", m.key)
                elif cat == "Mechanism" and m.kind != "Quantity":
                    if any(s <= m.start and m.end <= e for s, e in reported) or self.body.endswith("陪同", 0, m.start):
                        continue   # (…陪同视察: the hosts accompany the visit, it is not theirs)
                    if acting is None and self._law_opens(clause.start):
                        continue   # (《条例》明确…建立了…协作机制: what the law sets up, not the body's own)
                    if _LEARNING.search(self.body, clause.start, m.start):
                        continue   # (赴海曙区考察学习“代表联络站+网格”工作法: another body's, learned)
                    if not m.key.startswith("known:") and (self._recommended(m.start) or _OTHERS_ACT.match(text.lstrip())):
                        # (会议建议，要…建立跨部门资产调剂共享机制; 承办单位普遍建立了…工作机制: the
                        # government's, or the departments', not the congress body's)
                        continue
                    # (古城区束河街道代表联络站探索“纳西古乐+代表履职”模式: the station's own, where
                    # the clause opens with it and names no congress body)
                    site = None if agents else self._site_opening(inside, clause.start, m.start)
                    for actor in (site,) if site else (agent, *partners):
                        relation = self._mechanism_relation(m, text, actor)
                        if relation == "rk:operatesMechanism":
                            relation = roles.get(actor, relation)
                        self.fact(actor, relation, m.key)
                    # 由市人大常委会主办，吴兴区人大常委会承办，织里镇人大协办: each body in its role
                    for actor, relation in roles.items():
                        if actor not in (agent, *partners, site):
                            self.fact(actor, relation, m.key)
                    # 委托长安镇人大、许村镇人大同步开展执法检查: the delegated bodies do it too; so
                    # where the sentence is about this one (此次执法检查由市人大常委会委托长安镇人大…).
                    this_one = self.body.endswith(("此次", "本次", "这次"), max(0, m.start - 2), m.start)
                    for other in delegated:
                        if other.start < m.start or this_one:
                            self.fact(other.key, "rk:operatesMechanism", m.key)
                elif cat == "Law":
                    # an inspection named by any of its labels (an alias added in Protégé too)
                    inspected = "执法检查" in self.text or any(x.key == _INSPECTION for x in self.mentions)
                    # (下半年将对《食品安全法》开展执法检查: a plan, the law only referred to)
                    inspected = inspected and not _PLANNED.search(self.body[self.s.span.start:m.start])
                    for actor in (agent, *partners, *(o.key for o in delegated if inspected)):
                        self.fact(actor, "rk:inspectsLaw" if inspected else "rk:refersToLaw", m.key)
                elif cat == "PolicyDocument":
                    creator = self._document_creator(m, clause.start, agent)
                    if creator is not None:
                        self.fact(m.key, "dcterms:creator", creator)
                elif cat == "SupervisionTopic":
                    self.fact(agent, "rk:supervisesTopic", m.key)
                elif cat == "GovernmentDepartment":
                    if self.category(self.out.result.entities[agent].kind) != "CongressBody" \
                            or _PLANNED.search(self.body[self.s.span.start:m.start]):
                        continue   # (2025年县人大常委会将…对县卫生健康局开展工作评议: a plan, not an appraisal)
                    if re.search("评议|测评|满意度", text) or (
                            # (…进行了满意度测评，市水利局满意率为92.3%: rated in a clause after the appraisal)
                            re.search("满意", text) and re.search("评议|测评", self.body[self.s.span.start:clause.start])):
                        self.fact(agent, "rk:appraises", m.key)
                    # 开展专题询问…，市民政局、市卫健局负责人到会应询; 对县民政局进行专题询问; 询问了县民政局、
                    # 县卫健局: the departments the inquiry questions (not …将询问中的问题交市民政局整改)
                    if _INQUIRY.search(self.text) and (_QUESTIONED.search(self.body, m.end, clause.end) or re.search(
                            r"(?:询问|质询)了?(?:[^，,。；;]*、)?$", self.body[clause.start:m.start])):
                        self.fact(agent, "rk:questions", m.key)
                elif cat == "RepresentativeGroup":
                    self.fact(m.key, "rk:organizedBy", m.key.rsplit("@", 1)[-1] or agent)
                elif cat == "LiaisonNetwork":
                    self.fact(m.key, "rk:stationOf", agent)
                elif m.kind == "Quantity":
                    self._last_count_owner = self._count_owner(m, respective) or agent
                    self.fact(self._last_count_owner, "rk:hasQuantity", m.key)
                    self.ctx.count_owner = (self.ctx.sentence, self._last_count_owner)

    def _count_owner(self, count: Mention, respective: dict[str, str]) -> str | None:
        """What a count is about, if the sentence says: not the clause's acting body by default."""
        return (respective.get(count.key) or self._law_counted(count) or self._project_voted(count)
                or self._co_signed(count) or self._vote_on(count) or self._elected(count) or self.owner(count.start))

    def _co_signed(self, count: Mention) -> str | None:
        """由顾明华等12名代表联名提出的《…议案》: the deputies who signed the motion named right after."""
        return next((m.key for m in self.mentions if self.ex.lexicon.is_a(m.kind, "DeputyProposal")
                     and count.end <= m.start <= count.end + 6   # (the count's span may run on to the title)
                     and re.search(r"^[^，,。；;]*联名(?:提出|提交)?的?$", self.body[count.start:m.start])), None)

    def _law_opens(self, clause_start: int) -> bool:
        """Whether the sentence (up to this clause) is about a law it opens with: 《条例》明确了…, 《条例》规定…"""
        opener = next((m for m in self.mentions if m.start == self.s.span.start and m.kind == "Law"), None)
        return opener is not None and not any(self.category(m.kind) in ("CongressBody", "BodySet")
                                              for m in self.mentions if m.start < clause_start)

    def _law_counted(self, count: Mention) -> str | None:
        """《…条例》…表决通过，共6章42条; 不分章节，共28条: the chapters and articles of the law the
        sentence names (before them, else the first), not of the session that passed it."""
        attributes = self.out.result.entities[count.key].attributes
        if attributes.get("rk:unit") not in (["章"], ["条"]) or attributes.get("rk:countedThing") \
                or not re.search(r"共(?:[0-9一二三四五六七八九十]+章)?$", self.body[max(self.s.span.start, count.start - 8):count.start]):
            return None
        laws = [m for m in self.mentions if m.kind == "Law"]
        before = [m for m in laws if m.end <= count.start]
        return max(before, key=lambda m: m.end).key if before else (laws[0].key if laws else None)

    def _respectively(self, inside: list[Mention]) -> dict[str, str]:
        """县住建局、县交通运输局满意率分别为95.6%、92.3%: the counts after 分别, in order, of the
        departments or bodies listed before it (count key → owner key), when the numbers agree."""
        # (…的两个决议，分别以赞成421票、425票: 分别 opens the clause of the counts)
        opens = self._after_last("，,；;。：:", inside[0].start) if inside else 0
        at = next((m.start() for m in re.finditer("分别", self.body[opens:inside[-1].end])), None) \
            if inside else None
        if at is None:
            return {}
        at += opens
        counts = [m for m in inside if m.kind == "Quantity" and m.start >= at]
        # the departments or bodies named last before it, in this clause or an earlier one of the
        # sentence (…对A、B、C开展了满意度测评，三个部门的满意率分别为95.2%、91.8%和88.5%)
        # (王建平、黄丽蓉、吴清泉分别以70票、68票、65票当选: the persons elected)
        named = sorted((m for m in self.mentions if m.end <= at and (m.kind in ("GovernmentDepartment", "Person", "Resolution")
                                                                     or self.category(m.kind) == "CongressBody")),
                       key=lambda m: m.start)
        owners = named[-len(counts):] if counts else []
        if len(counts) < 2 or len(owners) != len(counts) or len({self.category(m.kind) for m in owners}) > 1:
            return {}
        return {count.key: owner.key for owner, count in zip(owners, counts)}

    def _joined_with(self, first: Mention, bodies: list[Mention]) -> list[str]:
        """The bodies written right after ``first`` as one subject with it (A与B, A、B和C)."""
        joined, last = [], first
        for m in bodies:
            if m.start < last.end:
                continue
            gap = re.match(r"(?:与|和|、|及|同|会同)", self.body[last.end:m.start])
            # (A与四川省B: the places written before B's own name are part of its name)
            places = sum(p.end - p.start for p in self.mentions if self.category(p.kind) == "AdministrativeArea"
                         and last.end + (gap.end() if gap else 0) <= p.start and p.end <= m.start)
            if gap is None or gap.end() + places != m.start - last.end:
                break
            if m.key != first.key:
                joined.append(m.key)
            last = m
        return joined

    _CREATES = re.compile(r"出台|制定|印发|发布|修订|起草|出炉|推出|下发|审议通过|通过|形成")

    def _document_creator(self, document: Mention, clause_start: int, agent: str) -> str | None:
        """Who made a document: the agent where the clause says it made it (出台《…》), the body
        written right before the verb (镇人大主席团制定的《…》); none where the clause only
        follows or cites it (对标《…》, 根据《…》)."""
        verbs = list(self._CREATES.finditer(self.body, clause_start, document.start))
        if not verbs:
            return None
        at = verbs[-1].start()
        maker = next((m for m in self.mentions if m.end == at and self.category(m.kind) == "CongressBody"), None)
        return maker.key if maker else agent

    def _supervisors(self) -> None:
        """主任陈立新领衔督办《…的建议》: the leader who follows the proposal right after up, a
        person read with the post before (not the deputy who leads it: 领衔提出)."""
        if "领衔督办" not in self.text:   # (most sentences)
            return
        for proposal in self.mentions:
            if not self.ex.lexicon.is_a(proposal.kind, "DeputyProposal"):
                continue
            at = proposal.start - self.base
            verb = _LEAD_SUPERVISION.search(self.text, max(0, at - 8), at)
            if verb is None:
                continue
            person = next((x.key for x in self.mentions if x.kind == "Person" and x.end - self.base == verb.start()), None)
            if person is not None:
                self.fact(proposal.key, "rk:leadSupervisor", person)

    # 副主任沈国强带队, 率队, 带领检查组, 由…任组长: who leads the team
    _LEADS = re.compile(r"(?:亲自)?(?:带队|率队|领队|带领|任组长|担任组长|为组长)")

    def _leaders(self) -> None:
        """副主任沈国强带队，对…开展执法检查; 由常委会副主任李明任组长的执法检查组: the people
        named before the verb in its clause lead what a body runs in this sentence (not someone
        who accompanies them: 在县长王五陪同下)."""
        if not self._LEADS.search(self.text):   # (most sentences)
            return
        run = {f.obj for f in self.out.result.facts if f.evidence is self.s and f.obj_is_entity
               and self.category(self.out.result.entities[f.subject].kind) == "CongressBody"
               and self.category(self.out.result.entities[f.obj].kind) == "Mechanism"}
        if not run:
            return
        for verb in self._LEADS.finditer(self.text):
            clause = max(self.text.rfind(c, 0, verb.start()) for c in "，,。；;：:") + 1
            for person in self.mentions:
                at, end = person.start - self.base, person.end - self.base
                if person.kind == "Person" and clause <= at and end <= verb.start() \
                        and not re.match(r"(?:同志)?(?:的)?陪同", self.text[end:]):
                    for mechanism in sorted(run):
                        self.fact(person.key, "rk:leads", mechanism)

    def _handling(self) -> None:
        """…的建议，由市住房和城乡建设局主办、市财政局协办: the departments handling the deputies'
        proposal named last before them in the sentence (which a ； ends, as it ends the next's)."""
        proposals = [m for m in self.mentions if self.ex.lexicon.is_a(m.kind, "DeputyProposal")]
        if not proposals:   # (most sentences: no sorting for them)
            return
        for listed, role in self._roles_written(sorted(self.mentions, key=lambda m: m.start), _HANDLING_ROLE):
            proposal = max((p for p in proposals if p.end <= listed[-1].start), key=lambda p: p.end, default=None)
            if proposal is None:
                continue
            for body in listed:
                self.fact(proposal.key, "rk:coHandledBy" if role.group(1) in ("协办", "配合") else "rk:handledBy", body.key)

    def _roles_written(self, ordered: list[Mention], roles: re.Pattern):
        """Each role word of ``roles`` written right after a body of the sentence: (that body and
        the bodies listed right before it, 市财政局、市城管局协办; the role word's match)."""
        bodies = [m for m in ordered if self.category(m.kind) in _ROLE_HOLDERS]
        for i, m in enumerate(bodies):
            role = roles.match(self.body, m.end)
            if role is None:
                continue
            listed = [m]
            while i > 0 and re.fullmatch("[、和与及]", self.body[bodies[i - 1].end:listed[0].start]):
                i -= 1
                listed.insert(0, bodies[i])
            yield listed, role

    def _event_roles(self, ordered: list[Mention]) -> dict[str, str]:
        """The bodies of the sentence written right before 主办, 承办 or 协办, each with the
        relation its role gives it (a list, 县人大常委会、县司法局联合主办: each of them)."""
        roles: dict[str, str] = {}
        for listed, role in self._roles_written(ordered, _EVENT_ROLE):
            # (…的建议，由市住建局主办、市财政局协办: the departments that handle a deputy's
            # suggestion, 主办单位 and 协办单位, not an activity's hosts)
            if _HANDLING.search(self.body, self.s.span.start, listed[-1].start):
                continue
            for body in listed:
                roles.setdefault(body.key, _ROLE_RELATIONS[role.group(1)])
        return roles

    def _mechanism_relation(self, m: Mention, clause: str, agent: str) -> str:
        if self.ex.lexicon.is_a(m.kind, "WorkBrand"):
            return "rk:hasBrand"
        if "试点" in clause:
            return "rk:pilots"
        agent_kind = self.out.result.entities[agent].kind
        if agent_kind in ("SpecialCommittee", "WorkingCommittee") and re.search("负责|指导|牵头|推进", clause):
            return "rk:responsibleFor"
        return "rk:operatesMechanism"

    def _is_part(self, key: str, of: str) -> bool:
        return key.startswith(of) or of.startswith(key)


# A list of what someone reports on (围绕…等情况作了汇报, 就…等方面进行述职): not what a body does.
_REPORTED = re.compile(r"(?:围绕|就)[^，,。；;]{2,80}?等?(?:情况|方面)(?:作了?|进行了?)?(?:汇报|述职|交流|发言)")
# 由市人大常委会主办，吴兴区人大常委会承办，织里镇人大协办: who holds an activity, in which role
_EVENT_ROLE = re.compile(r"(?:共同|联合)?(主办|承办|协办)(?!单位)")   # (承办单位: a handling department)
_HANDLING = re.compile(r"建议|议案|办理")   # a suggestion's handling, where 主办 is its lead department
# 赴海曙区考察学习“…”工作法, 学习借鉴: what a body learns of another's way of working
_LEARNING = re.compile(r"(?:考察|参观|交流)学习|学习借鉴|借鉴")
_LEAD_SUPERVISION = re.compile(r"(?:亲自)?领衔督办了?$")   # right before the proposal's title
# …的建议，由市水利局承办; 由市发改委牵头办理，市市场监管局配合: a proposal's lead and assisting departments
_HANDLING_ROLE = re.compile(r"(主办|承办|牵头办理|协办|配合)(?!单位)")
_ROLE_RELATIONS = {"主办": "rk:hosts", "承办": "rk:undertakes", "协办": "rk:coOrganizes"}
_ROLE_HOLDERS = ("CongressBody", "GovernmentDepartment", "LiaisonStation", "LegislativeContactPoint", "RepresentativeGroup",
                 "DemocracyPracticeSite", "StateOrgan", "ResidentsCouncil")
# Where the counted noun ends: function words and the verbs that follow counts in this genre.
# A body right after these words is what the clause acts on, not who acts (加强对镇人大的指导).
# (组织区人大财政经济委员会: the committee's name may follow its standing committee's short form)
_OBJECT_CUE = re.compile(r"(?:对|向|指导|督促|帮助|推动|支持|要求|组织)(?:全市|全县|全区)?(?:[省市县区]人大(?:常委会)?)?$")
# Words that end in 省, 市, 县 or 区 without naming an area (社区议事厅 is no 区's 议事厅).
_ENDS_IN_LEVEL = re.compile(r"[社小城辖景园片街地山市郊老新学校矿]区|[城超都门]市|[节反]省")
# A residents' council's names (居民议事会（议政会）, 南门街道居民议政会).
_COUNCIL_NAMES = "居民议事会|居民议政会|议政会"
# The areas that have a residents' council (居民议事会, 议政会).
_COUNCIL_AREAS = ("Subdistrict", "Community")
# State organs outside the congress whose heads articles name (院长, 检察长, 主任 of a 监委).
_STATE_ORGAN = re.compile(r"([省市县区镇乡]|苏木)?(?:中级人民法院|人民法院|人民检察院|监察委员会|监委|人民政府)$")
# What a post written right after its name is in (区人大常委会主任, 县住建局局长).
_POST_ORGANIZATIONS = ("CongressBody", "GovernmentDepartment", "StateOrgan", "ElectionCommittee")
# Sites a body names: the kind, the relation from a site to that body, and its keys' prefix.
_DESIGNATED_SITES = (("LegislativeContactPoint", "rk:contactPointOf", "contact-point"),
                     ("DemocracyPracticeSite", "rk:practiceSiteOf", "practice-site"))
# What a clause's acting body (its own, or by default the home area's) has facts about.
_ACTED_ON = ("CongressBody", "BodySet", "Mechanism", "Law", "PolicyDocument", "SupervisionTopic",
             "GovernmentDepartment", "RepresentativeGroup", "LiaisonNetwork")
# A clause whose subject is the government's departments (承办单位普遍建立了…): they act, not a congress body.
_OTHERS_ACT = re.compile(r"(?:[^，,。；;]{0,8}?[，,])?(?:各|全市|全县|全区)?(?:承办单位|有关部门|相关部门|职能部门|政府部门)")
# A sentence about congresses in general (各地人大常委会, 多地人大, 各级人大常委会): no body of the home acts in it.
_CONGRESSES_IN_GENERAL = re.compile(r"(?:各地|多地|全国各地|一些地方)人大|各级人大常委会")
# What a station or site does itself, written right after its name (探索…模式, 设立“火塘议事会”).
_SITE_ACTS = re.compile(r"(?:还|也|积极|率先|创新|首创|大胆)?(?:探索|设立|打造|推行|创新|推出|首创|实行|建立|形成)")
# 专题询问, 质询: a sentence about an inquiry (_INQUIRY), and in it what follows a department
# it questions (_QUESTIONED: 到会应询, 回答询问, 现场作答, 进行专题询问)
_INQUIRY = re.compile("询问|质询|应询|答询")
_QUESTIONED = re.compile("询问|质询|应询|答询|提问|回答|作答")
# What says a sentence's acts are planned, not done (将对…开展, 拟, 计划, 下一步).
# (根据年度工作计划，…开展执法检查: 计划 as a noun, the act done; 计划于9月开展: a plan)
_PLANNED = re.compile(r"将(?:于|在|对|适时|继续|开展|组织|选取|选择|听取)|拟|计划(?=于|在|对|开展|组织|到)|准备(?!工作)|下一步|明年")
# What a count's counted thing, written before its number, starts after.
_NAMED_BEFORE_A_COUNT = ("AdministrativeArea", "GovernmentDepartment", "CongressBody", "Meeting", "Person", "StateOrgan", "ElectionCommittee",
                         "LiaisonStation", "LegislativeContactPoint", "DemocracyPracticeSite", "RepresentativeGroup")
# Titles that, written bare, are posts in the body whose post the sentence named before.
_POSTS_IN_THE_LAST_BODY = {"副主任", "秘书长", "副秘书长", "委员", "副主席"}
_NOT_COUNTED = re.compile(r"[的和与及进在从为以上将把向等到由是有被已各]|设(?=在|于)|联名|涉及|面向|未获|未能|超过|提交|(?<!集)中(?![心学国华央医小])|推广|(?<!反)对|开展|绘制|发力|产生|进行|参加|出席|编入|建立|"
                          r"成立|组建|组成(?!人员)|分成|分为|覆盖|接待|收集|办结|办理|确定|提出|围绕|通过|获得|表决|正在|担任|颁发|建成|全部|当选|"
                          r"带着|带领|基础|之一|作为|集体|分组|聚焦|逐一|推进|分别|存在|[均仅]|(?<![重主需纲摘概提只])要(?![素点件闻])|列(?=为|入)|来自|共(?![同享建治青])|(?<=候选人)|[0-9]")


# Verbs written before 专业代表小组 or 代表联盟 that name no group (推动代表联盟围绕产业链开展调研).
_GROUP_VERB = re.compile(r"推动|发挥|加强|引导|支持|鼓励|要求|动员|强化|深化|用好|激励|带动|督促")

# What a draft's or an amendment's title adds to the law's name.
_DRAFT = re.compile(r"(?:[（(](?:修订|修正)?草案(?:修改稿|征求意见稿|[一二三]次审议稿)?[)）]|[（(]征求意见稿[)）]|"
                    r"[（(](?:修订|修正)[)）]|修正案(?:[（(]草案[)）])?)$")   # 《开封市城市绿化条例（修订）》


# Development zones named by their kind alone (经济开发区, 高新技术产业开发区, 高新区).
_GENERIC_ZONE = re.compile(r"(?:经济|高新|工业|产业|经济技术|高新技术产业)(?:开发区|园区|区)$")


def _law_key(title: str) -> str:
    """《中华人民共和国食品安全法》 → 食品安全法, the short name articles use."""
    return re.sub(r"^中华人民共和国", "", title)

"""A seeded corpus of synthetic 人大 articles whose facts are known: ``renda-kg generate``.

Each article is built from real places (counties with their towns and subdistricts from
the gazetteer the extractor uses), real kinds of bodies, groups, stations and
mechanisms, in the phrasing of the genre (and of the shipped sample), laid out either as
a plain-text dump like the sample or as a simple HTML page, some of them GBK-encoded.
Every fact a sentence plants is written down, so the corpus doubles as an extraction
test: ``manifest.json`` in the output folder lists, per file, the facts it holds.

Article ``i`` depends only on ``(seed, i)``, so a corpus of 100 is the first 100 files
of a corpus of 1,000 made with the same seed.

Planted facts are small JSON lists, by the ontology's local names and Chinese labels:

* ``["entity", category, label, kind]`` – a thing with that rdfs:label@zh and class
* ``["rel", category, subject_label, predicate, object_label]`` – a relation between two
* ``["quantity", "counts", label, value]`` – a rk:Quantity with that label and value
* ``["step", "mechanisms", mechanism_label, index, step_label, actor_or_null]``
* ``["tier", "stations", network_label, order, station_kind, count_or_null]``
* ``["person", "people", name, post]`` and ``["meeting", "meetings", label, detail]`` –
  stated in the text, but the extractor does not read people's posts or meetings (only
  bylines become rk:Person), so these are not counted in its recall.
"""
from __future__ import annotations

import json
import re
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from .loaders.gazetteer import Place, default_gazetteer
from .loaders.lexicon import department_names, full_name_of

# Categories whose facts the extractor is expected to recover.
EXTRACTED_CATEGORIES = ("places", "bodies", "groups", "stations", "mechanisms", "laws", "documents", "departments",
                        "contact points", "topics", "proposals", "counts", "relations", "authors", "people", "meetings")

# Provinces whose county-level congresses publish in this genre; places come from these.
PROVINCES = ("浙江省", "江苏省", "安徽省", "福建省", "江西省", "山东省", "湖南省", "广东省")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁婷雪琳晨辰欣悦怡佳嘉睿博文昊轩思雨梦瑶琪涵"
POSTS = ("人大常委会主任", "人大常委会副主任", "人大常委会秘书长", "镇人大主席", "镇人大专职副主席", "街道人大工委主任")

LAWS = ("食品安全法", "就业促进法", "安全生产法", "环境保护法", "大气污染防治法", "水污染防治法", "乡村振兴促进法",
        "农产品质量安全法", "消防法", "未成年人保护法", "老年人权益保障法", "义务教育法", "药品管理法", "传染病防治法",
        "道路交通安全法", "野生动物保护法", "长江保护法", "土地管理法", "反电信网络诈骗法", "中医药法")
TOPICS = ("就医", "停车难", "垃圾分类", "养老服务", "学前教育", "农村供水", "集贸市场管理", "小区物业管理",
          "背街小巷整治", "河道保洁", "夜市管理", "食品安全", "交通拥堵", "老旧小区改造", "电动车充电")
FIELDS = ("财经", "法律", "教育", "医疗", "农业", "生态", "科技", "城建", "文旅", "社会")
ALLIANCES = ("新时尚", "新居民", "新农人", "新城镇", "新青年", "共富", "护航", "助企", "乡贤", "银发", "巾帼", "数字",
             "兴村", "聚力", "同心", "惠民")
BRANDS = ("代表有约", "民情直通车", "码上议", "连心桥", "代表夜访", "周三议事日", "议事小院", "代表在身边", "民声面对面",
          "小板凳议事", "心连心")
ACTIVITIES = ("优商助企·代表行", "代表进万家", "百名代表进企业", "代表履职月", "民情大走访", "代表助共富")
# Working models: (the quoted name, [(actor, step)…], the noun after it).
MODELS = (
    ("四单", [("企业", "点单"), ("代表", "定单"), ("办事处", "接单"), ("人大", "验单")], "工作模式"),
    ("三单", [("群众", "点单"), ("代表", "派单"), ("部门", "接单")], "工作模式"),
    ("五单", [("群众", "点单"), ("代表", "定单"), ("政府", "接单"), ("人大", "督单"), ("选民", "评单")], "工作模式"),
    ("四问", [("群众", "提问"), ("代表", "收问"), ("部门", "答问"), ("人大", "督问")], "工作法"),
    ("三访", [("代表", "走访"), ("部门", "回访"), ("人大", "督访")], "工作法"),
)
LOOPS = (
    ("提出", "交办", "反馈", "回访"),
    ("提出", "交办", "办理", "反馈"),
    ("收集", "交办", "督办", "反馈", "评价"),
    ("征集", "梳理", "交办", "督办", "销号"),
    ("建议收集", "整理交办", "重点督办", "评优评先"),
)
NAMED_LOOPS = ("部门评议工作闭环机制", "民生实事监督闭环机制", "议案建议办理闭环机制", "代表建议督办闭环机制")
DOC_TOPICS = ("助推共同富裕", "助力营商环境优化", "深化代表联络站建设", "推进基层人大规范化建设", "加强镇人大监督工作")
FILLERS = (
    "进一步提升基层人大工作的质量和水平。",
    "推动各项工作落地见效,群众获得感进一步增强。",
    "切实把代表的智慧和力量凝聚到中心工作上来。",
    "做到件件有着落、事事有回音。",
    "为高质量发展贡献人大力量。",
    "有效拓展了代表履职渠道,增强了代表的责任感和使命感。",
    "着力在提质增效上下功夫,不断推动工作往深里走、往实里走。",
    "充分发挥代表来自人民、植根人民的优势。",
    "坚持问题导向,做到针对问题监督、监督解决问题。",
    "积极回应群众关切,把好事办好、实事办实。",
)
HEADINGS = ("迭代升级,突出工作规范化", "做实做细,突出监督精准化", "勇于探索,突出行权闭环化", "务实创新,突出履职常态化",
            "守正创新,突出代表主体作用", "聚焦民生,突出监督实效", "夯实基础,突出阵地建设", "强化保障,突出队伍专业化")
ORDINALS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    """12 → 十二 (up to 99)."""
    if n < 10:
        return "零一二三四五六七八九"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else "零一二三四五六七八九"[tens]) + "十" + ("" if ones == 0 else "零一二三四五六七八九"[ones])


@dataclass
class County:
    place: Place
    towns: list[Place]         # 镇 (and 乡) the extractor resolves
    subdistricts: list[Place]  # 街道
    stations: int              # town-level units, for the 联络站 tier

    @property
    def name(self) -> str:
        return self.place.name

    @property
    def char(self) -> str:
        return self.place.name[-1]  # 市 / 县 / 区


@lru_cache(maxsize=1)
def _extractor():
    from .graph.vocab import default_vocabulary
    from .loaders.extract import Extractor
    return Extractor(default_vocabulary().lexicon, default_gazetteer())


def _resolves(place: Place, text: str, near: Place | None) -> bool:
    """Does the extractor read ``place``, as written at the start of ``text``, as this place?"""
    spans = _extractor().place_spans(text, near)
    return bool(spans) and spans[0][0] == 0 and spans[0][1] == len(place.name) and spans[0][2].key == place.key


@lru_cache(maxsize=None)
def _county(key: str, place: Place) -> County | None:
    gaz = default_gazetteer()
    if not _resolves(place, place.name + "人大常委会", None) or place.ancestor(2) is None:
        return None
    if _extractor().is_zone(place):   # (德州经济技术开发区: a zone elects no congress, and has no standing committee)
        return None
    towns, subs, units = [], [], 0
    for child in gaz.children(place):
        if child.level != 4:
            continue
        units += 1
        if child.name.endswith(("镇", "乡")) and len(child.name) >= 3 and _resolves(child, child.name + "人大", place):
            towns.append(child)
        elif child.name.endswith("街道") and len(child.name) >= 4 and _resolves(child, child.name + "人大工委", place):
            subs.append(child)
    if len(towns) < 3:
        return None
    return County(place, towns, subs, units)


@lru_cache(maxsize=1)
def _county_pool() -> list[Place]:
    gaz = default_gazetteer()
    pool = []
    for name in PROVINCES:
        province = next((p for p in gaz.lookup(name) if p.level == 1), None)
        if province is None:
            continue
        for pref in gaz._children.get(province.key, ()):  # noqa: SLF001 - no village loading needed here
            pool.extend(c for c in gaz._children.get(pref.key, ()) if c.level == 3)  # noqa: SLF001
    return pool


def pick_county(rng: random.Random) -> County:
    pool = _county_pool()
    while True:
        place = pool[rng.randrange(len(pool))]
        county = _county(place.key, place)
        if county is not None:
            return county


# --------------------------------------------------------------------------- sentences


@dataclass
class Draft:
    """An article being written: its paragraphs and the facts they plant."""

    county: County
    rng: random.Random
    paragraphs: list[str] = field(default_factory=list)
    facts: list[list] = field(default_factory=list)
    _seen: set = field(default_factory=set)

    def plant(self, *fact) -> None:
        key = json.dumps(fact, ensure_ascii=False)
        if key not in self._seen:
            self._seen.add(key)
            self.facts.append(list(fact))

    # things ------------------------------------------------------------------
    def area(self, place: Place) -> str:
        """Plant a place and the chain of areas above it."""
        kind = {1: "Province", 2: "PrefectureCity", 3: "County"}.get(place.level)
        if kind is None:
            kind = "Subdistrict" if place.name.endswith("街道") else ("Township" if place.name.endswith("乡") else "Town")
        self.plant("entity", "places", place.name, kind)
        if place.parent is not None:
            self.plant("rel", "places", place.name, "rk:withinArea", place.parent.name)
            self.area(place.parent)
        return place.name

    def sc(self) -> str:
        label = self.county.name + "人大常委会"
        self.plant("entity", "bodies", label, "StandingCommittee")
        self.plant("rel", "relations", label, "rk:hasJurisdiction", self.area(self.county.place))
        return label

    def town_congress(self, town: Place) -> str:
        label = town.name + "人大"
        self.plant("entity", "bodies", label, "TownCongress")
        self.plant("rel", "relations", label, "rk:hasJurisdiction", self.area(town))
        return label

    def sub_committee(self, sub: Place) -> str:
        label = "人大" + sub.name + "工委"
        self.plant("entity", "bodies", label, "SubdistrictWorkingCommittee")
        self.plant("rel", "relations", label, "rk:hasJurisdiction", self.area(sub))
        self.plant("rel", "relations", label, "org:subOrganizationOf", self.sc())
        return label

    def committee(self, full: str, kind: str) -> str:
        sc = self.sc()
        label = (self.county.name + "人大" + full) if kind == "SpecialCommittee" else sc + full
        self.plant("entity", "bodies", label, kind)
        self.plant("rel", "relations", label, "org:subOrganizationOf", sc)
        return label

    def body_set(self) -> str:
        label = self.county.name + "各镇（街道）人大"
        self.plant("entity", "bodies", label, "BodySet")
        return label

    def department(self, short: str) -> str:
        """A county department, written short in the text (住建局), known by its full name."""
        label = self.county.name + full_name_of(department_names()).get(short, short)
        self.plant("entity", "departments", label, "GovernmentDepartment")
        return label

    def known(self, label: str) -> str:
        kind = next(t.kind for t in _known_terms() if t.label == label)
        self.plant("entity", "mechanisms", label, kind)
        return label

    def local_body(self) -> tuple[str, str, Place]:
        """A town congress or a subdistrict working committee: (label, surface, place)."""
        c, rng = self.county, self.rng
        if c.subdistricts and rng.random() < 0.3:
            sub = rng.choice(c.subdistricts)
            return self.sub_committee(sub), "人大" + sub.name + "工委", sub
        town = rng.choice(c.towns)
        return self.town_congress(town), town.name + "人大", town

    def person(self) -> str:
        rng = self.rng
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


@lru_cache(maxsize=1)
def _known_terms():
    from .graph.vocab import default_vocabulary
    return default_vocabulary().lexicon.known_terms


# Each writer returns one paragraph (a few sentences) and plants its facts.

def s_topic(d: Draft) -> str:
    body, surface, _ = d.local_body()
    topic = d.rng.choice(TOPICS)
    label = topic + "问题"
    d.plant("entity", "topics", label, "SupervisionTopic")
    d.plant("rel", "relations", body, "rk:supervisesTopic", label)
    return (f"{surface}围绕群众关注度较高的{topic}问题,依托基层单元,通过线上线下、抽样与问卷等形式,深入群众了解民意,"
            f"形成“民情清单”,并把“民情清单”变成“监督清单”。" + d.rng.choice(FILLERS))


def s_inspection(d: Draft) -> str:
    sc = d.sc()
    law = d.rng.choice(LAWS)
    towns = d.rng.sample(d.county.towns, 2)
    d.plant("entity", "laws", law, "Law")
    d.known("执法检查")
    d.plant("rel", "relations", sc, "rk:inspectsLaw", law)
    d.plant("rel", "relations", sc, "rk:operatesMechanism", "执法检查")
    for t in towns:
        d.area(t)
    short = d.rng.random() < 0.4
    who = f"{d.county.char}人大常委会" if short else sc
    team = "组成执法检查组,"
    if d.rng.random() < 0.5:   # the vice-chair who leads the inspection team
        leader = d.person()
        d.plant("person", "people", leader, sc + "副主任")
        d.plant("rel", "people", leader, "rk:leads", "执法检查")
        team = f"副主任{leader}带队,"
    text = (f"{who}{team}对{law}贯彻实施情况开展执法检查,深入{towns[0].name}、{towns[1].name}等地实地察看,"
            f"听取有关部门情况汇报。")
    if d.rng.random() < 0.5:   # the town congresses it entrusts with their part take part in it
        for t in towns:
            d.plant("rel", "relations", d.town_congress(t), "rk:operatesMechanism", "执法检查")
        text += (f"此次执法检查由{d.county.char}人大常委会委托{towns[0].name}人大、{towns[1].name}人大,"
                 f"同步对本辖区贯彻实施法律的情况开展检查。")
    return text + d.rng.choice(FILLERS)


def s_review(d: Draft) -> str:
    body, surface, _ = d.local_body()
    n = d.rng.randint(2, 6)
    d.known("部门评议")
    d.plant("rel", "relations", body, "rk:operatesMechanism", "部门评议")
    d.plant("quantity", "counts", f"{n}个部门", n)
    return (f"{surface}充分运用好部门评议这一监督形式,每年选取{n}个部门开展评议,将评议意见交由被评议部门整改落实,"
            f"有效促进被评议部门优化履职能力、提高工作水平。")


# Departments of a county's government that its standing committee appraises.
DEPARTMENTS = ("住建局", "交通运输局", "市场监管局", "卫健局", "教育局", "民政局", "卫生健康局", "农业农村局", "水利局", "文化和旅游局",
               "自然资源和规划局", "人力资源和社会保障局")


def s_appraisal(d: Draft) -> str:
    c, rng = d.county, d.rng
    sc = d.sc()
    first, second = rng.sample(DEPARTMENTS, 2)
    d.known("满意度测评")
    d.plant("rel", "relations", sc, "rk:operatesMechanism", "满意度测评")
    # a department written short (住建局) is known by its full name (住房和城乡建设局)
    appraised = []
    for dept in (first, second):
        appraised.append(d.department(dept))
        d.plant("rel", "relations", sc, "rk:appraises", appraised[-1])
    rate = rng.randint(850, 999) / 10
    votes = rng.randint(20, 40)
    d.plant("quantity", "counts", f"{rate}%满意率", rate)
    d.plant("quantity", "counts", f"{votes}票满意票", votes)
    relieved = d.person()
    d.plant("post", "people", relieved, "rk:relievedOf", appraised[0] + "局长")
    return (f"{c.char}人大常委会组织对{c.char}{first}、{c.char}{second}开展满意度测评,{c.char}{first}满意率{rate}%,"
            f"{c.char}{second}满意票{votes}票,测评结果向社会公开。会议决定免去{relieved}的{c.char}{first}局长职务。")


# What a special inquiry is about (围绕…工作开展专题询问).
INQUIRY_TOPICS = ("养老服务", "义务教育", "食品安全", "农村生活污水治理", "医疗保障", "安全生产", "就业促进", "生态环境保护")


def s_inquiry(d: Draft) -> str:
    """A special inquiry (专题询问) on a topic: the departments whose heads answer it (到会应询)."""
    c, rng = d.county, d.rng
    sc = d.sc()
    topic = rng.choice(INQUIRY_TOPICS) + "工作"
    d.plant("entity", "topics", topic, "SupervisionTopic")
    d.plant("rel", "relations", sc, "rk:supervisesTopic", topic)
    d.known("专题询问")
    d.plant("rel", "relations", sc, "rk:operatesMechanism", "专题询问")
    first, second = rng.sample([x for x in DEPARTMENTS if x != "卫生健康局"], 2)   # (卫健局 names it too: not one department twice)
    for dept in (first, second):
        d.plant("rel", "relations", sc, "rk:questions", d.department(dept))
    asked = rng.randint(8, 20)
    d.plant("quantity", "counts", f"{asked}个问题", asked)
    heard = ""
    if rng.random() < 0.5:   # the report heard before the inquiry on it
        d.known("听取审议专项工作报告")
        d.plant("rel", "relations", sc, "rk:operatesMechanism", "听取审议专项工作报告")
        heard = f"{c.char}人大常委会会议听取和审议了{c.char}人民政府关于{topic}情况的报告。"
    return heard + (f"{c.char}人大常委会围绕{topic}开展专题询问,常委会组成人员和部分{c.char}人大代表现场提问,"
            f"{c.char}{first}、{c.char}{second}主要负责人到会应询。询问会共提出问题{asked}个,会后形成问题清单交{c.char}政府研究处理。")


# Works a town completes under its congress's watch: (verb, what is measured, unit, range).
MEASURED_WORKS = (("完成", "高标准农田建设", "万亩", (0.5, 3.0)), ("整治", "河道", "公里", (5, 40)),
                  ("新建", "污水管网", "公里", (3, 30)), ("处置", "建筑垃圾", "万吨", (1, 9)),
                  ("复垦", "闲置宅基地", "亩", (50, 400)), ("建成", "绿地", "万平方米", (1, 12)))


def s_measures(d: Draft) -> str:
    """Land, water and works in 万亩, 公里, 万吨 …: the town's, done under its congress's watch,
    each with its unit and what it measures."""
    rng = d.rng
    town = rng.choice(d.county.towns)
    d.town_congress(town)
    parts = []
    for verb, thing, unit, (low, high) in rng.sample(MEASURED_WORKS, rng.randint(2, 3)):
        value = round(rng.uniform(low, high), 1) if high < 10 else rng.randint(low, high)
        label = f"{value}{unit}{thing}"
        d.plant("quantity", "counts", label, value, unit)
        d.plant("rel", "counts", town.name, "rk:hasQuantity", label)
        parts.append(f"{verb}{thing}{value}{unit}")
    return f"在{town.name}人大的跟踪监督下,{town.name}今年{'、'.join(parts)},相关工作情况向镇人民代表大会报告。"


def _plant_site(d: Draft, category: str, site: str, kind: str, place: Place, relation: str, body: str) -> None:
    """A site a body names (a contact point, a practice site): in its place, and that body's."""
    d.plant("entity", category, site, kind)
    d.plant("rel", "relations", site, "rk:locatedIn", d.area(place))
    d.plant("rel", "relations", site, relation, body)


# Markets and parks where deputies meet traders (在宾王市场设立人大代表联络点), and mechanisms whose
# steps are listed after a colon, each opening with who takes it (代表联系网格员、网格员收集民意…).
SITE_NAMES = ("金桥", "华丰", "鑫源", "兴旺", "东方", "恒通")
SITE_KINDS = ("商贸城", "农贸市场", "小商品市场", "电商产业园", "科创园区", "工业园")
LISTED_MECHANISMS = (
    ("站网融合", (("代表", "联系网格员"), ("网格员", "收集民意"), ("代表", "分类处理"), ("人大", "跟踪问效"))),
    ("民意直通", (("群众", "反映问题"), ("代表", "收集整理"), ("部门", "研究办理"), ("代表", "回访评价"))),
    ("商户说事", (("企业", "提出诉求"), ("代表", "梳理汇总"), ("人大", "交办督办"))),
)


def s_site_station(d: Draft) -> str:
    """A liaison point set up in a market or park of a town or subdistrict, named by it, and the
    mechanism it runs, its steps listed after a colon with who takes each."""
    body, surface, place = d.local_body()
    site = d.rng.choice(SITE_NAMES) + d.rng.choice(SITE_KINDS)
    _plant_site(d, "stations", site + "人大代表联络点", "LiaisonPoint", place, "rk:stationOf", body)
    name, steps = d.rng.choice(LISTED_MECHANISMS)
    label = f"“{name}”工作机制"
    d.plant("entity", "mechanisms", label, "Mechanism")
    d.plant("rel", "relations", body, "rk:operatesMechanism", label)
    for i, (actor, step) in enumerate(steps, start=1):
        d.plant("step", "mechanisms", label, i, step, actor)
    listed = "、".join(actor + step for actor, step in steps)
    return (f"{surface}在{site}设立人大代表联络点,由在此经营的人大代表定期听取商户意见,"
            f"推行“{name}”工作机制:{listed},形成闭环。")


def s_contact_point(d: Draft) -> str:
    """A town or subdistrict the city's standing committee designated a grassroots legislative
    contact point (基层立法联系点), and the opinions it gathered on a draft regulation."""
    c, rng = d.county, d.rng
    place = rng.choice(c.subdistricts or c.towns)
    city = c.place.parent
    point, city_sc = place.name + "基层立法联系点", city.name + "人大常委会"
    d.plant("entity", "bodies", city_sc, "StandingCommittee")
    d.plant("rel", "relations", city_sc, "rk:hasJurisdiction", d.area(city))
    _plant_site(d, "contact points", point, "LegislativeContactPoint", place, "rk:contactPointOf", city_sc)
    gathered, adopted = rng.randint(12, 90), rng.randint(2, 9)
    d.plant("quantity", "counts", f"{gathered}条意见建议", gathered)
    d.plant("quantity", "counts", f"{adopted}条意见建议", adopted)   # (其中…: part of the count before)
    return (f"{place.name}作为{city_sc}基层立法联系点,就地方性法规草案组织居民和企业代表座谈。"
            f"该联系点共收集意见建议{gathered}条,其中{adopted}条被采纳。")


def s_practice_site(d: Draft) -> str:
    """A town congress or subdistrict working committee whose practice site of whole-process
    people's democracy (全过程人民民主基层实践点) opens, and what the site counts."""
    rng = d.rng
    body, surface, place = d.local_body()
    site = place.name + rng.choice(("全过程人民民主基层实践点", "全过程人民民主实践站", "全过程人民民主实践基地"))
    _plant_site(d, "practice sites", site, "DemocracyPracticeSite", place, "rk:practiceSiteOf", body)
    members, meetings = rng.randint(12, 60), rng.randint(4, 30)
    for label, value in ((f"{members}名议事员", members), (f"{meetings}次议事活动", meetings)):
        d.plant("quantity", "counts", label, value)
        d.plant("rel", "counts", site, "rk:hasQuantity", label)   # (该实践点: the site just named)
    pronoun = site[-4:] if site.endswith("基地") else site[-3:]   # 该实践基地, 该实践点
    return (f"{surface}{site[len(place.name):]}揭牌运行,该{pronoun}已培育议事员{members}名,"
            f"全年开展议事活动{meetings}次。")


def s_voting(d: Draft) -> str:
    town = d.rng.choice(d.county.towns)
    body = d.town_congress(town)
    n = d.rng.randint(5, 12)
    d.known("民生实事项目票决制")
    pilot = d.rng.random() < 0.4
    d.plant("rel", "relations", body, "rk:pilots" if pilot else "rk:operatesMechanism", "民生实事项目票决制")
    d.plant("quantity", "counts", f"{n}个民生实事项目", n)
    verb = "率先试点" if pilot else "全面推行"
    project = d.rng.choice(PROJECTS)
    votes = d.rng.randint(30, 80)
    d.plant("entity", "projects", project + "项目", "LivelihoodProject")
    d.plant("quantity", "counts", f"{votes}票得票", votes)
    return (f"{town.name}人大{verb}民生实事项目票决制,由代表票决确定{n}个民生实事项目,跟踪项目推进情况。"
            f"其中“{project}”项目得票{votes}票。")


# Livelihood projects as towns name them (民生实事项目票决制).
PROJECTS = ("老旧小区加装电梯", "农贸市场改造", "中心小学供暖管网改造", "农村饮用水提升", "乡村道路硬化", "养老服务中心建设",
            "背街小巷改造", "污水管网延伸", "公共停车场建设", "社区卫生服务站提升")


def s_model(d: Draft) -> str:
    body, surface, _ = d.local_body()
    name, steps, noun = d.rng.choice(MODELS)
    activity = d.rng.choice(ACTIVITIES)
    label = f"“{name}”{noun}"
    act_label = f"“{activity}”系列活动"
    d.plant("entity", "mechanisms", label, "WorkingModel")
    d.plant("rel", "relations", body, "rk:operatesMechanism", label)
    d.plant("entity", "mechanisms", act_label, "Mechanism")
    d.plant("rel", "relations", body, "rk:operatesMechanism", act_label)
    for i, (actor, step) in enumerate(steps, start=1):
        d.plant("step", "mechanisms", label, i, step, actor)
    led = "、".join(f"{a}“{s}”" for a, s in steps)
    return (f"如{surface}创新开展“{activity}”系列活动,推行{led}的“{name}”{noun},组织代表深入企业,"
            f"推动企业反映的办证、贷款、环评审批等问题得到有效解决。")


def s_loop(d: Draft) -> str:
    body, surface, _ = d.local_body()
    steps = d.rng.choice(LOOPS)
    if len(steps[0]) > 2 or d.rng.random() < 0.5:
        inner = "、".join(steps)
        label = f"“{inner}”工作闭环"
        text = (f"{surface}建立“{inner}”的工作闭环,针对办理难度大、普惠性强的建议,邀请代表全程参与,"
                f"有力推动了美丽乡村建设、道路交通整治等工作。")
    else:
        inner = "—".join(steps)
        label = f"“{inner}”建议办理闭环"
        text = f"{surface}采用重点交办、以督促办等方式,构建了一条“{inner}”的建议办理闭环之路。"
    d.plant("entity", "mechanisms", label, "ClosedLoopProcedure")
    d.plant("rel", "relations", body, "rk:operatesMechanism", label)
    for i, step in enumerate(steps, start=1):
        d.plant("step", "mechanisms", label, i, step, None)
    return text


def s_named_loop(d: Draft) -> str:
    body, surface, _ = d.local_body()
    name = d.rng.choice(NAMED_LOOPS)
    d.plant("entity", "mechanisms", name, "ClosedLoopProcedure")
    d.plant("rel", "relations", body, "rk:operatesMechanism", name)
    return f"{surface}探索完善{name},实现意见建议征集更广泛、评议工作开展更透明、评议意见办理更闭环。"


def s_brand(d: Draft) -> str:
    town = d.rng.choice(d.county.towns)
    body = d.town_congress(town)
    brand = d.rng.choice(BRANDS)
    k = d.rng.randint(3, 5)
    groups = d.rng.sample(ALLIANCES, k)
    d.plant("entity", "mechanisms", brand, "WorkBrand")
    d.plant("rel", "relations", body, "rk:hasBrand", brand)
    for g in groups:
        d.plant("entity", "groups", g + "代表联盟", "DeputyAlliance")
        d.plant("rel", "relations", g + "代表联盟", "rk:organizedBy", body)
    quoted = "".join(f"“{g}”" for g in groups)
    return (f"{town.name}人大结合“{brand}”人大工作品牌建设,组建{quoted}{cn_number(k)}个代表联盟,"
            f"条块结合督促重点工作落实,有效拓展代表履职渠道。")


def s_professional(d: Draft) -> str:
    town = d.rng.choice(d.county.towns)
    body = d.town_congress(town)
    fields = d.rng.sample(FIELDS, d.rng.randint(2, 3))
    for f in fields:
        d.plant("entity", "groups", f + "专业代表小组", "ProfessionalDeputyGroup")
        d.plant("rel", "relations", f + "专业代表小组", "rk:organizedBy", body)
    return (f"为了更好发挥闭会期间人大代表作用,{town.name}人大充分考虑人大代表行业特点、专业知识结构等因素,"
            f"精心组建{'、'.join(fields)}等专业代表小组,以专业人才凝聚专业合力。")


def s_network(d: Draft) -> str:
    sc = d.sc()
    c = d.county
    label = c.name + "人大代表联络站网络"
    d.plant("entity", "stations", label, "LiaisonNetwork")
    d.plant("rel", "relations", label, "rk:stationOf", sc)
    d.plant("tier", "stations", label, 1, "总站", 1)
    d.plant("tier", "stations", label, 2, "联络站", c.stations)
    d.plant("tier", "stations", label, 3, "联络室(点)", None)
    return (f"按照“一镇一品”的思路,{sc}全面构建1个{c.char}总站+{c.stations}个镇(街道)联络站+N个联络室(点)的立体化格局,"
            f"推进代表联络站建设提质扩面。")


def s_committees(d: Draft) -> str:
    rng = d.rng
    parts = []
    if rng.random() < 0.7:
        fz = d.committee("法制委员会", "SpecialCommittee")
        d.known("备案审查")
        d.plant("rel", "relations", fz, "rk:responsibleFor", "备案审查")
        d.plant("rel", "relations", fz, "rk:guides", d.body_set())
        parts.append("明确由法制委对各镇(街道)人大规范性文件备案审查开展指导")
    cj = d.committee("财政经济委员会", "SpecialCommittee")
    d.known("预决算监督")
    d.plant("rel", "relations", cj, "rk:responsibleFor", "预决算监督")
    parts.append("财经委负责推进各镇(街道)人大预决算监督工作")
    if rng.random() < 0.7:
        d.committee("选举任免代表工作委员会", "WorkingCommittee")
        parts.append("代选工委落实对镇人代会、代表活动、基层单元建设等方面的指导")
    return "一是强化精准指导。" + ",".join(parts) + "。" + rng.choice(FILLERS)


def s_guidance(d: Draft) -> str:
    sc = d.sc()
    # (对下各镇人大 reads 对下 + 各镇人大, the towns in general, as a person would read it too)
    town = d.rng.choice([t for t in d.county.towns if not t.name.startswith(("下", "各"))] or d.county.towns)
    tc = d.town_congress(town)
    d.plant("rel", "relations", sc, "rk:guides", tc)
    return f"{sc}持续加强对{town.name}人大的工作指导,帮助解决基层人大工作中遇到的问题和困难。"


def s_rules(d: Draft) -> str:
    d.sc()
    bs = d.body_set()
    n = d.rng.randint(8, 25)
    d.plant("quantity", "counts", f"{n}项制度", n)
    d.plant("rel", "relations", d.sc(), "rk:guides", bs)
    return (f"按照“试点先行、以点带面、逐步推开”的原则,{d.county.char}人大常委会指导全{d.county.char}各镇(街道)人大"
            f"围绕会议规范、监督工作、代表工作等核心业务修订或制定{n}项制度。")


def s_document(d: Draft) -> str:
    sc = d.sc()
    title = f"{d.county.name}人大常委会关于{d.rng.choice(DOC_TOPICS)}的实施方案"
    d.plant("entity", "documents", title, "PolicyDocument")
    d.plant("rel", "relations", title, "dcterms:creator", sc)
    return f"{sc}出台《{title}》,以全{d.county.char}人大之力和代表之智全力助推各项决策部署落地见效。"


def s_chairpersons(d: Draft) -> str:
    sc = d.sc()
    label = sc + "主任会议"
    d.plant("entity", "bodies", label, "ChairpersonsMeeting")
    d.plant("rel", "relations", label, "org:subOrganizationOf", sc)
    name = d.person()
    d.plant("person", "people", name, d.county.name + "人大常委会副主任")
    sitting = d.rng.randint(10, 60)
    d.plant("rel", "relations", f"{sc}第{cn_number(sitting)}次主任会议", "rk:meetingOf", label)
    return (f"{sc}召开第{cn_number(sitting)}次主任会议,专题研究基层人大工作,{d.county.name}人大常委会副主任{name}出席并讲话,"
            f"要求进一步压实工作责任。")


def s_reception_day(d: Draft) -> str:
    """An activity held by three bodies, each in its role: 主办, 承办, 协办."""
    c, rng = d.county, d.rng
    sc = d.sc()
    town = rng.choice(c.towns)
    tc = d.town_congress(town)
    dept = rng.choice(DEPARTMENTS)
    full = d.department(dept)
    d.known("代表接待日")
    for body, role in ((sc, "rk:hosts"), (tc, "rk:undertakes"), (full, "rk:coOrganizes")):
        d.plant("rel", "relations", body, role, "代表接待日")
    return (f"本次代表接待日活动由{c.char}人大常委会主办,{town.name}人大承办,{c.char}{dept}协办,"
            f"{cn_number(rng.randint(3, 9))}名代表现场接待选民,面对面听取意见建议。")


def s_presidium(d: Draft) -> str:
    town = d.rng.choice(d.county.towns)
    tc = d.town_congress(town)
    label = tc + "主席团"
    d.plant("entity", "bodies", label, "Presidium")
    d.plant("rel", "relations", label, "org:subOrganizationOf", tc)
    session, meeting = d.rng.randint(16, 19), d.rng.randint(2, 6)
    present, yes = d.rng.randint(40, 80), 0
    yes = present - d.rng.randint(0, 3)
    name = d.person()
    mlabel = f"{town.name}第{cn_number(session)}届人民代表大会第{cn_number(meeting)}次会议"
    d.plant("meeting", "meetings", mlabel, f"{yes}票赞成")
    d.plant("person", "people", name, town.name + "人大主席")
    return (f"{tc}主席团召开会议,将听取和讨论镇政府专项工作报告纳入议程。在{mlabel}上,{town.name}人大主席{name}主持会议,"
            f"会议以{yes}票赞成、{present - yes}票弃权审议通过了有关决议。")


def s_proposal(d: Draft) -> str:
    """A deputies' motion (议案) and suggestion (建议) raised at a town's session, each with its
    lead deputy; the suggestion with the departments that handle it (主办, 协办) and the
    county standing committee's leader who follows it up (领衔督办)."""
    town = d.rng.choice(d.county.towns)
    d.town_congress(town)
    session, meeting = d.rng.randint(16, 19), d.rng.randint(2, 6)
    mlabel = f"{town.name}第{cn_number(session)}届人民代表大会第{cn_number(meeting)}次会议"
    motion, suggestion = d.rng.sample(PROPOSAL_TOPICS, 2)
    motion, suggestion = f"关于{motion}的议案", f"关于{suggestion}的建议"
    lead, second, signers = d.person(), d.person(), d.rng.randint(5, 15)
    for title, kind, person in ((motion, "DeputyMotion", lead), (suggestion, "DeputySuggestion", second)):
        d.plant("entity", "proposals", title, kind)
        d.plant("rel", "proposals", title, "rk:raisedAt", mlabel)
        d.plant("rel", "proposals", title, "rk:leadDeputy", person)
    d.plant("quantity", "counts", f"{signers}名代表", signers)
    d.plant("rel", "proposals", motion, "rk:hasQuantity", f"{signers}名代表")
    # the county departments that handle the suggestion: one leads (主办), one assists (协办)
    lead_dept, assisting = d.rng.sample(DEPARTMENTS, 2)
    handler, helper = d.department(lead_dept), d.department(assisting)
    if handler == helper:   # 卫健局 and 卫生健康局 are one department
        assisting = "财政局"
        helper = d.department(assisting)
    d.plant("rel", "proposals", suggestion, "rk:handledBy", handler)
    d.plant("rel", "proposals", suggestion, "rk:coHandledBy", helper)
    # the standing committee's leader who follows the suggestion up (领衔督办), not its lead deputy
    leader, post = d.person(), d.county.name + d.rng.choice(("人大常委会主任", "人大常委会副主任"))
    d.plant("person", "people", leader, post)
    d.plant("rel", "proposals", suggestion, "rk:leadSupervisor", leader)
    c = d.county.char
    return (f"在{mlabel}上,由{lead}等{signers}名代表联名提出的《{motion}》经大会主席团决定列为大会议案,"
            f"{second}领衔提出的《{suggestion}》由{c}{lead_dept}主办、{c}{assisting}协办。"
            f"{post}{leader}领衔督办《{suggestion}》,推动承办单位按期办结答复。")


# Motions and suggestions as town deputies title them (关于…的议案 / 建议).
PROPOSAL_TOPICS = ("加快推进集镇污水管网改造", "加强农村道路安全管理", "完善居家养老服务设施", "推进背街小巷整治提升",
                   "解决中心小学上下学交通拥堵", "加强河道综合治理", "扩建农贸市场停车场", "提升农村饮用水水质")


WRITERS = (s_topic, s_inspection, s_review, s_appraisal, s_contact_point, s_practice_site, s_voting, s_model, s_loop, s_named_loop, s_brand, s_professional,
           s_network, s_committees, s_guidance, s_rules, s_document, s_chairpersons, s_presidium, s_proposal, s_reception_day,
           s_inquiry, s_measures, s_site_station)

TITLES = (
    "{c}人大以“{k}化”提升基层人大工作整体效能",
    "{c}人大常委会扎实推进基层人大工作规范化建设",
    "{c}:多措并举激发基层人大工作活力",
    "{c}人大常委会推动代表工作提质增效",
    "{c}人大深化“闭环化”监督 助推民生实事落地",
)


def write_article(seed: int | str, index: int) -> tuple[str, dict]:
    """Article ``index`` of a corpus: (plain text, info) with the facts it plants."""
    rng = random.Random(f"{seed}:{index}")
    county = pick_county(rng)
    d = Draft(county, rng)
    d.sc()
    published = datetime(2019, 1, 1, 8, 0) + timedelta(days=index % 1800, minutes=(index * 37) % 600, seconds=index % 60)
    title = rng.choice(TITLES).format(c=county.name, k=cn_number(rng.randint(3, 6)))
    paragraphs = [f"近年来,{county.name}人大常委会以全面提升基层人大工作质量和水平作为重点,着眼工作标准、完善运行制度、"
                  f"强化具体指导、讲求实际效果,持续推进、全面提升新时代基层人大工作整体效能。"]
    # Every kind of paragraph once, some twice: about the sample's 3,600 characters of body.
    # (3 to 8 more, with 24 writers: 3,620 characters on average, as 23 writers and 4 to 10 more did)
    chosen = rng.sample(WRITERS, len(WRITERS)) + rng.choices(WRITERS, k=rng.randint(3, 8))
    headings = rng.sample(HEADINGS, rng.choice((4, 5)))
    per = -(-len(chosen) // len(headings))
    for h, heading in enumerate(headings):
        group = chosen[h * per:(h + 1) * per]
        if not group:
            continue
        paragraphs.append(heading)
        for j, writer in enumerate(group[:len(ORDINALS)]):
            para = writer(d)
            if writer is not s_committees:
                para = f"{ORDINALS[j]}是{rng.choice(('强化', '完善', '深化', '拓展', '创新'))}{rng.choice(('工作举措', '履职方式', '监督方式', '制度保障', '阵地建设'))}。" + para
            para += rng.choice(FILLERS)
            if rng.random() < 0.5:
                para += rng.choice(FILLERS)
            paragraphs.append(para)
    authors = tuple(d.person() for _ in range(rng.randint(1, 2)))
    for a in authors:
        d.plant("entity", "authors", a, "Person")
    info = {"title": title, "published": published, "source": county.name + "人大", "authors": authors,
            "prefecture": county.place.parent.name, "paragraphs": paragraphs, "facts": d.facts}
    return title, info


def render_dump(info: dict) -> str:
    pub = info["published"].strftime("%Y-%m-%d %H:%M:%S")
    body = "\n\n".join("  " + p for p in info["paragraphs"])
    return (f"今天是:\n  设为首页 | 加入收藏夹\n首 页    人大概览    重要发布    地方立法    监督广角    选举任免    决议决定    "
            f"代表工作    市县人大    机关建设    理论研究    媒体关注    专题集锦\n图片新闻 更多>>\n\n"
            f"{info['prefecture']} 您当前位置:首页 > 市县人大 > {info['prefecture']}\n{info['title']}\n发布时间:{pub}\n\n"
            f"  本网讯   {body.lstrip()}\n\n\n\n来源: {info['source']} 作者:{' '.join(info['authors'])} 责任编辑:\n\n"
            f"[关闭窗口]\n\n浙江省人大常委会主办                浙江省人大常委会研究室承办\n"
            f"技术支持:浙江省人大常委会办公厅信息中心\n浙ICP备05000002号\n")


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(info: dict, charset: str) -> str:
    pub = info["published"].strftime("%Y-%m-%d %H:%M")
    paras = "\n".join(
        f"<p style=\"text-indent:2em\">{_html_text(p.replace(',', '，').replace(':', '：').replace('(', '（').replace(')', '）'))}</p>"
        for p in info["paragraphs"])
    nav = "".join(f"<li><a href=\"/{i}/\">{n}</a></li>" for i, n in enumerate(
        ("首页", "人大概览", "重要发布", "地方立法", "监督广角", "代表工作", "市县人大")))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{_html_text(info['title'])}_{info['source']}</title>
<meta name="publishdate" content="{pub}">
<meta name="source" content="{info['source']}">
<meta name="author" content="{' '.join(info['authors'])}">
</head>
<body>
<div class="header"><div class="logo">{info['source']}网</div><ul class="nav">{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/sx/">市县人大</a> &gt; <a href="/sx/1/">{info['prefecture']}</a></div>
<div class="article">
<h1 class="title">{_html_text(info['title'])}</h1>
<div class="info">发布时间：{pub}　来源：{info['source']}　作者：{' '.join(info['authors'])}</div>
<div class="TRS_Editor">
{paras}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="footer">版权所有：{info['source']} 技术支持：信息中心 浙ICP备05000002号</div>
</body>
</html>
"""


def generate(count: int, output: str | Path, seed: int | str = 0) -> list[dict]:
    """Write ``count`` articles and ``manifest.json`` into ``output``; returns the manifest entries."""
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    width = max(5, len(str(count - 1)))
    for i in range(count):
        _, info = write_article(seed, i)
        rng = random.Random(f"{seed}:{i}:layout")
        layout = rng.choices(("dump", "html"), weights=(0.55, 0.45))[0]
        encoding = "gbk" if rng.random() < 0.3 else "utf-8"
        name = f"article-{i:0{width}d}.{'txt' if layout == 'dump' else 'html'}"
        text = render_dump(info) if layout == "dump" else render_html(info, "gbk" if encoding == "gbk" else "utf-8")
        (out / name).write_bytes(text.encode(encoding))
        entries.append({"file": name, "layout": layout, "encoding": encoding, "title": info["title"],
                        "published": info["published"].isoformat(), "facts": info["facts"]})
    (out / "manifest.json").write_text(json.dumps({"seed": seed, "articles": entries}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    return entries


def read_manifest(folder: str | Path) -> dict[str, list[list]]:
    """File name → planted facts, from a generated corpus folder."""
    data = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
    return {e["file"]: e["facts"] for e in data["articles"]}


# --------------------------------------------------------------------------- checking


def check_facts(graph, facts: list[list]) -> dict[str, list[bool]]:
    """Which planted facts ``graph`` (one article's RDF) holds, by category."""
    from rdflib import RDF, RDFS, Literal
    from rdflib.namespace import DCTERMS, Namespace

    rk = Namespace("https://w3id.org/renda-kg/ontology#")
    org = Namespace("http://www.w3.org/ns/org#")
    curies = {"rk": rk, "org": org, "dcterms": DCTERMS}
    by_label: dict[str, set] = {}
    for s, o in graph.subject_objects(RDFS.label):
        if isinstance(o, Literal):
            by_label.setdefault(str(o), set()).add(s)

    def term(curie: str):
        prefix, local = curie.split(":", 1)
        return curies[prefix][local]

    def same(a, b) -> bool:  # an HTML page writes 联络室（点）, a dump 联络室(点)
        return unicodedata.normalize("NFKC", str(a)) == unicodedata.normalize("NFKC", str(b))

    out: dict[str, list[bool]] = {}
    for fact in facts:
        kind, cat = fact[0], fact[1]
        ok = False
        if kind == "entity":
            ok = any((s, RDF.type, rk[fact[3]]) in graph for s in by_label.get(fact[2], ()))
        elif kind in ("rel", "post"):   # [.., subject, predicate, object]; a post: [.., name, "rk:relievedOf", post]
            p = term(fact[3])
            ok = any((s, p, o) in graph for s in by_label.get(fact[2], ()) for o in by_label.get(fact[4], ()))
        elif kind == "quantity":
            # [.., label, value] or, for a measure, [.., label, value, unit]
            ok = any(any(float(v) == float(fact[3]) for v in graph.objects(s, rk.numericValue))
                     and (len(fact) < 5 or any(str(u) == fact[4] for u in graph.objects(s, rk.unit)))
                     for s in by_label.get(fact[2], ()) if (s, RDF.type, rk.Quantity) in graph)
        elif kind == "step":
            for m in by_label.get(fact[2], ()):
                for step in graph.objects(m, rk.hasStep):
                    if int(graph.value(step, rk.stepIndex) or -1) == fact[3] \
                            and same(graph.value(step, RDFS.label), fact[4]) \
                            and (fact[5] is None or same(graph.value(step, rk.stepActor), fact[5])):
                        ok = True
        elif kind == "tier":
            for n in by_label.get(fact[2], ()):
                for tier in graph.objects(n, rk.hasTier):
                    count = graph.value(tier, rk.stationCount)
                    if int(graph.value(tier, rk.tierOrder) or -1) == fact[3] \
                            and same(graph.value(tier, rk.stationKind), fact[4]) \
                            and (fact[5] is None or (count is not None and int(count) == fact[5])):
                        ok = True
        elif kind == "person":   # [.., name, post]: the person holds a post of that label
            ok = any((post, org.heldBy, s) in graph for s in by_label.get(fact[2], ()) for post in by_label.get(fact[3], ()))
        elif kind == "meeting":  # [.., session, "N票赞成"]: the session, and the votes for what it passed
            votes = int(re.match(r"\d+", fact[3]).group())
            ok = any((s, RDF.type, rk.Meeting) in graph for s in by_label.get(fact[2], ())) \
                and any(float(v) == votes for v in graph.objects(None, rk.numericValue))
        else:
            continue
        out.setdefault(cat, []).append(ok)
    return out


def recall(results: list[dict[str, list[bool]]]) -> dict[str, tuple[int, int]]:
    """Category → (found, planted) over many articles."""
    total: dict[str, tuple[int, int]] = {}
    for r in results:
        for cat, oks in r.items():
            f, n = total.get(cat, (0, 0))
            total[cat] = (f + sum(oks), n + len(oks))
    return total


def main(args) -> int:
    entries = generate(args.articles, args.output, args.seed)
    facts = sum(len(e["facts"]) for e in entries)
    print(f"wrote {len(entries)} articles ({facts} planted facts) and manifest.json to {args.output}")
    return 0

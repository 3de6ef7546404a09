"""Place gazetteer: China's five-level division list as jionlp ships it.

The gazetteer finds name boundaries and parents (乌镇镇 ⊂ 桐乡市 ⊂ 嘉兴市 ⊂ 浙江省);
the text decides the kind of a place (a 镇 the text calls 街道 is a 街道).
Levels follow the ontology's ``rk:areaLevel``: 1 province, 2 prefecture, 3 county,
4 township level, 5 village level.
"""
from __future__ import annotations

import importlib.util
from importlib import resources
import re
import zipfile
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

# The data file's own vintage; reported with every gazetteer-derived fact's source.
SOURCE_NAME = "jionlp china_location.txt"

# Endings dropped to get the short form a text may use (桐乡市 → 桐乡).
_SHORTENABLE = re.compile(r"(省|市|自治区|自治州|地区|盟|县|区|自治县)$")


@dataclass(frozen=True)
class Place:
    name: str
    level: int
    parent: "Place | None" = field(default=None, compare=False, repr=False)
    code: str | None = None

    # Places never change once made; extraction asks for their paths, keys and ancestors
    # hundreds of thousands of times. Each is worked out once, from the parent's.
    @cached_property
    def path(self) -> tuple["Place", ...]:
        """This place and its ancestors, nearest first."""
        return (self,) + (self.parent.path if self.parent is not None else ())

    @cached_property
    def _by_level(self) -> dict[int, "Place"]:
        return {p.level: p for p in reversed(self.path)}  # the nearest wins, as in a walk up

    def ancestor(self, level: int) -> "Place | None":
        """The place at ``level`` on this place's path (itself included), if any."""
        return self._by_level.get(level)

    @cached_property
    def key(self) -> str:
        """A name that tells this place from its namesakes (浙江省嘉兴市桐乡市石门镇)."""
        return (self.parent.key if self.parent is not None else "") + self.name


class Gazetteer:
    """Places by name. The village level (社区, 村) is read per county on first need, and a
    village is found only from a place in its own county: which counties' villages an
    extractor has read depends on the articles it read before, and an answer must not
    (a village 对龙村 read for another article had 龙村镇人大 read as 对龙村 + 镇人大)."""

    def __init__(self, places: list[Place], village_ranges: dict[str, tuple[int, int]], lines: list[str]):
        self._by_name: dict[str, list[Place]] = {}      # province to township level
        self._villages: dict[str, dict[str, list[Place]]] = {}  # county key -> village name -> places
        self._children: dict[str, list[Place]] = {}
        for place in places:
            self._add(place)
        self._village_ranges = village_ranges
        self._lines = lines
        self._villages_loaded: set[str] = set()

    def _add(self, place: Place, county_key: str | None = None) -> None:
        if place.level == 5:  # filed under its county (given when a county's villages are read)
            county_key = county_key or place.ancestor(3).key
            self._villages.setdefault(county_key, {}).setdefault(place.name, []).append(place)
        else:
            self._by_name.setdefault(place.name, []).append(place)
            for short in short_forms(place):
                self._by_name.setdefault(short, []).append(place)
        if place.parent is not None:
            self._children.setdefault(place.parent.key, []).append(place)

    def lookup(self, name: str, near: Place | None = None) -> list[Place]:
        """Places called ``name`` down to township level; villages too, in ``near``'s county."""
        found = list(self._by_name.get(name, ()))
        county = near.ancestor(3) if near is not None else None
        if county is not None:
            self.load_villages(county)
            found += self._villages.get(county.key, {}).get(name, ())
        return found

    def children(self, place: Place) -> list[Place]:
        self.load_villages(place)
        return list(self._children.get(place.key, ()))

    def resolve(self, name: str, near: Place | None = None, level: int | None = None) -> Place | None:
        """The place called ``name``, preferring one under (or above) ``near``.

        Returns None when the name is ambiguous and nothing in context decides it.
        """
        candidates = [p for p in self.lookup(name, near) if level is None or p.level == level]
        if near is not None:
            inside = [p for p in candidates if near in p.path[1:] or p == near]
            if inside:
                candidates = inside
            else:
                above = [p for p in candidates if p in near.path]
                # Township names repeat across the country and hide in phrases (斜桥镇乡村
                # holds 桥镇乡, Shaanxi): one outside near's province is taken only when
                # the text writes it under its county, which makes that county near.
                province = near.ancestor(1)
                candidates = above or [p for p in candidates if p.level < 4 or province is None
                                       or p.ancestor(1) == province]
        unique = {p.key: p for p in candidates}
        if len(unique) == 1:
            return next(iter(unique.values()))
        # Exact full names beat short forms (桐乡市 vs a 桐乡 elsewhere).
        exact = {k: p for k, p in unique.items() if p.name == name}
        if len(exact) == 1:
            return next(iter(exact.values()))
        return None

    def load_villages(self, place: Place) -> None:
        """Read the village level (社区, 村) under ``place``'s county on first need."""
        county = place.ancestor(3)
        if county is None or county.key in self._villages_loaded:
            return
        self._villages_loaded.add(county.key)
        start, end = self._village_ranges.get(county.key, (0, 0))
        town = None
        towns = {p.name: p for p in self._children.get(county.key, ())}
        for line in self._lines[start:end]:
            depth = len(line) - len(line.lstrip("\t"))
            name = line.strip().split("\t")[0]
            if not name:
                continue
            if depth == 3:
                town = towns.get(name)
            elif depth == 4 and town is not None:
                self._add(Place(name, 5, town), county.key)


def short_forms(place: Place) -> tuple[str, ...]:
    """桐乡市 → 桐乡; 恩施土家族苗族自治州 → 恩施州, 恩施; 察布查尔锡伯自治县 → 察布查尔县, 察布查尔;
    宁夏回族自治区 → 宁夏.
    Only above township level, where short forms are used in text."""
    if place.level > 3:
        return ()
    forms = []
    short = _SHORTENABLE.sub("", place.name)
    if len(short) >= 2 and short != place.name:
        forms.append(short)
    autonomous = _autonomous_area().match(place.name)
    if autonomous and len(autonomous.group(1)) >= 2:
        # (宁夏回族自治区 → 宁夏: a region is written by its own name alone, never 宁夏区)
        forms += [autonomous.group(1)] if autonomous.group(2) == "区" else \
            [autonomous.group(1) + autonomous.group(2), autonomous.group(1)]
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _autonomous_area() -> re.Pattern:
    """The area's own name, then its peoples, then 自治区/自治州/自治县/自治旗 (自治 + the level's ending)."""
    text = resources.files("renda_kg.loaders").joinpath("data", "ethnic_groups.txt").read_text(encoding="utf-8")
    peoples = sorted({w for line in text.splitlines() if not line.startswith("#") for w in line.split()},
                     key=len, reverse=True)
    return re.compile(rf"^(.+?)(?:(?:{'|'.join(peoples)})族?)+自治([州县旗区])$")


def _read_data() -> str:
    """jionlp's list, read from the zip it ships (it unzips only when jionlp is imported)."""
    spec = importlib.util.find_spec("jionlp")  # located, not imported: importing jionlp is slow
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the jionlp package (place gazetteer) is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "dictionary"
    with zipfile.ZipFile(folder / "china_location.zip") as archive:
        return archive.read("china_location.txt").decode("utf-8")


def parse(text: str) -> Gazetteer:
    """Parse jionlp's tab-indented list: depth 0 province … depth 4 village."""
    lines = text.split("\n")
    places: list[Place] = []
    stack: list[Place] = []
    ranges: dict[str, tuple[int, int]] = {}
    county_start: tuple[str, int] | None = None
    for number, raw in enumerate(lines):
        line = raw.rstrip("\r")
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3:
            continue
        fields = line.strip().split("\t")
        if not fields[0]:
            continue
        if depth <= 2 and county_start is not None:
            ranges[county_start[0]] = (county_start[1], number)
            county_start = None
        parent = stack[depth - 1] if depth > 0 and len(stack) >= depth else None
        if parent is not None and ((depth == 1 and fields[0] == parent.name) or fields[0].endswith("直辖行政区划")):
            # 上海市 under 上海市: the list repeats a municipality (直辖市) at the prefecture
            # level; its districts are the municipality's own, and 上海市 is one place.
            # 省直辖行政区划 (above 文昌市, 仙桃市), 市直辖行政区划 (above 东莞市's towns): no
            # place, a heading of the places the level above governs directly.
            del stack[depth:]
            stack.append(parent)
            continue
        place = Place(fields[0], depth + 1, parent, fields[1] if len(fields) > 1 else None)
        del stack[depth:]
        stack.append(place)
        places.append(place)
        if depth == 2:
            county_start = (place.key, number)
    if county_start is not None:
        ranges[county_start[0]] = (county_start[1], len(lines))
    return Gazetteer(places, ranges, [l.rstrip("\r") for l in lines])


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return parse(_read_data())

"""What the extractor knows of words: from the ontology, plus small domain lists.

The ontology gives the kinds and their name endings (``rk:nameSuffix``), short forms
(``rk:shortForm``) and named individuals (well-known mechanisms with their aliases);
:func:`renda_kg.graph.vocab.Vocabulary.lexicon` builds a :class:`Lexicon` from it, so an
edit in Protégé changes what is recognised. The lists under ``loaders/data`` hold
domain words that are not ontology terms: committee and department names, law short names,
actor words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class KnownTerm:
    """A named individual of the ontology (e.g. 执法检查) and the words that name it."""

    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    iri: str | None = None
    patterns: tuple[str, ...] = ()   # rk:namePattern regular expressions, for names split by other words


@dataclass(frozen=True)
class FullName:
    """A name as written in full and its short forms: a committee of a congress or standing
    committee (法制工作委员会, 法工委), a government department (住房和城乡建设局, 住建局)."""

    full: str
    short: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    suffixes: dict[str, tuple[str, ...]]          # class local name -> name endings, longest first
    short_forms: dict[str, tuple[str, ...]]       # class local name -> context-dependent short names
    area_levels: dict[str, int]                   # class local name -> gazetteer level
    known_terms: tuple[KnownTerm, ...] = ()
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # class -> itself and superclasses
    retired: frozenset[str] = frozenset()          # terms marked owl:deprecated: no new members or statements
    replacements: dict[str, str] = field(default_factory=dict)  # deprecated term -> its dcterms:isReplacedBy
    _area_kinds: dict = field(default_factory=dict, compare=False, repr=False)
    _suffix_kinds: dict = field(default_factory=dict, compare=False, repr=False)

    def is_a(self, kind: str, ancestor: str) -> bool:
        return ancestor in self.ancestors.get(kind, (kind,))

    def endings(self, within: str) -> list[str]:
        """The name endings of ``within`` and its subclasses, longest first (for one alternation)."""
        return sorted({s for kind, suffixes in self.suffixes.items() if self.is_a(kind, within) for s in suffixes},
                      key=len, reverse=True)

    def level_endings(self, level: int) -> list[str]:
        """The name endings of the area kinds at gazetteer ``level``, longest first (社区, 村 at 5)."""
        return sorted({s for kind, lv in self.area_levels.items() if lv == level for s in self.suffixes.get(kind, ())},
                      key=len, reverse=True)

    def kind_by_suffix(self, name: str, within: str) -> str | None:
        """The most specific subclass of ``within`` whose name ending ``name`` has."""
        # Cached, as area_kind is: each candidate name is asked about in several sentences
        # (every class's endings were walked for each: 5 % of the extraction's time in a profile).
        key = (name, within)
        if key not in self._suffix_kinds:
            self._suffix_kinds[key] = self._kind_by_suffix(name, within)
        return self._suffix_kinds[key]

    def _kind_by_suffix(self, name: str, within: str) -> str | None:
        best: tuple[int, int, str] | None = None
        for kind, endings in self.suffixes.items():
            if not self.is_a(kind, within):
                continue
            for ending in endings:
                if name.endswith(ending):
                    rank = (len(ending), len(self.ancestors.get(kind, ())), kind)
                    best = max(best, rank) if best else rank
        return best[2] if best else None

    def area_kind(self, name: str, level: int | None = None) -> str | None:
        # Cached: the extractor asks this for every place-name candidate of every sentence.
        key = (name, level)
        if key not in self._area_kinds:
            self._area_kinds[key] = self._area_kind(name, level)
        return self._area_kinds[key]

    def _area_kind(self, name: str, level: int | None) -> str | None:
        """The area class a place name's ending gives, at a gazetteer level if known."""
        candidates = [k for k, lv in self.area_levels.items() if level is None or lv == level]
        best = None
        for kind in candidates:
            for ending in self.suffixes.get(kind, ()):
                if name.endswith(ending) and (best is None or len(ending) > best[0]):
                    best = (len(ending), kind)
        return best[1] if best else None


def _data_lines(name: str) -> list[str]:
    text = resources.files("renda_kg.loaders").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _full_and_short(name: str) -> tuple[FullName, ...]:
    """A list of names written ``full<TAB>short,short`` per line."""
    rows = []
    for line in _data_lines(name):
        full, _, shorts = line.partition("\t")
        rows.append(FullName(full, tuple(s for s in shorts.split(",") if s)))
    return tuple(rows)


def full_name_of(names: tuple[FullName, ...]) -> dict[str, str]:
    """Each short name → its full name (住建局 → 住房和城乡建设局)."""
    return {short: name.full for name in names for short in name.short}


@lru_cache(maxsize=1)
def committees() -> tuple[FullName, ...]:
    """Committee names of congresses and standing committees (法制委员会, 法制委)."""
    return _full_and_short("committees.tsv")


@lru_cache(maxsize=1)
def state_organ_names() -> tuple[FullName, ...]:
    """State organs' names in full and short (人民法院, 法院)."""
    return _full_and_short("state_organs.tsv")


@lru_cache(maxsize=1)
def department_names() -> tuple[FullName, ...]:
    """Government departments' own names in full and short (住房和城乡建设局, 住建局)."""
    return _full_and_short("departments.tsv")


@lru_cache(maxsize=1)
def law_names() -> tuple[str, ...]:
    """Short names of laws and regulations a local congress works with."""
    return tuple(_data_lines("laws.txt"))


@lru_cache(maxsize=1)
def actor_words() -> tuple[str, ...]:
    """Roles that take steps in working models (群众, 代表, 人大 …), longest first."""
    return tuple(sorted(_data_lines("actors.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def transliterated_name_characters() -> str:
    """The characters of Mongolian and Tibetan given names written in Chinese (no Han surname)."""
    return "".join(dict.fromkeys("".join(_data_lines("transliterated_names.txt"))))


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    """Surnames a person's name may start with, compound ones first."""
    return tuple(sorted(_data_lines("surnames.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def post_titles() -> tuple[str, ...]:
    """Titles of posts that name a person when followed by a name (主任 王某某)."""
    return tuple(sorted(_data_lines("posts.txt"), key=len, reverse=True))

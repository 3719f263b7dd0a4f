"""Quotes: marks of every style, speakers through the parse and the actor layer, and the seed articles."""

from __future__ import annotations

import pytest

from parley.analyze.quotes import find_marked


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said “we are ready” today.", "we are ready"),
        ('He said "we are ready" today.', "we are ready"),
        ("He said ‘we are ready’ today.", "we are ready"),
        ("Il a dit « nous sommes prêts » hier.", "nous sommes prêts"),
        ("Er sagte „wir sind bereit“ heute.", "wir sind bereit"),
    ],
)
def test_every_quotation_style(text, content):
    assert [m.text for m in find_marked(text)] == [content]


def test_apostrophes_close_nothing():
    found = find_marked("Moscow’s envoy said ‘the West’s offer isn’t serious’ and left.")
    assert [m.text for m in found] == ["the West’s offer isn’t serious"]


def test_quote_spanning_paragraphs():
    text = "“We will talk.\n\n“But not under pressure,” Lavrov said."
    (only,) = find_marked(text)
    assert only.text == "We will talk. But not under pressure,"
    assert (only.start, only.end) == (0, text.index("”") + 1)


@pytest.mark.parametrize("text", ["“Unclosed quote here", 'a " b', "“”", "‘", "„x", "«»« « »", "''''"])
def test_unbalanced_marks_never_raise(text):
    find_marked(text)


def test_unclosed_quote_ends_with_its_paragraph():
    (only,) = find_marked("He said “we are ready to talk\n\nNext paragraph.")
    assert only.text == "we are ready to talk"


def _speaker_of(analysis, words: str):
    matches = sorted((q for q in analysis.quotes if words in q.text), key=lambda q: q.kind != "direct")
    assert matches, f"no quote holding {words!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("seed", "words", "speaker"),
    [
        ("004", "frank and substantive", "Blinken"),
        ("004", "sincere", "Lavrov"),
        ("004", "more sensible in conducting this dialogue", "Lavrov"),
        ("003", "We see this as posturing", "Price"),
        ("003", "Washington has a deciding vote", "Peskov"),
        ("002", "paper tiger", "Trump"),
        ("002", "real bear", "Peskov"),
        ("002", "The Secretary reaffirmed", "Department of State|State Department"),
    ],
)
def test_seed_quotes_have_their_speakers(seed_analyses, seed, words, speaker):
    quote = _speaker_of(seed_analyses[seed], words)
    assert quote.kind == "direct"
    assert quote.speaker is not None and any(s in quote.speaker.name for s in speaker.split("|")), quote
    assert quote.speaker_text and quote.cue
    text = seed_analyses[seed].document.text
    assert words in text[quote.start : quote.end]


def test_indirect_speech_becomes_indirect_quote(seed_analyses):
    quote = _speaker_of(seed_analyses["001"], "Russia remains open to negotiations")
    assert quote.kind == "indirect" and quote.cue == "emphasized"
    assert quote.speaker is not None and "Lavrov" in quote.speaker.name


def test_quote_ids_are_stable(seed_analyses):
    quotes = seed_analyses["004"].quotes
    assert len({q.id for q in quotes}) == len(quotes)
    assert all(q.id.startswith("qt_") for q in quotes)

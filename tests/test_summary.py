"""Summaries: short, clutter-free, no dangling openers, and callable on several documents."""

from __future__ import annotations

import re

import pytest

from parley.analyze.summary import WORD_FEATURES, candidates, summarize, word_features

ARTICLE = (
    "MOSCOW (Reuters) - Russia and the United States agreed on Friday to resume arms control talks in Geneva.\n"
    "Scroll down for video\n"
    "The talks will cover strategic nuclear weapons and the future of the New START treaty.\n"
    "He added that the first round would start next month.\n"
    "Officials in both capitals described the decision as a modest but real step toward stability.\n"
    "Click here to subscribe to our newsletter.\n"
)


def test_clutter_and_datelines_are_left_out():
    summary = summarize(ARTICLE, 3)
    assert summary[0].startswith("Russia and the United States agreed")
    assert not any(re.search(r"scroll|subscribe|Reuters\)", s, re.IGNORECASE) for s in summary)


def test_a_dangling_sentence_needs_its_antecedent():
    summary = summarize(ARTICLE, 2)
    assert not any(s.startswith("He added") for s in summary)


def test_longer_summary_on_request_and_several_documents():
    other = "Ukraine welcomed the arms control talks between Russia and the United States in Geneva on Friday."
    assert len(summarize(ARTICLE, 4)) == 4
    both = summarize([ARTICLE, other], 3)
    assert 1 <= len(both) <= 3
    assert len(set(both)) == len(both)


def test_a_sentence_wrapped_over_two_lines_is_one_sentence():
    wrapped = ARTICLE.replace("resume arms control talks in Geneva.", "resume arms control talks\nin Geneva.")
    summary = summarize(wrapped, 3)
    assert summary[0] == "Russia and the United States agreed on Friday to resume arms control talks in Geneva."


def test_empty_text_gives_no_summary():
    assert summarize("") == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_summaries_are_short_and_clean(seed_analyses, seed):
    summary = seed_analyses[seed].summary
    assert 2 <= len(summary) <= 3
    for sentence in summary:
        assert not re.search(r"no time to read|get a summary|more under this ad|previous article|skip to main", sentence, re.I)
        assert sentence[:1].isupper() or sentence[:1] in "“\"‘'"
    assert len(set(summary)) == len(summary)


def test_a_sentence_keeps_its_closing_quotation_mark():
    text = ("Lavrov and Rubio agreed on the need for “normalizing bilateral relations.” The meeting lasted an hour "
            "and both sides described it as useful. Officials said the next round would follow in the autumn.")
    summary = summarize(text, 3)
    assert summary[0].endswith("relations.”")


def test_a_sentence_cut_out_of_a_quotation_gets_its_missing_mark():
    text = ("The ministry said the talks in Geneva would resume on Monday after a pause of two weeks.\n"
            "“We have prepared carefully for this round.\n"
            "We expect the other side to come with concrete proposals for the Geneva talks,” the spokesman said.\n"
            "Diplomats in Geneva said both delegations had arrived with large teams of experts.")
    summary = summarize(text, 4)
    quoted = [s for s in summary if "concrete proposals" in s]
    assert quoted and quoted[0].startswith("“We expect")
    assert "“We have prepared carefully for this round.”" in summary
    assert all(s.count("“") == s.count("”") for s in summary)


def test_caption_lines_are_hints_counted_per_line_and_first():
    text = (
        "The mayor opened the new bridge over the river on Monday morning.\n"
        "Crowds gathered along both banks of the river to watch the ceremony\n"
        "The mayor cut a ribbon by the river in front of the bridge builders\n"
        "Officials said the bridge had cost twelve million pounds to build."
    )
    pool = candidates(text)
    assert [s.rank for s in pool] == [0, 1]  # the captions are never summary sentences
    words, rows = word_features(pool)
    feature = dict(zip(WORD_FEATURES, zip(*rows, strict=True), strict=True))
    row = {name: dict(zip(words, values, strict=True)) for name, values in feature.items()}
    assert row["in_first_aside"]["river"] == 1.0 and row["in_first_aside"]["mayor"] == 0.0
    assert row["log_asides"]["official"] == 0.0 and row["log_asides"]["river"] > row["log_asides"]["mayor"] > 0.0
    assert row["in_aside"]["monday"] == 0.0 and row["has_aside"]["mayor"] == 1.0

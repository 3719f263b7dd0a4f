"""The clean stage: seeds come out complete and without clutter; decoding, skips, language and HTML metadata.

Seed texts are read from ../shared at test time; only short fragments appear here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.clean import clean
from parley.clean.glue import split_glued
from parley.records import CleanDocument, RawDocument, SourceHints, sha256_hex

SEEDS = ("000", "001", "002", "003", "004")
# Clutter lines the issue names; each must be gone from every seed whose file holds it.
CLUTTER_LINES = ("More under this ad", "Discover our latest podcast", "Previous Article", "Next Article",
                 "No time to read?", "Get a summary", "Skip to main content", "Share", "Tags:", "Write a Comment",
                 "Leave a Comment")
GLUED = ("televisionRia", "conditionsneed", "Governmentdismissed", "Russia’sred", "NATOneeds")
_SENTENCE_LINE = re.compile(r"[.!?][\"'”’»)\]]*$")
_FOLD = re.compile(r"\W+")

ENGLISH = ("The foreign ministers of France and Germany met in Berlin on Tuesday to discuss sanctions against Russia. "
           "They agreed that the café talks were “useful” and said they would meet again next month in Paris.")


def _raw(content: bytes, source: str = "note.txt", **hints) -> RawDocument:
    return RawDocument(sha256=sha256_hex(content), content=content, source=source, hints=SourceHints(**hints))


def _fold(text: str) -> str:
    """Case, spacing and punctuation folded: a glued word split again still matches its source."""
    return _FOLD.sub("", text).lower()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, tuple[list[str], CleanDocument]]:
    """{"000": (the file's non-blank lines, its CleanDocument)}."""
    out = {}
    for prefix in SEEDS:
        path = next(seeds_dir.glob(f"{prefix}_*.txt"))
        content = path.read_bytes()
        lines = [line.strip() for line in content.decode("utf-8").splitlines() if line.strip()]
        out[prefix] = (lines, clean(_raw(content, str(path))))
    return out


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_keeps_every_article_sentence(seeds, prefix):
    """Every line of the file that is written as sentences (closing punctuation, 8+ words) is in the body."""
    lines, doc = seeds[prefix]
    assert doc.status == "ok" and doc.language == "en"
    body = _fold(doc.text)
    sentences = [line for line in lines if len(line.split()) >= 8 and _SENTENCE_LINE.search(line)]
    assert len(sentences) >= 5
    missing = [line[:60] for line in sentences if _fold(line) not in body]
    assert not missing


def test_seed_002_keeps_its_lead_sentence(seeds):
    lines, doc = seeds["002"]
    lead = next(line for line in lines if line.startswith("Russian Foreign Minister Sergey Lavrov"))
    assert doc.text.startswith(lead[:80])


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_clutter_lines_removed(seeds, prefix):
    lines, doc = seeds[prefix]
    body_lines = {line.strip() for line in doc.text.split("\n\n")}
    for clutter in CLUTTER_LINES:
        assert clutter not in body_lines
    for fragment in ("More under this ad", "Discover our latest podcast", "No time to read", "Skip to main content",
                     "Contributeur", "©"):
        assert fragment not in doc.text


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_headline_is_title_not_body(seeds, prefix):
    lines, doc = seeds[prefix]
    headline = next(line for line in lines if line not in CLUTTER_LINES and len(line.split()) >= 4)
    assert doc.title == headline
    assert _fold(headline) not in {_fold(p) for p in doc.text.split("\n\n")}


def test_seed_stories_after_next_article_are_dropped(seeds):
    checked = 0
    for lines, doc in seeds.values():
        if "Previous Article" in lines:
            teasers = [line for line in lines[lines.index("Previous Article") + 1:] if line not in CLUTTER_LINES]
            assert teasers and not any(_fold(t) in _fold(doc.text) for t in teasers)
            checked += 1
    assert checked >= 2


def test_seed_subheadline_is_dropped(seeds):
    lines, doc = seeds["002"]
    assert lines[1].startswith("Leading Russian and US diplomats")
    assert _fold(lines[1]) not in _fold(doc.text)


def test_seed_glued_words_split(seeds):
    found = 0
    for lines, doc in seeds.values():
        raw_text = "\n".join(lines)
        for glued in GLUED:
            if glued in raw_text:
                found += 1
                assert glued not in doc.text
    assert found >= 4
    assert "television Ria Novosti" in seeds["003"][1].text


def test_glue_splits_joins_but_keeps_names():
    assert split_glued("the state televisionRia Novosti said") == "the state television Ria Novosti said"
    assert split_glued("two conditionsneed to be met") == "two conditions need to be met"
    assert split_glued("the US Governmentdismissed it") == "the US Government dismissed it"
    kept = "McDonald sold iPhone cases on YouTube and LinkedIn while MacBook owners heard a soundscape"
    assert split_glued(kept) == kept


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-16-be"])
def test_decoding(encoding):
    """cp1252, UTF-16 with a BOM, and UTF-16 without one (every other byte NUL: text, not a binary file)."""
    doc = clean(_raw(ENGLISH.encode(encoding)))
    assert doc.status == "ok"
    assert "café talks were “useful”" in doc.text


def test_decoding_latin1_declared():
    text = ENGLISH.replace("“", '"').replace("”", '"')
    doc = clean(_raw(text.encode("latin-1"), media_type="text/plain; charset=iso-8859-1"))
    assert doc.status == "ok" and 'café talks were "useful"' in doc.text


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"  \n\t \n", "empty"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"PK\x03\x04\x14\x00\x00\x00", "binary"),
    (bytes(range(256)) * 4, "binary"),
])
def test_skips(content, reason):
    doc = clean(_raw(content))
    assert (doc.status, doc.reason) == ("skipped", reason)


def test_too_large_skip():
    doc = clean(_raw(ENGLISH.encode()), max_bytes=50)
    assert (doc.status, doc.reason) == ("skipped", "too_large")


def test_non_english_skipped_unless_all_languages():
    french = ("Les ministres des affaires étrangères de la France et de l'Allemagne se sont réunis mardi à Berlin "
              "pour discuter des sanctions contre la Russie. Ils ont convenu de se revoir le mois prochain à Paris.")
    skipped = clean(_raw(french.encode()))
    assert (skipped.status, skipped.reason) == ("skipped", "language=fr")
    kept = clean(_raw(french.encode()), all_languages=True)
    assert (kept.status, kept.language) == ("ok", "fr")
    assert "sanctions contre la Russie" in kept.text


@pytest.mark.parametrize("note", [
    ENGLISH,
    ENGLISH.rstrip("."),
    "Lavrov and Blinken met in Geneva on Friday and agreed to talk again next week",
    "Lavrov and Blinken met in Geneva on Friday. They agreed to talk again next week.",
])
def test_short_note_is_not_eaten_as_headline(note):
    doc = clean(_raw(note.encode()))
    assert doc.status == "ok"
    assert _fold(note) in _fold(doc.text)


def test_hint_title_is_title_and_first_line_stays_body():
    doc = clean(_raw(ENGLISH.encode(), title="Ministers meet in Berlin"))
    assert doc.title == "Ministers meet in Berlin"
    assert doc.text.startswith("The foreign ministers of France and Germany")


BERLIN_PARAGRAPHS = [
    "Foreign ministers from France and Germany met in Berlin on Tuesday to discuss new sanctions against Russia "
    "over the war in Ukraine.",
    "The two ministers said in a joint statement that the talks had been useful and that they would meet again "
    "next month in Paris.",
    "Officials from both countries said the sanctions package would target energy exports and banks, and would "
    "be presented to the European Union.",
]


def test_html_title_date_outlet_and_body():
    paragraphs = BERLIN_PARAGRAPHS
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ministers meet in Berlin | Example News</title>'
        '<meta property="og:title" content="Ministers meet in Berlin to discuss sanctions">'
        '<meta property="article:published_time" content="2022-01-21T10:00:00Z">'
        '<meta property="og:site_name" content="Example News"></head><body>'
        '<aside><h1>Most read today</h1><ul><li><a href="/a">Storm hits the coast</a></li></ul></aside>'
        "<article><h1>Ministers meet in Berlin to discuss sanctions</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"
    )
    doc = clean(_raw(html.encode(), "page.html", url="https://www.example.com/news/1"))
    assert doc.status == "ok"
    assert doc.title == "Ministers meet in Berlin to discuss sanctions"
    assert (doc.published, doc.published_source) == ("2022-01-21", "html-meta")
    assert doc.outlet is not None and doc.outlet.domain == "example.com"
    assert doc.text.split("\n\n") == paragraphs


@pytest.mark.parametrize(("byline", "name"), [
    ('<span class="byline">By Jane Doe - Nov 19, 2019, 10:31 pm CST</span>', "Jane Doe"),
    ('<div class="author-info"><a rel="author">Meg James</a>Staff Writer</div>', "Meg James"),
    ('<p class="byline">By Eric Song, IGN Staff Updated: 18 Nov 2019</p>', "Eric Song"),
    ('<span class="byline">by admin - 2018-09-16</span>', None),  # a login, not a person
    ('<span class="byline">Monday November 18, 2019</span>', None),
])
def test_html_byline_from_the_page(byline, name):
    html = ("<html><head><title>Ministers meet in Berlin</title></head><body><article>"
            f"<h1>Ministers meet in Berlin</h1>{byline}" + "".join(f"<p>{p}</p>" for p in BERLIN_PARAGRAPHS)
            + "</article></body></html>")
    doc = clean(_raw(html.encode(), "page.html"))
    assert doc.status == "ok" and doc.byline == name
    assert doc.text.split("\n\n") == BERLIN_PARAGRAPHS


def test_html_without_article_is_no_text():
    doc = clean(_raw(b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                     "empty.html"))
    assert (doc.status, doc.reason) == ("skipped", "no_text")


def test_hint_date_wins_and_never_raises():
    doc = clean(_raw(ENGLISH.encode(), published="Fri, 21 Jan 2022 10:00:00 GMT"))
    assert (doc.published, doc.published_source) == ("2022-01-21", "hint")
    broken = clean(_raw(b"\xff\xfe\x00", media_type="text/html; charset=no-such-codec"))
    assert broken.status in {"ok", "skipped"}


@pytest.mark.parametrize("value", ["2 days ago", "3 hours ago", "19 Nov", "November 19", "in 2 weeks"])
def test_relative_or_yearless_dates_are_not_read_against_today(value):
    """clean is pure: a date that needs today's clock to resolve is no date at all."""
    from parley.clean.metadata import iso_day

    assert iso_day(value) is None
    doc = clean(_raw(ENGLISH.encode(), published=value))
    assert doc.published is None and doc.published_source is None


def test_glue_leaves_long_runs_alone():
    run = "word" * 5000
    assert split_glued(f"a {run} b") == f"a {run} b"


def test_scraped_text_headline_byline_dateline():
    paragraphs = BERLIN_PARAGRAPHS
    text = "\n".join(["Ministers meet in Berlin to discuss sanctions", "By Jane Smith, Example News",
                      "Updated 21 January 2022, 10:02 GMT", "Share", *paragraphs])
    doc = clean(_raw(text.encode()))
    assert doc.title == "Ministers meet in Berlin to discuss sanctions"
    assert doc.byline == "Jane Smith"
    assert (doc.published, doc.published_source) == ("2022-01-21", "text")
    assert doc.text.split("\n\n") == paragraphs


def test_container_body_keeps_its_lead_before_a_teaser():
    """A CSV/JSONL body comes without its headline; its lead paragraphs are article text even before a teaser."""
    lead = ["The UK foreign secretary has raised the case of two Britons sentenced to death in a call with her "
            "Ukrainian counterpart on Friday.",
            "So the minister asked Kyiv directly for help."]
    rest = ["Downing Street said on Friday that there were no plans for direct talks with Russia, with the emphasis "
            "on the status of the men as members of the Ukrainian forces.",
            "The two men were convicted by a court in a Russian-occupied territory, which Britain does not recognise, "
            "and they may appeal against the ruling within a month.",
            "The foreign secretary said the judgment was an egregious breach of the Geneva conventions and that Britain "
            "would keep working with Ukraine to secure the release of prisoners of war."]
    text = "\n".join([*lead, "Related: Fight for the east will decide the fate of the war, says Zelenskiy", *rest])
    doc = clean(_raw(text.encode(), "bbc.csv#3", title="Truss speaks to Kyiv about Britons’ death sentences",
                     media_type="text/plain"))
    assert doc.text.split("\n\n")[:2] == lead
    assert all(paragraph in doc.text for paragraph in rest)


def test_page_footer_run_into_the_last_paragraph_is_cut():
    """Scraped text often runs the page's closing lines into the article's last paragraph: they go, sentence by
    sentence from the end, and the article's own last sentences stay (even one that mentions Twitter)."""
    last = ("The foreign secretary said she had raised the case with her Ukrainian counterpart, who wrote on Twitter "
            "that Kyiv would keep pressing for the men's release.")
    footer = ("Follow BBC East Midlands on Facebook, Twitter, or Instagram. Send your story ideas to "
              "eastmidsnews@bbc.co.uk. © 2022 BBC. The BBC is not responsible for the content of external sites. "
              "Read about our approach to external linking.")
    text = "\n".join([*BERLIN_PARAGRAPHS, f"{last} {footer}"])
    doc = clean(_raw(text.encode(), "bbc.csv#5", title="Truss raises Britons' case with Kyiv", media_type="text/plain"))
    assert doc.text.split("\n\n")[-1] == last
    assert "story ideas" not in doc.text and "©" not in doc.text
    only_footer = "\n".join([*BERLIN_PARAGRAPHS, "Follow BBC South on Facebook, Twitter, or Instagram.", "© 2022 BBC."])
    doc = clean(_raw(only_footer.encode(), "bbc.csv#6", title="Ministers meet in Berlin", media_type="text/plain"))
    assert doc.text.split("\n\n") == BERLIN_PARAGRAPHS


def test_reporting_credits_at_the_end_are_cut():
    """'Hilary Hanson contributed reporting.' closing an article is a credit, not news (it was coded as a SUPPORT)."""
    for credit in ("Hilary Hanson contributed reporting.", "Reuters contributed to this report",
                   "Additional reporting by Olga Pona in Kyiv.", "Reporting by Jan Wolfe; editing by Grant McCool"):
        text = "\n".join([*BERLIN_PARAGRAPHS, credit])
        doc = clean(_raw(text.encode(), "huff.csv#1", title="Ministers meet in Berlin", media_type="text/plain"))
        assert doc.text.split("\n\n") == BERLIN_PARAGRAPHS, credit

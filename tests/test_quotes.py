"""Quotes: marks of every style, speakers through the parse and the actor layer, and the seed articles."""

from __future__ import annotations

import pytest

from parley.analyze import analyze
from parley.analyze.quotes import find_marked, merge_interrupted
from parley.records import CleanDocument, sha256_hex


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


def test_markup_attributes_are_no_quotes():
    assert find_marked('<tweet pic="pic.twitter.com/" author="carlquintanilla" id="778257943577919488">') == []


def test_closing_mark_typed_as_opener_at_line_start():
    (only,) = find_marked("Readers wrote in.\n”Fear. I am truly afraid.” ― Edwin Monroy")
    assert only.text == "Fear. I am truly afraid."


def test_quotation_inside_a_quotation():
    (only,) = find_marked("“I’d rather live in what he calls “hell” than live here.” ― Adriana Rodarte")
    assert only.text.startswith("I’d rather") and only.text.endswith("than live here.")


def test_interrupted_quote_is_one_quote():
    text = "“That,” he added, “promises to make life harder.”"
    (only,) = merge_interrupted(text, find_marked(text))
    assert only.text == "That promises to make life harder." and (only.start, only.end) == (0, len(text))


def _analyze(text: str):
    return analyze(CleanDocument(id="t", sha256=sha256_hex(text.encode()), source="test", text=text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the quotation's own words are not the subject of "said"
        ("“The campaign is in panic mode. Full panic mode,” said Leslie Wimes, a Florida activist.", "panic", "Wimes"),
        # a pronoun bound by the sentence's named subject
        ("Secretary-General Ban Ki-moon condemned what he called a “brazen breach” of resolutions.", "brazen", "Ban Ki-moon"),
        # the reporting sentence before the quote in the same paragraph
        ("The administration may be reluctant to act, Schiff said. “The other factor is the election.”", "other factor", "Schiff"),
        # the sentence before is about a named person, and no speech verb says more
        ("Prior text.\n\nOn Sunday, Sen. Bernie Sanders identified bigotry as a reason to vote. “The younger people are sick of racism.”", "younger", "Sanders"),
        # inverted cue before a colon
        ("Experts say the plans would make the code more complex. Said Ellis: “I don’t get the sense she is interested.”", "interested", "Ellis"),
        # an interrupted quote takes its interruption's speaker
        ("“On this basis,” Zero Hedge said, “true youth unemployment is in the mid-30s.”", "mid-30s", "Zero Hedge"),
        # the passive subject of a naming verb is the thing named; the agent speaks
        ("The claim was labeled “Mostly True” by PolitiFact.", "Mostly True", "PolitiFact"),
        # a speaker set off by a relative clause before a verb the parse left without a subject
        ("Raf Sanchez reported from Moscow on Friday. “Remember that Zelenskyy is a thug,” Cawthorn, who is running "
         "for reelection in November, told supporters earlier this month in an appearance in Asheville.", "thug",
         "Cawthorn"),
        # an outlet that quotes someone "as saying" passes the words on
        ("“We supplied Russia with a limited number of drones,” the news agency IRNA quoted Amir-Abdollahian as "
         "saying.", "limited number", "Amir-Abdollahian"),
        # a name alone before a colon, as in a transcript or a caption
        ("Rep. Madison Cawthorn spoke at a rally on Friday, Raf Sanchez said. Madison Cawthorn: “The minister is a "
         "crook. Remember that.”", "crook", "Cawthorn"),
    ],
)
def test_speaker_words(text, words, speaker):
    quote = _speaker_of(_analyze(text), words)
    assert quote.kind == "direct" and speaker in (quote.speaker_text or ""), quote


def test_pronoun_speaker_keeps_its_words_and_names_the_person():
    # the quote before holds more sentences than the actor layer looks back for a pronoun's antecedent
    text = "“How many times?” Maria Lopezova said. “A man died. This is unbearable. It must stop. We will act. Enough.”"
    analysis = _analyze(text + "\n“Nobody can stop us now,” she continued.")
    quote = _speaker_of(analysis, "Nobody can stop us")
    assert quote.speaker_text == "she"
    assert quote.speaker is not None and "Lopezova" in quote.speaker.name


def test_a_pronoun_of_the_other_gender_is_not_the_previous_speaker():
    text = "“We will not give up,” Liz Truss said on Monday. “Russia must withdraw,” he added."
    assert _speaker_of(_analyze(text), "Russia must withdraw").speaker is None
    text = text.replace("Liz Truss", "Boris Johnson")
    assert "Johnson" in _speaker_of(_analyze(text), "Russia must withdraw").speaker.name


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
    # the proviso he set is part of what he said, though the parser hangs it on "emphasized"
    assert quote.text.endswith("does not prop up what Moscow regards as an illegitimate regime in Ukraine")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Lavrov said Russia was ready to talk, as long as its interests were respected.",
         "Russia was ready to talk, as long as its interests were respected"),
        ("Lavrov said Russia was ready to talk, and he left the room.", "Russia was ready to talk"),
    ],
)
def test_an_indirect_quote_keeps_its_proviso_only(text, said):
    assert [q.text for q in _analyze(text).quotes if q.kind == "indirect"] == [said]


def test_quote_ids_are_stable(seed_analyses):
    quotes = seed_analyses["004"].quotes
    assert len({q.id for q in quotes}) == len(quotes)
    assert all(q.id.startswith("qt_") for q in quotes)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Pence said on CBS’s “Face the Nation” that the ticket was united.", False),
        ("She spoke on Tuesday’s episode of “The Steve Harvey Morning Show,” the radio host's programme.", False),
        ("Sanders told MSNBC’s “Morning Joe” that nobody would question his support.", False),
        # a Title Case nickname a speaker used is still his words
        ("Trump called the pageant winner “Miss Piggy” in 1996, Clinton said.", True),
        ("“Peace Through Strength,” Trump proclaimed on Wednesday.", True),
        ("McAuliffe was greeted with chants of “Bobby!” at a labor conference, his aide said.", True),
    ],
)
def test_programme_titles_are_no_quotes(text, kept):
    direct = [q for q in _analyze(text).quotes if q.kind == "direct"]
    assert bool(direct) == kept, direct


def test_a_dateline_is_not_part_of_what_was_said():
    text = ("ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations met in Istanbul on Friday for their "
            "first direct talks in three years, Turkish Foreign Minister Hakan Fidan said.")
    said = [q for q in _analyze(text).quotes if q.kind == "indirect"]
    assert said and all(q.text.startswith("Russian and Ukrainian delegations") for q in said)


def test_according_to_attributes_the_clause_to_its_source():
    said = [q for q in _analyze("The talks stalled on Monday, according to Reuters.").quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_text, q.cue) for q in said] == [("The talks stalled on Monday", "Reuters", "according to")]


def test_a_finding_is_attributed_to_its_study():
    said = [q for q in _analyze("A new poll found that most voters support the ceasefire talks.").quotes
            if q.kind == "indirect"]
    assert [(q.text, q.cue) for q in said] == [("most voters support the ceasefire talks", "found")]


def test_a_verb_of_speech_the_lemmatiser_misreads_still_cues_its_quote():
    text = ("Rep. Eric Swalwell criticized Tucker Carlson’s rhetoric, noting that his comments served Russia. "
            "Carlson was not happy. “It’s such an awful thing to say,” he griped after airing Swalwell’s remarks.")
    doc = CleanDocument(id="t", sha256=sha256_hex(text.encode()), source="t", text=text)
    quote = next(q for q in analyze(doc).quotes if q.kind == "direct")
    assert quote.cue == "griped" and quote.speaker is not None and quote.speaker.name == "Tucker Carlson"

"""PLOVER modes beyond talks (how an act was done) and contexts (what it concerns), read off the act's own words."""

from __future__ import annotations

import pytest

from parley.analyze import analyze
from parley.analyze.events.modes import load_modes
from parley.records import CleanDocument, Event, sha256_hex

# the modes of the PLOVER manual (0.7b1) per type; AID's, SANCTION's and RETREAT's are its draft tables
PLOVER_MODES = {
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "heavy-weapons"},
    "COERCE": {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"},
    "MOBILIZE": {"troops", "weapons", "police"},
    "PROTEST": {"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "SANCTION": {"convict", "cancel", "expel", "withdraw", "sever"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
}
PLOVER_CONTEXTS = {"political", "military", "economic", "diplomatic", "resource", "culture", "disease",
                   "enviro_disaster", "migration", "humanitarian", "legal", "human_rights", "gender", "lgbt",
                   "terrorism", "government", "election", "legislative", "cbrn", "cyber"}


def _events(text: str) -> list[Event]:
    doc = CleanDocument(id="t", sha256=sha256_hex(text.encode()), source="t", text=text, published="2024-03-01")
    return list(analyze(doc).events)


def _only(text: str, event_type: str) -> Event:
    events = [e for e in _events(text) if e.type == event_type]
    assert len(events) == 1, [(e.type, e.trigger) for e in _events(text)]
    return events[0]


def test_the_data_files_use_the_manuals_identifiers():
    modes = load_modes()
    for event_type, order in modes.order.items():
        assert set(order) <= PLOVER_MODES[event_type], event_type
    assert set(modes.context_order) <= PLOVER_CONTEXTS
    assert set(modes.mode_contexts.values()) | set(modes.type_contexts.values()) <= PLOVER_CONTEXTS


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Russian forces shelled Kharkiv with artillery on Monday.", "ASSAULT", "heavy-weapons"),
    ("A roadside bomb killed two soldiers near Samarra on Sunday.", "ASSAULT", "explosives"),
    ("Gunmen shot dead three police officers in Kabul.", "ASSAULT", "firearms"),
    ("Hezbollah guerrillas killed the deputy chief of the militia in southern Lebanon.", "ASSAULT", "assassinate"),
    ("Police arrested 300 people in Moscow on Sunday.", "COERCE", "arrest"),
    ("The government declared martial law in the capital.", "COERCE", "martial-law"),
    ("Russia threatened to break off diplomatic relations with Lithuania.", "THREATEN", "relations"),
    ("Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision.", "PROTEST",
     "strike-hun"),
    ("The UK has sent more than 5,000 anti-tank weapons to Ukraine.", "AID", "military"),
    ("The United Nations delivered 25,000 tons of food aid to Liberia on Monday.", "AID", "humanitarian"),
    ("Poland expelled 45 Russian diplomats on Wednesday.", "SANCTION", "expel"),
    ("The EU imposed an oil embargo on Russia.", "SANCTION", "sever"),
    ("Russian troops withdrew from Kherson on Friday.", "RETREAT", "withdraw"),
])
def test_an_acts_words_give_its_mode(text, event_type, mode):
    events = [e for e in _events(text) if e.type == event_type]
    assert events and all(e.mode == mode for e in events), [(e.type, e.trigger, e.mode) for e in _events(text)]


def test_no_cue_no_mode_and_talks_keep_theirs():
    assert _only("Russia attacked Ukraine on Monday.", "ASSAULT").mode is None  # how is not told
    assert _only("Putin spoke with Erdogan by phone on Monday.", "CONSULT").mode == "phone"


@pytest.mark.parametrize(("text", "event_type", "context"), [
    ("Russian forces shelled Kharkiv with artillery on Monday.", "ASSAULT", "military"),
    ("Russia threatened to use nuclear weapons against Ukraine.", "THREATEN", "cbrn"),
    ("The United States and Jordan agreed on a new free-trade pact.", "AGREE", "economic"),
    ("Police arrested 300 people in Moscow on Sunday.", "COERCE", "legal"),
    ("Poland accused Belarus of pushing migrants across the border.", "ACCUSE", "migration"),
    ("Russia accused Ukraine of lying.", "ACCUSE", "diplomatic"),  # no cue: a verbal act between two states
])
def test_the_sentence_gives_the_context(text, event_type, context):
    assert _only(text, event_type).context == context


def test_the_document_gives_the_context_its_sentence_does_not():
    text = ("Russian troops shelled the town with artillery and tanks on Monday. "
            "The mayor accused Moscow of lying on Tuesday.")
    assert _only(text, "ACCUSE").context == "military"  # alone, "Moscow" and the mayor name no context
    assert _only("The mayor accused Moscow of lying on Tuesday.", "ACCUSE").context is None


def test_an_acts_type_breaks_a_tie_of_cues():
    text = "Russian forces carried out a missile strike against a cultural centre in the Kharkiv region."
    assert _only(text, "ASSAULT").context == "military"


def test_killing_a_villager_is_no_assassination():
    text = "The captured soldier admitted killing Oleksandr Shelipov, 62, in the village of Chupakhivka."
    assert all(e.mode != "assassinate" for e in _events(text))

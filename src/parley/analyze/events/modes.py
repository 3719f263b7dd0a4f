"""How an act was done (PLOVER's modes beyond CONSULT's) and what it concerns (PLOVER's contexts), read off the
words of the act's phrase and its sentence with the cues of ``modes.yaml`` and ``context.yaml``.

Both are read once the document's events are final, from the trigger word each event keeps, so that a type the
event step changes late (a warning read as an accusation, an attack on a condition read as a threat) gets the modes
of its final type. CONSULT's modes are the event step's own (``EventCoder._mode``): they depend on the parties and
the place, not on words alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from parley.analyze.events.lexicon import DATA
from parley.datafile import load_yaml
from parley.records import Event

# dependents that belong to an act's phrase: what it is done to or with, by whom, and how it is named ("shelled
# the city with artillery", "a roadside bomb killed", "attacked by militiamen armed with machetes")
_PHRASE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "compound", "amod", "nmod", "prep", "pobj", "agent",
                          "acomp", "attr", "oprd", "dative", "npadvmod", "acl", "conj", "prt"})
# a threat's phrase takes in the act threatened ("threatened to break off relations", "said it would blockade")
_THREAT_DEPS = _PHRASE_DEPS | {"xcomp", "ccomp"}
# aid's phrase takes in what it is for ("sent money to feed refugees", "help, providing food")
_AID_DEPS = _PHRASE_DEPS | {"xcomp", "advcl"}
_DEPTH = 5
_POS = {"n": {"NOUN", "PROPN"}, "v": {"VERB"}}


class _Cues:
    """A set of cue words and runs of words ("hunger strike"), looked up by the word a run ends or starts on."""

    def __init__(self, words: Iterable[str]) -> None:
        self.single: dict[str, frozenset[str] | None] = {}  # word -> the parts of speech it counts for (None: any)
        self.runs: dict[str, list[tuple[str, ...]]] = {}
        for word in words:
            text, _, pos = str(word).lower().partition("/")
            lemmas = tuple(text.split())
            if len(lemmas) == 1:
                self.single[lemmas[0]] = frozenset(_POS[pos]) if pos in _POS else None
            else:
                for end in {lemmas[0], lemmas[-1]}:
                    self.runs.setdefault(end, []).append(lemmas)

    def at(self, token: Token) -> bool:
        """Does a cue sit on this token (the word itself, or a run of words ending or starting on it)?"""
        for form in {_word(token), token.lower_}:
            if form in self.single and ((pos := self.single[form]) is None or token.pos_ in pos):
                return True
            for run in self.runs.get(form, ()):
                if any(_run_at(token.doc, start, run) for start in (token.i - len(run) + 1, token.i)):
                    return True
        return False


def _run_at(doc: Doc, start: int, run: tuple[str, ...]) -> bool:
    return start >= 0 and start + len(run) <= len(doc) and all(
        w in {_word(doc[start + k]), doc[start + k].lower_} for k, w in enumerate(run))


def _word(token: Token) -> str:
    return token.lemma_.lower()


class Modes:
    """The mode and context readers, configured from the two data files."""

    def __init__(self, modes: dict[str, Any], contexts: dict[str, Any]) -> None:
        self.targeted = _Cues(modes.get("targeted_killing", ()))
        self.offices = frozenset(modes.get("offices", ()))
        self.modes = {kind: [(mode, _Cues(words)) for mode, words in table.items()]
                      for kind, table in modes.items() if kind.isupper()}
        self.contexts = [(name, _Cues(words)) for name, words in contexts["contexts"].items()]
        defaults = contexts["defaults"]
        self.mode_contexts: dict[str, str] = dict(defaults["modes"])
        self.type_contexts: dict[str, str] = dict(defaults["types"])
        self.between_states = frozenset(defaults["between_states"])
        self.states_context: str = defaults["between_states_context"]

    def mode(self, event: Event, token: Token, persons: frozenset[str]) -> str | None:
        """The first mode of the event's type with a cue in the act's phrase; an attack killing one office-holder is
        an assassination; a talk keeps the mode the event step gave it."""
        if event.type == "CONSULT":
            return event.mode
        table = self.modes.get(event.type)
        if not table:
            return None
        deps = {"THREATEN": _THREAT_DEPS, "AID": _AID_DEPS}.get(event.type, _PHRASE_DEPS)
        phrase = _phrase(token, deps)
        if event.type == "PROTEST" and token.dep_ in {"xcomp", "advcl"}:
            phrase += _phrase(token.head, _PHRASE_DEPS)  # "began a hunger strike to protest", "shunned work to protest"
        for mode, cues in table:
            if any(cues.at(t) for t in phrase):
                return mode
        if event.type == "ASSAULT" and self.targeted.at(token) and self._office_holder(event, token, persons):
            return "assassinate"
        if event.type == "ASSAULT":
            # a weapon the sentence names elsewhere is the attack's when it names one kind only ("accused Russian
            # forces of carrying out a missile strike ..., describing the attack as absolute evil")
            told = {mode for mode, cues in table if any(cues.at(t) for t in token.sent)}
            return next(iter(told)) if len(told) == 1 else None
        return None

    def _office_holder(self, event: Event, token: Token, persons: frozenset[str]) -> bool:
        """Is the one killed a single person holding an office ("killed the deputy chief of ...", "killed Governor
        X")?"""
        if len(event.recipient) == 1 and event.recipient[0].id in persons and event.recipient[0].role:
            return True
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        return len(objects) == 1 and objects[0].tag_ == "NN" and objects[0].lemma_.lower() in self.offices

    def context(self, event: Event, token: Token | None, sent: Span, document: str | None) -> str | None:
        """The context whose cues weigh most (the act's phrase twice; the type's context wins a tie), else the default
        of its mode, its type, a verbal act between two states, or the document's context."""
        phrase = set(_phrase(token, _PHRASE_DEPS)) if token is not None else set()
        prior = self.type_contexts.get(event.type)
        best, weight = None, 0.0
        for name, cues in self.contexts:
            score = sum((2 if t in phrase else 1) for t in sent if cues.at(t))
            if score and name == prior:
                score += 0.5
            if score > weight:
                best, weight = name, score
        if best is not None:
            return best
        if event.mode in self.mode_contexts:
            return self.mode_contexts[event.mode]
        if event.type in self.type_contexts:
            return self.type_contexts[event.type]
        countries = {p.country for p in (*event.actor, *event.recipient) if p.country}
        if event.type in self.between_states and event.actor and event.recipient and len(countries) >= 2:
            return self.states_context
        return document

    def document_context(self, doc: Doc) -> str | None:
        """The context whose cues are the most frequent in the whole document (none when no cue)."""
        counts = {name: sum(cues.at(t) for t in doc) for name, cues in self.contexts}
        best = max(counts, key=lambda name: counts[name])
        return best if counts[best] else None


def _phrase(token: Token, deps: frozenset[str]) -> list[Token]:
    """The trigger and the dependents that name how, with what and by whom its act was done."""
    out, frontier = [token], [token]
    if token.dep_ in {"compound", "amod", "nmod"}:
        out.append(token.head)
    for _ in range(_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in deps]
        out += frontier
    return out


@cache
def load_modes() -> Modes:
    return Modes(load_yaml((DATA / "modes.yaml").read_text(encoding="utf-8")),
                 load_yaml((DATA / "context.yaml").read_text(encoding="utf-8")))

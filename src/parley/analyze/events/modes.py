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


class _Words:
    """A document's words as the cues read them, taken once from spaCy: lemma, lower-case form, part of speech."""

    def __init__(self, doc: Doc) -> None:
        self.lemmas = [t.lemma_.lower() for t in doc]
        self.lowers = [t.lower_ for t in doc]
        self.pos = [t.pos_ for t in doc]

    def forms(self, i: int) -> tuple[str, ...]:
        lemma, lower = self.lemmas[i], self.lowers[i]
        return (lemma,) if lemma == lower else (lemma, lower)


class _Index:
    """Labelled cue words and runs of words ("hunger strike"), looked up by the word a run ends or starts on."""

    def __init__(self, labelled: Iterable[tuple[str, Iterable[str]]]) -> None:
        # word -> (label, the parts of speech it counts for or None for any, the run of words or None)
        self.entries: dict[str, list[tuple[str, frozenset[str] | None, tuple[str, ...] | None]]] = {}
        for label, words in labelled:
            for word in words:
                text, _, pos = str(word).lower().partition("/")
                lemmas = tuple(text.split())
                tags = frozenset(_POS[pos]) if pos in _POS else None
                for end in {lemmas[0], lemmas[-1]}:
                    self.entries.setdefault(end, []).append((label, tags, lemmas if len(lemmas) > 1 else None))

    def labels_at(self, words: _Words, i: int) -> set[str]:
        """The labels of the cues sitting on word i (the word itself, or a run of words ending or starting on it)."""
        out = set()
        for form in words.forms(i):
            for label, tags, run in self.entries.get(form, ()):
                if run is None:
                    if tags is None or words.pos[i] in tags:
                        out.add(label)
                elif any(_run_at(words, start, run) for start in (i - len(run) + 1, i)):
                    out.add(label)
        return out


def _run_at(words: _Words, start: int, run: tuple[str, ...]) -> bool:
    return start >= 0 and start + len(run) <= len(words.lemmas) and all(
        w in {words.lemmas[start + k], words.lowers[start + k]} for k, w in enumerate(run))


class Modes:
    """The mode and context cues, configured from the two data files; ``reading`` applies them to a document."""

    def __init__(self, modes: dict[str, Any], contexts: dict[str, Any]) -> None:
        self.targeted = _Index([("kill", modes.get("targeted_killing", ()))])
        self.offices = frozenset(modes.get("offices", ()))
        self.weapons = frozenset(modes.get("weapons", ()))
        self.order = {kind: list(table) for kind, table in modes.items() if kind.isupper()}
        self.modes = {kind: _Index(table.items()) for kind, table in modes.items() if kind.isupper()}
        self.context_order = list(contexts["contexts"])
        self.contexts = _Index(contexts["contexts"].items())
        defaults = contexts["defaults"]
        self.mode_contexts: dict[str, str] = dict(defaults["modes"])
        self.type_contexts: dict[str, str] = dict(defaults["types"])
        self.between_states = frozenset(defaults["between_states"])
        self.states_context: str = defaults["between_states_context"]

    def reading(self, doc: Doc) -> Reading:
        return Reading(self, doc)


class Reading:
    """Modes and contexts of one document's events: its words and each word's context cues read once."""

    def __init__(self, cues: Modes, doc: Doc) -> None:
        self.cues = cues
        self.words = _Words(doc)
        self.hits = [cues.contexts.labels_at(self.words, i) for i in range(len(doc))]
        counts: dict[str, int] = {}
        for labels in self.hits:
            for label in labels:
                counts[label] = counts.get(label, 0) + 1
        # the context whose cues are the most frequent in the whole document (ties: the one listed first)
        self.document = min(counts, key=lambda name: (-counts[name], cues.context_order.index(name))) \
            if counts else None

    def mode(self, event: Event, token: Token, persons: frozenset[str]) -> str | None:
        """The first mode of the event's type with a cue in the act's phrase; an attack killing one office-holder is
        an assassination; a talk keeps the mode the event step gave it."""
        if event.type == "CONSULT":
            return event.mode
        index = self.cues.modes.get(event.type)
        if index is None:
            return None
        deps = {"THREATEN": _THREAT_DEPS, "AID": _AID_DEPS}.get(event.type, _PHRASE_DEPS)
        phrase = _phrase(token, deps)
        if event.type == "PROTEST" and token.dep_ in {"xcomp", "advcl"}:
            phrase += _phrase(token.head, _PHRASE_DEPS)  # "began a hunger strike to protest", "shunned work to protest"
        found = set().union(*(index.labels_at(self.words, t.i) for t in phrase))
        if mode := next((m for m in self.cues.order[event.type] if m in found), None):
            return mode
        if event.type == "ASSAULT" and self.cues.targeted.labels_at(self.words, token.i) and \
                self._office_holder(event, token, persons):
            return "assassinate"
        if event.type == "ASSAULT":
            # a weapon the sentence names elsewhere is the attack's when it names one kind only ("accused Russian
            # forces of carrying out a missile strike ..., describing the attack as absolute evil")
            told = set().union(*(index.labels_at(self.words, i) for i in range(token.sent.start, token.sent.end)))
            told &= self.cues.weapons
            return next(iter(told)) if len(told) == 1 else None
        return None

    def _office_holder(self, event: Event, token: Token, persons: frozenset[str]) -> bool:
        """Is the one killed a single person holding an office ("killed the deputy chief of ...", "killed Governor
        X")?"""
        if len(event.recipient) == 1 and event.recipient[0].id in persons and event.recipient[0].role:
            return True
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        return len(objects) == 1 and objects[0].tag_ == "NN" and objects[0].lemma_.lower() in self.cues.offices

    def context(self, event: Event, token: Token | None, sent: Span) -> str | None:
        """The context whose cues weigh most (the act's phrase twice; the type's context wins a tie), else the default
        of its mode, its type, a verbal act between two states, or the document's context."""
        cues = self.cues
        phrase = {t.i for t in _phrase(token, _PHRASE_DEPS)} if token is not None else set()
        prior = cues.type_contexts.get(event.type)
        scores: dict[str, float] = {}
        for i in range(sent.start, sent.end):
            for label in self.hits[i]:
                scores[label] = scores.get(label, 0.0) + (2 if i in phrase else 1)
        if prior in scores:
            scores[prior] += 0.5
        if scores:
            return min(scores, key=lambda name: (-scores[name], cues.context_order.index(name)))
        if event.mode in cues.mode_contexts:
            return cues.mode_contexts[event.mode]
        if event.type in cues.type_contexts:
            return cues.type_contexts[event.type]
        countries = {p.country for p in (*event.actor, *event.recipient) if p.country}
        if event.type in cues.between_states and event.actor and event.recipient and len(countries) >= 2:
            return cues.states_context
        return self.document


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

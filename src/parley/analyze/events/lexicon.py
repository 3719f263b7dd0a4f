"""The event lexicon (data/events/*.yaml) and the trigger matcher built from it.

Knowledge lives in the data files: which lemmas can name which PLOVER type, what mode a word implies, the
CAMEO root and quad class of each type, and the cues for status and context. This module only loads them
and finds trigger words in a parsed sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from parley.analyze.events.entities import ents_of
from parley.analyze.events.syntax import frames, gerund_read_as_adjective, has_to
from parley.datafile import load_yaml
from parley.outlets import find_outlet
from parley.places import country_of, gazetteer
from parley.registry import load_registry

DATA = resources.files("parley") / "data" / "events"
_ABLE = frozenset({"capable", "able"})  # "capable of striking", "able to strike"
_AID = frozenset({"AID"})
_SENDING = frozenset({"send", "dispatch"})  # verbs whose person sent to a place visits it on the sender's behalf
_POS_TAG = {"n": {"NOUN", "PROPN"}, "v": {"VERB", "AUX"}}
_PHRASE_WINDOW = 3
_SUPPORT = frozenset({"SUPPORT"})
_TALKS = frozenset({"CONSULT"})
_COOPERATING = frozenset({"COOPERATE"})
_MOBILIZE = frozenset({"MOBILIZE"})
# what a verb can say about its object after it: "called him a liar", "called the move outrageous", "called it
# 'a sham'" (a call with one of these is a verdict, not a phone call)
_COMPLEMENTS = {"oprd", "xcomp", "ccomp", "attr", "acomp"}
# a word inside a name or a date names no event: "in March", "Shanghai Cooperation Organisation", "Strike Force"
_NAMES = {"DATE", "TIME", "PERSON", "GPE", "ORG", "LAW", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LANGUAGE",
          "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# what the NER tags as a party: a person, a state or place, a people, an organisation
_PARTY_NAMES = {"PERSON", "GPE", "NORP", "ORG"}


# types of the verbs that judge or punish what their object did ("accused X of ...", "punished X for ...")
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "SANCTION"})
# what a transitive verb takes (an object; "called Musk a 'chaos agent'", parsed as two predicates)
_TAKEN = frozenset({"dobj", "nsubjpass", "oprd"})


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    head: str
    rest: tuple[str, ...]
    pos: frozenset[str] | None  # None: any part of speech among nouns/verbs/adjectives
    definite: bool = False  # its type holds whatever the sentence model's class (see "definite" in lexicon.yaml)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token of the sentence that can name an event of ``type``; a phrase trigger ends before ``end``."""

    token: Token
    type: str
    end: int  # index one past the last matched token
    definite: bool = False

    @property
    def i(self) -> int:
        return self.token.i


class Lexicon:
    """Trigger entries indexed by head lemma, plus the maps and cue lists of the data files."""

    def __init__(self, raw: dict[str, Any], modality: dict[str, Any]) -> None:
        self.cameo: dict[str, str] = {k: str(v) for k, v in raw["cameo"].items()}
        self.cameo_modes: dict[str, str] = {k: str(v) for k, v in raw["cameo_modes"].items()}
        self.quad: dict[str, int] = {k: int(v) for k, v in raw["quad"].items()}
        self.modes: dict[str, str] = {str(k).lower(): v for k, v in raw["modes"].items()}
        self.envoys = _words(raw, "envoys")
        self.retorts, self.retort_objects = _words(raw, "retorts"), _words(raw, "retort_objects")
        self.remote_talk = _words(raw, "remote_talk")
        self.journeys = _words(raw, "journeys")
        self.displaced = _words(raw, "displaced")
        self.gatherings_of, self.meeting_nouns = _words(raw, "gatherings_of"), _words(raw, "meeting_nouns")
        self.by_head: dict[str, list[Entry]] = {}
        for section, definite in (("triggers", False), ("definite", True)):
            for event_type, entries in (raw.get(section) or {}).items():
                for text in entries:
                    words, _, pos = str(text).partition("/")
                    lemmas = tuple(words.lower().split())
                    entry = Entry(event_type, lemmas[0], lemmas[1:], frozenset(_POS_TAG[pos]) if pos else None, definite)
                    self.by_head.setdefault(lemmas[0], []).append(entry)
        calls = raw.get("definite_calls") or {}
        self.call_verbs = _words(calls, "verbs")
        self.call_objects = _words(calls, "objects")
        self.intent_types: dict[str, tuple[str, frozenset[str]]] = {
            k: (v[0], frozenset(v[1])) for k, v in (raw.get("intent_types") or {}).items()}
        self.topic_verbs = _words(raw, "topic_objects")
        self.targeted_nouns = _words(raw, "targeted_nouns")
        self.inverting = _words(raw, "inverting")
        provoking = raw.get("provoking") or {}
        self.provoking, self.reactions = _words(provoking, "verbs"), _words(provoking, "reactions")
        self.met_with = self.reactions | _words(raw, "met_with")
        appeals = raw.get("appeals") or {}
        self.appeal_verbs, self.call_decisions = _words(appeals, "verbs"), _words(appeals, "decisions")
        self.victims = _words(raw, "victims")
        self.forcible_takings = _words(raw, "forcible_takings")
        self.seizing = _words(raw, "seizing")
        self.holding_ground = _words(raw, "holding_ground")
        forcing = raw.get("forcing") or {}
        self.forcing_verbs, self.forcing_adverbs = _words(forcing, "verbs"), _words(forcing, "adverbs")
        self.forced_moves = _words(forcing, "moves")
        self.removals = _words(raw, "removals")
        self.front_lines = _words(raw, "front_lines")
        self.regaining = _words(raw, "regaining")
        self.force_nouns = _words(raw, "force_nouns")
        self.force_units = _words(raw, "force_units")
        self.force_results = _words(raw, "force_results")
        self.invading = _words(raw, "invading")
        self.battlefronts = _words(raw, "battlefronts")
        self.captives = _words(raw, "captives")
        quitting = raw.get("quitting") or {}
        self.quitting_phrase = _words(quitting, "phrase")
        self.quitting_object = _words(quitting, "object")
        self.measure_effects = _words(raw, "measure_effects")
        self.pledging = _words(raw, "pledging")
        self.media_nouns = _words(raw, "media_nouns")
        self.agreements = _words(raw, "agreements")
        self.holding = _words(raw, "holding")
        self.force_withdrawers = _words(raw, "force_withdrawers")
        self.peacekeeping = _words(raw, "peacekeeping")
        self.force_movers = _words(raw, "force_movers")
        self.opinions = _words(raw, "opinions")
        self.convictions = _words(raw, "convictions")
        self.territory_nouns = _words(raw, "territory_nouns")
        self.noun_predicates = _words(raw, "noun_predicates")
        self.records = _words(raw, "records")
        self.wars = [(frozenset(w["sides"][0]), frozenset(w["sides"][1]), w["start"], w.get("end"))
                     for w in raw.get("wars") or ()]
        self.under_force = _words(raw, "under_force")
        self.measures = _words(raw, "measures")
        self.involving = _words(raw, "involving")
        self.responding = _words(raw, "responding")
        self.harmed = _words(raw, "harmed")
        self.praise = _words(raw, "praise")
        self.blame = _words(raw, "blame_words")
        self.blame_forms_excepted = _words(raw, "blame_forms_excepted")
        self.praise_words = _words(raw, "praise_words")
        self.exclusions = _word_lists(raw, "object_exclusions")
        for lemma, readings in (raw.get("readings_by_object") or {}).items():
            groups = {t: frozenset(words) for t, words in readings.items()}
            for t, own in groups.items():  # each reading is out for the objects of the others only
                others = frozenset().union(*(g for u, g in groups.items() if u != t)) - own
                self.exclusions[f"{t}:{lemma}"] = self.exclusions.get(f"{t}:{lemma}", frozenset()) | others
        # (a cue with an apostrophe is also written with a typographic one: "'ll" and "’ll", "he’ll visit")
        self.cues: dict[str, frozenset[str]] = {
            k: frozenset(w for x in v for w in (str(x).lower(), str(x).lower().replace("'", "\u2019")))
            for k, v in modality.items()}
        self.not_agents = _words(raw, "not_agents")
        self.asking_nouns = _words(raw, "asking_nouns")
        self.helping_verbs = _words(raw, "helping_verbs")
        self.applying = _words(raw, "applying")
        self.congratulating = _words(raw, "congratulating")
        self.perceiving = _words(raw, "perceiving")
        self.knowing = _words(raw, "knowing")
        self.indignation = _words(raw, "indignation")
        self.idle_words = _word_lists(raw, "idle_words")
        self.idle_predicates = _words(raw, "idle_predicates")
        self.infinitive_requests = _words(raw, "infinitive_requests")
        self.stative_passives = _words(raw, "stative_passives")
        joining = raw.get("joining") or {}
        self.joining, self.gatherings = _words(joining, "verbs"), _words(joining, "gatherings")
        self.suggesting = _words(raw, "suggesting")
        addressing = raw.get("addressing") or {}
        self.addressing, self.assemblies = _words(addressing, "words"), _words(addressing, "assemblies")
        chances = raw.get("chances") or {}
        self.chance_verbs, self.chances = _words(chances, "verbs"), _words(chances, "nouns")
        self.worded_types = _words(raw, "worded_types")
        self.quantities = _words(raw, "quantities")
        self.weapons = _words(raw, "weapons")
        self.arms = self.weapons | self.force_units  # (weapons and forces: what strikes, never sanctions)
        self.negated_verdicts = _words(raw, "negated_verdicts")
        self.rules = _words(raw, "rules")
        # (measures broken or kept from being taken)
        self.unimposed = _words(raw, "evading") | _words(raw, "obstructing")
        self.handling_arms = _words(raw, "handling_arms")
        self.tolls = _words(raw, "tolls")
        self.capacities = _words(raw, "capacities")
        self.attempts = _words(raw, "attempts")
        self.materiel = self.weapons | _words(raw, "materiel")
        self.collectives = _words(raw, "collectives")
        self.labour_strikes = _words(raw, "labour_strikes")
        self.admitting = _words(raw, "admitting")
        self.resultatives = _words(raw, "resultatives")
        self.enablers = _words(raw, "enablers")
        self.relatives, self.kin = _words(raw, "relatives"), _words(raw, "kin")
        self.adversaries = _words(raw, "adversaries")
        self.held_nouns = _words(raw, "held_nouns")
        self.press_titles = _words(raw, "press_titles")
        self.not_attackers = _words(raw, "not_attackers")
        perpetrating = raw.get("perpetrating") or {}
        self.perpetrating, self.violent_crimes = _words(perpetrating, "verbs"), _words(perpetrating, "crimes")
        self.crime_words = _words(perpetrating, "crime_words")
        exercises = raw.get("exercises") or {}
        self.exercise_nouns, self.exercise_verbs = _words(exercises, "nouns"), _words(exercises, "verbs")
        self.exercise_marks = _words(exercises, "marks")
        self.exercise_compounds = dict(exercises.get("compounds") or {})
        self.place_targets = _words(raw, "place_targets")
        self.orders = _words(raw, "orders")
        self.movements = _words(raw, "movements")
        self.wanting = _words(raw, "wanting")
        self.unheeding = _words(raw, "unheeding")
        self.departing = _words(raw, "departing")
        self.attempting = _words(raw, "attempting")
        self.showing = _words(raw, "showing")
        self.press_requests = _words(raw, "press_requests")
        self.asking = _words(raw, "asking")
        stops = raw.get("stopped_cooperation") or {}
        self.stop_verbs = _words(stops, "verbs")
        self.stopped_types = _words(stops, "types")
        trade = raw.get("trade") or {}
        self.goods, self.flows = _words(trade, "goods"), _words(trade, "flows")
        self.business = _words(trade, "business")
        self.ending_types = self.stopped_types | {"SUPPORT"}  # cooperation or support that can go on "no longer"
        self.ban_verbs = _words(stops, "ban_verbs")
        self.entry_words = _words(stops, "entry")
        self.support_verbs = _words(raw, "support_verbs")
        self.ordering = _words(raw, "ordering")
        appearances = raw.get("joint_appearances") or {}
        self.appearances = _words(appearances, "nouns")
        self.appearing = _words(appearances, "verbs")
        protests = raw.get("verbal_protests") or {}
        self.protest_verbs = _words(protests, "verbs")
        self.protest_nouns = _words(protests, "nouns")
        messages = raw.get("messages") or {}
        self.message_verbs = _words(messages, "verbs")
        self.message_nouns = _words(messages, "nouns")
        self.posing = _words(raw, "posing")
        self.seated_bodies = _words(raw, "seated_bodies")
        conflicts = raw.get("conflicts") or {}
        self.conflicts = _words(conflicts, "nouns")
        self.waging = _words(conflicts, "verbs")
        self.descriptions = _words(raw, "descriptions")
        self.labels = _words(raw, "labels")
        self.warnings = _words(raw, "warnings")
        self.forecasts = _words(raw, "forecasts")
        self.inquiries = _words(raw, "inquiries")
        self.errors = _words(raw, "errors")
        self.asking_at = _words(raw, "asked_at")
        self.claiming = _words(raw, "claiming")
        self.claims = _words(raw, "claims")
        self.claim_nouns = _words(raw, "claim_nouns")
        self.allegations = _words(raw, "allegations")
        self.own_choices = _words(raw, "own_choices")
        self.market_shares = _words(raw, "market_shares")
        self.punishments = _words(raw, "punishments")
        self.figurative = _word_lists(raw, "figurative")
        self.verbal_marks = _words(raw, "verbal_marks")
        self.transitive_only = _words(raw, "transitive_only")
        self.complemented_only = _words(raw, "complemented_only")
        self.verbal_at_persons = _words(raw, "verbal_at_persons")
        self.person_objects = _words(raw, "person_objects")
        self.place_objects = _words(raw, "place_objects")
        self.idioms = tuple(tuple(str(p).lower().split()) for p in raw.get("idioms") or ())
        self.hostile: frozenset[str] = frozenset(k for k, v in self.quad.items() if v in {3, 4})
        # words that make a description an accusation or a praise ("described the vote as a sham")
        self.judgements: frozenset[str] = self.blame | self.praise | frozenset(
            e.head for entries in self.by_head.values() for e in entries if e.definite and e.type == "ACCUSE")

    def enemies(self, side: str, day: date) -> set[str]:
        """The states ``side`` was at war with on ``day`` (wars in lexicon.yaml)."""
        found: set[str] = set()
        for first, second, start, end in self.wars:
            if start <= day and (end is None or day <= end):
                found |= second if side in first else first if side in second else set()
        return found

    def passive_phrase(self, noun: Token) -> bool:
        """The noun is the passive subject of a phrase's verb, which is part of its event's name ("the planned
        talks were called off", "sweeping sanctions have been imposed")."""
        verb = noun.head
        return noun.dep_ == "nsubjpass" and any(
            e.definite and e.rest and e.rest[-1] == noun.lemma_.lower() and
            (len(e.rest) == 1 or any(c.dep_ == "prt" and c.lower_ == e.rest[0] for c in verb.children))
            for e in self.by_head.get(verb.lemma_.lower(), ()))

    def names_event(self, tok: Token, types: frozenset[str] | None = None) -> bool:
        """Whether the word alone (no phrase) is a trigger for its part of speech, of one of ``types`` if given."""
        return any(not e.rest and (e.pos is None or tok.pos_ in e.pos) and (types is None or e.type in types)
                   for e in self.by_head.get(tok.lemma_.lower(), ()))

    def triggers(self, sent: Span) -> list[Trigger]:
        """Every (token, type) pair of the sentence that the lexicon names; phrases must match all words."""
        found: list[Trigger] = []
        tokens = list(sent)
        for k, tok in enumerate(tokens):
            if tok.pos_ not in {"NOUN", "VERB", "PROPN", "ADJ", "AUX"} or tok.ent_type_ in _NAMES and tok.pos_ != "VERB":
                continue  # a verb inside an entity is the NER's error ("Biden phoned Scholz" as one ORG)
            lemma = tok.lemma_.lower()
            for entry in self.by_head.get(lemma) or self.by_head.get(tok.lower_) or ():
                if entry.pos is not None and tok.pos_ not in entry.pos:
                    continue
                end = _match_rest(tokens, k, entry.rest)
                # ("send a delegation"; with the verb's particle, "called off his planned visit")
                rest = entry.rest[1:] if len(entry.rest) == 2 and any(
                    c.dep_ == "prt" and c.lower_ == entry.rest[0] for c in tok.children) else entry.rest
                if end is None and entry.definite and len(rest) == 1 and tok.pos_ == "VERB":
                    end = _object_end(tok, rest[0], sent.start, self.collectives)
                    subject = _child_named(tok, {"nsubjpass"}, rest[0], self.collectives) if end is None \
                        else None
                    if subject is not None:  # "sweeping sanctions have been imposed": the noun names the act
                        found.append(Trigger(subject, entry.type, subject.i + 1, entry.definite))
                        continue
                if end is None:
                    continue
                last = tokens[end - 1]
                # a noun compound names its event by its head ("war games", "a hunger strike")
                head = last if tok.dep_ == "compound" and tok.head.i == last.i else tok
                found.append(Trigger(head, entry.type, last.i + 1, entry.definite))
            if tok.pos_ == "VERB":
                found += self._verb_readings(tok, lemma)
            elif tok.pos_ == "NOUN" and (tok.dep_ == "dobj" or frames(tok)) and lemma in self.call_verbs and \
                    self._call_with_someone(tok):
                # "received a call from Macron"; "In a phone call with Shoigu, Wallace denied the claim": the call
                # what is said was said in
                found.append(Trigger(tok, "CONSULT", tok.i + 1, True))
            elif tok.pos_ == "NOUN" and self.joint_appearance(tok):
                found.append(Trigger(tok, "CONSULT", tok.i + 1, True))  # "a joint press conference with Zelenskiy"
            elif tok.pos_ == "NOUN" and self.addressed_body(tok) is not None:
                found.append(Trigger(tok, "CONSULT", tok.i + 1, True))  # "delivered an address to Congress"
        # force an exercise stages is the exercise ("simulated a massive nuclear strike"); an attack of words an
        # accusation ("launched a scathing attack on Biden")
        return [Trigger(t.token, "MOBILIZE", t.end, t.definite) if t.type == "ASSAULT" and self.staged(t.token) else
                Trigger(t.token, "ACCUSE", t.end, t.definite) if t.type == "ASSAULT" and self._verbal(t) else t
                for t in found]

    def _verbal(self, trigger: Trigger) -> bool:
        """An attack a modifier makes one of words (``verbal_marks``), on the trigger or a word of its phrase."""
        return any(c.dep_ == "amod" and c.lemma_.lower() in self.verbal_marks
                   for t in _phrase_words(trigger) for c in t.children)

    def staged(self, tok: Token) -> bool:
        """Force an exercise stages (lexicon.yaml ``exercises``), where no exercise word above it names the event: a
        use of force marked as a test or a practice ("test launches", "launched cruise missiles at practice
        targets") or used as part of an exercise ("As part of the exercise, bombers launched cruise missiles")."""
        aimed_at = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children
                    if p.dep_ == "pobj"]
        if any(c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() in self.exercise_marks
               for t in (tok, *aimed_at) for c in t.children):
            return True
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [p for o in objects for p in _of_phrase(o)]  # "launched 10 days of war games"
        return any(self._exercise(o) for o in objects) or \
            any(v.pos_ in {"VERB", "AUX"} and self._during_exercise(v) for v in (tok, tok.head))

    def _in_exercise(self, tok: Token) -> bool:
        """Force an exercise word above it names as what the exercise simulates or involves ("simulated a 'massive
        nuclear strike'", "the drills, which saw the projectiles strike targets"): the exercise is the event. Never
        the content of another act above it ("accused Russia of staging the strike" is an accusation)."""
        for above in tok.ancestors:
            if self._exercise(above) or above.lemma_.lower() in self.exercise_verbs:
                return True
            if above.pos_ == "VERB" and self.names_event(above) and not self.names_event(above, _MOBILIZE):
                return False
        return False

    def _exercise(self, tok: Token) -> bool:
        """A word naming an exercise: "drills", "the exercise", "war games"."""
        lemma = tok.lemma_.lower()
        return tok.pos_ in {"NOUN", "PROPN"} and (lemma in self.exercise_nouns or any(
            c.dep_ == "compound" and c.lemma_.lower() == self.exercise_compounds.get(lemma) for c in tok.children))

    def _during_exercise(self, verb: Token) -> bool:
        """A verb done as part of an exercise ("as part of the exercise, bombers launched ..."; not "during the
        drills", which can frame a real attack)."""
        return any(self._exercise(o) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "part" for o in _of_phrase(p))

    def joint(self, tok: Token) -> bool:
        """An exercise called joint: "a joint military exercise", "held exercises jointly"."""
        words = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return any(c.lower_ in {"joint", "jointly"} for w in words for c in w.children)

    def exercising(self, tok: Token) -> bool:
        """An event word that names an exercise ("the drills", "simulated a strike", "held exercises", "will take
        part in the exercises") or force one stages: a readiness shown, planned or not, no threat."""
        objects = [c for c in tok.children if c.dep_ == "dobj"] + [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        return self._exercise(tok) or tok.lemma_.lower() in self.exercise_verbs or \
            any(self._exercise(o) for o in objects) or self.staged(tok) or self._in_exercise(tok)

    def _violent_crime(self, noun: Token, verb: Token) -> bool:
        """ "atrocities", "war crimes", "crimes (committed) against civilians" (lexicon.yaml ``perpetrating``); not
        "fraud"."""
        lemma = noun.lemma_.lower()
        return lemma in self.violent_crimes or lemma in self.crime_words and (
            any(c.dep_ in {"compound", "amod"} and c.lower_ == "war" for c in noun.children) or
            any(c.dep_ == "prep" and c.lower_ == "against" for c in (*noun.children, *verb.children)))

    def unheeded(self, verb: Token) -> bool:
        """ "didn't want to hear warnings of the invasion": a negated wish to hear or know is a rejection, whose
        negation is its own (lexicon.yaml ``unheeding``)."""
        return verb.lemma_.lower() in self.wanting and any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in self.unheeding for c in verb.children)

    def materiel_given(self, verb: Token) -> bool:
        """A verb of giving whose thing given is materiel (lexicon.yaml ``materiel``): "thousands of weapons donated
        to Ukraine", "the vehicles had been sent to Moscow" (not "sent a letter", "sent his condolences")."""
        given = [verb.head] if verb.dep_ in {"acl", "relcl"} else []
        given = self._counted(given + [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}])
        return any(g.lemma_.lower() in self.materiel for g in given)

    def _counted(self, nouns: list[Token]) -> list[Token]:
        """The nouns with what those that count or share something are made of ("thousands of weapons", "the majority
        of its forces", "more than 100,000 troops": the weapons, the forces, the troops)."""
        return nouns + [p for n in nouns if n.lemma_.lower() in self.quantities or n.like_num for p in _of_phrase(n)]

    def _claims_of(self, verb: Token) -> bool:
        """A verb of stating whose clause says what a named party did or is: a that-clause with a named subject
        ("Russia claims that Brahim Saadoun was a foreign fighter", "claimed representatives of the British
        intelligence services made an attempt to recruit"), not what it will undergo ("claimed that Riyadh would face
        consequences" warns)."""
        return verb.pos_ == "VERB" and any(c.dep_ == "ccomp" and c.lemma_.lower() not in self.punishments and any(
            s.dep_ in {"nsubj", "nsubjpass"} and (named_party(s) or any(named_party(o) for o in _of_phrase(s)))
            for s in c.children) for c in verb.children)

    def _arms_handled(self, noun: Token) -> bool:
        """A noun that is the object of a verb of using or making arms, or joined to one ("use a tactical nuclear
        weapon or a dirty bomb"; lexicon.yaml ``handling_arms``)."""
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.handling_arms

    def weapons_reach(self, verb: Token) -> bool:
        """What a weapon can do: a verb of force under "can" or "could" ("rocket systems, which can hit targets up to
        50 miles away") or "capable of" / "able to" ("missiles capable of striking targets 300km away") whose subject
        is a weapon; what a weapon did ("the missile struck a satellite") is an act."""
        holder = verb
        if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in _ABLE or \
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ABLE:
            holder = verb.head.head if verb.dep_ == "pcomp" else verb.head
        elif not any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in verb.children) or not (
                verb.dep_ == "relcl" or any(c.dep_ == "dobj" and c.lemma_.lower() == "target" for c in verb.children)):
            return False  # ("Russian drones could hit Kyiv tonight" forecasts an attack)
        if holder.dep_ == "amod":  # ("missiles capable of ...")
            return self._weapon(holder.head)
        clause = holder.head if holder.dep_ == "acomp" else holder  # ("the rockets would be capable of ...")
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if clause.dep_ == "relcl" and any(s.lower_ in {"which", "that"} for s in subjects):
            subjects = [clause.head]
        return any(self._weapon(s) for s in subjects)

    def _weapon(self, noun: Token) -> bool:
        parts = (noun, *(c for c in noun.children if c.dep_ == "compound"))  # ("rocket systems")
        return any(t.lemma_.lower() in self.weapons for t in parts)

    def armed(self, noun: Token) -> bool:
        """Force done "by" or "from" weapons or forces ("came under attack by Ukraine's Neptune missiles", "under
        fire from Russian troops"): arms, not words, whoever the clause around it names."""
        return any(o.lemma_.lower() in self.arms for c in noun.children
                   if c.dep_ == "prep" and c.lower_ in {"by", "from"} for o in c.children if o.dep_ == "pobj")

    def _captives(self, noun: Token) -> bool:
        """People who can be held: a captive noun or a person named, also counted ("thousands of refugees")."""
        if noun.lemma_.lower() in self.quantities or noun.like_num:
            noun = next(iter(_of_phrase(noun)), noun)
        return noun.lemma_.lower() in self.captives or noun.ent_type_ == "PERSON"

    def gathering(self, talk: Token) -> bool:
        """A talk among plural people with no counterpart: its subject ("EU ambassadors will meet", "Senior EU
        diplomats holding a special meeting") or its "of" phrase ("a special meeting of defence ministers") is a plural
        of ``gatherings_of`` not counted as two ("the two leaders met"), and nothing names another party ("with")."""
        held = [c for c in talk.children if c.dep_ == "dobj"]
        if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} or c.dep_ == "dative"
               for c in (*talk.children, *(g for h in held for g in h.children))) or \
                any(h.lemma_.lower() not in self.meeting_nouns for h in held):
            return False
        people = [c for c in talk.children if c.dep_ == "nsubj"] + \
            [p for c in talk.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if talk.dep_ == "acl" and talk.tag_ == "VBG":
            people.append(talk.head)  # "diplomats holding a meeting"
        return any(p.tag_ == "NNS" and p.lemma_.lower() in self.gatherings_of and
                   not any(c.lower_ in {"two", "both"} for c in p.children) for p in people)

    def journey_for(self, talk: Token) -> bool:
        """A talk joined to or made for a journey to a place ("will go to Warsaw and meet the leaders", "flew to
        Washington for emergency talks"): the talk is a visit."""
        up = [talk.head, talk.head.head] if talk.head.dep_ == "prep" and talk.head.lower_ == "for" else [talk.head]
        return any(v.pos_ == "VERB" and v.i != talk.i and v.lemma_.lower() in self.journeys and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.ent_type_ in {"GPE", "LOC", "FAC"} for p in c.children)
            for c in v.children) for v in up)

    def calls_in(self, verb: Token) -> bool:
        """ "The ambassador was called in to hear the protest", "Britain called in the Russian ambassador": a summons,
        held in person, not a phone call."""
        if verb.lemma_.lower() != "call":
            return False
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1 and
            any(o.dep_ == "pobj" and o.lemma_.lower() in self.envoys for o in c.children) for c in verb.children)

    def sends_someone(self, verb: Token) -> bool:
        """A person sent to a state or a place in one ("sent his personal attorney Rudy Giuliani to Ukraine"): a
        visit on the sender's behalf, as an envoy sent is (lexicon.yaml ``send envoy``); not a thing sent."""
        if verb.lemma_.lower() not in _SENDING or verb.pos_ != "VERB":
            return False
        people = [t for c in verb.children if c.dep_ == "dobj"
                  for t in (c, *(a for a in c.children if a.dep_ == "appos")) if t.ent_type_ == "PERSON"]
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                  if p.dep_ == "pobj" and p.ent_type_ == "GPE"]
        return bool(people and places)

    def talks_with(self, verb: Token) -> bool:
        """ "spoke with Russian President Vladimir Putin", "negotiating with Putin": a verb of talk whose counterpart
        is a named party (not a news outlet or its staff: "spoke with CNN" is an interview)."""
        return verb.pos_ == "VERB" and self._party_after(verb, {"with"})

    def _call_with_someone(self, noun: Token) -> bool:
        """ "received a call from Macron", "had a phone call with Scholz": a call whose other party is named, not
        "calls to increase support" nor "a call to the BBC" (as an object only: "Trump's July 25 call with Zelensky"
        is a mention)."""
        return self._party_after(noun, {"with", "from", "to", "between"}, asked_to_act=False)

    def _verb_readings(self, verb: Token, lemma: str) -> list[Trigger]:
        """What a verb's complements make definite, whether or not the verb is a trigger itself: a call or talk
        with a named party (CONSULT), cooperation stopped or entry barred (SANCTION)."""
        out = []
        if lemma in self.call_verbs and self._calls_someone(verb) or \
                lemma == "speak" and self._speaks_to_someone(verb) or self.sends_someone(verb):
            out.append(Trigger(verb, "CONSULT", verb.i + 1, True))
        if self.stopped(verb) is not None or self._bars_entry(verb) or self.ended(verb):
            out.append(Trigger(verb, "SANCTION", verb.i + 1, True))
        if in_favour(verb) and not any(self.names_event(t, self.hostile) for t in _favoured(verb)):
            # "has spoken in favour of putting Ukraine on a path to accession" (not "voted in favour of sanctions":
            # the measure favoured is no support of anyone)
            out.append(Trigger(verb, "SUPPORT", verb.i + 1, True))
        if self.forced(verb):
            out.append(Trigger(verb, "COERCE", verb.i + 1, True))  # "forced by Russian troops to stay"
        if self.holds_ground(verb):
            out.append(Trigger(verb, "ASSAULT", verb.i + 1, True))  # "Russian forces control most of the city"
        if lemma in self.perpetrating and any(self._violent_crime(c, verb) for c in (
                *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}),
                *((verb.head,) if verb.dep_ in {"acl", "relcl"} else ()))):
            out.append(Trigger(verb, "ASSAULT", verb.i + 1, True))  # "war crimes have been committed in Ukraine"
        if self.joint_appearance(verb) or self.addressed_body(verb) is not None:
            out.append(Trigger(verb, "CONSULT", verb.i + 1, True))  # "Speaking alongside Lavrov", "addressed Congress"
        if lemma in self.protest_verbs and any(self._protest_object(c) for c in verb.children):
            out.append(Trigger(verb, "ACCUSE", verb.i + 1, True))  # "delivered a strong protest to the ambassador"
        if self.unheeded(verb):
            out.append(Trigger(verb, "REJECT", verb.i + 1, True))  # "didn't want to hear warnings": rejected
        if self.told(verb) is not None or lemma in self.suggesting and \
                any(self.asked_clause(c) for c in verb.children) and not self._thing_subject(verb, relative=False):
            # "told him to be more appreciative"; "suggested that soldiers should topple their leaders", "suggested
            # the cuts be delayed" (not "reports suggest he may be ill")
            out.append(Trigger(verb, "REQUEST", verb.i + 1, True))
        if lemma in self.support_verbs and \
                any(c.dep_ == "dobj" and self.names_event(c, _SUPPORT) for c in verb.children):
            out.append(Trigger(verb, "SUPPORT", verb.i + 1, True))  # "expressed support for", "offered its support"
        if self.praise_verdict(verb):
            out.append(Trigger(verb, "SUPPORT", verb.i + 1, True))  # "described the talks as constructive"
        if self.quits_agreement(verb):
            out.append(Trigger(verb, "REJECT", verb.i + 1, True))  # "pulled out of the grain deal"
        if lemma in self.holding:
            active = any(c.dep_ == "dobj" and self._captives(c) and not any(p.dep_ == "poss" for p in c.children)
                         for c in verb.children)  # ("has been holding thousands of refugees as human shields")
            if (active or any(c.dep_ == "nsubjpass" and self._captives(c) for c in verb.children)) and not any(
                    c.dep_ in {"acomp", "oprd", "prt", "xcomp", "attr", "ccomp"} or
                    c.dep_ == "prep" and c.lower_ in ({"to", "up"} if active else {"as", "to", "up"})
                    for c in verb.children):
                out.append(Trigger(verb, "COERCE", verb.i + 1, True))  # "300 people are being held in Kherson"
        if lemma == "have" and self._forces_stationed(verb):
            out.append(Trigger(verb, "MOBILIZE", verb.i + 1, True))  # "denied that it had forces in eastern Ukraine"
        if lemma in self.force_movers and any(self._battlefront(p) for p in given_to(verb)) and \
                not self.materiel_given(verb):  # ("thousands of missiles were sent to the front lines": aid)
            out.append(Trigger(verb, "MOBILIZE", verb.i + 1, True))  # "would send his sons to the frontlines"
        if self.moves_forces(verb) and not any(c.dep_ == "xcomp" for c in verb.children):
            # "Russia has concentrated its forces" ("ordered its forces to set off a bomb" orders an act)
            out.append(Trigger(verb, "MOBILIZE", verb.i + 1, True))
        return out

    def _forces_stationed(self, verb: Token) -> bool:
        """Forces a party has somewhere ("Russia has more than 100,000 troops on the border", "denied that it had
        forces in eastern Ukraine"): forces placed, a MOBILIZE."""
        held = self._counted([c for c in verb.children if c.dep_ == "dobj"])
        placed = [c for h in (verb, *held) for c in h.children if c.dep_ == "prep" and
                  c.lower_ in {"in", "on", "near", "along", "at", "inside"}]
        return any(h.lemma_.lower() in self.force_units for h in held) and bool(placed)

    def _battlefront(self, noun: Token) -> bool:
        """A front, a battlefield or a training camp where forces are sent (lexicon.yaml ``battlefronts``)."""
        lemma = noun.lemma_.lower()
        return lemma in self.battlefronts or any(
            c.dep_ in {"compound", "amod"} and f"{c.lemma_.lower()} {lemma}" in self.battlefronts
            for c in noun.children)

    def quits_agreement(self, verb: Token) -> bool:
        """ "pulled out of an internationally-brokered deal", "withdrew from the treaty", "abandoned the accord",
        "reneged on the commitment": an agreement quit (``quitting``, ``agreements``)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            return False
        if lemma in self.quitting_object:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in self.quitting_phrase:
            objects = [p for c in verb.children if c.dep_ in {"prep", "prt", "advmod"}
                       for g in (c, *(x for x in c.children if x.dep_ == "prep"))
                       for p in g.children if p.dep_ == "pobj"]
        else:
            return False
        return any(o.lemma_.lower() in self.agreements for o in objects)

    def moves_forces(self, verb: Token) -> bool:
        """A verb that moves forces, not away, with a unit of them as its object ("concentrated its forces",
        "10,000 Russian troops had been committed to the attack")."""
        lemma = verb.lemma_.lower()
        # (a share or a number of them: "moved the majority of its forces", "thousands of troops were sent")
        moved = self._counted([c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}])
        return verb.pos_ == "VERB" and lemma in self.force_movers and lemma not in self.force_withdrawers and any(
            c.lemma_.lower() in self.force_units for c in moved) and \
            not any(t.lemma_.lower() in self.peacekeeping for t in verb.subtree)

    def what_called(self, clause: Token) -> Token | None:
        """What a clause "what X called ..." names: the verdict of its verb of calling or describing ("condemned
        what it called a terrorist attack by Ukraine": the attack; "criticised what he called the West's hysteria")."""
        lemma = clause.lemma_.lower()
        if lemma not in self.call_verbs and lemma not in self.descriptions and lemma not in self.labels or \
                not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in clause.children):
            return None
        return verdict(clause)

    def praise_verdict(self, verb: Token) -> bool:
        """A verb of describing or calling whose verdict praises ("described the talks as constructive", "calling
        Putin's tactics a work of genius")."""
        lemma = verb.lemma_.lower()
        return (lemma in self.descriptions or lemma in self.call_verbs or lemma in self.labels) and \
            (said := verdict(verb)) is not None and \
            self.praises(said)

    def praises(self, said: Token) -> bool:
        """A verdict of praise: "reasonable", or "great news", "a work of genius" (a word of praise on a verdict that
        is no blame)."""
        # (each of a list: "a show of unity and a 'landmark' agreement")
        verdicts = [said, *(c for c in said.children if c.dep_ == "conj")]
        if any(v.lemma_.lower() in self.praise for v in verdicts):
            return True
        qualities = [c for v in verdicts for c in (*v.children, *_of_phrase(v))
                     if c.dep_ in {"amod", "compound", "pobj"}]
        return all(v.lemma_.lower() not in self.blame for v in verdicts) and \
            any(q.lemma_.lower() in self.praise for q in qualities)

    @staticmethod
    def _own_intention(verb: Token) -> bool:
        """ "We want to support Ukraine", "he wanted to continue freezing aid": a verb of wanting whose infinitive
        has the same subject (no one else is asked to do it, as in "wanted the official to convey")."""
        return not any(c.dep_ in {"dobj", "dative"} for c in verb.children) and any(
            c.dep_ == "xcomp" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in verb.children)

    def _speaks_to_someone(self, verb: Token) -> bool:
        """ "Johnson had spoken directly to Zelenskiy": a talk with a named party (not "spoke to reporters", nor an
        interview: "spoke to the BBC", "speaking to Sky News' Mark Austin", "to Sky News presenter Mark Austin")."""
        return self._party_after(verb, {"to"}) or self._speak_together(verb)

    def _speak_together(self, verb: Token) -> bool:
        """ "Putin and Biden had spoken for the first time", "spoke about Ukraine": two named parties as one subject
        of a verb of speaking that says nothing else (no object, no clause, no one else spoken to or with: "Biden and
        Macron spoke to reporters")."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = [t for s in subjects for t in (s, *s.conjuncts) if self._named(t)]
        # (nor each on their own: "Both Trump and Biden spoke at the rally")
        each = any(c.dep_ == "preconj" or c.lower_ in {"both", "each"} for s in subjects for c in s.children)
        return len(named) >= 2 and not each and not any(
            c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} or c.dep_ == "prep" and c.lower_ in {"to", "with", "at"}
            for c in verb.children)

    def _party_after(self, head: Token, preps: set[str], asked_to_act: bool = True) -> bool:
        """A preposition of ``preps`` on ``head`` whose object is a named party (``call_objects``), not a news
        outlet or its staff; unless ``asked_to_act``, not a party asked to act ("a call to Germany to send tanks")."""
        return any(c.dep_ == "prep" and c.lower_ in preps and
                   any(g.dep_ == "pobj" and self._named(g) and not _of_outlet(g) and
                       (asked_to_act or not (g.i + 1 < len(g.doc) and g.nbor(1).lower_ == "to")) for g in c.children)
                   for c in head.children)

    @staticmethod
    def endorses_a_view(verb: Token) -> bool:
        """ "agreed with Carlson that most Americans ...", "something that we agree with": agreeing with someone or
        with a view endorses it (SUPPORT), no agreement made ("agreed with Russia to extend the deal", "agreed with
        Kyiv on a ceasefire", "agreed a deal with Qatar" are agreements)."""
        children = list(verb.children)
        withs = [c for c in children if c.dep_ == "prep" and c.lower_ == "with"]
        # with a party and nothing said of it, "ultimately agreed with them" may be a bargain struck
        view = any(c.dep_ == "ccomp" for c in children) or \
            any(not any(o.dep_ == "pobj" and (o.pos_ in {"PROPN", "PRON"} or o.ent_type_) for o in w.children)
                for w in withs)
        return verb.lemma_.lower() == "agree" and verb.pos_ == "VERB" and bool(withs) and view and \
            not any(c.dep_ in {"xcomp", "dobj"} or c.dep_ == "prep" and c.lower_ in {"on", "upon", "to", "over"}
                    for c in children)

    def joint_appearance(self, token: Token) -> bool:
        """A news conference held with a named party ("in a joint press conference with Zelenskiy"), speaking or
        standing alongside one ("Speaking alongside Lavrov in Ankara"), or joined by one at a news conference: a
        meeting (lexicon.yaml: joint_appearances)."""
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN":
            return lemma in self.appearances and press_event(token) and self._party_after(token, {"with", "alongside"})
        if token.pos_ != "VERB":
            return False
        if lemma in self.appearing and self._party_after(token, {"alongside"}):
            return True
        # joined at a news conference by a named party ("Marin was joined at a news conference by her Swedish
        # counterpart"), or joining one there ("joined Macron at a press briefing")
        return lemma in self.joining and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in self.appearances and press_event(p) for p in c.children)
            for c in token.children) and any(
            self._named(p) and not _of_outlet(p) for p in [*(c for c in token.children if c.dep_ == "dobj"),
                                                           *agents_of(token), *_agents_misplaced(token)])

    def _named(self, noun: Token) -> bool:
        """A named party, or a noun with one in apposition ("his French counterpart Catherine Colonna")."""
        return noun.ent_type_ in self.call_objects or \
            any(c.dep_ == "appos" and c.ent_type_ in self.call_objects for c in noun.children)

    def stopped(self, verb: Token) -> Token | None:
        """The cooperation a verb of stopping stops: "cut off gas supplies", "halted aid deliveries", "froze
        military assistance", "halted $400m in military aid" report a SANCTION by the verb's subject, not the
        supplies or the aid (lexicon.yaml: stopped_cooperation)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.stop_verbs and not any(
                c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in self.stop_verbs for c in verb.children):
            return None  # (a phrasal verb by its particle: "held up $390 million in military aid")
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        nouns = [*objects, *(n for o in objects for n in _owners(o))]
        # (or a gerund: "stopped supplying gas to Poland")
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        return next((c for c in nouns if c.pos_ in {"NOUN", "PROPN"} and self.names_event(c, self.stopped_types)),
                    None) or next((c for c in acts if self.names_event(c, self.stopped_types)), None)

    def addressed_body(self, word: Token) -> Token | None:
        """The legislature or assembly a word of addressing is delivered to: the object of the verb ("addressed
        Congress"), or "to" after a noun that is itself an object ("delivered a speech to the Bundestag")."""
        if word.lemma_.lower() not in self.addressing:
            return None
        if word.pos_ == "VERB":
            bodies = [c for c in word.children if c.dep_ == "dobj"]
        elif word.pos_ == "NOUN" and word.dep_ == "dobj":  # ("delivered a speech to the Bundestag": the verb's "to")
            bodies = [p for h in (word, word.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
        else:
            return None
        return next((b for b in bodies if b.lemma_.lower() in self.assemblies or b.lower_ in self.assemblies), None)

    def ended(self, verb: Token) -> bool:
        """Cooperation or support said to go on "no longer" is stopped, a SANCTION: "Visa will no longer support
        transactions in Russia", "Russia no longer supplies gas to Poland"."""
        if verb.pos_ != "VERB" or not self.names_event(verb, self.ending_types):
            return False
        return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" and n.lower_ == "no"
                                                                        for n in c.children) for c in verb.children)

    def ordered_by(self, verb: Token) -> list[Token]:
        """Who ordered what a verb tells was done "on Putin's orders", "on the orders of the commander", "under
        instructions from Moscow" (lexicon.yaml ``orders``)."""
        out = []
        for order in (p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "under", "at", "upon"}
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.orders):
            for c in order.children:
                if c.dep_ == "poss" and c.tag_ != "PRP$":
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                    out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    def asked_at(self, noun: Token) -> bool:
        """A noun of asking that an act was done "at", with the one who asked: "at the request of Ukraine's
        president", "at Washington's request" (the request made, and granted)."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() in self.asking_at and \
            any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def _bars_entry(self, verb: Token) -> bool:
        """ "banned 29 journalists from entering the country", "barred him from travelling": an entry ban."""
        if verb.lemma_.lower() not in self.ban_verbs:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "from" and
                   any(g.lemma_.lower() in self.entry_words for g in c.children) for c in verb.children)

    def _calls_someone(self, verb: Token) -> bool:
        """ "Putin called Macron", "Biden phoned the Chancellor": a call to a named party, not "called him a
        liar" (a predicate after the object), "called for restraint" or "called on Moscow" (no direct object)."""
        misread = named_predicate(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"] or ([misread] if misread is not None else [])
        return len(objects) == 1 and objects[0].ent_type_ in self.call_objects and \
            not any((c.dep_ in _COMPLEMENTS or c.dep_ == "dative") and c != misread for c in verb.children) and \
            not any(c.dep_ in {"appos", "npadvmod"} and c.ent_type_ not in {"DATE", "TIME"} for c in objects[0].children)

    def _protest_object(self, token: Token) -> bool:
        """A protest or complaint as a verb's direct object ("lodged a protest", "filed a complaint")."""
        return token.dep_ == "dobj" and token.pos_ == "NOUN" and token.lemma_.lower() in self.protest_nouns

    def told(self, verb: Token) -> Token | None:
        """The named party (or him, her, them) a verb of ``ordering`` tells to do something: "told Putin to pull his
        troops back", "telling Zelensky to consider talking", "to persuade Iran to end its support" (parsed as a
        clause whose subject is Iran)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.ordering and lemma not in self.chance_verbs and lemma not in self.suggesting or \
                self._thing_subject(verb, relative=False):
            return None  # "the attack, which prompted Moscow to suspend the deal": a cause, no request
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in self.suggesting:
            # "demanded that Russia withdraw its troops", "suggested that Ukraine negotiate": the subject of a clause
            # in the subjunctive is the one asked
            told = [s for c in verb.children if self.asked_clause(c) for s in c.children if s.dep_ == "nsubj"]
        elif lemma in self.chance_verbs:
            # "Hannity gave Trump multiple opportunities to condemn Putin": the one given the chance is asked
            told = [c for c in verb.children if c.dep_ == "dative"] if any(
                o.lemma_.lower() in self.chances and any(c.dep_ in {"acl", "relcl"} and has_to(c) for c in o.children)
                for o in objects) else []
        elif objects:
            told = objects if any(c.dep_ == "xcomp" and has_to(c) for c in verb.children) else []
        else:
            told = [s for c in verb.children if c.dep_ == "ccomp" and has_to(c) for s in c.children
                    if s.dep_ == "nsubj"]
        if len(told) == 1 and (told[0].lower_ in {"him", "her", "them"} or
                               (told[0].ent_type_ in self.call_objects or told[0].pos_ == "PROPN" and
                                not told[0].ent_type_) and not _of_outlet(told[0])):
            return told[0]
        return None

    def joined_act(self, verb: Token) -> Token | None:
        """The act a verb of ``joining`` joins: what its "in" names ("joined France in condemning the attack", "in
        calls for sanctions"), or its object's ("joined the chorus of condemnation", "joined calls for talks")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.joining:
            return None
        acts = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                if p.dep_ in {"pobj", "pcomp"}]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            acts.append(obj)
            if obj.lemma_.lower() in self.gatherings:
                acts += _of_phrase(obj)
        return next((a for a in acts if self.names_event(a) and not self.names_event(a, _COOPERATING)), None)

    def said_clause(self, clause: Token) -> bool:
        """A clause a verb of saying reports ("Lavrov said [Russia is ready]")."""
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.cues["speech_lemmas"]

    def asked_clause(self, clause: Token) -> bool:
        """A clause in the subjunctive or of what ought to be that a verb of ``suggesting`` asks for ("that Ukraine
        negotiate", "the cuts be delayed", "soldiers should topple their leaders", "Russian players would have to
        denounce their government"): what is asked, not done."""
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.suggesting and clause.pos_ in \
            {"VERB", "AUX"} and (_subjunctive(clause, clause.head) or _ought_to(clause))

    def takes_by_force(self, token: Token) -> bool:
        """A taking that is an attack: an annexation, a hack, or a seizure of a place ("seized residential quarters
        of the city", "captured Kherson"), not of property ("seized a yacht")."""
        lemma = token.lemma_.lower()
        if lemma in self.forcible_takings:
            return True
        if lemma not in self.seizing:
            return False
        taken = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        # (the noun a relative clause or a participle describes: "the land that Russia has seized", "territories
        # seized by Russia")
        if token.dep_ == "relcl" and any(t.tag_ in {"WDT", "WP"} for t in taken) or \
                token.dep_ == "acl" and token.tag_ == "VBN":
            taken.append(token.head)
        # (and what they are part of: "seized residential quarters of the city", "control most of the city")
        # ("control of 97% of Luhansk": a share of a place, two "of"s down)
        for _ in range(2):
            taken += [p for t in (token, *taken) for p in _of_phrase(t) if p not in taken]
        return any(t.lemma_.lower() in self.territory_nouns or t.ent_type_ in {"GPE", "LOC"} for t in taken)

    def forced(self, verb: Token) -> bool:
        """People made to act or moved against their will by a party: "were forced by Russian troops to stay at the
        facility", "Putin's forces compelled residents to leave", "200,000 children have been forcefully taken to
        Russia" (not a thing's force: "the war forced millions to flee", nor "were forced to flee" with no one named
        as forcing)."""
        if verb.pos_ != "VERB":
            return False
        if verb.lemma_.lower() in self.forced_moves and \
                any(c.dep_ == "advmod" and c.lower_ in self.forcing_adverbs for c in verb.children):
            return True  # (a manner of speaking is no force: "forcefully pushed back on a claim")
        if verb.lemma_.lower() not in self.forcing_verbs or not any(
                c.dep_ in {"xcomp", "ccomp"} and has_to(c) for c in verb.children):
            return False
        agents = agents_of(verb)
        doers = agents or [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(doers) and not self._thing_subject(verb, relative=False) and all(
            named_party(d) or d.lemma_.lower() in self.force_units for d in doers)

    def holds_ground(self, verb: Token) -> bool:
        """Forces or a state holding a place: "Russian forces control the industrial outskirts of the city",
        "Moscow's forces have control of 97% of Luhansk" (an occupation, PLOVER's ASSAULT; "control inflation",
        "the Democrats control the House" hold no ground)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            return False
        if lemma == "control":
            return self.takes_by_force(verb)
        return lemma in self.holding_ground and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "control" and self.takes_by_force(c) for c in verb.children)

    def _retort(self, verb: Token) -> bool:
        """A verb of ``retorts`` said: a colon or a quotation right after its particle, or a clause it reports."""
        particles = [c for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "back"]
        if not any(f"{verb.lemma_.lower()} {p.lower_}" in self.retorts for p in particles):
            return False
        after = verb.doc[particles[0].i + 1] if particles[0].i + 1 < len(verb.doc) else None
        return after is not None and (after.text in {":", "\"", "“", "'", "‘"} or after.dep_ == "ccomp") or \
            any(c.dep_ == "ccomp" for c in verb.children) or \
            any(p.lemma_.lower() in self.retort_objects for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                for p in c.children if p.dep_ == "pobj")

    @staticmethod
    def _felt_by_no_one(word: Token) -> bool:
        """A feeling of outrage that no named one is told to feel: one supposed ("would be appalled"), or of a
        pronoun of no one in particular ("you were horrified", "it was appalled")."""
        holder = word.head if word.dep_ in {"acomp", "oprd", "conj"} else word
        felt = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}] or \
            [c for c in word.children if c.dep_ == "dobj"]
        supposed = any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may"} for c in holder.children)
        return supposed or not felt or all(f.lower_ in {"you", "it", "we", "one", "many"} for f in felt)

    def excluded(self, trigger: Trigger) -> bool:
        """A trigger whose object, passive subject, preposition or particle shows another sense ("meet the
        conditions", "called for restraint" read as a consultation, "called up reservists" as an accusation),
        cooperation a verb stops ("cut off gas supplies" is no AID), one's own wish read as a request ("we want
        to support Ukraine"), a threat by a thing that cannot threaten ("the row threatens to overshadow the
        summit"), a description that passes no judgement read as an accusation ("described the difficulty of ..."),
        a word a modifier makes figurative ("a legal battle"), or a call with a party and no verdict on it read as
        an accusation ("Tillerson called Lavrov to discuss Syria" is a phone call, "called Putin a killer" an
        accusation)."""
        lemma = trigger.token.lemma_.lower()
        tok = trigger.token
        if tok.tag_ == "VBN" and [c.tag_ for c in tok.children if c.dep_ in {"aux", "auxpass"}] == ["TO"]:
            return True  # "traffic to occupied territory", read as an infinitive: a participle of a place, no act
        if trigger.type == "CONSULT" and lemma in self.journeys and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in self.displaced or any(
                    p.lemma_.lower() in self.displaced for p in _of_phrase(c)))
                for c in (*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ()))):
            return True  # "Refugees have started arriving", "thousands of refugees arrived": in flight, no visitors
        if lemma in self.infinitive_requests and \
                not any(c.dep_ in {"xcomp", "advcl"} and has_to(c) for c in tok.children):
            return True  # "bribed officials": nothing asked of them
        if trigger.type == "SANCTION" and lemma == "freeze" and any(c.dep_ == "nsubjpass" and (
                named_person(c) or c.lower_ in {"he", "she", "i", "we"}) for c in tok.children):
            return True  # "he was just frozen by being so overwhelmed with emotion": a person frozen, no assets
        if tok.dep_ == "attr" and lemma in self.idle_predicates:
            return True  # "the war is a stark reminder that ...": no one reminds anyone
        if tok.head.i != tok.i and tok.head.lemma_.lower() in self.idle_words.get(lemma, ()):
            return True  # "caught fire": a blaze, no attack; "cancel culture"
        if lemma in self.indignation and self._felt_by_no_one(tok):
            return True  # "Iran would be 'appalled' to see", "you were shocked and horrified": no one's condemnation
        if trigger.type == "REJECT" and lemma in {"decline", "refuse"} and \
                any(c.dep_ == "xcomp" and c.lemma_.lower() == "comment" for c in tok.children):
            return True  # "declined to comment on the report": no comment given (CAMEO 011), nothing rejected
        if trigger.type == "ASSAULT" and self._retort(tok):
            return True  # "Norkin shot back: 'We aren't complaining'": a reply
        if trigger.type == "SANCTION" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.arms for c in tok.children):
            return True  # "Russian missiles targeted civilians": weapons and forces strike, they impose no measure
        if trigger.type == "ACCUSE" and lemma in self.claims and not self._claims_of(tok):
            return True  # "claimed victory", "claimed to have never said anything": no party blamed
        if trigger.type == "SANCTION" and tok.pos_ == "VERB" and any(
                a.lemma_.lower() in self.rules for a in agents_of(tok)):
            return True  # "prohibited by the Geneva Convention": a rule, no measure taken
        if trigger.type in {"SANCTION", "COERCE"} and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in self.unimposed:
            return True  # "for violating U.S. sanctions", "trying to avoid sanctions": a measure broken, none taken;
            # "is blocking the latest European sanctions": kept from being taken
        if trigger.type == "ASSAULT" and lemma in self.handling_arms and tok.dep_ == "acl" and has_to(tok) and \
                tok.head.lemma_.lower() in self.capacities:
            return True  # "the ability to use a tactical nuclear weapon", "threats to use nuclear weapons": the noun's
        if trigger.type in {"AID", "ASSAULT"} and lemma in self.weapons and self._arms_handled(tok):
            return True  # "ready to use nuclear weapons", "use a nuclear weapon or a dirty bomb": the verb is the act
        if trigger.type == "AID" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.market_shares and
                not any(o.lemma_.lower() in self.weapons for o in _of_phrase(c)) for c in tok.children):
            return True  # "Russia and Ukraine supply about 40% of the wheat consumed in Africa": a share of trade ("has
            # supplied 94% of military equipment Armenia has obtained" arms it)
        if trigger.type == "SUPPORT" and lemma == "defend" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.own_choices and not any(
                    p.dep_ in {"poss", "compound"} and p.pos_ == "PROPN" for p in c.children) for c in tok.children):
            return True  # "the Pentagon defended its decision": its own choice ("defended Germany's decision" supports)
        if trigger.type == "ASSAULT" and lemma in self.weapons and tok.dep_ in {"dobj", "nsubjpass"} and \
                self.names_event(tok.head, _AID) and self.materiel_given(tok.head):
            return True  # "if the West supplied longer-range missiles": weapons given are aid, no attack
        if trigger.type == "ASSAULT" and (tok.pos_ == "VERB" and self.weapons_reach(tok) or
                                          tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and
                                          self.weapons_reach(tok.head)):
            return True  # "rocket systems, which can hit targets up to 50 miles away": a weapon's reach, no attack
        if trigger.type == "SUPPORT" and tok.pos_ == "VERB" and has_to(tok) and (
                tok.dep_ == "acl" and tok.head.pos_ == "NOUN" or tok.dep_ == "advcl"):
            return True  # "efforts to support the people of Ukraine", "amassed troops to support the conflict"
        if tok.pos_ == "VERB" and (
                has_to(tok) or any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "should", "can", "may"}
                                   for c in tok.children)) and \
                any(c.dep_ == "advmod" and {c.lower_, *(x.lower_ for x in c.conjuncts)} & {"how", "when"}
                    for c in tok.children):
            # "training Iran how to crack down on protests": a skill taught or learned; "discussed when and how they
            # would use tactical nuclear weapons": a way weighed; no act either ("described how soldiers tortured
            # civilians" tells one)
            return True
        if trigger.type == "AID" and tok.pos_ == "VERB" and any(self._battlefront(p) for p in given_to(tok)) and \
                not self.materiel_given(tok):
            return True  # "sent his sons to the frontlines": mobilized (MOBILIZE, _verb_readings), nothing given
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.unheeding and \
                self.unheeded(tok.head.head):
            return True  # "didn't want to hear warnings of the invasion": what was not heard is the rejection's topic
        if trigger.type == "ACCUSE" and lemma in self.negated_verdicts and not any(
                c.dep_ == "neg" for c in (*tok.children, *(tok.head.children if tok.dep_ == "acomp" else ()))):
            return True  # "It is acceptable": no blame ("It is not acceptable that ..." is one)
        if trigger.type == "CONSULT" and lemma == "engage" and any(
                c.dep_ == "prep" and c.lower_ == "in" and not any(
                    self.names_event(o, _TALKS) or o.lemma_.lower() in {"diplomacy", "dialogue"} for o in c.children)
                for c in tok.children):
            return True  # "is engaged in a purposeful pumping of weapons": an activity ("engage in diplomacy" talks)
        if trigger.type == "REQUEST" and lemma in self.wanting and any(
                t.lemma_.lower() in _KNOWING and has_to(t) and 0 < t.i - tok.i <= 5 for t in tok.subtree):
            return True  # "I want you all to know, we will definitely be back": an emphasis, nothing asked
        if trigger.type == "REQUEST" and tok.pos_ == "VERB" and (lemma in self.wanting or lemma == "require") and any(
                c.dep_ == "dobj" and c.tag_ == "WP" or lemma == "require" and c.dep_ == "nsubj" and
                c.lower_ in {"this", "that", "it"} for c in tok.children):
            return True  # "the opposite of what he wanted": a thing wanted, named; "this would require thinking through
            # a policy": what a course takes, asked of no one
        if trigger.type == "COOPERATE" and self.joined_act(tok) is not None:
            return True  # "joined France in condemning the attack": the condemnation is the act, no cooperation
        if trigger.type == "AID" and lemma in self.helping_verbs and tok.pos_ == "VERB" and \
                any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in tok.children):
            return True  # "to help bring down food prices": the act helped is the event
        if trigger.type == "REQUEST" and lemma in self.asking_nouns and tok.pos_ == "NOUN" and \
                trigger.end == tok.i + 1 and (
                    any(c.dep_ == "compound" and self.modes.get(c.lemma_.lower()) == "phone" for c in tok.children) or
                    not any(c.dep_ == "prep" and c.lower_ in {"for", "on", "upon", "to"} or
                            c.dep_ in {"acl", "relcl"} and has_to(c) for c in tok.children)):
            return True  # "his phone calls", "made the call": no request without what is asked or whom
        if trigger.type in {"PROTEST", "ASSAULT"} and lemma == "strike" and tok.pos_ == "NOUN" and \
                (trigger.type == "PROTEST") != any(self.labour_strikes & {t.lemma_.lower(), t.lower_} for t in (
                    *(c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss"}), tok.head)):
            return True  # "massive strikes against Ukraine" are attacks, "rail workers staged a strike" stopped work
        if trigger.type == "RETREAT" and lemma in self.resultatives and tok.pos_ == "VERB" and any(
                c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "auxpass"} or
                c.dep_ == "prep" and c.lower_ in {"with", "without"} for c in tok.children):
            return True  # "left him vulnerable", "left millions without heating": a state left, no withdrawal
        if trigger.type == "CONCEDE" and lemma in self.enablers and tok.pos_ == "VERB" and self._enables(tok):
            return True  # "the agreement had allowed grain to be exported": a thing that makes possible, no concession
        if trigger.type == "CONCEDE" and lemma in self.admitting and tok.pos_ == "VERB" and \
                _admits_a_fact(tok, self.errors):
            return True  # "the governor conceded that Russian forces control the outskirts": a fact, no concession
        if trigger.type in self.ending_types and self.ended(tok):
            return True  # "will no longer support transactions in Russia": support stopped (a SANCTION, above)
        if f"{trigger.type}:{lemma}" in self.person_objects and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and named_person(c) for c in tok.children):
            return True  # "sent Giuliani, his personal lawyer, to Ukraine": an envoy, no aid; "fired Flynn": dismissed
        if f"{trigger.type}:{lemma}" in self.place_objects and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and town(c) for c in tok.children):
            return True  # "our forces are defending Sievierodonetsk": fighting for a place, no support
        if trigger.type == "THREATEN" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and (c.lemma_.lower() in self.not_agents | self.weapons or
                                                            self.names_event(c))
                for c in tok.children):
            return True  # "the row threatens to overshadow the summit", "Russian artillery and airstrikes threaten to
            # turn the tide": a risk, not a threat
        if trigger.type == "PROTEST" and self._protest_object(tok) and tok.head.lemma_.lower() in self.protest_verbs:
            return True  # "lodged an official protest with Albania": a complaint, no demonstration
        if trigger.type == "THREATEN" and tok.pos_ == "NOUN" and \
                (tok.dep_ == "attr" or tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.posing):
            return True  # "stop being a threat", "poses the biggest threat to Britain": a danger described
        if trigger.type in {"ASSAULT", "MOBILIZE"} and not self._exercise(tok) and self._in_exercise(tok) and not (
                trigger.type == "MOBILIZE" and tok.dep_ == "compound" and self._exercise(tok.head)):
            # "simulated a 'massive nuclear strike'": the exercise is the event, no attack ("the war games" is the
            # exercise's own name: a MOBILIZE, never a war)
            return True
        if trigger.type in {"ASSAULT", "COERCE"} and tok.pos_ == "VERB" and any(
                c.lemma_.lower() in self.not_attackers for c in _doers(tok)):
            return True  # "hit harder by the latest round of lockdowns", "footage captured Putin": no attack, no arrest
        if trigger.type == "SANCTION" and tok.pos_ == "NOUN" and lemma in self.measures and tok.dep_ == "nsubj" and \
                any(v.lemma_.lower() in self.measure_effects and
                    (v.lemma_ != "be" or any(c.dep_ == "acomp" for c in v.children))
                    for v in (tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp"))):
            # "sanctions start to hurt our side", "the sanctions are painful": measures in place, a topic ("severe
            # sanctions are already in place" still reports them)
            return True
        if trigger.type == "AGREE" and lemma in self.pledging and tok.pos_ == "VERB" and \
                not any(c.dep_ in {"dobj", "dative", "xcomp"} for c in tok.children):
            return True  # "'We're not stopping,' Biden promised", "pledged that victory will be ours": nothing pledged
        if trigger.type == "RETREAT" and lemma in self.departing and tok.pos_ == "VERB" and (any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in {"he", "she", "i", "you"})
                for c in tok.children) or any(
                c.dep_ == "dobj" and c.pos_ != "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC"} and
                c.lemma_.lower() not in self.territory_nouns for c in tok.children)):
            # "Trump might have to leave the country", "they left those bodies on purpose": a person's departure or a
            # thing left behind, no withdrawal ("Russian troops left Kherson" is one)
            return True
        if trigger.type == "RETREAT" and self.quits_agreement(tok):
            return True  # "pulled out of the grain deal": a rejection, no withdrawal
        if trigger.type == "ASSAULT" and lemma in self.victims and not any(
                e.type == "ASSAULT" and not e.rest for c in tok.children
                for g in ([t for t in c.subtree if t.dep_ in {"pobj", "conj"}] if c.dep_ == "prep" else
                          [c] if c.dep_ == "advcl" else []) for e in self.by_head.get(g.lemma_.lower(), ())):
            # "died of dehydration", "50 troops die each day": a death, no attack ("died in the shelling", "died
            # as a result of torture", "died fighting")
            return True
        if any(_in_idiom(tok, idiom) for idiom in self.idioms):
            return True  # "as opposed to military action"
        if f"{trigger.type}:{lemma}" in self.complemented_only and tok.pos_ == "VERB" and \
                not any(c.dep_ in {"dobj", "nsubjpass", "xcomp", "ccomp"} for c in tok.children):
            return True  # "U.S.-Saudi relations have declined": a fall, no refusal
        if f"{trigger.type}:{lemma}" in self.transitive_only and tok.pos_ == "VERB" and \
                not any(c.dep_ in _TAKEN or c.dep_ == "npadvmod" and c.pos_ == "NOUN" and
                        c.ent_type_ not in {"DATE", "TIME"} for c in tok.children):
            # '"This is genius," Trump recalled': a memory, no ambassador recalled (an object the parser misplaces
            # still counts: "returned to Brazil last Wednesday 21 frogs")
            return True
        if trigger.type == "ACCUSE" and lemma in self.inquiries and tok.pos_ == "NOUN" and _addressed_at(tok) and \
                (tok.head.head if tok.dep_ == "pobj" else tok.head).lemma_.lower() in self.cues["speech_lemmas"]:
            return True  # "Haines told a Senate hearing", "testified before a hearing": where one spoke, no inquiry
        if trigger.type == "COOPERATE" and lemma == "join" and tok.pos_ == "VERB" and \
                any(c.dep_ == "dobj" and _of_outlet(c) for c in tok.children):
            return True  # "Griffin, who joined Fox News in 1996": a job at a newsroom, no cooperation between parties
        if lemma == "stop" and tok.pos_ == "VERB" and \
                any(c.dep_ in {"xcomp", "advcl"} and has_to(c) for c in tok.children):
            return True  # "Kyiv residents stop to view a destroyed Russian tank": a pause, no act stopped
        if trigger.type == "SANCTION" and lemma == "recall" and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in self.envoys and
                (c.ent_type_ != "PERSON" or any(g.dep_ in {"acl", "relcl"} for g in c.children))
                for c in tok.children):
            return True  # "recall friends struggling to get medicine", "recalled Putin saying": memories, no envoy
        if trigger.type == "CONSULT" and lemma == "talk" and tok.pos_ == "VERB" and \
                any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children) and not _together(tok):
            # "why does he keep talking about it?": one speaker on a topic, no talks ("the officials talked about
            # scenarios", "we talked about it a lot", "did not talk about it with Putin" are)
            return True
        if trigger.type == "CONSULT" and in_favour(tok):
            return True  # "has spoken in favour of putting Ukraine on a path to accession": support, no talk
        withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"] \
            if trigger.type == "CONSULT" and lemma == "meet" else []
        if withs and (any(c.dep_ == "auxpass" for c in tok.children) or any(
                p.dep_ == "pobj" and p.lemma_.lower() in self.met_with and not p.ent_type_
                for c in withs for p in c.children)):
            # "their unit was met with heavy fire", "was met with skepticism", "we have not been meeting with much
            # positive response": a reaction, no meeting
            return True
        if trigger.type == "CONSULT" and lemma in self.call_verbs and tok.pos_ == "NOUN" and (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.appeal_verbs or
                any(c.dep_ == "amod" and c.lemma_.lower() in self.call_decisions for c in tok.children)):
            return True  # "unlikely to heed such calls": appeals; "no final call has been made": a decision
        if tok.pos_ == "VERB" and tok.dep_ == "amod" and not (
                gerund_read_as_adjective(tok) and self.names_event(tok.head.head.head.head, JUDGING_TYPES)):
            return True  # a participle as an adjective names a property: "coal-fired plants", "occupied territories"
            # (not a gerund an accusation names: "accused Ukrainian forces of bombarding residential areas")
        if trigger.type == "CONSULT" and lemma in self.call_verbs and tok.pos_ == "NOUN" and tok.i + 2 < len(tok.doc) and \
                tok.nbor(1).lower_ == "to" and tok.nbor(2).tag_ == "VB":
            return True  # "repeated calls to increase support": appeals, no phone call ("a call to Macron" is one)
        if trigger.type in {"REQUEST", "CONSULT"} and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in self.press_requests for g in c.children) for c in tok.children):
            return True  # "did not respond to requests for comment", "contacted the MoD for comment": the press asking
        if trigger.type == "PROTEST" and lemma in self.showing and any(c.dep_ in {"ccomp", "dobj"} for c in tok.children):
            return True  # "the fighting has demonstrated that ...": showing, not protesting
        if trigger.type == "REQUEST" and lemma in self.attempting and any(c.dep_ == "xcomp" for c in tok.children):
            return True  # "sought to pin some responsibility on Comey": an attempt, asked of no one
        if trigger.type == "REQUEST" and lemma in self.wanting and self._own_intention(tok):
            return True  # "we want to support Ukraine": the speaker's own intention, asked of no one
        if trigger.type == "REQUEST" and lemma in self.claiming and _claims(tok):
            return True  # "Republicans insisted that they saw no evidence": a claim, not a demand
        if trigger.type == "REQUEST" and lemma in self.asking and _asks_a_question(tok):
            return True  # "was asked whether he believed Putin": a question, not a request
        if trigger.type in self.stopped_types and tok.dep_ in {"dobj", "nsubjpass", "xcomp"}:
            # "cut off gas supplies": the supplies stopped, no AID ("halted sending weapons": nor the weapons sent)
            for act in (tok, tok.head) if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" else (tok,):
                stopped = self.stopped(act.head)
                if stopped is not None and stopped.i == act.i:
                    return True
        if trigger.type == "ACCUSE" and lemma in self.call_verbs and tok.pos_ == "VERB" and \
                any(c.dep_ == "dobj" and c.tag_ == "WP" for c in tok.children) and tok.dep_ == "ccomp":
            # "offered Kyiv what it calls unwavering support": the offer's words, no verdict on anyone; "condemned what
            # it called a terrorist attack": the condemnation's verdict, no second act ("sanctions for what the
            # Treasury called malign activities" is the Treasury's)
            return True
        if trigger.type == "ACCUSE" and lemma in self.descriptions and not self._judges(tok):
            return True  # "described the difficulty of teaching children": a description, no accusation
        if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in self.figurative.get(trigger.type, ())
               for t in _phrase_words(trigger) for c in t.children):
            return True  # "won a legal battle", "a trade war", "launched a passionate attack on ..."
        banned = self.exclusions.get(lemma, frozenset()) | self.exclusions.get(f"{trigger.type}:{lemma}", frozenset())
        if trigger.type == "ACCUSE" and lemma in self.call_verbs and tok.pos_ == "VERB" and \
                any(c.dep_ == "dobj" for c in tok.children) and verdict(tok) is None and \
                not any(c.dep_ in _COMPLEMENTS or c.dep_ == "prt" for c in tok.children):  # "called out Russia"
            return True
        if trigger.type == "ACCUSE" and lemma in self.labels and (tok.pos_ != "VERB" or verdict(tok) is None):
            return True  # "Russian-branded spirits", "labelled the bottles": no label pinned on anyone
        if trigger.type == "ACCUSE" and tok.pos_ == "VERB" and self.praise_verdict(tok):
            return True  # "for calling Putin's tactics a work of genius": praise (SUPPORT, _verb_readings), no blame
        if trigger.type == "ACCUSE" and lemma in self.call_verbs and tok.pos_ == "VERB" and _names_a_thing(tok):
            return True  # "a movement called Combat Brotherhood", "a game that's called the turtle game": a name
        if trigger.type == "CONSULT" and lemma in self.call_verbs and tok.pos_ == "VERB" and \
                (said := verdict(tok)) is not None and said.pos_ != "PROPN":
            return True  # "called the UK his closest ally", "called Putin a killer": a verdict, no phone call
        if tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in banned:
            return True  # "the documents, released by the Justice Department", "audio that CNN released"
        if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children) and \
                any(c.dep_ == "nsubj" and c.lemma_.lower() in banned for c in tok.head.children):
            return True  # "two conditions need to be met"
        if not banned:
            return False
        # (the noun right after the verb, however the parser hangs it: "released video showing ...")
        after = next((t for t in tok.doc[trigger.end:trigger.end + 3] if t.dep_ not in {"det", "amod", "compound"}),
                     None)
        named = after is not None and tok.pos_ == "VERB" and after.pos_ == "NOUN" and after.lemma_.lower() in banned
        # (a noun's "of" object is its object: "announced the release of 15 million oil barrels")
        if tok.pos_ == "NOUN" and any(o.lemma_.lower() in banned for o in _of_phrase(tok)):
            return True
        return named or any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in banned
            or c.dep_ in {"prep", "prt"} and c.i == trigger.i + 1 and c.lower_ in banned for c in tok.children)

    def _enables(self, verb: Token) -> bool:
        """A verb of permission whose subject is a thing or an event, whose object is its own subject, or that tells
        the purpose of another act (``enablers``)."""
        if verb.dep_ == "advcl" and has_to(verb):
            return True
        if verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_.endswith(("self", "selves")):
            return True  # (whatever the parser makes of the reflexive)
        return self._thing_subject(verb, relative=True)

    def _thing_subject(self, verb: Token, relative: bool) -> bool:
        """Whether the verb's subject is a thing or an event (``not_agents``, or a word naming an event), not a party;
        a relative pronoun stands for the noun it hangs on ("a proposal which would have allowed ...") or, unless
        ``relative``, for whatever it refers to, as do "it" and "this" (a cause, not someone)."""
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            if not relative and c.lower_ in {"which", "that", "it", "this"}:
                return True
            subject = verb.head if c.lower_ in {"which", "that"} and verb.dep_ == "relcl" else c
            if subject.pos_ == "NOUN" and (subject.lemma_.lower() in self.not_agents or self.names_event(subject)):
                return True
        return False

    def blames(self, token: Token) -> bool:
        """A word of blame (blame_words), not in a form that names something else ("the hostilities")."""
        return token.lemma_.lower() in self.blame and token.lower_ not in self.blame_forms_excepted

    def titles_someone(self, trigger: Trigger) -> bool:
        """A trigger noun that is a person's title ("CNN host Jake Tapper", "the summit host, Macron", "told host
        Jake Tapper", which the parser reads as two objects): no event, though the sentence may still report one
        (unlike a word read in another sense, see ``excluded``)."""
        tok = trigger.token
        return tok.pos_ == "NOUN" and (tok.dep_ in {"compound", "appos"} and tok.head.ent_type_ == "PERSON" or
                                       any(c.dep_ in {"compound", "appos"} and c.ent_type_ == "PERSON" for c in tok.children) or
                                       tok.lemma_.lower() in self.press_titles and tok.i + 1 < len(tok.doc) and
                                       tok.nbor(1).ent_type_ == "PERSON")

    def _judges(self, verb: Token) -> bool:
        """Whether a verb of description passes a judgement: what it calls its object holds a word of blame or
        praise, or names a hostile act ("described the invasion as an act of barbarism", "the sanctions as economic
        war", "the talks as constructive")."""
        said = verdict(verb)
        return said is not None and any(t.lemma_.lower() in self.judgements or self.names_event(t, self.hostile)
                                        for t in said.subtree)


def in_favour(verb: Token) -> bool:
    """A verb said "in favour of" something ("has spoken in favour of granting Ukraine candidate status", "came
    out in favor of sending tanks"): support for it, no talk, and what it favours is not yet done."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in {"favour", "favor"}
                                                      for p in c.children) for c in verb.children)


def _favoured(verb: Token) -> list[Token]:
    """What a verb said "in favour of" favours: the noun or the verb of its "of"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
            for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
            for g in o.children if g.dep_ in {"pobj", "pcomp"}]


def _phrase_words(trigger: Trigger) -> Span:
    """The words of a trigger's phrase, from its head on ("launched a scathing attack")."""
    tok = trigger.token
    return tok.doc[tok.i:max(trigger.end, tok.i + 1)]


def verdict(verb: Token) -> Token | None:
    """What a verb of description says its object is: "described the plan as reasonable" -> reasonable,
    "called the vote a sham" -> sham; the parser may read the second noun as another object ("calling Putin's
    tactics a work of genius")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2:
        return objects[1]
    for child in verb.children:
        if child.dep_ == "oprd":
            return None if child == named_predicate(verb) else child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((p for p in child.children if p.dep_ in {"pobj", "amod", "acomp"}), None)
    # (an adjective "as" the parser hung inside the object's clause is still the verdict: "described a UN plan to
    # launch a sea corridor as 'reasonable'", and so is a label in quotation marks: "labelled Putin's threats to use
    # nuclear weapons as 'sabre-rattling'"; a noun there may be the inner verb's own, "a plan to use it as a base")
    # (an adjective after the object is the verdict the parser hung on it: "called India's stand 'somewhat shaky'")
    return next((p for o in objects for a in o.subtree if a.dep_ == "prep" and a.lower_ == "as" and a.head != verb
                 for p in a.children if p.dep_ in {"amod", "acomp"} and p.pos_ == "ADJ" or
                 p.dep_ in {"pobj", "amod", "acomp"} and any(c.is_quote for c in a.children)), None) or \
        next((a for o in objects for a in o.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > o.i), None)


def _names_a_thing(verb: Token) -> bool:
    """ "Called" as a participle or a passive that gives something its name, with no one named calling it ("a
    movement called Combat Brotherhood", "a game that's called the turtle game"): no verdict on anyone."""
    if verb.dep_ not in {"acl", "relcl"} or any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children)
    named = [c for c in verb.children if c.dep_ == "oprd"]  # (two: "the paper called Musk a chaos agent")
    return len(named) == 1 and named[0].pos_ == "PROPN"


def named_person(token: Token) -> bool:
    """A person the NER names, unless a place has the name (the NER reads "Kharkiv" as a person)."""
    return token.ent_type_ == "PERSON" and token.lower_ not in gazetteer()


def named_predicate(verb: Token) -> Token | None:
    """A name the parser reads as what the verb's missing object is called ("Macron called Putin on Tuesday" parsed
    as "called [someone] Putin"): the object itself, called or phoned, not a verdict."""
    if any(c.dep_ == "dobj" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # (with no subject it names: "a movement called Combat Brotherhood")
    return next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.ent_type_), None)


def town(token: Token) -> bool:
    """A place name that is no state or organisation the registry knows ("Mariupol", "Bucha", "Sievierodonetsk";
    not "US", "Moscow", "Russia"): an entity the NER calls a place, or a proper noun the gazetteer places."""
    ent = next((e for e in ents_of(token.sent) if e.start <= token.i < e.end), None)
    text = ent.text if ent is not None else token.text  # ("Russia-Ukraine peace talks": Ukraine, a state)
    return (token.ent_type_ == "GPE" or token.pos_ == "PROPN" and country_of(text) is not None) and not any(
        e.kind in {"state", "organization"} for e in load_registry().lookup(text))


def _in_idiom(tok: Token, idiom: tuple[str, ...]) -> bool:
    """Whether the token is one word of the fixed phrase ``idiom``, as written around it."""
    doc = tok.doc
    for k, word in enumerate(idiom):
        start = tok.i - k
        if word == tok.lower_ and start >= 0 and start + len(idiom) <= len(doc) and \
                all(doc[start + j].lower_ == w for j, w in enumerate(idiom)):
            return True
    return False


def _owners(noun: Token) -> list[Token]:
    """What an amount or an act is of: "$400m in military aid" -> aid, "the aid's disbursement" -> aid."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}]
    return [c for c in noun.children if c.dep_ == "poss"] + [g for p in preps for g in p.children if g.dep_ == "pobj"]


# modals that make a clause say what ought to happen ("Russia must withdraw", "should mediate")
DEONTIC = frozenset({"must", "should"})


def _claims(verb: Token) -> bool:
    """ "insisted that they saw no evidence", "insisted the firing was a mistake": a clause stating what is, where a
    demand says what must or should be ("insisted that Russia must withdraw"), puts it in the subjunctive ("proposed
    that the talks be held in Geneva") or asks for it ("insisted on")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(c.dep_ == "prep" for c in verb.children) and not any(
        _ought_to(c) for c in clauses)


def _admits_a_fact(verb: Token, errors: frozenset[str]) -> bool:
    """ "conceded that Russian forces control the outskirts", "admitted the stockpiles were insufficient", "admitted
    it is increasingly concerned", "acknowledged that he is target No. 1": what is admitted is a fact, not a
    concession; one's own error admitted is one ("conceded that he was wrong"), and so may be an object
    ("acknowledged a quid pro quo")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    own_error = any(s.pos_ == "PRON" for s in subjects) and \
        any(t.lemma_.lower() in errors for c in clauses for t in c.subtree)
    return bool(subjects) and not any(c.dep_ in {"dobj", "prep"} for c in verb.children) and not own_error


def _ought_to(clause: Token) -> bool:
    """Whether the clause says what must or should be, or puts it in the subjunctive: its first verb form is a bare
    verb ("that Ukraine withdraw", "that the talks be held"), or it is what one would have to do ("Russian players
    would have to denounce their government")."""
    auxiliaries = [a for a in clause.children if a.dep_ in {"aux", "auxpass"} and a.i < clause.i]
    return any(a.lower_ in DEONTIC for a in auxiliaries) or (auxiliaries or [clause])[0].tag_ == "VB" or \
        clause.lemma_ == "have" and any(c.dep_ == "xcomp" and has_to(c) for c in clause.children)


def _asks_a_question(verb: Token) -> bool:
    """ "asked whether he believed Putin", "Asked if Griner could be freed", "when asked about the scheme", "asked
    him why", '"Would he use it?" the anchor asked Peskov': a verb of asking with a question or a topic and nothing
    anyone is asked to do (no "to" clause, "for" phrase or "that" clause)."""
    return not any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" or
                   c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in verb.children)  # "asked Congress to do more", "asked for weapons", "asked that ..."


_POSSESSIVE = re.compile(r"[’']s?$")


def _of_outlet(token: Token) -> bool:
    """A news outlet, or a person named as one of its staff ("Sky News' Mark Austin", "Sky News presenter Mark
    Austin"): who speaks to them gives an interview."""
    owners = [c for c in token.subtree if c.i < token.i and c.dep_ in {"poss", "compound"}]
    return any(find_outlet(_POSSESSIVE.sub("", _entity_text(t))) is not None for t in (token, *owners))


def _entity_text(token: Token) -> str:
    """The whole named entity a token belongs to ("the BBC" -> "BBC"), from the sentence's cached entities."""
    return next((e.text for e in ents_of(token.sent) if e.start <= token.i < e.end), token.text)


def _subjunctive(clause: Token, governor: Token) -> bool:
    """A clause whose verb is a bare form with no auxiliary: the subjunctive of a demand ("that Russia withdraw",
    "that they talk" after a verb in the past: "suggested they talk"; not "suggests that they talk")."""
    if clause.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and governor.tag_ in {"VBD", "VBN", "VBG"}


def _words(section: dict[str, Any], key: str) -> frozenset[str]:
    """A word list of a lexicon.yaml section (empty when the key is absent)."""
    return frozenset(section.get(key) or ())


def _word_lists(section: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """A map of word lists of a lexicon.yaml section ("object_exclusions", "figurative")."""
    return {k: frozenset(v) for k, v in (section.get(key) or {}).items()}


def named_party(token: Token) -> bool:
    """A word that names a party: a proper noun, a name the NER tags as a party ("Russians"), or a noun a name
    qualifies ("U.S. policymakers", "Russian troops", "Putin's men"); not a date ("last year's decision")."""
    return token.pos_ == "PROPN" or token.ent_type_ in _PARTY_NAMES or token.pos_ == "NOUN" and any(
        c.dep_ in {"compound", "amod", "poss"} and c.ent_type_ in _PARTY_NAMES for c in token.children)


def _agents_misplaced(verb: Token) -> list[Token]:
    """A passive's agent the parser hung on the noun of a phrase before it ("was joined at a news conference by
    her counterpart": "by" under "conference")."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    return [a for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
            for b in p.children if b.dep_ == "prep" and b.lower_ == "by" for a in b.children if a.dep_ == "pobj"]


_KNOWING = frozenset({"know", "understand", "remember", "realize", "realise", "note", "hear"})


def _addressed_at(noun: Token) -> bool:
    """The noun is the one a verb is said to, or the occasion it is said at ("told a hearing", "testified before
    the committee", "said at a hearing")."""
    return noun.dep_ in {"dobj", "dative"} or noun.dep_ == "pobj" and noun.head.lower_ in {"at", "before", "to"}


def _of_phrase(token: Token) -> list[Token]:
    """The objects of a token's "of" phrases: what "10 days of war games", "thousands of refugees", "a raft of new
    sanctions" are made of."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _together(verb: Token) -> bool:
    """A verb done by several together: a plural or coordinated subject, or someone it is done "with"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or any(
        s.tag_ in {"NNS", "NNPS"} or s.lower_ in {"we", "they"} or any(c.dep_ == "conj" for c in s.children)
        for s in subjects)


def given_to(verb: Token) -> list[Token]:
    """Whom a verb of giving names as receiving: "weapons donated to Ukraine", "drones it supplied to Russia",
    "the rockets the US is sending Ukraine"."""
    # (the parser may label "to" itself a dative: "sent his sons to the frontlines")
    return [p for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for p in c.children
            if p.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def agents_of(verb: Token) -> list[Token]:
    """Who a passive's "by" names: "HIMARS rockets provided by the United States", "targeted by Russia"."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _doers(verb: Token) -> list[Token]:
    """The verb's subject or passive agent, with what an "of" phrase says they are made of ("a round of
    lockdowns")."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    return heads + [g for h in heads for g in _of_phrase(h)]


def _match_rest(tokens: list[Token], k: int, rest: tuple[str, ...]) -> int | None:
    """Index one past the phrase when every word of ``rest`` follows token k in order, each within a window; a
    preposition or particle must belong to the phrase's words ("called on Arabs to unite", not "received a call
    from Macron on Tuesday")."""
    pos = k + 1
    matched = {tokens[k].i}
    for word in rest:
        window = tokens[pos:pos + _PHRASE_WINDOW]
        hit = next((j for j, t in enumerate(window) if (t.lemma_.lower() == word or t.lower_ == word) and
                    (t.pos_ not in {"ADP", "PART"} or t.head.i in matched and not temporal(t))), None)
        if hit is None:
            return None
        matched.add(window[hit].i)
        pos += hit + 1
    return pos


def temporal(prep: Token) -> bool:
    """A preposition whose object is a date or a time: no word of a phrase ("called Putin on Tuesday" is no "call
    on"), no agent ("released by the end of the year")."""
    return any(c.dep_ in {"pobj", "pcomp"} and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _object_end(verb: Token, word: str, offset: int, collectives: frozenset[str] = frozenset()) -> int | None:
    """Index (in the sentence) one past the verb's direct object when it is ``word``, however far its modifiers
    push it from the verb, or past its complement ("holds the Russian government responsible"), or past the
    ``word`` a collective object is made of ("unveiled a raft of new sanctions on Russia")."""
    obj = _child_named(verb, {"dobj", "ccomp", "oprd"}, word, collectives)
    return None if obj is None else obj.i - offset + 1


def _child_named(verb: Token, deps: set[str], word: str, collectives: frozenset[str] = frozenset()) -> Token | None:
    """The verb's child of one of ``deps`` that is ``word``, or the ``word`` a collective child is made of ("unveiled a
    raft of new sanctions", "a fresh wave of sanctions has been imposed")."""
    children = [c for c in verb.children if c.dep_ in deps]
    children += [p for c in children if c.lemma_.lower() in collectives for p in _of_phrase(c)]
    children += [p for c in children if _amount(c) for p in _amount_of(verb, c)]
    return next((c for c in children if c.lemma_.lower() == word), None)


def _amount(token: Token) -> bool:
    """A sum or a quantity ("1.5 million euros", "$800m", "13 tons")."""
    return token.ent_type_ in {"MONEY", "QUANTITY"} or any(c.dep_ == "nummod" for c in token.children)


def _amount_of(verb: Token, amount: Token) -> list[Token]:
    """What an amount the verb moves is an amount of: "earmarked 1.5 million euros in emergency aid", "pledged $800
    million in military assistance" (the "in" phrase on the amount or on the verb), "13 tons of medicine"."""
    preps = [c for c in amount.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}] + \
        [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == amount.right_edge.i + 1]
    return [p for c in preps for p in c.children if p.dep_ == "pobj"]


def _load_yaml(name: str) -> Any:
    return load_yaml((DATA / name).read_text(encoding="utf-8"))


@cache
def load_lexicon() -> Lexicon:
    return Lexicon(_load_yaml("lexicon.yaml"), _load_yaml("modality.yaml"))


def press_event(token: Token) -> bool:
    """A news or press conference or briefing: where words are said to reporters ("at his own news conference")."""
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in {"news", "press"} for c in token.children)

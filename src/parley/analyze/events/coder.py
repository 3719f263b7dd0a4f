"""The event coder: sentence model + lexicon triggers + dependency structure -> Event records.

Per sentence, the trained model (model.py) says whether the sentence reports an event and of which quad
class and PLOVER type; lexicon triggers (lexicon.py) say which word names it, so that roles, status,
conditions, place and date can be read off the parse around that word. The sentence's best event gets the
model's confidence for its quad; other triggers of the sentence become events of their own when the model
gives their quad at least ``min_quad_proba``, with a lower confidence. A document-level pass then settles the
document's own consultation (consultation.py), and events too weak to report are dropped (``_reportable``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from parley.analyze.context import DocContext
from parley.analyze.events.confidence import features, load_calibration
from parley.analyze.events.consultation import agenda_ahead, consolidate, is_background, lead, load_cues
from parley.analyze.events.entities import ents_of
from parley.analyze.events.features import _depth, sentence_features
from parley.analyze.events.lexicon import (
    DEONTIC,
    Lexicon,
    Trigger,
    agents_of,
    given_to,
    named_party,
    press_event,
    verdict,
)
from parley.analyze.events.model import EventModel
from parley.analyze.events.modes import Reading, load_modes
from parley.analyze.events.roles import (
    Roles,
    act_judged,
    allied,
    defended_from,
    epistemic,
    obliging,
    participle_of,
    same_side,
    self_blame,
    side_of,
    under_force,
    undergoers,
)
from parley.analyze.events.status import (
    _clause_span,
    _is_condition,
    clause_chain,
    conditions_of,
    phrasal_lemmas,
    provided_clause,
    status_of,
)
from parley.analyze.events.syntax import clause_verb, frames, has_to, takes_part, time_to
from parley.analyze.events.when import parse_published, resolve
from parley.analyze.events.where import location_of
from parley.analyze.nlp import load_nlp
from parley.analyze.quotes import PAIRS
from parley.outlets import find_outlet
from parley.records import ActorRef, Event, Evidence, Place, stable_id
from parley.registry import load_registry

MIN_QUAD_PROBA = 0.15
MIN_UNTRIGGERED_PROBA = 0.5
OTHER_QUAD_SHARE = 0.5  # PLOVER out of fold 0.634 -> 0.649, ConfliBERT quad 0.861 -> 0.856 (BENCHMARKS.md)
# precision on articles: an event below MIN_CONFIDENCE, or one with no party below MIN_UNATTRIBUTED ("the
# invasion", "bomb shelters" mentioned in passing), is a word that can name an event rather than a report of
# one; so is an event no lexicon word names that has no party either. Events with both an actor and a
# recipient, and conditional offers with their conditions, are kept whatever the sentence model says: their
# structure is the evidence (bench/events_speed.py counts events per article). Session 10 re-chose both thresholds
# by cross-fitting over the 24 article sets (bench/events_articles_cv.py): MIN_CONFIDENCE 0.2 / 0.15 / 0.1 / 0.05
# pooled 0.498 / 0.501 / 0.505 / 0.505; with 0.1, MIN_UNATTRIBUTED 0.6 / 0.5 / 0.4 / 0.3 pooled 0.502 / 0.505 /
# 0.507 / 0.510, but 0.3 costs the quad benchmark half a point more than 0.4 (docs/BENCHMARKS.md).
MIN_CONFIDENCE = 0.1
# a definite phrase ("imposed sanctions", "urged the Senate to ...") is an event even where the sentence model,
# trained on ConfliBERT's conventions, reads a statement: its confidence is at least this
DEFINITE_CONFIDENCE = 0.3
MIN_UNATTRIBUTED = 0.4
_ENUMERATION_WINDOW = 6  # lines with a verb: captions and ad slots do not count
_MIN_UNIT_WORDS = 4
# verbs whose agent holds the people they name (not "hold": "detained at a rally held by the opposition")
_HOLDING = frozenset({"capture", "detain", "arrest", "seize", "abduct", "kidnap"})
_BELIEVING = frozenset({"believe", "think", "feel", "consider", "imagine", "reckon"})  # "he believes he's smarter"
_ASPECTUAL = frozenset({"continue", "keep", "start", "begin", "resume"})  # "continue to provide" (not "stop")
_SEQUENCE = frozenset({"before", "after"})  # acts told one after another ("... before raping their daughter")
_OBLIGING_AUX = frozenset({"should", "must", "ought"})  # the modals of a demand ("Kyiv must withdraw")
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})  # material conflict, less sanctions
_RELEASES = frozenset({"release", "free"})  # custody ended: by the state that held them
_HARM_TO_COME = frozenset({"risk", "consequence", "catastrophe", "catastrophic", "danger", "dangerous", "threat",
                           "threaten", "spark", "provoke", "escalate", "escalation", "retaliate", "retaliation",
                           "price", "brink", "going"})  # a warning of these is a threat, whatever its tense
_CUSTODY_NOUNS = frozenset({"arrest", "detention", "imprisonment", "jailing", "sentence", "conviction", "crackdown",
                            "release"})  # "arrests in central Moscow": held by the place's authorities
_ANNOUNCING = frozenset({"announce", "unveil"})
_DECIDED = frozenset({"SANCTION"})  # acts a decision makes: a ban agreed is a ban (not "agreed to allow", "to grant")
_STORY_DAYS = 3  # a day the article dates up to this many days before publication is the story's day (3 / 7 / 14: 0.573 / 0.572 / 0.572)
_SAYING_DEPTH = 2  # how many verbs of saying above an event its date is looked for in
_MIN_REPEATED_CHARS = 40  # a unit this long that repeats an earlier one word for word is a repeated passage
_LEAD_UNITS = 3  # a news lead reports the day's event: undated, it is the publication day (dates: 2/3/4 units 0.565/0.570/0.570)
_CUE_POS = {"NOUN", "PROPN", "ADJ"}
_SPEECH_ACTS = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"})  # events that are what is said
# words by which an agent itself commits to an act: told by another side, the vow is still the agent's threat
# ("Ethnic Albanians have sworn to fight ..., Macedonian officials said")
_COMMITMENTS = frozenset({"swear", "vow", "pledge", "promise", "threaten", "offer", "propose", "announce", "warn"})
_NOT_PREDICATE = {"mark", "case", "cc", "aux", "auxpass", "prt", "det", "prep"}
_QUOTE_MARKS = frozenset(PAIRS) | frozenset("".join(PAIRS.values()))
_SUBCLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"}
_THREATS = frozenset({"THREATEN"})
_CONSULTING = frozenset({"CONSULT"})
_UNDER_WAY = frozenset({"midst", "middle", "process", "course", "throes"})  # "in the midst of a withdrawal"
# words a speaker addresses to a party, whose target one who goes on speaking keeps (``_addressed_targets``)
_ADDRESSED = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "CONSULT"})
_SPOKEN = frozenset({"THREATEN", "REQUEST"})  # acts done by saying them: made when said, whatever their condition
# acts of cooperation whose refusal is a rejection ("will not release the soldiers", "won't accept refugees")
_REFUSABLE = frozenset({"AGREE", "CONCEDE", "RETREAT", "AID", "COOPERATE", "SUPPORT"})
_ACCUSING = frozenset({"ACCUSE"})  # the words whose negation denies an accusation ("never complained")
_GROUNDED = frozenset({"COERCE", "ACCUSE", "SANCTION"})  # acts told with their grounds ("jailed for protesting")
_AGREEING = frozenset({"AGREE"})  # the words of an agreement whose content is no commitment besides (_acts_told_inside)
_MISDEEDS = frozenset({"ASSAULT", "COERCE"})  # acts whose report by another side accuses their agent
_THINGS_GIVEN = frozenset({"AID", "ASSAULT"})  # words that name a thing given as well as an act ("aid", "missiles")
# acts a judgement's "of"/"for" phrase names that are events besides the judgement: force, and taking a side
# ("accused Russia of shelling the plant", "criticised Carlson for supporting Putin"); helping, funding, ignoring or
# encouraging something are the grounds the judgement gives (in sample over the 24 training sets, any act: 5 more
# right of 17 more predicted; docs/BENCHMARKS.md)
# words of dismissing a claim (``_dismissed``, ``_answered_accusations``)
_DISMISSING = frozenset({"dismiss", "deny", "denial", "reject", "refute", "rebut", "rebuff", "disprove", "debunk"})
_JUDGED_ACTS = frozenset({"ASSAULT", "COERCE", "SUPPORT"})
_TIME_MARKS = frozenset({"since", "after", "before", "when", "while", "until", "once", "as"})  # a clause of time
_PLACES_ACTED_ON = frozenset({"ASSAULT", "COERCE"})  # acts whose object may be a place ("shelled Kharkiv")
# what a verb takes as its own object, phrase or clause ("stormed the city and fired missiles at Sloviansk")
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "acomp"})


@dataclass(frozen=True, slots=True)
class Candidate:
    token: Token
    type: str
    end: int  # one past the trigger's last token (phrases: "exchanged views")
    confidence: float
    triggered: bool = True  # False: no lexicon word names it, the sentence model's class does
    blamed: Token | None = None  # a quoted criticism: the word of blame inside the speaker's quotation


class EventCoder:
    def __init__(self, model: EventModel, lexicon: Lexicon, min_quad_proba: float = MIN_QUAD_PROBA) -> None:
        self.model = model
        self.lexicon = lexicon
        self.min_quad_proba = min_quad_proba
        self.modes = load_modes()
        # raw confidences become calibrated probabilities once the document's events are final (None: kept raw)
        self.calibration: Callable[[dict[str, float]], float] | None = load_calibration()
        self._cued: set[str] = set()  # ids of this document's CONSULT events whose mode a cue word gave
        self._background: set[str] = set()  # ids of this document's events inside background clauses
        self._tokens: dict[str, Token] = {}  # event id -> trigger token, for this document
        self._untriggered: set[str] = set()  # ids of this document's events no lexicon word names
        self._day_of_news: set[str] = set()  # ids of events dated by publication, no word of theirs dating them
        self._deciders: set[int] = set()  # tokens of decision verbs whose decided sanction is this document's event
        self._made: set[str] = set()  # ids of threats and demands made on a condition by their own side

    def run(self, ctx: DocContext) -> None:
        roles = Roles(ctx, self.lexicon)
        sents = [unit for sent in ctx.doc.sents for unit in _units(sent)]
        enumerations = self._enumerations(sents)
        events: list[Event] = []
        substantive = [k for k, unit in enumerate(sents) if any(t.pos_ in {"VERB", "AUX"} for t in unit)]
        repeated = _repeated(sents)
        for k, sent in enumerate(sents):
            if k in repeated:
                continue  # a passage told twice (a post embedded, then quoted) reports its acts once
            cands = self._candidates(sent)
            if not any(c.type == "ACCUSE" and c.triggered and not self._quoted_blame(ctx, c.token) for c in cands) and \
                    (quoted := [q for q in self._quoted_verdict(ctx, sent) if not self._warned_of(q, cands)]):
                # the model's guess that the sentence blames may read its parties off the verdict it quotes: both
                # readings are one event (``_distinct`` keeps the one that names more of its sides)
                guess = next((c for c in cands if c.type == "ACCUSE"), None)
                cands += [c if guess is None else replace(c, token=guess.token, end=guess.end,
                                                          confidence=max(c.confidence, guess.confidence))
                          for c in quoted]
            if not any(c.type in {"ACCUSE", "SUPPORT"} for c in cands):
                cands += self._quoted_verdict(ctx, sent, praise=True)
            if not any(c.type == "REQUEST" for c in cands):
                cands += self._reported_demands(roles, sent, cands)
            mine = []
            for cand in cands:
                ahead = [j for j in substantive if j >= k][:_ENUMERATION_WINDOW]
                listed = next((enumerations[j] for j in ahead if j in enumerations), None)
                event = self._event(ctx, roles, sent, cand, listed, lead=k < _LEAD_UNITS)
                if not (self.lexicon.joint_appearance(cand.token) and not _two_sides(event)):
                    mine.append(event)  # (appearing alongside one's own side's official is no meeting of note)
            events += mine + self._claimed_misdeeds(ctx, roles, sent, mine, lead=k < _LEAD_UNITS)
        published = parse_published(ctx.document.published)
        occasions = self._occasions(ctx, sents)
        events = self._same_occasion(_share_modes(_distinct(events), self._cued), published, occasions)
        events = self._own_talk(ctx, roles, events)
        events = self._talks_referred_back(events)
        # "the EU agreed to ban Russian oil" is the ban, not also an agreement
        # ("most experts agree that an attack is unlikely" shares an opinion)
        events = [e for e in events if not (e.type == "AGREE" and e.id in self._tokens and (
            self._tokens[e.id].i in self._deciders or _shared_opinion(self._tokens[e.id], e)))]
        events = [_without_outlets(e) for e in events
                  if not _interview(e) and not self._forecast_only(e) and not self._inquiry_asked(e) and
                  not self._claim_of_own_side(e) and not _domestic_trip(e)]
        states = frozenset(a.id for a in (*ctx.actors.values(), *roles.inferred.values()) if a.kind == "state")
        kept = _war_targets(roles, _carried_targets([self._place_target(roles, e) for e in events
                                                     if _reportable(e, e.id in self._untriggered)], targets=states))
        kept = _addressed_targets(_carried_agents(_carried_targets(self._answered_accusations(kept), "SANCTION")),
                                  ctx.doc.text)
        kept = self._talks_told_once(self._acts_told_inside(self._one_per_act(self._at_war(roles, kept, published))))
        # a threat or a demand made on a condition is made, its condition its content ("Russia would retaliate if the
        # US went through with the delivery", "athletes should be allowed to compete if they condemn the war"), read
        # once acts told inside others are folded into them; one another side reports stays conditional
        kept = [replace(e, status="occurred") if e.id in self._made else e for e in kept]
        for ref in (r for e in kept for r in (*e.actor, *e.recipient)):
            if ref.id in roles.inferred:
                ctx.actors.setdefault(ref.id, roles.inferred[ref.id])  # an inferred party is an actor once used
        persons = frozenset(a.id for a in ctx.actors.values() if a.kind == "person")
        reading = self.modes.reading(ctx.doc) if kept else None
        ctx.events.extend(self._described(ctx, e, persons, reading) for e in kept)
        self._cued, self._background, self._tokens, self._untriggered = set(), set(), {}, set()
        self._day_of_news, self._deciders, self._made = set(), set(), set()

    def _answered_accusations(self, events: list[Event]) -> list[Event]:
        """A denial that names no one answers the last accusation before it in the article that another party made
        against its party ("Russia accused Ukraine of preparing a dirty bomb ... Kyiv has denied having any such plan":
        Ukraine rejects Russia's claim); none when no such accusation was told."""
        accusations: list[Event] = []
        out = []
        for event in events:
            token = self._tokens.get(event.id)
            if event.type == "ACCUSE" and event.actor and event.recipient:
                accusations.append(event)
            elif event.type == "REJECT" and event.actor and not event.recipient and token is not None and \
                    token.lemma_.lower() in _DISMISSING:
                accused = {d.id for d in event.actor}
                answered = next((a for a in reversed(accusations) if any(r.id in accused for r in a.recipient) and
                                 not any(x.id in accused for x in a.actor)), None)
                if answered is not None:
                    event = replace(event, recipient=answered.actor)
            out.append(event)
        return out

    def _at_war(self, roles: Roles, events: list[Event], published: date | None) -> list[Event]:
        """An attack still without a target, by one side of the only war that side fought on the event's day (else the
        publication's), is aimed at the other side, and one on such a side with no agent is the other side's:
        "Russian forces shelled the outskirts overnight" in 2023 hit Ukraine, "Ukrainian cities were shelled" were
        shelled by Russia; the bombs dropped on Hiroshima in 1945 are no part of it (wars in lexicon.yaml)."""
        def enemy(parties: tuple[ActorRef, ...], day: date | None) -> ActorRef | None:
            sides = {side_of(p) for p in parties}
            enemies = self.lexicon.enemies(next(iter(sides)), day) if len(sides) == 1 and day is not None else set()
            return roles.state(next(iter(enemies))) if len(enemies) == 1 else None

        def abroad(event: Event, other: ActorRef) -> bool:
            # a place in neither side's state is no front of the war ("Russia's ambassador to Poland was hit with red
            # paint during a protest in Warsaw")
            country = event.location.country if event.location is not None else None
            return country is not None and country not in {other.id, *(side_of(p) for p in (*event.actor,
                                                                                          *event.recipient))}

        out = []
        for event in events:
            day = _day_of(event.date) or published
            # (not for the model's guess about a sentence no word of force names: "satellite images show columns of
            # Russian vehicles" names no one attacked)
            # (nor an agent when one is named that is no party: "Russia, which has been hit by growing forest fires")
            if event.type == "ASSAULT" and bool(event.actor) != bool(event.recipient) and \
                    event.id not in self._untriggered:
                token = self._tokens.get(event.id)
                unnamed = token is None or not any(c.dep_ == "agent" for c in token.children)
                regained = token is not None and token.lemma_.lower() in self.lexicon.regaining
                if regained and event.recipient and (enemy_side := enemy(event.recipient, day)) is not None:
                    # ground retaken is the retaking side's own: "they liberated almost half of the city" (Ukraine's)
                    event = replace(event, actor=event.recipient, recipient=(enemy_side,))
                elif event.actor and (target := enemy(event.actor, day)) is not None and not abroad(event, target):
                    event = replace(event, recipient=(target,))
                elif event.recipient and unnamed and (agent := enemy(event.recipient, day)) is not None and \
                        not abroad(event, agent):
                    event = replace(event, actor=(agent,))
            out.append(event)
        return out

    def _claimed_misdeeds(self, ctx: DocContext, roles: Roles, sent: Span, mine: list[Event],
                          lead: bool) -> list[Event]:
        """A use of force one side reports of another is also the reporter's accusation ("Russia has mined a huge
        dam, officials in Kyiv have warned"; "Kennedy suggested Ukraine may have hacked the DNC's servers"): an
        ACCUSE by the speaker of the agent, as the annotation guidelines code claims. None where the sentence
        already holds an accusation, or the speaker is on the agent's side ("Putin said Russian troops took
        Mariupol")."""
        if any(e.type == "ACCUSE" for e in mine):
            return []
        speech = self.lexicon.cues["speech_lemmas"]
        used = {self._tokens[e.id].i for e in mine if e.id in self._tokens}
        out: dict[int, Event] = {}
        for e in mine:
            act = self._tokens.get(e.id)
            if e.type not in _MISDEEDS or e.status == "denied" or not e.actor or act is None or \
                    act.pos_ != "VERB" or act.lemma_.lower() in self.lexicon.front_lines:
                continue
            chain = clause_chain(act)
            if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for t in chain for c in t.children):
                continue  # "saying that since Russia began its invasion, ...": the time of what is said
            top = chain[-1]
            if top.dep_ == "ccomp" and top.head.lemma_.lower() in self.lexicon.convictions and \
                    self.lexicon.said_clause(outer := clause_chain(top.head)[-1]):
                top = outer  # "Biden said he is convinced that Putin ... plans to invade Ukraine": a claim he makes
            if self.lexicon.said_clause(top):
                verb = top.head
            elif top.dep_ == "ROOT":  # the reporter after the report: "Russia has mined a dam, officials ... warned"
                verb = next((c for c in top.children if c.dep_ in {"ccomp", "parataxis"} and c.i > top.i
                             and c.lemma_.lower() in speech), None)
            else:
                continue
            if verb is None or verb.i in used or verb.i in out or verb.lemma_.lower() in self.lexicon.opinions:
                continue
            accusation = self._event(ctx, roles, sent, Candidate(verb, "ACCUSE", verb.i + 1, e.confidence), None, lead)
            accused = [a for a in e.actor
                       if not any(allied(s, a) for s in accusation.actor)]
            if accusation.actor and accused and accusation.status != "denied":
                out[verb.i] = replace(accusation, recipient=tuple(accused))
        return list(out.values())

    def _occasions(self, ctx: DocContext, sents: list[Span]) -> list[tuple[int, str, tuple[str, str]]]:
        """Where and when each speaker is told speaking on a day, whether or not the sentence codes an event
        ("Yermak said in an interview on Friday that ..."): (character offset, actor id, day)."""
        speech = self.lexicon.cues["speech_lemmas"]
        out = []
        for sent in sents:
            if not any(e.label_ == "DATE" for e in ents_of(sent)):
                continue
            for verb in sent:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
                    continue
                day = self._date(ctx, [verb], sent, future=False)
                if day is None or day[1] != "day":
                    continue
                for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                    actor = ctx.actor_at(subject.idx, subject.idx + len(subject))
                    if actor is not None:
                        out.append((verb.idx, actor.id, day))
        return out

    def _same_occasion(self, events: list[Event], published: date | None,
                       occasions: list[tuple[int, str, tuple[str, str]]]) -> list[Event]:
        """What a speaker says after a dated statement was said on that occasion ("Yermak said on Friday ... 'It's
        terrible,' he said ... Yermak continued"): a verbal event (a statement of cooperation or conflict) of the
        same actor, told as done, with no date of its own takes the day of that actor's last statement dated to a
        day (what it says will be done keeps none; "will cut imports by the end of the year" dates a plan, not an
        occasion). A publication day inferred for news of the day is no date of its
        own: once the article has dated a day of its story ("Russia shelled Kharkiv on Friday" in a Sunday paper),
        the news told undated after it is of that day ("Ukraine condemned the attack")."""
        last: dict[str, tuple[str, str]] = {}
        out = []
        story_day: tuple[str, str] | None = None
        pending = iter(sorted(occasions))
        upcoming = next(pending, None)
        for event in events:
            at = event.evidence[0].start if event.evidence else 0
            while upcoming is not None and upcoming[0] < at:
                last[upcoming[1]] = upcoming[2]  # a speaker told speaking on a day before this sentence
                upcoming = next(pending, None)
            verbal = self.lexicon.quad.get(event.type) in {1, 3}
            if event.id in self._day_of_news and story_day is not None:
                event = replace(event, date=story_day[0], date_precision=story_day[1])
            elif event.date_precision == "day" and event.id not in self._day_of_news and \
                    _days_before(event.date, published) in range(_STORY_DAYS):
                story_day = (event.date, "day")
            if verbal and event.date_precision == "day" and event.id not in self._day_of_news:
                for ref in event.actor:  # an occasion is a day ("by the end of the year" dates a plan, not a saying)
                    last[ref.id] = (event.date, event.date_precision)
            elif verbal and event.status == "occurred":
                said = next((last[r.id] for r in event.actor if r.id in last), None)
                if said is not None:
                    event = replace(event, date=said[0], date_precision=said[1])
            out.append(event)
        return out

    def _talks_referred_back(self, events: list[Event]) -> list[Event]:
        """ "This meeting follows ...", "The meeting lasted roughly 90 minutes": a talk named by a definite noun
        with no person of its own is the last talk told before it with two sides named, whose parties and mode it
        takes (the states of its speakers, or none, were a guess), and its place and date where it gives none."""
        out: list[Event] = []
        last: Event | None = None
        for event in events:
            token = self._tokens.get(event.id)
            if event.type == "CONSULT" and token is not None and token.pos_ == "NOUN" and \
                    any(c.dep_ == "det" and c.lower_ in _BACK_REFERRING for c in token.children) and \
                    not any(c.dep_ in {"prep", "poss", "compound", "amod"} for c in token.children) and \
                    last is not None and event.status == last.status == "occurred" and not _beyond_states(event):
                undated = event.date is None or event.id in self._day_of_news
                event = replace(event, actor=last.actor, recipient=last.recipient, mode=last.mode,
                                location=event.location or last.location,
                                date=last.date if undated else event.date,
                                date_precision=last.date_precision if undated else event.date_precision)
            elif event.type == "CONSULT" and len({r.id for r in (*event.actor, *event.recipient)}) >= 2 and \
                    _beyond_states(event):
                last = event
            out.append(event)
        return out

    def _one_per_act(self, events: list[Event]) -> list[Event]:
        """One event for two words of one act in a sentence: "shot and killed", "drones bombarded Kyiv, killing
        five", "a bomb ... many people died" with the same type, parties, status, mode, conditions and date are
        one event to a reader (so are the results a participle tells, "..., killing 20 and wounding 100", even when
        they name no party; what an attack cost, by no one else and on no other day, "since Russia began its attack
        last week, hundreds of civilians have been killed", whose act stays with the sides its toll names; and
        measures listed together, one naming no one, "an asset freeze and EU travel ban"); the more confident
        reading stays, in its place, with the place and day the other names when it names none. Coordinated verbs
        that each take their own object stay apart ("stormed the city and fired missiles at Sloviansk", "close its
        airspace and ban two outlets"), as do acts told apart by their places or dates ("invaded in 2014 and again
        in 2022")."""
        def key(e: Event) -> tuple:
            return (e.evidence[0].start if e.evidence else None, e.type, e.status, e.mode, e.conditions)

        def parties(e: Event) -> tuple:
            return tuple(r.id for r in e.actor), tuple(r.id for r in e.recipient)

        def toll(e: Event) -> bool:
            token = self._tokens.get(e.id)
            return e.type == "ASSAULT" and token is not None and token.lemma_.lower() in self.lexicon.tolls

        def listed_together(ta: Token | None, tb: Token | None, a: Event, b: Event) -> bool:
            # nouns of one measure listed together, one naming no one ("an asset freeze and EU travel ban")
            return ta is not None and tb is not None and ta.pos_ == tb.pos_ == "NOUN" and \
                (tb in ta.conjuncts or ta in tb.conjuncts) and (not a.actor or not b.actor) and \
                (not a.recipient or not b.recipient or parties(a)[1] == parties(b)[1])

        def apart(a: Event, b: Event) -> bool:
            if a.location and b.location and a.location != b.location:
                return True
            if toll(a) != toll(b):  # what an attack cost, by no one else ("began its attack last week ... civilians
                cost, act = (a, b) if toll(a) else (b, a)  # killed": undated, the toll is the attack's)
                return bool(cost.actor and act.actor) and parties(cost)[0] != parties(act)[0] or \
                    cost.date is not None and cost.date != act.date
            ta, tb = self._tokens.get(a.id), self._tokens.get(b.id)
            together = listed_together(ta, tb, a, b)
            if a.date != b.date and not (together and (a.date is None or b.date is None)):
                return True
            if parties(a) != parties(b) and not any(_result_participle(t) and not any(parties(e))
                                                    for t, e in ((ta, a), (tb, b))) and not together:
                return True  # (a result told by a participle naming no party is the act: "..., killing 20 and
                # wounding 100")
            if _result_participle(ta) and _result_participle(tb):
                return False  # ("killing at least 20 and wounding 100": the results of one act, each its own object)
            return ta is not None and tb is not None and _in_sequence(ta, tb) and \
                all(any(_own_complement(c) for c in t.children) for t in (ta, tb))

        groups: dict[tuple, list[Event]] = {}
        for event in events:
            groups.setdefault(key(event), []).append(event)
        kept: dict[int, Event] = {}  # id() of each kept event -> the event with any place its twin gave it
        for group in groups.values():
            chosen: list[Event] = []
            for event in sorted(group, key=_weight, reverse=True):
                twin = next((other for other in chosen if not apart(event, kept[id(other)])), None)
                if twin is None:
                    chosen.append(event)
                    kept[id(event)] = event
                elif toll(kept[id(twin)]) and not toll(event):  # the act stays, with the sides its toll names
                    cost = kept[id(twin)]
                    kept[id(twin)] = replace(event, actor=event.actor or cost.actor,
                                             recipient=event.recipient or cost.recipient,
                                             location=event.location or cost.location,
                                             confidence=max(event.confidence, cost.confidence))
                else:  # (with the place or day the other names where it names none)
                    told = kept[id(twin)]
                    kept[id(twin)] = replace(told, location=told.location or event.location,
                                             date=told.date or event.date,
                                             date_precision=told.date_precision if told.date else event.date_precision)
        return [kept[id(e)] for e in events if id(e) in kept]

    def _acts_told_inside(self, events: list[Event]) -> list[Event]:
        """One event for an act told inside another of its type as its content or its result: a threat and the act
        it threatens ("threatened to withhold aid unless ...", "warned Putin that he'd bomb Moscow if ...", "issued
        a threat that he would resort to using nuclear weapons"), an act and what a participle says it did ("agreed
        to block most oil imports from Russia, cutting off a key income source for Putin"), a noun and the participle
        that names its act ("sanctions imposed on Usmanov"), an agreement and the commitment it makes ("agreed to
        grant Ukraine $45 billion"). The outer one (for a noun, its participle) stays, with the recipient and
        conditions the inner one names where it names none."""
        def threat_word(token: Token) -> bool:
            return self.lexicon.names_event(token, _THREATS)

        def inside(inner: Event, outer: Event) -> bool:
            ti, to = self._tokens.get(inner.id), self._tokens.get(outer.id)
            if inner.type != outer.type or ti is None or to is None or _other_sides(outer.actor, inner.actor):
                return False
            if inner.type == "THREATEN" and threat_word(to) and not threat_word(ti):
                return inner.status in {"intended", "conditional"} and ti in to.subtree
            if inner.type == "AGREE" and inner.status == "intended" and ti.i != to.i and \
                    self.lexicon.names_event(to, _AGREEING):
                # an act agreed to is the agreement ("lawmakers agreed to grant Ukraine $45 billion", "agreed to allow
                # the topic"), no second commitment
                return any(t.i == to.i for t in clause_chain(ti)[1:])
            # (and a measure named with the participle of its act, "sanctions imposed on Usmanov could be suspended":
            # the participle tells the act)
            # (what is said while saying something is another saying: "slammed the accusation, claiming ...")
            return inner.type not in _SPEECH_ACTS and _result_participle(ti) and ti.head.i == to.i or \
                to.dep_ == "acl" and to.tag_ == "VBN" and to.head.i == ti.i

        def fold(outer: Event, inner: Event) -> Event:
            return replace(outer, recipient=outer.recipient or inner.recipient,
                           conditions=outer.conditions or inner.conditions)

        return _fold(events, inside, fold)

    def _talks_told_once(self, events: list[Event]) -> list[Event]:
        """A trip and the talk it is made for are one consultation ("will travel to Belgium to meet NATO allies",
        "will visit Washington, making his first trip"): the reading that names more sides stays (the talk on a
        tie: its counterpart is a party, the trip's a place), with the other's sides, place and mode where it gives
        none. A state visited and its own leaders met are two ("will visit Russia and Ukraine to meet Putin and
        Zelenskyy", as the annotated articles code it)."""
        def inside(inner: Event, outer: Event) -> bool:
            ti, to = self._tokens.get(inner.id), self._tokens.get(outer.id)
            return inner.type == outer.type == "CONSULT" and ti is not None and to is not None and \
                bool(inner.evidence and outer.evidence) and outer.status == inner.status and \
                outer.evidence[0].start == inner.evidence[0].start and _purpose_of(ti, to) and \
                not _other_sides(outer.actor, inner.actor) and \
                not any(allied(a, b) for a in outer.recipient for b in inner.recipient)

        def fold(trip: Event, inner: Event) -> Event:
            keep, other = (trip, inner) if _weight(trip)[0] > _weight(inner)[0] else (inner, trip)
            return replace(keep, actor=keep.actor or other.actor, recipient=keep.recipient or other.recipient,
                           location=keep.location or other.location, mode=keep.mode or other.mode,
                           confidence=max(keep.confidence, other.confidence))

        return _fold(events, inside, fold)

    def _place_target(self, roles: Roles, event: Event) -> Event:
        """A use of force that names no target is aimed at the state where it takes place, if not the actor's own
        ("heavy fighting in Sievierodonetsk": Ukraine), and a visit with no host named is to that state ("arrived
        in Ankara": Turkey); read after the event is judged worth reporting, so that a target read off the place
        never makes it one."""
        targets = self.lexicon.place_targets
        targeted = event.type in targets or f"{event.type}:{event.mode}" in targets
        if event.recipient or not targeted or event.location is None:
            return event
        return replace(event, recipient=tuple(roles.state_attacked(event.location, list(event.actor))))

    def _own_talk(self, ctx: DocContext, roles: Roles, events: list[Event]) -> list[Event]:
        """The document's own consultation (consultation.py); an official readout reports its talk in its lead
        even when no talk word names it ("The President of Russia informed ..."): that sentence is the talk."""
        principals, issued = roles.principals(), roles.issuer is not None
        events, main = consolidate(ctx, events, principals, issued, self._background, self._cued, self._tokens,
                                   self.lexicon)
        root = lead(ctx, principals, self.lexicon) if issued and len(principals) >= 2 else None
        if root is None or (main is not None and main.evidence[0].start <= root.sent.start_char):
            return events
        talk = self._event(ctx, roles, root.sent, Candidate(root, "CONSULT", root.i + 1, 1.0), None, lead=True)
        talk = replace(talk, actor=tuple(principals[:1]), recipient=tuple(principals[1:2]))
        if root.lemma_.lower() in self.lexicon.cues["intent_lemmas"] and talk.status == "occurred":
            talk = replace(talk, status="intended")
        if any(e.id == talk.id for e in events):
            return events
        events = sorted([*events, talk], key=lambda e: e.evidence[0].start)
        return consolidate(ctx, events, principals, issued, self._background, self._cued, self._tokens,
                           self.lexicon)[0]

    def _candidates(self, sent: Span) -> list[Candidate]:
        """The sentence's events: the model's best one first, then other confident triggers, one per type."""
        if _addresses_the_reader(sent):
            return []
        triggers = self.lexicon.triggers(sent)
        feats = sentence_features(sent, self.lexicon, triggers)
        quad = self.model.quad.proba(feats)
        types = self.model.type.proba(feats)
        best_quad = max(quad, key=quad.get)
        excluded = [self.lexicon.excluded(t) for t in triggers]  # a word read in another sense
        readings = [t for t, out in zip(triggers, excluded, strict=True) if not out]
        kept_words = {t.i for t in readings}
        verbs = {t.i: t.type for t, out in zip(triggers, excluded, strict=True) if t.token.pos_ == "VERB" and not out}
        depth = {t.i: _depth(t, sent) for t in triggers}
        judged = {(t.i, t.type) for t in triggers if _judged(t, self.lexicon)}
        # the act a party joins is its act too, whatever the model weighs ("joined the chorus of condemnation")
        joined = {act.i for t in triggers if (act := self.lexicon.joined_act(t.token)) is not None}
        ranked = sorted((t for t, out_of_sense in zip(triggers, excluded, strict=True)
                         if t.token.dep_ not in _NOT_PREDICATE and not out_of_sense and
                         (self._reported_act(t.token) or (t.i, t.type) in judged or t.i in joined)
                         and not self.lexicon.titles_someone(t)
                         and not (self.lexicon.quad[t.type] in {1, 3} and _object_of_act(t, verbs))),
                        key=lambda t: (depth[t.i], t.i))
        out: list[Candidate] = []
        top = depth[ranked[0].i] if ranked else 0
        # the definite phrase at the top, or its object or passive subject ("received a call from Macron": the call
        # names the event; "sweeping sanctions have been imposed": the sanctions)
        definite = [t for t in ranked if (t.definite or self._asks_to(t)) and
                    (depth[t.i] == top or t.token.dep_ in {"dobj", "nsubjpass"} and depth[t.i] == top + 1)]
        if definite:  # "imposed sanctions", "called Macron": the phrase names the type, whatever the class
            best = self._request_over(definite[0], ranked)
            out.append(Candidate(best.token, best.type, best.end,
                                 max(quad[str(self.lexicon.quad[best.type])], 1.0 - quad["0"], DEFINITE_CONFIDENCE)))
        elif best_quad != "0":
            # no word of the model's class: a word of another class the model finds about as likely names the
            # event better than a guess at the class ("has imposed sanctions" read as verbal conflict)
            pool = [t for t in ranked if str(self.lexicon.quad[t.type]) == best_quad] or \
                [t for t in ranked if quad[str(self.lexicon.quad[t.type])] >= OTHER_QUAD_SHARE * quad[best_quad]]
            if pool:
                best = max(pool, key=lambda t: quad[str(self.lexicon.quad[t.type])] * types.get(t.type, 0.0)
                           / (1 + depth[t.i]))
                best = self._request_over(best, ranked)
                out.append(Candidate(best.token, best.type, best.end, quad[best_quad]))
            elif quad[best_quad] >= MIN_UNTRIGGERED_PROBA and not any(
                    out and str(self.lexicon.quad[t.type]) == best_quad and t.i not in kept_words
                    for t, out in zip(triggers, excluded, strict=True)):
                # (a word of the class read in another sense, "conditions need to be met", is no event either; a word
                # with another reading kept, "air strikes" read as attacks rather than stoppages, says nothing)
                event_type = max((t for t in types if str(self.lexicon.quad[t]) == best_quad), key=types.get)
                # (a word of the guessed type that is the subject of the guessed verb is the guess's word: "Russia's
                # invasion of Ukraine has united the West" is the invasion, not an attack by "united")
                head = self._reported(sent.root)
                head = next((t.token for t in readings if t.type == event_type and t.token.head.i == head.i and
                             t.token.dep_ in {"nsubj", "nsubjpass"} and _told_with_party(t.token)), head)
                # (never a reading the lexicon ruled out for the word: "Hungary blocked the EU's joint statement" is
                # the rejection its object makes it, not the protest a blocked road is)
                # (nor an accusation guessed for a copula: a verdict names itself with a word of blame, _quoted_verdict,
                # or an adversary, "has been an arch-critic of the Kremlin"; "NATO has never been more united than it is
                # today" states a fact: in the cross-fitted dump such guesses were right 2 times of 11, other types'
                # 9 of 20)
                stated = event_type == "ACCUSE" and head.lemma_ == "be" and not any(
                    c.dep_ == "attr" and any(c.lemma_.lower().endswith(a) for a in self.lexicon.adversaries)
                    for c in head.children)
                # (nor a guess for a verb of aspect whose infinitive a word names: "the UK would continue to provide
                # Ukraine with support" is the aid, not a guessed support; "decided to ease restrictions" is guessed)
                named = head.lemma_.lower() in _ASPECTUAL and \
                    any(t.token.dep_ == "xcomp" and t.token.head.i == head.i for t in ranked)
                # (nor a guess for a head the parser made of a dash or a contraction: "WASHINGTON ― President Joe
                # Biden ...", "It's very hard to say": no word of an act; nor for a word whose own reading is certain,
                # a definite phrase or a talk with a named party: "she also met Father Piotr Potyrala ..., which
                # received donations" is a meeting, no aid; "lifted sanctions" may still be guessed a retreat)
                certain = any(t.i == head.i and (t.definite or t.type == "CONSULT" and (
                    self.lexicon.talks_with(head) or _named_object(head))) for t in readings)
                if head.is_alpha and not certain and \
                        head.lemma_.lower() not in self.lexicon.cues["light_lemmas"] and \
                        not _unrealised(head) and not stated and not named and \
                        event_type not in self.lexicon.worded_types and not any(
                            out and t.i == head.i and t.type == event_type
                            for t, out in zip(triggers, excluded, strict=True)):
                    out.append(Candidate(head, event_type, head.i + 1, quad[best_quad], triggered=False))
        for trig in ranked:
            # a talk's topic verb serving another talk is that talk ("called Kuleba to discuss ...")
            topical = trig.type == "CONSULT" and trig.token.lemma_.lower() in self.lexicon.topic_verbs
            if any(c.token.i == trig.i or (c.type == trig.type and _same_clause(c.token, trig.token, topical) and
                                           not self._visit_and_meeting(c.token, trig.token) and
                                           not _in_sequence(c.token, trig.token)) for c in out):
                continue
            q = quad[str(self.lexicon.quad[trig.type])]
            # the act a judgement is about, and a request naming who is asked to do what, are events whatever the
            # model says ("accused Russia of shelling the plant": the shelling, Russia's, besides the accusation,
            # which the model reads as the sentence's class; "phoned Putin and urged him to withdraw his troops")
            # (and a measure a done decision names: "has agreed to an embargo on Russian oil")
            decided = trig.type in _DECIDED and trig.token.dep_ == "pobj" and \
                self._decider(clause_chain(trig.token)) is not None
            structural = (trig.i, trig.type) in judged or self._asks_to(trig) or trig.i in joined or decided
            # (aid only as a passive's, "rockets supplied by the US": "sent his sympathy" is no aid)
            # (or materiel given to a named party: "thousands of weapons donated to Ukraine")
            in_passing = trig.type in _MISDEEDS and (_done_by_named(trig.token) or _done_to_named(trig.token)) or \
                trig.type == "AID" and \
                (any(named_party(a) for a in agents_of(trig.token)) and not self._given_word(trig.token) or
                 trig.token.pos_ == "VERB" and any(named_party(g) for g in given_to(trig.token)) and
                 self.lexicon.materiel_given(trig.token))
            talk = trig.type == "CONSULT" and self.lexicon.talks_with(trig.token)
            if q < self.min_quad_proba and not self._conditions(trig.token) and not structural and \
                    not _between_named(trig.token) and not in_passing and not trig.definite and not talk:
                continue  # an offer under conditions is an event whatever the model says (see _reportable), and so
                # is a definite phrase anywhere in the sentence ("warned of consequences after summoning the UK's
                # ambassador")
            if self._better_reading(trig, readings, quad, types):
                continue
            # (the talk a request is made in frames it, no content: "told Macron in a phone call that ...")
            framing = frames(trig.token)
            if not structural and not framing and self._asked(trig.token, out):
                continue  # "urged the West to supply rockets": the request is the event, the act asked its content
            confidence = q * math.sqrt(types.get(trig.type, 0.0))
            if self._addressed(trig.token) or structural or framing and trig.type == "CONSULT" or talk:
                # (a talk framing what is said in it happened: "told Macron in a phone call that ..."; a talk with a
                # named counterpart is one: "spoke with Putin")
                confidence = max(confidence, DEFINITE_CONFIDENCE)
            elif in_passing or trig.definite:
                # force a named party used, told in passing ("since Russia invaded in February"): the sentence model
                # weighs the sentence's own news, not the background; the verb and its subject are the evidence (so
                # is a definite phrase: "saying evidence points to Russia committing genocide")
                confidence = max(confidence, MIN_CONFIDENCE)
            out.append(Candidate(trig.token, trig.type, trig.end, confidence))
        return out

    def _asked(self, token: Token, candidates: list[Candidate]) -> bool:
        """Whether the word tells what a request among the candidates asks for (the clause below a REQUEST word;
        a clause in the subjunctive is asked by the verb above it: "suggested that Ukraine negotiate"), up to a verb
        of saying: what a speaker says while asking is not the content of the request ("called on leaders to act,
        saying evidence points to Russia committing genocide"); a chance given leaves the act the receiver's ("gave
        Trump opportunities to condemn Putin")."""
        chain = clause_chain(token)
        if chain[-1].dep_ == "conj" and chain[-1].head.pos_ == "VERB" and has_to(chain[-1]):
            chain += clause_chain(chain[-1].head)  # an infinitive joined to one asked is asked ("urge Biden to explore
            # prospects ... and to seek a negotiated settlement")
        speaking = self.lexicon.cues["speech_lemmas"]
        speech = next((k for k, t in enumerate(chain) if k and t.lemma_.lower() in speaking), len(chain))
        top = chain[-1]  # (what one wants another to do is asked too: "wants the West to send more tanks"; an
        # invitation to talk offers the talk, "invited the West to negotiate ... if two conditions are met")
        wanted = top.dep_ in {"ccomp", "xcomp"} and has_to(top) and top.head.lemma_.lower() in self.lexicon.wanting
        askers = {t.i for t in chain[1:speech]} | \
            ({top.head.i} if speech == len(chain) and (self.lexicon.asked_clause(top) or wanted) else set())
        return any(c.type == "REQUEST" and c.token.i in askers and c.token.lemma_.lower() not in
                   self.lexicon.chance_verbs for c in candidates)

    def _given_word(self, verb: Token) -> bool:
        """What a verb of giving is said to give names an act of another kind, not a thing given: "the most recent
        trade offer sent by the Chinese", "a message delivered by the envoy" (weapons, aid and money are things)."""
        given = [verb.head] if verb.dep_ in {"acl", "relcl"} else \
            [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        return any(self.lexicon.names_event(g) and not self.lexicon.names_event(g, _THINGS_GIVEN) for g in given)

    def _forecast(self, trigger: Token, chain: list[Token]) -> bool:
        """An act no one is named doing, which someone believes, expects or fears will happen: a forecast, not a
        threat by the one who believes it ("he believed the attack would focus on Kyiv")."""
        head = chain[-1]
        return trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and \
            not any(c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ for c in trigger.children) and \
            head.dep_ == "ccomp" and head.head.lemma_.lower() in self.lexicon.opinions

    def _visit_and_meeting(self, a: Token, b: Token) -> bool:
        """A visit and a meeting told by verbs of one clause are two talks, one with the place and one with the
        person ("visited the town before meeting Ukrainian President Volodymyr Zelenskiy"; a topic verb serves the
        visit: "travelled to Moscow to discuss their release" is one talk)."""
        modes = [self.lexicon.modes.get(t.lemma_.lower()) for t in (a, b)]
        return "visit" in modes and None in modes and a.pos_ == b.pos_ == "VERB" and \
            not any(t.lemma_.lower() in self.lexicon.topic_verbs for t in (a, b))

    def _reported_demands(self, roles: Roles, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """ "Carlson suggested that Zelenskyy should be audited", "'Ukraine must guarantee ...,' Putin told", "Kallas
        said the EU needed to start discussing sanctions", "'Russia needs to stop being a threat,' he wrote": a named
        party that "should", "must" or "needs to" do something, as a speech verb or a quotation reports it, is a
        demand made of it even when no word of the lexicon names the act (``Roles.demands`` checks that the speaker
        demands it of another; "should not test NATO" warns rather than asks, and "politics should influence policy"
        asks no party); so is a quoted order (``_order``)."""
        taken = {c.token.i for c in cands}
        return [Candidate(head, "REQUEST", head.i + 1, DEFINITE_CONFIDENCE, triggered=False) for head in sent
                if head.i not in taken and (self._demanded(roles, head) or self._order(roles, head))]

    def _demanded(self, roles: Roles, head: Token) -> bool:
        """The act a named party ought to do, in a clause a speech verb or a quotation reports
        (``_reported_demands``)."""
        clause = _ought(head)
        return clause is not None and \
            (self.lexicon.said_clause(clause) or
             clause.dep_ == "ROOT" and roles.has_quote_speaker(clause)) and \
            not any(c.dep_ == "neg" for c in (*head.children, *clause.children)) and \
            any(c.dep_ in {"nsubj", "nsubjpass"} and named_party(c) for c in clause.children) and \
            roles.demands(clause_chain(head))

    def _order(self, roles: Roles, verb: Token) -> bool:
        """ "'Get her out tomorrow,' Trump told aides", "'Send a multinational force,' he wrote": a quoted imperative
        (``Roles.ordered``), save the rhetorical ones that ask no one anything ("Look, ...", "Let me be clear") and
        an order not to act, which the act it forbids codes."""
        return verb.tag_ == "VB" and verb.lemma_.lower() not in self.lexicon.cues["rhetorical_imperatives"] and \
            not any(c.dep_ == "neg" for c in verb.children) and roles.ordered(verb) is not None and \
            not verb.sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?") and \
            all(t.is_punct or t.is_space for t in verb.doc[_opening(verb.sent, verb.left_edge.i):verb.left_edge.i])

    def _addressed(self, token: Token) -> bool:
        """An event noun with its counterpart spelled out ("the call to the UN High Commissioner", "an appeal to
        Washington", "talks with Kyiv") names the event it reports, however the sentence model reads the rest."""
        parties = self.lexicon.call_objects
        return token.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ in {"to", "with", "between"} and
            any(g.dep_ == "pobj" and any(t.ent_type_ in parties for t in g.subtree) for g in c.children)
            for c in token.children)

    def _quoted_blame(self, ctx: DocContext, token: Token) -> bool:
        """A word of blame inside a quotation with a speaker ("'Russian television issues absolute nonsense,' Yermak
        continued"): the speaker blames, whoever the quoted clause's subject is."""
        return self.lexicon.blames(token) and \
            any(q.speaker is not None and q.start <= token.idx < q.end for q in ctx.quotes)

    def _quoted_verdict(self, ctx: DocContext, sent: Span, praise: bool = False) -> list[Candidate]:
        """A word of blame inside what a speaker is quoted or reported as saying ("Dubai has long been a safe
        place for dirty money"; "Macron said there were 'traces of barbarism'") makes the sentence the speaker's
        ACCUSE, whatever other event it reports (lexicon.yaml: blame_words); its root stands for the event, and
        the word of blame says who is blamed (``Roles.criticism``). With ``praise``, a word of praise in a sentence
        that holds none of blame ("he was a friend of mine") makes it the speaker's SUPPORT of its subject."""
        spans = [(q.start, q.end) for q in ctx.quotes
                 if q.speaker is not None and q.start < sent.end_char and q.end > sent.start_char]
        if not spans:
            return []
        quoted = [t for t in sent if any(start <= t.idx < end for start, end in spans)]
        admitting = self.lexicon.admitting
        # (the root stands for the event, unless the parser made it of a dash: "POTOMAC, Md. ― President Joe Biden
        # believes ...": its first verb)
        root = sent.root if sent.root.is_alpha else \
            next((t for t in sent if t.pos_ == "VERB" and t.is_alpha), sent.root)
        # (a word inside a condition the speaker set judges nothing: "open to talks, provided they do not prop up
        # what Moscow regards as an illegitimate regime")
        # (nor does a word of blame the speaker says of their own side: "'I was wrong,' he said")
        # (nor one in what the speaker dismisses: "Tymoshenko dismissed the suggestion that Putin was 'crazy'")
        # (nor praise in what another is said to believe: "he believes that he's superior and smarter")
        said = next((t for t in quoted if (t.lemma_.lower() in self.lexicon.praise_words and not _believed(t)
                                           if praise else self.lexicon.blames(t) and not self_blame(t, admitting)) and
                     not self._conditional(t) and not _dismissed(t)), None)
        if said is None and not praise and \
                any(self_blame(t, admitting) and t.lemma_.lower() in self.lexicon.errors for t in quoted):
            # an error the speaker owns ("'I was wrong,' he said") is a concession, as an admitted mistake is
            return [Candidate(root, "CONCEDE", root.i + 1, DEFINITE_CONFIDENCE)]
        if said is None or praise and any(self.lexicon.blames(t) for t in sent):
            return []
        return [Candidate(root, "SUPPORT" if praise else "ACCUSE", root.i + 1, DEFINITE_CONFIDENCE, blamed=said)]

    def _warned_of(self, verdict: Candidate, cands: list[Candidate]) -> bool:
        """A word of blame in what a warning says is the warning's: "Biden warned Moscow it would be making a serious
        mistake" threatens; it is no accusation besides."""
        return verdict.blamed is not None and any(
            c.type == "THREATEN" and c.token.lemma_.lower() in self.lexicon.warnings and
            c.token.is_ancestor(verdict.blamed) for c in cands)

    def _conditional(self, token: Token) -> bool:
        """Whether the token stands in a condition clause ("if ...", "provided that ...")."""
        return any(span.start <= token.i < span.end for head in token.ancestors
                   for span in conditions_of([head], self.lexicon))

    def _reported_act(self, token: Token) -> bool:
        """A noun names an event the sentence reports only as the object of a verb ("imposed sanctions", "held
        talks"), a passive subject ("a deal was signed"), a subject of a verb of occurrence ("talks took place",
        "protests erupted") or a headline's root; "casualty figures", "the grisly war of attrition", "before the
        Russian invasion" mention an event in passing, as a name for it (lexicon.yaml: noun_predicates). A noun
        with its parties spelled out ("a meeting between X and Y", "talks with Z") is an event wherever it stands."""
        if self._grounds(token):
            return False
        if token.pos_ == "ADJ":  # a verdict is an accusation as a predicate ("It's terrible", "called it absurd")
            return token.dep_ in {"ROOT", "acomp", "attr", "oprd", "ccomp", "xcomp", "conj"} or \
                token.dep_ in {"pobj", "amod"} and token.head.lower_ == "as"
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.force_nouns:
            # forces are an event only as what is moved ("ordered troops into eastern Ukraine"), not named in
            # passing ("invading Russian troops", "visited his troops", "15,000 troops have been killed")
            return token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in self.lexicon.force_movers
        if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in self.lexicon.conflicts and \
                token.dep_ in {"dobj", "attr", "nsubjpass", "oprd"}:
            return token.head.lemma_.lower() in self.lexicon.waging  # "launched the invasion", not "covered wars"
        if token.pos_ == "VERB" and token.dep_ == "acl" and has_to(token) and \
                token.head.lemma_.lower() in self.lexicon.attempts:
            return self._reported_act(token.head)  # "Trump's threat to withhold military aid led to ...": in passing
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"ROOT", "dobj", "attr", "nsubjpass", "oprd"}:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" and \
                token.head.head.lemma_.lower() in self.lexicon.quantities:
            return self._reported_act(token.head.head)  # "The bulk of the war games will be held": as the share stands
        listed = token  # (the first of a list stands for the rest: "access to top-secret exchanges with partners as
        while listed.dep_ == "conj" and listed.head.pos_ in {"NOUN", "PROPN"}:  # well as private conversations")
            listed = listed.head
        if listed.dep_ == "pobj" and (listed.head.lower_ in {"about", "over", "into"} or
                                      listed.head.lower_ in {"of", "to"} and
                                      listed.head.head.lemma_.lower() in self.lexicon.records):
            return False  # "testified about Pence's call with Zelensky", "audio of the call between X and Y", "access
            # to private conversations with her ally"
        if any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in token.children):
            return True  # "any meeting between Lavrov and Blinken": a talk whose parties are spelled out
        if token.dep_ == "conj":
            return self._reported_act(token.head) if token.head.pos_ in {"NOUN", "PROPN"} else True
        if under_force(token, self.lexicon.under_force):
            return True  # "came under attack", "is under assault by Russia": a use of force undergone
        if token.dep_ == "pobj" and token.head.lower_ == "during" and self.lexicon.names_event(token, _CONSULTING):
            return True  # "During the telephone conversation, Putin offered ...": the frame happened (not other acts:
            # "a strong wartime leader during Russia's invasion", "evidence gathered during raids" tell them in passing)
        if token.dep_ == "pobj" and token.head.lower_ in {"on", "in"} and \
                self.lexicon.modes.get(token.lemma_.lower()) == "visit":
            return True  # "said on a surprise visit to Kyiv", "in a secret visit to Kyiv, Blinken informed Zelensky"
        if frames(token) and self.lexicon.modes.get(token.lemma_.lower()) == "phone":
            return True  # "told him to be more appreciative ... in a testy phone call in June": the frame happened
        if token.dep_ == "pobj" and token.head.lower_ == "on" and token.lemma_.lower() == "strike" and \
                token.head.head.lemma_.lower() in {"go", "be", "remain", "stay"}:
            return True  # "teachers went on strike", "dockers remain on strike": a strike held
        if self.lexicon.asked_at(token):
            return True  # "at the request of Ukraine's president", "at Washington's request": asked, and done
        if token.dep_ == "pobj" and (token.head.lower_ == "by" and token.head.head.lemma_.lower() == "stand" or
                                     token.head.lower_ == "to" and token.head.head.lemma_.lower() == "stick"):
            return True  # "the Kremlin stood by its allegation that ...": a claim made again
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() == "prepare":
            return True  # "Putin's troops are preparing for the retreat": an act made ready (intended, status.py)
        if token.dep_ == "pobj" and token.head.lower_ == "with" and \
                token.head.head.lemma_.lower() in self.lexicon.responding:
            return True  # "ready to respond with overwhelming economic sanctions if an invasion occurs"
        if token.dep_ == "pobj" and token.head.lower_ in {"in", "by"} and \
                token.head.head.lemma_.lower() in self.lexicon.harmed and self.lexicon.names_event(token, _FORCE):
            return True  # "damaged in a bombing raid", "three civilians were killed in a missile strike"
        if token.dep_ == "pobj" and token.head.lower_ == "in" and (
                takes_part(token.head.head) or token.head.head.lemma_.lower() in self.lexicon.involving):
            return True  # "60 aircraft will take part in the exercises", "troops were involved in a drone attack"
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.lemma_.lower() in self.lexicon.measures and \
                token.head.head.lemma_.lower() in self.lexicon.cues["decisions"]:
            return True  # "the EU has agreed to an embargo on Russian oil imports": the measure decided (_decider)
        if token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} and token.head.head.pos_ == "ADJ" and \
                token.head.head.lemma_.lower() in self.lexicon.cues["intent_lemmas"]:
            return True  # "Russia remains open to negotiations", "ready for talks": an intention to hold them
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _UNDER_WAY and \
                token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "in" and \
                token.head.head.head.head.lemma_ in {"be", "remain"}:
            return True  # "Putin's forces are in the midst of a 'managed withdrawal'": an act under way
        if token.dep_ not in {"nsubj", "expl"}:
            return False
        if token.dep_ == "nsubj" and token.lemma_.lower() in self.lexicon.measures:
            return True  # "sanctions will impact 75% of Russian oil imports": a measure in force
        verbs = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp" and token.head.lemma_ == "be")]
        if token.head.lemma_ == "be" and self.lexicon.names_event(token, _FORCE) and any(
                c.dep_ == "prep" and c.lower_ in {"in", "at", "near", "around"} and
                any(p.ent_type_ in {"GPE", "LOC", "FAC"} for p in c.children) for c in token.head.children):
            return True  # "The fiercest fighting is in Sievierodonetsk": force said to be somewhere is under way
        return any(v.lemma_.lower() in self.lexicon.noun_predicates for v in verbs)  # "the talks are to cover"

    def _grounds(self, token: Token) -> bool:
        """What a coercion or an accusation is for, or what its targets were doing ("sentenced to death for fighting
        against Russian forces", "detained while fighting in Mariupol", "accused of spying"): the grounds told
        with it, not an event of their own."""
        if token.tag_ != "VBG":
            return False
        if token.dep_ == "pcomp" and token.head.lower_ in {"for", "of"}:
            governor = token.head.head
        elif token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in token.children):
            governor = token.head
        else:
            return False
        return self.lexicon.names_event(governor, _GROUNDED)

    def _asks_to(self, trig: Trigger) -> bool:
        """ "urged the Senate to call witnesses", "pressed Biden to get involved": a request verb with the party
        asked and what it is asked to do is a REQUEST, whatever the sentence model's class."""
        tok = trig.token
        if trig.type != "REQUEST" or tok.pos_ != "VERB":
            return False
        if tok.lemma_.lower() in self.lexicon.cues["request_lemmas"]:
            return any(c.dep_ in {"dobj", "dative"} for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children)
        # "called on the West to supply rocket launchers": a call phrase whose party is asked to do something
        return trig.end == tok.i + 2 and tok.lemma_.lower() == "call" and any(
            t.tag_ == "VB" and t.i > tok.i and has_to(t) for t in tok.subtree)

    def _request_over(self, trig: Trigger, ranked: list[Trigger]) -> Trigger:
        """The request a trigger is the content of ("urged Moscow to agree to a ceasefire" reports a REQUEST,
        not an agreement): the request verb governing the trigger's clause, when the lexicon names it."""
        chain = clause_chain(trig.token)
        governors = {t.i for t in (*chain[1:], *_governing_clauses(chain[-1])[:1])
                     if t.lemma_.lower() in self.lexicon.cues["request_lemmas"]}
        return next((t for t in ranked if t.i in governors and t.type == "REQUEST"), trig)

    def _reported(self, root: Token) -> Token:
        """The predicate a speech verb reports ("Lavrov emphasized that Russia remains open" -> remains):
        the word that names an event no trigger named."""
        for _ in range(3):
            if root.lemma_.lower() in self.lexicon.cues["accusation_lemmas"]:
                # "Zelensky accused Russia of trying to blow up a dam": the act Russia is accused of
                act = next((p for c in root.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                            for p in c.children if p.dep_ == "pcomp"), None)
                return act if act is not None else root
            if root.lemma_.lower() not in self.lexicon.cues["speech_lemmas"]:
                break
            complement = next((c for c in root.children if c.dep_ == "ccomp"), None)
            if complement is None:
                break
            root = complement
        return root

    def _better_reading(self, trig: Trigger, triggers: list[Trigger], quad: dict[str, float],
                        types: dict[str, float]) -> bool:
        """A word listed under several types ("strike", "call") is coded once, as its most likely type."""
        def score(t: Trigger) -> float:
            return quad[str(self.lexicon.quad[t.type])] * types.get(t.type, 1e-3)
        return any(o.i == trig.i and o.type != trig.type and score(o) > score(trig) for o in triggers)

    def _decider(self, chain: list[Token]) -> Token | None:
        """The decision verb, itself done, that decided the trigger ("agreed to ban", "voted to impose", "agreed to an
        embargo"; not "will agree to ban", "did not agree to")."""
        if len(chain) < 2:
            return None
        # ("new sanctions were announced on Monday", "announced sanctions": a measure announced is made; so is one
        # agreed or adopted, "EU leaders agreed an embargo on Russian oil", with a measure read as the subject of
        # its participle, "the embargo agreed at the summit", since a measure decides nothing)
        # ("agreed to an embargo": the verb above "to")
        verb = chain[2] if chain[0].dep_ == "pobj" and chain[1].lower_ == "to" and len(chain) > 2 else chain[1]
        announced = chain[0].pos_ == "NOUN" and chain[0].dep_ in {"nsubjpass", "dobj", "nsubj", "pobj"} and \
            chain[0].lemma_.lower() in self.lexicon.measures and \
            (verb.lemma_.lower() in _ANNOUNCING or verb.lemma_.lower() in self.lexicon.cues["decisions"])
        decided = chain[0].dep_ == "xcomp" and chain[0].head.i == chain[1].i and \
            chain[1].lemma_.lower() in self.lexicon.cues["decisions"]
        above = chain[chain.index(verb):]
        done = (announced or decided) and status_of(above, self._conditions(verb), self.lexicon) == "occurred"
        return verb if done else None

    def _refused(self, chain: list[Token], event_type: str) -> bool:
        """An act its party says it will not do ("will not release", "won't accept", "would never give up"), or an
        agreement it failed to reach."""
        future = self.lexicon.cues["future_aux"]
        return any(any(c.dep_ == "neg" for c in t.children) and
                   any(c.dep_ == "aux" and c.lower_ in future for c in t.children) for t in chain) or \
            event_type == "AGREE" and any(t.lemma_.lower() == "fail" for t in chain)

    def _states_a_fact(self, verb: Token) -> bool:
        """A warning whose clause says what is or was, with no modal, no condition and no harm to come ("Energy supplies
        are at critical lows, Kyiv warned", "warned there were no signs Moscow is prepared to end the war"): an alarm
        raised, not a threat (against "warned Moscow it would be making a serious mistake", "warned the move risked
        escalation", "warned that Russia now faces default")."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
        if not clauses and verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
            clauses = [verb.head]  # "Energy supplies are at critical lows, Kyiv warned"
        if not clauses or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return False  # "warned Moscow it would ...": a warning addressed to someone
        for clause in clauses:
            if clause.lemma_.lower() in self.lexicon.punishments:
                return False  # "warned Russia now faces default"
            # the clause's own words, not those of clauses nested in it ("operations where the Kremlin puts out
            # information about the specter of a threat") nor the warning's own
            words, todo = [], [clause]
            while todo:
                tok = todo.pop()
                words.append(tok)
                todo += [c for c in tok.children if c.i != verb.i and c.dep_ not in {"relcl", "acl", "advcl"}]
            if any(t.tag_ == "MD" or t.lemma_.lower() in self.lexicon.cues["future_aux"] or
                   t.lemma_.lower() in _HARM_TO_COME or t.lemma_.lower() in self.lexicon.cues["intent_lemmas"] or
                   t.dep_ == "mark" and t.lower_ in {"if", "unless"} for t in words):
                return False
        return True

    def _conditions(self, token: Token) -> list[Span]:
        """The condition clauses on the trigger's clause or on the clauses it depends on."""
        chain = clause_chain(token)
        return conditions_of([*chain, *_governing_clauses(chain[-1])], self.lexicon)

    def _event(self, ctx: DocContext, roles: Roles, sent: Span, cand: Candidate,
               listed: list[str] | None, lead: bool = False) -> Event:
        chain = clause_chain(cand.token)
        condition_spans = self._conditions(cand.token)
        inside = self._inside_condition(chain[-1]) or any(provided_clause(t) for t in chain[1:])
        status = "hypothetical" if inside else status_of(chain, condition_spans, self.lexicon)
        if status == "occurred" and cand.type == "CONSULT" and agenda_ahead(sent):
            status = "intended"
        if status == "occurred" and _asks_the_reader(sent):
            status = "hypothetical"  # "Might some countries refuse to lift sanctions?": raised, not reported
        if status == "occurred" and _ever_asked(chain, sent):
            status = "denied"  # "Has Putin ever called me a racist?": he never has, the speaker says
        if status == "occurred" and not cand.triggered and cand.type != "REJECT" and \
                phrasal_lemmas(cand.token) & self.lexicon.cues["denial_lemmas"]:
            status = "denied"  # the model's guess read off a verb of denial: "officials have ruled out a meeting"
        if status == "intended" and cand.type in _DECIDED and (decider := self._decider(chain)) is not None:
            status = "occurred"  # "the EU agreed to ban Russian oil": the ban is decided, a sanction made
            self._deciders.add(decider.i)
        during = cand.token.dep_ == "pobj" and cand.token.head.lower_ == "during"
        if during and status == "intended" or \
                cand.type == "CONSULT" and status in {"intended", "hypothetical"} and frames(cand.token):
            # "during the conversation, X offered ...", "In a phone call with Scholz, Zelensky asked for air defence":
            # the frame happened, whatever is offered or asked in it
            verb = cand.token.head.head
            if not any(c.dep_ == "aux" and c.lower_ in self.lexicon.cues["future_aux"] for c in verb.children):
                status = "occurred"
        conditions = [s.text for s in condition_spans]
        counts_conditions = any(t.lemma_.lower().startswith("condition") for s in condition_spans for t in s) or \
            any(c.lemma_.lower().startswith("condition") for t in chain for c in t.subtree)
        if listed and counts_conditions and status in {"conditional", "intended"}:
            conditions = [c for c in conditions if "condition" not in c.lower()] + listed
            status = "conditional"
        # another side's forecast or claim of a use of force is no threat by its agent: "Biden is convinced Russia
        # would invade" is a hypothetical attack; "Shoigu claimed Ukraine is preparing to use a dirty bomb" an
        # attack Ukraine intends, by Shoigu's account
        # (a weapon named as what a verb uses is that verb's act: "Ukraine is preparing to use a dirty bomb")
        told_by_other = status == "intended" and cand.type in _FORCE and \
            (cand.token.pos_ == "VERB" or cand.token.pos_ == "NOUN" and cand.token.dep_ == "dobj") and \
            not any(t.lemma_.lower() in _COMMITMENTS for t in chain) and roles.reported_by_other_side(cand.token, chain)
        if told_by_other and not any(t.lemma_.lower() in self.lexicon.cues["intent_lemmas"] for t in chain):
            status = "hypothetical"
        elif status == "intended" and cand.type in _FORCE and self._forecast(cand.token, chain):
            status = "hypothetical"  # "Biden believed the attack would focus on Kyiv" (no intent left to convert)
        elif status in {"intended", "conditional"} and cand.type in _FORCE and _asked_outright(chain):
            status = "hypothetical"  # "Why would Russia attack NATO?", "If you want to capture the city, why destroy
            # it?": a use of force asked about is no intent, no threat
        if cand.type in {"COERCE", "MOBILIZE"} and self.lexicon.takes_by_force(cand.token):
            cand = replace(cand, type="ASSAULT")  # "Putin annexed four regions", "seized quarters of the city"
        # "Griner would be detained until May 19", a court announced: a detention decided, no threat by anyone
        # (a passive attack a speaker warns of stays a threat: "Putin warned more targets would be struck")
        undergone = cand.type == "COERCE" and any(c.dep_ == "auxpass" for c in cand.token.children)
        # (an exercise planned shows readiness, no threat: "NATO is set to start military drills")
        exercise = cand.type == "MOBILIZE" and self.lexicon.exercising(cand.token)
        # (a measure announced for later is that measure, to come, as PLOVER's and the articles' coders code it: "Italy
        # announced a suspension of air links", "the EU will ban two outlets"; one threatened or set on a condition
        # is a threat: "threatened to impose sanctions", "will cut aid unless ...")
        announced = cand.type == "SANCTION" and status == "intended" and \
            not any(self.lexicon.names_event(t, _THREATS) for t in chain[1:])
        # (nor is an act made ready a commitment or a threat: "the troops are preparing for the retreat")
        readied = cand.token.dep_ == "pobj" and cand.token.head.lower_ == "for" and \
            cand.token.head.head.lemma_.lower() == "prepare"
        aid = cand.type == "AID"  # (before a pledge of aid is coded as PLOVER codes it, an AGREE)
        intent = self.lexicon.intent_types.get(cand.type)
        if intent is not None and status in intent[1] and not told_by_other and not undergone and not exercise and \
                not announced and not readied:
            cand = replace(cand, type=intent[0])  # "will provide aid": a commitment, coded as PLOVER codes it
        if cand.type == "ACCUSE" and (said := verdict(cand.token)) is not None and \
                self.lexicon.praises(said):
            cand = replace(cand, type="SUPPORT")  # "described the plan as reasonable", "as great news": praise
        if cand.type == "AGREE" and self.lexicon.endorses_a_view(cand.token):
            cand = replace(cand, type="SUPPORT")  # "agreed with Carlson that ...": a view endorsed, no agreement
        if cand.type == "ASSAULT" and under_force(cand.token, self.lexicon.under_force) and \
                any(t.ent_type_ == "PERSON" for t in undergoers(cand.token)) and not self.lexicon.armed(cand.token):
            cand = replace(cand, type="ACCUSE")  # "Richard Engel came under fire", "under attack from Republicans"
        if cand.type == "ASSAULT" and cand.token.pos_ == "VERB" and \
                cand.token.lemma_.lower() in self.lexicon.verbal_at_persons and roles.person_object(cand.token):
            cand = replace(cand, type="ACCUSE")  # "Cawthorn attacking Zelenskyy": words
        if cand.type != "REQUEST" and roles.demands(chain):
            cand = replace(cand, type="REQUEST")  # "Browder said Dubai should be blacklisted": his demand
            if status == "hypothetical" and any(time_to(t) for t in chain):
                status = "occurred"  # ("said it was time to impose sanctions": the act is not done, the demand is)
        elif cand.type != "REQUEST" and status == "occurred" and _obliged(chain) and cand.token.dep_ != "nsubj" and \
                not roles.has_quote_speaker(chain[-1]) and not any(self.lexicon.said_clause(t) for t in chain):
            # "the west must give Ukraine the military assistance it needs": the writer's view (what a measure "should"
            # do is foreseen: "by the end of the year the embargo should cover 90% of Russian oil supplies")
            status = "hypothetical"
        if cand.type == "REQUEST" and status == "denied" and roles.demands(chain):
            status = "occurred"  # "Russia must not be humiliated, Macron said": a demand that it not be, made
        told = roles.ordered(cand.token) if cand.triggered and cand.blamed is None else None
        if told is not None:
            cand = replace(cand, type="REQUEST")  # "'Stop the war now,' Zelensky told Putin": an order, no retreat
        # a reported misdeed no word of blame names ("Carlson claimed Biden was the aggressor", "'Ukraine
        # interfered in our election,' Cruz said"): the speaker is the accuser and the clause's subject the accused
        blamed = cand.blamed or (cand.token if self._passes_verdict(cand) or not cand.triggered else None)
        criticism = roles.criticism(blamed, chain[-1]) if blamed is not None and \
            (cand.type == "ACCUSE" or cand.blamed is not None) else None  # (a quoted verdict of praise too)
        if criticism is not None and cand.type == "ACCUSE" and status in {"intended", "conditional"}:
            # a verdict is passed when it is said, whatever the tense of what it says ("'The catastrophic illiteracy
            # ... will be remembered,' Zakharova said", "the travesty he orchestrated will serve as his legacy")
            status = "occurred"
        actors, recipients = criticism or roles.parties(cand.token, chain, talk=cand.type == "CONSULT",
                                                        force=cand.type in _FORCE)
        if cand.type == "CONSULT" and not recipients and frames(cand.token):
            # a talk framing an act between two parties is theirs ("Putin told Macron in a phone call that ...")
            framed = cand.token.head.head
            actors, recipients = roles.parties(framed, clause_chain(framed), talk=True)
        if told:
            recipients = told
        elif cand.type == "REQUEST" and (asked := roles.asked(self.lexicon.told(cand.token))):
            recipients = asked  # "to try and persuade Iran to end its support", "gave Trump opportunities to ..."
        unknown = not actors or cand.type == "REQUEST" and not recipients
        if unknown and (written := roles.written(cand.token)):
            # "issued a statement condemning the attack": the writer's; "sent a letter to Barr demanding answers": asked
            # of the addressee
            actors, recipients = actors or written[0], recipients or (written[1] if cand.type == "REQUEST" else [])
        if criticism is not None and not recipients and not cand.triggered:
            # no named subject: the parties the misdeed's words name ("viewed US military aid extremely negatively")
            recipients = [r for r in roles.parties(cand.token, chain)[1] if r.id not in {a.id for a in actors}]
        # (not a capture, the enemy's act in a war: "Aslin and Pinner were captured in Mariupol" by Russian forces)
        if (cand.type == "COERCE" or cand.token.lemma_.lower() in _RELEASES) and not actors and \
                cand.token.lemma_.lower() != "capture" and \
                (cand.token.lemma_.lower() in _CUSTODY_NOUNS or
                 any(c.dep_ in {"auxpass", "nsubjpass"} for c in cand.token.children) or participle_of(cand.token)) and \
                (held := roles.custody_state(cand.token)) is not None:
            # "Whelan was arrested in Moscow", "arrests in central Moscow": by the authorities of the place, not an
            # act on it; unless the sentence names who holds them ("The British nationals captured by Russian forces
            # include two aid workers who were detained at gun point at a checkpoint near Zaporizhzhia")
            holders = next((found for t in cand.token.sent if t.i != cand.token.i and t.pos_ == "VERB" and
                            t.lemma_.lower() in _HOLDING and any(c.dep_ == "agent" for c in t.children) and
                            (found := roles.parties(t, clause_chain(t))[0])), [])
            actors = list(holders) or [held]
            recipients = [r for r in recipients if all(r.id != a.id for a in actors)]
        if cand.type in {"ASSAULT", "THREATEN"} and actors:
            # no office-holder attacks or threatens their own state: "regions that Putin annexed to Russia" are taken
            # to Russia, from Ukraine; "plans to annex Russian-occupied regions" (insurgents do: "Taliban militants
            # stormed an Afghan military base")
            recipients = [r for r in recipients if not any(r.id == side_of(a) != a.id and a.role for a in actors)]
        if cand.type == "ACCUSE" and not recipients and actors and not (blamed is not None and defended_from(blamed)):
            recipients = roles.claimed_about(cand.token, actors)  # "Russia has claimed Ukraine is ...": Ukraine
        if aid and cand.type in {"AID", "AGREE"} and not recipients:
            recipients = roles.beneficiaries(cand.token, actors)  # "approved $40 billion in aid for Ukraine": Ukraine
        if cand.type == "THREATEN" and not recipients and condition_spans:
            recipients = roles.conditioned_on(condition_spans, actors)  # "would retaliate if the US ...": the US
        if cand.type == "THREATEN" and cand.token.lemma_.lower() in self.lexicon.warnings:
            if blamed_side := roles.warned_about(cand.token, actors):
                cand, recipients = replace(cand, type="ACCUSE"), blamed_side  # a warning about another side's doing
            elif self._states_a_fact(cand.token):
                cand = replace(cand, type="ACCUSE")  # "Kyiv warned energy supplies are at critical lows": no threat
        if cand.type == "REJECT" and status == "denied" and (self.lexicon.unheeded(cand.token) or not cand.triggered):
            # "didn't want to hear warnings", the model's rejection read off "will not accept": the negation is the
            # rejection's own
            status = "occurred"
        approving = cand.token.lemma_.lower() in self.lexicon.negated_verdicts
        if cand.type == "ACCUSE" and status == "denied" and (
                not self.lexicon.names_event(cand.token, _ACCUSING) or approving):
            # a blame that a negation carries is still made ("It's not just part of the fakes", "isn't buying Trump's
            # claim", "has never known such a disgrace"); only a negated word of accusing denies it ("never
            # complained about this")
            status = "occurred"
        if cand.type == "MOBILIZE" and exercise and (self.lexicon.joint(cand.token) or
                                                      len({a.country or a.id for a in actors}) > 1):
            # an exercise several states hold together is cooperation ("the Russian and US navies began a joint
            # military exercise", "French and Egyptian warships launched war games")
            cand = replace(cand, type="COOPERATE")
        if status == "denied" and cand.type in _REFUSABLE and self._refused(chain, cand.type):
            # "Israel will not release prisoners", "Hungary says it will not accept returned asylum seekers", "failed to
            # reach agreement": cooperation refused is a rejection, made (PLOVER's REJECT, CAMEO 12), as PLOVER's
            # records and ConfliBERT's coders have it; what was not done is a denied act ("did not send troops")
            cand, status = replace(cand, type="REJECT"), "occurred"
        if cand.type in {"CONSULT", "AGREE"} and not recipients and \
                not (cand.token.pos_ == "VERB" and self.lexicon.modes.get(cand.token.lemma_.lower()) == "visit"):
            actors, recipients = _side_and_other(actors)
        location = location_of(chain, sent, place_object=cand.type in _PLACES_ACTED_ON or (
            cand.type == "CONSULT" and self.lexicon.modes.get(cand.token.lemma_.lower()) == "visit"),
            retreat=cand.type == "RETREAT", movements=self.lexicon.movements)
        event_id = stable_id("ev", ctx.doc_id, sent.start_char, cand.type, cand.token.i)
        self._tokens[event_id] = cand.token
        if cand.type in _SPOKEN and status == "conditional" and not roles.reported_by_other_side(cand.token, chain):
            self._made.add(event_id)
        if not cand.triggered:
            self._untriggered.add(event_id)
        if cand.type == "CONSULT" and is_background(cand.token, parse_published(ctx.document.published)):
            self._background.add(event_id)
        mode = self._mode(event_id, cand, chain, location, actors + recipients, status)
        date, by_publication = self._event_date(ctx, chain, sent, cand.type, status, lead)
        if by_publication:
            self._day_of_news.add(event_id)
        if status == "occurred" and date and cand.type not in _SPOKEN | _ACCUSING and \
                (published := parse_published(ctx.document.published)) is not None and \
                (day := _day_of(date[0])) is not None and day > published:
            # "a meeting of defence ministers takes place on Wednesday", said on Monday: ahead (not a demand or a
            # blame, made now whatever day their words name: "Get her out tomorrow")
            status = "intended"
        return Event(
            id=event_id,
            type=cand.type,
            actor=tuple(actors),
            recipient=tuple(recipients),
            status=status,
            evidence=(Evidence(ctx.doc_id, sent.text, sent.start_char, sent.end_char),),
            mode=mode,
            location=location,
            date=date[0] if date else None,
            date_precision=date[1] if date else None,
            conditions=tuple(conditions),
            confidence=cand.confidence,
            trigger=cand.token.doc[cand.token.i:cand.end].text,
        )

    def _forecast_only(self, event: Event) -> bool:
        """A warning no party of politics gives or gets is a forecast or advice, no threat ("Fitch warned that Russia
        now faces sovereign default", "residents were warned about outages")."""
        token = self._tokens.get(event.id)
        # (so is a warning given by no one named to those warned: "Britons have been warned that food prices could go
        # up", "Ministers will be warned they should never use their phones")
        unsigned = token is not None and not event.actor and any(c.dep_ == "auxpass" for c in token.children)
        return event.type == "THREATEN" and token is not None and token.lemma_.lower() in self.lexicon.forecasts and \
            (unsigned or not any(_political(r) for r in (*event.actor, *event.recipient)))

    def _claim_of_own_side(self, event: Event) -> bool:
        """A claim about one's own side blames no one ("Putin claimed that Russia had liberated Mariupol"): a verb of
        stating accuses only the other party its clause names (lexicon.yaml ``claims``)."""
        token = self._tokens.get(event.id)
        return event.type == "ACCUSE" and not event.recipient and token is not None and \
            token.lemma_.lower() in self.lexicon.claims

    def _inquiry_asked(self, event: Event) -> bool:
        """An investigation asked for, agreed to or set as a condition is what the request, pledge or bargain it sits
        in is about ("offered aid if he investigated his rivals", "until the country agreed to investigate"), no
        accusation yet; one a party says it will open is its intention ("AFP will investigate any reports", "the
        ministry said it will open an investigation", as ConfliBERT codes it)."""
        token = self._tokens.get(event.id)
        if event.type != "ACCUSE" or token is None or token.lemma_.lower() not in self.lexicon.inquiries:
            return False
        verb = token.head if token.pos_ == "NOUN" else token
        own = verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"
        return event.status in {"hypothetical", "conditional"} or event.status == "intended" and not own

    def _passes_verdict(self, cand: Candidate) -> bool:
        """An accusation named by its verdict as a predicate ("the actions are barbaric", "such a disgrace"):
        its subject is the one blamed, not the accuser."""
        tok = cand.token
        return tok.pos_ in {"ADJ", "NOUN"} and tok.dep_ in {"ROOT", "acomp", "attr", "ccomp", "conj"} and \
            tok.lemma_.lower() in self.lexicon.judgements

    def _inside_condition(self, clause_head: Token) -> bool:
        """A trigger inside an "if ..." clause ("if such a request is made") is hypothetical."""
        tok = clause_head
        for _ in range(8):
            if tok.dep_ in {"advcl", "ccomp", "csubj"} and _is_condition(_clause_span(tok), tok, self.lexicon):
                return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _mode(self, event_id: str, cand: Candidate, chain: list[Token], location: Place | None,
              parties: list[ActorRef], status: str) -> str | None:
        """CONSULT: phone | visit | multilateral | third-party | meeting, from cue words on the trigger's
        clause ("telephone conversation", "visit", "on the margins of the summit"); other types: None."""
        if cand.type != "CONSULT":
            return None
        modes = self.lexicon.modes
        # the trigger's own word, or a noun/adjective near it or in its clause ("telephone conversation",
        # "on the margins of the summit"); other verbs are not cues ("called for", "hosted a dinner")
        near = [t for t in (*cand.token.children, *chain[1:]) if t.pos_ in _CUE_POS and not press_event(t)]
        clause = [t for t in chain[-1].subtree if t.pos_ in _CUE_POS and not press_event(t)]
        if chain[-1].dep_ in {"relcl", "acl"} and chain[-1].head.pos_ == "NOUN":
            clause.append(chain[-1].head)  # "a NATO summit in which leaders will discuss ...": the summit
        # a joint press conference is no multilateral meeting; an envoy "called in" is summoned, not phoned
        summoned = cand.token.lemma_.lower() == "summon" or self.lexicon.calls_in(cand.token)
        # (nor is a meeting called a phone call: "Putin called a meeting of the Security Council")
        convened = cand.token.lemma_.lower() in self.lexicon.call_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.meeting_nouns for c in cand.token.children)
        own = () if press_event(cand.token) or summoned or convened else (cand.token,)
        # (a remote cue wins: "held a virtual summit" was by video)
        marked = [*own, *near, *(a for t in near for a in t.children if a.dep_ == "amod")]
        cues = [modes[t.lemma_.lower()] for t in marked if t.lemma_.lower() in modes]
        cue = ("phone" if "phone" in cues else next(iter(cues), None)) or \
            next((modes[t.lemma_.lower()] for t in clause if t.lemma_.lower() in modes
                  and modes[t.lemma_.lower()] in {"phone", "multilateral"}), None)
        if cue is None and (self.lexicon.sends_someone(cand.token) or self.lexicon.journey_for(cand.token)):
            cue = "visit"  # "sent Giuliani to Ukraine": the envoy's visit; "flew to Washington for talks"
        if cue is None and summoned:
            cue = "meeting"  # an envoy summoned comes from the embassy in town: no visit
        if cue is None and any(modes.get(t.lemma_.lower()) == "visit" and t.pos_ == "NOUN" and t.dep_ == "pobj" and
                               t.head.lower_ in {"during", "on"} for t in clause):
            cue = "visit"  # "said in a joint press conference with Zelenskiy during a surprise visit to Kyiv"
        if cue is not None:
            self._cued.add(event_id)
            return cue
        countries = {p.country for p in parties if p.country}
        # (plural people meeting are a gathering, unless they are two states' ("the Russian and Turkish leaders met"))
        two_states = len(parties) == 2 and len(countries) == 2
        if len({p.country or p.id for p in parties}) >= 3 or self.lexicon.gathering(cand.token) and not two_states:
            return "multilateral"  # three sides, not a state and its ministry ("Moscow ... the foreign ministry")
        if location is not None and location.country and len(countries) >= 2:
            # in neither party's country a third party hosts; in one's, the other has travelled there ("Lavrov was in
            # Turkey to discuss the corridors with Cavusoglu")
            return "third-party" if location.country not in countries else "visit"
        # (only a talk told as held: a conversation still to come may be held anyhow)
        if location is None and status == "occurred" and cand.token.lemma_.lower() in self.lexicon.remote_talk and \
                not any(c.lower_ in {"alongside", "beside"} for c in cand.token.children) and \
                not any(t.lemma_.lower() in load_cues().in_person for t in clause):
            return "phone"  # "Pence spoke with Zelensky on Sept. 18": a call, when nothing says they met
        return "meeting"

    def _event_date(self, ctx: DocContext, chain: list[Token], sent: Span, event_type: str, status: str,
                    lead: bool) -> tuple[tuple[str, str] | None, bool]:
        """The event's date and whether it is the publication day inferred for news of the day: a date of its
        own clause, or of the main clause of its "when" clause; for what someone said, the date of the saying
        (``_sayings``); else the publication day when the event, or the saying, is told as just done
        (``_reported_today``) and no date of the sentence says otherwise."""
        head = chain[-1]
        date = self._date(ctx, chain, sent, future=_ahead(head, status)) or self._when_date(ctx, head, sent, status)
        if date is None and head.dep_ == "relcl" and head.head.pos_ == "NOUN" and self.lexicon.names_event(head.head):
            # what was done on an occasion the clause describes has the occasion's date ("a July 25 phone call to
            # Ukraine in which Trump ... urging him to look into CrowdStrike")
            date = self._date(ctx, [head.head], sent, future=_ahead(head, status))
        sayings = self._sayings(head, event_type) if date is None else []
        if date is None and (status == "occurred" or event_type in _SPEECH_ACTS):
            # what is told as done takes the saying's date; so does a threat, demand, charge, refusal or praise,
            # which is its utterance whatever it says will or would happen ("the US won't hesitate to respond, a
            # spokesperson said on Tuesday": a threat made on Tuesday)
            date = next((d for verb in sayings if (d := self._date(ctx, [verb], sent, future=False)) is not None), None)
        # a demand, threat or charge is made when told, whatever it says will or would be done ("France would call
        # for sanctions if Russia attacked, Macron said"); what is only supposed ("if Russia attacked") is no news
        if date is not None or status != "occurred" and not (event_type in _SPEECH_ACTS and status != "hypothetical"):
            return date, False
        published = parse_published(ctx.document.published)
        if any(e.label_ == "DATE" and resolve(e.text, published, False) is not None for e in ents_of(sent)):
            # a sentence that dates something else is not the day's news (measured: 0.605 vs 0.589); a span of time
            # that names no date ("years of experience", "three years on") dates nothing
            return None, False
        speech = self.lexicon.cues["speech_lemmas"]
        for verb in (head, *sayings[-1:]):
            saying = verb is not head or verb.lemma_.lower() in speech
            if (today := _reported_today(ctx, verb, lead, saying)) is not None:
                return today, True
        return None, False

    def _date(self, ctx: DocContext, chain: list[Token], sent: Span, future: bool) -> tuple[str, str] | None:
        """A resolvable DATE entity of the event's clause, never one of a clause under it ("warned ..., saying it
        would repeat the errors over the annexation of Crimea in 2014" is not dated 2014); one that modifies the
        event's own words comes before one inside another phrase ("After a wild interview Sunday on Fox News, Sen.
        Kennedy conceded Monday": Monday)."""
        published = parse_published(ctx.document.published)
        on_chain = {t.i for t in chain}
        for ent in sorted(_clause_dates(sent, chain[-1]), key=lambda e: not _modifies(e.root, on_chain)):
            resolved = resolve(ent.text, self._said_on(ctx, sent, ent, published) or published, future)
            if resolved is not None:
                return resolved
        return None

    @staticmethod
    def _said_on(ctx: DocContext, sent: Span, ent: Span, published: date | None) -> date | None:
        """The day a quotation was said, for a date inside it: "'They used the vacuum bomb today,' Markarova told
        reporters on Monday" means Monday, not the publication day. The day is the sentence's date outside any
        quotation, when it names one day."""
        spans = [(q.start, q.end) for q in ctx.quotes if q.kind == "direct"]
        if not any(start <= ent.start_char < end for start, end in spans):
            return None
        for other in ents_of(sent):
            if other.label_ == "DATE" and not any(start <= other.start_char < end for start, end in spans):
                said = resolve(other.text, published, False)
                if said is not None and said[1] == "day":
                    return date.fromisoformat(said[0])
        return None

    def _sayings(self, head: Token, event_type: str) -> list[Token]:
        """The clause heads of the verbs of saying above an event whose time is the saying's: the saying itself
        (a verbal event: "a White House spokesperson said on Tuesday the US won't hesitate to respond") or an act
        reported as just done ("Zelenskyy said on Thursday that a dozen soldiers have been charged"). An act in
        the past of the saying has its own time, nearest saying first; up to ``_SAYING_DEPTH`` of them ("The US is
        signaling that ..., a spokesperson said on Tuesday")."""
        if not (self.lexicon.quad.get(event_type) in {1, 3} or _reported_as_current(head)):
            return []
        speech = self.lexicon.cues["speech_lemmas"]
        out: list[Token] = []
        for _ in range(_SAYING_DEPTH):
            while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
                head = head.head  # "... reported that the situation has worsened and that there is fighting"
            if head.dep_ not in {"ccomp", "parataxis"} or head.head.lemma_.lower() not in speech:
                break
            head = clause_chain(head.head)[-1]
            out.append(head)
        return out

    def _when_date(self, ctx: DocContext, head: Token, sent: Span, status: str) -> tuple[str, str] | None:
        """A clause of "when" or "while" happens at its main clause's time ("had 'interacted' with an RAF plane
        on September 29 when one of them 'released a missile'")."""
        if not _when_clause(head):
            return None
        main = clause_chain(head.head)
        return self._date(ctx, main, sent, future=_ahead(main[-1], status))

    def _described(self, ctx: DocContext, event: Event, persons: frozenset[str], reading: Reading) -> Event:
        """The event with its PLOVER mode (other than a talk's), its context (the document's when its own words name
        none), both read off its final type, and its calibrated confidence."""
        token = self._tokens.get(event.id)
        evidence = event.evidence[0]
        sent = ctx.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if sent is not None:
            event = replace(event, mode=reading.mode(event, token, persons) if token is not None else event.mode)
            event = replace(event, context=reading.context(event, token, sent))
        if self.calibration is not None:
            event = replace(event, confidence=self.calibration(features(event)))
        return event

    def _enumerations(self, sents: list[Span]) -> dict[int, list[str]]:
        """Sentences announcing conditions ("two key conditions.") -> the "First, ... Second, ..." items after."""
        enumerators = self.lexicon.cues["enumerators"]
        out: dict[int, list[str]] = {}
        for k, sent in enumerate(sents):
            if not any(t.lemma_.lower().startswith("condition") for t in sent):
                continue
            items = []
            for nxt in [u for u in sents[k + 1:] if any(t.pos_ in {"VERB", "AUX"} for t in u)][:_ENUMERATION_WINDOW]:
                words = [t for t in nxt if not t.is_space]
                if words and words[0].lower_ in enumerators:
                    items.append(nxt.text.strip())
            if len(items) >= 2:
                out[k] = items
        return out


def _addresses_the_reader(sent: Span) -> bool:
    """An imperative outside quotation marks ("Send your story ideas to ...", "Sign up for our newsletter") tells
    the reader what to do; it reports no event. Quoted orders ("'Stop the war,' he said") are left to the rest."""
    root, first = sent.root, _unquoted_lead(sent)
    return first is not None and first.i == root.i and root.tag_ == "VB" and \
        not any(c.dep_ in {"nsubj", "aux", "expl"} for c in root.children)


def _asks_the_reader(sent: Span) -> bool:
    """A yes-no question on a modal, outside quotation marks ("But must Russia be defeated?", "Would the West be
    willing to provide weapons?"): the writer raises a possibility. A wh-question presupposes its event ("what are
    the rockets the US is sending?") and a quoted one is the speaker's, often rhetorical ("Has Putin ever called me
    a racist?")."""
    first = _unquoted_lead(sent, skip={"but", "and", "so", "or"})
    return first is not None and first.tag_ == "MD" and sent.text.rstrip().endswith("?")


def _ever_asked(chain: list[Token], sent: Span) -> bool:
    """A yes-no question whether something was "ever" done, its auxiliary before its subject ("Has Putin ever called
    me a racist?", "Did NATO ever promise not to expand?"): rhetorical, it says it never was."""
    head = chain[-1]
    subjects = [c.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return sent.text.rstrip(" \"'\u201d\u2019").endswith("?") and \
        any(c.dep_ == "advmod" and c.lower_ == "ever" for c in head.children) and \
        any(c.dep_ in {"aux", "auxpass"} and subjects and c.i < min(subjects) for c in head.children)


def _unquoted_lead(sent: Span, skip: frozenset[str] | set[str] = frozenset()) -> Token | None:
    """The sentence's first word (past any ``skip`` words) when no quotation mark is in it: the writer's own
    words, whose mood says whom the sentence addresses."""
    if any(t.text in _QUOTE_MARKS for t in sent):
        return None
    return next((t for t in sent if not (t.is_punct or t.is_space) and t.lower_ not in skip), None)


def _past_tense(head: Token) -> bool:
    """ "warned", "has warned": the clause is told in the past, whatever the status of what it reports (a warning
    of consequences "if the countries joined" was made in February, not next February)."""
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                            for c in head.children)


def _days_before(value: str | None, published: date | None) -> int:
    """How many days a day-precision date lies before publication (-1 when either is unknown or unreadable)."""
    try:
        return (published - date.fromisoformat(value)).days if value and published else -1
    except ValueError:
        return -1


def _ahead(head: Token, status: str) -> bool:
    """Whether the clause looks ahead of publication: a plan or possibility not told in the past, or a schedule
    told in the present ("A special meeting of defence ministers takes place on Wednesday"); a present "is" only
    describes ("At the center of the probe is a July 25 phone call": last July)."""
    if _past_tense(head):
        return False
    return status != "occurred" or head.tag_ in {"VBZ", "VBP"} and head.lemma_ != "be" or _progressive(head)


def _progressive(head: Token) -> bool:
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)


def _perfect(head: Token) -> bool:
    """The present perfect: "has recalled"."""
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"}
                                      for c in head.children)


def _reported_as_current(head: Token) -> bool:
    """Told as just done or going on: the present perfect, the present or its progressive."""
    return _perfect(head) or head.tag_ in {"VBZ", "VBP"} or _progressive(head)


def _clause_dates(sent: Span, head: Token) -> list[Span]:
    """The DATE and TIME entities ("last night") of a clause, never those of a clause under it."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    return [ent for ent in ents_of(sent)
            if ent.label_ in {"DATE", "TIME"} and lo <= ent.start and ent.end <= hi and not _in_subclause(ent.root, head)]


def _modifies(token: Token, on_chain: set[int]) -> bool:
    """Whether a date's root hangs on the event's words, directly or through a preposition ("on Monday")."""
    up = token.head
    return up.i in on_chain or (up.dep_ == "prep" and up.head.i in on_chain)


def _in_subclause(token: Token, head: Token) -> bool:
    """Whether a token of ``head``'s subtree sits in a clause below it (complement, adverbial or relative clause,
    a participle or a clause of a noun)."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in _SUBCLAUSE_DEPS:
            return True
        token = token.head
    return False


def _when_clause(head: Token) -> bool:
    return head.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while"}
                                        for c in head.children)


def _unrealised(head: Token) -> bool:
    """A predicate that reports no act for the sentence model's guess to name: an interjection ("No, not at all,"
    Trump said), an imperative ("Remember that ...", "Excuse me"), or a verb under "do" ("did not respond to
    queries", "I don't understand it"), or a guess at what is or was ("It must be so hard", "must have been
    horrendous"), whose class the model reads off the words around it."""
    if head.tag_ == "UH" or any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in head.children) and epistemic(head):
        return True
    if head.tag_ != "VB":
        return False
    aux = [c for c in head.children if c.dep_ == "aux"]
    return not aux or any(a.lemma_ == "do" for a in aux)


def _object_of_act(trig: Trigger, verbs: dict[int, str]) -> bool:
    """An event noun that is the object of another kind of act is that act's topic, not an event of its own:
    "refused a request" is a refusal, "discussed the investigation" a talk ("imposed sanctions", a verb and object
    of one type, stay one event). The caller applies it to verbal events only: "condemned Russian strikes"
    reports the strikes too."""
    tok = trig.token
    return tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "nsubjpass"} and \
        verbs.get(tok.head.i, trig.type) != trig.type


def _interview(event: Event) -> bool:
    """A talk with a news outlet is an interview ("She spoke to the BBC"), which the guidelines do not code."""
    return event.type == "CONSULT" and any(find_outlet(p.name) is not None for p in (*event.actor, *event.recipient))


def _without_outlets(event: Event) -> Event:
    """A news outlet reports, it acts in no event ("CNN released audio", "MOSCOW (Reuters) - Russia and the US have
    struck a deal"); it may still be the one acted on ("Trump accused The New York Times")."""
    actors = tuple(a for a in event.actor if find_outlet(a.name) is None)
    return event if len(actors) == len(event.actor) else replace(event, actor=actors)


def _opening(sent: Span, before: int) -> int:
    """Where the clause ending at token ``before`` opens: the sentence's start, or past its last colon before that
    ("Zelensky told Putin: 'Stop the war'")."""
    return max((t.i + 1 for t in sent if t.i < before and t.text == ":"), default=sent.start)


def _ought(verb: Token) -> Token | None:
    """The clause that says the verb's act ought to happen: the verb itself with "must" or "should" ("Ukraine must
    guarantee"), or "need(s)"/"has to" governing it ("the EU needed to start discussing"); else None."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return verb
    return verb.head if verb.dep_ == "xcomp" and has_to(verb) and obliging(verb.head) else None


def _repeated(sents: list[Span]) -> set[int]:
    """The units that repeat an earlier unit word for word, punctuation and case aside (long enough to be a
    passage, not a stock phrase)."""
    seen: set[str] = set()
    out: set[int] = set()
    for k, sent in enumerate(sents):
        words = " ".join(re.findall(r"\w+", sent.text.lower()))
        if len(words) >= _MIN_REPEATED_CHARS:
            if words in seen:
                out.add(k)
            seen.add(words)
    return out


def _named_doers(verb: Token) -> list[Token]:
    """The named parties doing what a verb says: its subject ("since Russia invaded in February"), or the one a
    relative or an infinitive describes ("Erdogan, who hosted Zelensky", "Scholz, the first Western leader to visit
    Beijing", "Macron, who visited Kyiv in June")."""
    if verb.pos_ != "VERB":
        return []
    described = verb.head.head if verb.head.dep_ == "appos" else verb.head
    doers = [described if c.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else c
             for c in verb.children if c.dep_ == "nsubj"]
    if not doers and (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ != "VBN"):
        doers = [described]  # (a participle describes the one it was done to: "a financier targeted by Russia")
    return [d for d in doers + agents_of(verb) if named_party(d)]


def _between_named(verb: Token) -> bool:
    """A verb whose doer and object are both named parties, told in passing: the structure is the evidence
    (_reportable)."""
    return bool(_named_doers(verb)) and _named_object(verb)


def _named_object(verb: Token) -> bool:
    """The verb's direct object is a named party ("met Father Piotr Potyrala", "invaded Ukraine")."""
    return any(c.dep_ == "dobj" and named_party(c) for c in verb.children)


def _done_to_named(verb: Token) -> bool:
    """A participle or a passive relative of force or coercion describing a named party it was done to ("the two
    Britons sentenced to death by a pro-Russian court", "Griner, who was detained in February"): told in passing."""
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.tag_ in {"WP", "WDT"} for c in verb.children)  # ("who was detained for ...")
    return verb.pos_ == "VERB" and described and (named_party(verb.head) or verb.head.ent_type_ == "PERSON")


def _done_by_named(verb: Token) -> bool:
    """A verb of force a named party does ("since Russia invaded in February", "Putin, who invaded Ukraine")."""
    return bool(_named_doers(verb))


def _side_and_other(parties: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """Parties of a talk or an agreement named together as its subject, as one side and the other: "Biden and Putin
    discussed the issue", "Biden and Putin agreed that their teams would meet" (as the data contract's meeting has
    an actor and a recipient); not a speaker and the state he speaks for, nor an outlet, which reports (those who
    travel together visit a third: "Scholz and Macron arrived in Kyiv", left to the caller)."""
    parties = [p for p in parties if find_outlet(p.name) is None]
    if len(parties) < 2 or any(allied(parties[0], p) for p in parties[1:]):
        return parties, []
    return parties[:1], parties[1:]


def _fold(events: list[Event], inside: Callable[[Event, Event], bool],
          fold: Callable[[Event, Event], Event]) -> list[Event]:
    """Each event another one tells again folded into that one: ``inside(inner, outer)`` finds the outer one,
    ``fold(outer as folded so far, inner)`` gives the event that stays in the outer one's place."""
    merged: dict[int, Event] = {}
    dropped: set[int] = set()
    for inner in events:
        outer = next((e for e in events if e is not inner and id(e) not in dropped and inside(inner, e)), None)
        if outer is not None:
            merged[id(outer)] = fold(merged.get(id(outer), outer), inner)
            dropped.add(id(inner))
    return [merged.get(id(e), e) for e in events if id(e) not in dropped]


def _purpose_of(token: Token, head: Token) -> bool:
    """Whether the word is told inside the other's clause as what it is for or comes to ("travel ... to meet",
    "travel to Brussels for talks", "visit ..., making his first trip"), with no subject of its own on the way and
    no coordination, report or time ("visited the town before meeting Zelenskiy" are two talks)."""
    while token.i != head.i:
        if token.dep_ in {"conj", "ccomp", "parataxis", "relcl", "ROOT"} or \
                token.dep_ == "prep" and token.lower_ != "for" or token.head.i != head.i and any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children):
            return False
        token = token.head
    return True


def _result_participle(token: Token | None) -> bool:
    """A participle telling what an act did ("blew apart the country, killing at least 20 and wounding more than
    100"): an adverbial -ing clause, or one joined to it (or after a comma, which the parser may hang on a noun)."""
    while token is not None and token.dep_ == "conj" and token.tag_ == "VBG":
        token = token.head
    return token is not None and token.tag_ == "VBG" and (
        token.dep_ == "advcl" or token.dep_ == "acl" and token.i > 0 and token.nbor(-1).text == ",")


def _told_with_party(noun: Token) -> bool:
    """An event noun that names a party of its own ("Russia's invasion of Ukraine", "opposition by Britain"), not a
    bare one whose parties its verb gives ("bombing raids rocked energy facilities in Kyiv")."""
    return named_party(noun) or any(c.dep_ == "prep" and c.lower_ in {"by", "of", "from"} and
                                    any(p.dep_ == "pobj" and named_party(p) for p in c.children) for c in noun.children)


def _domestic_trip(event: Event) -> bool:
    """A trip at home is no visit to anyone: "Biden told reporters on a trip to Pittsburgh" (its place's state, the
    traveller's own, is its only other party)."""
    return event.type == "CONSULT" and event.mode == "visit" and bool(event.actor) and bool(event.recipient) and \
        all(r.id == side_of(a) for r in event.recipient for a in event.actor)


def _reportable(event: Event, untriggered: bool) -> bool:
    anchored = bool(event.actor or event.recipient)
    # an offer under conditions is an event whatever the model says, but a guess with no party is no offer ("If you
    # thought Russian propaganda was ever 'sophisticated,' I hate to break it to you" was a conditional ACCUSE by
    # no one)
    if (event.actor and event.recipient) or (event.conditions and (anchored or not untriggered)):
        return True
    if event.confidence < MIN_CONFIDENCE:
        return False
    if untriggered:  # no word names it and no party anchors it: the model's guess about a sentence
        return anchored
    return anchored or event.confidence >= MIN_UNATTRIBUTED


def _reported_today(ctx: DocContext, head: Token, lead: bool, saying: bool) -> tuple[str, str] | None:
    """The publication day for an undated event reported as just done, in the lead: in the simple past or the
    present perfect ("Russia has recalled its ambassador"), or a saying in the present or its progressive
    ("regional officials say", "campaigners are calling for ..."). Older events told in passing, states described
    later in the article ("Trump has denied any wrongdoing") and states in the present ("Russia controls the city",
    "Hawks continue to press Biden") carry their own dates or stay undated. Measured on the eight date tuning sets,
    held out in brackets: present anywhere 0.559 against 0.565 for the lead only; the perfect anywhere 0.575
    (0.534) against 0.599 (0.558) for the lead only; the present of any verb 0.599 (0.558) against 0.610 (0.564)
    for sayings only; the simple past in the first six units rather than three 0.607 (0.552)."""
    published = parse_published(ctx.document.published)
    if published is None:
        return None
    current = _perfect(head) or saying and _reported_as_current(head)
    if lead and (head.tag_ == "VBD" or current):
        return published.isoformat(), "day"
    return None


def _units(sent: Span) -> list[Span]:
    """The sentence's lines, each re-parsed on its own when the parser glued several lines into one sentence
    (a headline, a standfirst and a lead parse as one garbled clause). The re-parse keeps the document's
    character offsets: the line is parsed after as many spaces as precede it, so ``idx`` and ``start_char``
    still index the clean text."""
    lines = _lines(sent)
    if len(lines) < 2:
        return lines
    nlp = load_nlp()
    out = []
    for line in lines:
        doc = nlp(" " * line.start_char + line.text)
        out.append(doc.char_span(line.start_char, line.end_char, alignment_mode="expand") or line)
    return out


def _lines(sent: Span) -> list[Span]:
    """The sentence cut at line breaks: headlines and captions glued to a sentence by the parser are units."""
    units, start = [], sent.start
    for tok in sent:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                units.append(sent.doc[start:tok.i])
            start = tok.i + 1
    if sent.end > start:
        units.append(sent.doc[start:sent.end])
    # a fragment ("Read more", "Getty Images") is no unit; a short clause ("Russia invaded Ukraine.") is one
    return [u for u in units if sum(not (t.is_punct or t.is_space) for t in u) >= _MIN_UNIT_WORDS or
            any(t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children) for t in u)]


def _carried_targets(events: list[Event], kind: str = "ASSAULT", targets: frozenset[str] | None = None) -> list[Event]:
    """An act told without its target is aimed where the same side's last act of its kind in the article was ("Russia
    launched its first assaults ... The attacks first started from the air": Russia -> Ukraine, as the lead said; "the
    EU imposed sanctions on Usmanov ... The sanctions came after the bloc identified him"); read after the place of the
    event gave none, and never across sides. With ``targets``, only an act on one of them is carried (attacks: on a
    state, not on a person or a pipeline: "after her home was destroyed by Russian bombs ... Russian forces are
    continuing their bombardment of the plant")."""
    last: Event | None = None
    # the side that has attacked most so far (the later one on a tie), with its last attack: a party-less attack is
    # that side's, not a background attack's ("Russia fired 50 missiles ... two days after the Black Sea fleet was hit
    # in an attack blamed on Ukraine ... one person was wounded in this morning's attack": Russia's)
    attacks: Counter[frozenset[str]] = Counter()
    attacker: dict[frozenset[str], tuple[int, Event]] = {}
    out = []
    for n, event in enumerate(events):
        most = max(attacks, key=lambda k: (attacks[k], attacker[k][0])) if attacks else None
        # (the last attack told is the background's when another side has attacked at least twice as often and twice
        # more: "Russia bombed Mariupol ... Ukrainian forces have pushed the Russians back ... areas within the city
        # limits were shelled" is Russia's)
        told = frozenset(side_of(a) for a in last.actor) if last is not None else None
        outnumbered = told is not None and most is not None and most != told and \
            attacks[most] >= max(2 * attacks[told], attacks[told] + 2)
        if event.type == kind and event.actor and event.recipient:
            last = event if targets is None or any(r.id in targets for r in event.recipient) else None
        elif event.type == kind == "ASSAULT" and not event.actor and not event.recipient and most is not None and \
                (last is None or outnumbered):
            # ("Russia launched its first assaults ... The attacks")
            event = replace(event, actor=attacker[most][1].actor)
        elif event.type == kind and not event.recipient and last is not None and \
                (not event.actor or any(same_side(a, b) for a in event.actor for b in last.actor)):
            event = replace(event, actor=event.actor or last.actor, recipient=last.recipient)
        if event.type == kind == "ASSAULT" and event.actor:
            side = frozenset(side_of(a) for a in event.actor)
            attacks[side] += 1
            attacker[side] = (n, event)
        out.append(event)
    return out


def _addressed_targets(events: list[Event], text: str) -> list[Event]:
    """Words addressed to a party (``_ADDRESSED``) told without their target keep to their speaker: the target of the
    same party's last act of the kind in its paragraph or the one before ("Kelin accused Britain ... 'It is dangerous
    because it escalates the situation,' he said": Britain); none for such an act by no one named, nor for a
    possibility raised ("Ukraine may need tanks later")."""
    last: dict[str, Event] = {}  # type -> the last act of that type with both parties
    out = []
    for event in events:
        before = last.get(event.type)
        if event.type in _ADDRESSED and event.actor and event.recipient:
            last[event.type] = event
        elif before is not None and event.actor and not event.recipient and event.status != "hypothetical" and \
                text[before.evidence[0].end:event.evidence[0].start].count("\n\n") <= 1 and \
                any(a.id == b.id for a in event.actor for b in before.actor):
            event = replace(event, recipient=before.recipient)  # (a speaker goes on in the next paragraph, no further)
        out.append(event)
    return out


def _carried_agents(events: list[Event], kinds: frozenset[str] = frozenset({"COERCE", "SANCTION"})) -> list[Event]:
    """A detention or a measure told without its agent is by whoever the article last told doing such an act to the
    same party ("Russia detained Brittney Griner at a Moscow airport ... Griner was arrested in February": Russia);
    none when no act of the kind was told with both parties."""
    out: list[Event] = []
    for event in events:
        if event.type in kinds and not event.actor and event.recipient:
            held = {r.id for r in event.recipient}
            before = next((e for e in reversed(out) if e.type == event.type and e.actor and
                           any(r.id in held for r in e.recipient)), None)
            if before is not None:
                event = replace(event, actor=before.actor)
        out.append(event)
    return out


def _day_of(value: str | None) -> date | None:
    """The first day an event date stands for ("2022-06" -> 1 June 2022)."""
    parts = (value or "").split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2][:2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def _war_targets(roles: Roles, events: list[Event]) -> list[Event]:
    """An attack told without its target is aimed at the side's enemy in the article's war: the state its other
    attacks in the article hit, when they hit one state more than any other ("Russia invaded Ukraine ... as Russia
    continued to strike targets across the country": Ukraine). Read after the place and the side's last attack."""
    hit: dict[str, Counter[str]] = {}
    for event in events:
        if event.type == "ASSAULT" and event.status == "occurred":
            for a in event.actor:
                for r in event.recipient:
                    if side_of(a) != side_of(r) and roles.state(side_of(a)) is not None and \
                            roles.state(side_of(r)) is not None:  # (a town or a group hit is no enemy state)
                        hit.setdefault(side_of(a), Counter())[side_of(r)] += 1
    enemy: dict[str, ActorRef] = {}
    for side, counts in hit.items():
        (first, n), *rest = counts.most_common(2)
        if (not rest or rest[0][1] < n) and (state := roles.state(first)) is not None:
            enemy[side] = state
    if not enemy:
        return events
    out = []
    for event in events:
        sides = {side_of(a) for a in event.actor}  # (a person of no known state is a side of no war)
        if event.type == "ASSAULT" and event.actor and not event.recipient and len(sides) == 1 and \
                (target := enemy.get(next(iter(sides)))) is not None:
            event = replace(event, recipient=(target,))
        out.append(event)
    return out


def _distinct(events: list[Event]) -> list[Event]:
    """One event per id (sentence, type, trigger word): a warning turned accusation and the accusation its words of
    blame name in the same sentence are one event; the reading that names more of its sides stays, then the more
    confident (``_weight``), in its place."""
    best: dict[str, Event] = {}
    for event in events:
        if event.id not in best or _weight(event) > _weight(best[event.id]):
            best[event.id] = event
    return [e for e in events if best[e.id] is e]


def _dismissed(word: Token) -> bool:
    """A word inside the object of a verb of dismissal ("dismissed the suggestion that the Russian president was
    'crazy'", "denied claims that it is a 'terrorist state'"): what is rejected, no verdict of the one rejecting."""
    # (a claim's own clause, not a verdict the dismissal passes on it: "dismissed Moscow's allegations as 'dangerous
    # lies'" blames Moscow)
    clause = False
    for above in (word, *word.ancestors):
        if above.lower_ == "as" and above.dep_ == "prep":
            return False
        clause = clause or above.dep_ in {"ccomp", "acl", "relcl", "advcl"}
        if above.head.lemma_.lower() in _DISMISSING and above.head.i != above.i:
            return clause and above.dep_ in {"dobj", "nsubjpass", "ccomp"}
    return False


def _judged(trig: Trigger, lexicon: Lexicon) -> bool:
    """A use of force or a taking of sides that a verb of judgement names as what it judges ("accused Russia of
    shelling the plant", "praised Putin as a genius for seizing a country"), or a request naming the one asked
    ("blasted Macron for telling Zelensky to consider talking to the Kremlin")."""
    return (trig.type in _JUDGED_ACTS or trig.type == "REQUEST" and lexicon.told(trig.token) is not None) and \
        trig.token.pos_ == "VERB" and act_judged(trig.token, clause_chain(trig.token), lexicon) is not None


def _political(ref: ActorRef) -> bool:
    """A party of politics: a state or one of its people, an office-holder, or a body or person the registry knows
    (international organisations, government bodies, leaders)."""
    return bool(ref.country or ref.role) or load_registry().get(ref.id) is not None


def _shared_opinion(token: Token, event: Event) -> bool:
    """Agreeing that something is so is sharing an opinion, not an agreement ("most experts agree that an attack
    is unlikely", "Sunak and Hunt agreed it was inevitable that taxpayers will face a higher burden"), unless two
    states' sides share it ("Lavrov and I agreed that it's important for the diplomatic process to continue");
    agreeing that something will be done stays one ("agreed that talks would resume")."""
    judged = token.lemma_.lower() == "agree" and any(c.dep_ == "ccomp" and c.lemma_ == "be" for c in token.children)
    # (so is "agreement that" a thing is so: "there was significant bipartisan agreement that Nixon had breached ...")
    noted = token.lemma_.lower() == "agreement" and any(
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and
        not any(m.dep_ == "aux" and m.lower_ in {"would", "will", "shall"} for m in c.children)
        for c in token.children)
    return (judged or noted) and len({a.country for a in event.actor if a.country}) < 2


def _in_sequence(a: Token, b: Token) -> bool:
    """Whether two verbs tell acts one after the other: joined ("stormed the city and fired missiles"), set side by
    side after a comma (the parser's "dep": "raped a mother, abused her husband"), or one done "before" or "after"
    the other ("... before raping their daughter")."""
    def group(verb: Token) -> set[int]:
        heads = {verb, *verb.conjuncts}
        heads |= {c for h in list(heads) for c in h.children if c.dep_ == "dep" and c.pos_ == "VERB"}
        heads |= {h.head for h in list(heads) if h.dep_ == "dep"}
        return {t.i for h in list(heads) for t in (h, *h.conjuncts)}

    def sequenced(later: Token) -> Token | None:
        if later.dep_ == "pcomp" and later.head.lower_ in _SEQUENCE and later.head.dep_ == "prep":
            return later.head.head
        if later.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE for c in later.children):
            return later.head
        return None

    if b.i in group(a):
        return True
    return any((head := sequenced(y)) is not None and head.i in group(x) for x, y in ((a, b), (b, a)))



def _own_complement(child: Token) -> bool:
    """An object, a phrase or a clause a verb takes, or a name the parser hung on it as an adverb ("stormed
    Sievierodonetsk and fired missiles at Sloviansk")."""
    named = child.pos_ == "PROPN" or bool(child.ent_type_)
    return child.dep_ in _OWN_COMPLEMENTS or (child.dep_ == "advmod" and named)


_BACK_REFERRING = frozenset({"the", "this", "that"})


def _beyond_states(event: Event) -> bool:
    """Whether a party of the event is a person or a body, not a state alone."""
    return any(r.id != r.country for r in (*event.actor, *event.recipient))


def _weight(event: Event) -> tuple[int, float]:
    """The better of two readings of one event: the one that names more of its sides, then the more confident."""
    return bool(event.actor) + bool(event.recipient), event.confidence


def _two_sides(event: Event) -> bool:
    """Both parties named, each of a known state, and no actor on a recipient's side ("Speaking alongside
    Congresswoman Debbie Wasserman Schultz, Biden ..." is no diplomatic meeting; "the top general", unnamed, gives
    no actor)."""
    return _other_sides(event.actor, event.recipient) and all(p.country for p in (*event.actor, *event.recipient))


def _other_sides(these: tuple[ActorRef, ...], those: tuple[ActorRef, ...]) -> bool:
    """Both name parties and none of these is of the side of one of those (``allied``)."""
    return bool(these) and bool(those) and not any(allied(a, b) for a in these for b in those)


def _same_clause(a: Token, b: Token, purpose: bool = False) -> bool:
    """Whether two triggers stand in one clause; with ``purpose``, a subjectless verb serving the other's clause
    counts as the same ("called Kuleba to discuss the release of prisoners": one talk, not two)."""
    return clause_chain(a, purpose=purpose)[-1].i == clause_chain(b, purpose=purpose)[-1].i


def _share_modes(events: list[Event], cued: set[str]) -> list[Event]:
    """A consultation whose own words give no mode takes the mode a cue gave another consultation of the same
    parties in the document ("Putin had a telephone conversation with X ... The leaders discussed ...")."""
    known = [e for e in events if e.id in cued and e.status == "occurred"]
    out = []
    for event in events:
        if event.type == "CONSULT" and event.id not in cued and event.status == "occurred":
            parties = {r.id for r in (*event.actor, *event.recipient)}
            match = next((k for k in known if len(parties) >= 2 and parties <= {r.id for r in (*k.actor, *k.recipient)}), None)
            if match is not None and match.mode != event.mode:
                event = replace(event, mode=match.mode)
        out.append(event)
    return out


def _governing_clauses(head: Token) -> list[Token]:
    """The clauses a complement clause depends on ("if we conclude [that the best way is a conversation]"):
    a condition on them holds for it too."""
    out = []
    while head.dep_ in {"ccomp", "xcomp", "conj"} and head.head.i != head.i:
        head = head.head
        out.append(head)
    return out


def _believed(word: Token) -> bool:
    """The word is in what someone other than the speaker is said to believe ("he believes that he's smarter")."""
    return any(a.lemma_.lower() in _BELIEVING and any(
        c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in a.children) for a in word.ancestors)


def _asked_outright(chain: list[Token]) -> bool:
    """Is the act's clause a direct question of the writer's (the sentence's root, the sentence ending in "?")?"""
    top = chain[-1]
    return top.dep_ == "ROOT" and top.sent.text.rstrip(" \"'\u2019\u201d").endswith("?")


def _obliged(chain: list[Token]) -> bool:
    """The clause's verb says what someone should or must do ("should send", "must give")."""
    verb = clause_verb(chain)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _OBLIGING_AUX for c in verb.children)

"""The document's own consultation: who "the leaders" are, whether they met or spoke by phone, which event it is.

Readouts and much diplomatic reporting describe one talk between the publication's principal and one
counterpart, often without naming either ("The leaders exchanged views ...", "The President of Russia
informed the Prime Minister ..."). A reader fills the gaps from the page itself: the office that issues the
readout (kremlin.ru speaks for the President of Russia on the publication date), the counterpart named most
(or the country of "Russian-Brazilian partnership", whose office-holder on that date is the counterpart), and
how the talk was held: a telephone or video cue makes it a call; a visit, a meal, a venue or a transcript of
greetings puts the parties in one room; in a readout, a "conversation" or an "exchange of views" reported as
done with no such cue, after which "the parties agreed to stay in contact", is a call. Cues inside background clauses
("following up on the talks held in Sochi", "in view of the recent visit") describe other, earlier events.
The knowledge (issuing sites, cue words) lives in data/events/consultation.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from urllib.parse import urlparse

from spacy.tokens import Span, Token

from parley.analyze.context import DocContext
from parley.analyze.events.entities import ents_of
from parley.analyze.events.lexicon import DATA, Lexicon
from parley.analyze.events.status import clause_chain, status_of
from parley.analyze.events.when import parse_published, resolve
from parley.datafile import load_yaml
from parley.records import Actor, ActorRef, Event
from parley.registry import load_registry

_COMPOUND = re.compile(r"\b([A-Z][A-Za-z]+)\s?[-–]\s?([A-Z][A-Za-z]+)\b")
_TRANSCRIPT = re.compile(r"(?:^|\n|\* )[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|of|the)){1,8}: ")
_OWN_STATUSES = {"occurred", "intended"}
_MARGIN = 0.001
_BACKGROUND_DAYS = 2  # an event dated this many days before publication is not the article's own


@dataclass(frozen=True)
class Cues:
    issuers: dict[str, tuple[frozenset[str], str]]
    role_words: dict[str, frozenset[str]]
    phone: frozenset[str]
    in_person: frozenset[str]
    in_person_triggers: frozenset[str]
    background: frozenset[str]
    agenda: frozenset[str]


@cache
def load_cues() -> Cues:
    raw = load_yaml((DATA / "consultation.yaml").read_text(encoding="utf-8"))
    return Cues(
        issuers={domain: (frozenset(v["roles"]), v["place"]) for domain, v in raw["issuers"].items()},
        role_words={k: frozenset(v) for k, v in raw["role_words"].items()},
        **{k: frozenset(raw[k]) for k in ("phone", "in_person", "in_person_triggers", "background", "agenda")},
    )


def issuer(ctx: DocContext) -> Actor | None:
    """The office-holder an official site speaks for, on the publication date (None for other sites)."""
    host = (urlparse(ctx.document.url or "").hostname or "").lower()
    found = next((v for d, v in load_cues().issuers.items() if host == d or host.endswith("." + d)), None)
    if found is None:
        return None
    roles, place = found
    holders = load_registry().holders(roles, place, ctx.document.published)
    if not holders:
        return None
    entry, role = holders[0]
    return ctx.actors.get(entry.id) or Actor(id=entry.id, name=entry.name, kind="person", role=role.title,
                                             country=entry.country)


def principals(ctx: DocContext, first: Actor | None) -> list[Actor]:
    """The document's two principal people: the issuer (else the person named most) and its counterpart,
    the most-named person of another country, else, in an issuer's readout, the office-holder of the country
    the text pairs with the first one ("Russian-Brazilian partnership", "Russia-Israel contacts"), else of the
    other state it names most ("the leaders of Armenia, Azerbaijan and Russia": a tie goes to the first named)."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for k, mention in enumerate(ctx.mentions):
        actor = ctx.actors.get(mention.actor_id)
        if actor is not None and actor.kind == "person":
            counts[actor.id] += 1
            order.setdefault(actor.id, k)
    people = sorted(counts, key=lambda i: (-counts[i], order[i]))
    issued = first is not None
    if first is None:
        if not people:
            return []
        first = ctx.actors[people[0]]
    paired = _paired_countries(ctx, first.country)
    peers = _peer_roles(first, ctx.document.published)
    registry = load_registry()

    def rank(actor: Actor) -> tuple:
        roles = {r.type for r in registry.roles_at(actor.id, ctx.document.published)}
        return (not roles & peers, actor.country is None, -counts[actor.id], actor.country not in paired,
                order[actor.id])

    others = sorted((ctx.actors[i] for i in people if i != first.id and
                     (first.country is None or ctx.actors[i].country != first.country)), key=rank)
    if others:
        return [first, others[0]]
    if issued:
        offices = _named_offices(ctx)
        for country in (*(c for c, _ in paired.most_common(1)), *_named_states(ctx, first.country)):
            holder = _office_holder(ctx, country, offices)
            if holder is not None:
                return [first, holder]
    return [first]


def _named_states(ctx: DocContext, country: str | None) -> list[str]:
    """The states other than ``country`` that the text names as actors, most-named first (ties: first named);
    places ("talks in Moscow", "the situation around Ukraine") are not actors and do not count."""
    counts: Counter[str] = Counter()
    for mention in ctx.mentions:
        actor = ctx.actors.get(mention.actor_id)
        if actor is not None and actor.kind == "state" and actor.id != country:
            counts[actor.id] += 1
    return [c for c, _ in counts.most_common()]


def _peer_roles(actor: Actor, when: str | None) -> set[str]:
    """The offices a counterpart of ``actor`` holds: a head of state talks to heads of state or government."""
    registry = load_registry()
    return registry.lexicon.peers({r.type for r in registry.roles_at(actor.id, when)})


def _paired_countries(ctx: DocContext, country: str | None) -> Counter[str]:
    """Countries written beside the principal's in a compound ("Russian-Brazilian", "Russia-Israel")."""
    found: Counter[str] = Counter()
    if country is None:
        return found
    registry = load_registry()
    for m in _COMPOUND.finditer(ctx.text):
        sides = [{e.id for e in registry.lookup(word) if e.kind == "state"} for word in (m[1], m[2])]
        for mine, theirs in ((sides[0], sides[1]), (sides[1], sides[0])):
            if country in mine and theirs and country not in theirs:
                found[sorted(theirs)[0]] += 1
    return found


def _named_offices(ctx: DocContext) -> list[str]:
    """The offices whose words the text uses ("the presidents"), in the cue file's order."""
    text = ctx.text.lower()
    return [office for office, words in load_cues().role_words.items()
            if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)]


def _office_holder(ctx: DocContext, country: str, named: list[str]) -> Actor | None:
    """Who led ``country`` on the publication date: an office the text names (``named``: "the presidents")
    first, else the office that leads that state's executive (Pakistan's prime minister, not its president),
    else any head of state or government."""
    registry = load_registry()
    state = registry.get(country)
    leader = [state.leader] if state is not None and state.kind == "state" else []
    for office in dict.fromkeys([*named, *leader, *load_cues().role_words]):
        holders = registry.holders(frozenset({office}), country, ctx.document.published)
        if holders:
            entry, role = holders[0]
            return ctx.actors.get(entry.id) or Actor(id=entry.id, name=entry.name, kind="person",
                                                     role=role.title, country=entry.country)
    return None


def is_background(token: Token, published: date | None) -> bool:
    """A word inside a clause about an earlier event: "following up on the talks", "the recent visit",
    "the talks held in Sochi on October 22" (dated days before publication)."""
    background = load_cues().background
    for tok in (token, *token.ancestors):
        if tok.lemma_.lower() in background or tok.lower_ in background:
            return True
        if any(c.dep_ in {"amod", "advmod"} and c.lemma_.lower() in background for c in tok.children):
            return True
        if tok.dep_ in {"ROOT", "ccomp"} or tok.pos_ == "VERB" and tok.dep_ not in {"acl", "relcl", "pcomp"}:
            break
    if published is not None:
        for ent in ents_of(token.sent):
            if ent.label_ != "DATE":
                continue
            inside = token.pos_ == "NOUN" and token.left_edge.i <= ent.start and ent.end <= token.right_edge.i + 1
            if inside or ent.root.head.i == token.i or ent.root.head.head.i == token.i:
                when = resolve(ent.text, published, future=False)
                if when and when[1] == "day" and (published - date.fromisoformat(when[0])).days >= _BACKGROUND_DAYS:
                    return True
    return False


def agenda_ahead(sent: Span) -> bool:
    """ "The agenda includes ...": an agenda in the present tense is that of talks still to come."""
    agenda = load_cues().agenda
    return any(t.lemma_.lower() in agenda and t.head.tag_ in {"VBZ", "VBP"} for t in sent)


def document_mode(ctx: DocContext, main_token: Token | None, status: str, lexicon: Lexicon) -> str:
    """phone | meeting for the document's own consultation. A phone or video cue outside background
    clauses makes it a call; the main event's own word ("met", "visit") or place, a transcript of greetings,
    or a word of hospitality ("thank you for coming", "lunch") that reports what happened puts the parties in
    one room; announced talks are meetings. A readout that reports a talk as done with none of these cues
    ("the leaders exchanged views ... and agreed to stay in contact") reports a call."""
    cues = load_cues()
    published = parse_published(ctx.document.published)
    transcript = _TRANSCRIPT.search(ctx.text)
    lead_end = transcript.start() if transcript else len(ctx.text)  # remarks mention other calls
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if lemma in cues.phone and tok.idx < lead_end and not (lemma == "call" and tok.pos_ == "VERB") \
                and not is_background(tok, published):
            return "phone"
    if transcript or (main_token is not None and (main_token.lemma_.lower() in cues.in_person_triggers
                                                  or _venue(main_token))):
        return "meeting"
    for tok in ctx.doc:
        if tok.lemma_.lower() in cues.in_person and tok.pos_ in {"VERB", "NOUN"} and not is_background(tok, published) \
                and status_of(clause_chain(tok), [], lexicon) == "occurred":
            return "meeting"
    return "meeting" if status == "intended" else "phone"


def _reported_mode(ctx: DocContext, mine: list[Event], cued: set[str],
                   lexicon: Lexicon) -> str | None:
    """In an article (not a readout) the talk between its two principals was a call only when the article
    says so outside background clauses and nothing puts them in one room; else each event keeps its mode."""
    if any(e.id in cued or e.location is not None for e in mine):
        return None
    cues = load_cues()
    published = parse_published(ctx.document.published)
    live = [t for t in ctx.doc if t.lemma_.lower() in cues.phone | cues.in_person | cues.in_person_triggers
            and not is_background(t, published)]
    if any(t.lemma_.lower() in cues.in_person | cues.in_person_triggers and t.pos_ in {"VERB", "NOUN"}
           and status_of(clause_chain(t), [], lexicon) == "occurred" for t in live):
        return None
    if any(t.lemma_.lower() in cues.phone and not (t.lemma_.lower() == "call" and t.pos_ == "VERB") for t in live):
        return "phone"
    return None


def _venue(token: Token) -> bool:
    """ "talks in Moscow", "met at the Kremlin": a place phrase on the talk word or on its verb."""
    for tok in (token, token.head):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"} and any(
                    c.dep_ == "pobj" and c.ent_type_ in {"GPE", "FAC", "LOC"} for c in prep.children):
                return True
    return False


def consolidate(ctx: DocContext, events: list[Event], principal_refs: list[ActorRef], issued: bool,
                background: set[str], cued: set[str], tokens: dict[str, Token], lexicon: Lexicon,
                ) -> tuple[list[Event], Event | None]:
    """The document's own consultation events get its two principals as parties and the document's mode;
    the main one (the first that reports what happened, else the first announced) gets the document's highest
    confidence. ``issued``: the document comes from an issuing office, whose readout is about one talk, so an
    event naming one principal or none is that talk; elsewhere only events already between the two principals
    are. Returns the events and the main one (None: the document reports no consultation of its own)."""
    if len(principal_refs) < 2:
        return events, None
    ids = {r.id for r in principal_refs}
    countries = {r.country for r in principal_refs if r.country}

    def own(e: Event) -> bool:
        if e.type != "CONSULT" or e.status not in _OWN_STATUSES or e.id in background:
            return False
        parties = [*e.actor, *e.recipient]
        if not all(p.id in ids or (p.id == p.country and p.country in countries) for p in parties):
            return False
        named = len({p.id for p in parties} & ids)
        if not issued:
            return named == 2
        # a readout's unattributed "discussions" that happened are its talk; an unattributed verb
        # ("signals received from Kiev") or plan is not
        return named >= 1 or (e.status == "occurred" and e.id in tokens and tokens[e.id].pos_ == "NOUN")

    mine = [e for e in events if own(e)]
    if not mine:
        return events, None
    main = next((e for e in mine if e.status == "occurred"), mine[0])
    mode = document_mode(ctx, tokens.get(main.id), main.status, lexicon) if issued else \
        _reported_mode(ctx, mine, cued, lexicon)
    top = min(1.0, max(e.confidence for e in events) + _MARGIN)

    def parties(e: Event) -> dict[str, tuple[ActorRef, ...]]:
        # a readout's talk is its issuer's with the counterpart; an article's own talk already names both
        # principals, in the direction its sentence gives ("Johnson had spoken to Zelenskiy")
        if issued:
            return {"actor": (principal_refs[0],), "recipient": tuple(principal_refs[1:2])}
        return {"actor": e.actor, "recipient": e.recipient}

    out = []
    for e in events:
        if e.id != main.id and e.confidence >= top:
            e = replace(e, confidence=top - _MARGIN)  # the readout's talk ranks first, even against a 1.0
        if e.id == main.id:
            main = e = replace(e, **parties(e), mode=mode or e.mode, confidence=top)
        elif own(e):
            specific = e.id in cued and e.mode in {"visit", "multilateral", "third-party"}
            e = replace(e, **parties(e), mode=e.mode if (specific and mode != "phone") or mode is None else mode)
        out.append(e)
    return out, main


def lead(ctx: DocContext, principal_refs: list[ActorRef], lexicon: Lexicon) -> Token | None:
    """The predicate of the first sentence whose subject is a principal or stands for both ("The presidents
    reaffirmed ...", "Vladimir Putin congratulated ..."): where a readout that names no talk reports it."""
    ids = {r.id for r in principal_refs}
    collective = lexicon.cues["collective_subjects"]
    for sent in ctx.doc.sents:
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        for subj in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            actor = ctx.actor_at(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
            if (actor is not None and actor.id in ids) or (subj.lemma_.lower() in collective and subj.tag_ == "NNS"):
                return root
    return None

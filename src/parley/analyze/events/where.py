"""Event locations: the place named by an "in/at" phrase on the trigger's clause, resolved to a country.

Places resolve to countries through parley.places (the hand gazetteer of cities and venues, country names, the
world's cities); anything else keeps its name with an unknown country.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.analyze.events.entities import ents_of
from parley.analyze.events.status import clause_chain
from parley.places import bare, country_of
from parley.records import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "within", "across", "throughout"}
_DIRECTIONAL = {"to", "into"}  # where a move ends, when the clause names no place it happens in
_TARGETING = {"on", "against"}  # "strikes on Odesa", "an attack against Kyiv"


def location_of(chain: list[Token], sent: Span, place_object: bool = False, retreat: bool = False,
                movements: frozenset[str] = frozenset()) -> Place | None:
    """With ``place_object`` (acts done to a place: attacks, blockades, visits), the place the trigger takes as
    its object ("shelled Kharkiv", "visited Beijing", "strikes on Odesa"); else the first place governed by a
    locative preposition in the trigger's clause ("met ... in Geneva"), skipping prepositions that govern the
    trigger itself ("progress in the negotiations between ..."); failing both, where a move (a verb or
    noun of ``movements``) on the clause ends ("return to Geneva for talks", "sent personnel to Bosnia"), or, for a
    ``retreat``, where it starts ("withdrawal from Gorazde"; an attack "from Russia" comes from there and happens
    elsewhere)."""
    head, trigger = chain[-1], chain[0]
    ents = [e for e in ents_of(sent) if e.label_ in PLACE_LABELS]
    return (_place_taken(trigger, ents) if place_object else None) or \
        _locative(head, trigger, sent, ents, _LOCATIVE) or \
        _locative(head, trigger, sent, ents, _DIRECTIONAL | ({"from"} if retreat else set()), movements)


def _place_taken(trigger: Token, ents: list[Span]) -> Place | None:
    """The place the trigger acts on: its direct object (or a capitalised name the parser hung on it as an
    adverb: "captured Bakhmut"), or an "on"/"against" phrase on an event noun, the trigger or its subject; a place
    entity, or a name the gazetteer knows (the small NER model misses "Kyiv" and "Odesa" in "struck Kyiv",
    "strikes on Odesa")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj" or (c.dep_ == "advmod" and c.is_title)]
    # an attack noun's target, the noun being the trigger or the subject of its verb ("strikes on Odesa killed")
    nouns = [trigger] if trigger.pos_ == "NOUN" else \
        [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    objects += [g for noun in nouns for c in noun.children if c.dep_ == "prep" and c.lower_ in _TARGETING
                for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        ent = next((e for e in ents if e.start <= obj.i < e.end), None)
        if ent is not None:
            name = bare(ent.text)
            return Place(name=name, country=country_of(name))
        if obj.is_title and obj.ent_type_ != "PERSON":  # the NER types "Mariupol" an ORG, "Sievierodonetsk" a NORP
            name = obj.doc[min([c.i for c in obj.children if c.dep_ == "compound"] + [obj.i]):obj.i + 1].text
            if (country := country_of(name)) is not None:
                return Place(name=bare(name), country=country)
    return None


def _locative(head: Token, trigger: Token, sent: Span, ents: list[Span], words: set[str],
              movements: frozenset[str] | None = None) -> Place | None:
    """The first place of a phrase on the trigger's clause whose preposition is one of ``words``
    (``location_of``); with ``movements``, only a phrase on one of those words naming a known place as its head
    ("travelled to Kyiv", "a trip to Kyiv"; not "Ukraine's ambassador to the U.S.", "according to the Pentagon")."""
    moves = movements is not None
    for prep in head.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in words or clause_chain(prep)[-1].i != head.i:
            continue
        if moves and prep.head.lemma_.lower() not in movements:
            continue
        start, end = prep.left_edge.i, prep.right_edge.i + 1
        if start <= trigger.i < end:
            continue
        own = _own_phrase(prep)
        inside = [e for e in ents if all(i in own for i in range(e.start, e.end))]
        heads = _heads(prep) if moves else own
        if moves:  # where one goes is the phrase's head ("spoke to Ukraine's Foreign Minister" goes nowhere)
            inside = [e for e in inside if any(e.start <= i < e.end for i in heads)]
        # the entity that heads the phrase before one that qualifies it ("in East Timor's capital Dili": Dili)
        for ent in sorted(inside, key=lambda e: e.root.dep_ in {"poss", "amod", "compound"}):
            name = bare(ent.text)
            country = country_of(name)
            if country is not None or not moves:  # ("spoke to Julia": the NER's place, no place one goes to)
                return Place(name=name, country=country)
        # venues and towns that NER misses but the gazetteer knows ("at the UN headquarters", "near the town of
        # Samarra"): the whole phrase, then each run of capitalised words in it
        phrase = sent.doc[prep.i + 1:max(own, default=prep.i) + 1]
        for name in (phrase.text, *_capitalised_runs(phrase, own, heads)):
            if (country := country_of(name)) is not None:
                return Place(name=bare(name), country=country)
    return None


def _heads(prep: Token) -> set[int]:
    """The head of a preposition's object, and of its "of" phrase ("to the town of Gorazde": town, Gorazde)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return {t.i for obj in objects for t in (obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                                   for g in c.children if g.dep_ == "pobj"))}


def _capitalised_runs(phrase: Span, own: set[int], heads: set[int]) -> list[str]:
    """The runs of capitalised words of a phrase's own tokens ("the Iraqi city of Basra": "Iraqi", "Basra"), those
    holding one of ``heads`` only."""
    runs: list[list[Token]] = []
    for tok in phrase:
        if tok.i in own and tok.is_title and tok.pos_ == "PROPN":
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    return [phrase.doc[run[0].i:run[-1].i + 1].text for run in reversed(runs) if any(t.i in heads for t in run)]


def _own_phrase(prep: Token) -> set[int]:
    """Tokens of the preposition's own noun phrase ("in the Swiss city of Geneva"), without the clauses and other
    phrases hanging from it ("a shift in Trump's discourse ... with Ukraine's Zelensky" names no place)."""
    own: set[int] = set()
    stack = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}] or \
        [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # ("outside of the Iraqi city of Basra")
    while stack:
        tok = stack.pop()
        own.add(tok.i)
        stack += [c for c in tok.children if c.dep_ not in {"relcl", "acl", "prep", "advcl"} or
                  (c.dep_ == "prep" and c.lower_ == "of")]
    return own

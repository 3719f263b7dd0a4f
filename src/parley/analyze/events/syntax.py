"""Small questions about a parsed token that several event modules ask (no other module's knowledge here)."""

from __future__ import annotations

from spacy.tokens import Token

# prepositions of a time or circumstance an act is told in ("exhausted after weeks of shelling", "has not fallen despite
# defying the deadline")
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "since", "amid", "despite", "following", "until", "ahead"})


def clause_verb(chain: list[Token]) -> Token | None:
    """The first verb up a trigger's clause chain: the noun trigger's own verb, or the trigger itself."""
    return next((t for t in chain if t.pos_ in {"VERB", "AUX"}), None)


def gerund_read_as_adjective(tok: Token) -> bool:
    """A gerund opening the object of "of" or "for" after a verb's object that the parser read as the object's
    adjective ("accused Ukrainian forces of bombarding residential areas", parsed as "of [bombarding residential]
    areas"; not "warned of escalating violence")."""
    noun = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "amod" and noun.dep_ == "pobj" and noun.head.lower_ in {"for", "of"} and \
        tok.i == noun.left_edge.i and noun.head.head.dep_ == "dobj"


def perfect_participle(token: Token) -> bool:
    """A past participle after "having": "stayed in Kyiv, having declined an offer", "of having given support"."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)


def noun_before_infinitive(act: Token) -> Token | None:
    """The noun of an "of" phrase that the parser closed just before an infinitive it hung on the verb ("accused Kyiv
    of planning to use a dirty bomb", with "planning" read as a noun and "to use" as the verb's adverbial clause)."""
    start = act.left_edge.i
    if act.dep_ != "advcl" or not has_to(act) or start == 0:
        return None
    noun = act.doc[start - 1]
    return noun if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == act.head.i else None


def has_to(token: Token) -> bool:
    """Whether a verb carries the infinitive marker: "to meet", "plans to build", "is to visit"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def takes_part(tok: Token) -> bool:
    """ "take part", "took part", "taking part": the head a "take part in X" hangs its "in" on."""
    if tok.lemma_.lower() == "part":
        return tok.head.lemma_.lower() == "take"
    return tok.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children)


def frames(noun: Token) -> bool:
    """A noun that frames a verb's act as where it happens ("told Macron in a phone call that ...", "During the
    talks, Russia offered ..."), not what one takes part in ("did not take part in the discussions")."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} and verb.pos_ == "VERB" and not takes_part(verb)


def time_to(verb: Token) -> bool:
    """The infinitive of "it is time (for X) to ...": what the speaker says ought to be done now, not yet done."""
    time = verb.head
    return verb.dep_ in {"relcl", "acl"} and time.lemma_ == "time" and time.dep_ == "attr" and \
        time.head.lemma_ == "be" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in time.head.children)

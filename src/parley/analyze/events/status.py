"""Whether a reported event happened: occurred | intended | conditional | denied | hypothetical, with conditions.

Diplomatic reporting is mostly offers, conditions and refusals, so status is read from the dependency
structure around the trigger, not from the trigger word: the clause chain from the trigger up to its clause
head ("Lavrov would be READY to MEET") carries modality and negation, and condition clauses hang from that
chain ("... if such a request is made", "should there be a desire from Washington").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.analyze.events.lexicon import Lexicon
from parley.analyze.events.syntax import (
    CIRCUMSTANCE_PREPS,
    clause_verb,
    frames,
    has_to,
    noun_before_infinitive,
    perfect_participle,
    time_to,
)

# the words of a time clause that a future main clause puts ahead ("will raise it when she speaks to Kuleba")
_AHEAD_MARKS = frozenset({"when", "once", "after", "before", "until"})

# arcs that stay inside one predicate's clause when walking up from the trigger
_CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "acomp", "attr", "compound", "amod", "nsubj", "nsubjpass",
               "appos", "npadvmod", "oprd", "pcomp", "agent", "dative", "nmod", "poss"}
_CLAUSE_DEPS = {"advcl", "ccomp", "csubj"}
_PROVIDED = frozenset({"provided", "providing"})
_WHERE = frozenset({"on", "in", "at"})  # (where someone is while doing something)


def clause_chain(token: Token, purpose: bool = True) -> list[Token]:
    """The trigger and the tokens above it up to (and including) the head of its clause. A subjectless verb
    that serves or continues a clause belongs to it (``_purpose``: "will travel to Rome to meet the Pope": the
    meeting is as future as the trip, and its subject is the traveller), unless ``purpose`` is False: it still
    names an event of its own."""
    chain = [token]
    while (token.dep_ in _CHAIN_DEPS or purpose and _purpose(token) or _short_of(token)) and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _short_of(token: Token) -> bool:
    """The adverb of "stopped short of criticising Putin", which carries the act up to its verb."""
    return token.dep_ == "advmod" and token.lower_ == "short" and token.head.pos_ == "VERB"


def _purpose(token: Token) -> bool:
    """A verb with no subject of its own that serves or continues the clause above it: an adverbial infinitive
    ("... to meet ..."), a participle ("had blocked the package, demanding guarantees") or a second verb of the
    same subject ("will visit Kyiv and meet Zelensky")."""
    if token.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "expl"} for c in token.children):
        return False
    if token.dep_ == "advcl":  # (a perfect participle too: "stayed in Kyiv, having declined an offer")
        return token.tag_ == "VBG" or has_to(token) or perfect_participle(token)
    noun = token.head
    if token.dep_ in {"acl", "relcl"} and noun.pos_ == "NOUN" and (noun.dep_ in {"dobj", "attr"} or (
            noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "VERB")) and \
            not any(c.dep_ == "poss" for c in noun.children):  # (or its "to" object: "committed to a package to aid")
        # "sees no need to carry out strikes", "announced plans to build", "has no reason to attack" (an infinitive
        # the parser reads as a relative clause): the infinitive of the verb's object continues the verb's clause
        # (not "Russia's decision to ban", whose subject is Russia)
        return has_to(token)
    if token.dep_ == "acl" and token.tag_ == "VBG" and noun.pos_ in {"NOUN", "ADJ"} and noun.dep_ == "pobj" and \
            noun.head.lower_ in _WHERE and not noun.ent_type_:
        return True  # "Trump was on the event stage lauding the Russian president's strategy": the one on the stage
    return token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(c.dep_ == "aux" for c in token.children)


def conditions_of(chain: list[Token], lexicon: Lexicon) -> list[Span]:
    """Condition clauses attached to the chain: "if ..."/"unless ..." adverbials and inverted "should there be"."""
    found: list[Span] = []
    on_chain = {t.i for t in chain}
    for tok in chain:
        for child in tok.children:
            if (child.dep_ not in _CLAUSE_DEPS and not provided_clause(child) and not _as_long_as(child)) or \
                    child.i in on_chain:
                continue
            span = _clause_span(child)
            if _is_condition(span, child, lexicon) and span[0].lower_ != "even" and not _concessive_if(child):
                found.append(span)  # "even if advisers were present" concedes: what it qualifies happens anyway
    return sorted(found, key=lambda s: s.start)


def _as_long_as(token: Token) -> bool:
    """ "as long as it does not fire them at Russia": the parser hangs the clause on "long" as an adverb."""
    return token.dep_ == "advmod" and token.lower_ == "long" and any(c.dep_ == "advcl" for c in token.children)


def provided_clause(token: Token) -> bool:
    """ "provided that the West stops arms supplies": the parser hangs the clause on "provided" as a preposition."""
    return token.dep_ == "prep" and token.lower_ in _PROVIDED and \
        any(c.dep_ in {"pcomp", "ccomp"} for c in token.children)


def _concessive_if(head: Token) -> bool:
    """ "a significant, if belated, ratcheting up of pressure", "a modest, if welcome, step": an "if" between commas
    after an adjective grants a quality, it sets no condition ("will respond, if necessary, with force" does)."""
    doc = head.doc
    return any(c.dep_ == "mark" and c.lower_ == "if" and c.i >= 2 and c.i + 2 < len(doc) and doc[c.i - 1].text == ","
               and doc[c.i - 2].pos_ in {"ADJ", "ADV"} and doc[c.i + 2].text == "," for c in head.children)


def _clause_span(head: Token) -> Span:
    """The clause's subtree without a trailing coordinator or punctuation ("if X is made by Y and")."""
    tokens = list(head.subtree)
    start, end = tokens[0].i, tokens[-1].i + 1
    doc = head.doc
    while end - 1 > start and (doc[end - 1].dep_ in {"cc", "punct"} or doc[end - 1].is_punct):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _is_condition(span: Span, head: Token, lexicon: Lexicon) -> bool:
    if not len(span):
        return False
    marks = lexicon.cues["condition_marks"]
    words = [t.lower_ for t in span[:4]]
    for mark in marks:
        parts = mark.split()
        if words[: len(parts)] == parts:
            return True
    if any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
        return True
    first = span[0]
    return (first.lower_ in lexicon.cues["inversion_aux"] and first.head.i == head.i and first.i < head.i
            and any(c.dep_ in {"expl", "nsubj", "nsubjpass"} and c.i > first.i for c in head.children))


def status_of(chain: list[Token], conditions: list[Span], lexicon: Lexicon) -> str:
    """The status read from the chain's modality, negation and conditions (conditions win over intent)."""
    cues = lexicon.cues
    lemmas = {lemma for t in chain for lemma in phrasal_lemmas(t)}
    # the trigger's own word ("agreed") is not its modality, nor an act it is the object or purpose of
    above = {t.lemma_.lower() for below, t in zip(chain, chain[1:], strict=False)
             if not _act_verb(t, cues["literal_intent_verbs"]) and not _purpose_of(below, t, cues["purpose_lemmas"])}
    # a negation that negates nothing of the chain's act is left out: a litotes ("not unlike"), the negation of a verb
    # the chain's verb is joined to by "but" ("has not given its own account, but denies carrying out any attacks"),
    # and "not just" or "not only" ("Russia is not only attacking Kyiv but also Lviv")
    contrasted = {t.i for below, t in zip(chain, chain[1:], strict=False) if below.dep_ == "conj" and
                  any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in t.children)}
    # (nor does a negation above a phrase of circumstance negate the act told in it: "has not fallen despite defying
    # the deadline")
    told_in = next((k for k, t in enumerate(chain[1:], 1) if t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS),
                   len(chain))
    # (nor does the negation of a verb that tells how an act was made known: "Johnson's visit to Kyiv was not
    # announced in advance" took place, and is no intent either)
    unheralded = {chain[1].i} if len(chain) > 1 and chain[0].pos_ == "NOUN" and \
        chain[0].dep_ in {"nsubj", "nsubjpass"} and chain[1].lemma_.lower() in cues["disclosure_lemmas"] and \
        any(c.dep_ == "neg" for c in chain[1].children) else set()
    if unheralded:
        above.discard(chain[1].lemma_.lower())
    children = [c for t in chain for c in t.children if not (c.dep_ == "neg" and (
        c.head.lemma_.lower() in cues["litotes_lemmas"] or c.head.i in contrasted | unheralded or
        c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in {"just", "only", "merely", "simply"}))]
    # (a subject with "no" denies the clause, and an object with "no" its verb: "no practical plan has been agreed",
    # "no one was killed or wounded", "expressed no support")
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                  or (c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"nobody", "none", "nothing"})
                  or ((c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "dobj" and c.head.i == chain[0].i) and
                      any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in children
                  if c.head.i in {t.i for t in chain[:told_in]})
    warned_to = any(below.dep_ == "xcomp" and t.lemma_.lower() in cues["warning_lemmas"]
                    for below, t in zip(chain, chain[1:], strict=False)) or \
        _warned_against(chain[0], cues["warning_lemmas"])
    # (a talk framing what is said in it is not what its speaker denies: "In a rare phone call with Shoigu, Wallace
    # denied that the West was ...", "during the talks, Russia did not raise the issue")
    framed = chain[0].pos_ == "NOUN" and frames(chain[0])
    if negated and not framed and not (above & cues["intent_lemmas"]) and \
            not ((above & cues["request_lemmas"] or warned_to) and chain[0].pos_ == "VERB"):
        return "denied"  # (what one is urged or warned not to do is still only asked for: hypothetical, below)
    if any(t.lemma_.lower() in {"stop", "fall"} and any(c.lower_ == "short" for c in t.children)
           for t in list(chain[0].ancestors)[:5]):
        return "denied"  # "Xi stopped short of criticising Putin directly", "fell short of sending tanks": not done
    # (a participle beside a denial is an act of its own: "Russia has denied the bombing, accusing Ukraine of a staged
    # provocation" makes the accusation)
    beside = next((i for i, t in enumerate(chain[:-1], 1) if t.dep_ == "advcl" and t.tag_ == "VBG"), len(chain))
    denying = {lemma for t in chain[:beside] for lemma in phrasal_lemmas(t)}
    # (the trigger's own words deny nothing, a phrase's verb among them: "the planned talks were called off")
    own = {lemma for t in chain[:2 if lexicon.passive_phrase(chain[0]) else 1] for lemma in phrasal_lemmas(t)}
    if denying & cues["denial_lemmas"] and not own & cues["denial_lemmas"] and not framed or \
            _impossible(chain[0], cues["denial_adjectives"]) or \
            _denied_report(chain, cues["denial_lemmas"] | cues["report_denials"]):
        return "denied"
    if conditions or lemmas & cues["condition_lemmas"]:
        return "conditional"
    if any(c.dep_ == "neg" and _word_or_copula(c.head, cues["intent_lemmas"]) or
           c.dep_ == "det" and c.lower_ == "no" and c.head.lemma_.lower() in cues["intent_lemmas"] for c in children):
        # "Russia is not ready to withdraw its troops", "does not plan to", "has no intention of sending troops",
        # "no plans to meet": the intention is denied (a condition, "not ready to meet unless ...", says when it
        # would hold: conditional, above)
        return "denied"
    head = chain[-1]
    if head.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in cues["hypothetical_aux"] | {"would"}
                                    for c in head.head.children):
        return "hypothetical"  # "punishing Russia for its war would be worth risking more inflation": weighed
    if above & cues["request_lemmas"] or warned_to or \
            (head.dep_ == "ccomp" and head.head.lemma_.lower() in cues["request_lemmas"]) or \
            lexicon.asked_clause(head) or any(time_to(t) for t in chain):
        return "hypothetical"  # what is asked for has not happened ("it is time for Israel to send weapons")
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if "would" in aux and any(c.dep_ == "advmod" and c.lower_ in cues["habitual_adverbs"] for c in children):
        return "occurred"  # "Sometimes, a mortar team would arrive, fire off a few rounds and leave": what used to be
    if aux & cues["hypothetical_aux"] or above & cues["hypothetical_lemmas"] or _hypothetical_det(children) or \
            any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_lemmas"] for c in children):
        return "hypothetical"  # (an embedded question: "unclear whether Russia will attack Kyiv again")
    if _demanded_by_noun(chain, lexicon):
        return "hypothetical"  # "a deadline for Ukraine to surrender", "an ultimatum to withdraw": not done
    if _planned_of(chain[0], cues["intent_lemmas"]):
        return "hypothetical"  # "accused Kyiv of planning to use a dirty bomb": a plan alleged
    if aux & cues["future_aux"] or above & cues["intent_lemmas"] or _is_to(chain) or \
            _time_ahead(head, cues["future_aux"]):
        return "intended"
    return "occurred"


def _planned_of(act: Token, intents: frozenset[str]) -> bool:
    """ "accused Kyiv of planning to use a dirty bomb", with "planning" read as a noun and the infinitive hung on the
    verb: the act is a plan someone is said to have."""
    noun = noun_before_infinitive(act)
    return noun is not None and noun.lemma_.lower() in intents | {"planning"}


def _warned_against(act: Token, warnings: frozenset[str]) -> bool:
    """The act is what someone warns against doing: "warned Kyiv against using the weapons", "warned against Finland
    and Sweden joining Nato" (the gerund's subject hung on the preposition)."""
    if act.tag_ != "VBG":
        return False
    if act.dep_ == "pcomp" and act.head.lower_ == "against":
        return act.head.head.lemma_.lower() in warnings
    return act.dep_ == "advcl" and act.head.lemma_.lower() in warnings and \
        any(c.dep_ == "prep" and c.lower_ == "against" for c in act.head.children)


def phrasal_lemmas(token: Token) -> set[str]:
    """A word's lemma, and with each particle it takes ("rule out", "call off")."""
    lemma = token.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt")}


def _denied_report(chain: list[Token], denials: frozenset[str]) -> bool:
    """The clause is what someone denies happened or rejects: "The Kremlin denied that Putin had threatened to use
    nuclear weapons", "Musk is denying a report that he spoke with Putin", "rejected a proposal to hold talks" (not
    "did not deny that ...")."""
    return any(_denies(head, denials) for head in chain)


def _denies(head: Token, denials: frozenset[str]) -> bool:
    if head.dep_ == "acl" and head.head.dep_ == "dobj" or head.dep_ == "ccomp" and head.head.pos_ == "NOUN":
        head = head.head  # the report, claim or allegation denied
    verb = head.head
    return head.dep_ in {"ccomp", "dobj"} and verb.lemma_.lower() in denials and verb.i != head.i and \
        not any(c.dep_ == "neg" for c in verb.children) and head.pos_ in {"VERB", "AUX", "NOUN"} and \
        (head.dep_ == "ccomp" or any(c.dep_ in {"acl", "ccomp"} for c in head.children))


def _time_ahead(head: Token, future: frozenset[str]) -> bool:
    """A time clause in the present under a future clause is ahead too ("Truss will raise the case when she speaks
    to Kuleba on Friday")."""
    return head.dep_ == "advcl" and head.tag_ in {"VBZ", "VBP"} and \
        any(c.dep_ in {"mark", "advmod"} and c.lower_ in _AHEAD_MARKS for c in head.children) and \
        any(c.dep_ == "aux" and c.lower_ in future for c in head.head.children)


def _impossible(trigger: Token, adjectives: frozenset[str]) -> bool:
    """The trigger is what an adjective of denial governs: "it is impossible to discuss anything", "Russia is unable
    to negotiate", "peace talks are impossible" (not a deeper event: "impossible to ignore the attack")."""
    if trigger.dep_ not in {"xcomp", "advcl", "nsubj", "csubj", "pobj", "pcomp"} or trigger.head.i == trigger.i:
        return False
    head = trigger.head
    if trigger.dep_ in {"pobj", "pcomp"}:  # "incapable of negotiating"
        head = head.head
    return _word_or_copula(head, adjectives)


def _word_or_copula(token: Token, words: frozenset[str]) -> bool:
    """One of ``words``, or the copula of one: an intention ("is not ready to ..."), a denial ("is impossible")."""
    return token.lemma_.lower() in words or token.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in words for c in token.children)


def _act_verb(token: Token, literal: frozenset[str]) -> bool:
    """ "opened fire", "set fire to": a verb of intent in its literal sense, an act with its object ("open to
    talks", "is set to meet" stay intentions)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in literal and any(c.dep_ == "dobj" for c in token.children)


def _purpose_of(subject: Token, verb: Token, purposes: frozenset[str]) -> bool:
    """ "The new sanctions are aimed at punishing Moscow", "the drills were intended to simulate a strike": an event
    that is the subject of a verb of purpose has a purpose, it is not itself intended."""
    return subject.pos_ == "NOUN" and subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == verb.i and \
        verb.lemma_.lower() in purposes


def _hypothetical_det(children: list[Token]) -> bool:
    """ "any meeting", "a possible meeting": the event is talked about, not reported."""
    return any(c.dep_ in {"det", "amod"} and c.lower_ in {"any", "possible", "potential", "eventual"} for c in children)


_ASKING = frozenset({"REQUEST", "THREATEN"})  # nouns of these types ask for the act of their infinitive
_ASKING_NOUNS = frozenset({"deadline", "pressure"})  # and these ("a deadline for Kyiv to surrender")


def _demanded_by_noun(chain: list[Token], lexicon: Lexicon) -> bool:
    """The act is the infinitive of a noun that asks for it ("a deadline for Ukraine to surrender", "an ultimatum to
    withdraw", "calls for Russia to leave"), not of an attempt made or a decision ("Russia's attempt to seize Kyiv")."""
    verb = clause_verb(chain)
    if verb is None or verb.dep_ not in {"acl", "advcl", "relcl"} or not has_to(verb) or verb.head.pos_ != "NOUN":
        return False
    noun = verb.head
    return noun.lemma_.lower() in _ASKING_NOUNS or lexicon.names_event(noun, _ASKING)


def _is_to(chain: list[Token]) -> bool:
    """ "Putin is to meet ...", "talks are due to start", "is about to start exercises": a scheduled event."""
    if any(t.lower_ == "about" and t.dep_ == "acomp" and any(c.dep_ == "xcomp" and has_to(c) for c in t.children)
           for t in chain):
        return True
    head = chain[-1]
    if head.lemma_ == "be" and any(c.dep_ == "xcomp" and has_to(c) for c in head.children):
        return True  # "the discussion is to cover ..."
    return has_to(head) and head.dep_ == "xcomp" and head.head.lemma_ == "be"

"""Who did what to whom: actor and recipient of an event, from the parse, the actor step and the quotes.

Roles come from dependency structure around the trigger (subject, agent, object, "with/to/against"
phrases, "Russia's offer", "visits by Lavrov"), climbing through "ready to meet"-style chains to the
governing subject. Spans become actors through the actor step (``ctx.actor_at``); reported speech is
attributed through its speaker ("Lavrov said Russia is ready ..." -> Russia and Lavrov; "we are ready" in a
quote -> the quote's speaker). Plural stand-ins ("the leaders discussed ...") name the document's two
principal people; "they" names the parties of the talk last reported, else the plural subject before it. Spans
the actor step did not resolve but NER calls a person, organisation or state are kept as discovered actors, so an
event never loses a named party.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from parley.analyze.actors.names import stance_prefixed
from parley.analyze.context import DocContext
from parley.analyze.datelines import datelines
from parley.analyze.events.consultation import issuer, principals
from parley.analyze.events.entities import ents_of
from parley.analyze.events.lexicon import (
    DEONTIC,
    JUDGING_TYPES,
    Lexicon,
    agents_of,
    named_party,
    named_person,
    named_predicate,
    temporal,
    town,
    verdict,
)
from parley.analyze.events.syntax import (
    CIRCUMSTANCE_PREPS,
    gerund_read_as_adjective,
    has_to,
    noun_before_infinitive,
    perfect_participle,
    time_to,
)
from parley.outlets import find_outlet
from parley.places import country_of, gazetteer, is_venue
from parley.records import Actor, ActorKind, ActorRef, Mention, Place
from parley.registry import Entry, load_registry

_ENT_KIND: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organization", "NORP": "state", "GPE": "state"}
_ENT_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
_NP_LEFT = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "quantmod"}
_RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "on", "between", "upon", "at"}
_NEAR = {"in", "near", "outside", "at"}  # a place within or near another ("an airport outside Moscow")
_CUSTODY_PREPS = {"in", "at", "from", "across", "throughout"}  # "detained across Russia": where one is held
_CAUSE_PREPS = {"in", "during", "from", "by"}  # "killed in Russian strikes", "died from wounds in a Russian attack"
_GIVING_VERBS = {"give", "hand", "deal", "deliver", "serve", "issue"}  # verbs whose passive subject receives the object
_RECEIVING = {"receive", "get", "obtain", "hear", "learn", "buy", "import", "accept", "take", "borrow", "inherit"}
_HOSTING = frozenset({"host", "receive", "welcome", "invite"})  # talks whose "to" is the host's venue
_TALK_TOPIC_PREPS = {"on", "at", "about", "regarding", "over", "concerning"}
_MAX_INSIDE = 3
# people who act for another party named in their phrase ("agents working for the Kremlin", "troops loyal to Assad";
# not "countries close to Russia")
_PROXIES = frozenset({"agents", "hackers", "spies", "operatives", "mercenaries", "proxies", "fighters", "units",
                      "militants", "gunmen", "troops", "forces", "soldiers", "militias", "assassins", "saboteurs"})
_STATE_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic"})  # "the country": a state named before
_GROUP_MODIFIERS = {"amod", "compound", "nmod", "poss"}
_PROTECTING = {"defend", "protect", "shield", "guard", "save", "safeguard"}  # "defend ... from unprovoked invasion"
_STATES_OF_BEING = {"stand", "remain", "stay"}  # verbs whose participle tells a state: "stands accused"
_OFFICE_GROUPS = {"leader", "president", "minister", "counterpart"}  # collectives of people, not of states
_JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # verbs that judge an act rather than share in it
_JUDGING = JUDGING_TYPES  # verbs whose object did what they judge or punish it for
# verbs of saying that own what they say or present it as theirs ("declared war", "acknowledged a fire on board")
_OWNING_UP = frozenset({"declare", "warn", "signal", "acknowledge", "highlight"})
_BENEFITS = frozenset({"SUPPORT", "AID"})  # words whose "for" names the one they serve ("support for Ukraine")
_SUPPORTING = frozenset({"SUPPORT"})  # words of support a verb of saying or giving expresses ("expressed support")
_REJECTING = frozenset({"REJECT"})  # words that turn down what they take ("declined an offer from the U.S.")
_FORCE = frozenset({"ASSAULT"})  # words of force
_REQUESTS = frozenset({"REQUEST"})  # words whose "from" phrase names the one asked ("asked for help from China")
_MEASURES = frozenset({"SANCTION"})  # words whose goods or flows stand for the party at their other end
_GIVING = frozenset({"AID"})  # words whose thing given, described by them, is the user's ("rockets supplied by the US")
_PRONOUNS = {"i", "we", "he", "she", "they", "it", "us", "him", "her", "them"}
_ONE_OF = frozenset({"one", "two", "some", "many", "several", "most", "both", "each"})
_NOT_A_PERSON = {"they", "them", "it"}
_THIRD_PERSON = {"he", "she", "him", "her"}
_PARTY_ADJECTIVES = {"republican", "democratic", "conservative", "labour", "liberal", "socialist", "communist", "green"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
# verbs whose object does what their infinitive says ("stopped short of committing the UK to send the rockets")
_OBJECT_CONTROL = frozenset({"commit", "force", "compel", "oblige", "persuade", "allow", "enable", "permit", "prompt",
                             "lead", "spur", "drive", "cause"})
_TAKING_TO = frozenset({"object", "consent", "agree", "accede", "react", "respond"})  # "objected to X joining"
# verb forms of saying the tagger takes for nouns before a clause ("... in Mariupol allege Russia targeted ...")
_SAYING_FORMS = frozenset({"allege", "alleges", "claim", "claims", "say", "says", "insist", "insists", "warn", "warns"})
_REFLEXIVES = frozenset({"myself", "ourselves", "himself", "herself", "themselves"})  # ("she herself")
_INSIDE_CLAUSE = frozenset({"xcomp", "pcomp", "pobj", "prep", "advcl"})  # links that stay in one clause
_MAX_CLAUSES = 6  # how far up from a word of blame its blamed subject is looked for


# what makes a verb in the base form no imperative: a subject, an auxiliary ("to", "will"), a subordinating word
_NOT_ORDERS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"}


class Roles:
    """Role finder for one document (caches its principal parties and quote spans)."""

    def __init__(self, ctx: DocContext, lexicon: Lexicon) -> None:
        self.ctx = ctx
        self.lexicon = lexicon
        self._principals: list[ActorRef] | None = None
        self.issuer = issuer(ctx)
        # parties the actor step did not list: principals the text never names (the issuing office-holder) and
        # states the registry knows by a modifier ("Russian strikes"); each becomes an actor once an event uses it
        self.inferred: dict[str, Actor] = {}
        self._last_talk: tuple[ActorRef, ...] = ()  # parties of the last consultation read with two or more
        self._press: dict[str, bool] = {}  # actor id -> introduced as a journalist ("CNN's Jake Tapper")
        # verbs of telling whose object is what is told (_told)
        self._telling = lexicon.cues["speech_lemmas"] - lexicon.cues["disclosure_lemmas"] - _OWNING_UP

    def parties(self, trigger: Token, chain: list[Token], talk: bool = False,
                force: bool = False) -> tuple[list[ActorRef], list[ActorRef]]:
        """(actors, recipients) of the event named by ``trigger``; recipients never repeat an actor.
        ``talk``: the event is a consultation, whose unnamed parties are the document's principals. ``force``: the
        event is a use of force (an attack, a seizure, troops massed, a protest), which a speaker who names no one
        as its agent reports rather than commits ("Putin said fighting had stopped in Mariupol")."""
        if self.lexicon.asked_at(trigger):
            # "at the request of U.S. authorities, Spanish officials took possession of a yacht": the US asked Spain
            askers = [c for c in trigger.children if c.dep_ == "poss"] + \
                [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
            actors = self._refs(askers)
            asked = self._refs([c for c in trigger.head.head.children if c.dep_ == "nsubj"])
            return _dedupe(actors), _dedupe([r for r in asked if all(r.id != a.id for a in actors)])
        actor_heads, recipient_heads = self._role_tokens(trigger, chain, talk)
        if (orderers := self.lexicon.ordered_by(trigger)) and _passive(trigger) and \
                not any(c.dep_ == "agent" for c in trigger.children):
            # "the atrocities committed on Putin's orders": the one who ordered them did them
            actor_heads = orderers
            recipient_heads = [h for h in recipient_heads if all(h.i != o.i for o in orderers)]
        # (an agent that names no party stands for the party named in its phrase: "hacked by agents suspected of
        # working for the Kremlin", "shelled by troops loyal to Assad")
        actors = self._refs(actor_heads) or \
            self._refs([h for h in actor_heads if h.head.lower_ == "by" and h.lower_ in _PROXIES], inside=True)
        if actor_heads and all(_is(h, _PRONOUNS) for h in actor_heads):
            # a pronoun never stands for the one its act is aimed at ("They have promised to slap sanctions on
            # Putin": not Putin's promise)
            aimed = {r.id for r in self._refs([h for h in recipient_heads if h.pos_ == "PROPN"])}
            actors = [a for a in actors if a.id not in aimed]
        speaker = self._speaker(chain[-1])
        if speaker is not None and any(_is(h, _THIRD_PERSON) and self._quoted(h) for h in actor_heads):
            # a speaker is never the "he" of their own quotation, whoever the actor step read it as ("'... to which he
            # feels he has to continue to prosecute this war,' Kirby said")
            actors = [a for a in actors if a.id != speaker.id]
        if speaker is not None and _deontic(chain) and not force and \
                not any(a.id in {speaker.id, speaker.country} for a in actors):
            # "Trump said North Korea must do something": a demand by the speaker of the clause's subject (not force
            # someone has to use: "'... the degree to which he feels he has to continue to prosecute this war'")
            recipients = [*actors, *self._refs(recipient_heads, inside=True)]
            return [speaker], _dedupe([r for r in recipients if r.id != speaker.id])
        passive = _passive(trigger) and not any(c.dep_ == "agent" and not temporal(c) for c in trigger.children)
        # a speaker named as the one the act is aimed at (not as the owner of a thing, "withdraw its troops")
        undergoes = speaker is not None and any(r.id == speaker.id for r in self._refs(
            [h for h in recipient_heads if not any(c.dep_ == "poss" for c in h.children)]))
        # (nor is what one knows of one's act: "Blinken said he had heard strong support for the Nordic countries")
        known = self._known_of(trigger) and not actors
        if speaker is not None and all(speaker.id != a.id for a in actors) and not (passive and not actors) and \
                not undergoes and not known:  # "she said she received death threats": threatened, not threatening
            # a passive with no agent names no actor: "Zelensky said seven people were injured" is not his act
            # (a person is no "they" nor "it": '"They used the vacuum bomb today," Markarova said' is not her act)
            person = self._is_person(speaker)
            own = _PRONOUNS - _NOT_A_PERSON if person else _PRONOUNS
            # (a speaker quoted is "I", never the "he" of the quotation: '"I thought he was negotiating," Trump said')
            # (nor is a state or a body "he" or "she": "he 'refused to cooperate with the occupants', Ukraine said")
            # (and a person is never "they": '"They are pulling back from around Kharkiv," said Stoltenberg')
            # (nor the "he" the subject of a nearer verb of saying stands for: "his book says Trump told Bolton that he
            # wanted to freeze the aid" is Trump's wish)
            # (nor a "he" a woman says, or a "she" a man: "Liz Truss said he had threatened Ukraine")
            other = any(h.lower_ in _THIRD_PERSON and (self._quoted(h) or not person or
                                                       self._nearer_sayer(h, speaker) or
                                                       self.ctx.other_gender(speaker.id, h.lower_))
                        or person and h.lower_ in {"they", "them"} for h in actor_heads)
            # a journalist reports what others do ("it is another major concession to Zelensky," CNN's Christiane
            # Amanpour said), though their own "I" and "we" are theirs
            press = self.is_press(speaker)
            own = own & _FIRST_PERSON if press else own
            # (nor does a speaker do what a passive's agent does: "tanks provided to Ukraine by European countries")
            agent = any(h.head.dep_ == "agent" and not _is(h, _PRONOUNS) for h in actor_heads)
            if not other and (any(_is(h, own) for h in actor_heads) or
                              not actors and not force and not press and not agent):
                actors = [speaker]
            elif actors and not force and not press and not any(self._is_person(a) for a in actors) and \
                    _speaks_for(speaker, actors):
                actors.append(speaker)  # "Lavrov said Russia is ready": Russia and Lavrov
        if not actors:
            actors = next((self._group(h) for h in actor_heads if self._collective(h)), [])
        judging = self.lexicon.names_event(trigger, _JUDGING)
        recipients = [r for r in self._refs(recipient_heads, inside=True, doers=judging)
                      if all(r.id != a.id for a in actors)]
        addressed = self._quoted_first_person(recipient_heads, speaker) if speaker is not None else []
        if not recipients and addressed:
            # '"Has Putin ever called me a racist?" Carlson asked': the speaker; "attacked us": the speaker's side
            recipients = [r for r in addressed if all(r.id != a.id for a in actors)]
        if not recipients and trigger.pos_ == "VERB" and not talk and trigger.lemma_.lower() not in _RECEIVING and \
                any(c.dep_ == "dobj" for c in trigger.children) and not any(c.lower_ == "to" for c in trigger.children):
            # "withheld aid from Ukraine", "expelled ten diplomats from Poland": what is taken is taken from them
            # (never a place left, "retreat from Kherson", nor a range, "from southern France to Fiji")
            taken_from = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)]
            recipients = [r for r in self._refs(taken_from) if all(r.id != a.id for a in actors)]
        if talk and not actors and not recipients and (_implicit(trigger) or any(h.lower_ in {"we", "they"} for h in actor_heads)):
            # "The talks lasted two hours", "we discussed": the talk last reported with its parties, else the
            # document's principals
            actors = list(self._last_talk) or self.principals()
        actors, recipients = _dedupe(actors), _dedupe(recipients)
        if talk and len(actors) + len(recipients) >= 2:
            self._last_talk = (*actors, *recipients)
        return actors, recipients

    def warned_about(self, verb: Token, speakers: list[ActorRef]) -> list[ActorRef]:
        """The other side a warning is about: "the African Union has warned EU leaders that Moscow's blockade of
        Ukraine's ports risks a catastrophic scenario" blames Moscow, it threatens no one. A warning that the other
        side will suffer ("Russia would pay a heavy price", "would face consequences"), or about no named party,
        or about the speaker's own side ("warned that Russia would respond", Lavrov said) names none."""
        heads = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            said = {clause.lemma_.lower(), *(f"{clause.lemma_} {c.lemma_}".lower() for c in clause.children
                                             if c.dep_ == "dobj")}
            if said & self.lexicon.punishments:  # "would face consequences", "would pay a heavy price"
                return []
            if clause.lemma_.lower() in self.lexicon.wanting:
                continue  # "warned that Ukraine needed 5bn a month": a need told, no one blamed
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            # "has warned Russia is probably paying for drones": the parser takes the clause's subject as the object
            subjects = subjects or [c for c in verb.children if c.dep_ == "dobj"]
            heads += [c for c in subjects if not _is(c, _PRONOUNS)]
        # "warns about disinformation by frequent guests", "warned of the online threat posed by hostile states
        # including China, Russia, Iran and North Korea": the doers of what a warning is of
        topics = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "about"}]
        doers = [g for c in topics for p in _pobjs(c)
                 for t in p.subtree if t.lower_ == "by" and t.dep_ in {"agent", "prep"} for g in _pobjs(t)]
        # (or on the verb, where the parser hangs it: "warns about disinformation — on Fox News — by guests")
        doers += [g for c in verb.children if topics and c.dep_ == "prep" and c.lower_ == "by" for g in _pobjs(c)]
        return _dedupe(self._other_side(heads, speakers) + self._other_side(doers, speakers, inside=True))

    def conditioned_on(self, conditions: list[Span], actors: list[ActorRef]) -> list[ActorRef]:
        """The other side whose doing a threat's condition names: "Russia would retaliate further if the US went
        through with the delivery" threatens the US."""
        heads = [c for span in conditions for c in span.root.children
                 if c.dep_ in {"nsubj", "nsubjpass"} and not _is(c, _PRONOUNS)]
        return self._other_side(heads, actors)

    def claimed_about(self, trigger: Token, accusers: list[ActorRef]) -> list[ActorRef]:
        """The other side an accusation's clause is about, when the accusation names no target of its own ("Russia
        has claimed Ukraine is in the final stage of creating a dirty bomb", "its allegation that Ukraine may be
        preparing to detonate", "alleges he has evidence of UK special forces' participation")."""
        clauses = [c for c in trigger.children if c.dep_ in {"ccomp", "acl"}]
        subjects = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and not _is(s, _PRONOUNS)]
        objects = [o for c in clauses for o in c.children if o.dep_ == "dobj"]  # "alleges he has evidence of ..."
        return self._other_side(subjects or objects, accusers)

    def beneficiaries(self, trigger: Token, givers: list[ActorRef]) -> list[ActorRef]:
        """The party aid is for, when no role names one: the "for" phrase of the giving word or of the verb it is the
        object of ("approved $40 billion in aid for Ukraine", "will buy weapons for Ukraine")."""
        holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        heads = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for" and not temporal(c)
                 for p in _pobjs(c)]
        return _dedupe([r for r in self._refs(heads, inside=True) if all(r.id != g.id for g in givers)])

    def _other_side(self, heads: list[Token], speakers: list[ActorRef], inside: bool = False) -> list[ActorRef]:
        """The parties the heads name (or the agents of the events they name; with ``inside``, also the parties named
        within a head that names none), less the speakers' own side."""
        refs = self._refs([a for h in heads for a in (self._event_agents(h) or [h])], inside=inside)
        return _dedupe([r for r in refs if not any(same_side(s, r) for s in speakers)])

    def reported_by_other_side(self, trigger: Token, chain: list[Token]) -> bool:
        """Whether the act is told by a speaker of another side than its agent's: "Biden said he is convinced that
        Russia would soon invade", "Shoigu claimed Ukraine is preparing to use a dirty bomb" (against "Putin warned
        more targets would be struck", "Lavrov said Russia will respond": their own side's intent)."""
        speaker = self._speaker(chain[-1])
        speakers = [speaker] if speaker is not None else self._claimants(chain[-1])
        if not speakers:  # ("following its accusations that Ukraine was planning ...": an allegation, whoever's)
            return chain[-1].dep_ == "acl" and chain[-1].head.lemma_.lower() in self.lexicon.allegations
        actors = [a for a in self._refs(self._role_tokens(trigger, chain, False)[0])
                  if a.id not in {s.id for s in speakers}]
        return bool(actors) and not any(allied(s, a) for s in speakers for a in actors)

    def _claimants(self, clause_head: Token) -> list[ActorRef]:
        """Who makes the claim a clause is the content of: the holder of a claim noun ("its accusations that
        ...") or the subject of the verb that makes it ("Russia has raised warnings that ...")."""
        noun = clause_head.head
        if clause_head.dep_ not in {"acl", "ccomp"} or noun.pos_ != "NOUN" or \
                noun.lemma_.lower() not in self.lexicon.claim_nouns:
            return []
        holders = [c for c in noun.children if c.dep_ == "poss"]
        if not holders and noun.dep_ == "dobj":
            holders = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return self._refs(holders)

    def demands(self, chain: list[Token]) -> bool:
        """Whether the clause is a demand its speaker reports ("Trump said North Korea must stop testing")."""
        speaker = self._speaker(chain[-1])
        subjects = [c for t in chain for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "he must leave", "Lavrov said Russia has to defend its interests": his own or his state's duty, no demand
        # (a state's rebels still demand of its president)
        return speaker is not None and _deontic(chain) and not any(
            c.lower_ in {"i", "we", "he", "she"} or (ref := self.ref_of(_noun_phrase(c))) is not None and
            ref.id in {speaker.id, speaker.country} for c in subjects)

    def _role_tokens(self, trigger: Token, chain: list[Token], talk: bool) -> tuple[list[Token], list[Token]]:
        """Subject-side and object-side role heads; a talk's object and "on"/"at" phrases are its topic and
        venue ("discussed the situation in Ukraine", "talks on security"), not a party."""
        actors: list[Token] = []
        recipients: list[Token] = []
        # (a speech is addressed to the body it names: "addressed Congress")
        topical = talk and trigger.lemma_.lower() in self.lexicon.topic_verbs and \
            self.lexicon.addressed_body(trigger) is None
        # (a subject the parser hangs on an auxiliary is the verb's: "the administration did, in fact, withhold aid")
        stray = [] if _subjects(trigger) else \
            [s for c in trigger.children if c.dep_ == "aux" for s in c.children if s.dep_ == "nsubj"]
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"] + stray
        # (people moved by force are its subject: "a million Ukrainians forcibly relocated")
        moved = trigger.lemma_.lower() in self.lexicon.forced_moves and not any(
            c.dep_ == "dobj" for c in trigger.children) and any(
            c.dep_ == "advmod" and c.lower_ in self.lexicon.forcing_adverbs for c in trigger.children)
        if predicate_read_as_participle(trigger):
            actors.append(trigger.head)
        if (forces := _participle_read_as_gerund(trigger, self.lexicon.force_units, self.lexicon.invading)) is not None:
            return [forces], []  # "surrounded by attacking Russian forces", "against invading Russian troops": they act
        if trigger.lemma_.lower() in self.lexicon.indignation:
            return _indignation(trigger)
        if not talk and (called := self.lexicon.what_called(trigger)) is not None:
            recipients.append(called)  # "for what the Treasury called the Russian government's malign activities"
        # (one who sees what others did does none of it, unless seeing it "as" something: "We see this as posturing")
        perceived = trigger.lemma_.lower() in self.lexicon.perceiving and \
            not any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children)
        for child in [*trigger.children, *stray]:
            dep, low = child.dep_, child.lower_
            if dep == "nsubj" and perceived:
                # (the one the thing seen says did it: "have not seen evidence that Russia has changed its posture")
                actors += [s for o in trigger.children if o.dep_ == "dobj" for c in o.children
                           if c.dep_ in {"acl", "ccomp"} for s in c.children if s.dep_ == "nsubj"]
                continue
            if talk and (dep == "prep" and low in _TALK_TOPIC_PREPS or topical and dep in {"dobj", "nsubjpass"}):
                continue
            if dep == "nsubj" and (said := _misread_saying(child)) is not None:
                actors.append(said)  # "Ukrainian forces in Mariupol allege Russia targeted ...", "allege" a noun
                continue
            if dep == "nsubj" and len(subjects) > 1 and child.i != subjects[-1].i and subjects[-1].i < trigger.i and \
                    not child.ent_type_ and subjects[-1].ent_type_:
                # two subjects are a misparse ("Ukrainian forces in Mariupol allege Russia targeted ...", with
                # "allege" read as a noun): a named one next to the verb is its subject (a name first may head a
                # list the parser broke, "Olaf Scholz, Italian prime minister Mario Draghi and Macron arrived", or
                # own the noun after it, "Japan ’ s government has pledged")
                continue
            if dep == "nsubj" and len(subjects) > 1 and any(
                    c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_PREPS and child.left_edge.i > c.i > subjects[0].i
                    for c in trigger.children):
                continue  # the noun of a time phrase the parser read as a second subject ("The UK prime minister -
                # the first leader to address the parliament since the Russian invasion - praised ...")
            if dep == "nsubj" and (trigger.lemma_.lower() in self.lexicon.inverting and not talk or
                                   trigger.lemma_.lower() in self.lexicon.victims or moved):
                recipients.append(child)  # "Riyadh would face consequences", "civilians died": the ones who suffer
            elif dep == "prep" and low == "from" and not talk and not temporal(child) and (
                    trigger.lemma_.lower() in self.lexicon.inverting or trigger.pos_ == "NOUN" and
                    trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in self.lexicon.inverting):
                # "received Javelin missiles from Britain", "Russia faces new sanctions from the EU": the giver, and
                # the one who faces them the recipient
                actors += _pobjs(child)
                recipients += [c for c in trigger.head.children if c.dep_ == "nsubj"] if trigger.pos_ == "NOUN" or \
                    trigger.dep_ == "xcomp" and not subjects else []  # ("has started receiving missiles from Denmark")
            elif dep == "poss" and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lexicon.held_nouns and \
                    (child.ent_type_ == "PERSON" or child.lower_ in {"his", "her"}):
                recipients.append(child)  # "upheld Griner's sentence", "her detention": the one held
            elif dep == "poss" and child.tag_ == "PRP$" and self.ctx.actor_at(child.idx, child.idx + len(child)) is None:
                actors += _possessor(trigger) or [child]  # "Russia began its attack": Russia's
            elif dep in {"prep", "agent"} and low == "by" and trigger.pos_ == "VERB" and subjects and \
                    not _passive(trigger) and not temporal(child):
                # an active verb has its subject for agent: "Fukuyama blamed incompetent planning by Moscow" names
                # the doer of the deed blamed (whether the parser hangs "by" as a phrase or as a passive's agent)
                recipients += _pobjs(child)
            elif dep in {"nsubj", "poss"} or (dep == "agent" and trigger.pos_ == "VERB" or dep == "prep" and low == "by") \
                    and not temporal(child):
                actors += _pobjs(child) if dep in {"agent", "prep"} else [child]
            elif dep == "compound" and trigger.pos_ == "NOUN" and town(child):
                # a town names where it happened, not who did it: "the Mariupol attack", "the Bucha killings" (the
                # town attacked); "the Moscow talks" (the venue)
                recipients += [] if talk else [child]
            elif dep == "compound" and child.ent_type_ in _ENT_KIND or \
                    dep == "amod" and trigger.pos_ == "NOUN" and child.ent_type_ in {"NORP", "GPE"} or \
                    dep == "nmod" and trigger.pos_ == "NOUN" and child.ent_type_ in {"NORP", "GPE"} and \
                    any(c.ent_type_ in {"NORP", "GPE"} for c in child.conjuncts):
                actors += _with_coordinated_states(child)  # "Russian strikes", "US sanctions" ("the new US and
                # Canadian sanctions": both)
            elif dep in {"dobj", "nsubjpass"} and child.lemma_.lower() in self.lexicon.force_units and \
                    self.lexicon.moves_forces(trigger):
                # "10,000 Russian troops had been committed to the attack": the forces' own side moves them
                actors += [c for c in child.children if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_]
            elif dep == "prep" and low == "in" and child.i == trigger.i + 1 and self.lexicon.calls_in(trigger):
                recipients += _pobjs(child)  # "called in the Russian ambassador": the envoy summoned
            elif dep == "dobj" and self.lexicon.names_event(trigger, _GIVING) and \
                    (count := next((c for c in child.children if c.dep_ == "nummod"), None)) is not None:
                # what is counted is the thing given ("would send 13 specialised Toyota Land Cruisers"), after the one
                # it goes to, which the parser may hang on it ("send Ukraine 14 Leopard tanks")
                recipients += [c for c in child.children if c.dep_ in {"nmod", "compound"} and c.i < count.i and
                               c.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"}]
            elif dep == "prep" and low == "from" and trigger.pos_ == "NOUN" and not talk and \
                    self.lexicon.names_event(trigger, _GIVING):
                actors += [t for p in _pobjs(child) for t in _conjuncts(p)]  # "military aid from the United States"
            elif dep == "nsubjpass" and trigger.lemma_.lower() in self.lexicon.stative_passives and \
                    named_party(child) and not any(c.dep_ == "agent" for c in trigger.children):
                actors.append(child)  # "the U.S. is committed to helping Ukraine": a stance, the subject's own
            elif dep == "dative" and child.pos_ == "ADP":
                recipients += _pobjs(child)  # ("sent thousands of missiles to the front lines": "to" read as a dative)
            elif dep in {"dobj", "dative", "nsubjpass", "attr"} or dep == "oprd" and child == named_predicate(trigger):
                recipients.append(child)  # (a name read as a predicate is the object: "called Putin on Tuesday")
            elif dep == "ccomp" and not talk and (called := self.lexicon.what_called(child)) is not None:
                recipients.append(called)  # "condemned what it called a terrorist attack by Ukraine": the attack
            elif dep == "prep" and low == "for" and trigger.lemma_.lower() in self.lexicon.applying:
                recipients += _pobjs(child)  # "applied for EU membership": the body whose membership is asked for
            elif dep in {"advcl", "ccomp", "xcomp"} and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
                recipients += [c for c in child.children if c.dep_ == "nsubj"]  # "called for Kyiv to guarantee"
            elif dep == "prep" and low == "of" and (trigger.pos_ == "NOUN" and
                                                   trigger.lemma_.lower() in self.lexicon.targeted_nouns or
                                                   trigger.pos_ == "ADJ"):
                recipients += _pobjs(child)  # "Russia's invasion of Ukraine": the one invaded; "critical of Putin"
            elif dep == "prep" and (low == "from" and trigger.pos_ == "NOUN" or low == "alongside") and talk:
                # "received a call from Macron", "speaking alongside Lavrov": the other party of the talk
                recipients += _pobjs(child)
            elif dep == "prep" and low == "for" and trigger.pos_ == "NOUN" and \
                    self.lexicon.names_event(trigger, _BENEFITS):
                recipients += _pobjs(child)  # "Germany's support for Ukraine", "military aid for Kyiv": the one served
            elif dep == "prep" and low in {"to", "into"} and trigger.lemma_.lower() in self.lexicon.removals:
                continue  # "Ukrainians were deported to Russia": where they were taken, not a party to it
            elif dep == "prep" and low in _RECIPIENT_PREPS:
                # "signed ... at the White House": a venue the gazetteer knows is the place, not a party
                # ("fight Russians on behalf of Ukraine": the one served is no party to the act)
                # ("slammed Biden on Twitter", "said on CNN": the platform or the channel is where it was said)
                # ("welcomed Zelensky to the White House": where the host received him)
                hosted = low == "to" and talk and trigger.lemma_.lower() in _HOSTING
                if low == "on" and trigger.lemma_.lower() in self.lexicon.congratulating:
                    continue  # "congratulated former Soviet nations on the defeat of Nazi Germany": the occasion
                # ("attacked Kyiv with drones supplied by Iran": the weapon used, no party)
                recipients += [p for p in _pobjs(child)
                               if not ((low == "at" or hosted) and is_venue(_noun_phrase(p).text)) and
                               p.lower_ != "behalf" and not (low == "on" and self._platform(p)) and
                               not (low == "with" and p.lemma_.lower() in self.lexicon.weapons)]
        caller = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)]
        if talk and caller and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
                trigger.head.lemma_.lower() in _RECEIVING:
            # "Sunak took a call from Biden": the caller made the call, the one who took it received it
            receivers = [c for c in trigger.head.children if c.dep_ == "nsubj"]
            if receivers:
                return _conjuncts(caller[0]), [t for r in receivers for t in _conjuncts(r)]
        given = [c for c in trigger.children if c.dep_ == "dobj" and self.lexicon.names_event(c, _SUPPORTING)] \
            if trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.lexicon.support_verbs else []
        if given:
            # "expressed his support for Zelensky", "reaffirmed Germany's support for Kyiv": the support given is the
            # subject's own act, aimed at the one its "for" or "to" names
            # (or the verb's own "for": "expressed admiration on Saturday for Zelenskyy")
            recipients = [r for r in recipients if all(r.i != g.i for g in given)] + \
                [p for head in (*given, trigger) for c in head.children if c.dep_ == "prep" and
                 (c.lower_ == "for" or c.lower_ == "to" and head.i != trigger.i) for p in _pobjs(c)]
        elif trigger.pos_ == "VERB":
            # "condemned the Russian invasion of Ukraine": an act aimed at an event is aimed at its agent
            recipients = [a for r in recipients for a in (self._event_agents(r) or [r])]
        if not talk and (self.lexicon.names_event(trigger, _MEASURES) or self.lexicon.stopped(trigger) is not None):
            # "blocked oil imports from Russia", "cut off gas supplies to Europe": the party at the other end
            recipients = [p for r in recipients for p in (self._trade_partner(r, trigger) or [r])]
        suffered = trigger.pos_ == "VERB" and (_passive(trigger) or trigger.lemma_.lower() in self.lexicon.victims)
        if not actors and any(c.dep_ == "auxpass" for c in trigger.children):
            actors = _stray_agent(trigger)  # "denounced as a sham by Zelensky": the parser hangs "by" on "sham"
        if not actors and trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "come":
            # "the most recent threat came from Dmitry Medvedev": its source
            actors = [p for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)]
        if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubjpass":
            # the passive that names a noun's act names its parties: "the request was made publicly by Podolyak",
            # "secondary sanctions should be imposed on the UAE"
            actors = actors or agents_of(trigger.head)
            recipients = recipients or [p for c in trigger.head.children if c.dep_ == "prep" and
                                        c.lower_ in {"on", "against", "upon"} and not temporal(c) for p in _pobjs(c)]
        if not actors and suffered:
            # "civilians were killed in Russian strikes", "died in Russian attacks": the agent of the attack
            actors = [a for c in trigger.children if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS
                      for p in _pobjs(c) for a in self._event_agents(p)][:1]
        undergone = under_force(trigger, self.lexicon.under_force)
        if undergone:
            # "the country is under assault by Russia", "Ukrainian troops are coming under repeated attacks", "the
            # Moskva sank after coming under attack": the subject of the clause undergoes it
            verb = trigger.head.head
            actors = actors or [p for c in (*verb.children, *trigger.children) if c.dep_ in {"prep", "agent"} and
                                c.lower_ in {"by", "from"} for p in _pobjs(c)]
            recipients = recipients or undergoers(trigger)
        # (a measure too: "Russia's invasion of Ukraine has triggered an EU-wide airspace ban" is no ban by Ukraine)
        provoked = trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
            (trigger.lemma_.lower() in self.lexicon.reactions or self.lexicon.names_event(trigger, _MEASURES)) and \
            trigger.head.lemma_.lower() in self.lexicon.provoking
        if provoked:
            # "Iran sparked fury in Kyiv", "drew condemnation from Germany": a reaction aimed at the verb's subject
            verb = trigger.head
            actors = actors or [p for c in (*verb.children, *trigger.children) if c.dep_ == "prep" and
                                c.lower_ in {"from", "in", "among"} and not temporal(c) for p in _pobjs(c)]
            # (the one who said the remarks that drew it: "the minister's comments provoked outrage")
            recipients = [a for c in verb.children if c.dep_ == "nsubj"
                          for a in self._event_agents(c) or [c]] or recipients
        if not recipients and not talk and self.lexicon.names_event(trigger, _REQUESTS):
            # "the rocket systems Kyiv has been pleading for from Britain and the US", "asked for help from China":
            # the one asked gives
            wanted = [trigger, *(p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for p in _pobjs(c))]
            recipients = [p for w in wanted for c in w.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)]
        if not recipients and trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.lexicon.wanting and \
                self.lexicon.names_event(trigger, _REQUESTS):
            # "Zelensky wants the West to send tanks" (parsed with "the West" as the infinitive's subject): the one
            # wanted to act is the one asked
            recipients = [g for c in trigger.children if c.dep_ == "ccomp" and any(a.lower_ == "to" for a in c.children)
                          for g in c.children if g.dep_ == "nsubj"]
        if not recipients and not talk and participle_of(trigger):
            # "Paul Whelan, a Marine veteran imprisoned in Russia", "civilians killed in the strikes": the one the
            # participle describes is the one acted on, when the actor step knows who that is
            described = _described(trigger)
            if self.ctx.actor_at(described.idx, described.idx + len(described)) is not None:
                recipients = [described]
            elif self.lexicon.names_event(trigger, _GIVING):
                # "destroyed the prison with HIMARS rockets provided by the United States", "it will not use rocket
                # systems supplied by the US": what was given is in the hands of the one using it
                # (an object of a verb of force is hit, not used: "Russia says it hit tanks supplied by European
                # countries")
                user = described.head.head if described.dep_ == "pobj" else described.head
                used = described.dep_ == "pobj" or \
                    described.dep_ == "dobj" and not self.lexicon.names_event(user, _FORCE)
                recipients = [c for c in user.children if c.dep_ == "nsubj"] if used else []
        if not recipients and trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "nsubj" and \
                self.lexicon.names_event(trigger, _FORCE) and trigger.head.lemma_.lower() in self.lexicon.force_results:
            # an attack that destroys or knocks something out hit what it destroyed ("A missile and drone blitz has
            # knocked out a third of the country's power stations")
            recipients = [c for c in trigger.head.children if c.dep_ == "dobj"]
        if not recipients and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _passive(trigger.head) and \
                trigger.head.lemma_.lower() in _GIVING_VERBS:
            # "Putin was given a stern dressing down by the president of Tajikistan": the one given it
            recipients = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]
        if not recipients and trigger.tag_ == "VBN" and trigger.dep_ in {"acomp", "oprd", "advcl", "xcomp"} and \
                trigger.head.lemma_.lower() in _STATES_OF_BEING and trigger.head.i < trigger.i and \
                not _subjects(trigger):
            # a participle a verb of state holds is undergone by its subject: "Russia stands accused of turning that
            # breadbasket into a weapon", "the journalist remains detained"
            recipients = [c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not recipients and not self._told(trigger):
            recipients = _borrowed_recipients(trigger)
        if not actors and any(c.lower_ == "between" for c in trigger.children) and \
                self.lexicon.modes.get(trigger.lemma_.lower()) != "third-party" and \
                not self.lexicon.passive_phrase(trigger):  # (nor their end: "talks between X and Y were called off")
            parties = [t for head in recipients for t in _conjuncts(head)]
            if len(parties) > 1:  # "any meeting between Lavrov and Blinken": its parties, whoever talks of it
                return parties[:1], parties[1:]  # (a mediator's go-between is not: "offered to mediate between")
        if not actors:
            actors = _controller(chain, self.lexicon.cues["request_lemmas"] | self.lexicon.cues["warning_lemmas"])
            # ("urged Moscow to agree": Moscow)
        if not actors and (made := _controller(chain, _OBJECT_CONTROL)) and self._refs(made):
            actors = made  # ("committing the UK to send": the UK, when it names a party; else the one committing)
        if not actors and trigger.pos_ == "VERB" and trigger.dep_ in {"acl", "relcl"} and has_to(trigger) and \
                not _passive(trigger):
            # "Scholz, the first Western leader to visit Beijing": the one the infinitive describes acts
            described = _described(trigger)
            actors = [described] if described.pos_ == "PROPN" and self._refs([described]) else []
            # "Russia's attempt to seize Kyiv", "Trump's efforts to pressure Zelensky": the owner of the attempt acts
            actors = actors or [c for c in described.children if c.dep_ == "poss" and self._refs([c])][:1]
        if not actors and trigger.dep_ == "acl" and trigger.tag_ == "VBG" and self._refs([trigger.head]):
            actors = [trigger.head]  # "reports of Russian soldiers abandoning checkpoints": the soldiers do it
        if not actors and (doer := _gerund_subject(trigger)) is not None and self._refs([doer]):
            actors = [doer]  # "Turkey objected to Finland and Sweden joining Nato": they would join, not Turkey
        if trigger.pos_ == "NOUN" and (blamed := _blamed_on(trigger)):
            # "damaged by drones in an attack blamed on Ukraine": the one blamed did it, and the subject of the passive
            # the attack is told in underwent it
            actors = blamed
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and _passive(trigger.head.head):
                recipients += [c for c in trigger.head.head.children if c.dep_ == "nsubjpass"]
        judge = act_judged(trigger, chain, self.lexicon)
        if not actors and judge is not None:
            # "punishing Putin for invading Ukraine", "accused Russia of shelling", "of trying to blow up a dam": the
            # one blamed or punished did it
            actors = [c for c in judge.children if c.dep_ == "dobj"][:1]
        judged = trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and (
            self.lexicon.names_event(trigger.head, _JUDGEMENTS) or  # "the EU denounced the strikes": not the EU's
            self._told(trigger))
        # (an act in a time or circumstance phrase is not the clause subject's: "Ukrainian soldiers are exhausted after
        # weeks of shelling")
        adjunct = (trigger.pos_ == "NOUN" or trigger.dep_ == "pobj") and \
            any(t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS for t in chain[1:])
        if not actors and trigger.pos_ == "VERB" and not _subjects(trigger):
            # a name the tagger took for an adverb before a verb with no subject is its subject ("USAID provided basic
            # shelter materials")
            actors = [c for c in trigger.children if c.dep_ == "advmod" and c.i == trigger.left_edge.i and
                      c.is_upper and self.ctx.actor_at(c.idx, c.idx + len(c)) is not None][:1]
        if not actors and not judged and not undergone and not provoked and not adjunct:
            for tok in [*chain[1:], *_conj_heads(chain[-1])]:
                subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in {t.i for t in chain}]
                given = [c for c in tok.children if c.dep_ == "dative"]
                if given and any(t.dep_ == "acl" and t.head.head.i == tok.i for t in chain):
                    actors += given  # "gave Trump opportunities to condemn Putin": Trump would condemn
                    break
                if subj and tok.lemma_.lower() in self.lexicon.inverting and trigger.dep_ == "dobj" and not talk and \
                        trigger.head.i == tok.i:
                    recipients += subj  # "Russia faces new sanctions": Russia undergoes them, someone else acts
                elif subj and tok.i == trigger.head.i and self._known_of(trigger):
                    break  # "they knew the charges against them": one who knows of an act does none of it
                elif subj and suffered and tok.i == trigger.head.i and trigger.dep_ in {"xcomp", "oprd", "conj"} and \
                        subj[0].dep_ == "nsubjpass":
                    # "hundreds of civilians have been reported killed", "was arrested ... and was sentenced": the
                    # ones killed, the one sentenced
                    recipients += subj
                    break
                elif subj:
                    actors += subj
                    if self.lexicon.joined_act(tok) is not None:
                        # "Germany joined France in condemning the attack": France condemned it too
                        actors += [c for c in tok.children if c.dep_ == "dobj" and
                                   c.lemma_.lower() not in self.lexicon.gatherings and not self.lexicon.names_event(c)]
                    break
        askers = [p for o in trigger.children if o.dep_ == "dobj" and self.lexicon.names_event(o, _REQUESTS)
                  for c in o.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)] \
            if trigger.pos_ == "VERB" and self.lexicon.names_event(trigger, _REJECTING) else []
        if askers:  # "declined an offer from the U.S. to evacuate him": turned down, the one who offered
            recipients = askers
        if talk and self.lexicon.sends_someone(trigger):
            # "Trump sent Giuliani to Ukraine": the envoy goes for the sender, to the state he is sent to
            sent = {c.i for c in trigger.children if c.dep_ == "dobj"}
            actors += [r for r in recipients if r.i in sent]
            recipients = [r for r in recipients if r.i not in sent]
        actors = [t for head in actors for t in _conjuncts(head)]
        recipients = [t for head in recipients for t in _conjuncts(head)]
        return actors, recipients

    def _trade_partner(self, thing: Token, measure: Token) -> list[Token]:
        """The party at the other end of what a measure stops or bans (lexicon.yaml: trade): where goods come from
        ("imports from Russia", "Russian oil imports", "exports to Iran"), where a flow goes ("gas supplies to
        Europe", "withheld aid from Ukraine"), where business is done ("suspend all operations in Russia")."""
        lemma = thing.lemma_.lower()
        if thing.pos_ == "NOUN" and self.lexicon.names_event(thing, _MEASURES):  # "imposed an embargo on Russian oil"
            return [p for c in thing.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                    for o in _pobjs(c) for p in self._trade_partner(o, measure) or [o]]
        goods, flow = lemma in self.lexicon.goods, lemma in self.lexicon.flows
        heads = [thing, measure] if thing.head.i == measure.i and thing.dep_ == "dobj" else [thing]

        def ends(preps: set[str]) -> list[Token]:
            return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in _pobjs(c)]

        if flow and (found := ends({"to", "for"}) or ends({"from"})):
            return found
        if lemma in self.lexicon.business and (found := [p for p in ends({"in"}) if p.ent_type_ == "GPE"]):
            return found
        if not goods:
            return []
        elsewhere = {t.i for c in thing.children if c.dep_ == "prep" and c.lower_ in {"to", "for", "from"}
                     for t in c.subtree}
        phrase = thing.doc[thing.left_edge.i:thing.right_edge.i + 1]
        origins = [e.root for e in ents_of(phrase) if e.label_ in {"NORP", "GPE"} and e.root.i not in elsewhere]
        return ends({"from"}) or origins[:1] or ends({"to"})

    def _event_agents(self, noun: Token) -> list[Token]:
        """The named agent of an event noun: "Russia's attacks", "the Russian invasion", "US sanctions"."""
        if noun.pos_ != "NOUN" or not self.lexicon.names_event(noun):
            return []
        return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" or
                c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} and not town(c)]

    def _refs(self, heads: list[Token], inside: bool = False, doers: bool = True) -> list[ActorRef]:
        """Actors named by the role heads; with ``inside``, an object that names no actor yields the actors
        named within it ("criticized the tactics favored by Kiev and European capitals" -> Kiev, ...), with
        ``doers`` those named as the doer of a participle too (``_within``)."""
        refs: list[ActorRef] = []
        for head in heads:
            if head.i in datelines(head.doc):
                continue  # "ISTANBUL, May 16 (Reuters) - ... met": where the story was filed, not a party
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.lexicon.seated_bodies and \
                    self.ref_of(_noun_phrase(head)) is None and (seat := self._seat_state(head)) is not None:
                refs.append(seat)  # "Authorities in Moscow deny any involvement": Russia's (unless the actor step
                continue  # named the body: "Authorities in Pakistan" as Pakistan's authorities)
            if self._collective(head):
                refs += self._group(head)
                continue
            if head.pos_ in {"NOUN", "PROPN"} and len(pair := self._resolved_group(head)) >= 2:
                refs += pair  # "the pair were captured", "the two men": the people the actor step read it as
                continue
            if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl" and head.head.head.i != head.i:
                # "Putin, who launched the invasion", "the Fox News host who has become a defender of Putin": the
                # one the relative clause is about (the name a role stands beside)
                described = _described(head.head)
                plural = head.head.dep_ == "relcl" and _plural(head.head)
                refs += self._refs([described, *(described.conjuncts if plural else ())])
                continue  # ("France and Germany, which have condemned the attack": both)
            if head.pos_ == "NOUN" and any(c.dep_ == "compound" and town(c) for c in head.children) and \
                    self.lexicon.names_event(head):
                refs += self._refs(self._event_agents(head))  # "the Mariupol attack killed dozens": where, not who
                continue
            if head.lower_ in {"it", "they"} and head.dep_ == "nsubj" and not _extraposed(head) or \
                    head.lower_ in {"its", "their"} and head.dep_ == "poss" and \
                    self.ctx.actor_at(head.idx, head.idx + len(head)) is None:
                # "When Russia invaded, it blockaded Ukraine's ports", "the Kremlin launched what is believed to be
                # its largest attacks": Russia ("Russian troops ... as they continue their assault": Russia's)
                refs += self._body_before(head)
                continue
            if head.lemma_.lower() in _STATE_NOUNS and head.head.dep_ == "relcl" and \
                    any(c.dep_ == "poss" and c.tag_ == "WP$" for c in head.children):
                # "Erdogan, whose country hosted the talks": the state of the one the relative clause is about
                refs += [state for r in self._refs([_described(head.head)]) if (state := self.state(side_of(r)))]
                continue
            if _bare_country(head) and self.ctx.actor_at(head.idx, head.idx + len(head)) is None:
                refs += self._state_before(head)  # "withdrew all diplomats from the country": the state named before
                continue
            if (head.lower_ in _ONE_OF or head.pos_ == "NUM") and head.pos_ in {"NUM", "PRON", "ADJ"} and (members := [
                    p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
                    if p.pos_ == "NOUN" and p.lemma_.lower() in self.lexicon.relatives]):
                refs += self._refs(members[:1], inside, doers)  # "one of Vladimir Putin's leading propagandists": as
                continue  # "Putin's propagandists", one of them (no Putin)
            authors = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} for p in _pobjs(c)] \
                if head.pos_ == "NOUN" and head.lemma_.lower() in self.lexicon.message_nouns else []
            if authors:
                refs += self._refs(authors, inside, doers)  # "a letter from Jan Anderson called for ...": its writer
                continue
            own = _own_name(head)
            owner = next((c for c in head.children if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in {
                "his", "her"} and head.lemma_.lower() in self.lexicon.relatives) or
                c.dep_ in {"compound", "amod"} and c.i == head.i - 1 and head.lemma_.lower() in self.lexicon.relatives
                and (c.ent_type_ == "PERSON" or self._resolved_person(c))),
                None)  # ("her husband", "his wife", "Donald Trump supporters", "Trump allies")
            if owner is None and head.lemma_.lower() in self.lexicon.kin and head.tag_ in {"NN", "NNS"} and \
                    any(c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in head.children):
                continue  # "raping their four-year-old daughter": no party the actor step's "their" stands for
            if own is None and owner is None and head.tag_ in {"NN", "NNS"} and \
                    head.lemma_.lower() in self.lexicon.relatives:
                # "the son of a close Vladimir Putin ally", "a close ally of Vladimir Putin": the relative of someone,
                # not that someone ("an arch-critic of the Kremlin" is aimed at it)
                owner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
                              if p.ent_type_ == "PERSON" or p.lemma_.lower() in self.lexicon.relatives or
                              self._resolved_person(p)), None)  # ("families of both men")
            if own is None and owner is not None and head.tag_ in {"NN", "NNS"} and \
                    head.lemma_.lower() in self.lexicon.relatives:
                # "Zelensky's wife has issued a plea": not Zelensky's plea, but one from his country (as CAMEO codes
                # a person it cannot name); "our Ukrainian friends" are no relatives
                named = _own_name(owner) or _noun_phrase(owner) if owner.ent_type_ == "PERSON" else \
                    owner.doc[owner.i:owner.i + 1]
                person = self.ref_of(named) if head.lemma_.lower() not in self.lexicon.adversaries else None
                refs += [state] if person is not None and (state := self.state(person.country)) is not None else []
                continue
            named_owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if own is None and owner is None and named_owner is not None and head.tag_ in {"NN", "NNS"} and \
                    head.lemma_.lower() in self.lexicon.relatives:
                # a state's allies or neighbours are other parties, named only by their own words ("Ukraine's allies
                # sent more weapons", "three of Serbia's neighbours refused"; "Ukraine's Western allies": the West)
                rest = head.doc[named_owner.right_edge.i + 1:head.i + 1]
                refs += [ref] if len(rest) > 1 and (ref := self.ref_of(rest)) is not None else []
                continue
            if own is None and head.tag_ == "NNS" and head.head.lower_ != "between" and \
                    len(states := self._coordinated_states(head)) >= 2:
                refs += states  # "Russian and Belarusian forces attacked": both, not the last adjective's ("dialogue
                continue  # between the Russian and US foreign ministries" is left to the talk's own two sides)
            described = self.ctx.actor_at(head.idx, head.idx + len(head)) if own is None and head.pos_ == "NOUN" \
                else None
            if described is not None and described.kind == "person":
                refs.append(described.ref())  # "the WNBA star": the person the noun describes, not the league
                continue
            phrase = own or _noun_phrase(head)
            if inside and own is None and head.pos_ == "NOUN" and len(listed := self._listed_in(phrase)) >= 2:
                refs += listed  # "a fresh package of sanctions on Russia and Belarus": both, not the longer name
                continue
            ref = self.ref_of(phrase)
            if ref is not None:
                refs.append(self._state_of_place(ref))
            elif head.pos_ == "PROPN" and (state := self.state(country_of(phrase.text))) is not None:
                refs.append(state)  # a city NER missed: "shelled Sievierodonetsk"
            elif inside:
                refs += self._within(head, doers) or [  # "sanctions imposed on the nation": the state named before
                    ref for c in head.children if c.dep_ == "prep" for p in _pobjs(c) if _bare_country(p)
                    for ref in self._state_before(p)] or [  # (or the one that owns what is named: "a third of the
                    ref for c in head.children if c.dep_ == "prep" and c.lower_ == "of"  # country's power stations")
                    for p in _pobjs(c) for o in p.children if o.dep_ == "poss" and _bare_country(o)
                    for ref in self._state_before(o)] or [  # (or, for those something goes to, the state of the
                    state for c in head.children if c.dep_ == "prep" and c.lower_ in _NEAR  # town they are in:
                    for p in _pobjs(c) for t in _conjuncts(p)  # "delivered aid to hospitals in Kharkiv"; not a
                    if t.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in {"to", "for"} and  # venue:
                    not self.lexicon.names_event(head) and  # "set up a center in Tokyo", "hosted talks in Sochi")
                    (state := self.state(country_of(_noun_phrase(t).text))) is not None]
        return refs

    def _coordinated_states(self, noun: Token) -> list[ActorRef]:
        """The states of coordinated adjectives before a plural noun ("Russian and Belarusian forces", "US and
        British troops"), or of its coordinated "of" phrase ("the armies of Brazil and Argentina"), each a party."""
        owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
        first = next((c for c in (*noun.children, *owners) if c.ent_type_ in {"NORP", "GPE"} and (
                          c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i or c.dep_ == "pobj") and
                      any(x.ent_type_ in {"NORP", "GPE"} for x in c.conjuncts)), None)
        if first is None:
            return []
        return _dedupe([ref for t in _with_coordinated_states(first)
                        if (ref := self._known(t.doc[t.i:t.i + 1])) is not None])

    def _listed_in(self, phrase: Span) -> list[ActorRef]:
        """The parties a phrase names as a list ("sanctions on Russia and Belarus"): the actors of the first list of
        names joined by "and" inside it, else none."""
        doc = phrase.doc
        named = {}
        for mention in self.ctx.mentions_in(phrase.start_char, phrase.end_char):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            actor = self.ctx.actors.get(mention.actor_id)
            if span is not None and actor is not None and phrase.start <= span.root.i < phrase.end:
                named[span.root.i] = actor
        first = next((doc[i] for i in sorted(named) if any(c.dep_ == "conj" and c.i in named for c in doc[i].children)),
                     None)
        return _dedupe([self._state_of_place(named[t.i].ref()) for t in _conjuncts(first) if t.i in named]) \
            if first is not None else []

    def _seat_state(self, noun: Token) -> ActorRef | None:
        """The state of the place an official body sits in ("officials in Kyiv"), when the noun names no other."""
        if any(c.dep_ in {"amod", "compound", "poss"} for c in noun.children):
            return None  # ("US officials in Kyiv", "Ukraine's prosecutors in Kherson": the actor step's business)
        # (a capital the small NER model leaves untyped, "officials in Kyiv", is a place the gazetteer knows)
        places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for p in _pobjs(c)
                  if p.ent_type_ == "GPE" or (p.pos_ == "PROPN" and not p.ent_type_)]
        country = country_of(_noun_phrase(places[0]).text) if places else None
        return self.state(country) if country is not None else None

    def _body_before(self, pronoun: Token) -> list[ActorRef]:
        """The state or organisation a subject "it" stands for: the last one named as a subject before it, in its
        sentence or the one before; none when a non-actor subject ("the attack", "the decision") comes between."""
        # ("Iran sparked fury as the country admitted that it had sent drones": "the country" passes it on)
        # (nor does a relative "what": "launched what is believed to be its largest attacks")
        # (a subject "it" or "they" on the way continues the chain: "as they continue their assault")
        subject = next((s for s in _subjects_before(pronoun) if s.tag_ not in {"WP", "WDT"} and not _the_country(s)
                        and s.lower_ not in {"it", "they"}), None)
        actor = self.ctx.actor_at(subject.idx, subject.idx + len(subject)) if subject is not None else None
        return [self._state_of_place(actor.ref())] if actor is not None and actor.kind != "person" else []

    def _state_before(self, noun: Token) -> list[ActorRef]:
        """The state "the country" stands for: the last one named before it, in its sentence or the one before,
        other than its own clause's subject ("The new US ambassador to Ukraine has arrived in Kyiv ... after the US
        withdrew all diplomats from the country": Ukraine). A subject "the country" looks in its own sentence only
        ("The U.S. is signaling that the country won't hesitate"), and takes the state a subject there names."""
        subject = noun.dep_ in {"nsubj", "nsubjpass"}
        lo = noun.sent.start_char if subject else noun.doc[_sentence_before(noun)].idx
        # (its own clause is its words up to its verb: in "Russia is suffering from the sanctions imposed on the
        # nation", Russia suffers and the imposing is another's)
        clause: set[int] = set()
        for above in [] if subject else noun.ancestors:
            clause.add(above.i)
            if above.pos_ in {"VERB", "AUX"}:
                break
        for mention in reversed(self.ctx.mentions_in(lo, noun.idx)):
            actor = self.ctx.actors.get(mention.actor_id)
            if actor is None or mention.end > noun.idx:
                continue
            ref = self._state_of_place(actor.ref())
            if self.state(ref.id) is None:
                continue
            first = noun.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if first is not None and first.root.dep_ in {"nsubj", "nsubjpass"} and first.root.head.i in clause:
                continue
            return [ref]
        return []

    def _within(self, head: Token, doers: bool = True) -> list[ActorRef]:
        """Actors the actor step found inside a phrase; without ``doers`` (or inside a proper name), not those
        named as the doer of a participle inside it (below)."""
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        # the doer of a participle inside is the target only of a judgement of a thing ("criticized the tactics
        # favored by Kiev"); elsewhere it did something else ("destroyed the prison with HIMARS rockets provided by
        # the United States", "aid for Ukraine approved by Congress", "paid tribute to Renaud, killed by Russian
        # forces")
        agents = [] if doers and head.pos_ != "PROPN" else \
            [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in head.subtree
             if a.dep_ == "agent" and a.head.i != head.i]
        # the one an event inside undergoes at its own agent's hands is no party to the outer act ("sanctions over
        # Russia's invasion of Ukraine": Russia's, not Ukraine's)
        agents += [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for e in head.subtree
                   if e.i != head.i and e.lemma_.lower() in self.lexicon.targeted_nouns and self._event_agents(e)
                   for c in e.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
        # nor the parties of an act told in the phrase's "of" gerund ("accused the aluminum tycoon of paying two
        # women": the women are paid, not accused; a purpose's "for" names them: "a rehearsal for wiping Britain and
        # America off the map")
        agents += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                   if c.dep_ == "prep" and c.lower_ == "of" and
                   any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)]
        # (nor a weapon's maker or standard: "supply the Nato-standard weapons", "the US-made M270 rocket system")
        made = head.lemma_.lower() in self.lexicon.weapons
        found = []
        for mention in self.ctx.mentions_in(lo, hi)[:_MAX_INSIDE]:
            actor = self.ctx.actors.get(mention.actor_id)
            if actor is not None and mention.start >= lo and mention.end <= hi and \
                    not any(a <= mention.start < b for a, b in agents) and \
                    not (made and _hyphened_mention(head.doc, mention)):
                found.append(self._state_of_place(actor.ref()))  # "people sheltering in Mariupol": Ukraine
        return found

    def ref_of(self, span: Span) -> ActorRef | None:
        """The actor the span names: the actor step's answer or the registry's, else an NER entity kept as a
        discovered actor."""
        # (a weapon's maker or standard names no party: "US-made rockets", "Nato-standard weapons")
        made = span.root.lemma_.lower() in self.lexicon.weapons
        if made and (named := self.ctx.mentions_in(span.start_char, span.end_char)) and \
                all(_hyphened_mention(span.doc, m) for m in named):
            return None
        known = self._known(span)
        if known is not None:
            return known
        registry = load_registry()
        ents = sorted((e for e in ents_of(span) if e.label_ in _ENT_KIND and not _names_a_text(e) and
                       not stance_prefixed(e.doc, e.start, e.end) and not (made and _hyphened(e)) and
                       not registry.lexicon.ends_in_title(registry.words(e.text))),
                      key=lambda e: (_ENT_RANK[e.label_], -len(e.text)))
        if not ents:
            # "hit by Russian missiles": the NER may read a state's adjective as a language; the registry knows it
            # (or miss it before a name: "two Ukrainian Neptune missiles struck it")
            return next((ref for e in ents_of(span) if e.label_ == "LANGUAGE" and (ref := self._known(e)) is not None),
                        None) or self._state_modifier(span)
        if (known := self._known(ents[0])) is not None:
            return known
        if ents[0].label_ == "NORP" and len(ents[0]) == 1 and ents[0][0].tag_ == "JJ" and \
                ents[0][0].lower_ not in _PARTY_ADJECTIVES:
            return None  # "Soviet", "Kurdish": an adjective no registry state owns names no party ("Republican" does)
        return self._discovered(ents[0]).ref()

    def _state_modifier(self, span: Span) -> ActorRef | None:
        """The state a capitalised modifier the NER left untyped names ("Ukrainian Neptune missiles")."""
        root = span.root
        return next((ref for t in span if t.i < root.i and t.head.i in {root.i, t.i + 1} and
                     t.dep_ in {"amod", "compound"} and not t.ent_type_ and t.text[:1].isupper() and
                     (ref := self._known(span.doc[t.i:t.i + 1])) is not None and self.state(ref.id) is not None),
                    None)

    def _known(self, span: Span) -> ActorRef | None:
        """The actor step's mention at the span, else the state or organisation the registry knows by the span's
        exact words: a modifier the actor step leaves as such ("Russian strikes", "Russian and Ukrainian
        delegations") names its state once it stands for a party."""
        actor = self.ctx.actor_at(span.start_char, span.end_char)
        if actor is not None:
            return actor.ref()
        if not span.text[:1].isupper() and not _lower_case_west(span):
            return None  # names are capitalised: "who met" is not the WHO
        entry = next((e for e in load_registry().lookup(span.text) if e.kind in {"state", "organization"}), None)
        return self._registry_ref(entry) if entry is not None else None

    def _state_of_place(self, ref: ActorRef) -> ActorRef:
        """A party named by a place the registry does not list but the gazetteer does is that place's state:
        "shelled Sievierodonetsk" targets Ukraine, "a visit to Jeddah" goes to Saudi Arabia."""
        actor = self.ctx.actors.get(ref.id)
        if not ref.id.startswith("parley:") or actor is None:
            return ref
        # NER calls "Kherson" a person: a "person" is a place only by the hand gazetteer, not by the world's
        # cities ("Bono" is a city in Ghana)
        country = country_of(actor.name) if actor.kind != "person" else gazetteer().get(actor.name.lower())
        return self.state(country) or ref

    def custody_state(self, trigger: Token) -> ActorRef | None:
        """The state whose authorities hold someone arrested, detained, sentenced or released with no agent named:
        the state of the place it happened ("was arrested in Moscow", "detained at a Russian airport", "could be
        released from Russia": Russia)."""
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _CUSTODY_PREPS):
            # the place itself, then a place it is in or near ("at an airport outside Moscow")
            objs = _pobjs(prep)
            objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in _NEAR for p in _pobjs(c)]
            for obj in objs:
                phrase = _noun_phrase(obj)
                ref = self.ref_of(phrase)
                ref = self._state_of_place(ref) if ref is not None else self.state(country_of(phrase.text))
                if ref is not None and self.state(ref.id) is not None:
                    return ref
        return None

    def state_attacked(self, place: Place, actors: list[ActorRef]) -> list[ActorRef]:
        """The state where a use of force with no named target takes place, unless it is the actor's own: the
        target of "Russian forces pounded positions near Bakhmut" is Ukraine, of a crackdown at home no one."""
        state = self.state(place.country)
        if state is None or any(side_of(a) == place.country or a.id == state.id for a in actors):
            return []
        return [state]

    def state(self, iso3: str | None) -> ActorRef | None:
        """The registry's state of an ISO3 code, as a party (an actor of the document once an event uses it)."""
        entry = load_registry().get(iso3 or "")
        return self._registry_ref(entry) if entry is not None and entry.kind == "state" else None

    def _registry_ref(self, entry: Entry) -> ActorRef:
        """A registry entry as a party: the document's actor, else an inferred one (listed once an event uses it)."""
        found = self.ctx.actors.get(entry.id) or self.inferred.setdefault(
            entry.id, Actor(id=entry.id, name=entry.name, kind=entry.kind, country=entry.country))
        return found.ref()

    def _discovered(self, ent: Span) -> Actor:
        name = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        actor_id = "parley:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        found = self.ctx.actors.get(actor_id)
        if found is None:
            found = Actor(id=actor_id, name=name, kind=_ENT_KIND[ent.label_])
            self.ctx.actors[actor_id] = found
        return found

    def _speaker(self, clause_head: Token) -> ActorRef | None:
        """Who reports the clause: a quote's speaker around it, or the subject of the speech verb above it."""
        quoted = self._quote_speaker(clause_head)
        if quoted is not None:
            return quoted
        if self.lexicon.said_clause(clause_head):
            verb = clause_head.head
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            according = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for p in c.subtree
                         if p.dep_ == "pobj"]
            for tok in (*subj, *according):
                ref = self.ref_of(_own_name(tok) or _noun_phrase(tok))  # "Ambassador to the UN Bill Richardson"
                if ref is not None and find_outlet(ref.name) is None:
                    return ref  # (a person, a state or a body; an outlet reports: "..., Newsweek reports")
        return None

    def criticism(self, blamed: Token, clause_head: Token) -> tuple[list[ActorRef], list[ActorRef]] | None:
        """The parties of a verdict its speaker passes ("Russia's actions are barbaric," said Johnson; "Zelenskyy
        is a thug," Cawthorn said): the speaker blames the named subject of the clauses around the word of blame,
        never the speaker's own "I" or "we". None when no speaker reports it."""
        speaker = self._quote_speaker(blamed) or self._speaker(clause_head)
        if speaker is None:
            return None
        owners: list[Token] = []
        if blamed.dep_ in {"amod", "compound"} and blamed.head.pos_ == "NOUN":
            # "Russia's unprovoked and unjustified attack", "the brutal Russian invasion": whose the thing blamed is
            owners = [c for c in _owners([blamed.head]) if c.i != blamed.i] + \
                [p for c in blamed.head.children if c.dep_ == "prep" and c.lower_ == "by" for p in _pobjs(c)]
            # ("a pathetic performance by the Russian army": whose the performance is)
        if blamed.pos_ == "NOUN" and not [r for r in self._refs(owners) if r.id != speaker.id]:
            # "Russian lies", "Putin's evil", "traces of barbarism from Russian forces": whose the blamed deed is
            nouns = [blamed, blamed.head] if blamed.dep_ == "pobj" and blamed.head.lower_ == "of" else [blamed]
            nouns += [blamed.head.head] if len(nouns) == 2 and blamed.head.head.pos_ == "NOUN" else []
            owners = _owners(nouns) + [p for n in nouns for c in n.children if c.dep_ == "prep" and
                                       c.lower_ in {"from", "by"} for p in _pobjs(c)]
        if not [r for r in self._refs(owners) if r.id != speaker.id] and (described := _verdict_on(blamed)):
            # the verdict a verb of description passes on a thing blames its owner ("dismissed Moscow's allegations
            # as 'dangerous lies'": Moscow)
            owners = _owners(described)
        if owned := [r for r in self._refs(owners) if r.id != speaker.id]:
            return [speaker], owned[:1]
        if defended_from(blamed):
            return [speaker], []  # ("the weapons they need to defend their country from unprovoked invasion")
        subjects, tok, above = [], blamed, []
        for _ in range(_MAX_CLAUSES):
            subjects += [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and not _is(c, _FIRST_PERSON)]
            above.append(tok)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        # (the speaker's own state as a clause's subject is what the speaker speaks for, not whom the verdict blames:
        # "Lavrov emphasized that Russia remains open to talks, provided they do not prop up an illegitimate regime")
        own = {speaker.id, speaker.country}
        # (a "they" that counts the speaker among its parties is the speaker's side: "The US and Britain say they are
        # looking into the reports": Britain is not blamed)
        subjects = [s for s in subjects if not (_is(s, _PRONOUNS) and
                                                any(r.id in own for r in self._refs([s], inside=True)))]
        blamed_parties = [r for r in self._refs(subjects, inside=True) if r.id not in own]
        speech = self.lexicon.cues["speech_lemmas"]
        if not blamed_parties:
            # no named subject above the word: the subject of a clause beside it in what the speaker says ("'Russia
            # has attacked not just us, it went on a brutal offensive against our values,' Zelensky said")
            # (a clause the speaker is a subject of is the speaker's side: "'President Xi and I agree: ...'")
            clauses = [_subjects(c) for a in above if a.lemma_.lower() not in speech
                       for c in a.children if c.dep_ in {"ccomp", "conj"} and c not in above]
            beside = [g for subs in clauses
                      if not any(_is(x, _FIRST_PERSON) for s in subs for x in (s, *s.conjuncts)) for g in subs]
            blamed_parties = [r for r in self._refs(beside, inside=True) if r.id not in own]
        if not blamed_parties:
            # the one the speaker speaks of: "'He is a decent and honourable man,' Macron said of Scholz"
            spoken_of = [p for a in above if a.lemma_.lower() in speech
                         for c in a.children if c.dep_ == "prep" and c.lower_ in {"of", "about"} for p in _pobjs(c)]
            blamed_parties = [r for r in self._refs(spoken_of) if r.id not in own]
        return [speaker], _dedupe(blamed_parties[:1])

    def written(self, verb: Token) -> tuple[list[ActorRef], list[ActorRef]] | None:
        """The writer and the addressee of the text a participle or an adverbial clause speaks for ("issued a
        statement condemning the attack", "sent a letter to Barr demanding answers", "wrote to Biden asking for
        weapons"; lexicon.yaml: messages), or None."""
        sender = verb.head
        if verb.dep_ == "acl" and sender.dep_ == "dobj" and sender.lemma_.lower() in self.lexicon.message_nouns:
            sender = sender.head
        elif verb.dep_ != "advcl" or not (sender.lemma_.lower() == "write" or any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.message_nouns for c in sender.children)):
            return None
        if sender.pos_ != "VERB" or sender.lemma_.lower() not in self.lexicon.message_verbs:
            return None
        to = [p for c in sender.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to" for p in _pobjs(c)] + \
            [c for c in sender.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}]
        return self._refs(_subjects(sender)), self._refs(to)

    def asked(self, token: Token | None) -> list[ActorRef]:
        """The party a request verb tells to act, as the lexicon finds it ("to persuade Iran to end its support": Iran)."""
        ref = self.ref_of(_noun_phrase(token)) if token is not None else None
        return [ref] if ref is not None else []

    def ordered(self, verb: Token) -> list[ActorRef] | None:
        """The ones a quoted imperative is said to ("'Stop the war now,' Zelensky told Putin": Putin, also after a
        colon: "Zelensky told Putin: 'Stop the war'"; "'Get her out tomorrow,' Trump said": nobody named), or None
        when the verb is no quoted imperative: an order its speaker gives, not the act it orders."""
        introduced = verb.dep_ == "xcomp" and \
            any(p.lower_ == ":" and verb.head.i < p.i < verb.i for p in verb.head.children)
        if verb.tag_ != "VB" or verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "ccomp"} and not introduced or \
                any(c.dep_ in _NOT_ORDERS for c in verb.children) or \
                not all(c.dep_ in {"punct", "intj", "advmod", "discourse"} for c in verb.lefts) or \
                self._quote_speaker(verb) is None:
            return None
        if verb.dep_ == "ROOT" or verb.head.lemma_.lower() not in self.lexicon.cues["speech_lemmas"]:
            return []  # ("Tisdall wrote: 'Send a multinational force ...'": an order by the writer, to no one named)
        return [ref for c in verb.head.children if c.dep_ in {"dobj", "dative"}
                if (ref := self.ref_of(_noun_phrase(c))) is not None]

    def has_quote_speaker(self, token: Token) -> bool:
        """Whether the token stands in a quotation whose speaker is known (``_quoted``: in any direct quotation)."""
        return self._quote_speaker(token) is not None

    def _quote_speaker(self, token: Token) -> ActorRef | None:
        """The known speaker of the quotation the token stands in, if any; a news outlet that reports it ("...,
        according to the Canadian Press") is a source, not a party."""
        return next((q.speaker for q in self.ctx.quotes if q.speaker is not None and q.speaker.id in self.ctx.actors
                     and q.start <= token.idx < q.end and find_outlet(q.speaker.name) is None), None)

    def is_press(self, ref: ActorRef) -> bool:
        """Whether the person is introduced as a journalist: by a press title or an outlet's name next to their
        name ("CNN's Jake Tapper", "Fox News host Sean Hannity", "BBC correspondent Steve Rosenberg", "Tapper,
        CNN's anchor")."""
        if ref.id not in self._press:
            doc = self.ctx.doc
            found = False
            if ref.role is not None:  # an office-holder the registry knows is no journalist
                self._press[ref.id] = False
                return False
            for mention in (m for m in self.ctx.mentions if m.actor_id == ref.id and m.via != "pronoun"):
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                near = [c for c in span.root.children if c.dep_ in {"compound", "poss", "appos", "nmod"} and
                        not span.start <= c.i < span.end]
                near += [t for c in near if c.dep_ == "appos" for t in c.children if t.dep_ in {"compound", "poss"}]
                if any(t.lemma_.lower() in self.lexicon.press_titles or find_outlet(t.text) is not None for t in near):
                    found = True
                    break
            self._press[ref.id] = found
        return self._press[ref.id]

    def _nearer_sayer(self, pronoun: Token, speaker: ActorRef) -> bool:
        """The pronoun is the actor step's reference to the subject of the verb its clause hangs from, another person
        than the speaker ("Bolton's book says Trump told him that he wanted ...": he is Trump)."""
        meant = self.ctx.actor_at(pronoun.idx, pronoun.idx + len(pronoun))
        if meant is None or meant.id == speaker.id or pronoun.head.dep_ != "ccomp":
            return False
        said_by = [c for c in pronoun.head.head.children if c.dep_ == "nsubj" and not _is(c, _PRONOUNS)]
        return any((ref := self.ref_of(_noun_phrase(s))) is not None and ref.id == meant.id for s in said_by)

    def _resolved_person(self, token: Token) -> bool:
        """The actor step read the word as a person ("both men" after two were named)."""
        actor = self.ctx.actor_at(token.idx, token.idx + len(token))
        return actor is not None and actor.kind == "person"

    def _quoted_first_person(self, heads: list[Token], speaker: ActorRef) -> list[ActorRef]:
        """The party a quotation's "me" or "us" names: the speaker; for "us" said by a person, the state they hold
        an office of ("Russia attacked us," Zelensky said), none for others (von der Leyen's "us" is no Germany)."""
        quoted = [h for h in heads if _is(h, {"me", "us"}) and self._quoted(h)]
        if not quoted:
            return []
        if any(h.lower_ == "us" for h in quoted) and self._is_person(speaker):
            entry = load_registry().get(speaker.id)
            serves = entry is not None and any(role.place == speaker.country for role in entry.roles)
            return [state] if serves and (state := self.state(speaker.country)) is not None else []
        return [speaker]

    def _quoted(self, token: Token) -> bool:
        """Whether the token stands inside a direct quotation."""
        return any(q.kind == "direct" and q.start <= token.idx < q.end for q in self.ctx.quotes)

    def _told(self, noun: Token) -> bool:
        """An event noun that is what a verb of telling tells ("'Several explosions ...,' Klitschko wrote on
        Telegram"): the teller's words, neither the teller's act nor aimed where it was told; one's own act announced
        or declared is one's own ("announced a counteroffensive")."""
        return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self._telling

    def _known_of(self, trigger: Token) -> bool:
        """An act that is the object of a verb of knowing ("they knew the charges against them", "he had heard strong
        support"): the one who knows of it does none of it."""
        return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in self.lexicon.knowing

    def _platform(self, noun: Token) -> bool:
        """An outlet or a social platform something is said "on" ("on Twitter", "on CNN", "on Russian state TV"): a
        medium, not a party."""
        return noun.lemma_.lower() in self.lexicon.media_nouns or \
            (find_outlet(_noun_phrase(noun).text) or find_outlet(noun.text)) is not None

    def person_object(self, verb: Token) -> bool:
        """Whether the verb's direct object (or its appositive) names a person: by the actor step ("attacking
        Zelenskyy", which the NER may read as a place), else by the NER when no place has the name."""
        def person(t: Token) -> bool:
            ref = self._known(t.doc[t.i:t.i + 1])
            if ref is not None:
                return self._is_person(ref)
            return named_person(t)

        return any(person(t) for c in verb.children if c.dep_ == "dobj"
                   for t in (c, *(a for a in c.children if a.dep_ == "appos")))

    def _is_person(self, ref: ActorRef) -> bool:
        actor = self.ctx.actors.get(ref.id)
        return actor is not None and actor.kind == "person"

    def _collective(self, tok: Token) -> bool:
        """ "the leaders", "both sides", "the two presidents", "they": the document's principal parties."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lexicon.cues["collective_subjects"]:
            return False
        if tok.tag_ == "NNS" or lemma in {"both", "two"}:
            return True  # a plural is never one resolved person, whatever a mention says
        return tok.tag_ == "PRP" and self.ctx.actor_at(tok.idx, tok.idx + len(tok)) is None

    def _group(self, head: Token) -> list[ActorRef]:
        """The parties a collective stands for: the states or bodies its modifiers name ("Russian and Ukrainian
        delegations", "European leaders"), else, for "the delegations" or "both sides", the parties of the talk
        last reported, and for "the leaders" the document's principals."""
        modifiers = [tok for child in head.lefts if child.dep_ in _GROUP_MODIFIERS for tok in (child, *child.conjuncts)]
        named = [ref for tok in modifiers if (ref := self._known(tok.doc[tok.i:tok.i + 1])) is not None]
        # "the leaders of Saudi Arabia and the United Arab Emirates"
        owners = [tok for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj" for tok in (obj, *obj.conjuncts)]
        named += [ref for tok in owners if (ref := self.ref_of(_noun_phrase(tok))) is not None]
        if named and head.lemma_.lower() in _OFFICE_GROUPS and not all(self._is_person(ref) for ref in named):
            # "the Russian and French presidents": the principals of those states, when the document has them
            countries = {ref.country or ref.id for ref in named}
            return [p for p in self.principals() if p.country in countries] or named
        if named:
            return named
        if head.tag_ == "NNS" and head.dep_ not in {"nsubj", "nsubjpass"} and \
                not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in head.children):
            return []  # a bare plural object is leaders in general, none named: "she called on leaders to relax"
        if self._office_not_held(head) and len(resolved := self._resolved_group(head)) >= 2:
            # "the two presidents" when the principals are not both presidents (Blinken reporting on "President
            # Biden ... with President Putin"): the two people the actor step read it as
            return resolved
        if any(tok.pos_ != "PRON" for tok in modifiers):
            # "Western leaders", "Arab ministers", "army leaders", "world leaders": a group the registry cannot
            # name, not the principals
            return []
        object_pronoun = head.tag_ == "PRP" and head.dep_ not in {"nsubj", "nsubjpass"}
        if head.lemma_.lower() not in _OFFICE_GROUPS and self._last_talk and not object_pronoun:
            # "the delegations", "both sides", "they agreed": the parties of the talk last reported; "hitting them"
            # is about the plural named before it
            return list(self._last_talk)
        if head.tag_ == "PRP":
            return self._plural_antecedent(head)
        return self.principals()

    def _office_not_held(self, head: Token) -> bool:
        """An office collective ("the presidents", "the two prime ministers"; not "the leaders") whose office not
        every one of the document's principals holds."""
        office = head.lemma_.lower()
        if office not in _OFFICE_GROUPS or office in {"leader", "counterpart"}:
            return False
        return not all(office in (p.role or "").lower() for p in self.principals())

    def _resolved_group(self, head: Token) -> list[ActorRef]:
        """The actors the actor step resolved a collective noun phrase to, each once (several mentions share the
        phrase's span)."""
        phrase = _noun_phrase(head)
        refs: dict[str, ActorRef] = {}
        for m in self.ctx.mentions_in(phrase.start_char, phrase.end_char):
            actor = self.ctx.actors.get(m.actor_id)
            if actor is not None and m.start <= head.idx < m.end:
                refs.setdefault(actor.id, actor.ref())
        return list(refs.values())

    def _plural_antecedent(self, pronoun: Token) -> list[ActorRef]:
        """ "they" with no talk reported before it: the parties of the nearest plural subject named before it, in
        its sentence or the one before ("The final Ukrainian fighters ... will not lay down their arms. They've
        been camped out ..." -> Ukraine), never the document's principals by default; none when no such subject
        names a party."""
        for tok in _subjects_before(pronoun):
            # a person's name is one person, whatever its tag ("Guterres" is tagged as a plural proper noun)
            plural = tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and tok.ent_type_ != "PERSON") or \
                (tok.pos_ in {"PROPN", "NOUN"} and tok.conjuncts)
            if plural and not self._collective(tok) and \
                    (refs := self._refs([tok, *tok.conjuncts])):
                return refs
        return []

    def principals(self) -> list[ActorRef]:
        """The document's two principal people (the parties of a readout's "the leaders discussed"): the
        issuing office-holder or the person named most, and the counterpart (consultation.py)."""
        if self._principals is None:
            found = principals(self.ctx, self.issuer)
            self.inferred.update((a.id, a) for a in found if a.id not in self.ctx.actors)
            refs = [a.ref() for a in found]
            if not refs:
                counts: Counter[str] = Counter()
                by_id: dict[str, ActorRef] = {}
                for ent in self.ctx.doc.ents:
                    if ent.label_ == "PERSON":
                        ref = self._discovered(ent).ref()
                        counts[ref.id] += 1
                        by_id[ref.id] = ref
                refs = [by_id[i] for i, _ in counts.most_common(2)]
            self._principals = refs
        return list(self._principals)


def _implicit(trigger: Token) -> bool:
    """ "The discussion covered ...", "... was discussed": a talk named without its parties, by a definite
    noun or a passive verb, is the document's talk between its principal parties ("the meeting between the two
    first ladies" names its parties, even ones no actor stands for)."""
    if any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in trigger.children):
        return False
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "this", "that"} for c in trigger.children)
    return definite or any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)


def _borrowed_recipients(trigger: Token) -> list[Token]:
    """The target a trigger names only through a neighbour: the object of the act it threatens, offers or
    decides ("threatened to attack Kurdish fighters", "offered to send troops to Jordan"), or the party the
    light verb of a noun trigger addresses ("issued an ultimatum to Turkey")."""
    if trigger.pos_ == "VERB":
        for comp in (c for c in trigger.children if c.dep_ == "xcomp"):
            found = [c for c in comp.children if c.dep_ in {"dobj", "dative"}]
            found += [p for c in comp.children if c.dep_ == "prep" and c.lower_ in {"to", "against", "on"}
                      for p in _pobjs(c)]
            if found:
                return found
    elif trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return [p for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in {"to", "against", "on", "with"}
                for p in _pobjs(c)]
    return []


def _participle_read_as_gerund(verb: Token, forces: frozenset[str], invading: frozenset[str]) -> Token | None:
    """The forces a participle describes that the parser read as the object of a gerund: in the agent of a passive
    ("surrounded by attacking Russian forces", parsed as attacking the forces), or after a verb that takes land, never
    forces ("defend Mariupol against invading Russian troops")."""
    if verb.tag_ != "VBG" or not (verb.dep_ == "pcomp" and verb.head.lower_ == "by" and _passive(verb.head.head) or
                                  verb.lemma_.lower() in invading):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and
                 c.lemma_.lower() in forces), None)


def _gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund the parser hung beside the object of a preposition before it ("objected to Finland
    and Sweden joining Nato", "warned against Kyiv using the weapons"): that object."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _subjects(verb) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    doer = next((t for t in (before, *before.ancestors) if t.dep_ == "pobj" and t.right_edge.i == verb.i - 1), None)
    if doer is None or doer.head.head.i != verb.head.i:
        return None
    # ("to" only after a verb that takes the gerund so: not "Zelensky wrote to Biden asking for more weapons")
    prep, said = doer.head.lower_, verb.head.lemma_.lower()
    return doer if prep in {"against", "about", "of", "on"} or prep == "to" and said in _TAKING_TO else None


def _hyphened(name: Span) -> bool:
    """The name is the first half of a hyphened modifier ("US-made", "Nato-standard")."""
    return name.end < len(name.doc) and name.doc[name.end].text == "-" and name.doc[name.end].idx == name.end_char


def _hyphened_mention(doc: Doc, mention: Mention) -> bool:
    """The actor step's mention is the first half of a hyphened modifier (``_hyphened``)."""
    named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return named is not None and _hyphened(named)


def _blamed_on(act: Token) -> list[Token]:
    """Whom an act noun is blamed on: "an attack blamed on Ukraine", "the blast, which Moscow blamed on Kyiv"."""
    verbs = [c for c in act.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "blame"]
    return [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for p in _pobjs(c)]


def _misread_saying(subject: Token) -> Token | None:
    """The real subject when the parser read a verb of saying as a noun and hung the name after it on the speaker
    ("Ukrainian forces in the besieged city of Mariupol allege Russia targeted their soldiers": "allege" a noun of
    the city, "Russia" in apposition to "forces")."""
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.i > 0 and appos.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
            before = appos.doc[appos.i - 1]
            if before.pos_ == "NOUN" and before.lower_ in _SAYING_FORMS:
                return appos
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, active or passive."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _extraposed(pronoun: Token) -> bool:
    """A subject "it" that stands for a clause, not a party: "it looks like Putin misjudged", "it is clear that
    ...", "it is time to act"."""
    verb = pronoun.head
    return verb.lemma_.lower() in {"look", "seem", "appear", "sound", "remain"} or \
        any(c.dep_ in {"ccomp", "xcomp", "csubj"} or c.dep_ == "advcl" and c.lower_ in {"like", "as"} for c in verb.children)


def _lower_case_west(span: Span) -> bool:
    """"the west" as the Guardian writes the West, when it is a party: a subject, an object or the one called on,
    blamed or helped ("Ukraine has called on the west to supply rockets", "Russia has blamed the west"), not a
    direction or a region ("in the west of the country", "fled to the west")."""
    head = span.root
    if head.lower_ != "west" or span.text.lower() not in {"west", "the west"} or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return head.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"} or \
        head.dep_ == "pobj" and head.head.lower_ in {"on", "from", "against", "with", "between", "by"}


def _verdict_on(said: Token) -> list[Token]:
    """The things a verb of description passes its verdict on, when ``said`` is that verdict ("dismissed the
    allegations as lies", "called the claims a provocation": the allegations, the claims)."""
    if said.dep_ in {"amod", "compound"} and said.head.pos_ == "NOUN":
        said = said.head  # ("as 'dangerous lies'": the word of blame qualifies the verdict)
    if said.dep_ == "pobj" and said.head.lower_ == "as" and said.head.head.dep_ == "dobj":
        return [said.head.head] if said.head.head.pos_ == "NOUN" else []  # ("as" on the object)
    verb = said.head.head if said.dep_ == "pobj" and said.head.lower_ == "as" else said.head
    if said.dep_ not in {"pobj", "oprd", "dobj"} or verb.pos_ != "VERB" or verdict(verb) != said:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i != said.i and c.pos_ == "NOUN"]


def _owners(nouns: list[Token]) -> list[Token]:
    """The names that own the nouns' deed: a possessive name or a state's adjective ("Putin's evil", "Russian
    lies")."""
    return [c for n in nouns for c in n.children if c.dep_ == "poss" and c.pos_ == "PROPN" or
            c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}]


def _possessor(noun: Token) -> list[Token]:
    """The subject a possessive pronoun of an event noun points to when the noun is its verb's object ("Russia
    began its attack", "Biden doubled down on his comments"): a person for "his"/"her", never one for "its"."""
    owner = next(c for c in noun.children if c.dep_ == "poss").lower_
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in {"xcomp", "advcl"} and \
            verb.tag_ == "VB" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # an infinitive's subject is its verb's ("arrived in Kyiv to show their support")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}]
    if owner == "its":
        return [s for s in subjects if s.ent_type_ != "PERSON" and s.tag_ in {"NN", "NNP"}]
    if owner in {"his", "her"}:
        return [s for s in subjects if s.ent_type_ == "PERSON"]
    return subjects


def _stray_agent(verb: Token) -> list[Token]:
    """The agent of a passive verb that the parser attached lower in its phrase, as a "by" phrase of a noun or an
    "as" phrase of the verb (never inside another clause)."""
    stack = [c for c in verb.children if c.dep_ == "prep"]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ == "by":
            # (a role named in apposition too: "by her Swedish counterpart, Prime Minister Magdalena Andersson")
            return [p for p in _pobjs(tok) if p.ent_type_ in _ENT_KIND or _own_name(p) is not None][:1]
        stack += [c for c in tok.children if c.dep_ in {"pobj", "prep"}]
    return []


def _names_a_text(ent: Span) -> bool:
    """An entity that names an accord, a text or a weapon, not a party ("an Agreement of Friendship", "NLAW")."""
    registry = load_registry()
    return registry.lexicon.names_a_thing(registry.words(ent.text)) or registry.lexicon.heads_a_title(ent)


def self_blame(word: Token, admitting: frozenset[str] = frozenset()) -> bool:
    """A word of blame the speaker says of their own side: a predicate of "I" or "we" ("'I was wrong,' he said",
    "we can feel we have failed"), or of "he", "she" or "they" in what one of the ``admitting`` verbs reports
    ("Kennedy conceded that he was wrong"); not a word about something else in their sentence ("I'm simply
    commenting on dirty political games", "we must stop this missile terror of Russia")."""
    verb = word.head if word.dep_ in {"acomp", "attr"} else word if word.pos_ == "VERB" else None
    subjects = _subjects(verb) if verb is not None else []
    while verb is not None and not subjects and verb.dep_ in _INSIDE_CLAUSE:
        verb = verb.head  # ("I could have moved in the direction of becoming a dictator myself": I; not across a
        subjects = _subjects(verb) if verb.pos_ in {"VERB", "AUX"} else []  # clause, "I think there's misinformation")
    owned = _FIRST_PERSON | (_THIRD_PERSON | {"they"} if verb is not None and verb.dep_ == "ccomp" and
                             verb.head.lemma_.lower() in admitting else set())
    # (a subject of "our" or "my" is the speaker's side: "'Our soldiers are not aggressors,' Peskov said"; a reported
    # speaker's "she herself" is the speaker: "McCord told BuzzFeed that she herself could have become a tyrant")
    return bool(subjects) and all(_is(c, owned) or any(p.dep_ == "poss" and _is(p, _FIRST_PERSON) or
                                                       p.lower_ in _REFLEXIVES for p in c.children)
                                  for c in subjects)


def _is(token: Token, pronouns: set[str]) -> bool:
    """The token is one of these pronouns (not "US", the state, which lowercases to "us")."""
    return token.pos_ == "PRON" and token.lower_ in pronouns


def side_of(ref: ActorRef) -> str:
    """The side a party stands for: its state, or itself when it has none (a state, an organisation)."""
    return ref.country or ref.id


def same_side(speaker: ActorRef, party: ActorRef) -> bool:
    """Whether the party is the speaker, the speaker's state, or of the speaker's state."""
    return party.id == speaker.id or party.id == speaker.country or party.country == speaker.id or \
        (party.country is not None and party.country == speaker.country)


def allied(a: ActorRef, b: ActorRef) -> bool:
    """Whether either party is of the other's side (``same_side`` both ways: "Putin" and "Russia", "Peskov" and
    "Putin")."""
    return same_side(a, b) or same_side(b, a)


def _with_coordinated_states(word: Token) -> list[Token]:
    """A word naming a state and the state words coordinated with it ("US and Canadian", "Russian and Belarusian")."""
    return [word, *(c for c in word.conjuncts if c.ent_type_ in {"NORP", "GPE"})]


def _indignation(word: Token) -> tuple[list[Token], list[Token]]:
    """The one outraged condemns what outraged them: "Boris Johnson is appalled by the death sentences", "was
    furious with Netanyahu", "the strikes horrified Scholz" (a feeling's subject or object, the reverse of other
    verbs' roles)."""
    causes = [p for c in word.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "at", "with", "over"}
              for p in c.children if p.dep_ == "pobj"]
    felt = [c for c in word.children if c.dep_ == "dobj"]
    if felt:  # ("the strikes horrified Scholz")
        return felt, causes + [c for c in word.children if c.dep_ == "nsubj"]
    holder = word.head if word.dep_ in {"acomp", "oprd"} else word
    return [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}], causes


def defended_from(blamed: Token) -> bool:
    """A word of blame for what one is defended or protected from ("the weapons they need to defend their country from
    unprovoked invasion", "protect the free world against barbaric aggression"): it blames none of the clause's parties,
    who are the defenders."""
    noun = blamed.head if blamed.dep_ in {"amod", "compound"} else blamed
    return noun.dep_ == "pobj" and noun.head.lower_ in {"from", "against"} and \
        noun.head.head.lemma_.lower() in _PROTECTING


def _deontic(chain: list[Token]) -> bool:
    """ "must end", "should mediate", "the EU needed to start discussing sanctions", "policymakers have to set
    guidelines": the clause says what ought to happen (a past "had to flee" tells what did; "it must be so hard",
    "must have been horrendous" guess at what is or was)."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC and not epistemic(t) for t in chain for c in t.children):
        return True
    if any(time_to(t) for t in chain):
        return True  # "it is time for the country to support Ukraine"
    ids = {t.i for t in chain}
    return any(obliging(t) and any(c.dep_ == "xcomp" and c.i in ids for c in t.children) for t in chain)


def obliging(verb: Token) -> bool:
    """ "needs", "needed", "has", "have": a verb whose infinitive says what ought to happen (a past "had to flee" tells
    what did)."""
    return verb.pos_ == "VERB" and (verb.lemma_ == "need" or verb.lemma_ == "have" and verb.tag_ in {"VBP", "VBZ"})


def epistemic(verb: Token) -> bool:
    """A modal verb read as a guess: with a perfect ("must have been"), a progressive ("they must really be feeling
    out of their comfort zone") or a copula of "it", "this", "that" or "there" ("It must be so hard for them")."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or \
            verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True
    return verb.lemma_ == "be" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "this", "that", "there"}
                                       for c in verb.children)


def _speaks_for(speaker: ActorRef, actors: list[ActorRef]) -> bool:
    """A speaker reporting what their own side does is a party of it ("Lavrov said Russia is ready"); one
    reporting what others did is a source ("Russian and Ukrainian delegations met, Turkey's Fidan said"). A person
    whose state is unknown speaks for none ("Iran may reconsider providing such weapons, Baroness Goldie said";
    "Russia's decision to ban the platform would 'cut 80 million off', Adam Mosseri tweeted"), and a body with no
    state (the West, the UN) only for itself ("Russia is planning to retreat, Western officials said" is Russia's plan
    alone)."""
    return speaker.country is not None and any(side_of(a) == speaker.country for a in actors)


def _controller(chain: list[Token], requests: frozenset[str]) -> list[Token]:
    """The object of the request verb whose infinitive complement the trigger's clause is ("asked Washington to
    send", "pressed Putin to allow"): the one who is to act, not the one who asks. Other verbs with an object
    keep their subject ("summoned the ambassador to complain", "earmarked aid to help Haiti")."""
    for below, tok in zip(chain, chain[1:], strict=False):
        # (or the "against" of a warning: "warned Kyiv against using the weapons")
        if (below.dep_ == "xcomp" or below.dep_ == "prep" and below.lower_ == "against") and tok.pos_ == "VERB" and \
                tok.lemma_.lower() in requests:
            objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
            return objects[:1]
    return []


def _sentence_before(token: Token) -> int:
    """The index of the first token of the sentence before the token's (of its own, in the first sentence)."""
    sent = token.sent
    return token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def _subjects_before(pronoun: Token) -> list[Token]:
    """The subjects before the pronoun in its sentence or the one before, nearest first."""
    return [t for t in reversed(pronoun.doc[_sentence_before(pronoun):pronoun.i]) if t.dep_ in {"nsubj", "nsubjpass"}]


def _the_country(noun: Token) -> bool:
    """ "the country", "the nation": a state noun that points back to a state named before."""
    return noun.lemma_.lower() in _STATE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _bare_country(noun: Token) -> bool:
    """ "the country" alone, standing for the state named before (not "the countries", "the Baltic nations", "the
    country of his birth")."""
    return _the_country(noun) and noun.tag_ == "NN" and \
        not any(c.dep_ in {"amod", "compound", "prep"} for c in noun.children)


def act_judged(trigger: Token, chain: list[Token], lexicon: Lexicon) -> Token | None:
    """The verb of judgement or punishment whose "of"/"for" gerund names the act the trigger is (in): "accused
    Russia of blowing up ... and killing civilians", "punishing Putin for invading Ukraine", "of trying to blow up
    a dam", through the noun it judges by ("accused Russia of war crimes for attacking civilians", "praised Putin
    as a genius for seizing a country"); not "won a new fan for refusing to applaud" (no judgement of the fan)."""
    first = (_conj_heads(trigger) or [trigger])[-1]
    if noun_before_infinitive(first) is not None and lexicon.names_event(first.head, _JUDGING):
        return first.head  # "accused Kyiv of planning to use a dirty bomb", with "planning" read as a noun
    act = next((t for t in (first, *chain[1:]) if (t.tag_ == "VBG" or perfect_participle(t)) and t.dep_ == "pcomp" and
                t.head.lower_ in {"for", "of"} or gerund_read_as_adjective(t)), None)
    if act is None:
        return None
    governor = (act.head if act.dep_ == "pcomp" else act.head.head).head
    for _ in range(2):  # a noun in the verb's object or phrase: "of war crimes for ...", "as a genius for ..."
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in lexicon.reactions:
            return governor  # "has faced a backlash for calling Putin's tactics a work of genius"
        if governor.pos_ != "NOUN" or governor.dep_ not in {"dobj", "pobj", "attr"}:
            break
        governor = governor.head.head if governor.dep_ == "pobj" else governor.head
    return governor if lexicon.names_event(governor, _JUDGING) else None


def _conj_heads(tok: Token) -> list[Token]:
    """The verbs a coordinated verb shares its subject with ("Russia signals ... but rejects ...")."""
    heads = []
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        heads.append(tok)
    return heads


def _passive(verb: Token) -> bool:
    """A passive verb: with a passive subject or auxiliary, or a past participle with no "have" ("24 firefighters
    killed", "seen hundreds of people killed", "killed and injured"), which is no perfect of the speaker's act."""
    # (a past tense with no subject of its own joined to a passive is one too, mis-tagged: "were forced to their knees
    # and shot in the head")
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN" and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)) and \
            not any(c.dep_ == "aux" for c in verb.children):  # "is appalled ... and has ordered": active
        verb = verb.head
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.pos_ == "VERB" and not any(c.dep_ == "aux" for c in verb.children)


def _described(clause: Token) -> Token:
    """The noun a modifying clause describes, or the name its noun stands beside ("Scholz, the first Western leader
    to visit Beijing", "Paul Whelan, a veteran imprisoned in Russia": Scholz, Whelan)."""
    noun = clause.head
    if clause.dep_ == "relcl" and noun.conjuncts and _singular(clause):
        # "between Russia and the U.S., which has sanctioned Russia": the parser hangs the clause on the first of
        # the pair; a singular verb describes the one nearest before it
        # (names only: "Minister of Foreign Affairs and Expatriates ..., who" is one title)
        return max((t for t in (noun, *noun.conjuncts) if t.i < clause.left_edge.i and t.ent_type_ in _ENT_KIND),
                   key=lambda t: t.i, default=noun)
    return noun.head if noun.dep_ == "appos" else noun


def _plural(verb: Token) -> bool:
    """A finite verb in the plural, or with such an auxiliary ("have condemned", "were", "are")."""
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in (verb, *(c for c in verb.children if c.dep_ == "aux")))


def _singular(verb: Token) -> bool:
    """A finite verb in the third person singular, or with such an auxiliary ("has opposed", "was", "is")."""
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *(c for c in verb.children if c.dep_ == "aux")))


def under_force(noun: Token, nouns: frozenset[str]) -> bool:
    """ "under attack", "under heavy shelling", "under sanctions", "subject to Western sanctions": force or a
    measure the clause's subject undergoes."""
    if noun.dep_ == "conj":  # "subject to an asset freeze and an EU travel ban"
        noun = noun.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() in nouns and noun.pos_ == "NOUN" and (
        noun.head.lower_ == "under" or noun.head.lower_ == "to" and noun.head.head.lower_ == "subject")


def undergoers(noun: Token) -> list[Token]:
    """The subjects of the clause an "under attack" phrase belongs to, climbing from a clause with none ("after
    coming under attack")."""
    if noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head.head
    if verb.lower_ == "subject":  # "Usmanov has been subject to ...", "Simonyan, currently subject to sanctions"
        if verb.dep_ == "amod":
            return [verb.head]
        verb = verb.head
    subjects: list[Token] = []
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or verb.dep_ not in {"pcomp", "xcomp", "advcl", "conj"}:
            break
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return subjects


def participle_of(verb: Token) -> bool:
    """A past participle describing a noun ("a man sentenced to death", "others detained"): a reduced passive."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and \
        not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children) and \
        not predicate_read_as_participle(verb)


def predicate_read_as_participle(verb: Token) -> bool:
    """The main verb of a sentence the parser reads as a participle of its subject, the sentence's only root
    ("Turkish President Erdogan, whose country hosted the talks, called on both sides to end the war", "The Ukrainian
    president, speaking via video link, lobbied again for help"): a full sentence has a verb of its own, so the noun
    is the verb's subject."""
    noun, sent = verb.head, verb.sent
    return verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in {"PROPN", "NOUN"} and verb.i > 0 and \
        verb.nbor(-1).text == "," and sent[-1].text in {".", "!"} and \
        any(c.dep_ in {"relcl", "appos", "acl"} and noun.i < c.i < verb.i for c in noun.children)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def _conjuncts(head: Token) -> list[Token]:
    """The head and the parties coordinated with it; the parser may hang the first of two long names on the
    second ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin": Blinken as a modifier of
    Austin, with its "and")."""
    hung = [c for c in head.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and c.ent_type_ and
            any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)]
    return [*hung, head, *(c for c in head.conjuncts if c.pos_ in {"PROPN", "NOUN", "PRON"})]


def _own_name(head: Token) -> Span | None:
    """The name the head word is part of, or a role's name in apposition: the party of "Fiona Hill, the former
    official ... under President Donald Trump, warned" is Fiona Hill, not the longer name inside her apposition,
    and "the Ukrainian foreign minister, Dmytro Kuleba," is Kuleba whoever holds the office today."""
    if head.pos_ == "NOUN":  # "the Ukrainian foreign minister, Dmytro Kuleba,": the name the role is given
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                    head)
    if head.pos_ != "PROPN" or head.ent_type_ not in _ENT_KIND:
        return None
    ent = next((e for e in ents_of(head.sent) if e.start <= head.i < e.end), None)
    return None if ent is None or any(t.pos_ == "VERB" for t in ent) else ent  # "Biden phoned Scholz" as one ORG


def _noun_phrase(head: Token) -> Span:
    """The head with its left modifiers, plus "of X" and appositions ("President of France Emmanuel Macron")."""
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in _NP_LEFT:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ in {"appos", "compound", "flat"}:
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ == "of" and not any(g.dep_ == "pcomp" for g in child.children):
            # (not "the tycoon of paying two women": an act; nor what a relative clause says of the "of" noun: "the
            # position of all political parties that we stand up for Ukraine")
            clauses = {t.i for g in child.children for c in g.children if c.dep_ == "relcl" for t in c.subtree}
            end = max(end, max((t.i for t in child.subtree if t.i not in clauses), default=child.i) + 1)
    return head.doc[start:end]


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    return [r for r in refs if not (r.id in seen or seen.add(r.id))]

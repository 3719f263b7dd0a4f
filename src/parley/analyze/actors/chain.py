"""Coreference: the left-to-right pass that gives role nouns, pronouns and possessives their antecedents.

News text names a person in full first, then by surname, role noun or pronoun: each reference goes to the
nearest compatible person before it (a pronoun looks back at most a few sentences, and skips the other
gender); "his government" is the state of the man "his" points to, "its troops" the state or organisation
named last.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from parley.analyze.actors.state import DocState, Draft, Item
from parley.analyze.quotes import find_marked
from parley.records import Mention

_PRONOUN_WINDOW = 3  # sentences a pronoun may look back


class Chain(DocState):
    """The left-to-right pass: role nouns, pronouns and possessives resolved to what came before them."""

    def _pronouns(self) -> None:
        for token in self.doc:
            if (pair := self._pair(token)) is not None:
                # "the pair", "the two men", "the two Britons" (a demonym the registry read as the state)
                self.items.append(Item(pair, token.i + 1, "pair", via="pronoun",
                                       gender=self.lex.pair_people.get(token.lower_)))
                continue
            if token.i in self.covered:
                continue
            if token.pos_ == "PRON":
                gender = self.lex.pronouns.get(token.lower_, "absent")
            elif _description(token, self.lex.descriptions):
                # "the right-wing personality": a person named before, of the gender a pronoun of its relative clause
                # gives when the noun gives none ("The two-time Olympic gold medalist, who was on her way ...")
                gender = self.lex.descriptions[token.lower_] or next(
                    (self.lex.pronouns[t.lower_] for c in token.children if c.dep_ == "relcl" for t in c.subtree
                     if t.lower_ in self.lex.pronouns and self.lex.pronouns[t.lower_]), None)
                self.items.append(Item(token.i, token.i + 1, "pronoun", via="description", gender=gender))
                continue
            elif _age_description(token):
                gender = None  # "the 31-year-old was arrested in February": the person named before
            else:
                continue
            if gender == "absent":
                continue
            self.items.append(Item(token.i, token.i + 1, "pronoun", via="pronoun", gender=gender))

    def _chain(self) -> None:
        history: list[tuple[int, str, int]] = []  # (sentence start token, person id, mention start), in text order
        collectives: list[Item] = []
        for item in sorted(self.items, key=lambda it: it.start):
            if item.kind == "person":
                history.append((self.doc[item.start].sent.start, item.actor_id, item.start))
                self._person_mention(item)
            elif item.kind == "phrase":
                actor_id = self._antecedent_for_role(item, history)
                if actor_id:
                    history.append((self.doc[item.start].sent.start, actor_id, item.start))
                    item.actor_id = actor_id
                    self._drop_mentions_inside(item.start, item.end)  # "France" in "the President of France"
                    self._person_mention(item, via="role")
            elif item.kind == "collective":
                collectives.append(item)
            elif item.kind == "pair":
                pair = self._pair_antecedent(item, history)
                if pair:
                    self._drop_mentions_inside(item.start, item.end)  # ("Britons": not the state, the two named)
                for actor_id in pair:
                    item.actor_id = actor_id
                    self._person_mention(item, via="pronoun")
            elif item.kind == "owned":
                self._owned(item, history)
            elif item.kind == "pronoun":
                actor_id = self._antecedent_for_pronoun(item, history)
                if actor_id:
                    item.actor_id = actor_id
                    self._person_mention(item, via="pronoun")
                    # a pronoun continues its person's chain: "he decided ... Following the invasion, he declared"
                    history.append((self.doc[item.start].sent.start, actor_id, item.start))
        for item in collectives:  # once every person of the document is known: readouts name them after
            for actor_id in self._parties(item):
                item.actor_id = actor_id
                self._person_mention(item, via="role")

    def _pair(self, token) -> int | None:
        """Where a phrase for two people named before starts ("the pair", "the duo", "the two men", "both women"),
        or None; not one with an "of" phrase ("the pair of talks") nor one before a name."""
        lower = token.lower_
        dets = [c for c in token.children if c.dep_ in {"det", "nummod", "predet"}]
        if token.pos_ not in {"NOUN", "PROPN"} or \
                any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "appos" for c in token.children):
            return None
        if lower in self.lex.pair_nouns and any(d.lower_ == "the" for d in dets):
            return min(d.i for d in dets)
        if lower in self.lex.pair_people and (any(d.lower_ == "both" for d in dets) or
                                              {"the", "two"} <= {d.lower_ for d in dets}):
            return min(d.i for d in dets)  # ("two Britons were expelled" are two others)
        return None

    def _pair_antecedent(self, item: Item, history: list[tuple[int, str, int]]) -> list[str]:
        """The two people a pair phrase stands for: the last two named together ("Aiden Aslin and Shaun Pinner")
        within five sentences before it, else the first two of the nearest sentence before it (or of its own words
        before it) that names two ("Pence spoke with Zelensky. ... a meeting the pair had"; not "Klitschko
        congratulated the pair" after one bride was named)."""
        sentences = self._sentence_starts()
        start = self.doc[item.start].sent.start
        at = sentences.index(start) if start in sentences else 0
        before = [h for h in reversed(history) if h[2] < item.start and h[0] >= sentences[max(0, at - 5)] and
                  (item.gender is None or self.drafts[h[1]].gender in (None, item.gender))]  # ("the two ladies")
        heads = {h[2]: _head_of(self.doc[h[2]]) for h in before}
        for _, first, at_first in before:
            partners = {t.i for t in heads[at_first].conjuncts}
            second = next((aid for _, aid, pos in before if aid != first and heads[pos].i in partners), None)
            if second is not None:
                return [second, first]
        for sent_start in sentences[max(0, at - 3):at + 1][::-1]:
            named: list[str] = []
            # (a possessor is no party of the sentence: "as former President Donald Trump's Treasury Secretary")
            for _, actor_id, pos in sorted((h for h in before if h[0] == sent_start), key=lambda h: h[2]):
                if actor_id not in named and heads[pos].dep_ != "poss":
                    named.append(actor_id)
            if len(named) >= 2:
                return named[:2]
        return []

    def _described_organizations(self) -> None:
        """ "the alliance", "the 27-nation bloc", "the cartel", "the ministry": a noun an organisation goes by
        (organizations.yaml ``nouns``, or the head noun of its name, lexicon.yaml ``organization_heads``) after "the"
        refers back to the last organisation named before it that goes by it ("... join NATO. Finland will decide
        whether to join the military alliance"; "Wagner Group ... the group"); with none such named before, to
        none."""
        nouns = self.reg.organization_nouns | self.lex.organization_heads
        for token in self.doc:
            if token.i in self.covered or not _description(token, nouns):
                continue
            before = sorted((m for m in self.mentions if m.end <= token.idx), key=lambda m: -m.start)
            if token.lower_ in self.lex.generic_organization_nouns and any(
                    (d := self.drafts.get(m.actor_id)) is not None and d.kind == "organization" and
                    not self._referring_nouns(d) for m in before):
                continue  # ("Shell ... quit its joint ventures with Gazprom. The firm pledged": Shell, unknown kind)
            draft = next((d for m in before if (d := self.drafts.get(m.actor_id)) is not None and
                          d.kind == "organization" and token.lower_ in self._referring_nouns(d)), None)
            states = {self.country_at[c.i] for c in token.children if c.i in self.country_at}
            if draft is not None and (not states or draft.country in states):  # ("the Danish energy firm" is no
                # Gazprom: a state modifier introduces another one; "the Russian energy giant" may be Gazprom)
                draft.mentions += 1
                draft.forms[token.text] += 1
                self.mentions.append(Mention(actor_id=draft.id, start=token.idx, end=token.idx + len(token.text),
                                             text=token.text, via="pronoun"))
                self.covered.add(token.i)

    def _referring_nouns(self, draft: Draft) -> frozenset[str] | tuple[str, ...]:
        """The nouns an organisation is referred back by: the registry's, else its name's head noun."""
        return draft.entry.nouns if draft.entry is not None else self.lex.referring_nouns([draft.name])

    def _antecedent_for_role(self, item: Item, history: list[tuple[int, str, int]]) -> str | None:
        """The nearest person before the phrase whose title contains its noun ("the secretary of state"),
        else the nearest whose role type fits, else the registry's holder of that office at the date. A subject
        phrase continues the last fitting subject of its sentence or the one before, as a subject pronoun does
        ("Biden met his team as Putin was speaking. The president also spoke with Zelenskyy": Biden)."""
        phrase = item.phrase
        noun = " ".join(self.reg.words(self.doc[phrase.core[0]:phrase.core[1]].text))
        owned = self._owner_place(item) if phrase.country is None and phrase.org is None else None
        if owned is not None and (entry := self.reg.entries.get(owned)) is not None and entry.kind == "state":
            phrase.country = owned  # ("Ukraine says ... but its president has vowed": Ukraine's, not Putin's)
        fitting = [h for h in reversed(history) if self._fits(self.drafts[h[1]], phrase)]
        titled = [h for h in fitting if any(noun in " ".join(self.reg.words(t)) for t in self._titles(self.drafts[h[1]]))]
        if titled or fitting:
            found = titled or fitting
            if self._is_subject(item.start) and not self._quoted(self.doc[item.start].idx):
                before = self._sentence_before(item.start)
                subject = next((h for h in found if h[0] >= before and self._is_subject(h[2], main=True)), None)
                if subject is not None:
                    return subject[1]
            return found[0][1]
        place = phrase.org or phrase.country or self._state_of_title(noun) or self._owner_place(item)
        if place is None or phrase.former or phrase.posted:
            return None  # (the registry knows today's holders, never which former one is meant, nor postings)
        if phrase.types == {"ambassador", "un_ambassador"}:
            # a bare "the British ambassador" is the one posted where the story is, which the registry does not say
            # (it knows one posting, or the UN's): only "the UN ambassador" is answered with that office's holder
            return None
        people = self._office_holders(phrase.types, place)
        if not people:
            return self._office(phrase, place)
        if len(people) != 1:
            return None
        entry, role = next(iter(people.values()))
        draft = self._draft(entry)
        draft.role_types.add(role.type)
        return draft.id

    def _antecedent_for_pronoun(self, item: Item, history: list[tuple[int, str, int]]) -> str | None:
        """The nearest person before the pronoun of its gender, a few sentences back at most; never one named in
        what the pronoun's own verb reports ("Putin is a tyrant, he added" is not Putin speaking)."""
        pronoun = self.doc[item.start]
        reported = _reported_by(pronoun) | self._quotation_just_before(pronoun)
        sentences = self._sentence_starts()
        at = sentences.index(pronoun.sent.start) if pronoun.sent.start in sentences else 0
        earliest = sentences[max(0, at - _PRONOUN_WINDOW)]
        fitting = []
        for sent_start, actor_id, start in reversed(history):
            if sent_start < earliest:
                break
            draft = self.drafts[actor_id]
            # (the narrator's description is of someone the narrator named, not one named in a quotation: "'... I am
            # calling Putin a war criminal.' The climate activist was arrested in Moscow")
            told = item.via != "description" or self._quoted(pronoun.idx) or not self._quoted(self.doc[start].idx)
            if start not in reported and told and \
                    (item.gender is None or draft.gender is None or draft.gender == item.gender):
                fitting.append((sent_start, actor_id, start))
        # (an object pronoun is never its own verb's subject, which would be "himself": "Giuliani instructed him to
        # threaten" is someone else)
        if pronoun.dep_ in {"dobj", "dative"} and pronoun.lower_ in {"him", "her", "them"}:
            subjects = [c for c in pronoun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            fitting = [f for f in fitting if not any(s.left_edge.i <= f[2] <= s.i for s in subjects)]  # (its name,
            # not what the parser hangs on it: "Trump called Erdogan ... and urged him", misparsed)
        if not fitting:
            return None
        # the one whose words they are ("Putin's assertion he would never use nukes"), else the verb's object
        # ("Zelensky thanked Johnson for his support", "criticized Trump for his remarks")
        for owner in (self._claimant(pronoun), _object_thanked(pronoun)):
            found = None if owner is None else \
                next((f for f in fitting if owner.left_edge.i <= f[2] <= owner.right_edge.i), None)
            if found is not None:
                return found[1]
        if pronoun.dep_ in _SUBJECTS and pronoun.head.dep_ not in _ADJUNCTS and not self._quoted(pronoun.idx):
            # a subject pronoun continues the last subject of its sentence or the one before ("Giuliani did not
            # present such evidence, but read an email involving the younger Biden. 'It's not just Biden,' he said";
            # "Trump told Bolton that he wanted ..."); not inside a quotation, where "he" is whoever the speaker talks
            # about ("'He was a friend,' Trump said"), nor in an adverbial or relative clause, which tells of the
            # nearest ("restrictions imposed on Olmert when he was released")
            near = [f for f in fitting if f[0] >= sentences[max(0, at - 1)]]
            subject = next((f for f in near if self._is_subject(f[2])), None)
            if subject is not None:
                return subject[1]
        return fitting[0][1]

    def _claimant(self, pronoun):
        """The possessor of a noun of saying right before a subject pronoun ("Putin's assertion (that) he ..."), or
        None."""
        if pronoun.dep_ != "nsubj" or pronoun.i < 2:
            return None
        noun = self.doc[pronoun.i - 1]
        if noun.lower_ == "that" and pronoun.i >= 3:
            noun = self.doc[pronoun.i - 2]
        if noun.pos_ != "NOUN" or noun.lower_ not in self.lex.claim_nouns:
            return None
        return next((c for c in noun.children if c.dep_ == "poss"), None)

    def _quotation_just_before(self, pronoun) -> set[int]:
        """The tokens of the quotation a subject pronoun follows with nothing but punctuation between ("'Has Putin
        ever called me a racist?' he asked"): the one who says it is not one it names."""
        if pronoun.dep_ != "nsubj" or self._quoted(pronoun.idx):
            return set()
        starts, ends = self._quotation_offsets()
        i = bisect_right(ends, pronoun.idx) - 1
        if i < 0 or any(ch.isalnum() for ch in self.text[ends[i]:pronoun.idx]):
            return set()
        return set(range(*self._tokens_between(starts[i], ends[i])))

    def _tokens_between(self, start: int, end: int) -> tuple[int, int]:
        """The token indices [first, last + 1) of the tokens starting at character offsets in [start, end)."""
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        return bisect_left(self._token_starts, start), bisect_left(self._token_starts, end)

    def _quoted(self, pos: int) -> bool:
        """Whether the character position stands inside a quotation, as the quotes step finds them (every mark
        style; a paragraph left open continues into the next one that reopens with a mark)."""
        starts, ends = self._quotation_offsets()
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    def _quotation_offsets(self) -> tuple[list[int], list[int]]:
        """Where the document's quotations start and end (character offsets, in text order)."""
        if self._quotations is None:
            marked = find_marked(self.text)
            self._quotations = ([m.start for m in marked], [m.end for m in marked])
        return self._quotations

    def _is_subject(self, start: int, main: bool = False) -> bool:
        """Whether the mention starting at ``start`` is (or heads) the subject of its clause; with ``main``, of a
        clause that is no adverbial or relative one ("as Putin was speaking")."""
        token = self.doc[start]
        while token.dep_ in {"compound", "flat", "amod", "det", "poss", "case"} and token.head.i != token.i:
            token = token.head
        return token.dep_ in _SUBJECTS and not (main and token.head.dep_ in _ADJUNCTS)

    def _owned(self, item: Item, history: list[tuple[int, str, int]]) -> None:
        """"his government" is the state of the person "his" points to; "its troops" belong to the nearest
        state or organisation named before. Unresolved, a group noun is still a generic group."""
        phrase = item.phrase
        assert phrase is not None
        owner: Draft | None = None
        if phrase.owner in ("his", "her"):
            person = self._antecedent_for_pronoun(item, history)
            owner = self.drafts[person] if person else None
        else:
            owner = self._nearest_collective_actor(item.start)
        group = self.reg.words(self.doc[phrase.core[0]:phrase.core[1]].text) in self.lex.group_nouns
        if owner is None or (owner.kind == "person" and owner.country is None):
            if group and (self._document_country() or phrase.head == "group"):
                self._group(phrase, self._document_country())
            return
        if owner.kind == "person":
            owner = self._draft(self.reg.entries[owner.country]) if owner.country in self.reg.entries else None
        if owner is None:
            return
        if owner.kind == "state" and group and phrase.head == "group":
            self._group(phrase, owner.country)  # "its refugees": Syria's refugees, not Syria
            return
        owner.mentions += 1  # "its fighters" of Hamas, "their fighters" of the rebels: the organisation itself
        owner.forms[self.doc[phrase.start:phrase.end].text] += 1
        self.mentions.append(Mention(actor_id=owner.id, start=self.doc[phrase.start].idx, end=self._end_char(phrase.end),
                                     text=self.doc[phrase.start:phrase.end].text, via="pronoun"))

    def _owner_place(self, item: Item) -> str | None:
        """The state or organisation "its" or "their" points to in a role phrase ("Norway will raise its readiness,
        its prime minister said": Norway's), which the office's holder then answers."""
        if item.phrase is None or item.phrase.owner not in ("its", "their"):
            return None
        # the subject of its sentence or the one before, else the nearest ("Ukraine will fight off Russia's
        # invasion, its president has said": Ukraine's)
        owner = self._nearest_collective_actor(item.start, subject_first=True)
        return owner.id if owner is not None else None

    def _sentence_before(self, token: int) -> int:
        """The first token of the sentence before the token's (of its own, in the first sentence)."""
        sent = self.doc[token].sent
        return self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start

    def _nearest_collective_actor(self, token: int, subject_first: bool = False) -> Draft | None:
        """The state or organisation mentioned last before ``token`` in its sentence or the one before; with
        ``subject_first``, the last one that is a subject there, if any."""
        lo, hi = self.doc[self._sentence_before(token)].idx, self.doc[token].idx
        before = sorted((m for m in self.mentions if lo <= m.start and m.end <= hi), key=lambda m: -m.start)
        owners = [(d, m) for m in before if (d := self.drafts.get(m.actor_id)) is not None and
                  d.kind in ("state", "organization")]
        if subject_first:
            spans = [(d, self.doc.char_span(m.start, m.end, alignment_mode="expand")) for d, m in owners]
            subject = next((d for d, span in spans if span is not None and self._is_subject(span.start)), None)
            if subject is not None:
                return subject
        return owners[0][0] if owners else None


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ADJUNCTS = frozenset({"advcl", "relcl", "acl"})


def _object_thanked(pronoun):
    """The direct object of the verb a possessive's "for" phrase hangs on ("thanked Johnson for his support"), or
    None."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < pronoun.i), None) if verb.pos_ == "VERB" else None


def _description(token, descriptions: dict[str, str | None] | frozenset[str]) -> bool:
    """ "criticized the right-wing personality", "the presenter said": a singular noun of ``descriptions`` after
    "the" that refers to someone (or, for an organisation's nouns, something) named before, not one in apposition
    ("Egypt, the host of the summit"), a predicate ("he is the host"), a noun before a name ("the billionaire
    Alisher Usmanov") or one with an "of" phrase."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in descriptions and \
        token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "appos" or c.dep_ == "relcl" and
                token.doc[c.left_edge.i - 1].text != "," for c in token.children) and \
        not (token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "PROPN")  # (a relative clause set off by a
    # comma says more of someone named before: "consular access to the WNBA star, who is being detained")


def _age_description(token) -> bool:
    """ "The 31-year-old, a two-time Olympic gold medalist, was arrested": a person named before, by age (as a
    subject or an object after "the"; never a modifier, "the 31-year-old player", nor one of an "of" phrase)."""
    return token.lower_ == "old" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and \
        any(c.dep_ == "npadvmod" and c.lemma_ == "year" for c in token.children) and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
        not any(c.dep_ in {"prep", "relcl"} for c in token.children)


def _head_of(token):
    """The head of the name a token belongs to ("Aiden" in "Aiden Aslin" -> "Aslin")."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def _reported_by(pronoun) -> set[int]:
    """The tokens of the clause the pronoun's verb reports, when the pronoun is its subject ("Putin is a tyrant,
    he added"; "he said the talks failed")."""
    if pronoun.dep_ != "nsubj":
        return set()
    return {t.i for c in pronoun.head.children if c.dep_ == "ccomp" for t in c.subtree}

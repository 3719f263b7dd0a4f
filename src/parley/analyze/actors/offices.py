"""Offices and their holders: which person a role phrase can mean, and who held an office on the document's date.

"The President of France" with nobody before it is answered by the registry (Macron on that date); an office
whose holder the registry does not know is an actor of its own (``parley:<iso3>-<role type>``); "the two
leaders" are the fitting people the document names, completed by the leaders of the states it names most.
"""

from __future__ import annotations

from collections import Counter

from parley.analyze.actors.names import discovered_id
from parley.analyze.actors.state import DocState, Draft, Item, Phrase
from parley.records import Mention
from parley.registry import Entry, Role

_TITLED_ENTS = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})


class Offices(DocState):
    """Who holds an office: people of the document who fit a role phrase, else the registry's holder at the date."""

    def _state_of_title(self, noun: str) -> str | None:
        """The state a title alone points to ("the Federal Chancellor": Germany or Austria): the one of its
        states that the document names, or its only state."""
        states = self.lex.title_states.get(tuple(noun.split()), ())
        named = [c for c in states if c in set(self.country_at.values())]
        if len(named) == 1:
            return named[0]
        return states[0] if len(states) == 1 else None

    def _office(self, phrase: Phrase, place: str) -> str | None:
        """An office of a state whose holder the registry does not know ("the Guinean president"): an actor of its
        own, ``parley:<iso3>-<role type>``, so every way of naming that office meets in one id."""
        noun = " ".join(t.text for t in self.doc[phrase.core[0]:phrase.core[1]])
        return self._office_of(phrase.types, place, noun)

    def _office_of(self, types: frozenset[str] | set[str], place: str, noun: str) -> str | None:
        types = set(types) & self.lex.offices
        state = self.reg.entries.get(place)
        if state is None or state.kind != "state":
            return None
        if len(types) > 1 and state.leader in types and types <= self.lex.leader_roles:
            types = {state.leader}  # a leader's counterpart: whichever office leads that state's executive
        if len(types) != 1:
            return None
        role_type = next(iter(types))
        actor_id = discovered_id((place.lower(), *role_type.split("_")))
        name = f"{noun[:1].upper()}{noun[1:]} of {state.name}"
        draft = self.drafts.setdefault(actor_id, Draft(id=actor_id, name=name, kind="person", country=place))
        draft.role_types.add(role_type)
        if name not in draft.role_texts:
            draft.role_texts.append(name)
        return actor_id

    def _counterparts(self) -> None:
        """"his Turkish counterpart", "Lavrov's British, French and Turkish counterparts": who held the owner's
        office in each state the adjectives name, on the document's date (a head of state's counterpart leads
        the other state's executive); the office itself when the registry does not know its holder; the state
        when the owner holds no single office ("the ambassador's UK counterpart"). Runs after the chain, which
        has given "his" its man. A counterpart named beside ("his Russian counterpart, Sergei Shoigu") is
        that person already."""
        last_words = {words[-1] for words in self.lex.counterpart_nouns}
        for token in self.doc:
            if token.lower_ not in last_words:
                continue
            start = self._counterpart_start(token)
            if start is None or token.i in self.covered or self._named_beside(token):
                continue
            owner = next((self._person_at_token(c) for c in token.children if c.dep_ == "poss"), None)
            states = self._states_modifying(token)
            if owner is None or not states:
                continue
            # an office the owner surely holds: the registry's at the date, or the text's when every role it gives
            # is a single office ("Diplomat Andrei Kelin" may be an ambassador: his counterpart is only a state)
            if owner.entry is not None:
                types = {r.type for r in self._registry_roles(owner.entry)} & self.lex.offices
            else:
                types = set(owner.role_types) if set(owner.role_types) <= self.lex.offices else set()
            types = self.lex.peers(types)
            first = min([start, *(c.i for c in token.children if c.dep_ == "poss")])
            self._drop_mentions_inside(first, token.i + 1)
            self._cover(first, token.i + 1)
            for state, (lo, hi) in states:
                lo, hi = (first, token.i + 1) if len(states) == 1 else (lo, hi)
                actor_id = self._holder_of(types, state)
                if actor_id is None:
                    continue
                draft = self.drafts[actor_id]
                draft.mentions += 1
                self.mentions.append(Mention(actor_id=actor_id, start=self.doc[lo].idx, end=self._end_char(hi),
                                             text=self.doc[lo:hi].text, via="role"))

    def _counterpart_start(self, token) -> int | None:
        """The first token of a counterpart noun ending at ``token`` ("opposite number"), if one does."""
        for words in self.lex.counterpart_nouns:
            start = token.i - len(words) + 1
            if start >= 0 and tuple(t.lower_ for t in self.doc[start:token.i + 1]) == words:
                return start
        return None

    def _named_beside(self, token) -> bool:
        """"his Russian counterpart, Sergei Shoigu", "her French counterpart Catherine Colonna", "her Swedish
        counterpart, Prime Minister Magdalena Andersson": a name follows before the clause goes on."""
        for t in self.doc[token.i + 1:token.i + 6]:
            if t.i in self.person_at:
                return True
            if t.is_punct and t.text != "," or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
                return False
        return False

    def _person_at_token(self, token) -> Draft | None:
        """The person a mention covering ``token`` names ("his" resolved by the chain; "Lavrov's")."""
        for mention in self.mentions:
            if mention.start <= token.idx < mention.end:
                draft = self.drafts.get(mention.actor_id)
                return draft if draft is not None and draft.kind == "person" else None
        return None

    def _states_modifying(self, token) -> list[tuple[str, tuple[int, int]]]:
        """The states the modifiers before a noun name, with their spans: "British, French and Turkish"."""
        found: dict[str, tuple[int, int]] = {}
        for child in token.children:
            if child.i > token.i or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            for t in child.subtree:
                state = self.country_at.get(t.i)
                if state is not None and self.reg.entries[state].kind == "state" and state not in found:
                    found[state] = self.span_of.get(t.i, (t.i, t.i + 1))
        return list(found.items())

    def _holder_of(self, types: set[str], state: str) -> str | None:
        """The counterpart in ``state``: the holder of one of ``types`` there, else that office, else the state."""
        if types:
            people = self._office_holders(frozenset(types), state)
            if len(people) == 1:
                entry, role = next(iter(people.values()))
                draft = self._draft(entry)
                draft.role_types.add(role.type)
                return draft.id
            office = self._office_of(types, state, " ".join(sorted(types)[0].split("_")))
            if office is not None:
                return office
        entry = self.reg.entries.get(state)
        return self._draft(entry).id if entry is not None else None

    def _parties(self, item: Item) -> list[str]:
        """The two parties "the two leaders" stands for: the people of those role types the document names
        (nearest first, those before the phrase first), then the office holders of the states it names most
        (each state once)."""
        phrase = item.phrase
        assert phrase is not None
        named = [it for it in self.items if it.kind in ("person", "phrase") and it.actor_id in self.drafts]
        named.sort(key=lambda it: (it.start > item.start, abs(it.start - item.start)))
        parties: list[str] = []
        for other in named:
            draft = self.drafts[other.actor_id]
            if other.actor_id not in parties and self._fits(draft, phrase) and draft.country not in {self.drafts[p].country for p in parties}:
                parties.append(other.actor_id)
        for iso3, _count in self._state_counts().most_common():
            if len(parties) >= 2:
                break
            if iso3 in {self.drafts[p].country for p in parties}:
                continue
            holders = self._office_holders(phrase.types, iso3)
            if len(holders) == 1:
                parties.append(self._draft(next(iter(holders.values()))[0]).id)
        return parties[:2]

    def _office_holders(self, types: frozenset[str], place: str) -> dict[str, tuple[Entry, Role]]:
        """Who held an office of ``types`` for ``place`` at the document's date; when both a president and a
        premier fit ("the German leader"), the one whose office leads that state's executive."""
        people = {entry.id: (entry, role) for entry, role in self.reg.holders(types, place, self.date)}
        state = self.reg.entries.get(place)
        if len(people) > 1 and state is not None and state.kind == "state":
            people = {i: (e, r) for i, (e, r) in people.items() if r.type == state.leader}
        return people

    def _state_counts(self) -> Counter:
        """How often each state is named, not counting names inside the title of a treaty, an organisation or
        an event, nor names that modify a thing ("the Minsk agreements" does not name Belarus as a party), nor
        places ("the situation around Ukraine" is what the leaders talked about, not who talked)."""
        titled = {i: (e.start, e.end) for e in self.doc.ents if e.label_ in _TITLED_ENTS for i in range(e.start, e.end)}
        counts: Counter = Counter()
        for i, iso3 in self.country_at.items():
            own = self.span_of.get(i, (i, i + 1))
            ent = titled.get(i, own)
            if self.reg.entries[iso3].kind != "state" or ent[1] - ent[0] > own[1] - own[0]:
                continue
            last = self.doc[own[1] - 1]
            if last.dep_ == "compound" and last.head.pos_ in ("NOUN", "PROPN") and last.head.lower_ not in self._agent_words():
                continue
            if last.dep_ == "pobj" and last.head.lower_ in self.lex.place_prepositions:
                continue
            counts[iso3] += 1
        return counts

    def _fits(self, draft: Draft, phrase: Phrase) -> bool:
        types = set(draft.role_types)
        if draft.entry is not None:
            # (a former office is one the person held and no longer holds: "the former president" is Trump in
            # 2024, never Putin)
            now = self._registry_roles(draft.entry)
            held = {r.type for r in now} if self.date else set()  # (with no date, any office held is a former one)
            roles = [r for r in draft.entry.roles if r.type not in held] if phrase.former else now
            types = {r.type for r in roles} | (set() if phrase.former else types)
            places = {r.place for r in roles}
        else:
            places = set()
        if not types & phrase.types:
            return False
        if phrase.org is not None and phrase.org not in places and phrase.country is None:
            return False
        return phrase.country is None or draft.country == phrase.country or phrase.country in places

    def _titles(self, draft: Draft) -> list[str]:
        titles = list(draft.role_texts)
        if draft.entry is not None:
            titles += [r.title for r in self._registry_roles(draft.entry)]
        return titles

"""Role, agent, body and group noun phrases ("the Russian envoy", "Russian troops", "Syrian refugees").

A phrase grows left over determiners, adjectives and the names that modify it and right over "of/for/in
Russia"; a role phrase beside a name gives that person a role, else it waits for the left-to-right pass; an
agent phrase is its state or organisation acting; a group noun is a generic actor of the country it names.
"""

from __future__ import annotations

from collections import Counter

from parley.analyze.actors.names import discovered_id
from parley.analyze.actors.spans import Match
from parley.analyze.actors.state import DocState, Draft, Item, Phrase
from parley.records import Flag, Mention

_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_FORMER = frozenset({"former", "ex"})
_LOST_OFFICE = frozenset({"ousted", "deposed", "toppled", "overthrown", "sacked", "fired", "dismissed", "exiled",
                          "impeached", "jailed", "disgraced", "defeated"})  # participles of an office lost


class Phrases(DocState):
    """Role, agent, body and group noun phrases, with the country, organisation or owner their modifiers give."""

    def _phrase(self, m: Match) -> None:
        head, value = m.value  # type: ignore[misc]
        phrase = Phrase(start=m.start, end=m.end, head=head, core=(m.start, m.end))
        if head in ("role", "collective"):
            phrase.types = value
            phrase.needs_determiner = tuple(self.reg.words(self.doc[m.start:m.end].text)) in self.lex.needs_determiner
        elif head == "body":
            phrase.body = value
        self._extend_left(phrase)
        self._extend_right(phrase)
        if phrase.indefinite and head in ("role", "collective"):
            return  # "a foreign minister" is nobody in particular; "a Turkish court" is still Turkish
        if head == "role" or head == "collective" and self._coordinated_states(phrase):
            self._role_phrase(phrase)  # ("the French and German leaders": the French one and the German one)
            return
        if head == "collective" and phrase.country is None and phrase.org is None:
            if phrase.definite:
                self._cover(phrase.start, phrase.end)
                self.items.append(Item(phrase.start, phrase.end, "collective", phrase=phrase))
            return
        self._agent_phrase(phrase, m)  # "Nigerian leaders" act for Nigeria

    def _agent_phrase(self, phrase: Phrase, m: Match) -> None:
        """"Russian troops" is Russia acting, "the State Department's officials" the State Department, "NATO
        troops" NATO, "his government" the state of the man named before. A group noun with no state or
        organisation is a generic group of the document's country when that is clear; else only a group that
        is not a state's agent ("rebels", "protesters") stays an actor, with no country: "officials" or "the
        government" of an unknown state identify nobody."""
        country = phrase.country
        org = self.reg.entries[phrase.org] if phrase.org else None
        group = self.reg.words(self.doc[m.start:m.end].text) in self.lex.group_nouns and not self._modifier(m.end - 1)
        if org is not None and org.country in (None, country):
            entry = org
        elif country is not None and phrase.head != "group":
            target = self.reg.body(phrase.body, country) if phrase.body else None
            entry = target or self.reg.entries.get(country)
        elif phrase.owner in ("his", "her", "its", "their") and (group or phrase.head == "agent"):
            self._cover(phrase.start, phrase.end)
            self.items.append(Item(phrase.start, phrase.end, "owned", phrase=phrase, gender=self.lex.pronouns.get(phrase.owner)))
            return
        elif group and (country or self._document_country() or phrase.head == "group"):
            self._group(phrase, country or self._document_country())
            return
        else:
            return  # "officials" of no known state: a state's agent whose state the text does not give
        if entry is None:
            return
        siblings = self._coordinated_state_words(phrase) if entry.kind == "state" else []
        self._cover(phrase.start, phrase.end)
        self._drop_mentions_inside(phrase.start, phrase.end)
        capital = entry.kind == "state" and any(i in self.capital_at for i in range(phrase.start, phrase.end))
        self._mention(entry, phrase.start, phrase.end, "metonym" if capital else "registry")
        for start, end, state in siblings:  # "Russian and Belarusian forces": Russia's forces too
            if state in self.reg.entries and self.reg.entries[state].kind == "state":
                self._cover(start, end)
                self._mention(self.reg.entries[state], start, end, "registry")

    def _modifier(self, i: int) -> bool:
        """"police" in "police station": a noun that modifies the next one names no actor; nor does a stance noun
        with "to" or "against" ("restated his opposition to Finland joining Nato")."""
        token = self.doc[i]
        return token.dep_ in ("compound", "amod", "nmod") and token.head.i > i or \
            token.lower_ in self.lex.stance_nouns and any(c.dep_ == "prep" and c.lower_ in {"to", "against"}
                                                          for c in token.children)

    def _group(self, phrase: Phrase, country: str | None) -> None:
        start = phrase.proper if phrase.proper is not None else phrase.core[0]
        words = self.reg.words(self.doc[start:phrase.core[1]].text)
        actor_id = discovered_id(((country.lower(),) if country else ()) + words)
        name = self.doc[start:phrase.core[1]].text  # as written ("European security officials"), not folded
        if country:
            state = self.reg.entries.get(country)
            name = f"{state.name if state else country} {name}"
        draft = self.drafts.setdefault(actor_id, Draft(id=actor_id, name=name, kind="organization", country=country))
        self._cover(phrase.start, phrase.end)
        self._drop_mentions_inside(phrase.start, phrase.end)
        text = self.doc[phrase.start:phrase.end].text
        draft.forms[text] += 1
        draft.mentions += 1
        self.mentions.append(Mention(actor_id=actor_id, start=self.doc[phrase.start].idx, end=self._end_char(phrase.end),
                                     text=text, via="discovered"))

    def _document_country(self) -> str | None:
        """The state a document is about, when clear: at least four in five of its state names name it (a
        war report that names Russia and Ukraine has no clear country for "the fighters")."""
        if self._doc_country is None:
            counts = Counter(c for c in self.country_at.values() if self.reg.entries[c].kind == "state")
            top = counts.most_common(1)
            clear = top and top[0][1] >= 0.8 * sum(counts.values())
            self._doc_country = top[0][0] if clear else ""
        return self._doc_country or None

    def _extend_left(self, phrase: Phrase) -> None:
        i = phrase.start - 1
        while i >= 0:
            token = self.doc[i]
            lower = token.lower_
            if lower in _DEFINITE or lower in _POSSESSIVE_PRONOUNS:
                phrase.definite, phrase.start = True, i
                phrase.owner = lower if lower in _POSSESSIVE_PRONOUNS else None
                return
            if (lower in _FORMER or lower in _LOST_OFFICE) and i > 0 and self.doc[i - 1].lower_ == "the" and \
                    phrase.head == "role":
                # "the former president", "the ousted president": someone named before who held the office, never
                # its holder today
                phrase.former, phrase.definite, phrase.start = True, True, i - 1
                return
            if lower in self.lex.indefinite_determiners:
                phrase.indefinite, phrase.start = True, i
                return
            if phrase.head == "collective" and (token.like_num or lower == "both"):
                phrase.definite, phrase.start = lower == "both" or phrase.definite, i
                i -= 1
                continue
            if token.text in _POSSESSIVE:
                i -= 1
                continue
            if i in self.span_of or i in self.country_at or i in self.org_at:
                start = self.span_of.get(i, (i, i + 1))[0]
                self._take_modifier(phrase, i)
                phrase.start = start
                i = start - 1
                continue
            if token.text[:1].islower() and token.is_alpha and (
                    token.pos_ == "ADJ" or token.tag_ == "VBN" and token.dep_ == "amod" or
                    token.pos_ == "ADV" and phrase.start <= token.head.i < phrase.core[0]):
                # ("the embattled leader", "the clearly exhausted president": a participle, an adverb of a modifier
                # inside)
                phrase.start = i
                i -= 1
                continue
            if phrase.head in ("agent", "group") and self._proper_modifier(token):
                phrase.start = phrase.proper = i
                i -= 1
                continue
            return

    def _proper_modifier(self, token) -> bool:
        """A capitalised name before a group noun that the registry does not know ("Houthi rebels")."""
        return (token.is_alpha and token.text[:1].isupper() and token.i not in self.covered
                and (token.ent_type_ in ("NORP", "ORG") or (token.pos_ == "PROPN" and not token.is_sent_start)))

    def _extend_right(self, phrase: Phrase) -> None:
        i = phrase.end
        n = len(self.doc)
        for _ in range(2):
            if i >= n or self.doc[i].lower_ not in ("of", "to", "for", "at", "in"):
                return
            preposition = self.doc[i].lower_
            if phrase.head in ("agent", "group") and preposition != "of":
                return  # "troops to the NATO base", "officials in Moscow": the place is not the owner
            j = i + 1
            if j < n and self.doc[j].lower_ == "the":
                j += 1
            if j >= n or not (j in self.country_at or j in self.org_at) or j in self.person_at:
                return
            end = self.span_of.get(j, (j, j + 1))[1]
            if preposition in ("to", "at") and j in self.org_at and "un_ambassador" in phrase.types:
                phrase.types = frozenset({"un_ambassador"})
            elif preposition == "to" and j in self.country_at and j not in self.org_at and len(phrase.types) > 1:
                # "the US ambassador to Ukraine" is no UN envoy, and the registry does not say where its
                # ambassadors serve: never its holder, only someone the text names ("Russia's ambassador to
                # Britain, Andrei Kelin, ... Russia's ambassador warned")
                phrase.types = phrase.types - {"un_ambassador"}
                phrase.posted = True
            elif preposition in ("of", "for", "in"):
                self._take_modifier(phrase, j)
            phrase.end = end
            i = end

    def _take_modifier(self, phrase: Phrase, i: int) -> None:
        if i in self.person_at:
            owner = self.drafts.get(self.person_at[i])
            if owner is not None and phrase.country is None:
                phrase.country = owner.country
            phrase.definite = True
            return
        if i in self.org_at:
            phrase.org = phrase.org or self.org_at[i]
        if i in self.country_at and phrase.country is None:
            phrase.country = self.country_at[i]
        phrase.definite = True

    def _role_phrase(self, phrase: Phrase) -> None:
        """Attach a role phrase to the name beside it, or queue it as a reference back to someone."""
        after = self._name_starting(phrase.end)
        before = None if after else self._name_ending_before_comma(phrase.start)
        target = after or before
        if target is None and phrase.end < len(self.doc) and self.doc[phrase.end].text == "," and self._at_clause_start(phrase.start):
            target = self._name_starting(phrase.end + 1)
        if target is not None:
            draft = self.drafts[target.actor_id]
            self._give_role(draft, phrase)
            if target is after:  # "Russian Foreign Minister Sergey Lavrov": one mention for title and name
                target.start = min(target.start, phrase.start)
            else:
                self.items.append(Item(phrase.start, phrase.end, "person", draft.id, "role"))
            self._cover(phrase.start, phrase.end)
            self._drop_mentions_inside(phrase.start, phrase.end)
            return
        if phrase.needs_determiner and not phrase.definite:
            return
        self._cover(phrase.start, phrase.end)
        self.items.append(Item(phrase.start, phrase.end, "phrase", phrase=phrase))
        for sibling in self._coordinated_states(phrase):
            self._cover(sibling.start, sibling.end)
            self.items.append(Item(sibling.start, sibling.end, "phrase", phrase=sibling))

    def _coordinated_states(self, phrase: Phrase) -> list[Phrase]:
        """"the French and German leaders", "the Russian, Turkish and Iranian foreign ministers": one office-holder
        of each state the coordinated adjectives name, each its own phrase (the last adjective's is the phrase
        itself)."""
        return [Phrase(start=start, end=end, head="role", types=phrase.types, definite=True, country=state,
                       core=phrase.core, former=phrase.former)
                for start, end, state in self._coordinated_state_words(phrase)]

    def _coordinated_state_words(self, phrase: Phrase) -> list[tuple[int, int, str]]:
        """The state words coordinated before a phrase's own ("the French and German leaders", "Russian and
        Belarusian forces"), nearest first, each as (start, end, state) with a "the" before it; none already
        part of a mention."""
        found: list[tuple[int, int, str]] = []
        token = self.doc[phrase.start]
        while token.dep_ == "conj" and token.head.i < token.i and token.head.i in self.country_at and \
                token.head.i not in self.covered:
            token = token.head
            start = token.i - 1 if token.i and self.doc[token.i - 1].lower_ == "the" else token.i
            found.append((start, token.i + 1, self.country_at[token.i]))
        return found

    def _at_clause_start(self, i: int) -> bool:
        return i == 0 or self.doc[i].is_sent_start or self.doc[i - 1].is_punct or self.doc[i - 1].is_space

    def _give_role(self, draft: Draft, phrase: Phrase) -> None:
        draft.role_types |= phrase.types
        core = self.doc[phrase.start:phrase.end]
        words = [t.text for t in core if t.lower_ not in _DEFINITE and t.lower_ not in _POSSESSIVE_PRONOUNS]
        draft.role_texts.append(" ".join(words).replace(" 's", "'s").replace(" ’s", "’s"))
        if draft.country is None:
            draft.country = phrase.country
        if draft.entry is not None and self.date:
            self._check_role_date(draft, phrase)

    def _check_role_date(self, draft: Draft, phrase: Phrase) -> None:
        entry = draft.entry
        assert entry is not None
        matching = [r for r in entry.roles if r.type in phrase.types]
        if matching and not any(r.valid_at(self.date) for r in matching):
            spans = ", ".join(f"{r.title} {r.start or '?'}..{r.end or 'now'}" for r in matching)
            self.flags.append(Flag(
                "role_out_of_date",
                f"{entry.name} is called '{self.doc[phrase.start:phrase.end].text}' in a document dated {self.date}; "
                f"the registry has {spans}",
            ))

"""States, organisations and registry people found by their names (full name, surname, demonym, capital).

A state name is an actor only when it acts: as a metonym ("Moscow said"), a plural demonym ("the Russians"), a
party of a hyphenated pair ("Russian-Greek cooperation") or after "to"/"against"; elsewhere ("in Moscow", "the
Ukraine conflict", "the Russian envoy") it is a place or a modifier, kept for the role phrases around it.
"""

from __future__ import annotations

from parley.analyze.actors.names import given_compatible, misnamed
from parley.analyze.actors.spans import Match
from parley.analyze.actors.state import DocState, Item
from parley.registry import Entry


class RegistrySpans(DocState):
    """Registry names in the text: people, organisations, and states named, paired or standing for a government."""

    def _capitalised(self, m: Match) -> bool:
        return any(c.isupper() for c in self.doc[m.start:m.end].text)

    def _registry_spans(self, hits: list[Match]) -> None:
        full_names = {i for m in hits for i, how in m.value if how == "name"}  # type: ignore[attr-defined]
        chosen = [self._choose(m.value, full_names) for m in hits]  # type: ignore[arg-type]
        states = [(m.start, m.end) for m, (i, _) in zip(hits, chosen, strict=True) if i and self.reg.entries[i].kind == "state"]
        paired = self._hyphen_pairs(states)
        for m, (actor_id, how) in zip(hits, chosen, strict=True):
            if actor_id is None:
                continue
            entry = self.reg.entries[actor_id]
            if self._stance(m.start, m.end):
                self._cover(m.start, m.end)  # "pro-Russian separatists": Russia is the side they favour
                continue
            if entry.kind != "person" and self._inside_longer_place(m):
                continue  # "the West Bank", "West Virginia", "New Mexico": another place's name
            if how == "surname":
                m = self._with_given_name(m, entry)
                if m is None or self._honorific_of_other_gender(m.start, entry.gender):
                    continue  # ("Mrs Biden" is not Joe Biden: left to the people the document names)
            span = self.doc[m.start:m.end]
            for i in range(m.start, m.end):
                self.span_of[i] = (m.start, m.end)
            if entry.kind == "person":
                for i in range(m.start, m.end):
                    self.person_at[i] = actor_id
                self._cover(m.start, m.end)
                self.items.append(Item(m.start, m.end, "person", actor_id, "registry" if how == "name" else "surname"))
                self._draft(entry).forms[span.text] += 1
                continue
            if entry.kind == "organization":
                if how == "demonym" and not self._plural_noun(span):
                    if not any(t.ent_type_ in {"LOC", "GPE", "FAC"} and t.ent_iob_ != "B" or
                               t.i + 1 < len(self.doc) and t.nbor(1).ent_iob_ == "I" for t in span):
                        for i in range(m.start, m.end):
                            self.org_at[i] = entry.id  # "Western officials": the West's, as "EU officials"
                    continue  # a modifier is no mention of the West; "Western Europe" no modifier of it
                for i in range(m.start, m.end):
                    if entry.country and entry.parent is None:
                        self.country_at[i] = entry.country
                    self.org_at[i] = entry.id
                self._cover(m.start, m.end)
                self._mention(entry, m.start, m.end, "registry")
                continue
            for i in range(m.start, m.end):
                self.country_at[i] = actor_id
                if how == "capital":
                    self.capital_at.add(i)
            if (m.start, m.end) in paired:
                pass  # "Russian-Greek cooperation", "Russia-NATO talks": each side is a party
            elif how == "demonym" and not self._plural_noun(span):
                continue  # "Russian" as a modifier: kept for role phrases ("the Russian envoy")
            elif how in ("capital", "name") and not self._metonymic(span, how):
                continue
            self._cover(m.start, m.end)
            self._mention(entry, m.start, m.end, "metonym" if how == "capital" else "registry")

    def _inside_longer_place(self, m: Match) -> bool:
        """Whether the match is part of a longer place name the NER reads as one, a capitalised word of it right
        before or after the match ("the West Bank" and "West Virginia" are no mention of the West, "New Mexico" of
        Mexico; "the King of Jordan", "the United States", "Russia-Ukraine" keep theirs)."""
        label = self.doc[m.start].ent_type_
        if label not in {"GPE", "LOC", "FAC"} or any(t.ent_type_ != label for t in self.doc[m.start:m.end]):
            return False
        before = self.doc[m.start - 1] if m.start > 0 and self.doc[m.start].ent_iob_ == "I" else None
        after = self.doc[m.end] if m.end < len(self.doc) and self.doc[m.end].ent_iob_ == "I" else None
        return any(t is not None and t.is_title and t.lower_ != "the" for t in (before, after))

    def _hyphen_pairs(self, states: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """State names joined by a hyphen ("Russian-Pakistani ties"): both name parties of a relation."""
        pairs: set[tuple[int, int]] = set()
        for a, b in zip(states, states[1:], strict=False):
            hyphen = self.doc[a[1]] if a[1] < len(self.doc) else None
            if hyphen is not None and b[0] == a[1] + 1 and hyphen.text in ("-", "–") and not self.doc[a[1] - 1].whitespace_ and not hyphen.whitespace_:
                pairs |= {a, b}
        return pairs

    def _with_given_name(self, m: Match, entry: Entry) -> Match | None:
        """A registry surname preceded by a given name: the same person if the given names agree, the same
        person misnamed if only the initial agrees ("Vladimir" for "Vasily Nebenzya"), else someone else."""
        i = m.start - 1
        if i < 0 or i in self.covered or not self._name_word(self.doc[i]):
            return m
        given = self.reg.words(self.doc[i].text)[0]
        if given in self.lex.honorifics or given in self._role_words():
            return m
        known = self.reg.words(entry.name)[0]
        if given_compatible(given, known):
            return Match(i, m.end, m.value)
        if misnamed(given, entry, self.reg):
            self.mismatches.append((entry.id, self.doc[i:m.end].text))
            return Match(i, m.end, m.value)
        return None

    def _honorific_of_other_gender(self, start: int, gender: str | None) -> bool:
        """ "Mrs Biden", "Ms Truss", "Mr Zelensky": whether the honorific before a surname names the other gender."""
        said = self._honorific_gender(start)
        return gender is not None and said is not None and said != gender

    def _choose(self, choices: list[tuple[str, str]], full_names: set[str]) -> tuple[str | None, str]:
        if len(choices) == 1:
            return choices[0]
        named = [c for c in choices if c[1] != "surname" or c[0] in full_names]
        if len(named) == 1:
            return named[0]
        if named and all(c[1] == "name" for c in named):
            return named[0]
        return None, ""

    def _plural_noun(self, span) -> bool:
        """"the Russians", "an ethnic Chechen": a demonym used as a noun names the state's people."""
        last = span[-1]
        return last.tag_ in ("NNS", "NNPS") or (last.pos_ in ("NOUN", "PROPN") and last.dep_ not in ("amod", "compound", "nmod"))

    def _metonymic(self, span, how: str) -> bool:
        """A capital or country name stands for the state unless it is a place ("in Moscow"), part of a longer
        name ("Washington Post"), or a modifier of a thing ("the Ukraine conflict"). A country after "to",
        "against" or "between" is a party ("aid to Somalia"); a capital there is a destination ("flew to Kyiv")."""
        first, last = span[0], span[-1]
        if first.i in self.dateline:
            return False
        if last.ent_type_ in ("PERSON", "ORG", "FAC") and last.ent_iob_ != "B" and span.end < len(self.doc) and self.doc[span.end].ent_iob_ == "I":
            return False
        if first.ent_iob_ == "I" and first.ent_type_ in ("PERSON", "ORG", "FAC"):
            return False
        word = last
        while word.dep_ == "conj" and word.head.i < word.i:  # "between Turkey and Syria": Syria is where Turkey is
            word = word.head
        places = self.lex.locative_prepositions if how == "capital" else self.lex.place_prepositions
        if word.dep_ == "pobj" and word.head.lower_ in places:
            return False
        head = last.head
        return not (last.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in self._agent_words())

"""People and organisations the registry does not know: NER names, names beside a role phrase, lone surnames.

Newcomers get deterministic ``parley:<slug>`` ids. A lone word is linked only once every full name of the
document is known ("Price" after "Ned Price"); a name the NER labels as an organisation is a person when it
begins with a known given name ("Anatoly Bibilov").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from parley.analyze.actors.names import discovered_id, link_person
from parley.analyze.actors.state import DocState, Draft, Item
from parley.outlets import find_outlet
from parley.places import country_of
from parley.records import Mention

_GIVEN_NAME_WINDOW = 10  # sentences a lone given name may reach back to the last mention of its person
_DEFINITE = frozenset({"the", "this", "that"})
# office words whose city or region is the holder's country ("Luhansk governor", "Kharkiv mayor")
_LOCAL_OFFICES = frozenset({"governor", "mayor", "lawmaker", "legislator", "mp", "deputy", "official", "officials",
                            "administrator", "prosecutor", "commander", "head", "chief"})


_DASHES = frozenset({"-", "\u2010", "\u2011", "\u2013"})  # hyphens and an en dash


class Discovery(DocState):
    """People and organisations the registry does not know, found by the NER or beside a role phrase."""

    def _ner_people(self) -> None:
        for ent in [*self.doc.ents, *self._untyped_names()]:
            if ent.label_ != "PERSON" and not self._misread_name(ent) or self._stance(ent.start, ent.end) or \
                    self._act_on_place(ent):
                continue
            start, end = ent.start + (0 if ent.label_ == "PERSON" else self._name_inside(ent)), ent.end
            # a given name the NER left out of the name it tags ("lawmaker Ilya Ponomarev" tagged "Ponomarev")
            before = self.doc[start - 1] if start > 0 and end - start == 1 else None
            if before is not None and before.pos_ == "PROPN" and before.is_title and not before.ent_type_ and \
                    before.lower_ in self.reg.genders and before.lower_ not in self.lex.honorifics | self._role_words():
                start -= 1
            # (a possessive ends the name: "Brittney Griner’s Release" in a title-case headline; so does a dash set off
            # by spaces, unlike a hyphen: "Sergei Dubinsky - and one Ukrainian")
            cut = next((t.i for t in ent if t.is_punct and (t.text not in ("-", ".") or t.text == "-" and t.i > 0 and
                                                            self.doc[t.i - 1].whitespace_) or t.tag_ == "POS"), end)
            end = cut
            # (a description the NER took into the name is no part of it: "Comedian Jon Stewart", "Actor AnnaLynne
            # McCord")
            leading = self.lex.honorifics | self._role_words() | _DEFINITE | self.lex.descriptions.keys()
            # (and the hyphen of a compound rank: "Maj-Gen Roman Kutuzov")
            while start < end and ((self.reg.words(self.doc[start].text) or ("",))[0] in leading or
                                   self.doc[start].text in _DASHES):
                start += 1
            if self.lex.ends_in_title(self.reg.words(self.doc[start:end].text)):
                continue  # "U.S. Amb" of "former U.S. Amb. to the U.N. Bill Richardson": a title, no name
            if start >= end or self.doc[start].lower_ == "of" or any(i in self.covered for i in range(start, end)):
                continue  # "the King of Jordan" is a title phrase, left to the role nouns
            words = self.reg.words(self.doc[start:end].text)
            if not words or find_outlet(self.doc[start:end].text) is not None or self.lex.names_a_thing(words):
                continue  # a news outlet the NER took for a person ("Ria Novosti") is a source, not a person; nor
                # is a weapon ("Javelin missiles")
            if len(words) == 1:
                continue  # a lone word is a surname: linked later, once all full names are known
            link = link_person(words, self.reg)
            text = self.doc[start:end].text
            if link.entry is not None:
                draft = self._draft(link.entry)
                if link.mismatch:
                    self.mismatches.append((link.entry.id, text))
                via = "ner"
            else:
                draft = self._discovered(words, text)
                via = "discovered"
            draft.forms[text] += 1
            for i in range(start, end):
                self.person_at[i] = draft.id
                self.span_of[i] = (start, end)
            self._cover(start, end)
            self.items.append(Item(start, end, "person", draft.id, via))

    def _countries_of_newcomers(self) -> None:
        """A person the registry does not know, introduced with their state, is of that state: a title before the
        name ("Ukrainian lawmaker Kira Rudik", "Kyiv mayor Vitali Klitschko") or an apposition after it ("Kira
        Rudik, a Ukrainian lawmaker,"), so that they are not read as speaking for another side."""
        for item in self.items:
            if item.kind != "person" or item.via != "discovered" or item.actor_id is None:
                continue
            draft = self.drafts[item.actor_id]
            if draft.country is None:
                draft.country = self._state_before(item.start) or self._state_in_apposition(item.end - 1)

    def _state_before(self, start: int) -> str | None:
        """The state named in the title words right before a name (up to four, no punctuation, no other name), or
        the country of the city or region an office word belongs to ("Luhansk governor Serhiy Haidai"; not "BBC
        Moscow correspondent", a reporter's posting)."""
        office = False
        for j in range(start - 1, max(-1, start - 5), -1):
            token = self.doc[j]
            if token.is_punct or j in self.person_at or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
                return None
            office = office or token.lower_ in _LOCAL_OFFICES
            if self._state_at(j):  # a capital without an office is a posting ("Moscow correspondent")
                return self.country_at[j] if office or j not in self.capital_at else None
            if office and token.pos_ == "PROPN" and (country := country_of(token.text)) is not None:
                return country
        return None

    def _state_in_apposition(self, last: int) -> str | None:
        """The first state named in the apposition hanging from the name's last word ("Rudik, a Ukrainian MP")."""
        for child in self.doc[last].children:
            if child.dep_ == "appos":
                return next((self.country_at[t.i] for t in child.subtree if self._state_at(t.i)), None)
        return None

    def _state_at(self, i: int) -> bool:
        entry = self.reg.entries.get(self.country_at.get(i, ""))
        return entry is not None and entry.kind == "state"

    def _untyped_names(self) -> list[Span]:
        """Names the NER leaves untyped ("Alexei Navalny was arrested" at the head of a sentence): two or three
        capitalised proper nouns, none typed, that begin with a given name of the registry's people and end in a
        word that is neither a given name nor a place ("Israel Flying Aid" begins with a state)."""
        names: list[Span] = []
        i, doc = 0, self.doc
        while i < len(doc):
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha and \
                    not doc[j].ent_type_:
                j += 1
            words = self.reg.words(doc[i:j].text) if 2 <= j - i <= 3 else ()
            if words and words[0] in self.reg.given_names and words[-1] not in self.reg.genders and \
                    all(country_of(t) is None for t in (doc[i:j].text, doc[i].text, doc[j - 1].text)):
                names.append(Span(doc, i, j, label="PERSON"))
            i = max(j, i + 1)
        return names

    def _act_on_place(self, ent: Span) -> bool:
        """A gerund opening a sentence that the NER took into the name of the place it acts on ("Capturing Mariupol
        would be Putin's biggest victory", "Taking Kyiv was his aim"): no name."""
        first = ent[0]
        return first.is_sent_start and first.lower_.endswith("ing") and len(ent) >= 2 and \
            country_of(first.text) is None and country_of(ent[1:].text) is not None

    def _misread_name(self, ent) -> bool:
        """A person the NER labels as an organisation or place ("Anatoly Bibilov" as ORG): two or three
        capitalised proper nouns that begin with a given name of the registry, or a registry person's name
        (``_name_inside``)."""
        inside = self._name_inside(ent)
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not 2 <= len(ent) - inside <= 3:
            return False
        name = ent[inside:]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in name):
            return False
        words = self.reg.words(name.text)
        if not words:  # a name with no Latin letters (e.g. Cyrillic) has no registry words
            return False
        return words[0] in self.reg.given_names or name.start > ent.start or \
            link_person(words, self.reg).entry is not None

    def _name_inside(self, ent: Span) -> int:
        """Where the name starts in an organisation's name that ends in a given name and a surname, the rest of an
        office's title before them ("Director of National Intelligence Avril Haines" tagged "National Intelligence
        Avril Haines"): the given name's offset, else 0."""
        if len(ent) < 4 or ent.label_ != "ORG" or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "of":
            return 0
        k = len(ent) - 2
        return k if ent[k].lower_ in self.reg.genders and ent[k].is_title and \
            all(t.lower_ not in self.reg.genders for t in ent[:k]) else 0

    def _ner_organizations(self) -> None:
        """Organisations the registry does not know (and that are not news outlets) become actors too."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or any(i in self.covered or i in self.dateline for i in range(ent.start, ent.end)) \
                    or self._stance(ent.start, ent.end) or self._act_on_place(ent):
                continue  # "the pro-Kremlin party": a stance, not an organisation
            start = ent.start + (ent[0].lower_ == "the")
            words = self.reg.words(self.doc[start:ent.end].text)
            text = self.doc[start:ent.end].text
            if not words or find_outlet(text) is not None or (words[0] in self.reg.given_names and len(words) == 1):
                continue  # a lone given name ("Dmitry") is a person the text names informally, not an organisation
            if self.lex.names_a_thing(words):
                continue  # "an Agreement of Friendship, Cooperation", "Javelin missiles": a text or a weapon
            if self.lex.heads_a_title(ent):
                continue  # the head of a law's name the NER cut ("the Countering America's | Adversaries Through
                # Sanctions Act"): no organisation of its own
            end = ent.end - (ent[-1].tag_ == "POS" and ent.end - 1 > start)  # ("Amnesty International's Agnes ...")
            text = self.doc[start:end].text
            words = self.reg.words(text)
            actor_id = discovered_id(words)
            # (a town the NER took for an organisation is a place of its country: "its forces had struck Kharkiv")
            place = country_of(text)
            draft = self.drafts.setdefault(actor_id, Draft(id=actor_id, name=text,
                                                           kind="organization" if place is None else "place"))
            countries = [self.country_at[i] for i in range(start, end) if i in self.country_at]
            draft.country = draft.country or (countries[0] if countries else place)
            self._cover(start, end)
            draft.forms[text] += 1
            draft.mentions += 1
            self.mentions.append(Mention(actor_id=actor_id, start=self.doc[start].idx, end=self._end_char(end), text=text,
                                         via="discovered"))

    def _surname_mentions(self) -> None:
        """Lone surnames of people this document names in full ("Price" after "Ned Price")."""
        by_surname: dict[str, list[str]] = {}
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            names = [draft.entry.surname] if draft.entry and draft.entry.surname else []
            names += [form.split()[-1] for form in draft.forms if len(form.split()) > 1]
            for surname in names:
                key = " ".join(self.reg.words(surname))
                if draft.id not in by_surname.setdefault(key, []):
                    by_surname[key].append(draft.id)
        for token in self.doc:
            if token.i in self.covered or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            ids = by_surname.get(" ".join(self.reg.words(token.text)))
            if not ids:
                continue
            said = self._honorific_gender(token.i)
            ids = [i for i in ids if said is None or self.drafts[i].gender in (None, said)] or ids  # ("Mrs Biden")
            actor_id = ids[0] if len(ids) == 1 else self._nearest_before(ids, token.i)
            self.person_at[token.i] = actor_id
            self.span_of[token.i] = (token.i, token.i + 1)
            self._cover(token.i, token.i + 1)
            self.drafts[actor_id].forms[token.text] += 1
            self.items.append(Item(token.i, token.i + 1, "person", actor_id, "surname"))

    def _titled_lone_names(self) -> None:
        """A lone name no full name of the document explains, after an honorific or a word for a person ("Mr
        Zion", "street artist Pegasus", "oligarch Abramovich"): a person of that name (a capitalised proper noun the
        NER leaves untyped or calls a person, that is no place and no name the registry knows)."""
        people = self._role_words() | set(self.lex.descriptions) | self.lex.occupations
        for token in self.doc:
            if token.i == 0 or token.i in self.covered or token.pos_ != "PROPN" or not token.is_title or \
                    not token.is_alpha or token.ent_type_ not in ("", "PERSON"):
                continue
            before = self.doc[token.i - 1]
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
                continue  # (part of a longer name)
            said = self._honorific_gender(token.i)
            titled = said is not None or before.lower_ in people and before.text[:1].islower()
            words = self.reg.words(token.text)
            if not titled or not words or country_of(token.text) is not None or self.reg.lookup(token.text):
                continue
            draft = self._discovered(words, token.text)
            draft.gender = draft.gender or said
            draft.forms[token.text] += 1
            self.person_at[token.i] = draft.id
            self.span_of[token.i] = (token.i, token.i + 1)
            self._cover(token.i, token.i + 1)
            self.items.append(Item(token.i, token.i + 1, "person", draft.id, "discovered"))

    def _given_name_mentions(self) -> None:
        """Lone given names of people this document names in full, after that full name ("Viktor" after "Viktor
        Sytnytskyi", as features call the people they follow); a given name two people of the document share goes
        to the one named last before it, and one that begins another full name is left to that name."""
        by_given: dict[str, list[str]] = {}
        for draft in self.drafts.values():
            if draft.kind != "person":
                continue
            for form in draft.forms:
                words = self.reg.words(form)
                if len(words) > 1 and words[0] in self.reg.given_names and draft.id not in by_given.get(words[0], []):
                    by_given.setdefault(words[0], []).append(draft.id)
        for token in self.doc:
            if token.i in self.covered or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
                continue
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
                continue  # the start of another name ("Viktor Orban")
            ids = by_given.get(" ".join(self.reg.words(token.text)))
            if not ids:
                continue
            named_before = [it for it in self.items
                            if it.kind == "person" and it.actor_id in ids and it.start < token.i]
            if not named_before:
                continue
            last, actor_id = max((it.start, it.actor_id) for it in named_before)
            if self._sentences_between(last, token.i) > _GIVEN_NAME_WINDOW:
                continue  # far from any mention of that person, another who shares the name ("Putin's daughters,
                # Katerina Tikhonova and Maria Vorontsova" ... fifteen sentences on, a villager: "confirmed Maria")
            self.person_at[token.i] = actor_id
            self.span_of[token.i] = (token.i, token.i + 1)
            self._cover(token.i, token.i + 1)
            self.drafts[actor_id].forms[token.text] += 1
            self.items.append(Item(token.i, token.i + 1, "person", actor_id, "given"))

    def _sentences_between(self, start: int, end: int) -> int:
        """How many sentence starts lie after token ``start`` up to token ``end``."""
        starts = self._sentence_starts()
        return bisect_right(starts, end) - bisect_right(starts, start)

    def _nearest_before(self, ids: list[str], position: int) -> str:
        before = [(it.start, it.actor_id) for it in self.items if it.kind == "person" and it.actor_id in ids and it.start < position]
        return max(before)[1] if before else ids[0]

    def _name_starting(self, i: int) -> Item | None:
        for item in self.items:
            if item.kind == "person" and item.start == i and item.via != "role":
                return item
        j = i
        while j < len(self.doc) and j - i < 4 and self._name_word(self.doc[j]):
            j += 1
        return self._proper_name(i, j)

    def _name_ending_before_comma(self, i: int) -> Item | None:
        if i < 2 or self.doc[i - 1].text != ",":
            return None
        for item in self.items:
            if item.kind == "person" and item.end == i - 1 and item.via != "role":
                return item
        k = i - 1
        while k > 0 and i - 1 - k < 4 and self._name_word(self.doc[k - 1]):
            k -= 1
        return self._proper_name(k, i - 1)

    def _name_word(self, token) -> bool:
        return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and token.i not in self.covered
                and token.i not in self.country_at and token.i not in self.org_at)

    def _proper_name(self, start: int, end: int) -> Item | None:
        """A name the NER missed, taken because a role phrase stands beside it ("X Y, the deputy minister")."""
        if end - start < 2:
            return None
        words = self.reg.words(self.doc[start:end].text)
        text = self.doc[start:end].text
        link = link_person(words, self.reg)
        draft = self._draft(link.entry) if link.entry else self._discovered(words, text)
        draft.forms[text] += 1
        for i in range(start, end):
            self.person_at[i] = draft.id
            self.span_of[i] = (start, end)
        self._cover(start, end)
        item = Item(start, end, "person", draft.id, "ner" if link.entry else "discovered")
        self.items.append(item)
        return item

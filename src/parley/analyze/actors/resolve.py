"""Resolving every actor reference of one document: names, surnames, metonyms, role nouns, pronouns.

The order follows how news text introduces people: a full name (often with a role: "Russian Foreign
Minister Sergey Lavrov", "Ned Price, the US State Department spokesman"), then the surname, then role
nouns ("the Russian envoy") and pronouns that point back to the nearest compatible person before them.
A role noun with nobody before it ("Vladimir Putin's foreign minister" in a headline) is answered by the
registry: who held that office in that country on the document's date (or, when the registry does not know,
the office itself becomes an actor). States act through agents ("Russian troops", "the Israeli side", "his
government") and as the parties of hyphenated pairs ("Russian-Greek cooperation"); groups without a name
("police", "Syrian refugees", "Houthi rebels") are generic actors with the country the text gives them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from parley.analyze.actors.names import discovered_id, given_compatible, link_person
from parley.analyze.actors.spans import Match, match_longest, segments
from parley.outlets import find_outlet
from parley.records import Actor, Flag, Mention
from parley.registry import Entry, Registry, Role

_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TITLED_ENTS = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})
_PRONOUN_WINDOW = 3
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # sentences a pronoun may look back


@dataclass
class Draft:
    """What the document says about one actor, gathered before the Actor record is frozen."""

    id: str
    name: str
    kind: str
    country: str | None = None
    entry: Entry | None = None
    gender: str | None = None
    forms: Counter = field(default_factory=Counter)  # surface names seen
    role_types: set[str] = field(default_factory=set)  # from role phrases attached in the text
    role_texts: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Phrase:
    """A role, agent or body noun phrase with what its modifiers say (country, organisation, owner)."""

    start: int
    end: int
    head: str  # "role" | "agent" | "body"
    types: frozenset[str] = frozenset()
    body: str | None = None
    country: str | None = None
    org: str | None = None
    definite: bool = False
    indefinite: bool = False
    needs_determiner: bool = False
    core: tuple[int, int] = (0, 0)
    proper: int | None = None  # first token of a name the registry does not know ("Houthi" rebels)
    owner: str | None = None  # possessive pronoun before it ("his government", "its troops")


@dataclass
class Item:
    """A span waiting for the left-to-right pass: a resolved name, or a role noun / pronoun to resolve."""

    start: int
    end: int
    kind: str  # "person" | "phrase" | "pronoun"
    actor_id: str | None = None
    via: str = "registry"
    phrase: Phrase | None = None
    gender: str | None = None


class DocResolver:
    def __init__(self, doc: Doc, registry: Registry, date: str | None, title: str | None = None) -> None:
        self.doc = doc
        self.title = title
        self.reg = registry
        self.lex = registry.lexicon
        self.date = date
        self.drafts: dict[str, Draft] = {}
        self.mentions: list[Mention] = []
        self.flags: list[Flag] = []
        self.covered: set[int] = set()  # tokens already part of a mention or phrase
        self.country_at: dict[int, str] = {}  # token -> ISO3 it names (state, demonym, capital, national body)
        self.org_at: dict[int, str] = {}  # token -> international organisation it names
        self.person_at: dict[int, str] = {}  # token -> person id named there
        self.span_of: dict[int, tuple[int, int]] = {}  # token -> the registry/name span it belongs to
        self.items: list[Item] = []
        self.mismatches: list[tuple[str, str]] = []  # (actor id, form written in the text)
        self._doc_country: str | None = None  # "" once computed and unclear
        self.capital_at: set[int] = set()  # tokens of capitals ("Kyiv" in "the Kyiv regime")

    # ---- entry point
    def resolve(self) -> None:
        runs = segments(self.doc, self.reg)
        registry_hits = match_longest(runs, self.reg.by_words, self.reg.max_words, self._capitalised)
        self._registry_spans(registry_hits)
        self._ner_people()
        table: dict[tuple[str, ...], object] = {}
        for key in self.lex.agent_nouns:
            table[key] = ("agent", None)
        for key, kind in self.lex.body_nouns.items():
            table[key] = ("body", kind)
        for key, types in self.lex.role_nouns.items():
            table[key] = ("role", types)
        for key, types in self.lex.collective_nouns.items():
            table[key] = ("collective", types)
        for key in self.lex.group_nouns - self.lex.agent_nouns:
            table[key] = ("group", None)
        phrases = match_longest(runs, table, self.lex.max_phrase, lambda m: not (set(range(m.start, m.end)) & self.covered))
        for match in phrases:
            self._phrase(match)
        self._surname_mentions()
        self._ner_organizations()
        self._pronouns()
        self._chain()
        self._title_names()
        self._name_flags()

    # ---- registry names, states, organisations
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
            if how == "surname":
                m = self._with_given_name(m, entry)
                if m is None:
                    continue
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
        if given[0] == known[0]:
            self.mismatches.append((entry.id, self.doc[i:m.end].text))
            return Match(i, m.end, m.value)
        return None

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

    def _agent_words(self) -> frozenset[str]:
        return frozenset(k[-1] for k in self.lex.agent_nouns)

    # ---- people found by NER and not by the registry
    def _ner_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" and not self._misread_name(ent):
                continue
            start, end = ent.start, ent.end
            cut = next((t.i for t in ent if t.is_punct and t.text not in ("-", ".")), end)
            end = cut
            while start < end and (self.reg.words(self.doc[start].text) or ("",))[0] in self.lex.honorifics | self._role_words() | _DEFINITE:
                start += 1
            if start >= end or self.doc[start].lower_ == "of" or any(i in self.covered for i in range(start, end)):
                continue  # "the King of Jordan" is a title phrase, left to the role nouns
            words = self.reg.words(self.doc[start:end].text)
            if not words or find_outlet(self.doc[start:end].text) is not None:
                continue  # a news outlet the NER took for a person ("Ria Novosti") is a source, not a person
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

    def _misread_name(self, ent) -> bool:
        """A person the NER labels as an organisation or place ("Anatoly Bibilov" as ORG): two or three
        capitalised proper nouns that begin with a given name of the registry, or a registry person's name."""
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not 2 <= len(ent) <= 3:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in ent):
            return False
        words = self.reg.words(ent.text)
        if not words:  # a name with no Latin letters (e.g. Cyrillic) has no registry words
            return False
        return words[0] in self.reg.given_names or link_person(words, self.reg).entry is not None

    def _ner_organizations(self) -> None:
        """Organisations the registry does not know (and that are not news outlets) become actors too."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or any(i in self.covered for i in range(ent.start, ent.end)):
                continue
            start = ent.start + (ent[0].lower_ == "the")
            words = self.reg.words(self.doc[start:ent.end].text)
            text = self.doc[start:ent.end].text
            if not words or find_outlet(text) is not None or (words[0] in self.reg.given_names and len(words) == 1):
                continue  # a lone given name ("Dmitry") is a person the text names informally, not an organisation
            actor_id = discovered_id(words)
            draft = self.drafts.setdefault(actor_id, Draft(id=actor_id, name=text, kind="organization"))
            countries = [self.country_at[i] for i in range(start, ent.end) if i in self.country_at]
            draft.country = draft.country or (countries[0] if countries else None)
            self._cover(start, ent.end)
            draft.forms[text] += 1
            draft.mentions += 1
            self.mentions.append(Mention(actor_id=actor_id, start=self.doc[start].idx, end=self._end_char(ent.end), text=text, via="discovered"))

    def _role_words(self) -> frozenset[str]:
        return frozenset(k[0] for k in self.lex.role_nouns)

    def _discovered(self, words: tuple[str, ...], text: str) -> Draft:
        actor_id = discovered_id(words)
        if actor_id not in self.drafts:
            self.drafts[actor_id] = Draft(id=actor_id, name=text, kind="person")
        return self.drafts[actor_id]

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
            actor_id = ids[0] if len(ids) == 1 else self._nearest_before(ids, token.i)
            self.person_at[token.i] = actor_id
            self.span_of[token.i] = (token.i, token.i + 1)
            self._cover(token.i, token.i + 1)
            self.drafts[actor_id].forms[token.text] += 1
            self.items.append(Item(token.i, token.i + 1, "person", actor_id, "surname"))

    def _nearest_before(self, ids: list[str], position: int) -> str:
        before = [(it.start, it.actor_id) for it in self.items if it.kind == "person" and it.actor_id in ids and it.start < position]
        return max(before)[1] if before else ids[0]

    # ---- role, agent and body phrases
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
        if head == "role":
            self._role_phrase(phrase)
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
        self._cover(phrase.start, phrase.end)
        self._drop_mentions_inside(phrase.start, phrase.end)
        capital = entry.kind == "state" and any(i in self.capital_at for i in range(phrase.start, phrase.end))
        self._mention(entry, phrase.start, phrase.end, "metonym" if capital else "registry")

    def _owned(self, item: Item, history: list[tuple[int, str]]) -> None:
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

    def _nearest_collective_actor(self, token: int) -> Draft | None:
        """The state or organisation mentioned last before ``token`` in its sentence or the one before."""
        sentence = self.doc[token].sent
        earliest = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        lo, hi = self.doc[earliest].idx, self.doc[token].idx
        before = [m for m in self.mentions if lo <= m.start and m.end <= hi]
        for mention in sorted(before, key=lambda m: -m.start):
            draft = self.drafts.get(mention.actor_id)
            if draft is not None and draft.kind in ("state", "organization"):
                return draft
        return None

    def _modifier(self, i: int) -> bool:
        """"police" in "police station": a noun that modifies the next one names no actor."""
        token = self.doc[i]
        return token.dep_ in ("compound", "amod", "nmod") and token.head.i > i

    def _group(self, phrase: Phrase, country: str | None) -> None:
        start = phrase.proper if phrase.proper is not None else phrase.core[0]
        words = self.reg.words(self.doc[start:phrase.core[1]].text)
        actor_id = discovered_id(((country.lower(),) if country else ()) + words)
        name = " ".join(words)
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
            if token.pos_ == "ADJ" and token.text[:1].islower() and token.is_alpha:
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

    # ---- pronouns
    def _pronouns(self) -> None:
        for token in self.doc:
            if token.i in self.covered or token.pos_ != "PRON":
                continue
            gender = self.lex.pronouns.get(token.lower_, "absent")
            if gender == "absent":
                continue
            self.items.append(Item(token.i, token.i + 1, "pronoun", via="pronoun", gender=gender))

    # ---- the left-to-right pass over names, role nouns and pronouns
    def _chain(self) -> None:
        history: list[tuple[int, str]] = []  # (sentence start token, person id), in text order
        collectives: list[Item] = []
        for item in sorted(self.items, key=lambda it: it.start):
            if item.kind == "person":
                history.append((self.doc[item.start].sent.start, item.actor_id))
                self._person_mention(item)
            elif item.kind == "phrase":
                actor_id = self._antecedent_for_role(item.phrase, history)
                if actor_id:
                    history.append((self.doc[item.start].sent.start, actor_id))
                    item.actor_id = actor_id
                    self._drop_mentions_inside(item.start, item.end)  # "France" in "the President of France"
                    self._person_mention(item, via="role")
            elif item.kind == "collective":
                collectives.append(item)
            elif item.kind == "owned":
                self._owned(item, history)
            elif item.kind == "pronoun":
                actor_id = self._antecedent_for_pronoun(item, history)
                if actor_id:
                    item.actor_id = actor_id
                    self._person_mention(item, via="pronoun")
        for item in collectives:  # once every person of the document is known: readouts name them after
            for actor_id in self._parties(item):
                item.actor_id = actor_id
                self._person_mention(item, via="role")

    def _person_mention(self, item: Item, via: str | None = None) -> None:
        draft = self.drafts[item.actor_id]
        draft.mentions += 1
        self.mentions.append(Mention(
            actor_id=draft.id, start=self.doc[item.start].idx, end=self._end_char(item.end),
            text=self.doc[item.start:item.end].text, via=via or item.via,
        ))

    def _antecedent_for_role(self, phrase: Phrase, history: list[tuple[int, str]]) -> str | None:
        """The nearest person before the phrase whose title contains its noun ("the secretary of state"),
        else the nearest whose role type fits, else the registry's holder of that office at the date."""
        noun = " ".join(self.reg.words(self.doc[phrase.core[0]:phrase.core[1]].text))
        fitting = [i for _, i in reversed(history) if self._fits(self.drafts[i], phrase)]
        titled = [i for i in fitting if any(noun in " ".join(self.reg.words(t)) for t in self._titles(self.drafts[i]))]
        if titled or fitting:
            return (titled or fitting)[0]
        place = phrase.org or phrase.country or self._state_of_title(noun)
        if place is None:
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
        types = phrase.types & self.lex.offices
        state = self.reg.entries.get(place)
        if len(types) != 1 or state is None or state.kind != "state":
            return None
        role_type = next(iter(types))
        actor_id = discovered_id((place.lower(), *role_type.split("_")))
        noun = " ".join(t.text for t in self.doc[phrase.core[0]:phrase.core[1]])
        name = f"{noun[:1].upper()}{noun[1:]} of {state.name}"
        draft = self.drafts.setdefault(actor_id, Draft(id=actor_id, name=name, kind="person", country=place))
        draft.role_types.add(role_type)
        if name not in draft.role_texts:
            draft.role_texts.append(name)
        return actor_id

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
        an event, nor names that modify a thing ("the Minsk agreements" does not name Belarus as a party)."""
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
            counts[iso3] += 1
        return counts

    def _fits(self, draft: Draft, phrase: Phrase) -> bool:
        types = set(draft.role_types)
        if draft.entry is not None:
            types |= {r.type for r in self._registry_roles(draft.entry)}
            places = {r.place for r in self._registry_roles(draft.entry)}
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

    def _registry_roles(self, entry: Entry) -> tuple[Role, ...]:
        return entry.roles_at(self.date) if self.date else entry.roles

    def _antecedent_for_pronoun(self, item: Item, history: list[tuple[int, str]]) -> str | None:
        sentence = self.doc[item.start].sent.start
        sentences = [s.start for s in self.doc.sents]
        try:
            earliest = sentences[max(0, sentences.index(sentence) - _PRONOUN_WINDOW)]
        except ValueError:
            earliest = 0
        for sent_start, actor_id in reversed(history):
            if sent_start < earliest:
                return None
            draft = self.drafts[actor_id]
            if item.gender is None or draft.gender is None or draft.gender == item.gender:
                return actor_id
        return None

    # ---- flags
    def _title_names(self) -> None:
        """The headline is not part of the parsed text (the clean stage keeps it apart), but it may name a person
        of the body differently ("Vladimir Nebenzya" over a body about Vasily Nebenzya): a capitalised word
        before a body person's surname whose initial agrees but whose given name does not is a mismatch.
        Plain word matching, no second parse."""
        words = _TITLE_WORD.findall(self.title or "")
        people: dict[str, list[Draft]] = {}
        for draft in self.drafts.values():
            if draft.kind == "person" and draft.mentions > 0 and len(draft.name.split()) > 1:
                people.setdefault(self.reg.words(draft.name)[-1], []).append(draft)
        skip = self.lex.honorifics | self._role_words()
        for before, word in zip(words, words[1:], strict=False):
            surname, given = self.reg.words(word), self.reg.words(before)
            if len(surname) != 1 or len(given) != 1 or not (word[:1].isupper() and before[:1].isupper()) or given[0] in skip:
                continue
            for draft in people.get(surname[0], []):
                known = self.reg.words(draft.name)[0]
                if not given_compatible(given[0], known) and given[0][0] == known[0]:
                    written = f"{before} {word}"
                    if draft.entry is not None:
                        self.mismatches.append((draft.id, written))
                    else:
                        self.flags.append(Flag("name_mismatch", f"'{written}' (headline) and '{draft.name}' may name one "
                                               f"person; the body supports '{draft.name}'"))

    def _name_flags(self) -> None:
        for actor_id, written in dict.fromkeys(self.mismatches):  # the headline may also be in the text
            draft = self.drafts[actor_id]
            entry = draft.entry
            assert entry is not None
            others = [f for f, _ in draft.forms.most_common() if f != written and len(f.split()) > 1]
            said = f"'{written}' and '{others[0]}' name" if others else f"'{written}' names"
            self.flags.append(Flag(
                "name_mismatch", f"{said} the same actor ({actor_id}); the registry supports '{entry.name}'",
            ))
        discovered = [d for d in self.drafts.values() if d.entry is None and d.kind == "person"]
        by_surname: dict[str, list[Draft]] = {}
        for draft in discovered:
            by_surname.setdefault(self.reg.words(draft.name)[-1], []).append(draft)
        for group in by_surname.values():
            if len(group) < 2:
                continue
            firsts = {self.reg.words(d.name)[0][0] for d in group}
            if len(firsts) != 1:
                continue
            ranked = sorted(group, key=lambda d: -d.mentions)
            names = " and ".join(f"'{d.name}'" for d in ranked)
            self.flags.append(Flag(
                "name_mismatch", f"{names} may name one person; the majority of mentions supports '{ranked[0].name}'",
            ))

    # ---- helpers
    def _draft(self, entry: Entry) -> Draft:
        draft = self.drafts.get(entry.id)
        if draft is None:
            draft = Draft(id=entry.id, name=entry.name, kind=entry.kind, country=entry.country, entry=entry, gender=entry.gender)
            self.drafts[entry.id] = draft
        return draft

    def _mention(self, entry: Entry, start: int, end: int, via: str) -> None:
        draft = self._draft(entry)
        text = self.doc[start:end].text
        draft.forms[text] += 1
        draft.mentions += 1
        self.mentions.append(Mention(actor_id=entry.id, start=self.doc[start].idx, end=self._end_char(end), text=text, via=via))

    def _drop_mentions_inside(self, start: int, end: int) -> None:
        """A country named inside a longer phrase ("Russia's foreign minister") is a modifier, not an actor."""
        lo, hi = self.doc[start].idx, self._end_char(end)
        kept = []
        for mention in self.mentions:
            if lo <= mention.start and mention.end <= hi and (mention.start, mention.end) != (lo, hi):
                self.drafts[mention.actor_id].mentions -= 1
                continue
            kept.append(mention)
        self.mentions = kept

    def _end_char(self, end: int) -> int:
        token = self.doc[end - 1]
        return token.idx + len(token.text)

    def _cover(self, start: int, end: int) -> None:
        self.covered.update(range(start, end))

    # ---- output
    def actors(self) -> dict[str, Actor]:
        out = {}
        for draft in self.drafts.values():
            if draft.mentions <= 0:
                continue
            out[draft.id] = Actor(
                id=draft.id, name=draft.name, kind=draft.kind, aliases=self._aliases(draft),  # type: ignore[arg-type]
                role=self._role(draft), country=draft.country, mentions=draft.mentions,
            )
        return out

    def _aliases(self, draft: Draft) -> tuple[str, ...]:
        return tuple(sorted(f for f in draft.forms if f != draft.name))

    def _role(self, draft: Draft) -> str | None:
        entry = draft.entry
        if entry is None:
            return draft.role_texts[0] if draft.role_texts else None
        if not entry.roles:
            return None
        candidates = list(entry.roles_at(self.date)) if self.date else [r for r in entry.roles if r.end is None]
        if not candidates:
            candidates = list(entry.roles)
        preferred = [r for r in candidates if r.type in draft.role_types]
        return (preferred or candidates)[0].title

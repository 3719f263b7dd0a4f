"""The actor registry: states, organisations and people, loaded once per process from ``data/actors/``.

The knowledge lives in the data files (see ``data/actors/README.md``); this module only compiles it into
lookup tables. Names are compared as tuples of *folded words* (lower case, no diacritics, no dots or
apostrophes, transliteration variants mapped to one spelling), so "Sergey Lavrov", "Sergei Lavrov" and
"SERGEI LAVROV" all hit the same key, and matching does not depend on how a tokenizer splits hyphens.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import pycountry

from parley.datafile import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Span

_WORD = re.compile(r"[a-z0-9]+")
_DROP = str.maketrans("", "", ".'’‘`")
MatchHow = str  # "name" | "surname" | "demonym" | "capital"
_WORDS_MEMO = 200_000  # texts whose folded words Registry.words keeps (a few tens of MB at most)
_LAW_WORDS = frozenset({"act", "law", "bill", "code", "doctrine"})  # last words of a law's name ("... Sanctions Act")


@dataclass(frozen=True, slots=True)
class Role:
    """One office held over a period. ``place`` is the ISO3 country or the organisation id it belongs to."""

    type: str
    title: str
    start: str | None
    end: str | None
    place: str | None

    def valid_at(self, date: str | None) -> bool:
        if not date:
            return self.end is None
        start = _pad(self.start, "-01-01") if self.start else "0000"
        end = _pad(self.end, "-12-31") if self.end else "9999"
        return start <= date[:10] <= end


@dataclass(frozen=True, slots=True)
class Entry:
    """A registry actor: a state (id = ISO3), an organisation or a person."""

    id: str
    name: str
    kind: str  # person | organization | state
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    surname: str | None = None
    surname_alone: bool = True
    body: str | None = None
    parent: str | None = None
    nouns: tuple[str, ...] = ()  # organisations: common nouns it is referred back by ("the alliance" of NATO)
    leader: str = "head_of_state"  # states: the role type of the office that leads the executive

    def roles_at(self, date: str | None) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.valid_at(date))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of ``lexicon.yaml``, folded into word tuples."""

    role_nouns: dict[tuple[str, ...], frozenset[str]]
    needs_determiner: frozenset[tuple[str, ...]]
    agent_nouns: frozenset[tuple[str, ...]]
    body_nouns: dict[tuple[str, ...], str]
    collective_nouns: dict[tuple[str, ...], frozenset[str]]
    group_nouns: frozenset[tuple[str, ...]]
    pronouns: dict[str, str | None]
    descriptions: dict[str, str | None]
    occupations: frozenset[str]
    pair_nouns: frozenset[str]
    pair_people: dict[str, str | None]
    stance_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    locative_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    indefinite_determiners: frozenset[str]
    honorifics: frozenset[str]
    offices: frozenset[str]
    leader_roles: frozenset[str]
    counterpart_nouns: frozenset[tuple[str, ...]]
    title_states: dict[tuple[str, ...], tuple[str, ...]]
    document_nouns: frozenset[str]
    weapon_words: frozenset[str]
    organization_heads: frozenset[str]
    generic_organization_nouns: frozenset[str]

    def referring_nouns(self, names: tuple[str, ...] | list[str]) -> frozenset[str]:
        """The nouns an organisation of these names is referred back by: the head word of each name that heads
        organisations' names ("Russian Defence Ministry" -> "ministry", "Wagner Group" -> "group", "Ministry of
        Health" -> "ministry")."""
        heads = [words[words.index("of") - 1] if "of" in words[1:] else words[-1]
                 for name in names if (words := name.split())]
        return frozenset(head for word in heads if (head := fold(word)) in self.organization_heads)

    def names_a_thing(self, words: tuple[str, ...] | list[str]) -> bool:
        """Whether an entity's words name a text or a weapon, not a party: "an Agreement of Friendship",
        "Javelin missiles", "NLAW"."""
        words = [w for w in words if w not in {"a", "an", "the"}]
        return bool(words) and (words[0] in self.document_nouns or any(w in self.weapon_words for w in words))

    def heads_a_title(self, ent: Span) -> bool:
        """Whether an entity ending in a possessive is only the head of a longer name in title case that names a
        text or a law ("the Countering America's | Adversaries Through Sanctions Act"): no party of its own."""
        doc, end = ent.doc, ent.end
        if ent[-1].tag_ != "POS":
            return False
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        return end > ent.end and fold(doc[end - 1].text) in self.document_nouns | _LAW_WORDS

    def ends_in_title(self, words: tuple[str, ...] | list[str]) -> bool:
        """Whether what the NER tags as a name ends in a title: "U.S. Amb" of "former U.S. Amb. to the U.N. Bill
        Richardson" is no person."""
        return len(words) > 1 and words[-1] in self.honorifics

    def peers(self, role_types: set[str] | frozenset[str]) -> set[str]:
        """The offices a counterpart holds: a head of state talks to heads of state or government."""
        return set(role_types) | self.leader_roles if role_types & self.leader_roles else set(role_types)

    @property
    def max_phrase(self) -> int:
        return max(len(k) for k in (*self.role_nouns, *self.agent_nouns, *self.body_nouns, *self.collective_nouns,
                                    *self.group_nouns))


@dataclass
class Registry:
    entries: dict[str, Entry]
    lexicon: Lexicon
    variants: dict[str, str]
    by_words: dict[tuple[str, ...], list[tuple[str, MatchHow]]] = field(default_factory=dict)
    max_words: dict[str, int] = field(default_factory=dict)  # first word -> longest alias starting with it
    _holders: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=dict)
    _bodies: dict[tuple[str, str], str] = field(default_factory=dict)
    _surnames: dict[str, list[str]] = field(default_factory=dict)
    _person_choices: tuple[list[str], list[str]] | None = None
    given_names: set[str] = field(default_factory=set)  # first words of registry people's names
    # given name -> "m" | "f": given_names.tsv, then the registry's people (a name both genders bear has none)
    genders: dict[str, str] = field(default_factory=dict)
    _titles: frozenset[str] = frozenset()  # words that begin a name without being a given name ("King")
    organization_nouns: frozenset[str] = frozenset()  # every organisation's ``nouns`` ("alliance", "bloc")
    _words: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # words() of texts seen, per process

    def words(self, text: str) -> tuple[str, ...]:
        """Folded, variant-normalised words of a name ("Sergey Lavrov" -> ("sergei", "lavrov")). Memoised: the
        actor step folds every token of every document, and a corpus repeats its words (the memo is cleared when
        it holds _WORDS_MEMO texts, so memory stays bounded on any stream)."""
        found = self._words.get(text)
        if found is None:
            if len(self._words) >= _WORDS_MEMO:
                self._words.clear()
            found = self._words[text] = tuple(self.variants.get(w, w) for w in _WORD.findall(fold(text)))
        return found

    def get(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def lookup(self, text: str) -> list[Entry]:
        """Entries whose name or alias (or, for people, surname) is ``text``."""
        return [self.entries[i] for i, _ in self.by_words.get(self.words(text), [])]

    def state_named(self, text: str) -> str | None:
        """The ISO3 code of the state whose name or alias ``text`` is ("Turkey", "Britain"; not a demonym or a
        capital)."""
        return next((i for i, how in self.by_words.get(self.words(text), []) if how == "name" and
                     self.entries[i].kind == "state"), None)

    def roles_at(self, actor_id: str, date: str | None) -> tuple[Role, ...]:
        """The roles ``actor_id`` held on ``date`` (ISO); without a date, the roles still held."""
        entry = self.entries.get(actor_id)
        return entry.roles_at(date) if entry else ()

    def holders(self, types: frozenset[str], place: str, date: str | None) -> list[tuple[Entry, Role]]:
        """Who held one of the role ``types`` for ``place`` (ISO3 or organisation id) on ``date``."""
        found = []
        for role_type in sorted(types):
            for actor_id, role in self._holders.get((role_type, place), []):
                if role.valid_at(date):
                    found.append((self.entries[actor_id], role))
        return found

    def body(self, kind: str, country: str) -> Entry | None:
        """The government body of ``kind`` (e.g. foreign_ministry) in ``country``, if the registry has it."""
        found = self._bodies.get((kind, country))
        return self.entries[found] if found else None

    def person_choices(self) -> tuple[list[str], list[str]]:
        """Folded full names of every registry person and their ids, for fuzzy matching of near misses."""
        if self._person_choices is None:
            people = [e for e in self.entries.values() if e.kind == "person"]
            self._person_choices = ([" ".join(self.words(e.name)) for e in people], [e.id for e in people])
        return self._person_choices

    def people_with_surname(self, surname_words: tuple[str, ...]) -> list[Entry]:
        return [self.entries[i] for i in self._surnames.get(" ".join(surname_words), [])]

    def _add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        for alias in (entry.name, *entry.aliases):
            self._index(alias, entry.id, "name")
        if entry.kind == "person":
            first = self.words(entry.name)[0]
            if len(first) > 1 and first not in self._titles and (not entry.surname or self.words(entry.surname)[0] != first):
                self.given_names.add(first)
            surname = self.words(entry.surname or entry.name.split()[-1])
            self._surnames.setdefault(" ".join(surname), []).append(entry.id)
            if entry.surname_alone:
                self._index(entry.surname or entry.name.split()[-1], entry.id, "surname")
            for role in entry.roles:
                if role.place:
                    self._holders.setdefault((role.type, role.place), []).append((entry.id, role))
        if entry.body and entry.country:
            self._bodies[(entry.body, entry.country)] = entry.id

    def _index(self, text: str, actor_id: str, how: MatchHow) -> None:
        key = self.words(text)
        if not key:
            return
        hits = self.by_words.setdefault(key, [])
        if any(i == actor_id for i, _ in hits):
            return
        # A full name beats a surname or a demonym of another actor ("Jordan" the state vs a surname).
        hits.append((actor_id, how))
        hits.sort(key=lambda h: h[1] != "name")
        self.max_words[key[0]] = max(self.max_words.get(key[0], 0), len(key))


def fold(text: str) -> str:
    """Lower case without diacritics, dots or apostrophes ("U.S." -> "us", "Côte d'Ivoire" -> "cote divoire")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_DROP)


def _pad(date: str, tail: str) -> str:
    return date if len(date) >= 10 else date[:4] + tail


def _data(name: str) -> str:
    return resources.files("parley").joinpath(f"data/actors/{name}").read_text(encoding="utf-8")


def _yaml(name: str):
    return load_yaml(_data(name))


def _variants() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _yaml("variants.yaml")["groups"]:
        for word in group:
            table[fold(word)] = fold(group[0])
    return table


def _lexicon(words) -> Lexicon:
    raw = _yaml("lexicon.yaml")
    return Lexicon(
        role_nouns={words(k): frozenset(v) for k, v in raw["role_nouns"].items()},
        needs_determiner=frozenset(words(k) for k in raw["needs_determiner"]),
        agent_nouns=frozenset(words(k) for k in raw["agent_nouns"]),
        body_nouns={words(k): v for k, v in raw["body_nouns"].items()},
        collective_nouns={words(k): frozenset(v) for k, v in raw["collective_nouns"].items()},
        group_nouns=frozenset(words(k) for k in raw["group_nouns"]),
        pronouns={fold(k): v for k, v in raw["pronouns"].items()},
        descriptions={fold(k): v for k, v in raw["descriptions"].items()},
        occupations=frozenset(fold(k) for k in raw.get("occupations") or ()),
        pair_nouns=frozenset(fold(k) for k in raw["pair_nouns"]),
        pair_people={fold(k): v for k, v in raw["pair_people"].items()},
        stance_nouns=frozenset(fold(k) for k in raw["stance_nouns"]),
        claim_nouns=frozenset(fold(k) for k in raw["claim_nouns"]),
        locative_prepositions=frozenset(raw["locative_prepositions"]),
        place_prepositions=frozenset(raw["place_prepositions"]),
        indefinite_determiners=frozenset(raw["indefinite_determiners"]),
        honorifics=frozenset(raw["honorifics"]),
        offices=frozenset(raw["offices"]),
        leader_roles=frozenset(raw["leader_roles"]),
        counterpart_nouns=frozenset(words(k) for k in raw["counterpart_nouns"]),
        title_states={words(k): tuple(v) for k, v in raw["title_states"].items()},
        document_nouns=frozenset(fold(w) for w in raw["document_nouns"]),
        weapon_words=frozenset(fold(w) for w in raw["weapon_words"]),
        organization_heads=frozenset(fold(w) for w in raw["organization_heads"]),
        generic_organization_nouns=frozenset(fold(w) for w in raw["generic_organization_nouns"]),
    )


def _states(registry: Registry) -> None:
    extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"name": [], "demonym": [], "capital": []})
    names: dict[str, str] = {}
    leaders: dict[str, str] = {}
    for row in csv.DictReader(_data("states.csv").splitlines()):
        iso3 = row["iso3"]
        names[iso3] = row["name"]
        if row.get("leader"):
            leaders[iso3] = row["leader"]
        extra[iso3]["name"] += [a for a in row["aliases"].split("|") if a]
        extra[iso3]["demonym"] += [a for a in row["demonyms"].split("|") if a]
        extra[iso3]["capital"] += [a for a in row["capitals"].split("|") if a]
    for country in pycountry.countries:
        iso3 = country.alpha_3
        forms = [getattr(country, k, None) for k in ("name", "common_name", "official_name")]
        names.setdefault(iso3, getattr(country, "common_name", None) or country.name)
        extra[iso3]["name"] += [f for f in forms if f and "," not in f]
    for iso3, name in names.items():
        forms = extra[iso3]
        registry._add(Entry(id=iso3, name=name, kind="state", country=iso3, aliases=tuple(forms["name"]),
                            leader=leaders.get(iso3, "head_of_state")))
        for how in ("demonym", "capital"):
            for alias in forms[how]:
                registry._index(alias, iso3, how)


def _organizations(registry: Registry) -> None:
    for raw in _yaml("organizations.yaml"):
        aliases = tuple(raw.get("aliases") or ())
        nouns = frozenset(raw.get("nouns") or ()) | registry.lexicon.referring_nouns((raw["name"], *aliases))
        registry._add(Entry(
            id=raw["id"], name=raw["name"], kind="organization", country=raw.get("country"),
            aliases=aliases, body=raw.get("body"), parent=raw.get("parent"), nouns=tuple(sorted(nouns)),
        ))
        registry.organization_nouns |= nouns
        for alias in raw.get("demonyms") or ():
            registry._index(alias, raw["id"], "demonym")


def _people(registry: Registry) -> None:
    for raw in _yaml("people.yaml"):
        country = raw.get("country")
        roles = tuple(
            Role(type=r[0], title=r[1], start=_date(r[2]), end=_date(r[3]), place=r[4] if len(r) > 4 else country)
            for r in raw.get("roles") or ()
        )
        registry._add(Entry(
            id=raw["id"], name=raw["name"], kind="person", country=country, aliases=tuple(raw.get("aliases") or ()),
            roles=roles, gender=raw.get("g"), surname=raw.get("surname"), surname_alone=raw.get("surname_alone", True),
        ))


def _date(value: object) -> str | None:
    return None if value is None else str(value)


@cache
def load_registry() -> Registry:
    """The registry of this process (built once: ~0.1 s)."""
    variants = _variants()
    registry = Registry(entries={}, lexicon=None, variants=variants)  # type: ignore[arg-type]
    registry.lexicon = _lexicon(registry.words)
    registry._titles = registry.lexicon.honorifics | {k[0] for k in registry.lexicon.role_nouns}
    _states(registry)
    _organizations(registry)
    _people(registry)
    _genders(registry)
    return registry


def _genders(registry: Registry) -> None:
    """Given names with the gender they name: the census list and the hand list of names it lacks, overridden by the
    registry's own people."""
    for line in (*_data("given_names.tsv").splitlines(), *_data("given_names_world.tsv").splitlines()):
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            registry.genders.setdefault(name, gender)
    seen: dict[str, set[str]] = {}
    for entry in registry.entries.values():
        if entry.kind == "person" and entry.gender in ("m", "f"):
            seen.setdefault(registry.words(entry.name)[0], set()).add(entry.gender)
    for name, genders in seen.items():
        if name in registry.given_names:
            if len(genders) == 1:
                registry.genders[name] = next(iter(genders))
            else:
                registry.genders.pop(name, None)


def roles_at(actor_id: str, date: str | None) -> tuple[Role, ...]:
    """Roles of a registry actor on an ISO date (without a date: the roles still held)."""
    return load_registry().roles_at(actor_id, date)

"""The working state of actor resolution in one document, shared by the resolution passes.

Each pass (registry names, discovery, phrases, offices, the coreference chain, flags) is a mixin over this state,
so that they read and extend the same drafts, mentions and token maps without passing them around.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from parley.analyze.actors.names import HONORIFIC_GENDERS, discovered_id, stance_prefixed
from parley.analyze.datelines import datelines
from parley.records import Actor, Flag, Mention
from parley.registry import Entry, Registry, Role


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
    former: bool = False  # "the former president": an office its holder has left, resolved back to a name only
    posted: bool = False  # "the US ambassador to Ukraine": a posting the registry does not know, resolved likewise


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


class DocState:
    """What the resolver knows about one document so far: drafts, mentions, flags and the token maps the steps
    share; the helpers that record a mention, and the frozen Actor records at the end."""

    def __init__(self, doc: Doc, registry: Registry, date: str | None, title: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # (Doc.text joins every token on each read)
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
        self._quotations: tuple[list[int], list[int]] | None = None  # starts and ends of quotations, found once
        self._token_starts: list[int] | None = None  # each token's character offset, listed once
        self._sents: list[int] | None = None  # each sentence's first token, listed once
        self.span_of: dict[int, tuple[int, int]] = {}  # token -> the registry/name span it belongs to
        self.items: list[Item] = []
        self.mismatches: list[tuple[str, str]] = []  # (actor id, form written in the text)
        self._doc_country: str | None = None  # "" once computed and unclear
        self.capital_at: set[int] = set()  # tokens of capitals ("Kyiv" in "the Kyiv regime")
        self.dateline: frozenset[int] = datelines(doc)  # "MOSCOW, Jan 5 (Reuters) -": a place, never an actor

    def _sentence_starts(self) -> list[int]:
        """The first token of each sentence, in order (the parse's sentences, listed once per document)."""
        if self._sents is None:
            self._sents = [s.start for s in self.doc.sents]
        return self._sents

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

    def _person_mention(self, item: Item, via: str | None = None) -> None:
        draft = self.drafts[item.actor_id]
        draft.mentions += 1
        self.mentions.append(Mention(
            actor_id=draft.id, start=self.doc[item.start].idx, end=self._end_char(item.end),
            text=self.doc[item.start:item.end].text, via=via or item.via,
        ))

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

    def _stance(self, start: int, end: int) -> bool:
        """Whether the span is the object of a stance prefix ("pro-Russian separatists", "anti-Russian protesters",
        "the pro-Kremlin party", "your pro-Putin party"): a side the group favours or opposes, not the group."""
        return stance_prefixed(self.doc, start, end)

    def _cover(self, start: int, end: int) -> None:
        self.covered.update(range(start, end))

    def _honorific_gender(self, i: int) -> str | None:
        """The gender an honorific just before token ``i`` says ("Mrs Biden": "f"), or None."""
        return HONORIFIC_GENDERS.get(self.doc[i - 1].lower_.rstrip(".")) if i > 0 else None

    def _role_words(self) -> frozenset[str]:
        return frozenset(k[0] for k in self.lex.role_nouns)

    def _agent_words(self) -> frozenset[str]:
        return frozenset(k[-1] for k in self.lex.agent_nouns)

    def _discovered(self, words: tuple[str, ...], text: str) -> Draft:
        actor_id = discovered_id(words)
        if actor_id not in self.drafts:  # "Olivia Nuzzi" is no "he": the given name tells the gender
            self.drafts[actor_id] = Draft(id=actor_id, name=text, kind="person", gender=self.reg.genders.get(words[0]))
        return self.drafts[actor_id]

    def _registry_roles(self, entry: Entry) -> tuple[Role, ...]:
        return entry.roles_at(self.date) if self.date else entry.roles

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

    def genders(self) -> dict[str, str]:
        """The gender of each person mentioned whose gender the registry, a given name or an honorific gives."""
        return {d.id: d.gender for d in self.drafts.values() if d.mentions > 0 and d.kind == "person" and d.gender}

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

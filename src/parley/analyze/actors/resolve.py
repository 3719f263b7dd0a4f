"""Resolving every actor reference of one document: names, surnames, metonyms, role nouns, pronouns.

The order follows how news text introduces people: a full name (often with a role: "Russian Foreign
Minister Sergey Lavrov", "Ned Price, the US State Department spokesman"), then the surname, then role
nouns ("the Russian envoy") and pronouns that point back to the nearest compatible person before them.
A role noun with nobody before it ("Vladimir Putin's foreign minister" in a headline) is answered by the
registry: who held that office in that country on the document's date (or, when the registry does not know,
the office itself becomes an actor). States act through agents ("Russian troops", "the Israeli side", "his
government") and as the parties of hyphenated pairs ("Russian-Greek cooperation"); groups without a name
("police", "Syrian refugees", "Houthi rebels") are generic actors with the country the text gives them.

Each pass is a module: ``registry_spans`` (registry names, states, organisations), ``discovery`` (people and
organisations the registry does not know), ``phrases`` (role, agent and group noun phrases), ``offices`` (who
holds an office), ``chain`` (role nouns and pronouns to their antecedents), ``flags`` (name mismatches), all
over the shared working state of ``state``.
"""

from __future__ import annotations

from parley.analyze.actors.chain import Chain
from parley.analyze.actors.discovery import Discovery
from parley.analyze.actors.flags import Flags
from parley.analyze.actors.offices import Offices
from parley.analyze.actors.phrases import Phrases
from parley.analyze.actors.registry_spans import RegistrySpans
from parley.analyze.actors.spans import match_longest, segments

__all__ = ["DocResolver"]


class DocResolver(Chain, Phrases, Offices, Discovery, RegistrySpans, Flags):
    """All the passes over one document, in the order that news text introduces people."""

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
        self._countries_of_newcomers()
        self._surname_mentions()
        self._given_name_mentions()
        self._titled_lone_names()
        self._ner_organizations()
        self._pronouns()
        self._chain()
        self._described_organizations()
        self._counterparts()
        self._title_names()
        self._name_flags()

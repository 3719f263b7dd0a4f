"""Flags about names: the same actor written with two given names ("Vladimir" and "Vasily Nebenzya"), in the body
or between the headline and the body.
"""

from __future__ import annotations

import re

from parley.analyze.actors.names import given_compatible
from parley.analyze.actors.state import DocState, Draft
from parley.records import Flag

_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # a word of the headline


class Flags(DocState):
    """name_mismatch flags: one person written two ways in the document or its headline."""

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

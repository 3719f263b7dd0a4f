"""Personal names: cleaning an NER span, linking it to the registry, and deterministic ids for newcomers.

A name links to a registry person when its surname matches and the given names are compatible (same
canonical spelling, an initial, or a near miss such as "Volodimir"/"Volodymyr"). A same-surname name whose
given name starts with the same letter but differs ("Vladimir" vs "Vasily Nebenzya") is taken to be the same
person written wrongly, and reported, which is what the name_mismatch flag is for; a different initial
("Hunter Biden") or a given name of the other gender ("Jill Biden" for Joe Biden) is a different person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from parley.registry import Entry, Registry

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class NameLink:
    entry: Entry | None
    mismatch: bool = False  # linked by surname although the given name disagrees


# honorifics that say a gender ("Mrs Biden" is not Joe Biden)
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def slug(words: tuple[str, ...]) -> str:
    return _SLUG.sub("-", " ".join(words)).strip("-")


def discovered_id(words: tuple[str, ...]) -> str:
    """``parley:<slug>`` of the normalised name: the same newcomer gets the same id in every document."""
    return f"parley:{slug(words)}"


def given_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= 80


def misnamed(given: str, entry: Entry, registry: Registry) -> bool:
    """Whether a given name that disagrees with a registry person's is that person written wrongly: the same
    initial ("Vladimir" for Vasily Nebenzya) and not a name of the other gender (Jill Biden is not Joe Biden)."""
    gender = registry.genders.get(given)
    return given[0] == registry.words(entry.name)[0][0] and \
        not (gender in ("m", "f") and entry.gender in ("m", "f") and gender != entry.gender)


def link_person(words: tuple[str, ...], registry: Registry) -> NameLink:
    """The registry person a multiword name refers to, if any (``words`` as from ``Registry.words``)."""
    for actor_id, _how in registry.by_words.get(words, []):
        entry = registry.entries[actor_id]
        if entry.kind == "person":
            return NameLink(entry)
    candidates = registry.people_with_surname(words[-1:]) if len(words) >= 2 else []
    for entry in candidates:
        if given_compatible(words[0], registry.words(entry.name)[0]):
            return NameLink(entry)
    if len(candidates) == 1 and misnamed(words[0], candidates[0], registry):
        return NameLink(candidates[0], mismatch=True)
    if len(words) >= 2:
        names, ids = registry.person_choices()
        best = process.extractOne(" ".join(words), names, scorer=fuzz.ratio, score_cutoff=92)
        if best is not None:
            return NameLink(registry.entries[ids[best[2]]])
    return NameLink(None)


STANCE_PREFIXES = frozenset({"pro", "anti"})


def stance_prefixed(doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` name the side of a stance prefix ("pro-Russian separatists", "anti-Russian
    protesters", "the pro-Kremlin party") or begin with one: a side favoured or opposed, not a party acting."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES:
        return True
    return end - start >= 3 and doc[start].lower_ in STANCE_PREFIXES and doc[start + 1].text == "-"

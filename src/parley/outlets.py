"""The outlet registry: news agencies, media and social platforms, loaded once from ``data/outlets.yaml``.

The citation step asks "is this name an outlet?", the clean stage asks "which outlet owns this domain?", and
the actor layer may ask both; they all go through this module so the YAML is parsed once per process and
matching rules (case-sensitive aliases, "The X" also as "the X", subdomains) live in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal
from urllib.parse import urlsplit

from parley.datafile import load_yaml

OutletKind = Literal["news_agency", "media", "social"]


@dataclass(frozen=True, slots=True)
class OutletInfo:
    id: str  # Wikidata QID or "outlet:<slug>"
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str | None  # ISO3
    kind: OutletKind
    state_affiliated: bool


@cache
def all_outlets() -> tuple[OutletInfo, ...]:
    """Every outlet of the registry, in file order."""
    raw = load_yaml(resources.files("parley").joinpath("data/outlets.yaml").read_text(encoding="utf-8"))
    return tuple(
        OutletInfo(
            id=str(entry["id"]),
            name=entry["name"],
            aliases=tuple(dict.fromkeys([entry["name"], *entry.get("aliases", ())])),
            domains=tuple(d.lower() for d in entry.get("domains", ())),
            country=entry.get("country"),
            kind=entry["kind"],
            state_affiliated=bool(entry.get("state_affiliated", False)),
        )
        for entry in raw["outlets"]
    )


@cache
def outlet_ids() -> frozenset[str]:
    """The ids of every outlet (Wikidata QIDs or "outlet:<slug>")."""
    return frozenset(o.id for o in all_outlets())


def _alias_variants(alias: str) -> tuple[str, ...]:
    if alias.startswith("The "):
        return (alias, "the " + alias[4:])
    return (alias,)


@cache
def _by_alias() -> dict[str, OutletInfo]:
    index: dict[str, OutletInfo] = {}
    for outlet in all_outlets():
        for alias in outlet.aliases:
            for variant in _alias_variants(alias):
                index.setdefault(variant, outlet)
    return index


@cache
def _by_domain() -> dict[str, OutletInfo]:
    return {domain: outlet for outlet in all_outlets() for domain in outlet.domains}


def find_outlet(name: str) -> OutletInfo | None:
    """The outlet named exactly (case-sensitively) by ``name`` or one of its aliases; surrounding space ignored."""
    return _by_alias().get(" ".join(name.split()))


def outlet_for_domain(domain_or_url: str) -> OutletInfo | None:
    """The outlet owning a domain or URL; subdomains match their parent ("edition.cnn.com" -> CNN)."""
    text = domain_or_url.strip().lower()
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    host = host.removeprefix("www.")
    by_domain = _by_domain()
    while host:
        if host in by_domain:
            return by_domain[host]
        _, _, host = host.partition(".")
        if "." not in host:
            return by_domain.get(host)
    return None


@cache
def alias_pattern() -> re.Pattern[str]:
    """One regex matching any alias on word boundaries, longest alias first, for scanning running text."""
    aliases = sorted(_by_alias(), key=len, reverse=True)
    # Scraped text glues words ("televisionRia Novosti"): a capitalised alias of 4+ characters may follow a
    # lower-case letter directly.
    glued = "|".join(re.escape(a) for a in aliases if len(a) >= 4 and a[0].isupper() and a[1].islower())
    plain = "|".join(re.escape(a) for a in aliases)
    return re.compile(rf"(?:(?<![\w@#/.-])(?:{plain})|(?<=[a-z])(?:{glued}))(?![\w-]|\.\w)")

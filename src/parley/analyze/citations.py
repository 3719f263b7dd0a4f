"""Analysis step: the sources an article relies on — news agencies, media, governments, social posts.

A name alone is not a citation ("sanctions on RT" cites nothing); a citation is a name in a sourcing frame:
"(TASS)", "according to Reuters", "cited by TASS", "told Russian business daily RBK", "Newsweek reports",
"in a Truth Social post", "the US Department of State reported", a "Sources used:" list, or the speaker of a
quote that is an outlet or a government body. Outlets come from the outlet registry (``parley.outlets``);
government bodies are actors, so the actor layer's id wins, else the government-source registry or a
``parley:<slug>`` made from the body's own name. One citation per source per document, at its first evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from parley.analyze.context import DocContext
from parley.datafile import load_yaml
from parley.outlets import OutletInfo, alias_pattern, find_outlet
from parley.records import Citation, CitationKind

# What precedes a source in a sourcing frame: a cue and at most four words of description ("told Russian
# business daily RBK", "according to the state news agency TASS").
_PRE = re.compile(
    r"(?:according to|cited by|quoted by|as reported by|reported by|told|interviewed by|in an interview with|"
    r"informed|speaking to|spoke to|speaking with|spoke with|talking to|wrote in|writing in|published by|published in|"
    r"a report by|a report in|a statement by|a statement from|citing|via|reports? (?:from|in))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}[a-z]*$",
    re.IGNORECASE,
)
# What follows a source that speaks: "Newsweek reports", "the ministry's statement read", "TASS news agency said".
_POST = re.compile(
    r"^(?:’s|'s)?\s*(?:[\w-]+\s+){0,2}?(?:reports?|reported|reporting|said|says|wrote|writes|quoted|cited|"
    r"has learned|learned|notes|noted|claimed|added|revealed|published|stated|states|announced|confirmed|"
    r"told|provided|issued|released|statement|readout|cites|citing|quotes|according)\b",
)
_SOCIAL_PRE = re.compile(r"(?:\bon|\bin an?|\bvia|\bposted to|\bwrote on)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_SOCIAL_POST = re.compile(r"^(?:’s|'s)?\s*(?:post|posts|posting|posted|account|channel|video|message|page|feed|tweet)\b")
_LIST_ITEM = re.compile(r"^[ \t]*[-–•*][ \t]*$")
_TWEETED = re.compile(r"\btweeted\b|\bin a tweet\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GovernmentBody:
    id: str
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Registry:
    by_alias: dict[str, GovernmentBody]
    named: re.Pattern[str]  # registry aliases, then the generic "<Modifiers> Ministry/Department of X" shape
    back_references: frozenset[str]


@cache
def _registry() -> _Registry:
    raw = load_yaml(
        resources.files("parley").joinpath("data/quotes/government_sources.yaml").read_text(encoding="utf-8")
    )
    by_alias: dict[str, GovernmentBody] = {}
    for entry in raw["bodies"]:
        body = GovernmentBody(entry["id"], entry["name"], entry.get("country"))
        for alias in (entry["name"], *entry["aliases"]):
            by_alias.setdefault(alias, body)
    heads = "|".join(raw["body_heads"])
    aliases = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    cap = r"[A-Z][\w.’'-]*"
    sp = r"[^\S\n]+"  # a name never runs across a line break
    generic = (
        rf"(?:{cap}{sp}){{1,3}}(?:{heads})(?:{sp}of{sp}(?:the{sp})?{cap}(?:{sp}{cap}){{0,3}})?"
        rf"|(?:{heads}){sp}of{sp}(?:the{sp})?{cap}(?:{sp}(?:of{sp})?{cap}){{0,3}}"
    )
    named = re.compile(rf"(?<![\w-])(?:(?P<alias>{aliases})|(?P<generic>{generic}))(?![\w-])")
    return _Registry(by_alias, named, frozenset(raw["back_references"]))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _body_of_match(match: re.Match[str]) -> GovernmentBody | None:
    reg = _registry()
    if match.group("alias"):
        return reg.by_alias[match.group("alias")]
    name = re.sub(r"^(?:The|A|An|In|On|At|By|For|From)\s+", "", match.group("generic"))
    if name == match.group("generic").split()[-1] or not name[:1].isupper():
        return None  # "The Ministry" alone names no particular body
    if name in reg.by_alias:
        return reg.by_alias[name]
    return GovernmentBody("parley:" + _slug(name), name, None)


def government_bodies_in(text: str) -> list[tuple[int, int, GovernmentBody]]:
    """Government bodies named in ``text``: registry aliases and capitalised "... Ministry/Department" names."""
    out = []
    for match in _registry().named.finditer(text):
        body = _body_of_match(match)
        if body is not None:
            out.append((match.start(), match.end(), body))
    return out


def find_government_body(span_text: str, text: str, before: int) -> GovernmentBody | None:
    """The government body a speaker span names ("the US Department of State"), or refers back to ("the
    ministry" -> the last body named before ``before`` whose name holds "ministry"), else None."""
    named = government_bodies_in(span_text)
    if named:
        return named[0][2]
    words = re.sub(r"^(?:the|The)\s+", "", span_text).split()
    if len(words) != 1 or words[0].lower().rstrip("’'s") not in _registry().back_references:
        return None
    word = words[0].lower().rstrip("’'s")
    earlier = [b for _, _, b in government_bodies_in(text[:before]) if word in b.name.lower()]
    return earlier[-1] if earlier else None


def _in_source_list(text: str, start: int, end: int) -> bool:
    """A "Sources used:" list item ("-Newsweek: ‘title’")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LIST_ITEM.match(text[line_start:start])) and text[end : end + 2].lstrip().startswith(":")


def _outlet_evidence(text: str, start: int, end: int, outlet: OutletInfo) -> tuple[int, int] | None:
    """The evidence span when the outlet mention at [start, end) sits in a sourcing frame, else None."""
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return start - 1, end + 1
    if _in_source_list(text, start, end):
        line_start = text.rfind("\n", 0, start) + 1
        return line_start, end
    if outlet.kind == "social":
        post, pre = _SOCIAL_POST.match(after), _SOCIAL_PRE.search(before)
        if post:
            return (start - len(pre.group()) if pre else start), end + post.end()
        if pre and (outlet.name != "X (Twitter)" or pre.group().lower().startswith("on")):
            return start - len(pre.group()), end
        return None
    if pre := _PRE.search(before):
        return start - len(pre.group()), end
    if post := _POST.match(after):
        return start, end + post.end()
    return None


def run(ctx: DocContext) -> None:
    text = ctx.text
    found: list[Citation] = []

    def add(source_id: str, name: str, kind: CitationKind, start: int, end: int) -> None:
        found.append(Citation(ctx.doc_id, source_id, name, kind, " ".join(text[start:end].split()), start, end))

    for match in alias_pattern().finditer(text):
        outlet = find_outlet(match.group())
        if outlet is None:
            continue
        span = _outlet_evidence(text, match.start(), match.end(), outlet)
        if span is not None:
            add(outlet.id, outlet.name, outlet.kind, *span)
    for start, end, body in government_bodies_in(text):
        before, after = text[max(0, start - 60) : start], text[end : end + 40]
        pre = _PRE.search(before)
        post = _POST.match(after)
        if pre or post:
            actor = ctx.actor_at(start, end)
            source_id, name = (actor.id, actor.name) if actor else (body.id, body.name)
            add(source_id, name, "government", start - len(pre.group()) if pre else start, end + (post.end() if post and not pre else 0))
    for quote in ctx.quotes:
        if quote.speaker is None or not quote.speaker_text:
            continue
        outlet = find_outlet(quote.speaker.name)
        kind: CitationKind | None = outlet.kind if outlet else None
        body = find_government_body(quote.speaker_text, text, quote.start)
        if kind is None and body is not None and body.id == quote.speaker.id:
            kind = "government"
        if kind is not None:
            at = text.find(quote.speaker_text, max(0, quote.start - 300))
            start = at if at >= 0 else quote.start
            end = start + len(quote.speaker_text)
            if quote.cue and (cue_at := text.find(quote.cue, end, end + 40)) >= 0:
                end = cue_at + len(quote.cue)
            source_id, name = (outlet.id, outlet.name) if outlet else (quote.speaker.id, quote.speaker.name)
            add(source_id, name, kind, start, end)
    for match in _TWEETED.finditer(text):
        twitter = find_outlet("Twitter")
        if twitter is not None:
            add(twitter.id, twitter.name, "social", match.start(), match.end())
    seen: set[str] = set()
    for citation in sorted(found, key=lambda c: c.start):  # the actor layer and a registry may name one body twice
        keys = {citation.source_id, citation.source_name.lower()}
        if not keys & seen:
            seen |= keys
            ctx.citations.append(citation)

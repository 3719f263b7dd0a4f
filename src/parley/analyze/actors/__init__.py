"""Analysis step: actors. One canonical id per person, organisation and state, however the text names them.

``run(ctx)`` fills ``ctx.actors`` (id -> Actor with mention count, role, country, kind, aliases seen), sets
``ctx.mentions`` to every resolved span (names, surnames, role nouns, pronouns, metonyms such as "Moscow"
for Russia) so that later steps can ask ``ctx.actor_at(start, end)``, and adds name_mismatch /
role_out_of_date flags. Ids: Wikidata QIDs or ``parley:<slug>`` for registry people and organisations,
ISO3 for states, ``parley:<slug-of-name>`` for people the registry does not know (stable across documents,
so the store merges them by id with ``merge_actors``).
"""

from __future__ import annotations

from parley.analyze.actors.resolve import DocResolver
from parley.analyze.context import DocContext
from parley.records import Actor
from parley.registry import load_registry

__all__ = ["merge_actors", "run"]


def run(ctx: DocContext) -> None:
    resolver = DocResolver(ctx.doc, load_registry(), ctx.document.published, ctx.document.title)
    resolver.resolve()
    ctx.actors.update(resolver.actors())
    ctx.genders.update(resolver.genders())
    ctx.set_mentions([m for m in resolver.mentions if m.actor_id in ctx.actors])
    ctx.flags.extend(resolver.flags)


def merge_actors(a: Actor, b: Actor) -> Actor:
    """One record for two sightings of the same id: aliases united, mentions summed, the more specific
    role and country kept (a role with more words says more: "Permanent Representative to the UN" > "envoy")."""
    if a.id != b.id:
        raise ValueError(f"cannot merge different actors {a.id} and {b.id}")
    names = {a.name, b.name}
    name = a.name if len(a.name) >= len(b.name) else b.name
    aliases = tuple(sorted((set(a.aliases) | set(b.aliases) | names) - {name}))
    roles = [r for r in (a.role, b.role) if r]
    role = max(roles, key=lambda r: len(r.split())) if roles else None
    return Actor(
        id=a.id, name=name, kind=a.kind, aliases=aliases, role=role,
        country=a.country or b.country, mentions=a.mentions + b.mentions,
    )

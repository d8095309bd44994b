"""The stamps of the actor pages: a hash of what each is made from.

The other pages are keyed by a hash of the values they are made from, which their page makers take and
read alone (`ArticleInputs`, `TopicInputs`, and the index pages' contexts: `site.keyed_index_page`). An
actor's page still reads the digest: its stamp hashes the page's sources instead, the analyses of the
articles it shows (by their fingerprints), the actors it names, the links it makes, the code. Finding
them takes a fraction of making the pages, so a build makes only the pages whose stamp is not the one it
recorded last time (`pages.plan_pages`, `publish.output.write_planned`).

So a stamp must change whenever the page's text could. It covers everything `actor.actor_page` reads;
if that reads something new from the digest, it must be added here. `tests/test_stamps.py` checks over a
series of edits that an unchanged key always means an unchanged page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import marshal
from collections import defaultdict
from collections.abc import Callable, Mapping, Set
from operator import attrgetter

from digest.render.charts import neighbour_pairs
from digest.model import Actor, ActorArticle, Digest

# Fields of an actor or topic that grow with the whole digest (where it appears). Only the page about it
# shows them; other pages name and link it, so their stamps count it without these fields (and are not
# all made again whenever it appears in one more article). A template that shows them for another
# actor or topic must get them as values of their own in its context.
DIGEST_WIDE_FIELDS = {Actor: ("appearances", "prominence", "quoted")}


def stamp(*parts: object) -> str:
    """A short hash of plain values: strings, numbers, None, and tuples and lists of them.

    Marshal's version 0 writes equal values as equal bytes (no references back to objects seen before,
    no flag for interned strings), several times faster than `repr`; it refuses any other value.
    """
    return hashlib.blake2b(marshal.dumps(parts, 0), digest_size=16).hexdigest()


def getter(cls: type, wide: bool | None = None) -> Callable[[object], tuple]:
    """The values of a dataclass's fields as a tuple: of all of them (`wide` None), of its digest-wide
    ones (True) or of the others (False)."""
    names = [f.name for f in dataclasses.fields(cls)
             if wide is None or (f.name in DIGEST_WIDE_FIELDS[cls]) == wide]
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda value: (get(value),)


def page_stamps(digest: Digest, code: str, article_uri: Mapping[str, str], actor_uri: Mapping[str, str],
                span: tuple[dt.date, dt.date] | None, articles_of: Callable[[Actor], Set[str]]) -> dict[str, str]:
    """Each actor page's stamp, by its path (the caller gives none when an article has no fingerprint).

    `code` covers the code and how links are written.
    """
    article = {a: stamp(digest.fingerprints[a], uri) for a, uri in article_uri.items()}
    code = stamp(code)
    actor_named, appearance = getter(Actor, False), getter(ActorArticle)
    # An actor as the pages that name it show it: its fields and its page, if it has one (else plain text).
    named = {actor.id: stamp(actor_named(actor), actor_uri.get(actor.id)) for actor in digest.actors}
    locals_of: dict[str, list[tuple[str, str]]] = defaultdict(list)  # which local actors each actor is
    for (article_id, key), actor_id in digest.actor_of.items():
        locals_of[actor_id].append((article_id, key))
    stamps = {}
    by_id = {actor.id: actor for actor in digest.actors}
    days = [day.toordinal() for day in span or ()]
    for actor in digest.actors:
        if actor.id not in actor_uri:
            continue  # no page of its own
        near = digest.companions.get(actor.id, [])
        # The pairs of neighbours that share an article, as the actor's chart draws them (none for one article).
        pairs = neighbour_pairs(actor, [(by_id[other], n) for other, n in near], articles_of) \
            if len(actor.appearances) > 1 else ()
        stamps[actor_uri[actor.id]] = stamp(
            code, "actor", named[actor.id], [(*appearance(ap), article[ap.article_id]) for ap in actor.appearances],
            sorted(locals_of[actor.id]), [(other, n, named[other]) for other, n in near], pairs, days)
    return stamps

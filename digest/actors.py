"""Actors: the people, organisations and places an article names.

`find_actors` clusters one article's mentions under one identity each ("Russian President Vladimir
Putin", "Putin", "Putin's" → Vladimir Putin). `resolve_actors` gives every identity one page across
the whole digest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from collections.abc import Iterable, Sequence

from slugify import slugify

from digest.model import (Actor, ActorArticle, ActorType, AnnotatedArticle, Entity, LocalActor, Mention,
                          ParsedArticle, ParsedParagraph)

# NER labels that name actors, and the actor type each gives.
ACTOR_LABELS: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

# Honorifics and titles that may be glued to a name by the NER; they are not part of the name.
TITLE_WORDS = frozenset("""
mr mrs ms miss dr prof sir dame lord lady president vice-president prime minister chancellor
secretary senator sen rep representative governor gov mayor judge justice king queen prince princess
pope general gen colonel col captain capt sergeant sgt chief spokesman spokeswoman spokesperson
ambassador envoy premier leader speaker minister
""".split())

# Dependency relations by which words before a name describe it ("Russian President Vladimir Putin").
ROLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def find_actors(parsed: ParsedArticle) -> tuple[LocalActor, ...]:
    """The actors of one article, each with its mentions, in order of first mention."""
    mentions = [m for p in parsed.paragraphs for m in paragraph_mentions(p)]
    mentions = sorted(mentions + missed_mentions(parsed, mentions), key=lambda m: (m.paragraph, m.start))
    roles = {(m.paragraph, m.start): role for m, role in mention_roles(parsed, mentions)}
    clusters = cluster_mentions(mentions)
    actors = []
    for name, type_, members in clusters:
        variants = tuple(sorted({m.text for m in members}))
        found = [roles[(m.paragraph, m.start)] for m in members if roles.get((m.paragraph, m.start))]
        role = Counter(found).most_common(1)[0][0] if found else None
        actors.append(LocalActor(key=local_key(type_, name), name=name, type=type_, mentions=tuple(members),
                                 role=role, variants=variants))
    return tuple(actors)


def local_key(type_: str, name: str) -> str:
    return f"{type_}:{name}"


def paragraph_mentions(paragraph: ParsedParagraph) -> list[Mention]:
    result = []
    for entity in paragraph.ents:
        type_ = ACTOR_LABELS.get(entity.label)
        if type_ is None:
            continue
        name = clean_name(entity.text, type_)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        start, end = trimmed_span(entity)
        if "]" in entity.text and "[" not in entity.text and entity.start and \
                paragraph.tokens[entity.start - 1].text == "[":
            start -= 1  # "[Donald] Trump": the editor's brackets belong to the mention
        text = paragraph.text[start:end]
        result.append(Mention(paragraph=paragraph.index, start=start, end=end, text=text, name=name,
                              label=entity.label, type=type_))
    return result


def missed_mentions(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """A person's surname the NER recognised once is recognised wherever else the article writes it.

    The small model misses names in some sentences ("Trump himself struck a note", tagged a verb);
    only capitalised tokens outside other entities count, and a sentence's first word only when the
    article never writes that word in lower case ("May" the month or modal verb is not Theresa May).
    """
    surnames = {m.name.split()[-1]: m for m in mentions if m.type == "person"}
    lower_words = {t.text for p in parsed.paragraphs for t in p.tokens if t.text.islower()}
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        starts = {start for start, _ in paragraph.sents}
        for token in paragraph.tokens:
            known = surnames.get(token.text)
            if known is None or token.ent_type or (paragraph.index, token.idx) in covered:
                continue
            if token.i in starts and token.pos != "PROPN" and token.text.lower() in lower_words:
                continue
            found.append(Mention(paragraph=paragraph.index, start=token.idx, end=token.idx + len(token.text),
                                 text=token.text, name=token.text, label="PERSON", type="person"))
    return found


def trimmed_span(entity: Entity) -> tuple[int, int]:
    """The entity's characters without a leading "the" or a trailing possessive."""
    text = entity.text
    start, end = entity.start_char, entity.end_char
    lead = re.match(r"(?i)the\s+", text)
    if lead:
        start += lead.end()
    tail = POSSESSIVE.search(text)
    if tail and tail.start() > 0:
        end -= len(tail.group())
    return start, end


def clean_name(text: str, type_: ActorType) -> str:
    """The name as an identity: no brackets, possessive, leading article or (for people) title."""
    name = text.replace("[", "").replace("]", "")
    name = POSSESSIVE.sub("", name.strip())
    name = re.sub(r"(?i)^the\s+", "", name)
    words = name.split()
    if type_ == "person":
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words = words[1:]
    name = " ".join(words).strip(" ,;:-–—\"“”'‘’")
    # A final full stop ends the sentence, unless the name is an abbreviation ("U.S.", "Ltd.").
    if name.endswith(".") and "." not in name[:-1] and not re.search(r"\b[A-Z][a-z]{0,3}\.$", name):
        name = name[:-1]
    return name


def mention_roles(parsed: ParsedArticle, mentions: Sequence[Mention]) -> Iterable[tuple[Mention, str]]:
    """The words before a person's name that describe it: "Russian President", "Kremlin spokesman"."""
    for mention in mentions:
        if mention.type != "person":
            continue
        paragraph = parsed.paragraphs[mention.paragraph]
        role = role_before(paragraph, mention)
        if role:
            yield mention, role


def role_before(paragraph: ParsedParagraph, mention: Mention) -> str | None:
    tokens = paragraph.tokens
    first = next((t.i for t in tokens if t.idx >= mention.start), None)
    if first is None:
        return None
    last = max(t.i for t in tokens if t.idx < mention.end)
    inside = set(range(first, last + 1))
    i = first - 1
    while i >= 0:
        token = tokens[i]
        if token.dep not in ROLE_DEPS or token.pos in ("PROPN",) and token.ent_type == "PERSON":
            break
        if token.head not in inside:
            break
        inside.add(i)
        i -= 1
    words = [tokens[j] for j in range(i + 1, first)]
    if not words or not any(t.text.lower().rstrip(".") in TITLE_WORDS or t.pos == "NOUN" for t in words):
        return None
    return "".join(t.text + t.ws for t in words).strip()


def cluster_mentions(mentions: Sequence[Mention]) -> list[tuple[str, ActorType, list[Mention]]]:
    """Group mentions that name the same actor; each group is named by its fullest name."""
    people = [m for m in mentions if m.type == "person"]
    full_names = [m.name for m in people if len(m.name.split()) > 1]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full_names:
        if name not in by_surname[surname(name)]:
            by_surname[surname(name)].append(name)

    clusters: dict[tuple[str, ActorType], list[Mention]] = {}
    last_full: dict[str, str] = {}  # surname -> the full name most recently written
    for mention in mentions:
        identity = identify(mention, by_surname, last_full)
        if mention.type == "person" and len(mention.name.split()) > 1:
            last_full[surname(mention.name)] = mention.name
        clusters.setdefault(identity, []).append(mention)

    # Non-person mentions of a person's name ("the Trump administration" tagged ORG) are that person.
    person_names = {name for name, type_ in clusters if type_ == "person"}
    for name, type_ in list(clusters):
        if type_ != "person" and (name, "person") in clusters:
            clusters[(name, "person")].extend(clusters.pop((name, type_)))
        elif type_ != "person" and name in by_surname and len(by_surname[name]) == 1 \
                and by_surname[name][0] in person_names:
            clusters[(by_surname[name][0], "person")].extend(clusters.pop((name, type_)))
    ordered = sorted(clusters.items(), key=lambda item: min((m.paragraph, m.start) for m in item[1]))
    return [(name, type_, sorted(members, key=lambda m: (m.paragraph, m.start)))
            for (name, type_), members in ordered]


def identify(mention: Mention, by_surname: dict[str, list[str]],
             last_full: dict[str, str]) -> tuple[str, ActorType]:
    """The (name, type) a mention belongs to inside its article."""
    if mention.type == "person" and len(mention.name.split()) == 1:
        candidates = by_surname.get(mention.name, [])
        if len(candidates) == 1:
            return candidates[0], "person"
        if mention.name in last_full:
            return last_full[mention.name], "person"
        if candidates:
            return candidates[0], "person"
    return mention.name, mention.type


def surname(name: str) -> str:
    return name.split()[-1]


# ---- across the digest ----------------------------------------------------------------------


def identity_key(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").split())


def resolve_actors(articles: Sequence[AnnotatedArticle]) -> tuple[tuple[Actor, ...], dict[tuple[str, str], str]]:
    """One `Actor` per identity across the digest, and the map from (article id, local key) to its id.

    `articles` must be ordered newest first; each actor's appearances keep that order.
    """
    groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]] = defaultdict(list)
    for annotated in articles:
        for local in annotated.actors:
            groups[identity_key(local.name)].append((annotated, local))

    drafts = []
    for members in groups.values():
        names = Counter(local.name for _, local in members)
        name = sorted(names, key=lambda n: (-names[n], n))[0]
        types: Counter[str] = Counter()
        for _, local in members:
            types[local.type] += len(local.mentions)
        type_ = sorted(types, key=lambda t: (-types[t], t))[0]
        aliases = sorted({v for _, local in members for v in local.variants} - {name})
        appearances = tuple(ActorArticle(article_id=a.article.id, local_key=local.key, mentions=len(local.mentions),
                                         role=local.role) for a, local in members)
        roles = Counter(local.role for _, local in members if local.role)
        drafts.append((name, type_, tuple(aliases), appearances, roles.most_common(1)[0][0] if roles else None))

    actors = []
    taken: set[str] = {"index"}  # actors/index.md is the actors index, never an actor's page
    for name, type_, aliases, appearances, role in sorted(drafts, key=lambda d: (d[0], d[1])):
        actor_id = unique_slug(name, type_, taken)
        actors.append(Actor(id=actor_id, name=name, type=type_, aliases=aliases, appearances=appearances, role=role))
    actors.sort(key=lambda a: (-a.mentions, a.name, a.id))
    actor_of = {(ap.article_id, ap.local_key): a.id for a in actors for ap in a.appearances}
    return tuple(actors), actor_of


def unique_slug(name: str, type_: str, taken: set[str]) -> str:
    """An ASCII slug without path separators that no other actor has."""
    base = slugify(name, max_length=80, word_boundary=True) or "actor"
    # A generator: building all 10,000 candidates for each actor made this quadratic over big digests.
    candidates = chain((base, f"{base}-{type_}"), (f"{base}-{type_}-{n}" for n in range(2, 10_000)))
    for candidate in candidates:
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise RuntimeError("unreachable: ran out of slugs")

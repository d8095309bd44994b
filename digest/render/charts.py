"""Pictures of the digest drawn at build time as inline SVG: no script, no CDN, readable offline.

Each function takes data the digest already holds and returns one HTML fragment: a `<figure>` with an
`<svg role="img">` (its `<title>` and `<desc>` say what it shows), or a short sentence when there is
nothing to draw. Output is deterministic: everything is sorted and coordinates are rounded to one decimal.
Names come from articles, so every piece of text is HTML-escaped here. Text is drawn in `currentColor`
and shapes take the theme's colours from `docs/assets/digest.css` (the attributes are fallbacks).

Pictures with links (the actor networks) are two layers: the drawing is the `svg[role=img]`, and the
links to actor pages sit in the outer `<svg>` on top of it, because an image role makes its children
presentational and a link inside it would be a nested interactive control nobody can reach.
Material's search skips the figures (`data-search-exclude`): the names in them are in the page's text.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from digest.model import Actor, Article

if TYPE_CHECKING:  # the timeline's pages draw its chart: a type only, not an import cycle
    from digest.render.timeline import Event

Href = Callable[[str], str]  # actor id -> its page's URL, relative to the page the picture is on
Unit = Literal["day", "week", "month", "year"]

NETWORK_ACTORS = 30  # the actors on the actors index's network: those in most articles
NEIGHBOURS = 8  # the actors around one actor on its page
EDGES_PER_NODE = 4  # more lines than this many per actor make the network a hairball: the weakest are left out
TYPE_ORDER = ("person", "organisation", "place", "other")
# Fallback fills by actor type when digest.css is not loaded: mid tones readable on light and dark.
TYPE_FILL = {"person": "#3f51b5", "organisation": "#00897b", "place": "#ef6c00", "other": "#757575"}
TYPE_LABEL = {"person": "people", "organisation": "organisations", "place": "places", "other": "other"}
FONT = 12  # px, labels
CHAR_WIDTH = 0.6  # average glyph width in ems, to leave room for labels
LABEL_CHARS = 28  # longer names are cut with an ellipsis (the full name is the link's tooltip)
# Bins of the coverage timeline: days up to about three months, weeks up to two years, months up to
# twenty years, then years (a mistyped date far from the others must not make thousands of bars).
DAY_SPAN, WEEK_SPAN, MONTH_SPAN = 90, 2 * 366, 20 * 366
PLOT_WIDTH = 640.0  # px of the coverage timeline's bars
MIN_SPAN = 14  # days: a digest of one day is drawn over the fortnight before it, where its dates fall
SPARK_WEEK_SPAN = 183  # days: sparklines count weeks up to half a year, then months, then years
SPARK_WIDTH, SPARK_HEIGHT = 160.0, 28.0


def num(x: float) -> str:
    """A coordinate rounded to one decimal, without a trailing `.0`."""
    text = f"{x:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def esc(text: object) -> str:
    """Text for HTML, on one line: a blank line would end the HTML block in Markdown."""
    return html.escape(" ".join(str(text).split()), quote=True)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def sentence(text: str) -> str:
    """What a page shows instead of a picture with nothing in it."""
    return f'<p class="digest-chart-empty" data-search-exclude="">{esc(text)}</p>'


def svg_image(width: float, height: float, title: str, desc: str, body: Iterable[str], nested: bool = False) -> str:
    """An `<svg role="img">` with its accessible name and description (`nested`: placed in an outer `<svg>`)."""
    at = ' x="0" y="0"' if nested else ""
    return "\n".join([f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {num(width)} {num(height)}"'
                      f' width="{num(width)}" height="{num(height)}"{at}>',
                      f"<title>{esc(title)}</title>", f"<desc>{esc(desc)}</desc>", *filter(None, body), "</svg>"])


def figure(kind: str, picture: str, caption: str | None = None) -> str:
    """The picture in a `<figure>`, on lines without indentation or blank lines (an HTML block for Markdown)."""
    lines = [f'<figure class="digest-chart digest-{kind}" data-search-exclude="">', picture]
    if caption:
        lines.append(f"<figcaption>{esc(caption)}</figcaption>")
    lines.append("</figure>")
    return "\n".join(lines)


def short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"


def text_width(text: str, size: float = FONT) -> float:
    return len(text) * size * CHAR_WIDTH


# ---- actor networks --------------------------------------------------------------------------


def shared_articles(actors: Sequence[Actor]) -> dict[tuple[str, str], int]:
    """How many articles each pair of actors appears in together, keyed by the ordered pair of ids."""
    articles = {actor.id: {ap.article_id for ap in actor.appearances} for actor in actors}
    ids = sorted(articles)
    pairs = {}
    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            n = len(articles[first] & articles[second])
            if n:
                pairs[(first, second)] = n
    return pairs


def most_covered(actors: Iterable[Actor], limit: int) -> list[Actor]:
    """The actors named in most articles (then most mentions, then name)."""
    return sorted(actors, key=lambda a: (-len(a.appearances), -a.mentions, a.name, a.id))[:limit]


def circle_order(actors: Iterable[Actor]) -> list[Actor]:
    """Actors around a circle: grouped by type, then by name, so the layout never depends on input order."""
    return sorted(actors, key=lambda a: (TYPE_ORDER.index(a.type) if a.type in TYPE_ORDER else len(TYPE_ORDER),
                                         a.name.casefold(), a.id))


def on_circle(n: int, radius: float, cx: float, cy: float, offset: float = 0.0) -> list[tuple[float, float, float]]:
    """(x, y, angle) of n points evenly around a circle, the first at the top (turned by `offset` steps)."""
    points = []
    for i in range(n):
        angle = -math.pi / 2 + 2 * math.pi * (i + offset) / n
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle))
    return points


def curve(a: tuple[float, float], b: tuple[float, float], centre: tuple[float, float]) -> str:
    """Path data of a line between two nodes, bowed towards the centre (formatted in place: pages hold hundreds)."""
    pull = 0.35  # how far the control point sits from the chord's middle towards the centre
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    qx, qy = mx + (centre[0] - mx) * pull, my + (centre[1] - my) * pull
    return f"M{a[0]:.1f} {a[1]:.1f}Q{qx:.1f} {qy:.1f} {b[0]:.1f} {b[1]:.1f}"


def edges_between(pairs: Mapping[tuple[str, str], int], at: Mapping[str, tuple[float, float]],
                  names: Mapping[str, str], centre: tuple[float, float], titled: bool = True) -> str:
    """The edges, lightest first so the heaviest are drawn on top; wider and darker for more shared articles.

    Each has a tooltip when `titled` (the network); an actor page's description already lists the same counts.
    """
    heaviest = max(pairs.values(), default=1)
    parts = ['<g class="digest-edges" fill="none" stroke="currentColor">']
    for (a, b), n in sorted(pairs.items(), key=lambda item: (item[1], item[0])):
        share = n / heaviest
        title = f'<title>{esc(names[a])} and {esc(names[b])}: {plural(n, "shared article")}</title>' if titled else ""
        parts.append(f'<path d="{curve(at[a], at[b], centre)}" stroke-opacity="{0.15 + 0.55 * share * share:.2f}"'
                     f' stroke-width="{0.6 + 3.4 * share:.1f}">{title}</path>')
    return "\n".join([*parts, "</g>"])


def faint_edges(pairs: Iterable[tuple[str, str]], at: Mapping[str, tuple[float, float]],
                centre: tuple[float, float]) -> str:
    """Context lines, thin and pale, as one path: an actor page holds up to 28 of them."""
    data = "".join(curve(at[a], at[b], centre) for a, b in sorted(pairs))
    return (f'<path d="{data}" fill="none" stroke="currentColor" stroke-opacity="0.12"'
            f' stroke-width="1"/>') if data else ""


def threshold(pairs: Mapping[tuple[str, str], int], most: int) -> int:
    """The fewest shared articles an edge needs so that at most `most` edges are drawn (at least 1)."""
    weights = sorted(pairs.values(), reverse=True)
    if len(weights) <= most:
        return 1
    cut = weights[most]  # edges of this weight would push the count over `most`
    return min(cut + 1, weights[0])


def node_radius(articles: int, most: int) -> float:
    return 3 + 5 * math.sqrt(articles / most)


def node(actor: Actor, x: float, y: float, r: float) -> str:
    return (f'<circle class="digest-node digest-{esc(actor.type)}" cx="{num(x)}" cy="{num(y)}" r="{num(r)}"'
            f' fill="{TYPE_FILL.get(actor.type, TYPE_FILL["other"])}"/>')


def node_link(actor: Actor, href: Href, x: float, y: float, r: float, label: str, tip: str | None = None) -> str:
    """One actor as a link to its page: its dot, its name (drawn by `label`, an SVG `<text>`) and a
    tooltip (default: its name and articles)."""
    tip = tip or f"{actor.name}: {plural(len(actor.appearances), 'article')}"
    # xlink:href, not href: Material's instant navigation rewrites a[href] and fails on SVG links
    return (f'<a xlink:href="{esc(href(actor.id))}"><title>{esc(tip)}</title>{node(actor, x, y, r)}{label}</a>')


def radial_label(name: str, x: float, y: float, angle: float, gap: float) -> str:
    """A name pointing away from the circle's centre, turned upright on the left half."""
    degrees = math.degrees(angle)
    left = math.cos(angle) < -1e-9
    lx, ly = x + gap * math.cos(angle), y + gap * math.sin(angle)
    turn = degrees + 180 if left else degrees
    anchor = "end" if left else "start"
    return (f'<text dy="0.35em" transform="translate({num(lx)} {num(ly)}) rotate({num(turn)})"'
            f' text-anchor="{anchor}">{esc(short(name))}</text>')


def flat_label(name: str, x: float, y: float, angle: float, gap: float) -> str:
    """A horizontal name beside its node, on the side away from the centre."""
    cos, sin = math.cos(angle), math.sin(angle)
    anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
    lx, ly = x + gap * cos, y + gap * sin + (FONT * 0.35 if abs(cos) > 0.2 else (FONT if sin > 0 else -4))
    return f'<text x="{num(lx)}" y="{num(ly)}" text-anchor="{anchor}">{esc(short(name))}</text>'


def legend(types: Iterable[str], x: float, y: float) -> list[str]:
    """A key to the node colours: one dot and word per actor type drawn."""
    parts, present = [], set(types)
    for i, type_ in enumerate(t for t in TYPE_ORDER if t in present):
        ty = y + i * (FONT + 5)
        parts.append(f'<circle class="digest-node digest-{type_}" cx="{num(x + 5)}" cy="{num(ty)}" r="5"'
                     f' fill="{TYPE_FILL[type_]}"/>')
        parts.append(f'<text x="{num(x + 14)}" y="{num(ty)}" dy="0.35em" font-size="{FONT}" fill="currentColor">'
                     f'{TYPE_LABEL[type_]}</text>')
    return parts


def layered(width: float, height: float, image: str, links: Sequence[str], label: str) -> str:
    """The drawing (`svg[role=img]`) under a layer of links, in one outer `<svg>` that scales both alike."""
    return "\n".join([f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="digest-links" role="group"'
                      f' aria-label="{esc(label)}" viewBox="0 0 {num(width)} {num(height)}" width="{num(width)}"'
                      f' height="{num(height)}">', image,
                      f'<g class="digest-labels" font-size="{FONT}" fill="currentColor">',
                      *links, "</g>", "</svg>"])


def ring_links(actors: Sequence[Actor], points: Mapping[str, tuple[float, float, float]], href: Href, most: int,
               label: Callable[[str, float, float, float, float], str],
               weight: Callable[[Actor], int] = lambda actor: len(actor.appearances),
               tip: Callable[[Actor], str | None] = lambda actor: None) -> list[str]:
    """The actors placed on the circle as links: dot sized by `weight` (default: its articles) out of
    `most`, name drawn by `label`, tooltip from `tip` (default: `node_link`'s)."""
    links = []
    for actor in actors:
        x, y, angle = points[actor.id]
        r = node_radius(weight(actor), most)
        links.append(node_link(actor, href, x, y, r, label(actor.name, x, y, angle, r + 4), tip(actor)))
    return links


def strongest(pairs: Mapping[tuple[str, str], int], names: Mapping[str, str], n: int = 5) -> str:
    top = sorted(pairs.items(), key=lambda item: (-item[1], names[item[0][0]], names[item[0][1]]))[:n]
    return "; ".join(f"{names[a]} and {names[b]} ({plural(k, 'article')})" for (a, b), k in top)


def actor_network(actors: Sequence[Actor], href: Href, limit: int = NETWORK_ACTORS) -> str:
    """Who appears with whom: the actors in most articles around a circle, joined by their shared articles."""
    chosen = circle_order(most_covered(actors, limit))
    pairs = shared_articles(chosen)
    if len(chosen) < 2 or not pairs:
        return sentence("No two actors appear in the same article, so there is no network to draw.")
    least = threshold(pairs, EDGES_PER_NODE * len(chosen))
    pairs = {pair: n for pair, n in pairs.items() if n >= least}
    radius = max(150.0, len(chosen) * (FONT + 4) / (2 * math.pi))
    margin = max(text_width(short(a.name)) for a in chosen) + 20
    size = 2 * (radius + margin)
    centre = (size / 2, size / 2)
    most = max(len(a.appearances) for a in chosen)
    points = dict(zip((a.id for a in chosen), on_circle(len(chosen), radius, *centre)))
    at = {actor_id: (x, y) for actor_id, (x, y, _) in points.items()}
    names = {a.id: a.name for a in chosen}
    links = ring_links(chosen, points, href, most, radial_label)
    title = f"Network of the {plural(len(chosen), 'actor')} named in most articles"
    desc = (f"Each dot is an actor, coloured by type; a line joins two actors named together in at least "
            f"{plural(least, 'article')}, wider for more shared articles. Strongest links: {strongest(pairs, names)}.")
    body = [edges_between(pairs, at, names, centre), *legend((a.type for a in chosen), 8, 12)]
    image = svg_image(size, size, title, desc, body, nested=True)
    caption = (f"Lines join actors named together in at least {plural(least, 'article')} (fewer lines would be "
               "unreadable)." if least > 1 else "Lines join actors named in the same article.")
    return figure("network", layered(size, size, image, links, "Actors in the network, linked to their pages"),
                  f"{caption} Select a name to open the actor's page.")


def neighbour_pairs(actor: Actor, companions: Sequence[tuple[Actor, int]],
                    articles_of: Callable[[Actor], Set[str]] | None = None,
                    limit: int = NEIGHBOURS) -> list[tuple[str, str]]:
    """The pairs of the actor's neighbours named in the same article: the chart's pale lines (none when
    the chart draws no lines)."""
    if len(actor.appearances) < 2:
        return []
    articles_of = articles_of or (lambda other: {ap.article_id for ap in other.appearances})
    articles = sorted((other.id, articles_of(other)) for other, _ in companions[:limit])
    # Whether each pair shares an article, not how many: isdisjoint stops at the first one in common.
    return [(first, second) for i, (first, mine) in enumerate(articles) for second, theirs in articles[i + 1:]
            if not mine.isdisjoint(theirs)]


def actor_neighbourhood(actor: Actor, companions: Sequence[tuple[Actor, int]], href: Href,
                        limit: int = NEIGHBOURS, pairs: Sequence[tuple[str, str]] | None = None) -> str:
    """One actor in the middle, the actors it shares most articles with around it (`pairs`: its
    `neighbour_pairs`, when already found)."""
    around = circle_order(other for other, _ in companions[:limit])
    if not around:
        return sentence(f"{actor.name} appears in no article with another actor.")
    if len(actor.appearances) < 2:  # every line would weigh one article: the list below says it all
        return sentence(f"{actor.name} is named in one article, so the actors below all share just that one.")
    if pairs is None:
        pairs = neighbour_pairs(actor, companions, limit=limit)
    shared = {other.id: n for other, n in companions[:limit]}
    radius = 120.0
    margin = max(text_width(short(a.name)) for a in around) + 16
    width, height = 2 * (radius + margin), 2 * (radius + 34)
    centre = (width / 2, height / 2)
    points = dict(zip((a.id for a in around), on_circle(len(around), radius, *centre, offset=0.5)))
    at = {actor_id: (x, y) for actor_id, (x, y, _) in points.items()} | {actor.id: centre}
    names = {a.id: a.name for a in around} | {actor.id: actor.name}
    own = {tuple(sorted((actor.id, other))): n for other, n in shared.items()}
    # Each companion sized and titled by the articles it shares with this actor, not by its own total:
    # that is what the chart is about, and an article elsewhere then leaves this page as it is.
    most = len(actor.appearances)
    links = ring_links(around, points, href, most, flat_label, weight=lambda other: min(shared[other.id], most),
                       tip=lambda other: f"{other.name}: {plural(shared[other.id], 'article')} with {actor.name}")
    r = node_radius(most, most)
    # Lines between the neighbours are pale context; the actor's own lines stand out.
    body = [faint_edges(pairs, at, centre), edges_between(own, at, names, centre, titled=False),
            node(actor, *centre, r),
            f'<text class="digest-centre" x="{num(centre[0])}" y="{num(centre[1] + r + FONT + 2)}"'
            f' text-anchor="middle" font-size="{FONT}" font-weight="bold" fill="currentColor">'
            f'{esc(short(actor.name))}</text>']
    desc = (f"{actor.name} in the middle, joined to the actors named with it in most articles: "
            + "; ".join(f"{other.name} ({plural(n, 'article')})" for other, n in companions[:limit]) + ".")
    image = svg_image(width, height, f"Actors appearing most with {actor.name}", desc, body, nested=True)
    return figure("neighbourhood", layered(width, height, image, links, f"Actors appearing with {actor.name}"))


# ---- time ------------------------------------------------------------------------------------


def bin_start(date: dt.date, unit: Unit) -> dt.date:
    if unit == "week":
        return date - dt.timedelta(days=date.weekday())
    if unit == "month":
        return date.replace(day=1)
    return date.replace(month=1, day=1) if unit == "year" else date


def next_bin(start: dt.date, unit: Unit) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1) if unit == "year" else start + dt.timedelta(days=1)


def bins(first: dt.date, last: dt.date, unit: Unit) -> list[dt.date]:
    """The start of every bin from the one holding `first` to the one holding `last`."""
    starts, current, end = [], bin_start(first, unit), bin_start(last, unit)
    while current < end:  # never steps past the last bin, so 9999-12-31 does not overflow
        starts.append(current)
        current = next_bin(current, unit)
    return [*starts, end]


def bin_label(start: dt.date, unit: Unit) -> str:
    return {"month": f"{start:%Y-%m}", "year": f"{start.year:04d}"}.get(unit, start.isoformat())


UNIT_NAME = {"day": "day", "week": "week (from Monday)", "month": "month", "year": "year"}
# An event is drawn when it is at least as precise as a bin: a month is not placed on one day.
PRECISE_ENOUGH = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "week", "month"},
                  "year": {"day", "week", "month", "season", "quarter", "half", "year"}}


def timeline_unit(days: int) -> Unit:
    return "day" if days <= DAY_SPAN else "week" if days <= WEEK_SPAN else "month" if days <= MONTH_SPAN else "year"


def coverage_timeline(articles: Sequence[Article], events: Sequence[Event]) -> str:
    """Articles per day, week, month or year as bars, and the dates they name inside that span as a row of marks."""
    dated = sorted(a.date for a in articles if a.date)
    undated = len(articles) - len(dated)
    left_out = f"{plural(undated, 'undated article')} left out." if undated else ""
    if not dated:
        return sentence(f"No article has a publication date, so there is no coverage to draw. {left_out}".strip())
    last = dated[-1]
    first = min(dated[0], last - dt.timedelta(days=min(MIN_SPAN - 1, last.toordinal() - 1)))
    unit = timeline_unit((last - first).days + 1)
    starts = bins(first, last, unit)
    articles_in = Counter(bin_start(d, unit) for d in dated)
    drawn = [e for e in events if e.ref.granularity in PRECISE_ENOUGH[unit] and starts[0] <= e.start <= last]
    events_in = Counter(bin_start(e.start, unit) for e in drawn)
    picture = timeline_svg(starts, unit, articles_in, events_in)
    notes = [f"Articles and dates named in them, by {UNIT_NAME[unit]}.", left_out]
    if len(drawn) < len(events):
        notes.append(f"{plural(len(events) - len(drawn), 'named date')} outside this span or less precise than a "
                     f"{unit} not drawn (all are listed below).")
    return figure("timeline", picture, " ".join(n for n in notes if n))


def timeline_svg(starts: Sequence[dt.date], unit: Unit, articles: Counter, events: Counter) -> str:
    left, right, top, bar_height, row = 96.0, 16.0, 16.0, 120.0, 34.0
    step = min(28.0, PLOT_WIDTH / len(starts))  # the same width however many bins
    gap = min(2.0, step / 5)
    width = left + step * len(starts) + right
    base = top + bar_height
    event_y = base + 22 + row / 2
    height = event_y + row / 2 + 30
    most = max(articles.values())
    most_events = max(events.values(), default=1)
    body = [f'<line class="digest-axis" x1="{num(left)}" y1="{num(base)}" x2="{num(width - right)}" y2="{num(base)}"'
            f' stroke="currentColor" stroke-opacity="0.5"/>',
            axis_text(left - 8, top, f"{plural(most, 'article')}", "end", dy="0.7em"),
            axis_text(left - 8, base, "0", "end"),
            axis_text(left - 8, event_y, "dates named", "end", dy="0.35em")]
    for i, start in enumerate(starts):
        x, label = left + i * step, bin_label(start, unit)
        if articles[start]:
            h = bar_height * articles[start] / most
            body.append(bar(x + gap / 2, base - h, step - gap, h, f"{label}: {plural(articles[start], 'article')}"))
        if events[start]:
            r = 1.5 + max(0.0, min(step, row) / 2 - 1.5) * math.sqrt(events[start] / most_events)
            body.append(f'<circle class="digest-event" cx="{num(x + step / 2)}" cy="{num(event_y)}" r="{num(r)}"'
                        f' fill="#ef6c00"><title>{label}: {plural(events[start], "named date")}</title></circle>')
    body.extend(date_ticks(starts, unit, left, step, base, height - 8))
    total = sum(articles.values())
    desc = (f"{plural(total, 'dated article')} by {unit} from {bin_label(starts[0], unit)} to "
            f"{bin_label(starts[-1], unit)}, at most {most} in one {unit}; "
            f"{plural(sum(events.values()), 'date')} named in the articles fall in this span.")
    return svg_image(width, height, f"Coverage by {unit}", desc, body)


def bar(x: float, y: float, width: float, height: float, title: str) -> str:
    return (f'<rect class="digest-bar" x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}"'
            f' fill="#3f51b5"><title>{esc(title)}</title></rect>')


def axis_text(x: float, y: float, text: str, anchor: str, dy: str = "0.35em") -> str:
    return (f'<text x="{num(x)}" y="{num(y)}" dy="{dy}" text-anchor="{anchor}" font-size="{FONT}"'
            f' fill="currentColor">{esc(text)}</text>')


def date_ticks(starts: Sequence[dt.date], unit: Unit, left: float, step: float, base: float, y: float) -> list[str]:
    """Date labels under the axis, as many as fit without touching."""
    every = max(1, math.ceil((text_width(bin_label(starts[0], unit)) + 12) / step))
    parts = []
    for i in range(0, len(starts), every):
        x = left + i * step + step / 2
        parts.append(f'<line x1="{num(x)}" y1="{num(base)}" x2="{num(x)}" y2="{num(base + 4)}" stroke="currentColor"'
                     f' stroke-opacity="0.5"/>')
        parts.append(axis_text(x, y, bin_label(starts[i], unit), "middle", dy="0"))
    return parts


def spark_bars(starts: Sequence[dt.date], per_bin: Counter, unit: Unit) -> list[str]:
    """A baseline and one bar per bin with mentions, as tall as its share of the busiest bin."""
    width, height, most = SPARK_WIDTH, SPARK_HEIGHT, max(per_bin.values())
    step = width / len(starts)
    thickness = max(1.0, min(step - 1, 12.0))
    parts = [f'<line x1="0" y1="{num(height - 0.5)}" x2="{num(width)}" y2="{num(height - 0.5)}" stroke="currentColor"'
             f' stroke-opacity="0.4"/>']
    for i, start in enumerate(starts):
        if per_bin[start]:
            h = max(1.5, (height - 2) * per_bin[start] / most)
            parts.append(bar(i * step + (step - thickness) / 2, height - 1 - h, thickness, h,
                             f"{bin_label(start, unit)}: {plural(per_bin[start], 'mention')}"))
    return parts


@dataclass(frozen=True)
class SparkSpan:
    """What the sparklines read of the digest's dates: their unit, and the first and last bins' starts. An actor's
    page keyed by this is made again when a bar is added or the unit changes, not with each newer article."""

    unit: Unit
    first: dt.date
    last: dt.date

    @classmethod
    def of(cls, span: tuple[dt.date, dt.date] | None) -> SparkSpan | None:
        """The bins of the digest's first and last dates (`span`; None when no article is dated): weeks up to
        half a year, then months, then years."""
        if span is None:
            return None
        days = (span[1] - span[0]).days
        unit: Unit = "week" if days <= SPARK_WEEK_SPAN else "month" if days <= MONTH_SPAN else "year"
        return cls(unit, bin_start(span[0], unit), bin_start(span[1], unit))


def mention_sparkline(actor: Actor, dates: Mapping[str, dt.date | None], spark: SparkSpan | None) -> str:
    """An actor's mentions per week (or month, over half a year) across the digest's dates (`spark`, their bins:
    `SparkSpan.of(date_span)`), as small bars."""
    counts = Counter()
    for appearance in actor.appearances:
        date = dates.get(appearance.article_id)
        if date:
            counts[date] += appearance.mentions
    if not counts or spark is None:
        return sentence(f"{actor.name} is named in undated articles only, so there is no trend to draw.")
    unit = spark.unit
    starts = bins(spark.first, spark.last, unit)
    per_bin = Counter()
    for date, n in counts.items():
        per_bin[bin_start(date, unit)] += n
    most = max(per_bin.values())
    period = (f"in the {unit} of {bin_label(starts[0], unit)}" if len(starts) == 1
              else f"per {unit} from {bin_label(starts[0], unit)} to {bin_label(starts[-1], unit)}")
    peak = min(start for start, n in per_bin.items() if n == most)
    desc = (f"{plural(sum(per_bin.values()), 'mention')} in dated articles {period}; "
            f"most in the {unit} of {bin_label(peak, unit)} ({most}).")
    picture = svg_image(SPARK_WIDTH, SPARK_HEIGHT, f"Mentions of {actor.name} per {unit}", desc,
                        spark_bars(starts, per_bin, unit))
    undated = any(not dates.get(ap.article_id) for ap in actor.appearances)
    return figure("sparkline", picture, f"Mentions {period}" + (" (undated articles not counted)" if undated else ""))

/*
 * The digest's search worker: Material for MkDocs' search box, answered by Pagefind.
 *
 * Material runs its search in a web worker and talks to it in four messages (SETUP, READY, QUERY,
 * RESULT; see its `integrations/search/worker/message`). This worker speaks the same protocol, so the
 * theme's search dialog, keyboard shortcuts, result list, highlighting and colours stay as they are,
 * but the answers come from the Pagefind index the digest writes into `pagefind/` after the site is
 * built: a query fetches only the index chunks and result fragments it needs, not the whole index.
 *
 * Results come in the order a reader of a news archive expects: the actor pages whose name matches
 * the query, most prominent first (at most ACTORS_FIRST of them), then topic pages, then articles
 * newest first, then the other actors and pages. Each page carries its kind as a Pagefind filter and its order as a
 * Pagefind sort key (the `content` block of overrides/main.html).
 *
 * The articles are in bundles by date (digest/search.py): the main bundle (`pagefind/`) holds every page but
 * the older articles, which are in `pagefind/older/1/`, `older/2/`, ... (listed in `pagefind/bundles.json`,
 * newest first). A query opens an older bundle only when the newer ones gave too few articles to fill the
 * list, so most queries load the main bundle alone, whatever the size of the archive.
 */

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

const ACTORS_FIRST = 3   // actor pages listed before the articles; the others follow them
const TOPICS_FIRST = 2   // topic pages listed before the articles
const SHOWN = 20         // results whose excerpts are fetched and listed
const SECTIONS = 3       // a page's matching sections listed under it

const BASE = new URL("../../pagefind/", self.location.href).href   // the main bundle

// Pagefind fetches its WebAssembly from each bundle's folder; the older bundles carry none (digest/search.py):
// every bundle gets the main bundle's, fetched once.
const WASM = /\/wasm\.[^/]+\.pagefind$/
const plainFetch = self.fetch.bind(self)
const wasm = new Map()
self.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input)
  if (!WASM.test(url))
    return plainFetch(input, init)
  const name = url.slice(url.lastIndexOf("/") + 1)
  if (!wasm.has(name))
    wasm.set(name, plainFetch(BASE + name).then(response => response.arrayBuffer()))
  return wasm.get(name).then(bytes => new Response(bytes))
}

const pagefind = import(BASE + "pagefind.js").then(async module => { await module.init(); return module })
// The older articles' bundles, newest first: each opened (its list of pages loaded) when first needed.
const older = fetch(BASE + "bundles.json")
  .then(response => response.ok ? response.json() : { older: [] }, () => ({ older: [] }))
  .then(bundles => bundles.older.map(path => ({ path, instance: null })))

// Each key typed is a query. One search runs at a time; a query that arrives meanwhile waits as the
// pending one, replacing any older pending query, and a running search that sees it pending stops.
let running = false
let pending = null

self.addEventListener("message", async event => {
  const message = event.data
  if (message.type === SETUP) {
    await pagefind
    self.postMessage({ type: READY })
  } else if (message.type === QUERY) {
    pending = message.data
    if (running)
      return
    running = true
    while (pending !== null) {
      const query = pending
      pending = null
      const items = await search(query, () => pending !== null)
      if (items !== null)
        self.postMessage({ type: RESULT, data: { items } })
    }
    running = false
  }
})

/** The results of a query as Material's result list takes them: one array per page, page first;
 * null once `stale()` says a newer query came. */
async function search(query, stale) {
  const words = query.trim()
  if (!words)
    return []
  const find = await pagefind
  const kinds = await Promise.all([
    find.search(words, { filters: { kind: "actor" }, sort: { prominence: "desc" } }),
    find.search(words, { filters: { kind: "topic" } }),
    find.search(words, { filters: { kind: "article" }, sort: { date: "desc" } }),
    find.search(words, { filters: { kind: "page" } }),
  ])
  if (stale())
    return null
  const [actors, topics, newest, pages] = kinds.map(found => found.results)
  const loaded = new Map()   // each result's data (its fragment), fetched once
  const data = result => loaded.get(result) || loaded.set(result, result.data()).get(result)
  // An actor comes first when its name matches the query, not only its role or aliases.
  const terms = words.toLowerCase().split(/\s+/)
  const candidates = actors.slice(0, 2 * ACTORS_FIRST)
  const titles = await Promise.all(candidates.map(async result => (await data(result)).meta.title || ""))
  if (stale())
    return null
  const named = candidates.filter((_, n) => names(titles[n], terms)).slice(0, ACTORS_FIRST)
  const articles = await olderToo(find, words, newest, SHOWN - named.length - Math.min(topics.length, TOPICS_FIRST),
                                  stale)
  if (articles === null)
    return null
  const ordered = [
    ...named, ...topics.slice(0, TOPICS_FIRST), ...articles,
    ...actors.filter(result => !named.includes(result)), ...topics.slice(TOPICS_FIRST), ...pages,
  ].slice(0, SHOWN)
  const highlight = Object.fromEntries(terms.map(term => [term, true]))
  const shown = await Promise.all(ordered.map(data))
  if (stale())
    return null
  return shown.map((page, rank) => item(page, highlight, SHOWN - rank))
}

/** The newest articles' results, followed by the older bundles' (newest first) until there are `wanted`;
 * null once `stale()` says a newer query came. */
async function olderToo(find, words, articles, wanted, stale) {
  const found = [...articles]
  for (const bundle of await older) {
    if (found.length >= wanted)
      break
    bundle.instance = bundle.instance || find.createInstance({ basePath: BASE + bundle.path })
    const more = await bundle.instance.search(words, { sort: { date: "desc" } })   // articles only
    if (stale())
      return null
    found.push(...more.results)
  }
  return found
}

/** Whether every word of the query begins a word of the name ("blair" names "Tony Blair"). */
function names(title, terms) {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u)
  return terms.every(term => words.some(word => word.startsWith(term)))
}

/** One page's entry: the page itself, then its best matching sections (anchored headings). */
function item(data, terms, score) {
  const page = {
    location: relative(data.url), title: escapeHTML(data.meta.title || data.url),
    text: `<p>${data.excerpt}</p>`, terms, score,
  }
  const sections = data.sub_results
    .filter(section => section.url.includes("#"))
    .slice(0, SECTIONS)
    .map(section => ({
      location: relative(section.url), title: escapeHTML(section.title),
      text: `<p>${section.excerpt}</p>`, terms, score: score - 0.5,
    }))
  return [page, ...sections]
}

/** Material resolves a result's location against the site's base URL: a path without the leading slash
 * of Pagefind's URLs, which are absolute from the site's root. */
function relative(url) {
  const root = new URL("../../", self.location.href).pathname
  return url.startsWith(root) ? url.slice(root.length) : url.replace(/^\//, "")
}

function escapeHTML(text) {
  return String(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

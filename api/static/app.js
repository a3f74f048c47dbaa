// The interactive page: draws the alignment network of the period on the slider, the
// pairs over time, the evidence behind a selected tie or actor, and SPARQL results.
// Plain JavaScript; every datum comes from this server's own JSON endpoints.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const LABEL_AT = 0.35;
const NET = { width: 760, height: 620, margin: 90 };
const SERIES_COLOURS = ["#1f5fa8", "#c2362b", "#2e8540", "#7b3fa0", "#b86e00", "#222222"];
const SERIES_DASHES = ["", "8 4", "2 4", "10 4 2 4", "", "8 4"];

const EXAMPLES = [
  {
    title: "All visits by Syrian officials to Washington",
    query: `PREFIX pg: <https://polgraph.org/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?date ?visitor ?quote ?document WHERE {
  ?event pg:eventType pg:Visit ;
         pg:sourceGroup "SYR" ;
         pg:targetGroup "USA" ;
         pg:periodDate ?date .
  OPTIONAL { ?event pg:source/skos:prefLabel ?visitor }
  OPTIONAL { ?event pg:quote ?quote }
  OPTIONAL { ?event prov:wasDerivedFrom ?document }
}
ORDER BY ?date`,
  },
  {
    title: "Agreements involving the SDF since 2025",
    query: `PREFIX pg: <https://polgraph.org/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?date ?type ?source ?target ?quote ?document WHERE {
  ?event pg:plover <https://polgraph.org/plover/AGREE> ;
         pg:eventType ?type ;
         pg:periodDate ?date .
  { ?event pg:sourceGroup "SDF" } UNION { ?event pg:targetGroup "SDF" }
  OPTIONAL { ?event pg:sourceGroup ?source }
  OPTIONAL { ?event pg:targetGroup ?target }
  OPTIONAL { ?event pg:quote ?quote }
  OPTIONAL { ?event prov:wasDerivedFrom ?document }
  FILTER (?date >= "2025-01-01"^^xsd:date)
}
ORDER BY ?date`,
  },
  {
    title: "Events per type between Ankara and the SDF",
    query: `PREFIX pg: <https://polgraph.org/ns#>
SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event pg:eventType ?type .
  { ?event pg:sourceGroup "TUR" ; pg:targetGroup "SDF" }
  UNION { ?event pg:sourceGroup "SDF" ; pg:targetGroup "TUR" }
}
GROUP BY ?type ORDER BY DESC(?events)`,
  },
];

const state = { data: null, nodes: new Map(), selection: null };
const $ = (id) => document.getElementById(id);

function el(name, attrs = {}, text) {
  const node = name.includes(":") || ["svg", "g", "line", "circle", "text", "rect", "path", "polyline", "title"].includes(name)
    ? document.createElementNS(SVG_NS, name) : document.createElement(name);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function formatScore(value) { return (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.abs(value).toFixed(1); }

function tieOf(score) { return score > 0 ? "cooperative" : score < 0 ? "hostile" : "neutral"; }

function nodeName(code) { const n = state.nodes.get(code); return n ? n.label_en : code; }

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

function currentPeriod() {
  const periods = state.data ? state.data.periods : [];
  return periods[Number($("period").value)] || null;
}

function query() {
  return new URLSearchParams({ by: $("by").value, actors: $("actors").value });
}

async function loadTimeline() {
  const remembered = currentPeriod();
  state.data = await getJSON(`/visual/timeline?${query()}`);
  state.nodes = new Map(state.data.nodes.map((n) => [n.id, n]));
  const slider = $("period");
  const periods = state.data.periods;
  slider.max = String(Math.max(0, periods.length - 1));
  const keep = periods.indexOf(remembered);
  slider.value = String(keep >= 0 ? keep : periods.length - 1);
  slider.disabled = periods.length < 2;
  state.selection = null;
  showPeriod();
}

function showPeriod() {
  const period = currentPeriod();
  $("period-label").textContent = period || "no events";
  $("period").setAttribute("aria-valuetext", period || "no events");
  drawNetwork(period);
  drawDyads(period);
  if (state.selection && period) showEvidence(state.selection.a, state.selection.b);
}

function position(node) {
  const xs = state.data.nodes.map((n) => n.x), ys = state.data.nodes.map((n) => n.y);
  const span = Math.max(1, ...xs.map(Math.abs), ...ys.map(Math.abs));
  const scale = Math.min(NET.width, NET.height) / 2 - NET.margin;
  return [NET.width / 2 + (node.x / span) * scale * 1.15, NET.height / 2 - (node.y / span) * scale];
}

function activate(target, handler) {
  target.addEventListener("click", handler);
  target.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); handler(); }
  });
}

function drawNetwork(period) {
  const svg = $("network");
  clear(svg);
  if (!period) {
    svg.appendChild(el("text", { x: 40, y: 60 }, "No events among these actors."));
    return;
  }
  const ties = state.data.scores.filter((s) => s.period === period);
  const strongest = state.data.max_strength || 1;
  const active = new Set(ties.flatMap((t) => [t.a, t.b]));
  const edges = el("g", { class: "edges" });
  for (const t of [...ties].sort((x, y) => Math.abs(x.score) - Math.abs(y.score))) {
    const [x1, y1] = position(state.nodes.get(t.a));
    const [x2, y2] = position(state.nodes.get(t.b));
    const tie = tieOf(t.score);
    const label = `${nodeName(t.a)} – ${nodeName(t.b)}, ${period}: ${tie}, score ${formatScore(t.score)}, ${t.events} events`;
    const g = el("g", { class: `edge ${tie}`, tabindex: "0", role: "button", "aria-label": label,
                        "data-a": t.a, "data-b": t.b, "data-score": t.score });
    if (state.selection && state.selection.b && state.selection.a === t.a && state.selection.b === t.b) g.classList.add("selected");
    g.appendChild(el("title", {}, label));
    g.appendChild(el("line", { class: "hit", x1, y1, x2, y2 }));
    g.appendChild(el("line", { class: "tie", x1, y1, x2, y2, "stroke-width": (1.5 + 10 * Math.abs(t.score) / strongest).toFixed(2) }));
    // Labels sit a third of the way from the first actor, so ties crossing at the
    // centre (the two diagonals of the core diamond) do not stack their labels.
    g.appendChild(el("text", { x: x1 + (x2 - x1) * LABEL_AT, y: y1 + (y2 - y1) * LABEL_AT + 4 }, formatScore(t.score)));
    activate(g, () => select(t.a, t.b));
    edges.appendChild(g);
  }
  svg.appendChild(edges);
  const nodes = el("g", { class: "nodes" });
  for (const n of state.data.nodes) {
    const [x, y] = position(n);
    const below = y >= NET.height / 2 - 1;
    const g = el("g", { class: `node${active.has(n.id) ? "" : " inactive"}`, tabindex: "0", role: "button",
                        "data-id": n.id, "aria-label": `${n.label_en} (${n.label_ar}): show its events in ${period}` });
    if (state.selection && !state.selection.b && state.selection.a === n.id) g.classList.add("selected");
    g.appendChild(el("title", {}, `${n.label_en} · ${n.label_ar} · ${n.kind}`));
    g.appendChild(el("circle", { cx: x, cy: y, r: 24, fill: n.kind === "State" ? "#f3e3b5" : n.kind === "ArmedGroup" ? "#cfe5c8" : "#dcdcef" }));
    g.appendChild(el("text", { class: "code", x, y: y + 4 }, n.id));
    const ly = below ? y + 42 : y - 48;
    g.appendChild(el("text", { class: "en", x, y: ly }, n.label_en));
    g.appendChild(el("text", { class: "ar", x, y: ly + 17, direction: "rtl", lang: "ar" }, n.label_ar));
    activate(g, () => select(n.id, null));
    nodes.appendChild(g);
  }
  svg.appendChild(nodes);
}

function drawDyads(period) {
  const svg = $("dyads");
  clear(svg);
  const periods = state.data.periods;
  if (!periods.length) return;
  const W = 1000, H = 320, left = 60, right = 150, top = 20, bottom = 40;
  const scores = state.data.scores;
  const maxAbs = Math.max(1, ...scores.map((s) => Math.abs(s.score)));
  const x = (i) => left + (periods.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (periods.length - 1));
  const y = (v) => top + ((maxAbs - v) * (H - top - bottom)) / (2 * maxAbs);
  const index = new Map(periods.map((p, i) => [p, i]));
  const step = periods.length > 1 ? x(1) - x(0) : 60;
  const at = index.get(period);
  if (at !== undefined) svg.appendChild(el("rect", { class: "current", x: x(at) - step / 2, y: top, width: step, height: H - top - bottom }));
  for (const v of [-maxAbs, -maxAbs / 2, maxAbs / 2, maxAbs]) {
    svg.appendChild(el("line", { class: "grid", x1: left, x2: W - right, y1: y(v), y2: y(v) }));
    svg.appendChild(el("text", { x: left - 8, y: y(v) + 4, "text-anchor": "end" }, formatScore(v)));
  }
  svg.appendChild(el("line", { class: "axis", x1: left, x2: W - right, y1: y(0), y2: y(0) }));
  svg.appendChild(el("text", { x: left - 8, y: y(0) + 4, "text-anchor": "end" }, "0"));
  const every = Math.ceil(periods.length / 16);
  periods.forEach((p, i) => {
    if (i % every === 0) svg.appendChild(el("text", { x: x(i), y: H - bottom + 18, "text-anchor": "middle" }, p));
  });
  const dyads = [...new Set(scores.map((s) => `${s.a}|${s.b}`))];
  const signChanges = new Set(state.data.shifts.filter((m) => m.sign_change).map((m) => `${m.a}|${m.b}|${m.to_period}`));
  dyads.slice(0, 12).forEach((key, n) => {
    const [a, b] = key.split("|");
    const series = scores.filter((s) => s.a === a && s.b === b);
    const colour = SERIES_COLOURS[n % SERIES_COLOURS.length];
    const selected = state.selection && state.selection.a === a && state.selection.b === b;
    svg.appendChild(el("polyline", { class: `series${selected ? " selected" : ""}`, stroke: colour,
      "stroke-dasharray": SERIES_DASHES[n % SERIES_DASHES.length],
      points: series.map((s) => `${x(index.get(s.period))},${y(s.score)}`).join(" ") }));
    for (const s of series) {
      const star = signChanges.has(`${a}|${b}|${s.period}`);
      const point = el("text", { class: star ? "point star" : "point", x: x(index.get(s.period)), y: y(s.score) + (star ? 7 : 4),
                                 "text-anchor": "middle", style: `fill: ${colour}; font-size: ${star ? 22 : 13}px` },
                       star ? "★" : "●");
      point.appendChild(el("title", {}, `${nodeName(a)} – ${nodeName(b)} ${s.period}: ${formatScore(s.score)}`));
      svg.appendChild(point);
    }
    const ly = top + 6 + n * 20;
    svg.appendChild(el("line", { x1: W - right + 12, x2: W - right + 40, y1: ly, y2: ly, stroke: colour, "stroke-width": 3,
                                 "stroke-dasharray": SERIES_DASHES[n % SERIES_DASHES.length] }));
    const name = el("text", { x: W - right + 46, y: ly + 4 }, `${a} – ${b}`);
    name.appendChild(el("title", {}, `${nodeName(a)} – ${nodeName(b)}`));
    svg.appendChild(name);
  });
}

function select(a, b) {
  state.selection = { a, b };
  drawNetwork(currentPeriod());
  drawDyads(currentPeriod());
  showEvidence(a, b);
}

async function showEvidence(a, b) {
  const period = currentPeriod();
  const list = $("evidence-list");
  const params = new URLSearchParams({ period, a, by: $("by").value, actors: $("actors").value });
  if (b) params.set("b", b);
  list.textContent = "Loading…";
  let data;
  try {
    data = await getJSON(`/visual/evidence?${params}`);
  } catch (err) {
    list.textContent = `Could not load the events: ${err.message}`;
    return;
  }
  if (currentPeriod() !== period) return; // the slider moved on meanwhile
  clear(list);
  const heading = b ? `${nodeName(a)} – ${nodeName(b)} in ${period}` : `${nodeName(a)}'s ties in ${period}`;
  list.appendChild(el("p", { class: "selection" }, heading));
  if (!data.ties.length) list.appendChild(el("p", {}, "No events in this period."));
  for (const t of data.ties) {
    list.appendChild(el("h3", {}, `${nodeName(t.a)} – ${nodeName(t.b)}: ${formatScore(t.score)} (${t.events} events)`));
    const ol = el("ol", { class: "drivers" });
    for (const d of t.drivers) {
      const li = el("li", { class: "driver" });
      const meta = el("div", { class: "meta" });
      meta.appendChild(el("time", { datetime: d.date.split("..")[0] }, d.date + (d.date_from_publication ? " (publication date)" : "")));
      meta.appendChild(document.createTextNode(` · ${d.kind === "relation" ? "standing tie: " : ""}${d.type} · ${d.source || "?"} → ${d.target || "?"} · ${d.status} · `));
      meta.appendChild(el("span", { class: d.weight >= 0 ? "w-pos" : "w-neg" }, formatScore(d.weight)));
      li.appendChild(meta);
      if (d.quote) li.appendChild(el("blockquote", { dir: "auto" }, d.quote));
      const source = el("div", { class: "meta source" }, "Source: ");
      source.appendChild(el("cite", { dir: "auto" }, d.document || "—"));
      if (d.merged_reports) source.appendChild(document.createTextNode(` (and ${d.merged_reports.length - 1} more reports of it)`));
      li.appendChild(source);
      ol.appendChild(li);
    }
    list.appendChild(ol);
  }
}

async function runQuery() {
  const status = $("sparql-status");
  const table = $("results");
  status.textContent = "Running…";
  status.classList.remove("error");
  clear(table);
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
      body: $("query").value,
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.detail || `${response.status} ${response.statusText}`);
    }
    const data = await response.json();
    if (data.boolean !== undefined) { status.textContent = `Answer: ${data.boolean}`; return; }
    const vars = data.head.vars;
    const head = el("tr");
    for (const v of vars) head.appendChild(el("th", { scope: "col" }, v));
    const thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    const tbody = el("tbody");
    for (const row of data.results.bindings) {
      const tr = el("tr");
      for (const v of vars) tr.appendChild(el("td", { dir: "auto" }, row[v] ? row[v].value : ""));
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    const n = data.results.bindings.length;
    status.textContent = `${n} row${n === 1 ? "" : "s"}`;
  } catch (err) {
    status.textContent = `Query failed: ${err.message}`;
    status.classList.add("error");
  }
}

function step(delta) {
  const slider = $("period");
  const next = Math.min(Number(slider.max), Math.max(0, Number(slider.value) + delta));
  if (next !== Number(slider.value)) { slider.value = String(next); showPeriod(); }
}

function reportError(err) {
  $("period-label").textContent = "error";
  $("evidence-list").textContent = `Could not load the network: ${err.message}`;
}

function start() {
  const examples = $("examples");
  EXAMPLES.forEach((e, i) => examples.appendChild(el("option", { value: String(i) }, e.title)));
  $("query").value = EXAMPLES[0].query;
  examples.addEventListener("change", () => { $("query").value = EXAMPLES[Number(examples.value)].query; });
  $("run").addEventListener("click", runQuery);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery();
  });
  $("period").addEventListener("input", showPeriod);
  $("prev").addEventListener("click", () => step(-1));
  $("next").addEventListener("click", () => step(1));
  $("by").addEventListener("change", () => loadTimeline().catch(reportError));
  $("actors").addEventListener("change", () => loadTimeline().catch(reportError));
  loadTimeline().catch(reportError);
}

document.addEventListener("DOMContentLoaded", start);

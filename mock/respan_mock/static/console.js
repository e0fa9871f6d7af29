// The console of respan-mock: the request log of GET /_mock/requests as it grows, one request opened to all the
// log holds about it. It reads the inspection API only (credentials come redacted from it), and writes every
// value with textContent, never as HTML: request bodies are the clients' text.
"use strict";

const API = "/_mock/requests";
const POLL_MS = 1000;
const LIMIT = 500; // entries the console holds, newest first
const SOURCES = {
  "": "body",
  "/respan_params": "body respan_params",
  "/keywordsai_params": "body keywordsai_params",
};

const state = {
  entries: [], // newest first
  selected: decodeURIComponent(location.hash.slice(1)) || null,
  shown: "", // what the detail pane shows, to redraw it only when it changed
  listed: "",
  resetArmed: null,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// --- the log ---------------------------------------------------------------------------------------------

async function getJson(url) {
  const response = await fetch(url, { cache: "no-store" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function poll() {
  try {
    const after = state.entries.length ? `&after=${encodeURIComponent(state.entries[0].log_id)}` : "";
    const listed = await getJson(`${API}?limit=${LIMIT}${after}`);
    const fresh = listed.requests.reverse();
    // Without `after`, or when the newest entry held here is gone (a reset, or it was evicted): the whole log.
    state.entries = listed.after_found ? [...fresh, ...state.entries].slice(0, LIMIT) : fresh;
    await refreshUnfinished();
    showProblem(null);
  } catch (error) {
    showProblem(`Cannot read the request log (${error.message}); retrying.`);
  }
  render();
}

// Streams still going when last read: read them again until they end.
async function refreshUnfinished() {
  const unfinished = state.entries.filter((entry) => entry.latency === null);
  for (const entry of unfinished) {
    const fresh = await getJson(`${API}/${encodeURIComponent(entry.log_id)}`);
    const index = state.entries.indexOf(entry);
    if (fresh === null) state.entries.splice(index, 1);
    else state.entries[index] = fresh;
  }
}

function loop() {
  const next = () => setTimeout(loop, POLL_MS);
  if ($("live").checked && document.visibilityState !== "hidden") poll().finally(next);
  else next();
}

async function reset() {
  const button = $("reset");
  if (!state.resetArmed) {
    button.textContent = "Click to confirm";
    button.classList.add("armed");
    state.resetArmed = setTimeout(disarmReset, 3000);
    return;
  }
  disarmReset();
  const response = await fetch("/_mock/reset", { method: "POST" });
  if (!response.ok) {
    showProblem(`Reset failed: HTTP ${response.status}`);
    return;
  }
  state.entries = [];
  state.selected = null;
  history.replaceState(null, "", location.pathname);
  await poll();
}

function disarmReset() {
  clearTimeout(state.resetArmed);
  state.resetArmed = null;
  $("reset").textContent = "Reset";
  $("reset").classList.remove("armed");
}

function showProblem(text) {
  $("problem").hidden = text === null;
  $("problem").textContent = text || "";
}

// --- filters ---------------------------------------------------------------------------------------------

const FILTERS = {
  status: (entry, value) => (value.endsWith("xx") ? String(entry.status)[0] === value[0] : String(entry.status) === value),
  model: (entry, value) => requestedModel(entry) === value || entry.model === value,
  customer: (entry, value) => (value === "(none)" ? !entry.customer : entry.customer === value),
};

function filtered() {
  const chosen = Object.keys(FILTERS).map((name) => [name, $(`filter-${name}`).value]);
  return state.entries.filter((entry) => chosen.every(([name, value]) => !value || FILTERS[name](entry, value)));
}

function fillFilters() {
  const statuses = new Set(state.entries.map((entry) => entry.status));
  const classes = [...new Set([...statuses].map((status) => `${String(status)[0]}xx`))].sort();
  fillSelect("status", [...classes, ...[...statuses].sort().map(String)]);
  const models = new Set();
  for (const entry of state.entries) {
    if (requestedModel(entry)) models.add(requestedModel(entry));
    if (entry.model) models.add(entry.model);
  }
  fillSelect("model", [...models].sort());
  const customers = [...new Set(state.entries.map((entry) => entry.customer).filter(Boolean))].sort();
  fillSelect("customer", customers.length ? [...customers, "(none)"] : []);
}

function fillSelect(name, values) {
  const select = $(`filter-${name}`);
  const current = select.value;
  const wanted = ["", ...values, ...(current && !values.includes(current) ? [current] : [])];
  const present = [...select.options].map((option) => option.value);
  if (wanted.join("\n") === present.join("\n")) return;
  select.replaceChildren(...wanted.map((value) => el("option", { value, text: value || "All" })));
  select.value = current;
}

// --- the table -------------------------------------------------------------------------------------------

function render() {
  fillFilters();
  const rows = filtered();
  const total = state.entries.length;
  $("count").textContent = rows.length === total ? `${total}` : `${rows.length} of ${total}`;
  $("empty").hidden = total > 0;
  const listed = rows.map(signature).join("|") + `#${state.selected}`;
  if (listed !== state.listed) {
    state.listed = listed;
    $("log").tBodies[0].replaceChildren(...rows.map(row));
  }
  renderDetail();
}

function signature(entry) {
  return `${entry.log_id}:${entry.latency}:${entry.stream_end}:${(entry.events || []).length}`;
}

function row(entry) {
  const tokens = entry.usage ? `${entry.usage.prompt_tokens} → ${entry.usage.completion_tokens}` : "—";
  return el(
    "tr",
    {
      class: entry.log_id === state.selected ? "selected" : null,
      tabindex: "0",
      "data-log-id": entry.log_id,
      onclick: () => select(entry.log_id),
      onkeydown: (event) => event.key === "Enter" && select(entry.log_id),
    },
    el("td", { class: "time", text: clock(entry.time) }),
    el("td", {}, el("span", { class: "endpoint", text: entry.path }), entry.stream ? el("span", { class: "tag", text: "stream" }) : null),
    el("td", {}, statusBadge(entry), entry.error_code ? el("span", { class: "code", text: entry.error_code }) : null),
    el("td", { class: "model" }, modelCell(entry)),
    el("td", {}, entry.cache ? el("span", { class: `tag cache-${entry.cache}`, text: entry.cache }) : "—"),
    el("td", { class: "num", text: latency(entry) }),
    el("td", { class: "num", text: tokens }),
  );
}

function statusBadge(entry) {
  const kind = entry.status < 300 ? "ok" : entry.status < 500 ? "client" : "server";
  return el("span", { class: `status status-${kind}`, title: entry.error_code || null, text: String(entry.status) });
}

// The model asked for: as validated, else (a request rejected before that) as the body says.
function requestedModel(entry) {
  const model = entry.requested_model ?? entry.body?.model;
  return typeof model === "string" ? model : null;
}

function modelCell(entry) {
  const requested = requestedModel(entry);
  if (!entry.model || entry.model === requested) return requested || entry.model || "—";
  return [el("span", { class: "muted", text: requested || "—" }), " → ", entry.model];
}

function latency(entry) {
  if (entry.latency === null) return entry.stream ? "streaming…" : "—";
  const ms = entry.latency * 1000;
  return ms < 10 ? `${ms.toFixed(1)} ms` : ms < 10000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function clock(seconds) {
  const moment = new Date(seconds * 1000);
  const pad = (value, size = 2) => String(value).padStart(size, "0");
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}.${pad(moment.getMilliseconds(), 3)}`;
}

function select(logId) {
  state.selected = logId;
  history.replaceState(null, "", `#${encodeURIComponent(logId)}`);
  render();
}

function move(step) {
  const rows = filtered();
  const index = rows.findIndex((entry) => entry.log_id === state.selected);
  const next = rows[Math.min(Math.max(index + step, 0), rows.length - 1)];
  if (next) {
    select(next.log_id);
    document.querySelector(`tr[data-log-id="${CSS.escape(next.log_id)}"]`)?.scrollIntoView({ block: "nearest" });
  }
}

// --- one request -----------------------------------------------------------------------------------------

function renderDetail() {
  const entry = state.entries.find((candidate) => candidate.log_id === state.selected);
  const shown = entry ? signature(entry) : "";
  if (shown === state.shown) return;
  state.shown = shown;
  $("placeholder").hidden = Boolean(entry);
  $("detail").hidden = !entry;
  if (entry) $("detail").replaceChildren(...detail(entry).filter(Boolean));
}

function detail(entry) {
  return [
    el(
      "header",
      { class: "detail-head" },
      statusBadge(entry),
      el("h2", { text: `POST ${entry.path}` }),
      entry.stream ? el("span", { class: "tag", text: "stream" }) : null,
      entry.error_code ? el("span", { class: "tag tag-error", text: entry.error_code }) : null,
    ),
    facts(entry),
    entry.disable_log ? el("p", { class: "note", text: "disable_log: the log keeps no content of this request or its answer." }) : null,
    section("Request body", json(entry.body), { empty: entry.body === null ? "Not kept." : null }),
    section("Respan parameters", parameters(entry)),
    section("Routing", routing(entry)),
    "fixture" in entry && entry.fixture !== null ? section("Fixture", fixture(entry.fixture)) : null,
    entry.stream && entry.events !== null
      ? section(`Stream events (${entry.events.length + entry.events_omitted})`, events(entry))
      : section("Response", json(entry.response), { empty: entry.response === null ? "Not kept." : null }),
    entry.input !== null ? section("Conversation as the model saw it", json(entry.input), { open: false }) : null,
  ];
}

function facts(entry) {
  const items = [
    ["Time", `${new Date(entry.time * 1000).toLocaleDateString()} ${clock(entry.time)}`],
    ["Log id", entry.log_id],
    ["Requested model", requestedModel(entry) ?? "—"],
    ["Serving model", entry.model ?? "—"],
    ["Provider", entry.provider ?? "—"],
    ["Cache", entry.cache ?? "off"],
    ["Latency", latency(entry)],
    ["Tokens", entry.usage ? `${entry.usage.prompt_tokens} prompt, ${entry.usage.completion_tokens} completion` : "—"],
    ["Cost", entry.cost === null ? "—" : `$${entry.cost.toPrecision(3)}`],
    ["Customer", entry.customer ?? "—"],
  ];
  if (entry.stream) items.push(["Stream", entry.stream_end ? entry.stream_end.replace(/_/g, " ") : "in progress"]);
  return el("dl", { class: "facts" }, items.map(([name, value]) => [el("dt", { text: name }), el("dd", { text: String(value) })]));
}

function section(title, content, { empty = null, open = true } = {}) {
  return el("details", { class: "section", open }, el("summary", { text: title }), empty ? el("p", { class: "muted", text: empty }) : content);
}

function parameters(entry) {
  const names = Object.keys(entry.params || {});
  if (!names.length) return el("p", { class: "muted", text: "None: the request set no Respan parameter." });
  return el(
    "table",
    { class: "grid params" },
    el("thead", {}, el("tr", {}, el("th", { text: "Parameter" }), el("th", { text: "Value" }), el("th", { text: "From" }))),
    el(
      "tbody",
      {},
      names.map((name) =>
        el(
          "tr",
          {},
          el("td", {}, el("code", { text: name })),
          el("td", {}, compact(entry.params[name])),
          el("td", { class: "source", text: source(entry.param_sources[name]) }),
        ),
      ),
    ),
  );
}

function source(prefix) {
  if (prefix in SOURCES) return SOURCES[prefix];
  const header = /^\/headers\/(.+)$/.exec(prefix || "");
  return header ? `${header[1]} header` : prefix;
}

function routing(entry) {
  if (entry.cache === "hit") return el("p", { class: "muted", text: `Served from the cache (model ${entry.model}): no attempt.` });
  if (!entry.attempts.length) return el("p", { class: "muted", text: "No model was tried." });
  return el(
    "table",
    { class: "grid" },
    el("thead", {}, el("tr", {}, el("th", { text: "#" }), el("th", { text: "Model" }), el("th", { text: "Outcome" }), el("th", { text: "Error" }))),
    el(
      "tbody",
      {},
      entry.attempts.map((attempt, index) =>
        el(
          "tr",
          {},
          el("td", { class: "num", text: String(index + 1) }),
          el("td", {}, el("code", { text: attempt.model })),
          el("td", {}, el("span", { class: `tag ${attempt.status === "success" ? "tag-ok" : "tag-error"}`, text: attempt.status })),
          el("td", { text: attempt.error ?? "" }),
        ),
      ),
    ),
  );
}

function fixture(value) {
  return typeof value === "string" ? el("p", {}, el("code", { text: value })) : json(value);
}

function events(entry) {
  const list = el("ol", { class: "events" });
  const last = entry.events.length - 1;
  entry.events.forEach((event, index) => {
    const omitted = entry.events_omitted && index === last;
    if (omitted) {
      list.append(el("li", { class: "omitted", text: `… ${entry.events_omitted} events not kept (the log keeps 1 MiB of a stream) …` }));
    }
    const { name, preview } = describe(event);
    const position = omitted ? index + entry.events_omitted : index;
    list.append(
      el(
        "li",
        {},
        el(
          "details",
          {},
          el(
            "summary",
            {},
            el("span", { class: "seq", text: String(position) }),
            el("span", { class: "event-name", text: name }),
            preview ? el("span", { class: "preview", text: preview }) : null,
          ),
          json(event.data),
        ),
      ),
    );
  });
  const end = entry.stream_end ? `Stream ended: ${entry.stream_end.replace(/_/g, " ")}.` : "The stream is still going.";
  return [list, el("p", { class: "muted", text: end })];
}

// A stream event's name (the SSE `event`, else what the data is) and the gist of it.
function describe(event) {
  const data = event.data;
  if (typeof data === "string") return { name: data, preview: "" };
  if (event.event || data.type) {
    const preview = data.delta ?? data.text ?? data.item?.type ?? data.response?.status ?? data.message ?? "";
    return { name: event.event || data.type, preview: typeof preview === "string" ? preview : JSON.stringify(preview) };
  }
  if (data.error) return { name: "error", preview: data.error.message };
  const choice = (data.choices || [])[0];
  if (!choice) return { name: "chunk", preview: data.usage ? "usage" : "" };
  const delta = choice.delta || {};
  const preview = delta.content ?? (delta.role ? `role: ${delta.role}` : choice.finish_reason ? `finish: ${choice.finish_reason}` : delta.tool_calls ? "tool call" : "");
  return { name: "chunk", preview };
}

// --- JSON --------------------------------------------------------------------------------------------------

const TOKENS = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([{}[\],])/g;

function json(value) {
  const pre = el("pre", { class: "json" });
  const text = JSON.stringify(value, null, 2) ?? "null";
  let last = 0;
  for (const match of text.matchAll(TOKENS)) {
    pre.append(text.slice(last, match.index));
    const [whole, string, colon, literal, number] = match;
    const kind = string ? (colon ? "key" : "string") : literal ? "literal" : number ? "number" : "punct";
    pre.append(el("span", { class: `j-${kind}`, text: string && colon ? string : whole }));
    if (string && colon) pre.append(colon);
    last = match.index + whole.length;
  }
  pre.append(text.slice(last));
  return pre;
}

function compact(value) {
  const text = JSON.stringify(value);
  return el("code", { class: "value", text: text.length > 160 ? `${text.slice(0, 157)}…` : text, title: text.length > 160 ? text : null });
}

// --- start -----------------------------------------------------------------------------------------------

$("base-url").textContent = `base_url="${location.origin}/api"`;
$("reset").addEventListener("click", reset);
for (const name of Object.keys(FILTERS)) $(`filter-${name}`).addEventListener("change", render);
$("live").addEventListener("change", () => $("live").checked && poll());
document.addEventListener("keydown", (event) => {
  if (event.target.closest("input, select, textarea")) return;
  if (event.key === "ArrowDown" || event.key === "j") move(1);
  else if (event.key === "ArrowUp" || event.key === "k") move(-1);
  else return;
  event.preventDefault();
});
poll().finally(() => setTimeout(loop, POLL_MS));

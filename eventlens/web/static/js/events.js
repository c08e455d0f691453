// Event table with the filter bar's filters, sorting, paging and export links.
import { get, query } from "./api.js";
import { el, actorsLabel, setStatus } from "./dom.js";
import { navigate } from "./state.js";

const PAGE = 50;
const SORTS = [
  ["-date", "newest first"], ["date", "oldest first"], ["-confidence", "most confident"],
  ["confidence", "least confident"], ["event", "type"],
];

export async function renderEvents(root, filters, params) {
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const sort = params.sort || "-date";
  root.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  const data = await get("/api/events", { ...filters, sort, limit: PAGE, offset });
  const go = (changes) => navigate("events", null, { ...filters, sort, offset, ...changes });
  const sortPicker = el("select", { id: "sort", "aria-label": "Sort", onchange: (e) => go({ sort: e.target.value, offset: 0 }) },
    SORTS.map(([value, text]) => el("option", { value, selected: value === sort }, text)));
  const exports = ["csv", "jsonl", "plover", "geojson"].map((fmt) =>
    el("a", { href: `/api/events${query({ ...filters, sort, format: fmt })}`, download: "" }, fmt));
  const rows = data.items.map((ev) => el("tr", { "data-event-id": ev.id, onclick: () => navigate("event", ev.id, {}) },
    el("td", {}, ev.date || ""),
    el("td", {}, el("strong", {}, ev.event), ev.rejected ? el("span", { class: "badge rejected" }, " rejected") : null),
    el("td", {}, actorsLabel(ev.actor)),
    el("td", {}, actorsLabel(ev.recipient)),
    el("td", {}, ev.event_loc ? [ev.event_loc.name, ev.event_loc.country].filter(Boolean).join(", ") : ""),
    el("td", {}, ev.modality),
    el("td", {}, ev.confidence == null ? "" : ev.confidence.toFixed(2)),
    el("td", { class: "sentence" }, ev.text),
  ));
  const pager = el("div", { class: "pager" },
    el("button", { type: "button", disabled: offset === 0, onclick: () => go({ offset: Math.max(0, offset - PAGE) }) }, "‹ Prev"),
    el("span", { id: "event-count" }, `${data.total ? offset + 1 : 0}–${offset + data.items.length} of ${data.total}`),
    el("button", { type: "button", disabled: offset + PAGE >= data.total, onclick: () => go({ offset: offset + PAGE }) }, "Next ›"),
    el("span", { class: "spacer" }), "Sort ", sortPicker, " Export: ", exports.flatMap((a) => [a, " "]),
  );
  root.replaceChildren(pager, el("table", { class: "events", id: "events-table" },
    el("thead", {}, el("tr", {}, ["Date", "Type", "Actor", "Recipient", "Place", "Modality", "Conf.", "Sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
  setStatus(`${data.total} events`);
}

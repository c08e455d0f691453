// Actors: every actor the coder found, with how many events each takes part in.
import { get } from "./api.js";
import { el } from "./dom.js";
import { navigate } from "./state.js";

export async function renderActors(root, params) {
  const q = params.actor_q || "";
  const box = el("input", { type: "search", id: "actor-q", value: q, placeholder: "name contains…", "aria-label": "Actor name" });
  const form = el("form", { class: "pager", onsubmit: (e) => { e.preventDefault(); navigate("actors", null, { actor_q: box.value.trim() }); } },
    box, el("button", { type: "submit" }, "Find"));
  const data = await get("/api/actors", { q, limit: 200 });
  const rows = data.items.map((a) => el("tr", {
    onclick: () => navigate("events", null, a.country ? { country: a.country } : { q: a.name }),
  }, el("td", {}, a.name || ""), el("td", {}, a.country || ""), el("td", {}, a.sector || ""),
  el("td", {}, a.actor_id || ""), el("td", {}, a.events)));
  root.replaceChildren(form, el("table", { class: "events", id: "actors-table" },
    el("thead", {}, el("tr", {}, ["Actor", "Country", "Sector", "Registry id", "Events"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
}

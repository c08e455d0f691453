// Router: renders the view named in the URL hash.
import { get } from "./api.js";
import { el, setStatus } from "./dom.js";
import { renderFilters } from "./filters.js";
import { parseHash, filtersOf, navigate, hashFor } from "./state.js";
import { renderDashboard } from "./dashboard.js";
import { renderEvents } from "./events.js";
import { renderEvent } from "./event.js";
import { renderArticle } from "./article.js";
import { renderActors } from "./actors.js";
import { askToken } from "./token.js";

let dispose = null;
let metaPromise = null;

async function loadMeta() {
  try {
    return await get("/api/meta");
  } catch (error) {
    // Reads from another host need a token: ask once, then retry.
    if (error.status === 401 && askToken()) return get("/api/meta");
    throw error;
  }
}

async function render() {
  let meta;
  try {
    meta = await (metaPromise ??= loadMeta());
  } catch (error) {
    metaPromise = null;
    document.getElementById("view").replaceChildren(el("p", { class: "error", id: "view-error" }, error.message));
    return;
  }
  const { view, id, params } = parseHash();
  const filters = filtersOf(params);
  const root = document.getElementById("view");
  if (dispose) { dispose(); dispose = null; }
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === view);
    // Switching between dashboard and table keeps the filters (e.g. a brushed date range).
    link.setAttribute("href", hashFor(link.dataset.view, null, link.dataset.view === "actors" ? {} : filters));
  }
  document.getElementById("search-q").value = filters.q || "";
  renderFilters(document.getElementById("filters"), meta);
  setStatus("");
  try {
    if (view === "events") await renderEvents(root, filters, params);
    else if (view === "event" && id) await renderEvent(root, id, meta);
    else if (view === "article" && id) await renderArticle(root, id);
    else if (view === "actors") await renderActors(root, params);
    else dispose = renderDashboard(root, filters);
  } catch (error) {
    root.replaceChildren(el("p", { class: "error", id: "view-error" }, error.message));
  }
  document.body.dataset.ready = `${view}:${Date.now()}`;
}

function start() {
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const { params } = parseHash();
    navigate("events", null, { ...filtersOf(params), q: document.getElementById("search-q").value.trim() });
  });
  document.getElementById("token-button").addEventListener("click", askToken);
  window.addEventListener("hashchange", render);
  render();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();

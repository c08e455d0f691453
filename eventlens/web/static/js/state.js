// The URL hash is the single source of truth: "#/<view>[/<id>]?<filters>", so every view is linkable
// and survives a reload.

export const FILTER_KEYS = [
  "q", "type", "quad", "modality", "mode", "context", "country", "actor_country", "recipient_country",
  "actor_id", "sector", "event_country", "place", "date_from", "date_to", "min_confidence", "include_rejected",
];

export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, "");
  const [path, search = ""] = raw.split("?");
  const [view = "dashboard", ...rest] = path.split("/").filter(Boolean);
  const params = Object.fromEntries(new URLSearchParams(search));
  return { view, id: rest.length ? decodeURIComponent(rest.join("/")) : null, params };
}

export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) if (params[key]) filters[key] = params[key];
  return filters;
}

export function hashFor(view, id, params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const path = id ? `${view}/${encodeURIComponent(id)}` : view;
  const text = search.toString();
  return `#/${path}${text ? `?${text}` : ""}`;
}

export function navigate(view, id, params) {
  const target = hashFor(view, id, params);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = target;
}

// Filter bar shared by the dashboard and the event table.
import { el, QUAD_NAMES } from "./dom.js";
import { parseHash, filtersOf, navigate } from "./state.js";

function select(name, label, options, current) {
  return el("label", {}, label,
    el("select", { name, "data-filter": name },
      el("option", { value: "" }, "any"),
      options.map(([value, text]) => el("option", { value, selected: String(value) === current }, text))));
}

function input(name, label, current, type = "text", extra = {}) {
  return el("label", {}, label, el("input", { name, type, value: current || "", "data-filter": name, ...extra }));
}

export function renderFilters(container, meta) {
  const { view, params } = parseHash();
  const current = filtersOf(params);
  container.replaceChildren();
  if (!["dashboard", "events"].includes(view)) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const form = el("form", { class: "filters", id: "filter-form" },
    select("type", "Type", meta.types.map((t) => [t, t]), current.type),
    select("quad", "Quad class", [1, 2, 3, 4].map((q) => [q, `${q} ${QUAD_NAMES[q]}`]), current.quad),
    select("modality", "Modality", meta.modalities.map((m) => [m, m]), current.modality),
    input("country", "Actor/recip. ISO3", current.country, "text", { maxlength: 3, placeholder: "any side" }),
    input("actor_country", "Actor ISO3", current.actor_country, "text", { maxlength: 3 }),
    input("recipient_country", "Recipient ISO3", current.recipient_country, "text", { maxlength: 3 }),
    input("sector", "Sector", current.sector),
    input("event_country", "Event country", current.event_country, "text", { maxlength: 3 }),
    input("place", "Place", current.place),
    input("date_from", "From", current.date_from, "date"),
    input("date_to", "To", current.date_to, "date"),
    input("min_confidence", "Min conf.", current.min_confidence, "number", { min: 0, max: 1, step: 0.05 }),
    el("button", { type: "submit", class: "primary" }, "Apply"),
    el("button", { type: "button", id: "clear-filters", onclick: () => navigate(view, null, {}) }, "Clear"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = {};
    for (const field of form.querySelectorAll("[data-filter]")) {
      if (field.value) next[field.name] = field.name.endsWith("country") ? field.value.toUpperCase() : field.value;
    }
    if (current.q) next.q = current.q;
    navigate(view, null, next);
  });
  container.append(form);
}

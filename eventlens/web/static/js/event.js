// One event: the sentence with its parts highlighted, every field, the explanation, and correction tools.
import { get, send } from "./api.js";
import { el, actorLabel, actorsLabel, QUAD_NAMES, setStatus } from "./dom.js";
import { markedText, findSpan } from "./spans.js";
import { navigate } from "./state.js";
import { askToken } from "./token.js";

function sentenceSpans(ev) {
  const base = ev.text_info ? ev.text_info.start : 0;
  const spans = [];
  const info = ev.text_info;
  if (info && info.trigger_start != null) {
    spans.push({ start: info.trigger_start - base, end: info.trigger_end - base, kind: "trigger", title: `trigger: ${info.trigger}` });
  }
  for (const [role, actors] of [["actor", ev.actor], ["recipient", ev.recipient]]) {
    for (const a of actors || []) {
      const span = a.start != null && a.end != null
        ? { start: a.start - base, end: a.end - base, kind: role, title: `${role}: ${actorLabel(a)}` }
        : findSpan(ev.text, a.text, role, `${role}: ${actorLabel(a)}`);
      if (span) spans.push(span);
    }
  }
  const date = findSpan(ev.text, ev.date_text, "date", `date: ${ev.date || ""}`);
  if (date) spans.push(date);
  const loc = ev.event_loc;
  const place = loc && (findSpan(ev.text, loc.text, "place", `place: ${loc.name || ""}`) || findSpan(ev.text, loc.name, "place", `place: ${loc.name}`));
  if (place) spans.push(place);
  return spans;
}

function field(label, value) {
  return [el("dt", {}, label), el("dd", {}, value == null || value === "" ? "—" : value)];
}

export async function renderEvent(root, id, meta) {
  const ev = await get(`/api/events/${encodeURIComponent(id)}`);
  const loc = ev.event_loc;
  const typeSelect = el("select", { name: "event", id: "correct-type" }, meta.types.map((t) => el("option", { value: t, selected: t === ev.event }, t)));
  const modalitySelect = el("select", { name: "modality", id: "correct-modality" }, meta.modalities.map((m) => el("option", { value: m, selected: m === ev.modality }, m)));
  const dateInput = el("input", { name: "date", id: "correct-date", type: "date", value: ev.date || "" });
  const countryInput = el("input", { name: "event_loc.country", id: "correct-event-country", type: "text", maxlength: 3, value: loc ? loc.country || "" : "" });
  const noteInput = el("input", { name: "note", id: "correct-note", type: "text", placeholder: "why (optional)" });
  const message = el("span", { id: "correct-message", class: "muted" });

  async function patch(body) {
    try {
      await send("PATCH", `/api/events/${encodeURIComponent(id)}`, body);
      setStatus("saved");
      navigate("event", id, {});
    } catch (error) {
      if (error.status === 401 || error.status === 403) {
        message.textContent = "A write token is needed (eventlens token create NAME).";
        if (askToken()) return patch(body);
      } else message.textContent = error.message;
      message.className = "error";
    }
  }

  function saveCorrection(event) {
    event.preventDefault();
    const changes = {};
    if (typeSelect.value !== ev.event) changes.event = typeSelect.value;
    if (modalitySelect.value !== ev.modality) changes.modality = modalitySelect.value;
    if ((dateInput.value || null) !== (ev.date || null)) changes.date = dateInput.value || null;
    const country = countryInput.value.trim().toUpperCase();
    if (country !== (loc ? loc.country || "" : "")) changes["event_loc.country"] = country || null;
    if (!Object.keys(changes).length) {
      message.textContent = "Nothing changed.";
      return;
    }
    patch({ changes, note: noteInput.value || null });
  }

  const form = el("form", { class: "correct-form", id: "correct-form", onsubmit: saveCorrection },
    el("label", {}, "Type", typeSelect), el("label", {}, "Modality", modalitySelect), el("label", {}, "Date", dateInput),
    el("label", {}, "Event country", countryInput), el("label", {}, "Note", noteInput),
    el("button", { type: "submit", class: "primary", id: "save-correction" }, "Save correction"),
    ev.rejected
      ? el("button", { type: "button", id: "restore-event", onclick: () => patch({ rejected: false, note: noteInput.value || null }) }, "Restore")
      : el("button", { type: "button", class: "danger", id: "reject-event", onclick: () => patch({ rejected: true, note: noteInput.value || null }) }, "Reject (wrong)"),
    message);

  const history = (ev.corrections || []).map((c) => el("li", {},
    `${c.at} — ${c.who}: ${c.field} `, el("code", {}, JSON.stringify(c.old)), " → ", el("code", {}, JSON.stringify(c.new)),
    c.note ? ` (${c.note})` : ""));

  root.replaceChildren(
    el("p", {}, el("a", { href: "#", onclick: (e) => { e.preventDefault(); history.length; window.history.back(); } }, "‹ back"),
      " · ", el("a", { href: `#/article/${encodeURIComponent(ev.article_id)}`, id: "article-link" }, "article")),
    el("h1", { id: "event-title" }, ev.event, " ",
      ev.rejected ? el("span", { class: "badge rejected" }, "rejected") : null,
      (ev.corrected_fields || []).length ? el("span", { class: "badge corrected" }, "corrected") : null),
    el("div", { class: "legend muted" }, ["trigger", "actor", "recipient", "date", "place"].map((k) => el("span", {}, el("mark", { class: k }, k)))),
    el("p", { class: "sentence-view", id: "event-sentence" }, markedText(ev.text || "", sentenceSpans(ev))),
    el("div", { class: "grid" },
      el("section", { class: "card" }, el("h2", {}, "Record"), el("dl", { class: "fields" },
        field("Type", ev.event), field("Mode", ev.mode), field("Context", (ev.context || []).join(", ")),
        field("Actor", actorsLabel(ev.actor)), field("Recipient", actorsLabel(ev.recipient)),
        field("Date", ev.date ? `${ev.date} (${ev.date_precision || "?"}${ev.date_text ? `, "${ev.date_text}"` : ""})` : null),
        field("Place", loc ? [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") : null),
        field("Modality", ev.modality), field("Attributed to", ev.attributed_to),
        field("Quad class", ev.quad_code ? `${ev.quad_code} ${QUAD_NAMES[ev.quad_code]}` : null),
        field("Goldstein", ev.goldstein), field("PLOVER score", ev.plover_score), field("CAMEO", ev.cameo),
        field("Confidence", ev.confidence == null ? null : ev.confidence.toFixed(2)),
        field("Coder", ev.coder ? `${ev.coder.name} ${ev.coder.version || ""}` : null), field("Id", ev.id))),
      el("section", { class: "card" }, el("h2", {}, "Explanation"), el("p", { id: "event-explanation" }, ev.explanation || "—"),
        el("h2", {}, "Correct"), form,
        el("h2", {}, "History"), history.length ? el("ul", { id: "event-history" }, history) : el("p", { class: "muted" }, "No corrections."))),
  );
}

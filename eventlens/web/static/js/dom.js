// DOM helpers. Every piece of data reaches the page as a text node (never innerHTML), so article
// text such as "<script>" is shown, not run.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// For the few library APIs that take HTML strings (chart tooltips).
export function esc(value) {
  const table = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return String(value ?? "").replace(/[&<>"']/g, (ch) => table[ch]);
}

export const QUAD_NAMES = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
  unknown: "unknown",
};
export const QUAD_COLORS = { 1: "#7cc48f", 2: "#2e9d5b", 3: "#f0a04b", 4: "#c8433a", unknown: "#9aa5b1" };

export function actorLabel(actor) {
  if (!actor) return "";
  const name = actor.name || actor.text || "";
  return actor.country ? `${name} (${actor.country})` : name;
}

export function actorsLabel(actors) {
  return (actors || []).map(actorLabel).join("; ");
}

// Colour on a cooperation (+10) to conflict (-10) scale.
export function scoreColor(score) {
  if (score == null || Number.isNaN(score)) return "#9aa5b1";
  const t = Math.max(-1, Math.min(1, score / 10));
  const red = [200, 67, 58], grey = [170, 176, 184], green = [46, 157, 91];
  const [a, b, u] = t < 0 ? [grey, red, -t] : [grey, green, t];
  const mix = a.map((c, i) => Math.round(c + (b[i] - c) * u));
  return `rgb(${mix.join(",")})`;
}

export function setStatus(text) {
  document.getElementById("status").textContent = text || "";
}

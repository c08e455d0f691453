// Turn a text plus [start, end, class] spans into text nodes and <mark>s (no HTML parsing).
import { el } from "./dom.js";

export function markedText(text, spans, makeMark) {
  const sorted = spans
    .filter((s) => s.start != null && s.end != null && s.start < s.end && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping span: the earlier, longer one wins
    if (span.start > at) out.push(document.createTextNode(text.slice(at, span.start)));
    out.push(makeMark ? makeMark(span, text.slice(span.start, span.end)) : el("mark", { class: span.kind, title: span.title || span.kind }, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

// Find `needle` in `text` (case-insensitive) and return its span, or null.
export function findSpan(text, needle, kind, title) {
  if (!needle) return null;
  const i = text.toLowerCase().indexOf(String(needle).toLowerCase());
  return i < 0 ? null : { start: i, end: i + String(needle).length, kind, title };
}

// One article: its text with every event's trigger marked (click to open the event).
import { get } from "./api.js";
import { el } from "./dom.js";
import { markedText } from "./spans.js";
import { navigate } from "./state.js";

export async function renderArticle(root, id) {
  const article = await get(`/api/articles/${encodeURIComponent(id)}`);
  const spans = article.events
    .filter((e) => e.trigger_start != null)
    .map((e) => ({ start: e.trigger_start, end: e.trigger_end, kind: "event", id: e.id, title: e.event, rejected: e.rejected }));
  const mark = (span, text) => el("mark", {
    class: `event${span.rejected ? " rejected" : ""}`, title: span.title, "data-event-id": span.id,
    onclick: () => navigate("event", span.id, {}),
  }, text);
  root.replaceChildren(
    el("h1", { id: "article-title" }, article.title || article.article_id),
    el("p", { class: "muted" }, [article.publication, article.published, article.url].filter(Boolean).join(" · ")),
    el("div", { class: "grid" },
      el("section", { class: "card" }, el("h2", {}, "Text"), el("div", { class: "article-text", id: "article-text" }, markedText(article.text || "", spans, mark))),
      el("section", { class: "card" }, el("h2", {}, `Events (${article.events.length})`),
        el("ul", { id: "article-events" }, article.events.map((e) => el("li", {},
          el("a", { href: `#/event/${encodeURIComponent(e.id)}` }, e.event), ` — ${e.trigger || ""}`,
          e.rejected ? " (rejected)" : ""))))),
  );
}

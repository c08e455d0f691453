// Dashboard: timeline (brush to filter by date), clustered map over Natural Earth outlines, actor network.
import { get } from "./api.js";
import { el, esc, QUAD_NAMES, QUAD_COLORS, scoreColor } from "./dom.js";
import { navigate } from "./state.js";

let countriesPromise = null;
function countryOutlines() {
  countriesPromise ??= fetch("/static/vendor/countries-110m.geojson").then((r) => r.json());
  return countriesPromise;
}

export function renderDashboard(root, filters) {
  const byPicker = el("select", { id: "timeline-by", "aria-label": "Stack by" },
    el("option", { value: "quad" }, "by quad class"), el("option", { value: "type" }, "by event type"));
  const intervalPicker = el("select", { id: "timeline-interval", "aria-label": "Interval" },
    ["day", "week", "month", "year"].map((i) => el("option", { value: i, selected: i === "month" }, i)));
  const timelineBox = el("div", { class: "chart", id: "timeline" });
  const mapBox = el("div", { class: "mapbox", id: "map" });
  const netBox = el("div", { class: "netbox", id: "network" });
  const dateNote = filters.date_from || filters.date_to
    ? el("span", { class: "chip", id: "date-range" }, `${filters.date_from || "…"} → ${filters.date_to || "…"}`,
      " ", el("a", { href: "#", onclick: (e) => { e.preventDefault(); clearDates(filters); } }, "clear"))
    : el("span", { class: "muted" }, "drag across the chart to filter by date");
  root.replaceChildren(el("div", { class: "grid" },
    el("section", { class: "card wide" },
      el("h2", {}, "Timeline", byPicker, intervalPicker, el("span", { class: "spacer" }), dateNote), timelineBox),
    el("section", { class: "card" }, el("h2", {}, "Map", el("span", { class: "muted", id: "map-count" })), mapBox),
    el("section", { class: "card" }, el("h2", {}, "Actor network",
      el("span", { class: "muted" }, "edge colour: conflict ↔ cooperation")), netBox),
  ));
  const timeline = echarts.init(timelineBox);
  const network = echarts.init(netBox);
  const map = L.map(mapBox, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  map.attributionControl.addAttribution("Natural Earth (public domain)");

  const drawTimeline = () => loadTimeline(timeline, filters, byPicker.value, intervalPicker.value);
  byPicker.addEventListener("change", drawTimeline);
  intervalPicker.addEventListener("change", drawTimeline);
  const resize = () => { timeline.resize(); network.resize(); map.invalidateSize(); };
  window.addEventListener("resize", resize);

  drawTimeline();
  loadMap(map, filters);
  loadNetwork(network, filters);
  return () => {
    window.removeEventListener("resize", resize);
    timeline.dispose();
    network.dispose();
    map.remove();
  };
}

function clearDates(filters) {
  const next = { ...filters };
  delete next.date_from;
  delete next.date_to;
  navigate("dashboard", null, next);
}

async function loadTimeline(chart, filters, by, interval) {
  const data = await get("/api/stats/timeline", { ...filters, by, interval });
  const series = data.series.map((s) => ({
    name: by === "quad" ? QUAD_NAMES[s.key] || s.key : s.key,
    type: "bar",
    stack: "total",
    emphasis: { focus: "series" },
    itemStyle: by === "quad" ? { color: QUAD_COLORS[s.key] || QUAD_COLORS.unknown } : undefined,
    data: s.counts,
  }));
  chart.clear();
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { type: "scroll", top: 0 },
    grid: { left: 40, right: 16, top: 30, bottom: 40 },
    brush: { xAxisIndex: 0, brushType: "lineX", brushMode: "single", throttleType: "debounce", throttleDelay: 300 },
    toolbox: { feature: { brush: { type: ["lineX", "clear"] } }, right: 10, top: 20 },
    xAxis: { type: "category", data: data.periods },
    yAxis: { type: "value", minInterval: 1 },
    series,
  });
  // Brushing is the default gesture on the timeline: drag to select a date range.
  chart.dispatchAction({ type: "takeGlobalCursor", key: "brush", brushOption: { brushType: "lineX", brushMode: "single" } });
  chart.off("brushEnd");
  chart.on("brushEnd", (event) => {
    const area = event.areas && event.areas[0];
    if (!area || !area.coordRange) return;
    const [first, last] = area.coordRange.map((i) => Math.max(0, Math.min(data.periods.length - 1, i)));
    if (!data.periods.length) return;
    navigate("dashboard", null, { ...filters, date_from: data.periods[first], date_to: data.ends[last] });
  });
  chart.getDom().dataset.ready = "1"; // lets tests (and users' scripts) wait for real data
  chart.off("click");
  chart.on("click", (event) => {
    const i = event.dataIndex;
    navigate("events", null, { ...filters, date_from: data.periods[i], date_to: data.ends[i] });
  });
}

async function loadMap(map, filters) {
  const outlines = await countryOutlines();
  L.geoJSON(outlines, {
    style: { color: "#7d8b99", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const places = await get("/api/stats/places", filters);
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: (cluster) => {
      const total = cluster.getAllChildMarkers().reduce((sum, m) => sum + m.options.count, 0);
      return L.divIcon({ html: `<div class="cluster-icon">${total}</div>`, className: "", iconSize: [30, 30] });
    },
  });
  for (const place of places.places) {
    const marker = L.marker([place.lat, place.lon], {
      count: place.count,
      title: place.name || "",
      icon: L.divIcon({ html: `<div class="cluster-icon">${place.count}</div>`, className: "", iconSize: [30, 30] }),
    });
    const popup = el("div", {}, el("strong", {}, place.name || "(unnamed)"), ` ${place.country || ""}`, el("br"),
      `${place.count} events `,
      el("a", { href: "#", onclick: (e) => { e.preventDefault(); navigate("events", null, { ...filters, place: place.name || "" }); } }, "list"));
    marker.bindPopup(popup);
    clusters.addLayer(marker);
  }
  map.addLayer(clusters);
  if (places.places.length) map.fitBounds(clusters.getBounds().pad(0.2), { maxZoom: 6 });
  document.getElementById("map-count").textContent = `${places.places.length} places`;
}

async function loadNetwork(chart, filters) {
  const data = await get("/api/stats/dyads", { ...filters, limit: 60 });
  const nodes = new Map();
  for (const d of data.dyads) {
    for (const [key, label] of [[d.actor, d.actor_label], [d.recipient, d.recipient_label]]) {
      const node = nodes.get(key) || { id: key, name: label || key, value: 0 };
      node.value += d.count;
      nodes.set(key, node);
    }
  }
  const maxValue = Math.max(1, ...[...nodes.values()].map((n) => n.value));
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: (p) => p.dataType === "edge"
        ? `${esc(p.data.sourceLabel)} → ${esc(p.data.targetLabel)}<br>${p.data.count} events, mean Goldstein ${p.data.goldstein ?? "n/a"}`
        : `${esc(p.data.name)}: ${p.data.value} events`,
    },
    series: [{
      type: "graph",
      layout: "force",
      roam: true,
      draggable: true,
      force: { repulsion: 160, edgeLength: [60, 140] },
      label: { show: true, position: "right", fontSize: 11 },
      edgeSymbol: ["none", "arrow"],
      edgeSymbolSize: 6,
      data: [...nodes.values()].map((n) => ({ ...n, symbolSize: 8 + 24 * Math.sqrt(n.value / maxValue) })),
      links: data.dyads.map((d) => ({
        source: d.actor,
        target: d.recipient,
        sourceLabel: d.actor_label,
        targetLabel: d.recipient_label,
        count: d.count,
        goldstein: d.mean_goldstein == null ? null : Math.round(d.mean_goldstein * 10) / 10,
        lineStyle: { color: scoreColor(d.mean_goldstein ?? d.mean_plover_score), width: 1 + Math.log2(d.count), opacity: 0.8 },
      })),
    }],
  });
  chart.getDom().dataset.ready = "1";
  chart.off("click");
  chart.on("click", (p) => {
    if (p.dataType === "node") navigate("events", null, { ...filters, country: /^[A-Z]{3}$/.test(p.data.id) ? p.data.id : "", q: /^[A-Z]{3}$/.test(p.data.id) ? filters.q : p.data.name });
  });
}

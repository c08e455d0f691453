// Copies the browser builds of the pinned npm packages into ../static/vendor and converts
// world-atlas's Natural Earth 1:110m country TopoJSON to GeoJSON, so the UI needs no network.
// Run through ../build_vendor.sh (which does `npm ci` in a scratch folder first).
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { feature } from "topojson-client";

const modules = process.argv[2];
const out = process.argv[3];
mkdirSync(out, { recursive: true });

const copies = [
  ["echarts/dist/echarts.min.js", "echarts.min.js"],
  ["echarts/LICENSE", "LICENSE.echarts.txt"],
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet/LICENSE", "LICENSE.leaflet.txt"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["leaflet.markercluster/MIT-LICENCE.txt", "LICENSE.markercluster.txt"],
  ["world-atlas/LICENSE", "LICENSE.world-atlas.txt"],
];
for (const [src, dst] of copies) copyFileSync(join(modules, src), join(out, dst));

// Natural Earth (public domain) via world-atlas: one GeoJSON FeatureCollection of country outlines.
const topo = JSON.parse(readFileSync(join(modules, "world-atlas/countries-110m.json"), "utf8"));
const geo = feature(topo, topo.objects.countries);
// Round coordinates to 0.01 degree: far below what 1:110m resolves, and it halves the file.
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
// Rings that cross the antimeridian (Russia, Fiji, Antarctica) jump from +180 to -180 and would be
// drawn as stripes across the map: make each ring's longitudes continuous instead.
const unwrap = (ring) => {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
};
const unwrapAll = (c) => (typeof c[0][0] === "number" ? unwrap(c) : c.map(unwrapAll));
for (const f of geo.features) {
  f.geometry.coordinates = round(unwrapAll(f.geometry.coordinates));
  f.properties = { name: f.properties.name, iso_n3: f.id };
}
writeFileSync(join(out, "countries-110m.geojson"), JSON.stringify(geo));

const versions = {};
for (const name of ["echarts", "leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"]) {
  versions[name] = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version;
}
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log("vendored", versions);

/* CityTies desk: the partner map, the network view and the review page. No framework. */
(function () {
  "use strict";

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /* ---- Map: locally served world outlines, no tile server ---- */
  function initMap(el) {
    if (!window.L || el.dataset.ready) return;
    el.dataset.ready = "1";
    var cfg = readJSON(el.dataset.config);
    if (!cfg) return;
    var map = L.map(el, { attributionControl: true, zoomControl: false, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
    L.control.zoom({ position: "topright" }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth · world-atlas");
    fetch(el.dataset.outlines)
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        L.geoJSON(geo, {
          style: function (f) {
            var hi = cfg.countries && cfg.countries.indexOf(f.properties.name) >= 0;
            return { color: "#8aa1b1", weight: 0.7, fillColor: hi ? "#cfe6d8" : "#f3f1ea", fillOpacity: 1 };
          },
          interactive: false,
        }).addTo(map).bringToBack();
      })
      .catch(function () { /* the markers still show without outlines */ });
    var bounds = [];
    (cfg.links || []).forEach(function (link) {
      L.polyline([link.from, link.to], { color: "#0a6e8a", weight: 2, dashArray: "6 4", opacity: 0.8 }).addTo(map);
    });
    var markers = [];
    var few = (cfg.points || []).length <= 8;
    (cfg.points || []).forEach(function (p) {
      var colour = p.kind === "home" ? "#c2410c" : p.kind === "focus" ? "#0f4c5c" : "#0a6e8a";
      var m = L.circleMarker([p.lat, p.lon], {
        radius: p.kind === "other" ? 5 : 8, color: "#fff", weight: 2, fillColor: colour, fillOpacity: 1,
      }).addTo(map);
      if (p.url) m.on("click", function () { window.location = p.url; });
      markers.push({ marker: m, point: p });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 5 });
    else if (bounds.length === 1) map.setView(bounds[0], 4);
    else map.setView([30, 20], 1.5);
    placeLabels(map, markers, few);
  }

  /* Permanent labels go above their marker, or below, right or left of it when that place is
     taken by another label or marker (partners close together, like two cities of one province). */
  function placeLabels(map, markers, few) {
    var taken = [];
    var offsets = {
      top: function (w, h) { return [-w / 2, -h - 18]; },
      bottom: function (w) { return [-w / 2, 18]; },
      right: function (w, h) { return [18, -h / 2]; },
      left: function (w, h) { return [-w - 18, -h / 2]; },
    };
    var tooltipOffset = { top: [0, -8], bottom: [0, 8], right: [8, 0], left: [-8, 0] };
    markers.forEach(function (item) {
      var xy = map.latLngToContainerPoint(item.marker.getLatLng());
      taken.push([xy.x - 11, xy.y - 11, 22, 22]);
    });
    function free(box) {
      return taken.every(function (t) {
        return box[0] + box[2] <= t[0] || t[0] + t[2] <= box[0] || box[1] + box[3] <= t[1] || t[1] + t[3] <= box[1];
      });
    }
    markers.forEach(function (item) {
      var p = item.point;
      var permanent = few || p.kind !== "other";
      var direction = "top";
      if (permanent) {
        var xy = map.latLngToContainerPoint(item.marker.getLatLng());
        // label size in pixels: wide (CJK) characters count double
        var wide = (p.label.match(/[\u3000-\u9fff\uf900-\ufaff]/g) || []).length;
        var w = (p.label.length + wide) * 7.5 + 20, h = 30;
        var order = ["top", "bottom", "right", "left"];
        for (var k = 0; k < order.length; k++) {
          var o = offsets[order[k]](w, h);
          var box = [xy.x + o[0], xy.y + o[1], w, h];
          if (free(box)) { direction = order[k]; taken.push(box); break; }
        }
      }
      item.marker.bindTooltip(p.label, { permanent: permanent, direction: direction, offset: tooltipOffset[direction] });
    });
  }

  /* ---- Network: a small deterministic force layout drawn as SVG ---- */
  var SVGNS = "http://www.w3.org/2000/svg";

  function svgEl(name, attrs) {
    var el = document.createElementNS(SVGNS, name);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  function layout(nodes, edges, w, h) {
    var n = nodes.length, i, j, it;
    var index = {};
    nodes.forEach(function (node, k) {
      index[node.id] = k;
      var angle = (2 * Math.PI * k) / Math.max(n, 1);
      node.x = w / 2 + (w / 3) * Math.cos(angle);
      node.y = h / 2 + (h / 3) * Math.sin(angle);
      if (node.fixed) { node.x = w * node.fixed[0]; node.y = h * node.fixed[1]; }
    });
    var links = edges
      .filter(function (e) { return e.source in index && e.target in index; })
      .map(function (e) { return { s: nodes[index[e.source]], t: nodes[index[e.target]], kind: e.kind, label: e.label }; });
    var k = Math.sqrt((w * h) / Math.max(n, 1)) * 0.9;
    var temp = w / 8;
    for (it = 0; it < 300; it++) {
      nodes.forEach(function (a) { a.dx = 0; a.dy = 0; });
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          // labels run to the right, so horizontal neighbours need more room than vertical ones
          var dx = (a.x - b.x) / 1.8, dy = a.y - b.y;
          var d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
          var f = (k * k) / d;
          a.dx += (dx / d) * f; a.dy += (dy / d) * f;
          b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
        }
      }
      links.forEach(function (l) {
        var dx = l.s.x - l.t.x, dy = l.s.y - l.t.y;
        var d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
        var f = (d * d) / k;
        l.s.dx -= (dx / d) * f; l.s.dy -= (dy / d) * f;
        l.t.dx += (dx / d) * f; l.t.dy += (dy / d) * f;
      });
      nodes.forEach(function (a) {
        // a weak pull to the centre keeps unconnected groups on the canvas
        a.dx += (w / 2 - a.x) * 0.02 * k / 10; a.dy += (h / 2 - a.y) * 0.02 * k / 10;
        if (a.fixed) return;
        var d = Math.max(Math.sqrt(a.dx * a.dx + a.dy * a.dy), 0.01);
        a.x += (a.dx / d) * Math.min(d, temp);
        a.y += (a.dy / d) * Math.min(d, temp);
        // keep the label (centred above the dot) inside the canvas
        var room = 8 + 3.6 * (a.label || "").length;
        a.x = Math.min(w - room, Math.max(room, a.x));
        a.y = Math.min(h - 14, Math.max(28, a.y));
      });
      temp *= 0.985;
    }
    return links;
  }

  function initNetwork(svg) {
    if (svg.dataset.ready) return;
    svg.dataset.ready = "1";
    var graph = readJSON(svg.dataset.graph);
    if (!graph || !graph.nodes.length) return;
    var box = svg.getBoundingClientRect();
    var w = Math.max(box.width, 320), h = Math.max(box.height, 240);
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    var links = layout(graph.nodes, graph.edges, w, h);
    var gEdges = svgEl("g", {}), gNodes = svgEl("g", {});
    links.forEach(function (l) {
      var line = svgEl("line", { x1: l.s.x, y1: l.s.y, x2: l.t.x, y2: l.t.y, class: "edge edge-" + (l.kind || "tie") });
      if (l.label) { var t = svgEl("title", {}); t.textContent = l.label; line.appendChild(t); }
      gEdges.appendChild(line);
    });
    graph.nodes.forEach(function (node) {
      var g = svgEl("g", { class: "node node-" + node.kind, transform: "translate(" + node.x + "," + node.y + ")" });
      var big = node.kind === "focus" || node.kind === "home";
      var text = svgEl("text", { x: 0, y: big ? -14 : -11, "text-anchor": "middle" });
      text.textContent = node.label;
      g.appendChild(svgEl("circle", { r: big ? 9 : 6.5 }));
      g.appendChild(text);
      var title = svgEl("title", {});
      title.textContent = node.title || node.label;
      g.appendChild(title);
      if (node.url) {
        var a = svgEl("a", { href: node.url });
        a.appendChild(g);
        gNodes.appendChild(a);
      } else {
        gNodes.appendChild(g);
      }
    });
    svg.appendChild(gEdges);
    svg.appendChild(gNodes);
  }

  /* ---- Review: link each fact card to its highlighted evidence ---- */
  function activate(factId, scrollDoc) {
    document.querySelectorAll("mark.is-active").forEach(function (m) { m.classList.remove("is-active"); });
    var marks = document.querySelectorAll('mark[data-fact~="' + factId + '"]');
    marks.forEach(function (m) { m.classList.add("is-active"); });
    if (scrollDoc && marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark[data-fact]");
    if (mark) {
      var id = mark.dataset.fact.split(" ")[0];
      var card = document.getElementById("fact-" + id);
      activate(id, false);
      if (card) card.scrollIntoView({ block: "center", behavior: "smooth" });
      return;
    }
    var show = ev.target.closest("[data-show-evidence]");
    if (show) {
      ev.preventDefault();
      activate(show.dataset.showEvidence, true);
    }
  });

  function init(root) {
    (root || document).querySelectorAll(".map[data-config]").forEach(initMap);
    (root || document).querySelectorAll("svg.network[data-graph]").forEach(initNetwork);
  }

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
    // An evidence link lands on the document with its span marked: bring it into view.
    var focus = document.querySelector("#doc-text mark.is-active");
    if (focus) { focus.id = "ev"; focus.scrollIntoView({ block: "center" }); }
  });
  document.addEventListener("htmx:afterSwap", function (ev) { init(ev.target); });
})();

// bskg explorer: every article-derived string reaches the DOM through textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bskg-data").textContent);
  var UNITS = { investmentYuan: ["投资", "元"], areaKm2: ["面积", "平方公里"], heightM: ["高度", "米"], lengthKm: ["长度", "公里"] };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fmt(v) {
    if (v >= 1e8) return (v / 1e8).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + " 亿";
    return Number(v).toLocaleString("zh-CN", { maximumFractionDigits: 6 });
  }
  function quantityText(q) {
    var u = UNITS[q.property] || [q.property, ""];
    var v = fmt(q.value) + (q.max !== null && q.max !== undefined ? "–" + fmt(q.max) : "");
    return u[0] + " " + v + " " + u[1] + (q.qualifier ? "（" + q.qualifier + "）" : "") + " · 原文 " + q.text;
  }
  function highlight(sentence, names) {
    // a sentence with the given names wrapped in <mark>, built as DOM nodes
    var box = el("span");
    var forms = names.filter(function (n) { return n && n.length > 1; }).sort(function (a, b) { return b.length - a.length; });
    var i = 0, buf = "";
    while (i < sentence.length) {
      var hit = null;
      for (var k = 0; k < forms.length; k++) { if (sentence.substr(i, forms[k].length) === forms[k]) { hit = forms[k]; break; } }
      if (hit) { if (buf) { box.appendChild(document.createTextNode(buf)); buf = ""; } box.appendChild(el("mark", hit)); i += hit.length; }
      else { buf += sentence[i]; i += 1; }
    }
    if (buf) box.appendChild(document.createTextNode(buf));
    return box;
  }
  function formsOf(id) { var c = data.cards[id]; return c ? [c.name].concat(c.aliases) : []; }
  function sourceLine(articleId) {
    var a = data.articles[articleId] || {};
    return "《" + (a.title || articleId) + "》" + (a.date ? " " + a.date : "") + " · " + (a.source || articleId);
  }
  function tooltip(id) {
    var c = data.cards[id], box = el("div");
    box.appendChild(el("b", c.name));
    box.appendChild(el("div", (data.typeLabels[c.type] || c.type)));
    if (c.aliases.length) box.appendChild(el("div", "别名: " + c.aliases.join("、")));
    c.quantities.forEach(function (q) { box.appendChild(el("div", quantityText(q))); });
    var ev = [];
    data.relations.forEach(function (r) { if (r.from === id || r.to === id) r.evidence.forEach(function (e) { if (ev.indexOf(e.sentence) < 0) ev.push(e.sentence); }); });
    ev.slice(0, 3).forEach(function (s) { box.appendChild(el("div", "“" + s + "”", "evidence")); });
    return box;
  }
  function edgeTooltip(r) {
    var box = el("div");
    box.appendChild(el("b", (data.predicateLabels[r.predicate] || r.predicate) + " " + r.predicate + (r.inferred ? "（推断 inferred）" : "")));
    r.evidence.forEach(function (e) { box.appendChild(el("div", "“" + e.sentence + "”", "evidence")); });
    return box;
  }

  var relById = {};
  data.relations.forEach(function (r) { relById[r.id] = r; });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, color: n.color, value: n.value, shape: "dot", group: n.group, title: tooltip(n.id),
             font: { face: "Noto Sans CJK SC, Microsoft YaHei, sans-serif", size: 14 } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var r = relById[e.id];
    return { id: e.id, from: e.from, to: e.to, label: e.label, color: e.color, dashes: !!(r && r.inferred), arrows: "to",
             title: r ? edgeTooltip(r) : undefined, font: { size: 11, align: "middle" } };
  }));

  var state = { types: {}, predicates: {}, hideInferred: false, article: "" };
  Object.keys(data.types).forEach(function (t) { state.types[t] = true; });
  Object.keys(data.predicates).forEach(function (p) { state.predicates[p] = true; });
  function nodeVisible(n) {
    var c = data.cards[n.id];
    if (!state.types[c.type]) return false;
    if (state.article && c.articles.indexOf(state.article) < 0) return false;
    return true;
  }
  function edgeVisible(e) {
    var r = relById[e.id];
    if (!r || !state.predicates[r.predicate]) return false;
    if (state.hideInferred && r.inferred) return false;
    if (state.article && !r.evidence.some(function (x) { return x.article === state.article; })) return false;
    return true;
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    nodes: { scaling: { min: 8, max: 40 } },
    edges: { smooth: false, width: 1.2 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 110 },
               stabilization: { enabled: true, iterations: 250, updateInterval: 50 } },
    layout: { improvedLayout: data.nodes.length < 150, randomSeed: 7 }
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); document.body.dataset.ready = "1"; });
  window.bskg = { network: network, data: data, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, focus: focusNode };

  function refresh() { nodeView.refresh(); edgeView.refresh(); }

  // side panel: legend + filters
  var typesBox = document.getElementById("types");
  Object.keys(data.types).forEach(function (t) {
    var lab = el("label"), cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.dataset.type = t;
    cb.addEventListener("change", function () { state.types[t] = cb.checked; refresh(); });
    var sw = el("span", null, "swatch"); sw.style.background = data.types[t];
    var count = Object.keys(data.cards).filter(function (k) { return data.cards[k].type === t; }).length;
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode((data.typeLabels[t] || t) + " (" + count + ")"));
    typesBox.appendChild(lab);
  });
  var predBox = document.getElementById("predicates");
  Object.keys(data.predicates).forEach(function (p) {
    var lab = el("label"), cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.dataset.predicate = p;
    cb.addEventListener("change", function () { state.predicates[p] = cb.checked; refresh(); });
    var sw = el("span", null, "line"); sw.style.background = data.predicates[p];
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode((data.predicateLabels[p] || p) + " " + p));
    predBox.appendChild(lab);
  });
  document.getElementById("hide-inferred").addEventListener("change", function (ev) { state.hideInferred = ev.target.checked; refresh(); });
  var sel = document.getElementById("article");
  Object.keys(data.articles).sort().forEach(function (id) {
    var o = el("option", (data.articles[id].title || id)); o.value = id; sel.appendChild(o);
  });
  sel.addEventListener("change", function () { state.article = sel.value; refresh(); });
  document.getElementById("stats").textContent = "· " + data.nodes.length + " 实体 · " + data.edges.length + " 关系";
  if (data.omitted > 0) {
    var note = document.getElementById("notice");
    note.style.display = "block";
    note.textContent = "为保持流畅，仅显示连接最多的 " + data.nodes.length + " / " + data.total + " 个实体（省略 " + data.omitted +
      " 个）。Showing the " + data.nodes.length + " most connected of " + data.total + " entities; rebuild with --max-nodes " + data.total + " to show all.";
  }

  // search
  var list = document.getElementById("names"), names = [];
  Object.keys(data.cards).forEach(function (id) { formsOf(id).forEach(function (f) { names.push([f, id]); }); });
  names.slice(0, 5000).forEach(function (p) { var o = el("option"); o.value = p[0]; list.appendChild(o); });
  function find(q) {
    q = q.trim(); if (!q) return null;
    var exact = names.filter(function (p) { return p[0] === q; });
    if (exact.length) return exact[0][1];
    var part = names.filter(function (p) { return p[0].indexOf(q) >= 0; });
    part.sort(function (a, b) { return a[0].length - b[0].length; });
    return part.length ? part[0][1] : null;
  }
  document.getElementById("search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var id = find(ev.target.value);
    if (id) focusNode(id);
  });
  function focusNode(id) {
    if (!nodeView.get(id)) { state.types[data.cards[id].type] = true; var cb = typesBox.querySelector('[data-type="' + data.cards[id].type + '"]'); if (cb) cb.checked = true; refresh(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showCard(id);
  }

  // entity card
  function showCard(id) {
    var c = data.cards[id], card = document.getElementById("card");
    card.textContent = "";
    card.dataset.entity = id;
    card.appendChild(el("div", c.name, "name"));
    card.appendChild(el("div", data.typeLabels[c.type] || c.type, "type"));
    if (c.aliases.length) card.appendChild(el("div", "别名 aliases: " + c.aliases.join("、")));
    if (c.titles.length) card.appendChild(el("div", "职务 title: " + c.titles.join("、")));
    if (c.quantities.length) {
      card.appendChild(el("h2", "数量 Quantities"));
      var ul = el("ul"); c.quantities.forEach(function (q) { ul.appendChild(el("li", quantityText(q))); }); card.appendChild(ul);
    }
    if (c.milestones.length) {
      card.appendChild(el("h2", "里程碑 Milestones"));
      var ml = el("ul"); c.milestones.forEach(function (m) { ml.appendChild(el("li", (m.when || "日期不详") + " " + m.kind + (m.planned ? "（计划）" : ""))); }); card.appendChild(ml);
    }
    var rels = data.relations.filter(function (r) { return r.from === id || r.to === id; });
    if (rels.length) {
      card.appendChild(el("h2", "关系与证据 Relations & evidence"));
      rels.forEach(function (r) {
        var other = r.from === id ? r.to : r.from, oc = data.cards[other];
        var row = el("div");
        var dir = r.from === id ? "→ " : "← ";
        row.appendChild(document.createTextNode(dir + (data.predicateLabels[r.predicate] || r.predicate) + " (" + r.predicate + ") "));
        var a = el("a", oc ? oc.name : other, "node-link"); a.addEventListener("click", function () { focusNode(other); });
        row.appendChild(a);
        if (r.inferred) row.appendChild(el("span", " 推断 inferred", "inferred"));
        card.appendChild(row);
        r.evidence.forEach(function (e) {
          var box = el("div", null, "evidence");
          box.appendChild(highlight(e.sentence, formsOf(r.from).concat(formsOf(r.to))));
          box.appendChild(el("div", sourceLine(e.article), "src"));
          card.appendChild(box);
        });
      });
    }
    card.appendChild(el("h2", "来源 Sources"));
    var sl = el("ul"); c.articles.forEach(function (a) { sl.appendChild(el("li", sourceLine(a))); }); card.appendChild(sl);
  }
  network.on("click", function (p) { if (p.nodes.length) showCard(p.nodes[0]); });
})();

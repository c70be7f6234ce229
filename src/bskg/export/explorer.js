// bskg explorer. Every string from an article reaches the DOM through textContent (or vis-network's
// innerText tooltips), never as markup. Positions come from the build; physics stays off.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bskg-data").textContent);
  var UNITS = { investmentYuan: ["投资", "元"], areaKm2: ["面积", "平方公里"], heightM: ["高度", "米"], lengthKm: ["长度", "公里"] };
  var entities = data.entities, facts = data.facts, omitted = data.omitted;

  // ---- small DOM helpers (text only) ----
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function add(parent) { for (var i = 1; i < arguments.length; i++) parent.appendChild(arguments[i]); return parent; }
  function text(s) { return document.createTextNode(String(s)); }
  function typeLabel(t) { var x = data.types[t]; return x ? x.label + " " + t : t; }
  function predLabel(p) { var x = data.predicates[p]; return x ? x.label : p; }

  // ---- numbers and units ----
  function fmt(v) {
    if (v >= 1e8) return (v / 1e8).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + " 亿";
    if (v >= 1e4 && v % 1e4 === 0) return (v / 1e4).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + " 万";
    return Number(v).toLocaleString("zh-CN", { maximumFractionDigits: 4 });
  }
  function quantityText(q) {
    var u = UNITS[q.property] || [q.property, ""];
    var v = fmt(q.value) + (q.max !== null && q.max !== undefined ? " – " + fmt(q.max) : "");
    return u[0] + (q.qualifier ? "（" + q.qualifier + "）" : "") + " " + v + " " + u[1];
  }

  // ---- indexes ----
  var factById = {}, factsOf = {};
  facts.forEach(function (f) {
    factById[f.id] = f;
    (factsOf[f.s] = factsOf[f.s] || []).push(f);
    if (f.o !== f.s) (factsOf[f.o] = factsOf[f.o] || []).push(f);
  });
  function formsOf(id) { var c = entities[id]; return c ? [c.name].concat(c.aliases) : []; }

  // ---- the network ----
  var nodes = new vis.DataSet(data.vis.nodes);
  var edges = new vis.DataSet(data.vis.edges);
  var state = { types: {}, predicates: {}, hideInferred: false, article: "" };
  Object.keys(data.types).forEach(function (t) { state.types[t] = true; });
  Object.keys(data.predicates).forEach(function (p) { state.predicates[p] = true; });
  function nodeVisible(n) {
    var c = entities[n.id];
    if (!state.types[c.type]) return false;
    return !state.article || c.articles.indexOf(state.article) >= 0;
  }
  function edgeVisible(e) {
    var f = factById[e.id];
    if (!state.predicates[f.p] || (state.hideInferred && f.inferred)) return false;
    if (!state.types[entities[f.s].type] || !state.types[entities[f.o].type]) return false;
    return !state.article || f.evidence.some(function (x) { return x.article === state.article; });
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("network");
  // an empty network first, so the ready hook is in place before the first (and only) full draw
  var network = new vis.Network(container, {}, data.vis.options);
  network.once("afterDrawing", function () {
    // ready = drawn once and the main thread free again (the next frame has come)
    requestAnimationFrame(function () {
      window.bskgReadyAt = performance.now();
      document.documentElement.setAttribute("data-ready", "1");
    });
  });
  network.setData({ nodes: nodeView, edges: edgeView });
  network.fit({ animation: false });
  var shownEdges = edgeView.getIds();
  function refresh() { nodeView.refresh(); edgeView.refresh(); shownEdges = edgeView.getIds(); indexShown(); rankBiggest(); }

  // Edge labels, drawn here rather than by vis-network (which measures and rotates every edge
  // label on every frame): the selected entity's relations always, all edges on screen once zoomed
  // in. Canvas text is never markup.
  var EL = data.edgeLabels, shownSet = {};
  function indexShown() { shownSet = {}; shownEdges.forEach(function (id) { shownSet[id] = true; }); }
  indexShown();
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), selected = network.getSelectedNodes();
    var mine = selected.length ? (factsOf[selected[0]] || []).filter(function (f) { return shownSet[f.id]; }) : [];
    var all = scale >= EL.minScale ? shownEdges : [];
    if (!mine.length && !all.length) return;
    var body = network.body.nodes, tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    var minLength = EL.minLength / scale, done = {}, drawn = 0;
    ctx.save();
    ctx.font = Math.min(EL.size, 18 / scale) + "px " + EL.font;
    ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.lineJoin = "round";
    ctx.lineWidth = 3 / Math.max(scale, 0.3); ctx.strokeStyle = "rgba(255,255,255,0.92)";
    function label(f, always) {
      var a = body[f.s], b = body[f.o];
      if (done[f.id] || !a || !b) return;
      var x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
      if (x < tl.x || x > br.x || y < tl.y || y > br.y) return;
      if (!always && Math.abs(a.x - b.x) + Math.abs(a.y - b.y) < minLength) return;
      done[f.id] = true; drawn++;
      ctx.strokeText(predLabel(f.p), x, y);
      ctx.fillStyle = data.predicates[f.p].color;
      ctx.fillText(predLabel(f.p), x, y);
    }
    mine.forEach(function (f) { label(f, true); });
    for (var i = 0; i < all.length && drawn < EL.max; i++) label(factById[all[i]], false);
    ctx.restore();
  });

  // Map labels: zoomed out, vis-network skips labels under drawThreshold px; write the names of the
  // biggest entities on screen at a readable size instead, like place names on a map.
  var scaling = data.vis.options.nodes.scaling, biggest = [], valueRange = [0, 1];
  function rankBiggest() {
    var vs = nodes.get({ fields: ["id", "value"] });
    var values = vs.map(function (n) { return n.value || 0; });
    valueRange = [Math.min.apply(null, values.concat([0])), Math.max.apply(null, values.concat([1]))];
    var shownNodes = {};
    nodeView.getIds().forEach(function (id) { shownNodes[id] = true; });
    biggest = vs.filter(function (n) { return shownNodes[n.id] && n.value > 0; })
      .sort(function (a, b) { return b.value - a.value; });
  }
  function scaled(v, lo, hi) {
    var span = valueRange[1] - valueRange[0];
    return lo + (hi - lo) * (span ? Math.max(0, (v - valueRange[0]) / span) : 0.5);
  }
  rankBiggest();
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), body = network.body.nodes, written = 0;
    var tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.font = "600 " + 13 / scale + "px " + EL.font;
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    ctx.lineWidth = 4 / scale; ctx.strokeStyle = "rgba(255,255,255,0.95)"; ctx.fillStyle = "#1d2733";
    var taken = [], h = 16 / scale;
    for (var i = 0; i < biggest.length && written < data.mapLabels; i++) {
      var n = biggest[i], b = body[n.id];
      if (!b || b.x < tl.x || b.x > br.x || b.y < tl.y || b.y > br.y) continue;
      if (scaled(n.value, scaling.label.min, scaling.label.max) * scale >= scaling.label.drawThreshold) continue;  // vis writes it
      var name = entities[n.id].name, y = b.y + scaled(n.value, scaling.min, scaling.max) + 3 / scale;
      var half = ctx.measureText(name).width / 2 + 4 / scale;
      if (taken.some(function (r) { return b.x - half < r[2] && b.x + half > r[0] && y < r[3] && y + h > r[1]; })) continue;
      taken.push([b.x - half, y, b.x + half, y + h]);  // bigger entities first: a smaller one never hides them
      ctx.strokeText(name, b.x, y);
      ctx.fillText(name, b.x, y);
      written++;
    }
    ctx.restore();
  });

  // ---- stats, notice of what was left out ----
  document.getElementById("stats").textContent = omitted.shown + " 个实体 entities · " + facts.length +
    " 条关系 relations · " + Object.keys(data.articles).length + " 篇文章 articles";
  if (omitted.count > 0) {
    var note = document.getElementById("notice");
    note.style.display = "block";
    var parts = Object.keys(omitted.byType).map(function (t) { return omitted.byType[t] + " " + (data.types[t] ? data.types[t].label : t); });
    add(note,
      text("只显示关系最多的 " + omitted.shown + " / " + omitted.total + " 个实体；未显示 " + omitted.count + " 个（" + parts.join("、") +
           "）及其 " + omitted.facts + " 条关系。Showing the " + omitted.shown + " most connected of " + omitted.total +
           " entities; to show all, rebuild with "),
      el("code", "bskg build … --max-nodes " + omitted.total), text("."));
  }

  // ---- side panel: filters double as the legend ----
  function countBy(key) {
    var out = {};
    Object.keys(entities).forEach(function (id) { var v = entities[id][key]; out[v] = (out[v] || 0) + 1; });
    return out;
  }
  var typeCounts = countBy("type"), predCounts = {};
  facts.forEach(function (f) { predCounts[f.p] = (predCounts[f.p] || 0) + 1; });
  var typesBox = document.getElementById("types");
  Object.keys(data.types).forEach(function (t) {
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.setAttribute("data-type", t);
    cb.addEventListener("change", function () { state.types[t] = cb.checked; refresh(); });
    var sw = el("span", null, "swatch"); sw.style.background = data.types[t].color;
    add(typesBox, add(el("label"), cb, sw, text(typeLabel(t) + " "), el("span", (typeCounts[t] || 0), "count")));
  });
  var predBox = document.getElementById("predicates");
  Object.keys(data.predicates).forEach(function (p) {
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.setAttribute("data-predicate", p);
    cb.addEventListener("change", function () { state.predicates[p] = cb.checked; refresh(); });
    var sw = el("span", null, "line"); sw.style.borderColor = data.predicates[p].color;
    var lab = add(el("label"), cb, sw, text(predLabel(p) + " "), el("span", (predCounts[p] || 0), "count"));
    lab.title = p;
    predBox.appendChild(lab);
  });
  document.getElementById("hide-inferred").addEventListener("change", function (ev) { state.hideInferred = ev.target.checked; refresh(); });
  var articleSel = document.getElementById("article");
  Object.keys(data.articles).sort(function (a, b) {
    return (data.articles[b].date || "").localeCompare(data.articles[a].date || "") || a.localeCompare(b);
  }).forEach(function (id) {
    var a = data.articles[id], o = el("option", (a.date ? a.date + " " : "") + (a.title || id));
    o.value = id; articleSel.appendChild(o);
  });
  articleSel.addEventListener("change", function () { state.article = articleSel.value; refresh(); });

  // ---- legend under the map ----
  (function legend() {
    var box = document.getElementById("legend");
    function item(swatch, label) { return add(el("span", null, "item"), swatch, text(label)); }
    box.appendChild(el("b", "颜色 实体类型"));
    Object.keys(data.types).forEach(function (t) {
      var sw = el("span", null, "swatch"); sw.style.background = data.types[t].color;
      box.appendChild(item(sw, typeLabel(t)));
    });
    box.appendChild(el("b", "连线 关系"));
    Object.keys(data.predicates).forEach(function (p) {
      if (!predCounts[p]) return;
      var sw = el("span", null, "line"); sw.style.borderColor = data.predicates[p].color;
      box.appendChild(item(sw, predLabel(p)));
    });
    var dash = el("span", null, "line dashed"); dash.style.borderColor = "#8a96a1";
    box.appendChild(item(dash, "推断 inferred"));
    box.appendChild(el("span", "大小 = 关系数 / 投资额 · 滚轮缩放 · 拖动平移", "muted"));
  })();

  // ---- node size: degree or investment ----
  function sizeBy(mode) {
    nodes.update(Object.keys(entities).map(function (id) {
      var c = entities[id], v = mode === "investment" ? (c.investment ? 1 + Math.log10(1 + c.investment / 1e6) : 0) : c.degree;
      return { id: id, value: v };
    }));
    rankBiggest();
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[name=size]"), function (r) {
    r.addEventListener("change", function () { if (r.checked) sizeBy(r.value); });
  });

  // ---- search: name or alias, partial match, NFKC and case folded ----
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  var index = [];
  Object.keys(entities).forEach(function (id) {
    formsOf(id).forEach(function (f, i) { index.push({ key: norm(f), form: f, id: id, alias: i > 0, degree: entities[id].degree }); });
  });
  omitted.names.forEach(function (n) {
    [n[0]].concat(n[3]).forEach(function (f, i) { index.push({ key: norm(f), form: f, id: null, name: n[0], type: n[1], alias: i > 0, degree: n[2] }); });
  });
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var hits = [];
    index.forEach(function (h) {
      var at = h.key.indexOf(q);
      if (at < 0) return;
      hits.push({ h: h, rank: (h.key === q ? 0 : at === 0 ? 1 : 2) + (h.id ? 0 : 3) });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || b.h.degree - a.h.degree || a.h.key.length - b.h.key.length; });
    var seen = {}, out = [];
    hits.forEach(function (x) {
      var key = x.h.id || ("omitted:" + x.h.name);
      if (!seen[key] && out.length < 12) { seen[key] = 1; out.push(x.h); }
    });
    return out;
  }
  var searchBox = document.getElementById("search"), resultsBox = document.getElementById("results"), msg = document.getElementById("search-msg");
  function showResults(hits) {
    resultsBox.textContent = ""; msg.textContent = "";
    hits.forEach(function (h, i) {
      var li = el("li", null, h.id ? (i === 0 ? "active" : "") : "omitted");
      if (h.id) {
        var c = entities[h.id], sw = el("span", null, "swatch"); sw.style.background = data.types[c.type].color;
        add(li, sw, text(c.name), el("span", (h.alias ? "别名 " + h.form + " · " : "") + data.types[c.type].label, "hint"));
        li.addEventListener("click", function () { focusNode(h.id); });
      } else {
        add(li, text(h.name), el("span", "未显示（关系较少）— --max-nodes " + omitted.total, "hint"));
      }
      resultsBox.appendChild(li);
    });
  }
  searchBox.addEventListener("input", function () { showResults(search(searchBox.value)); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    ev.preventDefault();
    var hits = search(searchBox.value), drawn = hits.filter(function (h) { return h.id; });
    showResults(hits);
    if (drawn.length) focusNode(drawn[0].id);
    else if (hits.length) msg.textContent = "“" + hits[0].name + "” 未画出：它不在关系最多的 " + omitted.shown + " 个实体中；用 --max-nodes " + omitted.total + " 重新构建。";
    else if (searchBox.value.trim()) msg.textContent = "没有找到 no match";
  });

  function focusNode(id) {
    var c = entities[id];
    if (!state.types[c.type]) {
      state.types[c.type] = true;
      var cb = typesBox.querySelector('input[data-type="' + c.type + '"]'); if (cb) cb.checked = true;
    }
    if (state.article && c.articles.indexOf(state.article) < 0) { state.article = ""; articleSel.value = ""; }
    refresh();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    showCard(id);
  }

  // ---- cards ----
  function highlight(sentence, names) {
    // the sentence as text nodes, with every form of the two entities wrapped in <mark>
    var box = el("span"), forms = names.filter(function (n) { return n && n.length > 1; })
      .sort(function (a, b) { return b.length - a.length; });
    var i = 0, buf = "";
    while (i < sentence.length) {
      var hit = null;
      for (var k = 0; k < forms.length; k++) { if (sentence.substr(i, forms[k].length) === forms[k]) { hit = forms[k]; break; } }
      if (hit) { if (buf) { box.appendChild(text(buf)); buf = ""; } box.appendChild(el("mark", hit)); i += hit.length; }
      else { buf += sentence[i]; i += 1; }
    }
    if (buf) box.appendChild(text(buf));
    return box;
  }
  function sourceLine(articleId) {
    var a = data.articles[articleId] || {}, box = el("div", null, "src");
    box.appendChild(text("《" + (a.title || articleId) + "》" + (a.date ? " " + a.date : "") + " · "));
    var src = a.source || articleId;
    if (/^https?:\/\//i.test(src)) {
      var link = el("a", src); link.href = src; link.target = "_blank"; link.rel = "noopener noreferrer";
      box.appendChild(link);
    } else box.appendChild(text(src));
    return box;
  }
  function evidenceBox(ev, forms) {
    return add(el("div", null, "evidence"), highlight(ev.sentence, forms), sourceLine(ev.article));
  }
  function entityLink(id) {
    var c = entities[id], a = el("a", c ? c.name : id, "node-link");
    a.href = "#"; a.addEventListener("click", function (ev) { ev.preventDefault(); focusNode(id); });
    return a;
  }
  function factRow(f, from) {
    var row = el("div", null, "rel");
    if (from === f.s) add(row, text("→ " + predLabel(f.p) + " " + f.p + " "), entityLink(f.o));
    else if (from === f.o) add(row, text("← " + predLabel(f.p) + " " + f.p + " "), entityLink(f.s));
    else add(row, entityLink(f.s), text(" —" + predLabel(f.p) + " " + f.p + "→ "), entityLink(f.o));
    if (f.inferred) row.appendChild(el("span", "推断 inferred", "tag"));
    var forms = formsOf(f.s).concat(formsOf(f.o));
    f.evidence.forEach(function (ev) { row.appendChild(evidenceBox(ev, forms)); });
    return row;
  }
  function resetCard(kind, id) {
    var card = document.getElementById("card");
    card.textContent = "";
    card.setAttribute("data-kind", kind); card.setAttribute("data-id", id);
    return card;
  }
  function showCard(id) {
    var c = entities[id], card = resetCard("entity", id);
    add(card, el("div", c.name, "name"), el("div", typeLabel(c.type) + " · " + c.degree + " 条关系", "type"));
    if (c.aliases.length) card.appendChild(el("div", "别名 aliases：" + c.aliases.join("、")));
    if (c.titles.length) card.appendChild(el("div", "职务 titles：" + c.titles.join("、")));
    if (c.quantities.length) {
      card.appendChild(el("h2", "数量 QUANTITIES"));
      var ul = el("ul");
      c.quantities.forEach(function (q) {
        var li = el("li", quantityText(q)); li.appendChild(el("span", " 原文“" + q.text + "”", "muted"));
        if (q.evidence.length) li.title = q.evidence[0].sentence;
        ul.appendChild(li);
      });
      card.appendChild(ul);
    }
    if (c.milestones.length) {
      card.appendChild(el("h2", "里程碑 MILESTONES"));
      var ml = el("ul");
      c.milestones.slice().sort(function (a, b) { return (a.when || "9").localeCompare(b.when || "9"); }).forEach(function (m) {
        var li = el("li", (m.when || "日期不详") + " " + m.kind + (m.planned ? "（计划 planned）" : ""));
        li.appendChild(el("span", " 原文“" + m.text + "”", "muted"));
        if (m.evidence.length) li.title = m.evidence[0].sentence;
        ml.appendChild(li);
      });
      card.appendChild(ml);
    }
    var rels = factsOf[id] || [];
    if (rels.length) {
      card.appendChild(el("h2", "关系与证据 RELATIONS & EVIDENCE (" + rels.length + ")"));
      rels.forEach(function (f) { card.appendChild(factRow(f, id)); });
    }
    var hidden = c.degree - rels.length;
    if (hidden > 0 && omitted.count > 0) card.appendChild(el("div", "另有 " + hidden + " 条关系连到未显示的实体（--max-nodes " + omitted.total + "）", "muted"));
    card.appendChild(el("h2", "来源文章 SOURCES"));
    c.articles.forEach(function (a) { card.appendChild(sourceLine(a)); });
  }
  function showFact(fid) {
    var f = factById[fid], card = resetCard("fact", fid);
    add(card, el("div", predLabel(f.p) + " " + f.p, "name"), el("div", "关系 relation" + (f.inferred ? " · 推断 inferred" : ""), "type"));
    card.appendChild(factRow(f, null));
  }
  network.on("click", function (p) {
    if (p.nodes.length) showCard(p.nodes[0]);
    else if (p.edges.length) showFact(p.edges[0]);
  });

  // for tests and the benchmark: the network and the views as the user sees them
  window.bskg = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
                  focus: focusNode, search: search, data: data };
})();

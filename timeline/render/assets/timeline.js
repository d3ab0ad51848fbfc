/* Draws one timeline: called with its root element (see timeline/render/page.py) from a
   script that sits before the events table, so the chart draws before the table is parsed;
   hover card and search start once it is (data-drawn, then data-ready on the root).
   Article text lives once, in the table; the JSON blob adds each event's dates and sources.
   The table's row chunks come as escaped markup inside <noscript> elements (the table itself
   without JavaScript); after the chart has painted they are parsed in an inert <template> and
   swapped in a few per idle slice (data-table="complete" on the root once all are), or at
   once when a row is needed before its turn.  That markup is ours, every article string in it
   escaped: it holds no element that could run or load anything.
   The hover card and the sources panel are built on demand from the table cells and the blob
   with textContent: article text never goes through innerHTML or plotly's HTML-ish text
   rendering, so markup in it shows literally.  Sorting moves the table rows; rows[i] stays
   the row of event i.
   With WebGL traces (many events) the chart is drawn in two passes, the WebGL points only in
   the second, so that they are drawn once (see draw()); the range slider then shows events
   per period, and above SHARE_LIMIT events identical marks are drawn once (shareMarks()). */
(function (root) {
  "use strict";
  var COLUMNS = { date: 0, title: 1, status: 2, precision: 3, source: 4, sentence: 5 };
  var SORTABLE = 5;  /* the first five columns */
  var chart = root.querySelector(".tl-chart");
  var panel = root.querySelector(".tl-panel");
  var wrap = null, size = 0;  /* the table (after this script), rows per chunk */
  var holders = null;  /* per chunk: its <noscript> until swapped in, then null */
  var waiting = 0;  /* chunks not swapped in yet */
  var rows = [];  /* the table rows in event order, as they are swapped in */
  var tabStop = null;  /* the one row in the tab order */
  var payload = JSON.parse(root.querySelector(".tl-data").textContent);
  var documents = payload.documents;  /* [name, dct, url] */
  /* [start, end, [[document, sentence, from, to, attribution?], ...], salience rank] */
  var events = payload.events;
  var original = payload.figure.data;
  var lowered = null;
  var card = document.createElement("div");

  /* Swap chunk k's rows in from its <noscript> (our escaped markup, parsed inert). */
  function build(k) {
    var holder = holders[k];
    if (!holder) { return; }
    holders[k] = null;
    waiting -= 1;
    var template = document.createElement("template");
    template.innerHTML = holder.textContent;
    var chunk = template.content.querySelector(".tl-chunk");
    Array.prototype.forEach.call(chunk.querySelectorAll("tbody tr"), function (row, j) {
      rows[k * size + j] = row;
    });
    holder.replaceWith(chunk);
    if (k === 0 && rows[0] && !tabStop) { tabStop = rows[0]; tabStop.tabIndex = 0; }  /* see keyboard() */
    if (waiting === 0) { root.setAttribute("data-table", "complete"); }
  }

  function buildAll() {
    findTable();
    for (var k = 0; waiting > 0 && k < holders.length; k += 1) { build(k); }
  }

  /* The row of event i, swapping its chunk in if it is not yet (rows are in event order then). */
  function row(i) {
    if (!rows[i]) { findTable(); build(Math.floor(i / size)); }
    return rows[i];
  }

  /* Swap the chunks in, in order, a few per idle slice. */
  function buildLater() {
    var next = 0;
    var idle = window.requestIdleCallback || function (callback) {
      return setTimeout(function () { callback({ timeRemaining: function () { return 8; } }); }, 1);
    };
    function step(deadline) {
      do { build(next); next += 1; } while (next < holders.length && deadline.timeRemaining() > 4);
      if (next < holders.length) { idle(step); }
    }
    if (waiting > 0) { idle(step); }
  }

  /* Find the table and its chunks (once the page is parsed). */
  function findTable() {
    if (holders !== null) { return; }
    wrap = root.querySelector(".tl-table-wrap");
    size = Number(wrap.getAttribute("data-chunk"));
    holders = Array.prototype.slice.call(wrap.querySelectorAll("noscript.tl-rows"));
    waiting = holders.length;
    if (waiting === 0) { root.setAttribute("data-table", "complete"); }
    window.addEventListener("beforeprint", buildAll);
  }

  var started = false;
  function startTable() {
    findTable();
    if (!started) { started = true; buildLater(); }
  }

  function cell(i, column) {
    return row(i).cells[COLUMNS[column]].textContent;
  }

  function line(className, text, tag) {
    var element = document.createElement(tag || "div");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function fill(element, children) {
    element.replaceChildren.apply(element, children);
  }

  /* "according to X" when a source reports what X said, else nothing. */
  function attribution(className, source, tag) {
    return source && source[4] ? [line(className, "according to " + source[4], tag)] : [];
  }

  /* Fill the hover card with event i and put it beside the hovered point. */
  function showCard(i, point) {
    fill(card, [
      line("tl-card-title", cell(i, "title")),
      line("tl-card-when", cell(i, "date") + " (" + cell(i, "precision") + ") · " + cell(i, "status")),
      line("tl-card-sentence", cell(i, "sentence"))
    ].concat(attribution("tl-card-attribution", events[i][2][0]),
      [line("tl-card-source", cell(i, "source"))],
      shared[i] ? [line("tl-card-more", "+" + shared[i].length + " more here (same dates, same row)")] : []));
    card.style.borderColor = point.fullData.marker && typeof point.fullData.marker.color === "string"
      ? point.fullData.marker.color : point.fullData.line.color;
    card.hidden = false;
    var x = point.xaxis._offset + point.xaxis.d2p(point.x), y = point.yaxis._offset + point.yaxis.d2p(point.y);
    var width = chart.clientWidth, left = x + 14;
    if (left + card.offsetWidth > width) { left = Math.max(0, x - 14 - card.offsetWidth); }
    card.style.left = chart.offsetLeft + left + "px";
    card.style.top = chart.offsetTop + Math.max(0, y - card.offsetHeight / 2) + "px";
  }

  function hoverCard() {
    card.className = "tl-card";
    card.hidden = true;
    card.setAttribute("role", "tooltip");
    root.appendChild(card);
    chart.on("plotly_hover", function (event) {
      var point = event.points[0];
      if (point.customdata !== null && point.customdata !== undefined) { showCard(point.customdata, point); }
    });
    chart.on("plotly_unhover", function () { card.hidden = true; });
  }

  /* One source of the panel: name (a link only to http(s)), date, sentence with its time marked. */
  function sourceItem(source, i) {
    var item = document.createElement("li");
    var doc = documents[source[0]], url = doc[2] || "";
    var sentence = source[1] === null ? cell(i, "sentence") : source[1];
    var name = line("tl-panel-name", doc[0], /^https?:\/\//i.test(url) ? "a" : "span");
    if (name.tagName === "A") { name.href = url; name.rel = "noopener noreferrer"; }
    var heading = line("tl-panel-source", "");
    heading.append(name);
    if (doc[1]) { heading.append(" · ", line("tl-panel-dct", doc[1], "span")); }
    var text = line("tl-panel-sentence", "", "p");
    if (source[2] === null) { text.textContent = sentence; }
    else {
      text.append(sentence.slice(0, source[2]), line("", sentence.slice(source[2], source[3]), "mark"),
        sentence.slice(source[3]));
    }
    item.append.apply(item, [heading].concat(attribution("tl-panel-attribution", source, "p"), [text]));
    return item;
  }

  var opener = null, selected = null;
  function select(row) {
    if (selected) { selected.classList.remove("tl-selected"); }
    selected = row;
    if (row) { row.classList.add("tl-selected"); }
  }

  function openPanel(i) {
    panel.querySelector(".tl-panel-title").textContent = cell(i, "title");
    panel.querySelector(".tl-panel-when").textContent =
      cell(i, "date") + " (" + cell(i, "precision") + ") · " + cell(i, "status");
    var items = events[i][2].map(function (source) { return sourceItem(source, i); });
    fill(panel.querySelector(".tl-panel-sources"), items);
    select(row(i));
    if (panel.hidden) { opener = document.activeElement; }
    panel.hidden = false;
    panel.querySelector(".tl-panel-close").focus();
  }

  function closePanel() {
    if (panel.hidden) { return; }
    panel.hidden = true;
    select(null);
    if (opener && opener.focus) { opener.focus(); }
  }

  function sourcePanel() {
    chart.on("plotly_click", function (event) {
      var point = event.points[0];
      if (point.customdata !== null && point.customdata !== undefined) { openPanel(point.customdata); }
    });
    findTable();
    wrap.addEventListener("click", function (event) {
      var clicked = event.target.closest(".tl-chunk tr");
      if (clicked && !event.target.closest("a")) {
        focusRow(clicked);  /* where focus returns when the panel closes */
        openPanel(rows.indexOf(clicked));
      }
    });
    keyboard();
    panel.querySelector(".tl-panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") { closePanel(); } });
  }

  function focusRow(tr) {
    if (!tr.hasAttribute("tabindex")) { tr.tabIndex = -1; }
    tr.focus({ preventScroll: true });
  }

  /* The row shown after (step 1) or before (step -1) tr, swapping its chunk in if need be. */
  function nextRow(tr, step) {
    var near = step > 0 ? tr.nextElementSibling : tr.previousElementSibling;
    var box = tr.closest(".tl-chunk");
    while (!near && box) {
      box = step > 0 ? box.nextElementSibling : box.previousElementSibling;
      if (box && box.tagName === "NOSCRIPT") {
        var k = holders.indexOf(box);
        build(k);
        box = rows[k * size].closest(".tl-chunk");
      }
      var list = box && box.classList.contains("tl-chunk") ? box.querySelectorAll("tbody tr") : [];
      near = list.length ? list[step > 0 ? 0 : list.length - 1] : null;
    }
    return near && near.hidden ? nextRow(near, step) : near;
  }

  /* Keyboard: the table is one tab stop (a row); arrow keys move between the rows shown,
     Enter or Space opens the row's sources (focus comes back to it when the panel closes). */
  function keyboard() {
    var caption = wrap.querySelector("caption");
    caption.append(line("tl-hint", " · a row's sources: click it, or Enter (arrow keys move)", "span"));
    wrap.addEventListener("keydown", function (event) {
      var tr = event.target;
      if (!tr.matches || !tr.matches(".tl-chunk tr")) { return; }
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openPanel(rows.indexOf(tr));
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        var near = nextRow(tr, event.key === "ArrowDown" ? 1 : -1);
        event.preventDefault();
        if (near) { focusRow(near); near.scrollIntoView({ block: "nearest" }); }
      }
    });
    wrap.addEventListener("focusin", function (event) {  /* the focused row is the tab stop */
      var tr = event.target;
      if (!tr.matches || !tr.matches(".tl-chunk tr")) { return; }
      if (tabStop && tabStop !== tr) { tabStop.tabIndex = -1; }
      tabStop = tr;
      tr.tabIndex = 0;
    });
  }

  /* Header buttons sort the rows by a column; a second click on it reverses the order. */
  function sortable() {
    var headers = root.querySelectorAll(".tl-head th");
    var chunks = null, sizes = null;
    var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
    var keys = {};
    function sortBy(column, direction) {
      if (chunks === null) {  /* every row in its place first */
        buildAll();
        chunks = root.querySelectorAll(".tl-chunk tbody");
        sizes = Array.prototype.map.call(chunks, function (tbody) { return tbody.rows.length; });
      }
      var order = rows.map(function (_, i) { return i; });
      if (column > 0) {  /* rows are in date order already */
        var key = keys[column] || order.map(function (i) { return rows[i].cells[column].textContent; });
        keys[column] = key;
        order.sort(function (a, b) { return collator.compare(key[a], key[b]) || a - b; });
      }
      if (direction === "descending") { order.reverse(); }
      var at = 0;  /* each chunk keeps its number of rows */
      chunks.forEach(function (tbody, k) {
        fill(tbody, order.slice(at, at += sizes[k]).map(function (i) { return rows[i]; }));
      });
      headers.forEach(function (th) { th.removeAttribute("aria-sort"); });
      headers[column].setAttribute("aria-sort", direction);
    }
    headers.forEach(function (th, column) {
      if (column >= SORTABLE) { return; }
      var button = line("tl-sort", th.textContent, "button");
      button.type = "button";
      th.replaceChildren(button);
      button.addEventListener("click", function () {
        sortBy(column, th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending");
      });
    });
  }

  /* A copy of trace keeping the points whose event is kept (and one gap between spans). */
  function filterTrace(trace, keep) {
    var index = [], last = null;
    trace.customdata.forEach(function (event, p) {
      if (event === null ? last !== null : keep[event]) { index.push(p); last = event; }
    });
    return pickPoints(trace, index);
  }

  /* A copy of trace with the points at index only (per-point arrays picked). */
  function pickPoints(trace, index) {
    function pick(array) { return index.map(function (p) { return array[p]; }); }
    function copy(object) {
      var result = {};
      Object.keys(object).forEach(function (key) {
        var value = object[key];
        result[key] = Array.isArray(value) && value.length === trace.x.length ? pick(value) : value;
      });
      return result;
    }
    var filtered = copy(trace);
    if (trace.marker) { filtered.marker = copy(trace.marker); }
    return filtered;
  }

  /* Above SHARE_LIMIT events, identical marks (same dates, row and symbol in one trace) are
     drawn once: software WebGL pays per primitive, and 100k events repeat many a mark.  The
     mark's point belongs to its first event; shared[first] lists the others (hover says so). */
  var SHARE_LIMIT = 20000;
  var shared = {};

  function shareMarks(data) {
    shared = {};
    chart.tlShared = shared;  /* for tests */
    if (events.length <= SHARE_LIMIT) { return data; }
    return data.map(function (trace) {
      if (trace.type !== "scattergl") { return trace; }
      var seen = new Map(), index = [], run = [];
      var symbols = trace.marker && Array.isArray(trace.marker.symbol) ? trace.marker.symbol : null;
      function end() {  /* a run: the points of one mark, with the gap after it */
        if (!run.length) { return; }
        var key = run.map(function (p) {
          return trace.x[p] + " " + trace.y[p] + " " + (symbols ? symbols[p] : "");
        }).join();
        var event = trace.customdata[run[0]], first = seen.get(key);
        if (event !== null && first !== undefined) { (shared[first] = shared[first] || []).push(event); }
        else {
          if (event !== null) { seen.set(key, event); }
          index.push.apply(index, run);
        }
        run = [];
      }
      trace.customdata.forEach(function (event, p) {
        run.push(p);
        if (event === null || trace.mode.indexOf("lines") === -1) { end(); }
      });
      end();
      return pickPoints(trace, index);
    });
  }

  /* With WebGL traces the range slider (it draws SVG traces only) would be empty: it gets the
     number of events per period instead (an event known to the month or year spread over its
     period), as bars on a y axis of their own that the chart keeps out of view. */
  var OVERVIEW_BINS = 200;
  var overviewBins = null;

  function time(iso) {  /* ms of an ISO date (any year) */
    var found = /^([+-]?\d+)-(\d\d)-(\d\d)/.exec(iso);
    if (!found) { return NaN; }
    var day = new Date(Date.UTC(2000, Number(found[2]) - 1, Number(found[3])));
    day.setUTCFullYear(Number(found[1]));
    return day.getTime();
  }

  /* The overview trace of the events kept (all without keep). */
  function overview(keep) {
    if (overviewBins === null) {
      var starts = events.map(function (event) { return time(event[0]); });
      var stops = events.map(function (event) { return time(event[1]) + 864e5; });  /* after the last day */
      var low = starts.reduce(function (a, b) { return isFinite(b) && b < a ? b : a; }, Infinity);
      var high = stops.reduce(function (a, b) { return isFinite(b) && b > a ? b : a; }, -Infinity);
      var width = Math.max((high - low) / OVERVIEW_BINS, 864e5);
      var middles = [];
      for (var b = 0; b * width < high - low; b += 1) { middles.push(low + (b + 0.5) * width); }
      overviewBins = { starts: starts, stops: stops, low: low, width: width, middles: middles };
    }
    var bins = overviewBins, counts = bins.middles.map(function () { return 0; });
    bins.starts.forEach(function (start, i) {
      var stop = bins.stops[i];
      if (!isFinite(start) || !isFinite(stop) || (keep && !keep[i])) { return; }
      var from = (start - bins.low) / bins.width, to = (stop - bins.low) / bins.width;
      for (var b = Math.floor(from); b < to && b < counts.length; b += 1) {  /* its share of each bin */
        counts[b] += (Math.min(to, b + 1) - Math.max(from, b)) / (to - from);
      }
    });
    return {
      type: "bar", name: "events per period", meta: "overview", x: bins.middles, y: counts,
      width: bins.width, yaxis: "y2", customdata: [], hoverinfo: "skip", showlegend: false,
      marker: { color: payload.figure.layout.font.color, line: { width: 0 } }, opacity: 0.35
    };
  }

  function addOverview(layout) {
    var trace = overview(null), most = Math.max.apply(null, trace.y.concat([1]));
    original.push(trace);
    layout.yaxis2 = { overlaying: "y", visible: false, fixedrange: true, range: [-2, -1] };
    layout.xaxis.rangeslider.yaxis2 = { rangemode: "fixed", range: [0, most * 1.1] };
  }

  function wire() {
    var controls = root.querySelector(".tl-controls");
    var input = root.querySelector(".tl-search");
    var status = root.querySelector(".tl-status");
    var from = root.querySelector(".tl-from");
    var to = root.querySelector(".tl-to");
    var top = root.querySelector(".tl-top");  /* only when there are enough events */
    var count = root.querySelector(".tl-count");
    var timer = null;
    var notes = (chart.layout.annotations || []).slice();  /* labels of salient events: name "event<i>" */
    /* The annotations to show: an event's label only while its event is kept. */
    function shownNotes(keep) {
      return notes.filter(function (note) {
        var event = /^event(\d+)$/.exec(note.name || "");
        return !keep || !event || keep[Number(event[1])];
      });
    }
    /* Keep the events matching the text, the status and overlapping the date range; of those,
       with "top N", the N most salient. */
    function apply() {
      var query = input.value.trim().toLowerCase();
      var most = top && top.value ? Number(top.value) : Infinity;
      var filtering = query || status.value || from.value || to.value || most < Infinity;
      if (lowered === null) {
        buildAll();
        lowered = rows.map(function (tr) { return tr.textContent.toLowerCase(); });
      }
      var keep = lowered.map(function (text, i) {
        return text.indexOf(query) !== -1 && (!status.value || cell(i, "status") === status.value) &&
          (!from.value || events[i][1] >= from.value) && (!to.value || events[i][0] <= to.value);
      });
      if (most < Infinity) {
        var kept = [];
        keep.forEach(function (isKept, i) { if (isKept) { kept.push(i); } });
        kept.sort(function (a, b) { return events[a][3] - events[b][3]; });
        kept.slice(most).forEach(function (i) { keep[i] = false; });
      }
      var shown = 0;
      keep.forEach(function (kept, i) { rows[i].hidden = !kept; shown += kept ? 1 : 0; });
      if (tabStop && tabStop.hidden) {  /* keep a shown row in the tab order */
        var first = rows.find(function (tr) { return !tr.hidden; });
        if (first) { tabStop.tabIndex = -1; tabStop = first; first.tabIndex = 0; }
      }
      count.textContent = filtering ? shown + " of " + events.length + " events" : "";
      var drawn = lanesShown(filtering ? keep : null);  /* the overview counts what the chart draws */
      var data = original.map(function (trace, k) {
        var shownTrace = trace.meta === "overview" ? overview(drawn)
          : filtering ? filterTrace(trace, keep) : Object.assign({}, trace);
        shownTrace.visible = chart.data[k].visible;  /* keep what the legend toggled */
        return shownTrace;
      });
      var layout = Object.assign({}, chart.layout, { annotations: shownNotes(filtering ? keep : null) });
      window.Plotly.react(chart, shareMarks(data), layout);
    }
    /* keep, less the events of lanes the legend has hidden (null: all events, none hidden) */
    function lanesShown(keep) {
      var hidden = chart.data.map(function (trace) { return trace.visible === "legendonly"; });
      if (hidden.indexOf(true) === -1) { return keep; }
      var shown = keep ? keep.slice() : events.map(function () { return true; });
      original.forEach(function (trace, k) {
        if (!hidden[k] || trace.meta === "overview") { return; }
        trace.customdata.forEach(function (event) { if (event !== null) { shown[event] = false; } });
      });
      return shown;
    }
    chart.on("plotly_restyle", function (change) {  /* a lane toggled in the legend */
      if (change && change[0] && "visible" in change[0]) { later(); }
    });
    function later() {
      clearTimeout(timer);
      timer = setTimeout(apply, events.length > 5000 ? 250 : 60);
    }
    [input, status, from, to, top].forEach(function (control) {
      if (control) { control.addEventListener("input", later); }
    });
    controls.hidden = false;
  }

  function whenParsed(callback) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", callback); }
    else { callback(); }
  }

  /* Draw the chart; once it has painted and the page is parsed, wire it and fill the table.
     Without plotly.js (a host page that loads none) or if it fails, the table still comes. */
  function draw() {
    if (!window.Plotly) {
      whenParsed(startTable);
      return;
    }
    var layout = payload.figure.layout;
    /* WebGL at the screen's own resolution: plotly's default draws twice as fine (4x the pixels,
       seconds with software WebGL), which a 1x screen cannot show. */
    var config = Object.assign({ plotGlPixelRatio: Math.min(4, Math.max(1, window.devicePixelRatio || 1)) },
      payload.config);
    /* WebGL traces are drawn once, after plotly has settled the margins on a first pass without
       their points (else the range slider's margin has it draw them twice: with software WebGL,
       seconds for 100k events). */
    var webgl = original.some(function (trace) { return trace.type === "scattergl"; });
    if (webgl && layout.xaxis.rangeslider) { addOverview(layout); }
    var first = !webgl ? original : original.map(function (trace) {
      return trace.type === "scattergl" ? Object.assign({}, trace, { x: [], y: [], customdata: [] }) : trace;
    });
    window.Plotly.newPlot(chart, first, layout, config).then(function () {
      return webgl ? window.Plotly.react(chart, shareMarks(original), chart.layout, config) : null;
    }).then(function () {
      root.setAttribute("data-drawn", "true");
      whenParsed(function () {
        hoverCard();
        sourcePanel();
        sortable();
        wire();
        root.setAttribute("data-ready", "true");
        requestAnimationFrame(function () { setTimeout(startTable, 0); });  /* after the paint */
      });
    }, function () { whenParsed(startTable); });
  }

  if (window.Plotly) { draw(); } else { window.addEventListener("load", draw); }
})

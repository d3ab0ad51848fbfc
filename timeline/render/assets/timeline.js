/* Draws one timeline: called with its root element (see timeline/render/page.py).
   Article text is read from the table with textContent and escaped before it reaches plotly,
   which renders hover text as an HTML subset and decodes only numeric and a few named
   entities (so quotes become &#34; &#39;); nothing is ever set with innerHTML. */
(function (root) {
  "use strict";
  var COLUMNS = { date: 0, title: 1, status: 2, precision: 3, source: 4, sentence: 5 };
  var WRAP = 90;
  var chart = root.querySelector(".tl-chart");
  var rows = root.querySelectorAll(".tl-table tbody tr");
  var payload = JSON.parse(root.querySelector(".tl-data").textContent);
  var original = payload.figure.data;
  var lowered = null;

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&#34;").replace(/'/g, "&#39;");
  }

  function cell(i, column) {
    return rows[i].cells[COLUMNS[column]].textContent;
  }

  function wrap(text) {
    var lines = [], line = "";
    text.split(/\s+/).forEach(function (word) {
      if (line && line.length + word.length + 1 > WRAP) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines.map(escape).join("<br>");
  }

  function hover(i) {
    return "<b>" + escape(cell(i, "title")) + "</b><br>" +
      escape(cell(i, "date")) + " (" + escape(cell(i, "precision")) + ") · " + escape(cell(i, "status")) +
      "<br>" + wrap(cell(i, "sentence")) + "<br><i>" + escape(cell(i, "source")) + "</i>";
  }

  function addHover(traces) {
    var cache = {};
    traces.forEach(function (trace) {
      if (trace.hoverinfo === "skip") { return; }
      trace.hovertext = trace.customdata.map(function (i) {
        if (i === null) { return null; }
        if (!(i in cache)) { cache[i] = hover(i); }
        return cache[i];
      });
      trace.hovertemplate = "%{hovertext}<extra></extra>";
    });
  }

  /* A copy of trace keeping the points whose event is kept (and one gap between spans). */
  function filterTrace(trace, keep) {
    var index = [], last = null;
    trace.customdata.forEach(function (event, p) {
      if (event === null ? last !== null : keep[event]) { index.push(p); last = event; }
    });
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

  function wire() {
    var controls = root.querySelector(".tl-controls");
    var input = root.querySelector(".tl-search");
    var count = root.querySelector(".tl-count");
    var timer = null;
    function apply() {
      var query = input.value.trim().toLowerCase();
      if (lowered === null) {
        lowered = Array.prototype.map.call(rows, function (row) { return row.textContent.toLowerCase(); });
      }
      var keep = lowered.map(function (text) { return text.indexOf(query) !== -1; });
      var shown = 0;
      keep.forEach(function (kept, i) { rows[i].hidden = !kept; shown += kept ? 1 : 0; });
      count.textContent = query ? shown + " of " + rows.length + " events" : "";
      var data = original.map(function (trace, k) {
        var shownTrace = query ? filterTrace(trace, keep) : Object.assign({}, trace);
        shownTrace.visible = chart.data[k].visible;  /* keep what the legend toggled */
        return shownTrace;
      });
      window.Plotly.react(chart, data, chart.layout);
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, rows.length > 5000 ? 250 : 60);
    });
    controls.hidden = false;
  }

  function draw() {
    addHover(original);
    window.Plotly.newPlot(chart, original, payload.figure.layout, payload.config).then(function () {
      root.setAttribute("data-ready", "true");
    });
    wire();
  }

  if (window.Plotly) { draw(); } else { window.addEventListener("load", draw); }
})

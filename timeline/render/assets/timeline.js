/* Draws one timeline: called with its root element (see timeline/render/page.py) from a
   script that sits before the events table, so the chart draws before the table is parsed;
   hover card and search start once it is (data-drawn, then data-ready on the root).
   Article text lives once, in the table.  The hover card is built on demand from the table
   cells with textContent: article text never goes through innerHTML or plotly's HTML-ish
   text rendering, so markup in it shows literally. */
(function (root) {
  "use strict";
  var COLUMNS = { date: 0, title: 1, status: 2, precision: 3, source: 4, sentence: 5 };
  var chart = root.querySelector(".tl-chart");
  var rows = null;  /* the table rows, once parsed */
  var payload = JSON.parse(root.querySelector(".tl-data").textContent);
  var original = payload.figure.data;
  var lowered = null;
  var card = document.createElement("div");

  function cell(i, column) {
    return rows[i].cells[COLUMNS[column]].textContent;
  }

  function line(className, text) {
    var element = document.createElement("div");
    element.className = className;
    element.textContent = text;
    return element;
  }

  /* Fill the hover card with event i and put it beside the hovered point. */
  function showCard(i, point) {
    card.replaceChildren(
      line("tl-card-title", cell(i, "title")),
      line("tl-card-when", cell(i, "date") + " (" + cell(i, "precision") + ") · " + cell(i, "status")),
      line("tl-card-sentence", cell(i, "sentence")),
      line("tl-card-source", cell(i, "source"))
    );
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

  function whenParsed(callback) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", callback); }
    else { callback(); }
  }

  function draw() {
    window.Plotly.newPlot(chart, original, payload.figure.layout, payload.config).then(function () {
      root.setAttribute("data-drawn", "true");
      whenParsed(function () {
        rows = root.querySelectorAll(".tl-table tbody tr");
        hoverCard();
        wire();
        root.setAttribute("data-ready", "true");
      });
    });
  }

  if (window.Plotly) { draw(); } else { window.addEventListener("load", draw); }
})

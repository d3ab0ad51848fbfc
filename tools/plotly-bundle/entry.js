// The traces the timeline page draws: scatter (in the core), scattergl above 2,000 events, and
// bar for the range slider's events-per-period overview.
var Plotly = require('plotly.js/lib/core');

Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/scattergl')]);

module.exports = Plotly;

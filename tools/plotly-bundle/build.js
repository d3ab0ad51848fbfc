// Bundles entry.js the way plotly.js bundles its own dist files (its esbuild-config.js: the same
// plugins, aliases and defines), keeping plotly.js's licence banner.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const { glsl } = require('esbuild-plugin-glsl');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');

const dist = fs.readFileSync(require.resolve('plotly.js/dist/plotly.js'), 'utf8');
const licence = dist.slice(0, dist.indexOf('*/') + 2).replace(/(plotly\.js v[\d.]+)/, '$1 (traces: scatter, scattergl, bar)');
const outfile = path.join(__dirname, '..', '..', 'timeline', 'render', 'assets', 'plotly-timeline.min.js');

esbuild
  .build({
    entryPoints: [path.join(__dirname, 'entry.js')],
    outfile,
    format: 'iife',
    globalName: 'Plotly',
    bundle: true,
    minify: true,
    legalComments: 'none',
    banner: { js: licence },
    plugins: [InlineCSSPlugin(), glsl({ minify: true }), environmentPlugin({ NODE_DEBUG: false })],
    alias: { regl: '@plotly/regl', stream: 'stream-browserify' },
    define: { global: 'window', 'define.amd': 'false' },
    target: 'es2016',
    logLevel: 'warning',
  })
  .then(() => console.log(`wrote ${outfile}`))
  .catch(() => process.exit(1));

// Bundles with esbuild: the extension for the Node extension host, and the dashboard's script and stylesheet.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

/**
 * Every `import * as vscode from 'vscode'` would otherwise copy the whole API object into a namespace of its own, one
 * copy per source file (34 of them) when the extension loads; routing them through one shared module copies it once.
 */
const shareVscodeApi = {
  name: 'share-vscode-api',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
  },
};
/**
 * Node build only: the calendar library is a third of the bundle's dependencies but only runs when a calendar is
 * exported, so it loads from dist/ical-generator.js on first use instead of with the extension. (A web worker cannot
 * load a second file, so the web build keeps it inside.)
 */
const lazyCalendar = {
  name: 'lazy-calendar',
  setup(build) {
    build.onResolve({ filter: /^ical-generator$/ }, () => ({ path: 'ical-generator', namespace: 'lazy-calendar' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-calendar' }, () => ({
      contents: 'let library; export default function ical(data) { library ??= require("./ical-generator.js"); return library.default(data); }',
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/ical-generator\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** Node build only: the CSV reader runs only when applications are imported, so it loads from dist/csv-parse.js on first use. */
const lazyCsvParse = {
  name: 'lazy-csv-parse',
  setup(build) {
    build.onResolve({ filter: /^csv-parse\/sync$/ }, () => ({ path: 'csv-parse/sync', namespace: 'lazy-csv-parse' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-csv-parse' }, () => ({
      contents: 'let library; export function parse(input, options) { library ??= require("./csv-parse.js"); return library.parse(input, options); }',
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/csv-parse\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [shareVscodeApi, lazyCalendar, lazyCsvParse],
    // yaml's ES module build lets esbuild drop the parts the extension never calls (its CommonJS build cannot be).
    // @vscode/l10n's ES module build (the browser one, which only lacks reading bundles by path, never used here)
    // lets every `l10n.t` call become a direct call instead of a property read through a CommonJS wrapper.
    alias: { yaml: './node_modules/yaml/browser/index.js', '@vscode/l10n': './node_modules/@vscode/l10n/dist/browser.js' },
    sourcemap: true,
    // Every bundle is always minified, so the size checked in `npm test` is the size that ships; the source maps
    // (left out of the VSIX by .vscodeignore) keep traces readable.
    minify: true,
    logLevel: 'info',
  },
  {
    // The CSV reader on its own, loaded by the Node bundle the first time applications are imported.
    entryPoints: { 'csv-parse': 'node_modules/csv-parse/dist/cjs/sync.cjs' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: true,
    logLevel: 'info',
  },
  {
    // The calendar library on its own, loaded by the Node bundle the first time a calendar is exported.
    entryPoints: { 'ical-generator': 'node_modules/ical-generator/dist/index.cjs' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: true,
    logLevel: 'info',
  },
  {
    // The same extension for web hosts (vscode.dev, github.dev, code-server's web worker): a browser bundle fails to
    // build if anything reaches for a Node built-in, and files go through vscode.workspace.fs only.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    plugins: [shareVscodeApi],
    alias: {
      yaml: './node_modules/yaml/browser/index.js',
      // csv-stringify's and csv-parse's default builds call Buffer, which a web worker does not have; these carry their own.
      'csv-stringify/sync': './node_modules/csv-stringify/dist/esm/sync.js',
      'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js',
    },
    sourcemap: true,
    minify: true,
    logLevel: 'info',
  },
  {
    // Everything the webview runs is bundled here; it loads nothing from the network.
    entryPoints: { dashboard: 'webview/main.ts' },
    outdir: 'dist/webview',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    sourcemap: true,
    minify: true,
    logLevel: 'info',
  },
  {
    entryPoints: { dashboard: 'webview/dashboard.css' },
    outdir: 'dist/webview',
    bundle: true,
    minify: true,
    logLevel: 'info',
  },
];

/**
 * Watch mode only: one line when a round of rebuilds starts and one when every bundle is built again, which the
 * "watch" task in .vscode/tasks.json waits for before F5 launches.
 */
function reportRounds() {
  let building = 0;
  let errors = 0;
  return {
    name: 'report-rounds',
    setup(build) {
      build.onStart(() => {
        if (building++ === 0) {
          errors = 0;
          console.log('Job Search build: started');
        }
      });
      build.onEnd((result) => {
        errors += result.errors.length;
        if (--building === 0) console.log(`Job Search build: finished with ${errors} error(s), watching for changes`);
      });
    },
  };
}

if (watch) {
  const rounds = reportRounds();
  for (const options of builds) await (await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), rounds] })).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

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
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [shareVscodeApi],
    // yaml's ES module build lets esbuild drop the parts the extension never calls (its CommonJS build cannot be).
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    sourcemap: !production,
    // Always minified, so the size checked in `npm test` is the size that ships; the source map keeps traces readable.
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
      // csv-stringify's default build calls Buffer as it loads, which a web worker does not have; this one carries its own.
      'csv-stringify/sync': './node_modules/csv-stringify/dist/esm/sync.js',
    },
    sourcemap: !production,
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
    sourcemap: !production,
    minify: true,
    logLevel: 'info',
  },
  {
    entryPoints: { dashboard: 'webview/dashboard.css' },
    outdir: 'dist/webview',
    bundle: true,
    minify: production,
    logLevel: 'info',
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

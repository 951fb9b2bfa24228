/** The dashboard page: a strict Content Security Policy, the bundled script by nonce, and the bundled stylesheet. */
import type * as vscode from 'vscode';

/** A nonce from the platform's cryptographic random source (Node and browsers both provide `crypto`). */
export function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The HTML shell; everything inside `<main>` is drawn by the script from the view model. */
export function dashboardHtml(webview: vscode.Webview, assets: vscode.Uri): string {
  const nonce = createNonce();
  const asset = (name: string): string => webview.asWebviewUri(assetUri(assets, name)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dashboard.css')}">
<title>Job Search Dashboard</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">Loading your job search…</p></main>
<script nonce="${nonce}" src="${asset('dashboard.js')}"></script>
</body>
</html>`;
}

function assetUri(assets: vscode.Uri, name: string): vscode.Uri {
  return assets.with({ path: `${assets.path}/${name}` });
}

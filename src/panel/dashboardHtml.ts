/** The dashboard page: a strict Content Security Policy, the bundled script by nonce, and the bundled stylesheet. */
import * as vscode from 'vscode';

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
  // The translations for the display language, as data the script reads (a JSON block never runs, so the CSP allows it).
  const bundle = vscode.l10n.bundle ? `<script type="application/json" id="l10n-bundle">${JSON.stringify(vscode.l10n.bundle).replace(/</g, '\\u003c')}</script>\n` : '';
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dashboard.css')}">
<title>${escapeText(vscode.l10n.t('Job Search Dashboard'))}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">${escapeText(vscode.l10n.t('Loading your job search…'))}</p></main>
${bundle}<script nonce="${nonce}" src="${asset('dashboard.js')}"></script>
</body>
</html>`;
}

function assetUri(assets: vscode.Uri, name: string): vscode.Uri {
  return assets.with({ path: `${assets.path}/${name}` });
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

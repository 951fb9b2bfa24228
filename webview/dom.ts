/** Small DOM builders: every text from the file goes in as a text node, never as HTML. */
import * as l10n from '@vscode/l10n';

type Child = Node | string | undefined | false;

/** Creates `<tag>` with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attributes?: Record<string, string>, ...children: Child[]): HTMLElement;
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A table with a caption, header row and body rows, the text alternative of a chart. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, String(cell)))))),
  );
}

/** A share as "2 of 3 (67%)". */
export function share(part: number, whole: number): string {
  return whole ? l10n.t('{0} of {1} ({2}%)', part, whole, Math.round((part / whole) * 100)) : l10n.t('none yet');
}

/** A translated sentence with `{0}`, `{1}`… replaced by nodes (figures the tests and styles look for), text around them kept. */
export function withNodes(template: string, ...nodes: Node[]): (Node | string)[] {
  return template.split(/\{(\d+)\}/).map((part, index) => (index % 2 ? (nodes[Number(part)] ?? `{${part}}`) : part)).filter((part) => part !== '');
}

/**
 * The few `vscode` API classes the views construct, as plain data holders, so the benchmark can time the
 * extension's own tree, CodeLens and diagnostic code in plain Node. It draws nothing: the real editor's costs are
 * measured in the real VS Code harness instead.
 */
import Module from 'node:module';
import * as l10n from '@vscode/l10n';

class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(text: string): Uri {
    const [scheme, path] = text.split(':', 2);
    return new Uri(scheme ?? 'file', path ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

class MarkdownString {
  value = '';
  isTrusted = false;
  supportHtml = false;
  constructor(value = '') {
    this.value = value;
  }
  appendText(text: string): this {
    this.value += text.replace(/[\\`*_{}[\]()#+\-.!<>]/g, '\\$&');
    return this;
  }
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(...args: (number | Position)[]) {
    const [a, b, c, d] = args;
    this.start = a instanceof Position ? a : new Position(a as number, b as number);
    this.end = a instanceof Position ? (b as Position) : new Position(c as number, d as number);
  }
}

class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((other) => other !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly callback: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.callback();
  }
}

/** Record-like classes whose constructor arguments are all the benchmark needs. */
const holder = (...names: string[]) =>
  class {
    constructor(...values: unknown[]) {
      names.forEach((name, index) => Object.assign(this, { [name]: values[index] }));
    }
  };

const stub = {
  Uri,
  MarkdownString,
  Position,
  Range,
  EventEmitter,
  Disposable,
  TreeItem: holder('label', 'collapsibleState'),
  ThemeIcon: holder('id', 'color'),
  ThemeColor: holder('id'),
  CodeLens: holder('range', 'command'),
  Diagnostic: holder('range', 'message', 'severity'),
  DiagnosticRelatedInformation: holder('location', 'message'),
  Location: holder('uri', 'range'),
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  TreeItemCheckboxState: { Unchecked: 0, Checked: 1 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  env: { language: 'en' },
  // English: without a bundle VS Code's l10n.t formats the message itself, as @vscode/l10n does.
  l10n: { t: l10n.t, bundle: undefined },
  workspace: {
    asRelativePath: (uri: Uri) => uri.path,
    getWorkspaceFolder: () => undefined,
    getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
    workspaceFolders: [],
  },
};

/** Makes `require('vscode')` return the stub for the rest of this process. */
export function installVscodeStub(): void {
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : original.call(this, request, ...rest);
  };
}

/** The shared state of one parse: where problems go, how offsets become lines, and how far aliases may be followed. */
import * as l10n from '@vscode/l10n';
import { isAlias, isPair, isScalar, type Alias, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem, ProblemCode, RelatedLocation, Severity, Span, Range } from './problem';

/** How many aliases one file may expand; far above any hand-written file, far below an alias bomb. */
const ALIAS_BUDGET = 1000;

/** Shared state of one parse: where problems go and how offsets become lines. */
export class ReadContext {
  readonly problems: Problem[] = [];
  private aliasesLeft = ALIAS_BUDGET;
  /** Problems already reported, so a value reached through many aliases is reported once. */
  private readonly reported = new Set<string>();

  constructor(
    readonly text: string,
    private readonly lineCounter: LineCounter,
    private readonly resolveAlias: (alias: Alias) => Node | undefined,
  ) {}

  /** Records a problem at `span`. */
  report(span: Span, severity: Severity, code: ProblemCode, message: string, related?: RelatedLocation[], suggestion?: string): void {
    const key = `${span.start}:${span.end}:${code}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ code, severity, message, span, range: this.range(span), ...(related ? { related } : {}), ...(suggestion ? { suggestion } : {}) });
  }

  /** The line/column range of `span`. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Follows aliases to the node they name, refusing once the file has used up its alias budget. */
  deref(node: Node | null | undefined): Node | undefined {
    if (!node || !isAlias(node)) return node ?? undefined;
    if (this.aliasesLeft <= 0) return undefined;
    if (--this.aliasesLeft === 0) {
      this.report(spanOf(node), 'error', 'too-many-aliases', l10n.t('This file uses more than {0} aliases; the rest are ignored.', ALIAS_BUDGET));
      return undefined;
    }
    const target = this.resolveAlias(node);
    if (!target) this.report(spanOf(node), 'error', 'unknown-alias', l10n.t('There is no anchor “&{0}” before this alias; define it above, or write the value here.', node.source));
    return target && isAlias(target) ? undefined : target;
  }

  private position(offset: number): { line: number; character: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  }
}

/** The span a node covers, without trailing comments. */
export function spanOf(node: Node | Pair): Span {
  if (isPair(node)) {
    const key = node.key as Node | null;
    const value = node.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    return { start, end: value?.range?.[1] ?? key?.range?.[1] ?? start };
  }
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** The span of a mapping's first line, where "this entry" problems are shown without underlining the whole entry. */
export function headSpan(map: YAMLMap): Span {
  const first = map.items[0];
  if (first && isScalar(first.key) && first.key.range) return spanOf(first.key);
  return spanOf(map);
}

/** Finds, reads, watches and caches every job-search file of the workspace; parses each document version once. */
import * as vscode from 'vscode';
import { ParseCache } from '../model/parseCache';
import type { ParsedJobSearch } from '../model/parseJobSearch';
import { affectsSettings, DEFAULT_FILE_NAME, readSettings } from '../config/settings';
import { DayClock } from './dayClock';
import { Disposable, toDisposable } from './lifecycle';
import { fileExists } from './fileExists';

/** One tracked file and its current parse. */
export interface JobSearchFile {
  readonly uri: vscode.Uri;
  /** The workspace folder the file belongs to, for labelling multi-root trees. */
  readonly folder: vscode.WorkspaceFolder | undefined;
  readonly parsed: ParsedJobSearch;
  /** Set when the file could not be read at all. */
  readonly readError?: string;
}

interface Entry {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder | undefined;
  readonly readError?: string;
}

/** The version the cache gives text read from disk; editors number their versions from 1. */
const ON_DISK = -1;

const GLOB_CHARS = /[*?[\]{}]/;
/** Waits this long after a keystroke before views update, so fast typing parses once. */
const TYPING_DELAY_MS = 120;

/** What a store reads with; tests pass their own to order reads or move the date. */
export interface StoreOptions {
  /** Reads a file's bytes from disk. */
  readonly readFile?: (uri: vscode.Uri) => Thenable<Uint8Array>;
  /** The current time, for today's date. */
  readonly now?: () => Date;
}

/** The single source of job-search data and of today's date; every view follows `onDidChange` and `onDidChangeDay`. */
export class JobSearchStore extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly cache = new ParseCache();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  private watchers: vscode.Disposable[] = [];
  private discovery: Promise<void> | undefined;
  private pendingChange: ReturnType<typeof setTimeout> | undefined;
  /** The latest re-read of each file: a read that finishes after a later one of the same file is dropped. */
  private readonly latestRead = new Map<string, number>();
  private readSequence = 0;

  private readonly readFile: (uri: vscode.Uri) => Thenable<Uint8Array>;
  private readonly clock: DayClock;

  /** Fires after any tracked file was added, removed or changed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when the date changes (at midnight, or on return to a window left open overnight). */
  readonly onDidChangeDay: vscode.Event<string>;

  constructor(options: StoreOptions = {}) {
    super();
    this.readFile = options.readFile ?? ((uri) => vscode.workspace.fs.readFile(uri));
    this.clock = this.register(new DayClock(options.now));
    this.onDidChangeDay = this.clock.onDidChangeDay;
    this.register(toDisposable(() => clearTimeout(this.pendingChange)));
    this.register(toDisposable(() => vscode.Disposable.from(...this.watchers).dispose()));
    for (const subscription of [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && this.isTracked(event.document.uri)) this.scheduleChange();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.isTracked(document.uri)) this.scheduleChange();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Once closed, the file on disk is the truth again (unsaved text was kept or discarded by the user).
        if (this.isTracked(document.uri)) void this.reloadFromDisk(document.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      // Once trusted, the workspace's own `jobSearch.files` applies.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) void this.refresh();
      }),
    ])
      this.register(subscription);
  }

  /** Resolves once the first discovery has finished. */
  ready(): Promise<void> {
    return this.discovery ?? this.refresh();
  }

  /** Today's date (YYYY-MM-DD, local time), the one every view and command counts days from. */
  get today(): string {
    return this.clock.today;
  }

  /** Looks at the clock now; fires `onDidChangeDay` when the date has changed since. */
  checkDay(): void {
    this.clock.check();
  }

  /** How many times a file's text has been parsed; a view request on an unchanged version adds none. */
  get parseCount(): number {
    return this.cache.parses;
  }

  /** Every tracked file, in workspace-folder order, each parsed at its current version. */
  get files(): JobSearchFile[] {
    return [...this.entries.keys()].map((key) => this.current(key)).filter((entry) => entry !== undefined);
  }

  /** The current parse of `uri`, or undefined when it is not a tracked file. */
  get(uri: vscode.Uri): JobSearchFile | undefined {
    return this.current(uri.toString());
  }

  /** Whether `uri` is one of the job-search files. */
  isTracked(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  /** Looks for job-search files again in every workspace folder and re-reads them. */
  refresh(): Promise<void> {
    const run = this.discover();
    this.discovery = run;
    return run;
  }

  private async discover(): Promise<void> {
    const found = new Map<string, { uri: vscode.Uri; folder: vscode.WorkspaceFolder }>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const uri of await this.candidates(folder)) {
        if (!found.has(uri.toString())) found.set(uri.toString(), { uri, folder });
      }
    }
    const previous = new Map(this.entries);
    this.entries.clear();
    for (const [key, { uri, folder }] of found) {
      const kept = previous.get(key);
      this.entries.set(key, kept ?? (await this.read(uri, folder)));
    }
    for (const key of previous.keys()) if (!found.has(key)) this.cache.delete(key);
    this.watch();
    this.fire();
  }

  private async candidates(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
    const { files } = readSettings(folder);
    const uris: vscode.Uri[] = [];
    for (const pattern of [DEFAULT_FILE_NAME, ...files]) {
      if (GLOB_CHARS.test(pattern)) {
        uris.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**')));
        continue;
      }
      const uri = /^(\/|[a-zA-Z]:[\\/])/.test(pattern) ? vscode.Uri.file(pattern) : vscode.Uri.joinPath(folder.uri, pattern);
      if (await fileExists(uri)) uris.push(uri);
    }
    return uris;
  }

  /** Watches the default file name everywhere and each configured pattern, so creating or deleting one re-discovers. */
  private watch(): void {
    // A discovery that finishes after the store was disposed must not leave watchers behind.
    if (this.isDisposed) return;
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    const patterns: vscode.GlobPattern[] = [`**/${DEFAULT_FILE_NAME}`];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const file of readSettings(folder).files) patterns.push(new vscode.RelativePattern(folder, file));
    }
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => void this.refresh());
      watcher.onDidDelete(() => void this.refresh());
      watcher.onDidChange((uri) => {
        if (this.isTracked(uri) && !openDocument(uri)) void this.reloadFromDisk(uri);
      });
      this.watchers.push(watcher);
    }
  }

  /** The file for `key`, re-parsed first when its open editor has a version the cache has not seen. */
  private current(key: string): JobSearchFile | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const document = openDocument(entry.uri);
    // Without an editor, the last text read (from disk, or from the editor just closed until the disk is re-read) stands.
    const parsed = document ? this.cache.get(key, document.version, () => document.getText()) : this.cache.latest(key);
    if (!parsed) return undefined;
    return { ...entry, parsed };
  }

  /** Reads `uri` from its editor when open, else from disk, into the cache; the entry keeps any read error. */
  private async read(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<Entry> {
    const { entry, version, text } = await this.load(uri, folder);
    this.cache.put(uri.toString(), version, text);
    return entry;
  }

  /** The text of `uri` with the version it has: the editor's when open, else what is on disk. */
  private async load(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<{ entry: Entry; version: number; text: string }> {
    const document = openDocument(uri);
    if (document) return { entry: { uri, folder }, version: document.version, text: document.getText() };
    try {
      const text = new TextDecoder('utf-8').decode(await this.readFile(uri));
      return { entry: { uri, folder }, version: ON_DISK, text };
    } catch (error) {
      return { entry: { uri, folder, readError: error instanceof Error ? error.message : String(error) }, version: ON_DISK, text: '' };
    }
  }

  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const sequence = ++this.readSequence;
    this.latestRead.set(key, sequence);
    const entry = this.entries.get(key);
    if (!entry) return;
    const fresh = await this.load(uri, entry.folder);
    // A later read of the same file, or its removal, wins over this one; other files' reads do not matter.
    if (this.latestRead.get(key) !== sequence || !this.entries.has(key)) return;
    this.latestRead.delete(key);
    this.cache.put(key, fresh.version, fresh.text);
    this.entries.set(key, fresh.entry);
    this.fire();
  }

  private scheduleChange(): void {
    clearTimeout(this.pendingChange);
    this.pendingChange = setTimeout(() => this.fire(), TYPING_DELAY_MS);
  }

  private fire(): void {
    clearTimeout(this.pendingChange);
    this.pendingChange = undefined;
    this.changeEmitter.fire();
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

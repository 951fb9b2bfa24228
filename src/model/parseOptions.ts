/** The `yaml` options every parse uses: positions kept, duplicate keys reported, no source tokens retained. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;

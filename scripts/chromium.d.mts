// Types for scripts/chromium.mjs (used by TypeScript tests and configs).
export declare const INSTALL_HINT: string;
export declare function chromiumPath(): string;
export declare function chromiumArgs(): string[];

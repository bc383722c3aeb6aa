// Byline's version, set by esbuild from package.json ("dev" when run from source).
declare const BYLINE_VERSION: string | undefined;
export const VERSION = typeof BYLINE_VERSION === 'string' ? BYLINE_VERSION : 'dev';

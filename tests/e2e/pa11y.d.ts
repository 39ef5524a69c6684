// pa11y 10 ships no types (and @types/pa11y describes an older major): the part htmlcs.test.ts uses.
declare module 'pa11y' {
  interface Pa11yOptions {
    runners?: string[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
    actions?: string[];
    chromeLaunchConfig?: { executablePath?: string; args?: string[] };
  }
  interface Pa11yResult {
    issues: { type: string; code: string; selector: string; message: string }[];
  }
  export default function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResult>;
}

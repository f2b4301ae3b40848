// The mail sites we run on: one entry per kind of host, and everything about a host that is
// data. The build writes the manifest's matches, host permissions and web-accessible resources
// from these origins (scripts/manifest.ts). The code each host needs is keyed by the same kinds
// (src/content/hosts/finders.ts in the loader, readers.ts in the panel chunk), so a kind added
// to HostKind makes the compiler list every piece still to write.

export type HostKind = 'gmail' | 'outlook';

/** The button's colours in one of the host's themes. */
export interface ButtonColors {
  text: string;
  border: string;
  background: string;
  hover: string;
  focus: string;
}

/** The "Decline politely" button dressed as the host's own secondary buttons, beside its Send. */
export interface ButtonStyle {
  height: string;
  padding: string;
  radius: string;
  font: string;
  light: ButtonColors;
  dark: ButtonColors;
}

export interface MailHost {
  /** Every origin the host's web client is served from; nothing else is matched. */
  origins: readonly string[];
  /**
   * A helper that must run in the page's own world (hosts/<kind>/page-world.ts, shipped as
   * <kind>-page.js), for what the page accepts only from its own scripts.
   */
  pageWorld: boolean;
  button: ButtonStyle;
}

export const MAIL_HOSTS: Readonly<Record<HostKind, MailHost>> = {
  gmail: {
    origins: ['https://mail.google.com'],
    pageWorld: false,
    // Gmail's outlined pill buttons (Material 3).
    button: {
      height: '36px', padding: '0 16px', radius: '18px', font: '500 14px/20px "Google Sans",Roboto,Arial,sans-serif',
      light: { text: '#0b57d0', border: '#747775', background: 'transparent', hover: 'rgba(11,87,208,.08)', focus: '#0b57d0' },
      dark: { text: '#a8c7fa', border: '#8e918f', background: 'transparent', hover: 'rgba(168,199,250,.12)', focus: '#a8c7fa' },
    },
  },
  outlook: {
    // One client on four origins: personal, work (two), and Microsoft 365's newest address.
    origins: ['https://outlook.live.com', 'https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook.cloud.microsoft'],
    // Firefox hands a synthetic paste's clipboard data to RoosterJS only from the page's world.
    pageWorld: true,
    // Outlook's square Fluent UI default buttons.
    button: {
      height: '32px', padding: '0 12px', radius: '4px', font: '600 14px/20px "Segoe UI","Segoe UI Web (West European)",-apple-system,Roboto,"Helvetica Neue",sans-serif',
      light: { text: '#242424', border: '#d1d1d1', background: '#fff', hover: '#f5f5f5', focus: '#0f6cbd' },
      dark: { text: '#fff', border: '#666', background: '#292929', hover: '#3d3d3d', focus: '#0f6cbd' },
    },
  },
};

export const HOST_KINDS = Object.keys(MAIL_HOSTS) as readonly HostKind[];

export const MAIL_ORIGINS: readonly string[] = HOST_KINDS.flatMap((kind) => MAIL_HOSTS[kind].origins);

/** The host a page belongs to; undefined for any origin not registered (no host is guessed). */
export function hostKindOf(url: string): HostKind | undefined {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return HOST_KINDS.find((kind) => MAIL_HOSTS[kind].origins.includes(origin));
}

export const isMailUrl = (url: string): boolean => hostKindOf(url) !== undefined;

/** Match patterns of origins, as the manifest and host permissions name them. */
export const patternsOf = (origins: readonly string[]): string[] => origins.map((origin) => `${origin}/*`);

/** The match patterns of every mail site. */
export const MAIL_PATTERNS = patternsOf(MAIL_ORIGINS);

/** Whether the user has left the extension its access to every mail site (Chrome "on click" and Firefox per-site settings can withhold it). */
export const mailAccessGranted = (permissions: { contains(p: { origins: string[] }): Promise<boolean> }): Promise<boolean> =>
  permissions.contains({ origins: MAIL_PATTERNS });

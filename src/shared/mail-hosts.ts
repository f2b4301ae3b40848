// The mail sites we run on. The manifest lists the same origins; a test keeps the two equal.
export const MAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
] as const;

export type HostKind = 'gmail' | 'outlook';

export function hostKindOf(url: string): HostKind | undefined {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  if (!(MAIL_ORIGINS as readonly string[]).includes(origin)) return undefined;
  return origin === 'https://mail.google.com' ? 'gmail' : 'outlook';
}

export const isMailUrl = (url: string): boolean => hostKindOf(url) !== undefined;

/** The match patterns of the mail sites, as host permissions name them. */
export const MAIL_PATTERNS = MAIL_ORIGINS.map((origin) => `${origin}/*`);

/** Whether the user has left the extension its access to every mail site (Chrome "on click" and Firefox per-site settings can withhold it). */
export const mailAccessGranted = (permissions: { contains(p: { origins: string[] }): Promise<boolean> }): Promise<boolean> =>
  permissions.contains({ origins: MAIL_PATTERNS });

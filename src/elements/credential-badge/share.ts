/**
 * Sharing a credential's page: the Web Share API where the browser has it (the system's share sheet), else the
 * link copied to the clipboard. What is shared is the credential's own page and its name, never personal data.
 */

export interface ShareData {
  url: string;
  title: string;
}

/** `shared` (or handed to the share sheet), `copied`, `cancelled` (the person closed the sheet), `failed`. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

type Sharing = Pick<Navigator, 'clipboard'> & Partial<Pick<Navigator, 'share' | 'canShare'>>;

/** Whether the browser can share `data` through its share sheet. */
export function canShare(data: ShareData, nav: Sharing = navigator): boolean {
  if (typeof nav.share !== 'function') return false;
  try {
    return typeof nav.canShare !== 'function' || nav.canShare(data);
  } catch {
    return false;
  }
}

/** Copies `url` to the clipboard. */
export async function copyLink(url: string, nav: Sharing = navigator): Promise<'copied' | 'failed'> {
  try {
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Shares through the share sheet where there is one; copies the link otherwise, or when the sheet refuses. */
export async function shareLink(data: ShareData, nav: Sharing = navigator): Promise<ShareOutcome> {
  if (canShare(data, nav)) {
    try {
      await nav.share!({ url: data.url, title: data.title });
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user activation left, a policy): the clipboard still works.
    }
  }
  return copyLink(data.url, nav);
}

// Traps for the XSS tests: anything a payload could run sets one of these. Installed once per test page.
export interface Traps {
  /** Calls of alert/confirm/prompt/print and of the global pwn() flag setter. */
  executed: string[];
  violations: string[];
  /** Resource-timing entries for URLs on other origins than the test server. */
  foreignRequests: string[];
}

const key = '__credentialTraps';
type TrapWindow = Window & typeof globalThis & { [key]?: Traps; pwn?: () => void };

export function installTraps(win: TrapWindow = window as TrapWindow): Traps {
  if (win[key]) return win[key];
  const traps: Traps = { executed: [], violations: [], foreignRequests: [] };
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (win as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      traps.executed.push(`${name}(${args.map(String).join(',')})`);
      return null;
    };
  }
  win.pwn = () => traps.executed.push('pwn()');
  Object.defineProperty(win, '__pwned', {
    configurable: true,
    get: () => traps.executed.length > 0,
    set: () => traps.executed.push('__pwned='),
  });
  win.document.addEventListener('securitypolicyviolation', (event) => {
    traps.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      if (entry.name === '') continue;
      try {
        if (new URL(entry.name).origin !== win.location.origin) traps.foreignRequests.push(entry.name);
      } catch {
        traps.foreignRequests.push(entry.name);
      }
    }
  };
  new win.PerformanceObserver((list) => record(list.getEntries())).observe({ type: 'resource', buffered: true });
  win[key] = traps;
  return traps;
}

/** Resource entries recorded so far (the observer is asynchronous; this reads the buffer too). */
export function foreignRequests(win: Window = window): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    // Chrome records an unnamed 'other' entry for an SVG <feImage> without href: no URL, no request.
    .filter((name) => name !== '')
    .filter((name) => {
      try {
        return new URL(name).origin !== win.location.origin;
      } catch {
        return true;
      }
    });
}

export const settle = (ms = 50) => new Promise<void>((resolve) => setTimeout(resolve, ms));

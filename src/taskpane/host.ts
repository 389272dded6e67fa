/* global Office */

/**
 * Are we inside Excel? taskpane.html loads office.js from Microsoft's CDN. Without a network (or
 * blocked) it never loads: `Office` is undefined. Loaded in a plain browser tab, Office.onReady
 * answers with host null. Inside Excel it answers with host Excel. We never wait long: should
 * onReady not answer within `timeoutMs`, the pane works as outside Office. But that is never
 * final: Excel on the web or on a Mac can take longer to start, and should onReady answer Excel
 * later, `onLateExcel` is called and the pane switches to working on the open workbook.
 */

export interface HostInfo {
  inExcel: boolean;
  /** Office's theme is dark (or, outside Office, the browser prefers dark). */
  dark: boolean;
}

export const HOST_TIMEOUT_MS = 2500;

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function browserPrefersDark(): boolean {
  try {
    return typeof window !== "undefined" && !!window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  } catch {
    return false;
  }
}

/** Office's theme (where the host tells it: Excel on Windows, Mac and the web). */
export function officeIsDark(): boolean | null {
  try {
    const theme = Office.context?.officeTheme;
    const l = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
    return l === null ? null : l < 0.5;
  } catch {
    return null;
  }
}

export async function detectHost(
  timeoutMs = HOST_TIMEOUT_MS,
  onLateExcel?: (host: HostInfo) => void,
): Promise<HostInfo> {
  const outside: HostInfo = { inExcel: false, dark: browserPrefersDark() };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return outside;
  const inExcel = (info: { host?: unknown } | null | undefined) => !!info && String(info.host) === "Excel";
  let ready: Promise<{ host?: unknown } | null>;
  try {
    ready = Promise.resolve(Office.onReady()).catch(() => null);
  } catch {
    return outside;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(null);
    }, timeoutMs);
  });
  const info = await Promise.race([ready, timeout]);
  if (timer !== undefined) clearTimeout(timer);
  if (inExcel(info)) return { inExcel: true, dark: officeIsDark() ?? false };
  if (timedOut && onLateExcel) {
    // the first screen is the file mode; Office may still answer Excel
    void ready.then((late) => {
      if (inExcel(late)) onLateExcel({ inExcel: true, dark: officeIsDark() ?? false });
    });
  }
  return outside;
}

import { session } from '../session/storage';

/** A failed API call, from the server's problem+json (RFC 9457) or from the network. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** The request field at fault, when the server named one. */
  readonly field?: string;
  /** Every field error of a validation failure, by field. */
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, title: string, detail: string, field?: string, fieldErrors: Record<string, string> = {}) {
    super(detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.field = field;
    this.fieldErrors = fieldErrors;
  }
}

/** Query parameters; undefined, null and '' are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

let onUnauthorized: () => void = () => {};

/** Called on every 401: the session provider clears the session and sends the user to sign in. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

export function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function authorization(): Record<string, string> {
  const token = session.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: { title?: string; detail?: string; field?: string; errors?: { field: string; message: string }[] } = {};
  try {
    body = await response.json();
  } catch {
    // not problem+json (a proxy's page, say): the status tells enough
  }
  const fieldErrors = Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.message]));
  if (body.field && !(body.field in fieldErrors) && body.detail) fieldErrors[body.field] = body.detail;
  return new ApiError(response.status, body.title ?? response.statusText, body.detail ?? response.statusText,
    body.field, fieldErrors);
}

async function send(method: string, path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers: { ...authorization(), ...init.headers } });
  } catch {
    throw new ApiError(0, 'Network error', 'Lakegate could not be reached; check your connection and try again');
  }
  if (response.ok) return response;
  const error = await problemOf(response);
  if (response.status === 401 && session.token()) onUnauthorized();
  throw error;
}

/** The significant digits of a number's text: "-0.0120E3" and "12" both give "12". */
function significantDigits(text: string): string {
  return text.replace(/[eE].*$/, '').replace(/[-+.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * JSON.parse, but a number that a JavaScript number cannot hold exactly (a BIGINT beyond 2^53, a DECIMAL of many
 * digits) stays the text the server wrote, so query results and identifiers show as stored. A number is held exactly
 * when JavaScript's shortest text of it has the same digits as the JSON.
 */
export function parseJson(text: string): unknown {
  const keepExact = (_key: string, value: unknown, context?: { source?: string }) =>
    typeof value === 'number' && context?.source !== undefined
      && significantDigits(String(value)) !== significantDigits(context.source) ? context.source : value;
  return JSON.parse(text, keepExact);
}

async function json<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const response = await send(method, url(path, query), body === undefined ? {} : {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  return (response.status === 204 || response.status === 202 && !response.headers.get('Content-Type')
    ? undefined : parseJson(await response.text())) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => json<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown, query?: Query) => json<T>('POST', path, body, query),
  put: <T>(path: string, body?: unknown) => json<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => json<T>('PATCH', path, body),
  del: <T = void>(path: string, query?: Query) => json<T>('DELETE', path, undefined, query),

  /** Fetches a file with the caller's token and saves it under the server's file name (or {@code fallbackName}). */
  async download(path: string, fallbackName: string, query?: Query): Promise<void> {
    const response = await send('GET', url(path, query));
    const disposition = response.headers.get('Content-Disposition') ?? '';
    // filename* (RFC 6266, UTF-8) first: Spring also writes filename="=?UTF-8?Q?…?=" (RFC 2047) for old clients
    const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name ? decodeURIComponent(name) : fallbackName;
    link.click();
    URL.revokeObjectURL(link.href);
  },

  /**
   * Uploads files as multipart/form-data (part name {@code files}), reporting progress from 0 to 1.
   * XMLHttpRequest, because fetch has no upload progress events.
   */
  upload<T>(path: string, files: File[], onProgress: (fraction: number) => void, query?: Query): Promise<T> {
    const form = new FormData();
    files.forEach((file) => form.append('files', file, file.name));
    return new Promise<T>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', url(path, query));
      Object.entries(authorization()).forEach(([name, value]) => request.setRequestHeader(name, value));
      request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      request.onerror = () => reject(new ApiError(0, 'Network error', 'The upload was interrupted; try again'));
      request.onload = async () => {
        const response = new Response(request.response, {
          status: request.status,
          headers: { 'Content-Type': request.getResponseHeader('Content-Type') ?? '' },
        });
        if (response.ok) {
          onProgress(1);
          resolve((request.status === 204 ? undefined : parseJson(await response.text())) as T);
          return;
        }
        if (response.status === 401 && session.token()) onUnauthorized();
        reject(await problemOf(response));
      };
      request.send(form);
    });
  },
};

/**
 * Where the session lives in the browser. localStorage rather than sessionStorage: a link opened in a new tab
 * (from a notification mail, say) finds the user signed in. The token expires on the server anyway (8 h by
 * default), and sign-out or any 401 removes it.
 */
const TOKEN = 'lakegate.token';
const RETURN_TO = 'lakegate.returnTo';

export const session = {
  token: () => localStorage.getItem(TOKEN),
  setToken: (token: string) => localStorage.setItem(TOKEN, token),
  clear: () => localStorage.removeItem(TOKEN),

  /** The page to go back to after signing in (kept across the single sign-on redirect). */
  rememberReturnTo: (path: string) => sessionStorage.setItem(RETURN_TO, path),
  takeReturnTo: (): string => {
    const path = sessionStorage.getItem(RETURN_TO);
    sessionStorage.removeItem(RETURN_TO);
    return path && path.startsWith('/') && !path.startsWith('/signin') ? path : '/';
  },
};

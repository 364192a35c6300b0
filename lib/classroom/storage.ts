/**
 * sessionStorage for one tab's classroom role (the teacher's token, a student's id), so a
 * reload resumes the session. Where site data is blocked it is simply not kept.
 */
export const tabStore = {
  get<T>(key: string): T | null {
    try {
      const text = window.sessionStorage.getItem(key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Blocked storage: the session still runs, only a reload cannot resume it.
    }
  },
  remove(key: string) {
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // as above
    }
  },
};

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStore, readItem, writeItem } from './storage';

describe('storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.localStorage.clear();
  });

  it('reads and writes where storage works', () => {
    expect(writeItem('k', 'v')).toBe(true);
    expect(readItem('k')).toBe('v');
    expect(writeItem('k', null)).toBe(true);
    expect(readItem('k')).toBeNull();
  });

  it('answers, never throws, where site data is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(localStore()).toBeNull();
    expect(readItem('k')).toBeNull();
    expect(writeItem('k', 'v')).toBe(false);
  });

  it('says a write failed when storage is full, and keeps what was there', () => {
    writeItem('k', 'old');
    vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(writeItem('k', 'new')).toBe(false);
    expect(readItem('k')).toBe('old');
  });
});

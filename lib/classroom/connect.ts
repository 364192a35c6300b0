import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH } from './protocol.mjs';
import type { ErrorCode } from './protocol.mjs';

/** What the server answers a request with: ok and its data, or why not. */
export type Reply<T> = ({ ok: true } & T) | { ok: false; error: ErrorCode | 'offline' };

/**
 * How far a session's socket is: 'no-server' means it never connected (the static export has no
 * classroom server), 'reconnecting' that it had and lost it (Socket.IO keeps retrying).
 */
export type Link = 'connecting' | 'online' | 'reconnecting' | 'no-server';

/** A socket to this page's own server (same origin: the CSP allows nothing else). */
export function openSocket(onLink: (link: Link) => void): Socket {
  const socket = io({ path: SOCKET_PATH, transports: ['websocket'], reconnectionDelayMax: 2000 });
  let wasOnline = false;
  socket.on('connect', () => {
    wasOnline = true;
    onLink('online');
  });
  socket.on('disconnect', () => onLink('reconnecting'));
  socket.on('connect_error', () => onLink(wasOnline ? 'reconnecting' : 'no-server'));
  return socket;
}

/** Sends one request and waits for its answer (a few seconds at most). */
export async function request<T>(socket: Socket, event: string, payload?: unknown): Promise<Reply<T>> {
  try {
    const args = payload === undefined ? [] : [payload];
    return (await socket.timeout(5000).emitWithAck(event, ...args)) as Reply<T>;
  } catch {
    return { ok: false, error: 'offline' };
  }
}

// How a deck window talks to the others: the projector and presenter windows of one browser
// over a BroadcastChannel, and (for a classroom) other devices through the server. Every link
// carries the same DeckMessages and hands on only messages that pass the schema.
import { channelName, parseMessage, type DeckMessage } from './messages';

export interface DeckLink {
  /** Sends a message to the windows or devices on the other end. */
  post(message: DeckMessage): void;
  /** Hears each valid message that arrives; returns the way to stop hearing. */
  listen(hear: (message: DeckMessage) => void): () => void;
  close(): void;
}

/** The chapter's windows in this browser, or null where there is no BroadcastChannel. */
export function broadcastLink(lang: string, slug: string): DeckLink | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(lang, slug));
  const listeners = new Set<(message: DeckMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (message) listeners.forEach((hear) => hear(message));
  };
  return {
    post: (message) => channel.postMessage(message),
    listen(hear) {
      listeners.add(hear);
      return () => listeners.delete(hear);
    },
    close: () => channel.close(),
  };
}

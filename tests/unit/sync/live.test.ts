// The device's end of the live channel: events parsed across chunk boundaries, a sync started on
// each change, a closed stream reopened (and a sync for what was missed), an expired session idle.
import { describe, expect, it, vi } from 'vitest';
import { startLive } from '../../../src/sync/live';
import { createSseParser, type SseEvent } from '../../../src/sync/sse';

describe('SSE parser', () => {
  it('reads events split anywhere across chunks, skipping comments', () => {
    const events: SseEvent[] = [];
    const feed = createSseParser((e) => events.push(e));
    for (const chunk of [
      'event: rea',
      'dy\ndata: {"rev":3}\n\n: keep',
      '-alive\n\nevent: change\r\ndata: a\r\ndata: b\r\nid: 7\r\n',
      '\r\n',
    ])
      feed(chunk);
    expect(events).toEqual([
      { event: 'ready', data: '{"rev":3}' },
      { event: 'change', data: 'a\nb', id: '7' },
    ]);
  });
});

/** A fake server: each call returns a stream the test writes to and closes. */
function fakeServer() {
  const encoder = new TextEncoder();
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const statuses: number[] = [];
  const fetchImpl = vi.fn(async (_url: string, init?: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status !== 200) return new Response('{}', { status });
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void streams.push(controller),
    });
    init?.signal?.addEventListener('abort', () => {
      try {
        streams.at(-1)?.error(new DOMException('aborted', 'AbortError'));
      } catch {
        // Already closed.
      }
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  return {
    fetchImpl,
    statuses,
    send: (i: number, text: string) => streams[i]!.enqueue(encoder.encode(text)),
    close: (i: number) => streams[i]!.close(),
    count: () => streams.length,
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('live channel client', () => {
  it('syncs on each change, reopens a closed stream and syncs for what it missed', async () => {
    const server = fakeServer();
    const onChange = vi.fn();
    const states: string[] = [];
    const live = startLive({ token: async () => 'jeton', onChange, fetchImpl: server.fetchImpl, onState: (s) => states.push(s) });
    await until(() => server.count() === 1);
    expect(server.fetchImpl.mock.calls[0]![1]!.headers).toMatchObject({ authorization: 'Bearer jeton' });
    server.send(0, 'event: ready\ndata: {"rev":1}\n\n');
    await new Promise((r) => setTimeout(r, 10));
    expect(onChange).not.toHaveBeenCalled();
    server.send(0, 'event: change\ndata: {"rev":2}\n\n');
    await until(() => onChange.mock.calls.length === 1);

    server.close(0);
    await until(() => states.at(-1) === 'waiting');
    live.restart(); // skips the backoff wait, as coming back online does
    await until(() => server.count() === 2);
    server.send(1, 'event: ready\ndata: {"rev":5}\n\n');
    await until(() => onChange.mock.calls.length === 2);
    live.stop();
  });

  it('stays idle without a session or after a 401, until told to reconnect', async () => {
    const server = fakeServer();
    let token: string | undefined;
    server.statuses.push(401);
    const live = startLive({ token: async () => token, onChange: () => undefined, fetchImpl: server.fetchImpl });
    await new Promise((r) => setTimeout(r, 20));
    expect(server.fetchImpl).not.toHaveBeenCalled();
    token = 'périmé';
    live.reconnect();
    await until(() => server.fetchImpl.mock.calls.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.fetchImpl).toHaveBeenCalledTimes(1);
    token = 'nouveau';
    live.reconnect();
    await until(() => server.count() === 1);
    live.stop();
  });

  it('does not connect while offline', async () => {
    const server = fakeServer();
    let online = false;
    const live = startLive({ token: async () => 'jeton', onChange: () => undefined, fetchImpl: server.fetchImpl, isOnline: () => online });
    await new Promise((r) => setTimeout(r, 20));
    expect(server.fetchImpl).not.toHaveBeenCalled();
    online = true;
    live.restart();
    await until(() => server.count() === 1);
    live.stop();
  });
});

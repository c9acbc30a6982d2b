import { describe, expect, it } from 'vitest';
import { logReceived, logSent, type WsDebugLogger } from './ws-debug.js';

function capture(enabled = true): WsDebugLogger & { lines: string[] } {
  const lines: string[] = [];
  return { enabled, lines, log: (message) => lines.push(message) };
}

describe('S>>> / R<<< debug lines', () => {
  it('writes one line per message, prefixed like xuc', () => {
    const logger = capture();
    logSent(logger, '/realtime', 'call.updated', { id: 'c1', state: 'ringing' });
    logReceived(logger, '/shuttle', 'ringing', [{ uniqueid: '1.2' }]);
    expect(logger.lines).toEqual([
      'S>>> {"namespace":"/realtime","event":"call.updated","payload":{"id":"c1","state":"ringing"}}',
      'R<<< {"namespace":"/shuttle","event":"ringing","payload":[{"uniqueid":"1.2"}]}',
    ]);
  });

  it('never writes a token or credentials, at any depth', () => {
    const logger = capture();
    logReceived(logger, '/shuttle', 'hello', {
      token: 'secret-1',
      auth: { token: 'secret-2' },
      user: { Token: 'secret-3', name: 'James' },
      list: [{ authorization: 'Bearer secret-4' }],
    });
    expect(logger.lines[0]).not.toMatch(/secret/);
    expect(logger.lines[0]).toContain('"name":"James"');
  });

  it('writes nothing unless WS_DEBUG is set', () => {
    const logger = capture(false);
    logSent(logger, '/realtime', 'call.updated', {});
    expect(logger.lines).toEqual([]);
  });
});

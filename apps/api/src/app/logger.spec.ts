import { xivoSampleRequest } from '@screenpop/contracts';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REDACTED_PATHS, redactUrl } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream) };
}

describe('log redaction', () => {
  it("never writes the XiVO agent's token, wherever it is logged from", () => {
    const { lines, logger } = capture();
    const token = xivoSampleRequest.user.token;
    logger.info({
      req: { body: xivoSampleRequest, headers: { authorization: `Bearer ${token}` }, query: { token } },
    });
    logger.info({ body: xivoSampleRequest });
    logger.info(xivoSampleRequest);
    logger.info({ payload: { token } });
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(token.slice(0, 20));
    expect(lines[0]).toContain('"callDataCallId":"1724763376.29"');
  });

  it('hides the token of a login URL', () => {
    expect(redactUrl('/api/xivo/login?login=jbond&token=eyJ0eXAi.abc&xivoccHost=xuc')).toBe(
      '/api/xivo/login?login=jbond&token=[redacted]&xivoccHost=xuc',
    );
  });
});

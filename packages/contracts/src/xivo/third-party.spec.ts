import { describe, expect, it } from 'vitest';
import { ZXivoThirdPartyRequest } from './third-party-request.js';
import { ZXivoThirdPartyResponse } from './third-party-response.js';
import { xivoSampleNoneResponse, xivoSampleOpenResponse, xivoSampleRequest } from './fixtures.js';

describe('XiVO third-party web service contract', () => {
  it("accepts the seed's sample request as is", () => {
    const parsed = ZXivoThirdPartyRequest.parse(xivoSampleRequest);
    expect(parsed.callDataCallId).toBe('1724763376.29');
    expect(parsed.queue?.number).toBe('3001');
    expect(parsed.userData?.SIPCALLID).toBe('fd32a3a3-9647-457e-be04-16d7d408f271');
  });

  it('accepts a call that is not a queue call (no queue, no userData)', () => {
    const { queue: _q, userData: _u, ...rest } = xivoSampleRequest;
    expect(ZXivoThirdPartyRequest.safeParse(rest).success).toBe(true);
  });

  it('names the missing callDataCallId and user', () => {
    const { callDataCallId: _c, user: _u, ...rest } = xivoSampleRequest;
    const result = ZXivoThirdPartyRequest.safeParse(rest);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['callDataCallId', 'user']));
  });

  it('names a field of the wrong type', () => {
    const result = ZXivoThirdPartyRequest.safeParse({
      ...xivoSampleRequest,
      user: { userId: 'x', agentId: 29 },
    });
    expect(result.error!.issues[0]!.path).toEqual(['user', 'userId']);
  });

  it("accepts the seed's two sample answers", () => {
    expect(ZXivoThirdPartyResponse.parse(xivoSampleOpenResponse)).toEqual(xivoSampleOpenResponse);
    expect(ZXivoThirdPartyResponse.parse(xivoSampleNoneResponse)).toEqual({ action: 'none' });
  });

  it('refuses an event XucMgt does not know', () => {
    expect(ZXivoThirdPartyResponse.safeParse({ action: 'open', event: 'EventSomething' }).success).toBe(
      false,
    );
  });
});

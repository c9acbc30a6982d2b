import { describe, expect, it } from 'vitest';
import { downstreamResponseHeaders, upstreamApiUrl, upstreamRequestHeaders } from './api-upstream';

describe('upstreamApiUrl', () => {
  it('keeps the path and query under API_URL', () => {
    expect(upstreamApiUrl('/api/forms/1', '?x=1', 'http://api.internal:3001').href).toBe(
      'http://api.internal:3001/api/forms/1?x=1',
    );
    expect(upstreamApiUrl('/api/health', '', 'https://host/screenpop/').href).toBe(
      'https://host/screenpop/api/health',
    );
  });

  it('defaults to the API on the same machine', () => {
    expect(upstreamApiUrl('/api/health', '', undefined).href).toBe('http://127.0.0.1:3001/api/health');
  });
});

describe('proxied headers', () => {
  it("forwards the caller's Origin and drops per-connection headers", () => {
    const headers = upstreamRequestHeaders(
      new Headers({
        origin: 'https://xuc.example.com',
        host: 'web:3000',
        connection: 'keep-alive',
        'content-type': 'application/json',
      }),
      new URL('https://screenpop.example.com/api/xivo/thirdparty'),
    );
    expect(headers.get('origin')).toBe('https://xuc.example.com');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.has('host')).toBe(false);
    expect(headers.has('connection')).toBe(false);
    expect(headers.get('x-forwarded-host')).toBe('screenpop.example.com');
    expect(headers.get('x-forwarded-proto')).toBe('https');
  });

  it('passes CORS answers back and drops what no longer describes the body', () => {
    const headers = downstreamResponseHeaders(
      new Headers({ 'access-control-allow-origin': '*', 'content-encoding': 'gzip', 'content-length': '10' }),
    );
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.has('content-encoding')).toBe(false);
    expect(headers.has('content-length')).toBe(false);
  });
});

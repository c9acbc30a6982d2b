import { describe, expect, it } from 'vitest';
import { describeConnectError, describeDisconnect, socketTarget } from './socket-client';

describe('socketTarget', () => {
  it('connects to the namespace on the API origin', () => {
    expect(socketTarget('http://127.0.0.1:3101', '/shuttle')).toEqual({
      url: 'http://127.0.0.1:3101/shuttle',
      path: '/socket.io',
    });
  });

  it('moves a path prefix to the engine path, not the namespace', () => {
    expect(socketTarget('https://pbx.example.com/screenpop/', '/realtime')).toEqual({
      url: 'https://pbx.example.com/realtime',
      path: '/screenpop/socket.io',
    });
  });
});

describe('describeConnectError', () => {
  const where = { credential: 'supervisor token', apiUrl: 'http://api:3001' };

  it('tells to check the token when the server refuses it', () => {
    expect(describeConnectError('Unauthorized: this supervisor access token is not valid', where)).toBe(
      'Unauthorized: this supervisor access token is not valid. Check the supervisor token and connect again.',
    );
  });

  it('names the API it could not reach', () => {
    expect(describeConnectError('xhr poll error', where)).toMatch(
      /^Cannot reach the API at http:\/\/api:3001 \(xhr poll error\)/,
    );
  });
});

describe('describeDisconnect', () => {
  it('is quiet when this page disconnected, and says when the server did', () => {
    expect(describeDisconnect('io client disconnect')).toEqual({ kind: 'disconnected' });
    expect(describeDisconnect('io server disconnect')).toMatchObject({ kind: 'error' });
    expect(describeDisconnect('transport close')).toMatchObject({
      message: expect.stringContaining('reconnecting'),
    });
  });
});

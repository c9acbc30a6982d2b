// The seed's own samples (XucMgt "Third Party Integration"), used by tests, the demo seed and the simulator.

export const xivoSampleRequest = {
  user: {
    userId: 54,
    agentId: 29,
    firstName: 'James',
    lastName: 'Bond',
    fullName: 'James Bond',
    token:
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJsb2dpbiI6Im13ZWJydGMiLCJleHBpcmVzQXQiOjE3MjQ3NjY5NzAsImlzc3VlZEF0IjoxNzI0NzYzMzcwLCJ1c2VyVHlwZSI6ImN0aSIsImFjbHMiOlsiYWxpYXMuY3RpdXNlciJdLCJzb2Z0d2FyZVR5cGUiOiJ3ZWJCcm93c2VyIn0.EdKGjpNnV19BnQCiVXAiAfUEfirmZ6WvQhBDtEV6pQ4',
  },
  callee: '1023',
  caller: '1013',
  userData: {
    XIVO_USERID: '54',
    SIPCALLID: 'fd32a3a3-9647-457e-be04-16d7d408f271',
    USR_XIVO_DSTNUM: '3001',
  },
  callDataCallId: '1724763376.29',
  queue: { id: 2, name: 'edition', displayName: 'Edition', number: '3001' },
} as const;

export const xivoSampleOpenResponse = {
  action: 'open',
  event: 'EventReleased',
  url: '/thirdparty/open/6bd37819-b4a6-43d3-8fa3-6eb6489bb705',
  autopause: true,
  autopauseReason: 'backoffice',
  title: 'Third Party Sample',
} as const;

export const xivoSampleNoneResponse = { action: 'none' } as const;

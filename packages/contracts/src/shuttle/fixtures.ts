// The five samples of the xCALLY Shuttle CTI API documentation, as its realtime socket sends them.

export const shuttleSampleRinging = {
  event: 'ringing',
  queue: 'CC-SIPPSupport',
  agentname: 'JohnAndrea DoeBianco',
  agentnum: '10071000',
  peer: 'SIP/johnandrea.doebianco',
  direction: 'inbound',
  uniqueid: '14370692641599601698.91494',
  context: 'from-sip',
  extension: '99996000',
  trunk: 'SIP/demo.trunktelephone-000003920000005e',
  callernum: '9981003',
  callername: 'telephone',
  ringing: true,
  sipname: 'andrea.bianco',
  channel: 'SIP/telephone-0000005e',
} as const;

export const shuttleSampleAbandon = {
  event: 'abandon',
  queue: 'Support',
  direction: 'unmanaged',
  uniqueid: '1599601824.96',
  callernum: '1003',
  callername: 'telephone',
  channel: 'SIP/telephone-00000060',
  holdtime: '4',
  unmanaged: true,
} as const;

export const shuttleSampleUp = {
  event: 'up',
  queue: 'CC-SIPPSupport',
  agentname: 'JohnAndrea DoeBianco',
  agentnum: '10071000',
  peer: 'SIP/johnandrea.doebianco',
  direction: 'inbound',
  uniqueid: '14370692641599601698.91494',
  context: 'from-sip',
  extension: '99996000',
  trunk: 'SIP/demo.trunktelephone-000003920000005e',
  callernum: '9981003',
  callername: 'telephone',
  holdtime: '2',
  ringtime: '0',
  up: true,
  sipname: 'andrea.bianco',
  channel: 'SIP/telephone-0000005e',
} as const;

export const shuttleSampleHangup = {
  event: 'hangup',
  queue: 'Support',
  agentname: 'Andrea Bianco',
  agentnum: '1000',
  peer: 'SIP/andrea.bianco',
  direction: 'inbound',
  uniqueid: '1599601698.94',
  context: 'from-sip',
  extension: '6000',
  trunk: 'SIP/telephone-0000005e',
  callernum: '1003',
  callername: 'telephone',
  holdtime: '2',
  ringtime: '0',
  talktime: '2',
  reason: 'agent',
  hangup: true,
  sipname: 'andrea.bianco',
  channel: 'SIP/telephone-0000005e',
} as const;

export const shuttleSampleOutbound = {
  event: 'outbound',
  integrationid: '-1',
  routeid: '1',
  agentname: 'Andrea Bianco',
  agentnum: '1800800800',
  direction: 'outbound',
  uniqueid: '1599601871.98',
  context: 'from-sip',
  extension: '3925926421',
  trunk: 'SIP/123456789@Demo Trunk',
  callernum: '123456789',
  channel: 'SIP/andrea.bianco-00000062',
  peer: 'SIP/andrea.bianco',
  outbound: true,
  sipname: 'andrea.bianco',
} as const;

export const shuttleSamples = [
  shuttleSampleRinging,
  shuttleSampleAbandon,
  shuttleSampleUp,
  shuttleSampleHangup,
  shuttleSampleOutbound,
] as const;

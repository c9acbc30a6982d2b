import { xivoSampleRequest } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import {
  renderTextTemplate,
  renderUrlTemplate,
  templateVariables,
  type TemplateCall,
} from './call-template.js';

const sample: TemplateCall = {
  caller: xivoSampleRequest.caller,
  callee: xivoSampleRequest.callee,
  callId: xivoSampleRequest.callDataCallId,
  queue: xivoSampleRequest.queue,
  userData: xivoSampleRequest.userData,
  user: xivoSampleRequest.user,
};
const vars = templateVariables(sample);

describe('renderUrlTemplate', () => {
  it("fills every variable of the seed's sample call", () => {
    const template =
      'https://crm.example/pop?c={{caller}}&to={{callee}}&id={{callId}}&q={{queue.name}}&qn={{queue.number}}' +
      '&qid={{queue.id}}&qd={{queue.displayName}}&dst={{userData.USR_XIVO_DSTNUM}}&a={{agent.id}}&a2={{agentId}}' +
      '&u={{user.userId}}&fn={{user.firstName}}&ln={{user.lastName}}&n={{user.fullName}}';
    expect(renderUrlTemplate(template, vars)).toBe(
      'https://crm.example/pop?c=1013&to=1023&id=1724763376.29&q=edition&qn=3001&qid=2&qd=Edition&dst=3001' +
        '&a=29&a2=29&u=54&fn=James&ln=Bond&n=James%20Bond',
    );
  });

  it('encodes spaces, &, /, ? and # so a value cannot break out of its parameter', () => {
    const tricky = templateVariables({ ...sample, userData: { NOTE: 'a b&c=d/e?f#g' } });
    expect(renderUrlTemplate('https://crm.example/x?note={{userData.NOTE}}&k=1', tricky)).toBe(
      'https://crm.example/x?note=a%20b%26c%3Dd%2Fe%3Ff%23g&k=1',
    );
  });

  it('encodes unicode as UTF-8', () => {
    const unicode = templateVariables({ ...sample, user: { fullName: 'Zoë Łukasz 日本' } });
    expect(renderUrlTemplate('https://crm.example/?n={{user.fullName}}', unicode)).toBe(
      'https://crm.example/?n=Zo%C3%AB%20%C5%81ukasz%20%E6%97%A5%E6%9C%AC',
    );
  });

  it('renders a missing variable empty, and tolerates spaces inside the braces', () => {
    const noQueue = templateVariables({ ...sample, queue: null, userData: null });
    expect(
      renderUrlTemplate('https://crm.example/?q={{ queue.name }}&v={{userData.VIP}}&x={{nope}}', noQueue),
    ).toBe('https://crm.example/?q=&v=&x=');
  });

  it('leaves the template outside the placeholders untouched', () => {
    expect(renderUrlTemplate('https://crm.example/a b/{{caller}}', vars)).toBe(
      'https://crm.example/a b/1013',
    );
  });
});

describe('renderTextTemplate', () => {
  it('renders a title with values as they are', () => {
    expect(renderTextTemplate('Sales: {{caller}} for {{user.fullName}} & co', vars)).toBe(
      'Sales: 1013 for James Bond & co',
    );
  });

  it('renders missing variables empty', () => {
    expect(
      renderTextTemplate(
        '{{queue.displayName}} / {{userData.MISSING}}',
        templateVariables({ ...sample, queue: null }),
      ),
    ).toBe(' / ');
  });

  it('prefers the agent id over the XiVO user agentId', () => {
    const both = templateVariables({ ...sample, agent: { id: 'A-7' } });
    expect(renderTextTemplate('{{agent.id}} {{agentId}} {{user.agentId}}', both)).toBe('A-7 A-7 29');
  });
});

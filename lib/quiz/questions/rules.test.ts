import { describe, expect, it } from 'vitest';

import { withCell, withFigure } from '../__fixtures__/figures';
import { quizData } from '../data';
import { cellRef, cellNumber, informs, rulesOut, weighs } from '../define';
import type { Data, CellRef, QuestionDef } from '../types';
import { broadcastFrequency } from './broadcast-frequency';
import { broadcastSize, manualRepeatLimit } from './broadcast-size';
import { companyName } from './company-name';
import { contacts } from './contacts';
import { customers } from './customers';
import { groups } from './groups';
import { moments } from './moments';
import { purpose } from './purpose';
import { team } from './team';
import { workTools } from './work-tools';

/*
 * Each question's rule at the edges of its figures: a need equal to a figure is met, one more
 * is not. Figures are read from the data (or set by the test), never typed here.
 */

const data = quizData();
const n = (ref: CellRef, figures: Data = data) => cellNumber(ref, figures);

function signals(question: QuestionDef, option: string, need = 0, figures: Data = data) {
  return question.rule({ option, need, data: figures });
}

describe('purpose', () => {
  const wechat = cellRef('service-focus.audience', 'wechat');
  const wecom = cellRef('service-focus.audience', 'wecom');

  it('weighs for WeChat for oneself and for WeCom for an organisation, kept apart or not', () => {
    expect(signals(purpose, 'me')).toEqual([weighs(wechat, 'wechat', 2, 'for-individuals')]);
    expect(signals(purpose, 'business')).toEqual([weighs(wecom, 'wecom', 1, 'for-organisations')]);
    expect(signals(purpose, 'both')).toEqual([weighs(wecom, 'wecom', 1, 'keep-apart')]);
  });
});

describe('contacts', () => {
  const wechatFull = cellRef('contacts.per-account-default', 'wechat');
  const wechatMax = cellRef('contacts.per-account-max', 'wechat');
  const wecomDefault = cellRef('contacts.per-account-default', 'wecom');
  const wecomMax = cellRef('contacts.per-account-max', 'wecom');
  const chatsOnly = weighs(wechatFull, 'wecom', 2, 'chats-only');
  const friendCap = rulesOut(wechatMax, 'friend-cap');
  const approval = informs(wecomMax, 'member-approval');
  const spread = informs(wecomMax, 'spread-members');

  it('weighs, then rules out, personal WeChat past its friend caps', () => {
    // WeCom's default per-member cap set above WeChat's, so each edge is tested alone.
    const figures = withFigure(wecomDefault.id, 'wecom', n(wechatMax));
    // Within WeChat's friend cap the reader still sees the cap they fit under.
    expect(signals(contacts, '', n(wechatFull), figures)).toEqual([
      informs(wechatFull, 'chats-only'),
    ]);
    expect(signals(contacts, '', n(wechatFull) + 1, figures)).toEqual([chatsOnly]);
    expect(signals(contacts, '', n(wechatMax), figures)).toEqual([chatsOnly]);
    expect(signals(contacts, '', n(wechatMax) + 1, figures)).toEqual([friendCap, approval]);
  });

  it('tells of WeCom’s approval past a member’s default cap and of colleagues past its maximum', () => {
    // WeChat's caps set around WeCom's: chats only from below WeCom's default to past its maximum.
    const figures = withFigure(
      wechatFull.id,
      'wechat',
      n(wecomDefault) - 100,
      withFigure(wechatMax.id, 'wechat', n(wecomMax) + 10),
    );
    expect(signals(contacts, '', n(wecomDefault), figures)).toEqual([chatsOnly]);
    expect(signals(contacts, '', n(wecomDefault) + 1, figures)).toEqual([chatsOnly, approval]);
    expect(signals(contacts, '', n(wecomMax), figures)).toEqual([chatsOnly, approval]);
    expect(signals(contacts, '', n(wecomMax) + 1, figures)).toEqual([chatsOnly, spread]);
  });
});

describe('customers', () => {
  const free = cellRef('contacts.free-external-contacts', 'wecom');
  const wechatMax = cellRef('contacts.per-account-max', 'wechat');
  const paid = weighs(free, 'wechat', 1, 'paid-quota');

  it('weighs WeCom’s paid quota past its free one, and the scattered accounts past one WeChat', () => {
    expect(n(free)).toBeLessThan(n(wechatMax));
    expect(signals(customers, '', n(free))).toEqual([informs(free, 'free-quota')]);
    expect(signals(customers, '', n(free) + 1)).toEqual([paid]);
    expect(signals(customers, '', n(wechatMax))).toEqual([paid]);
    expect(signals(customers, '', n(wechatMax) + 1)).toEqual([
      paid,
      weighs(wechatMax, 'wecom', 2, 'scattered'),
    ]);
  });
});

describe('feature questions', () => {
  const stay = 'staff-leaving.customers-stay-with-company';
  const wecom = cellRef(stay, 'wecom');
  const wechat = cellRef(stay, 'wechat');

  it('rule out the account without the feature when it is a must, and say what the other does', () => {
    expect(signals(team, 'must')).toEqual([
      informs(wecom, 'customers-stay'),
      rulesOut(wechat, 'customers-leave'),
    ]);
  });

  it('weigh for the only account with the feature when it is nice, else say nothing', () => {
    expect(signals(team, 'nice')).toEqual([weighs(wecom, 'wecom', 2, 'customers-stay')]);
    expect(signals(team, 'nice', 0, withFigure(stay, 'wechat', true))).toEqual([]);
    expect(signals(team, 'nice', 0, withFigure(stay, 'wecom', false))).toEqual([]);
    const onlyWechat = withFigure(stay, 'wecom', false, withFigure(stay, 'wechat', true));
    expect(signals(team, 'nice', 0, onlyWechat)).toEqual([
      weighs(wechat, 'wechat', 2, 'customers-leave'),
    ]);
    expect(signals(team, 'no')).toEqual([]);
  });

  it('weigh for appearing as yourself when a company name is not wanted', () => {
    const name = 'profile-card.verified-company-name';
    expect(signals(companyName, 'nice')).toEqual([
      weighs(cellRef(name, 'wecom'), 'wecom', 1, 'company-name'),
    ]);
    expect(signals(companyName, 'no')).toEqual([
      weighs(cellRef(name, 'wechat'), 'wechat', 1, 'as-yourself'),
    ]);
    expect(signals(companyName, 'no', 0, withFigure(name, 'wechat', true))).toEqual([]);
  });

  it('tell of check-ins and approvals when work tools are a must, if WeCom has them', () => {
    const tools = 'work-tools.calendar-meetings-docs';
    const checkIn = cellRef('work-tools.check-in-approvals-reports', 'wecom');
    const must = [
      informs(cellRef(tools, 'wecom'), 'work-tools'),
      rulesOut(cellRef(tools, 'wechat'), 'no-work-tools'),
    ];
    expect(signals(workTools, 'must')).toEqual([...must, informs(checkIn, 'check-in')]);
    expect(signals(workTools, 'must', 0, withFigure(checkIn.id, 'wecom', false))).toEqual(must);
    expect(signals(workTools, 'nice')).toEqual([
      weighs(cellRef(tools, 'wecom'), 'wecom', 1, 'work-tools'),
    ]);
    expect(signals(workTools, 'no')).toEqual([]);
  });
});

describe('moments', () => {
  const wecom = cellRef('moments.member-posts-per-day', 'wecom');
  const wechat = cellRef('moments.member-posts-per-day', 'wechat');
  const cap = n(wecom);
  const noCap = informs(wechat, 'moments-no-cap');

  it('says nothing for rare posts', () => {
    expect(signals(moments, 'rarely', 0)).toEqual([]);
  });

  it('rules out WeCom past its display cap, where WeChat has none', () => {
    expect(cellValue(wechat)).toBe('no-published-cap');
    expect(signals(moments, '', cap)).toEqual([informs(wecom, 'moments-cap')]);
    expect(signals(moments, '', cap + 1)).toEqual([rulesOut(wecom, 'moments-cap'), noCap]);
  });

  it('rules out WeChat past a published cap of its own', () => {
    const figures = withFigure(wechat.id, 'wechat', cap + 2);
    expect(signals(moments, '', cap + 2, figures)).toEqual([rulesOut(wecom, 'moments-cap')]);
    expect(signals(moments, '', cap + 3, figures)).toEqual([
      rulesOut(wecom, 'moments-cap'),
      rulesOut(wechat, 'moments-cap'),
    ]);
  });

  it('tells WeChat has no cap when WeCom publishes none either, and nothing when WeChat’s is unknown', () => {
    const noWecomCap = withCell(wecom.id, 'wecom', { absent: 'not-found' });
    expect(signals(moments, '', 1, noWecomCap)).toEqual([noCap]);
    const unknown = withFigure(wechat.id, 'wechat', 'one-per-day');
    expect(signals(moments, '', cap + 1, unknown)).toEqual([rulesOut(wecom, 'moments-cap')]);
  });

  function cellValue(ref: CellRef) {
    const cell = data.facts.find((fact) => fact.id === ref.id)![ref.account];
    return 'value' in cell ? cell.value : undefined;
  }
});

describe('groups', () => {
  const wechat = cellRef('groups.external-max-members', 'wechat');
  const customerGroup = cellRef('groups.external-max-members', 'wecom');
  const internal = cellRef('groups.internal-max-members', 'wecom');
  const allStaff = informs(cellRef('groups.all-staff-max-members', 'wecom'), 'all-staff-group');
  const groupCap = rulesOut(wechat, 'group-cap');
  // WeCom's customer groups set below WeChat's cap, so each edge is tested alone.
  const figures = withFigure(customerGroup.id, 'wecom', n(wechat) - 100);
  const customerCap = n(customerGroup, figures);
  const beyondCustomerCap = [
    rulesOut(customerGroup, 'customer-group-cap'),
    weighs(cellRef('groups.qr-linked-groups', 'wecom'), 'wecom', 2, 'qr-linked-groups'),
  ];

  it('tells both caps for groups both accounts hold', () => {
    expect(signals(groups, 'up-to', n(customerGroup))).toEqual([
      informs(wechat, 'group-cap'),
      informs(customerGroup, 'customer-group-cap'),
    ]);
  });

  it('rules out WeChat past its cap and WeCom past its internal cap, for internal groups', () => {
    const wechatCap = n(wechat);
    expect(n(internal)).toBeGreaterThan(wechatCap);
    expect(signals(groups, 'internal', wechatCap)).toEqual([
      informs(internal, 'internal-group'),
      allStaff,
    ]);
    expect(signals(groups, 'internal', wechatCap + 1)).toEqual([
      groupCap,
      informs(internal, 'internal-group'),
      allStaff,
    ]);
    expect(signals(groups, 'internal', n(internal) + 1)).toEqual([
      groupCap,
      rulesOut(internal, 'internal-group'),
      allStaff,
    ]);
  });

  it('rules out WeCom past its customer-group cap, for groups with customers', () => {
    expect(signals(groups, 'external', customerCap, figures)).toEqual([]);
    expect(signals(groups, 'external', customerCap + 1, figures)).toEqual(beyondCustomerCap);
    expect(signals(groups, 'external', n(wechat) + 1, figures)).toEqual([
      groupCap,
      ...beyondCustomerCap,
    ]);
  });
});

describe('broadcast size', () => {
  const wechat = cellRef('mass-messages.recipients-per-send', 'wechat');
  const wecom = cellRef('mass-messages.recipients-per-send', 'wecom');
  const batch = n(wechat);
  const batches = (kind: 'weighs' | 'rules-out') => [
    kind === 'weighs'
      ? weighs(wechat, 'wecom', 2, 'broadcast-batches')
      : rulesOut(wechat, 'broadcast-batches'),
    informs(wecom, 'wecom-batch'),
  ];

  it('says nothing without broadcasts, and tells WeChat’s batch within it', () => {
    expect(signals(broadcastSize, 'none', batch * manualRepeatLimit)).toEqual([]);
    expect(signals(broadcastSize, 'small', batch)).toEqual([informs(wechat, 'broadcast-batches')]);
  });

  it('weighs WeChat’s repeated sends, and rules it out from ten sends on', () => {
    expect(signals(broadcastSize, 'large', batch + 1)).toEqual(batches('weighs'));
    expect(signals(broadcastSize, 'large', batch * (manualRepeatLimit - 1))).toEqual(
      batches('weighs'),
    );
    expect(signals(broadcastSize, 'large', batch * (manualRepeatLimit - 1) + 1)).toEqual(
      batches('rules-out'),
    );
    expect(signals(broadcastSize, 'large', batch * manualRepeatLimit)).toEqual(
      batches('rules-out'),
    );
  });
});

describe('broadcast frequency', () => {
  const limit = cellRef('mass-messages.per-customer-limit', 'wecom');

  it('is asked only of those who broadcast', () => {
    expect(broadcastFrequency.asked({ 'broadcast-size': 'none' })).toBe(false);
    expect(broadcastFrequency.asked({ 'broadcast-size': 'small' })).toBe(true);
    expect(broadcastFrequency.asked({})).toBe(true);
  });

  it('rules out WeCom for more messages than it delivers, unless no limit is known', () => {
    expect(signals(broadcastFrequency, 'more')).toEqual([rulesOut(limit, 'broadcast-cap')]);
    expect(signals(broadcastFrequency, 'within')).toEqual([informs(limit, 'broadcast-cap')]);
    const unknown = withCell(limit.id, 'wecom', { absent: 'not-found' });
    expect(signals(broadcastFrequency, 'more', 0, unknown)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../../src/extract/article/dateline.ts';
import { dateValue } from '../../../src/extract/article/dates.ts';

type Case = [
  line: string,
  place: string | null,
  date: string | null,
  publisher: string | null,
  prose: string,
];

const OPENING: Case[] = [
  [
    'MOSCOW — Foreign Minister Lavrov traveled.',
    'MOSCOW',
    null,
    null,
    'Foreign Minister Lavrov traveled.',
  ],
  ['MOSCOW (AP) — Talks ended.', 'MOSCOW', null, 'The Associated Press', 'Talks ended.'],
  ['WASHINGTON (AP) -- Talks ended.', 'WASHINGTON', null, 'The Associated Press', 'Talks ended.'],
  [
    'INDEPENDENCE, MO. (AP)-- Talks ended.',
    'INDEPENDENCE',
    null,
    'The Associated Press',
    'Talks ended.',
  ],
  ['INDEPENDENCE, Mo. _ The alliance grew.', 'INDEPENDENCE', null, null, 'The alliance grew.'],
  ['HAVANA (AP ) -- Talks ended.', 'HAVANA', null, 'The Associated Press', 'Talks ended.'],
  [
    'WASHINGTON, March 3 (Reuters) - Stocks rose.',
    'WASHINGTON',
    'XXXX-03-03',
    'Reuters',
    'Stocks rose.',
  ],
  [
    'JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored.',
    'JOHANNESBURG',
    'XXXX-08-07',
    'Xinhua',
    'South Africa deplored.',
  ],
  ['BERLIN, 17 May (dpa) - Talks ended.', 'BERLIN', 'XXXX-05-17', 'dpa', 'Talks ended.'],
  [
    'NEW YORK, March 3, 2010 /PRNewswire/ -- Acme announced.',
    'NEW YORK',
    '2010-03-03',
    'PR Newswire',
    'Acme announced.',
  ],
  ['MOSCOW, May 17. /TASS/. Russia said.', 'MOSCOW', 'XXXX-05-17', 'TASS', 'Russia said.'],
  [
    'DAR ES SALAAM, Tanzania (AP) _ The bomb exploded.',
    'DAR ES SALAAM',
    null,
    'The Associated Press',
    'The bomb exploded.',
  ],
  ['ST. PETERSBURG, Russia — Talks ended.', 'ST. PETERSBURG', null, null, 'Talks ended.'],
  ['NEW DELHI: The court ruled.', 'NEW DELHI', null, null, 'The court ruled.'],
  ['Moscow (Reuters) - Talks ended.', 'Moscow', null, 'Reuters', 'Talks ended.'],
  ['(CNN) — The border closed.', null, null, 'CNN', 'The border closed.'],
  ['Jan. 5, 2010 — The company cut jobs.', null, '2010-01-05', null, 'The company cut jobs.'],
  [
    'TOKYO, March 11 Kyodo - A quake struck.',
    'TOKYO',
    'XXXX-03-11',
    'Kyodo News',
    'A quake struck.',
  ],
  [
    'SYDNEY, March 6 AAP - Floods rose.',
    'SYDNEY',
    'XXXX-03-06',
    'Australian Associated Press',
    'Floods rose.',
  ],
  ['Madrid, Mar 6 (EFE).- Jobs fell.', 'Madrid', 'XXXX-03-06', 'EFE', 'Jobs fell.'],
  ['(ANSA) - Rome, March 6 - The plan passed.', 'Rome', 'XXXX-03-06', 'ANSA', 'The plan passed.'],
  ['(ANSA) - ROME, MAR 6 - The plan passed.', 'ROME', 'XXXX-03-06', 'ANSA', 'The plan passed.'],
  [
    'SAN JOSE, Calif.--(BUSINESS WIRE)--March 6, 2012--Example Inc. named a chief.',
    'SAN JOSE',
    '2012-03-06',
    'Business Wire',
    'Example Inc. named a chief.',
  ],
  ['LONDON, 6 March 2012 — Rates held.', 'LONDON', '2012-03-06', null, 'Rates held.'],
  [
    'OSLO, Norway and CAMBRIDGE, Mass., June 5, 2012 — Halvorsen Pharma agreed to buy Cellara.',
    'OSLO',
    '2012-06-05',
    null,
    'Halvorsen Pharma agreed to buy Cellara.',
  ],
  [
    'GENEVA and NEW YORK (Reuters) - The agencies appealed.',
    'GENEVA',
    null,
    'Reuters',
    'The agencies appealed.',
  ],
  ['Kyiv, Ukraine — Russian forces attacked.', 'Kyiv', null, null, 'Russian forces attacked.'],
  ['Rio de Janeiro, Brazil -- Floods rose.', 'Rio de Janeiro', null, null, 'Floods rose.'],
];

describe('matchDateline()', () => {
  it.each(OPENING)('reads "%s"', (line, place, date, publisher, prose) => {
    const dateline = matchDateline(line);
    expect(dateline).not.toBeNull();
    expect(dateline!.place).toBe(place);
    expect(dateline!.date ? dateValue(dateline!.date) : null).toBe(date);
    expect(dateline!.publisher).toBe(publisher);
    expect(line.slice(dateline!.length)).toBe(prose);
  });

  it.each([
    ['NAIROBI, Kenya (AP) _', 'NAIROBI'],
    ['UNITED NATIONS (AP) _', 'UNITED NATIONS'],
    ['LONDON 1996-08-20', 'LONDON'],
  ])('reads "%s" as a dateline on a line of its own', (line, place) => {
    expect(matchDateline(line, true)?.place).toBe(place);
    expect(matchDateline(line)).toBeNull();
  });

  it.each([
    'NATO leaders met in Brussels on Tuesday.',
    'The talks — which lasted hours — ended.',
    'A — the first letter.',
    'Russia and Belarus are allies.',
    'NATO and EU leaders met in Brussels.',
    'WASHINGTON',
    'NEW YORK AP reporters met.',
    '(AP) Rome, March 6 was sunny.',
    'Meanwhile, Russia — which supplies the gas — stayed silent.',
    'However, the plan — drafted in May — failed.',
    'Kyiv, Ukraine — the capital — held out.',
  ])('finds no dateline in "%s"', (line) => {
    expect(matchDateline(line)).toBeNull();
  });
});

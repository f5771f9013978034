// Set 19's chat and e-mail families: LINE and KakaoTalk text exports, a parents' association mail
// thread and a Viber group export, people sharing contact details the way they type them.
import type { Rng } from '../pii-heldout/prng.js';
import { card, Doc, gold, hm, iban, n, ph, who, type Unit } from './kit.js';

function lineExport(r: Rng): Unit {
  const a = who(r, r.pick(['ja', 'zh']));
  const b = who(r, r.pick(['ja', 'zh']));
  return new Doc().add('[LINE] ', a.name, 'とのトーク履歴\n保存日時：2026/12/0', String(r.int(1, 6)), ' ', hm(r), '\n\n', hm(r), '\t', gold('person', 'given', a.p.given), '\t明日の集合は駅前で！\n', hm(r), '\t', gold('person', 'given', b.p.given), '\t了解。私の新しい番号 ', ...ph(r), '\n', hm(r), '\t', gold('person', 'given', a.p.given), '\tメールはこっち→ ', a.email, '\n', hm(r), '\t', gold('person', 'given', b.p.given), '\t会費 ', n(r, 'price'), ' 振込みました\n').unit();
}

function kakao(r: Rng): Unit {
  const a = who(r, 'ko');
  const b = who(r, 'ko');
  return new Doc().add(a.name, ' 님과 카카오톡 대화\n저장한 날짜 : 2026-12-0', String(r.int(1, 6)), '\n\n', '2026. 11. ', String(r.int(1, 28)), '. 오후 ', hm(r), ', ', gold('person', 'family-given', b.p.family + b.p.given), ' : 택배 송장번호 ', n(r, 'tracking-no'), '\n', '2026. 11. ', String(r.int(1, 28)), '. 오후 ', hm(r), ', ', gold('person', 'family-given', a.p.family + a.p.given), ' : 연락처 ', ...ph(r), ' 이메일 ', a.email, '\n').unit();
}

function ptaThread(r: Rng): Unit {
  const a = who(r, 'en');
  const b = who(r, r.pick(['en', 'es', 'zh', 'hi']));
  return new Doc().add('From: ', a.name, ' <', a.email, '>\nTo: pta-board@lists.example.org\nSubject: Re: bake sale float\n\nThanks all! We raised ', n(r, 'price'), ' (up ', n(r, 'percentage'), ' on last year).\n', b.name, ' — can you pay the hall hire? Our account is ', iban(r, r.pick(['GB', 'IE'])), ', or call me on ', ...ph(r), '.\n\n> On ', n(r, 'ts-us'), ', ', b.name, ' <', b.email, '> wrote:\n> I used my own card ', card(r, 'spaced'), ' for the flour, please reimburse.\n').unit();
}

function viber(r: Rng): Unit {
  const d = new Doc().add('Viber group "Будинок 12 / Σύλλογος" — exported ', n(r, 'ts-eu'), '\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const w = who(r, r.pick(['uk', 'ru', 'el', 'ro']));
    d.add('[', hm(r), '] ', w.name, ': ', r.pick(['мій номер ', 'το κινητό μου ', 'numărul meu ', 'пишіть ']), ...(r.chance(0.6) ? ph(r) : [w.email]), '\n');
  }
  return d.unit();
}

export const CHAT_SOURCES19: Record<string, (rng: Rng) => Unit> = { 'line-chat-export': lineExport, 'kakaotalk-export': kakao, 'pta-mail-thread': ptaThread, 'viber-export': viber };

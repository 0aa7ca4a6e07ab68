import { describe, expect, it } from 'vitest';
import { advise, adviceReply } from '../../src/pricing/index.ts';
import { sections } from './helpers.ts';

const secs = sections();
const MARKUP = /\*\*|__|```|<\/?[a-z]+>|^#+ /m;

describe('adviceReply', () => {
  it('states the recommendation, the understood factors, reasons, alternatives and a cost table', () => {
    const r = adviceReply(advise('3년 동안 24시간 계속 돌아가는 사내 ERP 데이터베이스 서버, 시간당 $0.10', 'ko'), secs);
    expect(r.kind).toBe('advice');
    expect(r.lang).toBe('ko');
    expect(r.text).toMatch(/^추천: 예약 인스턴스/);
    expect(r.text).toMatch(/이해한 내용: .*기간 3년/);
    expect(r.text).toMatch(/이유:/);
    expect(r.text).toMatch(/불리한 이유:\n- 온디맨드 인스턴스/);
    expect(r.text).not.toMatch(MARKUP);
    expect(r.citation?.label).toMatch(/^§3\.\d Amazon EC2 요금 모델/);
    const table = r.fields!.map((f) => `${f.label}: ${f.value}`).join('\n');
    expect(table).toMatch(/온디맨드 인스턴스: \$73\.00\/월/);
    expect(table).toMatch(/예약 인스턴스 \(3년\): 선결제 없음 \$1,130\.04/);
    expect(table).toMatch(/예약 인스턴스 \(1년 ×3\): 선결제 없음 \$1,655\.64/);
  });

  it('leads with the recommendation and its reason, and prints the example-price note once', () => {
    const r = adviceReply(advise('Steady production API running all year, predictable load', 'en'), secs);
    const lines = r.text.split('\n');
    expect(lines[0]).toMatch(/^Recommendation: Reserved Instances/);
    expect(lines[1]).toBe('Why:');
    expect(lines[2]).toMatch(/^- /);
    const all = [r.text, ...r.fields!.map((f) => f.value)].join('\n');
    expect(all.split('example prices (as of').length - 1).toBe(1);
  });

  it('keeps the AWS-has-changed note apart, and the cost table under its own heading, not under the note', () => {
    const r = adviceReply(advise('매주 월요일 오전 9시부터 4시간씩 1년 동안 리포트 작업', 'ko'), secs);
    const [teaching, note] = r.text.split('[참고: 모듈 작성 이후 AWS 변경 사항');
    expect(note).toBeDefined();
    expect(teaching).toMatch(/^추천: 예정된 예약 인스턴스/);
    // The teaching says the module's answer is no longer sold and what to do now.
    expect(teaching).toMatch(/더 이상 판매하지 않음|이제 AWS가 판매하지 않음/);
    expect(note).toMatch(/신규 구매/);
    const noteLines = note.split('\n');
    expect(noteLines.at(-1)).toMatch(/^비용 표/);
    expect(noteLines.at(-2)).toBe('');
    expect(r.fields![0].label).toMatch(/^비용 표/);
  });

  it('shows the mix', () => {
    const r = adviceReply(advise('Always-on baseline of servers for years, plus unpredictable bursts', 'en'), secs);
    expect(r.text).toMatch(/Mix: Reserved Instances \(예약 인스턴스\) 75% \+ On-Demand Instances \(온디맨드 인스턴스\) 25%/);
    expect(r.fields!.some((f) => /Mix/.test(f.label))).toBe(true);
  });

  it('gives a provisional answer and the first guided question when too little is said', () => {
    const r = adviceReply(advise('서버 하나 필요해', 'ko'), secs);
    expect(r.text).toMatch(/잠정 답: 온디맨드 인스턴스/);
    expect(r.text).toMatch(/1\. .*\n2\. /);
    expect(r.actions!.filter((a) => a.group === 'choices').length).toBeGreaterThan(0);
    for (const a of r.actions!) expect(a.id.length).toBeLessThanOrEqual(100);
  });

  it('English reply keeps module terms in Korean', () => {
    const r = adviceReply(advise('BYOL for SQL Server licensed per socket', 'en'), secs);
    expect(r.lang).toBe('en');
    expect(r.text).toMatch(/Recommendation: Dedicated Hosts \(전용 호스트\)/);
    expect(r.text).toMatch(/Understood: per-socket licence/);
  });

  it('links the cited sections as buttons the facade understands', () => {
    const r = adviceReply(advise('fault-tolerant crawler, can be interrupted', 'en'), secs);
    const ids = r.actions!.map((a) => a.id);
    expect(ids).toContain('section:3.3');
    expect(ids.some((id) => id.startsWith('pricing:start'))).toBe(true);
  });
});

// Option values at the edge: trimmed, one line, within the declared lengths, never echoed back.
import { describe, expect, it } from 'vitest';
import { OPTION_MAX, readOption } from '../../src/bot/options.js';
import { COMMANDS } from '../../commands/index.js';

describe('readOption', () => {
  it('trims and collapses whitespace', () => {
    expect(readOption('quote', '  the   old\n pier  ')).toEqual({ ok: true, text: 'the old pier' });
  });

  it('refuses an empty required option and accepts an empty optional one', () => {
    expect(readOption('quote', '   ').ok).toBe(false);
    expect(readOption('about', null, false)).toEqual({ ok: true, text: '' });
  });

  it('refuses a 10,000-character value with its length, without echoing it', () => {
    const r = readOption('question', 'x'.repeat(10_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/10,000 characters, at most 500/);
      expect(r.message).not.toContain('xxxx');
    }
  });

  it('refuses values that are not text', () => {
    expect(readOption('claim', 42).ok).toBe(false);
  });
});

describe('command definitions', () => {
  const defs = COMMANDS.map((c) => c.data.toJSON());

  it('declare a max length on every string option, matching the handler limits', () => {
    for (const d of defs) {
      // /seeds' subcommands hold attachments and a file name, not free text: bot-seeds.e2e covers them
      if (d.name === 'seeds') continue;
      for (const o of ('options' in d ? d.options ?? [] : []) as { name: string; type: number; max_length?: number }[]) {
        expect(o.type).toBe(3);
        expect(o.max_length).toBe(OPTION_MAX[o.name as keyof typeof OPTION_MAX]);
      }
    }
  });

  it('have valid names and descriptions', () => {
    for (const d of defs) {
      if (d.type === 3) expect(d.name).toMatch(/^.{1,32}$/);
      else expect(d.name).toMatch(/^[a-z-]{1,32}$/);
      if (d.type !== 3) expect((d as { description: string }).description.length).toBeLessThanOrEqual(100);
    }
  });

  it('make /reload and /seeds guild-only for Manage Server, and everything else usable in DMs and user installs', () => {
    for (const d of defs) {
      if (d.name === 'reload' || d.name === 'seeds') {
        expect(d.contexts).toEqual([0]);
        expect(d.default_member_permissions).toBe('32');
      } else {
        expect(d.contexts).toEqual([0, 1, 2]);
        expect(d.integration_types).toEqual([0, 1]);
      }
    }
  });
});

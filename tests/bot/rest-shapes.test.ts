import { describe, expect, it } from 'vitest';
import type { REST } from 'discord.js';
import { RegisteredCommands, UserGuilds, restResult } from '../../src/bot/restShapes.js';
import { clearOtherScope } from '../../src/bot/reconcileScopes.js';
import { syncCommands } from '../../src/bot/registerCommands.js';

describe('REST results are validated, not cast', () => {
  it.each([
    ['a list of commands', [{ id: '1', name: 'when', type: 1, extra: true }]],
    ['an empty list', []],
  ])('given %s, the commands come back as sent', (_what, value) => {
    expect(restResult(RegisteredCommands, value, 'GET /x')).toEqual(value);
  });

  it.each([
    ['an error object instead of a list', { message: '401: Unauthorized', code: 0 }],
    ['null', null],
    ['a command without a name', [{ id: '1' }]],
    ['an HTML page', '<html>proxy error</html>'],
  ])('given %s, the error names the request', (_what, value) => {
    expect(() => restResult(RegisteredCommands, value, 'GET /applications/1/commands'))
      .toThrow(/Discord's answer to GET \/applications\/1\/commands was not what Byline expects/);
  });

  it('given a guild without an id, the error says where', () => {
    expect(() => restResult(UserGuilds, [{ id: '1' }, { name: 'x' }], 'GET /users/@me/guilds')).toThrow(/at 1\.id/);
  });

  it('given a guild list that is not a list, clearing global registration reports that scope as failed', async () => {
    const rest = { get: async () => ({ message: 'nope' }), put: async () => [] } as unknown as REST;
    const out = await clearOtherScope(rest, '123456789012345678', undefined);
    expect(out.failed).toEqual([{ scope: 'guilds', reason: expect.stringMatching(/GET \/users\/@me\/guilds/) }]);
    expect(out.cleared).toEqual([]);
  });

  it('given a command list that is not a list, registering fails before anything is written', async () => {
    const puts: unknown[] = [];
    const rest = { get: async () => 'oops', put: async (_r: string, o: unknown) => { puts.push(o); return []; } } as unknown as REST;
    await expect(syncCommands(rest, '123456789012345678', '123456789012345679', [])).rejects.toThrow(/not what Byline expects/);
    expect(puts).toEqual([]);
  });
});

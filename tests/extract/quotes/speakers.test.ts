import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { body, quotesOf, speakerOf } from '../../support/quotes.js';

describe('speakers that are documents and unnamed people, kept as written', () => {
  it('given "the memo reads" and "said the ruling", the document speaks', () => {
    const qs = quotesOf(body(
      '"Every depot must close by the first frost," the memo reads.',
      '"The county may not charge a fee for a ballot," said the ruling.',
    ));
    expect(speakerOf(qs, 'first frost')).toBe('the memo');
    expect(speakerOf(qs, 'charge a fee')).toBe('the ruling');
  });

  it('given "a neighbour commented:" and "my uncle often said", the unnamed person speaks', () => {
    const qs = quotesOf(body(
      'While the water rose, a friend commented: "This valley has never flooded in my lifetime."',
      '"Keep the boat tied at night," my father often said.',
    ));
    expect(speakerOf(qs, 'never flooded')).toBe('a friend');
    expect(speakerOf(qs, 'boat tied')).toBe('my father');
  });

  it('given a sentence-initial possessive ("His aides say"), the group speaks', () => {
    const qs = quotesOf(body('Governor Ilse Marrow visited the dam on Tuesday.', 'His aides say the repairs will take another three winters to finish.'));
    expect(speakerOf(qs, 'three winters')).toBe('His aides');
  });

  it('given a role with a plain noun before it ("Vermont\'s tax commissioner says"), the described role speaks', () => {
    const qs = quotesOf(body("Vermont's tax commissioner says an internal audit found no leak of the filings."));
    expect(speakerOf(qs, 'internal audit')).toMatch(/^vermont's tax commissioner$/i);
  });
});

describe('attributions read beyond "X said"', () => {
  it('given "As X put it,", X speaks', () => {
    const qs = quotesOf(body('As Dana Oyelaran, a harbour economist, recently put it, "Who pays for the dredging when the ships stop coming?"'));
    expect(speakerOf(qs, 'dredging')).toBe('Dana Oyelaran');
  });

  it('given "X called Y a “…”", X speaks and the naming is reported speech', () => {
    const qs = quotesOf(body('Senator Rufus Tamm called the budget passed by the council on Friday a "betrayal."'));
    expect(qs).toContainEqual(['Rufus Tamm', 'indirect', 'the budget passed by the council on Friday a "betrayal."']);
  });

  it('given "called for" an inquiry, what was called for is reported; "called on X to …" reports what was asked', () => {
    expect(quotesOf(body('Mayor Petra Lind called for an inquiry into the flooding of the lower harbour.')))
      .toEqual([['Petra Lind', 'indirect', 'an inquiry into the flooding of the lower harbour']]);
    const qs = quotesOf(body('Mayor Petra Lind called on residents to conserve water during the long dry summer months.'));
    expect(qs).toEqual([['Petra Lind', 'indirect', 'residents to conserve water during the long dry summer months']]);
  });

  it('given "Said X:" opening a sentence, X (not "Said X") speaks', () => {
    const qs = quotesOf(body('Said Okafor: "I do not get the sense the council cares about the harbour."'));
    expect(speakerOf(qs, 'harbour')).toBe('Okafor');
  });

  it('given a month that is a surname ("Gwen May said"), the person speaks', () => {
    const qs = quotesOf(body('Foreign Minister Gwen May said this week that the country would leave the fisheries pact by spring.'));
    expect(speakerOf(qs, 'fisheries pact')).toBe('Gwen May');
  });

  it('given "retired" before a role, the quote before it keeps its speaker', () => {
    const qs = quotesOf(body('The plan "is the only one with the money to keep the port open," retired navy captain Lars Odegaard said.'));
    expect(speakerOf(qs, 'keep the port open')).toBe('Lars Odegaard');
  });

  it('given "In a statement announcing …", the statement is not read as the speaker of the clause', () => {
    const qs = quotesOf(body('In a statement announcing the merger, the Harbour Pilots Association called the deal a "lifeline for the port."'));
    expect(qs.every((q) => q[0] !== 'a statement')).toBe(true);
    expect(speakerOf(qs, 'lifeline')).toBe('Harbour Pilots Association');
  });

  it('given a name of the form "Commission on X", it still speaks', () => {
    const qs = quotesOf(body('The independent Commission on Coastal Safety says there was indeed a fault with the harbour radar on Monday.'));
    expect(speakerOf(qs, 'harbour radar')).toMatch(/Coastal Safety/);
  });

  it('given "wrote X for the Herald", the writer (not the paper) speaks', () => {
    const qs = quotesOf(body('"The impact of the vote is still small," wrote Ana Ruiz for the Harbour Herald.'));
    expect(speakerOf(qs, 'still small')).toBe('Ana Ruiz');
  });

  it('given "The Herald on Saturday wrote that …", the paper speaks; "Secretary of State X" stays X', () => {
    const qs = quotesOf(body(
      'The Harbour Herald on Saturday wrote that the mayor had hidden a loss of four million in the port accounts.',
      'Secretary of State Joan Kerrigan said the talks over the harbour would resume next week.',
    ));
    expect(speakerOf(qs, 'hidden a loss')).toBe('The Harbour Herald');
    expect(speakerOf(qs, 'talks over the harbour')).toBe('Joan Kerrigan');
  });
});

describe('a lowercase description before the name after the verb', () => {
  it('given "said 7/7 survivor X" and "says longtime resident X", the named person speaks', () => {
    const qs = quotesOf(body(
      '"The inquiry has failed every family on this list," said 7/7 survivor Dana Whitcombe.',
      '"We were never told the river could reach the houses," says longtime resident Omar Haddad.',
    ));
    expect(speakerOf(qs, 'failed every family')).toBe('Dana Whitcombe');
    expect(speakerOf(qs, 'never told the river')).toBe('Omar Haddad');
  });

  it('given "said that X …" or "said on Monday X", no description is read and no one is invented', () => {
    const qs = quotesOf(body(
      'The ferry will stop on Friday, the operator said that Marwick Lines had confirmed.',
    ));
    expect(qs.every((q) => q[0] !== 'Marwick Lines')).toBe(true);
  });
});

describe('he/she: the nearest person of that gender, preferring the one speaking in that paragraph', () => {
  it('given "X says he demands of Y" then a quote with "he asks", X (the speaker) asks, not Y', () => {
    const qs = quotesOf(body(
      'Speaking at a depot in Carrow, Martin Oduya says he is making a demand of Gerald Finch.',
      '"Will you publish the contracts before the vote?" he asks.',
    ));
    expect(speakerOf(qs, 'publish the contracts')).toBe('Martin Oduya');
  });

  it('given a woman named last but a man speaking before, "he said" is the man', () => {
    const qs = quotesOf(body(
      'Mayor Thomas Ekwall said the bridge would reopen in May.',
      'Councillor Susan Reade disagreed.',
      '"The money for the bridge is already spent," he said.',
    ));
    expect(speakerOf(qs, 'already spent')).toBe('Thomas Ekwall');
  });

  it('given a man known only by his given name, "he said" reaches him over a nearer unknown name', () => {
    const qs = quotesOf(body(
      'Donald Brisco, the harbour master, said the pier was unsafe.',
      'The ferry is run by Orvane Lines.',
      '"Nobody should stand on it tonight," he said.',
    ));
    expect(speakerOf(qs, 'Nobody should stand')).toBe('Donald Brisco');
  });
});

describe('"on" inside an organisation name', () => {
  it('given "the Commission on X said" before or after the quote, the whole commission speaks and X is no person', () => {
    const a = body(
      'The Commission on Coastal Safety said the harbour radar had failed twice.',
      '"Every buoy will be checked by June," said the Commission on Coastal Safety.',
    );
    const qs = quotesOf(a);
    expect(speakerOf(qs, 'radar had failed')).toMatch(/Commission on Coastal Safety$/);
    expect(speakerOf(qs, 'Every buoy')).toMatch(/Commission on Coastal Safety$/);
    expect(extractPeople(a).filter((p) => p.kind === 'person')).toEqual([]);
  });

  it('given "on" after a person, it does not join a name ("Ana Ruiz on Monday said")', () => {
    const qs = quotesOf(body('Ana Ruiz on Monday said the ferry would not sail.'));
    expect(speakerOf(qs, 'ferry would not sail')).toBe('Ana Ruiz');
  });
});

describe('a paragraph ending in a colon with no verb of saying introduces the next quote', () => {
  it('given "On Monday, X made the following comment:" then a quote paragraph, X speaks', () => {
    const qs = quotesOf(body(
      'On Monday, Councillor Priya Vance made the following comment:',
      '"The harbour fund was spent on consultants, not on the harbour, and every household will pay for it next year."',
    ));
    expect(speakerOf(qs, 'harbour fund was spent')).toBe('Priya Vance');
  });

  it("given only a possessive name before the colon (\"Here is X's statement:\"), no speaker is guessed from it", () => {
    const qs = quotesOf(body(
      "Here is the full text of Priya Vance's statement:",
      '"The harbour fund was spent on consultants, not on the harbour, and every household will pay for it next year."',
    ));
    expect(speakerOf(qs, 'harbour fund was spent')).not.toBe('Priya Vance');
  });
});

describe('a quote that finishes the content clause of a verb of saying', () => {
  it('given "X said the library would show a history, one of “…”", X speaks', () => {
    const qs = quotesOf(body(
      'Mayor Helen Okoro said the new library would show the history of the town, one of "floods and harvests, of mills that closed and schools that opened."',
    ));
    expect(speakerOf(qs, 'floods and harvests')).toBe('Helen Okoro');
  });

  it('given a new sentence between the verb and the quote, the verb does not reach it', () => {
    const qs = quotesOf(body(
      'Mayor Helen Okoro said the library would open in May. Critics of the plan, some of them teachers, wrote on a banner "books are not bricks and never will be bricks."',
    ));
    expect(speakerOf(qs, 'books are not bricks')).not.toBe('Helen Okoro');
  });
});

describe('a lone surname that is also a country or role word', () => {
  it('given "Rep. Tom Jordan" first, later "…, Jordan said" is that person', () => {
    const qs = quotesOf(body(
      'Rep. Tom Jordan questioned the director for an hour.',
      '"The agency kept the files from us for a year," Jordan said.',
    ));
    expect(speakerOf(qs, 'kept the files')).toBe('Tom Jordan');
  });

  it('given no person of that surname, the country is not made a person', () => {
    const qs = quotesOf(body('"The border will stay open to traders," Jordan said in a statement on Sunday.'));
    expect(speakerOf(qs, 'border will stay open')).not.toMatch(/Tom/);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { extractQuotes } from '../../../src/extract/quotes/extractQuotes.js';
import { article, quotesOf, speakerOf } from '../../support/quotes.js';

const body = (...paragraphs: string[]) => article(`Harbour plan divides the council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraphs.join('\n\n')}\n`);

describe('a subject separated from its verb', () => {
  it('given an aside between dashes after an appositive, the named person speaks, not the company in the aside', () => {
    const qs = quotesOf(body(
      "Odile Marchetti, the managing director of Pellworm Freight -- the shipping firm that leases Mr. Brandt's two berths, which it also sublets to ferry lines -- told me, ''We rent the quay; we do not set the tides.''",
    ));
    expect(speakerOf(qs, 'set the tides')).toBe('Odile Marchetti');
  });

  it('given an aside between em dashes right after the name, that name speaks', () => {
    const qs = quotesOf(body('Councillor Ines Varga \u2014 who has sat on the harbour board since 2009 \u2014 said the dredging budget would run out by June.'));
    expect(qs).toContainEqual(['Ines Varga', 'indirect', 'the dredging budget would run out by June']);
  });

  it('given an adverb before the verb ("boldly suggested", "flatly denied"), the subject still speaks', () => {
    const qs = quotesOf(body(
      "During the hearing, the harbour master Tomas Keel boldly suggested that the council ''has never once read the tide tables it pays for.''",
      'Mayor Alba Ruiz angrily insisted the vote had been fair and open to every resident.',
    ));
    expect(speakerOf(qs, 'tide tables')).toBe('Tomas Keel');
    expect(speakerOf(qs, 'vote had been fair')).toBe('Alba Ruiz');
  });

  it('given a word ending in -ly that is a noun ("the family said"), the noun is not skipped as an adverb', () => {
    const qs = quotesOf(body('"We only want the wreck raised before winter," the family said.'));
    expect(speakerOf(qs, 'wreck raised')).toBe('the family');
  });

  it('given "Mr. X … , asserting, “…”" after an aside, the titled subject of the sentence speaks', () => {
    const qs = quotesOf(body(
      "Mr. Brandt hardly settled the dispute, treating the mayor's remark first as praise -- ''That makes me careful'' -- and, when pressed after the meeting, asserting, ''Of course, I pay my berth fees.''",
    ));
    expect(speakerOf(qs, 'berth fees')).toBe('Brandt');
    expect(speakerOf(qs, 'makes me careful')).toBe('Brandt');
  });

  it('given an initial inside the cue\'s sentence ("Michael M. Grynbaum"), the cue still reaches its quote', () => {
    const qs = quotesOf(body(
      "As Ms. Halvorsen put it in a letter to my colleague Peter J. Lund in July, the port is ''a public good that nobody wants to pay for.''",
    ));
    expect(speakerOf(qs, 'public good')).toBe('Halvorsen');
  });

  it('given a lowercase descriptor between the quote and the name ("panel Chairman X said"), X speaks', () => {
    const qs = quotesOf(body('"Subpoenas are not optional," panel Chairman Rep. Jonas Ekwall (R-Ore.) said after the witness failed to appear.'));
    expect(speakerOf(qs, 'not optional')).toBe('Jonas Ekwall');
  });
});

describe('where a reported clause starts and ends', () => {
  it('given "X, a role, said <clause>", the clause after the verb is the content, not the words before the name', () => {
    const qs = quotesOf(body("The port's finance chief, Amara Osei, said the harbour would close two berths next spring."));
    expect(qs).toContainEqual(['Amara Osei', 'indirect', 'the harbour would close two berths next spring']);
    expect(qs.some((q) => q[2].startsWith("The port's finance chief"))).toBe(false);
  });

  it('given a participle cue ("…, arguing that …"), nothing before it is reported as its content', () => {
    const qs = quotesOf(body('Dana Pike spoke on Tuesday about the flooding in Lowmoor, Essex, arguing that the sea wall had been neglected for years.'));
    expect(speakerOf(qs, 'sea wall had been neglected')).toBe('Dana Pike');
    expect(qs.some((q) => q[2].includes('spoke on Tuesday'))).toBe(false);
  });

  it('given a verb that takes an object ("clarified the matter"), the object is not reported speech', () => {
    const qs = quotesOf(body('Commissioner Lea Brandt clarified the matter for the committee members on Friday afternoon.'));
    expect(qs).toEqual([]);
  });

  it('given a verb of announcing with an object ("announced plans"), what was announced is reported', () => {
    const qs = quotesOf(body('The authority announced plans this week to sell the old ferry terminal.'));
    expect(qs).toEqual([['the authority', 'indirect', 'plans this week to sell the old ferry terminal']]);
  });

  it('given such a verb with a clause ("announced it will", "explained how"), the clause is reported', () => {
    const qs = quotesOf(body(
      'On Monday, the port authority announced it will hire twelve more pilots before the summer season.',
      'Harbour master Tomas Keel explained how the new locks would keep the marina open at low tide.',
    ));
    expect(speakerOf(qs, 'twelve more pilots')).toBe('the port authority');
    expect(speakerOf(qs, 'new locks')).toBe('Tomas Keel');
  });
});

describe('a quote that opens the sentence after its cue', () => {
  it('given "…, X said." then a quotation, X speaks it', () => {
    const qs = quotesOf(body(
      'The council may wait until the inquiry reports, Councillor Ines Varga said. "The other thing the council may be weighing is cost. Nobody wants to pay twice for one wall."',
    ));
    expect(speakerOf(qs, 'pay twice')).toBe('Ines Varga');
  });

  it('given a quotation inside a later sentence with its own subject, the earlier cue does not reach it', () => {
    const qs = quotesOf(body(
      'Mayor Alba Ruiz said the pier would reopen in May. Fishermen on the quay, most of them retired, chalked on a board "no pier, no catch, no town left to speak of."',
    ));
    expect(speakerOf(qs, 'no catch')).not.toBe('Alba Ruiz');
  });
});

describe('coordinated reports', () => {
  it('given "X stressed …, and Y warned that …", each speaker keeps only their own clause', () => {
    const qs = quotesOf(body('Mayor Alba Ruiz stressed that the harbour repairs were not finished, and fishing unions warned that the quay would flood again by autumn.'));
    expect(qs).toContainEqual(['Alba Ruiz', 'indirect', 'the harbour repairs were not finished']);
    expect(speakerOf(qs, 'flood again')).not.toBe('Alba Ruiz');
  });

  it('given "X said …, but she denied that …", the first report stops before the second', () => {
    const qs = quotesOf(body('Councillor Ines Varga said it was a mistake to sign the dredging contract in a hurry, but she denied that she had read the tender early.'));
    expect(qs).toContainEqual(['Ines Varga', 'indirect', 'it was a mistake to sign the dredging contract in a hurry']);
    expect(qs).toContainEqual(['Ines Varga', 'indirect', 'she had read the tender early']);
  });

  it('given "said X and that Y", both clauses are the content', () => {
    const qs = quotesOf(body('Harbour master Tomas Keel said divers found the anchor chain and that a second wreck lay nearby.'));
    expect(qs).toContainEqual(['Tomas Keel', 'indirect', 'divers found the anchor chain and that a second wreck lay nearby']);
  });

  it('given "suggested looking at … and asking yourself …", the participle stays inside the suggestion', () => {
    const qs = quotesOf(body('In her guide, Nora Vance suggested looking at the fees on every berth contract and asking yourself whether the marina still pays.'));
    expect(speakerOf(qs, 'asking yourself whether')).toBe('Nora Vance');
  });

  it('given “…,” but he said …, the cue after "but" does not take the quote before it', () => {
    const qs = quotesOf(body(
      'Governor Piet Alders said on Monday that the inquiry was over.',
      'Harbour chief Lars Okafor, who leads the port police, said the footage did not give "clear proof that a ship hit the pier," but he said that other evidence "supports what the crews reported."',
    ));
    expect(speakerOf(qs, 'clear proof')).toBe('Lars Okafor');
    expect(speakerOf(qs, 'supports what the crews')).toBe('Lars Okafor');
  });
});

describe('gendered roles', () => {
  it('given "the former first lady and senator said", the senator who is a man is not the speaker', () => {
    const qs = quotesOf(body(
      'Senator Karl Brun, who chairs the harbour committee, opened the hearing.',
      'The former first lady and U.S. senator said it was a mistake to close the ferry line before the vote.',
    ));
    expect(speakerOf(qs, 'close the ferry line')).not.toBe('Karl Brun');
  });
});

describe('organisations and descriptions as speakers', () => {
  it('given "the IMF said" and "the IMF report stated", an acronym speaks as one organisation, never as a person', () => {
    const a = body(
      'Growth in rich countries is slowing while poorer economies pick up the slack, the IMF said.',
      '"The ultimate impact of the vote remains very unclear," the IMF report stated.',
    );
    const people = extractPeople(a);
    expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).not.toContain('IMF');
    const qs = quotesOf(a);
    expect(speakerOf(qs, 'poorer economies')).toBe('IMF');
    expect(speakerOf(qs, 'ultimate impact')).toBe('IMF report');
  });

  it('given "the report stated", the noun before a verb of saying is no verb of its own', () => {
    const qs = quotesOf(body('"Every berth was overbooked last summer," the audit report stated.'));
    expect(extractQuotes(body('"Every berth was overbooked last summer," the audit report stated.'), []).map((q) => q.cue)).toEqual(['stated']);
    expect(speakerOf(qs, 'overbooked')).toBe('the audit report');
  });

  it('given "The Republican nominee … and vowed to …", the description opening the sentence speaks', () => {
    const qs = quotesOf(body('The Republican nominee also outlined his harbour plan and vowed to harshly punish "those who dump waste at sea."'));
    expect(speakerOf(qs, 'dump waste')).toMatch(/^the Republican nominee$/i);
  });

  it('given a long description no one was given, it is kept as written rather than left unknown', () => {
    const qs = quotesOf(body('The former defense secretary and current university president said the quay had been unsafe for a decade.'));
    expect(speakerOf(qs, 'unsafe for a decade')).toMatch(/^the former defense secretary and current university president$/i);
  });
});

describe('pronouns continue the subject', () => {
  it('given "X spoke of the statue of Y. He said …", he is X, the subject, not Y named later in the sentence', () => {
    const qs = quotesOf(body(
      'Mr. Halvard Ness spoke warmly of his walks along the quay, past the bronze figure of Peter Lindqvist, lit at night. He said he had watched the harbour grow from a fishing village into a port.',
    ));
    expect(speakerOf(qs, 'fishing village')).toBe('Halvard Ness');
  });

  it('given "While Y …, that concerns X, …. “…,” he said", he is X: a subordinate clause\'s subject is not the topic', () => {
    const qs = quotesOf(body(
      'While Mayor Jonas Berg had a choir singing about him, that has not happened for the new mayor, which worries Sven Sand, head of the harbour guild.',
      '"No one is writing songs for the harbour now," he said.',
    ));
    expect(speakerOf(qs, 'writing songs')).toBe('Sven Sand');
  });
});

describe('sources that are groups, peoples and countries', () => {
  it('given lowercase modifiers before a plural source ("…, labor-policy experts say,"), the whole group speaks and the clause before is theirs', () => {
    const qs = quotesOf(body('The new harbour levy is vague about who would pay it, shipping-law experts say, including a clause they say could exempt cruise lines.'));
    expect(qs).toContainEqual(['shipping-law experts', 'indirect', 'The new harbour levy is vague about who would pay it']);
  });

  it('given "Mexicans often say," a people speaks', () => {
    const qs = quotesOf(body("Lamenting their luck, Norwegians often say, ''Poor harbour, so far from the sun and so close to the storms.''"));
    expect(speakerOf(qs, 'close to the storms')).toBe('Norwegians');
  });

  it('given "a reader would now ask:", the reader asks what follows the colon, and nothing before it', () => {
    const qs = quotesOf(body("If we lived in calmer times, a reader would now ask: ''WHAT? The harbour board sold the lighthouse to a hotel chain?''"));
    expect(qs).toEqual([['a reader', 'direct', 'WHAT? The harbour board sold the lighthouse to a hotel chain?']]);
  });

  it('given “… .” then a new sentence "Russia insisted that …", the quote before the full stop is not Russia\'s', () => {
    const qs = quotesOf(body('Norway branded the trawler an "outlaw ship in our waters." Iceland insisted that its crew "leave the fishing grounds at once." The coast guard said the trawler had shown "complete disregard of every warning."'));
    expect(speakerOf(qs, 'outlaw ship')).toBe('Norway');
    expect(speakerOf(qs, 'fishing grounds')).toBe('Iceland');
    expect(speakerOf(qs, 'every warning')).toBe('the coast guard');
  });

  it('given "Although North Korea is …", a country at the end of a capitalised run is no person', () => {
    const people = extractPeople(body('Although North Korea is not thought to have a working warhead, officials said the test was its largest.'));
    expect(people.filter((p) => p.kind === 'person')).toEqual([]);
  });
});

describe('speakers behind documents and pronouns for groups', () => {
  it('given "X issued a statement calling …", X speaks, not the statement', () => {
    const qs = quotesOf(body('After a late meeting, the harbour board issued a statement calling the spill "a clear breach of every permit" it had granted.'));
    expect(speakerOf(qs, 'clear breach')).toBe('the harbour board');
  });

  it('given "The union released a statement saying …", the union speaks', () => {
    const qs = quotesOf(body('The dockers\' union released a statement saying the strike would go ahead on Monday.'));
    expect(speakerOf(qs, 'strike would go ahead')).toMatch(/union/);
  });

  it('given "… and pledged …, what it called “…”", it is the organisation of the sentence', () => {
    const qs = quotesOf(body('The Harbour Commission on Friday condemned the spill and pledged to fine the owners as a deterrent to what it called "a clear threat to the whole bay."'));
    expect(speakerOf(qs, 'threat to the whole bay')).toBe('The Harbour Commission');
  });

  it('given "The ministry said …. It added that …", it is the ministry; "they" after a group is the group', () => {
    const qs = quotesOf(body(
      'The ministry said the talks would resume on Monday. It added that both delegations had agreed to the agenda.',
      'Residents said the quota was unfair. They warned that half the fleet would stay in port.',
    ));
    expect(speakerOf(qs, 'agreed to the agenda')).toBe('the ministry');
    expect(speakerOf(qs, 'half the fleet')).toBe('Residents');
  });

  it('given "it" with no organisation that spoke before it, the speaker stays unknown', () => {
    const qs = quotesOf(body('Mayor Alba Ruiz said the pier would reopen. It added that the ferry would run again.'));
    expect(speakerOf(qs, 'ferry would run')).toBe('unknown');
  });

  it('given "according to a speech X delivered", X is the source', () => {
    const qs = quotesOf(body('The levy is meant to curb speculation in berths, not to raise money, according to a speech Mayor Alba Ruiz delivered at the harbour museum in July.'));
    expect(speakerOf(qs, 'curb speculation')).toBe('Alba Ruiz');
  });
});

describe('subjects with initials, focus words and descriptions, and fragments after a naming verb', () => {
  it('given an appositive name with an initial ("…, Lawrence B. Cummings, called him …"), the name speaks and the next quote is theirs', () => {
    const qs = quotesOf(body('His former partner at the shipyard, Walter J. Lindqvist, called him a master at rescuing failing yards. "He saw again and again what other owners could not see."'));
    expect(speakerOf(qs, 'other owners could not see')).toBe('Walter J. Lindqvist');
  });

  it('given "Even Norway, the bay\'s only ally, said …", the country after the focus word speaks', () => {
    const qs = quotesOf(body('Even Norway, the harbour\'s oldest trading partner, said it was "resolutely opposed" to the new levy and warned the council to drop it.'));
    expect(speakerOf(qs, 'resolutely opposed')).toBe('Norway');
  });

  it('given "X, doing Y, said it would …, one of ‘…’", the quote is X\'s, not the "it" of the content clause', () => {
    const qs = quotesOf(body("Mayor Alba Ruiz, opening the harbour museum on Saturday, said it would tell the town's story, one of ''storms and harvests, of ships lost and ships come home.''"));
    expect(speakerOf(qs, 'ships lost')).toBe('Alba Ruiz');
  });

  it('given "X called Y a “…” who is “…,” a “…” and a “…”", every fragment after the first is X\'s and a lone word is no quote', () => {
    const qs = quotesOf(body('The two men traded insults for months. Councillor Ines Varga called the mayor a "reckless gambler" who is "utterly careless," a "bully" and a "danger to every family living by the water."'));
    expect(speakerOf(qs, 'utterly careless')).toBe('Ines Varga');
    expect(speakerOf(qs, 'danger to every family')).toBe('Ines Varga');
    expect(qs.some((q) => q[1] === 'direct' && q[2] === 'bully')).toBe(false);
  });
});

describe('more ways a quote is tied to its speaker', () => {
  it('given a dash signature with an initial ("― Julie A. Diaz"), the signer speaks', () => {
    const qs = quotesOf(body('“Our harbour is rooted in this town and its people!” ― Julie A. Moreno.'));
    expect(speakerOf(qs, 'rooted in this town')).toBe('Julie A. Moreno');
  });

  it('given “…?” X demanded, X speaks, not the speaker of the paragraph before', () => {
    const qs = quotesOf(body(
      '"Every time you say that, you give ammunition to the critics," Councillor Ines Varga said.',
      '"Why is this not proof that the board is too big to manage?" Councillor Piet Alders demanded.',
    ));
    expect(speakerOf(qs, 'too big to manage')).toBe('Piet Alders');
  });

  it('given "X\'s family has called on …", the family speaks as written', () => {
    const qs = quotesOf(body('Lindqvist\'s family has called on the port police to release the videos "as a matter of the public good and of plain transparency" and asked for calm.'));
    expect(speakerOf(qs, 'public good')).toBe("Lindqvist's family");
  });

  it('given a quote after a colon in a sentence with no verb of saying, the sentence\'s subject speaks it', () => {
    const qs = quotesOf(body('With the council increasingly worried about turnout, Mayor Alba Ruiz is rolling out a more personal message: "It is about me."'));
    expect(speakerOf(qs, 'It is about me')).toBe('Alba Ruiz');
  });

  it('given "Mr. X" where the only X named in full is a woman, he is not her', () => {
    const people = extractPeople(body(
      'The campaign will send Mrs. Clinton and the former first lady, Michelle Obama, to Ohio.',
      'Mr. Obama said on Saturday that the vote mattered more than any before it.',
    ));
    const michelle = people.find((p) => p.name === 'Michelle Obama');
    expect(michelle?.gender).toBe('female');
    expect(michelle?.aliases ?? []).not.toContain('Mr. Obama');
  });
});

describe('compound roles, parenthetical cues and continuity', () => {
  it('given "two Democratic speechwriters implored her …, arguing that …", the speechwriters argue it', () => {
    const qs = quotesOf(body('In a widely read column, two harbour speechwriters implored her to bring the plan back, arguing that it unsettled the board and exposed a clear weakness.'));
    expect(qs).toContainEqual(['two harbour speechwriters', 'indirect', 'it unsettled the board and exposed a clear weakness']);
  });

  it('given "The museum, Mr. X said, celebrated …", the sentence around the parenthetical cue is X\'s report', () => {
    const qs = quotesOf(body('The museum, Mr. Lindqvist said, celebrated several of his heroes, including the shipwright Ole Berg.'));
    expect(speakerOf(qs, 'celebrated several of his heroes')).toBe('Lindqvist');
  });

  it("given \"as The Daily Beast called them, ''…''\", the outlet is one organisation and names them", () => {
    const a = body("The two hosts are playing into the council's hands (or, as The Harbour Beacon called them in a column last week, ''the mayor's favourite echoes'').");
    expect(extractPeople(a).filter((p) => p.kind === 'person').map((p) => p.name)).not.toContain('Beacon');
    expect(speakerOf(quotesOf(a), "favourite echoes")).toBe('The Harbour Beacon');
  });

  it('given "she said at a news conference announcing that …", she announces it, not the conference', () => {
    const qs = quotesOf(body(
      'Attorney General Loretta Vance spoke in Oslo on Monday.',
      '"We will get there together," she said at a recent news conference announcing that her department was suing the port authority.',
    ));
    expect(speakerOf(qs, 'suing the port authority')).toBe('Loretta Vance');
  });

  it('given "…, he said, … That\'s why, he argued, …", the second he is the first', () => {
    const qs = quotesOf(body(
      'Former chairman Don Fowler called for a plan on Monday.',
      'Lobbying by loyalists to Joe Biden and Bernie Sanders would follow, he said, and replacing a nominee would be acrimonious. That is why, he argued, the party should be prepared well ahead of time.',
    ));
    expect(speakerOf(qs, 'party should be prepared')).toBe('Don Fowler');
  });

  it('given "Secretary of State John F. Kerry said", Kerry speaks, the "of" belonging to his title', () => {
    const qs = quotesOf(body('Secretary of State John F. Kerry said the United States would work with other council members on the response.'));
    expect(speakerOf(qs, 'work with other council members')).toBe('John F. Kerry');
  });
});

describe('what is not a person at a sentence start', () => {
  it('given a dateline in capitals ("MIDWAY ATOLL --") and "Unlike Patriot,", neither is a person a pronoun can stand for', () => {
    const a = body(
      'MIDWAY ATOLL -- President Henry Ness toured the reef on Thursday.',
      'Unlike Patriot, the new owners kept the mine open. "It is all I can afford," he said.',
    );
    expect(extractPeople(a).filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Henry Ness']);
    expect(speakerOf(quotesOf(a), 'all I can afford')).toBe('Henry Ness');
  });
});

describe('directives, dash quotes and described speakers', () => {
  it('given "warned X to …" and "called on X to …", the directive is reported speech', () => {
    const qs = quotesOf(body(
      'Even Norway said it was opposed to the levy and warned the council to drop it before the summer season.',
      'The mayor called on residents to conserve water through the whole summer.',
    ));
    expect(qs).toContainEqual(['Norway', 'indirect', 'the council to drop it before the summer season']);
    expect(qs).toContainEqual(['the mayor', 'indirect', 'residents to conserve water through the whole summer']);
  });

  it("given 'including X -- ''…'' -- and Y', the quote set off by dashes is X's, not the group's", () => {
    const qs = quotesOf(body("A chorus of harbour owners has said the same, including the former mayor Alba Ruiz -- ''It is wrong to hide the accounts from the town'' -- and Piet Alders."));
    expect(speakerOf(qs, 'hide the accounts')).toBe('Alba Ruiz');
  });

  it('given "the 34-year-old mother of three replied, “…”", the description speaks and nothing before it is her report', () => {
    const qs = quotesOf(body('Asked why the plan leaves out fathers, the 34-year-old mother of three replied, "It is meant to help the mother who gave birth."'));
    expect(qs).toEqual([['the 34-year-old mother of three', 'direct', 'It is meant to help the mother who gave birth.']]);
  });
});

describe('subjects before participles and cues after a dash', () => {
  it('given "Protesters marching through the streets chanted “…”", the protesters chant it', () => {
    const qs = quotesOf(body('Protesters marching along the quay chanted "Whose harbour? Our harbour!" and kept going until dawn.'));
    expect(speakerOf(qs, 'Whose harbour')).toBe('Protesters');
  });

  it('given "called on X to … -- meddling the congressman said is …", the directive ends at the dash and the aside is his', () => {
    const qs = quotesOf(body('Rep. Jonas Ekwall called on the governor to act against the shipping cartel -- a cartel the Oregon congressman said is designed to "squeeze every small fisherman" out of the port.'));
    expect(qs).toContainEqual(['Jonas Ekwall', 'indirect', 'the governor to act against the shipping cartel']);
    expect(speakerOf(qs, 'squeeze every small fisherman')).not.toBe('unknown');
  });
});

describe('a described speaker who is a named person', () => {
  it('given "the veteran port director said" where the article named the port director, the description becomes one of their roles', async () => {
    const { extractArticle } = await import('../../../src/extract/extractArticle.js');
    const a = body(
      'Port director Tomas Keel inspected the pier on Monday.',
      'The pier would reopen in May, the veteran port director said.',
    );
    const ex = extractArticle(a);
    const keel = ex.people.find((p) => p.name === 'Tomas Keel');
    expect(ex.quotes.find((q) => q.text.includes('reopen in May'))?.speaker).toBe(keel?.key);
    expect(keel?.roles).toContain('veteran port director');
  });
});

describe('two names for one office', () => {
  it('given "Rep. X" and later "the Oregon congressman said", the congressman is X, and that description becomes his role', async () => {
    const { extractArticle } = await import('../../../src/extract/extractArticle.js');
    const ex = extractArticle(body(
      'Rep. Jonas Ekwall urged the port to publish its accounts.',
      'The cartel is designed to squeeze small fishermen out of the port, the Oregon congressman said.',
    ));
    const ekwall = ex.people.find((p) => p.name === 'Jonas Ekwall');
    expect(ex.quotes.find((q) => q.text.includes('squeeze small fishermen'))?.speaker).toBe(ekwall?.key);
    expect(ekwall?.roles).toContain('Oregon congressman');
  });
});

describe('sources with a relative clause that has no "who"', () => {
  it('given "all the experts I interviewed said …" and "Officials we spoke to said …", the sources speak as written', () => {
    const qs = quotesOf(body(
      'In the council\'s favour, all the experts I interviewed said its plans were more detailed than the port\'s.',
      'Officials we spoke to said the ferry would run again in May.',
    ));
    expect(speakerOf(qs, 'more detailed')).toBe('the experts I interviewed');
    expect(speakerOf(qs, 'ferry would run')).toBe('officials we spoke to');
  });

  it('given "Reporters I said it to laughed", no cue is made of a verb that is not one of saying', () => {
    expect(quotesOf(body('Reporters I showed the plan to laughed at the cost of the new pier.'))).toEqual([]);
  });
});

describe('places and idioms that are not speakers', () => {
  it('given "The New York businessman says" and "Having said that,", neither York nor Having is a person', () => {
    const a = body(
      'Donald Trump spoke in Ohio on Monday.',
      'The New York businessman says the port "will be sold to the highest bidder" within a year.',
      '(Having said that, there are economists who argue the levy should be very small or nothing at all.)',
    );
    const names = extractPeople(a).filter((p) => p.kind === 'person').map((p) => p.name);
    expect(names).not.toContain('York');
    expect(names).not.toContain('Having');
    expect(quotesOf(a).map((q) => q[0])).not.toContain('Having');
  });

  it('given "West Virginia" and "San Diego" in a sentence with a speaker, the places never speak', () => {
    const a = body('Trump made the pledge at a conference in Herndon, West Virginia on Monday. He said the nation had grown weak.');
    expect(extractPeople(a).map((p) => p.name)).not.toContain('West Virginia');
  });
});

describe('a report that hands over to a quote', () => {
  it('given "X added that … between A and B: “…”", the report ends at the colon and the quote is found on its own', () => {
    const qs = quotesOf(body('Mayor Alba Ruiz added that it is in the town\'s interest to settle the dispute between the fishermen and the port: "We believe joint work on the quay is the best frame for this."'));
    expect(qs).toContainEqual(['Alba Ruiz', 'indirect', "it is in the town's interest to settle the dispute between the fishermen and the port"]);
    expect(qs).toContainEqual(['Alba Ruiz', 'direct', 'We believe joint work on the quay is the best frame for this.']);
  });
});

describe('"told" with its listener and no "that"', () => {
  it('given "told the BBC the rules would stay" and "told reporters he would run", the clause after the listener is reported', () => {
    const qs = quotesOf(body(
      'Harbour Secretary Anil Mehta told the BBC the new rules would stay in place all winter.',
      'Mayor Alba Ruiz told reporters she would run again next spring.',
    ));
    expect(qs).toContainEqual(['Anil Mehta', 'indirect', 'the new rules would stay in place all winter']);
    expect(qs).toContainEqual(['Alba Ruiz', 'indirect', 'she would run again next spring']);
  });

  it('given "told me the story of his life", a second object is no report', () => {
    expect(quotesOf(body('Captain Ole Berg told me the long story of his first winter at sea.'))).toEqual([]);
  });
});

describe('singular sources, openings and prepositions in -ing', () => {
  it('given "the defiant protester shouted", one protester speaks', () => {
    const qs = quotesOf(body('"We are not going anywhere," the defiant protester shouted as the police moved in.'));
    expect(speakerOf(qs, 'not going anywhere')).toBe('the defiant protester');
  });

  it('given "In an interview with X on Tuesday, Y said <clause>", the opening phrase is no report', () => {
    const qs = quotesOf(body('In an interview with The Harbour Beacon on Tuesday, Mayor Alba Ruiz said fishermen would fight.'));
    expect(qs.some((q) => q[2].startsWith('In an interview'))).toBe(false);
  });

  it('given "the shooting of a demonstrator during a clash … and said …", the coordinated verb keeps the sentence\'s subject', () => {
    const qs = quotesOf(body('Authorities announced on Friday the arrest of a man in the shooting of a demonstrator during a clash on the quay and said a curfew would continue through the weekend.'));
    expect(speakerOf(qs, 'curfew would continue')).toBe('Authorities');
  });

  it('given "His lawyer said", the description through another person is not recorded as anyone\'s role', async () => {
    const { extractArticle } = await import('../../../src/extract/extractArticle.js');
    const ex = extractArticle(body('Councillor Ines Varga, a lawyer, sat on the panel.', 'Pagliano refused to appear. His lawyer said he would not answer any questions at all.'));
    expect(ex.people.find((p) => p.name === 'Ines Varga')?.roles ?? []).not.toContain('His lawyer');
  });
});

describe('wire copy: a time or a channel between the verb and its clause', () => {
  it('given "said on Monday it would respond" and "said in a statement Friday the talks had failed", the clause is the report', () => {
    const qs = quotesOf(body(
      "OSLO (Northwind) - Norway's foreign ministry said on Monday it would respond to any new harbour levy.",
      'The port authority said in a statement Friday the talks had failed completely.',
    ));
    expect(qs).toContainEqual(["Norway's foreign ministry", 'indirect', 'it would respond to any new harbour levy']);
    expect(speakerOf(qs, 'talks had failed completely')).toBe('the port authority');
  });

  it('given "said on Monday in Oslo.", no clause follows and nothing is reported', () => {
    expect(quotesOf(body('The ministry said on Monday in Oslo.'))).toEqual([]);
  });
});

describe('long names, openings and a short answer after a colon', () => {
  it('given "Brazil\'s President Luiz Inacio Lula da Silva said", the five-part name with a particle speaks', () => {
    const qs = quotesOf(body("Brazil's President Luiz Inacio Lula da Silva said the harbour summit had been a success."));
    expect(speakerOf(qs, 'summit had been a success')).toBe('Luiz Inacio Lula da Silva');
  });

  it('given "Asked about the vote, the senator said only: “We\'ll see.”", the answer is the quote and the opening is no report', () => {
    const qs = quotesOf(body('Asked about the vote, Senator Karl Brun said only: "We\'ll see."'));
    expect(qs).toEqual([['Karl Brun', 'direct', "We'll see."]]);
  });

  it('given "Rising prices are hurting families, the minister said", an opening in -ing that has its verb is still the report', () => {
    const qs = quotesOf(body('Rising harbour fees are hurting families, the minister said.'));
    expect(qs).toContainEqual(['the minister', 'indirect', 'Rising harbour fees are hurting families']);
  });
});

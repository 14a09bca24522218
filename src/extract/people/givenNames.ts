// A weak gender prior from very common given names, for people the article never calls he or she before
// a pronoun points back at them. Only names used almost always for one gender are listed; unisex names
// (Jordan, Taylor, Kim, Jean, Leslie …) are left out so they decide nothing.

const MALE = new Set((
  'aaron adam ahmed alan albert alexander ali andrew anthony antonio barack barry ben benjamin bernie bill bob ' +
  'boris brian bruce carlos charles chris christopher chuck craig daniel david dennis dick donald doug douglas ' +
  'edward emmanuel eric frank fred gary george gerald greg gregory harold harry henry howard ian jack jacob ' +
  'james jason jeb jeff jeffrey jeremy jerry jim jimmy joe john jonathan jose joseph juan justin keith ken ' +
  'kenneth kevin larry lawrence mark martin matt matthew michael mike mitch mitt mohammed muhammad ' +
  'nicholas nick paul peter philip ralph raymond richard rick robert roger ron ronald roy rudy russell ' +
  'ryan sam samuel scott sean sergei stephen steve steven ted thomas tim timothy todd tom tony vladimir ' +
  'walter wayne william xi ' +
  // common beyond the English-speaking world, transliterations included
  'abdullah ahmad alexei alexey alejandro andrei andrey anatoly bernd bashar boris bogdan dmitri dmitry ' +
  'emmanuel enrique erik fernando francesco francisco franz friedrich giuseppe gustavo hamid hans hassan heinz ' +
  'heydar hussein ibrahim igor ilham ivan jacques jaroslaw javier jorge juergen jurgen karl klaus lars luis ' +
  'luiz manuel marco mario massimo mehmet mikhail mohammad mustafa narendra nikolai nikolay olaf oleg omar ' +
  'pablo pavel pedro pierre rafael recep reza sebastian sergey shinzo stanislav sven tayyip ulrich vadim ' +
  'valentin vasily viktor volodymyr wolfgang yevgeny yuri yury zbigniew'
).split(' '));

const FEMALE = new Set((
  'alice amanda amy angela angelina ann anna anne barbara betty beverly brenda carly carol caroline ' +
  'catherine cheryl christina christine claire cynthia deborah debbie diana diane donna dorothy elizabeth ' +
  'ellen emily emma evelyn gloria hannah heather helen hillary ivanka jane janet janice jennifer jessica ' +
  'jill joan joyce judith judy julia julie karen katherine kathleen kathy kelly laura linda lisa lori ' +
  'louise margaret maria marie marilyn martha mary megan melania melissa michelle nancy nicole olivia ' +
  'pamela patricia rachel rebecca rose ruth sandra sarah sharon shirley stephanie susan teresa theresa ' +
  'victoria virginia ' +
  'agnieszka aisha alessandra ana angelika anja annalena birgit carmen daria ekaterina elena elif elzbieta ' +
  'fatima francoise giorgia ingrid irina isabel isabella katarina katarzyna larisa lucia ludmila lyudmila ' +
  'magdalena margarita marina marta monika natalia natalya nadia olga rania sabine sanna sofia sophie ' +
  'svetlana tatiana tatyana ursula valentina yulia zeynep'
).split(' '));

export function givenNameGender(given: string): 'male' | 'female' | null {
  const g = given.toLowerCase();
  return MALE.has(g) ? 'male' : FEMALE.has(g) ? 'female' : null;
}

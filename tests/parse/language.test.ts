import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, normalizeLanguage, readsLanguage } from '../../src/parse/language.js';
import { parseArticle } from '../../src/parse/parseArticle.js';

// Short texts written for these tests: a headline-length line and a paragraph in each language.
const TEXTS: [string, string, string][] = [
  ['ru', 'short', 'Министры обсудили мирный договор в Баку'],
  ['ru', 'long', 'Министр иностранных дел России прибыл в Баку, где провёл переговоры со своим азербайджанским коллегой. «Мы готовы помочь сторонам подписать мирный договор», — заявил министр журналистам после встречи. По его словам, Москва по-прежнему считает трёхсторонние договорённости основой для урегулирования.'],
  ['uk', 'long', 'Міністр закордонних справ заявив, що Київ підтримує переговори між Вірменією та Азербайджаном. «Ми вітаємо кожен крок до миру в регіоні», — сказав він під час пресконференції у четвер. Він також додав, що українська делегація відвідає Тбілісі наступного тижня.'],
  ['ka', 'short', 'მინისტრები ბაქოში შეხვდნენ'],
  ['ka', 'long', 'საგარეო საქმეთა მინისტრი ბაქოში ჩავიდა, სადაც აზერბაიჯანელ კოლეგასთან მოლაპარაკებები გამართა. მხარეებმა ასევე განიხილეს სატრანსპორტო პროექტები და ენერგეტიკული თანამშრომლობა.'],
  ['hy', 'short', 'Նախարարները հանդիպեցին Բաքվում'],
  ['hy', 'long', 'Հայաստանի արտաքին գործերի նախարարը հանդիպեց իր ադրբեջանցի գործընկերոջը։ «Մենք պատրաստ ենք ստորագրել խաղաղության պայմանագիրը», - հայտարարեց նախարարը հանդիպումից հետո։'],
  ['az', 'long', 'Azərbaycanın xarici işlər naziri Moskvada rusiyalı həmkarı ilə görüşüb. Görüşdə sülh müqaviləsinin imzalanması və nəqliyyat yollarının açılması məsələləri müzakirə olunub. Nazir bildirib ki, Bakı danışıqları davam etdirməyə hazırdır.'],
  ['tr', 'long', 'Dışişleri Bakanı, Azerbaycan ile Ermenistan arasındaki barış sürecini desteklediklerini söyledi. Bakan, bölgedeki ulaştırma projelerinin tüm ülkelerin yararına olacağını vurguladı ve görüşmelerin önümüzdeki hafta devam edeceğini açıkladı.'],
  ['fr', 'long', "Le ministre russe des Affaires étrangères est arrivé lundi à Bakou pour des entretiens avec son homologue sur le traité de paix. « Nous sommes prêts à aider les deux parties », a déclaré le ministre aux journalistes à la sortie du palais présidentiel."],
  ['de', 'long', 'Der russische Außenminister ist am Montag zu Gesprächen mit seinem Amtskollegen in Baku eingetroffen. „Wir sind bereit, beiden Seiten zu helfen“, sagte der Minister vor Journalisten. Beide Seiten sprachen auch über die Öffnung der Verkehrswege.'],
  ['es', 'long', 'El ministro de Asuntos Exteriores de Rusia llegó el lunes a Bakú para mantener conversaciones con su homólogo sobre el tratado de paz. «Estamos dispuestos a ayudar a ambas partes», dijo el ministro a los periodistas al salir del palacio presidencial.'],
  ['it', 'long', "Il ministro degli Esteri russo è arrivato lunedì a Baku per colloqui con il suo omologo sul trattato di pace. «Siamo pronti ad aiutare entrambe le parti», ha detto il ministro ai giornalisti all'uscita dal palazzo presidenziale."],
];

// English in the shapes news comes in: a short body, wire copy, typographic quotes, a foreign quote inside.
const ENGLISH: [string, string][] = [
  ['a one-line body', 'Oil prices fell on Monday.'],
  ['a tiny body', 'Baku, Yerevan sign border deal'],
  ['wire copy', 'GENEVA (Northwind) — Mr. Okafor and Ms. Lindqvist met on Friday in Geneva to resume the grain talks, officials said.'],
  ['typographic quotes', '“We are ready to help both sides sign a peace treaty,” the minister told reporters after the meeting, adding that Moscow still regards the trilateral agreements as the basis for a settlement.'],
  ['a Russian phrase quoted', 'The slogan on the banner read «Мир вам», which the organisers translated as "peace to you". Police said about 2,000 people marched through the centre of the city on Saturday.'],
  ['names and numbers', 'Ilham Aliyev, Nikol Pashinyan and Vladimir Putin signed the statement on November 9, 2020; 1,960 peacekeepers were deployed.'],
];

describe('language detection: given a text, its language', () => {
  it.each(TEXTS)('%s (%s)', (lang, _len, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it.each(ENGLISH)('English: %s', (_what, text) => {
    expect(detectLanguage(text)).toBe('en');
  });
  it.each([
    ['empty', ''],
    ['digits and punctuation only', '1,600 — 2024-05-10 … !!! ??? 42%'],
    ['emoji', '🙂🙂🙂 🎉'],
  ])('given %s, stays English (nothing to tell, and Byline reads it as it always has)', (_what, text) => {
    expect(detectLanguage(text)).toBe('en');
  });
  it('a Latin-script text too short to tell (under 150 letters) is read as English, as Byline always has', () => {
    expect(detectLanguage('Les ministres se sont rencontrés à Bakou.')).toBe('en');
  });
  it('reads only the start of an enormous text', () => {
    const huge = 'Министры обсудили мирный договор. '.repeat(200_000);
    expect(detectLanguage(huge)).toBe('ru');
    const hugeEnglish = 'The ministers discussed the peace treaty in Baku. '.repeat(200_000);
    expect(detectLanguage(hugeEnglish)).toBe('en');
  });
  it('hostile input (control characters, lone surrogates, mixed scripts) returns a code, never throws', () => {
    for (const t of ['\u0000\u0001\u0002', 'ꇫꇫꇫ ꇫꇫ', '𝆹𝅥𝅯𜾄ꇫ!', '\ud800\udfff\ud800', 'აბგ абв աբգ abc', '\u202e\u200b'.repeat(1000)]) {
      expect(detectLanguage(t)).toMatch(/^[a-z]{2,3}$/);
    }
  });
});

describe('language codes: front matter may give a code or a name', () => {
  it.each([
    ['ru', 'ru'], ['RU', 'ru'], ['rus', 'ru'], ['ru-RU', 'ru'], ['en_GB', 'en'], ['eng', 'en'],
    ['Russian', 'ru'], ['english', 'en'], ['Georgian', 'ka'], ['kat', 'ka'], ['Armenian', 'hy'], ['hye', 'hy'],
  ])('%s is %s', (value, code) => {
    expect(normalizeLanguage(value)).toBe(code);
  });
  it.each(['Klingonish', '12', 'r', 'русский язык', '<script>', 'en--US'])('%s is no language', (value) => {
    expect(normalizeLanguage(value)).toBeNull();
  });
  it.each([['en', 'English'], ['ru', 'Russian'], ['ka', 'Georgian'], ['hy', 'Armenian'], ['und', 'an undetermined language']])(
    '%s is called %s', (code, name) => { expect(languageName(code)).toBe(name); });
  it('Byline reads English only', () => {
    expect(readsLanguage('en')).toBe(true);
    for (const code of ['ru', 'ka', 'hy', 'az', 'und']) expect(readsLanguage(code)).toBe(false);
  });
});

describe('parseArticle: every article carries its language', () => {
  const fm = (language: string, body: string) => `---\ntitle: T\nlanguage: ${language}\n---\n\n${body}\n`;
  it('front matter wins over detection', () => {
    const r = parseArticle('a.md', fm('ka', 'Министры обсудили мирный договор в Баку, заявил министр журналистам.'));
    expect(r.ok && r.article.language).toBe('ka');
  });
  it('a language named in English is stored as its code', () => {
    const r = parseArticle('a.md', fm('Russian', 'Short.'));
    expect(r.ok && r.article.language).toBe('ru');
  });
  it('without front matter, the body decides', () => {
    const r = parseArticle('a.txt', 'Лавров прибыл в Баку\n\nСеверный вестник\n\nМинистр иностранных дел России прибыл в Баку, где провёл переговоры со своим коллегой.\n');
    expect(r.ok && r.article.language).toBe('ru');
  });
  it('a front-matter language that is none is rejected, naming the line and what to write', () => {
    const r = parseArticle('a.md', fm('Klingonish', 'Body text.'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/front matter line 3: language: 'Klingonish' is not a language \(write a code such as en, ru, ka or hy\)/);
  });
});

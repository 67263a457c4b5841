/**
 * Every word the user reads comes from public/_locales/en/messages.json through t() (issue "Your
 * language"). This reads src/ with the TypeScript compiler and fails, with file:line and the text,
 * on words written in code where the user would see them:
 * - JSX text, and literals given to JSX children;
 * - literals in the JSX attributes a person reads or hears (aria-label, title, placeholder, …);
 * - literals set on the DOM by hand (textContent, title, setAttribute('aria-label', …));
 * - literals in a notification's title, message or buttons, and in the sentences the app builds
 *   for a refusal (`message:`/`title:`/`text:`/`label:` of an object literal);
 * - literals returned by a function that makes text by name (`…Text`, `…Title`, `…Label`,
 *   `…Words`: buttonTitle, reminderText) or held in a table of them (`…_WORDS`, `…_LABELS`);
 * - literals assigned to a `message` or `title`, or passed for a parameter of that name to a
 *   function of the same file (`fail(message)`, `refuse(reason, message)`).
 * A literal that is a message key is a key, not a word. src/gmail is read as it is: its
 * literals are Gmail's own texts, matched in Gmail's page, never shown by us.
 * Log messages, protocol error codes, selectors and CSS are not read by the user and are not looked
 * at. It also checks the messages file itself: every key used exists, none is unused, and each
 * message's $PLACEHOLDERS$ match its placeholders and the substitutions passed at each t() call.
 * And every translation beside it (public/_locales/<lang>/) against en: the same keys, the same
 * placeholders, the same $PLACEHOLDERS$ named in each message, and no sentence left in English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SRC = join(ROOT, 'src');

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

/**
 * Characters that are not words and so need no translation when written alone in the UI. Anything
 * else, and any text with a letter, must come from messages.json.
 */
const NON_WORDS = new Set([
  '·', // a separator between two facts on one line: "Step 2 of 5 · Tue, Dec 1"
  '…', // "more to come", after a label
  '×', // the close mark of a notice
  '—', // a dash between a label and its detail
  '–', // nothing to show in a figure
  '/', // between two figures
  ':', // after a figure's label
  ',', // between list items built from translated parts
  '(', // around a translated aside
  ')',
  '#', // the delete key's name in Gmail's shortcuts
]);
/** Digits are the same in every language we ship (Intl formats numbers where it matters). */
const DIGIT = /^[0-9]$/;

function isWord(text: string): boolean {
  if (Object.hasOwn(messages, text)) return false; // a key, as in { label: 'popupOpen' }
  return [...text.replace(/\s+/g, '')].some((char) => !NON_WORDS.has(char) && !DIGIT.test(char));
}

/** JSX attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Properties of an object literal that carry a sentence to the user: notifications, refusals, notices. */
const READ_PROPERTIES = new Set(['title', 'message', 'text', 'label', 'buttons', 'placeholder', 'ariaLabel']);
/** DOM properties that show text when assigned. */
const READ_DOM_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt']);
/** Variables and parameters that hold a sentence for the user, by their name. */
const READ_NAMES = new Set(['message', 'title']);
/** Functions that make text for the user, by their name: buttonTitle, reminderText, recipientLabel. */
const TEXT_FUNCTION = /(Text|Title|Label|Words)$/;
/**
 * Tables of words, by their name: MACHINE_WORDS, PRESET_LABELS, from a code to what it says. A list
 * is a vocabulary we read (NUMBER_WORDS in the date reader), except a header (a CSV's).
 */
const TEXT_TABLE = /_(TEXTS?|WORDS|LABELS?|TITLES?|HEADERS?)$/;
const HEADER_LIST = /_HEADERS?$/;
/** Gmail's own texts, which we read in its page and never show. */
const NOT_SHOWN = /^src\/gmail\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

const files = sourceFiles(SRC).map(parse);
const shownFiles = files.filter((sf) => !NOT_SHOWN.test(relative(ROOT, sf.fileName)));

interface Finding {
  at: string;
  text: string;
}

function where(sf: ts.SourceFile, node: ts.Node): string {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${relative(ROOT, sf.fileName)}:${line + 1}`;
}

/**
 * The literal texts an expression can evaluate to, through ?:, ??, ||, &&, + and templates. A
 * call's arguments are not followed: t('key') and formatters take keys and options, not words.
 */
function literalTexts(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) {
    return [node.head, ...node.templateSpans.map((span) => span.literal), ...node.templateSpans.flatMap((span) => literalTexts(span.expression))];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    }
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => literalTexts(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property) =>
      ts.isPropertyAssignment(property) && READ_PROPERTIES.has(property.name.getText()) ? literalTexts(property.initializer) : [],
    );
  }
  return [];
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  if (ts.isJsxText(node)) return node.text;
  return '';
}

function propertyName(name: ts.PropertyName | ts.JsxAttributeName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** The name a function goes by: its own, or that of the variable or property it is assigned to. */
function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '';
}

/** What a function returns, without looking into the functions nested in it. */
function returned(node: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!node.body) return [];
  if (!ts.isBlock(node.body)) return [node.body];
  const found: ts.Expression[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isFunctionLike(child)) return;
    if (ts.isReturnStatement(child) && child.expression) found.push(child.expression);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node.body, visit);
  return found;
}

/** The functions of a file that take a sentence (a parameter named `message` or `title`), with its positions. */
function sentenceParametersOf(sf: ts.SourceFile): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) {
      const name = functionName(node as ts.FunctionLikeDeclaration);
      const positions = node.parameters.flatMap((parameter, index) =>
        ts.isIdentifier(parameter.name) && READ_NAMES.has(parameter.name.text) ? [index] : [],
      );
      if (name && positions.length > 0) found.set(name, positions);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The values of a table (or of a header's list): property values, and what functions in it return. */
function tableValues(node: ts.Expression, list: boolean): ts.Node[] {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return tableValues(node.expression, list);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? tableValues(property.initializer, false) : []));
  }
  if (ts.isArrayLiteralExpression(node)) return list ? node.elements.flatMap((element) => tableValues(element, false)) : [];
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return returned(node).flatMap(literalTexts);
  return literalTexts(node);
}

/** Hard-coded words the user would see, with where they are. */
function hardCodedTexts(sf: ts.SourceFile): Finding[] {
  const found: Finding[] = [];
  const sentenceParameters = sentenceParametersOf(sf);
  // A literal can be reached twice (a notification's options, then their `title:`): reported once.
  const reported = new Set<ts.Node>();
  const report = (nodes: ts.Node[]) => {
    for (const node of nodes) {
      if (reported.has(node)) continue;
      reported.add(node);
      const text = textOf(node).trim();
      if (isWord(text)) found.push({ at: where(sf, node), text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report([node]);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      report(literalTexts(node.expression));
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(propertyName(node.name)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report([value]);
      else if (ts.isJsxExpression(value) && value.expression) report(literalTexts(value.expression));
    } else if (ts.isPropertyAssignment(node) && READ_PROPERTIES.has(propertyName(node.name))) {
      report(literalTexts(node.initializer));
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      READ_DOM_PROPERTIES.has(node.left.name.text)
    ) {
      report(literalTexts(node.right));
    } else if (ts.isFunctionLike(node) && 'body' in node && TEXT_FUNCTION.test(functionName(node as ts.FunctionLikeDeclaration))) {
      report(returned(node as ts.FunctionLikeDeclaration).flatMap(literalTexts));
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && TEXT_TABLE.test(node.name.text) && node.initializer) {
      report(tableValues(node.initializer, HEADER_LIST.test(node.name.text)));
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      READ_NAMES.has(node.left.text)
    ) {
      report(literalTexts(node.right));
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && READ_NAMES.has(node.name.text) && node.initializer) {
      report(literalTexts(node.initializer));
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && sentenceParameters.has(node.expression.text)) {
      for (const index of sentenceParameters.get(node.expression.text)!) {
        const argument = node.arguments[index];
        if (argument) report(literalTexts(argument));
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [first, second] = node.arguments;
      const method = node.expression.name.text;
      if (method === 'setAttribute' && first && second && ts.isStringLiteral(first) && READ_ATTRIBUTES.has(first.text)) report(literalTexts(second));
      // notifications.create(id?, options) and update(id, options): the options object.
      if ((method === 'create' || method === 'update') && /notifications$/.test(node.expression.expression.getText(sf))) {
        for (const argument of node.arguments) report(literalTexts(argument));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// ---------------------------------------------------------------- keys

function isT(node: ts.CallExpression): boolean {
  return ts.isIdentifier(node.expression) && node.expression.text === 't';
}

/** Every key named at a t() call, with how many substitutions it was given (null: a spread). */
function tCalls(sf: ts.SourceFile): Array<{ at: string; key: string; substitutions: number | null }> {
  const calls: Array<{ at: string; key: string; substitutions: number | null }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isT(node) && node.arguments[0]) {
      const rest = node.arguments.slice(1);
      const substitutions = rest.some(ts.isSpreadElement) ? null : rest.length;
      for (const key of literalTexts(node.arguments[0])) calls.push({ at: where(sf, node), key: textOf(key), substitutions });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return calls;
}

/** Every string literal in src, anywhere: a key may sit in a table (Record<…, MessageKey>) before it reaches t(). */
function allLiterals(sf: ts.SourceFile): Set<string> {
  const seen = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) seen.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return seen;
}

/** "$1", "$2": the substitutions a message takes. */
function substitutionCount(entry: Entry): number {
  const numbers = Object.values(entry.placeholders ?? {}).flatMap((p) => [...p.content.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
  return numbers.length === 0 ? 0 : Math.max(...numbers);
}

describe('user-facing text comes from messages.json', () => {
  it('has no hard-coded words in the UI', () => {
    const found = shownFiles.flatMap(hardCodedTexts).map(({ at, text }) => `${at}: ${JSON.stringify(text)}`);
    expect(found).toEqual([]);
  });

  it('finds the kinds of hard-coded text it is meant to (the check itself)', () => {
    const sample = ts.createSourceFile(
      'sample.tsx',
      [
        'const a = <p title="Open it" aria-label={x ? "Close" : t("popupClose")}>Hello {"there"} ·</p>;',
        'browser.notifications.create(id, { type: "basic", title: "Due", message: `${n} follow-ups`, buttons: [{ title: "Done" }] });',
        'const b = { ok: false, message: "too far" };',
        'el.textContent = "Follow up"; el.setAttribute("aria-label", "Menu");',
        'log.warn("a log message"); const c = <span class="ft-x" data-action="done">{t("popupDone")} × 2</span>;',
        'function buttonTitle(kind) { if (kind === "done") return t("notificationDone"); const f = () => "nested"; return `Move to ${when}`; }',
        'const STATUS_WORDS = { pending: "Waiting", done: (n) => `${n} done` }; const NUMBER_WORDS = ["one", "two"];',
        'const fail = (message) => ({ ok: false, message }); fail("Not ours"); let message = "No reply"; title = "Due"; parse("in 1 hour");',
      ].join('\n'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    expect(hardCodedTexts(sample).map((f) => f.text)).toEqual([
      'Open it',
      'Close',
      'Hello',
      'there',
      'Due',
      'follow-ups',
      'Done',
      'too far',
      'Follow up',
      'Menu',
      'Move to',
      'Waiting',
      'done',
      'Not ours',
      'No reply',
      'Due',
    ]);
  });

  it('uses only keys that exist, with as many substitutions as the message takes', () => {
    const problems = files.flatMap(tCalls).flatMap(({ at, key, substitutions }) => {
      const entry = messages[key];
      if (!entry) return [`${at}: t('${key}') has no message`];
      const wanted = substitutionCount(entry);
      return substitutions === null || substitutions === wanted ? [] : [`${at}: t('${key}') given ${substitutions} of ${wanted} substitutions`];
    });
    expect(problems).toEqual([]);
  });

  it('has no unused keys', () => {
    const used = new Set(files.flatMap((sf) => [...allLiterals(sf)]));
    // The manifest names some messages itself: __MSG_extName__.
    for (const [, key] of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(key!);
    // A message's form for one, `<key>One`, is used with it (tCount in src/ui/i18n.ts).
    for (const key of [...used]) used.add(`${key}One`);
    expect(Object.keys(messages).filter((key) => !used.has(key))).toEqual([]);
  });

  it("matches each message's $PLACEHOLDERS$ to its placeholders, numbered $1, $2, … without gaps", () => {
    const problems = Object.entries(messages).flatMap(([key, entry]) => {
      const named = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      const declared = new Set(Object.keys(entry.placeholders ?? {}));
      const out: string[] = [];
      for (const name of named) if (!declared.has(name)) out.push(`${key}: $${name.toUpperCase()}$ has no placeholder`);
      for (const name of declared) {
        if (name !== name.toLowerCase()) out.push(`${key}: placeholder "${name}" is not lower case`);
        if (!named.has(name)) out.push(`${key}: placeholder "${name}" is not in the message`);
      }
      const numbers = Object.values(entry.placeholders ?? {}).map((p) => Number(/^\$(\d)$/.exec(p.content)?.[1] ?? NaN));
      const sorted = [...numbers].sort();
      if (sorted.some((n, i) => n !== i + 1)) out.push(`${key}: placeholders are ${numbers.map((n) => `$${n}`).join(', ')}, not $1…$${numbers.length}`);
      return out;
    });
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------- translations

const LOCALES = join(ROOT, 'public/_locales');

/** Every language beside English: each folder of public/_locales but en. */
const translations = readdirSync(LOCALES)
  .filter((locale) => locale !== 'en' && statSync(join(LOCALES, locale)).isDirectory())
  .sort()
  .map((locale) => ({
    locale,
    messages: JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, Entry>,
  }));

/**
 * Messages that may read the same as in English although they have more than two words (shorter
 * ones, "LinkedIn" or "$STEP$ · $DATE$", may always). Each with its reason.
 */
const SAME_AS_ENGLISH = new Set<string>([
  'extName', // the product's name, Followthrough, is never translated, however long it grows
]);

/** "$WHO$", "$WHEN$": the placeholders a message names, sorted (a language may name them in another order). */
function namedIn(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!).sort();
}

/** The words of a message, its $PLACEHOLDERS$ aside: "$WHO$ replied $WHEN$" has one. */
function wordCount(message: string): number {
  return message
    .replace(/\$[A-Za-z0-9_@]+\$/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

/** "date=$1, who=$2": a message's placeholders, by name, with what each stands for. */
function placeholdersOf(entry: Entry): string {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, placeholder]) => `${name}=${placeholder.content}`)
    .sort()
    .join(', ');
}

/** Keys of en the translation lacks, and keys it has that en does not. */
function keyProblems(translated: Record<string, Entry>): string[] {
  return [
    ...Object.keys(messages).filter((key) => !Object.hasOwn(translated, key)).map((key) => `${key}: missing`),
    ...Object.keys(translated).filter((key) => !Object.hasOwn(messages, key)).map((key) => `${key}: not in en`),
  ];
}

/** The keys both have, each with its en entry and its translation. */
function shared(translated: Record<string, Entry>): Array<[string, Entry, Entry]> {
  return Object.entries(messages).flatMap(([key, entry]) => (Object.hasOwn(translated, key) ? [[key, entry, translated[key]!] as [string, Entry, Entry]] : []));
}

/** A translation whose placeholders differ from en's in a name or in what it stands for ("$1", "$2"). */
function placeholderProblems(translated: Record<string, Entry>): string[] {
  return shared(translated).flatMap(([key, en, other]) => {
    const want = placeholdersOf(en);
    const got = placeholdersOf(other);
    return got === want ? [] : [`${key}: placeholders {${got}}, en has {${want}}`];
  });
}

/** A message missing, empty, or naming other $PLACEHOLDERS$ than en's message does. */
function referenceProblems(translated: Record<string, Entry>): string[] {
  return shared(translated).flatMap(([key, en, other]) => {
    if (typeof other.message !== 'string' || other.message.trim() === '') return [`${key}: no message`];
    const want = namedIn(en.message).join(' ');
    const got = namedIn(other.message).join(' ');
    return got === want ? [] : [`${key}: names [${got}], en names [${want}]`];
  });
}

/** A sentence of more than two words left as it is in English. */
function englishLeft(translated: Record<string, Entry>): string[] {
  return shared(translated).flatMap(([key, en, other]) =>
    !SAME_AS_ENGLISH.has(key) && wordCount(en.message) > 2 && other.message === en.message ? [`${key}: still English: ${JSON.stringify(en.message)}`] : [],
  );
}

/** Each language's problems, said with its folder: "de: popupTitle: missing". */
function inEveryLanguage(check: (translated: Record<string, Entry>) => string[]): string[] {
  return translations.flatMap(({ locale, messages: translated }) => check(translated).map((problem) => `${locale}: ${problem}`));
}

describe('translations match en', () => {
  it('finds the translations', () => {
    expect(translations.map(({ locale }) => locale)).not.toEqual([]);
  });

  it('has every key of en, and no other', () => {
    expect(inEveryLanguage(keyProblems)).toEqual([]);
  });

  it("keeps each message's placeholders as en has them: the same names, for the same $1, $2", () => {
    expect(inEveryLanguage(placeholderProblems)).toEqual([]);
  });

  it('names the same $PLACEHOLDERS$ in each message as en does', () => {
    expect(inEveryLanguage(referenceProblems)).toEqual([]);
  });

  it('leaves no message of more than two words in English', () => {
    expect(inEveryLanguage(englishLeft)).toEqual([]);
  });

  it('is in the language of its folder, for the phrases Intl builds inside its sentences', () => {
    const problems = translations.flatMap(({ locale, messages: translated }) => {
      const tag = translated.languageTag?.message;
      return tag === locale.replace('_', '-') ? [] : [`${locale}: languageTag is ${JSON.stringify(tag)}`];
    });
    expect(problems).toEqual([]);
  });

  it("keeps the extension's description within the 132 characters the stores show", () => {
    const problems = [{ locale: 'en', messages }, ...translations].flatMap(({ locale, messages: translated }) => {
      const length = translated.extDescription?.message.length ?? 0;
      return length <= 132 ? [] : [`${locale}: extDescription has ${length} characters`];
    });
    expect(problems).toEqual([]);
  });

  it('finds what it is meant to (the check itself)', () => {
    // en, "translated" by quoting each message; then broken in each way the checks look for.
    const sample: Record<string, Entry> = Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, { ...entry, message: `«${entry.message}»` }]));
    delete sample.popupTitle;
    sample.popupTitel = { message: 'Wiedervorlagen' };
    sample.whenAt = { message: 'am $DATE$', placeholders: { datum: { content: '$1' } } };
    sample.popupSent = { message: 'Gesendet am $DATE$', placeholders: { date: { content: '$2' } } };
    sample.bannerText = { ...messages.bannerText!, message: 'Keine Antwort von $WHO$' };
    sample.popupSnooze = { message: '' };
    sample.popupEmpty = { message: messages.popupEmpty!.message };
    sample.popupDelete = { message: messages.popupDelete!.message }; // one word: may stay
    sample.extName = { message: messages.extName!.message };
    expect(keyProblems(sample)).toEqual(['popupTitle: missing', 'popupTitel: not in en']);
    expect(placeholderProblems(sample)).toEqual(['whenAt: placeholders {datum=$1}, en has {date=$1}', 'popupSent: placeholders {date=$2}, en has {date=$1}']);
    expect(referenceProblems(sample)).toEqual(['bannerText: names [WHO], en names [WHEN WHO]', 'popupSnooze: no message']);
    expect(englishLeft(sample)).toEqual([`popupEmpty: still English: ${JSON.stringify(messages.popupEmpty!.message)}`]);
  });
});

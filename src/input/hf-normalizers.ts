import { parsePrecompiledCharsmap } from './hf-precompiled-charsmap.ts';
import { arrayField, asNode, field, jsonError, optionalBoolean, optionalString, stringField, type JsonNode } from './hf-json.ts';

/** A compiled tokenizer.json normalizer: a pure function over text. */
export type Normalizer = (text: string) => string;

const whitespaceRun = /\p{White_Space}/u;
const otherCategory = /\p{C}/u;
const nonspacingMarks = /\p{Mn}/gu;
const leadingWhitespace = /^\p{White_Space}+/u;
const trailingWhitespace = /\p{White_Space}+$/u;

/** CJK Unified Ideograph blocks that BERT surrounds with spaces (the same ranges as the original BERT code). */
export function isChineseCharacter(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2a6df)
    || (code >= 0x2a700 && code <= 0x2b73f) || (code >= 0x2b740 && code <= 0x2b81f) || (code >= 0x2b820 && code <= 0x2ceaf)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f);
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(nonspacingMarks, '');
}

function bertNormalizer(node: JsonNode): Normalizer {
  const cleanText = optionalBoolean(node, 'clean_text') ?? true;
  const chinese = optionalBoolean(node, 'handle_chinese_chars') ?? true;
  const lowercase = optionalBoolean(node, 'lowercase') ?? true;
  // strip_accents: null means "follow lowercase", as in the original BERT tokenizer.
  const accents = optionalBoolean(node, 'strip_accents') ?? lowercase;
  return (text) => {
    let output = '';
    for (const character of text) {
      const code = character.codePointAt(0)!;
      if (cleanText) {
        if (character === '\t' || character === '\n' || character === '\r') {
          output += ' ';
          continue;
        }
        if (code === 0 || code === 0xfffd || otherCategory.test(character)) continue;
        if (whitespaceRun.test(character)) {
          output += ' ';
          continue;
        }
      }
      output += chinese && isChineseCharacter(code) ? ` ${character} ` : character;
    }
    if (accents) output = stripAccents(output);
    return lowercase ? output.toLowerCase() : output;
  };
}

function replaceNormalizer(node: JsonNode): Normalizer {
  const pattern = asNode(field(node, 'pattern'), `${node.path}.pattern`);
  const content = stringField(node, 'content');
  const literal = optionalString(pattern, 'String');
  if (literal !== undefined) return (text) => text.replaceAll(literal, () => content);
  const source = stringField(pattern, 'Regex');
  let expression: RegExp;
  try {
    expression = new RegExp(source, 'gu');
  } catch (error) {
    throw jsonError(`${pattern.path}.Regex`, `cannot compile ${JSON.stringify(source)} as a JavaScript regular expression (${(error as Error).message})`);
  }
  return (text) => text.replace(expression, () => content);
}

function precompiledNormalizer(node: JsonNode): Normalizer {
  const charsmap = field(node, 'precompiled_charsmap');
  // Some converted tokenizers carry no charsmap; SentencePiece's default rule set is NFKC.
  if (charsmap === null || charsmap === undefined || charsmap === '') return (text) => text.normalize('NFKC');
  if (typeof charsmap !== 'string') throw jsonError(`${node.path}.precompiled_charsmap`, 'expected a base64 string');
  const parsed = parsePrecompiledCharsmap(charsmap);
  if (typeof parsed === 'string') throw jsonError(`${node.path}.precompiled_charsmap`, parsed);
  return (text) => parsed.normalize(text);
}

/** Compiles a tokenizer.json `normalizer` (null: identity); unknown types are configuration errors. */
export function compileNormalizer(value: unknown, path: string): Normalizer {
  if (value === null || value === undefined) return (text) => text;
  const node = asNode(value, path);
  const type = stringField(node, 'type');
  switch (type) {
    case 'BertNormalizer':
      return bertNormalizer(node);
    case 'Sequence': {
      const steps = arrayField(node, 'normalizers').map((step, index) => compileNormalizer(step, `${path}.normalizers[${index}]`));
      return (text) => steps.reduce((current, step) => step(current), text);
    }
    case 'Precompiled':
      return precompiledNormalizer(node);
    case 'Replace':
      return replaceNormalizer(node);
    case 'Strip': {
      const left = optionalBoolean(node, 'strip_left') ?? true;
      const right = optionalBoolean(node, 'strip_right') ?? true;
      return (text) => {
        const trimmed = left ? text.replace(leadingWhitespace, '') : text;
        return right ? trimmed.replace(trailingWhitespace, '') : trimmed;
      };
    }
    case 'Lowercase':
      return (text) => text.toLowerCase();
    case 'StripAccents':
      return (text) => text.replace(nonspacingMarks, '');
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD':
      return (text) => text.normalize(type);
    case 'Prepend': {
      const prefix = stringField(node, 'prepend');
      return (text) => (text.length === 0 ? text : prefix + text);
    }
    default:
      throw jsonError(`${path}.type`, `unsupported normalizer "${type}" (supported: BertNormalizer, Sequence, Precompiled, Replace, Strip, Lowercase, StripAccents, NFC, NFD, NFKC, NFKD, Prepend)`);
  }
}

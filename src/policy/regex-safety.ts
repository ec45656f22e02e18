/** Longest `pattern` validator source accepted. */
export const maxPatternLength = 1000;

interface GroupFrame {
  /** A quantifier appears somewhere inside this group. */
  quantified: boolean;
  /** Offset of the opening parenthesis, for the message. */
  start: number;
}

/** Length of the quantifier at `index` (0 when none) and whether it repeats without a small bound. */
function quantifierAt(source: string, index: number): { length: number; unbounded: boolean } {
  const character = source[index];
  if (character === '*' || character === '+') return { length: lazyLength(source, index + 1, 1), unbounded: true };
  if (character === '?') return { length: lazyLength(source, index + 1, 1), unbounded: false };
  if (character === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index));
    if (match === null) return { length: 0, unbounded: false };
    const upper = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
    return { length: lazyLength(source, index + match[0].length, match[0].length), unbounded: upper > 1 };
  }
  return { length: 0, unbounded: false };
}

function lazyLength(source: string, next: number, length: number): number {
  return source[next] === '?' ? length + 1 : length;
}

/**
 * Finds nested quantifiers such as `(a+)+`, `(\w*\s?)*` or `(x{2,})+`: a repeated group that itself contains a
 * quantifier can backtrack exponentially (ReDoS) on a non-matching input. Returns a reason, or undefined when safe.
 */
export function nestedQuantifierProblem(source: string): string | undefined {
  const stack: GroupFrame[] = [{ quantified: false, start: 0 }];
  let index = 0;
  while (index < source.length) {
    const character = source[index]!;
    let atomIsGroup: GroupFrame | undefined;
    if (character === '\\') {
      index += 2;
    } else if (character === '[') {
      index++;
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
      index++;
    } else if (character === '(') {
      stack.push({ quantified: false, start: index });
      index++;
      continue;
    } else if (character === ')') {
      atomIsGroup = stack.length > 1 ? stack.pop() : undefined;
      index++;
    } else {
      index++;
    }
    const quantifier = quantifierAt(source, index);
    if (quantifier.length === 0) {
      // An unquantified group still passes its inner quantifiers on to the enclosing group.
      if (atomIsGroup?.quantified === true) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (atomIsGroup?.quantified === true && quantifier.unbounded) {
      return `nested quantifier: the group at character ${atomIsGroup.start + 1} repeats a pattern that itself repeats, which can backtrack catastrophically (ReDoS); rewrite without the nesting`;
    }
    stack[stack.length - 1]!.quantified = true;
    index += quantifier.length;
  }
  return undefined;
}

/** Compiles a `pattern` validator as a whole-string, Unicode-aware match; returns a reason when invalid or unsafe. */
export function compileArgumentPattern(source: string): RegExp | string {
  if (source.length > maxPatternLength) return `pattern is longer than ${maxPatternLength} characters`;
  let regex: RegExp;
  try {
    // Compile the bare source first so the error message quotes what the user wrote, not our anchoring wrapper.
    new RegExp(source, 'u');
    regex = new RegExp(`^(?:${source})$`, 'u');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `invalid regular expression: ${message.replace(/^Invalid regular expression: \/.*\/u?: /, '')}`;
  }
  const unsafe = nestedQuantifierProblem(source);
  return unsafe ?? regex;
}

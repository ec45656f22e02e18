import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

/** Loads web-tree-sitter with the bash grammar that ships inside the tree-sitter-bash package (no network). */
export async function loadBashParser(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const language = await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRampartError } from '../kernel/errors.ts';
import { bertTokenizerJson, debertaV3TokenizerJson, writeHfModelDirectory, writeTinyTransformer } from '../../test/support/hf-test-helpers.ts';
import { loadOnnxClassifier } from './onnx-adapter.ts';
import { readOnnxModelConfig } from './onnx-model-directory.ts';

const pieces: ReadonlyArray<readonly [string, number]> = [['\u2581hello', -1]];
const directory = (rampart?: Record<string, unknown>): string =>
  writeHfModelDirectory({ tokenizer: debertaV3TokenizerJson(pieces), model: { vocabularySize: 8, attackIds: [4] }, ...(rampart === undefined ? {} : { rampart }) });

function expectConfigError(action: () => unknown, text: string | RegExp): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(isRampartError(caught, 'CONFIG_INVALID')).toBe(true);
  expect((caught as Error).message).toMatch(/^detection\.external_model: /);
  expect((caught as Error).message).toMatch(text);
}

describe('ONNX model directory', () => {
  it('detects a Hugging Face export from tokenizer.json and reads labels from config.json', () => {
    const config = readOnnxModelConfig(directory());
    expect(config.tokenizer).toBe('huggingface');
    if (config.tokenizer !== 'huggingface') return;
    expect(config.labels).toEqual(['SAFE', 'INJECTION']);
    expect(config.compiled.modelType).toBe('Unigram');
    expect({ maxLength: config.maxLength, stride: config.stride, maxWindows: config.maxWindows, attackLabels: config.attackLabels }).toEqual({ maxLength: 512, stride: 128, maxWindows: 4, attackLabels: undefined });
  });

  it('takes max_length from rampart.json, then tokenizer.json truncation, capped by max_position_embeddings', () => {
    const fromRampart = readOnnxModelConfig(directory({ tokenizer: 'huggingface', max_length: 128, stride: 32, max_windows: 6 }));
    expect(fromRampart.tokenizer === 'huggingface' && [fromRampart.maxLength, fromRampart.stride, fromRampart.maxWindows]).toEqual([128, 32, 6]);
    const truncated = writeHfModelDirectory({ tokenizer: { ...debertaV3TokenizerJson(pieces), truncation: { direction: 'Right', max_length: 256, strategy: 'LongestFirst', stride: 0 } }, model: { vocabularySize: 8, attackIds: [] } });
    expect(readOnnxModelConfig(truncated)).toMatchObject({ maxLength: 256 });
    const capped = directory({ tokenizer: 'huggingface', max_length: 4096 });
    expect(readOnnxModelConfig(capped)).toMatchObject({ maxLength: 512 });
  });

  it.each([
    ['a missing directory', () => readOnnxModelConfig('/nonexistent/model-dir'), /is not a directory.*model\.onnx/],
    ['a directory with neither tokenizer.json nor rampart.json', () => readOnnxModelConfig(mkdtempSync(join(tmpdir(), 'rampart-empty-'))), /neither tokenizer\.json/],
    ['an unknown rampart.json tokenizer', () => readOnnxModelConfig(directory({ tokenizer: 'sentencepiece' })), /tokenizer must be "hashed" or "huggingface"/],
    ['an unknown rampart.json field', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', max_len: 5 })), /unknown field "max_len"/],
    ['a model_file outside the directory', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', model_file: '../model.onnx' })), /model_file must name a file inside/],
    ['a missing model_file', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', model_file: 'onnx/model_quantized.onnx' })), /model_quantized\.onnx does not exist/],
    ['max_windows below 2', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', max_windows: 1 })), /max_windows must be an integer in \[2, 256\]/],
    ['max_length out of range', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', max_length: 2 })), /max_length must be an integer/],
    ['a bad output mode', () => readOnnxModelConfig(directory({ tokenizer: 'huggingface', output: 'softmaxed' })), /output must be/],
  ])('rejects %s', (_name, action, message) => {
    expectConfigError(action, message);
  });

  it('rejects a missing or malformed tokenizer.json and a BPE tokenizer by name', () => {
    const missing = directory({ tokenizer: 'huggingface' });
    rmSync(join(missing, 'tokenizer.json'));
    expectConfigError(() => readOnnxModelConfig(missing), /tokenizer\.json does not exist/);
    const malformed = directory();
    writeFileSync(join(malformed, 'tokenizer.json'), '{"model": {');
    expectConfigError(() => readOnnxModelConfig(malformed), /tokenizer\.json: cannot read/);
    const bpe = directory();
    writeFileSync(join(bpe, 'tokenizer.json'), JSON.stringify({ ...bertTokenizerJson(['[UNK]']), model: { type: 'BPE', vocab: {}, merges: [] } }));
    expectConfigError(() => readOnnxModelConfig(bpe), /tokenizer\.json: model\.type: unsupported tokenizer model "BPE"/);
  });

  it('rejects config.json without a usable id2label', () => {
    const noLabels = directory();
    writeFileSync(join(noLabels, 'config.json'), JSON.stringify({ id2label: { 0: 'SAFE', 2: 'INJECTION' } }));
    expectConfigError(() => readOnnxModelConfig(noLabels), /id2label must map 0\.\.n-1/);
    rmSync(join(noLabels, 'config.json'));
    expectConfigError(() => readOnnxModelConfig(noLabels), /config\.json does not exist/);
  });

  it('refuses models whose inputs are not a text classifier\'s, and label sets that are all attack', async () => {
    const wrongInputs = directory();
    writeTinyTransformer(wrongInputs, { vocabularySize: 8, attackIds: [], idsInput: 'pixel_values' });
    let caught: unknown;
    await loadOnnxClassifier(wrongInputs, { attackLabels: ['INJECTION'] }).catch((error: unknown) => (caught = error));
    expect(isRampartError(caught, 'MODEL_INVALID')).toBe(true);
    expect((caught as Error).message).toMatch(/model inputs \[pixel_values, attention_mask\] are not a text classifier's/);
    const allAttack = directory({ tokenizer: 'huggingface', attack_labels: ['SAFE', 'INJECTION'] });
    await expect(loadOnnxClassifier(allAttack, { attackLabels: ['INJECTION'] })).rejects.toThrow(/every label/);
    const noneAttack = directory();
    await expect(loadOnnxClassifier(noneAttack, { attackLabels: ['JAILBREAK'] })).rejects.toThrow(/none of the labels SAFE, INJECTION is an attack label/);
  });
});

// The one error registry (src/protocol/error-registry.ts): every Error subclass declared in src/ is
// registered under the name its instances carry, and one real instance of each crosses a
// (structured-clone) worker boundary as the same class with the same message, data and fields.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ERRORS, registerProjectErrors } from '../../../src/protocol/error-registry';
import { deserializeError, RemoteError, serializeError } from '../../../src/protocol/serializable-error';

const E = PROJECT_ERRORS;
type Samples = { [K in keyof typeof E]: InstanceType<(typeof E)[K]> };

/** One instance per registered class, built with its real constructor (TypeScript: none missing). */
const SAMPLES: Samples = {
  MegaContextError: new E.MegaContextError('base', { a: 1 }),
  ConfigError: new E.ConfigError([{ field: 'nDiff', value: -3, message: 'must be ≥ 1' }]),
  AddressError: new E.AddressError('no node', { level: 2, index: 9 }),
  TokenIdError: new E.TokenIdError('bad id', { id: -1 }),
  IllegalActionError: new E.IllegalActionError('cooldown', 'entry 3 is cooling down', { entry: 3 }),
  BudgetError: new E.BudgetError('over', { cost: 9000, wmax: 8192 }),
  InvariantError: new E.InvariantError('gap', { at: 64 }),
  GistError: new E.GistError('wrong d', { got: 3, want: 4 }),
  ScoreError: new E.ScoreError('scores', { got: 2, want: 3 }),
  TelemetryFormatError: new E.TelemetryFormatError('format', { format: 'nope' }),
  PositionPolicyError: new E.PositionPolicyError('too far', { entry: 1, level: 2, index: 3 }),
  ForgetError: new E.ForgetError('bad range', { start: 5, end: 2, reason: 'bad range' }),
  StorageQuotaError: new E.StorageQuotaError('quota', {
    operation: 'span 1',
    userMessage: 'full',
    cause: 'QuotaExceededError',
  }),
  CorruptSpanError: new E.CorruptSpanError('crc', { treeId: 't', kind: 'span', level: 2, index: 4, reason: 'crc' }),
  MalformedExportError: new E.MalformedExportError('truncated', { reason: 'truncated', offset: 10 }),
  SchemaError: new E.SchemaError('newer', { reason: 'newer', foundVersion: 9, expectedVersion: 3 }),
  StorageNotFoundError: new E.StorageNotFoundError('none', { kind: 'tree', id: 'x' }),
  StorageConflictError: new E.StorageConflictError('exists', { kind: 'tree', id: 'x', reason: 'duplicate' }),
  StorageInputError: new E.StorageInputError('d', { field: 'd', reason: 'mismatch' }),
  GpuUnavailableError: new E.GpuUnavailableError('no gpu', { reason: 'no-adapter' }),
  GpuDeviceLostError: new E.GpuDeviceLostError('lost', { reason: 'unknown', detail: 'reset' }),
  GpuValidationError: new E.GpuValidationError('invalid', { messages: ['a', 'b'] }),
  GpuKernelArgumentError: new E.GpuKernelArgumentError('short', {
    kernel: 'gather',
    what: 'table',
    need: 16,
    have: 12,
  }),
  GistNetWeightsError: new E.GistNetWeightsError('layout', { field: 'totalFloats' }),
  EmbeddingTableError: new E.EmbeddingTableError('size', { bytes: 10, vocab: 2, dim: 3 }),
  ModelFileError: new E.ModelFileError('404', { url: 'u', problem: 'http', detail: '404' }),
  ManifestError: new E.ManifestError('manifest', { url: 'u', problems: ['p'] }),
  ModelPackageError: new E.ModelPackageError('package', { baseUrl: 'b', problem: 'p' }),
  HubModelError: new E.HubModelError('hub', { repo: 'o/n', problem: 'p', file: 'onnx/model.onnx' }),
  SamplingError: new E.SamplingError('temperature', { field: 'temperature', value: -1 }),
  TokenizerError: new E.TokenizerError('tokenizer', { problem: 'p' }),
  DecoderContractError: new E.DecoderContractError('contract', {
    missing: ['logits'],
    inputs: ['inputs_embeds'],
    outputs: [],
  }),
  GistNetSessionError: new E.GistNetSessionError('gistnet', { missing: ['level'], got: 3, expected: 4 }),
  LensNetSessionError: new E.LensNetSessionError('lensnet', { missing: ['tail'] }),
  DequantizeError: new E.DequantizeError('dq', { reason: 'r' }),
  EmbeddingRecoveryError: new E.EmbeddingRecoveryError('er', { reason: 'r' }),
  GraphSurgeryError: new E.GraphSurgeryError('gs', { reason: 'r' }),
  MergedDecoderError: new E.MergedDecoderError('md', { reason: 'r' }),
  OnnxModelError: new E.OnnxModelError('om', { reason: 'r' }),
  ProtobufError: new E.ProtobufError('pb', { offset: 7 }),
  TensorDataError: new E.TensorDataError('td', { tensor: 'w', reason: 'r' }),
  EngineStateError: new E.EngineStateError('state', { state: 'idle' }),
  SettingsError: new E.SettingsError('settings', { problems: ['wmax'] }),
  WorkerCrashedError: new E.WorkerCrashedError('crashed', { detail: 'oom' }),
  EvalCaseError: new E.EvalCaseError('case', { line: 3 }),
  ClipboardError: new E.ClipboardError('clipboard', { chars: 12 }),
  TranscriptFormatError: new E.TranscriptFormatError('not JSON', { reason: 'not JSON' }),
  ChatRequestError: new E.ChatRequestError('no-user-message', 'end with a user message', { messages: 2 }),
};

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** `class X extends Y` for every Y that is Error or (transitively) an Error subclass declared in src/. */
function declaredErrorClasses(): Map<string, string> {
  const decls: [string, string, string][] = [];
  for (const file of sourceFiles(srcDir)) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(/\bclass\s+(\w+)\s+extends\s+(\w+)/g))
      decls.push([m[1]!, m[2]!, path.relative(srcDir, file)]);
  }
  const errors = new Map<string, string>(); // class → file
  for (let grew = true; grew;) {
    grew = false;
    for (const [cls, base, file] of decls) {
      if (errors.has(cls) || (base !== 'Error' && !errors.has(base))) continue;
      errors.set(cls, file);
      grew = true;
    }
  }
  return errors;
}

registerProjectErrors();

describe('error registry', () => {
  it('registers every Error subclass declared in src/ (RemoteError is the fallback for unknown names)', () => {
    const declared = declaredErrorClasses();
    expect(declared.size).toBeGreaterThan(40); // the scan itself works
    const missing = [...declared]
      .filter(([cls]) => cls !== 'RemoteError' && !(cls in E))
      .map(([cls, file]) => `${cls} (${file})`);
    expect(missing, 'add these classes to PROJECT_ERRORS in src/protocol/error-registry.ts').toEqual([]);
    expect(Object.keys(E).filter((k) => !declared.has(k))).toEqual([]);
  });

  it('keys are the names the instances carry, one sample per class', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(E).sort());
    for (const [key, sample] of Object.entries(SAMPLES)) {
      expect(sample.name, key).toBe(key);
      expect(sample.constructor, key).toBe(E[key as keyof typeof E]);
    }
  });

  it.each(Object.entries(SAMPLES))(
    '%s: serialise → structured clone → rebuild gives the same class, message, data and fields',
    (key, sample) => {
      const back = deserializeError(structuredClone(serializeError(sample)));
      expect(back).toBeInstanceOf(E[key as keyof typeof E]);
      expect(back.constructor).toBe(sample.constructor);
      expect(back).toBeInstanceOf(Error);
      expect(Object.prototype.toString.call(back)).toBe('[object Error]');
      expect(back.name).toBe(sample.name);
      expect(back.message).toBe(sample.message);
      expect((back as { data?: unknown }).data).toEqual((sample as { data?: unknown }).data);
      expect(Object.keys(back).sort(), 'every own field travels (derive extra fields from data)').toEqual(
        Object.keys(sample).sort(),
      );
      for (const field of ['issues', 'reason'] as const) {
        if (field in sample)
          expect((back as unknown as Record<string, unknown>)[field]).toEqual(
            (sample as unknown as Record<string, unknown>)[field],
          );
      }
      expect(String(back)).toBe(String(sample));
    },
  );

  it('derived fields of core errors come back: ConfigError.issues, IllegalActionError.reason', () => {
    const config = deserializeError(serializeError(SAMPLES.ConfigError)) as InstanceType<typeof E.ConfigError>;
    expect(config.issues[0]!.field).toBe('nDiff');
    expect(config).toBeInstanceOf(E.MegaContextError);
    const illegal = deserializeError(serializeError(SAMPLES.IllegalActionError)) as InstanceType<
      typeof E.IllegalActionError
    >;
    expect(illegal.reason).toBe('cooldown');
    expect(illegal.data['entry']).toBe(3);
  });

  it('an unregistered name comes back as RemoteError with name, message and data kept', () => {
    const back = deserializeError({ name: 'SomeOtherError', message: 'm', data: { x: 1 } });
    expect(back).toBeInstanceOf(RemoteError);
    expect([back.name, back.message, (back as RemoteError).data]).toEqual(['SomeOtherError', 'm', { x: 1 }]);
  });
});

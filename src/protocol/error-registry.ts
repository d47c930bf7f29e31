// The project's one error registry (ARCHITECTURE §6: errors cross the worker boundary as
// {name, message, data} and are rebuilt as the same class). Every Error subclass in src/ is listed
// here under the `name` its instances carry — tests/unit/protocol/error-registry.test.ts scans src/
// for `class X extends …Error` and fails on one that is missing, and round-trips one instance of
// each. registerProjectErrors() is called once per side (the worker and the page).
import { registerErrorClasses } from './serializable-error';
import { WorkerCrashedError } from './worker-errors';
import {
  AddressError,
  BudgetError,
  ConfigError,
  ForgetError,
  GistError,
  IllegalActionError,
  InvariantError,
  MegaContextError,
  ScoreError,
  TelemetryFormatError,
  TokenIdError,
} from '../core/errors';
import { PositionPolicyError } from '../core/position-policy';
import {
  CorruptSpanError,
  MalformedExportError,
  SchemaError,
  StorageConflictError,
  StorageInputError,
  StorageNotFoundError,
  StorageQuotaError,
} from '../storage/errors';
import { GpuDeviceLostError, GpuKernelArgumentError, GpuUnavailableError, GpuValidationError } from '../gpu/errors';
import { GistNetWeightsError } from '../gpu/gistnet-weights';
import { EmbeddingTableError } from '../models/embedding-table';
import { ModelFileError } from '../models/model-file-fetch';
import { ManifestError } from '../models/model-manifest';
import { ModelPackageError } from '../models/model-package';
import { HubModelError } from '../models/hub/hub-errors';
import { SamplingError } from '../models/sampling';
import { TokenizerError } from '../models/tokenizer-error';
import { DecoderContractError } from '../models/decoder/decoder-spec';
import { GistNetSessionError } from '../models/gistnet/onnx-gister';
import { LensNetSessionError } from '../models/lensnet/lensnet-scorer';
import { DequantizeError } from '../models/onnx/dequantize';
import { EmbeddingRecoveryError } from '../models/onnx/embedding-recovery';
import { GraphSurgeryError } from '../models/onnx/embedding-surgery';
import { MergedDecoderError } from '../models/onnx/merged-decoder';
import { OnnxModelError } from '../models/onnx/onnx-graph';
import { ProtobufError } from '../models/onnx/protobuf-wire';
import { TensorDataError } from '../models/onnx/tensor-data';
import { EngineStateError, SettingsError } from '../runtime/engine-settings';
import { EvalCaseError } from '../eval/eval-case';
import { ClipboardError } from '../ui/common/clipboard';
import { TranscriptFormatError } from '../runtime/transcript-import';
import { ChatRequestError } from '../library/errors';

/** Every typed error of the project, keyed by the `name` its instances carry. */
export const PROJECT_ERRORS = {
  // core
  MegaContextError,
  ConfigError,
  AddressError,
  TokenIdError,
  IllegalActionError,
  BudgetError,
  InvariantError,
  GistError,
  ScoreError,
  TelemetryFormatError,
  PositionPolicyError,
  ForgetError,
  // storage
  StorageQuotaError,
  CorruptSpanError,
  MalformedExportError,
  SchemaError,
  StorageNotFoundError,
  StorageConflictError,
  StorageInputError,
  // gpu
  GpuUnavailableError,
  GpuDeviceLostError,
  GpuValidationError,
  GpuKernelArgumentError,
  GistNetWeightsError,
  // models
  EmbeddingTableError,
  ModelFileError,
  ManifestError,
  ModelPackageError,
  HubModelError,
  SamplingError,
  TokenizerError,
  DecoderContractError,
  GistNetSessionError,
  LensNetSessionError,
  DequantizeError,
  EmbeddingRecoveryError,
  GraphSurgeryError,
  MergedDecoderError,
  OnnxModelError,
  ProtobufError,
  TensorDataError,
  // runtime, protocol, eval, ui, library
  EngineStateError,
  SettingsError,
  WorkerCrashedError,
  EvalCaseError,
  ClipboardError,
  TranscriptFormatError,
  ChatRequestError,
} as const;

let done = false;

export function registerProjectErrors(): void {
  if (done) return;
  done = true;
  registerErrorClasses(PROJECT_ERRORS);
}

// Every typed error of the project, registered so that an error thrown in the worker is rebuilt
// on the main thread as the same class (instanceof works, `data` kept). Import once per side.
import { registerErrorClasses, registerErrorRebuilder } from './serializable-error';
import { CORE_ERROR_NAMES, coreErrorFromJSON } from '../core/errors';
import {
  CorruptSpanError, MalformedExportError, SchemaError, StorageConflictError, StorageInputError, StorageNotFoundError, StorageQuotaError,
} from '../storage/errors';
import { GpuDeviceLostError, GpuUnavailableError, GpuValidationError } from '../gpu/errors';
import { EmbeddingTableError } from '../models/embedding-table';
import { ModelFileError } from '../models/model-file-fetch';
import { ManifestError } from '../models/model-manifest';
import { ModelPackageError } from '../models/model-package';
import { HubModelError } from '../models/hub-package';
import { SamplingError } from '../models/sampling';
import { TokenizerError } from '../models/text-tokenizer';
import { DecoderContractError } from '../models/decoder/decoder-spec';
import { GraphSurgeryError } from '../models/onnx/embedding-surgery';
import { ProtobufError } from '../models/onnx/protobuf-wire';
import { EngineStateError, SettingsError } from '../runtime/engine-settings';
import { WorkerCrashedError } from './worker-errors';

let done = false;

export function registerProjectErrors(): void {
  if (done) return;
  done = true;
  registerErrorRebuilder(CORE_ERROR_NAMES, (s) => coreErrorFromJSON({ name: s.name, message: s.message, data: (s.data ?? {}) as Record<string, unknown> }));
  registerErrorClasses(
    CorruptSpanError, MalformedExportError, SchemaError, StorageConflictError, StorageInputError, StorageNotFoundError, StorageQuotaError,
    GpuDeviceLostError, GpuUnavailableError, GpuValidationError,
    EmbeddingTableError, ModelFileError, ManifestError, ModelPackageError, SamplingError, TokenizerError, DecoderContractError,
    GraphSurgeryError, ProtobufError, EngineStateError, SettingsError, WorkerCrashedError, HubModelError,
  );
}

// zustand slice: the frozen base model the Working Context feeds — which package is loaded (or
// loading, with download progress), the compute path it runs on, and the engine settings (W_max,
// focus mode) with the validation problems of the last rejected change.
import type { StateCreator } from 'zustand';
import type { ComputePreference, EngineSettings, LoadProgress, ModelInfo } from '../../runtime/engine-api';

export type ModelStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ModelSlice {
  modelStatus: ModelStatus;
  modelUrl: string | null;
  compute: ComputePreference;
  loadProgress: LoadProgress | null;
  modelInfo: ModelInfo | null;
  modelError: string | null;
  settings: EngineSettings | null;
  settingsProblems: string[];
}

export const createModelSlice: StateCreator<ModelSlice, [], [], ModelSlice> = () => ({
  modelStatus: 'idle',
  modelUrl: null,
  compute: 'auto',
  loadProgress: null,
  modelInfo: null,
  modelError: null,
  settings: null,
  settingsProblems: [],
});

// Environment status: the compute path read from the real WebGPU adapter, cross-origin
// isolation (needed for WASM threads), whether the offline demo model package is present, and the
// browser's answer to navigator.storage.persist() (MegaContext persistence).
import { describeWebGpuStatus } from '../gpu/webgpu-status';
import { selectComputePath, useSystemStore } from '../store/system-store';

function Card(props: { title: string; tone: 'ok' | 'warn' | 'wait'; testId: string; children: React.ReactNode }) {
  return (
    <section className={`card card-${props.tone}`} aria-label={props.title} data-testid={props.testId}>
      <h2>{props.title}</h2>
      <div className="card-body">{props.children}</div>
    </section>
  );
}

function GpuCard() {
  const gpu = useSystemStore((s) => s.gpu);
  const path = useSystemStore(selectComputePath);
  if (gpu === null)
    return (
      <Card title="Compute" tone="wait" testId="gpu-status">
        Probing WebGPU…
      </Card>
    );
  return (
    <Card title="Compute" tone={path === 'webgpu' ? 'ok' : 'warn'} testId="gpu-status">
      <p className="headline">{describeWebGpuStatus(gpu)}</p>
      {gpu.available ? (
        <dl>
          <dt>Architecture</dt>
          <dd data-testid="gpu-architecture">{gpu.architecture}</dd>
          <dt>Fallback adapter</dt>
          <dd>{gpu.isFallbackAdapter ? 'yes (software rendering, slow)' : 'no'}</dd>
          <dt>shader-f16</dt>
          <dd>{gpu.shaderF16 ? 'yes' : 'no (f32 kernels)'}</dd>
          <dt>Max storage binding</dt>
          <dd>{(gpu.maxStorageBufferBindingSize / 2 ** 20).toFixed(0)} MiB</dd>
        </dl>
      ) : (
        <p>Models will run on the CPU through WebAssembly.</p>
      )}
    </Card>
  );
}

function IsolationCard() {
  const isolated = useSystemStore((s) => s.crossOriginIsolated);
  return (
    <Card title="Threads" tone={isolated ? 'ok' : 'warn'} testId="isolation-status">
      <p className="headline">
        {isolated
          ? 'Cross-origin isolated: WASM threads available'
          : 'Not cross-origin isolated: WASM runs single-threaded'}
      </p>
    </Card>
  );
}

function ModelCard() {
  const model = useSystemStore((s) => s.model);
  if (model === null)
    return (
      <Card title="Model" tone="wait" testId="model-status">
        Looking for the demo model…
      </Card>
    );
  if (model.status === 'present') {
    return (
      <Card title="Model" tone="ok" testId="model-status">
        <p className="headline">
          {model.name} <span className="muted">v{model.version}</span>
        </p>
      </Card>
    );
  }
  return (
    <Card title="Model" tone="warn" testId="model-status">
      <p className="headline">{model.status === 'missing' ? 'Demo model missing' : 'Demo model unusable'}</p>
      <p>{model.status === 'missing' ? `${model.missing} was not found. ${model.hint}` : model.problem}</p>
    </Card>
  );
}

function StorageCard() {
  const p = useSystemStore((s) => s.persistence);
  if (p === null)
    return (
      <Card title="Storage" tone="wait" testId="storage-status">
        Asking for persistent storage…
      </Card>
    );
  return (
    <Card title="Storage" tone={p.persisted ? 'ok' : 'warn'} testId="storage-status">
      <p className="headline">
        {p.persisted
          ? 'Persistent storage granted'
          : p.supported
            ? 'Persistent storage not granted'
            : 'Persistent storage unsupported'}
      </p>
      <p>{p.message}</p>
    </Card>
  );
}

export function StatusPanel() {
  return (
    <div className="status-grid">
      <GpuCard />
      <IsolationCard />
      <ModelCard />
      <StorageCard />
    </div>
  );
}

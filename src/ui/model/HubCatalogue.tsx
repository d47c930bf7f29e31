// The model catalogue in the picker (issue 17 item 3): curated hub repositories with a link to
// each model card; "Details" asks the hub for the facts (download size and speed class per dtype,
// context length, licence — src/models/hub/hub-catalogue.ts) and "Use" puts the repository in the
// URL field, where free entry stays possible. Nothing is requested before the user asks.
import { useState } from 'react';
import { describeHubRepo, HUB_CATALOGUE, HUB_MEMORY_NOTE, type HubRepoFacts } from '../../models/hub/hub-catalogue';
import { parseHubRef } from '../../models/hub/hub-ref';
import { formatSize } from '../feed/file-intake';

type FactsState =
  { status: 'loading' } | { status: 'ready'; facts: HubRepoFacts } | { status: 'error'; message: string };

export function HubCatalogue({ onUse, disabled }: { onUse: (ref: string) => void; disabled: boolean }) {
  const [facts, setFacts] = useState<Record<string, FactsState>>({});
  const details = async (repo: string) => {
    setFacts((f) => ({ ...f, [repo]: { status: 'loading' } }));
    try {
      const result = await describeHubRepo(parseHubRef(repo)!);
      setFacts((f) => ({ ...f, [repo]: { status: 'ready', facts: result } }));
    } catch (e) {
      setFacts((f) => ({ ...f, [repo]: { status: 'error', message: (e as Error).message } }));
    }
  };
  return (
    <details className="system-details hub-catalogue" data-testid="hub-catalogue">
      <summary>Models from the hub</summary>
      <p className="small muted">
        Memory for these models: {HUB_MEMORY_NOTE}. Add “?dtype=q4” (fp32, fp16, q8, int8, uint8, q4, q4f16) to choose a
        variant.
      </p>
      <ul className="hub-catalogue-list">
        {HUB_CATALOGUE.map((e) => {
          const f = facts[e.repo];
          return (
            <li key={e.repo} data-testid="hub-catalogue-entry">
              <div className="row">
                <a href={`https://huggingface.co/${e.repo}`} target="_blank" rel="noopener noreferrer">
                  {e.name}
                </a>
                <span className="muted small">{e.note}</span>
                <button
                  type="button"
                  className="btn"
                  onClick={() => void details(e.repo)}
                  aria-label={`Details of ${e.repo}`}
                  disabled={f?.status === 'loading'}
                >
                  Details
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => onUse(e.repo)}
                  aria-label={`Use ${e.repo}`}
                  disabled={disabled}
                >
                  Use
                </button>
              </div>
              {f?.status === 'loading' ? <p className="small muted">asking the hub…</p> : null}
              {f?.status === 'error' ? <p className="small error">{f.message}</p> : null}
              {f?.status === 'ready' ? <RepoFacts facts={f.facts} /> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function RepoFacts({ facts }: { facts: HubRepoFacts }) {
  return (
    <dl className="facts small" data-testid="hub-repo-facts">
      <dt>Sizes</dt>
      <dd>
        {facts.sizes.length
          ? facts.sizes.map((s) => `${s.dtype} ${formatSize(s.bytes)} (${s.speed})`).join(' · ')
          : 'unknown (the hub did not list onnx/)'}
      </dd>
      <dt>Context</dt>
      <dd>{facts.contextLength ? `${facts.contextLength.toLocaleString()} tokens` : 'unknown'}</dd>
      <dt>Licence</dt>
      <dd>{facts.licence ?? 'unknown'}</dd>
      {facts.parameters ? (
        <>
          <dt>Shape</dt>
          <dd>
            {facts.parameters.layers} layers · d {facts.parameters.hidden} · vocab{' '}
            {facts.parameters.vocab.toLocaleString()}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

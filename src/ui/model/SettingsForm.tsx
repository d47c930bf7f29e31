// Engine settings: the Working Context budget W_max, the Focus Allocator's scorer (LensNet
// "learned" when the package has one, training-free similarity, or none), the reply length and
// sampling (temperature, top-p, seed, repetition penalty; defaults: greedy, no penalty — the most
// faithful for a small model that answers by copying from memory), and the memory check (a request
// naming something no document mentions is answered "not in memory"). The engine validates; its
// problems are shown inline next to the form.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectBusy } from '../../store/selectors';
import { applySettings } from '../../store/actions/model-actions';
import type { EngineSettings, FocusMode } from '../../runtime/engine-api';
import { DEFAULT_SAMPLING, type SamplingParams } from '../../models/sampling';
import { FOCUS_MODES } from './focus-modes';

const NO_MODES: FocusMode[] = [];

export function SettingsForm() {
  const settings = useAppStore((s) => s.settings);
  if (!settings) return null;
  return (
    <SettingsFields
      key={`${settings.wMax}/${settings.focusMode}/${settings.maxNewTokens}/${JSON.stringify(settings.sampling)}/${settings.memoryCheck}/${settings.memoryQuote}/${settings.answerCopy}`}
      settings={settings}
    />
  );
}

function SettingsFields({ settings }: { settings: EngineSettings }) {
  const problems = useAppStore((s) => s.settingsProblems);
  const modes = useAppStore((s) => s.modelInfo?.focusModes) ?? NO_MODES;
  const wMaxDefault = useAppStore((s) => s.modelInfo?.wMaxDefault ?? null);
  const wMaxFromPackage = useAppStore((s) => s.modelInfo?.wMaxFromPackage ?? false);
  const busy = useAppStore(selectBusy);
  const [wMax, setWMax] = useState(String(settings.wMax));
  const [focusMode, setFocusMode] = useState<FocusMode>(settings.focusMode);
  const [maxNew, setMaxNew] = useState(String(settings.maxNewTokens));
  const [sampling, setSampling] = useState(() => samplingFields(settings.sampling));
  const [memoryCheck, setMemoryCheck] = useState(settings.memoryCheck);
  const memoryCheckDefault = useAppStore((s) => s.modelInfo?.memoryCheckDefault ?? false);
  const [memoryQuote, setMemoryQuote] = useState(settings.memoryQuote);
  const memoryQuoteDefault = useAppStore((s) => s.modelInfo?.memoryQuoteDefault ?? false);
  const [answerCopy, setAnswerCopy] = useState(settings.answerCopy);
  const answerCopyDefault = useAppStore((s) => s.modelInfo?.answerCopyDefault ?? false);
  const [saving, setSaving] = useState(false);
  const dirty =
    wMax !== String(settings.wMax) ||
    focusMode !== settings.focusMode ||
    maxNew !== String(settings.maxNewTokens) ||
    memoryCheck !== settings.memoryCheck ||
    memoryQuote !== settings.memoryQuote ||
    answerCopy !== settings.answerCopy ||
    JSON.stringify(sampling) !== JSON.stringify(samplingFields(settings.sampling));
  const field = (k: keyof SamplingFields) => ({
    value: sampling[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      setSampling((p) => ({ ...p, [k]: v }));
    },
    'aria-invalid': problems.some((p) => p.includes(k === 'repetitionPenalty' ? 'repetitionPenalty' : k)) || undefined,
  });

  return (
    <form
      className="settings"
      aria-label="Engine settings"
      noValidate // the engine validates and names what to change (min/max only guide the spinners)
      onSubmit={async (e) => {
        e.preventDefault();
        setSaving(true);
        await applySettings({
          wMax: Number(wMax),
          focusMode,
          maxNewTokens: Number(maxNew),
          sampling: samplingParams(sampling),
          memoryCheck,
          memoryQuote,
          answerCopy,
        });
        setSaving(false);
      }}
    >
      {/* Read-only while the engine applies them: the form is rebuilt from what the engine returns,
          so an edit made meanwhile would be lost. */}
      <fieldset className="settings-body" disabled={saving}>
        <div className="settings-grid">
          <label htmlFor="set-wmax">W_max</label>
          <input
            id="set-wmax"
            type="number"
            inputMode="numeric"
            value={wMax}
            onChange={(e) => setWMax(e.currentTarget.value)}
            aria-label="W_max (working context budget in token-equivalents)"
            aria-invalid={problems.some((p) => p.includes('wMax')) || undefined}
            aria-describedby={wMaxDefault !== null ? 'wmax-hint' : undefined}
          />
          <label htmlFor="set-focus">Focus</label>
          <select
            id="set-focus"
            value={focusMode}
            onChange={(e) => setFocusMode(e.currentTarget.value as FocusMode)}
            aria-label="Focus mode"
          >
            {FOCUS_MODES.map((m) => (
              <option key={m.mode} value={m.mode} disabled={!modes.includes(m.mode)}>
                {m.label}
                {modes.includes(m.mode) ? '' : ' — not in this package'}
              </option>
            ))}
          </select>
          <label htmlFor="set-maxnew">Reply tokens</label>
          <input
            id="set-maxnew"
            type="number"
            inputMode="numeric"
            value={maxNew}
            onChange={(e) => setMaxNew(e.currentTarget.value)}
            aria-label="Maximum reply tokens (reserved inside W_max)"
          />
        </div>
        {wMaxDefault !== null ? (
          <p className="muted small" id="wmax-hint" data-testid="wmax-hint">
            {wMaxFromPackage
              ? `This model's default W_max is ${wMaxDefault.toLocaleString()}: it answers from memory best with a small working context, the rest of the history as gists (measured by its maker). A larger W_max costs more per token and, for this model, recalls less.`
              : `Default W_max for this model: ${wMaxDefault.toLocaleString()}.`}
          </p>
        ) : null}
        <SettingToggle
          id="memory-check"
          label="Memory check"
          checked={memoryCheck}
          onChange={setMemoryCheck}
          hint="A question naming something that no document or message in memory mentions is answered “not in memory” instead of letting the model guess."
          byDefault={
            memoryCheckDefault
              ? 'On by default for this model: it cannot tell by itself that a fact is missing.'
              : 'Off by default for this model: it may be asked about things beyond its memory.'
          }
        />
        <SettingToggle
          id="memory-quote"
          label="Memory quote"
          checked={memoryQuote}
          onChange={setMemoryQuote}
          hint="Before a question is answered, the sentences of the memory that hold its names are quoted again right before it, so the model reads the fact next to the question."
          byDefault={
            memoryQuoteDefault
              ? 'On by default for this model: it was trained to read them.'
              : 'Off by default for this model: it was not trained on quotes.'
          }
        />
        <SettingToggle
          id="answer-copy"
          label="Answer copy"
          checked={answerCopy}
          onChange={setAnswerCopy}
          hint="When the memory quote holds a question's names, the value of the answer is copied word for word from the quote: the model chooses which words, but cannot answer with one that is not there or misspell it."
          byDefault={
            answerCopyDefault
              ? 'On by default for this model: it was trained to answer in fixed frames (“It is …”).'
              : 'Off by default for this model: it was not trained to answer in fixed frames.'
          }
        />
        <fieldset className="settings-grid sampling">
          <legend>
            Sampling{' '}
            <button
              type="button"
              className="icon-btn small"
              onClick={() => setSampling(samplingFields(DEFAULT_SAMPLING))}
              aria-label="Reset sampling to the defaults"
            >
              defaults
            </button>
          </legend>
          <label htmlFor="set-temp">Temperature</label>
          <input
            id="set-temp"
            type="number"
            step="0.05"
            min="0"
            inputMode="decimal"
            {...field('temperature')}
            aria-describedby="sampling-hint"
          />
          <label htmlFor="set-topp">Top-p</label>
          <input id="set-topp" type="number" step="0.05" min="0.05" max="1" inputMode="decimal" {...field('topP')} />
          <label htmlFor="set-seed">Seed</label>
          <input id="set-seed" type="number" step="1" min="0" inputMode="numeric" {...field('seed')} />
          <label htmlFor="set-rep">Repetition penalty</label>
          <input
            id="set-rep"
            type="number"
            step="0.05"
            min="1"
            max="2"
            inputMode="decimal"
            {...field('repetitionPenalty')}
          />
        </fieldset>
        <p className="muted small" id="sampling-hint">
          Temperature 0 is greedy (the most faithful on a small model; top-p and seed then do nothing). Repetition
          penalty 1 is off; it counts only the answer’s own tokens.
        </p>
        {problems.length > 0 ? (
          <ul className="error problems" role="alert" data-testid="settings-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className="row">
          <button type="submit" className="btn" disabled={!dirty || saving || busy} aria-label="Apply settings">
            {saving ? 'Applying…' : 'Apply'}
          </button>
          <span className="muted small">
            Protected recent tokens: {settings.protectedTokens} · positions: {settings.positionPolicy.kind}
          </span>
        </div>
      </fieldset>
    </form>
  );
}

type SamplingFields = Record<keyof Required<SamplingParams>, string>;

function samplingFields(p: SamplingParams): SamplingFields {
  return {
    temperature: String(p.temperature),
    topP: String(p.topP),
    seed: String(p.seed),
    repetitionPenalty: String(p.repetitionPenalty ?? 1),
  };
}

/** The form's text as numbers (an empty field is NaN, which the engine's validation names). */
function samplingParams(f: SamplingFields): SamplingParams {
  const n = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  return { temperature: n(f.temperature), topP: n(f.topP), seed: n(f.seed), repetitionPenalty: n(f.repetitionPenalty) };
}

/** A checkbox setting with its hint: what it does, then whether this model starts with it on. */
function SettingToggle(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  hint: string;
  byDefault: string;
}) {
  return (
    <>
      <label className="row small">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
          aria-describedby={`${props.id}-hint`}
          data-testid={`set-${props.id}`}
        />{' '}
        {props.label}
      </label>
      <p className="muted small" id={`${props.id}-hint`}>
        {props.hint} {props.byDefault}
      </p>
    </>
  );
}

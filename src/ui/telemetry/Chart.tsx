// A small SVG chart for telemetry series (line or bars), with an optional shaded band (e.g. the
// healthy swap-rate range) and a threshold line. No chart library.
export interface ChartProps {
  label: string;
  values: number[];
  kind?: 'line' | 'bars';
  yMax?: number;
  band?: [number, number];
  threshold?: number;
  color: string;
  format: (v: number) => string;
  testId?: string;
}

const W = 240;
const H = 64;
const P = 4;

export function Chart(props: ChartProps) {
  const { values } = props;
  const yMax = Math.max(props.yMax ?? 0, ...values, props.threshold ?? 0, 1e-9) * (props.yMax ? 1 : 1.1);
  const y = (v: number) => H - P - (Math.max(0, v) / yMax) * (H - 2 * P);
  const x = (i: number) => (values.length <= 1 ? W / 2 : P + (i / (values.length - 1)) * (W - 2 * P));
  const last = values.at(-1);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>
        <span>{props.label}</span>
        <b>{last === undefined ? '—' : props.format(last)}</b>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${props.label}: ${values.length} points${last === undefined ? '' : `, latest ${props.format(last)}`}`}
      >
        <rect x="0" y="0" width={W} height={H} className="chart-bg" />
        {props.band ? (
          <rect
            x="0"
            width={W}
            y={y(props.band[1])}
            height={Math.max(0, y(props.band[0]) - y(props.band[1]))}
            className="chart-band"
          />
        ) : null}
        {props.threshold !== undefined ? (
          <line x1="0" x2={W} y1={y(props.threshold)} y2={y(props.threshold)} className="chart-threshold" />
        ) : null}
        {values.length === 0 ? (
          <text x={W / 2} y={H / 2 + 4} textAnchor="middle" className="chart-empty">
            no data yet
          </text>
        ) : props.kind === 'bars' ? (
          values.map((v, i) => {
            const bw = Math.min(18, Math.max(1, (W - 2 * P) / values.length - 1));
            return (
              <rect
                key={i}
                x={P + i * ((W - 2 * P) / values.length)}
                y={y(v)}
                width={bw}
                height={H - P - y(v)}
                fill={props.color}
              />
            );
          })
        ) : (
          <>
            <polyline
              points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              fill="none"
              stroke={props.color}
              strokeWidth="1.6"
              vectorEffect="non-scaling-stroke"
            />
            {values.length === 1 ? <circle cx={x(0)} cy={y(values[0]!)} r="2.5" fill={props.color} /> : null}
          </>
        )}
      </svg>
    </figure>
  );
}

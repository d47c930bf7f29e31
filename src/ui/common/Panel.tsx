// A titled section of the page (landmark with an accessible name).
import type { ReactNode } from 'react';

export function Panel(props: {
  title: string;
  testId?: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <section className={`panel ${props.className ?? ''}`} aria-label={props.title} data-testid={props.testId}>
      <header className="panel-head">
        <h2>{props.title}</h2>
        {props.subtitle ? <span className="panel-sub">{props.subtitle}</span> : null}
        {props.actions ? <div className="panel-actions">{props.actions}</div> : null}
      </header>
      {props.children}
    </section>
  );
}

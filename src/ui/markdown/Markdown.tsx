// Model output as safe Markdown (see markdown-parse.ts for what is and is not interpreted).
import { useMemo } from 'react';
import { renderMarkdown } from './markdown-render';

export function Markdown(props: { text: string; className?: string }) {
  const nodes = useMemo(() => renderMarkdown(props.text), [props.text]);
  return <div className={props.className ?? 'markdown'}>{nodes}</div>;
}

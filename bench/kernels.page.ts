// `npm run bench:kernels`, page side (bench/kernels.html, opened by bench/kernels.run.mjs): every
// kernel group of bench/kernel-suite.ts; the result goes to window.__kernelBench.
import { runKernelBench } from './kernel-suite';

declare global {
  interface Window {
    __kernelBench?:
      | { status: 'running' }
      | { status: 'done'; result: Awaited<ReturnType<typeof runKernelBench>> }
      | { status: 'error'; message: string };
  }
}

window.__kernelBench = { status: 'running' };
runKernelBench().then(
  (result) => (window.__kernelBench = { status: 'done', result }),
  (e: unknown) =>
    (window.__kernelBench = {
      status: 'error',
      message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e),
    }),
);

// Runs the MegaContext decoder ONNX graph with onnxruntime-node for the Python export parity
// test (there is no Python onnxruntime here).
// Usage: node training/scripts/onnx_logits.mjs request.json response.json
// request:  {model, inputs: {name: {dtype: "float32"|"int64", dims: [...], b64: "..."}}}
// response: {outputs: {name: {dims, b64}}} with float32 little-endian data.
import { readFileSync, writeFileSync } from 'node:fs';
import ort from 'onnxruntime-node';

const [reqPath, resPath] = process.argv.slice(2);
const req = JSON.parse(readFileSync(reqPath, 'utf-8'));
const session = await ort.InferenceSession.create(req.model);
const feeds = {};
for (const [name, t] of Object.entries(req.inputs)) {
  const buf = Buffer.from(t.b64, 'base64');
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const data = t.dtype === 'int64' ? new BigInt64Array(ab) : new Float32Array(ab);
  feeds[name] = new ort.Tensor(t.dtype, data, t.dims);
}
const missing = session.inputNames.filter((n) => !(n in feeds));
if (missing.length) throw new Error(`missing inputs: ${missing.join(', ')}`);
const out = await session.run(feeds);
const outputs = {};
for (const [name, t] of Object.entries(out)) {
  const f = t.data;
  outputs[name] = { dims: t.dims, b64: Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64') };
}
writeFileSync(resPath, JSON.stringify({ inputNames: session.inputNames, outputs }));

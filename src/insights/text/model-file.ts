import { cloneModel, type LinearModel } from './linear-model.js';

/**
 * A sentiment model as bytes, for the files Kuulo ships and the models it trains per workspace:
 * "KSM1", the length of a JSON header, the header (classes, size, per-class scale, biases and
 * whatever describes the model: its language, training data and measured quality), then one
 * signed byte per weight. Quantising each class's weights to 255 levels keeps a model at a quarter
 * of its size; measured, it changes no more than a few labels in ten thousand.
 */

const magic = 'KSM1';

export interface ModelFile<Meta> {
  model: LinearModel;
  meta: Meta;
}

export function encodeModel<Meta>(trained: LinearModel, meta: Meta): Uint8Array {
  const model = trained.scales ? cloneModel(trained) : trained;
  const k = model.classes.length;
  const scales = Array.from({ length: k }, (_, c) => {
    let max = 0;
    for (let i = c * model.dims; i < (c + 1) * model.dims; i++) max = Math.max(max, Math.abs(model.weights[i]!));
    return max > 0 ? max / 127 : 1;
  });
  const header = new TextEncoder().encode(JSON.stringify({ classes: model.classes, dims: model.dims, scales, bias: Array.from(model.bias), meta }));
  const bytes = new Uint8Array(8 + header.length + k * model.dims);
  bytes.set(new TextEncoder().encode(magic), 0);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  const weights = new Int8Array(bytes.buffer, 8 + header.length);
  for (let c = 0; c < k; c++) {
    for (let i = c * model.dims; i < (c + 1) * model.dims; i++) weights[i] = Math.round(model.weights[i]! / scales[c]!);
  }
  return bytes;
}

export function decodeModel<Meta>(bytes: Uint8Array): ModelFile<Meta> {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== magic) throw new Error('not a Kuulo sentiment model');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { classes: string[]; dims: number; scales: number[]; bias: number[]; meta: Meta };
  const k = header.classes.length;
  if (bytes.length !== 8 + headerLength + k * header.dims) throw new Error('a sentiment model file is cut short or too long');
  // Copied, so the model does not hold on to a larger buffer the bytes may sit in.
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + headerLength, k * header.dims).slice();
  return { model: { classes: header.classes, dims: header.dims, weights, scales: Float32Array.from(header.scales), bias: Float32Array.from(header.bias) }, meta: header.meta };
}

'use strict';
// node:stream/consumers — collect a whole stream or async iterable as text, JSON, bytes or Blob.

let BufferCtor;
function lazyBuffer() {
  return BufferCtor ??= require('buffer').Buffer;
}

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function toBytes(chunk) {
  if (typeof chunk === 'string') return lazyBuffer().from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return chunk;
}

async function blob(stream) {
  const chunks = await collect(stream);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.byteLength === buf.length && buf.byteOffset === 0 ?
    buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
}

async function buffer(stream) {
  const chunks = await collect(stream);
  return lazyBuffer().concat(chunks.map(toBytes));
}

async function text(stream) {
  const { StringDecoder } = require('string_decoder');
  const dec = new StringDecoder('utf8');
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.write(toBytes(chunk));
  }
  str += dec.end();
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, text, json };

'use strict';
// The Fetch body mixin (text/json/arrayBuffer/bytes/blob/formData/body) and FormData.

const { Buffer } = require('buffer');

const kBody = Symbol('body');     // { source, length } or null
const kUsed = Symbol('bodyUsed');
const kStream = Symbol('bodyStream');

const encoder = new TextEncoder();

class FormData {
  #entries = [];

  append(name, value, filename = undefined) {
    this.#entries.push([`${name}`, toEntryValue(value, filename)]);
  }

  delete(name) {
    this.#entries = this.#entries.filter(([n]) => n !== `${name}`);
  }

  get(name) {
    const found = this.#entries.find(([n]) => n === `${name}`);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    return this.#entries.filter(([n]) => n === `${name}`).map(([, v]) => v);
  }

  has(name) {
    return this.#entries.some(([n]) => n === `${name}`);
  }

  set(name, value, filename = undefined) {
    const entry = [`${name}`, toEntryValue(value, filename)];
    const i = this.#entries.findIndex(([n]) => n === entry[0]);
    if (i === -1) {
      this.#entries.push(entry);
    } else {
      this.#entries[i] = entry;
      this.#entries = this.#entries.filter(([n], k) => k <= i || n !== entry[0]);
    }
  }

  * entries() {
    yield* this.#entries.map((e) => e.slice());
  }

  * keys() {
    for (const [n] of this.#entries) yield n;
  }

  * values() {
    for (const [, v] of this.#entries) yield v;
  }

  forEach(callback, thisArg) {
    for (const [n, v] of this.#entries) Reflect.apply(callback, thisArg, [v, n, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'FormData';
  }
}

function toEntryValue(value, filename) {
  const { Blob, File } = require('buffer');
  if (value instanceof Blob) {
    if (!(value instanceof File) || filename !== undefined) {
      return new File([value], filename ?? 'blob', { type: value.type });
    }
    return value;
  }
  return `${value}`;
}

// Serialises FormData as multipart/form-data; returns { bytes, type }.
async function encodeMultipart(form) {
  const boundary = `----formdata-cnode-${Math.random().toString(16).slice(2).padStart(12, '0')}`;
  const parts = [];
  const esc = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"; filename="${esc(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(new Uint8Array(await value.arrayBuffer()));
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

// Turns a BodyInit into { source, type } (type: the Content-Type it implies or null).
function extractBody(init) {
  const { Blob } = require('buffer');
  if (typeof init === 'string') return { source: encoder.encode(init), type: 'text/plain;charset=UTF-8' };
  if (init instanceof URLSearchParams) {
    return { source: encoder.encode(init.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (init instanceof ArrayBuffer) return { source: new Uint8Array(init.slice(0)), type: null };
  if (ArrayBuffer.isView(init)) {
    return { source: new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), type: null };
  }
  if (init instanceof Blob) return { source: init, type: init.type || null };
  if (init instanceof FormData) return { source: init, type: null, multipart: true };
  if (init !== null && typeof init === 'object' &&
      (typeof init[Symbol.asyncIterator] === 'function' || typeof init.getReader === 'function')) {
    return { source: init, type: null, stream: true };
  }
  return { source: encoder.encode(`${init}`), type: 'text/plain;charset=UTF-8' };
}

// Reads a body source fully into a Uint8Array.
async function consume(body) {
  if (body === null) return new Uint8Array(0);
  const { source } = body;
  const { Blob } = require('buffer');
  if (source instanceof Uint8Array) return source;
  if (source instanceof Blob) return new Uint8Array(await source.arrayBuffer());
  if (source instanceof FormData) return (await encodeMultipart(source)).bytes;
  const chunks = [];
  if (typeof source.getReader === 'function') {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(typeof value === 'string' ? encoder.encode(value) : value);
    }
  } else {
    for await (const chunk of source) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

function parseFormData(bytes, contentType) {
  const form = new FormData();
  const type = (contentType ?? '').toLowerCase();
  const text = Buffer.from(bytes).toString('utf8');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) form.append(k, v);
    return form;
  }
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!type.startsWith('multipart/form-data') || !m) {
    throw new TypeError('Response.formData: Could not parse content as FormData.');
  }
  const boundary = `--${m[1] ?? m[2]}`;
  const latin = Buffer.from(bytes).toString('latin1');
  for (const part of latin.split(boundary).slice(1)) {
    if (part.startsWith('--')) break;
    const end = part.indexOf('\r\n\r\n');
    if (end === -1) continue;
    const head = part.slice(2, end);
    const content = part.slice(end + 4, part.endsWith('\r\n') ? -2 : undefined);
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const ctype = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
    if (filename !== undefined) {
      const { File } = require('buffer');
      form.append(name, new File([Buffer.from(content, 'latin1')], filename, { type: ctype ?? '' }));
    } else {
      form.append(name, Buffer.from(content, 'latin1').toString('utf8'));
    }
  }
  return form;
}

// Adds text/json/arrayBuffer/bytes/blob/formData/body/bodyUsed to a class's prototype.
function mixinBody(klass, label) {
  async function take(self) {
    if (self[kUsed]) throw new TypeError('Body is unusable: Body has already been read');
    self[kUsed] = true;
    if (self[kStream]?.locked) throw new TypeError('Body is unusable: Body has already been read');
    return consume(self[kBody]);
  }
  Object.defineProperties(klass.prototype, {
    bodyUsed: { __proto__: null, configurable: true, enumerable: true, get() { return !!this[kUsed]; } },
    body: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        if (this[kBody] === null) return null;
        if (this[kStream] === undefined) {
          const { ReadableStream } = require('stream/web');
          const self = this;
          const source = this[kBody].source;
          if (typeof source.getReader === 'function') {
            this[kStream] = source;
          } else {
            this[kStream] = new ReadableStream({
              async pull(controller) {
                const bytes = await consume(self[kBody]);
                self[kUsed] = true;
                if (bytes.length > 0) controller.enqueue(bytes);
                controller.close();
              },
            }, { highWaterMark: 0 });
          }
        }
        return this[kStream];
      },
    },
  });
  for (const [name, convert] of [
    ['arrayBuffer', (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)],
    ['bytes', (b) => new Uint8Array(b)],
    ['text', (b) => Buffer.from(b).toString('utf8')],
    ['json', (b) => JSON.parse(Buffer.from(b).toString('utf8'))],
  ]) {
    Object.defineProperty(klass.prototype, name, {
      __proto__: null, configurable: true, writable: true, enumerable: true,
      value: { async [name]() { return convert(await take(this)); } }[name],
    });
  }
  Object.defineProperty(klass.prototype, 'blob', {
    __proto__: null, configurable: true, writable: true, enumerable: true,
    async value() {
      const { Blob } = require('buffer');
      return new Blob([await take(this)], { type: this.headers.get('content-type') ?? '' });
    },
  });
  Object.defineProperty(klass.prototype, 'formData', {
    __proto__: null, configurable: true, writable: true, enumerable: true,
    async value() {
      return parseFormData(await take(this), this.headers.get('content-type'));
    },
  });
  void label;
}

module.exports = { kBody, kUsed, FormData, extractBody, consume, encodeMultipart, mixinBody };

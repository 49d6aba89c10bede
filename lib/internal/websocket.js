'use strict';
// The WebSocket client (WHATWG WebSockets, as Node 22's global): the opening handshake over
// net/tls, RFC 6455 framing (masked client frames, fragmentation, ping/pong, close codes).

const { EventTarget, Event } = require('internal/event_target');
const { Buffer } = require('buffer');
const { DOMException } = require('internal/per_context/domexception');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const kGUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

class MessageEvent extends Event {
  #data;
  #origin;
  constructor(type, init = {}) {
    super(type, init);
    this.#data = init.data;
    this.#origin = init.origin ?? '';
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return []; }
}

class CloseEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = { wasClean: !!init.wasClean, code: init.code ?? 0, reason: init.reason ?? '' };
  }

  get wasClean() { return this.#init.wasClean; }
  get code() { return this.#init.code; }
  get reason() { return this.#init.reason; }
}

class ErrorEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = init;
  }

  get message() { return this.#init.message ?? ''; }
  get error() { return this.#init.error; }
}

class WebSocket extends EventTarget {
  static CONNECTING = CONNECTING;
  static OPEN = OPEN;
  static CLOSING = CLOSING;
  static CLOSED = CLOSED;

  #url;
  #socket = null;
  #readyState = CONNECTING;
  #protocol = '';
  #binaryType = 'blob';
  #buffered = Buffer.alloc(0);
  #fragments = [];
  #fragmentOpcode = 0;
  #closeSent = false;
  #closeReceived = null;
  #bufferedAmount = 0;

  constructor(url, protocols = []) {
    super();
    let parsed;
    try {
      parsed = new URL(url);
    } catch (cause) {
      throw new DOMException(`Failed to construct 'WebSocket': The URL '${url}' is invalid.`, 'SyntaxError');
    }
    if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
    else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
    if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
      throw new DOMException(`Failed to construct 'WebSocket': The URL's scheme must be either 'http', 'https', 'ws', or 'wss'. '${parsed.protocol}' is not allowed.`, 'SyntaxError');
    }
    if (parsed.hash) {
      throw new DOMException("Failed to construct 'WebSocket': The URL contains a fragment identifier.", 'SyntaxError');
    }
    if (typeof protocols === 'string') protocols = [protocols];
    else if (protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols)) protocols = protocols.protocols ?? [];
    this.#url = parsed;
    this.#connect([...protocols].map(String));
  }

  get url() { return this.#url.href; }
  get readyState() { return this.#readyState; }
  get protocol() { return this.#protocol; }
  get extensions() { return ''; }
  get bufferedAmount() { return this.#bufferedAmount; }
  get binaryType() { return this.#binaryType; }
  set binaryType(type) {
    if (type === 'blob' || type === 'arraybuffer') this.#binaryType = type;
  }

  get CONNECTING() { return CONNECTING; }
  get OPEN() { return OPEN; }
  get CLOSING() { return CLOSING; }
  get CLOSED() { return CLOSED; }

  #connect(protocols) {
    const secure = this.#url.protocol === 'wss:';
    const port = this.#url.port || (secure ? 443 : 80);
    const host = this.#url.hostname.replace(/^\[|\]$/g, '');
    const key = require('crypto').randomBytes(16).toString('base64');
    const socket = secure ?
      require('tls').connect({ host, port, servername: host }) :
      require('net').connect({ host, port });
    this.#socket = socket;
    let handshake = true;
    let head = Buffer.alloc(0);
    socket.on(secure ? 'secureConnect' : 'connect', () => {
      const lines = [
        `GET ${this.#url.pathname}${this.#url.search} HTTP/1.1`,
        `Host: ${this.#url.host}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${key}`,
        'Sec-WebSocket-Version: 13',
      ];
      if (protocols.length > 0) lines.push(`Sec-WebSocket-Protocol: ${protocols.join(', ')}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    socket.on('data', (chunk) => {
      if (!handshake) {
        this.#onData(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      handshake = false;
      const [status, ...headerLines] = head.subarray(0, end).toString('latin1').split('\r\n');
      const headers = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const expected = require('crypto').createHash('sha1').update(key + kGUID).digest('base64');
      if (!/^HTTP\/1\.1 101/.test(status) || headers['sec-websocket-accept'] !== expected) {
        this.#fail('Received network error or non-101 status code.');
        return;
      }
      this.#protocol = headers['sec-websocket-protocol'] ?? '';
      this.#readyState = OPEN;
      this.dispatchEvent(new Event('open'));
      const rest = head.subarray(end + 4);
      if (rest.length > 0) this.#onData(rest);
    });
    socket.on('error', () => this.#fail('socket error'));
    socket.on('close', () => {
      const c = this.#closeReceived;
      if (c !== null) this.#finish(true, c.code, c.reason);
      else this.#finish(false, 1006, '');
    });
  }

  #fail(message) {
    if (this.#readyState === CLOSED) return;
    this.dispatchEvent(new ErrorEvent('error', { message }));
    this.#socket?.destroy();
    this.#finish(false, 1006, '');
  }

  #finish(wasClean, code, reason) {
    if (this.#readyState === CLOSED) return;
    this.#readyState = CLOSED;
    this.dispatchEvent(new CloseEvent('close', { wasClean, code, reason }));
  }

  #onData(chunk) {
    this.#buffered = this.#buffered.length === 0 ? chunk : Buffer.concat([this.#buffered, chunk]);
    for (;;) {
      const b = this.#buffered;
      if (b.length < 2) return;
      const fin = (b[0] & 0x80) !== 0;
      const opcode = b[0] & 0x0f;
      const masked = (b[1] & 0x80) !== 0;
      let len = b[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        len = Number(b.readBigUInt64BE(2));
        off = 10;
      }
      const maskOff = off;
      if (masked) off += 4;
      if (b.length < off + len) return;
      let payload = b.subarray(off, off + len);
      if (masked) {
        payload = Buffer.from(payload);
        for (let i = 0; i < payload.length; i++) payload[i] ^= b[maskOff + (i & 3)];
      }
      this.#buffered = b.subarray(off + len);
      this.#onFrame(fin, opcode, payload);
    }
  }

  #onFrame(fin, opcode, payload) {
    if (opcode === 0x8) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      const reason = payload.length > 2 ? payload.subarray(2).toString() : '';
      if (!this.#closeSent) this.#sendFrame(0x8, payload.length >= 2 ? payload.subarray(0, 2) : Buffer.alloc(0));
      this.#readyState = CLOSING;
      this.#closeReceived = { code, reason };
      this.#socket.end();
      return;
    }
    if (opcode === 0x9) {
      this.#sendFrame(0xA, payload);
      return;
    }
    if (opcode === 0xA) return;
    if (opcode !== 0) this.#fragmentOpcode = opcode;
    this.#fragments.push(payload);
    if (!fin) return;
    const data = Buffer.concat(this.#fragments);
    this.#fragments = [];
    let value;
    if (this.#fragmentOpcode === 0x1) {
      value = data.toString('utf8');
    } else if (this.#binaryType === 'arraybuffer') {
      value = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    } else {
      value = new (require('buffer').Blob)([data]);
    }
    this.dispatchEvent(new MessageEvent('message', { data: value, origin: this.#url.origin }));
  }

  #sendFrame(opcode, payload) {
    const len = payload.length;
    const header = Buffer.alloc(len < 126 ? 6 : len < 65536 ? 8 : 14);
    header[0] = 0x80 | opcode;
    let off;
    if (len < 126) {
      header[1] = 0x80 | len;
      off = 2;
    } else if (len < 65536) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(len, 2);
      off = 4;
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(len), 2);
      off = 10;
    }
    const mask = require('crypto').randomBytes(4);
    mask.copy(header, off);
    const body = Buffer.from(payload);
    for (let i = 0; i < body.length; i++) body[i] ^= mask[i & 3];
    this.#bufferedAmount += len;
    this.#socket.write(Buffer.concat([header, body]), () => { this.#bufferedAmount -= len; });
    if (opcode === 0x8) this.#closeSent = true;
  }

  send(data) {
    if (this.#readyState === CONNECTING) {
      throw new DOMException('Sent before connected.', 'InvalidStateError');
    }
    if (this.#readyState !== OPEN) return;
    if (typeof data === 'string') {
      this.#sendFrame(0x1, Buffer.from(data));
    } else if (data instanceof ArrayBuffer) {
      this.#sendFrame(0x2, Buffer.from(data));
    } else if (ArrayBuffer.isView(data)) {
      this.#sendFrame(0x2, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    } else if (data instanceof require('buffer').Blob) {
      data.arrayBuffer().then((ab) => this.#sendFrame(0x2, Buffer.from(ab)));
    } else {
      this.#sendFrame(0x1, Buffer.from(String(data)));
    }
  }

  close(code = undefined, reason = undefined) {
    if (code !== undefined && code !== 1000 && !(code >= 3000 && code <= 4999)) {
      throw new DOMException(`Failed to execute 'close' on 'WebSocket': The code must be either 1000, or between 3000 and 4999. ${code} is neither.`, 'InvalidAccessError');
    }
    const reasonBytes = reason === undefined ? Buffer.alloc(0) : Buffer.from(String(reason));
    if (reasonBytes.length > 123) {
      throw new DOMException("Failed to execute 'close' on 'WebSocket': The message must not be greater than 123 bytes.", 'SyntaxError');
    }
    if (this.#readyState === CLOSING || this.#readyState === CLOSED) return;
    if (this.#readyState === CONNECTING) {
      this.#fail('WebSocket was closed before the connection was established');
      return;
    }
    this.#readyState = CLOSING;
    const payload = code === undefined ? Buffer.alloc(0) :
      Buffer.concat([Buffer.from([code >> 8, code & 0xff]), reasonBytes]);
    this.#sendFrame(0x8, payload);
  }

  get [Symbol.toStringTag]() {
    return 'WebSocket';
  }
}

for (const name of ['open', 'message', 'error', 'close']) {
  Object.defineProperty(WebSocket.prototype, `on${name}`, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[`_on${name}`] ?? null;
    },
    set(fn) {
      const prev = this[`_on${name}`];
      if (prev) this.removeEventListener(name, prev);
      Object.defineProperty(this, `_on${name}`, { __proto__: null, value: typeof fn === 'function' ? fn : null, writable: true, configurable: true });
      if (typeof fn === 'function') this.addEventListener(name, fn);
    },
  });
}

module.exports = { WebSocket, MessageEvent, CloseEvent, ErrorEvent };

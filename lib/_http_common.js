'use strict';
// Shared HTTP/1 machinery: the llhttp parser glue (one JS call per message head, per body
// batch and per completed message), the parser free list and token/header-value checks.

const { HTTPParser, methods } = internalBinding('http_parser');
const { Buffer } = require('buffer');

const kIncomingMessage = Symbol('IncomingMessage');

let IncomingMessageCtor;
function lazyIncoming() {
  if (!IncomingMessageCtor) IncomingMessageCtor = require('_http_incoming').IncomingMessage;
  return IncomingMessageCtor;
}

const MAX_HEADER_PAIRS = 2000;

// ---- parser callbacks (`this` is the parser) ----

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const socket = this.socket;
  const Ctor = (socket && socket.server && socket.server[kIncomingMessage]) || lazyIncoming();
  const incoming = this.incoming = new Ctor(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    this.joinDuplicateHeaders;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;
  let max = this.maxHeaderPairs;
  if (max <= 0) max = MAX_HEADER_PAIRS * 2;
  else max *= 2;
  incoming._addHeaderLines(headers, headers.length > max ? max : headers.length);
  if (method !== undefined) {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return this.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(...ranges) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  const chunk = this.chunk;
  const base = this.chunkOffset;
  for (let i = 0; i < ranges.length; i += 2) {
    const buf = Buffer.from(chunk, base + ranges[i], ranges[i + 1]);
    if (!stream.push(buf)) this.readPaused = true;
  }
}

function parserOnMessageComplete(trailers) {
  const stream = this.incoming;
  if (stream !== null) {
    stream.complete = true;
    if (trailers !== undefined) stream._addHeaderLines(trailers, trailers.length, true);
    stream.push(null);
  }
  this.incoming = null;
  if (this.onMessageDone) this.onMessageDone();
}

function newParser() {
  const parser = new HTTPParser();
  parser.onHeadersComplete = parserOnHeadersComplete;
  parser.onBody = parserOnBody;
  parser.onMessageComplete = parserOnMessageComplete;
  resetParser(parser);
  return parser;
}

function resetParser(parser) {
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.onIncoming = null;
  parser.onMessageDone = null;
  parser.chunk = null;
  parser.chunkOffset = 0;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser.joinDuplicateHeaders = false;
  parser.readPaused = false;
  parser.socketPaused = false;
}

// A small free list so keep-alive servers do not allocate a parser per connection.
const freeParsers = [];
let maxIdleParsers = 1000;
const parsers = {
  alloc() {
    return freeParsers.length ? freeParsers.pop() : newParser();
  },
  free(parser) {
    if (freeParsers.length < maxIdleParsers) freeParsers.push(parser);
  },
};

function setMaxIdleParsers(n) {
  maxIdleParsers = n;
}

// Runs the parser over bytes [offset, offset + length) of an ArrayBuffer or Buffer; returns
// the parser's result (bytes parsed or an error description).
function execute(parser, data, offset, length) {
  if (data instanceof ArrayBuffer) {
    parser.chunk = data;
    parser.chunkOffset = offset;
  } else {
    parser.chunk = data.buffer;
    parser.chunkOffset = data.byteOffset + offset;
  }
  const r = parser.execute(data, offset, length);
  parser.chunk = null;
  return r;
}

function parseError(desc) {
  const err = new Error(`Parse Error: ${desc.reason}`);
  err.bytesParsed = desc.bytesParsed;
  err.code = desc.code;
  err.reason = desc.reason;
  return err;
}

function freeParser(parser, req, socket) {
  if (parser) {
    resetParser(parser);
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' && tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  execute,
  freeParser,
  HTTPParser,
  kIncomingMessage,
  methods: (methods.includes('QUERY') ? methods.slice() : [...methods, 'QUERY']).sort(),
  parseError,
  parsers,
  setMaxIdleParsers,
};

/* internalBinding('zlib'): one native handle per compression stream (zlib's deflate/inflate
 * family and brotli's encoder/decoder) with a flat positional API for lib/zlib.js. A write
 * runs on the libuv thread pool (write) or on the caller's thread (writeSync); either way the
 * counts left over (avail_out, avail_in) land in the Uint32Array given to init, and failures
 * are reported through handle.onerror(message, errno, code) with Node's messages and codes. */
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "bindings.h"

/* Modes, numbered as Node's zlib.constants. */
enum {
  M_NONE,
  M_DEFLATE,
  M_INFLATE,
  M_GZIP,
  M_GUNZIP,
  M_DEFLATERAW,
  M_INFLATERAW,
  M_UNZIP,
  M_BROTLI_DECODE,
  M_BROTLI_ENCODE,
};

/* Node's brotli parameter slots: index = BROTLI_PARAM_* / BROTLI_DECODER_PARAM_*. */
#define CN_BROTLI_NPARAMS 9
#define CN_BROTLI_UNSET 0xFFFFFFFFu

typedef struct zhandle {
  uv_work_t work;
  cn_env_t *env;
  JSObjectRef obj;     /* the JS handle; protected only while a write is pending */
  JSObjectRef in_obj;  /* the write's input and output views, protected while pending */
  JSObjectRef out_obj;
  int mode, init_mode; /* mode changes from UNZIP to INFLATE/GUNZIP once the header is seen */
  bool ready;          /* the engine exists (init succeeded, not closed) */
  bool pending;        /* a thread-pool write is in flight */
  bool pending_close;  /* close() arrived while pending: release the engine afterwards */
  bool pending_params; /* params() arrived while pending: apply them once the write is done */
  int next_level, next_strategy;
  uint32_t *state;     /* [availOutAfter, availInAfter], borrowed from init's Uint32Array */
  /* the current write */
  int flush;
  const uint8_t *in;
  size_t in_len;
  uint8_t *out;
  size_t out_len;
  /* zlib */
  z_stream zs;
  int zerr;
  int level, strategy;
  int magic_seen; /* UNZIP: how many gzip magic bytes were seen (0..2) */
  uint8_t *dict;
  size_t dict_len;
  /* brotli */
  BrotliEncoderState *enc;
  BrotliDecoderState *dec;
  uint32_t bparams[CN_BROTLI_NPARAMS];
  bool benc_ok;
  BrotliDecoderResult bres;
  /* the error found by the last write, if any */
  bool failed;
  int err_errno;
  const char *err_code;
  char err_code_buf[80];
  char err_msg[160];
} zhandle_t;

static JSClassRef zlib_class, brotli_enc_class, brotli_dec_class;

static bool is_brotli(int mode) { return mode == M_BROTLI_DECODE || mode == M_BROTLI_ENCODE; }
static bool is_deflate(int mode) {
  return mode == M_DEFLATE || mode == M_GZIP || mode == M_DEFLATERAW;
}

/* Frees the compression engine (not the struct). Pure C memory: safe on any thread. */
static void engine_release(zhandle_t *z) {
  if (z->ready) {
    if (is_brotli(z->mode)) {
      if (z->enc) BrotliEncoderDestroyInstance(z->enc);
      if (z->dec) BrotliDecoderDestroyInstance(z->dec);
      z->enc = NULL;
      z->dec = NULL;
    } else if (is_deflate(z->init_mode)) {
      deflateEnd(&z->zs);
    } else {
      inflateEnd(&z->zs);
    }
  }
  z->ready = false;
  free(z->dict);
  z->dict = NULL;
  z->dict_len = 0;
}

/* JSC may finalize on any thread. A handle with a pending write is protected, so it is never
 * finalized mid-write; what is left is plain memory, freed here without touching JS. */
static void zhandle_finalize(JSObjectRef obj) {
  zhandle_t *z = JSObjectGetPrivate(obj);
  if (!z) return;
  engine_release(z);
  free(z);
}

/* ToInt32 of an argument: NaN and infinities become 0, as JS integer conversion does. */
static int arg_int(JSContextRef ctx, JSValueRef v) {
  double d = cn_num(ctx, v);
  if (!isfinite(d)) return 0;
  return (int)(int32_t)(uint32_t)(int64_t)fmod(trunc(d), 4294967296.0);
}

static JSObjectRef construct(JSContextRef ctx, JSClassRef cls, size_t argc,
                             const JSValueRef argv[], int fallback_mode) {
  zhandle_t *z = calloc(1, sizeof *z);
  CN_CHECK(z != NULL);
  z->env = cn_env_from_ctx(ctx);
  int mode = argc > 0 ? arg_int(ctx, argv[0]) : fallback_mode;
  if (mode < M_DEFLATE || mode > M_BROTLI_ENCODE) mode = fallback_mode;
  z->mode = z->init_mode = mode;
  z->obj = JSObjectMake(ctx, cls, z);
  return z->obj;
}

static JSObjectRef js_zlib_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  return construct(ctx, zlib_class, argc, argv, M_DEFLATE);
}
static JSObjectRef js_brotli_enc_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                           const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef m = JSValueMakeNumber(ctx, M_BROTLI_ENCODE);
  return construct(ctx, brotli_enc_class, 1, &m, M_BROTLI_ENCODE);
}
static JSObjectRef js_brotli_dec_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                           const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef m = JSValueMakeNumber(ctx, M_BROTLI_DECODE);
  return construct(ctx, brotli_dec_class, 1, &m, M_BROTLI_DECODE);
}

static JSValueRef throw_msg(JSContextRef ctx, JSValueRef *exc, const char *msg) {
  JSValueRef m = cn_str_value(ctx, msg);
  *exc = JSObjectMakeError(ctx, 1, &m, NULL);
  return NULL;
}

/* The handle behind self, or NULL with an Error in *exc (a bug in lib/ if it happens). */
static zhandle_t *self_handle(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  zhandle_t *z = NULL;
  if (self && (JSValueIsObjectOfClass(ctx, self, zlib_class) ||
               JSValueIsObjectOfClass(ctx, self, brotli_enc_class) ||
               JSValueIsObjectOfClass(ctx, self, brotli_dec_class)))
    z = JSObjectGetPrivate(self);
  if (!z) throw_msg(ctx, exc, "Illegal invocation");
  return z;
}

/* Points at the bytes of an ArrayBufferView; false when v is not one. */
static bool view_bytes(JSContextRef ctx, JSValueRef v, uint8_t **ptr, size_t *len) {
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
  if (t == kJSTypedArrayTypeNone || t == kJSTypedArrayTypeArrayBuffer) return false;
  JSObjectRef o = (JSObjectRef)v;
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  *ptr = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, NULL) : NULL;
  *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  return true;
}

/* ---- zlib engine ---- */

static const char *zlib_code_name(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

/* Records an error for the current zlib status; zlib's own message wins over the fallback. */
static void zlib_fail(zhandle_t *z, const char *fallback) {
  z->failed = true;
  z->err_errno = z->zerr;
  z->err_code = zlib_code_name(z->zerr);
  snprintf(z->err_msg, sizeof z->err_msg, "%s", z->zs.msg ? z->zs.msg : fallback);
}

static int zlib_set_dictionary(zhandle_t *z) {
  if (!z->dict) return Z_OK;
  if (z->mode == M_DEFLATE || z->mode == M_DEFLATERAW)
    return deflateSetDictionary(&z->zs, z->dict, (uInt)z->dict_len);
  if (z->mode == M_INFLATERAW) return inflateSetDictionary(&z->zs, z->dict, (uInt)z->dict_len);
  return Z_OK;
}

/* UNZIP: looks at the first two input bytes once to learn whether this is gzip (then it may
 * have more members) or zlib. The stream itself was opened with header auto-detection. */
static void unzip_sniff(zhandle_t *z) {
  const uint8_t *p = z->zs.next_in;
  uInt n = z->zs.avail_in;
  while (z->mode == M_UNZIP && n > 0) {
    uint8_t want = z->magic_seen == 0 ? 0x1f : 0x8b;
    if (*p != want) {
      z->mode = M_INFLATE;
      break;
    }
    p++;
    n--;
    if (++z->magic_seen == 2) z->mode = M_GUNZIP;
  }
}

/* Runs one deflate/inflate step over the current write. Pool thread or caller thread. */
static void zlib_process(zhandle_t *z) {
  z_stream *zs = &z->zs;
  zs->msg = NULL; /* zlib leaves the last message in place; only this step's counts */
  zs->next_in = (Bytef *)z->in;
  zs->avail_in = (uInt)z->in_len;
  zs->next_out = z->out;
  zs->avail_out = (uInt)z->out_len;
  if (is_deflate(z->mode)) {
    z->zerr = deflate(zs, z->flush);
    return;
  }
  if (z->mode == M_UNZIP) unzip_sniff(z);
  z->zerr = inflate(zs, z->flush);
  if (z->zerr == Z_NEED_DICT && z->dict && z->mode != M_INFLATERAW) {
    z->zerr = inflateSetDictionary(zs, z->dict, (uInt)z->dict_len);
    if (z->zerr == Z_OK) {
      z->zerr = inflate(zs, z->flush);
    } else if (z->zerr == Z_DATA_ERROR) {
      z->zerr = Z_NEED_DICT; /* the dictionary is wrong, not the data */
    }
  }
  /* Another gzip member may follow; zero bytes after a member are padding, not data. */
  while (z->mode == M_GUNZIP && z->zerr == Z_STREAM_END && zs->avail_in > 0 &&
         zs->next_in[0] != 0) {
    inflateReset(zs);
    z->zerr = inflate(zs, z->flush);
  }
}

static void zlib_check(zhandle_t *z) {
  switch (z->zerr) {
    case Z_OK:
    case Z_BUF_ERROR:
      if (z->zs.avail_out != 0 && z->flush == Z_FINISH) zlib_fail(z, "unexpected end of file");
      break;
    case Z_STREAM_END:
      break;
    case Z_NEED_DICT:
      zlib_fail(z, z->dict ? "Bad dictionary" : "Missing dictionary");
      break;
    default:
      zlib_fail(z, "Zlib error");
      break;
  }
}

/* Applies new deflate settings; false (with the error recorded) when zlib refuses them. */
static bool apply_params(zhandle_t *z, int level, int strategy) {
  z->failed = false;
  z->zs.msg = NULL;
  z->zerr = deflateParams(&z->zs, level, strategy);
  if (z->zerr != Z_OK && z->zerr != Z_BUF_ERROR) {
    zlib_fail(z, "Failed to set parameters");
    return false;
  }
  z->level = level;
  z->strategy = strategy;
  return true;
}

/* ---- brotli engine ---- */

static bool brotli_create(zhandle_t *z) {
  if (z->mode == M_BROTLI_ENCODE) {
    z->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (!z->enc) return false;
    for (int i = 0; i < CN_BROTLI_NPARAMS; i++)
      if (z->bparams[i] != CN_BROTLI_UNSET &&
          !BrotliEncoderSetParameter(z->enc, (BrotliEncoderParameter)i, z->bparams[i]))
        return false;
  } else {
    z->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!z->dec) return false;
    for (int i = 0; i < CN_BROTLI_NPARAMS; i++)
      if (z->bparams[i] != CN_BROTLI_UNSET &&
          !BrotliDecoderSetParameter(z->dec, (BrotliDecoderParameter)i, z->bparams[i]))
        return false;
  }
  return true;
}

static void brotli_process(zhandle_t *z) {
  const uint8_t *next_in = z->in;
  size_t avail_in = z->in_len;
  uint8_t *next_out = z->out;
  size_t avail_out = z->out_len;
  if (z->mode == M_BROTLI_ENCODE) {
    z->benc_ok = BrotliEncoderCompressStream(z->enc, (BrotliEncoderOperation)z->flush, &avail_in,
                                             &next_in, &avail_out, &next_out, NULL);
  } else {
    z->bres = BrotliDecoderDecompressStream(z->dec, &avail_in, &next_in, &avail_out, &next_out,
                                            NULL);
  }
  z->in_len = avail_in;
  z->out_len = avail_out;
}

/* Node's code for a decoder error: "ERR_" + the error's name as brotli 1.1 spells it
 * ("_ERROR_FORMAT_PADDING_1"); older brotli releases spell the names differently. */
static const char *brotli_error_code(BrotliDecoderErrorCode c) {
  switch (c) {
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_RESERVED: return "ERR__ERROR_FORMAT_RESERVED";
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_META_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_SAME";
    case BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: return "ERR__ERROR_FORMAT_CL_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: return "ERR__ERROR_FORMAT_HUFFMAN_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: return "ERR__ERROR_FORMAT_CONTEXT_MAP_REPEAT";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_1";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_2";
    case BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: return "ERR__ERROR_FORMAT_TRANSFORM";
    case BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: return "ERR__ERROR_FORMAT_DICTIONARY";
    case BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: return "ERR__ERROR_FORMAT_WINDOW_BITS";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_1: return "ERR__ERROR_FORMAT_PADDING_1";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_2: return "ERR__ERROR_FORMAT_PADDING_2";
    case BROTLI_DECODER_ERROR_FORMAT_DISTANCE: return "ERR__ERROR_FORMAT_DISTANCE";
    case BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: return "ERR__ERROR_DICTIONARY_NOT_SET";
    case BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: return "ERR__ERROR_INVALID_ARGUMENTS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: return "ERR__ERROR_ALLOC_CONTEXT_MODES";
    case BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: return "ERR__ERROR_ALLOC_TREE_GROUPS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: return "ERR__ERROR_ALLOC_CONTEXT_MAP";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: return "ERR__ERROR_ALLOC_RING_BUFFER_1";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: return "ERR__ERROR_ALLOC_RING_BUFFER_2";
    case BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: return "ERR__ERROR_ALLOC_BLOCK_TYPE_TREES";
    case BROTLI_DECODER_ERROR_UNREACHABLE: return "ERR__ERROR_UNREACHABLE";
    default: return NULL;
  }
}

static void brotli_check(zhandle_t *z) {
  if (z->mode == M_BROTLI_ENCODE) {
    if (!z->benc_ok) {
      z->failed = true;
      z->err_errno = -1;
      z->err_code = "ERR_BROTLI_COMPRESSION_FAILED";
      snprintf(z->err_msg, sizeof z->err_msg, "Compression failed");
    }
    return;
  }
  if (z->bres == BROTLI_DECODER_RESULT_ERROR) {
    BrotliDecoderErrorCode c = BrotliDecoderGetErrorCode(z->dec);
    z->failed = true;
    z->err_errno = (int)c;
    z->err_code = brotli_error_code(c);
    if (!z->err_code) {
      snprintf(z->err_code_buf, sizeof z->err_code_buf, "ERR_%s", BrotliDecoderErrorString(c));
      z->err_code = z->err_code_buf;
    }
    snprintf(z->err_msg, sizeof z->err_msg, "Decompression failed");
  } else if (z->flush == BROTLI_OPERATION_FINISH &&
             z->bres == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
    z->failed = true;
    z->err_errno = Z_BUF_ERROR;
    z->err_code = "Z_BUF_ERROR";
    snprintf(z->err_msg, sizeof z->err_msg, "unexpected end of file");
  }
}

/* ---- writing ---- */

/* Does the work of one write: no JS, runs on a pool thread or the caller's. */
static void run_write(zhandle_t *z) {
  z->failed = false;
  if (is_brotli(z->mode)) {
    brotli_process(z);
    brotli_check(z);
  } else {
    zlib_process(z);
    z->in_len = z->zs.avail_in;
    z->out_len = z->zs.avail_out;
    zlib_check(z);
  }
}

/* Calls handle.onerror(message, errno, code). Async: through cn_make_callback; sync: directly,
 * leaving an exception in *exc. Calls into JS. */
static void report_error(zhandle_t *z, JSContextRef ctx, bool sync, JSValueRef *exc) {
  JSObjectRef fn = cn_obj(ctx, cn_get(ctx, z->obj, "onerror"));
  if (!fn || !JSObjectIsFunction(ctx, fn)) return;
  JSValueRef args[3] = {cn_str_value(ctx, z->err_msg), JSValueMakeNumber(ctx, z->err_errno),
                        cn_str_value(ctx, z->err_code)};
  if (sync) {
    JSObjectCallAsFunction(ctx, fn, z->obj, 3, args, exc);
  } else {
    cn_make_callback(z->env, fn, z->obj, 3, args);
  }
}

static void on_work(uv_work_t *w) { run_write((zhandle_t *)w); }

static void on_after_work(uv_work_t *w, int status) {
  zhandle_t *z = (zhandle_t *)w;
  JSContextRef ctx = z->env->ctx;
  JSObjectRef obj = z->obj, in_obj = z->in_obj, out_obj = z->out_obj;
  z->pending = false;
  z->in_obj = z->out_obj = NULL;
  CN_CHECK(status == 0);
  if (!z->failed && z->pending_params) {
    /* deflateParams may emit a block: it continues in the output space this write left,
     * which is still pinned, and the counts below include what it wrote. */
    z->pending_params = false;
    if (apply_params(z, z->next_level, z->next_strategy)) {
      z->in_len = z->zs.avail_in;
      z->out_len = z->zs.avail_out;
    }
  }
  if (z->failed) {
    report_error(z, ctx, false, NULL);
  } else {
    z->state[0] = (uint32_t)z->out_len;
    z->state[1] = (uint32_t)z->in_len;
    JSObjectRef cb = cn_obj(ctx, cn_get(ctx, obj, "__writecb"));
    if (cb && JSObjectIsFunction(ctx, cb)) cn_make_callback(z->env, cb, obj, 0, NULL);
  }
  /* The callback may have started the next write (which pins again) or asked to close. */
  if (z->pending_close && !z->pending) {
    z->pending_close = false;
    engine_release(z);
  }
  JSValueUnprotect(ctx, in_obj);
  JSValueUnprotect(ctx, out_obj);
  JSValueUnprotect(ctx, obj);
}

/* Reads (flush, in, inOff, inLen, out, outOff, outLen) into the handle; false with an
 * exception when the handle is not usable or the ranges are wrong (bugs in lib/). */
static bool setup_write(JSContextRef ctx, zhandle_t *z, size_t argc, const JSValueRef argv[],
                        JSValueRef *exc) {
  if (!z->ready) {
    throw_msg(ctx, exc, "zlib binding closed");
    return false;
  }
  if (z->pending) {
    throw_msg(ctx, exc, "write already in progress");
    return false;
  }
  uint8_t *in = NULL, *out = NULL;
  size_t in_total = 0, out_total = 0;
  JSValueRef inv = CN_ARG(1);
  bool in_ok = JSValueIsUndefined(ctx, inv) || JSValueIsNull(ctx, inv) ||
               view_bytes(ctx, inv, &in, &in_total);
  bool out_ok = view_bytes(ctx, CN_ARG(4), &out, &out_total);
  double in_off = cn_num(ctx, CN_ARG(2)), in_len = cn_num(ctx, CN_ARG(3));
  double out_off = cn_num(ctx, CN_ARG(5)), out_len = cn_num(ctx, CN_ARG(6));
  if (!in) in_off = in_len = 0;
  if (!in_ok || !out_ok || !(in_off >= 0) || !(in_len >= 0) || in_off + in_len > in_total ||
      !(out_off >= 0) || !(out_len >= 0) || out_off + out_len > out_total ||
      in_len > UINT32_MAX || out_len > UINT32_MAX) {
    throw_msg(ctx, exc, "invalid zlib write arguments");
    return false;
  }
  z->flush = arg_int(ctx, CN_ARG(0));
  z->in = in ? in + (size_t)in_off : NULL;
  z->in_len = (size_t)in_len;
  z->out = out + (size_t)out_off;
  z->out_len = (size_t)out_len;
  return true;
}

/* write(flush, in, inOff, inLen, out, outOff, outLen): queues the step on the thread pool;
 * the write callback given to init runs afterwards (or onerror). The handle and both views
 * are protected until then. */
CN_FN(js_write) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z || !setup_write(ctx, z, argc, argv, exc)) return NULL;
  z->in_obj = JSValueIsObject(ctx, CN_ARG(1)) ? (JSObjectRef)argv[1] : z->obj;
  z->out_obj = (JSObjectRef)argv[4];
  JSValueProtect(ctx, z->obj);
  JSValueProtect(ctx, z->in_obj);
  JSValueProtect(ctx, z->out_obj);
  z->pending = true;
  int r = uv_queue_work(&z->env->loop, &z->work, on_work, on_after_work);
  CN_CHECK(r == 0);
  return JSValueMakeUndefined(ctx);
}

/* writeSync(...same...): runs the step now; results in the state array, errors through
 * onerror (called synchronously; lib/ throws what it records). */
CN_FN(js_write_sync) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z || !setup_write(ctx, z, argc, argv, exc)) return NULL;
  run_write(z);
  if (z->failed) {
    report_error(z, ctx, true, exc);
    return *exc ? NULL : JSValueMakeUndefined(ctx);
  }
  z->state[0] = (uint32_t)z->out_len;
  z->state[1] = (uint32_t)z->in_len;
  return JSValueMakeUndefined(ctx);
}

/* Remembers the results array and the write callback (as a property of the handle). */
static bool init_common(JSContextRef ctx, zhandle_t *z, JSValueRef state, JSValueRef cb) {
  if (JSValueGetTypedArrayType(ctx, state, NULL) != kJSTypedArrayTypeUint32Array) return false;
  uint8_t *p;
  size_t len;
  if (!view_bytes(ctx, state, &p, &len) || len < 2 * sizeof(uint32_t)) return false;
  z->state = (uint32_t *)p;
  cn_set(ctx, z->obj, "__state", state); /* keeps the array (and z->state) alive */
  cn_set(ctx, z->obj, "__writecb", cb);
  return true;
}

/* Zlib#init(windowBits, level, memLevel, strategy, writeState, writeCallback, dictionary):
 * true on success, false when zlib refused the settings or the dictionary. */
CN_FN(js_zlib_init) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z) return NULL;
  if (z->ready || !init_common(ctx, z, CN_ARG(4), CN_ARG(5)))
    return throw_msg(ctx, exc, "invalid zlib init arguments");
  int wbits = arg_int(ctx, CN_ARG(0));
  z->level = arg_int(ctx, CN_ARG(1));
  int mem_level = arg_int(ctx, CN_ARG(2));
  z->strategy = arg_int(ctx, CN_ARG(3));
  uint8_t *dp;
  size_t dl;
  if (view_bytes(ctx, CN_ARG(6), &dp, &dl) && dl > 0) {
    z->dict = malloc(dl);
    CN_CHECK(z->dict != NULL);
    memcpy(z->dict, dp, dl);
    z->dict_len = dl;
  }
  if (z->mode == M_GZIP || z->mode == M_GUNZIP) wbits += 16;
  if (z->mode == M_UNZIP) wbits += 32;
  if (z->mode == M_DEFLATERAW || z->mode == M_INFLATERAW) wbits = -wbits;
  int r = is_deflate(z->mode)
              ? deflateInit2(&z->zs, z->level, Z_DEFLATED, wbits, mem_level, z->strategy)
              : inflateInit2(&z->zs, wbits);
  if (r != Z_OK) {
    free(z->dict);
    z->dict = NULL;
    return JSValueMakeBoolean(ctx, false);
  }
  z->ready = true;
  if (zlib_set_dictionary(z) != Z_OK) {
    engine_release(z);
    return JSValueMakeBoolean(ctx, false);
  }
  return JSValueMakeBoolean(ctx, true);
}

/* Brotli*#init(params Uint32Array, writeState, writeCallback): true on success, false when a
 * parameter was refused. Unset parameters hold 0xFFFFFFFF. */
CN_FN(js_brotli_init) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z) return NULL;
  if (z->ready || !init_common(ctx, z, CN_ARG(1), CN_ARG(2)))
    return throw_msg(ctx, exc, "invalid brotli init arguments");
  for (int i = 0; i < CN_BROTLI_NPARAMS; i++) z->bparams[i] = CN_BROTLI_UNSET;
  JSObjectRef params = cn_obj(ctx, CN_ARG(0));
  if (params && JSValueGetTypedArrayType(ctx, params, NULL) == kJSTypedArrayTypeUint32Array) {
    uint8_t *p;
    size_t len;
    view_bytes(ctx, params, &p, &len);
    size_t n = len / sizeof(uint32_t);
    for (size_t i = 0; i < n && i < CN_BROTLI_NPARAMS; i++) z->bparams[i] = ((uint32_t *)p)[i];
    for (size_t i = CN_BROTLI_NPARAMS; i < n; i++)
      if (((uint32_t *)p)[i] != CN_BROTLI_UNSET) return JSValueMakeBoolean(ctx, false);
  }
  z->ready = true;
  if (!brotli_create(z)) {
    engine_release(z);
    return JSValueMakeBoolean(ctx, false);
  }
  return JSValueMakeBoolean(ctx, true);
}

/* params(level, strategy): zlib deflate modes change settings (lib/ flushed first); a no-op
 * for other modes, as in Node. Failures go to onerror. */
CN_FN(js_params) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z) return NULL;
  if (!z->ready) return throw_msg(ctx, exc, "zlib binding closed");
  if (is_brotli(z->mode) || !is_deflate(z->mode)) return JSValueMakeUndefined(ctx);
  int level = arg_int(ctx, CN_ARG(0)), strategy = arg_int(ctx, CN_ARG(1));
  if (z->pending) {
    /* lib/ calls this from the flush's callback, when the stream may already have started
     * its next write: the engine belongs to the pool thread until that write is done. */
    z->pending_params = true;
    z->next_level = level;
    z->next_strategy = strategy;
    return JSValueMakeUndefined(ctx);
  }
  if (!apply_params(z, level, strategy)) report_error(z, ctx, true, exc);
  return *exc ? NULL : JSValueMakeUndefined(ctx);
}

/* reset(): back to a fresh stream with the same settings (and dictionary). */
CN_FN(js_reset) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z) return NULL;
  if (!z->ready || z->pending) return throw_msg(ctx, exc, "zlib binding closed");
  if (is_brotli(z->mode)) {
    if (z->enc) BrotliEncoderDestroyInstance(z->enc);
    if (z->dec) BrotliDecoderDestroyInstance(z->dec);
    z->enc = NULL;
    z->dec = NULL;
    if (!brotli_create(z)) {
      z->failed = true;
      z->err_errno = -1;
      z->err_code = "ERR_ZLIB_INITIALIZATION_FAILED";
      snprintf(z->err_msg, sizeof z->err_msg, "Initialization failed");
      report_error(z, ctx, true, exc);
    }
    return *exc ? NULL : JSValueMakeUndefined(ctx);
  }
  z->mode = z->init_mode;
  z->magic_seen = 0;
  z->zs.msg = NULL;
  z->zerr = is_deflate(z->mode) ? deflateReset(&z->zs) : inflateReset(&z->zs);
  if (z->zerr == Z_OK) z->zerr = zlib_set_dictionary(z);
  if (z->zerr != Z_OK) {
    zlib_fail(z, "Failed to reset stream");
    report_error(z, ctx, true, exc);
  }
  return *exc ? NULL : JSValueMakeUndefined(ctx);
}

/* close(): releases the engine now, or after the pending write's callback. Idempotent. */
CN_FN(js_close) {
  zhandle_t *z = self_handle(ctx, self, exc);
  if (!z) return NULL;
  if (z->pending) {
    z->pending_close = true;
  } else {
    engine_release(z);
  }
  return JSValueMakeUndefined(ctx);
}

/* crc32(data, value): data is a string (UTF-8) or an ArrayBufferView; value the running CRC. */
CN_FN(js_crc32) {
  uLong crc = (uLong)(uint32_t)cn_num(ctx, CN_ARG(1));
  JSValueRef data = CN_ARG(0);
  if (JSValueIsString(ctx, data)) {
    JSStringRef s = JSValueToStringCopy(ctx, data, exc);
    if (!s) return NULL;
    size_t len;
    char *bytes = cn_jsstr_to_utf8(s, &len);
    JSStringRelease(s);
    crc = crc32_z(crc, (const Bytef *)bytes, len);
    free(bytes);
  } else {
    uint8_t *p;
    size_t len;
    if (!view_bytes(ctx, data, &p, &len)) return throw_msg(ctx, exc, "crc32: bad data");
    crc = crc32_z(crc, p, len);
  }
  return JSValueMakeNumber(ctx, (double)(uint32_t)crc);
}

static JSClassRef make_class(const char *name, bool brotli) {
  static const JSStaticFunction zlib_fns[] = {
      {"init", js_zlib_init, kJSPropertyAttributeDontEnum},
      {"params", js_params, kJSPropertyAttributeDontEnum},
      {"reset", js_reset, kJSPropertyAttributeDontEnum},
      {"close", js_close, kJSPropertyAttributeDontEnum},
      {"write", js_write, kJSPropertyAttributeDontEnum},
      {"writeSync", js_write_sync, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  static const JSStaticFunction brotli_fns[] = {
      {"init", js_brotli_init, kJSPropertyAttributeDontEnum},
      {"params", js_params, kJSPropertyAttributeDontEnum},
      {"reset", js_reset, kJSPropertyAttributeDontEnum},
      {"close", js_close, kJSPropertyAttributeDontEnum},
      {"write", js_write, kJSPropertyAttributeDontEnum},
      {"writeSync", js_write_sync, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.staticFunctions = brotli ? brotli_fns : zlib_fns;
  def.finalize = zhandle_finalize;
  return JSClassCreate(&def);
}

/* zlib.constants in Node's order. ZLIB_VERNUM is the linked library's; the zstd values are
 * the stable numbers of zstd's public API (Node lists them even though cnode has no zstd). */
static void set_constants(JSContextRef ctx, JSObjectRef c) {
  static const struct {
    const char *name;
    double value;
  } table[] = {
      {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK}, {"Z_OK", Z_OK}, {"Z_STREAM_END", Z_STREAM_END},
      {"Z_NEED_DICT", Z_NEED_DICT}, {"Z_ERRNO", Z_ERRNO}, {"Z_STREAM_ERROR", Z_STREAM_ERROR},
      {"Z_DATA_ERROR", Z_DATA_ERROR}, {"Z_MEM_ERROR", Z_MEM_ERROR},
      {"Z_BUF_ERROR", Z_BUF_ERROR}, {"Z_VERSION_ERROR", Z_VERSION_ERROR},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"ZLIB_VERNUM", ZLIB_VERNUM},
      {"DEFLATE", M_DEFLATE}, {"INFLATE", M_INFLATE}, {"GZIP", M_GZIP}, {"GUNZIP", M_GUNZIP},
      {"DEFLATERAW", M_DEFLATERAW}, {"INFLATERAW", M_INFLATERAW}, {"UNZIP", M_UNZIP},
      {"BROTLI_DECODE", M_BROTLI_DECODE}, {"BROTLI_ENCODE", M_BROTLI_ENCODE},
      {"ZSTD_DECOMPRESS", 11}, {"ZSTD_COMPRESS", 10},
      {"Z_MIN_WINDOWBITS", 8}, {"Z_MAX_WINDOWBITS", 15}, {"Z_DEFAULT_WINDOWBITS", 15},
      {"Z_MIN_CHUNK", 64}, {"Z_MAX_CHUNK", INFINITY}, {"Z_DEFAULT_CHUNK", 16384},
      {"Z_MIN_MEMLEVEL", 1}, {"Z_MAX_MEMLEVEL", 9}, {"Z_DEFAULT_MEMLEVEL", 8},
      {"Z_MIN_LEVEL", -1}, {"Z_MAX_LEVEL", 9}, {"Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION},
      {"BROTLI_OPERATION_PROCESS", BROTLI_OPERATION_PROCESS},
      {"BROTLI_OPERATION_FLUSH", BROTLI_OPERATION_FLUSH},
      {"BROTLI_OPERATION_FINISH", BROTLI_OPERATION_FINISH},
      {"BROTLI_OPERATION_EMIT_METADATA", BROTLI_OPERATION_EMIT_METADATA},
      {"BROTLI_PARAM_MODE", BROTLI_PARAM_MODE}, {"BROTLI_MODE_GENERIC", BROTLI_MODE_GENERIC},
      {"BROTLI_MODE_TEXT", BROTLI_MODE_TEXT}, {"BROTLI_MODE_FONT", BROTLI_MODE_FONT},
      {"BROTLI_DEFAULT_MODE", BROTLI_DEFAULT_MODE},
      {"BROTLI_PARAM_QUALITY", BROTLI_PARAM_QUALITY},
      {"BROTLI_MIN_QUALITY", BROTLI_MIN_QUALITY}, {"BROTLI_MAX_QUALITY", BROTLI_MAX_QUALITY},
      {"BROTLI_DEFAULT_QUALITY", BROTLI_DEFAULT_QUALITY},
      {"BROTLI_PARAM_LGWIN", BROTLI_PARAM_LGWIN},
      {"BROTLI_MIN_WINDOW_BITS", BROTLI_MIN_WINDOW_BITS},
      {"BROTLI_MAX_WINDOW_BITS", BROTLI_MAX_WINDOW_BITS},
      {"BROTLI_LARGE_MAX_WINDOW_BITS", BROTLI_LARGE_MAX_WINDOW_BITS},
      {"BROTLI_DEFAULT_WINDOW", BROTLI_DEFAULT_WINDOW},
      {"BROTLI_PARAM_LGBLOCK", BROTLI_PARAM_LGBLOCK},
      {"BROTLI_MIN_INPUT_BLOCK_BITS", BROTLI_MIN_INPUT_BLOCK_BITS},
      {"BROTLI_MAX_INPUT_BLOCK_BITS", BROTLI_MAX_INPUT_BLOCK_BITS},
      {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING",
       BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING},
      {"BROTLI_PARAM_SIZE_HINT", BROTLI_PARAM_SIZE_HINT},
      {"BROTLI_PARAM_LARGE_WINDOW", BROTLI_PARAM_LARGE_WINDOW},
      {"BROTLI_PARAM_NPOSTFIX", BROTLI_PARAM_NPOSTFIX},
      {"BROTLI_PARAM_NDIRECT", BROTLI_PARAM_NDIRECT},
      {"BROTLI_DECODER_RESULT_ERROR", BROTLI_DECODER_RESULT_ERROR},
      {"BROTLI_DECODER_RESULT_SUCCESS", BROTLI_DECODER_RESULT_SUCCESS},
      {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT", BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT},
      {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT", BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT},
      {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION",
       BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION},
      {"BROTLI_DECODER_PARAM_LARGE_WINDOW", BROTLI_DECODER_PARAM_LARGE_WINDOW},
      {"BROTLI_DECODER_NO_ERROR", BROTLI_DECODER_NO_ERROR},
      {"BROTLI_DECODER_SUCCESS", BROTLI_DECODER_SUCCESS},
      {"BROTLI_DECODER_NEEDS_MORE_INPUT", BROTLI_DECODER_NEEDS_MORE_INPUT},
      {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", BROTLI_DECODER_NEEDS_MORE_OUTPUT},
      {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE",
       BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE},
      {"BROTLI_DECODER_ERROR_FORMAT_RESERVED", BROTLI_DECODER_ERROR_FORMAT_RESERVED},
      {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
       BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE},
      {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
       BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET},
      {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
       BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME},
      {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE", BROTLI_DECODER_ERROR_FORMAT_CL_SPACE},
      {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE", BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE},
      {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
       BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT},
      {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1", BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1},
      {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2", BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2},
      {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM", BROTLI_DECODER_ERROR_FORMAT_TRANSFORM},
      {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY", BROTLI_DECODER_ERROR_FORMAT_DICTIONARY},
      {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS", BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS},
      {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1", BROTLI_DECODER_ERROR_FORMAT_PADDING_1},
      {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2", BROTLI_DECODER_ERROR_FORMAT_PADDING_2},
      {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE", BROTLI_DECODER_ERROR_FORMAT_DISTANCE},
      {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET", BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET},
      {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS", BROTLI_DECODER_ERROR_INVALID_ARGUMENTS},
      {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES", BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES},
      {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS", BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS},
      {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP", BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP},
      {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1", BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1},
      {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2", BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2},
      {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES",
       BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES},
      {"BROTLI_DECODER_ERROR_UNREACHABLE", BROTLI_DECODER_ERROR_UNREACHABLE},
      {"ZSTD_e_continue", 0}, {"ZSTD_e_flush", 1}, {"ZSTD_e_end", 2},
      {"ZSTD_fast", 1}, {"ZSTD_dfast", 2}, {"ZSTD_greedy", 3}, {"ZSTD_lazy", 4},
      {"ZSTD_lazy2", 5}, {"ZSTD_btlazy2", 6}, {"ZSTD_btopt", 7}, {"ZSTD_btultra", 8},
      {"ZSTD_btultra2", 9}, {"ZSTD_c_compressionLevel", 100}, {"ZSTD_c_windowLog", 101},
      {"ZSTD_c_hashLog", 102}, {"ZSTD_c_chainLog", 103}, {"ZSTD_c_searchLog", 104},
      {"ZSTD_c_minMatch", 105}, {"ZSTD_c_targetLength", 106}, {"ZSTD_c_strategy", 107},
      {"ZSTD_c_enableLongDistanceMatching", 160}, {"ZSTD_c_ldmHashLog", 161},
      {"ZSTD_c_ldmMinMatch", 162}, {"ZSTD_c_ldmBucketSizeLog", 163},
      {"ZSTD_c_ldmHashRateLog", 164}, {"ZSTD_c_contentSizeFlag", 200},
      {"ZSTD_c_checksumFlag", 201}, {"ZSTD_c_dictIDFlag", 202}, {"ZSTD_c_nbWorkers", 400},
      {"ZSTD_c_jobSize", 401}, {"ZSTD_c_overlapLog", 402}, {"ZSTD_d_windowLogMax", 100},
      {"ZSTD_CLEVEL_DEFAULT", 3}, {"ZSTD_error_no_error", 0}, {"ZSTD_error_GENERIC", 1},
      {"ZSTD_error_prefix_unknown", 10}, {"ZSTD_error_version_unsupported", 12},
      {"ZSTD_error_frameParameter_unsupported", 14},
      {"ZSTD_error_frameParameter_windowTooLarge", 16},
      {"ZSTD_error_corruption_detected", 20}, {"ZSTD_error_checksum_wrong", 22},
      {"ZSTD_error_literals_headerWrong", 24}, {"ZSTD_error_dictionary_corrupted", 30},
      {"ZSTD_error_dictionary_wrong", 32}, {"ZSTD_error_dictionaryCreation_failed", 34},
      {"ZSTD_error_parameter_unsupported", 40},
      {"ZSTD_error_parameter_combination_unsupported", 41},
      {"ZSTD_error_parameter_outOfBound", 42}, {"ZSTD_error_tableLog_tooLarge", 44},
      {"ZSTD_error_maxSymbolValue_tooLarge", 46}, {"ZSTD_error_maxSymbolValue_tooSmall", 48},
      {"ZSTD_error_stabilityCondition_notRespected", 50}, {"ZSTD_error_stage_wrong", 60},
      {"ZSTD_error_init_missing", 62}, {"ZSTD_error_memory_allocation", 64},
      {"ZSTD_error_workSpace_tooSmall", 66}, {"ZSTD_error_dstSize_tooSmall", 70},
      {"ZSTD_error_srcSize_wrong", 72}, {"ZSTD_error_dstBuffer_null", 74},
      {"ZSTD_error_noForwardProgress_destFull", 80},
      {"ZSTD_error_noForwardProgress_inputEmpty", 82},
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(table); i++) cn_set_num(ctx, c, table[i].name, table[i].value);
}

void cn_zlib_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  if (!zlib_class) {
    zlib_class = make_class("Zlib", false);
    brotli_enc_class = make_class("BrotliEncoder", true);
    brotli_dec_class = make_class("BrotliDecoder", true);
  }
  cn_set(ctx, exports, "Zlib", JSObjectMakeConstructor(ctx, zlib_class, js_zlib_construct));
  cn_set(ctx, exports, "BrotliEncoder",
         JSObjectMakeConstructor(ctx, brotli_enc_class, js_brotli_enc_construct));
  cn_set(ctx, exports, "BrotliDecoder",
         JSObjectMakeConstructor(ctx, brotli_dec_class, js_brotli_dec_construct));
  cn_set_fn(ctx, exports, "crc32", js_crc32);
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  set_constants(ctx, constants);
  cn_set(ctx, exports, "constants", constants);
  cn_set_str(ctx, exports, "zlibVersion", zlibVersion());
}

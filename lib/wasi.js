'use strict';
// node:wasi — WASI preview1 (wasi_snapshot_preview1) for WebAssembly instances, over node:fs and
// the process: args, environment, clocks, random bytes, stdio and preopened directories
// (path_open, fd_read/fd_write/fd_pread/fd_pwrite/fd_seek/fd_close, stat, mkdir/unlink/rmdir,
// readdir), proc_exit. Calls without a host equivalent here (sockets, poll_oneoff with fd
// subscriptions, fd_advise...) return ENOSYS as the spec allows.

const fs = require('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_WASI_ALREADY_STARTED,
    ERR_WASI_NOT_STARTED,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');

process.emitWarning('WASI is an experimental feature and might change at any time',
                    'ExperimentalWarning');

const E = {
  SUCCESS: 0, ACCES: 2, BADF: 8, EXIST: 20, INVAL: 28, IO: 29, ISDIR: 31, NOENT: 44, NOSYS: 52,
  NOTDIR: 54, NOTEMPTY: 55, PERM: 63, SPIPE: 70, NOTCAPABLE: 76, LOOP: 32, NAMETOOLONG: 37,
};
const errnoByCode = {
  EACCES: E.ACCES, EBADF: E.BADF, EEXIST: E.EXIST, EINVAL: E.INVAL, EIO: E.IO, EISDIR: E.ISDIR,
  ENOENT: E.NOENT, ENOSYS: E.NOSYS, ENOTDIR: E.NOTDIR, ENOTEMPTY: E.NOTEMPTY, EPERM: E.PERM,
  ESPIPE: E.SPIPE, ELOOP: E.LOOP, ENAMETOOLONG: E.NAMETOOLONG,
};

const FILETYPE = { UNKNOWN: 0, CHAR: 2, DIR: 3, FILE: 4, SOCKET: 6, SYMLINK: 7 };
const RIGHTS_ALL = 0x1FFFFFFFn;

const kExitCode = Symbol('kExitCode');
const kStarted = Symbol('kStarted');
const kInstance = Symbol('kInstance');

class ExitSignal {
  constructor(code) {
    this[kExitCode] = code;
  }
}

function filetypeOf(stats) {
  if (stats.isFile()) return FILETYPE.FILE;
  if (stats.isDirectory()) return FILETYPE.DIR;
  if (stats.isCharacterDevice()) return FILETYPE.CHAR;
  if (stats.isSymbolicLink()) return FILETYPE.SYMLINK;
  if (stats.isSocket()) return FILETYPE.SOCKET;
  return FILETYPE.UNKNOWN;
}

class WASI {
  constructor(options = {}) {
    validateObject(options, 'options');
    const version = options.version;
    validateString(version, 'options.version');
    if (version !== 'preview1' && version !== 'unstable') {
      throw new ERR_INVALID_ARG_VALUE('options.version', version, 'unsupported WASI version');
    }
    const args = options.args === undefined ? [] : options.args;
    validateArray(args, 'options.args');
    const env = [];
    if (options.env !== undefined) {
      validateObject(options.env, 'options.env');
      for (const [k, v] of Object.entries(options.env)) {
        if (v !== undefined) env.push(`${k}=${v}`);
      }
    }
    const fds = new Map();
    const stdio = [options.stdin ?? 0, options.stdout ?? 1, options.stderr ?? 2];
    ['options.stdin', 'options.stdout', 'options.stderr'].forEach((name, i) => validateInt32(stdio[i], name));
    stdio.forEach((hostFd, i) => fds.set(i, { host: hostFd, type: FILETYPE.CHAR, path: null, pos: null, stdio: true }));
    if (options.preopens !== undefined) {
      validateObject(options.preopens, 'options.preopens');
      let next = 3;
      for (const [guest, host] of Object.entries(options.preopens)) {
        fds.set(next++, { host: null, type: FILETYPE.DIR, path: String(host), guest: String(guest), preopen: true });
      }
    }
    if (options.returnOnExit !== undefined) validateBoolean(options.returnOnExit, 'options.returnOnExit');
    this._returnOnExit = options.returnOnExit !== undefined ? options.returnOnExit : true;
    this._state = { args: args.map(String), env, fds, nextFd: 3 + (options.preopens ? Object.keys(options.preopens).length : 0), memory: null };
    this[kStarted] = false;
    this[kInstance] = null;
    this._version = version;
    this.wasiImport = makeImports(this._state, this);
  }

  getImportObject() {
    return this._version === 'unstable' ?
      { wasi_unstable: this.wasiImport } :
      { wasi_snapshot_preview1: this.wasiImport };
  }

  start(instance) {
    const exports = this._bind(instance);
    validateFunction(exports._start, 'instance.exports._start');
    if (exports._initialize !== undefined) {
      throw new ERR_INVALID_ARG_TYPE('instance.exports._initialize', 'undefined', exports._initialize);
    }
    try {
      exports._start();
    } catch (err) {
      if (err instanceof ExitSignal) return err[kExitCode];
      throw err;
    }
    return 0;
  }

  initialize(instance) {
    const exports = this._bind(instance);
    if (exports._start !== undefined) {
      throw new ERR_INVALID_ARG_TYPE('instance.exports._start', 'undefined', exports._start);
    }
    if (exports._initialize !== undefined) {
      validateFunction(exports._initialize, 'instance.exports._initialize');
      exports._initialize();
    }
  }

  _bind(instance) {
    if (this[kStarted]) throw new ERR_WASI_ALREADY_STARTED();
    this[kStarted] = true;
    validateObject(instance, 'instance');
    const exports = instance.exports;
    validateObject(exports, 'instance.exports');
    if (!(exports.memory instanceof WebAssembly.Memory)) {
      throw new ERR_INVALID_ARG_TYPE('instance.exports.memory', 'WebAssembly.Memory', exports.memory);
    }
    this[kInstance] = instance;
    this._state.memory = exports.memory;
    return exports;
  }
}

function makeImports(state, wasi) {
  const view = () => new DataView(state.memory.buffer);
  const bytes = () => new Uint8Array(state.memory.buffer);
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  function guard(fn) {
    return function wasiCall(...args) {
      if (state.memory === null) throw new ERR_WASI_NOT_STARTED();
      try {
        return fn(...args);
      } catch (err) {
        if (err instanceof ExitSignal) throw err;
        if (err && typeof err.code === 'string' && errnoByCode[err.code] !== undefined) return errnoByCode[err.code];
        if (err instanceof RangeError) return E.INVAL;
        return E.IO;
      }
    };
  }

  function strings(list, ptrsPtr, bufPtr) {
    const dv = view();
    const mem = bytes();
    for (const s of list) {
      dv.setUint32(ptrsPtr, bufPtr, true);
      ptrsPtr += 4;
      const b = enc.encode(s);
      mem.set(b, bufPtr);
      mem[bufPtr + b.length] = 0;
      bufPtr += b.length + 1;
    }
    return E.SUCCESS;
  }

  function sizes(list, countPtr, sizePtr) {
    const dv = view();
    dv.setUint32(countPtr, list.length, true);
    dv.setUint32(sizePtr, list.reduce((n, s) => n + enc.encode(s).length + 1, 0), true);
    return E.SUCCESS;
  }

  function iovecs(ptr, len) {
    const dv = view();
    const out = [];
    for (let i = 0; i < len; i++) {
      const base = dv.getUint32(ptr + i * 8, true);
      const n = dv.getUint32(ptr + i * 8 + 4, true);
      out.push(new Uint8Array(state.memory.buffer, base, n));
    }
    return out;
  }

  function entry(fd) {
    return state.fds.get(fd);
  }

  function hostFd(e) {
    return e.host;
  }

  function resolvePath(dirfd, ptr, len) {
    const dir = entry(dirfd);
    if (dir === undefined) return { err: E.BADF };
    if (dir.type !== FILETYPE.DIR) return { err: E.NOTDIR };
    const rel = dec.decode(new Uint8Array(state.memory.buffer, ptr, len));
    const root = dir.path;
    const full = pathModule.resolve(root, rel);
    // Sandbox: stay inside the preopened directory.
    const base = pathModule.resolve(dir.preopen ? dir.path : dir.root || dir.path);
    if (full !== base && !full.startsWith(base.endsWith(pathModule.sep) ? base : base + pathModule.sep)) {
      return { err: E.NOTCAPABLE };
    }
    return { err: 0, path: full, root: dir.preopen ? dir.path : dir.root };
  }

  function writeFilestat(ptr, st) {
    const dv = view();
    dv.setBigUint64(ptr, BigInt(st.dev), true);
    dv.setBigUint64(ptr + 8, BigInt(st.ino), true);
    dv.setUint8(ptr + 16, filetypeOf(st));
    dv.setBigUint64(ptr + 24, BigInt(st.nlink), true);
    dv.setBigUint64(ptr + 32, BigInt(st.size), true);
    dv.setBigUint64(ptr + 40, BigInt(Math.round(st.atimeMs * 1e6)), true);
    dv.setBigUint64(ptr + 48, BigInt(Math.round(st.mtimeMs * 1e6)), true);
    dv.setBigUint64(ptr + 56, BigInt(Math.round(st.ctimeMs * 1e6)), true);
  }

  const startNs = process.hrtime.bigint();

  const imports = {
    args_get: (argv, buf) => strings(state.args, argv, buf),
    args_sizes_get: (countPtr, sizePtr) => sizes(state.args, countPtr, sizePtr),
    environ_get: (envp, buf) => strings(state.env, envp, buf),
    environ_sizes_get: (countPtr, sizePtr) => sizes(state.env, countPtr, sizePtr),
    clock_res_get(id, ptr) {
      if (id < 0 || id > 3) return E.INVAL;
      view().setBigUint64(ptr, id === 0 ? 1000n : 1n, true);
      return E.SUCCESS;
    },
    clock_time_get(id, precision, ptr) {
      let t;
      if (id === 0) t = BigInt(Date.now()) * 1000000n;
      else if (id === 1) t = process.hrtime.bigint();
      else if (id === 2 || id === 3) {
        const u = process.cpuUsage();
        t = BigInt(u.user + u.system) * 1000n;
      } else return E.INVAL;
      view().setBigUint64(ptr, t, true);
      return E.SUCCESS;
    },
    fd_write(fd, iovs, iovsLen, nwrittenPtr) {
      const e = entry(fd);
      if (e === undefined || e.type === FILETYPE.DIR) return E.BADF;
      let total = 0;
      for (const chunk of iovecs(iovs, iovsLen)) {
        let off = 0;
        while (off < chunk.length) {
          const n = fs.writeSync(hostFd(e), chunk, off, chunk.length - off, e.pos === null ? null : e.pos);
          if (e.pos !== null) e.pos += n;
          off += n;
        }
        total += chunk.length;
      }
      view().setUint32(nwrittenPtr, total, true);
      return E.SUCCESS;
    },
    fd_pwrite(fd, iovs, iovsLen, offset, nwrittenPtr) {
      const e = entry(fd);
      if (e === undefined || e.type !== FILETYPE.FILE) return E.BADF;
      let pos = Number(offset);
      let total = 0;
      for (const chunk of iovecs(iovs, iovsLen)) {
        const n = fs.writeSync(hostFd(e), chunk, 0, chunk.length, pos);
        pos += n;
        total += n;
      }
      view().setUint32(nwrittenPtr, total, true);
      return E.SUCCESS;
    },
    fd_read(fd, iovs, iovsLen, nreadPtr) {
      const e = entry(fd);
      if (e === undefined || e.type === FILETYPE.DIR) return E.BADF;
      let total = 0;
      for (const chunk of iovecs(iovs, iovsLen)) {
        const n = fs.readSync(hostFd(e), chunk, 0, chunk.length, e.pos === null ? null : e.pos);
        if (e.pos !== null) e.pos += n;
        total += n;
        if (n < chunk.length) break;
      }
      view().setUint32(nreadPtr, total, true);
      return E.SUCCESS;
    },
    fd_pread(fd, iovs, iovsLen, offset, nreadPtr) {
      const e = entry(fd);
      if (e === undefined || e.type !== FILETYPE.FILE) return E.BADF;
      let pos = Number(offset);
      let total = 0;
      for (const chunk of iovecs(iovs, iovsLen)) {
        const n = fs.readSync(hostFd(e), chunk, 0, chunk.length, pos);
        pos += n;
        total += n;
        if (n < chunk.length) break;
      }
      view().setUint32(nreadPtr, total, true);
      return E.SUCCESS;
    },
    fd_seek(fd, offset, whence, newOffsetPtr) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      if (e.pos === null || e.type !== FILETYPE.FILE) return E.SPIPE;
      const off = Number(offset);
      let next;
      if (whence === 0) next = off;
      else if (whence === 1) next = e.pos + off;
      else if (whence === 2) next = fs.fstatSync(hostFd(e)).size + off;
      else return E.INVAL;
      if (next < 0) return E.INVAL;
      e.pos = next;
      view().setBigUint64(newOffsetPtr, BigInt(next), true);
      return E.SUCCESS;
    },
    fd_tell(fd, ptr) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      if (e.pos === null) return E.SPIPE;
      view().setBigUint64(ptr, BigInt(e.pos), true);
      return E.SUCCESS;
    },
    fd_close(fd) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      if (e.host !== null && fd > 2) fs.closeSync(e.host);
      state.fds.delete(fd);
      return E.SUCCESS;
    },
    fd_sync(fd) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      if (e.host !== null) fs.fsyncSync(e.host);
      return E.SUCCESS;
    },
    fd_datasync(fd) {
      return imports.fd_sync(fd);
    },
    fd_fdstat_get(fd, ptr) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      const dv = view();
      if (e.stdio === true) {
        // What the host descriptor really is (a terminal, a pipe or a redirected file).
        try {
          e.type = filetypeOf(fs.fstatSync(e.host));
        } catch {
          e.type = FILETYPE.UNKNOWN;
        }
      }
      dv.setUint8(ptr, e.type);
      dv.setUint16(ptr + 2, e.append ? 1 : 0, true);
      dv.setBigUint64(ptr + 8, RIGHTS_ALL, true);
      dv.setBigUint64(ptr + 16, RIGHTS_ALL, true);
      return E.SUCCESS;
    },
    fd_fdstat_set_flags(fd, flags) {
      return entry(fd) === undefined ? E.BADF : E.NOSYS;
    },
    fd_filestat_get(fd, ptr) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      writeFilestat(ptr, e.host !== null ? fs.fstatSync(e.host) : fs.statSync(e.path));
      return E.SUCCESS;
    },
    fd_filestat_set_size(fd, size) {
      const e = entry(fd);
      if (e === undefined || e.host === null) return E.BADF;
      fs.ftruncateSync(e.host, Number(size));
      return E.SUCCESS;
    },
    fd_prestat_get(fd, ptr) {
      const e = entry(fd);
      if (e === undefined || !e.preopen) return E.BADF;
      const dv = view();
      dv.setUint8(ptr, 0);
      dv.setUint32(ptr + 4, enc.encode(e.guest).length, true);
      return E.SUCCESS;
    },
    fd_prestat_dir_name(fd, ptr, len) {
      const e = entry(fd);
      if (e === undefined || !e.preopen) return E.BADF;
      const b = enc.encode(e.guest);
      if (len < b.length) return E.NAMETOOLONG;
      bytes().set(b, ptr);
      return E.SUCCESS;
    },
    fd_readdir(fd, buf, bufLen, cookie, usedPtr) {
      const e = entry(fd);
      if (e === undefined) return E.BADF;
      if (e.type !== FILETYPE.DIR) return E.NOTDIR;
      const names = ['.', '..', ...fs.readdirSync(e.path)];
      const dv = view();
      const mem = bytes();
      let used = 0;
      for (let i = Number(cookie); i < names.length && used < bufLen; i++) {
        const name = enc.encode(names[i]);
        let st;
        try {
          st = fs.lstatSync(pathModule.join(e.path, names[i]));
        } catch {
          st = null;
        }
        const header = new Uint8Array(24);
        const hv = new DataView(header.buffer);
        hv.setBigUint64(0, BigInt(i + 1), true);
        hv.setBigUint64(8, st ? BigInt(st.ino) : 0n, true);
        hv.setUint32(16, name.length, true);
        hv.setUint8(20, st ? filetypeOf(st) : FILETYPE.UNKNOWN);
        const record = new Uint8Array(24 + name.length);
        record.set(header);
        record.set(name, 24);
        const n = Math.min(record.length, bufLen - used);
        mem.set(record.subarray(0, n), buf + used);
        used += n;
      }
      dv.setUint32(usedPtr, used, true);
      return E.SUCCESS;
    },
    path_open(dirfd, dirflags, pathPtr, pathLen, oflags, rightsBase, rightsInheriting, fdflags, fdPtr) {
      const r = resolvePath(dirfd, pathPtr, pathLen);
      if (r.err) return r.err;
      let flags = 0;
      const { O_CREAT, O_EXCL, O_TRUNC, O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_DIRECTORY } = fs.constants;
      if (oflags & 1) flags |= O_CREAT;
      if (oflags & 2) flags |= O_DIRECTORY;
      if (oflags & 4) flags |= O_EXCL;
      if (oflags & 8) flags |= O_TRUNC;
      const rights = BigInt(rightsBase);
      const wantsRead = (rights & (2n | 0x4000n)) !== 0n; // fd_read | fd_readdir
      const wantsWrite = (rights & (64n | 0x400000n)) !== 0n || (oflags & 9) !== 0; // fd_write
      if (fdflags & 1) flags |= O_APPEND;
      flags |= wantsWrite ? (wantsRead ? O_RDWR : O_WRONLY) : O_RDONLY;
      let st = null;
      try {
        st = fs.statSync(r.path);
      } catch {
        st = null;
      }
      let ent;
      if (st !== null && st.isDirectory()) {
        if (oflags & (4 | 8)) return st ? E.ISDIR : E.NOENT;
        ent = { host: null, type: FILETYPE.DIR, path: r.path, root: r.root, pos: null };
      } else {
        if (oflags & 2) return st === null ? E.NOENT : E.NOTDIR;
        const hfd = fs.openSync(r.path, flags, 0o666);
        ent = { host: hfd, type: FILETYPE.FILE, path: r.path, root: r.root, pos: 0, append: (fdflags & 1) !== 0 };
        if (ent.append) ent.pos = null;
      }
      const fd = state.nextFd++;
      state.fds.set(fd, ent);
      view().setUint32(fdPtr, fd, true);
      return E.SUCCESS;
    },
    path_filestat_get(dirfd, flags, pathPtr, pathLen, ptr) {
      const r = resolvePath(dirfd, pathPtr, pathLen);
      if (r.err) return r.err;
      writeFilestat(ptr, flags & 1 ? fs.statSync(r.path) : fs.lstatSync(r.path));
      return E.SUCCESS;
    },
    path_create_directory(dirfd, pathPtr, pathLen) {
      const r = resolvePath(dirfd, pathPtr, pathLen);
      if (r.err) return r.err;
      fs.mkdirSync(r.path);
      return E.SUCCESS;
    },
    path_remove_directory(dirfd, pathPtr, pathLen) {
      const r = resolvePath(dirfd, pathPtr, pathLen);
      if (r.err) return r.err;
      fs.rmdirSync(r.path);
      return E.SUCCESS;
    },
    path_unlink_file(dirfd, pathPtr, pathLen) {
      const r = resolvePath(dirfd, pathPtr, pathLen);
      if (r.err) return r.err;
      fs.unlinkSync(r.path);
      return E.SUCCESS;
    },
    path_rename(fd, oldPtr, oldLen, newFd, newPtr, newLen) {
      const a = resolvePath(fd, oldPtr, oldLen);
      if (a.err) return a.err;
      const b = resolvePath(newFd, newPtr, newLen);
      if (b.err) return b.err;
      fs.renameSync(a.path, b.path);
      return E.SUCCESS;
    },
    random_get(ptr, len) {
      require('crypto').randomFillSync(new Uint8Array(state.memory.buffer, ptr, len));
      return E.SUCCESS;
    },
    sched_yield: () => E.SUCCESS,
    proc_exit(code) {
      if (wasi._returnOnExit) throw new ExitSignal(code);
      process.exit(code);
    },
    proc_raise: () => E.NOSYS,
    poll_oneoff: (inPtr, outPtr, nsubscriptions, neventsPtr) => (nsubscriptions === 0 ? E.INVAL : E.NOSYS),
  };
  for (const name of [
    'fd_advise', 'fd_allocate', 'fd_fdstat_set_rights', 'fd_filestat_set_times', 'fd_renumber',
    'path_filestat_set_times', 'path_link', 'path_readlink', 'path_symlink',
    'sock_accept', 'sock_recv', 'sock_send', 'sock_shutdown',
  ]) {
    imports[name] = () => E.NOSYS;
  }
  const out = {};
  for (const [name, fn] of Object.entries(imports)) {
    out[name] = name === 'proc_exit' || name === 'sched_yield' ? fn : guard(fn);
  }
  const exit = out.proc_exit;
  out.proc_exit = (code) => {
    if (state.memory === null) throw new ERR_WASI_NOT_STARTED();
    return exit(code);
  };
  return out;
}

module.exports = { WASI };

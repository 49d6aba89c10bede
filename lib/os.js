'use strict';
// node:os — operating-system facts over internalBinding('os') (libuv).

const binding = internalBinding('os');
const { codes } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Runs a binding call that fills `ctx` on failure; throws ERR_SYSTEM_ERROR then.
function checked(fn) {
  return function checkedCall(...args) {
    const ctx = {};
    const value = fn(...args, ctx);
    if (ctx.code !== undefined) throw new codes.ERR_SYSTEM_ERROR(ctx);
    return value;
  };
}

const getHostname = checked(binding.getHostname);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getInterfaceAddresses = checked(binding.getInterfaceAddresses);
const getUserInfo = checked(binding.getUserInfo);
const getOSInformation = checked(binding.getOSInformation);

let osInfo;
function osInformation() {
  osInfo ??= getOSInformation();
  return osInfo;
}

// Node lets `${os.hostname}` read as the value, as these were once properties.
// `name` is the function name Node reports for it.
function withPrimitive(fn, name) {
  fn[Symbol.toPrimitive] = () => fn();
  if (name !== undefined) Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const arch = withPrimitive(function arch() {
  return process.arch;
});

const availableParallelism = withPrimitive(function availableParallelism() {
  return binding.getAvailableParallelism();
}, '');

function cpus() {
  const data = binding.getCPUs();
  const out = [];
  for (let i = 0; i < data.length; i += 7) {
    out.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return out;
}

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
const endianness = withPrimitive(function endianness() {
  return kEndianness;
});

const freemem = withPrimitive(function freemem() {
  return binding.getFreeMem();
}, '');

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (ctx.code !== undefined) throw new codes.ERR_SYSTEM_ERROR(ctx);
  return priority;
}

const homedir = withPrimitive(function homedir() {
  return getHomeDirectory();
}, 'wrappedFn');

const hostname = withPrimitive(function hostname() {
  return getHostname();
}, 'wrappedFn');

function loadavg() {
  return binding.getLoadAvg();
}

function networkInterfaces() {
  const data = getInterfaceAddresses();
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const family = data[i + 3];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family,
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: cidrOf(data[i + 1], data[i + 2], family),
    };
    if (family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

// 'address/prefix' from a netmask, or null when the mask is not contiguous.
function cidrOf(address, netmask, family) {
  let ones = 0;
  let seenZero = false;
  const v6 = family === 'IPv6';
  const parts = netmask.split(v6 ? ':' : '.');
  for (let i = 0; i < parts.length; i++) {
    const n = v6 ? Number.parseInt(parts[i] || '0', 16) : Number(parts[i]);
    for (let bit = v6 ? 15 : 7; bit >= 0; bit--) {
      if ((n >> bit) & 1) {
        if (seenZero) return null;
        ones++;
      } else {
        seenZero = true;
      }
    }
  }
  return `${address}/${ones}`;
}

const platform = withPrimitive(function platform() {
  return process.platform;
});

const release = withPrimitive(function release() {
  return osInformation()[2];
}, 'getOSRelease');

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  binding.setPriority(pid, priority, ctx);
  if (ctx.code !== undefined) throw new codes.ERR_SYSTEM_ERROR(ctx);
}

const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.charCodeAt(path.length - 1) === 47) path = path.slice(0, -1);
  return path;
});

const totalmem = withPrimitive(function totalmem() {
  return binding.getTotalMem();
}, '');

const type = withPrimitive(function type() {
  return osInformation()[0];
}, 'getOSType');

function userInfo(options) {
  if (options !== undefined && options !== null && typeof options !== 'object') options = {};
  const info = getUserInfo();
  const asBuffer = options != null && options.encoding === 'buffer';
  const text = (s) => {
    if (!asBuffer || s === null) return s;
    return require('buffer').Buffer.from(s);
  };
  return {
    __proto__: null,
    uid: info[0],
    gid: info[1],
    username: text(info[2]),
    homedir: text(info[3]),
    shell: text(info[4]),
  };
}

const uptime = withPrimitive(function uptime() {
  return getUptime();
}, 'wrappedFn');

const version = withPrimitive(function version() {
  return osInformation()[1];
}, 'getOSVersion');

const machine = withPrimitive(function machine() {
  return osInformation()[3];
}, 'getMachine');

// os.constants: null-prototype copies of the constants binding; signals is frozen as in Node.
function nullProtoCopy(obj) {
  const out = { __proto__: null };
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    out[key] = v !== null && typeof v === 'object' ? nullProtoCopy(v) : v;
  }
  return out;
}
const constants = nullProtoCopy(internalBinding('constants').os);
Object.freeze(constants.signals);

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});

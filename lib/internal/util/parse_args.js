'use strict';
// util.parseArgs: command-line parsing into { values, positionals, tokens? } with short
// options, option groups (-abc), inline values (--x=1, -xVALUE), multiple, defaults,
// negated booleans (--no-x) and Node's strict-mode errors.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const { hasOwn } = Object;

// The arguments after the script (or after the code for -e/-p).
function getMainArgs() {
  const execArgv = process.execArgv || [];
  const evalFlag = execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' ||
    a === '--print' || a.startsWith('--eval=') || a.startsWith('--print=') || a === '-pe');
  return process.argv.slice(evalFlag ? 1 : 2);
}

function optionGet(options, name, key) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return hasOwn(config, key) ? config[key] : undefined;
}

// The long name for a short letter, or the letter itself when no option declares it.
function longForShort(letter, options) {
  for (const name of Object.keys(options)) {
    if (optionGet(options, name, 'short') === letter) return name;
  }
  return letter;
}

function isStringOption(letter, options) {
  return optionGet(options, longForShort(letter, options), 'type') === 'string';
}

// An argument like "-x" (exactly one letter).
const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);

// "-abc" where the first letter is not a string option: several short options at once.
function isShortGroup(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && !isStringOption(arg[1], options);
}

// "-xVALUE" where x is a string option.
function isShortWithValue(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && isStringOption(arg[1], options);
}

// A value taken from the next argument that looks like an option is probably a mistake.
const looksLikeOption = (value) => typeof value === 'string' && value.length > 1 && value[0] === '-';

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let groupCount = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShort(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGet(options, name, 'type') === 'string' && next !== undefined && next !== null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(optionToken(name, arg, index, value, inlineValue));
      if (value !== undefined) index++;
      continue;
    }
    if (isShortGroup(arg, options)) {
      // Expand in place: the parts share this argument's index.
      const parts = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        if (!isStringOption(letter, options) || i === arg.length - 1) {
          parts.push(`-${letter}`);
        } else {
          parts.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...parts);
      groupCount = parts.length;
      continue;
    }
    if (isShortWithValue(arg, options)) {
      tokens.push(optionToken(longForShort(arg[1], options), `-${arg[1]}`, index, arg.slice(2), true));
      continue;
    }
    if (isLoneLong(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGet(options, name, 'type') === 'string' && next !== undefined && next !== null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(optionToken(name, arg, index, value, inlineValue));
      if (value !== undefined) index++;
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      tokens.push(optionToken(arg.slice(2, eq), arg.slice(0, eq), index, arg.slice(eq + 1), true));
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function describe(name, options) {
  const short = optionGet(options, name, 'short');
  return short !== undefined ? `-${short}, --${name}` : `--${name}`;
}

// Strict-mode checks of one option token against its declaration.
function checkOptionUsage(token, options, allowPositionals) {
  if (!hasOwn(options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const type = optionGet(options, token.name, 'type');
  const label = describe(token.name, options);
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
}

function checkAmbiguousValue(token, options) {
  if (token.inlineValue !== false || !looksLikeOption(token.value)) return;
  const example = token.rawName.startsWith('--') ? `'--${token.name}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  const stored = value === undefined ? true : value;
  if (optionGet(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function validateOptionConfigs(options) {
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    const type = optionGet(options, name, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = optionGet(options, name, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = optionGet(options, name, 'default');
    if (defaultValue !== undefined) {
      const key = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(defaultValue, key);
        else validateString(defaultValue, key);
      } else if (multiple) {
        validateBooleanArray(defaultValue, key);
      } else {
        validateBoolean(defaultValue, key);
      }
    }
  }
}

function parseArgs(config = kEmptyObject) {
  const args = config.args ?? getMainArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? kEmptyObject;

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptionConfigs(options);

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];

  for (const token of tokens) {
    if (token.kind === 'option') {
      let value = token.value;
      if (allowNegative && token.name.startsWith('no-')) {
        // --no-foo negates a boolean option foo (or an unknown one when not strict).
        const base = token.name.slice(3);
        const baseType = optionGet(options, base, 'type');
        if (baseType === 'boolean' || (!strict && baseType === undefined)) {
          token.name = base;
          if (value === undefined) value = false;
        }
      }
      if (strict) {
        checkOptionUsage(token, options, allowPositionals);
        checkAmbiguousValue(token, options);
      }
      store(values, options, token.name, value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    }
  }

  for (const name of Object.keys(options)) {
    const defaultValue = optionGet(options, name, 'default');
    if (defaultValue !== undefined && values[name] === undefined) values[name] = defaultValue;
  }

  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };

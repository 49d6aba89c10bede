'use strict';
// Line diff for assertion messages: Myers' O(ND) shortest edit script over the inspected lines
// of `actual` and `expected`, printed as `+ actual` / `- expected` lines with long runs of
// unchanged lines collapsed to `...`.

// Unchanged lines shown after a change (and at the start) before a run is collapsed.
const kContextLines = 5;

// Lines of an inspected object may differ only by a trailing comma when one side has one more
// element after them; those still count as the same line.
function sameLine(a, e, ignoreComma) {
  if (a === e) return true;
  if (!ignoreComma) return false;
  return (a.length + 1 === e.length && e.endsWith(',') && e.startsWith(a)) ||
    (e.length + 1 === a.length && a.endsWith(',') && a.startsWith(e));
}

// Returns the edit script as an array of [kind, line] in order, kind being 'same', 'add'
// (a line only in actual) or 'remove' (a line only in expected).
function diffLines(actual, expected, ignoreComma = false) {
  const n = actual.length;
  const m = expected.length;
  const limit = n + m;
  const center = limit + 1;
  // frontier[center + k]: furthest x reached on diagonal k (k = x - y).
  const frontier = new Int32Array(2 * limit + 3);
  const history = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && frontier[center + k - 1] < frontier[center + k + 1])) {
        x = frontier[center + k + 1];
      } else {
        x = frontier[center + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      frontier[center + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  return walkBack(history, actual, expected, ignoreComma, center);
}

// Follows the recorded frontiers from the end back to the start, collecting the edits.
function walkBack(history, actual, expected, ignoreComma, center) {
  const reversed = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = history.length - 1; d >= 0; d--) {
    const before = history[d];
    const k = x - y;
    const fromBelow = k === -d || (k !== d && before[center + k - 1] < before[center + k + 1]);
    const prevK = fromBelow ? k + 1 : k - 1;
    const prevX = before[center + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      // With comma tolerance, show whichever of the two lines carries the comma.
      const a = actual[x - 1];
      reversed.push(['same', ignoreComma && !a.endsWith(',') ? expected[y - 1] : a]);
      x--;
      y--;
    }
    if (d === 0) break;
    if (x > prevX) {
      reversed.push(['add', actual[x - 1]]);
      x--;
    } else {
      reversed.push(['remove', expected[y - 1]]);
      y--;
    }
  }
  return reversed.reverse();
}

// Formats an edit script. Unchanged runs keep their first kContextLines lines; before the next
// change, a run that is longer than that by one or two lines is printed whole, a longer one is
// cut to `...` and its last line. Unchanged lines after the last change stop at kContextLines.
// Returns { text, skipped }.
function formatDiff(edits) {
  let out = '';
  let skipped = false;
  let run = 0; // unchanged lines since the last change
  for (let i = 0; i < edits.length; i++) {
    const [kind, line] = edits[i];
    if (kind === 'same') {
      if (run < kContextLines) out += `  ${line}\n`;
      run++;
      continue;
    }
    if (run > kContextLines) {
      const hidden = run - kContextLines;
      if (hidden <= 2) {
        for (let j = i - hidden; j < i; j++) out += `  ${edits[j][1]}\n`;
      } else {
        out += '...\n';
        out += `  ${edits[i - 1][1]}\n`;
        skipped = true;
      }
    }
    run = 0;
    out += kind === 'add' ? `+ ${line}\n` : `- ${line}\n`;
  }
  return { text: `\n${out.trimEnd()}`, skipped };
}

module.exports = { diffLines, formatDiff };

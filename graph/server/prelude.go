package server

import (
	"strconv"
	"strings"
)

// MaxScriptElements bounds the arrays and strings a Gizmo script may hand
// to one of JavaScript's native builtins.
const MaxScriptElements = 1 << 22

// sandboxPrelude runs before every Gizmo script. goja, Gizmo's JavaScript
// runtime, checks for interruption between instructions only: a single
// native call such as new Array(4e9).fill(0) or "x".repeat(1e10) runs to
// its end whatever the deadline, and can exhaust memory before the
// watchdog can act. The prelude makes the builtins that loop over or
// allocate a caller-chosen number of elements throw a RangeError past
// MaxScriptElements, and removes binary buffers, which Gizmo has no use
// for. Regular expressions with backreferences or lookaround (which goja
// matches by backtracking, with no timeout) are refused. Its wrappers
// cannot be replaced or removed by the script. It is one
// line, so the script's line numbers in errors stay as written.
var sandboxPrelude = strings.ReplaceAll(strings.Join([]string{
	`(function (L) {`,
	`"use strict";`,
	`var G = Function("return this")(), E = RangeError, def = Object.defineProperty;`,
	`function no(what) { throw new E("newsgraph: " + what + " is over the limit of " + L + " elements for one builtin call"); }`,
	`function guard(o, name, check) { var f = o[name]; if (typeof f !== "function") return;`,
	`  def(o, name, {value: function () { check(this, arguments); return f.apply(this, arguments); }, writable: false, configurable: false}); }`,
	`function len(t) { if (t != null && t.length > L) no("an array of " + t.length); }`,
	`["fill", "indexOf", "lastIndexOf", "includes", "reverse", "sort", "copyWithin", "splice", "slice", "map", "filter",`,
	` "forEach", "reduce", "reduceRight", "some", "every", "find", "findIndex", "flat", "flatMap", "concat"]`,
	`.forEach(function (n) { guard(Array.prototype, n, len); });`,
	`function joined(t, sep) { len(t); var n = 0, s = sep === undefined ? 1 : String(sep).length;`,
	`  for (var i = 0; i < t.length; i++) { var v = t[i]; n += s + (v == null ? 0 : String(v).length); if (n > L) no("a joined string"); } }`,
	`guard(Array.prototype, "join", function (t, a) { joined(t, a[0]); });`,
	`guard(Array.prototype, "toString", function (t) { joined(t, ","); });`,
	`guard(Array.prototype, "toLocaleString", function (t) { joined(t, ","); });`,
	`guard(Array, "from", function (_, a) { len(a[0]); });`,
	`guard(String.prototype, "repeat", function (t, a) { if (String(t).length * Number(a[0]) > L) no("a repeated string"); });`,
	`guard(String.prototype, "padStart", function (t, a) { if (Number(a[0]) > L) no("a padded string"); });`,
	`guard(String.prototype, "padEnd", function (t, a) { if (Number(a[0]) > L) no("a padded string"); });`,
	`function replaced(t, a) { var r = a[1]; if (typeof r === "string" && (String(t).length + 1) * (r.length + 1) > 4 * L) no("a replaced string"); }`,
	`guard(String.prototype, "replace", replaced);`,
	`guard(String.prototype, "replaceAll", replaced);`,
	`var rtest = RegExp.prototype.test, slow = /\\[1-9]|\\k<|\(\?<?[=!]/;`,
	`function fast(t) { if (t instanceof RegExp && rtest.call(slow, t.source)) throw new E("newsgraph: regular expressions with backreferences or lookaround are refused (their matching cannot be interrupted)"); }`,
	`["exec", "test", Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split].forEach(function (n) { guard(RegExp.prototype, n, fast); });`,
	`["ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",`,
	` "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"].forEach(function (n) { delete G[n]; });`,
	`})(` + strconv.Itoa(MaxScriptElements) + `);`,
}, "\n"), "\n", " ")

package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"
	"github.com/cayleygraph/cayley/query/mql"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// shapePrefix is the path of the Query Shape endpoint: POST /api/v1/shape/{lang}.
const shapePrefix = "/api/v1/shape/"

// shapeTimeout bounds a shape request when the server has no query timeout.
const shapeTimeout = 30 * time.Second

// ShapeAnswer is the answer of the shape endpoint: one entry per path the
// query runs (a Gizmo script can run several).
type ShapeAnswer struct {
	Lang string `json:"lang"`
	// Note says how the shapes were obtained, and what is missing.
	Note   string      `json:"note,omitempty"`
	Shapes []PathShape `json:"shapes"`
}

// PathShape is the shape tree of one path, before and after optimisation.
type PathShape struct {
	// Before is the tree the query builds (nil when the language does not
	// expose it); After is what Cayley runs after shape.Optimize against
	// this store, with looked-up values resolved to the store's nodes.
	Before *Graph `json:"before,omitempty"`
	After  *Graph `json:"after"`
	// Raw are the same trees as nested objects, field by field.
	Raw struct {
		Before any `json:"before,omitempty"`
		After  any `json:"after"`
	} `json:"raw"`
}

// Graph is a shape tree as nodes and links: nodes[0] is the root, each link
// goes from a shape to one of its operands and is labelled with the field
// that holds it.
type Graph struct {
	Nodes []ShapeNode `json:"nodes"`
	Links []ShapeLink `json:"links"`
}

// ShapeNode is one shape: its Go type (e.g. "NodesFrom") and its scalar
// fields (directions, tags, values, limits).
type ShapeNode struct {
	ID    string         `json:"id"`
	Type  string         `json:"type"`
	Attrs map[string]any `json:"attrs,omitempty"`
}

// ShapeLink joins a shape to an operand.
type ShapeLink struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Label  string `json:"label"`
}

// shapeError is a shape request that cannot be answered, with its status.
type shapeError struct {
	code int
	err  error
}

func (e *shapeError) Error() string { return e.err.Error() }
func (e *shapeError) Unwrap() error { return e.err }

func (s *Server) serveShape(w http.ResponseWriter, r *http.Request) {
	lang := strings.TrimPrefix(r.URL.Path, shapePrefix)
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: use POST with the query as the body", r.Method, r.URL.Path))
		return
	}
	body, err := readBody(r, s.limits.QueryBody)
	if err != nil {
		writeStop(w, err, s.opts.QueryTimeout)
		return
	}
	ctx, done, ok := s.startScript(w, r, shapeTimeout)
	if !ok {
		return
	}
	defer done()
	var ans *ShapeAnswer
	err = s.store.ViewQuery(ctx, func(qs cgraph.QuadStore) error {
		var err error
		ans, err = Shapes(ctx, qs, lang, string(body))
		return err
	})
	if cause := context.Cause(ctx); cause != nil && err != nil {
		writeStop(w, cause, s.opts.QueryTimeout)
		return
	}
	if err != nil {
		code := http.StatusBadRequest
		var se *shapeError
		if errors.As(err, &se) {
			code = se.code
		}
		writeError(w, code, err)
		return
	}
	writeJSON(w, http.StatusOK, ans)
}

// Shapes returns the shape trees of the query text in lang ("gizmo",
// "graphql" or "mql") over qs: for Gizmo before and after optimisation, for
// the others after (their packages build the trees internally and only the
// optimiser sees them). The caller holds the store's shared lock.
func Shapes(ctx context.Context, qs cgraph.QuadStore, lang, text string) (*ShapeAnswer, error) {
	if strings.TrimSpace(text) == "" {
		return nil, &shapeError{http.StatusBadRequest, errors.New("shape: query is empty")}
	}
	switch lang {
	case "gizmo":
		return gizmoShapes(ctx, qs, text)
	case "mql":
		return mqlShapes(ctx, qs, text)
	case "graphql":
		return graphQLShapes(ctx, qs, text)
	}
	if languageKnown(lang) {
		return nil, &shapeError{http.StatusNotImplemented, fmt.Errorf("shape: not available for %q (have gizmo, graphql, mql)", lang)}
	}
	return nil, &shapeError{http.StatusNotFound, fmt.Errorf("shape: unknown query language %q (have gizmo, graphql, mql)", lang)}
}

// gizmoPrelude runs a Gizmo script so that its paths are recorded rather
// than run: g and graph are replaced by proxies that hand every path a
// final (All, ToArray, Count, ...) is called on, and the script's last
// value if it is a path, to the real g.emit, which gives it to Go as its
// *path.Path. Traversals still go through Gizmo's own objects, so the paths
// are exactly the ones Gizmo would run; finals answer an empty result.
const gizmoPrelude = `(function (realG) {
  var finals = ["All", "GetLimit", "ToArray", "TagArray", "ToValue", "TagValue", "Map", "ForEach", "Count"];
  var answers = {ToArray: [], TagArray: [], Map: [], Count: 0};
  var isFinal = {}, answer = {};
  finals.forEach(function (f) {
    var lc = f.charAt(0).toLowerCase() + f.slice(1);
    isFinal[f] = isFinal[lc] = true;
    answer[f] = answer[lc] = answers.hasOwnProperty(f) ? answers[f] : null;
  });
  var REAL = "__newsgraphRealPath";
  function isPath(v) {
    return v !== null && typeof v === "object" && typeof v.Out === "function" && typeof v.In === "function";
  }
  function unwrap(v) {
    if (v !== null && typeof v === "object") {
      if (v[REAL]) return v[REAL];
      if (Array.isArray(v)) return v.map(unwrap);
    }
    return v;
  }
  function call(obj, fn, args) {
    var r = fn.apply(obj, Array.prototype.slice.call(args).map(unwrap));
    return isPath(r) ? wrap(r) : r;
  }
  function wrap(real) {
    return new Proxy({}, {get: function (t, name) {
      if (name === REAL) return real;
      if (isFinal[name] === true) {
        return function () { realG.emit(real); return answer[name]; };
      }
      var m = real[name];
      if (typeof m !== "function") return m;
      return function () { return call(real, m, arguments); };
    }});
  }
  var g = new Proxy({}, {get: function (t, name) {
    var m = realG[name];
    if (typeof m !== "function") return m;
    return function () { return call(realG, m, arguments); };
  }});
  return {g: g, last: function (v) { if (v !== null && typeof v === "object" && v[REAL]) realG.emit(v[REAL]); }};
})(graph);
`

func gizmoShapes(ctx context.Context, qs cgraph.QuadStore, text string) (*ShapeAnswer, error) {
	src, err := json.Marshal(text)
	if err != nil {
		return nil, fmt.Errorf("shape: %w", err)
	}
	script := sandboxPrelude + "var __newsgraph = " + gizmoPrelude +
		"g = graph = __newsgraph.g;\n__newsgraph.last((0, eval)(" + string(src) + "));\n"
	it, err := gizmo.NewSession(qs).Execute(ctx, script, query.Options{Collation: query.Raw})
	if err != nil {
		return nil, fmt.Errorf("shape: gizmo: %w", err)
	}
	defer graph.CloseQuery("gizmo", it)
	var paths []*path.Path
	for it.Next(ctx) {
		res, ok := it.Result().(*gizmo.Result)
		if !ok || res.Meta {
			continue
		}
		if p := gizmoPath(res.Val); p != nil {
			paths = append(paths, p)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("shape: gizmo: %w", err)
	}
	if len(paths) == 0 {
		return nil, errors.New(`shape: the script builds no path: end it with a path (g.V("<x>").Out("<p>")) or call a final on one (.All())`)
	}
	ans := &ShapeAnswer{Lang: "gizmo", Note: "before: the path's shape as Gizmo builds it; after: shape.Optimize against this store (Lookups resolved to the store's nodes)"}
	for _, p := range paths {
		before := p.Shape()
		after, _ := shape.Optimize(ctx, before, qs)
		ans.Shapes = append(ans.Shapes, describe(qs, before, after))
	}
	return ans, nil
}

// gizmoPath returns the path a recorded result carries: Gizmo's g.emit
// hands a path object over as its *path.Path (query/gizmo's exportArgs
// unwraps it), so the prelude's emits arrive here as public path values.
// Anything else is a value the script emitted itself, and is skipped.
func gizmoPath(v any) *path.Path {
	p, _ := v.(*path.Path)
	return p
}

// maxRecordedShapes bounds the shapes one GraphQL query reports (it builds
// a path per field of every object it returns).
const maxRecordedShapes = 50

// mqlShapes runs MQL's own tree building over a store wrapper that records
// the shape Cayley's optimiser hands over (MQL builds one tree).
func mqlShapes(ctx context.Context, qs cgraph.QuadStore, text string) (*ShapeAnswer, error) {
	rec := newShapeRecorder(ctx, qs)
	it, err := mql.NewSession(rec).Execute(ctx, text, query.Options{Collation: query.JSON})
	if err != nil {
		return nil, fmt.Errorf("shape: mql: %w", err)
	}
	it.Close()
	roots := rec.done()
	if len(roots) == 0 {
		return nil, errors.New("shape: mql built no shape")
	}
	return &ShapeAnswer{
		Lang:   "mql",
		Note:   "after: the optimised shape MQL runs against this store; MQL does not expose the tree it builds before optimisation",
		Shapes: []PathShape{describe(qs, nil, roots[len(roots)-1])},
	}, nil
}

// graphQLShapes runs a GraphQL query over the recording wrapper: GraphQL
// builds one path per field of every object it finds, so it has to run to
// show them; each distinct optimised shape is reported once, in order.
func graphQLShapes(ctx context.Context, qs cgraph.QuadStore, text string) (*ShapeAnswer, error) {
	q, err := graphql.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("shape: graphql: %w", err)
	}
	rec := newShapeRecorder(ctx, qs)
	if _, err := q.Execute(ctx, rec); err != nil {
		return nil, fmt.Errorf("shape: graphql: %w", err)
	}
	ans := &ShapeAnswer{Lang: "graphql",
		Note: "after: the optimised shape of each path GraphQL ran (one per field of every object, distinct ones once, in order); GraphQL does not expose its paths before optimisation"}
	seen := map[string]bool{}
	for _, root := range rec.done() {
		ps := describe(qs, nil, root)
		key, err := json.Marshal(ps.Raw.After)
		if err != nil || seen[string(key)] {
			continue
		}
		seen[string(key)] = true
		if len(ans.Shapes) == maxRecordedShapes {
			ans.Note += fmt.Sprintf("; only the first %d are shown", maxRecordedShapes)
			break
		}
		ans.Shapes = append(ans.Shapes, ps)
	}
	if len(ans.Shapes) == 0 {
		return nil, errors.New("shape: graphql built no shape")
	}
	return ans, nil
}

// shapeRecorder is a quad store that records the shapes Cayley's optimiser
// produces. The optimiser visits a tree's root last, and then the tree is
// built into iterators, which asks the store for its first iterator (or, for
// the next tree, for a value): the shape optimised just before such a call is
// a root. The recorder leaves the tree to Cayley's generic optimisations (a
// store-specific shape such as bolt's IndexScan only builds on the real
// store, not on a wrapper); each recorded root is then given the real store's
// own pass, so it is what Cayley runs on that store.
type shapeRecorder struct {
	cgraph.QuadStore
	ctx     context.Context
	pending shape.Shape
	roots   []shape.Shape
}

func newShapeRecorder(ctx context.Context, qs cgraph.QuadStore) *shapeRecorder {
	return &shapeRecorder{QuadStore: qs, ctx: ctx}
}

func (r *shapeRecorder) OptimizeShape(ctx context.Context, s shape.Shape) (shape.Shape, bool) {
	r.pending = s
	return s, false
}

func (r *shapeRecorder) flush() {
	if r.pending == nil {
		return
	}
	root := r.pending
	r.pending = nil
	if o, ok := r.QuadStore.(shape.Optimizer); ok {
		if s, _ := root.Optimize(r.ctx, o); s != nil {
			root = s
		}
	}
	r.roots = append(r.roots, root)
}

// done returns the roots recorded, in order.
func (r *shapeRecorder) done() []shape.Shape {
	r.flush()
	return r.roots
}

func (r *shapeRecorder) QuadIterator(d quad.Direction, v cgraph.Ref) iterator.Shape {
	r.flush()
	return r.QuadStore.QuadIterator(d, v)
}

func (r *shapeRecorder) QuadsAllIterator() iterator.Shape {
	r.flush()
	return r.QuadStore.QuadsAllIterator()
}

func (r *shapeRecorder) NodesAllIterator() iterator.Shape {
	r.flush()
	return r.QuadStore.NodesAllIterator()
}

func (r *shapeRecorder) ValueOf(v quad.Value) (cgraph.Ref, error) {
	r.flush()
	return r.QuadStore.ValueOf(v)
}

func describe(qs cgraph.QuadStore, before, after shape.Shape) PathShape {
	var ps PathShape
	if before != nil {
		w := &shapeWalker{qs: qs, g: &Graph{}}
		ps.Raw.Before = w.walkShape(before, "", "")
		ps.Before = w.g
	}
	w := &shapeWalker{qs: qs, g: &Graph{}}
	ps.Raw.After = w.walkShape(after, "", "")
	ps.After = w.g
	return ps
}

// shapeWalker turns a shape tree into a Graph and a nested raw tree by
// reflection over the shapes' exported fields (every shape type of
// query/shape is a plain struct, slice or map of them).
type shapeWalker struct {
	qs    cgraph.QuadStore
	g     *Graph
	depth int
}

var (
	shapeType = reflect.TypeOf((*shape.Shape)(nil)).Elem()
	valueType = reflect.TypeOf((*quad.Value)(nil)).Elem()
	refType   = reflect.TypeOf((*refs.Ref)(nil)).Elem()
	dirType   = reflect.TypeOf(quad.Direction(0))
)

const maxShapeDepth = 64

func typeName(v any) string {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// walkShape adds s as a node (linked from parent by label) and returns its
// raw form.
func (w *shapeWalker) walkShape(s shape.Shape, parent, label string) any {
	if s == nil {
		return nil
	}
	id := fmt.Sprintf("n%d", len(w.g.Nodes))
	w.g.Nodes = append(w.g.Nodes, ShapeNode{ID: id, Type: typeName(s)})
	idx := len(w.g.Nodes) - 1
	if parent != "" {
		w.g.Links = append(w.g.Links, ShapeLink{Source: parent, Target: id, Label: label})
	}
	raw := map[string]any{"type": typeName(s)}
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxShapeDepth {
		raw["truncated"] = true
		return raw
	}
	attrs := map[string]any{}
	rv := reflect.ValueOf(s)
	for rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() == reflect.Struct {
		t := rv.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			raw[f.Name] = w.walkValue(rv.Field(i), id, f.Name, attrs)
		}
	} else if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
		items := make([]any, rv.Len())
		for i := range items {
			items[i] = w.walkValue(rv.Index(i), id, fmt.Sprintf("[%d]", i), attrs)
		}
		raw["items"] = items
	} else if rv.Kind() == reflect.Map {
		raw["items"] = w.walkElems(rv, id, "", attrs)
	}
	if scan, ok := s.(kv.IndexScan); ok {
		// bolt's index scan holds raw node ids: name them.
		names := make([]any, len(scan.Values))
		for i, v := range scan.Values {
			names[i] = w.refName(kv.Int64Value(v))
			attrs[fmt.Sprintf("Values[%d]", i)] = names[i]
		}
		raw["Values"] = names
	}
	if len(attrs) > 0 {
		w.g.Nodes[idx].Attrs = attrs
	}
	return raw
}

// walkValue describes one field value: shapes become linked nodes, scalars
// are recorded in attrs under their field path.
func (w *shapeWalker) walkValue(v reflect.Value, owner, label string, attrs map[string]any) any {
	if !v.IsValid() {
		return nil
	}
	if (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer || v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.IsNil() {
		return nil
	}
	if v.CanInterface() {
		if v.Type().Implements(shapeType) {
			if s, ok := v.Interface().(shape.Shape); ok && s != nil {
				return w.walkShape(s, owner, label)
			}
		}
		if v.Type().Implements(valueType) {
			val := v.Interface().(quad.Value).String()
			setAttr(attrs, label, val)
			return val
		}
		if v.Type().Implements(refType) && v.Kind() != reflect.Interface {
			val := w.refName(v.Interface().(refs.Ref))
			setAttr(attrs, label, val)
			return val
		}
		if v.Type() == dirType {
			val := v.Interface().(quad.Direction).String()
			setAttr(attrs, label, val)
			return val
		}
	}
	if v.CanInterface() && v.Kind() != reflect.Interface && v.Kind() != reflect.Struct {
		if st, ok := v.Interface().(fmt.Stringer); ok {
			val := st.String()
			setAttr(attrs, label, val)
			return val
		}
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return w.walkValue(v.Elem(), owner, label, attrs)
	case reflect.Struct:
		out := map[string]any{}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			out[f.Name] = w.walkValue(v.Field(i), owner, join(label, f.Name), attrs)
		}
		if len(out) == 0 {
			val := fmt.Sprint(v.Interface())
			setAttr(attrs, label, val)
			return val
		}
		return out
	case reflect.Slice, reflect.Array:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = w.walkValue(v.Index(i), owner, fmt.Sprintf("%s[%d]", label, i), attrs)
		}
		return out
	case reflect.Map:
		return w.walkElems(v, owner, label, attrs)
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return nil
	case reflect.Bool, reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		val := v.Interface()
		setAttr(attrs, label, val)
		return val
	}
	if v.CanInterface() {
		val := fmt.Sprint(v.Interface())
		setAttr(attrs, label, val)
		return val
	}
	return nil
}

// walkElems describes a map's values in key order.
func (w *shapeWalker) walkElems(v reflect.Value, owner, label string, attrs map[string]any) map[string]any {
	keys := v.MapKeys()
	name := func(k reflect.Value) string {
		if st, ok := k.Interface().(fmt.Stringer); ok {
			return st.String()
		}
		return fmt.Sprint(k.Interface())
	}
	sort.Slice(keys, func(i, j int) bool { return name(keys[i]) < name(keys[j]) })
	out := map[string]any{}
	for _, k := range keys {
		ks := name(k)
		out[ks] = w.walkValue(v.MapIndex(k), owner, fmt.Sprintf("%s[%s]", label, ks), attrs)
	}
	return out
}

// refName names a store reference by its node, for resolved Lookups.
func (w *shapeWalker) refName(r refs.Ref) string {
	if w.qs != nil {
		if v, err := w.qs.NameOf(r); err == nil && v != nil {
			return v.String()
		}
	}
	return fmt.Sprintf("ref(%v)", r.Key())
}

func setAttr(attrs map[string]any, label string, v any) {
	if label == "" {
		label = "value"
	}
	attrs[label] = v
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

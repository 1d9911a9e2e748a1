// newsgraph's additions to the Cayley web UI, loaded by index.html before
// the Cayley bundle (graph/server/ui.go). The bundle is Cayley's, served
// as it ships apart from a few rewrites in ui.go; this script:
//
//  1. fixes the language selector: on a change of language,
//     @monaco-editor/react calls editor.setValue(value) with the editor's
//     `value` prop, which the Cayley query editor never sets, so Monaco's
//     TextModel.setValue(undefined) throws "Cannot read properties of
//     undefined (reading 'create')" and React unmounts the page. Each editor's
//     setValue now ignores undefined, so the text stays and the language
//     changes.
//  2. shows what a write or delete did (the Write tab posts and shows
//     nothing): the server's answer, success or error, in a status line;
//     the Visualize tab says there why it drew nothing.
//  3. labels the Visualize tab's nodes by name (entities), quote
//     (statements), headline (articles) or title (roles) instead of IRIs, and
//     provides a force that keeps the labels from overlapping (ui.go adds it
//     to the tab's d3 simulation).
(function () {
  "use strict";

  var origFetch = window.fetch.bind(window);
  var ui = {
    labels: {}, // IRI -> {label, title}
    settled: false // the Visualize layout has stopped moving
  };
  window.newsgraphUI = ui;

  // 1. The language selector.
  document.addEventListener("monaco_init", function () {
    window.monaco.editor.onDidCreateEditor(function (editor) {
      var setValue = editor.setValue;
      editor.setValue = function (v) {
        if (v === undefined || v === null) {
          return;
        }
        return setValue.apply(this, arguments);
      };
    });
  });

  function pathOf(input) {
    var u = typeof input === "string" ? input : input && input.url;
    try {
      return new URL(u, location.href).pathname;
    } catch (e) {
      return "";
    }
  }

  window.fetch = function (input, init) {
    var p = pathOf(input);
    if (p === "/api/v2/write" || p === "/api/v2/delete") {
      return withFeedback(p === "/api/v2/write" ? "Write" : "Delete", origFetch(input, init));
    }
    if (p === "/api/v2/query" && activePage() === "Visualize") {
      return withLabels(origFetch(input, init));
    }
    return origFetch(input, init);
  };

  function activePage() {
    var a = document.querySelector(".mdc-list-item--activated");
    return a ? a.textContent.trim() : "";
  }

  // 2. Write feedback.
  // statusLine returns the status line, placed at the end of the current
  // page's action bar (beside Run), or at the top right when there is none.
  function statusLine() {
    var el = document.getElementById("newsgraph-status");
    if (!el) {
      var style = document.createElement("style");
      style.textContent =
        "#newsgraph-status{display:inline-block;vertical-align:middle;margin-left:16px;max-width:calc(100% - 420px);" +
        "padding:8px 36px 8px 12px;border-radius:4px;font:14px/1.4 Roboto,sans-serif;position:relative;" +
        "color:#fff;background:#424242;white-space:pre-wrap;overflow-wrap:anywhere}" +
        "#newsgraph-status.floating{position:fixed;top:16px;right:16px;max-width:50%;z-index:1000}" +
        "#newsgraph-status.ok{background:#1b5e20}#newsgraph-status.error{background:#b71c1c}" +
        "#newsgraph-status[hidden]{display:none}" +
        "#newsgraph-status button{position:absolute;right:6px;top:4px;border:0;background:none;" +
        "color:inherit;font-size:18px;cursor:pointer}";
      document.head.appendChild(style);
      el = document.createElement("div");
      el.id = "newsgraph-status";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      var text = document.createElement("span");
      var close = document.createElement("button");
      close.type = "button";
      close.title = "Dismiss";
      close.textContent = "\u00d7";
      close.onclick = function () {
        el.hidden = true;
      };
      el.appendChild(text);
      el.appendChild(close);
    }
    var bar = document.querySelector("main .actions");
    if (bar) {
      if (el.parentNode !== bar) {
        bar.appendChild(el);
      }
    } else if (el.parentNode !== document.body) {
      document.body.appendChild(el);
    }
    el.dataset.floating = bar ? "" : "yes";
    return el;
  }

  function show(kind, message) {
    var el = statusLine();
    el.className = kind + (el.dataset.floating ? " floating" : "");
    el.firstChild.textContent = message;
    el.hidden = false;
  }

  function hide() {
    var el = document.getElementById("newsgraph-status");
    if (el) {
      el.hidden = true;
    }
  }

  function withFeedback(verb, request) {
    show("pending", verb + "\u2026");
    return request.then(
      function (res) {
        res.clone().text().then(function (body) {
          var msg = body;
          try {
            var j = JSON.parse(body);
            msg = j.result || j.error || body;
          } catch (e) {
            // not JSON: show the text as it is
          }
          if (res.ok) {
            show("ok", verb + ": " + msg);
          } else {
            show("error", verb + " failed (" + res.status + "): " + msg);
          }
        });
        return res;
      },
      function (err) {
        show("error", verb + " failed: " + err.message);
        throw err;
      }
    );
  }

  // 3. Visualize labels.
  function shorten(s, n) {
    s = String(s).replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1).trim() + "\u2026" : s;
  }

  function lastSegment(iri) {
    var s = iri.replace(/[/#]+$/, "");
    return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"), s.lastIndexOf(":")) + 1) || iri;
  }

  function describe(iri, f) {
    if (f.name) {
      return { label: shorten(f.name, 32), title: f.name + "\n" + iri };
    }
    if (f.text) {
      return { label: "\u201c" + shorten(f.text, 36) + "\u201d", title: "\u201c" + f.text + "\u201d\n" + iri };
    }
    if (f.headline) {
      return { label: shorten(f.headline, 36), title: f.headline + "\n" + iri };
    }
    if (f.title) {
      var t = f.of ? f.title + " of " + f.of : f.title;
      return { label: shorten(t, 36), title: t + "\n" + iri };
    }
    return { label: shorten(lastSegment(iri), 32), title: iri };
  }

  ui.label = function (iri) {
    var l = ui.labels[iri];
    return l ? l.label : iri;
  };
  ui.title = function (iri) {
    var l = ui.labels[iri];
    return l ? l.title : iri;
  };

  // lookup is the Gizmo script that reads what labels a node: its name,
  // quote, headline or role title.
  function lookup(ids) {
    return (
      "var ids = " + JSON.stringify(ids) + ", out = {};\n" +
      "function str(v) { return v === null || v === undefined ? null : String(v); }\n" +
      "ids.forEach(function (id) {\n" +
      "  var n = id.indexOf('_:') === 0 ? id : '<' + id + '>';\n" +
      "  out[id] = {name: str(g.V(n).Out('<schema:name>').ToValue()), text: str(g.V(n).Out('<ng:text>').ToValue()),\n" +
      "    headline: str(g.V(n).Out('<schema:headline>').ToValue()), title: str(g.V(n).Out('<ng:title>').ToValue()),\n" +
      "    of: str(g.V(n).Out('<ng:of>').Out('<schema:name>').ToValue())};\n" +
      "});\n" +
      "g.emit(out);"
    );
  }

  function loadLabels(ids) {
    ids = ids.filter(function (id) {
      return !(id in ui.labels);
    });
    if (ids.length === 0) {
      return Promise.resolve();
    }
    return origFetch("/api/v2/query?lang=gizmo", { method: "POST", body: lookup(ids) })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        var found = (body.result && body.result[0]) || {};
        ids.forEach(function (id) {
          ui.labels[id] = describe(id, found[id] || {});
        });
      });
  }

  function withLabels(request) {
    return request.then(function (res) {
      return res
        .clone()
        .json()
        .then(function (body) {
          var ids = {};
          (Array.isArray(body.result) ? body.result : []).forEach(function (row) {
            ["source", "target"].forEach(function (k) {
              if (row && row[k] && typeof row[k]["@id"] === "string") {
                ids[row[k]["@id"]] = true;
              }
            });
          });
          if (body.error) {
            show("error", "Visualize: " + body.error);
            return res;
          }
          var rows = Object.keys(ids).length;
          if (rows === 0) {
            show("info", "Visualize: nothing to draw: it draws result rows with a \"source\" and a \"target\" node, " +
              "e.g. Gizmo's g.V(\u2026).Tag(\"source\").Out(\u2026).Tag(\"target\").All()");
          } else {
            hide();
          }
          if (!Array.isArray(body.result)) {
            // The tab iterates over the result and would throw on an object
            // (GraphQL) or null (no results).
            return new Response('{"result": []}', { status: 200, headers: { "Content-Type": "application/json" } });
          }
          ui.settled = false;
          return loadLabels(Object.keys(ids)).then(function () {
            return res;
          });
        })
        .catch(function (err) {
          console.warn("newsgraph: Visualize labels:", err);
          return res;
        });
    });
  }

  var measure = document.createElement("canvas").getContext("2d");

  // labelForce is a d3-force force that treats each node with its label
  // (drawn to the left of the node) as a box, pushes overlapping boxes
  // apart, and keeps the boxes inside the drawing.
  ui.labelForce = function () {
    var nodes = [];
    var widths = [];
    function force(alpha) {
      var graph = document.querySelector(".graph");
      var W = graph ? graph.clientWidth : 0;
      var H = graph ? graph.clientHeight : 0;
      var i, j, a, b;
      var box = [];
      for (i = 0; i < nodes.length; i++) {
        a = nodes[i];
        if (widths[i] === undefined) {
          widths[i] = measure.measureText(ui.label(a.id)).width;
        }
        box.push({ x1: a.x - widths[i] - 4, x2: a.x + 6, y1: a.y - 13, y2: a.y + 6 });
      }
      for (i = 0; i < nodes.length; i++) {
        for (j = i + 1; j < nodes.length; j++) {
          a = box[i];
          b = box[j];
          var ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
          var oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (ox <= 0 || oy <= 0) {
            continue;
          }
          if (oy < ox) {
            var dy = nodes[i].y < nodes[j].y || (nodes[i].y === nodes[j].y && i < j) ? -1 : 1;
            nodes[i].vy += (dy * oy) / 4;
            nodes[j].vy -= (dy * oy) / 4;
          } else {
            var dx = nodes[i].x < nodes[j].x || (nodes[i].x === nodes[j].x && i < j) ? -1 : 1;
            nodes[i].vx += (dx * ox) / 4;
            nodes[j].vx -= (dx * ox) / 4;
          }
        }
      }
      if (W > 0 && H > 0) {
        for (i = 0; i < nodes.length; i++) {
          a = box[i];
          if (a.x1 < 0) nodes[i].vx -= a.x1 / 2;
          if (a.x2 > W) nodes[i].vx -= (a.x2 - W) / 2;
          if (a.y1 < 0) nodes[i].vy -= a.y1 / 2;
          if (a.y2 > H) nodes[i].vy -= (a.y2 - H) / 2;
        }
      }
      // d3 stops the simulation after the tick whose alpha falls below
      // alphaMin (0.001 by default).
      ui.settled = alpha < 0.001;
    }
    force.initialize = function (ns) {
      nodes = ns;
      widths = [];
      ui.settled = false;
      var graph = document.querySelector(".graph svg");
      if (graph) {
        measure.font = getComputedStyle(graph).font || "16px sans-serif";
      }
    };
    return force;
  };
})();

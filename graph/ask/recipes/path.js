// The shortest path between two entities: drawn hop by hop through roles,
// statements, agreements and relations (a breadth-first search written in
// Gizmo; newsgraph path FROM TO prints every shortest path with the articles
// each hop was read in).
// @arg from entity <ng:person/marco-rubio> where the path starts
// @arg to entity <ng:government/mexico> where it ends
// @arg max_hops int 6 the longest path searched (roles and statements count as nodes)
var from = "{{from}}", to = "{{to}}", maxHops = {{max_hops}};
var links = ["<ng:holds>", "<ng:of>", "<ng:saidBy>", "<ng:about>", "<ng:party>",
  "<ng:designated>", "<ng:sanctioned>", "<ng:charged>", "<ng:arrested>", "<ng:extradited>",
  "<ng:convicted>", "<ng:seized>", "<ng:attacked>", "<ng:deployedAgainst>", "<ng:cooperatesWith>",
  "<ng:metWith>", "<ng:negotiatesWith>", "<ng:signed>", "<ng:ratified>", "<ng:withdrewFrom>",
  "<ng:testifiedBefore>", "<ng:accused>", "<ng:threatened>", "<ng:rejected>", "<ng:supports>",
  "<ng:leads>", "<ng:memberOf>"];
// iri returns a node as "<iri>" whatever the collation, or null for a literal.
function iri(v) {
  if (typeof v === "string") { return v.charAt(0) === "<" ? v : null; }
  return v && v["@id"] ? "<" + v["@id"] + ">" : null;
}
var prev = {};
prev[from] = null;
var frontier = [from];
for (var d = 0; d < maxHops && frontier.length > 0 && !(to in prev); d++) {
  var next = [];
  frontier.forEach(function (u) {
    g.V(u).Out(links).ToArray().concat(g.V(u).In(links).ToArray()).forEach(function (v) {
      v = iri(v);
      if (v !== null && !(v in prev)) { prev[v] = u; next.push(v); }
    });
  });
  frontier = next;
}
if (to in prev) {
  for (var v = to; prev[v] !== null; v = prev[v]) {
    g.emit({source: {"@id": prev[v].slice(1, -1)}, target: {"@id": v.slice(1, -1)}});
  }
}

// An entity's neighbourhood: its roles and their organisations, what it
// said and what that was about, its agreements and relations, and who holds
// a role in it or said something about it.
// @arg entity entity <ng:person/claudia-sheinbaum> the entity at the centre
var links = ["<ng:holds>", "<ng:of>", "<ng:saidBy>", "<ng:about>", "<ng:party>",
  "<ng:accuses>", "<ng:authorised>", "<ng:componentOf>", "<ng:concluded>", "<ng:cooperatesWith>", "<ng:deploys>", "<ng:designated>", "<ng:metWith>", "<ng:negotiatesWith>", "<ng:opposes>", "<ng:ratified>", "<ng:rejects>", "<ng:sanctions>", "<ng:supports>", "<ng:testifiedBefore>", "<ng:threatens>"];
g.V("{{entity}}").Tag("source").Out(links).Tag("target").All();
g.V("{{entity}}").Tag("target").In(links).Tag("source").All();
g.V("{{entity}}").Out("<ng:holds>").Tag("source").Out("<ng:of>").Tag("target").All();
g.V("{{entity}}").In("<ng:saidBy>").Tag("source").Out("<ng:about>").Tag("target").All();

// An entity's neighbourhood: its roles and their organisations, what it
// said and what that was about, its agreements and relations, and who holds
// a role in it or said something about it.
// @arg entity entity <ng:person/claudia-sheinbaum> the entity at the centre
var links = ["<ng:holds>", "<ng:of>", "<ng:saidBy>", "<ng:about>", "<ng:party>",
  "<ng:designated>", "<ng:sanctioned>", "<ng:charged>", "<ng:arrested>", "<ng:extradited>",
  "<ng:convicted>", "<ng:seized>", "<ng:attacked>", "<ng:deployedAgainst>", "<ng:cooperatesWith>",
  "<ng:metWith>", "<ng:negotiatesWith>", "<ng:signed>", "<ng:ratified>", "<ng:withdrewFrom>",
  "<ng:testifiedBefore>", "<ng:accused>", "<ng:threatened>", "<ng:rejected>", "<ng:supports>",
  "<ng:leads>", "<ng:memberOf>"];
g.V("{{entity}}").Tag("source").Out(links).Tag("target").All();
g.V("{{entity}}").Tag("target").In(links).Tag("source").All();
g.V("{{entity}}").Out("<ng:holds>").Tag("source").Out("<ng:of>").Tag("target").All();
g.V("{{entity}}").In("<ng:saidBy>").Tag("source").Out("<ng:about>").Tag("target").All();

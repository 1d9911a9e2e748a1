// Who acted against a cartel or gang: every government, agency or person
// that designated, sanctioned, charged, arrested, extradited, convicted,
// attacked or deployed forces against it, linked to it by that act.
// @arg cartel entity <ng:cartel/ms-13> the cartel or gang
g.V("{{cartel}}").Tag("target").In(["<ng:designated>", "<ng:sanctioned>", "<ng:charged>", "<ng:arrested>", "<ng:extradited>",
  "<ng:convicted>", "<ng:seized>", "<ng:attacked>", "<ng:deployedAgainst>"]).Tag("source").All();

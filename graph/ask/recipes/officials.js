// Who holds a role in an organisation: each person linked to the government,
// agency or organisation they hold an office in.
// @arg org entity <ng:government/united-states> the organisation
g.V("{{org}}").Tag("target").In("<ng:of>").In("<ng:holds>").Tag("source").All();

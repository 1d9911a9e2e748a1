// Who holds a role in an organisation (a government, an agency...): each
// person linked to it.
// @arg org entity <ng:government/united-states> the organisation
g.V("{{org}}").Tag("target").In("<ng:of>").In("<ng:holds>").Tag("source").All();

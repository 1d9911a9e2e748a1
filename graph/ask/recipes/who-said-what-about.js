// Who said what about an entity: speakers, their statements about it, and
// the entity.
// @arg about entity <ng:government/mexico> the entity the statements are about
g.V("{{about}}").Tag("target").In("<ng:about>").Tag("source").All();
g.V("{{about}}").In("<ng:about>").Tag("target").Out("<ng:saidBy>").Tag("source").All();

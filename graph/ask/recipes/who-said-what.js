// Who said what: every speaker linked to each statement they made, and each
// statement to the entities it is about.
g.V().Has("<rdf:type>", "<schema:Quotation>").Tag("target").Out("<ng:saidBy>").Tag("source").All();
g.V().Has("<rdf:type>", "<schema:Quotation>").Tag("source").Out("<ng:about>").Tag("target").All();

// The agreement network: every agreement linked to each of its parties.
g.V().Has("<rdf:type>", "<ng:Agreement>").Tag("source").Out("<ng:party>").Tag("target").All();

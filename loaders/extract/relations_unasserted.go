package extract

// Standing ties (supports, cooperatesWith, leads, memberOf) are read
// under "will" and "can": "the Coast Guard will continue to partner with
// X" and "we can count on X's support" state a tie that holds. A modal of
// report, condition or advice does not: "the government announced it
// would partner with X", "X could play a leading role in supporting Y",
// "the agency should work with Y" say what may come, not what holds.

// unassertedModals put a standing tie in the future of a report, a
// condition or a wish: the tie is not stated as holding.
var unassertedModals = set("would", "could", "might", "may", "should")

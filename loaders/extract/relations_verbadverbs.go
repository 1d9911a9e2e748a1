package extract

// verbAdverbs may stand between a verb and the "with" of its partner or
// the "before" of its audience ("testified Tuesday before X"):
// "spoke today with X", "met Monday with Y", "conferred again with Z".
var verbAdverbs = union(set("today", "yesterday", "tonight", "again", "separately", "virtually", "briefly"), weekdays)

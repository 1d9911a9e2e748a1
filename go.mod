module github.com/newsgraph/newsgraph

go 1.26.8

require (
	github.com/cayleygraph/quad v1.3.0
	golang.org/x/text v0.44.0
)

package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Limits bound the work one request can make the server do. The zero value
// of a field means its default (see DefaultLimits).
type Limits struct {
	// Scripts is how many queries in Cayley's languages (and shape
	// requests) run at once; Questions how many of newsgraph's own /api/
	// requests. Two lanes, so that slow scripts cannot starve questions.
	Scripts, Questions int
	// Queue is how many requests of one lane may wait for a slot; the next
	// one gets 503 with Retry-After. QueueWait is how long one may wait.
	Queue     int
	QueueWait time.Duration
	// Grace is how long a script may hold its slot. Past it, the script
	// goes on in one of the Overtime slots, freeing its own for the next
	// request; when those are all taken it is stopped with 429. Long
	// scripts thus share max(1, cores/2) cores at most, whoever sends them,
	// and short ones never queue behind a burst of long ones for long.
	// (Questions do bounded work and have no grace.)
	Grace    time.Duration
	Overtime int
	// QueryBody bounds a query's body, WriteBody a write's (413 over it).
	QueryBody, WriteBody int64
	// Result bounds the JSON of one query's results (422 over it).
	Result int64
	// Memory is how far the Go heap may grow while scripts run before the
	// oldest of them is stopped with 422.
	Memory uint64
}

// DefaultLimits are the limits of a server whose Options leave them zero.
func DefaultLimits() Limits {
	procs := runtime.GOMAXPROCS(0)
	return Limits{
		Scripts:   max(4, 4*procs),
		Questions: max(4, 2*procs),
		Queue:     64,
		QueueWait: 5 * time.Second,
		Grace:     250 * time.Millisecond,
		Overtime:  max(1, procs/2),
		QueryBody: 1 << 20,
		WriteBody: 16 << 20,
		Result:    32 << 20,
		Memory:    128 << 20,
	}
}

// withDefaults fills l's zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.Scripts <= 0 {
		l.Scripts = d.Scripts
	}
	if l.Questions <= 0 {
		l.Questions = d.Questions
	}
	if l.Queue <= 0 {
		l.Queue = d.Queue
	}
	if l.QueueWait <= 0 {
		l.QueueWait = d.QueueWait
	}
	if l.Grace <= 0 {
		l.Grace = d.Grace
	}
	if l.Overtime <= 0 {
		l.Overtime = d.Overtime
	}
	if l.QueryBody <= 0 {
		l.QueryBody = d.QueryBody
	}
	if l.WriteBody <= 0 {
		l.WriteBody = d.WriteBody
	}
	if l.Result <= 0 {
		l.Result = d.Result
	}
	if l.Memory == 0 {
		l.Memory = d.Memory
	}
	return l
}

// Why a query was stopped, as context causes; each maps to a status.
var (
	errTimeout   = errors.New("query timed out")
	errMemory    = errors.New("query stopped: the server's memory budget for queries was exceeded while it ran")
	errResult    = errors.New("query stopped: its results are too large")
	errBusy      = errors.New("server busy: too many requests waiting")
	errOvertime  = errors.New("query stopped: it ran past its share while other long queries held the server (retry later, or ask for less)")
	errBodyLarge = errors.New("request body too large")
)

// lane admits at most cap(slots) requests at once and lets at most queue
// more wait, each for at most wait; a request that holds its slot past
// grace moves to an overtime slot, or is stopped when there is none.
type lane struct {
	name     string
	slots    chan struct{}
	overtime chan struct{}
	grace    time.Duration
	queue    int64
	wait     time.Duration
	queued   atomic.Int64
	// Refused counts requests answered 503; Stopped those stopped for
	// want of an overtime slot (429).
	refused atomic.Int64
	stopped atomic.Int64
}

// newLane returns a lane of slots; grace 0 means no overtime.
func newLane(name string, l Limits, slots int, grace time.Duration) *lane {
	return &lane{name: name, slots: make(chan struct{}, slots), overtime: make(chan struct{}, l.Overtime),
		grace: grace, queue: int64(l.Queue), wait: l.QueueWait}
}

// enter waits for a slot. The caller must call the returned release. stop
// stops the request when it outlives its grace with no overtime slot free.
func (l *lane) enter(ctx context.Context, stop context.CancelCauseFunc) (release func(), err error) {
	select {
	case l.slots <- struct{}{}:
		return l.ticket(stop), nil
	default:
	}
	if l.queued.Add(1) > l.queue {
		l.queued.Add(-1)
		l.refused.Add(1)
		return nil, fmt.Errorf("%w (%d %s running, %d queued)", errBusy, cap(l.slots), l.name, l.queue)
	}
	defer l.queued.Add(-1)
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return l.ticket(stop), nil
	case <-t.C:
		l.refused.Add(1)
		return nil, fmt.Errorf("%w (waited %s for one of %d %s slots)", errBusy, l.wait, cap(l.slots), l.name)
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// ticket watches a request that holds a slot: after grace it moves it to
// overtime, or stops it. The returned func frees whichever slot it holds.
func (l *lane) ticket(stop context.CancelCauseFunc) func() {
	var mu sync.Mutex
	const (
		inSlot = iota
		inOvertime
		left
	)
	state := inSlot
	if l.grace <= 0 {
		return func() { <-l.slots }
	}
	timer := time.AfterFunc(l.grace, func() {
		mu.Lock()
		defer mu.Unlock()
		if state != inSlot {
			return
		}
		select {
		case l.overtime <- struct{}{}:
			state = inOvertime
			<-l.slots
		default:
			l.stopped.Add(1)
			stop(errOvertime)
		}
	})
	return func() {
		timer.Stop()
		mu.Lock()
		defer mu.Unlock()
		switch state {
		case inSlot:
			<-l.slots
		case inOvertime:
			<-l.overtime
		}
		state = left
	}
}

// running returns how many requests hold a slot, overtime ones included.
func (l *lane) running() int { return len(l.slots) + len(l.overtime) }

// watchdog samples the Go heap while scripts run and stops the oldest
// script when the heap has grown by more than budget since the oldest
// running script started. goja, Gizmo's JavaScript runtime, has no memory
// limit of its own; this bounds it from outside.
type watchdog struct {
	budget uint64
	every  time.Duration

	mu      sync.Mutex
	running map[*script]struct{}
	active  bool // a sampling goroutine runs
	stopped atomic.Int64
}

// script is one running query the watchdog may stop.
type script struct {
	started time.Time
	heap0   uint64
	stop    context.CancelCauseFunc
}

func newWatchdog(budget uint64) *watchdog {
	return &watchdog{budget: budget, every: 10 * time.Millisecond, running: map[*script]struct{}{}}
}

// watch registers a running script; the returned func unregisters it.
func (w *watchdog) watch(stop context.CancelCauseFunc) (done func()) {
	s := &script{started: time.Now(), heap0: heapBytes(), stop: stop}
	w.mu.Lock()
	w.running[s] = struct{}{}
	if !w.active {
		w.active = true
		go w.loop()
	}
	w.mu.Unlock()
	return func() {
		w.mu.Lock()
		delete(w.running, s)
		w.mu.Unlock()
	}
}

// loop samples until no script runs.
func (w *watchdog) loop() {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for range t.C {
		w.mu.Lock()
		if len(w.running) == 0 {
			w.active = false
			w.mu.Unlock()
			return
		}
		var oldest *script
		base := ^uint64(0)
		for s := range w.running {
			base = min(base, s.heap0)
			if oldest == nil || s.started.Before(oldest.started) {
				oldest = s
			}
		}
		heap := heapBytes()
		over := heap > base && heap-base > w.budget
		if over {
			delete(w.running, oldest)
		}
		w.mu.Unlock()
		if !over {
			continue
		}
		oldest.stop(fmt.Errorf("%w (heap grew by %d MB, budget %d MB)", errMemory, (heap-base)>>20, w.budget>>20))
		w.stopped.Add(1)
		// Give the stopped script a moment to unwind, then return its
		// garbage to the OS before judging the others.
		time.Sleep(50 * time.Millisecond)
		debug.FreeOSMemory()
		w.mu.Lock()
		h := heapBytes()
		for s := range w.running {
			s.heap0 = min(s.heap0, h)
		}
		w.mu.Unlock()
	}
}

// heapSample is the runtime metric the watchdog reads: bytes in heap
// objects, live or not yet swept. Reading it does not stop the world.
var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
var heapMu sync.Mutex

func heapBytes() uint64 {
	heapMu.Lock()
	defer heapMu.Unlock()
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}

// stopStatus maps why a request stopped to its status and message.
func stopStatus(err error, timeout time.Duration) (int, error) {
	switch {
	case errors.Is(err, errTimeout):
		return http.StatusRequestTimeout, fmt.Errorf("query stopped after %s (serve --timeout)", timeout)
	case errors.Is(err, errMemory), errors.Is(err, errResult):
		return http.StatusUnprocessableEntity, err
	case errors.Is(err, errBusy):
		return http.StatusServiceUnavailable, err
	case errors.Is(err, errOvertime):
		return http.StatusTooManyRequests, err
	case errors.Is(err, errBodyLarge):
		return http.StatusRequestEntityTooLarge, err
	}
	return http.StatusBadRequest, err
}

// writeStop answers a request that was refused or stopped.
func writeStop(w http.ResponseWriter, err error, timeout time.Duration) {
	code, err := stopStatus(err, timeout)
	if code == http.StatusServiceUnavailable || code == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", strconv.Itoa(1))
	}
	writeError(w, code, err)
}

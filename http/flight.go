package http

import "sync"

// memo is a per-snapshot cache that computes each key once: callers that
// ask for a key while it is being computed wait for that computation
// instead of starting their own, so that a burst of requests for a page
// or a query not yet cached (after a restart, or a new snapshot) costs
// one computation, not one per request. It holds at most max values and
// starts afresh when full.
type memo[V any] struct {
	max   int
	mu    sync.Mutex
	done  map[string]V
	calls map[string]*memoCall[V]
}

type memoCall[V any] struct {
	wg  sync.WaitGroup
	v   V
	err error
}

// get returns the value of key, computing it with fn when no one has. An
// error is returned to every waiting caller and not kept.
func (m *memo[V]) get(key string, fn func() (V, error)) (V, error) {
	m.mu.Lock()
	if v, ok := m.done[key]; ok {
		m.mu.Unlock()
		return v, nil
	}
	if c, ok := m.calls[key]; ok {
		m.mu.Unlock()
		c.wg.Wait()
		return c.v, c.err
	}
	c := &memoCall[V]{}
	c.wg.Add(1)
	if m.calls == nil {
		m.calls = map[string]*memoCall[V]{}
	}
	m.calls[key] = c
	m.mu.Unlock()

	c.v, c.err = fn()

	m.mu.Lock()
	delete(m.calls, key)
	if c.err == nil {
		if m.done == nil || len(m.done) >= m.max {
			m.done = map[string]V{}
		}
		m.done[key] = c.v
	}
	m.mu.Unlock()
	c.wg.Done()
	return c.v, c.err
}

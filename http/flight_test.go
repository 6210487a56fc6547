package http

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestMemo(t *testing.T) {
	m := memo[int]{max: 2}
	var calls atomic.Int64
	slow := func() (int, error) {
		calls.Add(1)
		time.Sleep(20 * time.Millisecond)
		return 42, nil
	}
	// A burst of callers for one key computes it once.
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := m.get("q", slow); v != 42 || err != nil {
				t.Errorf("get = %d, %v", v, err)
			}
		}()
	}
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("computed %d times, want once", n)
	}
	tests := []struct {
		key   string
		fn    func() (int, error)
		want  int
		err   bool
		calls int64 // total computations after the get
	}{
		{"q", slow, 42, false, 1}, // cached
		{"bad", func() (int, error) { calls.Add(1); return 0, errors.New("x") }, 0, true, 2},
		{"bad", func() (int, error) { calls.Add(1); return 7, nil }, 7, false, 3}, // an error is not kept
		{"third", func() (int, error) { calls.Add(1); return 3, nil }, 3, false, 4},
		{"q", slow, 42, false, 5}, // full at two: started afresh, so computed again
	}
	for _, tt := range tests {
		v, err := m.get(tt.key, tt.fn)
		if v != tt.want || (err != nil) != tt.err || calls.Load() != tt.calls {
			t.Errorf("get(%s) = %d, %v after %d computations; want %d, error %v, %d", tt.key, v, err, calls.Load(), tt.want, tt.err, tt.calls)
		}
	}
}

package muc4

import "math"

// maxAssign solves the assignment problem on the rows×cols weight matrix w
// (rows may differ from cols; every row has the same length): it pairs rows
// with distinct columns so that the sum of the paired weights is as large as
// possible, and returns that sum and, for each row, its column (-1 when the
// row is left out because there are fewer columns than rows). This is what
// GRIT gets from scipy.optimize.linear_sum_assignment(-scores).
//
// It is the Hungarian (Kuhn-Munkres) algorithm with row and column
// potentials, O(n²m) for n ≤ m, run on the costs -w; the transpose is solved
// when there are more rows than columns.
func maxAssign(w [][]int) (int, []int) {
	n := len(w)
	if n == 0 {
		return 0, nil
	}
	m := len(w[0])
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	if m == 0 {
		return 0, match
	}
	if n > m {
		t := make([][]int, m)
		for j := range t {
			t[j] = make([]int, n)
			for i := range n {
				t[j][i] = w[i][j]
			}
		}
		total, colMatch := maxAssign(t)
		for j, i := range colMatch {
			if i >= 0 {
				match[i] = j
			}
		}
		return total, match
	}

	// 1-based potentials u (rows) and v (columns); p[j] is the row assigned
	// to column j (0 = none); column 0 is a sentinel holding the row being
	// inserted.
	const inf = math.MaxInt / 4
	u := make([]int, n+1)
	v := make([]int, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]int, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = inf
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := -w[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		// Flip the augmenting path back to the sentinel.
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	total := 0
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			match[p[j]-1] = j - 1
			total += w[p[j]-1][j-1]
		}
	}
	return total, match
}

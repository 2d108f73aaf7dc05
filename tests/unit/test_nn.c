/* test_nn.c — the network's layers: every backward against finite differences, the BLAS path
 * against the plain loops, Adam against a hand-computed step, the PRNG, and the whole network
 * (embeddings, description words, dropout, two hidden layers, weighted softmax-CE) end to end. */
#include "testutil.h"

#include <math.h>

#include "model_priv.h"
#include "nn.h"

static void fill(float *x, size_t n, rr_rng *r, float scale)
{
	for (size_t i = 0; i < n; i++)
		x[i] = (2.0f * rng_float(r) - 1.0f) * scale;
}

/* |a - b| <= abs + rel·max(|a|,|b|), reported with the index on failure */
static void check_close(const float *a, const float *b, size_t n, double abs_tol, double rel_tol,
			const char *what)
{
	for (size_t i = 0; i < n; i++) {
		double d = fabs((double)a[i] - (double)b[i]);
		double m = fmax(fabs((double)a[i]), fabs((double)b[i]));
		if (!(d <= abs_tol + rel_tol * m))
			fail_msg("%s[%zu]: %.9g vs %.9g", what, i, (double)a[i], (double)b[i]);
	}
}

/* ---- PRNG ---- */

static void test_rng(void **state)
{
	(void)state;
	rr_rng a, b, c;
	rng_seed(&a, 42, 0);
	rng_seed(&b, 42, 0);
	rng_seed(&c, 42, 1);
	int same_c = 0;
	for (int i = 0; i < 1000; i++) {
		uint64_t x = rng_next(&a), y = rng_next(&b), z = rng_next(&c);
		assert_true(x == y);
		same_c += x == z;
	}
	assert_int_equal(0, same_c); /* another stream is another sequence */
	int hist[7] = { 0 };
	for (int i = 0; i < 70000; i++) {
		uint64_t k = rng_below(&a, 7);
		assert_true(k < 7);
		hist[k]++;
	}
	for (int k = 0; k < 7; k++) /* 10000 expected, sd ≈ 93 */
		assert_true(hist[k] > 9500 && hist[k] < 10500);
	double s = 0, s2 = 0;
	for (int i = 0; i < 20000; i++) {
		float f = rng_float(&a);
		assert_true(f >= 0.0f && f < 1.0f);
		double g = rng_normal(&a);
		s += g;
		s2 += g * g;
	}
	assert_true(fabs(s / 20000) < 0.03);
	assert_true(fabs(s2 / 20000 - 1.0) < 0.05);
}

/* ---- dense ---- */

static void dense_blas_vs_naive(int B, int C, int OC)
{
	rr_rng r;
	rng_seed(&r, 7, (uint64_t)(B * 1000 + C));
	float *inp = malloc(sizeof(float) * B * C), *w = malloc(sizeof(float) * OC * C);
	float *bias = malloc(sizeof(float) * OC), *dout = malloc(sizeof(float) * B * OC);
	float *o1 = malloc(sizeof(float) * B * OC), *o2 = malloc(sizeof(float) * B * OC);
	float *di1 = malloc(sizeof(float) * B * C), *di2 = malloc(sizeof(float) * B * C);
	float *dw1 = calloc((size_t)OC * C, sizeof(float)), *dw2 = calloc((size_t)OC * C, sizeof(float));
	float *db1 = calloc((size_t)OC, sizeof(float)), *db2 = calloc((size_t)OC, sizeof(float));
	fill(inp, (size_t)B * C, &r, 1);
	fill(w, (size_t)OC * C, &r, 1);
	fill(bias, (size_t)OC, &r, 1);
	fill(dout, (size_t)B * OC, &r, 1);
	/* accumulation: both start from the same non-zero gradients */
	fill(dw1, (size_t)OC * C, &r, 1);
	memcpy(dw2, dw1, sizeof(float) * OC * C);
	nn_dense_forward(o1, inp, w, bias, B, C, OC);
	nn_dense_forward_naive(o2, inp, w, bias, B, C, OC);
	check_close(o1, o2, (size_t)B * OC, 1e-5, 1e-5, "dense forward");
	nn_dense_forward(o1, inp, w, NULL, B, C, OC);
	nn_dense_forward_naive(o2, inp, w, NULL, B, C, OC);
	check_close(o1, o2, (size_t)B * OC, 1e-5, 1e-5, "dense forward without bias");
	nn_dense_backward(di1, dw1, db1, dout, inp, w, B, C, OC);
	nn_dense_backward_naive(di2, dw2, db2, dout, inp, w, B, C, OC);
	check_close(di1, di2, (size_t)B * C, 1e-5, 1e-5, "dense dinp");
	check_close(dw1, dw2, (size_t)OC * C, 1e-4, 1e-5, "dense dweight");
	check_close(db1, db2, (size_t)OC, 1e-4, 1e-5, "dense dbias");
	free(inp), free(w), free(bias), free(dout), free(o1), free(o2), free(di1), free(di2);
	free(dw1), free(dw2), free(db1), free(db2);
}

static void test_dense_blas_equals_naive(void **state)
{
	(void)state;
	dense_blas_vs_naive(1, 1, 1);
	dense_blas_vs_naive(7, 13, 5);
	dense_blas_vs_naive(256, 68, 64);   /* variant 1's first layer */
	dense_blas_vs_naive(256, 100, 64);  /* with descriptions */
	dense_blas_vs_naive(97, 64, 4);     /* an output layer, odd batch */
}

/* Scoring's feature-major kernel gives exactly the plain loop's bits (same summation order). */
static void test_dense_cm_bitwise(void **state)
{
	(void)state;
	enum { B = 37, C = 64, OC = 4 };
	rr_rng r;
	rng_seed(&r, 23, 0);
	float inp[B * C], inT[C * B], w[OC * C], bias[OC], out[B * OC], outT[OC * B];
	fill(inp, B * C, &r, 1);
	for (int i = 0; i < B * C; i += 3)
		inp[i] = 0.0f; /* ReLU zeros */
	fill(w, OC * C, &r, 1);
	fill(bias, OC, &r, 1);
	for (int b = 0; b < B; b++)
		for (int c = 0; c < C; c++)
			inT[c * B + b] = inp[b * C + c];
	nn_dense_forward_naive(out, inp, w, bias, B, C, OC);
	nn_dense_forward_cm(outT, inT, w, bias, B, C, OC);
	for (int b = 0; b < B; b++)
		for (int o = 0; o < OC; o++)
			assert_true(out[b * OC + o] == outT[o * B + b]);
	/* and the column softmax equals the row one */
	float z[B * OC];
	memcpy(z, out, sizeof z);
	nn_softmax(z, z, B, OC);
	nn_softmax_cm(outT, B, OC);
	for (int b = 0; b < B; b++)
		for (int o = 0; o < OC; o++)
			assert_true(z[b * OC + o] == outT[o * B + b]);
}

/* loss = Σ out ⊙ R, so dout = R; finite differences on inp, weight and bias (in double) */
static void test_dense_backward_fd(void **state)
{
	(void)state;
	enum { B = 3, C = 5, OC = 4 };
	rr_rng r;
	rng_seed(&r, 3, 0);
	float inp[B * C], w[OC * C], bias[OC], R[B * OC], out[B * OC];
	float di[B * C], dw[OC * C] = { 0 }, db[OC] = { 0 };
	fill(inp, B * C, &r, 1);
	fill(w, OC * C, &r, 1);
	fill(bias, OC, &r, 1);
	fill(R, B * OC, &r, 1);
	nn_dense_backward(di, dw, db, R, inp, w, B, C, OC);
	float *params[3] = { inp, w, bias };
	float *grads[3] = { di, dw, db };
	size_t sizes[3] = { B * C, OC * C, OC };
	for (int t = 0; t < 3; t++)
		for (size_t i = 0; i < sizes[t]; i++) {
			float keep = params[t][i], eps = 1e-2f;
			double lp = 0, lm = 0;
			params[t][i] = keep + eps;
			nn_dense_forward_naive(out, inp, w, bias, B, C, OC);
			for (int k = 0; k < B * OC; k++)
				lp += (double)out[k] * R[k];
			params[t][i] = keep - eps;
			nn_dense_forward_naive(out, inp, w, bias, B, C, OC);
			for (int k = 0; k < B * OC; k++)
				lm += (double)out[k] * R[k];
			params[t][i] = keep;
			double fd = (lp - lm) / (2.0 * eps);
			if (fabs(fd - grads[t][i]) > 1e-3 + 1e-3 * fabs(fd))
				fail_msg("dense grad %d[%zu]: analytic %g, finite differences %g", t, i,
					 (double)grads[t][i], fd);
		}
}

/* ---- ReLU and dropout ---- */

static void test_relu_fd(void **state)
{
	(void)state;
	/* values away from the kink so ±eps never crosses it */
	float x[6] = { -1.5f, -0.3f, 0.2f, 0.7f, 2.0f, -0.05f }, R[6] = { 1, -2, 3, 0.5f, -1, 4 };
	float out[6], dx[6];
	memcpy(out, x, sizeof x);
	nn_relu_forward(out, 6);
	memcpy(dx, R, sizeof R);
	nn_relu_backward(dx, out, 6);
	for (int i = 0; i < 6; i++) {
		float eps = 1e-2f, a[6], b[6];
		memcpy(a, x, sizeof x);
		memcpy(b, x, sizeof x);
		a[i] += eps;
		b[i] -= eps;
		nn_relu_forward(a, 6);
		nn_relu_forward(b, 6);
		double fd = 0;
		for (int k = 0; k < 6; k++)
			fd += ((double)a[k] - b[k]) * R[k] / (2.0 * eps);
		assert_true(fabs(fd - dx[i]) < 1e-4);
	}
	assert_true(out[0] == 0.0f && out[2] == 0.2f);
}

static void test_dropout(void **state)
{
	(void)state;
	enum { N = 100000 };
	float *x = malloc(sizeof(float) * N), *mask = malloc(sizeof(float) * N);
	float *dx = malloc(sizeof(float) * N);
	rr_rng r;
	rng_seed(&r, 5, 0);
	for (int i = 0; i < N; i++)
		x[i] = 2.0f;
	nn_dropout_forward(x, mask, N, 0.3f, &r);
	int dropped = 0;
	double mean = 0;
	for (int i = 0; i < N; i++) {
		/* a kept element is scaled by exactly 1/(1-p): the expectation is unchanged */
		assert_true(mask[i] == 0.0f || mask[i] == 1.0f / 0.7f);
		assert_true(x[i] == 2.0f * mask[i]);
		dropped += mask[i] == 0.0f;
		mean += x[i];
	}
	assert_true(dropped > 29500 && dropped < 30500); /* 30000 expected, sd ≈ 145 */
	assert_true(fabs(mean / N - 2.0) < 0.02);
	/* backward: the gradient of Σ R ⊙ (x ⊙ mask) with respect to x is R ⊙ mask */
	for (int i = 0; i < N; i++)
		dx[i] = (float)(i % 7) - 3.0f;
	nn_dropout_backward(dx, mask, N);
	for (int i = 0; i < N; i++)
		assert_true(dx[i] == ((float)(i % 7) - 3.0f) * mask[i]);
	/* the same seed gives the same mask; rate 0 keeps everything */
	float *mask2 = malloc(sizeof(float) * N);
	rng_seed(&r, 5, 0);
	for (int i = 0; i < N; i++)
		x[i] = 1.0f;
	nn_dropout_forward(x, mask2, N, 0.3f, &r);
	assert_memory_equal(mask, mask2, sizeof(float) * N);
	nn_dropout_forward(x, mask2, N, 0.0f, &r);
	for (int i = 0; i < N; i++)
		assert_true(mask2[i] == 1.0f);
	free(x), free(mask), free(mask2), free(dx);
}

/* ---- softmax + weighted cross-entropy ---- */

static void test_softmax_ce_hand(void **state)
{
	(void)state;
	/* logits (1,2,3) with label 2: −log p = log(e + e² + e³) − 3 = 0.40760596...
	 * logits (0,0,0) with label 0: −log p = log 3 = 1.09861229...
	 * class weights (2, 1, 0.5): Σ w·l = 1·... wait: label 2 has weight 0.5, label 0 weight 2 */
	float logits[6] = { 1, 2, 3, 0, 0, 0 }, probs[6], cw[3] = { 2.0f, 1.0f, 0.5f };
	int y[2] = { 2, 0 };
	double ws;
	double loss = nn_softmax_ce_forward(probs, logits, y, cw, 2, 3, &ws);
	assert_true(fabs(ws - 2.5) < 1e-12);
	assert_true(fabs(loss - (0.5 * 0.40760596444 + 2.0 * 1.09861228867)) < 1e-6);
	assert_true(fabs(probs[2] - 0.66524096) < 1e-6 && fabs(probs[3] - 1.0 / 3) < 1e-6);
	/* no weights: the plain sum, Σ w = B */
	loss = nn_softmax_ce_forward(probs, logits, y, NULL, 2, 3, &ws);
	assert_true(fabs(loss - (0.40760596444 + 1.09861228867)) < 1e-6 && ws == 2.0);
	/* huge logits stay finite */
	float big[3] = { 1000, -1000, 0 };
	int y0 = 1;
	loss = nn_softmax_ce_forward(probs, big, &y0, NULL, 1, 3, &ws);
	assert_true(fabs(loss - 2000.0) < 1e-3);
}

static void test_softmax_ce_fd(void **state)
{
	(void)state;
	enum { B = 4, K = 4 };
	rr_rng r;
	rng_seed(&r, 11, 0);
	float z[B * K], p[B * K], d[B * K], cw[K] = { 0.3f, 1.0f, 2.5f, 7.0f };
	int y[B] = { 0, 3, 2, 3 };
	fill(z, B * K, &r, 3);
	double ws;
	nn_softmax_ce_forward(p, z, y, cw, B, K, &ws);
	/* the mean loss Σ w·l / Σ w; its gradient comes from backward with norm = Σ w */
	nn_softmax_ce_backward(d, p, y, cw, B, K, (float)ws);
	for (int i = 0; i < B * K; i++) {
		float keep = z[i], eps = 1e-2f;
		double w1, w2;
		z[i] = keep + eps;
		double lp = nn_softmax_ce_forward(p, z, y, cw, B, K, &w1) / w1;
		z[i] = keep - eps;
		double lm = nn_softmax_ce_forward(p, z, y, cw, B, K, &w2) / w2;
		z[i] = keep;
		double fd = (lp - lm) / (2.0 * eps);
		if (fabs(fd - d[i]) > 2e-4 + 1e-3 * fabs(fd))
			fail_msg("softmax-CE grad [%d]: analytic %g, finite differences %g", i,
				 (double)d[i], fd);
	}
}

/* ---- embeddings and description words ---- */

static void test_embed_and_words_fd(void **state)
{
	(void)state;
	enum { B = 4, D = 3, NW = 5, NI = 3, STRIDE = 7 };
	/* item 0: words 1 3 3 (a repeated word counts twice), item 1: none, item 2: word 4 */
	uint32_t start[NI + 1] = { 0, 3, 3, 4 }, words[4] = { 1, 3, 3, 4 };
	uint32_t item[B] = { 0, 1, 2, 0 };
	rr_rng r;
	rng_seed(&r, 13, 0);
	float wt[NW * D], out[B * STRIDE], R[B * STRIDE];
	fill(wt, NW * D, &r, 1);
	fill(R, B * STRIDE, &r, 1);
	nn_mean_words_forward(out, STRIDE, wt, D, item, B, start, words);
	for (int j = 0; j < D; j++) {
		assert_true(fabsf(out[j] - (wt[1 * D + j] + 2 * wt[3 * D + j]) / 3) < 1e-6f);
		assert_true(out[STRIDE + j] == 0.0f);
		assert_true(out[2 * STRIDE + j] == wt[4 * D + j]);
	}
	/* backward through slots: every word has a row of its own here */
	int32_t slot[NW] = { 0, 1, 2, 3, 4 };
	float g[NW * D] = { 0 };
	nn_mean_words_backward(g, slot, R, STRIDE, D, item, B, start, words);
	for (int i = 0; i < NW * D; i++) {
		float keep = wt[i], eps = 1e-2f;
		double lp = 0, lm = 0;
		wt[i] = keep + eps;
		nn_mean_words_forward(out, STRIDE, wt, D, item, B, start, words);
		for (int b = 0; b < B; b++)
			for (int j = 0; j < D; j++)
				lp += (double)out[b * STRIDE + j] * R[b * STRIDE + j];
		wt[i] = keep - eps;
		nn_mean_words_forward(out, STRIDE, wt, D, item, B, start, words);
		for (int b = 0; b < B; b++)
			for (int j = 0; j < D; j++)
				lm += (double)out[b * STRIDE + j] * R[b * STRIDE + j];
		wt[i] = keep;
		double fd = (lp - lm) / (2.0 * eps);
		if (fabs(fd - g[i]) > 1e-4)
			fail_msg("word grad [%d]: analytic %g, finite differences %g", i, (double)g[i], fd);
	}
	/* gather: rows copied, an unknown id gives zeros */
	float tab[2 * D] = { 1, 2, 3, 4, 5, 6 }, o[3 * 4];
	uint32_t idx[3] = { 1, UINT32_MAX, 0 };
	memset(o, 0x7f, sizeof o);
	nn_embed_gather(o, 4, tab, D, idx, 3);
	assert_true(o[0] == 4 && o[1] == 5 && o[2] == 6);
	assert_true(o[4] == 0 && o[5] == 0 && o[6] == 0);
	assert_true(o[8] == 1 && o[9] == 2 && o[10] == 3);
}

/* ---- Adam ---- */

static void test_adam_hand(void **state)
{
	(void)state;
	/* lr 0.1, β 0.9/0.999, eps 1e-8. Step 1 with g = 0.5 from p = 1:
	 *   m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25, p = 1 − 0.1·0.5/(0.5 + 1e-8) = 0.9 (+2e-9)
	 * step 2 with g = −1:
	 *   m = 0.045 − 0.1 = −0.055, v = 0.00024975 + 0.001 = 0.00124975,
	 *   m̂ = −0.055/0.19 = −0.28947368, v̂ = 0.00124975/0.001999 = 0.62518759, √v̂ = 0.79068805,
	 *   p = 0.9 + 0.1·0.28947368/0.79068805 = 0.93661008 */
	rr_adam a = { 0.1f, 0.9f, 0.999f, 1e-8f };
	float p[2] = { 1.0f, -2.0f }, m[2] = { 0 }, v[2] = { 0 }, g[2] = { 0.5f, 0.0f };
	nn_adam_step(p, g, m, v, 2, &a, 1);
	assert_true(fabsf(m[0] - 0.05f) < 1e-7f && fabsf(v[0] - 0.00025f) < 1e-4f * 0.00025f);
	assert_true(fabsf(p[0] - 0.9f) < 1e-6f);
	assert_true(p[1] == -2.0f); /* zero gradient, zero moments: no move */
	g[0] = -1.0f;
	nn_adam_step(p, g, m, v, 2, &a, 2);
	assert_true(fabsf(m[0] + 0.055f) < 1e-7f);
	/* 1 − 0.999 is 0.99998713e-3 in float: relative agreement only */
	assert_true(fabsf(v[0] - 0.00124975f) < 1e-4f * 0.00124975f);
	assert_true(fabsf(p[0] - 0.93661008f) < 2e-6f);
}

/* The SIMD lanes (8-wide AVX, 4-wide SSE) give exactly the bits of the scalar loop: a
 * 29-element step (8+8+8+4+1) equals 29 one-element steps. */
static void test_adam_lanes_bitwise(void **state)
{
	(void)state;
	enum { N = 29 };
	rr_adam a = { 1e-3f, 0.9f, 0.999f, 1e-8f };
	rr_rng r;
	rng_seed(&r, 17, 0);
	float p[N], g[N], m[N], v[N], p1[N], m1[N], v1[N];
	fill(p, N, &r, 1);
	fill(g, N, &r, 1);
	fill(m, N, &r, 0.1f);
	for (int i = 0; i < N; i++)
		v[i] = rng_float(&r) * 0.01f;
	memcpy(p1, p, sizeof p), memcpy(m1, m, sizeof m), memcpy(v1, v, sizeof v);
	for (long t = 1; t <= 3; t++) {
		nn_adam_step(p, g, m, v, N, &a, t);
		for (int i = 0; i < N; i++)
			nn_adam_step(p1 + i, g + i, m1 + i, v1 + i, 1, &a, t);
	}
	assert_memory_equal(p, p1, sizeof p);
	assert_memory_equal(m, m1, sizeof m);
	assert_memory_equal(v, v1, sizeof v);
}

static void test_adam_lazy_rows(void **state)
{
	(void)state;
	/* a table of 4 rows of width 2; the batch touched rows 2 and 0 (in that order) */
	rr_adam a = { 0.1f, 0.9f, 0.999f, 1e-8f };
	float p[8] = { 1, 1, 2, 2, 3, 3, 4, 4 }, m[8], v[8];
	for (int i = 0; i < 8; i++)
		m[i] = 0.01f * (float)i, v[i] = 0.001f * (float)i;
	float p0[8], m0[8], v0[8];
	memcpy(p0, p, sizeof p), memcpy(m0, m, sizeof m), memcpy(v0, v, sizeof v);
	uint32_t rows[2] = { 2, 0 };
	float g[4] = { 0.5f, -0.5f, 1.0f, 2.0f }; /* row 2's gradient, then row 0's */
	nn_adam_rows(p, m, v, 2, rows, 2, g, &a, 3);
	/* untouched rows keep values and moments exactly */
	for (int i = 2; i < 4; i++)
		assert_true(p[i] == p0[i] && m[i] == m0[i] && v[i] == v0[i]);
	for (int i = 6; i < 8; i++)
		assert_true(p[i] == p0[i] && m[i] == m0[i] && v[i] == v0[i]);
	/* touched rows equal a dense step on just that row */
	float q[2] = { 3, 3 }, mq[2] = { m0[4], m0[5] }, vq[2] = { v0[4], v0[5] };
	nn_adam_step(q, g, mq, vq, 2, &a, 3);
	assert_true(p[4] == q[0] && p[5] == q[1] && m[4] == mq[0] && v[5] == vq[1]);
	float q0[2] = { 1, 1 }, mq0[2] = { m0[0], m0[1] }, vq0[2] = { v0[0], v0[1] };
	nn_adam_step(q0, g + 2, mq0, vq0, 2, &a, 3);
	assert_true(p[0] == q0[0] && p[1] == q0[1]);
}

/* ---- the whole network ---- */

/* Mean weighted loss of the batch with the dropout stream restarted, so every evaluation uses
 * the same masks. */
static double net_loss(const rr_net *n, rr_acts *w, int B, const uint32_t *u, const uint32_t *it,
		       const float *feat, const uint32_t *ws, const uint32_t *words, const int *y,
		       const float *cw, int K, float rate)
{
	rr_rng r;
	rng_seed(&r, 99, 0);
	net_forward(n, w, B, u, it, feat, it, ws, words, rate, &r, NULL);
	double wsum;
	float *z = w->x[n->n_layers];
	double l = nn_softmax_ce_forward(z, z, y, cw, B, K, &wsum);
	return l / wsum;
}

static void network_fd(float rate)
{
	enum { B = 6, K = 4, NU = 3, NI = 4 };
	rr_settings s;
	memset(&s, 0, sizeof s);
	s.dim = 3;
	s.n_hidden = 2;
	s.hidden[0] = 5;
	s.hidden[1] = 4;
	s.desc = 1;
	rr_net n;
	assert_int_equal(0, net_alloc(&n, &s, NU, NI, 5, K));
	assert_int_equal(2 * 4 + 2 + 3, n.F);
	rr_rng r;
	rng_seed(&r, 21, 0);
	fill(n.params, n.n_params, &r, 0.8f); /* larger than the default init: ReLUs do work */
	rr_acts w;
	assert_int_equal(0, acts_alloc(&w, &n, B));
	uint32_t u[B] = { 0, 1, 2, 0, 1, UINT32_MAX }, it[B] = { 0, 1, 2, 3, 0, 2 };
	uint32_t ws[NI + 1] = { 0, 2, 2, 5, 6 }, words[6] = { 0, 1, 2, 3, 4, 1 };
	float feat[B * 2];
	fill(feat, B * 2, &r, 1.5f);
	int y[B] = { 0, 3, 1, 2, 3, 0 };
	float cw[K] = { 1.0f, 2.0f, 0.5f, 3.0f };

	/* analytic */
	net_loss(&n, &w, B, u, it, feat, ws, words, y, cw, K, rate);
	float *z = w.x[n.n_layers];
	double wsum = 0;
	for (int b = 0; b < B; b++)
		wsum += cw[y[b]];
	nn_softmax_ce_backward(w.dx[n.n_layers], z, y, cw, B, K, (float)wsum);
	float *dense = calloc(n.n_dense, sizeof *dense);
	rr_rowset ru, ri, rw;
	assert_int_equal(0, rowset_alloc(&ru, NU, n.d + 1, B));
	assert_int_equal(0, rowset_alloc(&ri, NI, n.d + 1, B));
	assert_int_equal(0, rowset_alloc(&rw, 5, n.d, 12));
	net_backward(&n, &w, B, u, it, it, ws, words, dense, &ru, &ri, &rw, NULL);
	/* scatter the sparse gradients into one dense vector shaped like params */
	float *grad = calloc(n.n_params, sizeof *grad);
	memcpy(grad + n.dense_off, dense, n.n_dense * sizeof *grad);
	for (int k = 0; k < ru.n; k++)
		memcpy(grad + (n.utab - n.params) + (size_t)ru.rows[k] * (n.d + 1),
		       ru.grad + (size_t)k * (n.d + 1), (n.d + 1) * sizeof *grad);
	for (int k = 0; k < ri.n; k++)
		memcpy(grad + (n.itab - n.params) + (size_t)ri.rows[k] * (n.d + 1),
		       ri.grad + (size_t)k * (n.d + 1), (n.d + 1) * sizeof *grad);
	for (int k = 0; k < rw.n; k++)
		memcpy(grad + (n.wtab - n.params) + (size_t)rw.rows[k] * n.d, rw.grad + (size_t)k * n.d,
		       n.d * sizeof *grad);
	/* user 2 appears once, user 0 twice; item 3 once: all touched rows are listed once */
	assert_int_equal(3, ru.n);
	assert_int_equal(4, ri.n);
	assert_int_equal(5, rw.n);

	/* numeric, for every parameter */
	int checked = 0;
	for (size_t i = 0; i < n.n_params; i++) {
		float keep = n.params[i], eps = 1e-3f; /* small: a ReLU must not change side */
		n.params[i] = keep + eps;
		double lp = net_loss(&n, &w, B, u, it, feat, ws, words, y, cw, K, rate);
		n.params[i] = keep - eps;
		double lm = net_loss(&n, &w, B, u, it, feat, ws, words, y, cw, K, rate);
		n.params[i] = keep;
		double fd = (lp - lm) / (2.0 * eps);
		if (fabs(fd - grad[i]) > 2e-3 + 2e-2 * fabs(fd))
			fail_msg("network grad [%zu of %zu]: analytic %g, finite differences %g", i,
				 n.n_params, (double)grad[i], fd);
		checked += grad[i] != 0.0f;
	}
	if (checked <= (int)n.n_params / 4) /* the check was not vacuous (dropout zeroes many) */
		fail_msg("only %d of %zu gradients non-zero", checked, n.n_params);
	/* rows the batch never touched have exactly zero gradient: item rows all touched, but
	 * user rows: none untouched here; a word table row untouched would be zero */
	rowset_clear(&ru);
	assert_int_equal(0, ru.n);
	for (int k = 0; k < NU; k++)
		assert_int_equal(-1, ru.slot[k]);
	free(dense);
	free(grad);
	rowset_free(&ru);
	rowset_free(&ri);
	rowset_free(&rw);
	acts_free(&w);
	net_free(&n);
}

static void test_network_fd(void **state)
{
	(void)state;
	network_fd(0.0f);
}

static void test_network_fd_dropout(void **state)
{
	(void)state;
	network_fd(0.3f);
}

/* The network's forward through BLAS equals the same network through the plain loops. */
static void test_network_blas_vs_naive(void **state)
{
	(void)state;
	rr_settings s;
	memset(&s, 0, sizeof s);
	s.dim = 32;
	s.n_hidden = 1;
	s.hidden[0] = 64;
	rr_net n;
	assert_int_equal(0, net_alloc(&n, &s, 50, 40, 0, 3));
	rr_rng r;
	rng_seed(&r, 1, 0);
	net_init_params(&n, &r);
	enum { B = 256 };
	rr_acts w;
	assert_int_equal(0, acts_alloc(&w, &n, B));
	uint32_t u[B], it[B], ws[41] = { 0 }, words[1] = { 0 };
	float feat[2 * B];
	for (int b = 0; b < B; b++)
		u[b] = (uint32_t)rng_below(&r, 50), it[b] = (uint32_t)rng_below(&r, 40);
	fill(feat, 2 * B, &r, 2);
	net_forward(&n, &w, B, u, it, feat, it, ws, words, 0.0f, NULL, NULL);
	float *h = malloc(sizeof(float) * B * 64), *z = malloc(sizeof(float) * B * 3);
	nn_dense_forward_naive(h, w.x[0], n.W[0], n.b[0], B, n.F, 64);
	nn_relu_forward(h, (size_t)B * 64);
	nn_dense_forward_naive(z, h, n.W[1], n.b[1], B, 64, 3);
	check_close(w.x[2], z, (size_t)B * 3, 1e-5, 1e-5, "network logits");
	free(h);
	free(z);
	acts_free(&w);
	net_free(&n);
}

/* A layer past NET_BLOCK_FLOPS runs a block of rows at a time (t40 #2): the same outputs as one
 * GEMM, and a stop set is taken after the first block, forward and backward; a layer within
 * it is one GEMM, the stop not read inside it. */
static void test_network_blocks_stop(void **state)
{
	(void)state;
	rr_settings s;
	memset(&s, 0, sizeof s);
	s.dim = 8;
	s.n_hidden = 2;
	s.hidden[0] = s.hidden[1] = 2048;
	rr_net n;
	assert_int_equal(0, net_alloc(&n, &s, 50, 40, 0, 3));
	rr_rng r;
	rng_seed(&r, 1, 0);
	net_init_params(&n, &r);
	enum { B = 600 };
	assert_true(net_block_rows(B, 2048, 2048) < B / 2);
	assert_int_equal(B, net_block_rows(B, n.F, 2048));
	rr_acts w;
	assert_int_equal(0, acts_alloc(&w, &n, B));
	uint32_t *u = malloc(B * sizeof *u), *it = malloc(B * sizeof *it), ws[41] = { 0 };
	uint32_t words[1] = { 0 };
	float *feat = malloc(2 * B * sizeof *feat), *h = malloc(sizeof(float) * B * 2048);
	for (int b = 0; b < B; b++)
		u[b] = (uint32_t)rng_below(&r, 50), it[b] = (uint32_t)rng_below(&r, 40);
	fill(feat, 2 * B, &r, 2);
	assert_int_equal(0, net_forward(&n, &w, B, u, it, feat, it, ws, words, 0.0f, NULL, NULL));
	nn_dense_forward(h, w.x[1], n.W[1], n.b[1], B, 2048, 2048);
	nn_relu_forward(h, (size_t)B * 2048);
	check_close(w.x[2], h, (size_t)B * 2048, 1e-5, 1e-5, "layer 2 in blocks");
	volatile sig_atomic_t stop = 1;
	assert_int_equal(1, net_forward(&n, &w, B, u, it, feat, it, ws, words, 0.0f, NULL, &stop));
	rr_rowset ru, ri;
	assert_int_equal(0, rowset_alloc(&ru, 50, s.dim + 1, B));
	assert_int_equal(0, rowset_alloc(&ri, 40, s.dim + 1, B));
	float *dense = calloc(n.n_dense, sizeof *dense);
	memset(w.dx[n.n_layers], 0, sizeof(float) * B * 3);
	assert_int_equal(1, net_backward(&n, &w, B, u, it, it, ws, words, dense, &ru, &ri, NULL,
					 &stop));
	assert_int_equal(0, ru.n);   /* cut short in the dense layers: no embedding row touched */
	/* a small network never reads the stop inside a batch */
	net_free(&n);
	acts_free(&w);
	s.hidden[0] = s.hidden[1] = 64;
	assert_int_equal(0, net_alloc(&n, &s, 50, 40, 0, 3));
	net_init_params(&n, &r);
	assert_int_equal(0, acts_alloc(&w, &n, B));
	assert_int_equal(0, net_forward(&n, &w, B, u, it, feat, it, ws, words, 0.0f, NULL, &stop));
	free(dense);
	rowset_free(&ru);
	rowset_free(&ri);
	free(u);
	free(it);
	free(feat);
	free(h);
	acts_free(&w);
	net_free(&n);
}

static void collect(void *ctx, const char *w, size_t n)
{
	char *out = ctx;
	size_t k = strlen(out);
	memcpy(out + k, w, n);
	out[k + n] = '|';
	out[k + n + 1] = '\0';
}

/* Words are runs of ASCII letters and digits, lower-cased; everything else separates. */
static void test_words(void **state)
{
	(void)state;
	char out[256];
	out[0] = '\0';
	model_words("WHITE HANGING HEART T-LIGHT HOLDER", collect, out);
	assert_string_equal("white|hanging|heart|t|light|holder|", out);
	out[0] = '\0';
	model_words("set/6 red  spotty,PAPER cups 3.5\xc2\xa3 caf\xc3\xa9", collect, out);
	assert_string_equal("set|6|red|spotty|paper|cups|3|5|caf|", out);
	out[0] = '\0';
	model_words("", collect, out);
	model_words("  ...  ", collect, out);
	assert_string_equal("", out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rng),
		cmocka_unit_test(test_dense_blas_equals_naive),
		cmocka_unit_test(test_dense_cm_bitwise),
		cmocka_unit_test(test_dense_backward_fd),
		cmocka_unit_test(test_relu_fd),
		cmocka_unit_test(test_dropout),
		cmocka_unit_test(test_softmax_ce_hand),
		cmocka_unit_test(test_softmax_ce_fd),
		cmocka_unit_test(test_embed_and_words_fd),
		cmocka_unit_test(test_adam_hand),
		cmocka_unit_test(test_adam_lanes_bitwise),
		cmocka_unit_test(test_adam_lazy_rows),
		cmocka_unit_test(test_network_fd),
		cmocka_unit_test(test_network_fd_dropout),
		cmocka_unit_test(test_network_blas_vs_naive),
		cmocka_unit_test(test_network_blocks_stop),
		cmocka_unit_test(test_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* nn.c — layers, their gradients, Adam and the PRNG. See nn.h for shapes and contracts. */

/* The element-wise loops here (Adam, ReLU, dropout, embedding sums) are most of training's
 * time outside the GEMMs. GCC's -O2 cost model leaves them scalar, and sqrtf's errno
 * semantics block vectorizing Adam; vectorized element-wise arithmetic gives the same bits
 * (no reassociation is allowed), so this file asks for more. Reductions stay in loop order. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif

#include "nn.h"

#include <cblas.h>
#include <math.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ==== PRNG ==== */

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void rng_seed(rr_rng *r, uint64_t seed, uint64_t stream)
{
	/* streams are separated by mixing the stream number into the splitmix start, so seed 42
	 * stream 1 and seed 43 stream 0 are unrelated */
	uint64_t x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
	if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3]))
		r->s[0] = 1;
}

static inline uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(rr_rng *r)
{
	uint64_t *s = r->s;
	uint64_t out = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

uint64_t rng_below(rr_rng *r, uint64_t n)
{
	/* reject the top partial block of 2^64 so every residue is equally likely */
	uint64_t limit = UINT64_MAX - UINT64_MAX % n;
	uint64_t x;
	do
		x = rng_next(r);
	while (x >= limit);
	return x % n;
}

float rng_float(rr_rng *r)
{
	return (float)(rng_next(r) >> 40) * (1.0f / 16777216.0f);
}

double rng_normal(rr_rng *r)
{
	/* Box–Muller, using only the cosine branch so each call consumes exactly two draws */
	double u1 = ((double)(rng_next(r) >> 11) + 1.0) * (1.0 / 9007199254740993.0);
	double u2 = (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
	return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

/* ==== dense ==== */

void nn_dense_forward(float *out, const float *inp, const float *weight, const float *bias,
		      int B, int C, int OC)
{
	/* out rows start as the bias so the GEMM can accumulate into them (beta = 1) */
	float beta = 0.0f;
	if (bias) {
		for (int b = 0; b < B; b++)
			memcpy(out + (size_t)b * OC, bias, (size_t)OC * sizeof *out);
		beta = 1.0f;
	}
	/* out (B,OC) = inp (B,C) · weightᵀ (C,OC) */
	cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, B, OC, C, 1.0f, inp, C, weight, C,
		    beta, out, OC);
}

void nn_dense_forward_naive(float *out, const float *inp, const float *weight,
			    const float *bias, int B, int C, int OC)
{
	for (int b = 0; b < B; b++) {
		const float *x = inp + (size_t)b * C;
		for (int o = 0; o < OC; o++) {
			const float *w = weight + (size_t)o * C;
			float s = bias ? bias[o] : 0.0f;
			for (int c = 0; c < C; c++)
				s += x[c] * w[c];
			out[(size_t)b * OC + o] = s;
		}
	}
}

void nn_dense_backward(float *dinp, float *dweight, float *dbias, const float *dout,
		       const float *inp, const float *weight, int B, int C, int OC)
{
	if (dinp) /* dinp (B,C) = dout (B,OC) · weight (OC,C) */
		cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, B, C, OC, 1.0f, dout, OC,
			    weight, C, 0.0f, dinp, C);
	if (dweight) /* dweight (OC,C) += doutᵀ (OC,B) · inp (B,C) */
		cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, OC, C, B, 1.0f, dout, OC,
			    inp, C, 1.0f, dweight, C);
	if (dbias)
		for (int b = 0; b < B; b++) {
			const float *g = dout + (size_t)b * OC;
			for (int o = 0; o < OC; o++)
				dbias[o] += g[o];
		}
}

void nn_dense_backward_naive(float *dinp, float *dweight, float *dbias, const float *dout,
			     const float *inp, const float *weight, int B, int C, int OC)
{
	if (dinp)
		for (int b = 0; b < B; b++)
			for (int c = 0; c < C; c++) {
				float s = 0.0f;
				for (int o = 0; o < OC; o++)
					s += dout[(size_t)b * OC + o] * weight[(size_t)o * C + c];
				dinp[(size_t)b * C + c] = s;
			}
	if (dweight)
		for (int o = 0; o < OC; o++)
			for (int c = 0; c < C; c++) {
				float s = 0.0f;
				for (int b = 0; b < B; b++)
					s += dout[(size_t)b * OC + o] * inp[(size_t)b * C + c];
				dweight[(size_t)o * C + c] += s;
			}
	if (dbias)
		for (int o = 0; o < OC; o++) {
			float s = 0.0f;
			for (int b = 0; b < B; b++)
				s += dout[(size_t)b * OC + o];
			dbias[o] += s;
		}
}

void nn_dense_forward_cm(float *restrict outT, const float *restrict inT,
			 const float *restrict weight, const float *restrict bias, int B, int C, int OC)
{
	for (int o = 0; o < OC; o++) {
		float *out = outT + (size_t)o * B;
		const float *w = weight + (size_t)o * C;
		float b0 = bias ? bias[o] : 0.0f;
		for (int b = 0; b < B; b++)
			out[b] = b0;
		for (int c = 0; c < C; c++) {
			const float *x = inT + (size_t)c * B;
			float wc = w[c];
			for (int b = 0; b < B; b++)
				out[b] += x[b] * wc;
		}
	}
}

void nn_add_relu(float *restrict out, const float *restrict a, float k, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		float v = a[i] + k;
		out[i] = v > 0.0f ? v : 0.0f;
	}
}

void nn_add2_relu(float *restrict out, const float *restrict a, const float *restrict b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		float v = a[i] + b[i];
		out[i] = v > 0.0f ? v : 0.0f;
	}
}

void nn_add3_relu(float *restrict out, const float *restrict a, const float *restrict b,
		  const float *restrict c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		float v = a[i] + b[i] + c[i];
		out[i] = v > 0.0f ? v : 0.0f;
	}
}

void nn_softmax_cm(float *zT, int B, int K)
{
	for (int b = 0; b < B; b++) {
		float mx = zT[b];
		for (int k = 1; k < K; k++)
			mx = zT[(size_t)k * B + b] > mx ? zT[(size_t)k * B + b] : mx;
		float s = 0.0f;
		for (int k = 0; k < K; k++) {
			float e = expf(zT[(size_t)k * B + b] - mx);
			zT[(size_t)k * B + b] = e;
			s += e;
		}
		float inv = 1.0f / s;
		for (int k = 0; k < K; k++)
			zT[(size_t)k * B + b] *= inv;
	}
}

/* ==== ReLU and dropout ==== */

void nn_relu_forward(float *x, size_t n)
{
	for (size_t i = 0; i < n; i++)
		x[i] = x[i] > 0.0f ? x[i] : 0.0f;
}

void nn_relu_backward(float *restrict dx, const float *restrict out, size_t n)
{
	/* branch-free: the sign pattern of activations is unpredictable */
	for (size_t i = 0; i < n; i++)
		dx[i] = out[i] > 0.0f ? dx[i] : 0.0f;
}

/* A 32-bit integer hash with full avalanche (Wellons' "lowbias32" constants). */
static inline uint32_t hash32(uint32_t x)
{
	x ^= x >> 16;
	x *= 0x7feb352dU;
	x ^= x >> 15;
	x *= 0x846ca68bU;
	x ^= x >> 16;
	return x;
}

void nn_dropout_forward(float *restrict x, float *restrict mask, size_t n, float rate,
			rr_rng *rng)
{
	if (rate <= 0.0f) {
		for (size_t i = 0; i < n; i++)
			mask[i] = 1.0f;
		return;
	}
	float keep = 1.0f / (1.0f - rate);
	/* Element i's uniform is a hash of (key, i): one PRNG draw per call, and the loop has no
	 * serial dependency, so it vectorizes (a chained generator cost more than the GEMMs).
	 * 24 bits compared as non-negative ints: SSE2 has no unsigned compare. */
	uint64_t z = rng_next(rng);
	uint32_t k1 = (uint32_t)z, k2 = (uint32_t)(z >> 32) | 1u;
	int32_t thresh = (int32_t)((double)rate * 16777216.0 + 0.5);
	for (size_t i = 0; i < n; i++) {
		int32_t u = (int32_t)(hash32((uint32_t)i * k2 + k1) >> 8);
		mask[i] = u >= thresh ? keep : 0.0f;
		x[i] *= mask[i];
	}
}

void nn_dropout_backward(float *dx, const float *mask, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dx[i] *= mask[i];
}

/* ==== softmax + cross-entropy ==== */

void nn_softmax(float *probs, const float *logits, int B, int K)
{
	for (int b = 0; b < B; b++) {
		const float *z = logits + (size_t)b * K;
		float *p = probs + (size_t)b * K;
		float mx = z[0];
		for (int k = 1; k < K; k++)
			mx = z[k] > mx ? z[k] : mx;
		float s = 0.0f;
		for (int k = 0; k < K; k++) {
			p[k] = expf(z[k] - mx);
			s += p[k];
		}
		float inv = 1.0f / s;
		for (int k = 0; k < K; k++)
			p[k] *= inv;
	}
}

double nn_softmax_ce_forward(float *probs, const float *logits, const int *labels,
			     const float *cw, int B, int K, double *wsum)
{
	double loss = 0.0, ws = 0.0;
	for (int b = 0; b < B; b++) {
		const float *z = logits + (size_t)b * K;
		float *p = probs + (size_t)b * K;
		int y = labels[b];
		float mx = z[0];
		for (int k = 1; k < K; k++)
			mx = z[k] > mx ? z[k] : mx;
		float s = 0.0f;
		float zy = z[y]; /* read before p overwrites z when they alias */
		for (int k = 0; k < K; k++) {
			p[k] = expf(z[k] - mx);
			s += p[k];
		}
		float inv = 1.0f / s;
		for (int k = 0; k < K; k++)
			p[k] *= inv;
		/* −log p_y = log Σ exp(z − mx) − (z_y − mx): exact even when p_y underflows */
		double w = cw ? cw[y] : 1.0;
		loss += w * ((double)logf(s) - (double)(zy - mx));
		ws += w;
	}
	if (wsum)
		*wsum = ws;
	return loss;
}

void nn_softmax_ce_backward(float *dlogits, const float *probs, const int *labels,
			    const float *cw, int B, int K, float norm)
{
	float inv = norm > 0.0f ? 1.0f / norm : 0.0f;
	for (int b = 0; b < B; b++) {
		const float *p = probs + (size_t)b * K;
		float *d = dlogits + (size_t)b * K;
		int y = labels[b];
		float w = (cw ? cw[y] : 1.0f) * inv;
		for (int k = 0; k < K; k++)
			d[k] = w * (p[k] - (k == y ? 1.0f : 0.0f));
	}
}

/* ==== embeddings ==== */

void nn_embed_gather(float *out, int out_stride, const float *table, int width,
		     const uint32_t *idx, int B)
{
	for (int b = 0; b < B; b++) {
		float *o = out + (size_t)b * out_stride;
		if (idx[b] == UINT32_MAX)
			memset(o, 0, (size_t)width * sizeof *o);
		else
			memcpy(o, table + (size_t)idx[b] * width, (size_t)width * sizeof *o);
	}
}

void nn_mean_words_forward(float *out, int out_stride, const float *wtable, int d,
			   const uint32_t *item, int B, const uint32_t *start,
			   const uint32_t *words)
{
	for (int b = 0; b < B; b++) {
		float *o = out + (size_t)b * out_stride;
		memset(o, 0, (size_t)d * sizeof *o);
		if (item[b] == UINT32_MAX)
			continue;
		uint32_t s = start[item[b]], e = start[item[b] + 1];
		if (s == e)
			continue;
		for (uint32_t k = s; k < e; k++) {
			const float *w = wtable + (size_t)words[k] * d;
			for (int j = 0; j < d; j++)
				o[j] += w[j];
		}
		float inv = 1.0f / (float)(e - s);
		for (int j = 0; j < d; j++)
			o[j] *= inv;
	}
}

void nn_mean_words_backward(float *dwtable, const int32_t *slot, const float *dout,
			    int dout_stride, int d, const uint32_t *item, int B,
			    const uint32_t *start, const uint32_t *words)
{
	for (int b = 0; b < B; b++) {
		if (item[b] == UINT32_MAX)
			continue;
		uint32_t s = start[item[b]], e = start[item[b] + 1];
		if (s == e)
			continue;
		const float *g = dout + (size_t)b * dout_stride;
		float inv = 1.0f / (float)(e - s);
		for (uint32_t k = s; k < e; k++) {
			float *w = dwtable + (size_t)slot[words[k]] * d;
			for (int j = 0; j < d; j++)
				w[j] += g[j] * inv;
		}
	}
}

/* ==== Adam ==== */

/* The update with the step's constants: step = lr/bc1, ibc2s = 1/√bc2 (torch.optim.Adam's
 * p −= step·m / (√v/√bc2 + eps), with the division by √bc2 as a multiplication).
 * sqrtf may set errno, which keeps the compiler from vectorizing it, so on x86-64 the lanes go
 * through SSE (or AVX where the CPU has it) explicitly. Their square root and division are
 * correctly rounded like the scalar ones and the operations come in the same order, so every
 * path gives the same bits. */
#define ADAM_LANES(V, set1, load, store, add, mul, div, sqrt, W)                             \
	do {                                                                                   \
		const V vb1 = set1(b1), vb1c = set1(1.0f - b1), vb2 = set1(b2);               \
		const V vb2c = set1(1.0f - b2), veps = set1(eps), vstep = set1(step);         \
		const V vbc = set1(ibc2s);                                                     \
		for (; i + W <= n; i += W) {                                                   \
			V gi = load(g + i);                                                    \
			V mi = add(mul(vb1, load(m + i)), mul(vb1c, gi));                      \
			V vi = add(mul(vb2, load(v + i)), mul(mul(vb2c, gi), gi));             \
			V den = add(mul(sqrt(vi), vbc), veps);                                 \
			store(m + i, mi);                                                      \
			store(v + i, vi);                                                      \
			store(p + i, sub_(load(p + i), div(mul(vstep, mi), den)));             \
		}                                                                              \
	} while (0)

static size_t adam_scalar(float *restrict p, const float *restrict g, float *restrict m,
			  float *restrict v, size_t i, size_t n, float b1, float b2, float eps,
			  float step, float ibc2s)
{
	for (; i < n; i++) {
		float gi = g[i];
		m[i] = b1 * m[i] + (1.0f - b1) * gi;
		v[i] = b2 * v[i] + (1.0f - b2) * gi * gi;
		p[i] -= step * m[i] / (sqrtf(v[i]) * ibc2s + eps);
	}
	return i;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define RR_ADAM_AVX 1
__attribute__((target("avx"))) static void adam_avx(float *restrict p, const float *restrict g,
						    float *restrict m, float *restrict v, size_t n,
						    float b1, float b2, float eps, float step,
						    float ibc2s)
{
	size_t i = 0;
#define sub_ _mm256_sub_ps
	ADAM_LANES(__m256, _mm256_set1_ps, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_add_ps,
		   _mm256_mul_ps, _mm256_div_ps, _mm256_sqrt_ps, 8);
#undef sub_
#define sub_ _mm_sub_ps
	ADAM_LANES(__m128, _mm_set1_ps, _mm_loadu_ps, _mm_storeu_ps, _mm_add_ps, _mm_mul_ps,
		   _mm_div_ps, _mm_sqrt_ps, 4);
#undef sub_
	adam_scalar(p, g, m, v, i, n, b1, b2, eps, step, ibc2s);
}
#endif

static void adam_kernel(float *restrict p, const float *restrict g, float *restrict m,
			float *restrict v, size_t n, float b1, float b2, float eps, float step,
			float ibc2s)
{
#ifdef RR_ADAM_AVX
	if (__builtin_cpu_supports("avx")) { /* a load and a test: libgcc probed at startup */
		adam_avx(p, g, m, v, n, b1, b2, eps, step, ibc2s);
		return;
	}
#endif
	size_t i = 0;
#if defined(__SSE2__)
#define sub_ _mm_sub_ps
	ADAM_LANES(__m128, _mm_set1_ps, _mm_loadu_ps, _mm_storeu_ps, _mm_add_ps, _mm_mul_ps,
		   _mm_div_ps, _mm_sqrt_ps, 4);
#undef sub_
#endif
	adam_scalar(p, g, m, v, i, n, b1, b2, eps, step, ibc2s);
}

void nn_adam_step(float *p, const float *g, float *m, float *v, size_t n, const rr_adam *a,
		  long t)
{
	float bc1 = 1.0f - powf(a->beta1, (float)t);
	float ibc2s = 1.0f / sqrtf(1.0f - powf(a->beta2, (float)t));
	adam_kernel(p, g, m, v, n, a->beta1, a->beta2, a->eps, a->lr / bc1, ibc2s);
}

void nn_adam_rows(float *p, float *m, float *v, int width, const uint32_t *rows, int nrows,
		  const float *g, const rr_adam *a, long t)
{
	float bc1 = 1.0f - powf(a->beta1, (float)t);
	float ibc2s = 1.0f / sqrtf(1.0f - powf(a->beta2, (float)t));
	for (int k = 0; k < nrows; k++) {
		size_t off = (size_t)rows[k] * width;
		adam_kernel(p + off, g + (size_t)k * width, m + off, v + off, (size_t)width, a->beta1,
			    a->beta2, a->eps, a->lr / bc1, ibc2s);
	}
}

/*
 * ruralguard PostgreSQL extension: SQL functions and parallel-safe aggregates over the library's
 * stable C ABI (include/ruralguard/ruralguard.h only; nothing of the C++ library is used).
 *
 * Error discipline: every library call is checked; a failure becomes ereport(ERROR) with an
 * SQLSTATE chosen from the rg_status (rg_raise) and rg_last_error_message(). Memory the library
 * allocates (policies, summary sets) is released before the error is raised, or is owned by a
 * PostgreSQL memory context through a reset callback, so an error never leaks it and a query that
 * ends (normally or not) frees it with its context. Everything else is palloc'd.
 */
#include "postgres.h"

#include <string.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ruralguard/ruralguard.h"

PG_MODULE_MAGIC;

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                     */
/* ------------------------------------------------------------------------------------------ */

static int
sqlstate_of(rg_status s)
{
	switch (s)
	{
		case RG_EPARSE:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;	/* 22P02 */
		case RG_EOVERFLOW:
		case RG_ELIMIT:
		case RG_EPRECISION:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;	/* 22003 */
		case RG_EINVAL:
		case RG_ERANGE:
		case RG_EREFUSED:
		case RG_ESTATE:
			return ERRCODE_INVALID_PARAMETER_VALUE;	/* 22023 */
		case RG_ENOTFOUND:
			return ERRCODE_UNDEFINED_OBJECT;	/* 42704 */
		case RG_EVERSION:
			return ERRCODE_FEATURE_NOT_SUPPORTED;	/* 0A000 */
		case RG_ENOMEM:
			return ERRCODE_OUT_OF_MEMORY;	/* 53200 */
		default:
			return ERRCODE_INTERNAL_ERROR;	/* XX000 */
	}
}

/* Raises the library's last error. Callers free library objects before calling this. */
static void rg_raise_code(rg_status s, int sqlstate, const char *what) pg_attribute_noreturn();
static void
rg_raise_code(rg_status s, int sqlstate, const char *what)
{
	const char *msg = rg_last_error_message();

	/* Many library messages already name the function or object ("rg_money_format: ...",
	 * "policy: ..."): no second prefix then. */
	ereport(ERROR,
			(errcode(sqlstate),
			 (strncmp(msg, "rg_", 3) == 0 || strncmp(msg, what, strlen(what)) == 0)
			 ? errmsg("%s", msg) : errmsg("%s: %s", what, msg),
			 errdetail("ruralguard status %s", rg_status_name(s))));
}

static void rg_raise(rg_status s, const char *what) pg_attribute_noreturn();
static void
rg_raise(rg_status s, const char *what)
{
	rg_raise_code(s, sqlstate_of(s), what);
}

#define RG_CHECK(call, what) \
	do { rg_status rg_st_ = (call); if (rg_st_ != RG_OK) rg_raise(rg_st_, (what)); } while (0)

static void
require_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("ruralguard: argument \"%s\" must not be NULL", name)));
}

static int32
int_in_range(int64 v, int64 lo, int64 hi, const char *name)
{
	if (v < lo || v > hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ruralguard: %s must be %lld..%lld, got %lld", name,
						(long long) lo, (long long) hi, (long long) v)));
	return (int32) v;
}

/* PostgreSQL dates count days from 2000-01-01, rg_date from 1970-01-01. */
#define RG_PG_EPOCH_SHIFT (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)

static rg_date
date_to_rg(DateADT d, const char *name)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("ruralguard: %s must be a finite date", name)));
	return (rg_date) (d + RG_PG_EPOCH_SHIFT);
}

static DateADT
rg_to_date(rg_date d)
{
	return (DateADT) (d - RG_PG_EPOCH_SHIFT);
}

static int32
parse_rounding(text *t)
{
	char	   *s = text_to_cstring(t);
	int32		r;

	if (strcmp(s, "half_up") == 0)
		r = RG_ROUND_HALF_UP;
	else if (strcmp(s, "half_even") == 0)
		r = RG_ROUND_HALF_EVEN;
	else if (strcmp(s, "down") == 0)
		r = RG_ROUND_DOWN;
	else if (strcmp(s, "up") == 0)
		r = RG_ROUND_UP;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ruralguard: unknown rounding mode \"%s\"", s),
				 errhint("Use half_up, half_even, down or up.")));
	pfree(s);
	return r;
}

static int32
parse_language(text *t)
{
	char	   *s = text_to_cstring(t);
	int32		r;

	if (strcmp(s, "zh") == 0 || strcmp(s, "zh-CN") == 0)
		r = 0;
	else if (strcmp(s, "en") == 0)
		r = 1;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ruralguard: unknown language \"%s\"", s),
				 errhint("Use zh or en.")));
	pfree(s);
	return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Version                                                                                    */
/* ------------------------------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(pg_rg_version);
Datum
pg_rg_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(rg_version_string()));
}

/* ------------------------------------------------------------------------------------------ */
/* Money                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/* rg_money_parse(text, thousands bool) -> bigint (1/10000 yuan) */
PG_FUNCTION_INFO_V1(pg_rg_money_parse);
Datum
pg_rg_money_parse(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	bool		thousands = PG_ARGISNULL(1) ? false : PG_GETARG_BOOL(1);
	rg_money	out = 0;

	RG_CHECK(rg_money_parse(&out, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							thousands ? RG_MONEY_PARSE_THOUSANDS : 0u),
			 "rg_money_parse");
	PG_RETURN_INT64(out);
}

/* rg_money_format(amount bigint, decimals int, rounding text, thousands bool) -> text */
PG_FUNCTION_INFO_V1(pg_rg_money_format);
Datum
pg_rg_money_format(PG_FUNCTION_ARGS)
{
	rg_money	amount = PG_GETARG_INT64(0);
	int32		decimals = PG_GETARG_INT32(1);
	int32		rounding = parse_rounding(PG_GETARG_TEXT_PP(2));
	bool		thousands = PG_GETARG_BOOL(3);
	char		buf[64];
	size_t		len = 0;

	RG_CHECK(rg_money_format(buf, sizeof buf, &len, amount, decimals, rounding,
							 thousands ? RG_MONEY_FORMAT_THOUSANDS : 0u),
			 "rg_money_format");
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, (int) len));
}

/* rg_money_round(amount bigint, decimals int, rounding text) -> bigint, rounded once */
PG_FUNCTION_INFO_V1(pg_rg_money_round);
Datum
pg_rg_money_round(PG_FUNCTION_ARGS)
{
	rg_money	amount = PG_GETARG_INT64(0);
	int32		decimals = PG_GETARG_INT32(1);
	int32		rounding = parse_rounding(PG_GETARG_TEXT_PP(2));
	rg_money	out = 0;

	RG_CHECK(rg_money_div(&out, amount, 1, decimals, rounding), "rg_money_round");
	PG_RETURN_INT64(out);
}

/* rg_money_mul_ratio(amount, numerator, denominator, decimals, rounding) -> bigint */
PG_FUNCTION_INFO_V1(pg_rg_money_mul_ratio);
Datum
pg_rg_money_mul_ratio(PG_FUNCTION_ARGS)
{
	rg_money	out = 0;
	int32		rounding = parse_rounding(PG_GETARG_TEXT_PP(4));

	RG_CHECK(rg_money_mul_ratio(&out, PG_GETARG_INT64(0), PG_GETARG_INT64(1), PG_GETARG_INT64(2),
								PG_GETARG_INT32(3), rounding),
			 "rg_money_mul_ratio");
	PG_RETURN_INT64(out);
}

/* rg_money_allocate(total bigint, weights bigint[], fen bool) -> bigint[] (largest remainder) */
PG_FUNCTION_INFO_V1(pg_rg_money_allocate);
Datum
pg_rg_money_allocate(PG_FUNCTION_ARGS)
{
	rg_money	total = PG_GETARG_INT64(0);
	ArrayType  *wa = PG_GETARG_ARRAYTYPE_P(1);
	bool		fen = PG_GETARG_BOOL(2);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int64	   *weights;
	rg_money   *parts;
	Datum	   *out;
	rg_status	st;

	if (ARR_NDIM(wa) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: weights must be a one-dimensional array")));
	deconstruct_array(wa, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	weights = palloc(sizeof(int64) * Max(n, 1));
	parts = palloc(sizeof(rg_money) * Max(n, 1));
	out = palloc(sizeof(Datum) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							errmsg("ruralguard: weights[%d] must not be NULL", i + 1)));
		weights[i] = DatumGetInt64(elems[i]);
	}
	st = fen ? rg_money_allocate_fen(parts, total, weights, (size_t) n)
		: rg_money_allocate(parts, total, weights, (size_t) n);
	if (st != RG_OK)
		rg_raise(st, "rg_money_allocate");
	for (int i = 0; i < n; i++)
		out[i] = Int64GetDatum(parts[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ------------------------------------------------------------------------------------------ */
/* Region codes                                                                               */
/* ------------------------------------------------------------------------------------------ */

/* rg_region_code(text) -> bigint; errors on a malformed or impossible code */
PG_FUNCTION_INFO_V1(pg_rg_region_code);
Datum
pg_rg_region_code(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	uint64_t	code = 0;
	uint8_t		level = 0;

	RG_CHECK(rg_region_parse(&code, &level, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)), "rg_region_code");
	PG_RETURN_INT64((int64) code);
}

/* rg_region_level(text) -> int 1..5 */
PG_FUNCTION_INFO_V1(pg_rg_region_level);
Datum
pg_rg_region_level(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	uint64_t	code = 0;
	uint8_t		level = 0;

	RG_CHECK(rg_region_parse(&code, &level, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)), "rg_region_level");
	PG_RETURN_INT32(level);
}

/* rg_region_valid(text) -> bool, never raises for bad text */
PG_FUNCTION_INFO_V1(pg_rg_region_valid);
Datum
pg_rg_region_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	uint64_t	code = 0;
	uint8_t		level = 0;

	PG_RETURN_BOOL(rg_region_parse(&code, &level, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) == RG_OK);
}

/* rg_region_parent(bigint) -> bigint */
PG_FUNCTION_INFO_V1(pg_rg_region_parent);
Datum
pg_rg_region_parent(PG_FUNCTION_ARGS)
{
	int64		code = PG_GETARG_INT64(0);
	uint64_t	parent = 0;

	if (code < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: region code must not be negative")));
	RG_CHECK(rg_region_parent(&parent, (uint64_t) code), "rg_region_parent");
	PG_RETURN_INT64((int64) parent);
}

/* rg_region_within(code bigint, prefix text) -> bool */
PG_FUNCTION_INFO_V1(pg_rg_region_within);
Datum
pg_rg_region_within(PG_FUNCTION_ARGS)
{
	int64		code = PG_GETARG_INT64(0);
	text	   *p = PG_GETARG_TEXT_PP(1);
	uint8_t		within = 0;

	if (code < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: region code must not be negative")));
	RG_CHECK(rg_region_is_within(&within, (uint64_t) code, VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p)),
			 "rg_region_within");
	PG_RETURN_BOOL(within != 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Policies: JSON text in, a per-call-site cache of the parsed policy keyed by that text.      */
/* ------------------------------------------------------------------------------------------ */

static text *
policy_json_text(rg_policy *policy)
{
	size_t		len = 0;
	rg_status	st = rg_policy_to_json(NULL, 0, &len, policy);
	text	   *out;

	if (st != RG_OK && st != RG_EBUFFER)
	{
		rg_policy_free(policy);
		rg_raise(st, "rg_policy_to_json");
	}
	out = (text *) palloc(VARHDRSZ + len + 1);
	st = rg_policy_to_json(VARDATA(out), len + 1, &len, policy);
	rg_policy_free(policy);
	if (st != RG_OK)
		rg_raise(st, "rg_policy_to_json");
	SET_VARSIZE(out, VARHDRSZ + len);
	return out;
}

/* rg_policy_default(province text, year int) -> text (policy JSON) */
PG_FUNCTION_INFO_V1(pg_rg_policy_default);
Datum
pg_rg_policy_default(PG_FUNCTION_ARGS)
{
	text	   *prov = PG_GETARG_TEXT_PP(0);
	int32		year = PG_GETARG_INT32(1);
	rg_policy  *policy = NULL;
	rg_status	st = rg_policy_default(&policy, VARDATA_ANY(prov), VARSIZE_ANY_EXHDR(prov), year);

	if (st != RG_OK)
	{
		/* A province code the library does not know is an undefined object (42704); a bad year
		 * stays invalid_parameter_value. */
		if (st == RG_ERANGE && strstr(rg_last_error_message(), "province") != NULL)
			rg_raise_code(st, ERRCODE_UNDEFINED_OBJECT, "rg_policy_default");
		rg_raise(st, "rg_policy_default");
	}
	PG_RETURN_TEXT_P(policy_json_text(policy));
}

/* rg_policy_check(json text) -> text: validates and returns the library's normal form */
PG_FUNCTION_INFO_V1(pg_rg_policy_check);
Datum
pg_rg_policy_check(PG_FUNCTION_ARGS)
{
	text	   *j = PG_GETARG_TEXT_PP(0);
	rg_policy  *policy = NULL;

	RG_CHECK(rg_policy_from_json(&policy, VARDATA_ANY(j), VARSIZE_ANY_EXHDR(j)), "policy");
	PG_RETURN_TEXT_P(policy_json_text(policy));
}

typedef struct PolicyCache
{
	rg_policy  *policy;
	char	   *json;			/* copy of the text the policy was parsed from */
	Size		json_len;
	MemoryContextCallback cb;
	/* assessment result type, built once per call site */
	TupleDesc	tupdesc;
} PolicyCache;

static void
policy_cache_release(void *arg)
{
	PolicyCache *pc = (PolicyCache *) arg;

	rg_policy_free(pc->policy);
	pc->policy = NULL;
}

static PolicyCache *
policy_cache(FunctionCallInfo fcinfo)
{
	PolicyCache *pc = (PolicyCache *) fcinfo->flinfo->fn_extra;

	if (pc == NULL)
	{
		pc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PolicyCache));
		pc->cb.func = policy_cache_release;
		pc->cb.arg = pc;
		MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt, &pc->cb);
		fcinfo->flinfo->fn_extra = pc;
	}
	return pc;
}

/* The parsed policy for argument `argno` (JSON text), parsed once per distinct text per call
 * site: a query that passes the same policy for every row parses it once. */
static const rg_policy *
cached_policy(FunctionCallInfo fcinfo, int argno)
{
	PolicyCache *pc = policy_cache(fcinfo);
	text	   *j;
	const char *data;
	Size		len;
	rg_policy  *fresh = NULL;
	rg_status	st;

	require_arg(fcinfo, argno, "policy");
	j = PG_GETARG_TEXT_PP(argno);
	data = VARDATA_ANY(j);
	len = VARSIZE_ANY_EXHDR(j);
	if (pc->policy != NULL && pc->json_len == len && memcmp(pc->json, data, len) == 0)
		return pc->policy;

	/* Forget the old policy first: if the new text fails to parse, nothing stale is cached. */
	rg_policy_free(pc->policy);
	pc->policy = NULL;
	if (pc->json)
		pfree(pc->json);
	pc->json = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, Max(len, 1));
	memcpy(pc->json, data, len);
	pc->json_len = len;
	st = rg_policy_from_json(&fresh, data, len);
	if (st != RG_OK)
		rg_raise(st, "policy");
	pc->policy = fresh;
	return fresh;
}

/* rg_policy_threshold(policy text, region bigint) -> bigint */
PG_FUNCTION_INFO_V1(pg_rg_policy_threshold);
Datum
pg_rg_policy_threshold(PG_FUNCTION_ARGS)
{
	const rg_policy *policy = cached_policy(fcinfo, 0);
	rg_money	out = 0;

	require_arg(fcinfo, 1, "region");
	RG_CHECK(rg_policy_threshold(&out, policy, (uint64_t) PG_GETARG_INT64(1)), "rg_policy_threshold");
	PG_RETURN_INT64(out);
}

/* ------------------------------------------------------------------------------------------ */
/* Household facts from SQL arguments                                                         */
/* ------------------------------------------------------------------------------------------ */

/*
 * Argument layout shared by rg_assess and rg_check_elimination, starting at `base`:
 *   region bigint, kind int, per_capita_income bigint, net_income bigint, income_period_end date,
 *   members int, labour_capable int,                                   -- required
 *   previous_per_capita_income bigint (NULL: unknown), medical_out_of_pocket bigint,
 *   education_out_of_pocket bigint, weak_labour int, seriously_ill int, chronically_ill int,
 *   disabled int, guarantee_failures int, events int                   -- NULL means 0
 */
#define FACT_ARGS 16

static int64
opt_int64(FunctionCallInfo fcinfo, int n)
{
	return PG_ARGISNULL(n) ? 0 : PG_GETARG_INT64(n);
}

static int32
opt_int32(FunctionCallInfo fcinfo, int n)
{
	return PG_ARGISNULL(n) ? 0 : PG_GETARG_INT32(n);
}

static void
facts_from_args(rg_household_facts *f, FunctionCallInfo fcinfo, int base)
{
	static const char *const required[] = {
		"region", "kind", "per_capita_income", "net_income", "income_period_end", "members",
		"labour_capable"
	};
	int64		region;

	for (int i = 0; i < 7; i++)
		require_arg(fcinfo, base + i, required[i]);
	rg_household_facts_init(f);
	region = PG_GETARG_INT64(base + 0);
	if (region < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: region code must not be negative")));
	f->region_code = (uint64_t) region;
	f->kind = (uint8_t) int_in_range(PG_GETARG_INT32(base + 1), 0, 255, "kind");
	f->per_capita_income = PG_GETARG_INT64(base + 2);
	f->net_income = PG_GETARG_INT64(base + 3);
	f->income_period_end = date_to_rg(PG_GETARG_DATEADT(base + 4), "income_period_end");
	f->members = PG_GETARG_INT32(base + 5);
	f->labour_capable = PG_GETARG_INT32(base + 6);
	f->previous_per_capita_income = PG_ARGISNULL(base + 7) ? RG_MONEY_UNKNOWN : PG_GETARG_INT64(base + 7);
	f->medical_out_of_pocket = opt_int64(fcinfo, base + 8);
	f->education_out_of_pocket = opt_int64(fcinfo, base + 9);
	f->weak_labour = opt_int32(fcinfo, base + 10);
	f->seriously_ill = opt_int32(fcinfo, base + 11);
	f->chronically_ill = opt_int32(fcinfo, base + 12);
	f->disabled = opt_int32(fcinfo, base + 13);
	f->guarantee_failures = (uint8_t) int_in_range(opt_int32(fcinfo, base + 14), 0, 255, "guarantee_failures");
	f->events = (uint16_t) int_in_range(opt_int32(fcinfo, base + 15), 0, 65535, "events");
}

static const char *const category_names[] = {"none", "unstable_formerly_poor", "marginal", "sudden_severe"};
static const char *const level_names[] = {"none", "blue", "yellow", "red"};

/* Text of rg_risk_explain in `language`, palloc'd. */
static text *
explain_text(const rg_household_facts *f, const rg_policy *policy, rg_date as_of, int32 language)
{
	char		buf[2048];
	size_t		len = 0;
	rg_status	st = rg_risk_explain(buf, sizeof buf, &len, f, policy, as_of, language);
	text	   *out;

	if (st == RG_OK)
		return cstring_to_text_with_len(buf, (int) len);
	if (st != RG_EBUFFER)
		rg_raise(st, "rg_risk_explain");
	out = (text *) palloc(VARHDRSZ + len + 1);
	RG_CHECK(rg_risk_explain(VARDATA(out), len + 1, &len, f, policy, as_of, language), "rg_risk_explain");
	SET_VARSIZE(out, VARHDRSZ + len);
	return out;
}

static TupleDesc
result_tupdesc(FunctionCallInfo fcinfo, PolicyCache *pc)
{
	if (pc->tupdesc == NULL)
	{
		TupleDesc	td;
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
			ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
							errmsg("ruralguard: function must return a composite type")));
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		pc->tupdesc = BlessTupleDesc(CreateTupleDescCopy(td));
		MemoryContextSwitchTo(old);
	}
	return pc->tupdesc;
}

/*
 * rg_assess(policy text, as_of date, <facts>, explain bool) -> rg_assessment
 * (within_monitoring, category, category_name, level, level_name, score, risk_mask, threshold,
 *  next_visit, reasons_zh, reasons_en)
 */
PG_FUNCTION_INFO_V1(pg_rg_assess);
Datum
pg_rg_assess(PG_FUNCTION_ARGS)
{
	const rg_policy *policy = cached_policy(fcinfo, 0);
	PolicyCache *pc = (PolicyCache *) fcinfo->flinfo->fn_extra;
	rg_household_facts f;
	rg_assessment a;
	rg_date		as_of;
	bool		explain;
	Datum		values[11];
	bool		nulls[11] = {0};
	TupleDesc	td = result_tupdesc(fcinfo, pc);

	require_arg(fcinfo, 1, "as_of");
	as_of = date_to_rg(PG_GETARG_DATEADT(1), "as_of");
	facts_from_args(&f, fcinfo, 2);
	explain = PG_ARGISNULL(2 + FACT_ARGS) ? false : PG_GETARG_BOOL(2 + FACT_ARGS);

	memset(&a, 0, sizeof a);
	a.struct_size = sizeof a;
	RG_CHECK(rg_risk_assess(&a, &f, policy, as_of), "rg_assess");

	values[0] = BoolGetDatum(a.within_monitoring != 0);
	values[1] = Int32GetDatum(a.category);
	values[2] = CStringGetTextDatum(a.category < 4 ? category_names[a.category] : "?");
	values[3] = Int32GetDatum(a.level);
	values[4] = CStringGetTextDatum(a.level < 4 ? level_names[a.level] : "?");
	values[5] = Int32GetDatum(a.score);
	values[6] = Int32GetDatum((int32) a.risk_mask);
	values[7] = Int64GetDatum(a.threshold);
	if (a.next_visit == RG_DATE_NONE)
		nulls[8] = true;
	else
		values[8] = DateADTGetDatum(rg_to_date(a.next_visit));
	if (explain)
	{
		values[9] = PointerGetDatum(explain_text(&f, policy, as_of, 0));
		values[10] = PointerGetDatum(explain_text(&f, policy, as_of, 1));
	}
	else
		nulls[9] = nulls[10] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

/* rg_assess_explain(policy, as_of, <facts>, language text) -> text */
PG_FUNCTION_INFO_V1(pg_rg_assess_explain);
Datum
pg_rg_assess_explain(PG_FUNCTION_ARGS)
{
	const rg_policy *policy = cached_policy(fcinfo, 0);
	rg_household_facts f;
	rg_date		as_of;
	int32		language;

	require_arg(fcinfo, 1, "as_of");
	as_of = date_to_rg(PG_GETARG_DATEADT(1), "as_of");
	facts_from_args(&f, fcinfo, 2);
	language = PG_ARGISNULL(2 + FACT_ARGS) ? 0 : parse_language(PG_GETARG_TEXT_PP(2 + FACT_ARGS));
	PG_RETURN_TEXT_P(explain_text(&f, policy, as_of, language));
}

/*
 * rg_check_elimination(policy, as_of, identified date, elimination text ('aided'|'natural'),
 *   <facts>, measures_implemented int, income_stable_since date, has_contact_person bool,
 *   language text) -> rg_elimination (eligible, kind, failed_conditions, vetoes, report)
 */
PG_FUNCTION_INFO_V1(pg_rg_check_elimination);
Datum
pg_rg_check_elimination(PG_FUNCTION_ARGS)
{
	const rg_policy *policy = cached_policy(fcinfo, 0);
	PolicyCache *pc = (PolicyCache *) fcinfo->flinfo->fn_extra;
	TupleDesc	td = result_tupdesc(fcinfo, pc);
	rg_household_facts f;
	rg_case_facts cf;
	rg_elimination_result r;
	rg_date		as_of;
	int32		kind;
	int32		language;
	char	   *kind_s;
	int			extra = 4 + FACT_ARGS;
	char		buf[2048];
	char	   *report = buf;
	size_t		len = 0;
	rg_status	st;
	Datum		values[5];
	bool		nulls[5] = {0};

	require_arg(fcinfo, 1, "as_of");
	require_arg(fcinfo, 2, "identified");
	require_arg(fcinfo, 3, "elimination");
	as_of = date_to_rg(PG_GETARG_DATEADT(1), "as_of");
	kind_s = text_to_cstring(PG_GETARG_TEXT_PP(3));
	if (strcmp(kind_s, "aided") == 0)
		kind = RG_ELIMINATION_AIDED;
	else if (strcmp(kind_s, "natural") == 0)
		kind = RG_ELIMINATION_NATURAL;
	else
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: unknown elimination kind \"%s\"", kind_s),
						errhint("Use aided or natural.")));
	facts_from_args(&f, fcinfo, 4);

	memset(&cf, 0, sizeof cf);
	cf.struct_size = sizeof cf;
	cf.identified = date_to_rg(PG_GETARG_DATEADT(2), "identified");
	cf.measures_implemented = opt_int32(fcinfo, extra);
	cf.income_stable_since = PG_ARGISNULL(extra + 1) ? RG_DATE_NONE
		: date_to_rg(PG_GETARG_DATEADT(extra + 1), "income_stable_since");
	cf.has_contact_person = PG_ARGISNULL(extra + 2) ? 1 : (PG_GETARG_BOOL(extra + 2) ? 1 : 0);
	language = PG_ARGISNULL(extra + 3) ? 0 : parse_language(PG_GETARG_TEXT_PP(extra + 3));

	memset(&r, 0, sizeof r);
	r.struct_size = sizeof r;
	st = rg_risk_check_elimination(&r, buf, sizeof buf, &len, &cf, &f, policy, as_of, kind, language);
	if (st == RG_EBUFFER)
	{
		report = palloc(len + 1);
		st = rg_risk_check_elimination(&r, report, len + 1, &len, &cf, &f, policy, as_of, kind, language);
	}
	if (st != RG_OK)
		rg_raise(st, "rg_check_elimination");

	values[0] = BoolGetDatum(r.eligible != 0);
	values[1] = CStringGetTextDatum(r.kind == RG_ELIMINATION_AIDED ? "aided" : "natural");
	values[2] = Int32GetDatum((int32) r.failed_conditions);
	values[3] = Int32GetDatum((int32) r.vetoes);
	values[4] = PointerGetDatum(cstring_to_text_with_len(report, (int) len));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

/*
 * rg_assess_batch(policy, as_of, keys bigint[], region bigint[], kind int[], per_capita_income
 *   bigint[], net_income bigint[], income_period_end date[], members int[], labour_capable int[],
 *   previous bigint[], medical bigint[], education bigint[], weak_labour int[], seriously_ill int[],
 *   chronically_ill int[], disabled int[], guarantee_failures int[], events int[])
 *   -> setof (key, within_monitoring, category, level, score, risk_mask, next_visit, status)
 * The batch C ABI (rg_risk_assess_batch) over whole columns: the policy is compiled once per
 * call, not once per row. Required columns must not hold NULLs; in the optional ones NULL is 0
 * (previous income: unknown). A row the library refuses gets its status and zero outputs.
 */
typedef struct BatchCol
{
	Datum	   *el;
	bool	   *nulls;
	int			n;
} BatchCol;

static bool
batch_col(FunctionCallInfo fcinfo, int argno, Oid elemtype, BatchCol *c, int *count, const char *name,
		  bool required)
{
	ArrayType  *a;
	int16		typlen;
	bool		byval;
	char		align;

	c->el = NULL;
	c->nulls = NULL;
	c->n = 0;
	if (PG_ARGISNULL(argno))
	{
		if (required)
			require_arg(fcinfo, argno, name);
		return false;
	}
	a = PG_GETARG_ARRAYTYPE_P(argno);
	if (ARR_NDIM(a) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: %s must be a one-dimensional array", name)));
	get_typlenbyvalalign(elemtype, &typlen, &byval, &align);
	deconstruct_array(a, elemtype, typlen, byval, align, &c->el, &c->nulls, &c->n);
	if (*count < 0)
		*count = c->n;
	else if (c->n != *count)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: %s has %d elements, keys has %d", name, c->n, *count)));
	if (required)
		for (int i = 0; i < c->n; i++)
			if (c->nulls[i])
				ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
								errmsg("ruralguard: %s[%d] must not be NULL", name, i + 1)));
	return true;
}

PG_FUNCTION_INFO_V1(pg_rg_assess_batch);
Datum
pg_rg_assess_batch(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const rg_policy *policy = cached_policy(fcinfo, 0);
	rg_date		as_of;
	int			n = -1;
	BatchCol	key, region, kind, pci, net, end, members, labour, opt[10];
	static const char *const opt_names[10] = {
		"previous_per_capita_income", "medical_out_of_pocket", "education_out_of_pocket",
		"weak_labour", "seriously_ill", "chronically_ill", "disabled", "guarantee_failures",
		"events", NULL
	};
	rg_household_columns in;
	rg_assessment_columns out;
	uint64_t   *c_region;
	uint8_t    *c_kind, *c_g, *o_within, *o_category, *o_level;
	rg_money   *c_pci, *c_net, *c_prev, *c_med, *c_edu;
	rg_date    *c_end, *o_next;
	int32_t    *c_members, *c_labour, *c_weak, *c_ill, *c_chronic, *c_disabled, *o_score, *o_status;
	uint16_t   *c_events;
	uint32_t   *o_mask;
	size_t		failed = 0;

	InitMaterializedSRF(fcinfo, 0);
	require_arg(fcinfo, 1, "as_of");
	as_of = date_to_rg(PG_GETARG_DATEADT(1), "as_of");
	batch_col(fcinfo, 2, INT8OID, &key, &n, "keys", true);
	batch_col(fcinfo, 3, INT8OID, &region, &n, "region", true);
	batch_col(fcinfo, 4, INT4OID, &kind, &n, "kind", true);
	batch_col(fcinfo, 5, INT8OID, &pci, &n, "per_capita_income", true);
	batch_col(fcinfo, 6, INT8OID, &net, &n, "net_income", true);
	batch_col(fcinfo, 7, DATEOID, &end, &n, "income_period_end", true);
	batch_col(fcinfo, 8, INT4OID, &members, &n, "members", true);
	batch_col(fcinfo, 9, INT4OID, &labour, &n, "labour_capable", true);
	for (int j = 0; j < 9; j++)
		batch_col(fcinfo, 10 + j, j < 3 ? INT8OID : INT4OID, &opt[j], &n, opt_names[j], false);
	if (n <= 0)
		return (Datum) 0;

#define ALLOC_COL(type) ((type *) palloc_extended(sizeof(type) * (Size) n, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO))
	c_region = ALLOC_COL(uint64_t);
	c_kind = ALLOC_COL(uint8_t);
	c_pci = ALLOC_COL(rg_money);
	c_net = ALLOC_COL(rg_money);
	c_end = ALLOC_COL(rg_date);
	c_members = ALLOC_COL(int32_t);
	c_labour = ALLOC_COL(int32_t);
	c_prev = ALLOC_COL(rg_money);
	c_med = ALLOC_COL(rg_money);
	c_edu = ALLOC_COL(rg_money);
	c_weak = ALLOC_COL(int32_t);
	c_ill = ALLOC_COL(int32_t);
	c_chronic = ALLOC_COL(int32_t);
	c_disabled = ALLOC_COL(int32_t);
	c_g = ALLOC_COL(uint8_t);
	c_events = ALLOC_COL(uint16_t);
	o_within = ALLOC_COL(uint8_t);
	o_category = ALLOC_COL(uint8_t);
	o_level = ALLOC_COL(uint8_t);
	o_next = ALLOC_COL(rg_date);
	o_score = ALLOC_COL(int32_t);
	o_status = ALLOC_COL(int32_t);
	o_mask = ALLOC_COL(uint32_t);
#undef ALLOC_COL

#define OPT64(j, i) ((opt[j].el && !opt[j].nulls[i]) ? DatumGetInt64(opt[j].el[i]) : 0)
#define OPT32(j, i) ((opt[j].el && !opt[j].nulls[i]) ? DatumGetInt32(opt[j].el[i]) : 0)
	for (int i = 0; i < n; i++)
	{
		int64		r = DatumGetInt64(region.el[i]);
		int32		k = DatumGetInt32(kind.el[i]);

		/* A kind outside 0..255 becomes 0, which the library refuses for that row (status). */
		if (r < 0)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("ruralguard: region[%d] must not be negative", i + 1)));
		c_region[i] = (uint64_t) r;
		c_kind[i] = (k < 0 || k > 255) ? 0 : (uint8_t) k;
		c_pci[i] = DatumGetInt64(pci.el[i]);
		c_net[i] = DatumGetInt64(net.el[i]);
		c_end[i] = date_to_rg(DatumGetDateADT(end.el[i]), "income_period_end");
		c_members[i] = DatumGetInt32(members.el[i]);
		c_labour[i] = DatumGetInt32(labour.el[i]);
		c_prev[i] = (opt[0].el && !opt[0].nulls[i]) ? DatumGetInt64(opt[0].el[i]) : RG_MONEY_UNKNOWN;
		c_med[i] = OPT64(1, i);
		c_edu[i] = OPT64(2, i);
		c_weak[i] = OPT32(3, i);
		c_ill[i] = OPT32(4, i);
		c_chronic[i] = OPT32(5, i);
		c_disabled[i] = OPT32(6, i);
		c_g[i] = (uint8_t) int_in_range(OPT32(7, i), 0, 255, "guarantee_failures");
		c_events[i] = (uint16_t) int_in_range(OPT32(8, i), 0, 65535, "events");
	}
#undef OPT64
#undef OPT32

	memset(&in, 0, sizeof in);
	in.struct_size = sizeof in;
	in.count = (size_t) n;
	in.region_code = c_region;
	in.kind = c_kind;
	in.per_capita_income = c_pci;
	in.previous_per_capita_income = c_prev;
	in.net_income = c_net;
	in.medical_out_of_pocket = c_med;
	in.education_out_of_pocket = c_edu;
	in.income_period_end = c_end;
	in.members = c_members;
	in.labour_capable = c_labour;
	in.weak_labour = c_weak;
	in.seriously_ill = c_ill;
	in.chronically_ill = c_chronic;
	in.disabled = c_disabled;
	in.guarantee_failures = c_g;
	in.events = c_events;
	memset(&out, 0, sizeof out);
	out.struct_size = sizeof out;
	out.within_monitoring = o_within;
	out.category = o_category;
	out.risk_mask = o_mask;
	out.score = o_score;
	out.level = o_level;
	out.next_visit = o_next;
	out.status = o_status;
	RG_CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of), "rg_assess_batch");

	for (int i = 0; i < n; i++)
	{
		Datum		v[8];
		bool		nulls[8] = {0};

		v[0] = key.el[i];
		v[1] = BoolGetDatum(o_within[i] != 0);
		v[2] = Int32GetDatum(o_category[i]);
		v[3] = Int32GetDatum(o_level[i]);
		v[4] = Int32GetDatum(o_score[i]);
		v[5] = Int32GetDatum((int32) o_mask[i]);
		if (o_status[i] != RG_OK || o_next[i] == RG_DATE_NONE)
			nulls[6] = true;
		else
			v[6] = DateADTGetDatum(rg_to_date(o_next[i]));
		v[7] = Int32GetDatum(o_status[i]);
		if (o_status[i] != RG_OK)
			nulls[1] = nulls[2] = nulls[3] = nulls[4] = nulls[5] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}

/* rg_dq_rules() -> setof (rule int, code text, key text, severity text, title_en text, title_zh text) */
PG_FUNCTION_INFO_V1(pg_rg_dq_rules);
Datum
pg_rg_dq_rules(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (uint16_t rule = 1; rule <= RG_DQ_RULES; rule++)
	{
		const char *code, *key, *en, *zh;
		uint8_t		sev = 0;
		Datum		values[6];
		bool		nulls[6] = {0};

		RG_CHECK(rg_dq_rule_info(&code, &key, &sev, &en, &zh, rule), "rg_dq_rule_info");
		values[0] = Int32GetDatum(rule);
		values[1] = CStringGetTextDatum(code);
		values[2] = CStringGetTextDatum(key);
		values[3] = CStringGetTextDatum(sev == RG_DQ_ERROR ? "error" : "warning");
		values[4] = CStringGetTextDatum(en);
		values[5] = CStringGetTextDatum(zh);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Region summaries: the mergeable summary set as aggregate state                             */
/* ------------------------------------------------------------------------------------------ */

/* Rows per library call. Each call costs about 8 us per distinct region on top of ~0.15 us per
 * row (measured: 8,192 rows over 975 villages 9.4 ms, 1,000,000 rows 156 ms), so batches are
 * large; buffers grow from 64 rows, so small groups stay small. */
#define SUM_BUF_ROWS 65536

/* Rows waiting to be summarised; one buffer per (has income, assessed) combination, because the
 * library takes those columns per batch (NULL array = none of the rows has it). */
typedef struct SumBuf
{
	int			n;
	int			cap;			/* grows 64, 128, ... SUM_BUF_ROWS */
	uint64_t   *region;
	uint8_t    *kind;
	int32_t    *members;
	rg_money   *pci;
	rg_money   *prev;
	uint8_t    *within;
	uint8_t    *category;
	uint8_t    *level;
} SumBuf;

typedef struct SumState
{
	rg_summary *sum;			/* library-owned (malloc); freed by the context callback */
	MemoryContext mcxt;
	MemoryContextCallback cb;
	SumBuf		buf[4];			/* index: (has income) | (assessed << 1) */
} SumState;

static void
sum_state_release(void *arg)
{
	SumState   *s = (SumState *) arg;

	rg_summary_free(s->sum);
	s->sum = NULL;
}

static SumState *
sum_state_new(MemoryContext mcxt)
{
	SumState   *s = MemoryContextAllocZero(mcxt, sizeof(SumState));

	s->mcxt = mcxt;
	s->cb.func = sum_state_release;
	s->cb.arg = s;
	MemoryContextRegisterResetCallback(mcxt, &s->cb);
	return s;
}

/* Adds `part` (a new set the caller hands over) into s->sum; frees `part` in every case. */
static void
sum_absorb(SumState *s, rg_summary *part)
{
	rg_status	st;

	if (s->sum == NULL)
	{
		s->sum = part;
		return;
	}
	st = rg_summary_merge(s->sum, part);
	rg_summary_free(part);
	if (st != RG_OK)
		rg_raise(st, "rg_summary_merge");
}

static void
sum_flush_one(SumState *s, int idx)
{
	SumBuf	   *b = &s->buf[idx];
	rg_summary_households rows;
	rg_summary *part = NULL;

	if (b->n == 0)
		return;
	rg_summary_households_init(&rows);
	rows.count = (size_t) b->n;
	rows.region = b->region;
	rows.kind = b->kind;
	rows.members = b->members;
	if (idx & 1)
	{
		rows.per_capita_income = b->pci;
		rows.previous_per_capita_income = b->prev;
	}
	if (idx & 2)
	{
		rows.within_monitoring = b->within;
		rows.category = b->category;
		rows.level = b->level;
	}
	b->n = 0;					/* the rows are consumed whether or not the call succeeds */
	RG_CHECK(rg_summary_from_households(&part, &rows), "rg_summary_agg");
	sum_absorb(s, part);
}

static void
sum_flush(SumState *s)
{
	for (int i = 0; i < 4; i++)
		sum_flush_one(s, i);
}

/* The set, never NULL after this (an empty set for an empty state). */
static rg_summary *
sum_get(SumState *s)
{
	sum_flush(s);
	if (s->sum == NULL)
	{
		rg_summary_households rows;
		uint64_t	r = 0;
		uint8_t		k = 0;
		int32_t		m = 0;

		rg_summary_households_init(&rows);
		rows.region = &r;
		rows.kind = &k;
		rows.members = &m;
		RG_CHECK(rg_summary_from_households(&s->sum, &rows), "rg_summary_households");
	}
	return s->sum;
}

static void
sum_buf_grow(SumState *s, SumBuf *b)
{
	MemoryContext m = s->mcxt;
	int			cap = b->cap == 0 ? 64 : Min(b->cap * 2, SUM_BUF_ROWS);

	if (b->cap == 0)
	{
		b->region = MemoryContextAlloc(m, sizeof(uint64_t) * cap);
		b->kind = MemoryContextAlloc(m, cap);
		b->members = MemoryContextAlloc(m, sizeof(int32_t) * cap);
		b->pci = MemoryContextAlloc(m, sizeof(rg_money) * cap);
		b->prev = MemoryContextAlloc(m, sizeof(rg_money) * cap);
		b->within = MemoryContextAlloc(m, cap);
		b->category = MemoryContextAlloc(m, cap);
		b->level = MemoryContextAlloc(m, cap);
	}
	else
	{
		b->region = repalloc(b->region, sizeof(uint64_t) * cap);
		b->kind = repalloc(b->kind, cap);
		b->members = repalloc(b->members, sizeof(int32_t) * cap);
		b->pci = repalloc(b->pci, sizeof(rg_money) * cap);
		b->prev = repalloc(b->prev, sizeof(rg_money) * cap);
		b->within = repalloc(b->within, cap);
		b->category = repalloc(b->category, cap);
		b->level = repalloc(b->level, cap);
	}
	b->cap = cap;
}

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						errmsg("ruralguard: %s called in non-aggregate context", name)));
	return aggcontext;
}

/* rg_summary_trans(state, region, kind, members, per_capita_income, previous, within, category,
 * level). region, kind and members are required; a NULL income means no income record, a NULL
 * within_monitoring means not assessed. */
PG_FUNCTION_INFO_V1(pg_rg_summary_trans);
Datum
pg_rg_summary_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_summary_agg");
	SumState   *s = PG_ARGISNULL(0) ? NULL : (SumState *) PG_GETARG_POINTER(0);
	int			idx;
	SumBuf	   *b;
	int64		region;

	if (s == NULL)
		s = sum_state_new(aggcontext);
	require_arg(fcinfo, 1, "region");
	require_arg(fcinfo, 2, "kind");
	require_arg(fcinfo, 3, "members");
	region = PG_GETARG_INT64(1);
	if (region < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: region code must not be negative")));
	idx = (PG_ARGISNULL(4) ? 0 : 1) | (PG_ARGISNULL(6) ? 0 : 2);
	b = &s->buf[idx];
	if (b->n == b->cap)
		sum_buf_grow(s, b);
	b->region[b->n] = (uint64_t) region;
	b->kind[b->n] = (uint8_t) int_in_range(PG_GETARG_INT32(2), 0, 255, "kind");
	b->members[b->n] = PG_GETARG_INT32(3);
	b->pci[b->n] = PG_ARGISNULL(4) ? 0 : PG_GETARG_INT64(4);
	b->prev[b->n] = PG_ARGISNULL(5) ? RG_MONEY_UNKNOWN : PG_GETARG_INT64(5);
	if (idx & 2)
	{
		b->within[b->n] = PG_GETARG_BOOL(6) ? 1 : 0;
		b->category[b->n] = (uint8_t) int_in_range(opt_int32(fcinfo, 7), 0, 255, "category");
		b->level[b->n] = (uint8_t) int_in_range(opt_int32(fcinfo, 8), 0, 255, "level");
	}
	else
		b->within[b->n] = b->category[b->n] = b->level[b->n] = 0;
	b->n++;
	if (b->n == SUM_BUF_ROWS)
		sum_flush_one(s, idx);
	PG_RETURN_POINTER(s);
}

/* rg_summary_merge_trans(state, summary json): merges summaries computed elsewhere (per shard,
 * per partition, per machine). */
PG_FUNCTION_INFO_V1(pg_rg_summary_merge_trans);
Datum
pg_rg_summary_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_summary_merge_agg");
	SumState   *s = PG_ARGISNULL(0) ? NULL : (SumState *) PG_GETARG_POINTER(0);
	text	   *j;
	rg_summary *part = NULL;

	if (s == NULL)
		s = sum_state_new(aggcontext);
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(s);
	j = PG_GETARG_TEXT_PP(1);
	RG_CHECK(rg_summary_from_json(&part, VARDATA_ANY(j), VARSIZE_ANY_EXHDR(j)), "summary");
	sum_absorb(s, part);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(pg_rg_summary_combine);
Datum
pg_rg_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_summary_combine");
	SumState   *s1 = PG_ARGISNULL(0) ? NULL : (SumState *) PG_GETARG_POINTER(0);
	SumState   *s2 = PG_ARGISNULL(1) ? NULL : (SumState *) PG_GETARG_POINTER(1);

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = sum_state_new(aggcontext);
	sum_flush(s1);
	RG_CHECK(rg_summary_merge(sum_get(s1), sum_get(s2)), "rg_summary_merge");
	PG_RETURN_POINTER(s1);
}

/* The set's raw-sum JSON as text. Writing it costs ~80 ms per 1,000 regions, so the buffer is
 * sized from the region count (about 720 bytes each) to need one call, two only when short. */
static text *
summary_json(const rg_summary *sum)
{
	size_t		count = 0;
	size_t		cap;
	size_t		len = 0;
	rg_status	st;
	text	   *out;

	RG_CHECK(rg_summary_count(&count, sum), "rg_summary_count");
	cap = count * 1024 + 4096;
	if (cap > MaxAllocHugeSize - VARHDRSZ)
		cap = MaxAllocHugeSize - VARHDRSZ;
	out = (text *) palloc_extended(VARHDRSZ + cap, MCXT_ALLOC_HUGE);
	st = rg_summary_to_json(VARDATA(out), cap, &len, sum);
	if (st == RG_EBUFFER)
	{
		pfree(out);
		out = (text *) palloc_extended(VARHDRSZ + len + 1, MCXT_ALLOC_HUGE);
		st = rg_summary_to_json(VARDATA(out), len + 1, &len, sum);
	}
	if (st != RG_OK)
		rg_raise(st, "rg_summary_to_json");
	if (len + 1 > MaxAllocSize - VARHDRSZ)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						errmsg("ruralguard: summary JSON of %zu bytes exceeds the 1 GB value limit", len)));
	SET_VARSIZE(out, VARHDRSZ + len);
	return out;
}

/* Serialised state: the raw-sum JSON the library writes (portable between machines). */
PG_FUNCTION_INFO_V1(pg_rg_summary_serialize);
Datum
pg_rg_summary_serialize(PG_FUNCTION_ARGS)
{
	SumState   *s = (SumState *) PG_GETARG_POINTER(0);

	(void) agg_context(fcinfo, "rg_summary_serialize");
	PG_RETURN_BYTEA_P((bytea *) summary_json(sum_get(s)));
}

PG_FUNCTION_INFO_V1(pg_rg_summary_deserialize);
Datum
pg_rg_summary_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	SumState   *s;
	rg_summary *sum = NULL;

	(void) agg_context(fcinfo, "rg_summary_deserialize");
	s = sum_state_new(CurrentMemoryContext);
	RG_CHECK(rg_summary_from_json(&sum, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b)), "rg_summary_deserialize");
	s->sum = sum;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(pg_rg_summary_final);
Datum
pg_rg_summary_final(PG_FUNCTION_ARGS)
{
	SumState   *s = PG_ARGISNULL(0) ? NULL : (SumState *) PG_GETARG_POINTER(0);

	(void) agg_context(fcinfo, "rg_summary_final");
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(summary_json(sum_get(s)));
}

/* A library set parsed from JSON, owned by the current memory context (freed with it). */
static rg_summary *
summary_from_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *j = PG_GETARG_TEXT_PP(argno);
	SumState   *s = sum_state_new(CurrentMemoryContext);

	RG_CHECK(rg_summary_from_json(&s->sum, VARDATA_ANY(j), VARSIZE_ANY_EXHDR(j)), "summary");
	return s->sum;
}

/* rg_summary_merge(a json, b json) -> json */
PG_FUNCTION_INFO_V1(pg_rg_summary_merge);
Datum
pg_rg_summary_merge(PG_FUNCTION_ARGS)
{
	rg_summary *a = summary_from_arg(fcinfo, 0);
	rg_summary *b = summary_from_arg(fcinfo, 1);

	RG_CHECK(rg_summary_merge(a, b), "rg_summary_merge");
	PG_RETURN_TEXT_P(summary_json(a));
}

/* rg_summary_roll_up(summary json, level int) -> json */
PG_FUNCTION_INFO_V1(pg_rg_summary_roll_up);
Datum
pg_rg_summary_roll_up(PG_FUNCTION_ARGS)
{
	rg_summary *a = summary_from_arg(fcinfo, 0);
	SumState   *out = sum_state_new(CurrentMemoryContext);

	RG_CHECK(rg_summary_roll_up(&out->sum, a, PG_GETARG_INT32(1)), "rg_summary_roll_up");
	PG_RETURN_TEXT_P(summary_json(out->sum));
}

/* rg_summary_figures(summary json) -> setof (region, households_*, people_*, assessed, monitored,
 * monitored_blue/yellow/red, fp_people_with_income, fp_income_people_sum) */
PG_FUNCTION_INFO_V1(pg_rg_summary_figures);
Datum
pg_rg_summary_figures(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	rg_summary *sum;
	size_t		count = 0;

	InitMaterializedSRF(fcinfo, 0);
	sum = summary_from_arg(fcinfo, 0);
	RG_CHECK(rg_summary_count(&count, sum), "rg_summary_count");
	for (size_t i = 0; i < count; i++)
	{
		rg_region_figures f;
		Datum		v[15];
		bool		nulls[15] = {0};

		memset(&f, 0, sizeof f);
		f.struct_size = sizeof f;
		RG_CHECK(rg_summary_figures(&f, sum, i), "rg_summary_figures");
		v[0] = Int64GetDatum((int64) f.region);
		v[1] = Int64GetDatum(f.households_by_type[1]);
		v[2] = Int64GetDatum(f.households_by_type[2]);
		v[3] = Int64GetDatum(f.households_by_type[3]);
		v[4] = Int64GetDatum(f.people_by_type[1]);
		v[5] = Int64GetDatum(f.people_by_type[2]);
		v[6] = Int64GetDatum(f.people_by_type[3]);
		v[7] = Int64GetDatum(f.assessed);
		v[8] = Int64GetDatum(f.monitored);
		v[9] = Int64GetDatum(f.monitored_by_level[1]);
		v[10] = Int64GetDatum(f.monitored_by_level[2]);
		v[11] = Int64GetDatum(f.monitored_by_level[3]);
		v[12] = Int64GetDatum(f.fp_people_with_income);
		v[13] = Int64GetDatum(f.fp_income_people_sum);
		v[14] = Int64GetDatum(f.projects);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}

/* rg_report_render(summary json, as_of date, level int, format text) -> text */
PG_FUNCTION_INFO_V1(pg_rg_report_render);
Datum
pg_rg_report_render(PG_FUNCTION_ARGS)
{
	rg_summary *sum = summary_from_arg(fcinfo, 0);
	rg_date		as_of = date_to_rg(PG_GETARG_DATEADT(1), "as_of");
	int32		level = PG_GETARG_INT32(2);
	char	   *fmt = text_to_cstring(PG_GETARG_TEXT_PP(3));
	int32		format;
	size_t		len = 0;
	rg_status	st;
	text	   *out;

	if (strcmp(fmt, "json") == 0)
		format = RG_REPORT_JSON;
	else if (strcmp(fmt, "csv") == 0)
		format = RG_REPORT_CSV;
	else if (strcmp(fmt, "csv_en") == 0)
		format = RG_REPORT_CSV_EN;
	else if (strcmp(fmt, "csv_zh") == 0)
		format = RG_REPORT_CSV_ZH;
	else if (strcmp(fmt, "html") == 0)
		format = RG_REPORT_HTML;
	else if (strcmp(fmt, "text") == 0)
		format = RG_REPORT_TEXT;
	else if (strcmp(fmt, "scores_csv") == 0)
		format = RG_REPORT_SCORES_CSV;
	else
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: unknown report format \"%s\"", fmt),
						errhint("Use json, csv, csv_en, csv_zh, html, text or scores_csv.")));
	st = rg_report_render(NULL, 0, &len, sum, as_of, level, format, NULL, 0);
	if (st != RG_OK && st != RG_EBUFFER)
		rg_raise(st, "rg_report_render");
	out = (text *) palloc(VARHDRSZ + len + 1);
	RG_CHECK(rg_report_render(VARDATA(out), len + 1, &len, sum, as_of, level, format, NULL, 0),
			 "rg_report_render");
	SET_VARSIZE(out, VARHDRSZ + len);
	PG_RETURN_TEXT_P(out);
}

/* rg_summary_of_arrays(region bigint[], kind int[], members int[], per_capita_income bigint[],
 * previous bigint[], within bool[], category int[], level int[]) -> json: one library call over
 * whole columns (the library's own summary in one go; the test compares the aggregate with it).
 * Column NULL = array-level "none"; element NULLs are not allowed. */
static void *
array_column(FunctionCallInfo fcinfo, int argno, Oid elemtype, int elemsize, int64 *n)
{
	ArrayType  *a;
	Datum	   *el;
	bool	   *nulls;
	int			cnt;
	void	   *out;
	int16		typlen;
	bool		byval;
	char		align;

	if (PG_ARGISNULL(argno))
		return NULL;
	a = PG_GETARG_ARRAYTYPE_P(argno);
	get_typlenbyvalalign(elemtype, &typlen, &byval, &align);
	deconstruct_array(a, elemtype, typlen, byval, align, &el, &nulls, &cnt);
	if (*n >= 0 && cnt != *n)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: array %d has %d elements, expected %lld", argno + 1, cnt,
							   (long long) *n)));
	*n = cnt;
	out = palloc_extended((Size) elemsize * Max(cnt, 1), MCXT_ALLOC_HUGE);
	for (int i = 0; i < cnt; i++)
	{
		if (nulls[i])
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							errmsg("ruralguard: array %d has a NULL at %d", argno + 1, i + 1)));
		switch (elemsize)
		{
			case 8:
				((int64 *) out)[i] = DatumGetInt64(el[i]);
				break;
			case 4:
				((int32 *) out)[i] = DatumGetInt32(el[i]);
				break;
			default:
				if (elemtype == BOOLOID)
					((uint8 *) out)[i] = DatumGetBool(el[i]) ? 1 : 0;
				else
					((uint8 *) out)[i] = (uint8) int_in_range(DatumGetInt32(el[i]), 0, 255, "array element");
		}
	}
	pfree(el);
	pfree(nulls);
	return out;
}

PG_FUNCTION_INFO_V1(pg_rg_summary_of_arrays);
Datum
pg_rg_summary_of_arrays(PG_FUNCTION_ARGS)
{
	rg_summary_households rows;
	int64		n = -1;
	SumState   *s;

	for (int i = 0; i < 3; i++)
		require_arg(fcinfo, i, i == 0 ? "region" : i == 1 ? "kind" : "members");
	rg_summary_households_init(&rows);
	rows.region = array_column(fcinfo, 0, INT8OID, 8, &n);
	rows.kind = array_column(fcinfo, 1, INT4OID, 1, &n);
	rows.members = array_column(fcinfo, 2, INT4OID, 4, &n);
	rows.per_capita_income = array_column(fcinfo, 3, INT8OID, 8, &n);
	rows.previous_per_capita_income = array_column(fcinfo, 4, INT8OID, 8, &n);
	rows.within_monitoring = array_column(fcinfo, 5, BOOLOID, 1, &n);
	rows.category = array_column(fcinfo, 6, INT4OID, 1, &n);
	rows.level = array_column(fcinfo, 7, INT4OID, 1, &n);
	rows.count = (size_t) Max(n, 0);
	s = sum_state_new(CurrentMemoryContext);
	RG_CHECK(rg_summary_from_households(&s->sum, &rows), "rg_summary_of_arrays");
	PG_RETURN_TEXT_P(summary_json(s->sum));
}

/* ------------------------------------------------------------------------------------------ */
/* FGT: the incomes (and weights) are the state; combine concatenates; the library computes    */
/* the exact index once at the end.                                                           */
/* ------------------------------------------------------------------------------------------ */

typedef struct FgtState
{
	int64		line;
	int32		alpha;
	int32		decimals;		/* RG_MEASURES_FRACTION for exact fractions */
	bool		weighted;
	int64		n;
	int64		cap;
	int64	   *incomes;
	int64	   *weights;		/* NULL until a weight other than 1 is seen */
	MemoryContext mcxt;
} FgtState;

static FgtState *
fgt_new(MemoryContext m, int64 line, int32 alpha, int32 decimals)
{
	FgtState   *s = MemoryContextAllocZero(m, sizeof(FgtState));

	s->line = line;
	s->alpha = alpha;
	s->decimals = decimals;
	s->mcxt = m;
	return s;
}

static void
fgt_reserve(FgtState *s, int64 need)
{
	int64		cap;

	if (need <= s->cap)
		return;
	cap = Max(Max(s->cap * 2, need), 1024);
	if (s->incomes == NULL)
	{
		s->incomes = MemoryContextAllocHuge(s->mcxt, sizeof(int64) * cap);
		if (s->weighted)
			s->weights = MemoryContextAllocHuge(s->mcxt, sizeof(int64) * cap);
	}
	else
	{
		s->incomes = repalloc_huge(s->incomes, sizeof(int64) * cap);
		if (s->weights)
			s->weights = repalloc_huge(s->weights, sizeof(int64) * cap);
	}
	s->cap = cap;
}

static void
fgt_make_weighted(FgtState *s)
{
	if (s->weighted)
		return;
	s->weighted = true;
	if (s->cap > 0)
	{
		s->weights = MemoryContextAllocHuge(s->mcxt, sizeof(int64) * s->cap);
		for (int64 i = 0; i < s->n; i++)
			s->weights[i] = 1;
	}
}

static void
fgt_check_same(FgtState *s, int64 line, int32 alpha, int32 decimals)
{
	if (s->line != line || s->alpha != alpha || s->decimals != decimals)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: rg_fgt: line, alpha and decimals must be the same for every row")));
}

/* rg_fgt_trans(state, income, line, alpha) or (state, income, weight, line, alpha, decimals).
 * A NULL income is skipped (like any SQL aggregate); a NULL weight means 1. */
PG_FUNCTION_INFO_V1(pg_rg_fgt_trans);
Datum
pg_rg_fgt_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_fgt");
	FgtState   *s = PG_ARGISNULL(0) ? NULL : (FgtState *) PG_GETARG_POINTER(0);
	bool		long_form = PG_NARGS() == 6;
	int			a_line = long_form ? 3 : 2;
	int64		line;
	int32		alpha;
	int32		decimals = RG_MEASURES_FRACTION;
	int64		weight = 1;

	if (PG_ARGISNULL(1))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	require_arg(fcinfo, a_line, "line");
	require_arg(fcinfo, a_line + 1, "alpha");
	line = PG_GETARG_INT64(a_line);
	alpha = PG_GETARG_INT32(a_line + 1);
	if (long_form)
	{
		require_arg(fcinfo, 5, "decimals");
		decimals = PG_GETARG_INT32(5);
		if (!PG_ARGISNULL(2))
			weight = PG_GETARG_INT64(2);
	}
	if (s == NULL)
		s = fgt_new(aggcontext, line, alpha, decimals);
	else
		fgt_check_same(s, line, alpha, decimals);
	if (s->n >= (int64) RG_FGT_ENTRIES_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("ruralguard: rg_fgt: more than RG_FGT_ENTRIES_MAX (%u) incomes in one group",
							   RG_FGT_ENTRIES_MAX),
						errhint("Compute per county and combine the counts.")));
	if (weight != 1)
		fgt_make_weighted(s);
	fgt_reserve(s, s->n + 1);
	s->incomes[s->n] = PG_GETARG_INT64(1);
	if (s->weighted)
		s->weights[s->n] = weight;
	s->n++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(pg_rg_fgt_combine);
Datum
pg_rg_fgt_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_fgt");
	FgtState   *s1 = PG_ARGISNULL(0) ? NULL : (FgtState *) PG_GETARG_POINTER(0);
	FgtState   *s2 = PG_ARGISNULL(1) ? NULL : (FgtState *) PG_GETARG_POINTER(1);

	if (s2 == NULL || s2->n == 0)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = fgt_new(aggcontext, s2->line, s2->alpha, s2->decimals);
	else
		fgt_check_same(s1, s2->line, s2->alpha, s2->decimals);
	if (s1->n + s2->n > (int64) RG_FGT_ENTRIES_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("ruralguard: rg_fgt: more than RG_FGT_ENTRIES_MAX (%u) incomes in one group",
							   RG_FGT_ENTRIES_MAX)));
	if (s2->weighted)
		fgt_make_weighted(s1);
	fgt_reserve(s1, s1->n + s2->n);
	memcpy(s1->incomes + s1->n, s2->incomes, sizeof(int64) * s2->n);
	if (s1->weighted)
	{
		if (s2->weighted)
			memcpy(s1->weights + s1->n, s2->weights, sizeof(int64) * s2->n);
		else
			for (int64 i = 0; i < s2->n; i++)
				s1->weights[s1->n + i] = 1;
	}
	s1->n += s2->n;
	PG_RETURN_POINTER(s1);
}

/* A StringInfo reading a bytea in place (PostgreSQL 16's initReadOnlyStringInfo). */
static void
read_only_buf(StringInfo buf, bytea *b)
{
	buf->data = VARDATA_ANY(b);
	buf->len = (int) VARSIZE_ANY_EXHDR(b);
	buf->maxlen = 0;
	buf->cursor = 0;
}

/* Portable serialisation (network byte order): line, alpha, decimals, weighted, n, values. */
PG_FUNCTION_INFO_V1(pg_rg_fgt_serialize);
Datum
pg_rg_fgt_serialize(PG_FUNCTION_ARGS)
{
	FgtState   *s = (FgtState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	(void) agg_context(fcinfo, "rg_fgt");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, s->line);
	pq_sendint32(&buf, s->alpha);
	pq_sendint32(&buf, s->decimals);
	pq_sendbyte(&buf, s->weighted ? 1 : 0);
	pq_sendint64(&buf, s->n);
	for (int64 i = 0; i < s->n; i++)
		pq_sendint64(&buf, s->incomes[i]);
	if (s->weighted)
		for (int64 i = 0; i < s->n; i++)
			pq_sendint64(&buf, s->weights[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(pg_rg_fgt_deserialize);
Datum
pg_rg_fgt_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	FgtState   *s;
	int64		line, n;
	int32		alpha, decimals;
	bool		weighted;

	(void) agg_context(fcinfo, "rg_fgt");
	read_only_buf(&buf, b);
	line = pq_getmsgint64(&buf);
	alpha = pq_getmsgint(&buf, 4);
	decimals = pq_getmsgint(&buf, 4);
	weighted = pq_getmsgbyte(&buf) != 0;
	n = pq_getmsgint64(&buf);
	if (n < 0 || n > (int64) RG_FGT_ENTRIES_MAX)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED), errmsg("ruralguard: bad rg_fgt state")));
	s = fgt_new(CurrentMemoryContext, line, alpha, decimals);
	s->weighted = weighted;
	fgt_reserve(s, n);
	for (int64 i = 0; i < n; i++)
		s->incomes[i] = pq_getmsgint64(&buf);
	if (weighted)
		for (int64 i = 0; i < n; i++)
			s->weights[i] = pq_getmsgint64(&buf);
	s->n = n;
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(s);
}

/* Text of a measures call: first into a stack buffer, again into a palloc'd one if needed. */
typedef rg_status (*measure_fn) (char *out, size_t cap, size_t *len, const void *arg);

static text *
measure_text(measure_fn fn, const void *arg, const char *what)
{
	char		buf[256];
	size_t		len = 0;
	rg_status	st = fn(buf, sizeof buf, &len, arg);
	text	   *out;

	if (st == RG_OK)
		return cstring_to_text_with_len(buf, (int) len);
	if (st != RG_EBUFFER)
		rg_raise(st, what);
	out = (text *) palloc(VARHDRSZ + len + 1);
	RG_CHECK(fn(VARDATA(out), len + 1, &len, arg), what);
	SET_VARSIZE(out, VARHDRSZ + len);
	return out;
}

static rg_status
fgt_call(char *out, size_t cap, size_t *len, const void *arg)
{
	const FgtState *s = arg;

	return rg_measures_fgt(out, cap, len, s->incomes, s->weighted ? s->weights : NULL, (size_t) s->n,
						   s->line, s->alpha, 0u, s->decimals, RG_ROUND_HALF_UP);
}

PG_FUNCTION_INFO_V1(pg_rg_fgt_final);
Datum
pg_rg_fgt_final(PG_FUNCTION_ARGS)
{
	FgtState   *s = PG_ARGISNULL(0) ? NULL : (FgtState *) PG_GETARG_POINTER(0);

	(void) agg_context(fcinfo, "rg_fgt");
	if (s == NULL || s->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(measure_text(fgt_call, s, "rg_fgt"));
}

/* ------------------------------------------------------------------------------------------ */
/* Alkire-Foster: the achievement matrix is the state, like FGT.                              */
/* ------------------------------------------------------------------------------------------ */

typedef struct AfState
{
	int32		m;				/* indicators */
	int32		decimals;
	int64		denominator;
	int64		k_num;
	int64		k_den;
	bool		has_weights;
	int64	   *cutoffs;		/* m */
	int64	   *weights;		/* m, when has_weights */
	int64		n;				/* people */
	int64		cap;			/* people capacity */
	int64	   *ach;			/* n * m */
	MemoryContext mcxt;
} AfState;

static int64 *
int8_array(ArrayType *a, int *count, const char *name)
{
	Datum	   *el;
	bool	   *nulls;
	int64	   *out;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: %s must be a one-dimensional array", name)));
	deconstruct_array(a, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &el, &nulls, count);
	out = palloc(sizeof(int64) * Max(*count, 1));
	for (int i = 0; i < *count; i++)
	{
		if (nulls[i])
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							errmsg("ruralguard: %s[%d] must not be NULL", name, i + 1)));
		out[i] = DatumGetInt64(el[i]);
	}
	return out;
}

static AfState *
af_new(MemoryContext m, int32 indicators, bool has_weights)
{
	AfState    *s = MemoryContextAllocZero(m, sizeof(AfState));

	s->mcxt = m;
	s->m = indicators;
	s->has_weights = has_weights;
	s->cutoffs = MemoryContextAlloc(m, sizeof(int64) * indicators);
	s->weights = MemoryContextAlloc(m, sizeof(int64) * indicators);
	return s;
}

static void
af_reserve(AfState *s, int64 people)
{
	int64		cap;

	if (people <= s->cap)
		return;
	cap = Max(Max(s->cap * 2, people), 256);
	if (s->ach == NULL)
		s->ach = MemoryContextAllocHuge(s->mcxt, sizeof(int64) * s->m * cap);
	else
		s->ach = repalloc_huge(s->ach, sizeof(int64) * s->m * cap);
	s->cap = cap;
}

static void
af_check_same(const AfState *a, const AfState *b)
{
	if (a->m != b->m || a->decimals != b->decimals || a->denominator != b->denominator ||
		a->k_num != b->k_num || a->k_den != b->k_den || a->has_weights != b->has_weights ||
		memcmp(a->cutoffs, b->cutoffs, sizeof(int64) * a->m) != 0 ||
		(a->has_weights && memcmp(a->weights, b->weights, sizeof(int64) * a->m) != 0))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("ruralguard: rg_alkire_foster: cutoffs, weights, denominator, k and decimals must be the same for every row")));
}

/* rg_af_trans(state, achievements bigint[], cutoffs bigint[], denominator, k_num, k_den)
 * or (state, achievements, cutoffs, weights bigint[], denominator, k_num, k_den, decimals).
 * A NULL achievements row is skipped. */
PG_FUNCTION_INFO_V1(pg_rg_af_trans);
Datum
pg_rg_af_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_alkire_foster");
	AfState    *s = PG_ARGISNULL(0) ? NULL : (AfState *) PG_GETARG_POINTER(0);
	bool		long_form = PG_NARGS() == 8;
	int			p = long_form ? 4 : 3;	/* position of denominator */
	int			na, nc, nw = 0;
	int64	   *ach, *cut, *w = NULL;
	AfState		probe;

	if (PG_ARGISNULL(1))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	require_arg(fcinfo, 2, "cutoffs");
	require_arg(fcinfo, p, "denominator");
	require_arg(fcinfo, p + 1, "k_numerator");
	require_arg(fcinfo, p + 2, "k_denominator");
	if (long_form)
		require_arg(fcinfo, 7, "decimals");
	ach = int8_array(PG_GETARG_ARRAYTYPE_P(1), &na, "achievements");
	cut = int8_array(PG_GETARG_ARRAYTYPE_P(2), &nc, "cutoffs");
	if (long_form && !PG_ARGISNULL(3))
	{
		w = int8_array(PG_GETARG_ARRAYTYPE_P(3), &nw, "weights");
		if (nw != nc)
			ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
							errmsg("ruralguard: rg_alkire_foster: %d weights for %d cutoffs", nw, nc)));
	}
	if (nc < 1 || nc > (int) RG_AF_INDICATORS_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("ruralguard: rg_alkire_foster: 1..%u indicators, got %d", RG_AF_INDICATORS_MAX, nc)));
	if (na != nc)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("ruralguard: rg_alkire_foster: %d achievements for %d cutoffs", na, nc)));

	memset(&probe, 0, sizeof probe);
	probe.m = nc;
	probe.decimals = long_form ? PG_GETARG_INT32(7) : RG_MEASURES_FRACTION;
	probe.denominator = PG_GETARG_INT64(p);
	probe.k_num = PG_GETARG_INT64(p + 1);
	probe.k_den = PG_GETARG_INT64(p + 2);
	probe.has_weights = w != NULL;
	probe.cutoffs = cut;
	probe.weights = w;
	if (s == NULL)
	{
		s = af_new(aggcontext, nc, w != NULL);
		s->decimals = probe.decimals;
		s->denominator = probe.denominator;
		s->k_num = probe.k_num;
		s->k_den = probe.k_den;
		memcpy(s->cutoffs, cut, sizeof(int64) * nc);
		if (w)
			memcpy(s->weights, w, sizeof(int64) * nc);
	}
	else
		af_check_same(s, &probe);
	if (s->n >= (int64) RG_AF_PEOPLE_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("ruralguard: rg_alkire_foster: more than RG_AF_PEOPLE_MAX (%u) people in one group",
							   RG_AF_PEOPLE_MAX)));
	af_reserve(s, s->n + 1);
	memcpy(s->ach + s->n * s->m, ach, sizeof(int64) * s->m);
	s->n++;
	pfree(ach);
	pfree(cut);
	if (w)
		pfree(w);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(pg_rg_af_combine);
Datum
pg_rg_af_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "rg_alkire_foster");
	AfState    *s1 = PG_ARGISNULL(0) ? NULL : (AfState *) PG_GETARG_POINTER(0);
	AfState    *s2 = PG_ARGISNULL(1) ? NULL : (AfState *) PG_GETARG_POINTER(1);

	if (s2 == NULL || s2->n == 0)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
	{
		s1 = af_new(aggcontext, s2->m, s2->has_weights);
		s1->decimals = s2->decimals;
		s1->denominator = s2->denominator;
		s1->k_num = s2->k_num;
		s1->k_den = s2->k_den;
		memcpy(s1->cutoffs, s2->cutoffs, sizeof(int64) * s2->m);
		memcpy(s1->weights, s2->weights, sizeof(int64) * s2->m);
	}
	else
		af_check_same(s1, s2);
	if (s1->n + s2->n > (int64) RG_AF_PEOPLE_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						errmsg("ruralguard: rg_alkire_foster: more than RG_AF_PEOPLE_MAX (%u) people in one group",
							   RG_AF_PEOPLE_MAX)));
	af_reserve(s1, s1->n + s2->n);
	memcpy(s1->ach + s1->n * s1->m, s2->ach, sizeof(int64) * s2->n * s2->m);
	s1->n += s2->n;
	PG_RETURN_POINTER(s1);
}

PG_FUNCTION_INFO_V1(pg_rg_af_serialize);
Datum
pg_rg_af_serialize(PG_FUNCTION_ARGS)
{
	AfState    *s = (AfState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	(void) agg_context(fcinfo, "rg_alkire_foster");
	pq_begintypsend(&buf);
	pq_sendint32(&buf, s->m);
	pq_sendint32(&buf, s->decimals);
	pq_sendint64(&buf, s->denominator);
	pq_sendint64(&buf, s->k_num);
	pq_sendint64(&buf, s->k_den);
	pq_sendbyte(&buf, s->has_weights ? 1 : 0);
	for (int i = 0; i < s->m; i++)
		pq_sendint64(&buf, s->cutoffs[i]);
	for (int i = 0; i < s->m; i++)
		pq_sendint64(&buf, s->has_weights ? s->weights[i] : 1);
	pq_sendint64(&buf, s->n);
	for (int64 i = 0; i < s->n * s->m; i++)
		pq_sendint64(&buf, s->ach[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(pg_rg_af_deserialize);
Datum
pg_rg_af_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	AfState    *s;
	int32		m;
	int64		n;

	(void) agg_context(fcinfo, "rg_alkire_foster");
	read_only_buf(&buf, b);
	m = pq_getmsgint(&buf, 4);
	if (m < 1 || m > (int32) RG_AF_INDICATORS_MAX)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED), errmsg("ruralguard: bad rg_alkire_foster state")));
	s = af_new(CurrentMemoryContext, m, false);
	s->decimals = pq_getmsgint(&buf, 4);
	s->denominator = pq_getmsgint64(&buf);
	s->k_num = pq_getmsgint64(&buf);
	s->k_den = pq_getmsgint64(&buf);
	s->has_weights = pq_getmsgbyte(&buf) != 0;
	for (int i = 0; i < m; i++)
		s->cutoffs[i] = pq_getmsgint64(&buf);
	for (int i = 0; i < m; i++)
		s->weights[i] = pq_getmsgint64(&buf);
	n = pq_getmsgint64(&buf);
	if (n < 0 || n > (int64) RG_AF_PEOPLE_MAX)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED), errmsg("ruralguard: bad rg_alkire_foster state")));
	af_reserve(s, n);
	for (int64 i = 0; i < n * m; i++)
		s->ach[i] = pq_getmsgint64(&buf);
	s->n = n;
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(s);
}

static rg_status
af_call(char *out, size_t cap, size_t *len, const void *arg)
{
	const AfState *s = arg;
	rg_af_input in;

	rg_af_input_init(&in);
	in.people = (size_t) s->n;
	in.indicators = (size_t) s->m;
	in.achievements = s->ach;
	in.cutoffs = s->cutoffs;
	in.denominator = s->denominator;
	in.weights = s->has_weights ? s->weights : NULL;
	in.k_numerator = s->k_num;
	in.k_denominator = s->k_den;
	return rg_measures_alkire_foster(out, cap, len, &in, s->decimals, RG_ROUND_HALF_UP);
}

PG_FUNCTION_INFO_V1(pg_rg_af_final);
Datum
pg_rg_af_final(PG_FUNCTION_ARGS)
{
	AfState    *s = PG_ARGISNULL(0) ? NULL : (AfState *) PG_GETARG_POINTER(0);

	(void) agg_context(fcinfo, "rg_alkire_foster");
	if (s == NULL || s->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(measure_text(af_call, s, "rg_alkire_foster"));
}

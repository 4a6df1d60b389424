/*
 * ruralguard: the C ABI.
 *
 * Monitoring and scoring logic for China's post-poverty safety net, with exact decimal money.
 * This header is the whole stable C interface; it is C99-clean and tested with
 * `-std=c99 -pedantic -Werror`.
 *
 * Conventions (docs/c-abi.md):
 *  - Every function is named rg_<module>_<verb>. Functions that can fail return rg_status: RG_OK
 *    (0) or a negative code whose value never changes. After a failure,
 *    rg_last_error_message() describes what was wrong and where, for the calling thread.
 *  - Out-parameters come first. Pointer arguments are checked in release builds: a NULL where an
 *    object is required returns RG_EINVAL and writes nothing.
 *  - Text is passed as pointer + length in bytes (UTF-8, not necessarily NUL-terminated).
 *  - Booleans are uint8_t (0 or 1). No varargs, no 128-bit types.
 *  - No C++ exception ever crosses this boundary.
 *  - Unless a function says otherwise it has no shared state and may be called from any thread.
 *  - A published signature never changes; a changed behaviour gets a new name (`_v2`).
 */
#ifndef RURALGUARD_H
#define RURALGUARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define RG_API __attribute__((visibility("default")))
#define RG_NODISCARD __attribute__((warn_unused_result))
#else
#define RG_API
#define RG_NODISCARD
#endif

/* ---------------------------------------------------------------------------------------------
 * Versions
 * ------------------------------------------------------------------------------------------- */

#define RG_VERSION_MAJOR 0
#define RG_VERSION_MINOR 1
#define RG_VERSION_PATCH 0
/* major * 10000 + minor * 100 + patch */
#define RG_VERSION_NUMBER (RG_VERSION_MAJOR * 10000 + RG_VERSION_MINOR * 100 + RG_VERSION_PATCH)

/* The version of the library actually loaded, as RG_VERSION_NUMBER computes it. A caller compiled
 * against major M should refuse a library whose rg_version_number() / 10000 differs from M. */
RG_API uint32_t rg_version_number(void);

/* The loaded library's version as static NUL-terminated text, e.g. "0.1.0". Never NULL; the
 * caller must not free it. */
RG_API const char* rg_version_string(void);

/* ---------------------------------------------------------------------------------------------
 * Status codes and errors
 * ------------------------------------------------------------------------------------------- */

/* Values are pinned forever; new codes are only ever appended. */
typedef int32_t rg_status;
#define RG_OK 0
#define RG_EINVAL (-1)      /* NULL pointer, bad size, parameter outside its documented range */
#define RG_EPARSE (-2)      /* malformed text: amount, date, code, CSV field, JSON */
#define RG_EOVERFLOW (-3)   /* a result does not fit its type */
#define RG_ERANGE (-4)      /* well-formed value outside the allowed domain (2023-02-29) */
#define RG_EPRECISION (-5)  /* more decimal places than allowed (sub-fen ledger amount) */
#define RG_ENOTFOUND (-6)   /* unknown id */
#define RG_EEXISTS (-7)     /* the same record already exists (idempotent replay) */
#define RG_ECONFLICT (-8)   /* an id is reused with different fields */
#define RG_ESTATE (-9)      /* transition not allowed from the current state */
#define RG_ELIMIT (-10)     /* a named maximum (batch size, text length, ...) is exceeded */
#define RG_EIO (-11)        /* file or database I/O failed */
#define RG_ECORRUPT (-12)   /* stored data failed an integrity check */
#define RG_EBUSY (-13)      /* the database is locked by another connection */
#define RG_EVERSION (-14)   /* unsupported schema, format or library version */
#define RG_EBALANCE (-15)   /* a balance limit would be exceeded */
#define RG_EREFUSED (-16)   /* a policy or business rule refuses the operation */
#define RG_EBUFFER (-17)    /* the caller's output buffer is too small */
#define RG_ENOMEM (-18)     /* memory allocation failed */
#define RG_EINTERNAL (-99)  /* a bug in ruralguard: please report it */

/* The symbolic name of a status ("RG_OK", "RG_EPARSE", ...), static text, never NULL. Unknown
 * values give "RG_E?". */
RG_API const char* rg_status_name(rg_status status);

/* The message of the most recent failed call made by this thread ("" if none). The text is owned
 * by the library and stays valid until this thread's next failing call. Thread-local: one
 * thread's failures never overwrite another's message. */
RG_API const char* rg_last_error_message(void);

/* ---------------------------------------------------------------------------------------------
 * Money: a signed count of 1/10000 yuan. Exact; never floating point. See docs/money.md.
 * ------------------------------------------------------------------------------------------- */

typedef int64_t rg_money;
#define RG_MONEY_UNITS_PER_YUAN 10000
#define RG_MONEY_UNITS_PER_FEN 100

/* Rounding modes, applied once at every rounding point. */
#define RG_ROUND_HALF_UP 0   /* 四舍五入: ties away from zero */
#define RG_ROUND_HALF_EVEN 1 /* ties to the even neighbour */
#define RG_ROUND_DOWN 2      /* toward zero */
#define RG_ROUND_UP 3        /* away from zero */

/* Flags for rg_money_parse. */
#define RG_MONEY_PARSE_THOUSANDS 1u /* accept "1,234,567.89" (groups of three digits) */
/* Flags for rg_money_format. */
#define RG_MONEY_FORMAT_THOUSANDS 1u /* write "1,234,567.89" */

/* Parses `text` (`text_len` bytes) into *out: an optionally signed decimal with up to 4 decimal
 * places and an optional unit suffix 元, 万, 万元, 亿 or 亿元 ("9819.05万" is 98,190,500 yuan).
 * Errors: RG_EINVAL (NULL out, or NULL text with non-zero length, unknown flag), RG_EPARSE
 * (malformed: "12.3.4", "1e5", "", "NaN", "12,34" without the flag), RG_EPRECISION (finer than
 * 1/10000 yuan), RG_EOVERFLOW (beyond about ±922 trillion yuan). When several apply, the first
 * of RG_EPARSE, RG_EPRECISION, RG_EOVERFLOW is reported. *out is unchanged on error. */
RG_API RG_NODISCARD rg_status rg_money_parse(rg_money* out, const char* text, size_t text_len,
                                             uint32_t flags);

/* Writes `amount` as decimal text with `decimals` places (0..4) rounded by `rounding` into `out`
 * (capacity `out_capacity` bytes including the NUL terminator). *out_length (may be NULL) receives
 * the text length without the terminator. A value rounding to zero is written without a sign.
 * Errors: RG_EINVAL (NULL out, decimals or rounding out of range, unknown flag), RG_EBUFFER (out
 * too small; 32 bytes always suffice, 48 with the thousands flag). */
RG_API RG_NODISCARD rg_status rg_money_format(char* out, size_t out_capacity, size_t* out_length,
                                              rg_money amount, int32_t decimals, int32_t rounding,
                                              uint32_t flags);

/* *out = a + b, or a - b. Errors: RG_EINVAL (NULL out), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_add(rg_money* out, rg_money a, rg_money b);
RG_API RG_NODISCARD rg_status rg_money_sub(rg_money* out, rg_money a, rg_money b);

/* *out = amount * numerator / denominator, exact, rounded once to `decimals` places (0..4).
 * Errors: RG_EINVAL (NULL out, denominator 0, decimals or rounding out of range), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_mul_ratio(rg_money* out, rg_money amount, int64_t numerator,
                                                 int64_t denominator, int32_t decimals,
                                                 int32_t rounding);

/* *out = amount / divisor rounded once to `decimals` places (0..4).
 * Errors: RG_EINVAL (NULL out, divisor 0, decimals or rounding out of range), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_div(rg_money* out, rg_money amount, int64_t divisor,
                                           int32_t decimals, int32_t rounding);

/* RG_OK when `amount` is a whole number of fen; RG_EPRECISION (with a message naming the amount)
 * otherwise. Ledger amounts must pass this check. */
RG_API RG_NODISCARD rg_status rg_money_check_fen(rg_money amount);

/* Largest-remainder split of `total` into `count` parts proportional to `weights` (each >= 0,
 * positive sum), written to out_parts[0..count). The parts always sum to `total` exactly; leftover
 * units go to the largest remainders, ties to the lower index. rg_money_allocate splits in units
 * of 1/10000 yuan; rg_money_allocate_fen in whole fen (total must be whole fen).
 * The caller owns both arrays; count is at most RG_ALLOCATE_PARTS_MAX.
 * Errors: RG_EINVAL (NULL arrays, count 0, negative weight, zero sum), RG_ELIMIT (count too
 * large), RG_EPRECISION (sub-fen total for _fen), RG_EOVERFLOW. out_parts is unchanged on error. */
#define RG_ALLOCATE_PARTS_MAX 10000000u
RG_API RG_NODISCARD rg_status rg_money_allocate(rg_money* out_parts, rg_money total,
                                                const int64_t* weights, size_t count);
RG_API RG_NODISCARD rg_status rg_money_allocate_fen(rg_money* out_parts, rg_money total,
                                                    const int64_t* weights, size_t count);

/* ---------------------------------------------------------------------------------------------
 * Dates: days since 1970-01-01, limited to 1900-01-01..9999-12-31. See docs/dates.md.
 * ------------------------------------------------------------------------------------------- */

typedef int32_t rg_date;

/* Parses strict ISO "YYYY-MM-DD". Errors: RG_EINVAL (NULL), RG_EPARSE (any other shape, e.g.
 * "2024-2-3"), RG_ERANGE (no such day: "2023-02-29", "2024-13-01"). */
RG_API RG_NODISCARD rg_status rg_date_parse(rg_date* out, const char* text, size_t text_len);

/* *out = the date year-month-day. Errors: RG_EINVAL (NULL), RG_ERANGE (no such day). */
RG_API RG_NODISCARD rg_status rg_date_from_ymd(rg_date* out, int32_t year, int32_t month,
                                               int32_t day);

/* Splits a date into its fields. Errors: RG_EINVAL (all outputs NULL), RG_ERANGE (date outside
 * the supported range). NULL outputs are skipped. */
RG_API RG_NODISCARD rg_status rg_date_to_ymd(int32_t* out_year, int32_t* out_month,
                                             int32_t* out_day, rg_date date);

/* Writes "YYYY-MM-DD" and a NUL into out (capacity >= 11). Errors: RG_EINVAL, RG_EBUFFER,
 * RG_ERANGE. */
RG_API RG_NODISCARD rg_status rg_date_format(char* out, size_t out_capacity, rg_date date);

/* *out = date + months, keeping the day of the month and clamping it to the target month's
 * last day (01-31 + 1 month = 02-28 or 02-29; 02-28 + 1 month = 03-28).
 * Errors: RG_EINVAL, RG_ERANGE. */
RG_API RG_NODISCARD rg_status rg_date_add_months(rg_date* out, rg_date date, int32_t months);

/* ---------------------------------------------------------------------------------------------
 * Region codes: 12-digit administrative division codes (province 2, city 2, county 2,
 * township 3, village 3 digits).
 * ------------------------------------------------------------------------------------------- */

#define RG_REGION_PROVINCE 1
#define RG_REGION_CITY 2
#define RG_REGION_COUNTY 3
#define RG_REGION_TOWNSHIP 4
#define RG_REGION_VILLAGE 5

/* Parses exactly 12 ASCII digits into *out_code and its level (1..5) into *out_level (may be
 * NULL). Errors: RG_EINVAL (NULL), RG_EPARSE (not 12 digits), RG_ERANGE (impossible structure,
 * e.g. province 00 or a village under township 000). */
RG_API RG_NODISCARD rg_status rg_region_parse(uint64_t* out_code, uint8_t* out_level,
                                              const char* text, size_t text_len);

/* *out_parent = the code of the enclosing region. Errors: RG_EINVAL, RG_ERANGE (invalid code or a
 * province, which has no parent). */
RG_API RG_NODISCARD rg_status rg_region_parent(uint64_t* out_parent, uint64_t code);

/* *out_within = 1 when `code` lies in the region given by a 2, 4, 6, 9 or 12-digit prefix.
 * Errors: RG_EINVAL, RG_EPARSE (bad prefix), RG_ERANGE (invalid code). */
RG_API RG_NODISCARD rg_status rg_region_is_within(uint8_t* out_within, uint64_t code,
                                                  const char* prefix, size_t prefix_len);

/* ---------------------------------------------------------------------------------------------
 * Store: the embedded SQLite database (docs/store.md).
 * A handle owns one connection. Use a handle from one thread at a time; separate handles may
 * be used concurrently on the same file (WAL; writers wait up to busy_timeout_ms for the lock).
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_store rg_store;

typedef struct rg_store_options {
  uint32_t struct_size;        /* sizeof(rg_store_options): lets the struct grow compatibly */
  uint8_t synchronous_full;    /* 1 (default): durable commits; 0: SQLite synchronous=NORMAL */
  uint8_t read_only;           /* 1: open an existing file read-only */
  uint8_t reserved[2];         /* must be 0 */
  int32_t busy_timeout_ms;     /* wait for another writer's lock; default 5000 */
} rg_store_options;

/* Fills *options with the defaults (struct_size set, FULL synchronous, 5000 ms). */
RG_API void rg_store_options_init(rg_store_options* options);

/* Opens or creates the database at `path` (UTF-8, `path_len` bytes) and migrates it to the
 * current schema. `options` may be NULL for the defaults. On success *out_store is a new handle
 * the caller must release with rg_store_close.
 * Errors: RG_EINVAL (NULL out_store/path, bad struct_size), RG_EIO (cannot open or create),
 * RG_EVERSION (written by a newer ruralguard), RG_ECORRUPT (not a ruralguard database), RG_EBUSY.
 * *out_store is set to NULL on error. */
RG_API RG_NODISCARD rg_status rg_store_open(rg_store** out_store, const char* path, size_t path_len,
                                            const rg_store_options* options);

/* Closes the handle and frees it. NULL is ignored. Must not be called while another thread uses
 * the handle. */
RG_API void rg_store_close(rg_store* store);

/* *out_version = the schema version (PRAGMA user_version) of the open database.
 * Errors: RG_EINVAL, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_store_schema_version(int32_t* out_version, rg_store* store);

/* ---------------------------------------------------------------------------------------------
 * Policy: every number the risk rules use for one province and year (docs/policy.md,
 * JSON form in docs/policy-format.md). A policy handle is immutable once created: any number of
 * threads may use the same handle concurrently for assessments.
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_policy rg_policy;

/* Creates the built-in default policy for a 2-digit province code ("00" = national) and year.
 * The caller owns *out_policy and frees it with rg_policy_free.
 * Errors: RG_EINVAL (NULL), RG_ERANGE (bad province code or year outside 2020..2100). */
RG_API RG_NODISCARD rg_status rg_policy_default(rg_policy** out_policy, const char* province,
                                                size_t province_len, int32_t year);

/* Parses and validates a policy in JSON form. Unknown, missing, mistyped and out-of-range fields
 * are errors that name the field path ("policy: weights.risk.illness: expected an integer
 * 0..1000, got -3"). The caller owns *out_policy (rg_policy_free).
 * Errors: RG_EINVAL (NULL), RG_EPARSE (syntax, type, unknown or missing field), RG_ERANGE (value
 * out of range), RG_EVERSION (newer format_version), RG_ELIMIT (text above 1 MiB). */
RG_API RG_NODISCARD rg_status rg_policy_from_json(rg_policy** out_policy, const char* json,
                                                  size_t json_len);

/* Writes the policy's JSON form (UTF-8, NUL-terminated) into out. *out_length (required) receives
 * the text length without the terminator, also when the buffer is too small (RG_EBUFFER), so a
 * caller can size the buffer with a first call. Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_policy_to_json(char* out, size_t out_capacity, size_t* out_length,
                                                const rg_policy* policy);

/* *out_threshold = the monitoring threshold for a household in `region_code` (county override
 * first, else the province-wide amount). Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_policy_threshold(rg_money* out_threshold, const rg_policy* policy,
                                                  uint64_t region_code);

/* Frees a policy. NULL is ignored. No other thread may be using it. */
RG_API void rg_policy_free(rg_policy* policy);

/* ---------------------------------------------------------------------------------------------
 * Risk assessment (docs/risk-rules.md): within monitoring or not, category, risk types, score,
 * warning level and next visit, from household facts, a policy and an as-of date.
 * ------------------------------------------------------------------------------------------- */

/* Household types. */
#define RG_HOUSEHOLD_FORMERLY_POOR 1           /* 脱贫户 */
#define RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY 2 /* 脱贫不享受政策户 */
#define RG_HOUSEHOLD_ORDINARY 3                /* 一般农户 */
/* Monitoring categories. */
#define RG_CATEGORY_NONE 0
#define RG_CATEGORY_UNSTABLE_FORMERLY_POOR 1 /* 脱贫不稳定户 */
#define RG_CATEGORY_MARGINAL 2               /* 边缘易致贫户 */
#define RG_CATEGORY_SUDDEN_SEVERE 3          /* 突发严重困难户 */
/* Warning levels. */
#define RG_LEVEL_NONE 0
#define RG_LEVEL_BLUE 1
#define RG_LEVEL_YELLOW 2
#define RG_LEVEL_RED 3
/* Risk types: bit positions in risk masks. */
#define RG_RISK_ILLNESS 0
#define RG_RISK_DISABILITY 1
#define RG_RISK_EDUCATION 2
#define RG_RISK_NATURAL_DISASTER 3
#define RG_RISK_ACCIDENT 4
#define RG_RISK_UNSTABLE_EMPLOYMENT 5
#define RG_RISK_INDUSTRY_FAILURE 6
#define RG_RISK_LACK_OF_LABOUR 7
#define RG_RISK_HOUSING 8
#define RG_RISK_DRINKING_WATER 9
#define RG_RISK_HIGH_RIGID_EXPENDITURE 10
#define RG_RISK_INCOME_DROP 11
#define RG_RISK_OTHER 12
/* Guarantee failures (两不愁三保障 + water), bits of guarantee_failures. */
#define RG_GUARANTEE_CHILD_OUT_OF_SCHOOL 1u
#define RG_GUARANTEE_UNINSURED 2u
#define RG_GUARANTEE_UNSAFE_HOUSE 4u
#define RG_GUARANTEE_UNSAFE_WATER 8u
#define RG_GUARANTEE_FOOD 16u
/* Events from clues and visits, bits of events. */
#define RG_EVENT_NATURAL_DISASTER 1u
#define RG_EVENT_ACCIDENT 2u
#define RG_EVENT_INDUSTRY_FAILURE 4u
#define RG_EVENT_UNSTABLE_EMPLOYMENT 8u
#define RG_EVENT_SEVERE_DIFFICULTY 16u
#define RG_EVENT_OTHER 32u

/* "No value" markers in columns. */
#define RG_MONEY_UNKNOWN INT64_MIN /* previous_per_capita_income unknown */
#define RG_DATE_NONE INT32_MIN     /* no next visit */
/* Largest batch accepted by one call. */
#define RG_BATCH_ROWS_MAX 100000000u

/* One household, row form. Amounts in rg_money units. */
typedef struct rg_household_facts {
  uint32_t struct_size;        /* sizeof(rg_household_facts) */
  uint8_t kind;                /* RG_HOUSEHOLD_* */
  uint8_t guarantee_failures;  /* RG_GUARANTEE_* bits */
  uint16_t events;             /* RG_EVENT_* bits */
  uint64_t region_code;        /* 12-digit code */
  rg_money per_capita_income;  /* 人均纯收入 of the current period */
  rg_money previous_per_capita_income; /* RG_MONEY_UNKNOWN if unknown */
  rg_money net_income;                 /* 家庭纯收入 */
  rg_money medical_out_of_pocket;      /* compliant out-of-pocket medical, 12 months */
  rg_money education_out_of_pocket;    /* school costs after subsidies, 12 months */
  rg_date income_period_end;
  int32_t members;
  int32_t labour_capable;  /* skilled or ordinary labour */
  int32_t weak_labour;
  int32_t seriously_ill;
  int32_t chronically_ill;
  int32_t disabled;
  int32_t reserved; /* 0 */
} rg_household_facts;

/* Sets struct_size, marks previous income unknown and zeroes everything else. */
RG_API void rg_household_facts_init(rg_household_facts* facts);

#define RG_REASONS_MAX 32
/* One reason with its points (docs/risk-rules.md). */
typedef struct rg_reason {
  uint8_t code;   /* 1 income below threshold, 2 income gap, 3 risk type, 4 guarantee failure,
                     5 income after rigid spending below threshold */
  uint8_t risk;   /* RG_RISK_* when code == 3 */
  uint8_t detail; /* RG_GUARANTEE_* bit (code 4) or tenths short of the threshold (code 2) */
  uint8_t reserved;
  int32_t points;
  rg_money value; /* the amount the reason quotes (e.g. income), 0 if none */
  rg_money limit; /* the limit it is compared with (e.g. threshold), 0 if none */
} rg_reason;

typedef struct rg_assessment {
  uint32_t struct_size; /* set by the caller: sizeof(rg_assessment) */
  uint8_t within_monitoring;
  uint8_t category; /* RG_CATEGORY_* */
  uint8_t level;    /* RG_LEVEL_* */
  uint8_t reason_count;
  uint32_t risk_mask; /* bit RG_RISK_* */
  int32_t score;
  rg_date next_visit; /* RG_DATE_NONE when no visit is due */
  int32_t reserved;
  rg_money threshold; /* the threshold that applied */
  rg_reason reasons[RG_REASONS_MAX];
} rg_assessment;

/* Assesses one household. out->struct_size must be set by the caller.
 * Errors: RG_EINVAL (NULL, struct sizes), RG_ERANGE (inconsistent facts, as_of before the end of
 * the income period, dates out of range). *out is unchanged on error. Thread-safe. */
RG_API RG_NODISCARD rg_status rg_risk_assess(rg_assessment* out, const rg_household_facts* facts,
                                             const rg_policy* policy, rg_date as_of);

/* Writes a human-readable explanation of the same assessment (language: 0 = zh-CN, 1 = en),
 * NUL-terminated, into out. *out_length (required) receives the full length even on RG_EBUFFER.
 * Errors: as rg_risk_assess, plus RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_risk_explain(char* out, size_t out_capacity, size_t* out_length,
                                              const rg_household_facts* facts,
                                              const rg_policy* policy, rg_date as_of,
                                              int32_t language);

/* Struct-of-arrays input: `count` rows; every non-NULL column has `count` elements. Required:
 * region_code, kind, per_capita_income, net_income, income_period_end, members, labour_capable.
 * The others may be NULL: zero for every row (previous_per_capita_income: unknown). */
typedef struct rg_household_columns {
  uint32_t struct_size; /* sizeof(rg_household_columns) */
  uint32_t reserved;    /* 0 */
  size_t count;
  const uint64_t* region_code;
  const uint8_t* kind;
  const rg_money* per_capita_income;
  const rg_money* previous_per_capita_income;
  const rg_money* net_income;
  const rg_money* medical_out_of_pocket;
  const rg_money* education_out_of_pocket;
  const rg_date* income_period_end;
  const int32_t* members;
  const int32_t* labour_capable;
  const int32_t* weak_labour;
  const int32_t* seriously_ill;
  const int32_t* chronically_ill;
  const int32_t* disabled;
  const uint8_t* guarantee_failures;
  const uint16_t* events;
} rg_household_columns;

/* Caller-owned output columns of `count` elements each; NULL columns are not written. */
typedef struct rg_assessment_columns {
  uint32_t struct_size; /* sizeof(rg_assessment_columns) */
  uint32_t reserved;    /* 0 */
  uint8_t* within_monitoring;
  uint8_t* category;
  uint32_t* risk_mask;
  int32_t* score;
  uint8_t* level;
  rg_date* next_visit;
  int32_t* status; /* 0, or the rg_status of that row's error (e.g. RG_ERANGE) */
} rg_assessment_columns;

/* The batch fast path: assesses every row with the same rule as rg_risk_assess. A row with bad
 * data gets its status (and zero outputs) while the other rows go on; *out_failed (may be NULL)
 * receives the number of such rows. Errors: RG_EINVAL (NULL policy/in/out, a NULL required
 * column, struct sizes), RG_ELIMIT (count above RG_BATCH_ROWS_MAX), RG_ERANGE (as_of invalid).
 * Thread-safe: many threads may assess disjoint outputs with one shared policy. */
RG_API RG_NODISCARD rg_status rg_risk_assess_batch(size_t* out_failed,
                                                   const rg_assessment_columns* out,
                                                   const rg_household_columns* in,
                                                   const rg_policy* policy, rg_date as_of);

/* Elimination conditions: bit (1 << condition) in failed_conditions. */
#define RG_ELIM_MONTHS_MONITORED 1
#define RG_ELIM_MEASURES_IMPLEMENTED 2
#define RG_ELIM_INCOME_STABLE 3
#define RG_ELIM_INCOME_ABOVE_THRESHOLD 4
#define RG_ELIM_RIGID_EXPENDITURE 5
#define RG_ELIM_GUARANTEES 6
#define RG_ELIM_RISKS_GONE 7
#define RG_ELIM_HAS_LABOUR 8
#define RG_ELIM_NOT_TOO_SOON 9
#define RG_ELIM_VETO 10
#define RG_ELIMINATION_AIDED 1   /* 帮扶消除 */
#define RG_ELIMINATION_NATURAL 2 /* 自然消除 */

typedef struct rg_case_facts {
  uint32_t struct_size; /* sizeof(rg_case_facts) */
  rg_date identified;   /* 识别监测时间 */
  int32_t measures_implemented;
  rg_date income_stable_since; /* RG_DATE_NONE if income is not stable above the threshold */
  uint8_t has_contact_person;
  uint8_t reserved[3];
} rg_case_facts;

typedef struct rg_elimination_result {
  uint32_t struct_size; /* set by the caller */
  uint8_t eligible;
  uint8_t kind;             /* RG_ELIMINATION_* */
  uint8_t reserved[2];
  uint32_t failed_conditions; /* bit (1 << RG_ELIM_*) per failing condition */
  uint32_t vetoes;            /* bit (1 << veto item) per veto item that holds (docs/policy.md) */
} rg_elimination_result;

/* Checks every elimination condition (the one-item veto: any failure blocks). When `report` is
 * not NULL, one line per failure in `language` (0 zh-CN, 1 en) is written there, NUL-terminated;
 * *report_length (required with report) receives the full length even on RG_EBUFFER.
 * Errors: RG_EINVAL, RG_ERANGE (as_of before identification, inconsistent facts), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_risk_check_elimination(rg_elimination_result* out,
                                                        char* report, size_t report_capacity,
                                                        size_t* report_length,
                                                        const rg_case_facts* case_facts,
                                                        const rg_household_facts* facts,
                                                        const rg_policy* policy, rg_date as_of,
                                                        int32_t kind, int32_t language);

/* ---------------------------------------------------------------------------------------------
 * Stored policies and assessment runs (store handle rules apply: one thread per handle).
 * ------------------------------------------------------------------------------------------- */

/* Stores the policy under its (id, version). The same content again is RG_OK; different content
 * under a stored (id, version) is RG_ECONFLICT (save a new version). Errors: RG_EINVAL, RG_EIO,
 * RG_EBUSY, RG_ECONFLICT. */
RG_API RG_NODISCARD rg_status rg_store_save_policy(rg_store* store, const rg_policy* policy);

/* Loads policy `id` at `version` (0 = the highest stored version). The caller owns *out_policy.
 * Errors: RG_EINVAL, RG_ENOTFOUND, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_store_load_policy(rg_policy** out_policy, rg_store* store,
                                                   const char* id, size_t id_len, int32_t version);

/* Records the results of one batch as an assessment run, in one transaction (all rows or none):
 * household_keys[count] (the caller's keys, at most 2^63-1, unique) and the within_monitoring,
 * category, level, risk_mask, score and next_visit columns of `results` (all required). The policy
 * is saved with it. *out_run_id receives the new run's id. `label` may be NULL.
 * Errors: RG_EINVAL (NULL, missing column), RG_ECONFLICT (duplicate key; nothing written),
 * RG_ELIMIT, RG_EIO, RG_EBUSY. */
RG_API RG_NODISCARD rg_status rg_risk_run_record(int64_t* out_run_id, rg_store* store,
                                                 const rg_policy* policy, rg_date as_of,
                                                 const uint64_t* household_keys, size_t count,
                                                 const rg_assessment_columns* results,
                                                 const char* label, size_t label_len);

/* The difference between two stored runs. */
typedef struct rg_run_diff rg_run_diff;

/* Compares run `earlier` with run `later`: households that entered monitoring, that left it, and
 * whose warning level changed. The caller owns *out_diff (rg_run_diff_free).
 * Errors: RG_EINVAL, RG_ENOTFOUND (unknown run id), RG_EIO. */
RG_API RG_NODISCARD rg_status rg_risk_run_diff(rg_run_diff** out_diff, rg_store* store,
                                               int64_t earlier, int64_t later);

/* Sizes of the three lists. Any output may be NULL. Errors: RG_EINVAL (NULL diff). */
RG_API RG_NODISCARD rg_status rg_run_diff_counts(size_t* out_entered, size_t* out_left,
                                                 size_t* out_level_changed,
                                                 const rg_run_diff* diff);

/* Copies the lists (keys ascending) into caller arrays sized by rg_run_diff_counts; a NULL array
 * is skipped. level_from/level_to are RG_LEVEL_* values parallel to changed_keys.
 * Errors: RG_EINVAL (NULL diff). */
RG_API RG_NODISCARD rg_status rg_run_diff_copy(uint64_t* entered, uint64_t* left,
                                               uint64_t* changed_keys, uint8_t* level_from,
                                               uint8_t* level_to, const rg_run_diff* diff);

/* Frees a diff. NULL is ignored. */
RG_API void rg_run_diff_free(rg_run_diff* diff);

/* ---------------------------------------------------------------------------------------------
 * Monitoring cases (docs/monitoring.md): clues, the identification and elimination procedure,
 * measures, visits and alerts, all in the store (store handle rules: one thread per handle).
 * Every call is all-or-nothing: on error nothing is written.
 * ------------------------------------------------------------------------------------------- */

/* Clue channels. */
#define RG_CHANNEL_SELF_DECLARED 1
#define RG_CHANNEL_HOTLINE_12317 2
#define RG_CHANNEL_PHONE_APP 3
#define RG_CHANNEL_CADRE_VISIT 4
#define RG_CHANNEL_DEPARTMENT_DATA 5
#define RG_CHANNEL_PLATFORM_ANALYSIS 6
#define RG_CHANNEL_SUPERVISION 7
/* Departments and their metrics (amount metrics use the policy's screening thresholds). */
#define RG_DEPT_MEDICAL_INSURANCE 1
#define RG_DEPT_EDUCATION 2
#define RG_DEPT_HOUSING 3
#define RG_DEPT_WATER 4
#define RG_DEPT_CIVIL_AFFAIRS 5
#define RG_DEPT_DISABILITY 6
#define RG_DEPT_EMERGENCY 7
#define RG_DEPT_HUMAN_RESOURCES 8
#define RG_METRIC_INPATIENT_OOP_YTD 1
#define RG_METRIC_OUTPATIENT_SPECIAL_MONTHLY 2
#define RG_METRIC_SCHOOL_COST_YEAR 3
#define RG_METRIC_HOUSE_DAMAGED 4
#define RG_METRIC_WATER_SUPPLY_CUT 5
#define RG_METRIC_DISASTER_LOSS 6
#define RG_METRIC_NEW_DISABILITY 7
#define RG_METRIC_DIBAO_APPLICATION 8
#define RG_METRIC_JOB_LOSS 9
/* Case states. */
#define RG_CASE_CLUE 1
#define RG_CASE_VERIFIED 2
#define RG_CASE_COMPARED 3
#define RG_CASE_REVIEWED 4
#define RG_CASE_NOTICED 5
#define RG_CASE_TOWNSHIP_APPROVED 6
#define RG_CASE_MONITORED 7
#define RG_CASE_REJECTED 8
#define RG_CASE_ELIMINATION_VERIFIED 9
#define RG_CASE_ELIMINATION_REVIEWED 10
#define RG_CASE_ELIMINATION_NOTICED 11
#define RG_CASE_ELIMINATION_TOWNSHIP_APPROVED 12
#define RG_CASE_ELIMINATED 13
/* Case steps. */
#define RG_STEP_VERIFY 1
#define RG_STEP_COMPARE 2
#define RG_STEP_REVIEW 3
#define RG_STEP_NOTICE 4
#define RG_STEP_TOWNSHIP_APPROVE 5
#define RG_STEP_COUNTY_APPROVE 6
#define RG_STEP_REJECT 7
#define RG_STEP_START_ELIMINATION 8
#define RG_STEP_ROLLBACK 9
/* Measure categories (1..16, DOMAIN.md 1.8) and statuses. */
#define RG_MEASURE_INDUSTRY 1
#define RG_MEASURE_EMPLOYMENT 2
#define RG_MEASURE_FINANCE 3
#define RG_MEASURE_PUBLIC_WELFARE_JOB 4
#define RG_MEASURE_HEALTH 5
#define RG_MEASURE_EDUCATION 6
#define RG_MEASURE_COMPULSORY_EDUCATION 7
#define RG_MEASURE_HOUSING 8
#define RG_MEASURE_WATER 9
#define RG_MEASURE_SOCIAL_SECURITY 10
#define RG_MEASURE_SOCIAL_AID 11
#define RG_MEASURE_RELOCATION 12
#define RG_MEASURE_LIVING_CONDITIONS 13
#define RG_MEASURE_INFRASTRUCTURE 14
#define RG_MEASURE_INSURANCE 15
#define RG_MEASURE_OTHER 16
#define RG_MEASURE_PLANNED 1
#define RG_MEASURE_IMPLEMENTED 2
#define RG_MEASURE_ENDED 3
/* Alerts. */
#define RG_ALERT_VISIT_OVERDUE 1
#define RG_ALERT_IDENTIFICATION_OVERDUE 2
#define RG_ALERT_NO_MEASURE 3
#define RG_ALERT_NO_DEVELOPMENT_MEASURE 4
#define RG_ALERT_RISK_WITHOUT_MEASURE 5
#define RG_ALERT_ACTIVE 1
#define RG_ALERT_ACKNOWLEDGED 2
#define RG_ALERT_RESOLVED 3

/* Department records, struct-of-arrays of `count` rows (all columns required except
 * formerly_poor, NULL = 0 for every row). */
typedef struct rg_department_records {
  uint32_t struct_size; /* sizeof(rg_department_records) */
  uint32_t reserved;
  size_t count;
  const int64_t* household_key; /* the households table's key */
  const uint8_t* department;    /* RG_DEPT_* */
  const uint8_t* metric;        /* RG_METRIC_* */
  const rg_money* amount;
  const rg_date* period;
  const uint8_t* formerly_poor; /* 1: the formerly-poor medical threshold applies */
} rg_department_records;

typedef struct rg_ingest_result {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  size_t records;
  size_t rejected_records; /* bad or unknown household: see the status array */
  size_t below_threshold;
  size_t duplicates;       /* the same trigger again, in this batch or already stored */
  size_t clues_raised;
  size_t cases_opened;
  size_t attached_to_open_case;
} rg_ingest_result;

/* Screens the records with the policy's thresholds, stores one clue per new trigger and opens a
 * case (state RG_CASE_CLUE) for households without an open case. out_status (may be NULL) has
 * `count` elements: 0 or the row's rg_status (RG_ERANGE bad row, RG_ENOTFOUND unknown household).
 * Errors: RG_EINVAL, RG_ELIMIT (more than 10,000,000 rows), RG_EIO, RG_EBUSY. */
RG_API RG_NODISCARD rg_status rg_cases_ingest(rg_ingest_result* out, int32_t* out_status,
                                              rg_store* store, const rg_policy* policy,
                                              const rg_department_records* records);

/* Opens a case from a clue of another channel (self-declaration, 12317, app, cadre visit...).
 * Errors: RG_EINVAL, RG_ENOTFOUND (household), RG_EEXISTS (the household has an open case),
 * RG_ELIMIT (note above 2,000 bytes). */
RG_API RG_NODISCARD rg_status rg_case_open(int64_t* out_case_id, rg_store* store,
                                           int64_t household_key, int32_t channel, rg_date found,
                                           const char* note, size_t note_len);

/* One step of the procedure. Text fields are pointer + length; unused fields are ignored. */
typedef struct rg_case_step {
  uint32_t struct_size; /* sizeof(rg_case_step) */
  uint8_t step;         /* RG_STEP_* */
  uint8_t consent_signed;    /* RG_STEP_VERIFY */
  uint8_t comparison_passed; /* RG_STEP_COMPARE (0 rejects the case) */
  uint8_t category;          /* RG_STEP_COUNTY_APPROVE (identification): RG_CATEGORY_* */
  uint8_t level;             /* ... RG_LEVEL_*; also the level after RG_STEP_ROLLBACK */
  uint8_t elimination_kind;  /* RG_STEP_COUNTY_APPROVE (elimination): RG_ELIMINATION_* */
  uint8_t reserved[2];
  uint32_t risk_mask;        /* RG_STEP_COUNTY_APPROVE (identification) */
  rg_date date;
  int32_t votes_for;         /* RG_STEP_REVIEW */
  int32_t votes_against;
  rg_date notice_start;      /* RG_STEP_NOTICE */
  rg_date notice_end;
  rg_date income_stable_since; /* elimination approval; RG_DATE_NONE if not stable */
  const char* actor;
  size_t actor_len;
  const char* note;
  size_t note_len;
  const char* contact_name;  /* identification approval: 监测联系人 */
  size_t contact_name_len;
  const char* contact_phone;
  size_t contact_phone_len;
  const char* contact_rank;
  size_t contact_rank_len;
} rg_case_step;

/* Sets struct_size, comparison_passed = 1, the dates to RG_DATE_NONE and everything else to 0. */
RG_API void rg_case_step_init(rg_case_step* step);

/* Applies a step to a stored case; *out_state (may be NULL) receives the new RG_CASE_* state.
 * Errors: RG_EINVAL, RG_ENOTFOUND (case), RG_ESTATE (step not allowed now; the message names the
 * state and the allowed steps), RG_EREFUSED (the step's rule fails: consent, a notice shorter than
 * the minimum, no contact person, an elimination gate failure listing every condition),
 * RG_ERANGE (date before the previous event). Nothing changes on error. */
RG_API RG_NODISCARD rg_status rg_case_advance(uint8_t* out_state, rg_store* store,
                                              const rg_policy* policy, int64_t case_id,
                                              const rg_case_step* step);

typedef struct rg_case_info {
  uint32_t struct_size; /* set by the caller */
  uint8_t state;
  uint8_t category;
  uint8_t level;
  uint8_t channel;
  int64_t case_id;
  int64_t household_key;
  uint32_t risk_mask;
  rg_date found;
  rg_date identified; /* RG_DATE_NONE until monitored */
  rg_date eliminated; /* RG_DATE_NONE unless eliminated */
  int32_t rollbacks;
  int32_t events;
} rg_case_info;

/* Reads a case. Errors: RG_EINVAL, RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_case_get(rg_case_info* out, rg_store* store, int64_t case_id);

/* Records an assistance measure for a monitored case. end may be RG_DATE_NONE.
 * Errors: RG_EINVAL, RG_ENOTFOUND, RG_ESTATE (case not monitored), RG_ERANGE (end before start,
 * negative amount, unknown category), RG_ELIMIT (content above 1,000 bytes). */
RG_API RG_NODISCARD rg_status rg_case_add_measure(int64_t* out_measure_id, rg_store* store,
                                                  int64_t case_id, int32_t category,
                                                  rg_date start, rg_date end,
                                                  rg_money planned_amount, int32_t status,
                                                  const char* content, size_t content_len,
                                                  const char* actor, size_t actor_len);

/* planned -> implemented -> ended. Errors: RG_EINVAL, RG_ENOTFOUND, RG_ESTATE. */
RG_API RG_NODISCARD rg_status rg_case_set_measure_status(rg_store* store, int64_t measure_id,
                                                         int32_t status, rg_date date,
                                                         const char* actor, size_t actor_len);

/* Logs a visit. Errors: RG_EINVAL (NULL, empty visitor), RG_ENOTFOUND, RG_ERANGE (before the
 * case was opened), RG_ELIMIT. */
RG_API RG_NODISCARD rg_status rg_case_record_visit(int64_t* out_visit_id, rg_store* store,
                                                   int64_t case_id, rg_date date,
                                                   const char* visitor, size_t visitor_len,
                                                   const char* findings, size_t findings_len);

/* Evaluates the alert rules for every open case on as_of: raises new alerts, keeps those still
 * holding, resolves (as "system") those that no longer hold. Outputs may be NULL.
 * Errors: RG_EINVAL, RG_EIO, RG_EBUSY. */
RG_API RG_NODISCARD rg_status rg_alerts_scan(size_t* out_raised, size_t* out_still_open,
                                             size_t* out_auto_resolved, rg_store* store,
                                             const rg_policy* policy, rg_date as_of);

typedef struct rg_alert_list rg_alert_list;

typedef struct rg_alert_info {
  uint32_t struct_size; /* set by the caller */
  uint8_t kind;         /* RG_ALERT_* kind */
  uint8_t state;        /* RG_ALERT_ACTIVE .. RG_ALERT_RESOLVED */
  uint8_t priority;     /* 1 urgent .. 3 low */
  uint8_t reserved;
  int64_t alert_id;
  int64_t case_id;
  rg_date raised;
  int32_t reserved2;
} rg_alert_info;

/* Lists alerts (state 0 = all, else RG_ALERT_ACTIVE/ACKNOWLEDGED/RESOLVED), urgent first. The
 * caller owns *out_list (rg_alert_list_free). Errors: RG_EINVAL, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_alerts_list(rg_alert_list** out_list, rg_store* store,
                                             int32_t state);
/* Number of alerts in a list. Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_alert_list_count(size_t* out_count, const rg_alert_list* list);
/* Alert `index` and its English message (NUL-terminated into message; *message_length always
 * set, RG_EBUFFER if too small; message may be NULL to skip). Errors: RG_EINVAL (index out of
 * range), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_alert_list_get(rg_alert_info* out, char* message,
                                                size_t message_capacity, size_t* message_length,
                                                const rg_alert_list* list, size_t index);
/* Frees a list. NULL is ignored. */
RG_API void rg_alert_list_free(rg_alert_list* list);

/* active -> acknowledged, acknowledged -> resolved. Errors: RG_EINVAL (NULL or empty who),
 * RG_ENOTFOUND, RG_ESTATE. */
RG_API RG_NODISCARD rg_status rg_alert_acknowledge(rg_store* store, int64_t alert_id, rg_date when,
                                                   const char* who, size_t who_len,
                                                   const char* note, size_t note_len);
RG_API RG_NODISCARD rg_status rg_alert_resolve(rg_store* store, int64_t alert_id, rg_date when,
                                               const char* who, size_t who_len, const char* note,
                                               size_t note_len);

/* The village public notice (zh-CN, UTF-8, NUL-terminated) of a case, with ID number, phone,
 * bank account and health redacted: the village name, household id and member count come from
 * the store, the masked head name (e.g. "张*") from the caller. elimination: 1 for the
 * elimination notice. *out_length always set. Errors: RG_EINVAL, RG_ENOTFOUND, RG_ESTATE (no
 * notice yet), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_case_notice(char* out, size_t out_capacity, size_t* out_length,
                                             rg_store* store, int64_t case_id,
                                             const char* head_name_masked, size_t head_name_len,
                                             uint8_t elimination);

typedef struct rg_case_report {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  int64_t by_state[14];   /* index RG_CASE_* (0 unused) */
  int64_t by_category[4]; /* cases under monitoring, index RG_CATEGORY_* */
  int64_t by_level[4];    /* cases under monitoring, index RG_LEVEL_* */
  int64_t under_monitoring;
  int64_t with_measure;   /* measure coverage = with_measure / under_monitoring */
  int64_t eliminated;     /* elimination rate = eliminated / (under_monitoring + eliminated) */
  int64_t identified_total;
  int64_t identification_days_sum; /* average = sum / identified_total */
  int64_t overdue_visits;
} rg_case_report;

/* Case counts for reports on as_of. Errors: RG_EINVAL, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_cases_report(rg_case_report* out, rg_store* store,
                                              const rg_policy* policy, rg_date as_of);

#ifdef __cplusplus
}
#endif

#endif /* RURALGUARD_H */
